# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_mobility.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QProgressBar, QSizePolicy, QVBoxLayout, QWidget)

class Ui_LeadMobilityDialog(object):
    def setupUi(self, LeadMobilityDialog):
        if not LeadMobilityDialog.objectName():
            LeadMobilityDialog.setObjectName(u"LeadMobilityDialog")
        LeadMobilityDialog.resize(520, 280)
        LeadMobilityDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(LeadMobilityDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.aboutLabel = QLabel(LeadMobilityDialog)
        self.aboutLabel.setObjectName(u"aboutLabel")
        self.aboutLabel.setText(u"")
        self.aboutLabel.setWordWrap(True)
        self.aboutLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.aboutLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.mobileLabel = QLabel(LeadMobilityDialog)
        self.mobileLabel.setObjectName(u"mobileLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.mobileLabel)

        self.mobileCombo = QComboBox(LeadMobilityDialog)
        self.mobileCombo.setObjectName(u"mobileCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.mobileCombo)

        self.noteLabel = QLabel(LeadMobilityDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(LeadMobilityDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(LeadMobilityDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #8c1d18;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(LeadMobilityDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.dialogLayout.addWidget(self.busyBar)

        self.buttonBox = QDialogButtonBox(LeadMobilityDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.mobileLabel.setBuddy(self.mobileCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.mobileCombo, self.noteEdit)

        self.retranslateUi(LeadMobilityDialog)

        QMetaObject.connectSlotsByName(LeadMobilityDialog)
    # setupUi

    def retranslateUi(self, LeadMobilityDialog):
        LeadMobilityDialog.setWindowTitle(QCoreApplication.translate("LeadMobilityDialog", u"Is the child independently mobile?", None))
        self.mobileLabel.setText(QCoreApplication.translate("LeadMobilityDialog", u"&Mobile:", None))
#if QT_CONFIG(accessibility)
        self.mobileCombo.setAccessibleName(QCoreApplication.translate("LeadMobilityDialog", u"Independently mobile", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("LeadMobilityDialog", u"&Note:", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("LeadMobilityDialog", u"Note", None))
#endif // QT_CONFIG(accessibility)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("LeadMobilityDialog", u"(optional)", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("LeadMobilityDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("LeadMobilityDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

