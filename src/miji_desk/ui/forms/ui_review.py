# Generated from forms/review.ui by scripts/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review.ui'
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

class Ui_ReviewDialog(object):
    def setupUi(self, ReviewDialog):
        if not ReviewDialog.objectName():
            ReviewDialog.setObjectName(u"ReviewDialog")
        ReviewDialog.resize(520, 320)
        self.layout = QVBoxLayout(ReviewDialog)
        self.layout.setObjectName(u"layout")
        self.personLabel = QLabel(ReviewDialog)
        self.personLabel.setObjectName(u"personLabel")
        self.personLabel.setStyleSheet(u"font-weight: bold;")
        self.personLabel.setWordWrap(True)
        self.personLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.personLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.reviewed_onCaption = QLabel(ReviewDialog)
        self.reviewed_onCaption.setObjectName(u"reviewed_onCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reviewed_onCaption)

        self.reviewed_on = QDateEdit(ReviewDialog)
        self.reviewed_on.setObjectName(u"reviewed_on")
        self.reviewed_on.setCalendarPopup(True)
        self.reviewed_on.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reviewed_on)

        self.passedCaption = QLabel(ReviewDialog)
        self.passedCaption.setObjectName(u"passedCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passedCaption)

        self.passed = QComboBox(ReviewDialog)
        self.passed.setObjectName(u"passed")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passed)

        self.reviewerCaption = QLabel(ReviewDialog)
        self.reviewerCaption.setObjectName(u"reviewerCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reviewerCaption)

        self.reviewer = QLineEdit(ReviewDialog)
        self.reviewer.setObjectName(u"reviewer")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reviewer)

        self.noteCaption = QLabel(ReviewDialog)
        self.noteCaption.setObjectName(u"noteCaption")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.noteCaption)

        self.note = QLineEdit(ReviewDialog)
        self.note.setObjectName(u"note")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.note)


        self.layout.addLayout(self.form)

        self.hint = QLabel(ReviewDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.layout.addWidget(self.hint)

        self.messageLabel = QLabel(ReviewDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.messageLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonStretch)

        self.okButton = QPushButton(ReviewDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttons.addWidget(self.okButton)

        self.cancelButton = QPushButton(ReviewDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.reviewed_onCaption.setBuddy(self.reviewed_on)
        self.passedCaption.setBuddy(self.passed)
        self.reviewerCaption.setBuddy(self.reviewer)
        self.noteCaption.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reviewed_on, self.passed)
        QWidget.setTabOrder(self.passed, self.reviewer)
        QWidget.setTabOrder(self.reviewer, self.note)
        QWidget.setTabOrder(self.note, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(ReviewDialog)

        self.okButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ReviewDialog):
        ReviewDialog.setWindowTitle(QCoreApplication.translate("ReviewDialog", u"\u767b\u8bb0\u5ba1\u67e5", None))
        self.reviewed_onCaption.setText(QCoreApplication.translate("ReviewDialog", u"\u5ba1\u67e5\u65e5\u671f(&D)\uff1a", None))
        self.passedCaption.setText(QCoreApplication.translate("ReviewDialog", u"\u5ba1\u67e5\u7ed3\u8bba(&R)\uff1a", None))
        self.reviewerCaption.setText(QCoreApplication.translate("ReviewDialog", u"\u5ba1\u67e5\u4eba(&V)\uff1a", None))
        self.noteCaption.setText(QCoreApplication.translate("ReviewDialog", u"\u5907\u6ce8(&N)\uff1a", None))
        self.hint.setText(QCoreApplication.translate("ReviewDialog", u"\u6d89\u5bc6\u4eba\u5458\u4e0a\u5c97\u524d\u8981\u7ecf\u8fc7\u5ba1\u67e5\uff0c\u5728\u5c97\u671f\u95f4\u5b9a\u671f\u590d\u5ba1\uff08\u7bc7\u4e03 \u7b2c\u4e03\u6761\uff09\u3002", None))
        self.okButton.setText(QCoreApplication.translate("ReviewDialog", u"\u767b\u8bb0(&O)", None))
        self.cancelButton.setText(QCoreApplication.translate("ReviewDialog", u"\u53d6\u6d88", None))
    # retranslateUi

