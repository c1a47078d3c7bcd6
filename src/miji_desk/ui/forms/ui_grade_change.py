# Generated from forms/grade_change.ui by scripts/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'grade_change.ui'
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

class Ui_GradeChangeDialog(object):
    def setupUi(self, GradeChangeDialog):
        if not GradeChangeDialog.objectName():
            GradeChangeDialog.setObjectName(u"GradeChangeDialog")
        GradeChangeDialog.resize(560, 360)
        self.layout = QVBoxLayout(GradeChangeDialog)
        self.layout.setObjectName(u"layout")
        self.personLabel = QLabel(GradeChangeDialog)
        self.personLabel.setObjectName(u"personLabel")
        self.personLabel.setStyleSheet(u"font-weight: bold;")
        self.personLabel.setWordWrap(True)
        self.personLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.personLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.gradeCaption = QLabel(GradeChangeDialog)
        self.gradeCaption.setObjectName(u"gradeCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.gradeCaption)

        self.grade = QComboBox(GradeChangeDialog)
        self.grade.setObjectName(u"grade")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.grade)

        self.reasonCaption = QLabel(GradeChangeDialog)
        self.reasonCaption.setObjectName(u"reasonCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonCaption)

        self.reason = QLineEdit(GradeChangeDialog)
        self.reason.setObjectName(u"reason")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reason)

        self.reviewerCaption = QLabel(GradeChangeDialog)
        self.reviewerCaption.setObjectName(u"reviewerCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reviewerCaption)

        self.reviewer = QLineEdit(GradeChangeDialog)
        self.reviewer.setObjectName(u"reviewer")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reviewer)

        self.approverCaption = QLabel(GradeChangeDialog)
        self.approverCaption.setObjectName(u"approverCaption")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.approverCaption)

        self.approver = QLineEdit(GradeChangeDialog)
        self.approver.setObjectName(u"approver")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.approver)

        self.approved_onCaption = QLabel(GradeChangeDialog)
        self.approved_onCaption.setObjectName(u"approved_onCaption")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.approved_onCaption)

        self.approved_on = QDateEdit(GradeChangeDialog)
        self.approved_on.setObjectName(u"approved_on")
        self.approved_on.setCalendarPopup(True)
        self.approved_on.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.approved_on)


        self.layout.addLayout(self.form)

        self.hint = QLabel(GradeChangeDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.layout.addWidget(self.hint)

        self.messageLabel = QLabel(GradeChangeDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.messageLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonStretch)

        self.okButton = QPushButton(GradeChangeDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttons.addWidget(self.okButton)

        self.cancelButton = QPushButton(GradeChangeDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.gradeCaption.setBuddy(self.grade)
        self.reasonCaption.setBuddy(self.reason)
        self.reviewerCaption.setBuddy(self.reviewer)
        self.approverCaption.setBuddy(self.approver)
        self.approved_onCaption.setBuddy(self.approved_on)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.grade, self.reason)
        QWidget.setTabOrder(self.reason, self.reviewer)
        QWidget.setTabOrder(self.reviewer, self.approver)
        QWidget.setTabOrder(self.approver, self.approved_on)
        QWidget.setTabOrder(self.approved_on, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(GradeChangeDialog)

        self.okButton.setDefault(True)

    # setupUi

    def retranslateUi(self, GradeChangeDialog):
        GradeChangeDialog.setWindowTitle(QCoreApplication.translate("GradeChangeDialog", u"\u8c03\u6574\u6d89\u5bc6\u7b49\u7ea7", None))
        self.gradeCaption.setText(QCoreApplication.translate("GradeChangeDialog", u"\u65b0\u7684\u6d89\u5bc6\u7b49\u7ea7(&G)\uff1a", None))
        self.reasonCaption.setText(QCoreApplication.translate("GradeChangeDialog", u"\u8c03\u6574\u7406\u7531(&R)\uff1a", None))
        self.reviewerCaption.setText(QCoreApplication.translate("GradeChangeDialog", u"\u5ba1\u6838\u7684\u90e8\u95e8\u8d1f\u8d23\u4eba(&V)\uff1a", None))
        self.approverCaption.setText(QCoreApplication.translate("GradeChangeDialog", u"\u6279\u51c6\u7684\u5355\u4f4d\u9886\u5bfc(&A)\uff1a", None))
        self.approved_onCaption.setText(QCoreApplication.translate("GradeChangeDialog", u"\u6279\u51c6\u65e5\u671f(&D)\uff1a", None))
        self.hint.setText(QCoreApplication.translate("GradeChangeDialog", u"\u6d89\u5bc6\u7b49\u7ea7\u7684\u8c03\u6574\u987b\u7ecf\u90e8\u95e8\u8d1f\u8d23\u4eba\u5ba1\u6838\u3001\u5355\u4f4d\u9886\u5bfc\u6279\u51c6\uff1b\u5ba1\u6838\u4eba\u3001\u6279\u51c6\u4eba\u90fd\u4e0d\u80fd\u662f\u672c\u4eba\uff0c\u6279\u51c6\u4eba\u4e0d\u80fd\u662f\u4fdd\u5bc6\u5458\uff08\u7bc7\u4e03 \u7b2c\u4e94\u3001\u516d\u6761\uff09\u3002", None))
        self.okButton.setText(QCoreApplication.translate("GradeChangeDialog", u"\u8c03\u6574(&O)", None))
        self.cancelButton.setText(QCoreApplication.translate("GradeChangeDialog", u"\u53d6\u6d88", None))
    # retranslateUi

