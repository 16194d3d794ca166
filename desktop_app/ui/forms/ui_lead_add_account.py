# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_add_account.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QProgressBar, QSizePolicy, QVBoxLayout, QWidget)

class Ui_LeadAddAccountDialog(object):
    def setupUi(self, LeadAddAccountDialog):
        if not LeadAddAccountDialog.objectName():
            LeadAddAccountDialog.setObjectName(u"LeadAddAccountDialog")
        LeadAddAccountDialog.resize(520, 360)
        LeadAddAccountDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(LeadAddAccountDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.aboutLabel = QLabel(LeadAddAccountDialog)
        self.aboutLabel.setObjectName(u"aboutLabel")
        self.aboutLabel.setText(u"")
        self.aboutLabel.setWordWrap(True)
        self.aboutLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.aboutLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.usernameLabel = QLabel(LeadAddAccountDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(LeadAddAccountDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(64)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.nameLabel = QLabel(LeadAddAccountDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(LeadAddAccountDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.jobLabel = QLabel(LeadAddAccountDialog)
        self.jobLabel.setObjectName(u"jobLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.jobLabel)

        self.jobEdit = QLineEdit(LeadAddAccountDialog)
        self.jobEdit.setObjectName(u"jobEdit")
        self.jobEdit.setMaxLength(200)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.jobEdit)

        self.roleLabel = QLabel(LeadAddAccountDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(LeadAddAccountDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.passwordLabel = QLabel(LeadAddAccountDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(LeadAddAccountDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatLabel = QLabel(LeadAddAccountDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(LeadAddAccountDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(LeadAddAccountDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #8c1d18;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(LeadAddAccountDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.dialogLayout.addWidget(self.busyBar)

        self.buttonBox = QDialogButtonBox(LeadAddAccountDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.jobLabel.setBuddy(self.jobEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usernameEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.jobEdit)
        QWidget.setTabOrder(self.jobEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.repeatEdit)

        self.retranslateUi(LeadAddAccountDialog)

        QMetaObject.connectSlotsByName(LeadAddAccountDialog)
    # setupUi

    def retranslateUi(self, LeadAddAccountDialog):
        LeadAddAccountDialog.setWindowTitle(QCoreApplication.translate("LeadAddAccountDialog", u"Add an account", None))
        self.usernameLabel.setText(QCoreApplication.translate("LeadAddAccountDialog", u"&Username:", None))
#if QT_CONFIG(accessibility)
        self.usernameEdit.setAccessibleName(QCoreApplication.translate("LeadAddAccountDialog", u"Username", None))
#endif // QT_CONFIG(accessibility)
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("LeadAddAccountDialog", u"e.g. j.smith", None))
        self.nameLabel.setText(QCoreApplication.translate("LeadAddAccountDialog", u"&Full name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("LeadAddAccountDialog", u"Full name", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("LeadAddAccountDialog", u"Forename and surname", None))
        self.jobLabel.setText(QCoreApplication.translate("LeadAddAccountDialog", u"&Job title:", None))
#if QT_CONFIG(accessibility)
        self.jobEdit.setAccessibleName(QCoreApplication.translate("LeadAddAccountDialog", u"Job title", None))
#endif // QT_CONFIG(accessibility)
        self.jobEdit.setPlaceholderText(QCoreApplication.translate("LeadAddAccountDialog", u"e.g. Year 3 teacher", None))
        self.roleLabel.setText(QCoreApplication.translate("LeadAddAccountDialog", u"R&ole:", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("LeadAddAccountDialog", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("LeadAddAccountDialog", u"&Password:", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("LeadAddAccountDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.repeatLabel.setText(QCoreApplication.translate("LeadAddAccountDialog", u"Password a&gain:", None))
#if QT_CONFIG(accessibility)
        self.repeatEdit.setAccessibleName(QCoreApplication.translate("LeadAddAccountDialog", u"Password again", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("LeadAddAccountDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("LeadAddAccountDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

