# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_dashboard.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_LeadDashboardPage(object):
    def setupUi(self, LeadDashboardPage):
        if not LeadDashboardPage.objectName():
            LeadDashboardPage.setObjectName(u"LeadDashboardPage")
        LeadDashboardPage.resize(1000, 600)
        self.pageLayout = QVBoxLayout(LeadDashboardPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(LeadDashboardPage)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.titleLabel.setFont(font)

        self.headerLayout.addWidget(self.titleLabel)

        self.updatedLabel = QLabel(LeadDashboardPage)
        self.updatedLabel.setObjectName(u"updatedLabel")
        self.updatedLabel.setText(u"")
        self.updatedLabel.setWordWrap(True)
        self.updatedLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.updatedLabel)

        self.refreshButton = QPushButton(LeadDashboardPage)
        self.refreshButton.setObjectName(u"refreshButton")
        self.refreshButton.setAutoDefault(False)

        self.headerLayout.addWidget(self.refreshButton)

        self.governorsButton = QPushButton(LeadDashboardPage)
        self.governorsButton.setObjectName(u"governorsButton")
        self.governorsButton.setAutoDefault(False)

        self.headerLayout.addWidget(self.governorsButton)

        self.retentionButton = QPushButton(LeadDashboardPage)
        self.retentionButton.setObjectName(u"retentionButton")
        self.retentionButton.setAutoDefault(False)

        self.headerLayout.addWidget(self.retentionButton)

        self.allegationsButton = QPushButton(LeadDashboardPage)
        self.allegationsButton.setObjectName(u"allegationsButton")
        self.allegationsButton.setAutoDefault(False)

        self.headerLayout.addWidget(self.allegationsButton)

        self.headerLayout.setStretch(1, 1)

        self.pageLayout.addLayout(self.headerLayout)

        self.noteLabel = QLabel(LeadDashboardPage)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.noteLabel)

        self.messageLabel = QLabel(LeadDashboardPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.messageLabel)

        self.setupLayout = QHBoxLayout()
        self.setupLayout.setObjectName(u"setupLayout")
        self.setupButton = QPushButton(LeadDashboardPage)
        self.setupButton.setObjectName(u"setupButton")
        self.setupButton.setAutoDefault(False)

        self.setupLayout.addWidget(self.setupButton)

        self.setupSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.setupLayout.addItem(self.setupSpacer)


        self.pageLayout.addLayout(self.setupLayout)

        self.tilesLayout = QGridLayout()
        self.tilesLayout.setObjectName(u"tilesLayout")
        self.openTile = QFrame(LeadDashboardPage)
        self.openTile.setObjectName(u"openTile")
        self.openTile.setFrameShape(QFrame.Shape.StyledPanel)
        self.openLayout = QVBoxLayout(self.openTile)
        self.openLayout.setObjectName(u"openLayout")
        self.openValue = QLabel(self.openTile)
        self.openValue.setObjectName(u"openValue")
        font1 = QFont()
        font1.setPointSize(18)
        font1.setBold(True)
        self.openValue.setFont(font1)
        self.openValue.setText(u"\u2014")
        self.openValue.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.openLayout.addWidget(self.openValue)

        self.openCaption = QLabel(self.openTile)
        self.openCaption.setObjectName(u"openCaption")
        self.openCaption.setWordWrap(True)
        self.openCaption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.openLayout.addWidget(self.openCaption)


        self.tilesLayout.addWidget(self.openTile, 0, 0, 1, 1)

        self.unacknowledgedTile = QFrame(LeadDashboardPage)
        self.unacknowledgedTile.setObjectName(u"unacknowledgedTile")
        self.unacknowledgedTile.setFrameShape(QFrame.Shape.StyledPanel)
        self.unacknowledgedLayout = QVBoxLayout(self.unacknowledgedTile)
        self.unacknowledgedLayout.setObjectName(u"unacknowledgedLayout")
        self.unacknowledgedValue = QLabel(self.unacknowledgedTile)
        self.unacknowledgedValue.setObjectName(u"unacknowledgedValue")
        self.unacknowledgedValue.setFont(font1)
        self.unacknowledgedValue.setText(u"\u2014")
        self.unacknowledgedValue.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.unacknowledgedLayout.addWidget(self.unacknowledgedValue)

        self.unacknowledgedCaption = QLabel(self.unacknowledgedTile)
        self.unacknowledgedCaption.setObjectName(u"unacknowledgedCaption")
        self.unacknowledgedCaption.setWordWrap(True)
        self.unacknowledgedCaption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.unacknowledgedLayout.addWidget(self.unacknowledgedCaption)


        self.tilesLayout.addWidget(self.unacknowledgedTile, 0, 1, 1, 1)

        self.medianTile = QFrame(LeadDashboardPage)
        self.medianTile.setObjectName(u"medianTile")
        self.medianTile.setFrameShape(QFrame.Shape.StyledPanel)
        self.medianLayout = QVBoxLayout(self.medianTile)
        self.medianLayout.setObjectName(u"medianLayout")
        self.medianValue = QLabel(self.medianTile)
        self.medianValue.setObjectName(u"medianValue")
        self.medianValue.setFont(font1)
        self.medianValue.setText(u"\u2014")
        self.medianValue.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.medianLayout.addWidget(self.medianValue)

        self.medianCaption = QLabel(self.medianTile)
        self.medianCaption.setObjectName(u"medianCaption")
        self.medianCaption.setWordWrap(True)
        self.medianCaption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.medianLayout.addWidget(self.medianCaption)


        self.tilesLayout.addWidget(self.medianTile, 0, 2, 1, 1)

        self.worstTile = QFrame(LeadDashboardPage)
        self.worstTile.setObjectName(u"worstTile")
        self.worstTile.setFrameShape(QFrame.Shape.StyledPanel)
        self.worstLayout = QVBoxLayout(self.worstTile)
        self.worstLayout.setObjectName(u"worstLayout")
        self.worstValue = QLabel(self.worstTile)
        self.worstValue.setObjectName(u"worstValue")
        self.worstValue.setFont(font1)
        self.worstValue.setText(u"\u2014")
        self.worstValue.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.worstLayout.addWidget(self.worstValue)

        self.worstCaption = QLabel(self.worstTile)
        self.worstCaption.setObjectName(u"worstCaption")
        self.worstCaption.setWordWrap(True)
        self.worstCaption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.worstLayout.addWidget(self.worstCaption)


        self.tilesLayout.addWidget(self.worstTile, 0, 3, 1, 1)

        self.overdueTile = QFrame(LeadDashboardPage)
        self.overdueTile.setObjectName(u"overdueTile")
        self.overdueTile.setFrameShape(QFrame.Shape.StyledPanel)
        self.overdueLayout = QVBoxLayout(self.overdueTile)
        self.overdueLayout.setObjectName(u"overdueLayout")
        self.overdueValue = QLabel(self.overdueTile)
        self.overdueValue.setObjectName(u"overdueValue")
        self.overdueValue.setFont(font1)
        self.overdueValue.setText(u"\u2014")
        self.overdueValue.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.overdueLayout.addWidget(self.overdueValue)

        self.overdueCaption = QLabel(self.overdueTile)
        self.overdueCaption.setObjectName(u"overdueCaption")
        self.overdueCaption.setWordWrap(True)
        self.overdueCaption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.overdueLayout.addWidget(self.overdueCaption)


        self.tilesLayout.addWidget(self.overdueTile, 1, 0, 1, 1)

        self.awaitingOutcomeTile = QFrame(LeadDashboardPage)
        self.awaitingOutcomeTile.setObjectName(u"awaitingOutcomeTile")
        self.awaitingOutcomeTile.setFrameShape(QFrame.Shape.StyledPanel)
        self.awaitingOutcomeLayout = QVBoxLayout(self.awaitingOutcomeTile)
        self.awaitingOutcomeLayout.setObjectName(u"awaitingOutcomeLayout")
        self.awaitingOutcomeValue = QLabel(self.awaitingOutcomeTile)
        self.awaitingOutcomeValue.setObjectName(u"awaitingOutcomeValue")
        self.awaitingOutcomeValue.setFont(font1)
        self.awaitingOutcomeValue.setText(u"\u2014")
        self.awaitingOutcomeValue.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.awaitingOutcomeLayout.addWidget(self.awaitingOutcomeValue)

        self.awaitingOutcomeCaption = QLabel(self.awaitingOutcomeTile)
        self.awaitingOutcomeCaption.setObjectName(u"awaitingOutcomeCaption")
        self.awaitingOutcomeCaption.setWordWrap(True)
        self.awaitingOutcomeCaption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.awaitingOutcomeLayout.addWidget(self.awaitingOutcomeCaption)


        self.tilesLayout.addWidget(self.awaitingOutcomeTile, 1, 1, 1, 1)

        self.secondLeadTile = QFrame(LeadDashboardPage)
        self.secondLeadTile.setObjectName(u"secondLeadTile")
        self.secondLeadTile.setFrameShape(QFrame.Shape.StyledPanel)
        self.secondLeadLayout = QVBoxLayout(self.secondLeadTile)
        self.secondLeadLayout.setObjectName(u"secondLeadLayout")
        self.secondLeadValue = QLabel(self.secondLeadTile)
        self.secondLeadValue.setObjectName(u"secondLeadValue")
        self.secondLeadValue.setFont(font1)
        self.secondLeadValue.setText(u"\u2014")
        self.secondLeadValue.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.secondLeadLayout.addWidget(self.secondLeadValue)

        self.secondLeadCaption = QLabel(self.secondLeadTile)
        self.secondLeadCaption.setObjectName(u"secondLeadCaption")
        self.secondLeadCaption.setWordWrap(True)
        self.secondLeadCaption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.secondLeadLayout.addWidget(self.secondLeadCaption)


        self.tilesLayout.addWidget(self.secondLeadTile, 1, 2, 1, 1)

        self.actionsTile = QFrame(LeadDashboardPage)
        self.actionsTile.setObjectName(u"actionsTile")
        self.actionsTile.setFrameShape(QFrame.Shape.StyledPanel)
        self.actionsLayout = QVBoxLayout(self.actionsTile)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsValue = QLabel(self.actionsTile)
        self.actionsValue.setObjectName(u"actionsValue")
        self.actionsValue.setFont(font1)
        self.actionsValue.setText(u"\u2014")
        self.actionsValue.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.actionsLayout.addWidget(self.actionsValue)

        self.actionsCaption = QLabel(self.actionsTile)
        self.actionsCaption.setObjectName(u"actionsCaption")
        self.actionsCaption.setWordWrap(True)
        self.actionsCaption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.actionsLayout.addWidget(self.actionsCaption)


        self.tilesLayout.addWidget(self.actionsTile, 1, 3, 1, 1)


        self.pageLayout.addLayout(self.tilesLayout)

        self.chartsLayout = QHBoxLayout()
        self.chartsLayout.setObjectName(u"chartsLayout")
        self.decisionsBox = QGroupBox(LeadDashboardPage)
        self.decisionsBox.setObjectName(u"decisionsBox")
        self.decisionsBoxLayout = QVBoxLayout(self.decisionsBox)
        self.decisionsBoxLayout.setObjectName(u"decisionsBoxLayout")

        self.chartsLayout.addWidget(self.decisionsBox)

        self.clocksBox = QGroupBox(LeadDashboardPage)
        self.clocksBox.setObjectName(u"clocksBox")
        self.clocksBoxLayout = QVBoxLayout(self.clocksBox)
        self.clocksBoxLayout.setObjectName(u"clocksBoxLayout")

        self.chartsLayout.addWidget(self.clocksBox)


        self.pageLayout.addLayout(self.chartsLayout)

        self.bottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.bottomSpacer)

        self.pageLayout.setStretch(6, 1)
        QWidget.setTabOrder(self.refreshButton, self.governorsButton)
        QWidget.setTabOrder(self.governorsButton, self.retentionButton)
        QWidget.setTabOrder(self.retentionButton, self.allegationsButton)
        QWidget.setTabOrder(self.allegationsButton, self.setupButton)

        self.retranslateUi(LeadDashboardPage)

        QMetaObject.connectSlotsByName(LeadDashboardPage)
    # setupUi

    def retranslateUi(self, LeadDashboardPage):
