# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_queue.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_LeadQueuePage(object):
    def setupUi(self, LeadQueuePage):
        if not LeadQueuePage.objectName():
            LeadQueuePage.setObjectName(u"LeadQueuePage")
        LeadQueuePage.resize(1000, 600)
        self.pageLayout = QVBoxLayout(LeadQueuePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.trustBanner = QLabel(LeadQueuePage)
        self.trustBanner.setObjectName(u"trustBanner")
        self.trustBanner.setVisible(False)
        self.trustBanner.setStyleSheet(u"QLabel { background: #fde7e9; color: #6b0010; border: 1px solid #c50f1f; padding: 6px; }")
        self.trustBanner.setText(u"")
        self.trustBanner.setWordWrap(True)
        self.trustBanner.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.pageLayout.addWidget(self.trustBanner)

        self.urgentBanner = QLabel(LeadQueuePage)
        self.urgentBanner.setObjectName(u"urgentBanner")
        self.urgentBanner.setVisible(False)
        self.urgentBanner.setStyleSheet(u"QLabel { background: #fff0c2; color: #5c2b00; border: 2px solid #c50f1f; padding: 6px; font-weight: bold; }")
        self.urgentBanner.setText(u"")
        self.urgentBanner.setWordWrap(True)
        self.urgentBanner.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.pageLayout.addWidget(self.urgentBanner)

        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(LeadQueuePage)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.titleLabel.setFont(font)

        self.headerLayout.addWidget(self.titleLabel)

        self.summaryLabel = QLabel(LeadQueuePage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.headerLayout.addWidget(self.summaryLabel)

        self.markSeenButton = QPushButton(LeadQueuePage)
        self.markSeenButton.setObjectName(u"markSeenButton")
        self.markSeenButton.setAutoDefault(False)

        self.headerLayout.addWidget(self.markSeenButton)

        self.rosterButton = QPushButton(LeadQueuePage)
        self.rosterButton.setObjectName(u"rosterButton")
        self.rosterButton.setAutoDefault(False)

        self.headerLayout.addWidget(self.rosterButton)

        self.attendanceButton = QPushButton(LeadQueuePage)
        self.attendanceButton.setObjectName(u"attendanceButton")
        self.attendanceButton.setAutoDefault(False)

        self.headerLayout.addWidget(self.attendanceButton)

        self.receiveButton = QPushButton(LeadQueuePage)
        self.receiveButton.setObjectName(u"receiveButton")
        self.receiveButton.setAutoDefault(False)

        self.headerLayout.addWidget(self.receiveButton)

        self.refreshButton = QPushButton(LeadQueuePage)
        self.refreshButton.setObjectName(u"refreshButton")
        self.refreshButton.setAutoDefault(False)

        self.headerLayout.addWidget(self.refreshButton)

        self.headerLayout.setStretch(1, 1)

        self.pageLayout.addLayout(self.headerLayout)

        self.splitter = QSplitter(LeadQueuePage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.queueTable = QTableView(self.splitter)
        self.queueTable.setObjectName(u"queueTable")
        self.queueTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.queueTable.setAlternatingRowColors(True)
        self.queueTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queueTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queueTable.setWordWrap(True)
        self.queueTable.setSortingEnabled(True)
        self.splitter.addWidget(self.queueTable)
        self.queueTable.verticalHeader().setVisible(False)
        self.detailsPanel = QWidget(self.splitter)
        self.detailsPanel.setObjectName(u"detailsPanel")
        self.detailsLayout = QHBoxLayout(self.detailsPanel)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setContentsMargins(0, 0, 0, 0)
        self.detailsBrowser = QTextBrowser(self.detailsPanel)
        self.detailsBrowser.setObjectName(u"detailsBrowser")

        self.detailsLayout.addWidget(self.detailsBrowser)

        self.buttonsLayout = QVBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.openFileButton = QPushButton(self.detailsPanel)
        self.openFileButton.setObjectName(u"openFileButton")
        self.openFileButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.openFileButton)

        self.acknowledgeButton = QPushButton(self.detailsPanel)
        self.acknowledgeButton.setObjectName(u"acknowledgeButton")
        self.acknowledgeButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.acknowledgeButton)

        self.categoryButton = QPushButton(self.detailsPanel)
        self.categoryButton.setObjectName(u"categoryButton")
        self.categoryButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.categoryButton)

        self.ownerLabel = QLabel(self.detailsPanel)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.buttonsLayout.addWidget(self.ownerLabel)

        self.ownerCombo = QComboBox(self.detailsPanel)
        self.ownerCombo.setObjectName(u"ownerCombo")
        self.ownerCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.ownerCombo.setMinimumContentsLength(14)

        self.buttonsLayout.addWidget(self.ownerCombo)

        self.ownerButton = QPushButton(self.detailsPanel)
        self.ownerButton.setObjectName(u"ownerButton")
        self.ownerButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.ownerButton)

        self.signOffButton = QPushButton(self.detailsPanel)
        self.signOffButton.setObjectName(u"signOffButton")
        self.signOffButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.signOffButton)

        self.buttonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttonsLayout.addItem(self.buttonsSpacer)


        self.detailsLayout.addLayout(self.buttonsLayout)

        self.detailsLayout.setStretch(0, 1)
        self.splitter.addWidget(self.detailsPanel)

        self.pageLayout.addWidget(self.splitter)

        self.noticeLabel = QLabel(LeadQueuePage)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setText(u"")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.noticeLabel)

