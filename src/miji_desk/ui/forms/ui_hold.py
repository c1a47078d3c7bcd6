# Generated from forms/hold.ui by scripts/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hold.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_HoldDialog(object):
    def setupUi(self, HoldDialog):
        if not HoldDialog.objectName():
            HoldDialog.setObjectName(u"HoldDialog")
        HoldDialog.resize(560, 380)
        self.layout = QVBoxLayout(HoldDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.carriersCaption = QLabel(HoldDialog)
        self.carriersCaption.setObjectName(u"carriersCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.carriersCaption)

        self.carriers = QLabel(HoldDialog)
        self.carriers.setObjectName(u"carriers")
        self.carriers.setWordWrap(True)
        self.carriers.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.carriers)

        self.reasonCaption = QLabel(HoldDialog)
        self.reasonCaption.setObjectName(u"reasonCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonCaption)

        self.reason = QPlainTextEdit(HoldDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setMaximumSize(QSize(16777215, 60))
        self.reason.setTabChangesFocus(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reason)

        self.referenceCaption = QLabel(HoldDialog)
        self.referenceCaption.setObjectName(u"referenceCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.referenceCaption)

        self.reference = QLineEdit(HoldDialog)
        self.reference.setObjectName(u"reference")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reference)


        self.layout.addLayout(self.form)

        self.hintLabel = QLabel(HoldDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.hintLabel)

        self.messageLabel = QLabel(HoldDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.messageLabel)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.stretch)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonStretch)

        self.okButton = QPushButton(HoldDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttons.addWidget(self.okButton)

        self.cancelButton = QPushButton(HoldDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.reasonCaption.setBuddy(self.reason)
        self.referenceCaption.setBuddy(self.reference)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reason, self.reference)
        QWidget.setTabOrder(self.reference, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(HoldDialog)

        self.okButton.setDefault(True)

    # setupUi

    def retranslateUi(self, HoldDialog):
        HoldDialog.setWindowTitle(QCoreApplication.translate("HoldDialog", u"\u51bb\u7ed3\u8f7d\u4f53", None))
        self.carriersCaption.setText(QCoreApplication.translate("HoldDialog", u"\u8f7d\u4f53\uff1a", None))
        self.reasonCaption.setText(QCoreApplication.translate("HoldDialog", u"\u51bb\u7ed3\u539f\u56e0(&R)\uff1a", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("HoldDialog", u"\u4f8b\u5982\uff1a\u914d\u5408\u5931\u6cc4\u5bc6\u4e8b\u4ef6\u8c03\u67e5", None))
        self.referenceCaption.setText(QCoreApplication.translate("HoldDialog", u"\u51bb\u7ed3\u4f9d\u636e(&F)\uff1a", None))
        self.reference.setPlaceholderText(QCoreApplication.translate("HoldDialog", u"\u8c03\u67e5\u901a\u77e5\u3001\u51fd\u4ef6\u7f16\u53f7\uff08\u5982\u6709\uff09", None))
        self.okButton.setText(QCoreApplication.translate("HoldDialog", u"\u51bb\u7ed3(&O)", None))
        self.cancelButton.setText(QCoreApplication.translate("HoldDialog", u"\u53d6\u6d88", None))
    # retranslateUi

