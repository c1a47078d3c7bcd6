# Generated from forms/manifest_complete.ui by scripts/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'manifest_complete.ui'
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
from PySide6.QtWidgets import (QApplication, QDateEdit, QDialog, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ManifestCompleteDialog(object):
    def setupUi(self, ManifestCompleteDialog):
        if not ManifestCompleteDialog.objectName():
            ManifestCompleteDialog.setObjectName(u"ManifestCompleteDialog")
        ManifestCompleteDialog.resize(600, 560)
        self.layout = QVBoxLayout(ManifestCompleteDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.manifestCaption = QLabel(ManifestCompleteDialog)
        self.manifestCaption.setObjectName(u"manifestCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.manifestCaption)

        self.manifest = QLabel(ManifestCompleteDialog)
        self.manifest.setObjectName(u"manifest")
        self.manifest.setWordWrap(True)
        self.manifest.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.manifest.setStyleSheet(u"font-weight: bold;")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.manifest)

        self.carriersCaption = QLabel(ManifestCompleteDialog)
        self.carriersCaption.setObjectName(u"carriersCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.carriersCaption)

        self.carriers = QLabel(ManifestCompleteDialog)
        self.carriers.setObjectName(u"carriers")
        self.carriers.setWordWrap(True)
        self.carriers.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.carriers)


        self.layout.addLayout(self.form)

        self.approvalGroup = QGroupBox(ManifestCompleteDialog)
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

        self.superviseGroup = QGroupBox(ManifestCompleteDialog)
        self.superviseGroup.setObjectName(u"superviseGroup")
        self.superviseForm = QFormLayout(self.superviseGroup)
        self.superviseForm.setObjectName(u"superviseForm")
        self.supervisorsCaption = QLabel(self.superviseGroup)
        self.supervisorsCaption.setObjectName(u"supervisorsCaption")

        self.superviseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.supervisorsCaption)

        self.supervisors = QWidget(self.superviseGroup)
        self.supervisors.setObjectName(u"supervisors")
        self.supervisorRows = QVBoxLayout(self.supervisors)
        self.supervisorRows.setObjectName(u"supervisorRows")
        self.supervisorRows.setContentsMargins(0, 0, 0, 0)
        self.supervisor1 = QLineEdit(self.supervisors)
        self.supervisor1.setObjectName(u"supervisor1")

        self.supervisorRows.addWidget(self.supervisor1)

        self.supervisor2 = QLineEdit(self.supervisors)
        self.supervisor2.setObjectName(u"supervisor2")

        self.supervisorRows.addWidget(self.supervisor2)

        self.supervisor3 = QLineEdit(self.supervisors)
        self.supervisor3.setObjectName(u"supervisor3")

        self.supervisorRows.addWidget(self.supervisor3)

        self.supervisor4 = QLineEdit(self.supervisors)
        self.supervisor4.setObjectName(u"supervisor4")

        self.supervisorRows.addWidget(self.supervisor4)


        self.superviseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.supervisors)

        self.destroyedOnCaption = QLabel(self.superviseGroup)
        self.destroyedOnCaption.setObjectName(u"destroyedOnCaption")

        self.superviseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.destroyedOnCaption)

        self.destroyed_on = QDateEdit(self.superviseGroup)
        self.destroyed_on.setObjectName(u"destroyed_on")
        self.destroyed_on.setCalendarPopup(True)
        self.destroyed_on.setDisplayFormat(u"yyyy-MM-dd")

        self.superviseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.destroyed_on)


        self.layout.addWidget(self.superviseGroup)

        self.hintLabel = QLabel(ManifestCompleteDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.hintLabel)

        self.messageLabel = QLabel(ManifestCompleteDialog)
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

        self.okButton = QPushButton(ManifestCompleteDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttons.addWidget(self.okButton)

        self.cancelButton = QPushButton(ManifestCompleteDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.approverCaption.setBuddy(self.approver)
        self.approvalRefCaption.setBuddy(self.approval_ref)
        self.approvedOnCaption.setBuddy(self.approved_on)
        self.supervisorsCaption.setBuddy(self.supervisors)
        self.destroyedOnCaption.setBuddy(self.destroyed_on)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.approver, self.approval_ref)
        QWidget.setTabOrder(self.approval_ref, self.approved_on)
        QWidget.setTabOrder(self.approved_on, self.supervisor1)
        QWidget.setTabOrder(self.supervisor1, self.supervisor2)
        QWidget.setTabOrder(self.supervisor2, self.supervisor3)
        QWidget.setTabOrder(self.supervisor3, self.supervisor4)
        QWidget.setTabOrder(self.supervisor4, self.destroyed_on)
        QWidget.setTabOrder(self.destroyed_on, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(ManifestCompleteDialog)

        self.okButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ManifestCompleteDialog):
        ManifestCompleteDialog.setWindowTitle(QCoreApplication.translate("ManifestCompleteDialog", u"\u5b8c\u6210\u9500\u6bc1", None))
        self.manifestCaption.setText(QCoreApplication.translate("ManifestCompleteDialog", u"\u9500\u6bc1\u6e05\u5355\uff1a", None))
        self.carriersCaption.setText(QCoreApplication.translate("ManifestCompleteDialog", u"\u5408\u8ba1\uff1a", None))
        self.approvalGroup.setTitle(QCoreApplication.translate("ManifestCompleteDialog", u"\u9886\u5bfc\u5ba1\u6279\uff08\u6309\u7eb8\u8d28\u5ba1\u6279\u5355\u586b\u5199\uff09", None))
        self.approverCaption.setText(QCoreApplication.translate("ManifestCompleteDialog", u"\u6279\u51c6\u4eba(&A)\uff1a", None))
        self.approver.setPlaceholderText(QCoreApplication.translate("ManifestCompleteDialog", u"\u6279\u51c6\u7684\u4e3b\u7ba1\u9886\u5bfc\uff0c\u4e0d\u80fd\u662f\u673a\u8981\u5458\u672c\u4eba", None))
        self.approvalRefCaption.setText(QCoreApplication.translate("ManifestCompleteDialog", u"\u6279\u51c6\u6587\u53f7(&R)\uff1a", None))
        self.approval_ref.setPlaceholderText(QCoreApplication.translate("ManifestCompleteDialog", u"\u7eb8\u8d28\u5ba1\u6279\u5355\u7684\u7f16\u53f7", None))
        self.approvedOnCaption.setText(QCoreApplication.translate("ManifestCompleteDialog", u"\u6279\u51c6\u65e5\u671f(&D)\uff1a", None))
        self.superviseGroup.setTitle(QCoreApplication.translate("ManifestCompleteDialog", u"\u76d1\u9500\uff08\u4e24\u4eba\u4ee5\u4e0a\uff0c\u4e0d\u80fd\u662f\u673a\u8981\u5458\u672c\u4eba\uff09", None))
        self.supervisorsCaption.setText(QCoreApplication.translate("ManifestCompleteDialog", u"\u76d1\u9500\u4eba(&S)\uff1a", None))
        self.supervisor1.setPlaceholderText(QCoreApplication.translate("ManifestCompleteDialog", u"\u7b2c\u4e00\u540d\u76d1\u9500\u4eba", None))
        self.supervisor2.setPlaceholderText(QCoreApplication.translate("ManifestCompleteDialog", u"\u7b2c\u4e8c\u540d\u76d1\u9500\u4eba", None))
        self.supervisor3.setPlaceholderText(QCoreApplication.translate("ManifestCompleteDialog", u"\uff08\u53ef\u9009\uff09", None))
        self.supervisor4.setPlaceholderText(QCoreApplication.translate("ManifestCompleteDialog", u"\uff08\u53ef\u9009\uff09", None))
        self.destroyedOnCaption.setText(QCoreApplication.translate("ManifestCompleteDialog", u"\u9500\u6bc1\u65e5\u671f(&E)\uff1a", None))
        self.okButton.setText(QCoreApplication.translate("ManifestCompleteDialog", u"\u5b8c\u6210\u9500\u6bc1(&O)", None))
        self.cancelButton.setText(QCoreApplication.translate("ManifestCompleteDialog", u"\u53d6\u6d88", None))
    # retranslateUi

