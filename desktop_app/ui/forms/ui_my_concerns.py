# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'my_concerns.ui'
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
    QLabel, QPushButton, QSizePolicy, QSplitter,
    QTableView, QTextBrowser, QVBoxLayout, QWidget)

class Ui_MyConcerns(object):
    def setupUi(self, MyConcerns):
        if not MyConcerns.objectName():
            MyConcerns.setObjectName(u"MyConcerns")
        MyConcerns.resize(900, 520)
        self.pageLayout = QVBoxLayout(MyConcerns)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, -1, 0, -1)
        self.titleLabel = QLabel(MyConcerns)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.titleLabel.setFont(font)

        self.pageLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(MyConcerns)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.emptyLabel = QLabel(MyConcerns)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.emptyLabel)

        self.splitter = QSplitter(MyConcerns)
        self.splitter.setObjectName(u"splitter")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.splitter.sizePolicy().hasHeightForWidth())
        self.splitter.setSizePolicy(sizePolicy)
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.concernsTable = QTableView(self.splitter)
        self.concernsTable.setObjectName(u"concernsTable")
        self.concernsTable.setMinimumSize(QSize(0, 120))
        self.concernsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.concernsTable.setTabKeyNavigation(False)
        self.concernsTable.setAlternatingRowColors(True)
        self.concernsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.concernsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.concernsTable.setSortingEnabled(True)
        self.concernsTable.setWordWrap(False)
        self.splitter.addWidget(self.concernsTable)
        self.concernsTable.horizontalHeader().setStretchLastSection(True)
        self.concernsTable.verticalHeader().setVisible(False)
        self.detailsBrowser = QTextBrowser(self.splitter)
        self.detailsBrowser.setObjectName(u"detailsBrowser")
        self.detailsBrowser.setMinimumSize(QSize(0, 100))
        self.detailsBrowser.setTabChangesFocus(True)
        self.detailsBrowser.setOpenLinks(False)
        self.splitter.addWidget(self.detailsBrowser)

        self.pageLayout.addWidget(self.splitter)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.addAddendumButton = QPushButton(MyConcerns)
        self.addAddendumButton.setObjectName(u"addAddendumButton")
        self.addAddendumButton.setMinimumSize(QSize(0, 32))
        self.addAddendumButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.addAddendumButton)

        self.noticeLabel = QLabel(MyConcerns)
        self.noticeLabel.setObjectName(u"noticeLabel")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.noticeLabel.sizePolicy().hasHeightForWidth())
        self.noticeLabel.setSizePolicy(sizePolicy1)
        self.noticeLabel.setText(u"")
        self.noticeLabel.setWordWrap(True)

        self.actionsLayout.addWidget(self.noticeLabel)


        self.pageLayout.addLayout(self.actionsLayout)

        QWidget.setTabOrder(self.concernsTable, self.addAddendumButton)
        QWidget.setTabOrder(self.addAddendumButton, self.detailsBrowser)

        self.retranslateUi(MyConcerns)

        QMetaObject.connectSlotsByName(MyConcerns)
    # setupUi

    def retranslateUi(self, MyConcerns):
#if QT_CONFIG(accessibility)
        MyConcerns.setAccessibleName(QCoreApplication.translate("MyConcerns", u"My concerns", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("MyConcerns", u"My concerns", None))
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("MyConcerns", u"About my concerns", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("MyConcerns", u"The concerns you have recorded. Only you and the safeguarding team can read them. To correct or add to one, add an addendum: what you first wrote is never changed.", None))
#if QT_CONFIG(accessibility)
        self.emptyLabel.setAccessibleName(QCoreApplication.translate("MyConcerns", u"No concerns", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText(QCoreApplication.translate("MyConcerns", u"You have not recorded any concerns yet.", None))
#if QT_CONFIG(accessibility)
        self.concernsTable.setAccessibleName(QCoreApplication.translate("MyConcerns", u"Concerns I recorded", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailsBrowser.setAccessibleName(QCoreApplication.translate("MyConcerns", u"The selected concern", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.addAddendumButton.setToolTip(QCoreApplication.translate("MyConcerns", u"Add a correction or more detail to the selected concern", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.addAddendumButton.setAccessibleName(QCoreApplication.translate("MyConcerns", u"Add addendum", None))
#endif // QT_CONFIG(accessibility)
        self.addAddendumButton.setText(QCoreApplication.translate("MyConcerns", u"&Add addendum\u2026", None))
#if QT_CONFIG(accessibility)
        self.noticeLabel.setAccessibleName(QCoreApplication.translate("MyConcerns", u"Notice", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

