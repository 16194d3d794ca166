# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QMainWindow, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1100, 720)
        MainWindow.setMinimumSize(QSize(800, 560))
        self.actionRecordConcern = QAction(MainWindow)
        self.actionRecordConcern.setObjectName(u"actionRecordConcern")
#if QT_CONFIG(shortcut)
        self.actionRecordConcern.setShortcut(u"Ctrl+N")
#endif // QT_CONFIG(shortcut)
        self.actionRecordConcern.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.actionMyConcerns = QAction(MainWindow)
        self.actionMyConcerns.setObjectName(u"actionMyConcerns")
#if QT_CONFIG(shortcut)
        self.actionMyConcerns.setShortcut(u"Ctrl+1")
#endif // QT_CONFIG(shortcut)
        self.actionMyConcerns.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.actionMyActions = QAction(MainWindow)
        self.actionMyActions.setObjectName(u"actionMyActions")
#if QT_CONFIG(shortcut)
        self.actionMyActions.setShortcut(u"Ctrl+7")
#endif // QT_CONFIG(shortcut)
        self.actionMyActions.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.actionLock = QAction(MainWindow)
        self.actionLock.setObjectName(u"actionLock")
#if QT_CONFIG(shortcut)
        self.actionLock.setShortcut(u"Ctrl+L")
#endif // QT_CONFIG(shortcut)
        self.actionLock.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.shellStack = QStackedWidget(self.centralWidget)
        self.shellStack.setObjectName(u"shellStack")
        self.contentPage = QWidget()
        self.contentPage.setObjectName(u"contentPage")
        self.contentLayout = QVBoxLayout(self.contentPage)
        self.contentLayout.setSpacing(8)
        self.contentLayout.setObjectName(u"contentLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.whoLayout = QVBoxLayout()
        self.whoLayout.setSpacing(2)
        self.whoLayout.setObjectName(u"whoLayout")
        self.schoolLabel = QLabel(self.contentPage)
        self.schoolLabel.setObjectName(u"schoolLabel")
        font = QFont()
        font.setPointSize(15)
        font.setBold(True)
        self.schoolLabel.setFont(font)
        self.schoolLabel.setText(u"")
        self.schoolLabel.setWordWrap(True)

        self.whoLayout.addWidget(self.schoolLabel)

        self.personLabel = QLabel(self.contentPage)
        self.personLabel.setObjectName(u"personLabel")
        self.personLabel.setText(u"")
        self.personLabel.setWordWrap(True)

        self.whoLayout.addWidget(self.personLabel)


        self.headerLayout.addLayout(self.whoLayout)

        self.lockButton = QPushButton(self.contentPage)
        self.lockButton.setObjectName(u"lockButton")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.lockButton.sizePolicy().hasHeightForWidth())
        self.lockButton.setSizePolicy(sizePolicy)
        self.lockButton.setMinimumSize(QSize(0, 32))
        self.lockButton.setAutoDefault(False)

        self.headerLayout.addWidget(self.lockButton)

        self.headerLayout.setStretch(0, 1)

        self.contentLayout.addLayout(self.headerLayout)

        self.navLayout = QHBoxLayout()
        self.navLayout.setObjectName(u"navLayout")
        self.recordButton = QPushButton(self.contentPage)
        self.recordButton.setObjectName(u"recordButton")
        self.recordButton.setMinimumSize(QSize(220, 48))
        font1 = QFont()
        font1.setPointSize(13)
        font1.setBold(True)
        self.recordButton.setFont(font1)
        self.recordButton.setStyleSheet(u"QPushButton#recordButton:enabled { background: #0b5cad; color: white; border: 1px solid #084887; border-radius: 4px; padding: 3px 16px; }\n"
"QPushButton#recordButton:enabled:focus { border: 3px solid #f2b200; }\n"
"QPushButton#recordButton:enabled:hover { background: #0a4f94; }")
        self.recordButton.setAutoDefault(False)

        self.navLayout.addWidget(self.recordButton)

        self.myConcernsButton = QPushButton(self.contentPage)
        self.myConcernsButton.setObjectName(u"myConcernsButton")
        self.myConcernsButton.setMinimumSize(QSize(0, 48))
        self.myConcernsButton.setCheckable(True)
        self.myConcernsButton.setAutoDefault(False)

        self.navLayout.addWidget(self.myConcernsButton)

        self.myActionsButton = QPushButton(self.contentPage)
        self.myActionsButton.setObjectName(u"myActionsButton")
        self.myActionsButton.setMinimumSize(QSize(0, 48))
        self.myActionsButton.setCheckable(True)
        self.myActionsButton.setAutoDefault(False)

        self.navLayout.addWidget(self.myActionsButton)

        self.navSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.navLayout.addItem(self.navSpacer)


        self.contentLayout.addLayout(self.navLayout)

        self.headerRule = QFrame(self.contentPage)
        self.headerRule.setObjectName(u"headerRule")
        self.headerRule.setFrameShape(QFrame.Shape.HLine)
        self.headerRule.setFrameShadow(QFrame.Shadow.Sunken)

        self.contentLayout.addWidget(self.headerRule)

        self.pageStack = QStackedWidget(self.contentPage)
        self.pageStack.setObjectName(u"pageStack")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.pageStack.sizePolicy().hasHeightForWidth())
        self.pageStack.setSizePolicy(sizePolicy1)

        self.contentLayout.addWidget(self.pageStack)

        self.statusFrame = QFrame(self.contentPage)
        self.statusFrame.setObjectName(u"statusFrame")
        self.statusFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.statusLayout = QHBoxLayout(self.statusFrame)
        self.statusLayout.setObjectName(u"statusLayout")
        self.statusLayout.setContentsMargins(-1, 4, -1, 4)
        self.statusTitle = QLabel(self.statusFrame)
        self.statusTitle.setObjectName(u"statusTitle")

        self.statusLayout.addWidget(self.statusTitle)

        self.statusLabel = QLabel(self.statusFrame)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy2.setHorizontalStretch(1)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy2)
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.statusLayout.addWidget(self.statusLabel)

        self.busyBar = QProgressBar(self.statusFrame)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximumSize(QSize(160, 16777215))
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.statusLayout.addWidget(self.busyBar)


        self.contentLayout.addWidget(self.statusFrame)

        self.shellStack.addWidget(self.contentPage)

        self.centralLayout.addWidget(self.shellStack)

        MainWindow.setCentralWidget(self.centralWidget)
