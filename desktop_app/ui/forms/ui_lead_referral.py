# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_referral.ui'
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
    QLineEdit, QProgressBar, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_LeadReferralDialog(object):
    def setupUi(self, LeadReferralDialog):
        if not LeadReferralDialog.objectName():
            LeadReferralDialog.setObjectName(u"LeadReferralDialog")
        LeadReferralDialog.resize(600, 360)
        LeadReferralDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(LeadReferralDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.aboutLabel = QLabel(LeadReferralDialog)
        self.aboutLabel.setObjectName(u"aboutLabel")
        self.aboutLabel.setText(u"")
        self.aboutLabel.setWordWrap(True)
        self.aboutLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.aboutLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.concernLabel = QLabel(LeadReferralDialog)
        self.concernLabel.setObjectName(u"concernLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.concernLabel)

        self.concernCombo = QComboBox(LeadReferralDialog)
        self.concernCombo.setObjectName(u"concernCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.concernCombo)

        self.agencyLabel = QLabel(LeadReferralDialog)
        self.agencyLabel.setObjectName(u"agencyLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.agencyLabel)

        self.agencyEdit = QLineEdit(LeadReferralDialog)
        self.agencyEdit.setObjectName(u"agencyEdit")
        self.agencyEdit.setMaxLength(200)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.agencyEdit)

        self.referenceLabel = QLabel(LeadReferralDialog)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceEdit = QLineEdit(LeadReferralDialog)
        self.referenceEdit.setObjectName(u"referenceEdit")
        self.referenceEdit.setMaxLength(200)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.referenceEdit)

        self.madeLabel = QLabel(LeadReferralDialog)
        self.madeLabel.setObjectName(u"madeLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.madeLabel)

        self.madeEdit = QDateTimeEdit(LeadReferralDialog)
        self.madeEdit.setObjectName(u"madeEdit")
        self.madeEdit.setCalendarPopup(True)
        self.madeEdit.setDisplayFormat(u"ddd dd MMM yyyy HH:mm")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.madeEdit)

        self.expectedLabel = QLabel(LeadReferralDialog)
        self.expectedLabel.setObjectName(u"expectedLabel")
        self.expectedLabel.setText(u"")
        self.expectedLabel.setWordWrap(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.expectedLabel)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(LeadReferralDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #8c1d18;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(LeadReferralDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.dialogLayout.addWidget(self.busyBar)

        self.buttonBox = QDialogButtonBox(LeadReferralDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.concernLabel.setBuddy(self.concernCombo)
        self.agencyLabel.setBuddy(self.agencyEdit)
        self.referenceLabel.setBuddy(self.referenceEdit)
        self.madeLabel.setBuddy(self.madeEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.concernCombo, self.agencyEdit)
        QWidget.setTabOrder(self.agencyEdit, self.referenceEdit)
        QWidget.setTabOrder(self.referenceEdit, self.madeEdit)

        self.retranslateUi(LeadReferralDialog)

        QMetaObject.connectSlotsByName(LeadReferralDialog)
    # setupUi

    def retranslateUi(self, LeadReferralDialog):
        LeadReferralDialog.setWindowTitle(QCoreApplication.translate("LeadReferralDialog", u"Record a referral", None))
        self.concernLabel.setText(QCoreApplication.translate("LeadReferralDialog", u"C&oncern:", None))
#if QT_CONFIG(accessibility)
        self.concernCombo.setAccessibleName(QCoreApplication.translate("LeadReferralDialog", u"Concern referred", None))
#endif // QT_CONFIG(accessibility)
        self.agencyLabel.setText(QCoreApplication.translate("LeadReferralDialog", u"&Agency:", None))
#if QT_CONFIG(accessibility)
        self.agencyEdit.setAccessibleName(QCoreApplication.translate("LeadReferralDialog", u"Agency", None))
#endif // QT_CONFIG(accessibility)
        self.agencyEdit.setPlaceholderText(QCoreApplication.translate("LeadReferralDialog", u"e.g. Children's social care (MASH)", None))
        self.referenceLabel.setText(QCoreApplication.translate("LeadReferralDialog", u"&Reference:", None))
#if QT_CONFIG(accessibility)
        self.referenceEdit.setAccessibleName(QCoreApplication.translate("LeadReferralDialog", u"The agency's reference", None))
#endif // QT_CONFIG(accessibility)
        self.referenceEdit.setPlaceholderText(QCoreApplication.translate("LeadReferralDialog", u"The agency's reference, if given", None))
        self.madeLabel.setText(QCoreApplication.translate("LeadReferralDialog", u"&Made at:", None))
#if QT_CONFIG(accessibility)
        self.madeEdit.setAccessibleName(QCoreApplication.translate("LeadReferralDialog", u"When the referral was made", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.expectedLabel.setAccessibleName(QCoreApplication.translate("LeadReferralDialog", u"When a response is expected", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("LeadReferralDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("LeadReferralDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

