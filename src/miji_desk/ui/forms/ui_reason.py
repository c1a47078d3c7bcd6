# Generated from forms/reason.ui by scripts/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reason.ui'
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
    QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ReasonDialog(object):
    def setupUi(self, ReasonDialog):
        if not ReasonDialog.objectName():
            ReasonDialog.setObjectName(u"ReasonDialog")
        ReasonDialog.resize(560, 340)
        self.layout = QVBoxLayout(ReasonDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.carriersCaption = QLabel(ReasonDialog)
        self.carriersCaption.setObjectName(u"carriersCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.carriersCaption)

        self.carriers = QLabel(ReasonDialog)
        self.carriers.setObjectName(u"carriers")
        self.carriers.setWordWrap(True)
        self.carriers.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.carriers)

        self.reasonCaption = QLabel(ReasonDialog)
        self.reasonCaption.setObjectName(u"reasonCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonCaption)

        self.reason = QPlainTextEdit(ReasonDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setMaximumSize(QSize(16777215, 60))
        self.reason.setTabChangesFocus(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reason)

        self.locationCaption = QLabel(ReasonDialog)
        self.locationCaption.setObjectName(u"locationCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.locationCaption)

        self.location = QComboBox(ReasonDialog)
        self.location.setObjectName(u"location")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.location)


        self.layout.addLayout(self.form)

        self.hintLabel = QLabel(ReasonDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.hintLabel)

        self.messageLabel = QLabel(ReasonDialog)
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

        self.okButton = QPushButton(ReasonDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttons.addWidget(self.okButton)

        self.cancelButton = QPushButton(ReasonDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.reasonCaption.setBuddy(self.reason)
        self.locationCaption.setBuddy(self.location)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reason, self.location)
        QWidget.setTabOrder(self.location, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(ReasonDialog)

        self.okButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ReasonDialog):
        ReasonDialog.setWindowTitle(QCoreApplication.translate("ReasonDialog", u"\u8bf4\u660e\u539f\u56e0", None))
        self.carriersCaption.setText(QCoreApplication.translate("ReasonDialog", u"\u8f7d\u4f53\uff1a", None))
        self.reasonCaption.setText(QCoreApplication.translate("ReasonDialog", u"\u539f\u56e0(&R)\uff1a", None))
        self.locationCaption.setText(QCoreApplication.translate("ReasonDialog", u"\u5b58\u653e\u4f4d\u7f6e(&L)\uff1a", None))
        self.okButton.setText(QCoreApplication.translate("ReasonDialog", u"\u786e\u5b9a(&O)", None))
        self.cancelButton.setText(QCoreApplication.translate("ReasonDialog", u"\u53d6\u6d88", None))
    # retranslateUi

