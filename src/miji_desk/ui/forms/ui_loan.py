# Generated from forms/loan.ui by scripts/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'loan.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDateEdit, QDateTimeEdit,
    QDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_LoanDialog(object):
    def setupUi(self, LoanDialog):
        if not LoanDialog.objectName():
            LoanDialog.setObjectName(u"LoanDialog")
        LoanDialog.resize(640, 520)
        self.layout = QVBoxLayout(LoanDialog)
        self.layout.setObjectName(u"layout")
        self.carriersLabel = QLabel(LoanDialog)
        self.carriersLabel.setObjectName(u"carriersLabel")
        self.carriersLabel.setWordWrap(True)
        self.carriersLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.carriersLabel)

        self.borrowerLabel = QLabel(LoanDialog)
        self.borrowerLabel.setObjectName(u"borrowerLabel")
        self.borrowerLabel.setWordWrap(True)
        self.borrowerLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.borrowerLabel)

        self.approvalGroup = QGroupBox(LoanDialog)
        self.approvalGroup.setObjectName(u"approvalGroup")
        self.form = QFormLayout(self.approvalGroup)
        self.form.setObjectName(u"form")
        self.approverCaption = QLabel(self.approvalGroup)
        self.approverCaption.setObjectName(u"approverCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.approverCaption)

        self.approver = QLineEdit(self.approvalGroup)
        self.approver.setObjectName(u"approver")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.approver)

        self.approvalRefCaption = QLabel(self.approvalGroup)
        self.approvalRefCaption.setObjectName(u"approvalRefCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.approvalRefCaption)

        self.approval_ref = QLineEdit(self.approvalGroup)
        self.approval_ref.setObjectName(u"approval_ref")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.approval_ref)

        self.approvedOnCaption = QLabel(self.approvalGroup)
        self.approvedOnCaption.setObjectName(u"approvedOnCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.approvedOnCaption)

        self.approved_on = QDateEdit(self.approvalGroup)
        self.approved_on.setObjectName(u"approved_on")
        self.approved_on.setCalendarPopup(True)
        self.approved_on.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.approved_on)

        self.purposeCaption = QLabel(self.approvalGroup)
        self.purposeCaption.setObjectName(u"purposeCaption")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.purposeCaption)

        self.purpose = QLineEdit(self.approvalGroup)
        self.purpose.setObjectName(u"purpose")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.purpose)

        self.placeCaption = QLabel(self.approvalGroup)
        self.placeCaption.setObjectName(u"placeCaption")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.placeCaption)

        self.place = QLineEdit(self.approvalGroup)
        self.place.setObjectName(u"place")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.place)

        self.dueCaption = QLabel(self.approvalGroup)
        self.dueCaption.setObjectName(u"dueCaption")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dueCaption)

        self.due = QWidget(self.approvalGroup)
        self.due.setObjectName(u"due")
        self.dueRow = QHBoxLayout(self.due)
        self.dueRow.setObjectName(u"dueRow")
        self.dueRow.setContentsMargins(0, 0, 0, 0)
        self.dueCustom = QCheckBox(self.due)
        self.dueCustom.setObjectName(u"dueCustom")

        self.dueRow.addWidget(self.dueCustom)

        self.dueEdit = QDateTimeEdit(self.due)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setEnabled(False)
        self.dueEdit.setCalendarPopup(True)
        self.dueEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.dueRow.addWidget(self.dueEdit)

        self.dueDefault = QLabel(self.due)
        self.dueDefault.setObjectName(u"dueDefault")
        self.dueDefault.setWordWrap(True)

        self.dueRow.addWidget(self.dueDefault)


        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.due)


        self.layout.addWidget(self.approvalGroup)

        self.take_out = QGroupBox(LoanDialog)
        self.take_out.setObjectName(u"take_out")
        self.take_out.setCheckable(True)
        self.take_out.setChecked(False)
        self.takeOutForm = QFormLayout(self.take_out)
        self.takeOutForm.setObjectName(u"takeOutForm")
        self.takeOutApproverCaption = QLabel(self.take_out)
        self.takeOutApproverCaption.setObjectName(u"takeOutApproverCaption")

        self.takeOutForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.takeOutApproverCaption)

        self.take_out_approver = QLineEdit(self.take_out)
        self.take_out_approver.setObjectName(u"take_out_approver")

        self.takeOutForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.take_out_approver)

        self.takeOutRefCaption = QLabel(self.take_out)
        self.takeOutRefCaption.setObjectName(u"takeOutRefCaption")

        self.takeOutForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.takeOutRefCaption)

        self.take_out_ref = QLineEdit(self.take_out)
        self.take_out_ref.setObjectName(u"take_out_ref")

        self.takeOutForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.take_out_ref)

        self.takeOutOnCaption = QLabel(self.take_out)
        self.takeOutOnCaption.setObjectName(u"takeOutOnCaption")

        self.takeOutForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.takeOutOnCaption)

        self.take_out_approved_on = QDateEdit(self.take_out)
        self.take_out_approved_on.setObjectName(u"take_out_approved_on")
        self.take_out_approved_on.setCalendarPopup(True)
        self.take_out_approved_on.setDisplayFormat(u"yyyy-MM-dd")

        self.takeOutForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.take_out_approved_on)


        self.layout.addWidget(self.take_out)

        self.messageLabel = QLabel(LoanDialog)
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

        self.okButton = QPushButton(LoanDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttons.addWidget(self.okButton)

        self.cancelButton = QPushButton(LoanDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.approverCaption.setBuddy(self.approver)
        self.approvalRefCaption.setBuddy(self.approval_ref)
        self.approvedOnCaption.setBuddy(self.approved_on)
        self.purposeCaption.setBuddy(self.purpose)
        self.placeCaption.setBuddy(self.place)
        self.takeOutApproverCaption.setBuddy(self.take_out_approver)
        self.takeOutRefCaption.setBuddy(self.take_out_ref)
        self.takeOutOnCaption.setBuddy(self.take_out_approved_on)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.approver, self.approval_ref)
        QWidget.setTabOrder(self.approval_ref, self.approved_on)
        QWidget.setTabOrder(self.approved_on, self.purpose)
        QWidget.setTabOrder(self.purpose, self.place)
        QWidget.setTabOrder(self.place, self.dueCustom)
        QWidget.setTabOrder(self.dueCustom, self.dueEdit)
        QWidget.setTabOrder(self.dueEdit, self.take_out)
        QWidget.setTabOrder(self.take_out, self.take_out_approver)
        QWidget.setTabOrder(self.take_out_approver, self.take_out_ref)
        QWidget.setTabOrder(self.take_out_ref, self.take_out_approved_on)
        QWidget.setTabOrder(self.take_out_approved_on, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(LoanDialog)

        self.okButton.setDefault(True)

    # setupUi

    def retranslateUi(self, LoanDialog):
        LoanDialog.setWindowTitle(QCoreApplication.translate("LoanDialog", u"\u501f\u9605\u767b\u8bb0", None))
        self.approvalGroup.setTitle(QCoreApplication.translate("LoanDialog", u"\u9886\u5bfc\u5ba1\u6279\uff08\u6309\u7eb8\u8d28\u5ba1\u6279\u5355\u586b\u5199\uff09", None))
        self.approverCaption.setText(QCoreApplication.translate("LoanDialog", u"\u6279\u51c6\u4eba(&A)\uff1a", None))
        self.approver.setPlaceholderText(QCoreApplication.translate("LoanDialog", u"\u6279\u51c6\u501f\u9605\u7684\u9886\u5bfc", None))
        self.approvalRefCaption.setText(QCoreApplication.translate("LoanDialog", u"\u5ba1\u6279\u5355\u53f7(&R)\uff1a", None))
        self.approval_ref.setPlaceholderText(QCoreApplication.translate("LoanDialog", u"\u7eb8\u8d28\u5ba1\u6279\u5355\u7684\u7f16\u53f7\uff08\u5982\u6709\uff09", None))
        self.approvedOnCaption.setText(QCoreApplication.translate("LoanDialog", u"\u6279\u51c6\u65e5\u671f(&D)\uff1a", None))
        self.purposeCaption.setText(QCoreApplication.translate("LoanDialog", u"\u501f\u9605\u4e8b\u7531(&U)\uff1a", None))
        self.purpose.setPlaceholderText(QCoreApplication.translate("LoanDialog", u"\u4f8b\u5982\uff1a\u8d77\u8349\u62a5\u544a\u3001\u6838\u5bf9\u6570\u636e", None))
        self.placeCaption.setText(QCoreApplication.translate("LoanDialog", u"\u9605\u8bfb\u5730\u70b9(&L)\uff1a", None))
        self.dueCaption.setText(QCoreApplication.translate("LoanDialog", u"\u5e94\u8fd8\u65f6\u95f4\uff1a", None))
        self.dueCustom.setText(QCoreApplication.translate("LoanDialog", u"\u53e6\u5b9a(&T)\uff1a", None))
        self.take_out.setTitle(QCoreApplication.translate("LoanDialog", u"\u5e26\u51fa\u673a\u8981\u5ba4\uff08\u987b\u53e6\u7ecf\u9886\u5bfc\u6279\u51c6\uff1b\u56fd\u5bb6\u79d8\u5bc6\u8f7d\u4f53\u4e0d\u51c6\u5e26\u51fa\uff09(&B)", None))
        self.takeOutApproverCaption.setText(QCoreApplication.translate("LoanDialog", u"\u5e26\u51fa\u6279\u51c6\u4eba\uff1a", None))
        self.takeOutRefCaption.setText(QCoreApplication.translate("LoanDialog", u"\u5e26\u51fa\u5ba1\u6279\u5355\u53f7\uff1a", None))
        self.takeOutOnCaption.setText(QCoreApplication.translate("LoanDialog", u"\u5e26\u51fa\u6279\u51c6\u65e5\u671f\uff1a", None))
        self.okButton.setText(QCoreApplication.translate("LoanDialog", u"\u786e\u8ba4\u501f\u51fa(&O)", None))
        self.cancelButton.setText(QCoreApplication.translate("LoanDialog", u"\u53d6\u6d88", None))
    # retranslateUi

