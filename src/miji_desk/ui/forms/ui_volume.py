# Generated from forms/volume.ui by scripts/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'volume.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_VolumeDialog(object):
    def setupUi(self, VolumeDialog):
        if not VolumeDialog.objectName():
            VolumeDialog.setObjectName(u"VolumeDialog")
        VolumeDialog.resize(560, 400)
        self.layout = QVBoxLayout(VolumeDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.numberCaption = QLabel(VolumeDialog)
        self.numberCaption.setObjectName(u"numberCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberCaption)

        self.number = QLineEdit(VolumeDialog)
        self.number.setObjectName(u"number")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.number)

        self.yearCaption = QLabel(VolumeDialog)
        self.yearCaption.setObjectName(u"yearCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.yearCaption)

        self.year = QSpinBox(VolumeDialog)
        self.year.setObjectName(u"year")
        self.year.setMinimum(1949)
        self.year.setMaximum(2200)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.year)

        self.titleCaption = QLabel(VolumeDialog)
        self.titleCaption.setObjectName(u"titleCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleCaption)

        self.title = QLineEdit(VolumeDialog)
        self.title.setObjectName(u"title")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.title)

        self.retentionCaption = QLabel(VolumeDialog)
        self.retentionCaption.setObjectName(u"retentionCaption")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.retentionCaption)

        self.retention = QComboBox(VolumeDialog)
        self.retention.setObjectName(u"retention")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.retention)

        self.locationCaption = QLabel(VolumeDialog)
        self.locationCaption.setObjectName(u"locationCaption")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.locationCaption)

        self.location = QComboBox(VolumeDialog)
        self.location.setObjectName(u"location")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.location)

        self.top_secret = QCheckBox(VolumeDialog)
        self.top_secret.setObjectName(u"top_secret")
        self.top_secret.setChecked(False)

        self.form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.top_secret)

        self.notesCaption = QLabel(VolumeDialog)
        self.notesCaption.setObjectName(u"notesCaption")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notesCaption)

        self.notes = QLineEdit(VolumeDialog)
        self.notes.setObjectName(u"notes")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notes)


        self.layout.addLayout(self.form)

        self.messageLabel = QLabel(VolumeDialog)
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

        self.okButton = QPushButton(VolumeDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttons.addWidget(self.okButton)

        self.cancelButton = QPushButton(VolumeDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.numberCaption.setBuddy(self.number)
        self.yearCaption.setBuddy(self.year)
        self.titleCaption.setBuddy(self.title)
        self.retentionCaption.setBuddy(self.retention)
        self.locationCaption.setBuddy(self.location)
        self.notesCaption.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.number, self.year)
        QWidget.setTabOrder(self.year, self.title)
        QWidget.setTabOrder(self.title, self.retention)
        QWidget.setTabOrder(self.retention, self.location)
        QWidget.setTabOrder(self.location, self.top_secret)
        QWidget.setTabOrder(self.top_secret, self.notes)
        QWidget.setTabOrder(self.notes, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(VolumeDialog)

        self.okButton.setDefault(True)

    # setupUi

    def retranslateUi(self, VolumeDialog):
        VolumeDialog.setWindowTitle(QCoreApplication.translate("VolumeDialog", u"\u65b0\u5efa\u6848\u5377", None))
        self.numberCaption.setText(QCoreApplication.translate("VolumeDialog", u"\u6848\u5377\u53f7(&N)\uff1a", None))
        self.number.setPlaceholderText(QCoreApplication.translate("VolumeDialog", u"\u7559\u7a7a\u81ea\u52a8\u7f16\u53f7\uff0c\u5982 2026-\u5377-0001", None))
        self.yearCaption.setText(QCoreApplication.translate("VolumeDialog", u"\u5e74\u5ea6(&Y)\uff1a", None))
        self.titleCaption.setText(QCoreApplication.translate("VolumeDialog", u"\u6848\u5377\u9898\u540d(&T)\uff1a", None))
        self.retentionCaption.setText(QCoreApplication.translate("VolumeDialog", u"\u4fdd\u7ba1\u671f\u9650(&K)\uff1a", None))
        self.locationCaption.setText(QCoreApplication.translate("VolumeDialog", u"\u5b58\u653e\u4f4d\u7f6e(&L)\uff1a", None))
        self.top_secret.setText(QCoreApplication.translate("VolumeDialog", u"\u7edd\u5bc6\u4e13\u5377\uff1a\u53ea\u5f52\u5165\u7edd\u5bc6\u7ea7\u8f7d\u4f53(&J)", None))
        self.notesCaption.setText(QCoreApplication.translate("VolumeDialog", u"\u5907\u6ce8\uff1a", None))
        self.okButton.setText(QCoreApplication.translate("VolumeDialog", u"\u5efa\u7acb\u6848\u5377(&O)", None))
        self.cancelButton.setText(QCoreApplication.translate("VolumeDialog", u"\u53d6\u6d88", None))
    # retranslateUi

