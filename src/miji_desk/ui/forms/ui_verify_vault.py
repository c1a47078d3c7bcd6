# Generated from forms/verify_vault.ui by scripts/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'verify_vault.ui'
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
    QLabel, QPlainTextEdit, QProgressBar, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_VerifyVaultDialog(object):
    def setupUi(self, VerifyVaultDialog):
        if not VerifyVaultDialog.objectName():
            VerifyVaultDialog.setObjectName(u"VerifyVaultDialog")
        VerifyVaultDialog.resize(620, 460)
        self.layout = QVBoxLayout(VerifyVaultDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(VerifyVaultDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.codesCaption = QLabel(VerifyVaultDialog)
        self.codesCaption.setObjectName(u"codesCaption")

        self.layout.addWidget(self.codesCaption)

        self.codesEdit = QPlainTextEdit(VerifyVaultDialog)
        self.codesEdit.setObjectName(u"codesEdit")
        self.codesEdit.setMaximumSize(QSize(16777215, 80))
        self.codesEdit.setTabChangesFocus(True)

        self.layout.addWidget(self.codesEdit)

        self.progressBar = QProgressBar(VerifyVaultDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximum(1000)
        self.progressBar.setValue(0)
        self.progressBar.setTextVisible(False)

        self.layout.addWidget(self.progressBar)

        self.stepLabel = QLabel(VerifyVaultDialog)
        self.stepLabel.setObjectName(u"stepLabel")
        self.stepLabel.setWordWrap(True)

        self.layout.addWidget(self.stepLabel)

        self.reportView = QPlainTextEdit(VerifyVaultDialog)
        self.reportView.setObjectName(u"reportView")
        self.reportView.setReadOnly(True)

        self.layout.addWidget(self.reportView)

        self.error = QLabel(VerifyVaultDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b00020;")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(VerifyVaultDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.codesCaption.setBuddy(self.codesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(VerifyVaultDialog)
    # setupUi

    def retranslateUi(self, VerifyVaultDialog):
        VerifyVaultDialog.setWindowTitle(QCoreApplication.translate("VerifyVaultDialog", u"\u6838\u5bf9\u53f0\u8d26", None))
        self.intro.setText(QCoreApplication.translate("VerifyVaultDialog", u"\u68c0\u67e5\u53f0\u8d26\u6587\u4ef6\u3001\u5ba1\u8ba1\u94fe\u548c\u53f0\u8d26\u7ed3\u6784\uff0c\u5e76\u9010\u884c\u6838\u5bf9\u6bcf\u6761\u53f0\u8d26\u8bb0\u5f55\u662f\u5426\u4e0e\u5199\u5165\u5b83\u7684\u5ba1\u8ba1\u8bb0\u5f55\u76f8\u7b26\u3002\u53ef\u8f93\u5165\u4ee5\u524d\u6253\u5370\u7684\u53f0\u8d26\u4e0a\u7684\u6821\u9a8c\u7801\uff08\u5982 1234-AB12-CD34\uff0c\u6bcf\u884c\u4e00\u4e2a\uff09\uff0c\u6838\u5bf9\u5ba1\u8ba1\u94fe\u662f\u5426\u4ecd\u7ecf\u8fc7\u5b83\u4eec\u3002", None))
        self.codesCaption.setText(QCoreApplication.translate("VerifyVaultDialog", u"\u7eb8\u8d28\u53f0\u8d26\u4e0a\u7684\u6821\u9a8c\u7801(&C)\uff1a", None))
    # retranslateUi

