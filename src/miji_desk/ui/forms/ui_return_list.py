# Generated from forms/return_list.ui by scripts/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'return_list.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ReturnListDialog(object):
    def setupUi(self, ReturnListDialog):
        if not ReturnListDialog.objectName():
            ReturnListDialog.setObjectName(u"ReturnListDialog")
        ReturnListDialog.resize(680, 560)
        self.layout = QVBoxLayout(ReturnListDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.carriersCaption = QLabel(ReturnListDialog)
        self.carriersCaption.setObjectName(u"carriersCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.carriersCaption)

        self.carriers = QListWidget(ReturnListDialog)
        self.carriers.setObjectName(u"carriers")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.carriers)

        self.carrierButtons = QHBoxLayout()
        self.carrierButtons.setObjectName(u"carrierButtons")
        self.familyButton = QPushButton(ReturnListDialog)
        self.familyButton.setObjectName(u"familyButton")
        self.familyButton.setAutoDefault(False)

        self.carrierButtons.addWidget(self.familyButton)

        self.removeButton = QPushButton(ReturnListDialog)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setAutoDefault(False)

        self.carrierButtons.addWidget(self.removeButton)

        self.carrierStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.carrierButtons.addItem(self.carrierStretch)


        self.form.setLayout(1, QFormLayout.ItemRole.SpanningRole, self.carrierButtons)

        self.recipientCaption = QLabel(ReturnListDialog)
        self.recipientCaption.setObjectName(u"recipientCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.recipientCaption)

        self.recipient = QLineEdit(ReturnListDialog)
        self.recipient.setObjectName(u"recipient")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.recipient)

        self.basisCaption = QLabel(ReturnListDialog)
        self.basisCaption.setObjectName(u"basisCaption")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.basisCaption)

        self.basis = QLineEdit(ReturnListDialog)
        self.basis.setObjectName(u"basis")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.basis)

        self.noteCaption = QLabel(ReturnListDialog)
        self.noteCaption.setObjectName(u"noteCaption")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.noteCaption)

        self.note = QLineEdit(ReturnListDialog)
        self.note.setObjectName(u"note")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.note)


        self.layout.addLayout(self.form)

        self.printAfter = QCheckBox(ReturnListDialog)
        self.printAfter.setObjectName(u"printAfter")
        self.printAfter.setChecked(True)

        self.layout.addWidget(self.printAfter)

        self.messageLabel = QLabel(ReturnListDialog)
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

        self.okButton = QPushButton(ReturnListDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttons.addWidget(self.okButton)

        self.cancelButton = QPushButton(ReturnListDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.carriersCaption.setBuddy(self.carriers)
        self.recipientCaption.setBuddy(self.recipient)
        self.basisCaption.setBuddy(self.basis)
        self.noteCaption.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.carriers, self.familyButton)
        QWidget.setTabOrder(self.familyButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.recipient)
        QWidget.setTabOrder(self.recipient, self.basis)
        QWidget.setTabOrder(self.basis, self.note)
        QWidget.setTabOrder(self.note, self.printAfter)
        QWidget.setTabOrder(self.printAfter, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(ReturnListDialog)

        self.okButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ReturnListDialog):
        ReturnListDialog.setWindowTitle(QCoreApplication.translate("ReturnListDialog", u"\u65b0\u5efa\u6e05\u9000\u5355", None))
        self.carriersCaption.setText(QCoreApplication.translate("ReturnListDialog", u"\u6e05\u9000\u7684\u8f7d\u4f53\uff1a", None))
        self.familyButton.setText(QCoreApplication.translate("ReturnListDialog", u"\u52a0\u5165\u540c\u4e00\u6587\u4ef6\u7684\u5168\u90e8\u4efd\u53ca\u590d\u5236\u4ef6(&F)", None))
        self.removeButton.setText(QCoreApplication.translate("ReturnListDialog", u"\u79fb\u51fa\u9009\u4e2d\u7684(&M)", None))
        self.recipientCaption.setText(QCoreApplication.translate("ReturnListDialog", u"\u9000\u5f80\u673a\u5173(&R)\uff1a", None))
        self.recipient.setPlaceholderText(QCoreApplication.translate("ReturnListDialog", u"\u7559\u7a7a\u5373\u8f7d\u4f53\u7684\u6765\u6587\u673a\u5173", None))
        self.basisCaption.setText(QCoreApplication.translate("ReturnListDialog", u"\u6e05\u9000\u4f9d\u636e(&B)\uff1a", None))
        self.basis.setPlaceholderText(QCoreApplication.translate("ReturnListDialog", u"\u6e05\u9000\u901a\u77e5\u7684\u6587\u53f7", None))
        self.noteCaption.setText(QCoreApplication.translate("ReturnListDialog", u"\u5907\u6ce8\uff1a", None))
        self.printAfter.setText(QCoreApplication.translate("ReturnListDialog", u"\u4fdd\u5b58\u540e\u6253\u5370\u6e05\u9000\u6e05\u5355(&P)", None))
        self.okButton.setText(QCoreApplication.translate("ReturnListDialog", u"\u5efa\u7acb\u6e05\u9000\u5355(&O)", None))
        self.cancelButton.setText(QCoreApplication.translate("ReturnListDialog", u"\u53d6\u6d88", None))
    # retranslateUi

