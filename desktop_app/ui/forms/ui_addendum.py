# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'addendum.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QPlainTextEdit, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_AddendumDialog(object):
    def setupUi(self, AddendumDialog):
        if not AddendumDialog.objectName():
            AddendumDialog.setObjectName(u"AddendumDialog")
        AddendumDialog.resize(560, 380)
        self.dialogLayout = QVBoxLayout(AddendumDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.aboutLabel = QLabel(AddendumDialog)
        self.aboutLabel.setObjectName(u"aboutLabel")
        font = QFont()
        font.setBold(True)
        self.aboutLabel.setFont(font)
        self.aboutLabel.setText(u"")
        self.aboutLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.aboutLabel)

        self.explainLabel = QLabel(AddendumDialog)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.explainLabel)

        self.textRow = QHBoxLayout()
        self.textRow.setObjectName(u"textRow")
        self.textLabel = QLabel(AddendumDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.textRow.addWidget(self.textLabel)

        self.textRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.textRow.addItem(self.textRowSpacer)

        self.marksButton = QPushButton(AddendumDialog)
        self.marksButton.setObjectName(u"marksButton")
        self.marksButton.setCheckable(True)

        self.textRow.addWidget(self.marksButton)


        self.dialogLayout.addLayout(self.textRow)

        self.textEdit = QPlainTextEdit(AddendumDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.dialogLayout.addWidget(self.textEdit)

        self.marksHolder = QWidget(AddendumDialog)
        self.marksHolder.setObjectName(u"marksHolder")
        self.marksLayout = QVBoxLayout(self.marksHolder)
        self.marksLayout.setObjectName(u"marksLayout")
        self.marksLayout.setContentsMargins(0, 0, 0, 0)

        self.dialogLayout.addWidget(self.marksHolder)

        self.errorLabel = QLabel(AddendumDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #a4262c; font-weight: bold;")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(AddendumDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.dialogLayout.addWidget(self.busyBar)

        self.buttonBox = QDialogButtonBox(AddendumDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.textLabel.setBuddy(self.textEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.textEdit, self.marksButton)
        QWidget.setTabOrder(self.marksButton, self.buttonBox)

        self.retranslateUi(AddendumDialog)

        QMetaObject.connectSlotsByName(AddendumDialog)
    # setupUi

    def retranslateUi(self, AddendumDialog):
        AddendumDialog.setWindowTitle(QCoreApplication.translate("AddendumDialog", u"Add an addendum", None))
#if QT_CONFIG(accessibility)
        AddendumDialog.setAccessibleName(QCoreApplication.translate("AddendumDialog", u"Add an addendum", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.aboutLabel.setAccessibleName(QCoreApplication.translate("AddendumDialog", u"The concern this adds to", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.explainLabel.setAccessibleName(QCoreApplication.translate("AddendumDialog", u"About addenda", None))
#endif // QT_CONFIG(accessibility)
        self.explainLabel.setText(QCoreApplication.translate("AddendumDialog", u"An addendum adds to or corrects what you wrote. The original is kept as it was, and the safeguarding team sees both.", None))
        self.textLabel.setText(QCoreApplication.translate("AddendumDialog", u"Adden&dum", None))
#if QT_CONFIG(accessibility)
        self.marksButton.setAccessibleName(QCoreApplication.translate("AddendumDialog", u"Add marks noticed later", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.marksButton.setToolTip(QCoreApplication.translate("AddendumDialog", u"Show a body map to place marks you noticed after you recorded the concern.", None))
#endif // QT_CONFIG(tooltip)
        self.marksButton.setText(QCoreApplication.translate("AddendumDialog", u"Add marks &noticed later\u2026", None))
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleName(QCoreApplication.translate("AddendumDialog", u"Addendum text", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.marksHolder.setAccessibleName(QCoreApplication.translate("AddendumDialog", u"Body map for marks noticed later", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("AddendumDialog", u"Problem saving", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("AddendumDialog", u"Saving", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("AddendumDialog", u"Save or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

