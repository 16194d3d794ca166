# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_allegation.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QProgressBar, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_LeadAllegationDialog(object):
    def setupUi(self, LeadAllegationDialog):
        if not LeadAllegationDialog.objectName():
            LeadAllegationDialog.setObjectName(u"LeadAllegationDialog")
        LeadAllegationDialog.resize(640, 600)
        LeadAllegationDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(LeadAllegationDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.aboutLabel = QLabel(LeadAllegationDialog)
        self.aboutLabel.setObjectName(u"aboutLabel")
        self.aboutLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.aboutLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.madeOnLabel = QLabel(LeadAllegationDialog)
        self.madeOnLabel.setObjectName(u"madeOnLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.madeOnLabel)

        self.madeOnEdit = QDateEdit(LeadAllegationDialog)
        self.madeOnEdit.setObjectName(u"madeOnEdit")
        self.madeOnEdit.setCalendarPopup(True)
        self.madeOnEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.madeOnEdit)

        self.raisedByLabel = QLabel(LeadAllegationDialog)
        self.raisedByLabel.setObjectName(u"raisedByLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.raisedByLabel)

        self.raisedByEdit = QLineEdit(LeadAllegationDialog)
        self.raisedByEdit.setObjectName(u"raisedByEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.raisedByEdit)

        self.staffUsernameLabel = QLabel(LeadAllegationDialog)
        self.staffUsernameLabel.setObjectName(u"staffUsernameLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.staffUsernameLabel)

        self.staffUsernameEdit = QLineEdit(LeadAllegationDialog)
        self.staffUsernameEdit.setObjectName(u"staffUsernameEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.staffUsernameEdit)

        self.staffNameLabel = QLabel(LeadAllegationDialog)
        self.staffNameLabel.setObjectName(u"staffNameLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.staffNameLabel)

        self.staffNameEdit = QLineEdit(LeadAllegationDialog)
        self.staffNameEdit.setObjectName(u"staffNameEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.staffNameEdit)

        self.staffRoleLabel = QLabel(LeadAllegationDialog)
        self.staffRoleLabel.setObjectName(u"staffRoleLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.staffRoleLabel)

        self.staffRoleEdit = QLineEdit(LeadAllegationDialog)
        self.staffRoleEdit.setObjectName(u"staffRoleEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.staffRoleEdit)

        self.staffBornLabel = QLabel(LeadAllegationDialog)
        self.staffBornLabel.setObjectName(u"staffBornLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.staffBornLabel)

        self.staffBornEdit = QLineEdit(LeadAllegationDialog)
        self.staffBornEdit.setObjectName(u"staffBornEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.staffBornEdit)

        self.allegedLabel = QLabel(LeadAllegationDialog)
        self.allegedLabel.setObjectName(u"allegedLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.allegedLabel)

        self.allegedEdit = QPlainTextEdit(LeadAllegationDialog)
        self.allegedEdit.setObjectName(u"allegedEdit")
        self.allegedEdit.setMaximumSize(QSize(16777215, 140))
        self.allegedEdit.setTabChangesFocus(True)
        self.allegedEdit.setMinimumSize(QSize(0, 64))

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.allegedEdit)

        self.childrenLabel = QLabel(LeadAllegationDialog)
        self.childrenLabel.setObjectName(u"childrenLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.childrenLabel)

        self.childrenEdit = QLineEdit(LeadAllegationDialog)
        self.childrenEdit.setObjectName(u"childrenEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.childrenEdit)

        self.ladoReferredLabel = QLabel(LeadAllegationDialog)
        self.ladoReferredLabel.setObjectName(u"ladoReferredLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.ladoReferredLabel)

        self.ladoReferredEdit = QLineEdit(LeadAllegationDialog)
        self.ladoReferredEdit.setObjectName(u"ladoReferredEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.ladoReferredEdit)

        self.ladoReferenceLabel = QLabel(LeadAllegationDialog)
        self.ladoReferenceLabel.setObjectName(u"ladoReferenceLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.ladoReferenceLabel)

        self.ladoReferenceEdit = QLineEdit(LeadAllegationDialog)
        self.ladoReferenceEdit.setObjectName(u"ladoReferenceEdit")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.ladoReferenceEdit)

        self.adviceLabel = QLabel(LeadAllegationDialog)
        self.adviceLabel.setObjectName(u"adviceLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.adviceLabel)

        self.adviceEdit = QPlainTextEdit(LeadAllegationDialog)
        self.adviceEdit.setObjectName(u"adviceEdit")
        self.adviceEdit.setMaximumSize(QSize(16777215, 90))
        self.adviceEdit.setTabChangesFocus(True)
        self.adviceEdit.setMinimumSize(QSize(0, 64))

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.adviceEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(LeadAllegationDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #8c1d18;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(LeadAllegationDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.dialogLayout.addWidget(self.busyBar)

        self.buttonBox = QDialogButtonBox(LeadAllegationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.madeOnLabel.setBuddy(self.madeOnEdit)
        self.raisedByLabel.setBuddy(self.raisedByEdit)
        self.staffUsernameLabel.setBuddy(self.staffUsernameEdit)
        self.staffNameLabel.setBuddy(self.staffNameEdit)
        self.staffRoleLabel.setBuddy(self.staffRoleEdit)
        self.staffBornLabel.setBuddy(self.staffBornEdit)
        self.allegedLabel.setBuddy(self.allegedEdit)
        self.childrenLabel.setBuddy(self.childrenEdit)
        self.ladoReferredLabel.setBuddy(self.ladoReferredEdit)
        self.ladoReferenceLabel.setBuddy(self.ladoReferenceEdit)
        self.adviceLabel.setBuddy(self.adviceEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.madeOnEdit, self.raisedByEdit)
        QWidget.setTabOrder(self.raisedByEdit, self.staffUsernameEdit)
        QWidget.setTabOrder(self.staffUsernameEdit, self.staffNameEdit)
        QWidget.setTabOrder(self.staffNameEdit, self.staffRoleEdit)
        QWidget.setTabOrder(self.staffRoleEdit, self.staffBornEdit)
        QWidget.setTabOrder(self.staffBornEdit, self.allegedEdit)
        QWidget.setTabOrder(self.allegedEdit, self.childrenEdit)
        QWidget.setTabOrder(self.childrenEdit, self.ladoReferredEdit)
        QWidget.setTabOrder(self.ladoReferredEdit, self.ladoReferenceEdit)
        QWidget.setTabOrder(self.ladoReferenceEdit, self.adviceEdit)

        self.retranslateUi(LeadAllegationDialog)

        QMetaObject.connectSlotsByName(LeadAllegationDialog)
    # setupUi

    def retranslateUi(self, LeadAllegationDialog):
        LeadAllegationDialog.setWindowTitle(QCoreApplication.translate("LeadAllegationDialog", u"Record an allegation against a member of staff", None))
        self.aboutLabel.setText(QCoreApplication.translate("LeadAllegationDialog", u"Only the head and the leads the head names can read this. The member of staff concerned never can, even if they are a lead.", None))
        self.madeOnLabel.setText(QCoreApplication.translate("LeadAllegationDialog", u"Date &made", None))
#if QT_CONFIG(accessibility)
        self.madeOnEdit.setAccessibleName(QCoreApplication.translate("LeadAllegationDialog", u"Date the allegation was made", None))
#endif // QT_CONFIG(accessibility)
        self.raisedByLabel.setText(QCoreApplication.translate("LeadAllegationDialog", u"&Raised by", None))
#if QT_CONFIG(accessibility)
        self.raisedByEdit.setAccessibleName(QCoreApplication.translate("LeadAllegationDialog", u"Raised by", None))
#endif // QT_CONFIG(accessibility)
        self.raisedByEdit.setPlaceholderText(QCoreApplication.translate("LeadAllegationDialog", u"Name and role, e.g. Mrs Okafor (parent)", None))
        self.staffUsernameLabel.setText(QCoreApplication.translate("LeadAllegationDialog", u"&Username", None))
#if QT_CONFIG(accessibility)
        self.staffUsernameEdit.setAccessibleName(QCoreApplication.translate("LeadAllegationDialog", u"Username of the member of staff", None))
#endif // QT_CONFIG(accessibility)
        self.staffUsernameEdit.setPlaceholderText(QCoreApplication.translate("LeadAllegationDialog", u"Their username, if they have an account", None))
        self.staffNameLabel.setText(QCoreApplication.translate("LeadAllegationDialog", u"Full &name", None))
#if QT_CONFIG(accessibility)
        self.staffNameEdit.setAccessibleName(QCoreApplication.translate("LeadAllegationDialog", u"Full name of the member of staff", None))
#endif // QT_CONFIG(accessibility)
        self.staffNameEdit.setPlaceholderText(QCoreApplication.translate("LeadAllegationDialog", u"The member of staff concerned", None))
        self.staffRoleLabel.setText(QCoreApplication.translate("LeadAllegationDialog", u"Job &title", None))
#if QT_CONFIG(accessibility)
        self.staffRoleEdit.setAccessibleName(QCoreApplication.translate("LeadAllegationDialog", u"Their job title", None))
#endif // QT_CONFIG(accessibility)
        self.staffBornLabel.setText(QCoreApplication.translate("LeadAllegationDialog", u"Date of &birth", None))
#if QT_CONFIG(accessibility)
        self.staffBornEdit.setAccessibleName(QCoreApplication.translate("LeadAllegationDialog", u"Their date of birth", None))
#endif // QT_CONFIG(accessibility)
        self.staffBornEdit.setPlaceholderText(QCoreApplication.translate("LeadAllegationDialog", u"YYYY-MM-DD, for the retention date (optional)", None))
        self.allegedLabel.setText(QCoreApplication.translate("LeadAllegationDialog", u"What is &alleged", None))
#if QT_CONFIG(accessibility)
        self.allegedEdit.setAccessibleName(QCoreApplication.translate("LeadAllegationDialog", u"What is alleged", None))
#endif // QT_CONFIG(accessibility)
        self.childrenLabel.setText(QCoreApplication.translate("LeadAllegationDialog", u"&Pupils (UPNs)", None))
#if QT_CONFIG(accessibility)
        self.childrenEdit.setAccessibleName(QCoreApplication.translate("LeadAllegationDialog", u"Pupils involved, by UPN", None))
#endif // QT_CONFIG(accessibility)
        self.childrenEdit.setPlaceholderText(QCoreApplication.translate("LeadAllegationDialog", u"UPNs separated by commas (optional)", None))
        self.ladoReferredLabel.setText(QCoreApplication.translate("LeadAllegationDialog", u"&LADO referred on", None))
#if QT_CONFIG(accessibility)
        self.ladoReferredEdit.setAccessibleName(QCoreApplication.translate("LeadAllegationDialog", u"Date referred to the LADO", None))
#endif // QT_CONFIG(accessibility)
        self.ladoReferredEdit.setPlaceholderText(QCoreApplication.translate("LeadAllegationDialog", u"YYYY-MM-DD (optional)", None))
        self.ladoReferenceLabel.setText(QCoreApplication.translate("LeadAllegationDialog", u"LADO r&eference", None))
#if QT_CONFIG(accessibility)
        self.ladoReferenceEdit.setAccessibleName(QCoreApplication.translate("LeadAllegationDialog", u"LADO reference", None))
#endif // QT_CONFIG(accessibility)
        self.adviceLabel.setText(QCoreApplication.translate("LeadAllegationDialog", u"Ad&vice given", None))
#if QT_CONFIG(accessibility)
        self.adviceEdit.setAccessibleName(QCoreApplication.translate("LeadAllegationDialog", u"Advice given", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("LeadAllegationDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("LeadAllegationDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

