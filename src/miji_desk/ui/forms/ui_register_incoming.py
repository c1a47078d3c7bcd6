# Generated from forms/register_incoming.ui by scripts/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'register_incoming.ui'
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
    QDateTimeEdit, QDialog, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_RegisterIncomingDialog(object):
    def setupUi(self, RegisterIncomingDialog):
        if not RegisterIncomingDialog.objectName():
            RegisterIncomingDialog.setObjectName(u"RegisterIncomingDialog")
        RegisterIncomingDialog.resize(900, 600)
        self.mainLayout = QVBoxLayout(RegisterIncomingDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.messageLabel = QLabel(RegisterIncomingDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.messageLabel)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.sourceGroup = QGroupBox(RegisterIncomingDialog)
        self.sourceGroup.setObjectName(u"sourceGroup")
        self.sourceForm = QFormLayout(self.sourceGroup)
        self.sourceForm.setObjectName(u"sourceForm")
        self.sourceForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.received_atLabel = QLabel(self.sourceGroup)
        self.received_atLabel.setObjectName(u"received_atLabel")

        self.sourceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.received_atLabel)

        self.received_at = QDateTimeEdit(self.sourceGroup)
        self.received_at.setObjectName(u"received_at")
        self.received_at.setCalendarPopup(True)
        self.received_at.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.sourceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.received_at)

        self.senderLabel = QLabel(self.sourceGroup)
        self.senderLabel.setObjectName(u"senderLabel")

        self.sourceForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.senderLabel)

        self.sender = QLineEdit(self.sourceGroup)
        self.sender.setObjectName(u"sender")

        self.sourceForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sender)

        self.producerLabel = QLabel(self.sourceGroup)
        self.producerLabel.setObjectName(u"producerLabel")

        self.sourceForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.producerLabel)

        self.producer = QLineEdit(self.sourceGroup)
        self.producer.setObjectName(u"producer")

        self.sourceForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.producer)

        self.doc_noLabel = QLabel(self.sourceGroup)
        self.doc_noLabel.setObjectName(u"doc_noLabel")

        self.sourceForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.doc_noLabel)

        self.doc_no = QLineEdit(self.sourceGroup)
        self.doc_no.setObjectName(u"doc_no")

        self.sourceForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.doc_no)

        self.titleLabel = QLabel(self.sourceGroup)
        self.titleLabel.setObjectName(u"titleLabel")

        self.sourceForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(self.sourceGroup)
        self.title.setObjectName(u"title")

        self.sourceForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.title)

        self.attachmentsLabel = QLabel(self.sourceGroup)
        self.attachmentsLabel.setObjectName(u"attachmentsLabel")

        self.sourceForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.attachmentsLabel)

        self.attachments = QLineEdit(self.sourceGroup)
        self.attachments.setObjectName(u"attachments")

        self.sourceForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.attachments)


        self.columnsLayout.addWidget(self.sourceGroup)

        self.classificationGroup = QGroupBox(RegisterIncomingDialog)
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

        self.pagesLabel = QLabel(self.classificationGroup)
        self.pagesLabel.setObjectName(u"pagesLabel")

        self.classificationForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pagesLabel)

        self.pages = QSpinBox(self.classificationGroup)
        self.pages.setObjectName(u"pages")
        self.pages.setMinimum(1)
        self.pages.setMaximum(100000)
        self.pages.setValue(1)

        self.classificationForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.pages)

        self.copies_totalLabel = QLabel(self.classificationGroup)
        self.copies_totalLabel.setObjectName(u"copies_totalLabel")

        self.classificationForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.copies_totalLabel)

        self.copies_total = QSpinBox(self.classificationGroup)
        self.copies_total.setObjectName(u"copies_total")
        self.copies_total.setMinimum(0)
        self.copies_total.setMaximum(100000)

        self.classificationForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.copies_total)

        self.copy_numbersLabel = QLabel(self.classificationGroup)
        self.copy_numbersLabel.setObjectName(u"copy_numbersLabel")

        self.classificationForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.copy_numbersLabel)

        self.copy_numbers = QLineEdit(self.classificationGroup)
        self.copy_numbers.setObjectName(u"copy_numbers")

        self.classificationForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.copy_numbers)


        self.columnsLayout.addWidget(self.classificationGroup)


        self.mainLayout.addLayout(self.columnsLayout)

        self.keepingGroup = QGroupBox(RegisterIncomingDialog)
        self.keepingGroup.setObjectName(u"keepingGroup")
        self.keepingForm = QFormLayout(self.keepingGroup)
        self.keepingForm.setObjectName(u"keepingForm")
        self.keepingForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.scopeLabel = QLabel(self.keepingGroup)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.keepingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.scopeLabel)

        self.scope = QLineEdit(self.keepingGroup)
        self.scope.setObjectName(u"scope")

        self.keepingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.scope)

        self.locationLabel = QLabel(self.keepingGroup)
        self.locationLabel.setObjectName(u"locationLabel")

        self.keepingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.location = QComboBox(self.keepingGroup)
        self.location.setObjectName(u"location")

        self.keepingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.location)

        self.handled_byLabel = QLabel(self.keepingGroup)
        self.handled_byLabel.setObjectName(u"handled_byLabel")

        self.keepingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.handled_byLabel)

        self.handled_by = QLineEdit(self.keepingGroup)
        self.handled_by.setObjectName(u"handled_by")

        self.keepingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.handled_by)

        self.notesLabel = QLabel(self.keepingGroup)
        self.notesLabel.setObjectName(u"notesLabel")

        self.keepingForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(self.keepingGroup)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 64))

        self.keepingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.notes)


        self.mainLayout.addWidget(self.keepingGroup)

        self.savedFrame = QFrame(RegisterIncomingDialog)
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

        self.saveButton = QPushButton(RegisterIncomingDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)

        self.saveAndNewButton = QPushButton(RegisterIncomingDialog)
        self.saveAndNewButton.setObjectName(u"saveAndNewButton")
        self.saveAndNewButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.saveAndNewButton)

        self.cancelButton = QPushButton(RegisterIncomingDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.received_atLabel.setBuddy(self.received_at)
        self.senderLabel.setBuddy(self.sender)
        self.producerLabel.setBuddy(self.producer)
        self.doc_noLabel.setBuddy(self.doc_no)
        self.titleLabel.setBuddy(self.title)
        self.attachmentsLabel.setBuddy(self.attachments)
        self.levelLabel.setBuddy(self.level)
        self.periodLabel.setBuddy(self.period_kind)
        self.pagesLabel.setBuddy(self.pages)
        self.copies_totalLabel.setBuddy(self.copies_total)
        self.copy_numbersLabel.setBuddy(self.copy_numbers)
        self.scopeLabel.setBuddy(self.scope)
        self.locationLabel.setBuddy(self.location)
        self.handled_byLabel.setBuddy(self.handled_by)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.received_at, self.sender)
        QWidget.setTabOrder(self.sender, self.producer)
        QWidget.setTabOrder(self.producer, self.doc_no)
        QWidget.setTabOrder(self.doc_no, self.title)
        QWidget.setTabOrder(self.title, self.attachments)
        QWidget.setTabOrder(self.attachments, self.level)
        QWidget.setTabOrder(self.level, self.period_kind)
        QWidget.setTabOrder(self.period_kind, self.period_amount)
        QWidget.setTabOrder(self.period_amount, self.period_until)
        QWidget.setTabOrder(self.period_until, self.period_condition)
        QWidget.setTabOrder(self.period_condition, self.classified_on_known)
        QWidget.setTabOrder(self.classified_on_known, self.classified_on)
        QWidget.setTabOrder(self.classified_on, self.pages)
        QWidget.setTabOrder(self.pages, self.copies_total)
        QWidget.setTabOrder(self.copies_total, self.copy_numbers)
        QWidget.setTabOrder(self.copy_numbers, self.scope)
        QWidget.setTabOrder(self.scope, self.location)
        QWidget.setTabOrder(self.location, self.handled_by)
        QWidget.setTabOrder(self.handled_by, self.notes)
        QWidget.setTabOrder(self.notes, self.printLabelsButton)
        QWidget.setTabOrder(self.printLabelsButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.saveAndNewButton)
        QWidget.setTabOrder(self.saveAndNewButton, self.cancelButton)

        self.retranslateUi(RegisterIncomingDialog)
        self.cancelButton.clicked.connect(RegisterIncomingDialog.reject)
        self.classified_on_known.toggled.connect(self.classified_on.setEnabled)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, RegisterIncomingDialog):
        RegisterIncomingDialog.setWindowTitle(QCoreApplication.translate("RegisterIncomingDialog", u"\u6536\u6587\u767b\u8bb0", None))
        self.messageLabel.setText("")
        self.sourceGroup.setTitle(QCoreApplication.translate("RegisterIncomingDialog", u"\u6765\u6587", None))
        self.received_atLabel.setText(QCoreApplication.translate("RegisterIncomingDialog", u"\u6536\u6587\u65f6\u95f4", None))
        self.senderLabel.setText(QCoreApplication.translate("RegisterIncomingDialog", u"\u6765\u6587\u673a\u5173", None))
        self.sender.setPlaceholderText(QCoreApplication.translate("RegisterIncomingDialog", u"\u9001\u6765\u6587\u4ef6\u7684\u673a\u5173\u6216\u5355\u4f4d", None))
        self.producerLabel.setText(QCoreApplication.translate("RegisterIncomingDialog", u"\u4ea7\u751f\u673a\u5173", None))
        self.producer.setPlaceholderText(QCoreApplication.translate("RegisterIncomingDialog", u"\u5236\u53d1\u6587\u4ef6\u7684\u673a\u5173\uff1b\u4e0e\u6765\u6587\u673a\u5173\u76f8\u540c\u53ef\u4e0d\u586b", None))
        self.doc_noLabel.setText(QCoreApplication.translate("RegisterIncomingDialog", u"\u6587\u53f7", None))
        self.doc_no.setPlaceholderText(QCoreApplication.translate("RegisterIncomingDialog", u"\u5982 \u56fd\u4fdd\u53d1\u30142026\u30153\u53f7", None))
        self.titleLabel.setText(QCoreApplication.translate("RegisterIncomingDialog", u"\u6807\u9898/\u4e3b\u8981\u5185\u5bb9", None))
        self.attachmentsLabel.setText(QCoreApplication.translate("RegisterIncomingDialog", u"\u9644\u4ef6", None))
        self.attachments.setPlaceholderText(QCoreApplication.translate("RegisterIncomingDialog", u"\u9644\u4ef6\u540d\u79f0\u548c\u6570\u91cf\uff1b\u6ca1\u6709\u53ef\u4e0d\u586b", None))
        self.classificationGroup.setTitle(QCoreApplication.translate("RegisterIncomingDialog", u"\u5bc6\u7ea7\u4e0e\u4efd\u6570", None))
        self.levelLabel.setText(QCoreApplication.translate("RegisterIncomingDialog", u"\u5bc6\u7ea7", None))
