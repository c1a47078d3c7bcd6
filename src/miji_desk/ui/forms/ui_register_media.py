# Generated from forms/register_media.ui by scripts/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'register_media.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QDialog, QFormLayout, QFrame, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_RegisterMediaDialog(object):
    def setupUi(self, RegisterMediaDialog):
        if not RegisterMediaDialog.objectName():
            RegisterMediaDialog.setObjectName(u"RegisterMediaDialog")
        RegisterMediaDialog.resize(900, 460)
        self.mainLayout = QVBoxLayout(RegisterMediaDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.messageLabel = QLabel(RegisterMediaDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.messageLabel)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.mediumGroup = QGroupBox(RegisterMediaDialog)
        self.mediumGroup.setObjectName(u"mediumGroup")
        self.mediumForm = QFormLayout(self.mediumGroup)
        self.mediumForm.setObjectName(u"mediumForm")
        self.mediumForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.kindLabel = QLabel(self.mediumGroup)
        self.kindLabel.setObjectName(u"kindLabel")

        self.mediumForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(self.mediumGroup)
        self.kind.addItem("")
        self.kind.addItem("")
        self.kind.addItem("")
        self.kind.addItem("")
        self.kind.setObjectName(u"kind")

        self.mediumForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.titleLabel = QLabel(self.mediumGroup)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mediumForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(self.mediumGroup)
        self.title.setObjectName(u"title")

        self.mediumForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title)

        self.purposeLabel = QLabel(self.mediumGroup)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.mediumForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purpose = QLineEdit(self.mediumGroup)
        self.purpose.setObjectName(u"purpose")

        self.mediumForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.purpose)

        self.serial_noLabel = QLabel(self.mediumGroup)
        self.serial_noLabel.setObjectName(u"serial_noLabel")

        self.mediumForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.serial_noLabel)

        self.serial_no = QLineEdit(self.mediumGroup)
        self.serial_no.setObjectName(u"serial_no")

        self.mediumForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.serial_no)

        self.capacityLabel = QLabel(self.mediumGroup)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.mediumForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.capacityLabel)

        self.capacity = QLineEdit(self.mediumGroup)
        self.capacity.setObjectName(u"capacity")

        self.mediumForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.capacity)

        self.barcodeLabel = QLabel(self.mediumGroup)
        self.barcodeLabel.setObjectName(u"barcodeLabel")

        self.mediumForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.barcodeLabel)

        self.barcode = QLineEdit(self.mediumGroup)
        self.barcode.setObjectName(u"barcode")

        self.mediumForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.barcode)

        self.dedicated_computerLabel = QLabel(self.mediumGroup)
        self.dedicated_computerLabel.setObjectName(u"dedicated_computerLabel")

        self.mediumForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.dedicated_computerLabel)

        self.dedicated_computer = QLineEdit(self.mediumGroup)
        self.dedicated_computer.setObjectName(u"dedicated_computer")

        self.mediumForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.dedicated_computer)


        self.columnsLayout.addWidget(self.mediumGroup)

        self.classificationGroup = QGroupBox(RegisterMediaDialog)
        self.classificationGroup.setObjectName(u"classificationGroup")
        self.classificationForm = QFormLayout(self.classificationGroup)
        self.classificationForm.setObjectName(u"classificationForm")
        self.classificationForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.levelLabel = QLabel(self.classificationGroup)
        self.levelLabel.setObjectName(u"levelLabel")

        self.classificationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.level = QComboBox(self.classificationGroup)
        self.level.setObjectName(u"level")

        self.classificationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.level)

        self.periodLabel = QLabel(self.classificationGroup)
        self.periodLabel.setObjectName(u"periodLabel")

        self.classificationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.period = QWidget(self.classificationGroup)
        self.period.setObjectName(u"period")
        self.periodLayout = QHBoxLayout(self.period)
        self.periodLayout.setObjectName(u"periodLayout")
        self.periodLayout.setContentsMargins(0, 0, 0, 0)
        self.period_kind = QComboBox(self.period)
        self.period_kind.addItem("")
        self.period_kind.addItem("")
        self.period_kind.addItem("")
        self.period_kind.addItem("")
        self.period_kind.addItem("")
        self.period_kind.addItem("")
        self.period_kind.setObjectName(u"period_kind")

        self.periodLayout.addWidget(self.period_kind)

        self.period_amount = QSpinBox(self.period)
        self.period_amount.setObjectName(u"period_amount")
        self.period_amount.setMinimum(1)
        self.period_amount.setMaximum(99)
        self.period_amount.setValue(10)

        self.periodLayout.addWidget(self.period_amount)

        self.period_until = QDateEdit(self.period)
        self.period_until.setObjectName(u"period_until")
        self.period_until.setCalendarPopup(True)
        self.period_until.setDisplayFormat(u"yyyy-MM-dd")

        self.periodLayout.addWidget(self.period_until)

        self.period_condition = QLineEdit(self.period)
        self.period_condition.setObjectName(u"period_condition")

        self.periodLayout.addWidget(self.period_condition)


        self.classificationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.period)

        self.classified_on_known = QCheckBox(self.classificationGroup)
        self.classified_on_known.setObjectName(u"classified_on_known")

        self.classificationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.classified_on_known)

        self.classified_on = QDateEdit(self.classificationGroup)
        self.classified_on.setObjectName(u"classified_on")
        self.classified_on.setEnabled(False)
        self.classified_on.setCalendarPopup(True)
        self.classified_on.setDisplayFormat(u"yyyy-MM-dd")

        self.classificationForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.classified_on)

        self.handled_byLabel = QLabel(self.classificationGroup)
        self.handled_byLabel.setObjectName(u"handled_byLabel")

        self.classificationForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.handled_byLabel)

        self.handled_by = QLineEdit(self.classificationGroup)
        self.handled_by.setObjectName(u"handled_by")

        self.classificationForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.handled_by)

        self.scopeLabel = QLabel(self.classificationGroup)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.classificationForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.scopeLabel)

        self.scope = QLineEdit(self.classificationGroup)
        self.scope.setObjectName(u"scope")

        self.classificationForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.scope)

        self.locationLabel = QLabel(self.classificationGroup)
        self.locationLabel.setObjectName(u"locationLabel")

        self.classificationForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.location = QComboBox(self.classificationGroup)
        self.location.setObjectName(u"location")

        self.classificationForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.location)

        self.notesLabel = QLabel(self.classificationGroup)
        self.notesLabel.setObjectName(u"notesLabel")

        self.classificationForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(self.classificationGroup)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 64))

        self.classificationForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notes)


        self.columnsLayout.addWidget(self.classificationGroup)


        self.mainLayout.addLayout(self.columnsLayout)

        self.savedFrame = QFrame(RegisterMediaDialog)
        self.savedFrame.setObjectName(u"savedFrame")
        self.savedFrame.setFrameShape(QFrame.StyledPanel)
        self.savedLayout = QHBoxLayout(self.savedFrame)
        self.savedLayout.setObjectName(u"savedLayout")
        self.savedLabel = QLabel(self.savedFrame)
        self.savedLabel.setObjectName(u"savedLabel")
        self.savedLabel.setWordWrap(True)
        self.savedLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.savedLayout.addWidget(self.savedLabel)

        self.savedSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.savedLayout.addItem(self.savedSpacer)

        self.printLabelsButton = QPushButton(self.savedFrame)
        self.printLabelsButton.setObjectName(u"printLabelsButton")
        self.printLabelsButton.setAutoDefault(False)

        self.savedLayout.addWidget(self.printLabelsButton)


        self.mainLayout.addWidget(self.savedFrame)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.saveButton = QPushButton(RegisterMediaDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)

        self.saveAndNewButton = QPushButton(RegisterMediaDialog)
        self.saveAndNewButton.setObjectName(u"saveAndNewButton")
        self.saveAndNewButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.saveAndNewButton)

        self.cancelButton = QPushButton(RegisterMediaDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kind)
        self.titleLabel.setBuddy(self.title)
        self.purposeLabel.setBuddy(self.purpose)
        self.serial_noLabel.setBuddy(self.serial_no)
        self.capacityLabel.setBuddy(self.capacity)
        self.barcodeLabel.setBuddy(self.barcode)
        self.dedicated_computerLabel.setBuddy(self.dedicated_computer)
        self.levelLabel.setBuddy(self.level)
        self.periodLabel.setBuddy(self.period_kind)
        self.handled_byLabel.setBuddy(self.handled_by)
        self.scopeLabel.setBuddy(self.scope)
        self.locationLabel.setBuddy(self.location)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind, self.title)
        QWidget.setTabOrder(self.title, self.purpose)
        QWidget.setTabOrder(self.purpose, self.serial_no)
        QWidget.setTabOrder(self.serial_no, self.capacity)
        QWidget.setTabOrder(self.capacity, self.barcode)
        QWidget.setTabOrder(self.barcode, self.dedicated_computer)
        QWidget.setTabOrder(self.dedicated_computer, self.level)
        QWidget.setTabOrder(self.level, self.period_kind)
        QWidget.setTabOrder(self.period_kind, self.period_amount)
        QWidget.setTabOrder(self.period_amount, self.period_until)
        QWidget.setTabOrder(self.period_until, self.period_condition)
        QWidget.setTabOrder(self.period_condition, self.classified_on_known)
        QWidget.setTabOrder(self.classified_on_known, self.classified_on)
        QWidget.setTabOrder(self.classified_on, self.handled_by)
        QWidget.setTabOrder(self.handled_by, self.scope)
        QWidget.setTabOrder(self.scope, self.location)
        QWidget.setTabOrder(self.location, self.notes)
        QWidget.setTabOrder(self.notes, self.printLabelsButton)
        QWidget.setTabOrder(self.printLabelsButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.saveAndNewButton)
        QWidget.setTabOrder(self.saveAndNewButton, self.cancelButton)

        self.retranslateUi(RegisterMediaDialog)
        self.cancelButton.clicked.connect(RegisterMediaDialog.reject)
        self.classified_on_known.toggled.connect(self.classified_on.setEnabled)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, RegisterMediaDialog):
        RegisterMediaDialog.setWindowTitle(QCoreApplication.translate("RegisterMediaDialog", u"\u6d89\u5bc6\u4ecb\u8d28\u767b\u8bb0", None))
        self.messageLabel.setText("")
        self.mediumGroup.setTitle(QCoreApplication.translate("RegisterMediaDialog", u"\u4ecb\u8d28", None))
        self.kindLabel.setText(QCoreApplication.translate("RegisterMediaDialog", u"\u4ecb\u8d28\u7c7b\u578b", None))
        self.kind.setItemText(0, QCoreApplication.translate("RegisterMediaDialog", u"U\u76d8", None))
        self.kind.setItemText(1, QCoreApplication.translate("RegisterMediaDialog", u"\u5149\u76d8", None))
        self.kind.setItemText(2, QCoreApplication.translate("RegisterMediaDialog", u"\u79fb\u52a8\u786c\u76d8", None))
        self.kind.setItemText(3, QCoreApplication.translate("RegisterMediaDialog", u"\u5176\u4ed6\u4ecb\u8d28", None))

        self.titleLabel.setText(QCoreApplication.translate("RegisterMediaDialog", u"\u540d\u79f0", None))
        self.title.setPlaceholderText(QCoreApplication.translate("RegisterMediaDialog", u"\u5982 \u4fdd\u5bc6\u529e\u4e13\u7528U\u76d8", None))
        self.purposeLabel.setText(QCoreApplication.translate("RegisterMediaDialog", u"\u4e13\u7528\u7528\u9014", None))
        self.purpose.setPlaceholderText(QCoreApplication.translate("RegisterMediaDialog", u"\u5982 \u4ec5\u7528\u4e8e\u673a\u8981\u5ba4\u4e0e\u6253\u5370\u673a\u4e4b\u95f4\u4f20\u9012\u6587\u4ef6", None))
        self.serial_noLabel.setText(QCoreApplication.translate("RegisterMediaDialog", u"\u5e8f\u5217\u53f7", None))
        self.serial_no.setPlaceholderText(QCoreApplication.translate("RegisterMediaDialog", u"\u4ecb\u8d28\u4e0a\u7684\u5e8f\u5217\u53f7\u6216\u786c\u4ef6\u7f16\u53f7", None))
        self.capacityLabel.setText(QCoreApplication.translate("RegisterMediaDialog", u"\u5bb9\u91cf", None))
        self.capacity.setPlaceholderText(QCoreApplication.translate("RegisterMediaDialog", u"\u5982 32 GB", None))
        self.barcodeLabel.setText(QCoreApplication.translate("RegisterMediaDialog", u"\u5df2\u6709\u6761\u7801", None))
        self.barcode.setPlaceholderText(QCoreApplication.translate("RegisterMediaDialog", u"\u4ecb\u8d28\u4e0a\u5df2\u8d34\u6709\u6761\u7801\u65f6\u626b\u5165\uff1b\u6ca1\u6709\u5219\u7531\u7cfb\u7edf\u751f\u6210", None))
        self.dedicated_computerLabel.setText(QCoreApplication.translate("RegisterMediaDialog", u"\u4e13\u7528\u8ba1\u7b97\u673a", None))
        self.dedicated_computer.setPlaceholderText(QCoreApplication.translate("RegisterMediaDialog", u"\u5982 \u673a\u8981\u5ba4\u6d89\u5bc6\u8ba1\u7b97\u673a\uff08\u8d44\u4ea7\u7f16\u53f7 BM-001\uff09", None))
        self.classificationGroup.setTitle(QCoreApplication.translate("RegisterMediaDialog", u"\u5bc6\u7ea7\u4e0e\u4fdd\u7ba1", None))
        self.levelLabel.setText(QCoreApplication.translate("RegisterMediaDialog", u"\u5bc6\u7ea7", None))