#if QT_CONFIG(shortcut)
        self.statusTitle.setBuddy(self.statusLabel)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.recordButton, self.myConcernsButton)
        QWidget.setTabOrder(self.myConcernsButton, self.myActionsButton)
        QWidget.setTabOrder(self.myActionsButton, self.lockButton)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Concern Logger", None))
#if QT_CONFIG(accessibility)
        MainWindow.setAccessibleName(QCoreApplication.translate("MainWindow", u"Concern Logger", None))
#endif // QT_CONFIG(accessibility)
        self.actionRecordConcern.setText(QCoreApplication.translate("MainWindow", u"&Record a concern", None))
        self.actionMyConcerns.setText(QCoreApplication.translate("MainWindow", u"&My concerns", None))
        self.actionMyActions.setText(QCoreApplication.translate("MainWindow", u"My ac&tions", None))
        self.actionLock.setText(QCoreApplication.translate("MainWindow", u"&Lock", None))
#if QT_CONFIG(accessibility)
        self.shellStack.setAccessibleName(QCoreApplication.translate("MainWindow", u"Concern Logger", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.schoolLabel.setAccessibleName(QCoreApplication.translate("MainWindow", u"School", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.personLabel.setAccessibleName(QCoreApplication.translate("MainWindow", u"Signed in as", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.lockButton.setToolTip(QCoreApplication.translate("MainWindow", u"Hide everything now and drop your keys; sign in again to carry on (Ctrl+L)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.lockButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"Lock the screen", None))
#endif // QT_CONFIG(accessibility)
        self.lockButton.setText(QCoreApplication.translate("MainWindow", u"Lock (Ctrl+L)", None))
#if QT_CONFIG(tooltip)
        self.recordButton.setToolTip(QCoreApplication.translate("MainWindow", u"Record a new concern about a pupil (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.recordButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"Record a concern", None))
#endif // QT_CONFIG(accessibility)
        self.recordButton.setText(QCoreApplication.translate("MainWindow", u"Record a concern\n"
"Ctrl+N", None))
#if QT_CONFIG(tooltip)
        self.myConcernsButton.setToolTip(QCoreApplication.translate("MainWindow", u"The concerns you have recorded (Ctrl+1)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.myConcernsButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"My concerns", None))
#endif // QT_CONFIG(accessibility)
        self.myConcernsButton.setText(QCoreApplication.translate("MainWindow", u"My concerns\n"
"Ctrl+1", None))
#if QT_CONFIG(tooltip)
        self.myActionsButton.setToolTip(QCoreApplication.translate("MainWindow", u"Actions a designated lead has given you (Ctrl+7)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.myActionsButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"My actions", None))
#endif // QT_CONFIG(accessibility)
        self.myActionsButton.setText(QCoreApplication.translate("MainWindow", u"My actions\n"
"Ctrl+7", None))
#if QT_CONFIG(accessibility)
        self.pageStack.setAccessibleName(QCoreApplication.translate("MainWindow", u"Page", None))
#endif // QT_CONFIG(accessibility)
        self.statusTitle.setText(QCoreApplication.translate("MainWindow", u"Status:", None))
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("MainWindow", u"Status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("MainWindow", u"Working", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

