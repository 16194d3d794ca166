# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_reset_password.ui'
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
    QFormLayout, QLabel, QLineEdit, QProgressBar,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_LeadResetPasswordDialog(object):
    def setupUi(self, LeadResetPasswordDialog):
        if not LeadResetPasswordDialog.objectName():
            LeadResetPasswordDialog.setObjectName(u"LeadResetPasswordDialog")
        LeadResetPasswordDialog.resize(520, 260)
        LeadResetPasswordDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(LeadResetPasswordDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.aboutLabel = QLabel(LeadResetPasswordDialog)
        self.aboutLabel.setObjectName(u"aboutLabel")
        self.aboutLabel.setText(u"")
        self.aboutLabel.setWordWrap(True)
        self.aboutLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.aboutLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.passwordLabel = QLabel(LeadResetPasswordDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(LeadResetPasswordDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatLabel = QLabel(LeadResetPasswordDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(LeadResetPasswordDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(LeadResetPasswordDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #8c1d18;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(LeadResetPasswordDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.dialogLayout.addWidget(self.busyBar)

        self.buttonBox = QDialogButtonBox(LeadResetPasswordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passwordEdit, self.repeatEdit)

        self.retranslateUi(LeadResetPasswordDialog)

        QMetaObject.connectSlotsByName(LeadResetPasswordDialog)
    # setupUi

    def retranslateUi(self, LeadResetPasswordDialog):
        LeadResetPasswordDialog.setWindowTitle(QCoreApplication.translate("LeadResetPasswordDialog", u"Reset a password", None))
        self.passwordLabel.setText(QCoreApplication.translate("LeadResetPasswordDialog", u"&New password:", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("LeadResetPasswordDialog", u"New password", None))
#endif // QT_CONFIG(accessibility)
        self.repeatLabel.setText(QCoreApplication.translate("LeadResetPasswordDialog", u"Password a&gain:", None))
#if QT_CONFIG(accessibility)
        self.repeatEdit.setAccessibleName(QCoreApplication.translate("LeadResetPasswordDialog", u"New password again", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("LeadResetPasswordDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("LeadResetPasswordDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

