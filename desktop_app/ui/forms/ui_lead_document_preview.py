# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_document_preview.ui'
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
    QLabel, QPlainTextEdit, QScrollArea, QSizePolicy,
    QStackedWidget, QVBoxLayout, QWidget)

class Ui_LeadDocumentPreviewDialog(object):
    def setupUi(self, LeadDocumentPreviewDialog):
        if not LeadDocumentPreviewDialog.objectName():
            LeadDocumentPreviewDialog.setObjectName(u"LeadDocumentPreviewDialog")
        LeadDocumentPreviewDialog.resize(760, 640)
        LeadDocumentPreviewDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(LeadDocumentPreviewDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.aboutLabel = QLabel(LeadDocumentPreviewDialog)
        self.aboutLabel.setObjectName(u"aboutLabel")
        self.aboutLabel.setText(u"")
        self.aboutLabel.setWordWrap(True)
        self.aboutLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.aboutLabel)

        self.stack = QStackedWidget(LeadDocumentPreviewDialog)
        self.stack.setObjectName(u"stack")
        self.pagesArea = QScrollArea()
        self.pagesArea.setObjectName(u"pagesArea")
        self.pagesArea.setWidgetResizable(True)
        self.pagesWidget = QWidget()
        self.pagesWidget.setObjectName(u"pagesWidget")
        self.pagesLayout = QVBoxLayout(self.pagesWidget)
        self.pagesLayout.setObjectName(u"pagesLayout")
        self.pagesArea.setWidget(self.pagesWidget)
        self.stack.addWidget(self.pagesArea)
        self.textView = QPlainTextEdit()
        self.textView.setObjectName(u"textView")
        self.textView.setReadOnly(True)
        self.stack.addWidget(self.textView)

        self.dialogLayout.addWidget(self.stack)

        self.noticeLabel = QLabel(LeadDocumentPreviewDialog)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setText(u"")
        self.noticeLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.noticeLabel)

        self.buttonBox = QDialogButtonBox(LeadDocumentPreviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(LeadDocumentPreviewDialog)

        QMetaObject.connectSlotsByName(LeadDocumentPreviewDialog)
    # setupUi

    def retranslateUi(self, LeadDocumentPreviewDialog):
        LeadDocumentPreviewDialog.setWindowTitle(QCoreApplication.translate("LeadDocumentPreviewDialog", u"Document", None))
#if QT_CONFIG(accessibility)
        self.pagesArea.setAccessibleName(QCoreApplication.translate("LeadDocumentPreviewDialog", u"Pages of the document", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.textView.setAccessibleName(QCoreApplication.translate("LeadDocumentPreviewDialog", u"Text of the document", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

