# Generated from forms/training.ui by scripts/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'training.ui'
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
from PySide6.QtWidgets import (QApplication, QDateEdit, QDialog, QDoubleSpinBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_TrainingDialog(object):
    def setupUi(self, TrainingDialog):
        if not TrainingDialog.objectName():
            TrainingDialog.setObjectName(u"TrainingDialog")
        TrainingDialog.resize(560, 460)
        self.layout = QVBoxLayout(TrainingDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.held_onCaption = QLabel(TrainingDialog)
        self.held_onCaption.setObjectName(u"held_onCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.held_onCaption)

        self.held_on = QDateEdit(TrainingDialog)
        self.held_on.setObjectName(u"held_on")
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.held_on)

        self.topicCaption = QLabel(TrainingDialog)
        self.topicCaption.setObjectName(u"topicCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.topicCaption)

        self.topic = QLineEdit(TrainingDialog)
        self.topic.setObjectName(u"topic")
        self.topic.setMaxLength(200)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.topic)

        self.hoursCaption = QLabel(TrainingDialog)
        self.hoursCaption.setObjectName(u"hoursCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.hoursCaption)

        self.hours = QDoubleSpinBox(TrainingDialog)
        self.hours.setObjectName(u"hours")
        self.hours.setDecimals(1)
        self.hours.setMinimum(0.500000000000000)
        self.hours.setMaximum(24.000000000000000)
        self.hours.setSingleStep(0.500000000000000)
        self.hours.setValue(2.000000000000000)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.hours)

        self.peopleCaption = QLabel(TrainingDialog)
        self.peopleCaption.setObjectName(u"peopleCaption")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.peopleCaption)

        self.people = QListWidget(TrainingDialog)
        self.people.setObjectName(u"people")
        self.people.setMinimumSize(QSize(0, 160))

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.people)


        self.layout.addLayout(self.form)

        self.hint = QLabel(TrainingDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.layout.addWidget(self.hint)

        self.messageLabel = QLabel(TrainingDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.messageLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonStretch)

        self.okButton = QPushButton(TrainingDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttons.addWidget(self.okButton)

        self.cancelButton = QPushButton(TrainingDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.held_onCaption.setBuddy(self.held_on)
        self.topicCaption.setBuddy(self.topic)
        self.hoursCaption.setBuddy(self.hours)
        self.peopleCaption.setBuddy(self.people)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.held_on, self.topic)
        QWidget.setTabOrder(self.topic, self.hours)
        QWidget.setTabOrder(self.hours, self.people)
        QWidget.setTabOrder(self.people, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(TrainingDialog)

        self.okButton.setDefault(True)

    # setupUi

    def retranslateUi(self, TrainingDialog):
        TrainingDialog.setWindowTitle(QCoreApplication.translate("TrainingDialog", u"\u767b\u8bb0\u57f9\u8bad", None))
        self.held_onCaption.setText(QCoreApplication.translate("TrainingDialog", u"\u57f9\u8bad\u65e5\u671f(&D)\uff1a", None))
        self.topicCaption.setText(QCoreApplication.translate("TrainingDialog", u"\u57f9\u8bad\u5185\u5bb9(&T)\uff1a", None))
        self.topic.setPlaceholderText(QCoreApplication.translate("TrainingDialog", u"\u4f8b\u5982\uff1a\u4fdd\u5bc6\u6cd5\u5f8b\u6cd5\u89c4\u5b66\u4e60", None))
        self.hoursCaption.setText(QCoreApplication.translate("TrainingDialog", u"\u5b66\u65f6(&H)\uff1a", None))
        self.peopleCaption.setText(QCoreApplication.translate("TrainingDialog", u"\u53c2\u52a0\u4eba\u5458(&P)\uff1a", None))
        self.hint.setText(QCoreApplication.translate("TrainingDialog", u"\u6bcf\u540d\u5728\u5c97\u6d89\u5bc6\u4eba\u5458\u6bcf\u5e74\u81f3\u5c11\u53c2\u52a0\u4e00\u6b21\u4fdd\u5bc6\u6559\u80b2\u57f9\u8bad\uff08\u7bc7\u4e03 \u7b2c\u4e5d\u6761\uff1b\u7bc7\u5341\u4e8c \u4e09\uff09\u3002", None))
        self.okButton.setText(QCoreApplication.translate("TrainingDialog", u"\u767b\u8bb0(&O)", None))
        self.cancelButton.setText(QCoreApplication.translate("TrainingDialog", u"\u53d6\u6d88", None))
    # retranslateUi

