# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_household_adult.ui'
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
    QPlainTextEdit, QProgressBar, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_LeadHouseholdAdultDialog(object):
    def setupUi(self, LeadHouseholdAdultDialog):
        if not LeadHouseholdAdultDialog.objectName():
            LeadHouseholdAdultDialog.setObjectName(u"LeadHouseholdAdultDialog")
        LeadHouseholdAdultDialog.resize(600, 520)
        LeadHouseholdAdultDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(LeadHouseholdAdultDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.aboutLabel = QLabel(LeadHouseholdAdultDialog)
        self.aboutLabel.setObjectName(u"aboutLabel")
        self.aboutLabel.setText(u"")
        self.aboutLabel.setWordWrap(True)
        self.aboutLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.aboutLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.adultLabel = QLabel(LeadHouseholdAdultDialog)
        self.adultLabel.setObjectName(u"adultLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.adultLabel)

        self.adultCombo = QComboBox(LeadHouseholdAdultDialog)
        self.adultCombo.setObjectName(u"adultCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.adultCombo)

        self.nameLabel = QLabel(LeadHouseholdAdultDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(LeadHouseholdAdultDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.relationshipLabel = QLabel(LeadHouseholdAdultDialog)
        self.relationshipLabel.setObjectName(u"relationshipLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.relationshipLabel)

        self.relationshipEdit = QLineEdit(LeadHouseholdAdultDialog)
        self.relationshipEdit.setObjectName(u"relationshipEdit")
        self.relationshipEdit.setMaxLength(200)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.relationshipEdit)

        self.responsibilityLabel = QLabel(LeadHouseholdAdultDialog)
        self.responsibilityLabel.setObjectName(u"responsibilityLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.responsibilityLabel)

        self.responsibilityCombo = QComboBox(LeadHouseholdAdultDialog)
        self.responsibilityCombo.setObjectName(u"responsibilityCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.responsibilityCombo)

        self.bornLabel = QLabel(LeadHouseholdAdultDialog)
        self.bornLabel.setObjectName(u"bornLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.bornLabel)

        self.bornEdit = QLineEdit(LeadHouseholdAdultDialog)
        self.bornEdit.setObjectName(u"bornEdit")
        self.bornEdit.setMaxLength(10)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.bornEdit)

        self.addressLabel = QLabel(LeadHouseholdAdultDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(LeadHouseholdAdultDialog)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(1000)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.contactLabel = QLabel(LeadHouseholdAdultDialog)
        self.contactLabel.setObjectName(u"contactLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactEdit = QLineEdit(LeadHouseholdAdultDialog)
        self.contactEdit.setObjectName(u"contactEdit")
        self.contactEdit.setMaxLength(200)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.contactEdit)

        self.languageLabel = QLabel(LeadHouseholdAdultDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageEdit = QLineEdit(LeadHouseholdAdultDialog)
        self.languageEdit.setObjectName(u"languageEdit")
        self.languageEdit.setMaxLength(200)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.languageEdit)

        self.interpreterLabel = QLabel(LeadHouseholdAdultDialog)
        self.interpreterLabel.setObjectName(u"interpreterLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.interpreterLabel)

        self.interpreterCombo = QComboBox(LeadHouseholdAdultDialog)
        self.interpreterCombo.setObjectName(u"interpreterCombo")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.interpreterCombo)

        self.schoolLabel = QLabel(LeadHouseholdAdultDialog)
        self.schoolLabel.setObjectName(u"schoolLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.schoolLabel)

        self.schoolEdit = QLineEdit(LeadHouseholdAdultDialog)
        self.schoolEdit.setObjectName(u"schoolEdit")
        self.schoolEdit.setMaxLength(200)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.schoolEdit)

        self.focusLabel = QLabel(LeadHouseholdAdultDialog)
        self.focusLabel.setObjectName(u"focusLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.focusLabel)

        self.focusCombo = QComboBox(LeadHouseholdAdultDialog)
        self.focusCombo.setObjectName(u"focusCombo")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.focusCombo)

        self.notesLabel = QLabel(LeadHouseholdAdultDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(LeadHouseholdAdultDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 70))

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(LeadHouseholdAdultDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #8c1d18;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(LeadHouseholdAdultDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.dialogLayout.addWidget(self.busyBar)

        self.buttonBox = QDialogButtonBox(LeadHouseholdAdultDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.adultLabel.setBuddy(self.adultCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.relationshipLabel.setBuddy(self.relationshipEdit)
        self.responsibilityLabel.setBuddy(self.responsibilityCombo)
        self.bornLabel.setBuddy(self.bornEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.contactLabel.setBuddy(self.contactEdit)
        self.languageLabel.setBuddy(self.languageEdit)
        self.interpreterLabel.setBuddy(self.interpreterCombo)
        self.schoolLabel.setBuddy(self.schoolEdit)
        self.focusLabel.setBuddy(self.focusCombo)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.adultCombo, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.relationshipEdit)
        QWidget.setTabOrder(self.relationshipEdit, self.responsibilityCombo)
        QWidget.setTabOrder(self.responsibilityCombo, self.bornEdit)
        QWidget.setTabOrder(self.bornEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.contactEdit)
        QWidget.setTabOrder(self.contactEdit, self.languageEdit)
        QWidget.setTabOrder(self.languageEdit, self.interpreterCombo)
        QWidget.setTabOrder(self.interpreterCombo, self.schoolEdit)
        QWidget.setTabOrder(self.schoolEdit, self.focusCombo)
        QWidget.setTabOrder(self.focusCombo, self.notesEdit)

        self.retranslateUi(LeadHouseholdAdultDialog)

        QMetaObject.connectSlotsByName(LeadHouseholdAdultDialog)
    # setupUi

    def retranslateUi(self, LeadHouseholdAdultDialog):
        LeadHouseholdAdultDialog.setWindowTitle(QCoreApplication.translate("LeadHouseholdAdultDialog", u"A parent, carer or significant adult", None))
        self.adultLabel.setText(QCoreApplication.translate("LeadHouseholdAdultDialog", u"&Which adult:", None))
#if QT_CONFIG(accessibility)
        self.adultCombo.setAccessibleName(QCoreApplication.translate("LeadHouseholdAdultDialog", u"Which adult: a new one, or one to correct", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.adultCombo.setToolTip(QCoreApplication.translate("LeadHouseholdAdultDialog", u"A new adult, or one already recorded to correct (the earlier entry stays in the file)", None))
#endif // QT_CONFIG(tooltip)
        self.nameLabel.setText(QCoreApplication.translate("LeadHouseholdAdultDialog", u"&Full name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("LeadHouseholdAdultDialog", u"Full name", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("LeadHouseholdAdultDialog", u"Forename and surname, not initials", None))
        self.relationshipLabel.setText(QCoreApplication.translate("LeadHouseholdAdultDialog", u"&Relationship:", None))
#if QT_CONFIG(accessibility)
        self.relationshipEdit.setAccessibleName(QCoreApplication.translate("LeadHouseholdAdultDialog", u"Relationship to the children", None))
#endif // QT_CONFIG(accessibility)
        self.relationshipEdit.setPlaceholderText(QCoreApplication.translate("LeadHouseholdAdultDialog", u"e.g. mother, stepfather, lodger", None))
        self.responsibilityLabel.setText(QCoreApplication.translate("LeadHouseholdAdultDialog", u"&Parental responsibility:", None))
#if QT_CONFIG(accessibility)
        self.responsibilityCombo.setAccessibleName(QCoreApplication.translate("LeadHouseholdAdultDialog", u"Parental responsibility", None))
#endif // QT_CONFIG(accessibility)
        self.bornLabel.setText(QCoreApplication.translate("LeadHouseholdAdultDialog", u"Date of &birth:", None))
#if QT_CONFIG(accessibility)
        self.bornEdit.setAccessibleName(QCoreApplication.translate("LeadHouseholdAdultDialog", u"Date of birth", None))
#endif // QT_CONFIG(accessibility)
        self.bornEdit.setPlaceholderText(QCoreApplication.translate("LeadHouseholdAdultDialog", u"YYYY-MM-DD, if known", None))
        self.addressLabel.setText(QCoreApplication.translate("LeadHouseholdAdultDialog", u"A&ddress:", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("LeadHouseholdAdultDialog", u"Address, if different", None))
#endif // QT_CONFIG(accessibility)
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("LeadHouseholdAdultDialog", u"If different from the children's", None))
        self.contactLabel.setText(QCoreApplication.translate("LeadHouseholdAdultDialog", u"&Contact:", None))
#if QT_CONFIG(accessibility)
        self.contactEdit.setAccessibleName(QCoreApplication.translate("LeadHouseholdAdultDialog", u"Contact", None))
#endif // QT_CONFIG(accessibility)
        self.contactEdit.setPlaceholderText(QCoreApplication.translate("LeadHouseholdAdultDialog", u"Telephone, e-mail", None))
        self.languageLabel.setText(QCoreApplication.translate("LeadHouseholdAdultDialog", u"&Language:", None))
#if QT_CONFIG(accessibility)
        self.languageEdit.setAccessibleName(QCoreApplication.translate("LeadHouseholdAdultDialog", u"Language", None))
#endif // QT_CONFIG(accessibility)
        self.languageEdit.setPlaceholderText(QCoreApplication.translate("LeadHouseholdAdultDialog", u"The language they speak at home", None))
        self.interpreterLabel.setText(QCoreApplication.translate("LeadHouseholdAdultDialog", u"&Interpreter needed:", None))
#if QT_CONFIG(accessibility)
        self.interpreterCombo.setAccessibleName(QCoreApplication.translate("LeadHouseholdAdultDialog", u"Interpreter needed", None))
#endif // QT_CONFIG(accessibility)
        self.schoolLabel.setText(QCoreApplication.translate("LeadHouseholdAdultDialog", u"Sc&hool:", None))
#if QT_CONFIG(accessibility)
        self.schoolEdit.setAccessibleName(QCoreApplication.translate("LeadHouseholdAdultDialog", u"School or college", None))
#endif // QT_CONFIG(accessibility)
        self.schoolEdit.setPlaceholderText(QCoreApplication.translate("LeadHouseholdAdultDialog", u"A young parent's school or college, if any", None))
        self.focusLabel.setText(QCoreApplication.translate("LeadHouseholdAdultDialog", u"F&ocus of referral:", None))
#if QT_CONFIG(accessibility)
        self.focusCombo.setAccessibleName(QCoreApplication.translate("LeadHouseholdAdultDialog", u"Focus of referral", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.focusCombo.setToolTip(QCoreApplication.translate("LeadHouseholdAdultDialog", u"Whether a referral is about this adult's care of the children", None))
#endif // QT_CONFIG(tooltip)
        self.notesLabel.setText(QCoreApplication.translate("LeadHouseholdAdultDialog", u"&Notes:", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("LeadHouseholdAdultDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("LeadHouseholdAdultDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("LeadHouseholdAdultDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

