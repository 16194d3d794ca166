# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_attach_document.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QProgressBar, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_LeadAttachDocumentDialog(object):
    def setupUi(self, LeadAttachDocumentDialog):
        if not LeadAttachDocumentDialog.objectName():
            LeadAttachDocumentDialog.setObjectName(u"LeadAttachDocumentDialog")
        LeadAttachDocumentDialog.resize(600, 360)
        LeadAttachDocumentDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(LeadAttachDocumentDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.aboutLabel = QLabel(LeadAttachDocumentDialog)
        self.aboutLabel.setObjectName(u"aboutLabel")
        self.aboutLabel.setText(u"")
        self.aboutLabel.setWordWrap(True)
        self.aboutLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.aboutLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fileLabel = QLabel(LeadAttachDocumentDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.pathEdit = QLineEdit(LeadAttachDocumentDialog)
        self.pathEdit.setObjectName(u"pathEdit")

        self.fileLayout.addWidget(self.pathEdit)

        self.browseButton = QPushButton(LeadAttachDocumentDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.fileLayout.addWidget(self.browseButton)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileLayout)

        self.recordLabel = QLabel(LeadAttachDocumentDialog)
        self.recordLabel.setObjectName(u"recordLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.recordLabel)

        self.recordCombo = QComboBox(LeadAttachDocumentDialog)
        self.recordCombo.setObjectName(u"recordCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.recordCombo)

        self.descriptionLabel = QLabel(LeadAttachDocumentDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(LeadAttachDocumentDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.injuryLabel = QLabel(LeadAttachDocumentDialog)
        self.injuryLabel.setObjectName(u"injuryLabel")
        self.injuryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.injuryLabel)

        self.errorLabel = QLabel(LeadAttachDocumentDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #8c1d18;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(LeadAttachDocumentDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.dialogLayout.addWidget(self.busyBar)

        self.buttonBox = QDialogButtonBox(LeadAttachDocumentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.pathEdit)
        self.recordLabel.setBuddy(self.recordCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pathEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.recordCombo)
        QWidget.setTabOrder(self.recordCombo, self.descriptionEdit)

        self.retranslateUi(LeadAttachDocumentDialog)

        QMetaObject.connectSlotsByName(LeadAttachDocumentDialog)
    # setupUi

    def retranslateUi(self, LeadAttachDocumentDialog):
        LeadAttachDocumentDialog.setWindowTitle(QCoreApplication.translate("LeadAttachDocumentDialog", u"Attach a document", None))
        self.fileLabel.setText(QCoreApplication.translate("LeadAttachDocumentDialog", u"&File:", None))
#if QT_CONFIG(accessibility)
        self.pathEdit.setAccessibleName(QCoreApplication.translate("LeadAttachDocumentDialog", u"File to attach", None))
#endif // QT_CONFIG(accessibility)
        self.pathEdit.setPlaceholderText(QCoreApplication.translate("LeadAttachDocumentDialog", u"A PDF, PNG, JPEG or plain-text file, at most 25 MB", None))
        self.browseButton.setText(QCoreApplication.translate("LeadAttachDocumentDialog", u"&Choose\u2026", None))
        self.recordLabel.setText(QCoreApplication.translate("LeadAttachDocumentDialog", u"Attach &to:", None))
#if QT_CONFIG(accessibility)
        self.recordCombo.setAccessibleName(QCoreApplication.translate("LeadAttachDocumentDialog", u"Attach to", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionLabel.setText(QCoreApplication.translate("LeadAttachDocumentDialog", u"&Description:", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("LeadAttachDocumentDialog", u"Description", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("LeadAttachDocumentDialog", u"What it is, e.g. minutes of the initial child protection conference", None))
        self.injuryLabel.setText(QCoreApplication.translate("LeadAttachDocumentDialog", u"No photographs of injuries: the body map is the record. An image cannot be attached to a concern with injury marks.", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("LeadAttachDocumentDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("LeadAttachDocumentDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

