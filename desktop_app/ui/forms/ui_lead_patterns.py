# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_patterns.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_LeadPatternsDialog(object):
    def setupUi(self, LeadPatternsDialog):
        if not LeadPatternsDialog.objectName():
            LeadPatternsDialog.setObjectName(u"LeadPatternsDialog")
        LeadPatternsDialog.resize(900, 560)
        self.dialogLayout = QVBoxLayout(LeadPatternsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.summaryLabel = QLabel(LeadPatternsDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.patternsTable = QTableView(LeadPatternsDialog)
        self.patternsTable.setObjectName(u"patternsTable")
        self.patternsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.patternsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.patternsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.patternsTable.setWordWrap(True)
        self.patternsTable.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.patternsTable)

        self.adviceLabel = QLabel(LeadPatternsDialog)
        self.adviceLabel.setObjectName(u"adviceLabel")
        self.adviceLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.adviceLabel)

        self.buttonBox = QDialogButtonBox(LeadPatternsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.dialogLayout.addWidget(self.buttonBox)

        self.dialogLayout.setStretch(1, 1)

        self.retranslateUi(LeadPatternsDialog)

        QMetaObject.connectSlotsByName(LeadPatternsDialog)
    # setupUi

    def retranslateUi(self, LeadPatternsDialog):
        LeadPatternsDialog.setWindowTitle(QCoreApplication.translate("LeadPatternsDialog", u"Patterns across children", None))
        self.summaryLabel.setText("")
#if QT_CONFIG(accessibility)
        self.patternsTable.setAccessibleName(QCoreApplication.translate("LeadPatternsDialog", u"Patterns and the records behind them", None))
#endif // QT_CONFIG(accessibility)
        self.adviceLabel.setText("")
    # retranslateUi