#if QT_CONFIG(tooltip)
        self.level.setToolTip(QCoreApplication.translate("RegisterIncomingDialog", u"\u5bc6\u7ea7\u4ece\u672c\u5355\u4f4d\u7684\u5bc6\u7ea7\u76ee\u5f55\u4e2d\u9009\u62e9", None))
#endif // QT_CONFIG(tooltip)
        self.periodLabel.setText(QCoreApplication.translate("RegisterIncomingDialog", u"\u4fdd\u5bc6\u671f\u9650", None))
        self.period_kind.setItemText(0, QCoreApplication.translate("RegisterIncomingDialog", u"\u672a\u6807\u6ce8\uff08\u6309\u6cd5\u5b9a\u6700\u957f\u671f\u9650\uff09", None))
        self.period_kind.setItemText(1, QCoreApplication.translate("RegisterIncomingDialog", u"\u5e74", None))
        self.period_kind.setItemText(2, QCoreApplication.translate("RegisterIncomingDialog", u"\u4e2a\u6708", None))
        self.period_kind.setItemText(3, QCoreApplication.translate("RegisterIncomingDialog", u"\u957f\u671f", None))
        self.period_kind.setItemText(4, QCoreApplication.translate("RegisterIncomingDialog", u"\u622a\u81f3\u65e5\u671f", None))
        self.period_kind.setItemText(5, QCoreApplication.translate("RegisterIncomingDialog", u"\u89e3\u5bc6\u6761\u4ef6", None))

