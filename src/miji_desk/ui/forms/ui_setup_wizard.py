# Generated from forms/setup_wizard.ui by scripts/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_wizard.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QFrame, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget, QWizard,
    QWizardPage)

class Ui_SetupWizard(object):
    def setupUi(self, SetupWizard):
        if not SetupWizard.objectName():
            SetupWizard.setObjectName(u"SetupWizard")
        SetupWizard.resize(720, 520)
        SetupWizard.setWizardStyle(QWizard.ClassicStyle)
        self.unitPage = QWizardPage()
        self.unitPage.setObjectName(u"unitPage")
        self.unitForm = QFormLayout(self.unitPage)
        self.unitForm.setObjectName(u"unitForm")
        self.unitForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.unitNameEditLabel = QLabel(self.unitPage)
        self.unitNameEditLabel.setObjectName(u"unitNameEditLabel")

        self.unitForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitNameEditLabel)

        self.unitNameEdit = QLineEdit(self.unitPage)
        self.unitNameEdit.setObjectName(u"unitNameEdit")

        self.unitForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitNameEdit)

        self.clerkNameEditLabel = QLabel(self.unitPage)
        self.clerkNameEditLabel.setObjectName(u"clerkNameEditLabel")

        self.unitForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.clerkNameEditLabel)

        self.clerkNameEdit = QLineEdit(self.unitPage)
        self.clerkNameEdit.setObjectName(u"clerkNameEdit")

        self.unitForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.clerkNameEdit)

        self.unitHint = QLabel(self.unitPage)
        self.unitHint.setObjectName(u"unitHint")
        self.unitHint.setWordWrap(True)

        self.unitForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.unitHint)

        SetupWizard.addPage(self.unitPage)
        self.passphrasePage = QWizardPage()
        self.passphrasePage.setObjectName(u"passphrasePage")
        self.passphraseForm = QFormLayout(self.passphrasePage)
        self.passphraseForm.setObjectName(u"passphraseForm")
        self.passphraseForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.passphraseEditLabel = QLabel(self.passphrasePage)
        self.passphraseEditLabel.setObjectName(u"passphraseEditLabel")

        self.passphraseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseEditLabel)

        self.passphraseEdit = QLineEdit(self.passphrasePage)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.Password)

        self.passphraseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.confirmEditLabel = QLabel(self.passphrasePage)
        self.confirmEditLabel.setObjectName(u"confirmEditLabel")

        self.passphraseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.confirmEditLabel)

        self.confirmEdit = QLineEdit(self.passphrasePage)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.Password)

        self.passphraseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.confirmEdit)

        self.showPassphraseCheck = QCheckBox(self.passphrasePage)
        self.showPassphraseCheck.setObjectName(u"showPassphraseCheck")

        self.passphraseForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.showPassphraseCheck)

        self.policyLabel = QLabel(self.passphrasePage)
        self.policyLabel.setObjectName(u"policyLabel")
        self.policyLabel.setWordWrap(True)
        self.policyLabel.setTextFormat(Qt.RichText)

        self.passphraseForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.policyLabel)

        SetupWizard.addPage(self.passphrasePage)
        self.credentialPage = QWizardPage()
        self.credentialPage.setObjectName(u"credentialPage")
        self.credentialLayout = QVBoxLayout(self.credentialPage)
        self.credentialLayout.setObjectName(u"credentialLayout")
        self.credentialStatusLabel = QLabel(self.credentialPage)
        self.credentialStatusLabel.setObjectName(u"credentialStatusLabel")
        self.credentialStatusLabel.setWordWrap(True)
        font = QFont()
        font.setBold(True)
        self.credentialStatusLabel.setFont(font)

        self.credentialLayout.addWidget(self.credentialStatusLabel)

        self.credentialExplanationLabel = QLabel(self.credentialPage)
        self.credentialExplanationLabel.setObjectName(u"credentialExplanationLabel")
        self.credentialExplanationLabel.setWordWrap(True)

        self.credentialLayout.addWidget(self.credentialExplanationLabel)

        self.credentialSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.credentialLayout.addItem(self.credentialSpacer)

        SetupWizard.addPage(self.credentialPage)
        self.recoveryPage = QWizardPage()
        self.recoveryPage.setObjectName(u"recoveryPage")
        self.recoveryLayout = QVBoxLayout(self.recoveryPage)
        self.recoveryLayout.setObjectName(u"recoveryLayout")
        self.recoveryIntroLabel = QLabel(self.recoveryPage)
        self.recoveryIntroLabel.setObjectName(u"recoveryIntroLabel")
        self.recoveryIntroLabel.setWordWrap(True)

        self.recoveryLayout.addWidget(self.recoveryIntroLabel)

        self.recoveryCodeLabel = QLabel(self.recoveryPage)
        self.recoveryCodeLabel.setObjectName(u"recoveryCodeLabel")
        font1 = QFont()
        font1.setFamilies([u"monospace"])
        font1.setPointSize(14)
        font1.setBold(True)
        self.recoveryCodeLabel.setFont(font1)
        self.recoveryCodeLabel.setAlignment(Qt.AlignCenter)
        self.recoveryCodeLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.recoveryCodeLabel.setFrameShape(QFrame.StyledPanel)

        self.recoveryLayout.addWidget(self.recoveryCodeLabel)

        self.printLayout = QHBoxLayout()
        self.printLayout.setObjectName(u"printLayout")
        self.printSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.printLayout.addItem(self.printSpacer)

        self.printRecoveryButton = QPushButton(self.recoveryPage)
        self.printRecoveryButton.setObjectName(u"printRecoveryButton")

        self.printLayout.addWidget(self.printRecoveryButton)


        self.recoveryLayout.addLayout(self.printLayout)

        self.typeBackLabel = QLabel(self.recoveryPage)
        self.typeBackLabel.setObjectName(u"typeBackLabel")
        self.typeBackLabel.setWordWrap(True)

        self.recoveryLayout.addWidget(self.typeBackLabel)

        self.lastGroupEdit = QLineEdit(self.recoveryPage)
        self.lastGroupEdit.setObjectName(u"lastGroupEdit")
        self.lastGroupEdit.setMaxLength(16)

        self.recoveryLayout.addWidget(self.lastGroupEdit)

        self.recoveryMessageLabel = QLabel(self.recoveryPage)
        self.recoveryMessageLabel.setObjectName(u"recoveryMessageLabel")
        self.recoveryMessageLabel.setWordWrap(True)

        self.recoveryLayout.addWidget(self.recoveryMessageLabel)

        self.recoverySpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.recoveryLayout.addItem(self.recoverySpacer)

        SetupWizard.addPage(self.recoveryPage)
        self.locationsPage = QWizardPage()
        self.locationsPage.setObjectName(u"locationsPage")
        self.locationsLayout = QVBoxLayout(self.locationsPage)
        self.locationsLayout.setObjectName(u"locationsLayout")
        self.locationsList = QListWidget(self.locationsPage)
        self.locationsList.setObjectName(u"locationsList")

        self.locationsLayout.addWidget(self.locationsList)

        self.addLocationLayout = QHBoxLayout()
        self.addLocationLayout.setObjectName(u"addLocationLayout")
        self.locationNameEdit = QLineEdit(self.locationsPage)
        self.locationNameEdit.setObjectName(u"locationNameEdit")

        self.addLocationLayout.addWidget(self.locationNameEdit)

        self.locationKindCombo = QComboBox(self.locationsPage)
        self.locationKindCombo.setObjectName(u"locationKindCombo")

        self.addLocationLayout.addWidget(self.locationKindCombo)

        self.addLocationButton = QPushButton(self.locationsPage)
        self.addLocationButton.setObjectName(u"addLocationButton")
        self.addLocationButton.setAutoDefault(False)

        self.addLocationLayout.addWidget(self.addLocationButton)

        self.removeLocationButton = QPushButton(self.locationsPage)
        self.removeLocationButton.setObjectName(u"removeLocationButton")
        self.removeLocationButton.setAutoDefault(False)

        self.addLocationLayout.addWidget(self.removeLocationButton)


        self.locationsLayout.addLayout(self.addLocationLayout)

        SetupWizard.addPage(self.locationsPage)
        self.numberingPage = QWizardPage()
        self.numberingPage.setObjectName(u"numberingPage")
        self.numberingForm = QFormLayout(self.numberingPage)
        self.numberingForm.setObjectName(u"numberingForm")
        self.numberingForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.incomingFormatEditLabel = QLabel(self.numberingPage)
        self.incomingFormatEditLabel.setObjectName(u"incomingFormatEditLabel")

        self.numberingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.incomingFormatEditLabel)

        self.incomingFormatEdit = QLineEdit(self.numberingPage)
        self.incomingFormatEdit.setObjectName(u"incomingFormatEdit")

        self.numberingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.incomingFormatEdit)

        self.incomingPreviewLabel = QLabel(self.numberingPage)
        self.incomingPreviewLabel.setObjectName(u"incomingPreviewLabel")

        self.numberingForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.incomingPreviewLabel)

        self.outgoingFormatEditLabel = QLabel(self.numberingPage)
        self.outgoingFormatEditLabel.setObjectName(u"outgoingFormatEditLabel")

        self.numberingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.outgoingFormatEditLabel)

        self.outgoingFormatEdit = QLineEdit(self.numberingPage)
        self.outgoingFormatEdit.setObjectName(u"outgoingFormatEdit")

        self.numberingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.outgoingFormatEdit)

        self.outgoingPreviewLabel = QLabel(self.numberingPage)
        self.outgoingPreviewLabel.setObjectName(u"outgoingPreviewLabel")

        self.numberingForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.outgoingPreviewLabel)

        self.mediaFormatEditLabel = QLabel(self.numberingPage)
        self.mediaFormatEditLabel.setObjectName(u"mediaFormatEditLabel")

        self.numberingForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.mediaFormatEditLabel)

        self.mediaFormatEdit = QLineEdit(self.numberingPage)
        self.mediaFormatEdit.setObjectName(u"mediaFormatEdit")

        self.numberingForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.mediaFormatEdit)

        self.mediaPreviewLabel = QLabel(self.numberingPage)
        self.mediaPreviewLabel.setObjectName(u"mediaPreviewLabel")

        self.numberingForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.mediaPreviewLabel)

        self.numberingHelpLabel = QLabel(self.numberingPage)
        self.numberingHelpLabel.setObjectName(u"numberingHelpLabel")
        self.numberingHelpLabel.setWordWrap(True)

        self.numberingForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.numberingHelpLabel)

        SetupWizard.addPage(self.numberingPage)
