# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_meeting.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QPlainTextEdit, QProgressBar, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_LeadMeetingDialog(object):
    def setupUi(self, LeadMeetingDialog):
        if not LeadMeetingDialog.objectName():
            LeadMeetingDialog.setObjectName(u"LeadMeetingDialog")
        LeadMeetingDialog.resize(720, 640)
        LeadMeetingDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(LeadMeetingDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.aboutLabel = QLabel(LeadMeetingDialog)
        self.aboutLabel.setObjectName(u"aboutLabel")
        self.aboutLabel.setText(u"")
        self.aboutLabel.setWordWrap(True)
        self.aboutLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.aboutLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.typeLabel = QLabel(LeadMeetingDialog)
        self.typeLabel.setObjectName(u"typeLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(LeadMeetingDialog)
        self.typeCombo.setObjectName(u"typeCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.heldLabel = QLabel(LeadMeetingDialog)
        self.heldLabel.setObjectName(u"heldLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.heldLabel)

        self.heldEdit = QDateEdit(LeadMeetingDialog)
        self.heldEdit.setObjectName(u"heldEdit")
        self.heldEdit.setCalendarPopup(True)
        self.heldEdit.setDisplayFormat(u"ddd dd MMM yyyy")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.heldEdit)

        self.attendeesLabel = QLabel(LeadMeetingDialog)
        self.attendeesLabel.setObjectName(u"attendeesLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.attendeesLabel)

        self.attendeesEdit = QPlainTextEdit(LeadMeetingDialog)
        self.attendeesEdit.setObjectName(u"attendeesEdit")
        self.attendeesEdit.setMinimumSize(QSize(0, 72))
        self.attendeesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.attendeesEdit)

        self.outcomeLabel = QLabel(LeadMeetingDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeCombo = QComboBox(LeadMeetingDialog)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.outcomeCombo)

        self.categoryLabel = QLabel(LeadMeetingDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(LeadMeetingDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.nextCheck = QCheckBox(LeadMeetingDialog)
        self.nextCheck.setObjectName(u"nextCheck")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.nextCheck)

        self.nextEdit = QDateEdit(LeadMeetingDialog)
        self.nextEdit.setObjectName(u"nextEdit")
        self.nextEdit.setCalendarPopup(True)
        self.nextEdit.setDisplayFormat(u"ddd dd MMM yyyy")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.nextEdit)

        self.actionsLabel = QLabel(LeadMeetingDialog)
        self.actionsLabel.setObjectName(u"actionsLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.actionsLabel)

        self.actionsEdit = QPlainTextEdit(LeadMeetingDialog)
        self.actionsEdit.setObjectName(u"actionsEdit")
        self.actionsEdit.setMinimumSize(QSize(0, 72))
        self.actionsEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.actionsEdit)

        self.notesLabel = QLabel(LeadMeetingDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(LeadMeetingDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMinimumSize(QSize(0, 56))
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(LeadMeetingDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #8c1d18;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(LeadMeetingDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.dialogLayout.addWidget(self.busyBar)

        self.buttonBox = QDialogButtonBox(LeadMeetingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.typeLabel.setBuddy(self.typeCombo)
        self.heldLabel.setBuddy(self.heldEdit)
        self.attendeesLabel.setBuddy(self.attendeesEdit)
        self.outcomeLabel.setBuddy(self.outcomeCombo)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.actionsLabel.setBuddy(self.actionsEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.typeCombo, self.heldEdit)
        QWidget.setTabOrder(self.heldEdit, self.attendeesEdit)
        QWidget.setTabOrder(self.attendeesEdit, self.outcomeCombo)
        QWidget.setTabOrder(self.outcomeCombo, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.nextCheck)
        QWidget.setTabOrder(self.nextCheck, self.nextEdit)
        QWidget.setTabOrder(self.nextEdit, self.actionsEdit)
        QWidget.setTabOrder(self.actionsEdit, self.notesEdit)

        self.retranslateUi(LeadMeetingDialog)

        QMetaObject.connectSlotsByName(LeadMeetingDialog)
    # setupUi

    def retranslateUi(self, LeadMeetingDialog):
        LeadMeetingDialog.setWindowTitle(QCoreApplication.translate("LeadMeetingDialog", u"Record a meeting", None))
        self.typeLabel.setText(QCoreApplication.translate("LeadMeetingDialog", u"&Type:", None))
#if QT_CONFIG(accessibility)
        self.typeCombo.setAccessibleName(QCoreApplication.translate("LeadMeetingDialog", u"Type of meeting", None))
#endif // QT_CONFIG(accessibility)
        self.heldLabel.setText(QCoreApplication.translate("LeadMeetingDialog", u"&Held on:", None))
#if QT_CONFIG(accessibility)
        self.heldEdit.setAccessibleName(QCoreApplication.translate("LeadMeetingDialog", u"The day it was held", None))
#endif // QT_CONFIG(accessibility)
        self.attendeesLabel.setText(QCoreApplication.translate("LeadMeetingDialog", u"&Attendees:", None))
#if QT_CONFIG(accessibility)
        self.attendeesEdit.setAccessibleName(QCoreApplication.translate("LeadMeetingDialog", u"Attendees, one a line: name | role | agency", None))
#endif // QT_CONFIG(accessibility)
        self.attendeesEdit.setPlaceholderText(QCoreApplication.translate("LeadMeetingDialog", u"One a line: full name | role | agency (School for our staff)", None))
        self.outcomeLabel.setText(QCoreApplication.translate("LeadMeetingDialog", u"O&utcome:", None))
#if QT_CONFIG(accessibility)
        self.outcomeCombo.setAccessibleName(QCoreApplication.translate("LeadMeetingDialog", u"What it decided about the plan", None))
#endif // QT_CONFIG(accessibility)
        self.categoryLabel.setText(QCoreApplication.translate("LeadMeetingDialog", u"&Category:", None))
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("LeadMeetingDialog", u"Category of a child-protection plan", None))
#endif // QT_CONFIG(accessibility)
        self.nextCheck.setText(QCoreApplication.translate("LeadMeetingDialog", u"&Next meeting or review:", None))
#if QT_CONFIG(accessibility)
        self.nextEdit.setAccessibleName(QCoreApplication.translate("LeadMeetingDialog", u"Next meeting or review", None))
#endif // QT_CONFIG(accessibility)
        self.actionsLabel.setText(QCoreApplication.translate("LeadMeetingDialog", u"&Plan actions:", None))
#if QT_CONFIG(accessibility)
        self.actionsEdit.setAccessibleName(QCoreApplication.translate("LeadMeetingDialog", u"Plan actions, one a line: what | owner | review date", None))
#endif // QT_CONFIG(accessibility)
        self.actionsEdit.setPlaceholderText(QCoreApplication.translate("LeadMeetingDialog", u"One a line: what | owner | review date (YYYY-MM-DD). The owner: a member of staff, or Name (Agency)", None))
        self.notesLabel.setText(QCoreApplication.translate("LeadMeetingDialog", u"N&otes:", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("LeadMeetingDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("LeadMeetingDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("LeadMeetingDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

