# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_link_children.ui'
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
    QFormLayout, QLabel, QProgressBar, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_LeadLinkChildrenDialog(object):
    def setupUi(self, LeadLinkChildrenDialog):
        if not LeadLinkChildrenDialog.objectName():
            LeadLinkChildrenDialog.setObjectName(u"LeadLinkChildrenDialog")
        LeadLinkChildrenDialog.resize(560, 460)
        LeadLinkChildrenDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(LeadLinkChildrenDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.aboutLabel = QLabel(LeadLinkChildrenDialog)
        self.aboutLabel.setObjectName(u"aboutLabel")
        self.aboutLabel.setText(u"")
        self.aboutLabel.setWordWrap(True)
        self.aboutLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.aboutLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.finderLayout = QVBoxLayout()
        self.finderLayout.setObjectName(u"finderLayout")
        self.finderLayout.setContentsMargins(0, 0, 0, 0)

        self.formLayout.setLayout(0, QFormLayout.ItemRole.SpanningRole, self.finderLayout)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(LeadLinkChildrenDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #8c1d18;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(LeadLinkChildrenDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.dialogLayout.addWidget(self.busyBar)

        self.buttonBox = QDialogButtonBox(LeadLinkChildrenDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(LeadLinkChildrenDialog)

        QMetaObject.connectSlotsByName(LeadLinkChildrenDialog)
    # setupUi

    def retranslateUi(self, LeadLinkChildrenDialog):
        LeadLinkChildrenDialog.setWindowTitle(QCoreApplication.translate("LeadLinkChildrenDialog", u"Link children as one household", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("LeadLinkChildrenDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("LeadLinkChildrenDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

