# Generated from forms/return_confirm.ui by scripts/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'return_confirm.ui'
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
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ReturnConfirmDialog(object):
    def setupUi(self, ReturnConfirmDialog):
        if not ReturnConfirmDialog.objectName():
            ReturnConfirmDialog.setObjectName(u"ReturnConfirmDialog")
        ReturnConfirmDialog.resize(560, 320)
        self.layout = QVBoxLayout(ReturnConfirmDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.returnListCaption = QLabel(ReturnConfirmDialog)
        self.returnListCaption.setObjectName(u"returnListCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.returnListCaption)

        self.return_list = QLabel(ReturnConfirmDialog)
        self.return_list.setObjectName(u"return_list")
        self.return_list.setWordWrap(True)
        self.return_list.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.return_list.setStyleSheet(u"font-weight: bold;")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.return_list)

        self.handedToCaption = QLabel(ReturnConfirmDialog)
        self.handedToCaption.setObjectName(u"handedToCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.handedToCaption)

        self.handed_to = QLineEdit(ReturnConfirmDialog)
        self.handed_to.setObjectName(u"handed_to")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.handed_to)

        self.noteCaption = QLabel(ReturnConfirmDialog)
        self.noteCaption.setObjectName(u"noteCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteCaption)

        self.note = QLineEdit(ReturnConfirmDialog)
        self.note.setObjectName(u"note")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.note)


        self.layout.addLayout(self.form)

        self.hintLabel = QLabel(ReturnConfirmDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.hintLabel)

        self.messageLabel = QLabel(ReturnConfirmDialog)
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

        self.okButton = QPushButton(ReturnConfirmDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttons.addWidget(self.okButton)

        self.cancelButton = QPushButton(ReturnConfirmDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.handedToCaption.setBuddy(self.handed_to)
        self.noteCaption.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.handed_to, self.note)
        QWidget.setTabOrder(self.note, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(ReturnConfirmDialog)

        self.okButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ReturnConfirmDialog):
        ReturnConfirmDialog.setWindowTitle(QCoreApplication.translate("ReturnConfirmDialog", u"\u786e\u8ba4\u6e05\u9000", None))
        self.returnListCaption.setText(QCoreApplication.translate("ReturnConfirmDialog", u"\u6e05\u9000\u5355\uff1a", None))
        self.handedToCaption.setText(QCoreApplication.translate("ReturnConfirmDialog", u"\u63a5\u6536\u4eba(&H)\uff1a", None))
        self.handed_to.setPlaceholderText(QCoreApplication.translate("ReturnConfirmDialog", u"\u5bf9\u65b9\u7b7e\u6536\u4eba\u7684\u59d3\u540d", None))
        self.noteCaption.setText(QCoreApplication.translate("ReturnConfirmDialog", u"\u5907\u6ce8\uff1a", None))
        self.okButton.setText(QCoreApplication.translate("ReturnConfirmDialog", u"\u786e\u8ba4\u5df2\u6e05\u9000(&O)", None))
        self.cancelButton.setText(QCoreApplication.translate("ReturnConfirmDialog", u"\u53d6\u6d88", None))
    # retranslateUi

