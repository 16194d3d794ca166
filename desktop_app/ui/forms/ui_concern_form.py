# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'concern_form.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSplitter, QStackedWidget, QVBoxLayout, QWidget)

class Ui_ConcernForm(object):
    def setupUi(self, ConcernForm):
        if not ConcernForm.objectName():
            ConcernForm.setObjectName(u"ConcernForm")
        ConcernForm.resize(1000, 640)
        self.pageLayout = QVBoxLayout(ConcernForm)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget(ConcernForm)
        self.pages.setObjectName(u"pages")
        self.formPage = QWidget()
        self.formPage.setObjectName(u"formPage")
        self.formPageLayout = QVBoxLayout(self.formPage)
        self.formPageLayout.setObjectName(u"formPageLayout")
        self.titleLabel = QLabel(self.formPage)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.titleLabel.setFont(font)

        self.formPageLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(self.formPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.formPageLayout.addWidget(self.introLabel)

        self.draftOfferFrame = QFrame(self.formPage)
        self.draftOfferFrame.setObjectName(u"draftOfferFrame")
        self.draftOfferFrame.setStyleSheet(u"QFrame#draftOfferFrame { background: #eef4fb; border: 1px solid #b7cde6; border-radius: 4px; }")
        self.draftOfferFrame.setFrameShape(QFrame.StyledPanel)
        self.draftOfferLayout = QHBoxLayout(self.draftOfferFrame)
        self.draftOfferLayout.setObjectName(u"draftOfferLayout")
        self.draftOfferLayout.setContentsMargins(-1, 4, -1, 4)
        self.draftOfferLabel = QLabel(self.draftOfferFrame)
        self.draftOfferLabel.setObjectName(u"draftOfferLabel")
        self.draftOfferLabel.setTextFormat(Qt.PlainText)
        self.draftOfferLabel.setWordWrap(True)

        self.draftOfferLayout.addWidget(self.draftOfferLabel)

        self.resumeButton = QPushButton(self.draftOfferFrame)
        self.resumeButton.setObjectName(u"resumeButton")
        self.resumeButton.setAutoDefault(False)

        self.draftOfferLayout.addWidget(self.resumeButton)


        self.formPageLayout.addWidget(self.draftOfferFrame)

        self.columnsSplitter = QSplitter(self.formPage)
        self.columnsSplitter.setObjectName(u"columnsSplitter")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.columnsSplitter.sizePolicy().hasHeightForWidth())
        self.columnsSplitter.setSizePolicy(sizePolicy)
        self.columnsSplitter.setOrientation(Qt.Horizontal)
        self.columnsSplitter.setChildrenCollapsible(False)
        self.fieldsScroll = QScrollArea(self.columnsSplitter)
        self.fieldsScroll.setObjectName(u"fieldsScroll")
        self.fieldsScroll.setMinimumSize(QSize(330, 0))
        self.fieldsScroll.setFocusPolicy(Qt.NoFocus)
        self.fieldsScroll.setFrameShape(QFrame.NoFrame)
        self.fieldsScroll.setWidgetResizable(True)
        self.fieldsPanel = QWidget()
        self.fieldsPanel.setObjectName(u"fieldsPanel")
        self.fieldsPanelLayout = QVBoxLayout(self.fieldsPanel)
        self.fieldsPanelLayout.setObjectName(u"fieldsPanelLayout")
        self.pupilLabel = QLabel(self.fieldsPanel)
        self.pupilLabel.setObjectName(u"pupilLabel")

        self.fieldsPanelLayout.addWidget(self.pupilLabel)

        self.pupilHost = QWidget(self.fieldsPanel)
        self.pupilHost.setObjectName(u"pupilHost")
        self.pupilHostLayout = QVBoxLayout(self.pupilHost)
        self.pupilHostLayout.setObjectName(u"pupilHostLayout")
        self.pupilHostLayout.setContentsMargins(0, 0, 0, 0)

        self.fieldsPanelLayout.addWidget(self.pupilHost)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.fieldsLayout.setRowWrapPolicy(QFormLayout.WrapAllRows)
        self.whenLabel = QLabel(self.fieldsPanel)
        self.whenLabel.setObjectName(u"whenLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.whenLabel)

        self.whenHost = QWidget(self.fieldsPanel)
        self.whenHost.setObjectName(u"whenHost")
        self.whenHostLayout = QVBoxLayout(self.whenHost)
        self.whenHostLayout.setSpacing(2)
        self.whenHostLayout.setObjectName(u"whenHostLayout")
        self.whenHostLayout.setContentsMargins(0, 0, 0, 0)
        self.whenChoice = QComboBox(self.whenHost)
        self.whenChoice.setObjectName(u"whenChoice")
        self.whenChoice.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.whenHostLayout.addWidget(self.whenChoice)

        self.whenRow = QHBoxLayout()
        self.whenRow.setObjectName(u"whenRow")
        self.whenDateEdit = QLineEdit(self.whenHost)
        self.whenDateEdit.setObjectName(u"whenDateEdit")
        self.whenDateEdit.setMaxLength(20)

        self.whenRow.addWidget(self.whenDateEdit)

        self.whenTimeEdit = QLineEdit(self.whenHost)
        self.whenTimeEdit.setObjectName(u"whenTimeEdit")
        self.whenTimeEdit.setMaxLength(10)

        self.whenRow.addWidget(self.whenTimeEdit)


        self.whenHostLayout.addLayout(self.whenRow)

        self.whenSummary = QLabel(self.whenHost)
        self.whenSummary.setObjectName(u"whenSummary")
        self.whenSummary.setWordWrap(True)

        self.whenHostLayout.addWidget(self.whenSummary)


        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.whenHost)

        self.whereLabel = QLabel(self.fieldsPanel)
        self.whereLabel.setObjectName(u"whereLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.whereLabel)

        self.whereEdit = QLineEdit(self.fieldsPanel)
        self.whereEdit.setObjectName(u"whereEdit")
        self.whereEdit.setProperty(u"recordedField", u"location")
        self.whereEdit.setMaxLength(300)

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.whereEdit)

        self.categoryLabel = QLabel(self.fieldsPanel)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryHost = QWidget(self.fieldsPanel)
        self.categoryHost.setObjectName(u"categoryHost")
        self.categoryHostLayout = QVBoxLayout(self.categoryHost)
        self.categoryHostLayout.setSpacing(2)
        self.categoryHostLayout.setObjectName(u"categoryHostLayout")
        self.categoryHostLayout.setContentsMargins(0, 0, 0, 0)
        self.categoryList = QListWidget(self.categoryHost)
        self.categoryList.setObjectName(u"categoryList")
        self.categoryList.setMaximumSize(QSize(16777215, 96))
        self.categoryList.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.categoryList.setUniformItemSizes(True)

        self.categoryHostLayout.addWidget(self.categoryList)

        self.categoriesChosenLabel = QLabel(self.categoryHost)
        self.categoriesChosenLabel.setObjectName(u"categoriesChosenLabel")
        self.categoriesChosenLabel.setWordWrap(True)

        self.categoryHostLayout.addWidget(self.categoriesChosenLabel)


        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.categoryHost)

        self.factsLabel = QLabel(self.fieldsPanel)
        self.factsLabel.setObjectName(u"factsLabel")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.factsLabel)

        self.factsEdit = QPlainTextEdit(self.fieldsPanel)
        self.factsEdit.setObjectName(u"factsEdit")
        self.factsEdit.setProperty(u"recordedField", u"what_happened")
        self.factsEdit.setMinimumSize(QSize(0, 90))
        self.factsEdit.setMaximumSize(QSize(16777215, 120))
        self.factsEdit.setTabChangesFocus(True)

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.factsEdit)

        self.wordsLabel = QLabel(self.fieldsPanel)
        self.wordsLabel.setObjectName(u"wordsLabel")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.wordsLabel)

        self.wordsEdit = QPlainTextEdit(self.fieldsPanel)
        self.wordsEdit.setObjectName(u"wordsEdit")
        self.wordsEdit.setProperty(u"recordedField", u"childs_words")
        self.wordsEdit.setMinimumSize(QSize(0, 60))
        self.wordsEdit.setMaximumSize(QSize(16777215, 80))
        self.wordsEdit.setTabChangesFocus(True)

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.wordsEdit)

        self.opinionLabel = QLabel(self.fieldsPanel)
        self.opinionLabel.setObjectName(u"opinionLabel")

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.opinionLabel)

        self.opinionEdit = QPlainTextEdit(self.fieldsPanel)
        self.opinionEdit.setObjectName(u"opinionEdit")
        self.opinionEdit.setProperty(u"recordedField", u"opinion")
        self.opinionEdit.setMinimumSize(QSize(0, 50))
        self.opinionEdit.setMaximumSize(QSize(16777215, 64))
        self.opinionEdit.setTabChangesFocus(True)

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.opinionEdit)

        self.presentLabel = QLabel(self.fieldsPanel)
        self.presentLabel.setObjectName(u"presentLabel")

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.presentLabel)

        self.presentEdit = QLineEdit(self.fieldsPanel)
        self.presentEdit.setObjectName(u"presentEdit")
        self.presentEdit.setProperty(u"recordedField", u"present")
        self.presentEdit.setMaxLength(2000)

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.presentEdit)

        self.actionLabel = QLabel(self.fieldsPanel)
        self.actionLabel.setObjectName(u"actionLabel")

        self.fieldsLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.actionLabel)

        self.actionEdit = QPlainTextEdit(self.fieldsPanel)
        self.actionEdit.setObjectName(u"actionEdit")
        self.actionEdit.setProperty(u"recordedField", u"action_taken")
        self.actionEdit.setMinimumSize(QSize(0, 50))
        self.actionEdit.setMaximumSize(QSize(16777215, 64))
        self.actionEdit.setTabChangesFocus(True)

        self.fieldsLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.actionEdit)

        self.sharedLabel = QLabel(self.fieldsPanel)
        self.sharedLabel.setObjectName(u"sharedLabel")

        self.fieldsLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.sharedLabel)

        self.sharedEdit = QLineEdit(self.fieldsPanel)
        self.sharedEdit.setObjectName(u"sharedEdit")
        self.sharedEdit.setProperty(u"recordedField", u"shared_with")
        self.sharedEdit.setMaxLength(2000)

        self.fieldsLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.sharedEdit)

        self.othersLabel = QLabel(self.fieldsPanel)
        self.othersLabel.setObjectName(u"othersLabel")

        self.fieldsLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.othersLabel)

        self.othersHost = QWidget(self.fieldsPanel)
        self.othersHost.setObjectName(u"othersHost")
        self.othersHostLayout = QVBoxLayout(self.othersHost)
        self.othersHostLayout.setObjectName(u"othersHostLayout")
        self.othersHostLayout.setContentsMargins(0, 0, 0, 0)

        self.fieldsLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.othersHost)

        self.urgentLabel = QLabel(self.fieldsPanel)
        self.urgentLabel.setObjectName(u"urgentLabel")

        self.fieldsLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.urgentLabel)

        self.urgentCheck = QCheckBox(self.fieldsPanel)
        self.urgentCheck.setObjectName(u"urgentCheck")

        self.fieldsLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.urgentCheck)


        self.fieldsPanelLayout.addLayout(self.fieldsLayout)

        self.fieldsScroll.setWidget(self.fieldsPanel)
        self.columnsSplitter.addWidget(self.fieldsScroll)
        self.bodyMapGroup = QGroupBox(self.columnsSplitter)
        self.bodyMapGroup.setObjectName(u"bodyMapGroup")
        self.bodyMapLayout = QVBoxLayout(self.bodyMapGroup)
        self.bodyMapLayout.setObjectName(u"bodyMapLayout")
        self.bodyMapLayout.setContentsMargins(4, -1, 4, 4)
        self.columnsSplitter.addWidget(self.bodyMapGroup)

        self.formPageLayout.addWidget(self.columnsSplitter)

        self.promptFrame = QFrame(self.formPage)
        self.promptFrame.setObjectName(u"promptFrame")
        self.promptFrame.setFrameShape(QFrame.StyledPanel)
        self.promptLayout = QVBoxLayout(self.promptFrame)
        self.promptLayout.setObjectName(u"promptLayout")
        self.promptLayout.setContentsMargins(-1, 4, -1, 4)
        self.promptTitle = QLabel(self.promptFrame)
        self.promptTitle.setObjectName(u"promptTitle")
        self.promptTitle.setWordWrap(True)

        self.promptLayout.addWidget(self.promptTitle)

        self.promptList = QLabel(self.promptFrame)
        self.promptList.setObjectName(u"promptList")
        self.promptList.setTextFormat(Qt.PlainText)
        self.promptList.setWordWrap(True)

        self.promptLayout.addWidget(self.promptList)


        self.formPageLayout.addWidget(self.promptFrame)

        self.problemLabel = QLabel(self.formPage)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setStyleSheet(u"color: #a4262c;")
        self.problemLabel.setTextFormat(Qt.PlainText)
        self.problemLabel.setWordWrap(True)

        self.formPageLayout.addWidget(self.problemLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.draftStatusLabel = QLabel(self.formPage)
        self.draftStatusLabel.setObjectName(u"draftStatusLabel")

        self.buttonsLayout.addWidget(self.draftStatusLabel)

        self.buttonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.discardButton = QPushButton(self.formPage)
        self.discardButton.setObjectName(u"discardButton")
        self.discardButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.discardButton)

        self.closeButton = QPushButton(self.formPage)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.closeButton)

        self.submitButton = QPushButton(self.formPage)
        self.submitButton.setObjectName(u"submitButton")
        self.submitButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.submitButton)


        self.formPageLayout.addLayout(self.buttonsLayout)

        self.pages.addWidget(self.formPage)
        self.sentPage = QWidget()
        self.sentPage.setObjectName(u"sentPage")
        self.sentPageLayout = QVBoxLayout(self.sentPage)
        self.sentPageLayout.setObjectName(u"sentPageLayout")
        self.sentTitle = QLabel(self.sentPage)
        self.sentTitle.setObjectName(u"sentTitle")
        self.sentTitle.setFont(font)

        self.sentPageLayout.addWidget(self.sentTitle)

        self.sentLabel = QLabel(self.sentPage)
        self.sentLabel.setObjectName(u"sentLabel")
        self.sentLabel.setTextFormat(Qt.PlainText)
        self.sentLabel.setWordWrap(True)
        self.sentLabel.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.sentPageLayout.addWidget(self.sentLabel)

        self.dangerLabel = QLabel(self.sentPage)
        self.dangerLabel.setObjectName(u"dangerLabel")
        self.dangerLabel.setWordWrap(True)

        self.sentPageLayout.addWidget(self.dangerLabel)

        self.sentButtonsLayout = QHBoxLayout()
        self.sentButtonsLayout.setObjectName(u"sentButtonsLayout")
        self.anotherButton = QPushButton(self.sentPage)
        self.anotherButton.setObjectName(u"anotherButton")

        self.sentButtonsLayout.addWidget(self.anotherButton)

        self.doneButton = QPushButton(self.sentPage)
        self.doneButton.setObjectName(u"doneButton")

        self.sentButtonsLayout.addWidget(self.doneButton)

        self.sentButtonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sentButtonsLayout.addItem(self.sentButtonsSpacer)


        self.sentPageLayout.addLayout(self.sentButtonsLayout)

        self.sentPageSpacer = QSpacerItem(10, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sentPageLayout.addItem(self.sentPageSpacer)

        self.pages.addWidget(self.sentPage)

        self.pageLayout.addWidget(self.pages)

#if QT_CONFIG(shortcut)
        self.whenLabel.setBuddy(self.whenChoice)
        self.whereLabel.setBuddy(self.whereEdit)
        self.categoryLabel.setBuddy(self.categoryList)
        self.factsLabel.setBuddy(self.factsEdit)
        self.wordsLabel.setBuddy(self.wordsEdit)
        self.opinionLabel.setBuddy(self.opinionEdit)
        self.presentLabel.setBuddy(self.presentEdit)
        self.actionLabel.setBuddy(self.actionEdit)
        self.sharedLabel.setBuddy(self.sharedEdit)
        self.urgentLabel.setBuddy(self.urgentCheck)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.resumeButton, self.whereEdit)
        QWidget.setTabOrder(self.whereEdit, self.factsEdit)
        QWidget.setTabOrder(self.factsEdit, self.wordsEdit)
        QWidget.setTabOrder(self.wordsEdit, self.opinionEdit)
        QWidget.setTabOrder(self.opinionEdit, self.presentEdit)
        QWidget.setTabOrder(self.presentEdit, self.actionEdit)
        QWidget.setTabOrder(self.actionEdit, self.sharedEdit)
        QWidget.setTabOrder(self.sharedEdit, self.urgentCheck)
        QWidget.setTabOrder(self.urgentCheck, self.submitButton)
        QWidget.setTabOrder(self.submitButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.discardButton)
        QWidget.setTabOrder(self.discardButton, self.anotherButton)
        QWidget.setTabOrder(self.anotherButton, self.doneButton)

        self.retranslateUi(ConcernForm)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ConcernForm)
    # setupUi

    def retranslateUi(self, ConcernForm):