#if QT_CONFIG(shortcut)
        self.unitNameEditLabel.setBuddy(self.unitNameEdit)
        self.clerkNameEditLabel.setBuddy(self.clerkNameEdit)
        self.passphraseEditLabel.setBuddy(self.passphraseEdit)
        self.confirmEditLabel.setBuddy(self.confirmEdit)
        self.typeBackLabel.setBuddy(self.lastGroupEdit)
        self.incomingFormatEditLabel.setBuddy(self.incomingFormatEdit)
        self.outgoingFormatEditLabel.setBuddy(self.outgoingFormatEdit)
        self.mediaFormatEditLabel.setBuddy(self.mediaFormatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.unitNameEdit, self.clerkNameEdit)
        QWidget.setTabOrder(self.clerkNameEdit, self.passphraseEdit)
        QWidget.setTabOrder(self.passphraseEdit, self.confirmEdit)
        QWidget.setTabOrder(self.confirmEdit, self.showPassphraseCheck)
        QWidget.setTabOrder(self.showPassphraseCheck, self.printRecoveryButton)
        QWidget.setTabOrder(self.printRecoveryButton, self.lastGroupEdit)
        QWidget.setTabOrder(self.lastGroupEdit, self.locationsList)
        QWidget.setTabOrder(self.locationsList, self.locationNameEdit)
        QWidget.setTabOrder(self.locationNameEdit, self.locationKindCombo)
        QWidget.setTabOrder(self.locationKindCombo, self.addLocationButton)
        QWidget.setTabOrder(self.addLocationButton, self.removeLocationButton)
        QWidget.setTabOrder(self.removeLocationButton, self.incomingFormatEdit)
        QWidget.setTabOrder(self.incomingFormatEdit, self.outgoingFormatEdit)
        QWidget.setTabOrder(self.outgoingFormatEdit, self.mediaFormatEdit)

        self.retranslateUi(SetupWizard)
    # setupUi

    def retranslateUi(self, SetupWizard):
        SetupWizard.setWindowTitle(QCoreApplication.translate("SetupWizard", u"\u521d\u59cb\u8bbe\u7f6e", None))
        self.unitPage.setTitle(QCoreApplication.translate("SetupWizard", u"\u5355\u4f4d\u4e0e\u4fdd\u5bc6\u5458", None))
        self.unitPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"\u8fd9\u4e9b\u4fe1\u606f\u5370\u5728\u6bcf\u4e00\u672c\u767b\u8bb0\u7c3f\u548c\u6bcf\u4e00\u5f20\u5355\u636e\u4e0a\u3002", None))
        self.unitNameEditLabel.setText(QCoreApplication.translate("SetupWizard", u"\u5355\u4f4d\u540d\u79f0", None))
        self.unitNameEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"\u5982 \u67d0\u67d0\u5e02\u4fdd\u5bc6\u5c40", None))
        self.clerkNameEditLabel.setText(QCoreApplication.translate("SetupWizard", u"\u4fdd\u5bc6\u5458\u59d3\u540d", None))
        self.clerkNameEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"\u4f7f\u7528\u672c\u673a\u7684\u4fdd\u5bc6\u5458\uff08\u673a\u8981\u5458\uff09", None))
        self.unitHint.setText(QCoreApplication.translate("SetupWizard", u"\u672c\u7a0b\u5e8f\u4f9b\u4e00\u540d\u4fdd\u5bc6\u5458\u5728\u4e00\u53f0\u4e0d\u8054\u7f51\u7684\u6d89\u5bc6\u8ba1\u7b97\u673a\u4e0a\u4f7f\u7528\u3002", None))
        self.passphrasePage.setTitle(QCoreApplication.translate("SetupWizard", u"\u8bbe\u7f6e\u53e3\u4ee4", None))
        self.passphrasePage.setSubTitle(QCoreApplication.translate("SetupWizard", u"\u6bcf\u6b21\u6253\u5f00\u53f0\u8d26\u90fd\u8981\u8f93\u5165\u53e3\u4ee4\u3002\u53e3\u4ee4\u4e0d\u4fdd\u5b58\u5728\u4efb\u4f55\u5730\u65b9\uff0c\u5fd8\u8bb0\u540e\u53ea\u80fd\u7528\u6062\u590d\u7801\u3002", None))
        self.passphraseEditLabel.setText(QCoreApplication.translate("SetupWizard", u"\u53e3\u4ee4", None))
        self.confirmEditLabel.setText(QCoreApplication.translate("SetupWizard", u"\u518d\u8f93\u5165\u4e00\u6b21", None))
        self.showPassphraseCheck.setText(QCoreApplication.translate("SetupWizard", u"\u663e\u793a\u53e3\u4ee4", None))
        self.policyLabel.setText("")
        self.credentialPage.setTitle(QCoreApplication.translate("SetupWizard", u"\u7ed1\u5b9a\u672c\u673a", None))
        self.credentialPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"\u53f0\u8d26\u6587\u4ef6\u53ef\u4ee5\u4e0e\u8fd9\u53f0\u8ba1\u7b97\u673a\u7ed1\u5b9a\uff0c\u590d\u5236\u5230\u522b\u5904\u4e5f\u6253\u4e0d\u5f00\u3002", None))
        self.credentialStatusLabel.setText("")
        self.credentialExplanationLabel.setText(QCoreApplication.translate("SetupWizard", u"\u627e\u5230\u7cfb\u7edf\u51ed\u636e\u5e93\u65f6\uff0c\u7a0b\u5e8f\u5728\u5176\u4e2d\u5b58\u653e\u4e00\u4e2a\u968f\u673a\u7684\u672c\u673a\u5bc6\u94a5\uff0c\u53f0\u8d26\u53ea\u6709\u540c\u65f6\u5177\u5907\u53e3\u4ee4\u548c\u8fd9\u4e2a\u5bc6\u94a5\u624d\u80fd\u6253\u5f00\uff0c\u628a\u53f0\u8d26\u6587\u4ef6\u590d\u5236\u5230\u522b\u7684\u8ba1\u7b97\u673a\u4e0a\u65e0\u6cd5\u6253\u5f00\u3002\n"
"\n"
"\u6ca1\u6709\u7cfb\u7edf\u51ed\u636e\u5e93\u65f6\uff0c\u53f0\u8d26\u53ea\u9760\u53e3\u4ee4\u4fdd\u62a4\uff1a\u4efb\u4f55\u4eba\u62ff\u5230\u53f0\u8d26\u6587\u4ef6\u548c\u53e3\u4ee4\u90fd\u80fd\u6253\u5f00\uff0c\u8bf7\u66f4\u52a0\u4e25\u683c\u5730\u4fdd\u7ba1\u53f0\u8d26\u6587\u4ef6\u548c\u5907\u4efd\u4ecb\u8d28\u3002\n"
"\n"
"\u65e0\u8bba\u54ea\u79cd\u60c5\u51b5\uff0c\u4e0b\u4e00\u6b65\u751f\u6210\u7684\u6062\u590d\u7801\u90fd\u80fd\u6253\u5f00\u53f0\u8d26\u548c\u6240\u6709\u5907\u4efd\u3002", None))
        self.recoveryPage.setTitle(QCoreApplication.translate("SetupWizard", u"\u6062\u590d\u7801", None))
        self.recoveryPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"\u5fd8\u8bb0\u53e3\u4ee4\u6216\u66f4\u6362\u8ba1\u7b97\u673a\u65f6\uff0c\u7528\u6062\u590d\u7801\u6253\u5f00\u53f0\u8d26\u548c\u5907\u4efd\u3002\u5b83\u53ea\u663e\u793a\u8fd9\u4e00\u6b21\u3002", None))
        self.recoveryIntroLabel.setText(QCoreApplication.translate("SetupWizard", u"\u8bf7\u6253\u5370\u6062\u590d\u7801\uff0c\u7b7e\u5c01\u540e\u5b58\u653e\u5728\u4fdd\u5bc6\u67dc\u4e2d\u3002\u4e0d\u8981\u62cd\u7167\uff0c\u4e0d\u8981\u5b58\u5165\u4efb\u4f55\u8ba1\u7b97\u673a\u6216\u624b\u673a\u3002", None))
        self.recoveryCodeLabel.setText("")
        self.printRecoveryButton.setText(QCoreApplication.translate("SetupWizard", u"\u6253\u5370\u6062\u590d\u7801(&P)", None))
        self.typeBackLabel.setText(QCoreApplication.translate("SetupWizard", u"\u4e3a\u786e\u8ba4\u5df2\u7ecf\u59a5\u5584\u4fdd\u5b58\uff0c\u8bf7\u8f93\u5165\u6062\u590d\u7801\u7684\u6700\u540e\u4e00\u7ec4\uff1a", None))
        self.recoveryMessageLabel.setText("")
        self.locationsPage.setTitle(QCoreApplication.translate("SetupWizard", u"\u5b58\u653e\u4f4d\u7f6e", None))
        self.locationsPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"\u767b\u8bb0\u7684\u6bcf\u4e00\u4ef6\u8f7d\u4f53\u90fd\u8981\u8bb0\u660e\u5b58\u653e\u5728\u54ea\u91cc\u3002\u4ee5\u540e\u53ef\u4ee5\u5728\u8bbe\u7f6e\u4e2d\u589e\u51cf\u3002", None))
        self.locationNameEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"\u5982 1\u53f7\u4fdd\u5bc6\u67dc", None))
        self.addLocationButton.setText(QCoreApplication.translate("SetupWizard", u"\u6dfb\u52a0(&A)", None))
        self.removeLocationButton.setText(QCoreApplication.translate("SetupWizard", u"\u5220\u9664(&D)", None))
        self.numberingPage.setTitle(QCoreApplication.translate("SetupWizard", u"\u7f16\u53f7\u683c\u5f0f", None))
        self.numberingPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"\u6bcf\u4e2a\u767b\u8bb0\u7c3f\u7684\u7f16\u53f7\u6309\u8fd9\u4e9b\u683c\u5f0f\u751f\u6210\uff0c\u5e74\u5ea6\u5185\u6d41\u6c34\u9012\u589e\u3002", None))
        self.incomingFormatEditLabel.setText(QCoreApplication.translate("SetupWizard", u"\u6536\u6587\u7f16\u53f7", None))
        self.incomingPreviewLabel.setText("")
        self.outgoingFormatEditLabel.setText(QCoreApplication.translate("SetupWizard", u"\u53d1\u6587\u7f16\u53f7", None))
        self.outgoingPreviewLabel.setText("")
        self.mediaFormatEditLabel.setText(QCoreApplication.translate("SetupWizard", u"\u4ecb\u8d28\u7f16\u53f7", None))
        self.mediaPreviewLabel.setText("")
        self.numberingHelpLabel.setText(QCoreApplication.translate("SetupWizard", u"\u53ef\u4ee5\u4f7f\u7528\uff1a{year} \u5e74\u5ea6\uff0c{reg} \u767b\u8bb0\u7c3f\u7b80\u79f0\uff08\u6536\u3001\u53d1\u3001\u4ecb\u8d28\uff09\uff0c{seq:04d} \u56db\u4f4d\u6d41\u6c34\u53f7\u3002\u4f8b\u5982 {year}-{reg}-{seq:04d}\u3002", None))
    # retranslateUi

