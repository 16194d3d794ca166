# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_attendance_import.ui'
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

class Ui_LeadAttendanceImportDialog(object):
    def setupUi(self, LeadAttendanceImportDialog):
        if not LeadAttendanceImportDialog.objectName():
            LeadAttendanceImportDialog.setObjectName(u"LeadAttendanceImportDialog")
        LeadAttendanceImportDialog.resize(640, 260)
        LeadAttendanceImportDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(LeadAttendanceImportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.aboutLabel = QLabel(LeadAttendanceImportDialog)
        self.aboutLabel.setObjectName(u"aboutLabel")
        self.aboutLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.aboutLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fileLabel = QLabel(LeadAttendanceImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileEdit = QLineEdit(LeadAttendanceImportDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(LeadAttendanceImportDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.fileLayout.addWidget(self.browseButton)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileLayout)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(LeadAttendanceImportDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #8c1d18;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(LeadAttendanceImportDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.dialogLayout.addWidget(self.busyBar)

        self.buttonBox = QDialogButtonBox(LeadAttendanceImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)

        self.retranslateUi(LeadAttendanceImportDialog)

        QMetaObject.connectSlotsByName(LeadAttendanceImportDialog)
    # setupUi

    def retranslateUi(self, LeadAttendanceImportDialog):
        LeadAttendanceImportDialog.setWindowTitle(QCoreApplication.translate("LeadAttendanceImportDialog", u"Import attendance marks", None))
        self.aboutLabel.setText(QCoreApplication.translate("LeadAttendanceImportDialog", u"Choose the session marks exported from the school's MIS (CSV from SIMS, Arbor or Bromcom: one row per session, one row per day with AM and PM, or a column per session). Each child is found by UPN; the marks are kept encrypted in the child's file, beside the chronology. The whole file is imported, or nothing.", None))
        self.fileLabel.setText(QCoreApplication.translate("LeadAttendanceImportDialog", u"Marks &file:", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("LeadAttendanceImportDialog", u"The attendance marks file (CSV)", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("LeadAttendanceImportDialog", u"&Browse\u2026", None))
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("LeadAttendanceImportDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

