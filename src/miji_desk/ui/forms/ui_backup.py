# Generated from forms/backup.ui by scripts/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backup.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_BackupDialog(object):
    def setupUi(self, BackupDialog):
        if not BackupDialog.objectName():
            BackupDialog.setObjectName(u"BackupDialog")
        BackupDialog.resize(560, 400)
        self.layout = QVBoxLayout(BackupDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(BackupDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.folderCaption = QLabel(BackupDialog)
        self.folderCaption.setObjectName(u"folderCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.folderCaption)

        self.folderRow = QHBoxLayout()
        self.folderRow.setObjectName(u"folderRow")
        self.folderEdit = QLineEdit(BackupDialog)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderRow.addWidget(self.folderEdit)

        self.browseButton = QPushButton(BackupDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.folderRow.addWidget(self.browseButton)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.folderRow)

        self.passphraseCaption = QLabel(BackupDialog)
        self.passphraseCaption.setObjectName(u"passphraseCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphraseCaption)

        self.passphraseEdit = QLineEdit(BackupDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.mediumCaption = QLabel(BackupDialog)
        self.mediumCaption.setObjectName(u"mediumCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.mediumCaption)

        self.mediumEdit = QLineEdit(BackupDialog)
        self.mediumEdit.setObjectName(u"mediumEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.mediumEdit)

        self.generationsCaption = QLabel(BackupDialog)
        self.generationsCaption.setObjectName(u"generationsCaption")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.generationsCaption)

        self.generationsLabel = QLabel(BackupDialog)
        self.generationsLabel.setObjectName(u"generationsLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.generationsLabel)


        self.layout.addLayout(self.form)

        self.progressBar = QProgressBar(BackupDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximum(1000)
        self.progressBar.setValue(0)
        self.progressBar.setTextVisible(False)

        self.layout.addWidget(self.progressBar)

        self.stepLabel = QLabel(BackupDialog)
        self.stepLabel.setObjectName(u"stepLabel")
        self.stepLabel.setWordWrap(True)

        self.layout.addWidget(self.stepLabel)

        self.error = QLabel(BackupDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b00020;")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.error)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.stretch)

        self.buttons = QDialogButtonBox(BackupDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.folderCaption.setBuddy(self.folderEdit)
        self.passphraseCaption.setBuddy(self.passphraseEdit)
        self.mediumCaption.setBuddy(self.mediumEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.folderEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.passphraseEdit)
        QWidget.setTabOrder(self.passphraseEdit, self.mediumEdit)

        self.retranslateUi(BackupDialog)
    # setupUi

    def retranslateUi(self, BackupDialog):
        BackupDialog.setWindowTitle(QCoreApplication.translate("BackupDialog", u"\u5907\u4efd\u53f0\u8d26", None))
        self.intro.setText(QCoreApplication.translate("BackupDialog", u"\u5907\u4efd\u5199\u5165\u4e13\u7528\u5907\u4efd\u4ecb\u8d28\u4e0a\u7684\u6587\u4ef6\u5939\u3002\u5907\u4efd\u7ecf\u8fc7\u52a0\u5bc6\uff0c\u7528\u5f53\u524d\u53e3\u4ee4\u6216\u6062\u590d\u7801\u53ef\u5728\u4efb\u4f55\u4e00\u53f0\u8ba1\u7b97\u673a\u4e0a\u6253\u5f00\uff1b\u5199\u5165\u540e\u4f1a\u56de\u8bfb\u6821\u9a8c\u3002", None))
        self.folderCaption.setText(QCoreApplication.translate("BackupDialog", u"\u5907\u4efd\u4f4d\u7f6e(&F)\uff1a", None))
        self.folderEdit.setPlaceholderText(QCoreApplication.translate("BackupDialog", u"\u4e13\u7528\u5907\u4efd\u4ecb\u8d28\u4e0a\u7684\u6587\u4ef6\u5939", None))
        self.browseButton.setText(QCoreApplication.translate("BackupDialog", u"\u9009\u62e9\u2026", None))
        self.passphraseCaption.setText(QCoreApplication.translate("BackupDialog", u"\u53f0\u8d26\u53e3\u4ee4(&P)\uff1a", None))
        self.passphraseEdit.setPlaceholderText(QCoreApplication.translate("BackupDialog", u"\u518d\u6b21\u8f93\u5165\u5f53\u524d\u53e3\u4ee4\uff0c\u5907\u4efd\u7528\u5b83\u52a0\u5bc6", None))
        self.mediumCaption.setText(QCoreApplication.translate("BackupDialog", u"\u4ecb\u8d28\u6761\u7801(&B)\uff1a", None))
        self.mediumEdit.setPlaceholderText(QCoreApplication.translate("BackupDialog", u"\u53ef\u9009\uff1a\u626b\u63cf\u5df2\u767b\u8bb0\u7684\u5907\u4efd\u4ecb\u8d28\u7684\u6761\u7801", None))
        self.generationsCaption.setText(QCoreApplication.translate("BackupDialog", u"\u4fdd\u7559\u4efd\u6570\uff1a", None))
    # retranslateUi

