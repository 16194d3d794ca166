# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_recovery_code.ui'
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
    QFormLayout, QLabel, QProgressBar, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_LeadRecoveryCodeDialog(object):
    def setupUi(self, LeadRecoveryCodeDialog):
        if not LeadRecoveryCodeDialog.objectName():
            LeadRecoveryCodeDialog.setObjectName(u"LeadRecoveryCodeDialog")
        LeadRecoveryCodeDialog.resize(560, 300)
        LeadRecoveryCodeDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(LeadRecoveryCodeDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.aboutLabel = QLabel(LeadRecoveryCodeDialog)
        self.aboutLabel.setObjectName(u"aboutLabel")
        self.aboutLabel.setText(u"")
        self.aboutLabel.setWordWrap(True)
        self.aboutLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.aboutLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.codeLabel = QLabel(LeadRecoveryCodeDialog)
        self.codeLabel.setObjectName(u"codeLabel")
        font = QFont()
        font.setFamilies([u"DejaVu Sans Mono"])
        font.setPointSize(16)
        font.setBold(True)
        self.codeLabel.setFont(font)
        self.codeLabel.setText(u"")
        self.codeLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.codeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.codeLabel)

        self.instructionsLabel = QLabel(LeadRecoveryCodeDialog)
        self.instructionsLabel.setObjectName(u"instructionsLabel")
        self.instructionsLabel.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.instructionsLabel)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(LeadRecoveryCodeDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #8c1d18;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(LeadRecoveryCodeDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.dialogLayout.addWidget(self.busyBar)

        self.buttonBox = QDialogButtonBox(LeadRecoveryCodeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(LeadRecoveryCodeDialog)

        QMetaObject.connectSlotsByName(LeadRecoveryCodeDialog)
    # setupUi

    def retranslateUi(self, LeadRecoveryCodeDialog):
        LeadRecoveryCodeDialog.setWindowTitle(QCoreApplication.translate("LeadRecoveryCodeDialog", u"The school's new recovery code", None))
#if QT_CONFIG(accessibility)
        self.codeLabel.setAccessibleName(QCoreApplication.translate("LeadRecoveryCodeDialog", u"The new recovery code", None))
#endif // QT_CONFIG(accessibility)
        self.instructionsLabel.setText(QCoreApplication.translate("LeadRecoveryCodeDialog", u"Write it on a new recovery sheet now and put the sheet in the school safe; destroy the old sheet. It is shown once and kept nowhere: the old code no longer opens records written from now on.", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("LeadRecoveryCodeDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("LeadRecoveryCodeDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

