# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_transfer_import.ui'
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
    QProgressBar, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_LeadTransferImportDialog(object):
    def setupUi(self, LeadTransferImportDialog):
        if not LeadTransferImportDialog.objectName():
            LeadTransferImportDialog.setObjectName(u"LeadTransferImportDialog")
        LeadTransferImportDialog.resize(640, 360)
        LeadTransferImportDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(LeadTransferImportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.aboutLabel = QLabel(LeadTransferImportDialog)
        self.aboutLabel.setObjectName(u"aboutLabel")
        self.aboutLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.aboutLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.bundleLabel = QLabel(LeadTransferImportDialog)
        self.bundleLabel.setObjectName(u"bundleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.bundleLabel)

        self.bundleLayout = QHBoxLayout()
        self.bundleLayout.setObjectName(u"bundleLayout")
        self.bundleEdit = QLineEdit(LeadTransferImportDialog)
        self.bundleEdit.setObjectName(u"bundleEdit")

        self.bundleLayout.addWidget(self.bundleEdit)

        self.browseButton = QPushButton(LeadTransferImportDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.bundleLayout.addWidget(self.browseButton)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.bundleLayout)

        self.passphraseLabel = QLabel(LeadTransferImportDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(LeadTransferImportDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.fingerprintLabel = QLabel(LeadTransferImportDialog)
        self.fingerprintLabel.setObjectName(u"fingerprintLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fingerprintLabel)

        self.fingerprintEdit = QLineEdit(LeadTransferImportDialog)
        self.fingerprintEdit.setObjectName(u"fingerprintEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fingerprintEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(LeadTransferImportDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #8c1d18;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(LeadTransferImportDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.dialogLayout.addWidget(self.busyBar)

        self.buttonBox = QDialogButtonBox(LeadTransferImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.bundleLabel.setBuddy(self.bundleEdit)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.fingerprintLabel.setBuddy(self.fingerprintEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.bundleEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.passphraseEdit)
        QWidget.setTabOrder(self.passphraseEdit, self.fingerprintEdit)

        self.retranslateUi(LeadTransferImportDialog)

        QMetaObject.connectSlotsByName(LeadTransferImportDialog)
    # setupUi

    def retranslateUi(self, LeadTransferImportDialog):
        LeadTransferImportDialog.setWindowTitle(QCoreApplication.translate("LeadTransferImportDialog", u"Receive a child's file from another school", None))
        self.aboutLabel.setText(QCoreApplication.translate("LeadTransferImportDialog", u"The sending school's designated lead gives you, by telephone, the bundle passphrase and their school's fingerprint (four groups of four characters). Phone the school on a number you look up yourself, not one in an email. Every record, signature and the school's key chain are checked; if anything fails, nothing is imported.", None))
        self.bundleLabel.setText(QCoreApplication.translate("LeadTransferImportDialog", u"B&undle:", None))
#if QT_CONFIG(accessibility)
        self.bundleEdit.setAccessibleName(QCoreApplication.translate("LeadTransferImportDialog", u"The bundle file from the sending school", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("LeadTransferImportDialog", u"&Browse\u2026", None))
        self.passphraseLabel.setText(QCoreApplication.translate("LeadTransferImportDialog", u"&Passphrase:", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("LeadTransferImportDialog", u"The bundle passphrase from the sending lead", None))
#endif // QT_CONFIG(accessibility)
        self.fingerprintLabel.setText(QCoreApplication.translate("LeadTransferImportDialog", u"&Fingerprint:", None))
#if QT_CONFIG(accessibility)
        self.fingerprintEdit.setAccessibleName(QCoreApplication.translate("LeadTransferImportDialog", u"The sending school's fingerprint, as heard by telephone", None))
#endif // QT_CONFIG(accessibility)
        self.fingerprintEdit.setPlaceholderText(QCoreApplication.translate("LeadTransferImportDialog", u"XXXX-XXXX-XXXX-XXXX", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("LeadTransferImportDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("LeadTransferImportDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

