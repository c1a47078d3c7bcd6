# Generated from forms/person_correction.ui by scripts/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_correction.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PersonCorrectionDialog(object):
    def setupUi(self, PersonCorrectionDialog):
        if not PersonCorrectionDialog.objectName():
            PersonCorrectionDialog.setObjectName(u"PersonCorrectionDialog")
        PersonCorrectionDialog.resize(520, 320)
        self.layout = QVBoxLayout(PersonCorrectionDialog)
        self.layout.setObjectName(u"layout")
        self.personLabel = QLabel(PersonCorrectionDialog)
        self.personLabel.setObjectName(u"personLabel")
        self.personLabel.setStyleSheet(u"font-weight: bold;")
        self.personLabel.setWordWrap(True)
        self.personLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.personLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.fieldCaption = QLabel(PersonCorrectionDialog)
        self.fieldCaption.setObjectName(u"fieldCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fieldCaption)

        self.fieldCombo = QComboBox(PersonCorrectionDialog)
        self.fieldCombo.setObjectName(u"fieldCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fieldCombo)

        self.currentCaption = QLabel(PersonCorrectionDialog)
        self.currentCaption.setObjectName(u"currentCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.currentCaption)

        self.currentValue = QLabel(PersonCorrectionDialog)
        self.currentValue.setObjectName(u"currentValue")
        self.currentValue.setWordWrap(True)
        self.currentValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.currentValue)

        self.newCaption = QLabel(PersonCorrectionDialog)
        self.newCaption.setObjectName(u"newCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.newCaption)

        self.newValueBox = QWidget(PersonCorrectionDialog)
        self.newValueBox.setObjectName(u"newValueBox")
        self.newValueRow = QHBoxLayout(self.newValueBox)
        self.newValueRow.setObjectName(u"newValueRow")
        self.newValueRow.setContentsMargins(0, 0, 0, 0)
        self.newValue = QLineEdit(self.newValueBox)
        self.newValue.setObjectName(u"newValue")

        self.newValueRow.addWidget(self.newValue)

        self.newGrade = QComboBox(self.newValueBox)
        self.newGrade.setObjectName(u"newGrade")

        self.newValueRow.addWidget(self.newGrade)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.newValueBox)

        self.reasonCaption = QLabel(PersonCorrectionDialog)
        self.reasonCaption.setObjectName(u"reasonCaption")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reasonCaption)

        self.reason = QLineEdit(PersonCorrectionDialog)
        self.reason.setObjectName(u"reason")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reason)

        self.proposerCaption = QLabel(PersonCorrectionDialog)
        self.proposerCaption.setObjectName(u"proposerCaption")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.proposerCaption)

        self.proposer = QLineEdit(PersonCorrectionDialog)
        self.proposer.setObjectName(u"proposer")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.proposer)

        self.approverCaption = QLabel(PersonCorrectionDialog)
        self.approverCaption.setObjectName(u"approverCaption")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.approverCaption)

        self.approver = QLineEdit(PersonCorrectionDialog)
        self.approver.setObjectName(u"approver")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.approver)


        self.layout.addLayout(self.form)

        self.hint = QLabel(PersonCorrectionDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.layout.addWidget(self.hint)

        self.messageLabel = QLabel(PersonCorrectionDialog)
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

        self.saveButton = QPushButton(PersonCorrectionDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)

        self.cancelButton = QPushButton(PersonCorrectionDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.fieldCaption.setBuddy(self.fieldCombo)
        self.newCaption.setBuddy(self.newValue)
        self.reasonCaption.setBuddy(self.reason)
        self.proposerCaption.setBuddy(self.proposer)
        self.approverCaption.setBuddy(self.approver)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fieldCombo, self.newValue)
        QWidget.setTabOrder(self.newValue, self.newGrade)
        QWidget.setTabOrder(self.newGrade, self.reason)
        QWidget.setTabOrder(self.reason, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(PersonCorrectionDialog)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, PersonCorrectionDialog):
        PersonCorrectionDialog.setWindowTitle(QCoreApplication.translate("PersonCorrectionDialog", u"\u66f4\u6b63\u4eba\u5458\u4fe1\u606f", None))
        self.fieldCaption.setText(QCoreApplication.translate("PersonCorrectionDialog", u"\u66f4\u6b63\u9879\u76ee(&F)\uff1a", None))
        self.currentCaption.setText(QCoreApplication.translate("PersonCorrectionDialog", u"\u73b0\u5728\u7684\u503c\uff1a", None))
        self.newCaption.setText(QCoreApplication.translate("PersonCorrectionDialog", u"\u66f4\u6b63\u4e3a(&V)\uff1a", None))
        self.reasonCaption.setText(QCoreApplication.translate("PersonCorrectionDialog", u"\u66f4\u6b63\u7406\u7531(&R)\uff1a", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("PersonCorrectionDialog", u"\u4f8b\u5982\uff1a\u767b\u8bb0\u65f6\u5f55\u5165\u9519\u8bef\uff1b\u5c97\u4f4d\u8c03\u6574", None))
        self.proposerCaption.setText(QCoreApplication.translate("PersonCorrectionDialog", u"\u63d0\u8bae\u4eba(&P)\uff1a", None))
        self.proposer.setPlaceholderText(QCoreApplication.translate("PersonCorrectionDialog", u"\u6d89\u5bc6\u7b49\u7ea7\u8c03\u6574\u7531\u8c01\u63d0\u51fa\uff0c\u5982 \u4eba\u4e8b\u5904", None))
        self.approverCaption.setText(QCoreApplication.translate("PersonCorrectionDialog", u"\u6279\u51c6\u9886\u5bfc(&A)\uff1a", None))
        self.approver.setPlaceholderText(QCoreApplication.translate("PersonCorrectionDialog", u"\u6279\u51c6\u8c03\u6574\u7684\u9886\u5bfc\uff08\u4e0d\u80fd\u662f\u673a\u8981\u5458\u672c\u4eba\uff09", None))
        self.hint.setText(QCoreApplication.translate("PersonCorrectionDialog", u"\u539f\u6765\u7684\u503c\u4e0d\u4f1a\u88ab\u5220\u9664\uff1a\u66f4\u6b63\u8bb0\u5165\u4eba\u5458\u7684\u7ecf\u5386\u3002\u8bc1\u4ef6\u6761\u7801\u4e0d\u80fd\u66f4\u6539\u3002", None))
        self.saveButton.setText(QCoreApplication.translate("PersonCorrectionDialog", u"\u4fdd\u5b58\u66f4\u6b63(&S)", None))
        self.cancelButton.setText(QCoreApplication.translate("PersonCorrectionDialog", u"\u53d6\u6d88", None))
    # retranslateUi