#if QT_CONFIG(tooltip)
        self.level.setToolTip(QCoreApplication.translate("RegisterMediaDialog", u"\u5bc6\u7ea7\u4ece\u672c\u5355\u4f4d\u7684\u5bc6\u7ea7\u76ee\u5f55\u4e2d\u9009\u62e9", None))
#endif // QT_CONFIG(tooltip)
        self.periodLabel.setText(QCoreApplication.translate("RegisterMediaDialog", u"\u4fdd\u5bc6\u671f\u9650", None))
        self.period_kind.setItemText(0, QCoreApplication.translate("RegisterMediaDialog", u"\u672a\u6807\u6ce8\uff08\u6309\u6cd5\u5b9a\u6700\u957f\u671f\u9650\uff09", None))
        self.period_kind.setItemText(1, QCoreApplication.translate("RegisterMediaDialog", u"\u5e74", None))
        self.period_kind.setItemText(2, QCoreApplication.translate("RegisterMediaDialog", u"\u4e2a\u6708", None))
        self.period_kind.setItemText(3, QCoreApplication.translate("RegisterMediaDialog", u"\u957f\u671f", None))
        self.period_kind.setItemText(4, QCoreApplication.translate("RegisterMediaDialog", u"\u622a\u81f3\u65e5\u671f", None))
        self.period_kind.setItemText(5, QCoreApplication.translate("RegisterMediaDialog", u"\u89e3\u5bc6\u6761\u4ef6", None))

