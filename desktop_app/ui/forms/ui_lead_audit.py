# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_audit.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_LeadAuditPage(object):
    def setupUi(self, LeadAuditPage):
        if not LeadAuditPage.objectName():
            LeadAuditPage.setObjectName(u"LeadAuditPage")
        LeadAuditPage.resize(1000, 600)
        self.pageLayout = QVBoxLayout(LeadAuditPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(LeadAuditPage)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.titleLabel.setFont(font)

        self.pageLayout.addWidget(self.titleLabel)

        self.splitter = QSplitter(LeadAuditPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.accessBox = QGroupBox(self.splitter)
        self.accessBox.setObjectName(u"accessBox")
        self.accessLayout = QVBoxLayout(self.accessBox)
        self.accessLayout.setObjectName(u"accessLayout")
        self.childLayout = QVBoxLayout()
        self.childLayout.setObjectName(u"childLayout")
        self.childLayout.setContentsMargins(0, 0, 0, 0)

        self.accessLayout.addLayout(self.childLayout)

        self.accessLabel = QLabel(self.accessBox)
        self.accessLabel.setObjectName(u"accessLabel")
        self.accessLabel.setText(u"")
        self.accessLabel.setWordWrap(True)
        self.accessLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.accessLayout.addWidget(self.accessLabel)

        self.accessTable = QTableView(self.accessBox)
        self.accessTable.setObjectName(u"accessTable")
        self.accessTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.accessTable.setAlternatingRowColors(True)
        self.accessTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.accessTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.accessTable.setWordWrap(True)
        self.accessTable.setSortingEnabled(True)
        self.accessTable.verticalHeader().setVisible(False)

        self.accessLayout.addWidget(self.accessTable)

        self.accessLayout.setStretch(2, 1)
        self.splitter.addWidget(self.accessBox)
        self.checkBox = QGroupBox(self.splitter)
        self.checkBox.setObjectName(u"checkBox")
        self.checkLayout = QVBoxLayout(self.checkBox)
        self.checkLayout.setObjectName(u"checkLayout")
        self.checkNoteLabel = QLabel(self.checkBox)
        self.checkNoteLabel.setObjectName(u"checkNoteLabel")
        self.checkNoteLabel.setWordWrap(True)

        self.checkLayout.addWidget(self.checkNoteLabel)

        self.checkButtons = QHBoxLayout()
        self.checkButtons.setObjectName(u"checkButtons")
        self.checkButton = QPushButton(self.checkBox)
        self.checkButton.setObjectName(u"checkButton")
        self.checkButton.setAutoDefault(False)

        self.checkButtons.addWidget(self.checkButton)

        self.headlineLabel = QLabel(self.checkBox)
        self.headlineLabel.setObjectName(u"headlineLabel")
        self.headlineLabel.setText(u"")
        self.headlineLabel.setWordWrap(True)
        self.headlineLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.checkButtons.addWidget(self.headlineLabel)

        self.checkButtons.setStretch(1, 1)

        self.checkLayout.addLayout(self.checkButtons)

        self.breaksTable = QTableView(self.checkBox)
        self.breaksTable.setObjectName(u"breaksTable")
        self.breaksTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.breaksTable.setAlternatingRowColors(True)
        self.breaksTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.breaksTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.breaksTable.setWordWrap(True)
        self.breaksTable.setSortingEnabled(True)
        self.breaksTable.verticalHeader().setVisible(False)

        self.checkLayout.addWidget(self.breaksTable)

        self.checkLayout.setStretch(2, 1)
        self.splitter.addWidget(self.checkBox)

        self.pageLayout.addWidget(self.splitter)

        self.noticeLabel = QLabel(LeadAuditPage)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setText(u"")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.noticeLabel)

        self.pageLayout.setStretch(1, 1)
        QWidget.setTabOrder(self.accessTable, self.checkButton)
        QWidget.setTabOrder(self.checkButton, self.breaksTable)

        self.retranslateUi(LeadAuditPage)

        QMetaObject.connectSlotsByName(LeadAuditPage)
    # setupUi

    def retranslateUi(self, LeadAuditPage):
#if QT_CONFIG(accessibility)
        LeadAuditPage.setAccessibleName(QCoreApplication.translate("LeadAuditPage", u"Audit", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("LeadAuditPage", u"Audit", None))
        self.accessBox.setTitle(QCoreApplication.translate("LeadAuditPage", u"Who has looked at a child's file", None))
#if QT_CONFIG(accessibility)
        self.accessLabel.setAccessibleName(QCoreApplication.translate("LeadAuditPage", u"Whose file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.accessTable.setAccessibleName(QCoreApplication.translate("LeadAuditPage", u"Everyone who opened, exported or printed the file, newest first", None))
#endif // QT_CONFIG(accessibility)
        self.checkBox.setTitle(QCoreApplication.translate("LeadAuditPage", u"Check the records", None))
        self.checkNoteLabel.setText(QCoreApplication.translate("LeadAuditPage", u"Checks every entry's signature and its place in its computer's chain, and opens what your keys can open: a change, a gap or a forgery shows here in plain words.", None))
        self.checkButton.setText(QCoreApplication.translate("LeadAuditPage", u"&Check the records", None))
#if QT_CONFIG(accessibility)
        self.headlineLabel.setAccessibleName(QCoreApplication.translate("LeadAuditPage", u"Result of the check", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.breaksTable.setAccessibleName(QCoreApplication.translate("LeadAuditPage", u"Problems found", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.noticeLabel.setAccessibleName(QCoreApplication.translate("LeadAuditPage", u"Notice", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