#if QT_CONFIG(accessibility)
        ConcernForm.setAccessibleName(QCoreApplication.translate("ConcernForm", u"Record a concern", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("ConcernForm", u"Record a concern", None))
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("ConcernForm", u"How to record a concern", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("ConcernForm", u"Write what you saw and heard, as soon as you can. Use full names and roles. Your words are saved as a private draft as you type, and only the safeguarding team and you can read what you send.", None))
#if QT_CONFIG(accessibility)
        self.draftOfferFrame.setAccessibleName(QCoreApplication.translate("ConcernForm", u"An unfinished record", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.draftOfferLabel.setAccessibleName(QCoreApplication.translate("ConcernForm", u"Unfinished record", None))
#endif // QT_CONFIG(accessibility)
        self.draftOfferLabel.setText("")
#if QT_CONFIG(accessibility)
        self.resumeButton.setAccessibleName(QCoreApplication.translate("ConcernForm", u"Continue the unfinished record", None))
#endif // QT_CONFIG(accessibility)
        self.resumeButton.setText(QCoreApplication.translate("ConcernForm", u"Continue it", None))
        self.pupilLabel.setText(QCoreApplication.translate("ConcernForm", u"P&upils this is about", None))
        self.whenLabel.setText(QCoreApplication.translate("ConcernForm", u"&When it happened", None))
#if QT_CONFIG(accessibility)
        self.whenChoice.setAccessibleName(QCoreApplication.translate("ConcernForm", u"When it happened", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.whenChoice.setAccessibleDescription(QCoreApplication.translate("ConcernForm", u"Nothing is chosen until you choose: just now, earlier today, yesterday or another day, then the time.", None))
#endif // QT_CONFIG(accessibility)
        self.whenChoice.setPlaceholderText(QCoreApplication.translate("ConcernForm", u"Choose when\u2026", None))
#if QT_CONFIG(accessibility)
        self.whenDateEdit.setAccessibleName(QCoreApplication.translate("ConcernForm", u"The day it happened", None))
#endif // QT_CONFIG(accessibility)
        self.whenDateEdit.setPlaceholderText(QCoreApplication.translate("ConcernForm", u"day/month, e.g. 3/11", None))
#if QT_CONFIG(accessibility)
        self.whenTimeEdit.setAccessibleName(QCoreApplication.translate("ConcernForm", u"The time it happened", None))
#endif // QT_CONFIG(accessibility)
        self.whenTimeEdit.setPlaceholderText(QCoreApplication.translate("ConcernForm", u"time, e.g. 9:05", None))
#if QT_CONFIG(accessibility)
        self.whenSummary.setAccessibleName(QCoreApplication.translate("ConcernForm", u"When it happened, as it will be recorded", None))
#endif // QT_CONFIG(accessibility)
        self.whenSummary.setText("")
        self.whereLabel.setText(QCoreApplication.translate("ConcernForm", u"Wher&e", None))
#if QT_CONFIG(accessibility)
        self.whereEdit.setAccessibleName(QCoreApplication.translate("ConcernForm", u"Where it happened", None))
#endif // QT_CONFIG(accessibility)
        self.whereEdit.setPlaceholderText(QCoreApplication.translate("ConcernForm", u"e.g. Year 3 classroom, the playground", None))
        self.categoryLabel.setText(QCoreApplication.translate("ConcernForm", u"&Category", None))
#if QT_CONFIG(accessibility)
        self.categoryList.setAccessibleName(QCoreApplication.translate("ConcernForm", u"Categories of concern", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.categoryList.setAccessibleDescription(QCoreApplication.translate("ConcernForm", u"Type a first letter to go to a category; Space ticks or unticks it. Tick every one that applies; the first ticked is the main one.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.categoriesChosenLabel.setAccessibleName(QCoreApplication.translate("ConcernForm", u"Categories chosen", None))
#endif // QT_CONFIG(accessibility)
        self.categoriesChosenLabel.setText("")
        self.factsLabel.setText(QCoreApplication.translate("ConcernForm", u"What you &saw or heard", None))
#if QT_CONFIG(accessibility)
        self.factsEdit.setAccessibleName(QCoreApplication.translate("ConcernForm", u"What you saw or heard: facts only", None))
#endif // QT_CONFIG(accessibility)
        self.factsEdit.setPlaceholderText(QCoreApplication.translate("ConcernForm", u"Facts only: what you saw, heard and did, in the order it happened. Write \"I (your name, role)\".", None))
        self.wordsLabel.setText(QCoreApplication.translate("ConcernForm", u"The child's &own words", None))
#if QT_CONFIG(accessibility)
        self.wordsEdit.setAccessibleName(QCoreApplication.translate("ConcernForm", u"The child's own words, exactly as said", None))
#endif // QT_CONFIG(accessibility)
        self.wordsEdit.setPlaceholderText(QCoreApplication.translate("ConcernForm", u"Exactly as said, not tidied or translated; include what you asked, if anything.", None))
        self.opinionLabel.setText(QCoreApplication.translate("ConcernForm", u"Your opi&nion", None))
#if QT_CONFIG(accessibility)
        self.opinionEdit.setAccessibleName(QCoreApplication.translate("ConcernForm", u"Your opinion, kept apart from the facts", None))
#endif // QT_CONFIG(accessibility)
        self.opinionEdit.setPlaceholderText(QCoreApplication.translate("ConcernForm", u"Optional: what you think, kept apart from the facts.", None))
        self.presentLabel.setText(QCoreApplication.translate("ConcernForm", u"Who else was &present", None))
#if QT_CONFIG(accessibility)
        self.presentEdit.setAccessibleName(QCoreApplication.translate("ConcernForm", u"Who else was present", None))
#endif // QT_CONFIG(accessibility)
        self.presentEdit.setPlaceholderText(QCoreApplication.translate("ConcernForm", u"Full names and roles", None))
        self.actionLabel.setText(QCoreApplication.translate("ConcernForm", u"Act&ion already taken", None))
#if QT_CONFIG(accessibility)
        self.actionEdit.setAccessibleName(QCoreApplication.translate("ConcernForm", u"Action already taken", None))
#endif // QT_CONFIG(accessibility)
        self.actionEdit.setPlaceholderText(QCoreApplication.translate("ConcernForm", u"e.g. first aid given, told the designated lead in person", None))
        self.sharedLabel.setText(QCoreApplication.translate("ConcernForm", u"Who it was shared with", None))
#if QT_CONFIG(accessibility)
        self.sharedEdit.setAccessibleName(QCoreApplication.translate("ConcernForm", u"Who it was shared with", None))
#endif // QT_CONFIG(accessibility)
        self.sharedEdit.setPlaceholderText(QCoreApplication.translate("ConcernForm", u"Full names and roles, e.g. the designated lead, a parent", None))
        self.othersLabel.setText(QCoreApplication.translate("ConcernForm", u"Other chil&dren involved", None))
        self.urgentLabel.setText(QCoreApplication.translate("ConcernForm", u"Urgent", None))
#if QT_CONFIG(accessibility)
        self.urgentCheck.setAccessibleName(QCoreApplication.translate("ConcernForm", u"Urgent: a designated lead must see this now", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.urgentCheck.setToolTip(QCoreApplication.translate("ConcernForm", u"Puts this concern at the top of every designated lead's queue and alerts every lead signed in. Your name is shown with it.", None))
#endif // QT_CONFIG(tooltip)
        self.urgentCheck.setText(QCoreApplication.translate("ConcernForm", u"Urgen&t: alert every designated lead now", None))
#if QT_CONFIG(accessibility)
        self.bodyMapGroup.setAccessibleName(QCoreApplication.translate("ConcernForm", u"Body map", None))
#endif // QT_CONFIG(accessibility)
        self.bodyMapGroup.setTitle(QCoreApplication.translate("ConcernForm", u"Body map (Alt+B): only for a mark or injury you saw", None))
#if QT_CONFIG(accessibility)
        self.promptFrame.setAccessibleName(QCoreApplication.translate("ConcernForm", u"Things to check before you send", None))
#endif // QT_CONFIG(accessibility)
        self.promptTitle.setText(QCoreApplication.translate("ConcernForm", u"Worth checking before you send (you can still send as it is):", None))
#if QT_CONFIG(accessibility)
        self.promptList.setAccessibleName(QCoreApplication.translate("ConcernForm", u"Things to check", None))
#endif // QT_CONFIG(accessibility)
        self.promptList.setText("")
#if QT_CONFIG(accessibility)
        self.problemLabel.setAccessibleName(QCoreApplication.translate("ConcernForm", u"Why it cannot be sent yet", None))
#endif // QT_CONFIG(accessibility)
        self.problemLabel.setText("")
#if QT_CONFIG(accessibility)
        self.draftStatusLabel.setAccessibleName(QCoreApplication.translate("ConcernForm", u"Draft status", None))
#endif // QT_CONFIG(accessibility)
        self.draftStatusLabel.setText("")
#if QT_CONFIG(accessibility)
        self.discardButton.setAccessibleName(QCoreApplication.translate("ConcernForm", u"Discard this draft", None))
#endif // QT_CONFIG(accessibility)
        self.discardButton.setText(QCoreApplication.translate("ConcernForm", u"Discard\u2026", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("ConcernForm", u"Save the draft and close the form", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("ConcernForm", u"Save dra&ft and close", None))
#if QT_CONFIG(accessibility)
        self.submitButton.setAccessibleName(QCoreApplication.translate("ConcernForm", u"Send to the safeguarding team", None))
#endif // QT_CONFIG(accessibility)
        self.submitButton.setText(QCoreApplication.translate("ConcernForm", u"Send to the safe&guarding team", None))
        self.sentTitle.setText(QCoreApplication.translate("ConcernForm", u"Sent to the safeguarding team", None))
#if QT_CONFIG(accessibility)
        self.sentLabel.setAccessibleName(QCoreApplication.translate("ConcernForm", u"What happens next", None))
#endif // QT_CONFIG(accessibility)
        self.sentLabel.setText("")
        self.dangerLabel.setText(QCoreApplication.translate("ConcernForm", u"If a child is in immediate danger, tell a designated lead in person now, or call 999.", None))
#if QT_CONFIG(accessibility)
        self.anotherButton.setAccessibleName(QCoreApplication.translate("ConcernForm", u"Record another concern", None))
#endif // QT_CONFIG(accessibility)
        self.anotherButton.setText(QCoreApplication.translate("ConcernForm", u"Record &another concern", None))
#if QT_CONFIG(accessibility)
        self.doneButton.setAccessibleName(QCoreApplication.translate("ConcernForm", u"Done: back to my concerns", None))
#endif // QT_CONFIG(accessibility)
        self.doneButton.setText(QCoreApplication.translate("ConcernForm", u"&Done", None))
    # retranslateUi