#if QT_CONFIG(tooltip)
        self.period_kind.setToolTip(QCoreApplication.translate("RegisterMediaDialog", u"\u4fdd\u5bc6\u671f\u9650\u7684\u5199\u6cd5\uff1b\u6587\u4ef6\u4e0a\u6ca1\u6709\u6807\u6ce8\u65f6\uff0c\u6309\u8be5\u5bc6\u7ea7\u7684\u6cd5\u5b9a\u6700\u957f\u671f\u9650\u8ba1\u7b97", None))
#endif // QT_CONFIG(tooltip)
        self.period_condition.setPlaceholderText(QCoreApplication.translate("RegisterMediaDialog", u"\u89e3\u5bc6\u6761\u4ef6\uff0c\u5982\u201c\u9879\u76ee\u9a8c\u6536\u540e\u201d", None))
        self.classified_on_known.setText(QCoreApplication.translate("RegisterMediaDialog", u"\u5b9a\u5bc6\u65e5\u671f", None))
#if QT_CONFIG(tooltip)
        self.classified_on_known.setToolTip(QCoreApplication.translate("RegisterMediaDialog", u"\u6587\u4ef6\u4e0a\u6807\u6ce8\u4e86\u5b9a\u5bc6\u65e5\u671f\u65f6\u52fe\u9009\u5e76\u586b\u5199", None))
