# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_child_file.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTabWidget,
    QTableView, QTextBrowser, QVBoxLayout, QWidget)

class Ui_LeadChildFilePage(object):
    def setupUi(self, LeadChildFilePage):
        if not LeadChildFilePage.objectName():
            LeadChildFilePage.setObjectName(u"LeadChildFilePage")
        LeadChildFilePage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(LeadChildFilePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.backButton = QPushButton(LeadChildFilePage)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setAutoDefault(False)

        self.headerLayout.addWidget(self.backButton)

        self.titleLabel = QLabel(LeadChildFilePage)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.titleLabel.setFont(font)
        self.titleLabel.setText(u"")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.titleLabel)

        self.familyCheck = QCheckBox(LeadChildFilePage)
        self.familyCheck.setObjectName(u"familyCheck")

        self.headerLayout.addWidget(self.familyCheck)

        self.accessButton = QPushButton(LeadChildFilePage)
        self.accessButton.setObjectName(u"accessButton")
        self.accessButton.setAutoDefault(False)

        self.headerLayout.addWidget(self.accessButton)

        self.headerLayout.setStretch(1, 1)

        self.pageLayout.addLayout(self.headerLayout)

        self.subtitleLabel = QLabel(LeadChildFilePage)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setText(u"")
        self.subtitleLabel.setWordWrap(True)
        self.subtitleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.subtitleLabel)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.decisionButton = QPushButton(LeadChildFilePage)
        self.decisionButton.setObjectName(u"decisionButton")
        self.decisionButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.decisionButton)

        self.signOffButton = QPushButton(LeadChildFilePage)
        self.signOffButton.setObjectName(u"signOffButton")
        self.signOffButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.signOffButton)

        self.actionButton = QPushButton(LeadChildFilePage)
        self.actionButton.setObjectName(u"actionButton")
        self.actionButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.actionButton)

        self.contactButton = QPushButton(LeadChildFilePage)
        self.contactButton.setObjectName(u"contactButton")
        self.contactButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.contactButton)

        self.referralButton = QPushButton(LeadChildFilePage)
        self.referralButton.setObjectName(u"referralButton")
        self.referralButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.referralButton)

        self.meetingButton = QPushButton(LeadChildFilePage)
        self.meetingButton.setObjectName(u"meetingButton")
        self.meetingButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.meetingButton)

        self.exportButton = QPushButton(LeadChildFilePage)
        self.exportButton.setObjectName(u"exportButton")
        self.exportButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.exportButton)

        self.transferButton = QPushButton(LeadChildFilePage)
        self.transferButton.setObjectName(u"transferButton")
        self.transferButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.transferButton)

        self.attachButton = QPushButton(LeadChildFilePage)
        self.attachButton.setObjectName(u"attachButton")
        self.attachButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.attachButton)

        self.documentButton = QPushButton(LeadChildFilePage)
        self.documentButton.setObjectName(u"documentButton")
        self.documentButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.documentButton)

        self.actionsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.pageLayout.addLayout(self.actionsLayout)

        self.tabs = QTabWidget(LeadChildFilePage)
        self.tabs.setObjectName(u"tabs")
        self.frontSheetTab = QWidget()
        self.frontSheetTab.setObjectName(u"frontSheetTab")
        self.frontSheetLayout = QVBoxLayout(self.frontSheetTab)
        self.frontSheetLayout.setObjectName(u"frontSheetLayout")
        self.frontSheetBrowser = QTextBrowser(self.frontSheetTab)
        self.frontSheetBrowser.setObjectName(u"frontSheetBrowser")
        self.frontSheetBrowser.setOpenLinks(False)

        self.frontSheetLayout.addWidget(self.frontSheetBrowser)

        self.frontSheetButtons = QHBoxLayout()
        self.frontSheetButtons.setObjectName(u"frontSheetButtons")
        self.fileStatusButton = QPushButton(self.frontSheetTab)
        self.fileStatusButton.setObjectName(u"fileStatusButton")
        self.fileStatusButton.setAutoDefault(False)

        self.frontSheetButtons.addWidget(self.fileStatusButton)

        self.agencyButton = QPushButton(self.frontSheetTab)
        self.agencyButton.setObjectName(u"agencyButton")
        self.agencyButton.setAutoDefault(False)

        self.frontSheetButtons.addWidget(self.agencyButton)

        self.mobilityButton = QPushButton(self.frontSheetTab)
        self.mobilityButton.setObjectName(u"mobilityButton")
        self.mobilityButton.setAutoDefault(False)

        self.frontSheetButtons.addWidget(self.mobilityButton)

        self.peopleButton = QPushButton(self.frontSheetTab)
        self.peopleButton.setObjectName(u"peopleButton")
        self.peopleButton.setAutoDefault(False)

        self.frontSheetButtons.addWidget(self.peopleButton)

        self.factsButton = QPushButton(self.frontSheetTab)
        self.factsButton.setObjectName(u"factsButton")
        self.factsButton.setAutoDefault(False)

        self.frontSheetButtons.addWidget(self.factsButton)

        self.frontSheetSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.frontSheetButtons.addItem(self.frontSheetSpacer)


        self.frontSheetLayout.addLayout(self.frontSheetButtons)

        self.tabs.addTab(self.frontSheetTab, "")
        self.chronologyTab = QWidget()
        self.chronologyTab.setObjectName(u"chronologyTab")
        self.chronologyLayout = QVBoxLayout(self.chronologyTab)
        self.chronologyLayout.setObjectName(u"chronologyLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.categoryFilterLabel = QLabel(self.chronologyTab)
        self.categoryFilterLabel.setObjectName(u"categoryFilterLabel")

        self.filterLayout.addWidget(self.categoryFilterLabel)

        self.categoryFilter = QComboBox(self.chronologyTab)
        self.categoryFilter.setObjectName(u"categoryFilter")

        self.filterLayout.addWidget(self.categoryFilter)

        self.kindFilterLabel = QLabel(self.chronologyTab)
        self.kindFilterLabel.setObjectName(u"kindFilterLabel")

        self.filterLayout.addWidget(self.kindFilterLabel)

        self.kindFilter = QComboBox(self.chronologyTab)
        self.kindFilter.setObjectName(u"kindFilter")

        self.filterLayout.addWidget(self.kindFilter)

        self.countLabel = QLabel(self.chronologyTab)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")
        self.countLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.filterLayout.addWidget(self.countLabel)

        self.filterSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.filterLayout.setStretch(5, 1)

        self.chronologyLayout.addLayout(self.filterLayout)

        self.chronologySplitter = QSplitter(self.chronologyTab)
        self.chronologySplitter.setObjectName(u"chronologySplitter")
        self.chronologySplitter.setOrientation(Qt.Orientation.Horizontal)
        self.chronologySplitter.setChildrenCollapsible(False)
        self.chronologyTable = QTableView(self.chronologySplitter)
        self.chronologyTable.setObjectName(u"chronologyTable")
        self.chronologyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.chronologyTable.setAlternatingRowColors(True)
        self.chronologyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.chronologyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.chronologyTable.setWordWrap(True)
        self.chronologyTable.setSortingEnabled(True)
        self.chronologySplitter.addWidget(self.chronologyTable)
        self.chronologyTable.verticalHeader().setVisible(False)
        self.recordPanel = QWidget(self.chronologySplitter)
        self.recordPanel.setObjectName(u"recordPanel")
        self.recordLayout = QVBoxLayout(self.recordPanel)
        self.recordLayout.setObjectName(u"recordLayout")
        self.recordLayout.setContentsMargins(0, 0, 0, 0)
        self.recordBrowser = QTextBrowser(self.recordPanel)
        self.recordBrowser.setObjectName(u"recordBrowser")
        self.recordBrowser.setOpenLinks(False)

        self.recordLayout.addWidget(self.recordBrowser)

        self.followUpLayout = QHBoxLayout()
        self.followUpLayout.setObjectName(u"followUpLayout")
        self.closeButton = QPushButton(self.recordPanel)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.followUpLayout.addWidget(self.closeButton)

        self.doneButton = QPushButton(self.recordPanel)
        self.doneButton.setObjectName(u"doneButton")
        self.doneButton.setAutoDefault(False)

        self.followUpLayout.addWidget(self.doneButton)

        self.chaseButton = QPushButton(self.recordPanel)
        self.chaseButton.setObjectName(u"chaseButton")
        self.chaseButton.setAutoDefault(False)

        self.followUpLayout.addWidget(self.chaseButton)

        self.outcomeButton = QPushButton(self.recordPanel)
        self.outcomeButton.setObjectName(u"outcomeButton")
        self.outcomeButton.setAutoDefault(False)

        self.followUpLayout.addWidget(self.outcomeButton)

        self.followUpSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.followUpLayout.addItem(self.followUpSpacer)


        self.recordLayout.addLayout(self.followUpLayout)

        self.chronologySplitter.addWidget(self.recordPanel)

        self.chronologyLayout.addWidget(self.chronologySplitter)

        self.chronologyLayout.setStretch(1, 1)
        self.tabs.addTab(self.chronologyTab, "")
        self.bodyMapTab = QWidget()
        self.bodyMapTab.setObjectName(u"bodyMapTab")
        self.bodyMapLayout = QVBoxLayout(self.bodyMapTab)
        self.bodyMapLayout.setObjectName(u"bodyMapLayout")
        self.bodyMapLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.bodyMapTab, "")
        self.workTab = QWidget()
        self.workTab.setObjectName(u"workTab")
        self.workLayout = QVBoxLayout(self.workTab)
        self.workLayout.setObjectName(u"workLayout")
        self.workBrowser = QTextBrowser(self.workTab)
        self.workBrowser.setObjectName(u"workBrowser")
        self.workBrowser.setOpenLinks(False)

        self.workLayout.addWidget(self.workBrowser)

        self.tabs.addTab(self.workTab, "")

        self.pageLayout.addWidget(self.tabs)

        self.noticeLabel = QLabel(LeadChildFilePage)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setText(u"")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.noticeLabel)

        self.pageLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.categoryFilterLabel.setBuddy(self.categoryFilter)
        self.kindFilterLabel.setBuddy(self.kindFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.backButton, self.familyCheck)
        QWidget.setTabOrder(self.familyCheck, self.accessButton)
        QWidget.setTabOrder(self.accessButton, self.decisionButton)
        QWidget.setTabOrder(self.decisionButton, self.signOffButton)
        QWidget.setTabOrder(self.signOffButton, self.actionButton)
        QWidget.setTabOrder(self.actionButton, self.contactButton)
        QWidget.setTabOrder(self.contactButton, self.referralButton)
        QWidget.setTabOrder(self.referralButton, self.meetingButton)
        QWidget.setTabOrder(self.meetingButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.transferButton)
        QWidget.setTabOrder(self.transferButton, self.attachButton)
        QWidget.setTabOrder(self.attachButton, self.documentButton)
        QWidget.setTabOrder(self.documentButton, self.tabs)
        QWidget.setTabOrder(self.tabs, self.categoryFilter)
        QWidget.setTabOrder(self.categoryFilter, self.kindFilter)
        QWidget.setTabOrder(self.kindFilter, self.chronologyTable)
        QWidget.setTabOrder(self.chronologyTable, self.recordBrowser)
        QWidget.setTabOrder(self.recordBrowser, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.doneButton)
        QWidget.setTabOrder(self.doneButton, self.chaseButton)
        QWidget.setTabOrder(self.chaseButton, self.outcomeButton)
        QWidget.setTabOrder(self.outcomeButton, self.frontSheetBrowser)
        QWidget.setTabOrder(self.frontSheetBrowser, self.fileStatusButton)
        QWidget.setTabOrder(self.fileStatusButton, self.agencyButton)
        QWidget.setTabOrder(self.agencyButton, self.mobilityButton)
        QWidget.setTabOrder(self.mobilityButton, self.peopleButton)
        QWidget.setTabOrder(self.peopleButton, self.factsButton)
        QWidget.setTabOrder(self.factsButton, self.workBrowser)

        self.retranslateUi(LeadChildFilePage)

        self.tabs.setCurrentIndex(1)


        QMetaObject.connectSlotsByName(LeadChildFilePage)
    # setupUi

    def retranslateUi(self, LeadChildFilePage):
