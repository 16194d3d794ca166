# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_household_member.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QProgressBar, QSizePolicy, QVBoxLayout, QWidget)

class Ui_LeadHouseholdMemberDialog(object):
    def setupUi(self, LeadHouseholdMemberDialog):
        if not LeadHouseholdMemberDialog.objectName():
            LeadHouseholdMemberDialog.setObjectName(u"LeadHouseholdMemberDialog")
        LeadHouseholdMemberDialog.resize(560, 520)
        LeadHouseholdMemberDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(LeadHouseholdMemberDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.aboutLabel = QLabel(LeadHouseholdMemberDialog)
        self.aboutLabel.setObjectName(u"aboutLabel")
        self.aboutLabel.setText(u"")
        self.aboutLabel.setWordWrap(True)
        self.aboutLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.aboutLabel)

        self.childLabel = QLabel(LeadHouseholdMemberDialog)
        self.childLabel.setObjectName(u"childLabel")

        self.dialogLayout.addWidget(self.childLabel)

        self.finderLayout = QVBoxLayout()
        self.finderLayout.setObjectName(u"finderLayout")
        self.finderLayout.setContentsMargins(0, 0, 0, 0)

        self.dialogLayout.addLayout(self.finderLayout)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(LeadHouseholdMemberDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(LeadHouseholdMemberDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.bornLabel = QLabel(LeadHouseholdMemberDialog)
        self.bornLabel.setObjectName(u"bornLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.bornLabel)

        self.bornEdit = QDateEdit(LeadHouseholdMemberDialog)
        self.bornEdit.setObjectName(u"bornEdit")
        self.bornEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.bornEdit.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.bornEdit)

        self.relationshipLabel = QLabel(LeadHouseholdMemberDialog)
        self.relationshipLabel.setObjectName(u"relationshipLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.relationshipLabel)

        self.relationshipEdit = QLineEdit(LeadHouseholdMemberDialog)
        self.relationshipEdit.setObjectName(u"relationshipEdit")
        self.relationshipEdit.setMaxLength(200)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.relationshipEdit)

        self.schoolLabel = QLabel(LeadHouseholdMemberDialog)
        self.schoolLabel.setObjectName(u"schoolLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.schoolLabel)

        self.schoolEdit = QLineEdit(LeadHouseholdMemberDialog)
        self.schoolEdit.setObjectName(u"schoolEdit")
        self.schoolEdit.setMaxLength(200)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.schoolEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(LeadHouseholdMemberDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #8c1d18;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(LeadHouseholdMemberDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.dialogLayout.addWidget(self.busyBar)

        self.buttonBox = QDialogButtonBox(LeadHouseholdMemberDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.bornLabel.setBuddy(self.bornEdit)
        self.relationshipLabel.setBuddy(self.relationshipEdit)
        self.schoolLabel.setBuddy(self.schoolEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.bornEdit)
        QWidget.setTabOrder(self.bornEdit, self.relationshipEdit)
        QWidget.setTabOrder(self.relationshipEdit, self.schoolEdit)

        self.retranslateUi(LeadHouseholdMemberDialog)

        QMetaObject.connectSlotsByName(LeadHouseholdMemberDialog)
    # setupUi

    def retranslateUi(self, LeadHouseholdMemberDialog):
        LeadHouseholdMemberDialog.setWindowTitle(QCoreApplication.translate("LeadHouseholdMemberDialog", u"Add a child who is not on roll", None))
        self.childLabel.setText(QCoreApplication.translate("LeadHouseholdMemberDialog", u"The &child on roll they live with:", None))
        self.nameLabel.setText(QCoreApplication.translate("LeadHouseholdMemberDialog", u"&Full name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("LeadHouseholdMemberDialog", u"Full name of the child not on roll", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("LeadHouseholdMemberDialog", u"Forename and surname, not initials", None))
        self.bornLabel.setText(QCoreApplication.translate("LeadHouseholdMemberDialog", u"&Born:", None))
#if QT_CONFIG(accessibility)
        self.bornEdit.setAccessibleName(QCoreApplication.translate("LeadHouseholdMemberDialog", u"Date of birth", None))
#endif // QT_CONFIG(accessibility)
        self.relationshipLabel.setText(QCoreApplication.translate("LeadHouseholdMemberDialog", u"&Relationship:", None))
#if QT_CONFIG(accessibility)
        self.relationshipEdit.setAccessibleName(QCoreApplication.translate("LeadHouseholdMemberDialog", u"Who they are to the child", None))
#endif // QT_CONFIG(accessibility)
        self.relationshipEdit.setPlaceholderText(QCoreApplication.translate("LeadHouseholdMemberDialog", u"e.g. baby sister, half-brother, cousin", None))
        self.schoolLabel.setText(QCoreApplication.translate("LeadHouseholdMemberDialog", u"&School or nursery:", None))
#if QT_CONFIG(accessibility)
        self.schoolEdit.setAccessibleName(QCoreApplication.translate("LeadHouseholdMemberDialog", u"School or nursery, if any", None))
#endif // QT_CONFIG(accessibility)
        self.schoolEdit.setPlaceholderText(QCoreApplication.translate("LeadHouseholdMemberDialog", u"If any", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("LeadHouseholdMemberDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("LeadHouseholdMemberDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

