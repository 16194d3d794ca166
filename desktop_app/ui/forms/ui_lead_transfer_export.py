# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_transfer_export.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QProgressBar, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_LeadTransferExportDialog(object):
    def setupUi(self, LeadTransferExportDialog):
        if not LeadTransferExportDialog.objectName():
            LeadTransferExportDialog.setObjectName(u"LeadTransferExportDialog")
        LeadTransferExportDialog.resize(680, 520)
        LeadTransferExportDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(LeadTransferExportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.aboutLabel = QLabel(LeadTransferExportDialog)
        self.aboutLabel.setObjectName(u"aboutLabel")
        self.aboutLabel.setText(u"")
        self.aboutLabel.setWordWrap(True)
        self.aboutLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.aboutLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.toLabel = QLabel(LeadTransferExportDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toEdit = QLineEdit(LeadTransferExportDialog)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setMaxLength(200)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.toEdit)

        self.folderLabel = QLabel(LeadTransferExportDialog)
        self.folderLabel.setObjectName(u"folderLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.folderLabel)

        self.folderLayout = QHBoxLayout()
        self.folderLayout.setObjectName(u"folderLayout")
        self.folderEdit = QLineEdit(LeadTransferExportDialog)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderLayout.addWidget(self.folderEdit)

        self.browseButton = QPushButton(LeadTransferExportDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.folderLayout.addWidget(self.browseButton)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.folderLayout)

        self.pdfLabel = QLabel(LeadTransferExportDialog)
        self.pdfLabel.setObjectName(u"pdfLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pdfLabel)

        self.pdfLayout = QHBoxLayout()
        self.pdfLayout.setObjectName(u"pdfLayout")
        self.pdfEdit = QLineEdit(LeadTransferExportDialog)
        self.pdfEdit.setObjectName(u"pdfEdit")
        self.pdfEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.pdfLayout.addWidget(self.pdfEdit)

        self.pdfSuggestButton = QPushButton(LeadTransferExportDialog)
        self.pdfSuggestButton.setObjectName(u"pdfSuggestButton")
        self.pdfSuggestButton.setAutoDefault(False)

        self.pdfLayout.addWidget(self.pdfSuggestButton)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.pdfLayout)

        self.bundleLabel = QLabel(LeadTransferExportDialog)
        self.bundleLabel.setObjectName(u"bundleLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.bundleLabel)

        self.bundleLayout = QHBoxLayout()
        self.bundleLayout.setObjectName(u"bundleLayout")
        self.bundleEdit = QLineEdit(LeadTransferExportDialog)
        self.bundleEdit.setObjectName(u"bundleEdit")
        self.bundleEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.bundleLayout.addWidget(self.bundleEdit)

        self.bundleSuggestButton = QPushButton(LeadTransferExportDialog)
        self.bundleSuggestButton.setObjectName(u"bundleSuggestButton")
        self.bundleSuggestButton.setAutoDefault(False)

        self.bundleLayout.addWidget(self.bundleSuggestButton)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.bundleLayout)


        self.dialogLayout.addLayout(self.formLayout)

        self.secretsHintLabel = QLabel(LeadTransferExportDialog)
        self.secretsHintLabel.setObjectName(u"secretsHintLabel")
        self.secretsHintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.secretsHintLabel)

        self.shownLabel = QLabel(LeadTransferExportDialog)
        self.shownLabel.setObjectName(u"shownLabel")
        self.shownLabel.setText(u"")
        self.shownLabel.setWordWrap(True)
        self.shownLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.shownLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse|Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.shownLabel.setStyleSheet(u"font-family: monospace; font-size: 13pt; font-weight: bold; padding: 6px; border: 1px solid #888;")

        self.dialogLayout.addWidget(self.shownLabel)

        self.fingerprintLabel = QLabel(LeadTransferExportDialog)
        self.fingerprintLabel.setObjectName(u"fingerprintLabel")
        self.fingerprintLabel.setText(u"")
        self.fingerprintLabel.setWordWrap(True)
        self.fingerprintLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.fingerprintLabel)

        self.documentsLabel = QLabel(LeadTransferExportDialog)
        self.documentsLabel.setObjectName(u"documentsLabel")
        self.documentsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.documentsLabel)

        self.documentsList = QListWidget(LeadTransferExportDialog)
        self.documentsList.setObjectName(u"documentsList")
        self.documentsList.setMaximumSize(QSize(16777215, 110))

        self.dialogLayout.addWidget(self.documentsList)

        self.errorLabel = QLabel(LeadTransferExportDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #8c1d18;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(LeadTransferExportDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.dialogLayout.addWidget(self.busyBar)

        self.buttonBox = QDialogButtonBox(LeadTransferExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.toLabel.setBuddy(self.toEdit)
        self.folderLabel.setBuddy(self.folderEdit)
        self.pdfLabel.setBuddy(self.pdfEdit)
        self.bundleLabel.setBuddy(self.bundleEdit)
        self.documentsLabel.setBuddy(self.documentsList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.toEdit, self.folderEdit)
        QWidget.setTabOrder(self.folderEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.pdfEdit)
        QWidget.setTabOrder(self.pdfEdit, self.pdfSuggestButton)
        QWidget.setTabOrder(self.pdfSuggestButton, self.bundleEdit)
        QWidget.setTabOrder(self.bundleEdit, self.bundleSuggestButton)

        self.retranslateUi(LeadTransferExportDialog)

        QMetaObject.connectSlotsByName(LeadTransferExportDialog)
    # setupUi

    def retranslateUi(self, LeadTransferExportDialog):
        LeadTransferExportDialog.setWindowTitle(QCoreApplication.translate("LeadTransferExportDialog", u"Transfer the child's file to another school", None))
        self.toLabel.setText(QCoreApplication.translate("LeadTransferExportDialog", u"&To school:", None))
#if QT_CONFIG(accessibility)
        self.toEdit.setAccessibleName(QCoreApplication.translate("LeadTransferExportDialog", u"The school the child is moving to", None))
#endif // QT_CONFIG(accessibility)
        self.folderLabel.setText(QCoreApplication.translate("LeadTransferExportDialog", u"&Folder:", None))
#if QT_CONFIG(accessibility)
        self.folderEdit.setAccessibleName(QCoreApplication.translate("LeadTransferExportDialog", u"The folder to write the pack and bundle into", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("LeadTransferExportDialog", u"&Browse\u2026", None))
#if QT_CONFIG(tooltip)
        self.browseButton.setToolTip(QCoreApplication.translate("LeadTransferExportDialog", u"Choose the folder", None))
#endif // QT_CONFIG(tooltip)
        self.pdfLabel.setText(QCoreApplication.translate("LeadTransferExportDialog", u"&PDF password:", None))
#if QT_CONFIG(accessibility)
        self.pdfEdit.setAccessibleName(QCoreApplication.translate("LeadTransferExportDialog", u"Password for the transfer pack PDF", None))
#endif // QT_CONFIG(accessibility)
        self.pdfSuggestButton.setText(QCoreApplication.translate("LeadTransferExportDialog", u"&Suggest", None))
#if QT_CONFIG(tooltip)
        self.pdfSuggestButton.setToolTip(QCoreApplication.translate("LeadTransferExportDialog", u"Make a password of seven random words", None))
#endif // QT_CONFIG(tooltip)
        self.bundleLabel.setText(QCoreApplication.translate("LeadTransferExportDialog", u"B&undle passphrase:", None))
#if QT_CONFIG(accessibility)
        self.bundleEdit.setAccessibleName(QCoreApplication.translate("LeadTransferExportDialog", u"Passphrase for the bundle", None))
#endif // QT_CONFIG(accessibility)
        self.bundleSuggestButton.setText(QCoreApplication.translate("LeadTransferExportDialog", u"Su&ggest", None))
#if QT_CONFIG(tooltip)
        self.bundleSuggestButton.setToolTip(QCoreApplication.translate("LeadTransferExportDialog", u"Make a passphrase of seven random words", None))
#endif // QT_CONFIG(tooltip)
        self.secretsHintLabel.setText(QCoreApplication.translate("LeadTransferExportDialog", u"Two separate secrets: the PDF password opens the transfer pack, the bundle passphrase opens the bundle in Concern Logger. Press Suggest for each: seven random words are strong and easy to read out. Neither is kept anywhere: write them down before you press Send, and read them to the receiving lead by telephone, never with the files.", None))
#if QT_CONFIG(accessibility)
        self.secretsHintLabel.setAccessibleName(QCoreApplication.translate("LeadTransferExportDialog", u"About the two secrets", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.shownLabel.setAccessibleName(QCoreApplication.translate("LeadTransferExportDialog", u"The suggested secrets, to write down or read out", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fingerprintLabel.setAccessibleName(QCoreApplication.translate("LeadTransferExportDialog", u"This school's fingerprint", None))
#endif // QT_CONFIG(accessibility)
        self.documentsLabel.setText(QCoreApplication.translate("LeadTransferExportDialog", u"Attached documents to print after the pack (tick each one to include):", None))
#if QT_CONFIG(accessibility)
        self.documentsList.setAccessibleName(QCoreApplication.translate("LeadTransferExportDialog", u"Attached documents to include", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("LeadTransferExportDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("LeadTransferExportDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

