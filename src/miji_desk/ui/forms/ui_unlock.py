# Generated from forms/unlock.ui by scripts/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unlock.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_UnlockForm(object):
    def setupUi(self, UnlockForm):
        if not UnlockForm.objectName():
            UnlockForm.setObjectName(u"UnlockForm")
        UnlockForm.resize(640, 480)
        self.outerLayout = QVBoxLayout(UnlockForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.topSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer)

        self.centerLayout = QHBoxLayout()
        self.centerLayout.setObjectName(u"centerLayout")
        self.leftSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centerLayout.addItem(self.leftSpacer)

        self.card = QFrame(UnlockForm)
        self.card.setObjectName(u"card")
        self.card.setFrameShape(QFrame.StyledPanel)
        self.card.setMinimumSize(QSize(380, 0))
        self.card.setMaximumSize(QSize(520, 16777215))
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setObjectName(u"cardLayout")
        self.titleLabel = QLabel(self.card)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(16)
        font.setBold(True)
        self.titleLabel.setFont(font)
        self.titleLabel.setAlignment(Qt.AlignCenter)

        self.cardLayout.addWidget(self.titleLabel)

        self.vaultLabel = QLabel(self.card)
        self.vaultLabel.setObjectName(u"vaultLabel")
        self.vaultLabel.setWordWrap(True)
        self.vaultLabel.setAlignment(Qt.AlignCenter)
        self.vaultLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.cardLayout.addWidget(self.vaultLabel)

        self.cardSpacer = QSpacerItem(20, 12, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.cardLayout.addItem(self.cardSpacer)

        self.passphraseLabel = QLabel(self.card)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.cardLayout.addWidget(self.passphraseLabel)

        self.passphraseEdit = QLineEdit(self.card)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.Password)
        self.passphraseEdit.setInputMethodHints(Qt.ImhHiddenText|Qt.ImhNoPredictiveText|Qt.ImhSensitiveData)

        self.cardLayout.addWidget(self.passphraseEdit)

        self.recoveryLabel = QLabel(self.card)
        self.recoveryLabel.setObjectName(u"recoveryLabel")

        self.cardLayout.addWidget(self.recoveryLabel)

        self.recoveryEdit = QLineEdit(self.card)
        self.recoveryEdit.setObjectName(u"recoveryEdit")
        self.recoveryEdit.setInputMethodHints(Qt.ImhNoPredictiveText|Qt.ImhSensitiveData|Qt.ImhPreferUppercase)

        self.cardLayout.addWidget(self.recoveryEdit)

        self.messageLabel = QLabel(self.card)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.cardLayout.addWidget(self.messageLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.useRecoveryButton = QPushButton(self.card)
        self.useRecoveryButton.setObjectName(u"useRecoveryButton")
        self.useRecoveryButton.setFlat(True)
        self.useRecoveryButton.setCheckable(True)
        self.useRecoveryButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.useRecoveryButton)

        self.buttonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.unlockButton = QPushButton(self.card)
        self.unlockButton.setObjectName(u"unlockButton")

        self.buttonsLayout.addWidget(self.unlockButton)


        self.cardLayout.addLayout(self.buttonsLayout)

        self.demoHintLabel = QLabel(self.card)
        self.demoHintLabel.setObjectName(u"demoHintLabel")
        self.demoHintLabel.setWordWrap(True)
        self.demoHintLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.cardLayout.addWidget(self.demoHintLabel)


        self.centerLayout.addWidget(self.card)

        self.rightSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centerLayout.addItem(self.rightSpacer)


        self.outerLayout.addLayout(self.centerLayout)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.recoveryLabel.setBuddy(self.recoveryEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passphraseEdit, self.recoveryEdit)
        QWidget.setTabOrder(self.recoveryEdit, self.unlockButton)
        QWidget.setTabOrder(self.unlockButton, self.useRecoveryButton)

        self.retranslateUi(UnlockForm)

        self.unlockButton.setDefault(True)

    # setupUi

    def retranslateUi(self, UnlockForm):
        UnlockForm.setWindowTitle(QCoreApplication.translate("UnlockForm", u"\u89e3\u9501", None))
        self.titleLabel.setText(QCoreApplication.translate("UnlockForm", u"\u6d89\u5bc6\u8f7d\u4f53\u53f0\u8d26", None))
        self.vaultLabel.setText("")
        self.passphraseLabel.setText(QCoreApplication.translate("UnlockForm", u"\u53e3\u4ee4(&P)", None))
        self.recoveryLabel.setText(QCoreApplication.translate("UnlockForm", u"\u6062\u590d\u7801(&R)", None))
        self.recoveryEdit.setPlaceholderText(QCoreApplication.translate("UnlockForm", u"\u6062\u590d\u7801\u5404\u7ec4\u4e4b\u95f4\u7684\u77ed\u6a2a\u7ebf\u53ef\u4ee5\u4e0d\u8f93\u5165", None))
        self.messageLabel.setText("")
        self.useRecoveryButton.setText(QCoreApplication.translate("UnlockForm", u"\u4f7f\u7528\u6062\u590d\u7801", None))
        self.unlockButton.setText(QCoreApplication.translate("UnlockForm", u"\u89e3\u9501", None))
        self.demoHintLabel.setText("")
    # retranslateUi

