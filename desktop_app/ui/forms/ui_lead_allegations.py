# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_allegations.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QTextBrowser, QVBoxLayout, QWidget)

class Ui_LeadAllegationsPage(object):
    def setupUi(self, LeadAllegationsPage):
        if not LeadAllegationsPage.objectName():
            LeadAllegationsPage.setObjectName(u"LeadAllegationsPage")
        LeadAllegationsPage.resize(960, 600)
        self.pageLayout = QVBoxLayout(LeadAllegationsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(LeadAllegationsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-weight: bold;")

        self.pageLayout.addWidget(self.titleLabel)

        self.aboutLabel = QLabel(LeadAllegationsPage)
        self.aboutLabel.setObjectName(u"aboutLabel")
        self.aboutLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.aboutLabel)

        self.keyBox = QGroupBox(LeadAllegationsPage)
        self.keyBox.setObjectName(u"keyBox")
        self.keyBoxLayout = QVBoxLayout(self.keyBox)
        self.keyBoxLayout.setObjectName(u"keyBoxLayout")
        self.headLabel = QLabel(self.keyBox)
        self.headLabel.setObjectName(u"headLabel")
        self.headLabel.setText(u"")
        self.headLabel.setWordWrap(True)

        self.keyBoxLayout.addWidget(self.headLabel)

        self.holdersLabel = QLabel(self.keyBox)
        self.holdersLabel.setObjectName(u"holdersLabel")
        self.holdersLabel.setText(u"")
        self.holdersLabel.setWordWrap(True)

        self.keyBoxLayout.addWidget(self.holdersLabel)

        self.holderRow = QHBoxLayout()
        self.holderRow.setObjectName(u"holderRow")
        self.makeKeyButton = QPushButton(self.keyBox)
        self.makeKeyButton.setObjectName(u"makeKeyButton")
        self.makeKeyButton.setAutoDefault(False)

        self.holderRow.addWidget(self.makeKeyButton)

        self.holderEdit = QLineEdit(self.keyBox)
        self.holderEdit.setObjectName(u"holderEdit")

        self.holderRow.addWidget(self.holderEdit)

        self.addHolderButton = QPushButton(self.keyBox)
        self.addHolderButton.setObjectName(u"addHolderButton")
        self.addHolderButton.setAutoDefault(False)

        self.holderRow.addWidget(self.addHolderButton)

        self.removeHolderButton = QPushButton(self.keyBox)
        self.removeHolderButton.setObjectName(u"removeHolderButton")
        self.removeHolderButton.setAutoDefault(False)

        self.holderRow.addWidget(self.removeHolderButton)

        self.handOverButton = QPushButton(self.keyBox)
        self.handOverButton.setObjectName(u"handOverButton")
        self.handOverButton.setAutoDefault(False)

        self.holderRow.addWidget(self.handOverButton)

        self.takeOverButton = QPushButton(self.keyBox)
        self.takeOverButton.setObjectName(u"takeOverButton")
        self.takeOverButton.setAutoDefault(False)

        self.holderRow.addWidget(self.takeOverButton)


        self.keyBoxLayout.addLayout(self.holderRow)


        self.pageLayout.addWidget(self.keyBox)

        self.allegationsView = QTableView(LeadAllegationsPage)
        self.allegationsView.setObjectName(u"allegationsView")
        self.allegationsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.allegationsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.allegationsView.setSortingEnabled(True)
        self.allegationsView.setWordWrap(True)

        self.pageLayout.addWidget(self.allegationsView)

        self.detailView = QTextBrowser(LeadAllegationsPage)
        self.detailView.setObjectName(u"detailView")
        self.detailView.setMaximumSize(QSize(16777215, 140))

        self.pageLayout.addWidget(self.detailView)

        self.outcomeRow = QHBoxLayout()
        self.outcomeRow.setObjectName(u"outcomeRow")
        self.outcomeCombo = QComboBox(LeadAllegationsPage)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.outcomeRow.addWidget(self.outcomeCombo)

        self.outcomeDateEdit = QDateEdit(LeadAllegationsPage)
        self.outcomeDateEdit.setObjectName(u"outcomeDateEdit")
        self.outcomeDateEdit.setCalendarPopup(True)
        self.outcomeDateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.outcomeRow.addWidget(self.outcomeDateEdit)

        self.outcomeNoteEdit = QLineEdit(LeadAllegationsPage)
        self.outcomeNoteEdit.setObjectName(u"outcomeNoteEdit")

        self.outcomeRow.addWidget(self.outcomeNoteEdit)

        self.outcomeButton = QPushButton(LeadAllegationsPage)
        self.outcomeButton.setObjectName(u"outcomeButton")
        self.outcomeButton.setAutoDefault(False)

        self.outcomeRow.addWidget(self.outcomeButton)


        self.pageLayout.addLayout(self.outcomeRow)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.recordButton = QPushButton(LeadAllegationsPage)
        self.recordButton.setObjectName(u"recordButton")
        self.recordButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.recordButton)

        self.refreshButton = QPushButton(LeadAllegationsPage)
        self.refreshButton.setObjectName(u"refreshButton")
        self.refreshButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.refreshButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.pageLayout.addLayout(self.buttonRow)

        self.messageLabel = QLabel(LeadAllegationsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.messageLabel)


        self.retranslateUi(LeadAllegationsPage)

        QMetaObject.connectSlotsByName(LeadAllegationsPage)
    # setupUi

    def retranslateUi(self, LeadAllegationsPage):
        self.titleLabel.setText(QCoreApplication.translate("LeadAllegationsPage", u"Allegations against staff", None))
        self.aboutLabel.setText(QCoreApplication.translate("LeadAllegationsPage", u"Sealed to the allegations key alone: only the head and the leads the head names can read them, never the member of staff concerned.", None))
        self.keyBox.setTitle(QCoreApplication.translate("LeadAllegationsPage", u"Who holds the allegations key (the head decides)", None))
        self.makeKeyButton.setText(QCoreApplication.translate("LeadAllegationsPage", u"Make the allegations key", None))
        self.holderEdit.setPlaceholderText(QCoreApplication.translate("LeadAllegationsPage", u"Username of a lead", None))
