# Generated from forms/correction.ui by scripts/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'correction.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_CorrectionDialog(object):
    def setupUi(self, CorrectionDialog):
        if not CorrectionDialog.objectName():
            CorrectionDialog.setObjectName(u"CorrectionDialog")
        CorrectionDialog.resize(520, 360)
        self.layout = QVBoxLayout(CorrectionDialog)
        self.layout.setObjectName(u"layout")
        self.carrierLabel = QLabel(CorrectionDialog)
        self.carrierLabel.setObjectName(u"carrierLabel")
        self.carrierLabel.setWordWrap(True)

        self.layout.addWidget(self.carrierLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.fieldCaption = QLabel(CorrectionDialog)
        self.fieldCaption.setObjectName(u"fieldCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fieldCaption)

        self.fieldCombo = QComboBox(CorrectionDialog)
        self.fieldCombo.setObjectName(u"fieldCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fieldCombo)

        self.currentCaption = QLabel(CorrectionDialog)
        self.currentCaption.setObjectName(u"currentCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.currentCaption)

        self.currentValue = QLabel(CorrectionDialog)
        self.currentValue.setObjectName(u"currentValue")
        self.currentValue.setWordWrap(True)
        self.currentValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.currentValue)

        self.newCaption = QLabel(CorrectionDialog)
        self.newCaption.setObjectName(u"newCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.newCaption)

        self.newValue = QLineEdit(CorrectionDialog)
        self.newValue.setObjectName(u"newValue")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.newValue)

        self.reasonCaption = QLabel(CorrectionDialog)
        self.reasonCaption.setObjectName(u"reasonCaption")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reasonCaption)

        self.reason = QLineEdit(CorrectionDialog)
        self.reason.setObjectName(u"reason")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reason)


        self.layout.addLayout(self.form)

        self.hint = QLabel(CorrectionDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.layout.addWidget(self.hint)

        self.error = QLabel(CorrectionDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b00020;")
        self.error.setWordWrap(True)

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(CorrectionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.fieldCaption.setBuddy(self.fieldCombo)
        self.newCaption.setBuddy(self.newValue)
        self.reasonCaption.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fieldCombo, self.newValue)
        QWidget.setTabOrder(self.newValue, self.reason)

        self.retranslateUi(CorrectionDialog)
    # setupUi

    def retranslateUi(self, CorrectionDialog):
        CorrectionDialog.setWindowTitle(QCoreApplication.translate("CorrectionDialog", u"\u66f4\u6b63\u767b\u8bb0\u5185\u5bb9", None))
        self.fieldCaption.setText(QCoreApplication.translate("CorrectionDialog", u"\u66f4\u6b63\u9879\u76ee\uff1a", None))
        self.currentCaption.setText(QCoreApplication.translate("CorrectionDialog", u"\u73b0\u5728\u7684\u503c\uff1a", None))
        self.newCaption.setText(QCoreApplication.translate("CorrectionDialog", u"\u66f4\u6b63\u4e3a\uff1a", None))
        self.reasonCaption.setText(QCoreApplication.translate("CorrectionDialog", u"\u66f4\u6b63\u7406\u7531\uff1a", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("CorrectionDialog", u"\u4f8b\u5982\uff1a\u767b\u8bb0\u65f6\u5f55\u5165\u9519\u8bef\uff0c\u6309\u539f\u4ef6\u66f4\u6b63", None))
        self.hint.setText(QCoreApplication.translate("CorrectionDialog", u"\u539f\u6765\u7684\u503c\u4e0d\u4f1a\u88ab\u5220\u9664\uff1a\u66f4\u6b63\u8bb0\u5165\u8f7d\u4f53\u7684\u7ecf\u5386\uff0c\u539f\u503c\u548c\u65b0\u503c\u90fd\u4fdd\u7559\u3002", None))
    # retranslateUi