#endif // QT_CONFIG(tooltip)
        self.handled_byLabel.setText(QCoreApplication.translate("RegisterMediaDialog", u"\u8d23\u4efb\u4eba", None))
        self.handled_by.setPlaceholderText(QCoreApplication.translate("RegisterMediaDialog", u"\u4e0d\u586b\u5219\u4e3a\u5f53\u524d\u4fdd\u5bc6\u5458", None))
        self.scopeLabel.setText(QCoreApplication.translate("RegisterMediaDialog", u"\u77e5\u6089\u8303\u56f4", None))
        self.scope.setPlaceholderText(QCoreApplication.translate("RegisterMediaDialog", u"\u8c01\u53ef\u4ee5\u4f7f\u7528\uff0c\u5982 \u9879\u76ee\u7ec4\u6210\u5458\u3001\u529e\u516c\u5ba4\u4e3b\u4efb", None))
        self.locationLabel.setText(QCoreApplication.translate("RegisterMediaDialog", u"\u5b58\u653e\u4f4d\u7f6e", None))
        self.notesLabel.setText(QCoreApplication.translate("RegisterMediaDialog", u"\u5907\u6ce8", None))
        self.notes.setPlaceholderText(QCoreApplication.translate("RegisterMediaDialog", u"\u53ef\u5199\u591a\u884c", None))
        self.savedLabel.setText("")
        self.printLabelsButton.setText(QCoreApplication.translate("RegisterMediaDialog", u"\u6253\u5370\u6807\u7b7e(&P)", None))
        self.saveButton.setText(QCoreApplication.translate("RegisterMediaDialog", u"\u4fdd\u5b58(&S)", None))
        self.saveAndNewButton.setText(QCoreApplication.translate("RegisterMediaDialog", u"\u4fdd\u5b58\u5e76\u7ee7\u7eed\u767b\u8bb0(&N)", None))
        self.cancelButton.setText(QCoreApplication.translate("RegisterMediaDialog", u"\u53d6\u6d88", None))
    # retranslateUi