#if QT_CONFIG(tooltip)
        self.period_kind.setToolTip(QCoreApplication.translate("RegisterIncomingDialog", u"\u4fdd\u5bc6\u671f\u9650\u7684\u5199\u6cd5\uff1b\u6587\u4ef6\u4e0a\u6ca1\u6709\u6807\u6ce8\u65f6\uff0c\u6309\u8be5\u5bc6\u7ea7\u7684\u6cd5\u5b9a\u6700\u957f\u671f\u9650\u8ba1\u7b97", None))
#endif // QT_CONFIG(tooltip)
        self.period_condition.setPlaceholderText(QCoreApplication.translate("RegisterIncomingDialog", u"\u89e3\u5bc6\u6761\u4ef6\uff0c\u5982\u201c\u9879\u76ee\u9a8c\u6536\u540e\u201d", None))
        self.classified_on_known.setText(QCoreApplication.translate("RegisterIncomingDialog", u"\u5b9a\u5bc6\u65e5\u671f", None))
#if QT_CONFIG(tooltip)
        self.classified_on_known.setToolTip(QCoreApplication.translate("RegisterIncomingDialog", u"\u6587\u4ef6\u4e0a\u6807\u6ce8\u4e86\u5b9a\u5bc6\u65e5\u671f\u65f6\u52fe\u9009\u5e76\u586b\u5199", None))
