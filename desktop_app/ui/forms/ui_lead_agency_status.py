# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_agency_status.ui'
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

class Ui_LeadAgencyStatusDialog(object):
    def setupUi(self, LeadAgencyStatusDialog):
        if not LeadAgencyStatusDialog.objectName():
            LeadAgencyStatusDialog.setObjectName(u"LeadAgencyStatusDialog")
        LeadAgencyStatusDialog.resize(560, 420)
        LeadAgencyStatusDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(LeadAgencyStatusDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.aboutLabel = QLabel(LeadAgencyStatusDialog)
        self.aboutLabel.setObjectName(u"aboutLabel")
        self.aboutLabel.setText(u"")
        self.aboutLabel.setWordWrap(True)
        self.aboutLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.aboutLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.statusLabel = QLabel(LeadAgencyStatusDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(LeadAgencyStatusDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.activeLabel = QLabel(LeadAgencyStatusDialog)
        self.activeLabel.setObjectName(u"activeLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.activeLabel)

        self.activeCombo = QComboBox(LeadAgencyStatusDialog)
        self.activeCombo.setObjectName(u"activeCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.activeCombo)

        self.agencyLabel = QLabel(LeadAgencyStatusDialog)
        self.agencyLabel.setObjectName(u"agencyLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.agencyLabel)

        self.agencyEdit = QLineEdit(LeadAgencyStatusDialog)
        self.agencyEdit.setObjectName(u"agencyEdit")
        self.agencyEdit.setMaxLength(200)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.agencyEdit)

        self.contactLabel = QLabel(LeadAgencyStatusDialog)
        self.contactLabel.setObjectName(u"contactLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactEdit = QLineEdit(LeadAgencyStatusDialog)
        self.contactEdit.setObjectName(u"contactEdit")
        self.contactEdit.setMaxLength(200)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contactEdit)

        self.whenLabel = QLabel(LeadAgencyStatusDialog)
        self.whenLabel.setObjectName(u"whenLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.whenLabel)

        self.whenEdit = QDateTimeEdit(LeadAgencyStatusDialog)
        self.whenEdit.setObjectName(u"whenEdit")
        self.whenEdit.setCalendarPopup(True)
        self.whenEdit.setDisplayFormat(u"ddd dd MMM yyyy HH:mm")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.whenEdit)

        self.noteLabel = QLabel(LeadAgencyStatusDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(LeadAgencyStatusDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(LeadAgencyStatusDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #8c1d18;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(LeadAgencyStatusDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.dialogLayout.addWidget(self.busyBar)

        self.buttonBox = QDialogButtonBox(LeadAgencyStatusDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.statusCombo)
        self.activeLabel.setBuddy(self.activeCombo)
        self.agencyLabel.setBuddy(self.agencyEdit)
        self.contactLabel.setBuddy(self.contactEdit)
        self.whenLabel.setBuddy(self.whenEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.statusCombo, self.activeCombo)
        QWidget.setTabOrder(self.activeCombo, self.agencyEdit)
        QWidget.setTabOrder(self.agencyEdit, self.contactEdit)
        QWidget.setTabOrder(self.contactEdit, self.whenEdit)
        QWidget.setTabOrder(self.whenEdit, self.noteEdit)

        self.retranslateUi(LeadAgencyStatusDialog)

        QMetaObject.connectSlotsByName(LeadAgencyStatusDialog)
    # setupUi

    def retranslateUi(self, LeadAgencyStatusDialog):
        LeadAgencyStatusDialog.setWindowTitle(QCoreApplication.translate("LeadAgencyStatusDialog", u"Another agency's involvement", None))
        self.statusLabel.setText(QCoreApplication.translate("LeadAgencyStatusDialog", u"&Involvement:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("LeadAgencyStatusDialog", u"Involvement", None))
#endif // QT_CONFIG(accessibility)
        self.activeLabel.setText(QCoreApplication.translate("LeadAgencyStatusDialog", u"&Started or ended:", None))
#if QT_CONFIG(accessibility)
        self.activeCombo.setAccessibleName(QCoreApplication.translate("LeadAgencyStatusDialog", u"Started or ended", None))
#endif // QT_CONFIG(accessibility)
        self.agencyLabel.setText(QCoreApplication.translate("LeadAgencyStatusDialog", u"&Agency:", None))
#if QT_CONFIG(accessibility)
        self.agencyEdit.setAccessibleName(QCoreApplication.translate("LeadAgencyStatusDialog", u"Agency", None))
#endif // QT_CONFIG(accessibility)
        self.agencyEdit.setPlaceholderText(QCoreApplication.translate("LeadAgencyStatusDialog", u"e.g. Coventry children's services", None))
        self.contactLabel.setText(QCoreApplication.translate("LeadAgencyStatusDialog", u"C&ontact:", None))
#if QT_CONFIG(accessibility)
        self.contactEdit.setAccessibleName(QCoreApplication.translate("LeadAgencyStatusDialog", u"Contact", None))
#endif // QT_CONFIG(accessibility)
        self.contactEdit.setPlaceholderText(QCoreApplication.translate("LeadAgencyStatusDialog", u"Full name and role, e.g. Sam Patel, social worker", None))
        self.whenLabel.setText(QCoreApplication.translate("LeadAgencyStatusDialog", u"W&hen:", None))
#if QT_CONFIG(accessibility)
        self.whenEdit.setAccessibleName(QCoreApplication.translate("LeadAgencyStatusDialog", u"When it started or ended", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("LeadAgencyStatusDialog", u"&Note:", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("LeadAgencyStatusDialog", u"Note", None))
#endif // QT_CONFIG(accessibility)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("LeadAgencyStatusDialog", u"(optional)", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("LeadAgencyStatusDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("LeadAgencyStatusDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