#if QT_CONFIG(accessibility)
        self.holderEdit.setAccessibleName(QCoreApplication.translate("LeadAllegationsPage", u"Username of a holder", None))
#endif // QT_CONFIG(accessibility)
        self.addHolderButton.setText(QCoreApplication.translate("LeadAllegationsPage", u"Name as holder", None))
        self.removeHolderButton.setText(QCoreApplication.translate("LeadAllegationsPage", u"Remove holder", None))
        self.handOverButton.setText(QCoreApplication.translate("LeadAllegationsPage", u"Hand over to\u2026", None))
#if QT_CONFIG(tooltip)
        self.handOverButton.setToolTip(QCoreApplication.translate("LeadAllegationsPage", u"Hand the head's role to another oversight account: from then on only their changes to the key count", None))
#endif // QT_CONFIG(tooltip)
        self.takeOverButton.setText(QCoreApplication.translate("LeadAllegationsPage", u"Take over as the head\u2026", None))
#if QT_CONFIG(tooltip)
        self.takeOverButton.setToolTip(QCoreApplication.translate("LeadAllegationsPage", u"Only while the head's account is disabled: every holder sees that you took over", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.allegationsView.setAccessibleName(QCoreApplication.translate("LeadAllegationsPage", u"Allegations", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailView.setAccessibleName(QCoreApplication.translate("LeadAllegationsPage", u"The allegation chosen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.outcomeCombo.setAccessibleName(QCoreApplication.translate("LeadAllegationsPage", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.outcomeDateEdit.setAccessibleName(QCoreApplication.translate("LeadAllegationsPage", u"Date of the outcome", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeNoteEdit.setPlaceholderText(QCoreApplication.translate("LeadAllegationsPage", u"Note on the outcome (optional)", None))
#if QT_CONFIG(accessibility)
        self.outcomeNoteEdit.setAccessibleName(QCoreApplication.translate("LeadAllegationsPage", u"Note on the outcome", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeButton.setText(QCoreApplication.translate("LeadAllegationsPage", u"Record outcome", None))
        self.recordButton.setText(QCoreApplication.translate("LeadAllegationsPage", u"Record an allegation\u2026", None))
        self.refreshButton.setText(QCoreApplication.translate("LeadAllegationsPage", u"Refresh", None))
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("LeadAllegationsPage", u"Message", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

