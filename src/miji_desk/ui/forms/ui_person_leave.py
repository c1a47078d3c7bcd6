# Generated from forms/person_leave.ui by scripts/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_leave.ui'
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
from PySide6.QtWidgets import (QApplication, QDateEdit, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PersonLeaveDialog(object):
    def setupUi(self, PersonLeaveDialog):
        if not PersonLeaveDialog.objectName():
            PersonLeaveDialog.setObjectName(u"PersonLeaveDialog")
        PersonLeaveDialog.resize(560, 340)
        self.layout = QVBoxLayout(PersonLeaveDialog)
        self.layout.setObjectName(u"layout")
        self.personLabel = QLabel(PersonLeaveDialog)
        self.personLabel.setObjectName(u"personLabel")
        self.personLabel.setStyleSheet(u"font-weight: bold;")
        self.personLabel.setWordWrap(True)
        self.personLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.personLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.leftOnCaption = QLabel(PersonLeaveDialog)
        self.leftOnCaption.setObjectName(u"leftOnCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.leftOnCaption)

        self.left_on = QDateEdit(PersonLeaveDialog)
        self.left_on.setObjectName(u"left_on")
        self.left_on.setCalendarPopup(True)
        self.left_on.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.left_on)

        self.reasonCaption = QLabel(PersonLeaveDialog)
        self.reasonCaption.setObjectName(u"reasonCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonCaption)

        self.reason = QLineEdit(PersonLeaveDialog)
        self.reason.setObjectName(u"reason")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reason)


        self.layout.addLayout(self.form)

        self.hint = QLabel(PersonLeaveDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.layout.addWidget(self.hint)

        self.messageLabel = QLabel(PersonLeaveDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.messageLabel)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.stretch)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.printHoldingsButton = QPushButton(PersonLeaveDialog)
        self.printHoldingsButton.setObjectName(u"printHoldingsButton")
        self.printHoldingsButton.setAutoDefault(False)

        self.buttons.addWidget(self.printHoldingsButton)

        self.buttonStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonStretch)

        self.okButton = QPushButton(PersonLeaveDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttons.addWidget(self.okButton)

        self.cancelButton = QPushButton(PersonLeaveDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.leftOnCaption.setBuddy(self.left_on)
        self.reasonCaption.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.left_on, self.reason)
        QWidget.setTabOrder(self.reason, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.printHoldingsButton)

        self.retranslateUi(PersonLeaveDialog)

        self.okButton.setDefault(True)

    # setupUi

    def retranslateUi(self, PersonLeaveDialog):
        PersonLeaveDialog.setWindowTitle(QCoreApplication.translate("PersonLeaveDialog", u"\u767b\u8bb0\u79bb\u5c97", None))
        self.leftOnCaption.setText(QCoreApplication.translate("PersonLeaveDialog", u"\u79bb\u5c97\u65e5\u671f(&D)\uff1a", None))
        self.reasonCaption.setText(QCoreApplication.translate("PersonLeaveDialog", u"\u79bb\u5c97\u539f\u56e0(&R)\uff1a", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("PersonLeaveDialog", u"\u8c03\u79bb\u3001\u79bb\u804c\u3001\u9000\u4f11\u2026\u2026", None))
        self.hint.setText(QCoreApplication.translate("PersonLeaveDialog", u"\u79bb\u5c97\u524d\uff0c\u672c\u4eba\u6301\u6709\u7684\u6d89\u5bc6\u8f7d\u4f53\u5fc5\u987b\u5168\u90e8\u4ea4\u56de\uff08\u7bc7\u4e09 \u4e8c\u5341\u4e94\uff09\u3002", None))
        self.printHoldingsButton.setText(QCoreApplication.translate("PersonLeaveDialog", u"\u6253\u5370\u6301\u6709\u6e05\u5355(&H)\u2026", None))
        self.okButton.setText(QCoreApplication.translate("PersonLeaveDialog", u"\u767b\u8bb0\u79bb\u5c97(&O)", None))
        self.cancelButton.setText(QCoreApplication.translate("PersonLeaveDialog", u"\u53d6\u6d88", None))
    # retranslateUi

