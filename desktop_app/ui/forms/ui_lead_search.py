# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_search.ui'
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
    QDateEdit, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_LeadSearchPage(object):
    def setupUi(self, LeadSearchPage):
        if not LeadSearchPage.objectName():
            LeadSearchPage.setObjectName(u"LeadSearchPage")
        LeadSearchPage.resize(1000, 600)
        self.pageLayout = QVBoxLayout(LeadSearchPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(LeadSearchPage)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.titleLabel.setFont(font)

        self.pageLayout.addWidget(self.titleLabel)

        self.queryLayout = QHBoxLayout()
        self.queryLayout.setObjectName(u"queryLayout")
        self.queryEdit = QLineEdit(LeadSearchPage)
        self.queryEdit.setObjectName(u"queryEdit")
        self.queryEdit.setMaxLength(200)
        self.queryEdit.setClearButtonEnabled(True)

        self.queryLayout.addWidget(self.queryEdit)

        self.searchButton = QPushButton(LeadSearchPage)
        self.searchButton.setObjectName(u"searchButton")
        self.searchButton.setAutoDefault(False)

        self.queryLayout.addWidget(self.searchButton)

        self.patternsButton = QPushButton(LeadSearchPage)
        self.patternsButton.setObjectName(u"patternsButton")
        self.patternsButton.setAutoDefault(False)

        self.queryLayout.addWidget(self.patternsButton)

        self.queryLayout.setStretch(0, 1)

        self.pageLayout.addLayout(self.queryLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.categoryCombo = QComboBox(LeadSearchPage)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.categoryCombo.setMinimumContentsLength(12)

        self.filterLayout.addWidget(self.categoryCombo)

        self.authorCombo = QComboBox(LeadSearchPage)
        self.authorCombo.setObjectName(u"authorCombo")
        self.authorCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.authorCombo.setMinimumContentsLength(12)

        self.filterLayout.addWidget(self.authorCombo)

        self.flagCombo = QComboBox(LeadSearchPage)
        self.flagCombo.setObjectName(u"flagCombo")
        self.flagCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.flagCombo)

        self.datesCheck = QCheckBox(LeadSearchPage)
        self.datesCheck.setObjectName(u"datesCheck")

        self.filterLayout.addWidget(self.datesCheck)

        self.sinceEdit = QDateEdit(LeadSearchPage)
        self.sinceEdit.setObjectName(u"sinceEdit")
        self.sinceEdit.setEnabled(False)
        self.sinceEdit.setCalendarPopup(True)
        self.sinceEdit.setDisplayFormat(u"dd/MM/yyyy")

        self.filterLayout.addWidget(self.sinceEdit)

        self.untilEdit = QDateEdit(LeadSearchPage)
        self.untilEdit.setObjectName(u"untilEdit")
        self.untilEdit.setEnabled(False)
        self.untilEdit.setCalendarPopup(True)
        self.untilEdit.setDisplayFormat(u"dd/MM/yyyy")

        self.filterLayout.addWidget(self.untilEdit)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.pageLayout.addLayout(self.filterLayout)

        self.resultLabel = QLabel(LeadSearchPage)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setText(u"")
        self.resultLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.resultLabel)

        self.resultsTable = QTableView(LeadSearchPage)
        self.resultsTable.setObjectName(u"resultsTable")
        self.resultsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.resultsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.resultsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.resultsTable.setWordWrap(True)
        self.resultsTable.setSortingEnabled(True)
        self.resultsTable.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.resultsTable)

        self.noticeLabel = QLabel(LeadSearchPage)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.noticeLabel)

        self.pageLayout.setStretch(4, 1)

        self.retranslateUi(LeadSearchPage)

        QMetaObject.connectSlotsByName(LeadSearchPage)
    # setupUi

    def retranslateUi(self, LeadSearchPage):
#if QT_CONFIG(accessibility)
        LeadSearchPage.setAccessibleName(QCoreApplication.translate("LeadSearchPage", u"Search the records", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("LeadSearchPage", u"Search the records", None))
#if QT_CONFIG(accessibility)
        self.queryEdit.setAccessibleName(QCoreApplication.translate("LeadSearchPage", u"Words to look for", None))
#endif // QT_CONFIG(accessibility)
        self.queryEdit.setPlaceholderText(QCoreApplication.translate("LeadSearchPage", u"Words or a name, every one in the same record; \"a phrase\" in double quotes", None))
        self.searchButton.setText(QCoreApplication.translate("LeadSearchPage", u"Look", None))
#if QT_CONFIG(tooltip)
        self.searchButton.setToolTip(QCoreApplication.translate("LeadSearchPage", u"Search (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.patternsButton.setText(QCoreApplication.translate("LeadSearchPage", u"Patterns across children\u2026", None))
#if QT_CONFIG(tooltip)
        self.patternsButton.setToolTip(QCoreApplication.translate("LeadSearchPage", u"A telephone number, an adult or a place named around children of different families, and concerns naming a member of staff", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("LeadSearchPage", u"Category", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.authorCombo.setAccessibleName(QCoreApplication.translate("LeadSearchPage", u"Written by", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.flagCombo.setAccessibleName(QCoreApplication.translate("LeadSearchPage", u"Red flag", None))
#endif // QT_CONFIG(accessibility)
        self.datesCheck.setText(QCoreApplication.translate("LeadSearchPage", u"Between", None))
#if QT_CONFIG(accessibility)
        self.datesCheck.setAccessibleName(QCoreApplication.translate("LeadSearchPage", u"Only what happened between two dates", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sinceEdit.setAccessibleName(QCoreApplication.translate("LeadSearchPage", u"From", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.untilEdit.setAccessibleName(QCoreApplication.translate("LeadSearchPage", u"To", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resultLabel.setAccessibleName(QCoreApplication.translate("LeadSearchPage", u"What the search found", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resultsTable.setAccessibleName(QCoreApplication.translate("LeadSearchPage", u"Matching records, newest first; Enter opens the child's file", None))
#endif // QT_CONFIG(accessibility)
        self.noticeLabel.setText(QCoreApplication.translate("LeadSearchPage", u"Each child whose records a search shows has it written in their file's audit.", None))
    # retranslateUi