#if QT_CONFIG(accessibility)
        LeadDashboardPage.setAccessibleName(QCoreApplication.translate("LeadDashboardPage", u"Oversight dashboard", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("LeadDashboardPage", u"Oversight dashboard", None))
#if QT_CONFIG(accessibility)
        self.updatedLabel.setAccessibleName(QCoreApplication.translate("LeadDashboardPage", u"When the numbers were counted", None))
#endif // QT_CONFIG(accessibility)
        self.refreshButton.setText(QCoreApplication.translate("LeadDashboardPage", u"Re&fresh", None))
        self.governorsButton.setText(QCoreApplication.translate("LeadDashboardPage", u"Report for &governors\u2026", None))
#if QT_CONFIG(tooltip)
        self.governorsButton.setToolTip(QCoreApplication.translate("LeadDashboardPage", u"The termly safeguarding report for governors: counts by category, year group and decision, and the clocks met; no child named", None))
#endif // QT_CONFIG(tooltip)
        self.retentionButton.setText(QCoreApplication.translate("LeadDashboardPage", u"Retention re&view\u2026", None))
#if QT_CONFIG(tooltip)
        self.retentionButton.setToolTip(QCoreApplication.translate("LeadDashboardPage", u"Children's files past their retention date or reaching it within a year, and what was decided at review (a lead only)", None))
#endif // QT_CONFIG(tooltip)
        self.allegationsButton.setText(QCoreApplication.translate("LeadDashboardPage", u"A&llegations\u2026 (Ctrl+8)", None))
#if QT_CONFIG(tooltip)
        self.allegationsButton.setToolTip(QCoreApplication.translate("LeadDashboardPage", u"Allegations against staff: the head and the leads the head names only", None))
#endif // QT_CONFIG(tooltip)
        self.noteLabel.setText(QCoreApplication.translate("LeadDashboardPage", u"Counts and clocks only: no names and no text. Clocks are in hours, from when a concern was recorded to when a lead acknowledged it.", None))
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("LeadDashboardPage", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.setupButton.setText(QCoreApplication.translate("LeadDashboardPage", u"&Set up the oversight dashboard", None))
#if QT_CONFIG(tooltip)
        self.setupButton.setToolTip(QCoreApplication.translate("LeadDashboardPage", u"Make the dashboard's key, so counts are kept from now on and an oversight account can be given them", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.openValue.setAccessibleName(QCoreApplication.translate("LeadDashboardPage", u"Open concerns", None))
#endif // QT_CONFIG(accessibility)
        self.openCaption.setText(QCoreApplication.translate("LeadDashboardPage", u"Open concerns", None))
#if QT_CONFIG(accessibility)
        self.unacknowledgedValue.setAccessibleName(QCoreApplication.translate("LeadDashboardPage", u"Not yet acknowledged", None))
#endif // QT_CONFIG(accessibility)
        self.unacknowledgedCaption.setText(QCoreApplication.translate("LeadDashboardPage", u"Not yet acknowledged", None))
#if QT_CONFIG(accessibility)
        self.medianValue.setAccessibleName(QCoreApplication.translate("LeadDashboardPage", u"Time to acknowledge (median)", None))
#endif // QT_CONFIG(accessibility)
        self.medianCaption.setText(QCoreApplication.translate("LeadDashboardPage", u"Time to acknowledge (median)", None))
#if QT_CONFIG(accessibility)
        self.worstValue.setAccessibleName(QCoreApplication.translate("LeadDashboardPage", u"Time to acknowledge (worst)", None))
#endif // QT_CONFIG(accessibility)
        self.worstCaption.setText(QCoreApplication.translate("LeadDashboardPage", u"Time to acknowledge (worst)", None))
#if QT_CONFIG(accessibility)
        self.overdueValue.setAccessibleName(QCoreApplication.translate("LeadDashboardPage", u"Overdue items", None))
#endif // QT_CONFIG(accessibility)
        self.overdueCaption.setText(QCoreApplication.translate("LeadDashboardPage", u"Overdue items", None))
#if QT_CONFIG(accessibility)
        self.awaitingOutcomeValue.setAccessibleName(QCoreApplication.translate("LeadDashboardPage", u"Referrals awaiting an outcome", None))
#endif // QT_CONFIG(accessibility)
        self.awaitingOutcomeCaption.setText(QCoreApplication.translate("LeadDashboardPage", u"Referrals awaiting an outcome", None))
#if QT_CONFIG(accessibility)
        self.secondLeadValue.setAccessibleName(QCoreApplication.translate("LeadDashboardPage", u"Decisions awaiting a second lead", None))
#endif // QT_CONFIG(accessibility)
        self.secondLeadCaption.setText(QCoreApplication.translate("LeadDashboardPage", u"Decisions awaiting a second lead", None))
#if QT_CONFIG(accessibility)
        self.actionsValue.setAccessibleName(QCoreApplication.translate("LeadDashboardPage", u"Actions overdue", None))
#endif // QT_CONFIG(accessibility)
        self.actionsCaption.setText(QCoreApplication.translate("LeadDashboardPage", u"Actions overdue", None))
        self.decisionsBox.setTitle(QCoreApplication.translate("LeadDashboardPage", u"Decisions by type", None))
        self.clocksBox.setTitle(QCoreApplication.translate("LeadDashboardPage", u"Waiting and overdue", None))
    # retranslateUi

