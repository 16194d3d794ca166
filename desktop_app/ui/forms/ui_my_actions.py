# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'my_actions.ui'
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
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_MyActions(object):
    def setupUi(self, MyActions):
        if not MyActions.objectName():
            MyActions.setObjectName(u"MyActions")
        MyActions.resize(900, 520)
        self.pageLayout = QVBoxLayout(MyActions)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, -1, 0, -1)
        self.titleLabel = QLabel(MyActions)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.titleLabel.setFont(font)

        self.pageLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(MyActions)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.emptyLabel = QLabel(MyActions)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.emptyLabel)

        self.actionsTable = QTableView(MyActions)
        self.actionsTable.setObjectName(u"actionsTable")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.actionsTable.sizePolicy().hasHeightForWidth())
        self.actionsTable.setSizePolicy(sizePolicy)
        self.actionsTable.setMinimumSize(QSize(0, 120))
        self.actionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actionsTable.setTabKeyNavigation(False)
        self.actionsTable.setAlternatingRowColors(True)
        self.actionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.actionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actionsTable.setSortingEnabled(True)
        self.actionsTable.setWordWrap(True)
        self.actionsTable.horizontalHeader().setStretchLastSection(True)
        self.actionsTable.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.actionsTable)

        self.doneLayout = QHBoxLayout()
        self.doneLayout.setObjectName(u"doneLayout")
        self.noteLabel = QLabel(MyActions)
        self.noteLabel.setObjectName(u"noteLabel")

        self.doneLayout.addWidget(self.noteLabel)

        self.noteEdit = QLineEdit(MyActions)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(10000)

        self.doneLayout.addWidget(self.noteEdit)

        self.markDoneButton = QPushButton(MyActions)
        self.markDoneButton.setObjectName(u"markDoneButton")
        self.markDoneButton.setMinimumSize(QSize(0, 32))
        self.markDoneButton.setAutoDefault(False)

        self.doneLayout.addWidget(self.markDoneButton)


        self.pageLayout.addLayout(self.doneLayout)

        self.noticeLabel = QLabel(MyActions)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setText(u"")
        self.noticeLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.noticeLabel)

#if QT_CONFIG(shortcut)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.actionsTable, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.markDoneButton)

        self.retranslateUi(MyActions)

        QMetaObject.connectSlotsByName(MyActions)
    # setupUi

    def retranslateUi(self, MyActions):
#if QT_CONFIG(accessibility)
        MyActions.setAccessibleName(QCoreApplication.translate("MyActions", u"My actions", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("MyActions", u"My actions", None))
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("MyActions", u"About my actions", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("MyActions", u"Actions a designated lead has given you from a child's plan. You see what to do and by when; the rest of the child's file stays with the safeguarding team. When one is done, say what you did and mark it done: the team sees your note.", None))
#if QT_CONFIG(accessibility)
        self.emptyLabel.setAccessibleName(QCoreApplication.translate("MyActions", u"No actions", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText(QCoreApplication.translate("MyActions", u"You have no open actions.", None))
#if QT_CONFIG(accessibility)
        self.actionsTable.setAccessibleName(QCoreApplication.translate("MyActions", u"Actions given to me", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("MyActions", u"What was &done:", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("MyActions", u"What was done", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.markDoneButton.setToolTip(QCoreApplication.translate("MyActions", u"Mark the selected action done, with your note", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.markDoneButton.setAccessibleName(QCoreApplication.translate("MyActions", u"Mark done", None))
#endif // QT_CONFIG(accessibility)
        self.markDoneButton.setText(QCoreApplication.translate("MyActions", u"&Mark done", None))
#if QT_CONFIG(accessibility)
        self.noticeLabel.setAccessibleName(QCoreApplication.translate("MyActions", u"Notice", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

