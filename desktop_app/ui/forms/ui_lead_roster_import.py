# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_roster_import.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QProgressBar,
    QPushButton, QSizePolicy, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_LeadRosterImportDialog(object):
    def setupUi(self, LeadRosterImportDialog):
        if not LeadRosterImportDialog.objectName():
            LeadRosterImportDialog.setObjectName(u"LeadRosterImportDialog")
        LeadRosterImportDialog.resize(760, 480)
        LeadRosterImportDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(LeadRosterImportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.aboutLabel = QLabel(LeadRosterImportDialog)
        self.aboutLabel.setObjectName(u"aboutLabel")
        self.aboutLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.aboutLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fileLabel = QLabel(LeadRosterImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileEdit = QLineEdit(LeadRosterImportDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(LeadRosterImportDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.fileLayout.addWidget(self.browseButton)

        self.checkButton = QPushButton(LeadRosterImportDialog)
        self.checkButton.setObjectName(u"checkButton")
        self.checkButton.setAutoDefault(False)

        self.fileLayout.addWidget(self.checkButton)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileLayout)


        self.dialogLayout.addLayout(self.formLayout)

        self.summaryLabel = QLabel(LeadRosterImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.leaversTable = QTableWidget(LeadRosterImportDialog)
        if (self.leaversTable.columnCount() < 4):
            self.leaversTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.leaversTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.leaversTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.leaversTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.leaversTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.leaversTable.setObjectName(u"leaversTable")
        self.leaversTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.leaversTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.leaversTable.horizontalHeader().setStretchLastSection(True)

        self.dialogLayout.addWidget(self.leaversTable)

        self.keepCheck = QCheckBox(LeadRosterImportDialog)
        self.keepCheck.setObjectName(u"keepCheck")

        self.dialogLayout.addWidget(self.keepCheck)

        self.errorLabel = QLabel(LeadRosterImportDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #8c1d18;")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(LeadRosterImportDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.dialogLayout.addWidget(self.busyBar)

        self.buttonBox = QDialogButtonBox(LeadRosterImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.checkButton)
        QWidget.setTabOrder(self.checkButton, self.leaversTable)
        QWidget.setTabOrder(self.leaversTable, self.keepCheck)

        self.retranslateUi(LeadRosterImportDialog)

        QMetaObject.connectSlotsByName(LeadRosterImportDialog)
    # setupUi

    def retranslateUi(self, LeadRosterImportDialog):
        LeadRosterImportDialog.setWindowTitle(QCoreApplication.translate("LeadRosterImportDialog", u"Import the pupil roster", None))
        self.aboutLabel.setText(QCoreApplication.translate("LeadRosterImportDialog", u"Choose the roster exported from the school's MIS (CSV) and check it. Pupils on roll who are not in the new file are leavers: give the day each left, and the queue asks for the child-protection file of each leaver who has one, due 5 school days after that day. The whole file is imported, or nothing.", None))
        self.fileLabel.setText(QCoreApplication.translate("LeadRosterImportDialog", u"Roster &file:", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("LeadRosterImportDialog", u"The roster file (CSV)", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("LeadRosterImportDialog", u"&Browse\u2026", None))
        self.checkButton.setText(QCoreApplication.translate("LeadRosterImportDialog", u"&Check file", None))
        ___qtablewidgetitem = self.leaversTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("LeadRosterImportDialog", u"Pupil", None))
        ___qtablewidgetitem1 = self.leaversTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("LeadRosterImportDialog", u"Left on (DD/MM/YYYY)", None))
        ___qtablewidgetitem2 = self.leaversTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("LeadRosterImportDialog", u"Child-protection file", None))
        ___qtablewidgetitem3 = self.leaversTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("LeadRosterImportDialog", u"Brothers and sisters", None))
#if QT_CONFIG(accessibility)
        self.leaversTable.setAccessibleName(QCoreApplication.translate("LeadRosterImportDialog", u"Pupils on roll who are not in the new file", None))
#endif // QT_CONFIG(accessibility)
        self.keepCheck.setText(QCoreApplication.translate("LeadRosterImportDialog", u"This file is &partial: the pupils listed above stay on roll", None))
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("LeadRosterImportDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

