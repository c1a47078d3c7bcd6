# Generated from forms/backup_verify.ui by scripts/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backup_verify.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QProgressBar, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_VerifyBackupDialog(object):
    def setupUi(self, VerifyBackupDialog):
        if not VerifyBackupDialog.objectName():
            VerifyBackupDialog.setObjectName(u"VerifyBackupDialog")
        VerifyBackupDialog.resize(560, 420)
        self.layout = QVBoxLayout(VerifyBackupDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(VerifyBackupDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.fileCaption = QLabel(VerifyBackupDialog)
        self.fileCaption.setObjectName(u"fileCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileCaption)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(VerifyBackupDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(VerifyBackupDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.secretCaption = QLabel(VerifyBackupDialog)
        self.secretCaption.setObjectName(u"secretCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.secretCaption)

        self.secretEdit = QLineEdit(VerifyBackupDialog)
        self.secretEdit.setObjectName(u"secretEdit")
        self.secretEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.secretEdit)

        self.useRecoveryCheck = QCheckBox(VerifyBackupDialog)
        self.useRecoveryCheck.setObjectName(u"useRecoveryCheck")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.useRecoveryCheck)


        self.layout.addLayout(self.form)

        self.progressBar = QProgressBar(VerifyBackupDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximum(1000)
        self.progressBar.setValue(0)
        self.progressBar.setTextVisible(False)

        self.layout.addWidget(self.progressBar)

        self.stepLabel = QLabel(VerifyBackupDialog)
        self.stepLabel.setObjectName(u"stepLabel")
        self.stepLabel.setWordWrap(True)

        self.layout.addWidget(self.stepLabel)

        self.reportView = QPlainTextEdit(VerifyBackupDialog)
        self.reportView.setObjectName(u"reportView")
        self.reportView.setReadOnly(True)

        self.layout.addWidget(self.reportView)

        self.error = QLabel(VerifyBackupDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b00020;")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(VerifyBackupDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.fileCaption.setBuddy(self.fileEdit)
        self.secretCaption.setBuddy(self.secretEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(VerifyBackupDialog)
    # setupUi

    def retranslateUi(self, VerifyBackupDialog):
        VerifyBackupDialog.setWindowTitle(QCoreApplication.translate("VerifyBackupDialog", u"\u6821\u9a8c\u5907\u4efd", None))
        self.intro.setText(QCoreApplication.translate("VerifyBackupDialog", u"\u4e0d\u6062\u590d\u3001\u4e0d\u6539\u52a8\u4efb\u4f55\u6587\u4ef6\uff0c\u68c0\u67e5\u4e00\u4efd\u5907\u4efd\u662f\u5426\u5b8c\u597d\uff1a\u6587\u4ef6\u6821\u9a8c\u503c\u3001\u4e24\u9879\u5b8c\u6574\u6027\u68c0\u67e5\u3001\u5ba1\u8ba1\u94fe\u548c\u8bb0\u5f55\u6570\u3002", None))
        self.fileCaption.setText(QCoreApplication.translate("VerifyBackupDialog", u"\u5907\u4efd\u6587\u4ef6(&F)\uff1a", None))
        self.browseButton.setText(QCoreApplication.translate("VerifyBackupDialog", u"\u9009\u62e9\u2026", None))
        self.secretCaption.setText(QCoreApplication.translate("VerifyBackupDialog", u"\u53e3\u4ee4(&P)\uff1a", None))
        self.useRecoveryCheck.setText(QCoreApplication.translate("VerifyBackupDialog", u"\u4f7f\u7528\u6062\u590d\u7801", None))
    # retranslateUi