#endif // QT_CONFIG(tooltip)
        self.pagesLabel.setText(QCoreApplication.translate("RegisterIncomingDialog", u"\u9875\u6570", None))
        self.copies_totalLabel.setText(QCoreApplication.translate("RegisterIncomingDialog", u"\u4efd\u6570", None))
        self.copies_total.setSpecialValueText(QCoreApplication.translate("RegisterIncomingDialog", u"\u672a\u6ce8\u660e", None))
#if QT_CONFIG(tooltip)
        self.copies_total.setToolTip(QCoreApplication.translate("RegisterIncomingDialog", u"\u6587\u4ef6\u4e0a\u5370\u7684\u603b\u4efd\u6570\uff1b\u672a\u6ce8\u660e\u65f6\u7559\u7a7a", None))
#endif // QT_CONFIG(tooltip)
        self.copy_numbersLabel.setText(QCoreApplication.translate("RegisterIncomingDialog", u"\u4efd\u53f7", None))
        self.copy_numbers.setPlaceholderText(QCoreApplication.translate("RegisterIncomingDialog", u"\u6536\u5230\u7684\u4efd\u53f7\uff0c\u5982 3-5, 8", None))
        self.keepingGroup.setTitle(QCoreApplication.translate("RegisterIncomingDialog", u"\u4fdd\u7ba1", None))
        self.scopeLabel.setText(QCoreApplication.translate("RegisterIncomingDialog", u"\u77e5\u6089\u8303\u56f4", None))
        self.scope.setPlaceholderText(QCoreApplication.translate("RegisterIncomingDialog", u"\u53ef\u4ee5\u9605\u77e5\u7684\u4eba\u5458\u6216\u90e8\u95e8", None))
        self.locationLabel.setText(QCoreApplication.translate("RegisterIncomingDialog", u"\u5b58\u653e\u4f4d\u7f6e", None))
        self.handled_byLabel.setText(QCoreApplication.translate("RegisterIncomingDialog", u"\u7ecf\u529e\u4eba", None))
        self.handled_by.setPlaceholderText(QCoreApplication.translate("RegisterIncomingDialog", u"\u4e0d\u586b\u5219\u4e3a\u5f53\u524d\u4fdd\u5bc6\u5458", None))
        self.notesLabel.setText(QCoreApplication.translate("RegisterIncomingDialog", u"\u5907\u6ce8", None))
        self.notes.setPlaceholderText(QCoreApplication.translate("RegisterIncomingDialog", u"\u53ef\u5199\u591a\u884c", None))
        self.savedLabel.setText("")
        self.printLabelsButton.setText(QCoreApplication.translate("RegisterIncomingDialog", u"\u6253\u5370\u6807\u7b7e(&P)", None))
        self.saveButton.setText(QCoreApplication.translate("RegisterIncomingDialog", u"\u4fdd\u5b58(&S)", None))
        self.saveAndNewButton.setText(QCoreApplication.translate("RegisterIncomingDialog", u"\u4fdd\u5b58\u5e76\u7ee7\u7eed\u767b\u8bb0(&N)", None))
        self.cancelButton.setText(QCoreApplication.translate("RegisterIncomingDialog", u"\u53d6\u6d88", None))
    # retranslateUi

