# Generated from forms/circulation_slip.ui by scripts/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'circulation_slip.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_CirculationSlipDialog(object):
    def setupUi(self, CirculationSlipDialog):
        if not CirculationSlipDialog.objectName():
            CirculationSlipDialog.setObjectName(u"CirculationSlipDialog")
        CirculationSlipDialog.resize(900, 600)
        self.layout = QVBoxLayout(CirculationSlipDialog)
        self.layout.setObjectName(u"layout")
        self.hint = QLabel(CirculationSlipDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.layout.addWidget(self.hint)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.carriersGroup = QGroupBox(CirculationSlipDialog)
        self.carriersGroup.setObjectName(u"carriersGroup")
        self.carriersColumn = QVBoxLayout(self.carriersGroup)
        self.carriersColumn.setObjectName(u"carriersColumn")
        self.carriers = QListWidget(self.carriersGroup)
        self.carriers.setObjectName(u"carriers")
        self.carriers.setWordWrap(True)

        self.carriersColumn.addWidget(self.carriers)

        self.carrierButtons = QHBoxLayout()
        self.carrierButtons.setObjectName(u"carrierButtons")
        self.carrierCode = QLineEdit(self.carriersGroup)
        self.carrierCode.setObjectName(u"carrierCode")

        self.carrierButtons.addWidget(self.carrierCode)

        self.removeCarrierButton = QPushButton(self.carriersGroup)
        self.removeCarrierButton.setObjectName(u"removeCarrierButton")
        self.removeCarrierButton.setAutoDefault(False)

        self.carrierButtons.addWidget(self.removeCarrierButton)


        self.carriersColumn.addLayout(self.carrierButtons)


        self.columns.addWidget(self.carriersGroup)

        self.peopleGroup = QGroupBox(CirculationSlipDialog)
        self.peopleGroup.setObjectName(u"peopleGroup")
        self.peopleColumn = QVBoxLayout(self.peopleGroup)
        self.peopleColumn.setObjectName(u"peopleColumn")
        self.peopleFilter = QLineEdit(self.peopleGroup)
        self.peopleFilter.setObjectName(u"peopleFilter")
        self.peopleFilter.setClearButtonEnabled(True)

        self.peopleColumn.addWidget(self.peopleFilter)

        self.people = QListWidget(self.peopleGroup)
        self.people.setObjectName(u"people")

        self.peopleColumn.addWidget(self.people)

        self.addReaderButton = QPushButton(self.peopleGroup)
        self.addReaderButton.setObjectName(u"addReaderButton")
        self.addReaderButton.setAutoDefault(False)

        self.peopleColumn.addWidget(self.addReaderButton)


        self.columns.addWidget(self.peopleGroup)

        self.readersGroup = QGroupBox(CirculationSlipDialog)
        self.readersGroup.setObjectName(u"readersGroup")
        self.readersColumn = QVBoxLayout(self.readersGroup)
        self.readersColumn.setObjectName(u"readersColumn")
        self.readers = QListWidget(self.readersGroup)
        self.readers.setObjectName(u"readers")

        self.readersColumn.addWidget(self.readers)

        self.readerButtons = QHBoxLayout()
        self.readerButtons.setObjectName(u"readerButtons")
        self.upButton = QPushButton(self.readersGroup)
        self.upButton.setObjectName(u"upButton")
        self.upButton.setAutoDefault(False)

        self.readerButtons.addWidget(self.upButton)

        self.downButton = QPushButton(self.readersGroup)
        self.downButton.setObjectName(u"downButton")
        self.downButton.setAutoDefault(False)

        self.readerButtons.addWidget(self.downButton)

        self.removeReaderButton = QPushButton(self.readersGroup)
        self.removeReaderButton.setObjectName(u"removeReaderButton")
        self.removeReaderButton.setAutoDefault(False)

        self.readerButtons.addWidget(self.removeReaderButton)


        self.readersColumn.addLayout(self.readerButtons)


        self.columns.addWidget(self.readersGroup)

        self.columns.setStretch(0, 3)
        self.columns.setStretch(1, 2)
        self.columns.setStretch(2, 2)

        self.layout.addLayout(self.columns)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.instructionCaption = QLabel(CirculationSlipDialog)
        self.instructionCaption.setObjectName(u"instructionCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.instructionCaption)

        self.instruction = QLineEdit(CirculationSlipDialog)
        self.instruction.setObjectName(u"instruction")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.instruction)

        self.noteCaption = QLabel(CirculationSlipDialog)
        self.noteCaption.setObjectName(u"noteCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.noteCaption)

        self.note = QLineEdit(CirculationSlipDialog)
        self.note.setObjectName(u"note")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.note)


        self.layout.addLayout(self.form)

        self.printAfter = QCheckBox(CirculationSlipDialog)
        self.printAfter.setObjectName(u"printAfter")
        self.printAfter.setChecked(True)

        self.layout.addWidget(self.printAfter)

        self.messageLabel = QLabel(CirculationSlipDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.messageLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonStretch)

        self.okButton = QPushButton(CirculationSlipDialog)
        self.okButton.setObjectName(u"okButton")
        self.okButton.setAutoDefault(False)

        self.buttons.addWidget(self.okButton)

        self.cancelButton = QPushButton(CirculationSlipDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.instructionCaption.setBuddy(self.instruction)
        self.noteCaption.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.carriers, self.carrierCode)
        QWidget.setTabOrder(self.carrierCode, self.removeCarrierButton)
        QWidget.setTabOrder(self.removeCarrierButton, self.peopleFilter)
        QWidget.setTabOrder(self.peopleFilter, self.people)
        QWidget.setTabOrder(self.people, self.addReaderButton)
        QWidget.setTabOrder(self.addReaderButton, self.readers)
        QWidget.setTabOrder(self.readers, self.upButton)
        QWidget.setTabOrder(self.upButton, self.downButton)
        QWidget.setTabOrder(self.downButton, self.removeReaderButton)
        QWidget.setTabOrder(self.removeReaderButton, self.instruction)
        QWidget.setTabOrder(self.instruction, self.note)
        QWidget.setTabOrder(self.note, self.printAfter)
        QWidget.setTabOrder(self.printAfter, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(CirculationSlipDialog)
    # setupUi

    def retranslateUi(self, CirculationSlipDialog):
        CirculationSlipDialog.setWindowTitle(QCoreApplication.translate("CirculationSlipDialog", u"\u65b0\u5efa\u4f20\u9605\u5355", None))
        self.hint.setText(QCoreApplication.translate("CirculationSlipDialog", u"\u626b\u63cf\u8f7d\u4f53\u6761\u7801\u628a\u5b83\u52a0\u5165\u4f20\u9605\u5355\uff0c\u626b\u63cf\u4eba\u5458\u8bc1\u4ef6\u628a\u4ed6\u52a0\u5165\u4f20\u9605\u4eba\uff1b\u4e5f\u53ef\u4ee5\u5728\u4e0b\u9762\u7684\u4eba\u5458\u540d\u5355\u4e2d\u53cc\u51fb\u3002\u4f20\u9605\u4eba\u6309\u987a\u5e8f\u9605\u8bfb\uff0c\u6bcf\u4eba\u9605\u540e\u9000\u56de\u673a\u8981\u5458\u3002", None))
        self.carriersGroup.setTitle(QCoreApplication.translate("CirculationSlipDialog", u"\u4f20\u9605\u7684\u8f7d\u4f53", None))
        self.carrierCode.setPlaceholderText(QCoreApplication.translate("CirculationSlipDialog", u"\u8f93\u5165\u8f7d\u4f53\u6761\u7801\u540e\u56de\u8f66", None))
        self.removeCarrierButton.setText(QCoreApplication.translate("CirculationSlipDialog", u"\u79fb\u51fa", None))
        self.peopleGroup.setTitle(QCoreApplication.translate("CirculationSlipDialog", u"\u4eba\u5458\u540d\u5355", None))
        self.peopleFilter.setPlaceholderText(QCoreApplication.translate("CirculationSlipDialog", u"\u68c0\u7d22\u59d3\u540d\u3001\u90e8\u95e8\u3001\u5c97\u4f4d", None))
        self.addReaderButton.setText(QCoreApplication.translate("CirculationSlipDialog", u"\u52a0\u5165\u4f20\u9605\u4eba \u2192", None))
        self.readersGroup.setTitle(QCoreApplication.translate("CirculationSlipDialog", u"\u4f20\u9605\u4eba\uff08\u6309\u9605\u8bfb\u987a\u5e8f\uff09", None))
        self.upButton.setText(QCoreApplication.translate("CirculationSlipDialog", u"\u4e0a\u79fb", None))
        self.downButton.setText(QCoreApplication.translate("CirculationSlipDialog", u"\u4e0b\u79fb", None))
        self.removeReaderButton.setText(QCoreApplication.translate("CirculationSlipDialog", u"\u79fb\u51fa", None))
        self.instructionCaption.setText(QCoreApplication.translate("CirculationSlipDialog", u"\u9605\u529e\u610f\u89c1(&I)\uff1a", None))
        self.instruction.setPlaceholderText(QCoreApplication.translate("CirculationSlipDialog", u"\u8c01\u8981\u6c42\u4f20\u9605\u3001\u600e\u6837\u529e\u7406\uff0c\u5982\uff1a\u8bf7\u9662\u9886\u5bfc\u9605\u793a", None))
        self.noteCaption.setText(QCoreApplication.translate("CirculationSlipDialog", u"\u5907\u6ce8\uff1a", None))
        self.printAfter.setText(QCoreApplication.translate("CirculationSlipDialog", u"\u5efa\u7acb\u540e\u6253\u5370\u4f20\u9605\u5355(&P)", None))
        self.okButton.setText(QCoreApplication.translate("CirculationSlipDialog", u"\u5efa\u7acb\u4f20\u9605\u5355(&O)", None))
        self.cancelButton.setText(QCoreApplication.translate("CirculationSlipDialog", u"\u53d6\u6d88", None))
    # retranslateUi

