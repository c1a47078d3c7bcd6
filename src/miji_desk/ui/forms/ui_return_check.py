# Generated from forms/return_check.ui by scripts/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'return_check.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_ReturnCheckDialog(object):
    def setupUi(self, ReturnCheckDialog):
        if not ReturnCheckDialog.objectName():
            ReturnCheckDialog.setObjectName(u"ReturnCheckDialog")
        ReturnCheckDialog.resize(560, 380)
        self.layout = QVBoxLayout(ReturnCheckDialog)
        self.layout.setObjectName(u"layout")
        self.carrierLabel = QLabel(ReturnCheckDialog)
        self.carrierLabel.setObjectName(u"carrierLabel")
        self.carrierLabel.setStyleSheet(u"font-weight: bold;")
        self.carrierLabel.setWordWrap(True)
        self.carrierLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.carrierLabel)

        self.holderLabel = QLabel(ReturnCheckDialog)
        self.holderLabel.setObjectName(u"holderLabel")
        self.holderLabel.setWordWrap(True)
        self.holderLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.holderLabel)

        self.registeredLabel = QLabel(ReturnCheckDialog)
        self.registeredLabel.setObjectName(u"registeredLabel")
        self.registeredLabel.setWordWrap(True)
        self.registeredLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.registeredLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.checkCaption = QLabel(ReturnCheckDialog)
        self.checkCaption.setObjectName(u"checkCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.checkCaption)

        self.pages_complete = QCheckBox(ReturnCheckDialog)
        self.pages_complete.setObjectName(u"pages_complete")
        self.pages_complete.setChecked(False)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pages_complete)

        self.attachments_complete = QCheckBox(ReturnCheckDialog)
        self.attachments_complete.setObjectName(u"attachments_complete")
        self.attachments_complete.setChecked(False)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.attachments_complete)

        self.countedCaption = QLabel(ReturnCheckDialog)
        self.countedCaption.setObjectName(u"countedCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.countedCaption)

        self.pages_counted = QSpinBox(ReturnCheckDialog)
        self.pages_counted.setObjectName(u"pages_counted")
        self.pages_counted.setMinimum(-1)
        self.pages_counted.setMaximum(100000)
        self.pages_counted.setValue(-1)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pages_counted)

        self.noteCaption = QLabel(ReturnCheckDialog)
        self.noteCaption.setObjectName(u"noteCaption")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.noteCaption)

        self.note = QLineEdit(ReturnCheckDialog)
        self.note.setObjectName(u"note")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.note)


        self.layout.addLayout(self.form)

        self.shortfallLabel = QLabel(ReturnCheckDialog)
        self.shortfallLabel.setObjectName(u"shortfallLabel")
        self.shortfallLabel.setStyleSheet(u"color: #b71c1c; font-weight: bold;")
        self.shortfallLabel.setWordWrap(True)

        self.layout.addWidget(self.shortfallLabel)

        self.messageLabel = QLabel(ReturnCheckDialog)
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

        self.okButton = QPushButton(ReturnCheckDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttons.addWidget(self.okButton)

        self.cancelButton = QPushButton(ReturnCheckDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.countedCaption.setBuddy(self.pages_counted)
        self.noteCaption.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.okButton, self.pages_complete)
        QWidget.setTabOrder(self.pages_complete, self.attachments_complete)
        QWidget.setTabOrder(self.attachments_complete, self.pages_counted)
        QWidget.setTabOrder(self.pages_counted, self.note)
        QWidget.setTabOrder(self.note, self.cancelButton)

        self.retranslateUi(ReturnCheckDialog)

        self.okButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ReturnCheckDialog):
        ReturnCheckDialog.setWindowTitle(QCoreApplication.translate("ReturnCheckDialog", u"\u5f52\u8fd8\u6e05\u70b9", None))
        self.checkCaption.setText(QCoreApplication.translate("ReturnCheckDialog", u"\u6e05\u70b9\u7ed3\u679c\uff1a", None))
        self.pages_complete.setText(QCoreApplication.translate("ReturnCheckDialog", u"\u9875\u9762\u5b8c\u6574(&P)", None))
        self.attachments_complete.setText(QCoreApplication.translate("ReturnCheckDialog", u"\u9644\u4ef6\u5b8c\u6574(&A)", None))
        self.countedCaption.setText(QCoreApplication.translate("ReturnCheckDialog", u"\u6e05\u70b9\u9875\u6570(&C)\uff1a", None))
        self.pages_counted.setSpecialValueText(QCoreApplication.translate("ReturnCheckDialog", u"\u672a\u9010\u9875\u6e05\u70b9", None))
        self.noteCaption.setText(QCoreApplication.translate("ReturnCheckDialog", u"\u60c5\u51b5\u8bf4\u660e(&N)\uff1a", None))
        self.note.setPlaceholderText(QCoreApplication.translate("ReturnCheckDialog", u"\u4e0d\u5168\u65f6\u5199\u660e\u7f3a\u5c11\u4ec0\u4e48\u3001\u600e\u4e48\u53d1\u73b0\u7684", None))
        self.okButton.setText(QCoreApplication.translate("ReturnCheckDialog", u"\u786e\u8ba4\u5f52\u8fd8(&O)", None))
        self.cancelButton.setText(QCoreApplication.translate("ReturnCheckDialog", u"\u53d6\u6d88", None))
    # retranslateUi

