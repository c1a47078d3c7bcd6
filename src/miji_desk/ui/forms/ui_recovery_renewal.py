# Generated from forms/recovery_renewal.ui by scripts/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recovery_renewal.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout,
    QWidget)

class Ui_RecoveryRenewalDialog(object):
    def setupUi(self, RecoveryRenewalDialog):
        if not RecoveryRenewalDialog.objectName():
            RecoveryRenewalDialog.setObjectName(u"RecoveryRenewalDialog")
        RecoveryRenewalDialog.resize(540, 360)
        self.layout = QVBoxLayout(RecoveryRenewalDialog)
        self.layout.setObjectName(u"layout")
        self.pages = QStackedWidget(RecoveryRenewalDialog)
        self.pages.setObjectName(u"pages")
        self.askPage = QWidget()
        self.askPage.setObjectName(u"askPage")
        self.askLayout = QVBoxLayout(self.askPage)
        self.askLayout.setObjectName(u"askLayout")
        self.askIntro = QLabel(self.askPage)
        self.askIntro.setObjectName(u"askIntro")
        self.askIntro.setWordWrap(True)

        self.askLayout.addWidget(self.askIntro)

        self.askForm = QFormLayout()
        self.askForm.setObjectName(u"askForm")
        self.passphraseCaption = QLabel(self.askPage)
        self.passphraseCaption.setObjectName(u"passphraseCaption")

        self.askForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseCaption)

        self.passphraseEdit = QLineEdit(self.askPage)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.Password)

        self.askForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)


        self.askLayout.addLayout(self.askForm)

        self.renewButton = QPushButton(self.askPage)
        self.renewButton.setObjectName(u"renewButton")

        self.askLayout.addWidget(self.renewButton)

        self.askStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.askLayout.addItem(self.askStretch)

        self.pages.addWidget(self.askPage)
        self.showPage = QWidget()
        self.showPage.setObjectName(u"showPage")
        self.showLayout = QVBoxLayout(self.showPage)
        self.showLayout.setObjectName(u"showLayout")
        self.showIntro = QLabel(self.showPage)
        self.showIntro.setObjectName(u"showIntro")
        self.showIntro.setWordWrap(True)

        self.showLayout.addWidget(self.showIntro)

        self.codeLabel = QLabel(self.showPage)
        self.codeLabel.setObjectName(u"codeLabel")
        self.codeLabel.setStyleSheet(u"font-family: monospace; font-size: 16pt;")
        self.codeLabel.setAlignment(Qt.AlignCenter)

        self.showLayout.addWidget(self.codeLabel)

        self.confirmForm = QFormLayout()
        self.confirmForm.setObjectName(u"confirmForm")
        self.lastGroupCaption = QLabel(self.showPage)
        self.lastGroupCaption.setObjectName(u"lastGroupCaption")

        self.confirmForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lastGroupCaption)

        self.lastGroupEdit = QLineEdit(self.showPage)
        self.lastGroupEdit.setObjectName(u"lastGroupEdit")
        self.lastGroupEdit.setMaxLength(5)

        self.confirmForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.lastGroupEdit)


        self.showLayout.addLayout(self.confirmForm)

        self.pages.addWidget(self.showPage)

        self.layout.addWidget(self.pages)

        self.error = QLabel(RecoveryRenewalDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b00020;")
        self.error.setWordWrap(True)

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(RecoveryRenewalDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.passphraseCaption.setBuddy(self.passphraseEdit)
        self.lastGroupCaption.setBuddy(self.lastGroupEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RecoveryRenewalDialog)
    # setupUi

    def retranslateUi(self, RecoveryRenewalDialog):
        RecoveryRenewalDialog.setWindowTitle(QCoreApplication.translate("RecoveryRenewalDialog", u"\u66f4\u6362\u6062\u590d\u7801", None))
        self.askIntro.setText(QCoreApplication.translate("RecoveryRenewalDialog", u"\u66f4\u6362\u540e\u65e7\u6062\u590d\u7801\u7acb\u5373\u4f5c\u5e9f\uff0c\u4e0d\u80fd\u518d\u6253\u5f00\u53f0\u8d26\u3002\u6b64\u524d\u5236\u4f5c\u7684\u5907\u4efd\u4ecd\u53ea\u80fd\u7528\u65e7\u6062\u590d\u7801\uff08\u6216\u5f53\u65f6\u7684\u53e3\u4ee4\uff09\u6253\u5f00\uff1b\u66f4\u6362\u540e\u8bf7\u91cd\u65b0\u5907\u4efd\u3002", None))
        self.passphraseCaption.setText(QCoreApplication.translate("RecoveryRenewalDialog", u"\u5f53\u524d\u53e3\u4ee4(&P)\uff1a", None))
        self.renewButton.setText(QCoreApplication.translate("RecoveryRenewalDialog", u"\u751f\u6210\u65b0\u6062\u590d\u7801(&G)", None))
        self.showIntro.setText(QCoreApplication.translate("RecoveryRenewalDialog", u"\u65b0\u6062\u590d\u7801\u53ea\u663e\u793a\u8fd9\u4e00\u6b21\u3002\u8bf7\u7acb\u5373\u6284\u5199\u6216\u6253\u5370\uff0c\u653e\u5165\u4fdd\u5bc6\u67dc\u3002", None))
        self.lastGroupCaption.setText(QCoreApplication.translate("RecoveryRenewalDialog", u"\u6284\u5199\u540e\u8f93\u5165\u6700\u540e\u4e00\u7ec4(&L)\uff1a", None))
    # retranslateUi

