# Generated from forms/file_volume.ui by scripts/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'file_volume.ui'
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
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_FileVolumeDialog(object):
    def setupUi(self, FileVolumeDialog):
        if not FileVolumeDialog.objectName():
            FileVolumeDialog.setObjectName(u"FileVolumeDialog")
        FileVolumeDialog.resize(640, 520)
        self.layout = QVBoxLayout(FileVolumeDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.carriersCaption = QLabel(FileVolumeDialog)
        self.carriersCaption.setObjectName(u"carriersCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.carriersCaption)

        self.carriers = QLabel(FileVolumeDialog)
        self.carriers.setObjectName(u"carriers")
        self.carriers.setWordWrap(True)
        self.carriers.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.carriers)

        self.volumeFilterCaption = QLabel(FileVolumeDialog)
        self.volumeFilterCaption.setObjectName(u"volumeFilterCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.volumeFilterCaption)

        self.volumeFilter = QLineEdit(FileVolumeDialog)
        self.volumeFilter.setObjectName(u"volumeFilter")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.volumeFilter)

        self.volumeCaption = QLabel(FileVolumeDialog)
        self.volumeCaption.setObjectName(u"volumeCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.volumeCaption)

        self.volume = QListWidget(FileVolumeDialog)
        self.volume.setObjectName(u"volume")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.volume)

        self.volumeButtons = QHBoxLayout()
        self.volumeButtons.setObjectName(u"volumeButtons")
        self.volumeHint = QLabel(FileVolumeDialog)
        self.volumeHint.setObjectName(u"volumeHint")
        self.volumeHint.setWordWrap(True)
        self.volumeHint.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.volumeButtons.addWidget(self.volumeHint)

        self.newVolumeButton = QPushButton(FileVolumeDialog)
        self.newVolumeButton.setObjectName(u"newVolumeButton")
        self.newVolumeButton.setAutoDefault(False)

        self.volumeButtons.addWidget(self.newVolumeButton)

        self.volumeButtons.setStretch(0, 1)

        self.form.setLayout(3, QFormLayout.ItemRole.SpanningRole, self.volumeButtons)

        self.noteCaption = QLabel(FileVolumeDialog)
        self.noteCaption.setObjectName(u"noteCaption")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.noteCaption)

        self.note = QLineEdit(FileVolumeDialog)
        self.note.setObjectName(u"note")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.note)


        self.layout.addLayout(self.form)

        self.messageLabel = QLabel(FileVolumeDialog)
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

        self.okButton = QPushButton(FileVolumeDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttons.addWidget(self.okButton)

        self.cancelButton = QPushButton(FileVolumeDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.volumeFilterCaption.setBuddy(self.volumeFilter)
        self.volumeCaption.setBuddy(self.volume)
        self.noteCaption.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.volumeFilter, self.volume)
        QWidget.setTabOrder(self.volume, self.newVolumeButton)
        QWidget.setTabOrder(self.newVolumeButton, self.note)
        QWidget.setTabOrder(self.note, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(FileVolumeDialog)

        self.okButton.setDefault(True)

    # setupUi

    def retranslateUi(self, FileVolumeDialog):
        FileVolumeDialog.setWindowTitle(QCoreApplication.translate("FileVolumeDialog", u"\u5f52\u6863\u5230\u6848\u5377", None))
        self.carriersCaption.setText(QCoreApplication.translate("FileVolumeDialog", u"\u8981\u5f52\u6863\u7684\u8f7d\u4f53\uff1a", None))
        self.volumeFilterCaption.setText(QCoreApplication.translate("FileVolumeDialog", u"\u67e5\u627e\u6848\u5377(&F)\uff1a", None))
        self.volumeFilter.setPlaceholderText(QCoreApplication.translate("FileVolumeDialog", u"\u6848\u5377\u53f7\u6216\u9898\u540d\u4e2d\u7684\u5b57", None))
        self.volumeCaption.setText(QCoreApplication.translate("FileVolumeDialog", u"\u6848\u5377(&V)\uff1a", None))
        self.newVolumeButton.setText(QCoreApplication.translate("FileVolumeDialog", u"\u65b0\u5efa\u6848\u5377(&N)\u2026", None))
        self.noteCaption.setText(QCoreApplication.translate("FileVolumeDialog", u"\u5907\u6ce8\uff1a", None))
        self.okButton.setText(QCoreApplication.translate("FileVolumeDialog", u"\u5f52\u6863(&O)", None))
        self.cancelButton.setText(QCoreApplication.translate("FileVolumeDialog", u"\u53d6\u6d88", None))
    # retranslateUi

