# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_families.ui'
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
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_LeadFamiliesPage(object):
    def setupUi(self, LeadFamiliesPage):
        if not LeadFamiliesPage.objectName():
            LeadFamiliesPage.setObjectName(u"LeadFamiliesPage")
        LeadFamiliesPage.resize(1000, 600)
        self.pageLayout = QVBoxLayout(LeadFamiliesPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(LeadFamiliesPage)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.titleLabel.setFont(font)

        self.pageLayout.addWidget(self.titleLabel)

        self.noteLabel = QLabel(LeadFamiliesPage)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.noteLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterLabel = QLabel(LeadFamiliesPage)
        self.filterLabel.setObjectName(u"filterLabel")

        self.filterLayout.addWidget(self.filterLabel)

        self.filterEdit = QLineEdit(LeadFamiliesPage)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.filterEdit)


        self.pageLayout.addLayout(self.filterLayout)

        self.splitter = QSplitter(LeadFamiliesPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.suggestionsBox = QGroupBox(self.splitter)
        self.suggestionsBox.setObjectName(u"suggestionsBox")
        self.suggestionsLayout = QVBoxLayout(self.suggestionsBox)
        self.suggestionsLayout.setObjectName(u"suggestionsLayout")
        self.suggestionsTable = QTableView(self.suggestionsBox)
        self.suggestionsTable.setObjectName(u"suggestionsTable")
        self.suggestionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.suggestionsTable.setAlternatingRowColors(True)
        self.suggestionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.suggestionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.suggestionsTable.setWordWrap(True)
        self.suggestionsTable.setSortingEnabled(True)
        self.suggestionsTable.verticalHeader().setVisible(False)

        self.suggestionsLayout.addWidget(self.suggestionsTable)

        self.suggestionButtons = QHBoxLayout()
        self.suggestionButtons.setObjectName(u"suggestionButtons")
        self.confirmButton = QPushButton(self.suggestionsBox)
        self.confirmButton.setObjectName(u"confirmButton")
        self.confirmButton.setAutoDefault(False)

        self.suggestionButtons.addWidget(self.confirmButton)

        self.dismissButton = QPushButton(self.suggestionsBox)
        self.dismissButton.setObjectName(u"dismissButton")
        self.dismissButton.setAutoDefault(False)

        self.suggestionButtons.addWidget(self.dismissButton)

        self.suggestionSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.suggestionButtons.addItem(self.suggestionSpacer)


        self.suggestionsLayout.addLayout(self.suggestionButtons)

        self.splitter.addWidget(self.suggestionsBox)
        self.householdsBox = QGroupBox(self.splitter)
        self.householdsBox.setObjectName(u"householdsBox")
        self.householdsLayout = QVBoxLayout(self.householdsBox)
        self.householdsLayout.setObjectName(u"householdsLayout")
        self.householdsTable = QTableView(self.householdsBox)
        self.householdsTable.setObjectName(u"householdsTable")
        self.householdsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.householdsTable.setAlternatingRowColors(True)
        self.householdsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.householdsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.householdsTable.setWordWrap(True)
        self.householdsTable.setSortingEnabled(True)
        self.householdsTable.verticalHeader().setVisible(False)

        self.householdsLayout.addWidget(self.householdsTable)

        self.householdButtons = QHBoxLayout()
        self.householdButtons.setObjectName(u"householdButtons")
        self.familyButton = QPushButton(self.householdsBox)
        self.familyButton.setObjectName(u"familyButton")
        self.familyButton.setAutoDefault(False)

        self.householdButtons.addWidget(self.familyButton)

        self.linkButton = QPushButton(self.householdsBox)
        self.linkButton.setObjectName(u"linkButton")
        self.linkButton.setAutoDefault(False)

        self.householdButtons.addWidget(self.linkButton)

        self.memberButton = QPushButton(self.householdsBox)
        self.memberButton.setObjectName(u"memberButton")
        self.memberButton.setAutoDefault(False)

        self.householdButtons.addWidget(self.memberButton)

        self.adultButton = QPushButton(self.householdsBox)
        self.adultButton.setObjectName(u"adultButton")
        self.adultButton.setAutoDefault(False)

        self.householdButtons.addWidget(self.adultButton)

        self.householdSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.householdButtons.addItem(self.householdSpacer)


        self.householdsLayout.addLayout(self.householdButtons)

        self.splitter.addWidget(self.householdsBox)

        self.pageLayout.addWidget(self.splitter)

        self.noticeLabel = QLabel(LeadFamiliesPage)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setText(u"")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.noticeLabel)

        self.pageLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.filterLabel.setBuddy(self.filterEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filterEdit, self.suggestionsTable)
        QWidget.setTabOrder(self.suggestionsTable, self.confirmButton)
        QWidget.setTabOrder(self.confirmButton, self.dismissButton)
        QWidget.setTabOrder(self.dismissButton, self.householdsTable)
        QWidget.setTabOrder(self.householdsTable, self.familyButton)
        QWidget.setTabOrder(self.familyButton, self.linkButton)
        QWidget.setTabOrder(self.linkButton, self.adultButton)
        QWidget.setTabOrder(self.adultButton, self.memberButton)

        self.retranslateUi(LeadFamiliesPage)

        QMetaObject.connectSlotsByName(LeadFamiliesPage)
    # setupUi

    def retranslateUi(self, LeadFamiliesPage):
