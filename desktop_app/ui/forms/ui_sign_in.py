# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_in.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QGridLayout,
    QGroupBox, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SignIn(object):
    def setupUi(self, SignIn):
        if not SignIn.objectName():
            SignIn.setObjectName(u"SignIn")
        SignIn.resize(720, 600)
        self.outerLayout = QGridLayout(SignIn)
        self.outerLayout.setObjectName(u"outerLayout")
        self.topSpacer = QSpacerItem(20, 12, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer, 0, 1, 1, 1)

        self.leftSpacer = QSpacerItem(12, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outerLayout.addItem(self.leftSpacer, 1, 0, 1, 1)

        self.card = QFrame(SignIn)
        self.card.setObjectName(u"card")
        self.card.setMinimumSize(QSize(520, 0))
        self.card.setMaximumSize(QSize(600, 16777215))
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setSpacing(10)
        self.cardLayout.setObjectName(u"cardLayout")
        self.headingLabel = QLabel(self.card)
        self.headingLabel.setObjectName(u"headingLabel")
        font = QFont()
        font.setPointSize(16)
        font.setBold(True)
        self.headingLabel.setFont(font)
        self.headingLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(self.card)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.introLabel)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.usernameLabel = QLabel(self.card)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(self.card)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(64)

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.passwordLabel = QLabel(self.card)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.card)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.cardLayout.addLayout(self.fieldsLayout)

        self.messageLabel = QLabel(self.card)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setStyleSheet(u"color: #a4262c; font-weight: bold;")
        self.messageLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.messageLabel)

        self.busyBar = QProgressBar(self.card)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.cardLayout.addWidget(self.busyBar)

        self.signInButton = QPushButton(self.card)
        self.signInButton.setObjectName(u"signInButton")
        self.signInButton.setMinimumSize(QSize(0, 36))

        self.cardLayout.addWidget(self.signInButton)

        self.demoBox = QGroupBox(self.card)
        self.demoBox.setObjectName(u"demoBox")
        self.demoBox.setStyleSheet(u"QGroupBox#demoBox { background: #fff4ce; border: 2px solid #8a6d00; border-radius: 4px; margin-top: 12px; padding: 14px 6px 6px 6px; }\n"
"QGroupBox#demoBox::title { subcontrol-origin: margin; subcontrol-position: top left; left: 10px; padding: 1px 8px; background: #5c4400; color: white; font-weight: bold; border-radius: 3px; }\n"
"QLabel#demoLabel { color: #3b2c00; }")
        self.demoLayout = QVBoxLayout(self.demoBox)
        self.demoLayout.setObjectName(u"demoLayout")
        self.demoLabel = QLabel(self.demoBox)
        self.demoLabel.setObjectName(u"demoLabel")
        self.demoLabel.setWordWrap(True)

        self.demoLayout.addWidget(self.demoLabel)

        self.demoList = QListWidget(self.demoBox)
        self.demoList.setObjectName(u"demoList")
        self.demoList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.demoLayout.addWidget(self.demoList)


        self.cardLayout.addWidget(self.demoBox)


        self.outerLayout.addWidget(self.card, 1, 1, 1, 1)

        self.rightSpacer = QSpacerItem(12, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outerLayout.addItem(self.rightSpacer, 1, 2, 1, 1)

        self.bottomSpacer = QSpacerItem(20, 12, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer, 2, 1, 1, 1)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usernameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.signInButton)
        QWidget.setTabOrder(self.signInButton, self.demoList)

        self.retranslateUi(SignIn)

        self.signInButton.setDefault(True)


        QMetaObject.connectSlotsByName(SignIn)
    # setupUi

    def retranslateUi(self, SignIn):
        SignIn.setWindowTitle(QCoreApplication.translate("SignIn", u"Sign in \u2014 Concern Logger", None))
#if QT_CONFIG(accessibility)
        SignIn.setAccessibleName(QCoreApplication.translate("SignIn", u"Sign in", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.headingLabel.setAccessibleName(QCoreApplication.translate("SignIn", u"School", None))
#endif // QT_CONFIG(accessibility)
        self.headingLabel.setText(QCoreApplication.translate("SignIn", u"Sign in", None))
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("SignIn", u"About signing in", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("SignIn", u"Sign in with your own account. What you record is encrypted: only you and the safeguarding team can read it.", None))
        self.usernameLabel.setText(QCoreApplication.translate("SignIn", u"&Username", None))
#if QT_CONFIG(accessibility)
        self.usernameEdit.setAccessibleName(QCoreApplication.translate("SignIn", u"Username", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("SignIn", u"&Password", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("SignIn", u"Password", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("SignIn", u"Sign-in message", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setText("")
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("SignIn", u"Signing in", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.signInButton.setAccessibleName(QCoreApplication.translate("SignIn", u"Sign in", None))
#endif // QT_CONFIG(accessibility)
        self.signInButton.setText(QCoreApplication.translate("SignIn", u"&Sign in", None))
#if QT_CONFIG(accessibility)
        self.demoBox.setAccessibleName(QCoreApplication.translate("SignIn", u"Demo accounts", None))
#endif // QT_CONFIG(accessibility)
        self.demoBox.setTitle(QCoreApplication.translate("SignIn", u"DEMO school: practice accounts", None))
#if QT_CONFIG(accessibility)
        self.demoLabel.setAccessibleName(QCoreApplication.translate("SignIn", u"About the demo accounts", None))
#endif // QT_CONFIG(accessibility)
        self.demoLabel.setText(QCoreApplication.translate("SignIn", u"This is a DEMO school with made-up pupils. Choose an account to fill in its username and password. Never use these accounts for real records.", None))
#if QT_CONFIG(accessibility)
        self.demoList.setAccessibleName(QCoreApplication.translate("SignIn", u"Demo accounts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.demoList.setAccessibleDescription(QCoreApplication.translate("SignIn", u"Press Enter on an account to fill in its username and password", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

