# Generated from forms/label_print.ui by scripts/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'label_print.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QDoubleSpinBox,
    QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

from miji_desk.ui.printing.sheet_map import SheetMap

class Ui_LabelPrintDialog(object):
    def setupUi(self, LabelPrintDialog):
        if not LabelPrintDialog.objectName():
            LabelPrintDialog.setObjectName(u"LabelPrintDialog")
        LabelPrintDialog.resize(820, 560)
        self.layout = QVBoxLayout(LabelPrintDialog)
        self.layout.setObjectName(u"layout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.selectionGroup = QGroupBox(LabelPrintDialog)
        self.selectionGroup.setObjectName(u"selectionGroup")
        self.selectionGrid = QGridLayout(self.selectionGroup)
        self.selectionGrid.setObjectName(u"selectionGrid")
        self.selectedRadio = QRadioButton(self.selectionGroup)
        self.selectedRadio.setObjectName(u"selectedRadio")
        self.selectedRadio.setChecked(True)

        self.selectionGrid.addWidget(self.selectedRadio, 0, 0, 1, 1)

        self.selectedCount = QLabel(self.selectionGroup)
        self.selectedCount.setObjectName(u"selectedCount")

        self.selectionGrid.addWidget(self.selectedCount, 0, 1, 1, 3)

        self.rangeRadio = QRadioButton(self.selectionGroup)
        self.rangeRadio.setObjectName(u"rangeRadio")

        self.selectionGrid.addWidget(self.rangeRadio, 1, 0, 1, 1)

        self.numberFrom = QLineEdit(self.selectionGroup)
        self.numberFrom.setObjectName(u"numberFrom")

        self.selectionGrid.addWidget(self.numberFrom, 1, 1, 1, 1)

        self.toCaption = QLabel(self.selectionGroup)
        self.toCaption.setObjectName(u"toCaption")

        self.selectionGrid.addWidget(self.toCaption, 1, 2, 1, 1)

        self.numberTo = QLineEdit(self.selectionGroup)
        self.numberTo.setObjectName(u"numberTo")

        self.selectionGrid.addWidget(self.numberTo, 1, 3, 1, 1)


        self.leftColumn.addWidget(self.selectionGroup)

        self.stockGroup = QGroupBox(LabelPrintDialog)
        self.stockGroup.setObjectName(u"stockGroup")
        self.stockForm = QFormLayout(self.stockGroup)
        self.stockForm.setObjectName(u"stockForm")
        self.templateCaption = QLabel(self.stockGroup)
        self.templateCaption.setObjectName(u"templateCaption")

        self.stockForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.templateCaption)

        self.templateRow = QHBoxLayout()
        self.templateRow.setObjectName(u"templateRow")
        self.templateCombo = QComboBox(self.stockGroup)
        self.templateCombo.setObjectName(u"templateCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.templateCombo.sizePolicy().hasHeightForWidth())
        self.templateCombo.setSizePolicy(sizePolicy)

        self.templateRow.addWidget(self.templateCombo)

        self.customTemplateButton = QPushButton(self.stockGroup)
        self.customTemplateButton.setObjectName(u"customTemplateButton")
        self.customTemplateButton.setAutoDefault(False)

        self.templateRow.addWidget(self.customTemplateButton)

        self.deleteTemplateButton = QPushButton(self.stockGroup)
        self.deleteTemplateButton.setObjectName(u"deleteTemplateButton")
        self.deleteTemplateButton.setAutoDefault(False)

        self.templateRow.addWidget(self.deleteTemplateButton)


        self.stockForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.templateRow)

        self.templateInfo = QLabel(self.stockGroup)
        self.templateInfo.setObjectName(u"templateInfo")
        self.templateInfo.setWordWrap(True)

        self.stockForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.templateInfo)

        self.startCaption = QLabel(self.stockGroup)
        self.startCaption.setObjectName(u"startCaption")

        self.stockForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startCaption)

        self.startSpin = QSpinBox(self.stockGroup)
        self.startSpin.setObjectName(u"startSpin")
        self.startSpin.setMinimum(1)

        self.stockForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.startSpin)

        self.skipCaption = QLabel(self.stockGroup)
        self.skipCaption.setObjectName(u"skipCaption")

        self.stockForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.skipCaption)

        self.skipEdit = QLineEdit(self.stockGroup)
        self.skipEdit.setObjectName(u"skipEdit")

        self.stockForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.skipEdit)


        self.leftColumn.addWidget(self.stockGroup)

        self.printerGroup = QGroupBox(LabelPrintDialog)
        self.printerGroup.setObjectName(u"printerGroup")
        self.printerForm = QFormLayout(self.printerGroup)
        self.printerForm.setObjectName(u"printerForm")
        self.printerCaption = QLabel(self.printerGroup)
        self.printerCaption.setObjectName(u"printerCaption")

        self.printerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.printerCaption)

        self.printerCombo = QComboBox(self.printerGroup)
        self.printerCombo.setObjectName(u"printerCombo")

        self.printerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.printerCombo)

        self.offsetCaption = QLabel(self.printerGroup)
        self.offsetCaption.setObjectName(u"offsetCaption")

        self.printerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.offsetCaption)

        self.offsetRow = QHBoxLayout()
        self.offsetRow.setObjectName(u"offsetRow")
        self.offsetXCaption = QLabel(self.printerGroup)
        self.offsetXCaption.setObjectName(u"offsetXCaption")

        self.offsetRow.addWidget(self.offsetXCaption)

        self.offsetX = QDoubleSpinBox(self.printerGroup)
        self.offsetX.setObjectName(u"offsetX")
        self.offsetX.setDecimals(1)
        self.offsetX.setMinimum(-10.000000000000000)
        self.offsetX.setMaximum(10.000000000000000)
        self.offsetX.setSingleStep(0.500000000000000)

        self.offsetRow.addWidget(self.offsetX)

        self.offsetYCaption = QLabel(self.printerGroup)
        self.offsetYCaption.setObjectName(u"offsetYCaption")

        self.offsetRow.addWidget(self.offsetYCaption)

        self.offsetY = QDoubleSpinBox(self.printerGroup)
        self.offsetY.setObjectName(u"offsetY")
        self.offsetY.setDecimals(1)
        self.offsetY.setMinimum(-10.000000000000000)
        self.offsetY.setMaximum(10.000000000000000)
        self.offsetY.setSingleStep(0.500000000000000)

        self.offsetRow.addWidget(self.offsetY)

        self.offsetSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.offsetRow.addItem(self.offsetSpacer)


        self.printerForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.offsetRow)

        self.offsetHint = QLabel(self.printerGroup)
        self.offsetHint.setObjectName(u"offsetHint")
        self.offsetHint.setWordWrap(True)

        self.printerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.offsetHint)

        self.testPageButton = QPushButton(self.printerGroup)
        self.testPageButton.setObjectName(u"testPageButton")
        self.testPageButton.setAutoDefault(False)

        self.printerForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.testPageButton)

        self.marginCaption = QLabel(self.printerGroup)
        self.marginCaption.setObjectName(u"marginCaption")

        self.printerForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.marginCaption)

        self.marginSpin = QDoubleSpinBox(self.printerGroup)
        self.marginSpin.setObjectName(u"marginSpin")
        self.marginSpin.setDecimals(1)
        self.marginSpin.setMinimum(0.000000000000000)
        self.marginSpin.setMaximum(10.000000000000000)
        self.marginSpin.setSingleStep(0.500000000000000)
        self.marginSpin.setValue(4.000000000000000)

        self.printerForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.marginSpin)


        self.leftColumn.addWidget(self.printerGroup)


        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.sheetCaption = QLabel(LabelPrintDialog)
        self.sheetCaption.setObjectName(u"sheetCaption")

        self.rightColumn.addWidget(self.sheetCaption)

        self.sheetMap = SheetMap(LabelPrintDialog)
        self.sheetMap.setObjectName(u"sheetMap")

        self.rightColumn.addWidget(self.sheetMap)

        self.legend = QLabel(LabelPrintDialog)
        self.legend.setObjectName(u"legend")

        self.rightColumn.addWidget(self.legend)


        self.columns.addLayout(self.rightColumn)


        self.layout.addLayout(self.columns)

        self.summaryLabel = QLabel(LabelPrintDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.layout.addWidget(self.summaryLabel)

        self.messageLabel = QLabel(LabelPrintDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b71c1c;")

        self.layout.addWidget(self.messageLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.previewButton = QPushButton(LabelPrintDialog)
        self.previewButton.setObjectName(u"previewButton")

        self.buttons.addWidget(self.previewButton)

        self.cancelButton = QPushButton(LabelPrintDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.templateCaption.setBuddy(self.templateCombo)
        self.startCaption.setBuddy(self.startSpin)
        self.skipCaption.setBuddy(self.skipEdit)
        self.printerCaption.setBuddy(self.printerCombo)
        self.offsetCaption.setBuddy(self.offsetX)
        self.marginCaption.setBuddy(self.marginSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.selectedRadio, self.rangeRadio)
        QWidget.setTabOrder(self.rangeRadio, self.numberFrom)
        QWidget.setTabOrder(self.numberFrom, self.numberTo)
        QWidget.setTabOrder(self.numberTo, self.templateCombo)
        QWidget.setTabOrder(self.templateCombo, self.customTemplateButton)
        QWidget.setTabOrder(self.customTemplateButton, self.deleteTemplateButton)
        QWidget.setTabOrder(self.deleteTemplateButton, self.startSpin)
        QWidget.setTabOrder(self.startSpin, self.skipEdit)
        QWidget.setTabOrder(self.skipEdit, self.printerCombo)
        QWidget.setTabOrder(self.printerCombo, self.offsetX)
        QWidget.setTabOrder(self.offsetX, self.offsetY)
        QWidget.setTabOrder(self.offsetY, self.testPageButton)
        QWidget.setTabOrder(self.testPageButton, self.marginSpin)
        QWidget.setTabOrder(self.marginSpin, self.previewButton)
        QWidget.setTabOrder(self.previewButton, self.cancelButton)

        self.retranslateUi(LabelPrintDialog)
        self.cancelButton.clicked.connect(LabelPrintDialog.reject)

        self.previewButton.setDefault(True)

    # setupUi

    def retranslateUi(self, LabelPrintDialog):
        LabelPrintDialog.setWindowTitle(QCoreApplication.translate("LabelPrintDialog", u"\u6253\u5370\u6761\u7801\u6807\u7b7e", None))
        self.selectionGroup.setTitle(QCoreApplication.translate("LabelPrintDialog", u"\u8981\u6253\u5370\u6807\u7b7e\u7684\u8f7d\u4f53", None))
        self.selectedRadio.setText(QCoreApplication.translate("LabelPrintDialog", u"\u9009\u4e2d\u7684\u8f7d\u4f53(&E)", None))
        self.rangeRadio.setText(QCoreApplication.translate("LabelPrintDialog", u"\u6309\u7f16\u53f7\u8303\u56f4(&R)\uff1a", None))
        self.numberFrom.setPlaceholderText(QCoreApplication.translate("LabelPrintDialog", u"\u8d77\u59cb\u7f16\u53f7\uff0c\u5982 2026-\u6536-0001", None))
        self.toCaption.setText(QCoreApplication.translate("LabelPrintDialog", u"\u81f3", None))
        self.numberTo.setPlaceholderText(QCoreApplication.translate("LabelPrintDialog", u"\u7ed3\u675f\u7f16\u53f7\uff08\u542b\u5176\u5404\u4efd\uff09", None))
        self.stockGroup.setTitle(QCoreApplication.translate("LabelPrintDialog", u"\u6807\u7b7e\u7eb8", None))
        self.templateCaption.setText(QCoreApplication.translate("LabelPrintDialog", u"\u6a21\u677f(&T)\uff1a", None))
        self.customTemplateButton.setText(QCoreApplication.translate("LabelPrintDialog", u"\u81ea\u5b9a\u4e49\u2026", None))
        self.deleteTemplateButton.setText(QCoreApplication.translate("LabelPrintDialog", u"\u5220\u9664", None))
        self.startCaption.setText(QCoreApplication.translate("LabelPrintDialog", u"\u8d77\u59cb\u4f4d\u7f6e(&S)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.startSpin.setToolTip(QCoreApplication.translate("LabelPrintDialog", u"\u90e8\u5206\u7528\u8fc7\u7684\u6807\u7b7e\u7eb8\uff1a\u4ece\u7b2c\u51e0\u4e2a\u4f4d\u7f6e\u5f00\u59cb\u6253\u5370\uff08\u5de6\u5230\u53f3\u3001\u4e0a\u5230\u4e0b\u6570\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.skipCaption.setText(QCoreApplication.translate("LabelPrintDialog", u"\u8df3\u8fc7\u4f4d\u7f6e(&K)\uff1a", None))
        self.skipEdit.setPlaceholderText(QCoreApplication.translate("LabelPrintDialog", u"\u635f\u574f\u7684\u4f4d\u7f6e\uff0c\u5982 3, 5, 7-9\uff08\u53ea\u7528\u4e8e\u7b2c\u4e00\u5f20\uff09", None))
        self.printerGroup.setTitle(QCoreApplication.translate("LabelPrintDialog", u"\u6253\u5370\u673a\u4e0e\u6821\u51c6", None))
        self.printerCaption.setText(QCoreApplication.translate("LabelPrintDialog", u"\u6253\u5370\u673a(&P)\uff1a", None))
        self.offsetCaption.setText(QCoreApplication.translate("LabelPrintDialog", u"\u6821\u51c6\u504f\u79fb(&O)\uff1a", None))
        self.offsetXCaption.setText(QCoreApplication.translate("LabelPrintDialog", u"\u5411\u53f3", None))
        self.offsetX.setSuffix(QCoreApplication.translate("LabelPrintDialog", u" mm", None))
        self.offsetYCaption.setText(QCoreApplication.translate("LabelPrintDialog", u"\u5411\u4e0b", None))
        self.offsetY.setSuffix(QCoreApplication.translate("LabelPrintDialog", u" mm", None))
        self.offsetHint.setText(QCoreApplication.translate("LabelPrintDialog", u"\u5148\u7528\u666e\u901a\u7eb8\u6253\u5370\u5bf9\u4f4d\u6d4b\u8bd5\u9875\uff0c\u53e0\u5728\u6807\u7b7e\u7eb8\u4e0a\u5bf9\u7740\u5149\u770b\uff1a\u5185\u5bb9\u8981\u5f80\u53f3\u3001\u5f80\u4e0b\u79fb\u5c31\u586b\u6b63\u6570\uff0c\u5f80\u5de6\u3001\u5f80\u4e0a\u79fb\u5c31\u586b\u8d1f\u6570\u3002\u6bcf\u53f0\u6253\u5370\u673a\u5206\u522b\u4fdd\u5b58\u3002", None))
        self.testPageButton.setText(QCoreApplication.translate("LabelPrintDialog", u"\u6253\u5370\u5bf9\u4f4d\u6d4b\u8bd5\u9875\u2026", None))
        self.marginCaption.setText(QCoreApplication.translate("LabelPrintDialog", u"\u53ef\u6253\u5370\u8fb9\u8ddd(&M)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.marginSpin.setToolTip(QCoreApplication.translate("LabelPrintDialog", u"\u6253\u5370\u673a\u5370\u4e0d\u5230\u7684\u7eb8\u8fb9\u5bbd\u5ea6\uff1a\u9760\u7eb8\u8fb9\u7684\u6807\u7b7e\uff0c\u5185\u5bb9\u7f29\u5c0f\u907f\u5f00\u8fd9\u4e00\u5708\uff0c\u6761\u7801\u9ad8\u5ea6\u4e0d\u53d8\u3002\u6bcf\u53f0\u6253\u5370\u673a\u5206\u522b\u4fdd\u5b58\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.marginSpin.setSuffix(QCoreApplication.translate("LabelPrintDialog", u" mm", None))
        self.sheetCaption.setText(QCoreApplication.translate("LabelPrintDialog", u"\u7b2c\u4e00\u5f20\u6807\u7b7e\u7eb8\uff08\u70b9\u51fb\u4f4d\u7f6e\u53ef\u6807\u4e3a\u8df3\u8fc7\uff09", None))
        self.legend.setText(QCoreApplication.translate("LabelPrintDialog", u"\u7070\u8272\uff1a\u5df2\u7528\u6389\u3000\u7ea2\u8272\uff1a\u8df3\u8fc7\u3000\u84dd\u8272\uff1a\u672c\u6b21\u6253\u5370", None))
        self.previewButton.setText(QCoreApplication.translate("LabelPrintDialog", u"\u9884\u89c8\u5e76\u6253\u5370\u2026", None))
        self.cancelButton.setText(QCoreApplication.translate("LabelPrintDialog", u"\u53d6\u6d88", None))
    # retranslateUi

