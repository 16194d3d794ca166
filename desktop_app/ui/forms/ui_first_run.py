# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget, QWizard, QWizardPage)

class Ui_FirstRun(object):
    def setupUi(self, FirstRun):
        if not FirstRun.objectName():
            FirstRun.setObjectName(u"FirstRun")
        FirstRun.resize(720, 560)
        FirstRun.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        FirstRun.setOptions(QWizard.WizardOption.NoBackButtonOnLastPage|QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.choosePage = QWizardPage()
        self.choosePage.setObjectName(u"choosePage")
        self.chooseLayout = QVBoxLayout(self.choosePage)
        self.chooseLayout.setObjectName(u"chooseLayout")
        self.createRadio = QRadioButton(self.choosePage)
        self.createRadio.setObjectName(u"createRadio")
        self.createRadio.setChecked(True)

        self.chooseLayout.addWidget(self.createRadio)

        self.createHint = QLabel(self.choosePage)
        self.createHint.setObjectName(u"createHint")
        self.createHint.setWordWrap(True)
        self.createHint.setIndent(24)

        self.chooseLayout.addWidget(self.createHint)

        self.joinRadio = QRadioButton(self.choosePage)
        self.joinRadio.setObjectName(u"joinRadio")

        self.chooseLayout.addWidget(self.joinRadio)

        self.joinHint = QLabel(self.choosePage)
        self.joinHint.setObjectName(u"joinHint")
        self.joinHint.setWordWrap(True)
        self.joinHint.setIndent(24)

        self.chooseLayout.addWidget(self.joinHint)

        self.chooseSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.chooseLayout.addItem(self.chooseSpacer)

        self.folderLabel = QLabel(self.choosePage)
        self.folderLabel.setObjectName(u"folderLabel")
        self.folderLabel.setWordWrap(True)
        self.folderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.chooseLayout.addWidget(self.folderLabel)

        FirstRun.addPage(self.choosePage)
        self.createPage = QWizardPage()
        self.createPage.setObjectName(u"createPage")
        self.createLayout = QVBoxLayout(self.createPage)
        self.createLayout.setObjectName(u"createLayout")
        self.createForm = QFormLayout()
        self.createForm.setObjectName(u"createForm")
        self.schoolNameLabel = QLabel(self.createPage)
        self.schoolNameLabel.setObjectName(u"schoolNameLabel")

        self.createForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.schoolNameLabel)

        self.schoolNameEdit = QLineEdit(self.createPage)
        self.schoolNameEdit.setObjectName(u"schoolNameEdit")
        self.schoolNameEdit.setMaxLength(200)

        self.createForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.schoolNameEdit)

        self.fullNameLabel = QLabel(self.createPage)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.createForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(self.createPage)
        self.fullNameEdit.setObjectName(u"fullNameEdit")
        self.fullNameEdit.setMaxLength(120)

        self.createForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.jobTitleLabel = QLabel(self.createPage)
        self.jobTitleLabel.setObjectName(u"jobTitleLabel")

        self.createForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.jobTitleLabel)

        self.jobTitleEdit = QLineEdit(self.createPage)
        self.jobTitleEdit.setObjectName(u"jobTitleEdit")
        self.jobTitleEdit.setMaxLength(120)

        self.createForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.jobTitleEdit)

        self.usernameLabel = QLabel(self.createPage)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.createForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(self.createPage)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(64)

        self.createForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.passphraseLabel = QLabel(self.createPage)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.createForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(self.createPage)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.createForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.strengthBar = QProgressBar(self.createPage)
        self.strengthBar.setObjectName(u"strengthBar")
        self.strengthBar.setMaximum(4)
        self.strengthBar.setValue(0)
        self.strengthBar.setTextVisible(False)

        self.createForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.strengthBar)

        self.strengthLabel = QLabel(self.createPage)
        self.strengthLabel.setObjectName(u"strengthLabel")
        self.strengthLabel.setWordWrap(True)

        self.createForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.strengthLabel)

        self.confirmLabel = QLabel(self.createPage)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.createForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(self.createPage)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.createForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.confirmEdit)


        self.createLayout.addLayout(self.createForm)

        self.createMessage = QLabel(self.createPage)
        self.createMessage.setObjectName(u"createMessage")
        self.createMessage.setWordWrap(True)
        self.createMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.createLayout.addWidget(self.createMessage)

        self.createBusy = QProgressBar(self.createPage)
        self.createBusy.setObjectName(u"createBusy")
        self.createBusy.setMaximum(0)
        self.createBusy.setTextVisible(False)

        self.createLayout.addWidget(self.createBusy)

        FirstRun.addPage(self.createPage)
        self.recoveryPage = QWizardPage()
        self.recoveryPage.setObjectName(u"recoveryPage")
        self.recoveryLayout = QVBoxLayout(self.recoveryPage)
        self.recoveryLayout.setObjectName(u"recoveryLayout")
        self.recoveryCodeLabel = QLabel(self.recoveryPage)
        self.recoveryCodeLabel.setObjectName(u"recoveryCodeLabel")
        self.recoveryCodeLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.recoveryCodeLabel.setWordWrap(True)
        self.recoveryCodeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.recoveryLayout.addWidget(self.recoveryCodeLabel)

        self.recoveryButtons = QHBoxLayout()
        self.recoveryButtons.setObjectName(u"recoveryButtons")
        self.saveSheetButton = QPushButton(self.recoveryPage)
        self.saveSheetButton.setObjectName(u"saveSheetButton")

        self.recoveryButtons.addWidget(self.saveSheetButton)

        self.copyButton = QPushButton(self.recoveryPage)
        self.copyButton.setObjectName(u"copyButton")

        self.recoveryButtons.addWidget(self.copyButton)

        self.recoveryButtonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recoveryButtons.addItem(self.recoveryButtonsSpacer)


        self.recoveryLayout.addLayout(self.recoveryButtons)

        self.recoveryMessage = QLabel(self.recoveryPage)
        self.recoveryMessage.setObjectName(u"recoveryMessage")
        self.recoveryMessage.setWordWrap(True)
        self.recoveryMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.recoveryLayout.addWidget(self.recoveryMessage)

        self.recoveryAdvice = QLabel(self.recoveryPage)
        self.recoveryAdvice.setObjectName(u"recoveryAdvice")
        self.recoveryAdvice.setWordWrap(True)

        self.recoveryLayout.addWidget(self.recoveryAdvice)

        self.recoverySpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.recoveryLayout.addItem(self.recoverySpacer)

        self.keptCheck = QCheckBox(self.recoveryPage)
        self.keptCheck.setObjectName(u"keptCheck")

        self.recoveryLayout.addWidget(self.keptCheck)

        FirstRun.addPage(self.recoveryPage)
        self.joinPage = QWizardPage()
        self.joinPage.setObjectName(u"joinPage")
        self.joinLayout = QVBoxLayout(self.joinPage)
        self.joinLayout.setObjectName(u"joinLayout")
        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(self.joinPage)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileRow.addWidget(self.fileEdit)

        self.chooseFileButton = QPushButton(self.joinPage)
        self.chooseFileButton.setObjectName(u"chooseFileButton")

        self.fileRow.addWidget(self.chooseFileButton)


        self.joinLayout.addLayout(self.fileRow)

        self.enrolmentLabel = QLabel(self.joinPage)
        self.enrolmentLabel.setObjectName(u"enrolmentLabel")
        self.enrolmentLabel.setWordWrap(True)
        self.enrolmentLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.joinLayout.addWidget(self.enrolmentLabel)

        self.joinMessage = QLabel(self.joinPage)
        self.joinMessage.setObjectName(u"joinMessage")
        self.joinMessage.setWordWrap(True)
        self.joinMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.joinLayout.addWidget(self.joinMessage)

        self.joinBusy = QProgressBar(self.joinPage)
        self.joinBusy.setObjectName(u"joinBusy")
        self.joinBusy.setMaximum(0)
        self.joinBusy.setTextVisible(False)

        self.joinLayout.addWidget(self.joinBusy)

        self.joinSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.joinLayout.addItem(self.joinSpacer)

        FirstRun.addPage(self.joinPage)
