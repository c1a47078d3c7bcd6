# Generated from forms/departure.ui by scripts/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'departure.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QDialog, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_DepartureDialog(object):
    def setupUi(self, DepartureDialog):
        if not DepartureDialog.objectName():
            DepartureDialog.setObjectName(u"DepartureDialog")
        DepartureDialog.resize(680, 520)
        self.layout = QVBoxLayout(DepartureDialog)
        self.layout.setObjectName(u"layout")
        self.personLabel = QLabel(DepartureDialog)
        self.personLabel.setObjectName(u"personLabel")
        self.personLabel.setStyleSheet(u"font-weight: bold;")
        self.personLabel.setWordWrap(True)
        self.personLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.personLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kindCaption = QLabel(DepartureDialog)
        self.kindCaption.setObjectName(u"kindCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindCaption)

        self.kind = QComboBox(DepartureDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.leavingOnCaption = QLabel(DepartureDialog)
        self.leavingOnCaption.setObjectName(u"leavingOnCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.leavingOnCaption)

        self.leaving_on = QDateEdit(DepartureDialog)
        self.leaving_on.setObjectName(u"leaving_on")
        self.leaving_on.setCalendarPopup(True)
        self.leaving_on.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.leaving_on)

        self.reasonCaption = QLabel(DepartureDialog)
        self.reasonCaption.setObjectName(u"reasonCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonCaption)

        self.reason = QLineEdit(DepartureDialog)
        self.reason.setObjectName(u"reason")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason)


        self.layout.addLayout(self.form)

        self.blockersCaption = QLabel(DepartureDialog)
        self.blockersCaption.setObjectName(u"blockersCaption")
        self.blockersCaption.setWordWrap(True)

        self.layout.addWidget(self.blockersCaption)

        self.blockers = QListWidget(DepartureDialog)
        self.blockers.setObjectName(u"blockers")
        self.blockers.setSelectionMode(QAbstractItemView.NoSelection)

        self.layout.addWidget(self.blockers)

        self.exitLabel = QLabel(DepartureDialog)
        self.exitLabel.setObjectName(u"exitLabel")
        self.exitLabel.setWordWrap(True)

        self.layout.addWidget(self.exitLabel)

        self.messageLabel = QLabel(DepartureDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.messageLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.printHandoverButton = QPushButton(DepartureDialog)
        self.printHandoverButton.setObjectName(u"printHandoverButton")
        self.printHandoverButton.setAutoDefault(False)

        self.buttons.addWidget(self.printHandoverButton)

        self.refreshButton = QPushButton(DepartureDialog)
        self.refreshButton.setObjectName(u"refreshButton")
        self.refreshButton.setAutoDefault(False)

        self.buttons.addWidget(self.refreshButton)

        self.buttonStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonStretch)

        self.startButton = QPushButton(DepartureDialog)
        self.startButton.setObjectName(u"startButton")

        self.buttons.addWidget(self.startButton)

        self.completeButton = QPushButton(DepartureDialog)
        self.completeButton.setObjectName(u"completeButton")

        self.buttons.addWidget(self.completeButton)

        self.cancelButton = QPushButton(DepartureDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.kindCaption.setBuddy(self.kind)
        self.leavingOnCaption.setBuddy(self.leaving_on)
        self.reasonCaption.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind, self.leaving_on)
        QWidget.setTabOrder(self.leaving_on, self.reason)
        QWidget.setTabOrder(self.reason, self.startButton)
        QWidget.setTabOrder(self.startButton, self.completeButton)
        QWidget.setTabOrder(self.completeButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.printHandoverButton)

        self.retranslateUi(DepartureDialog)

        self.startButton.setDefault(True)

    # setupUi

    def retranslateUi(self, DepartureDialog):
        DepartureDialog.setWindowTitle(QCoreApplication.translate("DepartureDialog", u"\u79bb\u5c97\u624b\u7eed", None))
        self.kindCaption.setText(QCoreApplication.translate("DepartureDialog", u"\u79bb\u5c97\u7c7b\u578b(&K)\uff1a", None))
        self.leavingOnCaption.setText(QCoreApplication.translate("DepartureDialog", u"\u79bb\u5c97\u65e5\u671f(&D)\uff1a", None))
        self.reasonCaption.setText(QCoreApplication.translate("DepartureDialog", u"\u79bb\u5c97\u539f\u56e0(&R)\uff1a", None))
        self.printHandoverButton.setText(QCoreApplication.translate("DepartureDialog", u"\u6253\u5370\u79fb\u4ea4\u6e05\u5355(&P)\u2026", None))
        self.refreshButton.setText(QCoreApplication.translate("DepartureDialog", u"\u91cd\u65b0\u68c0\u67e5(&C)", None))
        self.startButton.setText(QCoreApplication.translate("DepartureDialog", u"\u5f00\u59cb\u529e\u7406(&S)", None))
        self.completeButton.setText(QCoreApplication.translate("DepartureDialog", u"\u529e\u7ed3\u79bb\u5c97(&O)", None))
        self.cancelButton.setText(QCoreApplication.translate("DepartureDialog", u"\u5173\u95ed", None))
    # retranslateUi

