# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_sign_off.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QPlainTextEdit, QProgressBar,
    QRadioButton, QSizePolicy, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_LeadSignOffDialog(object):
    def setupUi(self, LeadSignOffDialog):
        if not LeadSignOffDialog.objectName():
            LeadSignOffDialog.setObjectName(u"LeadSignOffDialog")
        LeadSignOffDialog.resize(640, 520)
        LeadSignOffDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(LeadSignOffDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.aboutLabel = QLabel(LeadSignOffDialog)
        self.aboutLabel.setObjectName(u"aboutLabel")
        self.aboutLabel.setText(u"")
        self.aboutLabel.setWordWrap(True)
        self.aboutLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.aboutLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.decisionBrowser = QTextBrowser(LeadSignOffDialog)
        self.decisionBrowser.setObjectName(u"decisionBrowser")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.decisionBrowser)

        self.agreeRadio = QRadioButton(LeadSignOffDialog)
        self.agreeRadio.setObjectName(u"agreeRadio")
        self.agreeRadio.setChecked(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.agreeRadio)

        self.challengeRadio = QRadioButton(LeadSignOffDialog)
        self.challengeRadio.setObjectName(u"challengeRadio")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.challengeRadio)

        self.commentLabel = QLabel(LeadSignOffDialog)
        self.commentLabel.setObjectName(u"commentLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.commentLabel)

        self.commentEdit = QPlainTextEdit(LeadSignOffDialog)
        self.commentEdit.setObjectName(u"commentEdit")
        self.commentEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.commentEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(LeadSignOffDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #8c1d18;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(LeadSignOffDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.dialogLayout.addWidget(self.busyBar)

        self.buttonBox = QDialogButtonBox(LeadSignOffDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.commentLabel.setBuddy(self.commentEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.decisionBrowser, self.agreeRadio)
        QWidget.setTabOrder(self.agreeRadio, self.challengeRadio)
        QWidget.setTabOrder(self.challengeRadio, self.commentEdit)

        self.retranslateUi(LeadSignOffDialog)

        QMetaObject.connectSlotsByName(LeadSignOffDialog)
    # setupUi

    def retranslateUi(self, LeadSignOffDialog):
        LeadSignOffDialog.setWindowTitle(QCoreApplication.translate("LeadSignOffDialog", u"Sign off a decision", None))
#if QT_CONFIG(accessibility)
        self.decisionBrowser.setAccessibleName(QCoreApplication.translate("LeadSignOffDialog", u"The decision to sign off", None))
#endif // QT_CONFIG(accessibility)
        self.agreeRadio.setText(QCoreApplication.translate("LeadSignOffDialog", u"I &agree with this decision", None))
        self.challengeRadio.setText(QCoreApplication.translate("LeadSignOffDialog", u"I c&hallenge it (say why below)", None))
        self.commentLabel.setText(QCoreApplication.translate("LeadSignOffDialog", u"&Comment:", None))
#if QT_CONFIG(accessibility)
        self.commentEdit.setAccessibleName(QCoreApplication.translate("LeadSignOffDialog", u"Comment", None))
#endif // QT_CONFIG(accessibility)
        self.commentEdit.setPlaceholderText(QCoreApplication.translate("LeadSignOffDialog", u"A comment (needed to challenge)", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("LeadSignOffDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("LeadSignOffDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

