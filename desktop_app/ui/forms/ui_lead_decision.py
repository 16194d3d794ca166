# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_decision.ui'
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

class Ui_LeadDecisionDialog(object):
    def setupUi(self, LeadDecisionDialog):
        if not LeadDecisionDialog.objectName():
            LeadDecisionDialog.setObjectName(u"LeadDecisionDialog")
        LeadDecisionDialog.resize(640, 480)
        LeadDecisionDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(LeadDecisionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.aboutLabel = QLabel(LeadDecisionDialog)
        self.aboutLabel.setObjectName(u"aboutLabel")
        self.aboutLabel.setText(u"")
        self.aboutLabel.setWordWrap(True)
        self.aboutLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.aboutLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.concernLabel = QLabel(LeadDecisionDialog)
        self.concernLabel.setObjectName(u"concernLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.concernLabel)

        self.concernCombo = QComboBox(LeadDecisionDialog)
        self.concernCombo.setObjectName(u"concernCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.concernCombo)

        self.decisionLabel = QLabel(LeadDecisionDialog)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decisionCombo = QComboBox(LeadDecisionDialog)
        self.decisionCombo.setObjectName(u"decisionCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.decisionCombo)

        self.rationaleLabel = QLabel(LeadDecisionDialog)
        self.rationaleLabel.setObjectName(u"rationaleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.rationaleLabel)

        self.rationaleEdit = QPlainTextEdit(LeadDecisionDialog)
        self.rationaleEdit.setObjectName(u"rationaleEdit")
        self.rationaleEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.rationaleEdit)

        self.flagsLabel = QLabel(LeadDecisionDialog)
        self.flagsLabel.setObjectName(u"flagsLabel")
        self.flagsLabel.setText(u"")
        self.flagsLabel.setWordWrap(True)
        self.flagsLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.flagsLabel)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(LeadDecisionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #8c1d18;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(LeadDecisionDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.dialogLayout.addWidget(self.busyBar)

        self.buttonBox = QDialogButtonBox(LeadDecisionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.concernLabel.setBuddy(self.concernCombo)
        self.decisionLabel.setBuddy(self.decisionCombo)
        self.rationaleLabel.setBuddy(self.rationaleEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.concernCombo, self.decisionCombo)
        QWidget.setTabOrder(self.decisionCombo, self.rationaleEdit)

        self.retranslateUi(LeadDecisionDialog)

        QMetaObject.connectSlotsByName(LeadDecisionDialog)
    # setupUi

    def retranslateUi(self, LeadDecisionDialog):
        LeadDecisionDialog.setWindowTitle(QCoreApplication.translate("LeadDecisionDialog", u"Record a decision", None))
        self.concernLabel.setText(QCoreApplication.translate("LeadDecisionDialog", u"C&oncern:", None))
#if QT_CONFIG(accessibility)
        self.concernCombo.setAccessibleName(QCoreApplication.translate("LeadDecisionDialog", u"Concern the decision is about", None))
#endif // QT_CONFIG(accessibility)
        self.decisionLabel.setText(QCoreApplication.translate("LeadDecisionDialog", u"&Decision:", None))
#if QT_CONFIG(accessibility)
        self.decisionCombo.setAccessibleName(QCoreApplication.translate("LeadDecisionDialog", u"Decision", None))
#endif // QT_CONFIG(accessibility)
        self.rationaleLabel.setText(QCoreApplication.translate("LeadDecisionDialog", u"&Rationale:", None))
#if QT_CONFIG(accessibility)
        self.rationaleEdit.setAccessibleName(QCoreApplication.translate("LeadDecisionDialog", u"Rationale", None))
#endif // QT_CONFIG(accessibility)
        self.rationaleEdit.setPlaceholderText(QCoreApplication.translate("LeadDecisionDialog", u"Why this decision, on what information (required)", None))
#if QT_CONFIG(accessibility)
        self.flagsLabel.setAccessibleName(QCoreApplication.translate("LeadDecisionDialog", u"Open red flags", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("LeadDecisionDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("LeadDecisionDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

