# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_staff.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_LeadStaffPage(object):
    def setupUi(self, LeadStaffPage):
        if not LeadStaffPage.objectName():
            LeadStaffPage.setObjectName(u"LeadStaffPage")
        LeadStaffPage.resize(1000, 600)
        self.pageLayout = QVBoxLayout(LeadStaffPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(LeadStaffPage)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.titleLabel.setFont(font)

        self.pageLayout.addWidget(self.titleLabel)

        self.noteLabel = QLabel(LeadStaffPage)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.noteLabel)

        self.staffTable = QTableView(LeadStaffPage)
        self.staffTable.setObjectName(u"staffTable")
        self.staffTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.staffTable.setAlternatingRowColors(True)
        self.staffTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.staffTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.staffTable.setWordWrap(True)
        self.staffTable.setSortingEnabled(True)
        self.staffTable.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.staffTable)

        self.staffButtons = QHBoxLayout()
        self.staffButtons.setObjectName(u"staffButtons")
        self.addButton = QPushButton(LeadStaffPage)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.staffButtons.addWidget(self.addButton)

        self.disableButton = QPushButton(LeadStaffPage)
        self.disableButton.setObjectName(u"disableButton")
        self.disableButton.setAutoDefault(False)

        self.staffButtons.addWidget(self.disableButton)

        self.enableButton = QPushButton(LeadStaffPage)
        self.enableButton.setObjectName(u"enableButton")
        self.enableButton.setAutoDefault(False)

        self.staffButtons.addWidget(self.enableButton)

        self.resetButton = QPushButton(LeadStaffPage)
        self.resetButton.setObjectName(u"resetButton")
        self.resetButton.setAutoDefault(False)

        self.staffButtons.addWidget(self.resetButton)

        self.grantButton = QPushButton(LeadStaffPage)
        self.grantButton.setObjectName(u"grantButton")
        self.grantButton.setAutoDefault(False)

        self.staffButtons.addWidget(self.grantButton)

        self.revokeButton = QPushButton(LeadStaffPage)
        self.revokeButton.setObjectName(u"revokeButton")
        self.revokeButton.setAutoDefault(False)

        self.staffButtons.addWidget(self.revokeButton)

        self.dashboardButton = QPushButton(LeadStaffPage)
        self.dashboardButton.setObjectName(u"dashboardButton")
        self.dashboardButton.setAutoDefault(False)

        self.staffButtons.addWidget(self.dashboardButton)

        self.staffSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.staffButtons.addItem(self.staffSpacer)


        self.pageLayout.addLayout(self.staffButtons)

        self.noticeLabel = QLabel(LeadStaffPage)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setText(u"")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.noticeLabel)

        self.pageLayout.setStretch(2, 1)
        QWidget.setTabOrder(self.staffTable, self.addButton)
        QWidget.setTabOrder(self.addButton, self.disableButton)
        QWidget.setTabOrder(self.disableButton, self.enableButton)
        QWidget.setTabOrder(self.enableButton, self.resetButton)
        QWidget.setTabOrder(self.resetButton, self.grantButton)
        QWidget.setTabOrder(self.grantButton, self.revokeButton)
        QWidget.setTabOrder(self.revokeButton, self.dashboardButton)

        self.retranslateUi(LeadStaffPage)

        QMetaObject.connectSlotsByName(LeadStaffPage)
    # setupUi

    def retranslateUi(self, LeadStaffPage):
#if QT_CONFIG(accessibility)
        LeadStaffPage.setAccessibleName(QCoreApplication.translate("LeadStaffPage", u"Staff accounts", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("LeadStaffPage", u"Staff accounts", None))
        self.noteLabel.setText(QCoreApplication.translate("LeadStaffPage", u"A change reaches every PC when it next syncs. Disabling an account stops it signing in; a reset gives it new keys (what was sealed to the old password stays sealed); revoking the lead role gives the school a new team key and a new recovery code.", None))
#if QT_CONFIG(accessibility)
        self.staffTable.setAccessibleName(QCoreApplication.translate("LeadStaffPage", u"Staff accounts", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("LeadStaffPage", u"&Add account\u2026", None))
        self.disableButton.setText(QCoreApplication.translate("LeadStaffPage", u"&Disable", None))
        self.enableButton.setText(QCoreApplication.translate("LeadStaffPage", u"Re-&enable", None))
        self.resetButton.setText(QCoreApplication.translate("LeadStaffPage", u"&Reset password\u2026", None))
        self.grantButton.setText(QCoreApplication.translate("LeadStaffPage", u"Make a &lead", None))
        self.revokeButton.setText(QCoreApplication.translate("LeadStaffPage", u"Re&voke lead role\u2026", None))
        self.dashboardButton.setText(QCoreApplication.translate("LeadStaffPage", u"Give the das&hboard", None))
#if QT_CONFIG(tooltip)
        self.dashboardButton.setToolTip(QCoreApplication.translate("LeadStaffPage", u"Give an oversight account the dashboard's counts (and nothing else)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.noticeLabel.setAccessibleName(QCoreApplication.translate("LeadStaffPage", u"Notice", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