#if QT_CONFIG(shortcut)
        self.schoolNameLabel.setBuddy(self.schoolNameEdit)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.jobTitleLabel.setBuddy(self.jobTitleEdit)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.createRadio, self.joinRadio)
        QWidget.setTabOrder(self.joinRadio, self.schoolNameEdit)
        QWidget.setTabOrder(self.schoolNameEdit, self.fullNameEdit)
        QWidget.setTabOrder(self.fullNameEdit, self.jobTitleEdit)
        QWidget.setTabOrder(self.jobTitleEdit, self.usernameEdit)
        QWidget.setTabOrder(self.usernameEdit, self.passphraseEdit)
        QWidget.setTabOrder(self.passphraseEdit, self.confirmEdit)
        QWidget.setTabOrder(self.confirmEdit, self.saveSheetButton)
        QWidget.setTabOrder(self.saveSheetButton, self.copyButton)
        QWidget.setTabOrder(self.copyButton, self.keptCheck)
        QWidget.setTabOrder(self.keptCheck, self.fileEdit)
        QWidget.setTabOrder(self.fileEdit, self.chooseFileButton)

        self.retranslateUi(FirstRun)

        QMetaObject.connectSlotsByName(FirstRun)
    # setupUi

    def retranslateUi(self, FirstRun):
        FirstRun.setWindowTitle(QCoreApplication.translate("FirstRun", u"Set up Concern Logger", None))
