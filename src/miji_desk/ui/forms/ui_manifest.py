# Generated from forms/manifest.ui by scripts/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'manifest.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ManifestDialog(object):
    def setupUi(self, ManifestDialog):
        if not ManifestDialog.objectName():
            ManifestDialog.setObjectName(u"ManifestDialog")
        ManifestDialog.resize(560, 400)
        self.layout = QVBoxLayout(ManifestDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.numberCaption = QLabel(ManifestDialog)
        self.numberCaption.setObjectName(u"numberCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberCaption)

        self.number = QLabel(ManifestDialog)
        self.number.setObjectName(u"number")
        self.number.setWordWrap(True)
        self.number.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.number)

        self.plannedOnCaption = QLabel(ManifestDialog)
        self.plannedOnCaption.setObjectName(u"plannedOnCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.plannedOnCaption)

        self.planned_on = QDateEdit(ManifestDialog)
        self.planned_on.setObjectName(u"planned_on")
        self.planned_on.setCalendarPopup(True)
        self.planned_on.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.planned_on)

        self.placeCaption = QLabel(ManifestDialog)
        self.placeCaption.setObjectName(u"placeCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeCaption)

        self.place = QLineEdit(ManifestDialog)
        self.place.setObjectName(u"place")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.place)

        self.methodCaption = QLabel(ManifestDialog)
        self.methodCaption.setObjectName(u"methodCaption")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.methodCaption)

        self.method = QComboBox(ManifestDialog)
        self.method.setObjectName(u"method")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.method)

        self.noteCaption = QLabel(ManifestDialog)
        self.noteCaption.setObjectName(u"noteCaption")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.noteCaption)

        self.note = QLineEdit(ManifestDialog)
        self.note.setObjectName(u"note")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.note)

        self.carriersCaption = QLabel(ManifestDialog)
        self.carriersCaption.setObjectName(u"carriersCaption")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.carriersCaption)

        self.carriers = QLabel(ManifestDialog)
        self.carriers.setObjectName(u"carriers")
        self.carriers.setWordWrap(True)
        self.carriers.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.carriers)


        self.layout.addLayout(self.form)

        self.messageLabel = QLabel(ManifestDialog)
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

        self.okButton = QPushButton(ManifestDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttons.addWidget(self.okButton)

        self.cancelButton = QPushButton(ManifestDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.plannedOnCaption.setBuddy(self.planned_on)
        self.placeCaption.setBuddy(self.place)
        self.methodCaption.setBuddy(self.method)
        self.noteCaption.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.planned_on, self.place)
        QWidget.setTabOrder(self.place, self.method)
        QWidget.setTabOrder(self.method, self.note)
        QWidget.setTabOrder(self.note, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(ManifestDialog)

        self.okButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ManifestDialog):
        ManifestDialog.setWindowTitle(QCoreApplication.translate("ManifestDialog", u"\u65b0\u5efa\u9500\u6bc1\u6e05\u5355", None))
        self.numberCaption.setText(QCoreApplication.translate("ManifestDialog", u"\u6e05\u5355\u7f16\u53f7\uff1a", None))
        self.plannedOnCaption.setText(QCoreApplication.translate("ManifestDialog", u"\u9500\u6bc1\u65e5\u671f(&D)\uff1a", None))
        self.placeCaption.setText(QCoreApplication.translate("ManifestDialog", u"\u9500\u6bc1\u5730\u70b9(&P)\uff1a", None))
        self.place.setPlaceholderText(QCoreApplication.translate("ManifestDialog", u"\u4fdd\u5bc6\u90e8\u95e8\u6307\u5b9a\u7684\u9500\u6bc1\u5730\u70b9", None))
        self.methodCaption.setText(QCoreApplication.translate("ManifestDialog", u"\u9500\u6bc1\u65b9\u5f0f(&M)\uff1a", None))
        self.noteCaption.setText(QCoreApplication.translate("ManifestDialog", u"\u5907\u6ce8\uff1a", None))
        self.carriersCaption.setText(QCoreApplication.translate("ManifestDialog", u"\u8f7d\u4f53\uff1a", None))
        self.okButton.setText(QCoreApplication.translate("ManifestDialog", u"\u5efa\u7acb\u6e05\u5355(&O)", None))
        self.cancelButton.setText(QCoreApplication.translate("ManifestDialog", u"\u53d6\u6d88", None))
    # retranslateUi