#if QT_CONFIG(accessibility)
        LeadChildFilePage.setAccessibleName(QCoreApplication.translate("LeadChildFilePage", u"Child's file", None))
#endif // QT_CONFIG(accessibility)
        self.backButton.setText(QCoreApplication.translate("LeadChildFilePage", u"&Back to the queue", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("LeadChildFilePage", u"Go back to the triage queue (Alt+B)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.titleLabel.setAccessibleName(QCoreApplication.translate("LeadChildFilePage", u"Child", None))
#endif // QT_CONFIG(accessibility)
        self.familyCheck.setText(QCoreApplication.translate("LeadChildFilePage", u"Famil&y chronology", None))
#if QT_CONFIG(accessibility)
        self.familyCheck.setAccessibleName(QCoreApplication.translate("LeadChildFilePage", u"Family chronology", None))
#endif // QT_CONFIG(accessibility)
        self.accessButton.setText(QCoreApplication.translate("LeadChildFilePage", u"Who has &looked at this file\u2026", None))
#if QT_CONFIG(tooltip)
        self.accessButton.setToolTip(QCoreApplication.translate("LeadChildFilePage", u"The access audit of this file", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.subtitleLabel.setAccessibleName(QCoreApplication.translate("LeadChildFilePage", u"About the child", None))
#endif // QT_CONFIG(accessibility)
        self.decisionButton.setText(QCoreApplication.translate("LeadChildFilePage", u"Record &decision\u2026", None))
        self.signOffButton.setText(QCoreApplication.translate("LeadChildFilePage", u"Sign o&ff decision\u2026", None))
#if QT_CONFIG(tooltip)
        self.signOffButton.setToolTip(QCoreApplication.translate("LeadChildFilePage", u"Agree with or challenge another lead's decision on the selected concern", None))
#endif // QT_CONFIG(tooltip)
        self.actionButton.setText(QCoreApplication.translate("LeadChildFilePage", u"Add &action\u2026", None))
        self.contactButton.setText(QCoreApplication.translate("LeadChildFilePage", u"Agency &contact\u2026", None))
#if QT_CONFIG(tooltip)
        self.contactButton.setToolTip(QCoreApplication.translate("LeadChildFilePage", u"Record a conversation with another agency", None))
#endif // QT_CONFIG(tooltip)
        self.referralButton.setText(QCoreApplication.translate("LeadChildFilePage", u"&Referral\u2026", None))
#if QT_CONFIG(tooltip)
        self.referralButton.setToolTip(QCoreApplication.translate("LeadChildFilePage", u"Record a referral made to another agency", None))
#endif // QT_CONFIG(tooltip)
        self.meetingButton.setText(QCoreApplication.translate("LeadChildFilePage", u"Record a meeting\u2026", None))
#if QT_CONFIG(tooltip)
        self.meetingButton.setToolTip(QCoreApplication.translate("LeadChildFilePage", u"A strategy discussion, conference, core group, child-in-need or Early Help meeting, and its plan", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("LeadChildFilePage", u"&Export referral pack\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("LeadChildFilePage", u"Write the child's referral pack as a password-protected PDF", None))
#endif // QT_CONFIG(tooltip)
        self.transferButton.setText(QCoreApplication.translate("LeadChildFilePage", u"&Transfer to another school\u2026", None))
#if QT_CONFIG(tooltip)
        self.transferButton.setToolTip(QCoreApplication.translate("LeadChildFilePage", u"Send the child's file to the school the child is moving to: a transfer pack and a signed bundle", None))
#endif // QT_CONFIG(tooltip)
        self.attachButton.setText(QCoreApplication.translate("LeadChildFilePage", u"Attach document\u2026", None))
#if QT_CONFIG(tooltip)
        self.attachButton.setToolTip(QCoreApplication.translate("LeadChildFilePage", u"Attach a scanned letter, conference minutes or another agency's report (PDF, PNG, JPEG or text) to this file or to the selected record; never a photograph of an injury", None))
#endif // QT_CONFIG(tooltip)
        self.documentButton.setText(QCoreApplication.translate("LeadChildFilePage", u"&View document\u2026", None))
#if QT_CONFIG(tooltip)
        self.documentButton.setToolTip(QCoreApplication.translate("LeadChildFilePage", u"Show the document of the selected chronology row, checked, inside the app", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.frontSheetBrowser.setAccessibleName(QCoreApplication.translate("LeadChildFilePage", u"Front sheet", None))
#endif // QT_CONFIG(accessibility)
        self.fileStatusButton.setText(QCoreApplication.translate("LeadChildFilePage", u"File stat&us\u2026", None))
#if QT_CONFIG(tooltip)
        self.fileStatusButton.setToolTip(QCoreApplication.translate("LeadChildFilePage", u"Open, closed, transferred out or in", None))
#endif // QT_CONFIG(tooltip)
        self.agencyButton.setText(QCoreApplication.translate("LeadChildFilePage", u"Other a&gency\u2026", None))
#if QT_CONFIG(tooltip)
        self.agencyButton.setToolTip(QCoreApplication.translate("LeadChildFilePage", u"Child in need, child-protection plan, looked after, early help: started or ended", None))
#endif // QT_CONFIG(tooltip)
        self.mobilityButton.setText(QCoreApplication.translate("LeadChildFilePage", u"&Mobility\u2026", None))
#if QT_CONFIG(tooltip)
        self.mobilityButton.setToolTip(QCoreApplication.translate("LeadChildFilePage", u"Whether the child is independently mobile", None))
#endif // QT_CONFIG(tooltip)
        self.peopleButton.setText(QCoreApplication.translate("LeadChildFilePage", u"&People around the child\u2026", None))
#if QT_CONFIG(tooltip)
        self.peopleButton.setToolTip(QCoreApplication.translate("LeadChildFilePage", u"Record or correct a parent, carer or significant adult (linked brothers and sisters share them)", None))
#endif // QT_CONFIG(tooltip)
        self.factsButton.setText(QCoreApplication.translate("LeadChildFilePage", u"Details f&or a referral form\u2026", None))
#if QT_CONFIG(tooltip)
        self.factsButton.setToolTip(QCoreApplication.translate("LeadChildFilePage", u"Ethnicity, language, NHS number, GP; the views, risk, what you want to happen, the MASH worker", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.frontSheetTab), QCoreApplication.translate("LeadChildFilePage", u"Front &sheet", None))
        self.categoryFilterLabel.setText(QCoreApplication.translate("LeadChildFilePage", u"Cate&gory:", None))
#if QT_CONFIG(accessibility)
        self.categoryFilter.setAccessibleName(QCoreApplication.translate("LeadChildFilePage", u"Show rows of category", None))
#endif // QT_CONFIG(accessibility)
        self.kindFilterLabel.setText(QCoreApplication.translate("LeadChildFilePage", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kindFilter.setAccessibleName(QCoreApplication.translate("LeadChildFilePage", u"Show rows of kind", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("LeadChildFilePage", u"Rows shown", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.chronologyTable.setAccessibleName(QCoreApplication.translate("LeadChildFilePage", u"Chronology, in the order things happened", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.recordBrowser.setAccessibleName(QCoreApplication.translate("LeadChildFilePage", u"The full record of the selected row", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("LeadChildFilePage", u"Cl&ose concern\u2026", None))
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("LeadChildFilePage", u"Close the selected concern with its outcome", None))
#endif // QT_CONFIG(tooltip)
        self.doneButton.setText(QCoreApplication.translate("LeadChildFilePage", u"&Mark action done\u2026", None))
#if QT_CONFIG(tooltip)
        self.doneButton.setToolTip(QCoreApplication.translate("LeadChildFilePage", u"Record that the selected action is done", None))
#endif // QT_CONFIG(tooltip)
        self.chaseButton.setText(QCoreApplication.translate("LeadChildFilePage", u"C&hase referral\u2026", None))
#if QT_CONFIG(tooltip)
        self.chaseButton.setToolTip(QCoreApplication.translate("LeadChildFilePage", u"Record that you chased the agency for a response", None))
#endif // QT_CONFIG(tooltip)
        self.outcomeButton.setText(QCoreApplication.translate("LeadChildFilePage", u"Record o&utcome\u2026", None))
#if QT_CONFIG(tooltip)
        self.outcomeButton.setToolTip(QCoreApplication.translate("LeadChildFilePage", u"Record what the agency decided", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.chronologyTab), QCoreApplication.translate("LeadChildFilePage", u"Chro&nology", None))
        self.tabs.setTabText(self.tabs.indexOf(self.bodyMapTab), QCoreApplication.translate("LeadChildFilePage", u"Body-map h&istory", None))
#if QT_CONFIG(accessibility)
        self.workBrowser.setAccessibleName(QCoreApplication.translate("LeadChildFilePage", u"Decisions, referrals and actions", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.workTab), QCoreApplication.translate("LeadChildFilePage", u"Decisions and &work", None))
#if QT_CONFIG(accessibility)
        self.noticeLabel.setAccessibleName(QCoreApplication.translate("LeadChildFilePage", u"Notice", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

