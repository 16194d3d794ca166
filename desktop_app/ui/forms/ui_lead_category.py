# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_category.ui'
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

class Ui_LeadCategoryDialog(object):
    def setupUi(self, LeadCategoryDialog):
        if not LeadCategoryDialog.objectName():
            LeadCategoryDialog.setObjectName(u"LeadCategoryDialog")
        LeadCategoryDialog.resize(520, 300)
        LeadCategoryDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(LeadCategoryDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.aboutLabel = QLabel(LeadCategoryDialog)
        self.aboutLabel.setObjectName(u"aboutLabel")
        self.aboutLabel.setText(u"")
        self.aboutLabel.setWordWrap(True)
        self.aboutLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.aboutLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.categoryLabel = QLabel(LeadCategoryDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(LeadCategoryDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.reasonLabel = QLabel(LeadCategoryDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(LeadCategoryDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(LeadCategoryDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #8c1d18;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(LeadCategoryDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.dialogLayout.addWidget(self.busyBar)

        self.buttonBox = QDialogButtonBox(LeadCategoryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.categoryCombo, self.reasonEdit)

        self.retranslateUi(LeadCategoryDialog)

        QMetaObject.connectSlotsByName(LeadCategoryDialog)
    # setupUi

    def retranslateUi(self, LeadCategoryDialog):
        LeadCategoryDialog.setWindowTitle(QCoreApplication.translate("LeadCategoryDialog", u"Set the concern's category", None))
        self.categoryLabel.setText(QCoreApplication.translate("LeadCategoryDialog", u"&Category:", None))
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("LeadCategoryDialog", u"Category", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("LeadCategoryDialog", u"&Reason:", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("LeadCategoryDialog", u"Reason for the change", None))
#endif // QT_CONFIG(accessibility)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("LeadCategoryDialog", u"Why the category is set or corrected (optional)", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("LeadCategoryDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("LeadCategoryDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

