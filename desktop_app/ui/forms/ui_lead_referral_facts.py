# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_referral_facts.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QPlainTextEdit, QProgressBar, QScrollArea,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_LeadReferralFactsDialog(object):
    def setupUi(self, LeadReferralFactsDialog):
        if not LeadReferralFactsDialog.objectName():
            LeadReferralFactsDialog.setObjectName(u"LeadReferralFactsDialog")
        LeadReferralFactsDialog.resize(680, 640)
        LeadReferralFactsDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(LeadReferralFactsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.aboutLabel = QLabel(LeadReferralFactsDialog)
        self.aboutLabel.setObjectName(u"aboutLabel")
        self.aboutLabel.setText(u"")
        self.aboutLabel.setWordWrap(True)
        self.aboutLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.aboutLabel)

        self.scrollArea = QScrollArea(LeadReferralFactsDialog)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.scrollLayout = QVBoxLayout(self.scrollContents)
        self.scrollLayout.setObjectName(u"scrollLayout")
        self.childGroup = QGroupBox(self.scrollContents)
        self.childGroup.setObjectName(u"childGroup")
        self.childGroupLayout = QVBoxLayout(self.childGroup)
        self.childGroupLayout.setObjectName(u"childGroupLayout")
        self.childForm = QFormLayout()
        self.childForm.setObjectName(u"childForm")
        self.childForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.otherNamesLabel = QLabel(self.childGroup)
        self.otherNamesLabel.setObjectName(u"otherNamesLabel")

        self.childForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.otherNamesLabel)

        self.otherNamesEdit = QLineEdit(self.childGroup)
        self.otherNamesEdit.setObjectName(u"otherNamesEdit")
        self.otherNamesEdit.setMaxLength(200)

        self.childForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.otherNamesEdit)

        self.ethnicityLabel = QLabel(self.childGroup)
        self.ethnicityLabel.setObjectName(u"ethnicityLabel")

        self.childForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ethnicityLabel)

        self.ethnicityEdit = QLineEdit(self.childGroup)
        self.ethnicityEdit.setObjectName(u"ethnicityEdit")
        self.ethnicityEdit.setMaxLength(200)

        self.childForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ethnicityEdit)

        self.firstLanguageLabel = QLabel(self.childGroup)
        self.firstLanguageLabel.setObjectName(u"firstLanguageLabel")

        self.childForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.firstLanguageLabel)

        self.firstLanguageEdit = QLineEdit(self.childGroup)
        self.firstLanguageEdit.setObjectName(u"firstLanguageEdit")
        self.firstLanguageEdit.setMaxLength(200)

        self.childForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.firstLanguageEdit)

        self.interpreterLabel = QLabel(self.childGroup)
        self.interpreterLabel.setObjectName(u"interpreterLabel")

        self.childForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.interpreterLabel)

        self.interpreterCombo = QComboBox(self.childGroup)
        self.interpreterCombo.setObjectName(u"interpreterCombo")

        self.childForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.interpreterCombo)

        self.religionLabel = QLabel(self.childGroup)
        self.religionLabel.setObjectName(u"religionLabel")

        self.childForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.religionLabel)

        self.religionEdit = QLineEdit(self.childGroup)
        self.religionEdit.setObjectName(u"religionEdit")
        self.religionEdit.setMaxLength(200)

        self.childForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.religionEdit)

        self.disabilityLabel = QLabel(self.childGroup)
        self.disabilityLabel.setObjectName(u"disabilityLabel")

        self.childForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.disabilityLabel)

        self.disabilityEdit = QPlainTextEdit(self.childGroup)
        self.disabilityEdit.setObjectName(u"disabilityEdit")
        self.disabilityEdit.setTabChangesFocus(True)
        self.disabilityEdit.setMaximumSize(QSize(16777215, 70))

        self.childForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.disabilityEdit)

        self.nhsLabel = QLabel(self.childGroup)
        self.nhsLabel.setObjectName(u"nhsLabel")

        self.childForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.nhsLabel)

        self.nhsEdit = QLineEdit(self.childGroup)
        self.nhsEdit.setObjectName(u"nhsEdit")
        self.nhsEdit.setMaxLength(20)

        self.childForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.nhsEdit)

        self.gpLabel = QLabel(self.childGroup)
        self.gpLabel.setObjectName(u"gpLabel")

        self.childForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.gpLabel)

        self.gpEdit = QLineEdit(self.childGroup)
        self.gpEdit.setObjectName(u"gpEdit")
        self.gpEdit.setMaxLength(4000)

        self.childForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.gpEdit)

        self.previousLabel = QLabel(self.childGroup)
        self.previousLabel.setObjectName(u"previousLabel")

        self.childForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.previousLabel)

        self.previousEdit = QPlainTextEdit(self.childGroup)
        self.previousEdit.setObjectName(u"previousEdit")
        self.previousEdit.setTabChangesFocus(True)
        self.previousEdit.setMaximumSize(QSize(16777215, 70))

        self.childForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.previousEdit)


        self.childGroupLayout.addLayout(self.childForm)


        self.scrollLayout.addWidget(self.childGroup)

        self.referralGroup = QGroupBox(self.scrollContents)
        self.referralGroup.setObjectName(u"referralGroup")
        self.referralGroupLayout = QVBoxLayout(self.referralGroup)
        self.referralGroupLayout.setObjectName(u"referralGroupLayout")
        self.referralForm = QFormLayout()
        self.referralForm.setObjectName(u"referralForm")
        self.referralForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.whereLabel = QLabel(self.referralGroup)
        self.whereLabel.setObjectName(u"whereLabel")

        self.referralForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.whereLabel)

        self.whereEdit = QLineEdit(self.referralGroup)
        self.whereEdit.setObjectName(u"whereEdit")
        self.whereEdit.setMaxLength(4000)

        self.referralForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.whereEdit)

        self.safeLabel = QLabel(self.referralGroup)
        self.safeLabel.setObjectName(u"safeLabel")

        self.referralForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.safeLabel)

        self.safeEdit = QLineEdit(self.referralGroup)
        self.safeEdit.setObjectName(u"safeEdit")
        self.safeEdit.setMaxLength(4000)

        self.referralForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.safeEdit)

        self.childsViewsLabel = QLabel(self.referralGroup)
        self.childsViewsLabel.setObjectName(u"childsViewsLabel")

        self.referralForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.childsViewsLabel)

        self.childsViewsEdit = QPlainTextEdit(self.referralGroup)
        self.childsViewsEdit.setObjectName(u"childsViewsEdit")
        self.childsViewsEdit.setTabChangesFocus(True)
        self.childsViewsEdit.setMaximumSize(QSize(16777215, 70))

        self.referralForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.childsViewsEdit)

        self.parentsViewsLabel = QLabel(self.referralGroup)
        self.parentsViewsLabel.setObjectName(u"parentsViewsLabel")

        self.referralForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.parentsViewsLabel)

        self.parentsViewsEdit = QPlainTextEdit(self.referralGroup)
        self.parentsViewsEdit.setObjectName(u"parentsViewsEdit")
        self.parentsViewsEdit.setTabChangesFocus(True)
        self.parentsViewsEdit.setMaximumSize(QSize(16777215, 70))

        self.referralForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.parentsViewsEdit)

        self.goingWellLabel = QLabel(self.referralGroup)
        self.goingWellLabel.setObjectName(u"goingWellLabel")

        self.referralForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.goingWellLabel)

        self.goingWellEdit = QPlainTextEdit(self.referralGroup)
        self.goingWellEdit.setObjectName(u"goingWellEdit")
        self.goingWellEdit.setTabChangesFocus(True)
        self.goingWellEdit.setMaximumSize(QSize(16777215, 70))

        self.referralForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.goingWellEdit)

        self.parentalLabel = QLabel(self.referralGroup)
        self.parentalLabel.setObjectName(u"parentalLabel")

        self.referralForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.parentalLabel)

        self.parentalEdit = QPlainTextEdit(self.referralGroup)
        self.parentalEdit.setObjectName(u"parentalEdit")
        self.parentalEdit.setTabChangesFocus(True)
        self.parentalEdit.setMaximumSize(QSize(16777215, 70))

        self.referralForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.parentalEdit)

        self.supportLabel = QLabel(self.referralGroup)
        self.supportLabel.setObjectName(u"supportLabel")

        self.referralForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.supportLabel)

        self.supportEdit = QPlainTextEdit(self.referralGroup)
        self.supportEdit.setObjectName(u"supportEdit")
        self.supportEdit.setTabChangesFocus(True)
        self.supportEdit.setMaximumSize(QSize(16777215, 70))

        self.referralForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.supportEdit)

        self.professionalsLabel = QLabel(self.referralGroup)
        self.professionalsLabel.setObjectName(u"professionalsLabel")

        self.referralForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.professionalsLabel)

        self.professionalsEdit = QPlainTextEdit(self.referralGroup)
        self.professionalsEdit.setObjectName(u"professionalsEdit")
        self.professionalsEdit.setTabChangesFocus(True)
        self.professionalsEdit.setMaximumSize(QSize(16777215, 70))

        self.referralForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.professionalsEdit)

        self.riskLabel = QLabel(self.referralGroup)
        self.riskLabel.setObjectName(u"riskLabel")

        self.referralForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.riskLabel)

        self.riskEdit = QPlainTextEdit(self.referralGroup)
        self.riskEdit.setObjectName(u"riskEdit")
        self.riskEdit.setTabChangesFocus(True)
        self.riskEdit.setMaximumSize(QSize(16777215, 70))

        self.referralForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.riskEdit)

        self.wantsLabel = QLabel(self.referralGroup)
        self.wantsLabel.setObjectName(u"wantsLabel")

        self.referralForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.wantsLabel)

        self.wantsEdit = QPlainTextEdit(self.referralGroup)
        self.wantsEdit.setObjectName(u"wantsEdit")
        self.wantsEdit.setTabChangesFocus(True)
        self.wantsEdit.setMaximumSize(QSize(16777215, 70))

        self.referralForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.wantsEdit)

        self.mashLabel = QLabel(self.referralGroup)
        self.mashLabel.setObjectName(u"mashLabel")

        self.referralForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.mashLabel)

        self.mashEdit = QLineEdit(self.referralGroup)
        self.mashEdit.setObjectName(u"mashEdit")
        self.mashEdit.setMaxLength(200)

        self.referralForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.mashEdit)


        self.referralGroupLayout.addLayout(self.referralForm)


        self.scrollLayout.addWidget(self.referralGroup)

        self.scrollArea.setWidget(self.scrollContents)

        self.dialogLayout.addWidget(self.scrollArea)

        self.errorLabel = QLabel(LeadReferralFactsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #8c1d18;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(LeadReferralFactsDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.dialogLayout.addWidget(self.busyBar)

        self.buttonBox = QDialogButtonBox(LeadReferralFactsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.otherNamesLabel.setBuddy(self.otherNamesEdit)
        self.ethnicityLabel.setBuddy(self.ethnicityEdit)
        self.firstLanguageLabel.setBuddy(self.firstLanguageEdit)
        self.interpreterLabel.setBuddy(self.interpreterCombo)
        self.religionLabel.setBuddy(self.religionEdit)
        self.disabilityLabel.setBuddy(self.disabilityEdit)
        self.nhsLabel.setBuddy(self.nhsEdit)
        self.gpLabel.setBuddy(self.gpEdit)
        self.previousLabel.setBuddy(self.previousEdit)
        self.whereLabel.setBuddy(self.whereEdit)
        self.safeLabel.setBuddy(self.safeEdit)
        self.childsViewsLabel.setBuddy(self.childsViewsEdit)
        self.parentsViewsLabel.setBuddy(self.parentsViewsEdit)
        self.goingWellLabel.setBuddy(self.goingWellEdit)
        self.parentalLabel.setBuddy(self.parentalEdit)
        self.supportLabel.setBuddy(self.supportEdit)
        self.professionalsLabel.setBuddy(self.professionalsEdit)
        self.riskLabel.setBuddy(self.riskEdit)
        self.wantsLabel.setBuddy(self.wantsEdit)
        self.mashLabel.setBuddy(self.mashEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.otherNamesEdit, self.ethnicityEdit)
        QWidget.setTabOrder(self.ethnicityEdit, self.firstLanguageEdit)
        QWidget.setTabOrder(self.firstLanguageEdit, self.interpreterCombo)
        QWidget.setTabOrder(self.interpreterCombo, self.religionEdit)
        QWidget.setTabOrder(self.religionEdit, self.disabilityEdit)
        QWidget.setTabOrder(self.disabilityEdit, self.nhsEdit)
        QWidget.setTabOrder(self.nhsEdit, self.gpEdit)
        QWidget.setTabOrder(self.gpEdit, self.previousEdit)
        QWidget.setTabOrder(self.previousEdit, self.whereEdit)
        QWidget.setTabOrder(self.whereEdit, self.safeEdit)
        QWidget.setTabOrder(self.safeEdit, self.childsViewsEdit)
        QWidget.setTabOrder(self.childsViewsEdit, self.parentsViewsEdit)
        QWidget.setTabOrder(self.parentsViewsEdit, self.goingWellEdit)
        QWidget.setTabOrder(self.goingWellEdit, self.parentalEdit)
        QWidget.setTabOrder(self.parentalEdit, self.supportEdit)
        QWidget.setTabOrder(self.supportEdit, self.professionalsEdit)
        QWidget.setTabOrder(self.professionalsEdit, self.riskEdit)
        QWidget.setTabOrder(self.riskEdit, self.wantsEdit)
        QWidget.setTabOrder(self.wantsEdit, self.mashEdit)

        self.retranslateUi(LeadReferralFactsDialog)

        QMetaObject.connectSlotsByName(LeadReferralFactsDialog)
    # setupUi

    def retranslateUi(self, LeadReferralFactsDialog):
        LeadReferralFactsDialog.setWindowTitle(QCoreApplication.translate("LeadReferralFactsDialog", u"Details for a referral form", None))
        self.childGroup.setTitle(QCoreApplication.translate("LeadReferralFactsDialog", u"The child", None))
        self.otherNamesLabel.setText(QCoreApplication.translate("LeadReferralFactsDialog", u"Other names:", None))
#if QT_CONFIG(accessibility)
        self.otherNamesEdit.setAccessibleName(QCoreApplication.translate("LeadReferralFactsDialog", u"Other names", None))
#endif // QT_CONFIG(accessibility)
        self.otherNamesEdit.setPlaceholderText(QCoreApplication.translate("LeadReferralFactsDialog", u"Known as, previous surnames, other spellings", None))
        self.ethnicityLabel.setText(QCoreApplication.translate("LeadReferralFactsDialog", u"&Ethnicity:", None))
#if QT_CONFIG(accessibility)
        self.ethnicityEdit.setAccessibleName(QCoreApplication.translate("LeadReferralFactsDialog", u"Ethnicity", None))
#endif // QT_CONFIG(accessibility)
        self.ethnicityEdit.setPlaceholderText(QCoreApplication.translate("LeadReferralFactsDialog", u"As the family describes it", None))
        self.firstLanguageLabel.setText(QCoreApplication.translate("LeadReferralFactsDialog", u"&First language:", None))
#if QT_CONFIG(accessibility)
        self.firstLanguageEdit.setAccessibleName(QCoreApplication.translate("LeadReferralFactsDialog", u"First language", None))
#endif // QT_CONFIG(accessibility)
        self.interpreterLabel.setText(QCoreApplication.translate("LeadReferralFactsDialog", u"&Interpreter needed:", None))
#if QT_CONFIG(accessibility)
        self.interpreterCombo.setAccessibleName(QCoreApplication.translate("LeadReferralFactsDialog", u"Interpreter needed", None))
#endif // QT_CONFIG(accessibility)
        self.religionLabel.setText(QCoreApplication.translate("LeadReferralFactsDialog", u"&Religion:", None))
#if QT_CONFIG(accessibility)
        self.religionEdit.setAccessibleName(QCoreApplication.translate("LeadReferralFactsDialog", u"Religion", None))
#endif // QT_CONFIG(accessibility)
        self.disabilityLabel.setText(QCoreApplication.translate("LeadReferralFactsDialog", u"&Disability / SEN:", None))
#if QT_CONFIG(accessibility)
        self.disabilityEdit.setAccessibleName(QCoreApplication.translate("LeadReferralFactsDialog", u"Disability or special educational needs", None))
#endif // QT_CONFIG(accessibility)
        self.nhsLabel.setText(QCoreApplication.translate("LeadReferralFactsDialog", u"&NHS number:", None))
#if QT_CONFIG(accessibility)
        self.nhsEdit.setAccessibleName(QCoreApplication.translate("LeadReferralFactsDialog", u"NHS number", None))
#endif // QT_CONFIG(accessibility)
        self.nhsEdit.setPlaceholderText(QCoreApplication.translate("LeadReferralFactsDialog", u"Ten digits, e.g. 943 476 5919", None))
        self.gpLabel.setText(QCoreApplication.translate("LeadReferralFactsDialog", u"&GP:", None))
#if QT_CONFIG(accessibility)
        self.gpEdit.setAccessibleName(QCoreApplication.translate("LeadReferralFactsDialog", u"GP", None))
#endif // QT_CONFIG(accessibility)
        self.gpEdit.setPlaceholderText(QCoreApplication.translate("LeadReferralFactsDialog", u"Name, surgery, telephone", None))
        self.previousLabel.setText(QCoreApplication.translate("LeadReferralFactsDialog", u"&Previous addresses:", None))
#if QT_CONFIG(accessibility)
        self.previousEdit.setAccessibleName(QCoreApplication.translate("LeadReferralFactsDialog", u"Previous addresses", None))
#endif // QT_CONFIG(accessibility)
        self.referralGroup.setTitle(QCoreApplication.translate("LeadReferralFactsDialog", u"The referral", None))
        self.whereLabel.setText(QCoreApplication.translate("LeadReferralFactsDialog", u"&Where the child is now:", None))
#if QT_CONFIG(accessibility)
        self.whereEdit.setAccessibleName(QCoreApplication.translate("LeadReferralFactsDialog", u"Where the child is now", None))
#endif // QT_CONFIG(accessibility)
        self.safeLabel.setText(QCoreApplication.translate("LeadReferralFactsDialog", u"Safe to go &home?", None))
#if QT_CONFIG(accessibility)
        self.safeEdit.setAccessibleName(QCoreApplication.translate("LeadReferralFactsDialog", u"Is it safe for the child to go home", None))
#endif // QT_CONFIG(accessibility)
        self.safeEdit.setPlaceholderText(QCoreApplication.translate("LeadReferralFactsDialog", u"Yes, no or not known, and why", None))
        self.childsViewsLabel.setText(QCoreApplication.translate("LeadReferralFactsDialog", u"The &child's views:", None))
#if QT_CONFIG(accessibility)
        self.childsViewsEdit.setAccessibleName(QCoreApplication.translate("LeadReferralFactsDialog", u"The child's views", None))
#endif // QT_CONFIG(accessibility)
        self.parentsViewsLabel.setText(QCoreApplication.translate("LeadReferralFactsDialog", u"The parents' &views:", None))
#if QT_CONFIG(accessibility)
        self.parentsViewsEdit.setAccessibleName(QCoreApplication.translate("LeadReferralFactsDialog", u"The parents' views", None))
#endif // QT_CONFIG(accessibility)
        self.goingWellLabel.setText(QCoreApplication.translate("LeadReferralFactsDialog", u"Going we&ll:", None))
#if QT_CONFIG(accessibility)
        self.goingWellEdit.setAccessibleName(QCoreApplication.translate("LeadReferralFactsDialog", u"What is going well", None))
#endif // QT_CONFIG(accessibility)
        self.parentalLabel.setText(QCoreApplication.translate("LeadReferralFactsDialog", u"Paren&tal factors:", None))
#if QT_CONFIG(accessibility)
        self.parentalEdit.setAccessibleName(QCoreApplication.translate("LeadReferralFactsDialog", u"Parental factors", None))
#endif // QT_CONFIG(accessibility)
        self.parentalEdit.setPlaceholderText(QCoreApplication.translate("LeadReferralFactsDialog", u"Domestic abuse, mental health, substance misuse", None))
        self.supportLabel.setText(QCoreApplication.translate("LeadReferralFactsDialog", u"S&upport offered:", None))
#if QT_CONFIG(accessibility)
        self.supportEdit.setAccessibleName(QCoreApplication.translate("LeadReferralFactsDialog", u"Support already offered and its outcome", None))
#endif // QT_CONFIG(accessibility)
        self.supportEdit.setPlaceholderText(QCoreApplication.translate("LeadReferralFactsDialog", u"And its outcome", None))
        self.professionalsLabel.setText(QCoreApplication.translate("LeadReferralFactsDialog", u"Pr&ofessionals involved:", None))
#if QT_CONFIG(accessibility)
        self.professionalsEdit.setAccessibleName(QCoreApplication.translate("LeadReferralFactsDialog", u"Other professionals involved", None))
#endif // QT_CONFIG(accessibility)
        self.riskLabel.setText(QCoreApplication.translate("LeadReferralFactsDialog", u"Ris&k and level of need:", None))
#if QT_CONFIG(accessibility)
        self.riskEdit.setAccessibleName(QCoreApplication.translate("LeadReferralFactsDialog", u"Risk against the local threshold, and level of need", None))
#endif // QT_CONFIG(accessibility)
        self.riskEdit.setPlaceholderText(QCoreApplication.translate("LeadReferralFactsDialog", u"Against the local threshold document", None))
        self.wantsLabel.setText(QCoreApplication.translate("LeadReferralFactsDialog", u"What the referrer w&ants:", None))
#if QT_CONFIG(accessibility)
        self.wantsEdit.setAccessibleName(QCoreApplication.translate("LeadReferralFactsDialog", u"What the referrer wants to happen", None))
#endif // QT_CONFIG(accessibility)
        self.mashLabel.setText(QCoreApplication.translate("LeadReferralFactsDialog", u"&MASH worker:", None))
#if QT_CONFIG(accessibility)
        self.mashEdit.setAccessibleName(QCoreApplication.translate("LeadReferralFactsDialog", u"MASH worker spoken to", None))
#endif // QT_CONFIG(accessibility)
        self.mashEdit.setPlaceholderText(QCoreApplication.translate("LeadReferralFactsDialog", u"Name, team, telephone", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("LeadReferralFactsDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("LeadReferralFactsDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