#if QT_CONFIG(accessibility)
        FirstRun.setAccessibleName(QCoreApplication.translate("FirstRun", u"Set up Concern Logger on this PC", None))
#endif // QT_CONFIG(accessibility)
        self.choosePage.setTitle(QCoreApplication.translate("FirstRun", u"Set up Concern Logger on this PC", None))
        self.choosePage.setSubTitle(QCoreApplication.translate("FirstRun", u"There is no school on this PC yet.", None))
        self.createRadio.setText(QCoreApplication.translate("FirstRun", u"&Set up a new school: I am its designated safeguarding lead", None))
        self.createHint.setText(QCoreApplication.translate("FirstRun", u"Do this once, on the first PC of a school that does not use Concern Logger yet. You will choose your passphrase and be given the school's recovery code.", None))
        self.joinRadio.setText(QCoreApplication.translate("FirstRun", u"&Join a school that already uses Concern Logger", None))
        self.joinHint.setText(QCoreApplication.translate("FirstRun", u"You need the school's enrolment file, which a designated lead or IT staff can give you. It holds no secret.", None))
        self.createPage.setTitle(QCoreApplication.translate("FirstRun", u"The school and its first designated lead", None))
        self.createPage.setSubTitle(QCoreApplication.translate("FirstRun", u"Use full names, never initials. The passphrase protects every record: make it long and keep it to yourself.", None))
        self.schoolNameLabel.setText(QCoreApplication.translate("FirstRun", u"School &name", None))
        self.schoolNameEdit.setPlaceholderText(QCoreApplication.translate("FirstRun", u"Hillside Primary School", None))
        self.fullNameLabel.setText(QCoreApplication.translate("FirstRun", u"Your &full name", None))
        self.jobTitleLabel.setText(QCoreApplication.translate("FirstRun", u"Your &role", None))
        self.jobTitleEdit.setText(QCoreApplication.translate("FirstRun", u"Designated Safeguarding Lead", None))
        self.usernameLabel.setText(QCoreApplication.translate("FirstRun", u"&Username", None))
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("FirstRun", u"for example j.smith", None))
        self.passphraseLabel.setText(QCoreApplication.translate("FirstRun", u"&Passphrase", None))
        self.passphraseEdit.setPlaceholderText(QCoreApplication.translate("FirstRun", u"four or more words you will remember", None))
#if QT_CONFIG(accessibility)
        self.strengthBar.setAccessibleName(QCoreApplication.translate("FirstRun", u"Passphrase strength", None))
#endif // QT_CONFIG(accessibility)
        self.confirmLabel.setText(QCoreApplication.translate("FirstRun", u"&Again", None))
#if QT_CONFIG(accessibility)
        self.createBusy.setAccessibleName(QCoreApplication.translate("FirstRun", u"Setting up the school", None))
#endif // QT_CONFIG(accessibility)
        self.recoveryPage.setTitle(QCoreApplication.translate("FirstRun", u"The school's recovery code", None))
        self.recoveryPage.setSubTitle(QCoreApplication.translate("FirstRun", u"It opens every record if every lead's passphrase is lost. It is shown now and never again.", None))
#if QT_CONFIG(accessibility)
        self.recoveryCodeLabel.setAccessibleName(QCoreApplication.translate("FirstRun", u"Recovery code", None))
#endif // QT_CONFIG(accessibility)
        self.saveSheetButton.setText(QCoreApplication.translate("FirstRun", u"Save the &recovery sheet to print\u2026", None))
        self.copyButton.setText(QCoreApplication.translate("FirstRun", u"&Copy the code", None))
        self.recoveryAdvice.setText(QCoreApplication.translate("FirstRun", u"Print the recovery sheet (or write the code down by hand), seal it in an envelope signed across the seal by the head and you, and keep it in the school safe. Then delete the saved file: it is not encrypted. Never send the code by email or message.", None))
        self.keptCheck.setText(QCoreApplication.translate("FirstRun", u"I have &printed or written down the recovery code, to keep in the school safe", None))
        self.joinPage.setTitle(QCoreApplication.translate("FirstRun", u"Join a school", None))
        self.joinPage.setSubTitle(QCoreApplication.translate("FirstRun", u"Choose the school's enrolment file. This PC then fills itself from the school's hub.", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("FirstRun", u"Enrolment file", None))
#endif // QT_CONFIG(accessibility)
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("FirstRun", u"No file chosen", None))
        self.chooseFileButton.setText(QCoreApplication.translate("FirstRun", u"C&hoose the enrolment file\u2026", None))
#if QT_CONFIG(accessibility)
        self.joinBusy.setAccessibleName(QCoreApplication.translate("FirstRun", u"Joining the school", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

