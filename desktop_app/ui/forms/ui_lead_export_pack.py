# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_export_pack.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QProgressBar,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_LeadExportPackDialog(object):
    def setupUi(self, LeadExportPackDialog):
        if not LeadExportPackDialog.objectName():
            LeadExportPackDialog.setObjectName(u"LeadExportPackDialog")
        LeadExportPackDialog.resize(640, 420)
        LeadExportPackDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(LeadExportPackDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.aboutLabel = QLabel(LeadExportPackDialog)
        self.aboutLabel.setObjectName(u"aboutLabel")
        self.aboutLabel.setText(u"")
        self.aboutLabel.setWordWrap(True)
        self.aboutLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.aboutLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.pathLabel = QLabel(LeadExportPackDialog)
        self.pathLabel.setObjectName(u"pathLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pathLabel)

        self.pathLayout = QHBoxLayout()
        self.pathLayout.setObjectName(u"pathLayout")
        self.pathEdit = QLineEdit(LeadExportPackDialog)
        self.pathEdit.setObjectName(u"pathEdit")

        self.pathLayout.addWidget(self.pathEdit)

        self.browseButton = QPushButton(LeadExportPackDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.pathLayout.addWidget(self.browseButton)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.pathLayout)

        self.markingLabel = QLabel(LeadExportPackDialog)
        self.markingLabel.setObjectName(u"markingLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.markingLabel)

        self.markingEdit = QLineEdit(LeadExportPackDialog)
        self.markingEdit.setObjectName(u"markingEdit")
        self.markingEdit.setMaxLength(60)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.markingEdit)

        self.externalCheck = QCheckBox(LeadExportPackDialog)
        self.externalCheck.setObjectName(u"externalCheck")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.externalCheck)

        self.familyCheck = QCheckBox(LeadExportPackDialog)
        self.familyCheck.setObjectName(u"familyCheck")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.familyCheck)

        self.passwordLabel = QLabel(LeadExportPackDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(LeadExportPackDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatLabel = QLabel(LeadExportPackDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(LeadExportPackDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.passwordHintLabel = QLabel(LeadExportPackDialog)
        self.passwordHintLabel.setObjectName(u"passwordHintLabel")
        self.passwordHintLabel.setWordWrap(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.passwordHintLabel)


        self.dialogLayout.addLayout(self.formLayout)

        self.documentsLabel = QLabel(LeadExportPackDialog)
        self.documentsLabel.setObjectName(u"documentsLabel")
        self.documentsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.documentsLabel)

        self.documentsList = QListWidget(LeadExportPackDialog)
        self.documentsList.setObjectName(u"documentsList")
        self.documentsList.setMaximumSize(QSize(16777215, 110))

        self.dialogLayout.addWidget(self.documentsList)

        self.errorLabel = QLabel(LeadExportPackDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #8c1d18;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(LeadExportPackDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.dialogLayout.addWidget(self.busyBar)

        self.buttonBox = QDialogButtonBox(LeadExportPackDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.pathLabel.setBuddy(self.pathEdit)
        self.markingLabel.setBuddy(self.markingEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
        self.documentsLabel.setBuddy(self.documentsList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pathEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.markingEdit)
        QWidget.setTabOrder(self.markingEdit, self.externalCheck)
        QWidget.setTabOrder(self.externalCheck, self.familyCheck)
        QWidget.setTabOrder(self.familyCheck, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.repeatEdit)

        self.retranslateUi(LeadExportPackDialog)

        QMetaObject.connectSlotsByName(LeadExportPackDialog)
    # setupUi

    def retranslateUi(self, LeadExportPackDialog):
        LeadExportPackDialog.setWindowTitle(QCoreApplication.translate("LeadExportPackDialog", u"Export a referral pack", None))
        self.pathLabel.setText(QCoreApplication.translate("LeadExportPackDialog", u"&Save as:", None))
#if QT_CONFIG(accessibility)
        self.pathEdit.setAccessibleName(QCoreApplication.translate("LeadExportPackDialog", u"Where to save the pack", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("LeadExportPackDialog", u"&Browse\u2026", None))
        self.markingLabel.setText(QCoreApplication.translate("LeadExportPackDialog", u"&Marking:", None))
#if QT_CONFIG(accessibility)
        self.markingEdit.setAccessibleName(QCoreApplication.translate("LeadExportPackDialog", u"Protective marking", None))
#endif // QT_CONFIG(accessibility)
        self.externalCheck.setText(QCoreApplication.translate("LeadExportPackDialog", u"External version: leave out what the school marks internal", None))
        self.familyCheck.setText(QCoreApplication.translate("LeadExportPackDialog", u"Include the family chronology (the children of the household)", None))
        self.passwordLabel.setText(QCoreApplication.translate("LeadExportPackDialog", u"PDF &password:", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("LeadExportPackDialog", u"Password for the PDF", None))
#endif // QT_CONFIG(accessibility)
        self.repeatLabel.setText(QCoreApplication.translate("LeadExportPackDialog", u"Password a&gain:", None))
#if QT_CONFIG(accessibility)
        self.repeatEdit.setAccessibleName(QCoreApplication.translate("LeadExportPackDialog", u"Password again", None))
#endif // QT_CONFIG(accessibility)
        self.passwordHintLabel.setText(QCoreApplication.translate("LeadExportPackDialog", u"The password is not kept anywhere: give it to the recipient by another route (telephone, not the same email).", None))
#if QT_CONFIG(accessibility)
        self.passwordHintLabel.setAccessibleName(QCoreApplication.translate("LeadExportPackDialog", u"About the password", None))
#endif // QT_CONFIG(accessibility)
        self.documentsLabel.setText(QCoreApplication.translate("LeadExportPackDialog", u"Attached documents to print after the pack (tick each one to include):", None))
#if QT_CONFIG(accessibility)
        self.documentsList.setAccessibleName(QCoreApplication.translate("LeadExportPackDialog", u"Attached documents to include", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("LeadExportPackDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("LeadExportPackDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

