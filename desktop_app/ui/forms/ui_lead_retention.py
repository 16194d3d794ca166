# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_retention.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QProgressBar, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_LeadRetentionDialog(object):
    def setupUi(self, LeadRetentionDialog):
        if not LeadRetentionDialog.objectName():
            LeadRetentionDialog.setObjectName(u"LeadRetentionDialog")
        LeadRetentionDialog.resize(900, 600)
        self.dialogLayout = QVBoxLayout(LeadRetentionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.summaryLabel = QLabel(LeadRetentionDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setText(u"")

        self.dialogLayout.addWidget(self.summaryLabel)

        self.filesTable = QTableView(LeadRetentionDialog)
        self.filesTable.setObjectName(u"filesTable")
        self.filesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.filesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.filesTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.filesTable.setWordWrap(True)
        self.filesTable.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.filesTable)

        self.closedRow = QWidget(LeadRetentionDialog)
        self.closedRow.setObjectName(u"closedRow")
        self.closedLayout = QHBoxLayout(self.closedRow)
        self.closedLayout.setObjectName(u"closedLayout")
        self.closedLayout.setContentsMargins(0, 0, 0, 0)
        self.closedLabel = QLabel(self.closedRow)
        self.closedLabel.setObjectName(u"closedLabel")

        self.closedLayout.addWidget(self.closedLabel)

        self.closedCombo = QComboBox(self.closedRow)
        self.closedCombo.setObjectName(u"closedCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.closedCombo.sizePolicy().hasHeightForWidth())
        self.closedCombo.setSizePolicy(sizePolicy)

        self.closedLayout.addWidget(self.closedCombo)

        self.eraseClosedButton = QPushButton(self.closedRow)
        self.eraseClosedButton.setObjectName(u"eraseClosedButton")
        self.eraseClosedButton.setAutoDefault(False)

        self.closedLayout.addWidget(self.eraseClosedButton)


        self.dialogLayout.addWidget(self.closedRow)

        self.decisionBox = QGroupBox(LeadRetentionDialog)
        self.decisionBox.setObjectName(u"decisionBox")
        self.decisionLayout = QFormLayout(self.decisionBox)
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.choiceLayout = QHBoxLayout()
        self.choiceLayout.setObjectName(u"choiceLayout")
        self.keepRadio = QRadioButton(self.decisionBox)
        self.keepRadio.setObjectName(u"keepRadio")
        self.keepRadio.setChecked(True)

        self.choiceLayout.addWidget(self.keepRadio)

        self.eraseRadio = QRadioButton(self.decisionBox)
        self.eraseRadio.setObjectName(u"eraseRadio")

        self.choiceLayout.addWidget(self.eraseRadio)

        self.holdRadio = QRadioButton(self.decisionBox)
        self.holdRadio.setObjectName(u"holdRadio")

        self.choiceLayout.addWidget(self.holdRadio)

        self.closeRadio = QRadioButton(self.decisionBox)
        self.closeRadio.setObjectName(u"closeRadio")

        self.choiceLayout.addWidget(self.closeRadio)

        self.choiceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choiceLayout.addItem(self.choiceSpacer)


        self.decisionLayout.setLayout(0, QFormLayout.ItemRole.SpanningRole, self.choiceLayout)

        self.reasonLabel = QLabel(self.decisionBox)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.decisionLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(self.decisionBox)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.decisionLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.untilLabel = QLabel(self.decisionBox)
        self.untilLabel.setObjectName(u"untilLabel")

        self.decisionLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.untilLabel)

        self.untilEdit = QDateEdit(self.decisionBox)
        self.untilEdit.setObjectName(u"untilEdit")
        self.untilEdit.setCalendarPopup(True)
        self.untilEdit.setDisplayFormat(u"dd MMM yyyy")

        self.decisionLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.untilEdit)


        self.dialogLayout.addWidget(self.decisionBox)

        self.errorLabel = QLabel(LeadRetentionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #8c1d18;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(LeadRetentionDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.dialogLayout.addWidget(self.busyBar)

        self.buttonBox = QDialogButtonBox(LeadRetentionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

        self.dialogLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.closedLabel.setBuddy(self.closedCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.untilLabel.setBuddy(self.untilEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filesTable, self.keepRadio)
        QWidget.setTabOrder(self.keepRadio, self.eraseRadio)
        QWidget.setTabOrder(self.eraseRadio, self.holdRadio)
        QWidget.setTabOrder(self.holdRadio, self.closeRadio)
        QWidget.setTabOrder(self.closeRadio, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.untilEdit)

        self.retranslateUi(LeadRetentionDialog)

        QMetaObject.connectSlotsByName(LeadRetentionDialog)
    # setupUi

    def retranslateUi(self, LeadRetentionDialog):
        LeadRetentionDialog.setWindowTitle(QCoreApplication.translate("LeadRetentionDialog", u"Retention review", None))
#if QT_CONFIG(accessibility)
        self.filesTable.setAccessibleName(QCoreApplication.translate("LeadRetentionDialog", u"Files to review", None))
#endif // QT_CONFIG(accessibility)
        self.closedLabel.setText(QCoreApplication.translate("LeadRetentionDialog", u"Closed, not &yet erased:", None))
#if QT_CONFIG(accessibility)
        self.closedCombo.setAccessibleName(QCoreApplication.translate("LeadRetentionDialog", u"Files closed for erasure and not yet erased", None))
#endif // QT_CONFIG(accessibility)
        self.eraseClosedButton.setText(QCoreApplication.translate("LeadRetentionDialog", u"Erase this &file\u2026", None))
#if QT_CONFIG(tooltip)
        self.eraseClosedButton.setToolTip(QCoreApplication.translate("LeadRetentionDialog", u"Destroy the closed file's keys: its records written under them never open again", None))
#endif // QT_CONFIG(tooltip)
        self.decisionBox.setTitle(QCoreApplication.translate("LeadRetentionDialog", u"What you decide for the chosen file", None))
        self.keepRadio.setText(QCoreApplication.translate("LeadRetentionDialog", u"&Keep it until the next review", None))
        self.eraseRadio.setText(QCoreApplication.translate("LeadRetentionDialog", u"Due for &erasure", None))
        self.holdRadio.setText(QCoreApplication.translate("LeadRetentionDialog", u"&Hold it (an inquiry hold)", None))
        self.closeRadio.setText(QCoreApplication.translate("LeadRetentionDialog", u"&Close for erasure", None))
#if QT_CONFIG(tooltip)
        self.closeRadio.setToolTip(QCoreApplication.translate("LeadRetentionDialog", u"For a file decided due for erasure: a signed record closes it, and it shows nowhere in the app. Its keys are not destroyed: its encrypted entries stay in every store, on the hub and in backups.", None))
#endif // QT_CONFIG(tooltip)
        self.reasonLabel.setText(QCoreApplication.translate("LeadRetentionDialog", u"Rea&son:", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("LeadRetentionDialog", u"Reason", None))
#endif // QT_CONFIG(accessibility)
        self.untilLabel.setText(QCoreApplication.translate("LeadRetentionDialog", u"&Next review:", None))
#if QT_CONFIG(accessibility)
        self.untilEdit.setAccessibleName(QCoreApplication.translate("LeadRetentionDialog", u"Next review date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("LeadRetentionDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("LeadRetentionDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

