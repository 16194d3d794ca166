# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_action.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QProgressBar, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_LeadActionDialog(object):
    def setupUi(self, LeadActionDialog):
        if not LeadActionDialog.objectName():
            LeadActionDialog.setObjectName(u"LeadActionDialog")
        LeadActionDialog.resize(600, 420)
        LeadActionDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(LeadActionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.aboutLabel = QLabel(LeadActionDialog)
        self.aboutLabel.setObjectName(u"aboutLabel")
        self.aboutLabel.setText(u"")
        self.aboutLabel.setWordWrap(True)
        self.aboutLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.aboutLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.textLabel = QLabel(LeadActionDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(LeadActionDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.ownerLabel = QLabel(LeadActionDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerCombo = QComboBox(LeadActionDialog)
        self.ownerCombo.setObjectName(u"ownerCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ownerCombo)

        self.dueLabel = QLabel(LeadActionDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueEdit = QDateEdit(LeadActionDialog)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)
        self.dueEdit.setDisplayFormat(u"ddd dd MMM yyyy")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dueEdit)

        self.concernLabel = QLabel(LeadActionDialog)
        self.concernLabel.setObjectName(u"concernLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.concernLabel)

        self.concernCombo = QComboBox(LeadActionDialog)
        self.concernCombo.setObjectName(u"concernCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.concernCombo)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(LeadActionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #8c1d18;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(LeadActionDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.dialogLayout.addWidget(self.busyBar)

        self.buttonBox = QDialogButtonBox(LeadActionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.textLabel.setBuddy(self.textEdit)
        self.ownerLabel.setBuddy(self.ownerCombo)
        self.dueLabel.setBuddy(self.dueEdit)
        self.concernLabel.setBuddy(self.concernCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.textEdit, self.ownerCombo)
        QWidget.setTabOrder(self.ownerCombo, self.dueEdit)
        QWidget.setTabOrder(self.dueEdit, self.concernCombo)

        self.retranslateUi(LeadActionDialog)

        QMetaObject.connectSlotsByName(LeadActionDialog)
    # setupUi

    def retranslateUi(self, LeadActionDialog):
        LeadActionDialog.setWindowTitle(QCoreApplication.translate("LeadActionDialog", u"Add an action", None))
        self.textLabel.setText(QCoreApplication.translate("LeadActionDialog", u"&What is to be done:", None))
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleName(QCoreApplication.translate("LeadActionDialog", u"What is to be done", None))
#endif // QT_CONFIG(accessibility)
        self.ownerLabel.setText(QCoreApplication.translate("LeadActionDialog", u"&Owner:", None))
#if QT_CONFIG(accessibility)
        self.ownerCombo.setAccessibleName(QCoreApplication.translate("LeadActionDialog", u"Who does it", None))
#endif // QT_CONFIG(accessibility)
        self.dueLabel.setText(QCoreApplication.translate("LeadActionDialog", u"&Due by:", None))
#if QT_CONFIG(accessibility)
        self.dueEdit.setAccessibleName(QCoreApplication.translate("LeadActionDialog", u"Due date", None))
#endif // QT_CONFIG(accessibility)
        self.concernLabel.setText(QCoreApplication.translate("LeadActionDialog", u"&Concern:", None))
#if QT_CONFIG(accessibility)
        self.concernCombo.setAccessibleName(QCoreApplication.translate("LeadActionDialog", u"Concern the action is about", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("LeadActionDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("LeadActionDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

