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
        LeadHouseholdAdultDialog.resize(560, 380)
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
        self.nameLabel = QLabel(LeadHouseholdAdultDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(LeadHouseholdAdultDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.relationshipLabel = QLabel(LeadHouseholdAdultDialog)
        self.relationshipLabel.setObjectName(u"relationshipLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.relationshipLabel)

        self.relationshipEdit = QLineEdit(LeadHouseholdAdultDialog)
        self.relationshipEdit.setObjectName(u"relationshipEdit")
        self.relationshipEdit.setMaxLength(200)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.relationshipEdit)

        self.responsibilityLabel = QLabel(LeadHouseholdAdultDialog)
        self.responsibilityLabel.setObjectName(u"responsibilityLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.responsibilityLabel)

        self.responsibilityCombo = QComboBox(LeadHouseholdAdultDialog)
        self.responsibilityCombo.setObjectName(u"responsibilityCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.responsibilityCombo)

        self.addressLabel = QLabel(LeadHouseholdAdultDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(LeadHouseholdAdultDialog)
        self.addressEdit.setObjectName(u"addressEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.notesLabel = QLabel(LeadHouseholdAdultDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(LeadHouseholdAdultDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notesEdit)


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
        self.nameLabel.setBuddy(self.nameEdit)
        self.relationshipLabel.setBuddy(self.relationshipEdit)
        self.responsibilityLabel.setBuddy(self.responsibilityCombo)
        self.addressLabel.setBuddy(self.addressEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.relationshipEdit)
        QWidget.setTabOrder(self.relationshipEdit, self.responsibilityCombo)
        QWidget.setTabOrder(self.responsibilityCombo, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.notesEdit)

        self.retranslateUi(LeadHouseholdAdultDialog)

        QMetaObject.connectSlotsByName(LeadHouseholdAdultDialog)
    # setupUi

    def retranslateUi(self, LeadHouseholdAdultDialog):
        LeadHouseholdAdultDialog.setWindowTitle(QCoreApplication.translate("LeadHouseholdAdultDialog", u"Add an adult to a household", None))
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
        self.addressLabel.setText(QCoreApplication.translate("LeadHouseholdAdultDialog", u"A&ddress:", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("LeadHouseholdAdultDialog", u"Address, if different", None))
#endif // QT_CONFIG(accessibility)
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("LeadHouseholdAdultDialog", u"If different from the children's", None))
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