#if QT_CONFIG(accessibility)
        LeadFamiliesPage.setAccessibleName(QCoreApplication.translate("LeadFamiliesPage", u"Families", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("LeadFamiliesPage", u"Families", None))
        self.noteLabel.setText(QCoreApplication.translate("LeadFamiliesPage", u"Children are suggested as one household when they share an address or a contact in the roster import; a lead confirms. The children's files then show each other, red flags look across them, and a family chronology merges their files.", None))
        self.filterLabel.setText(QCoreApplication.translate("LeadFamiliesPage", u"F&ind a child:", None))
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(QCoreApplication.translate("LeadFamiliesPage", u"Find a child in the suggestions and households", None))
#endif // QT_CONFIG(accessibility)
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("LeadFamiliesPage", u"Type part of a name, a year or a reason: both lists show only the rows that match", None))
        self.suggestionsBox.setTitle(QCoreApplication.translate("LeadFamiliesPage", u"Suggested households", None))
#if QT_CONFIG(accessibility)
        self.suggestionsTable.setAccessibleName(QCoreApplication.translate("LeadFamiliesPage", u"Children who may be one household", None))
#endif // QT_CONFIG(accessibility)
        self.confirmButton.setText(QCoreApplication.translate("LeadFamiliesPage", u"&Confirm as one household", None))
        self.dismissButton.setText(QCoreApplication.translate("LeadFamiliesPage", u"&Not one household", None))
        self.householdsBox.setTitle(QCoreApplication.translate("LeadFamiliesPage", u"Households", None))
#if QT_CONFIG(accessibility)
        self.householdsTable.setAccessibleName(QCoreApplication.translate("LeadFamiliesPage", u"Households a lead confirmed", None))
#endif // QT_CONFIG(accessibility)
        self.familyButton.setText(QCoreApplication.translate("LeadFamiliesPage", u"Open the family c&hronology", None))
        self.linkButton.setText(QCoreApplication.translate("LeadFamiliesPage", u"&Link children\u2026", None))
#if QT_CONFIG(tooltip)
        self.linkButton.setToolTip(QCoreApplication.translate("LeadFamiliesPage", u"Link two or more children as one household", None))
#endif // QT_CONFIG(tooltip)
        self.memberButton.setText(QCoreApplication.translate("LeadFamiliesPage", u"Add a child not on &roll\u2026", None))
#if QT_CONFIG(tooltip)
        self.memberButton.setToolTip(QCoreApplication.translate("LeadFamiliesPage", u"A baby, a toddler or an older sibling at another school, living with a child on roll: they can then be the subject of a concern", None))
#endif // QT_CONFIG(tooltip)
        self.adultButton.setText(QCoreApplication.translate("LeadFamiliesPage", u"Add an &adult\u2026", None))
#if QT_CONFIG(tooltip)
        self.adultButton.setToolTip(QCoreApplication.translate("LeadFamiliesPage", u"Record an adult around the household's children", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.noticeLabel.setAccessibleName(QCoreApplication.translate("LeadFamiliesPage", u"Notice", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

