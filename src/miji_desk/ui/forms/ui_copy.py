# Generated from forms/copy.ui by scripts/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'copy.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_CopyDialog(object):
    def setupUi(self, CopyDialog):
        if not CopyDialog.objectName():
            CopyDialog.setObjectName(u"CopyDialog")
        CopyDialog.resize(620, 560)
        self.layout = QVBoxLayout(CopyDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.sourceCaption = QLabel(CopyDialog)
        self.sourceCaption.setObjectName(u"sourceCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sourceCaption)

        self.source = QLabel(CopyDialog)
        self.source.setObjectName(u"source")
        self.source.setWordWrap(True)
        self.source.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.source.setStyleSheet(u"font-weight: bold;")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.source)

        self.countCaption = QLabel(CopyDialog)
        self.countCaption.setObjectName(u"countCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.countCaption)

        self.count = QSpinBox(CopyDialog)
        self.count.setObjectName(u"count")
        self.count.setMinimum(1)
        self.count.setMaximum(1000)
        self.count.setValue(1)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.count)

        self.purposeCaption = QLabel(CopyDialog)
        self.purposeCaption.setObjectName(u"purposeCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.purposeCaption)

        self.purpose = QLineEdit(CopyDialog)
        self.purpose.setObjectName(u"purpose")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.purpose)


        self.layout.addLayout(self.form)

        self.approvalGroup = QGroupBox(CopyDialog)
        self.approvalGroup.setObjectName(u"approvalGroup")
        self.approvalForm = QFormLayout(self.approvalGroup)
        self.approvalForm.setObjectName(u"approvalForm")
        self.approverCaption = QLabel(self.approvalGroup)
        self.approverCaption.setObjectName(u"approverCaption")

        self.approvalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.approverCaption)

        self.approver = QLineEdit(self.approvalGroup)
        self.approver.setObjectName(u"approver")

        self.approvalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.approver)

        self.approvalRefCaption = QLabel(self.approvalGroup)
        self.approvalRefCaption.setObjectName(u"approvalRefCaption")

        self.approvalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.approvalRefCaption)

        self.approval_ref = QLineEdit(self.approvalGroup)
        self.approval_ref.setObjectName(u"approval_ref")

        self.approvalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.approval_ref)

        self.approvedOnCaption = QLabel(self.approvalGroup)
        self.approvedOnCaption.setObjectName(u"approvedOnCaption")

        self.approvalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.approvedOnCaption)

        self.approved_on = QDateEdit(self.approvalGroup)
        self.approved_on.setObjectName(u"approved_on")
        self.approved_on.setCalendarPopup(True)
        self.approved_on.setDisplayFormat(u"yyyy-MM-dd")

        self.approvalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.approved_on)


        self.layout.addWidget(self.approvalGroup)

        self.originatorGroup = QGroupBox(CopyDialog)
        self.originatorGroup.setObjectName(u"originatorGroup")
        self.topSecretForm = QFormLayout(self.originatorGroup)
        self.topSecretForm.setObjectName(u"topSecretForm")
        self.authorityCaption = QLabel(self.originatorGroup)
        self.authorityCaption.setObjectName(u"authorityCaption")

        self.topSecretForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.authorityCaption)

        self.authority = QLineEdit(self.originatorGroup)
        self.authority.setObjectName(u"authority")

        self.topSecretForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.authority)

        self.authorityRefCaption = QLabel(self.originatorGroup)
        self.authorityRefCaption.setObjectName(u"authorityRefCaption")

        self.topSecretForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.authorityRefCaption)

        self.authority_ref = QLineEdit(self.originatorGroup)
        self.authority_ref.setObjectName(u"authority_ref")

        self.topSecretForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.authority_ref)


        self.layout.addWidget(self.originatorGroup)

        self.placeForm = QFormLayout()
        self.placeForm.setObjectName(u"placeForm")
        self.locationCaption = QLabel(CopyDialog)
        self.locationCaption.setObjectName(u"locationCaption")

        self.placeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.locationCaption)

        self.location = QComboBox(CopyDialog)
        self.location.setObjectName(u"location")

        self.placeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.location)

        self.notesCaption = QLabel(CopyDialog)
        self.notesCaption.setObjectName(u"notesCaption")

        self.placeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.notesCaption)

        self.notes = QLineEdit(CopyDialog)
        self.notes.setObjectName(u"notes")

        self.placeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.notes)


        self.layout.addLayout(self.placeForm)

        self.printLabels = QCheckBox(CopyDialog)
        self.printLabels.setObjectName(u"printLabels")
        self.printLabels.setChecked(True)

        self.layout.addWidget(self.printLabels)

        self.messageLabel = QLabel(CopyDialog)
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

        self.okButton = QPushButton(CopyDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttons.addWidget(self.okButton)

        self.cancelButton = QPushButton(CopyDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.countCaption.setBuddy(self.count)
        self.purposeCaption.setBuddy(self.purpose)
        self.approverCaption.setBuddy(self.approver)
        self.approvalRefCaption.setBuddy(self.approval_ref)
        self.approvedOnCaption.setBuddy(self.approved_on)
        self.authorityCaption.setBuddy(self.authority)
        self.authorityRefCaption.setBuddy(self.authority_ref)
        self.locationCaption.setBuddy(self.location)
        self.notesCaption.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.count, self.purpose)
        QWidget.setTabOrder(self.purpose, self.approver)
        QWidget.setTabOrder(self.approver, self.approval_ref)
        QWidget.setTabOrder(self.approval_ref, self.approved_on)
        QWidget.setTabOrder(self.approved_on, self.authority)
        QWidget.setTabOrder(self.authority, self.authority_ref)
        QWidget.setTabOrder(self.authority_ref, self.location)
        QWidget.setTabOrder(self.location, self.notes)
        QWidget.setTabOrder(self.notes, self.printLabels)
        QWidget.setTabOrder(self.printLabels, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(CopyDialog)

        self.okButton.setDefault(True)

    # setupUi

    def retranslateUi(self, CopyDialog):
        CopyDialog.setWindowTitle(QCoreApplication.translate("CopyDialog", u"\u590d\u5236\u6d89\u5bc6\u6587\u4ef6", None))
        self.sourceCaption.setText(QCoreApplication.translate("CopyDialog", u"\u539f\u4ef6\uff1a", None))
        self.countCaption.setText(QCoreApplication.translate("CopyDialog", u"\u590d\u5236\u4efd\u6570(&N)\uff1a", None))
        self.purposeCaption.setText(QCoreApplication.translate("CopyDialog", u"\u590d\u5236\u4e8b\u7531(&U)\uff1a", None))
        self.purpose.setPlaceholderText(QCoreApplication.translate("CopyDialog", u"\u4f8b\u5982\uff1a\u4f1a\u8bae\u5b66\u4e60\u3001\u62a5\u9001\u4e0a\u7ea7", None))
        self.approvalGroup.setTitle(QCoreApplication.translate("CopyDialog", u"\u9886\u5bfc\u5ba1\u6279\uff08\u6309\u7eb8\u8d28\u5ba1\u6279\u5355\u586b\u5199\uff09", None))
        self.approverCaption.setText(QCoreApplication.translate("CopyDialog", u"\u6279\u51c6\u4eba(&A)\uff1a", None))
        self.approver.setPlaceholderText(QCoreApplication.translate("CopyDialog", u"\u6279\u51c6\u7684\u4e3b\u7ba1\u9886\u5bfc\uff0c\u4e0d\u80fd\u662f\u673a\u8981\u5458\u672c\u4eba", None))
        self.approvalRefCaption.setText(QCoreApplication.translate("CopyDialog", u"\u6279\u51c6\u6587\u53f7(&R)\uff1a", None))
        self.approval_ref.setPlaceholderText(QCoreApplication.translate("CopyDialog", u"\u7eb8\u8d28\u5ba1\u6279\u5355\u7684\u7f16\u53f7", None))
        self.approvedOnCaption.setText(QCoreApplication.translate("CopyDialog", u"\u6279\u51c6\u65e5\u671f(&D)\uff1a", None))
        self.originatorGroup.setTitle(QCoreApplication.translate("CopyDialog", u"\u987b\u7ecf\u539f\u5236\u53d1\u673a\u5173\u6279\u51c6\uff08\u7bc7\u4e00 6\uff09", None))
        self.authorityCaption.setText(QCoreApplication.translate("CopyDialog", u"\u5236\u53d1\u673a\u5173(&G)\uff1a", None))
        self.authority.setPlaceholderText(QCoreApplication.translate("CopyDialog", u"\u7559\u7a7a\u5373\u539f\u4ef6\u7684\u4ea7\u751f\u673a\u5173", None))
        self.authorityRefCaption.setText(QCoreApplication.translate("CopyDialog", u"\u5236\u53d1\u673a\u5173\u6279\u51c6\u6587\u53f7(&F)\uff1a", None))
        self.authority_ref.setPlaceholderText(QCoreApplication.translate("CopyDialog", u"\u5fc5\u586b", None))
        self.locationCaption.setText(QCoreApplication.translate("CopyDialog", u"\u5b58\u653e\u4f4d\u7f6e(&L)\uff1a", None))
        self.notesCaption.setText(QCoreApplication.translate("CopyDialog", u"\u5907\u6ce8\uff1a", None))
        self.printLabels.setText(QCoreApplication.translate("CopyDialog", u"\u4fdd\u5b58\u540e\u6253\u5370\u590d\u5236\u4ef6\u7684\u6761\u7801\u6807\u7b7e(&P)", None))
        self.okButton.setText(QCoreApplication.translate("CopyDialog", u"\u590d\u5236\u5e76\u767b\u8bb0(&S)", None))
        self.cancelButton.setText(QCoreApplication.translate("CopyDialog", u"\u53d6\u6d88", None))
    # retranslateUi