#if QT_CONFIG(shortcut)
        self.ownerLabel.setBuddy(self.ownerCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.queueTable, self.openFileButton)
        QWidget.setTabOrder(self.openFileButton, self.acknowledgeButton)
        QWidget.setTabOrder(self.acknowledgeButton, self.categoryButton)
        QWidget.setTabOrder(self.categoryButton, self.ownerCombo)
        QWidget.setTabOrder(self.ownerCombo, self.ownerButton)
        QWidget.setTabOrder(self.ownerButton, self.signOffButton)
        QWidget.setTabOrder(self.signOffButton, self.detailsBrowser)
        QWidget.setTabOrder(self.detailsBrowser, self.markSeenButton)
        QWidget.setTabOrder(self.markSeenButton, self.refreshButton)

        self.retranslateUi(LeadQueuePage)

        QMetaObject.connectSlotsByName(LeadQueuePage)
    # setupUi

    def retranslateUi(self, LeadQueuePage):
#if QT_CONFIG(accessibility)
        LeadQueuePage.setAccessibleName(QCoreApplication.translate("LeadQueuePage", u"Triage queue", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.trustBanner.setAccessibleName(QCoreApplication.translate("LeadQueuePage", u"Records that failed their checks", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.urgentBanner.setAccessibleName(QCoreApplication.translate("LeadQueuePage", u"Urgent concerns", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("LeadQueuePage", u"Triage queue", None))
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("LeadQueuePage", u"Queue summary", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.markSeenButton.setToolTip(QCoreApplication.translate("LeadQueuePage", u"Take the \"new\" marker off every item in the queue now: you have looked at them", None))
#endif // QT_CONFIG(tooltip)
        self.markSeenButton.setText(QCoreApplication.translate("LeadQueuePage", u"&Mark all as seen", None))
#if QT_CONFIG(tooltip)
        self.rosterButton.setToolTip(QCoreApplication.translate("LeadQueuePage", u"Import the pupil roster from the school's MIS; pupils missing from it are asked about as leavers", None))
#endif // QT_CONFIG(tooltip)
        self.rosterButton.setText(QCoreApplication.translate("LeadQueuePage", u"Import &roster\u2026", None))
#if QT_CONFIG(tooltip)
        self.attendanceButton.setToolTip(QCoreApplication.translate("LeadQueuePage", u"Import session marks from the school's MIS; each child's file then shows absence around each injury", None))
#endif // QT_CONFIG(tooltip)
        self.attendanceButton.setText(QCoreApplication.translate("LeadQueuePage", u"Import a&ttendance\u2026", None))
#if QT_CONFIG(tooltip)
        self.receiveButton.setToolTip(QCoreApplication.translate("LeadQueuePage", u"Import a child's file sent by the school they came from (a transfer bundle)", None))
#endif // QT_CONFIG(tooltip)
        self.receiveButton.setText(QCoreApplication.translate("LeadQueuePage", u"Recei&ve a transfer\u2026", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("LeadQueuePage", u"Take in what other people and other PCs recorded since, and redraw the clocks (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("LeadQueuePage", u"R&efresh", None))
#if QT_CONFIG(accessibility)
        self.queueTable.setAccessibleName(QCoreApplication.translate("LeadQueuePage", u"Items that need a lead, most urgent first", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailsBrowser.setAccessibleName(QCoreApplication.translate("LeadQueuePage", u"The selected item", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.openFileButton.setToolTip(QCoreApplication.translate("LeadQueuePage", u"Open the child's file: front sheet, chronology and body-map history (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.openFileButton.setText(QCoreApplication.translate("LeadQueuePage", u"Open the child's &file", None))
#if QT_CONFIG(tooltip)
        self.acknowledgeButton.setToolTip(QCoreApplication.translate("LeadQueuePage", u"Say that a lead has seen this concern; its author sees that in \"My concerns\"", None))
#endif // QT_CONFIG(tooltip)
        self.acknowledgeButton.setText(QCoreApplication.translate("LeadQueuePage", u"&Acknowledge", None))
#if QT_CONFIG(tooltip)
        self.categoryButton.setToolTip(QCoreApplication.translate("LeadQueuePage", u"Set or correct the concern's category (its author's choice stays in the record)", None))
#endif // QT_CONFIG(tooltip)
        self.categoryButton.setText(QCoreApplication.translate("LeadQueuePage", u"Set &category\u2026", None))
        self.ownerLabel.setText(QCoreApplication.translate("LeadQueuePage", u"Ow&ner:", None))
#if QT_CONFIG(accessibility)
        self.ownerCombo.setAccessibleName(QCoreApplication.translate("LeadQueuePage", u"Lead to own the concern", None))
#endif // QT_CONFIG(accessibility)
        self.ownerButton.setText(QCoreApplication.translate("LeadQueuePage", u"Assign o&wner", None))
#if QT_CONFIG(tooltip)
        self.signOffButton.setToolTip(QCoreApplication.translate("LeadQueuePage", u"Agree with or challenge a decision another lead made", None))
#endif // QT_CONFIG(tooltip)
        self.signOffButton.setText(QCoreApplication.translate("LeadQueuePage", u"&Sign off decision\u2026", None))
#if QT_CONFIG(accessibility)
        self.noticeLabel.setAccessibleName(QCoreApplication.translate("LeadQueuePage", u"Notice", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

