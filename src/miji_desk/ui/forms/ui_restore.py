# Generated from forms/restore.ui by scripts/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_RestoreDialog(object):
    def setupUi(self, RestoreDialog):
        if not RestoreDialog.objectName():
            RestoreDialog.setObjectName(u"RestoreDialog")
        RestoreDialog.resize(620, 560)
        self.layout = QVBoxLayout(RestoreDialog)
        self.layout.setObjectName(u"layout")
        self.pages = QStackedWidget(RestoreDialog)
        self.pages.setObjectName(u"pages")
        self.choosePage = QWidget()
        self.choosePage.setObjectName(u"choosePage")
        self.chooseLayout = QVBoxLayout(self.choosePage)
        self.chooseLayout.setObjectName(u"chooseLayout")
        self.chooseIntro = QLabel(self.choosePage)
        self.chooseIntro.setObjectName(u"chooseIntro")
        self.chooseIntro.setWordWrap(True)

        self.chooseLayout.addWidget(self.chooseIntro)

        self.chooseForm = QFormLayout()
        self.chooseForm.setObjectName(u"chooseForm")
        self.fileCaption = QLabel(self.choosePage)
        self.fileCaption.setObjectName(u"fileCaption")

        self.chooseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileCaption)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(self.choosePage)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(self.choosePage)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.chooseForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.secretCaption = QLabel(self.choosePage)
        self.secretCaption.setObjectName(u"secretCaption")

        self.chooseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.secretCaption)

        self.secretEdit = QLineEdit(self.choosePage)
        self.secretEdit.setObjectName(u"secretEdit")
        self.secretEdit.setEchoMode(QLineEdit.Password)

        self.chooseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.secretEdit)

        self.useRecoveryCheck = QCheckBox(self.choosePage)
        self.useRecoveryCheck.setObjectName(u"useRecoveryCheck")

        self.chooseForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.useRecoveryCheck)


        self.chooseLayout.addLayout(self.chooseForm)

        self.checkButton = QPushButton(self.choosePage)
        self.checkButton.setObjectName(u"checkButton")

        self.chooseLayout.addWidget(self.checkButton)

        self.chooseStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.chooseLayout.addItem(self.chooseStretch)

        self.pages.addWidget(self.choosePage)
        self.confirmPage = QWidget()
        self.confirmPage.setObjectName(u"confirmPage")
        self.confirmLayout = QVBoxLayout(self.confirmPage)
        self.confirmLayout.setObjectName(u"confirmLayout")
        self.summaryLabel = QLabel(self.confirmPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.confirmLayout.addWidget(self.summaryLabel)

        self.tablesRow = QHBoxLayout()
        self.tablesRow.setObjectName(u"tablesRow")
        self.levelTable = QTableWidget(self.confirmPage)
        self.levelTable.setObjectName(u"levelTable")
        self.levelTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.levelTable.setSelectionMode(QAbstractItemView.NoSelection)

        self.tablesRow.addWidget(self.levelTable)

        self.statusTable = QTableWidget(self.confirmPage)
        self.statusTable.setObjectName(u"statusTable")
        self.statusTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.statusTable.setSelectionMode(QAbstractItemView.NoSelection)

        self.tablesRow.addWidget(self.statusTable)


        self.confirmLayout.addLayout(self.tablesRow)

        self.passphraseForm = QFormLayout()
        self.passphraseForm.setObjectName(u"passphraseForm")
        self.newCaption = QLabel(self.confirmPage)
        self.newCaption.setObjectName(u"newCaption")

        self.passphraseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.newCaption)

        self.newPassphraseEdit = QLineEdit(self.confirmPage)
        self.newPassphraseEdit.setObjectName(u"newPassphraseEdit")
        self.newPassphraseEdit.setEchoMode(QLineEdit.Password)

        self.passphraseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.newPassphraseEdit)

        self.repeatCaption = QLabel(self.confirmPage)
        self.repeatCaption.setObjectName(u"repeatCaption")

        self.passphraseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeatCaption)

        self.repeatEdit = QLineEdit(self.confirmPage)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.Password)

        self.passphraseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.confirmLayout.addLayout(self.passphraseForm)

        self.passphraseHint = QLabel(self.confirmPage)
        self.passphraseHint.setObjectName(u"passphraseHint")
        self.passphraseHint.setWordWrap(True)

        self.confirmLayout.addWidget(self.passphraseHint)

        self.confirmCheck = QCheckBox(self.confirmPage)
        self.confirmCheck.setObjectName(u"confirmCheck")

        self.confirmLayout.addWidget(self.confirmCheck)

        self.restoreButton = QPushButton(self.confirmPage)
        self.restoreButton.setObjectName(u"restoreButton")

        self.confirmLayout.addWidget(self.restoreButton)

        self.pages.addWidget(self.confirmPage)

        self.layout.addWidget(self.pages)

        self.progressBar = QProgressBar(RestoreDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximum(1000)
        self.progressBar.setValue(0)
        self.progressBar.setTextVisible(False)

        self.layout.addWidget(self.progressBar)

        self.stepLabel = QLabel(RestoreDialog)
        self.stepLabel.setObjectName(u"stepLabel")
        self.stepLabel.setWordWrap(True)

        self.layout.addWidget(self.stepLabel)

        self.error = QLabel(RestoreDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b00020;")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(RestoreDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.fileCaption.setBuddy(self.fileEdit)
        self.secretCaption.setBuddy(self.secretEdit)
        self.newCaption.setBuddy(self.newPassphraseEdit)
        self.repeatCaption.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RestoreDialog)
    # setupUi

    def retranslateUi(self, RestoreDialog):
        RestoreDialog.setWindowTitle(QCoreApplication.translate("RestoreDialog", u"\u4ece\u5907\u4efd\u6062\u590d", None))
        self.chooseIntro.setText(QCoreApplication.translate("RestoreDialog", u"\u9009\u62e9\u4e00\u4efd\u5907\u4efd\u5e76\u7528\u53e3\u4ee4\u6216\u6062\u590d\u7801\u6253\u5f00\u3002\u6062\u590d\u4e4b\u524d\u4f1a\u5148\u663e\u793a\u5907\u4efd\u7684\u5185\u5bb9\uff0c\u786e\u8ba4\u540e\u624d\u66ff\u6362\u53f0\u8d26\uff1b\u88ab\u66ff\u6362\u7684\u53f0\u8d26\u4fdd\u7559\u5728\u539f\u5904\u3002", None))
        self.fileCaption.setText(QCoreApplication.translate("RestoreDialog", u"\u5907\u4efd\u6587\u4ef6(&F)\uff1a", None))
        self.browseButton.setText(QCoreApplication.translate("RestoreDialog", u"\u9009\u62e9\u2026", None))
        self.secretCaption.setText(QCoreApplication.translate("RestoreDialog", u"\u53e3\u4ee4(&P)\uff1a", None))
        self.useRecoveryCheck.setText(QCoreApplication.translate("RestoreDialog", u"\u4f7f\u7528\u6062\u590d\u7801", None))
        self.checkButton.setText(QCoreApplication.translate("RestoreDialog", u"\u6253\u5f00\u5e76\u68c0\u67e5\u5907\u4efd(&O)", None))
        self.newCaption.setText(QCoreApplication.translate("RestoreDialog", u"\u6062\u590d\u540e\u7684\u53e3\u4ee4(&N)\uff1a", None))
        self.repeatCaption.setText(QCoreApplication.translate("RestoreDialog", u"\u518d\u8f93\u5165\u4e00\u6b21(&R)\uff1a", None))
        self.confirmCheck.setText(QCoreApplication.translate("RestoreDialog", u"\u6211\u5df2\u6838\u5bf9\u4ee5\u4e0a\u5185\u5bb9\uff0c\u7528\u8fd9\u4efd\u5907\u4efd\u66ff\u6362\u5f53\u524d\u53f0\u8d26", None))
        self.restoreButton.setText(QCoreApplication.translate("RestoreDialog", u"\u6062\u590d(&S)", None))
    # retranslateUi

