# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_agency_contact.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QProgressBar, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_LeadAgencyContactDialog(object):
    def setupUi(self, LeadAgencyContactDialog):
        if not LeadAgencyContactDialog.objectName():
            LeadAgencyContactDialog.setObjectName(u"LeadAgencyContactDialog")
        LeadAgencyContactDialog.resize(620, 460)
        LeadAgencyContactDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(LeadAgencyContactDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.aboutLabel = QLabel(LeadAgencyContactDialog)
        self.aboutLabel.setObjectName(u"aboutLabel")
        self.aboutLabel.setText(u"")
        self.aboutLabel.setWordWrap(True)
        self.aboutLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.aboutLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.whoLabel = QLabel(LeadAgencyContactDialog)
        self.whoLabel.setObjectName(u"whoLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.whoLabel)

        self.whoEdit = QLineEdit(LeadAgencyContactDialog)
        self.whoEdit.setObjectName(u"whoEdit")
        self.whoEdit.setMaxLength(200)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.whoEdit)

        self.organisationLabel = QLabel(LeadAgencyContactDialog)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationEdit = QLineEdit(LeadAgencyContactDialog)
        self.organisationEdit.setObjectName(u"organisationEdit")
        self.organisationEdit.setMaxLength(200)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.organisationEdit)

        self.saidLabel = QLabel(LeadAgencyContactDialog)
        self.saidLabel.setObjectName(u"saidLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.saidLabel)

        self.saidEdit = QPlainTextEdit(LeadAgencyContactDialog)
        self.saidEdit.setObjectName(u"saidEdit")
        self.saidEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.saidEdit)

        self.whenLabel = QLabel(LeadAgencyContactDialog)
        self.whenLabel.setObjectName(u"whenLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.whenLabel)

        self.whenEdit = QDateTimeEdit(LeadAgencyContactDialog)
        self.whenEdit.setObjectName(u"whenEdit")
        self.whenEdit.setCalendarPopup(True)
        self.whenEdit.setDisplayFormat(u"ddd dd MMM yyyy HH:mm")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.whenEdit)

        self.concernLabel = QLabel(LeadAgencyContactDialog)
        self.concernLabel.setObjectName(u"concernLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.concernLabel)

        self.concernCombo = QComboBox(LeadAgencyContactDialog)
        self.concernCombo.setObjectName(u"concernCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.concernCombo)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(LeadAgencyContactDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #8c1d18;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(LeadAgencyContactDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.dialogLayout.addWidget(self.busyBar)

        self.buttonBox = QDialogButtonBox(LeadAgencyContactDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.whoLabel.setBuddy(self.whoEdit)
        self.organisationLabel.setBuddy(self.organisationEdit)
        self.saidLabel.setBuddy(self.saidEdit)
        self.whenLabel.setBuddy(self.whenEdit)
        self.concernLabel.setBuddy(self.concernCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.whoEdit, self.organisationEdit)
        QWidget.setTabOrder(self.organisationEdit, self.saidEdit)
        QWidget.setTabOrder(self.saidEdit, self.whenEdit)
        QWidget.setTabOrder(self.whenEdit, self.concernCombo)

        self.retranslateUi(LeadAgencyContactDialog)

        QMetaObject.connectSlotsByName(LeadAgencyContactDialog)
    # setupUi

    def retranslateUi(self, LeadAgencyContactDialog):
        LeadAgencyContactDialog.setWindowTitle(QCoreApplication.translate("LeadAgencyContactDialog", u"Record a contact with another agency", None))
        self.whoLabel.setText(QCoreApplication.translate("LeadAgencyContactDialog", u"&Who (full name and role):", None))
#if QT_CONFIG(accessibility)
        self.whoEdit.setAccessibleName(QCoreApplication.translate("LeadAgencyContactDialog", u"Who was spoken to", None))
#endif // QT_CONFIG(accessibility)
        self.whoEdit.setPlaceholderText(QCoreApplication.translate("LeadAgencyContactDialog", u"e.g. Sam Patel, social worker", None))
        self.organisationLabel.setText(QCoreApplication.translate("LeadAgencyContactDialog", u"&Organisation:", None))
#if QT_CONFIG(accessibility)
        self.organisationEdit.setAccessibleName(QCoreApplication.translate("LeadAgencyContactDialog", u"Organisation", None))
#endif // QT_CONFIG(accessibility)
        self.organisationEdit.setPlaceholderText(QCoreApplication.translate("LeadAgencyContactDialog", u"e.g. Coventry MASH", None))
        self.saidLabel.setText(QCoreApplication.translate("LeadAgencyContactDialog", u"What was &said:", None))
#if QT_CONFIG(accessibility)
        self.saidEdit.setAccessibleName(QCoreApplication.translate("LeadAgencyContactDialog", u"What was said", None))
#endif // QT_CONFIG(accessibility)
        self.whenLabel.setText(QCoreApplication.translate("LeadAgencyContactDialog", u"W&hen:", None))
#if QT_CONFIG(accessibility)
        self.whenEdit.setAccessibleName(QCoreApplication.translate("LeadAgencyContactDialog", u"When it happened", None))
#endif // QT_CONFIG(accessibility)
        self.concernLabel.setText(QCoreApplication.translate("LeadAgencyContactDialog", u"&Concern:", None))
#if QT_CONFIG(accessibility)
        self.concernCombo.setAccessibleName(QCoreApplication.translate("LeadAgencyContactDialog", u"Concern the contact is about", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("LeadAgencyContactDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("LeadAgencyContactDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

