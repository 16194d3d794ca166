# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_governors_report.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QProgressBar, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_LeadGovernorsReportDialog(object):
    def setupUi(self, LeadGovernorsReportDialog):
        if not LeadGovernorsReportDialog.objectName():
            LeadGovernorsReportDialog.setObjectName(u"LeadGovernorsReportDialog")
        LeadGovernorsReportDialog.resize(640, 420)
        LeadGovernorsReportDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(LeadGovernorsReportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.aboutLabel = QLabel(LeadGovernorsReportDialog)
        self.aboutLabel.setObjectName(u"aboutLabel")
        self.aboutLabel.setText(u"")
        self.aboutLabel.setWordWrap(True)
        self.aboutLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.aboutLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.pathLabel = QLabel(LeadGovernorsReportDialog)
        self.pathLabel.setObjectName(u"pathLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pathLabel)

        self.pathLayout = QHBoxLayout()
        self.pathLayout.setObjectName(u"pathLayout")
        self.pathEdit = QLineEdit(LeadGovernorsReportDialog)
        self.pathEdit.setObjectName(u"pathEdit")

        self.pathLayout.addWidget(self.pathEdit)

        self.browseButton = QPushButton(LeadGovernorsReportDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.pathLayout.addWidget(self.browseButton)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.pathLayout)

        self.termLabel = QLabel(LeadGovernorsReportDialog)
        self.termLabel.setObjectName(u"termLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.termLabel)

        self.termEdit = QDateEdit(LeadGovernorsReportDialog)
        self.termEdit.setObjectName(u"termEdit")
        self.termEdit.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.termEdit)

        self.passwordLabel = QLabel(LeadGovernorsReportDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(LeadGovernorsReportDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatLabel = QLabel(LeadGovernorsReportDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(LeadGovernorsReportDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.passwordHintLabel = QLabel(LeadGovernorsReportDialog)
        self.passwordHintLabel.setObjectName(u"passwordHintLabel")
        self.passwordHintLabel.setWordWrap(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.passwordHintLabel)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(LeadGovernorsReportDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #8c1d18;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(LeadGovernorsReportDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.dialogLayout.addWidget(self.busyBar)

        self.buttonBox = QDialogButtonBox(LeadGovernorsReportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.pathLabel.setBuddy(self.pathEdit)
        self.termLabel.setBuddy(self.termEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pathEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.termEdit)
        QWidget.setTabOrder(self.termEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.repeatEdit)

        self.retranslateUi(LeadGovernorsReportDialog)

        QMetaObject.connectSlotsByName(LeadGovernorsReportDialog)
    # setupUi

    def retranslateUi(self, LeadGovernorsReportDialog):
        LeadGovernorsReportDialog.setWindowTitle(QCoreApplication.translate("LeadGovernorsReportDialog", u"Report for governors", None))
        self.pathLabel.setText(QCoreApplication.translate("LeadGovernorsReportDialog", u"&Save as:", None))
#if QT_CONFIG(accessibility)
        self.pathEdit.setAccessibleName(QCoreApplication.translate("LeadGovernorsReportDialog", u"Where to save the report", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("LeadGovernorsReportDialog", u"&Browse\u2026", None))
        self.termLabel.setText(QCoreApplication.translate("LeadGovernorsReportDialog", u"A day in the &term:", None))
#if QT_CONFIG(accessibility)
        self.termEdit.setAccessibleName(QCoreApplication.translate("LeadGovernorsReportDialog", u"A day in the term to report on", None))
#endif // QT_CONFIG(accessibility)
        self.termEdit.setDisplayFormat(QCoreApplication.translate("LeadGovernorsReportDialog", u"dd/MM/yyyy", None))
        self.passwordLabel.setText(QCoreApplication.translate("LeadGovernorsReportDialog", u"PDF &password:", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("LeadGovernorsReportDialog", u"Password for the PDF", None))
#endif // QT_CONFIG(accessibility)
        self.repeatLabel.setText(QCoreApplication.translate("LeadGovernorsReportDialog", u"Password a&gain:", None))
#if QT_CONFIG(accessibility)
        self.repeatEdit.setAccessibleName(QCoreApplication.translate("LeadGovernorsReportDialog", u"Password again", None))
#endif // QT_CONFIG(accessibility)
        self.passwordHintLabel.setText(QCoreApplication.translate("LeadGovernorsReportDialog", u"The password is not kept anywhere: give it to the clerk to the governors by another route (telephone, not the same email).", None))
#if QT_CONFIG(accessibility)
        self.passwordHintLabel.setAccessibleName(QCoreApplication.translate("LeadGovernorsReportDialog", u"About the password", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("LeadGovernorsReportDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("LeadGovernorsReportDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

