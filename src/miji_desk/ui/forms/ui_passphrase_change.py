# Generated from forms/passphrase_change.ui by scripts/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'passphrase_change.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_PassphraseChangeDialog(object):
    def setupUi(self, PassphraseChangeDialog):
        if not PassphraseChangeDialog.objectName():
            PassphraseChangeDialog.setObjectName(u"PassphraseChangeDialog")
        PassphraseChangeDialog.resize(500, 320)
        self.layout = QVBoxLayout(PassphraseChangeDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.oldCaption = QLabel(PassphraseChangeDialog)
        self.oldCaption.setObjectName(u"oldCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.oldCaption)

        self.oldEdit = QLineEdit(PassphraseChangeDialog)
        self.oldEdit.setObjectName(u"oldEdit")
        self.oldEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.oldEdit)

        self.newCaption = QLabel(PassphraseChangeDialog)
        self.newCaption.setObjectName(u"newCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newCaption)

        self.newEdit = QLineEdit(PassphraseChangeDialog)
        self.newEdit.setObjectName(u"newEdit")
        self.newEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newEdit)

        self.repeatCaption = QLabel(PassphraseChangeDialog)
        self.repeatCaption.setObjectName(u"repeatCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeatCaption)

        self.repeatEdit = QLineEdit(PassphraseChangeDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.layout.addLayout(self.form)

        self.problemsLabel = QLabel(PassphraseChangeDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setWordWrap(True)

        self.layout.addWidget(self.problemsLabel)

        self.hint = QLabel(PassphraseChangeDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.layout.addWidget(self.hint)

        self.error = QLabel(PassphraseChangeDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b00020;")
        self.error.setWordWrap(True)

        self.layout.addWidget(self.error)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.stretch)

        self.buttons = QDialogButtonBox(PassphraseChangeDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.oldCaption.setBuddy(self.oldEdit)
        self.newCaption.setBuddy(self.newEdit)
        self.repeatCaption.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PassphraseChangeDialog)
    # setupUi

    def retranslateUi(self, PassphraseChangeDialog):
        PassphraseChangeDialog.setWindowTitle(QCoreApplication.translate("PassphraseChangeDialog", u"\u66f4\u6539\u53e3\u4ee4", None))
        self.oldCaption.setText(QCoreApplication.translate("PassphraseChangeDialog", u"\u539f\u53e3\u4ee4(&O)\uff1a", None))
        self.newCaption.setText(QCoreApplication.translate("PassphraseChangeDialog", u"\u65b0\u53e3\u4ee4(&N)\uff1a", None))
        self.repeatCaption.setText(QCoreApplication.translate("PassphraseChangeDialog", u"\u518d\u8f93\u5165\u4e00\u6b21(&R)\uff1a", None))
        self.hint.setText(QCoreApplication.translate("PassphraseChangeDialog", u"\u53ea\u6539\u5199\u5bc6\u94a5\u6587\u4ef6\uff0c\u53f0\u8d26\u5185\u5bb9\u4e0d\u53d8\u3002\u5df2\u6709\u7684\u5907\u4efd\u4ecd\u7528\u5236\u4f5c\u65f6\u7684\u53e3\u4ee4\u6253\u5f00\uff0c\u6539\u53e3\u4ee4\u540e\u8bf7\u91cd\u65b0\u5907\u4efd\u3002", None))
    # retranslateUi

