# Generated from forms/register_outgoing.ui by scripts/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'register_outgoing.ui'
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

class Ui_RegisterOutgoingDialog(object):
    def setupUi(self, RegisterOutgoingDialog):
        if not RegisterOutgoingDialog.objectName():
            RegisterOutgoingDialog.setObjectName(u"RegisterOutgoingDialog")
        RegisterOutgoingDialog.resize(960, 560)
        self.mainLayout = QVBoxLayout(RegisterOutgoingDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.messageLabel = QLabel(RegisterOutgoingDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.messageLabel)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.documentGroup = QGroupBox(RegisterOutgoingDialog)
        self.documentGroup.setObjectName(u"documentGroup")
        self.documentForm = QFormLayout(self.documentGroup)
        self.documentForm.setObjectName(u"documentForm")
        self.documentForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.sent_atLabel = QLabel(self.documentGroup)
        self.sent_atLabel.setObjectName(u"sent_atLabel")

        self.documentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sent_atLabel)

        self.sent_at = QDateTimeEdit(self.documentGroup)
        self.sent_at.setObjectName(u"sent_at")
        self.sent_at.setCalendarPopup(True)
        self.sent_at.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.documentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sent_at)

        self.doc_noLabel = QLabel(self.documentGroup)
        self.doc_noLabel.setObjectName(u"doc_noLabel")

        self.documentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.doc_noLabel)

        self.doc_no = QLineEdit(self.documentGroup)
        self.doc_no.setObjectName(u"doc_no")

        self.documentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.doc_no)

        self.titleLabel = QLabel(self.documentGroup)
        self.titleLabel.setObjectName(u"titleLabel")

        self.documentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(self.documentGroup)
        self.title.setObjectName(u"title")

        self.documentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.title)

        self.producerLabel = QLabel(self.documentGroup)
        self.producerLabel.setObjectName(u"producerLabel")

        self.documentForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.producerLabel)

        self.producer = QLineEdit(self.documentGroup)
        self.producer.setObjectName(u"producer")

        self.documentForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.producer)

        self.levelLabel = QLabel(self.documentGroup)
        self.levelLabel.setObjectName(u"levelLabel")

        self.documentForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.level = QComboBox(self.documentGroup)
        self.level.setObjectName(u"level")

        self.documentForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.level)

        self.periodLabel = QLabel(self.documentGroup)
        self.periodLabel.setObjectName(u"periodLabel")

        self.documentForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.period = QWidget(self.documentGroup)
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


        self.documentForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.period)

        self.classified_on_known = QCheckBox(self.documentGroup)
        self.classified_on_known.setObjectName(u"classified_on_known")

        self.documentForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.classified_on_known)

        self.classified_on = QDateEdit(self.documentGroup)
        self.classified_on.setObjectName(u"classified_on")
        self.classified_on.setEnabled(False)
        self.classified_on.setCalendarPopup(True)
        self.classified_on.setDisplayFormat(u"yyyy-MM-dd")

        self.documentForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.classified_on)

        self.pagesLabel = QLabel(self.documentGroup)
        self.pagesLabel.setObjectName(u"pagesLabel")

        self.documentForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.pagesLabel)

        self.pages = QSpinBox(self.documentGroup)
        self.pages.setObjectName(u"pages")
        self.pages.setMinimum(1)
        self.pages.setMaximum(100000)
        self.pages.setValue(1)

        self.documentForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.pages)

        self.copies_totalLabel = QLabel(self.documentGroup)
        self.copies_totalLabel.setObjectName(u"copies_totalLabel")

        self.documentForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.copies_totalLabel)

        self.copies_total = QSpinBox(self.documentGroup)
        self.copies_total.setObjectName(u"copies_total")
        self.copies_total.setMinimum(0)
        self.copies_total.setMaximum(100000)

        self.documentForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.copies_total)


        self.columnsLayout.addWidget(self.documentGroup)

        self.distributionGroup = QGroupBox(RegisterOutgoingDialog)
        self.distributionGroup.setObjectName(u"distributionGroup")
        self.distributionForm = QFormLayout(self.distributionGroup)
        self.distributionForm.setObjectName(u"distributionForm")
        self.distributionForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.copiesLabel = QLabel(self.distributionGroup)
        self.copiesLabel.setObjectName(u"copiesLabel")

        self.distributionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.copiesLabel)

        self.copies = QPlainTextEdit(self.distributionGroup)
        self.copies.setObjectName(u"copies")
        self.copies.setTabChangesFocus(True)

        self.distributionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.copies)

        self.channelLabel = QLabel(self.distributionGroup)
        self.channelLabel.setObjectName(u"channelLabel")

        self.distributionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channel = QComboBox(self.distributionGroup)
        self.channel.addItem("")
        self.channel.addItem("")
        self.channel.addItem("")
        self.channel.addItem("")
        self.channel.setObjectName(u"channel")

        self.distributionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.channel)

        self.couriersLabel = QLabel(self.distributionGroup)
        self.couriersLabel.setObjectName(u"couriersLabel")

        self.distributionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.couriersLabel)

        self.couriers = QWidget(self.distributionGroup)
        self.couriers.setObjectName(u"couriers")
        self.couriersLayout = QHBoxLayout(self.couriers)
        self.couriersLayout.setObjectName(u"couriersLayout")
        self.couriersLayout.setContentsMargins(0, 0, 0, 0)
        self.courier_1 = QLineEdit(self.couriers)
        self.courier_1.setObjectName(u"courier_1")

        self.couriersLayout.addWidget(self.courier_1)

        self.courier_2 = QLineEdit(self.couriers)
        self.courier_2.setObjectName(u"courier_2")

        self.couriersLayout.addWidget(self.courier_2)


        self.distributionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.couriers)

        self.couriersHint = QLabel(self.distributionGroup)
        self.couriersHint.setObjectName(u"couriersHint")
        self.couriersHint.setWordWrap(True)

        self.distributionForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.couriersHint)

        self.scopeLabel = QLabel(self.distributionGroup)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.distributionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.scopeLabel)

        self.scope = QLineEdit(self.distributionGroup)
        self.scope.setObjectName(u"scope")

        self.distributionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.scope)

        self.locationLabel = QLabel(self.distributionGroup)
        self.locationLabel.setObjectName(u"locationLabel")

        self.distributionForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.location = QComboBox(self.distributionGroup)
        self.location.setObjectName(u"location")

        self.distributionForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.location)

        self.handled_byLabel = QLabel(self.distributionGroup)
        self.handled_byLabel.setObjectName(u"handled_byLabel")

        self.distributionForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.handled_byLabel)

        self.handled_by = QLineEdit(self.distributionGroup)
        self.handled_by.setObjectName(u"handled_by")

        self.distributionForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.handled_by)

        self.signerLabel = QLabel(self.distributionGroup)
        self.signerLabel.setObjectName(u"signerLabel")

        self.distributionForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.signerLabel)

        self.signer = QLineEdit(self.distributionGroup)
        self.signer.setObjectName(u"signer")

        self.distributionForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.signer)

        self.notesLabel = QLabel(self.distributionGroup)
        self.notesLabel.setObjectName(u"notesLabel")

        self.distributionForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(self.distributionGroup)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 64))

        self.distributionForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notes)


        self.columnsLayout.addWidget(self.distributionGroup)


        self.mainLayout.addLayout(self.columnsLayout)

        self.savedFrame = QFrame(RegisterOutgoingDialog)
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

        self.saveButton = QPushButton(RegisterOutgoingDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)

        self.saveAndNewButton = QPushButton(RegisterOutgoingDialog)
        self.saveAndNewButton.setObjectName(u"saveAndNewButton")
        self.saveAndNewButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.saveAndNewButton)

        self.cancelButton = QPushButton(RegisterOutgoingDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.sent_atLabel.setBuddy(self.sent_at)
        self.doc_noLabel.setBuddy(self.doc_no)
        self.titleLabel.setBuddy(self.title)
        self.producerLabel.setBuddy(self.producer)
        self.levelLabel.setBuddy(self.level)
        self.periodLabel.setBuddy(self.period_kind)
        self.pagesLabel.setBuddy(self.pages)
        self.copies_totalLabel.setBuddy(self.copies_total)
        self.copiesLabel.setBuddy(self.copies)
        self.channelLabel.setBuddy(self.channel)
        self.couriersLabel.setBuddy(self.courier_1)
        self.scopeLabel.setBuddy(self.scope)
        self.locationLabel.setBuddy(self.location)
        self.handled_byLabel.setBuddy(self.handled_by)
        self.signerLabel.setBuddy(self.signer)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sent_at, self.doc_no)
        QWidget.setTabOrder(self.doc_no, self.title)
        QWidget.setTabOrder(self.title, self.producer)
        QWidget.setTabOrder(self.producer, self.level)
        QWidget.setTabOrder(self.level, self.period_kind)
        QWidget.setTabOrder(self.period_kind, self.period_amount)
        QWidget.setTabOrder(self.period_amount, self.period_until)
        QWidget.setTabOrder(self.period_until, self.period_condition)
        QWidget.setTabOrder(self.period_condition, self.classified_on_known)
        QWidget.setTabOrder(self.classified_on_known, self.classified_on)
        QWidget.setTabOrder(self.classified_on, self.pages)
        QWidget.setTabOrder(self.pages, self.copies_total)
        QWidget.setTabOrder(self.copies_total, self.copies)
        QWidget.setTabOrder(self.copies, self.channel)
        QWidget.setTabOrder(self.channel, self.courier_1)
        QWidget.setTabOrder(self.courier_1, self.courier_2)
        QWidget.setTabOrder(self.courier_2, self.scope)
        QWidget.setTabOrder(self.scope, self.location)
        QWidget.setTabOrder(self.location, self.handled_by)
        QWidget.setTabOrder(self.handled_by, self.signer)
        QWidget.setTabOrder(self.signer, self.notes)
        QWidget.setTabOrder(self.notes, self.printLabelsButton)
        QWidget.setTabOrder(self.printLabelsButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.saveAndNewButton)
        QWidget.setTabOrder(self.saveAndNewButton, self.cancelButton)

        self.retranslateUi(RegisterOutgoingDialog)
        self.cancelButton.clicked.connect(RegisterOutgoingDialog.reject)
        self.classified_on_known.toggled.connect(self.classified_on.setEnabled)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, RegisterOutgoingDialog):
        RegisterOutgoingDialog.setWindowTitle(QCoreApplication.translate("RegisterOutgoingDialog", u"\u53d1\u6587\u767b\u8bb0", None))
        self.messageLabel.setText("")
        self.documentGroup.setTitle(QCoreApplication.translate("RegisterOutgoingDialog", u"\u6587\u4ef6", None))
        self.sent_atLabel.setText(QCoreApplication.translate("RegisterOutgoingDialog", u"\u53d1\u6587\u65f6\u95f4", None))
        self.doc_noLabel.setText(QCoreApplication.translate("RegisterOutgoingDialog", u"\u6587\u53f7", None))
        self.doc_no.setPlaceholderText(QCoreApplication.translate("RegisterOutgoingDialog", u"\u5982 \u67d0\u4fdd\u30142026\u301512\u53f7", None))
        self.titleLabel.setText(QCoreApplication.translate("RegisterOutgoingDialog", u"\u6807\u9898", None))
        self.producerLabel.setText(QCoreApplication.translate("RegisterOutgoingDialog", u"\u4ea7\u751f\u673a\u5173", None))
        self.producer.setPlaceholderText(QCoreApplication.translate("RegisterOutgoingDialog", u"\u4e0d\u586b\u5219\u4e3a\u672c\u5355\u4f4d", None))
        self.levelLabel.setText(QCoreApplication.translate("RegisterOutgoingDialog", u"\u5bc6\u7ea7", None))
#if QT_CONFIG(tooltip)
        self.level.setToolTip(QCoreApplication.translate("RegisterOutgoingDialog", u"\u5bc6\u7ea7\u4ece\u672c\u5355\u4f4d\u7684\u5bc6\u7ea7\u76ee\u5f55\u4e2d\u9009\u62e9", None))
#endif // QT_CONFIG(tooltip)
        self.periodLabel.setText(QCoreApplication.translate("RegisterOutgoingDialog", u"\u4fdd\u5bc6\u671f\u9650", None))
        self.period_kind.setItemText(0, QCoreApplication.translate("RegisterOutgoingDialog", u"\u672a\u6807\u6ce8\uff08\u6309\u6cd5\u5b9a\u6700\u957f\u671f\u9650\uff09", None))
        self.period_kind.setItemText(1, QCoreApplication.translate("RegisterOutgoingDialog", u"\u5e74", None))
        self.period_kind.setItemText(2, QCoreApplication.translate("RegisterOutgoingDialog", u"\u4e2a\u6708", None))
        self.period_kind.setItemText(3, QCoreApplication.translate("RegisterOutgoingDialog", u"\u957f\u671f", None))
        self.period_kind.setItemText(4, QCoreApplication.translate("RegisterOutgoingDialog", u"\u622a\u81f3\u65e5\u671f", None))
        self.period_kind.setItemText(5, QCoreApplication.translate("RegisterOutgoingDialog", u"\u89e3\u5bc6\u6761\u4ef6", None))

#if QT_CONFIG(tooltip)
        self.period_kind.setToolTip(QCoreApplication.translate("RegisterOutgoingDialog", u"\u4fdd\u5bc6\u671f\u9650\u7684\u5199\u6cd5\uff1b\u6587\u4ef6\u4e0a\u6ca1\u6709\u6807\u6ce8\u65f6\uff0c\u6309\u8be5\u5bc6\u7ea7\u7684\u6cd5\u5b9a\u6700\u957f\u671f\u9650\u8ba1\u7b97", None))
#endif // QT_CONFIG(tooltip)
        self.period_condition.setPlaceholderText(QCoreApplication.translate("RegisterOutgoingDialog", u"\u89e3\u5bc6\u6761\u4ef6\uff0c\u5982\u201c\u9879\u76ee\u9a8c\u6536\u540e\u201d", None))
        self.classified_on_known.setText(QCoreApplication.translate("RegisterOutgoingDialog", u"\u5b9a\u5bc6\u65e5\u671f", None))
#if QT_CONFIG(tooltip)
        self.classified_on_known.setToolTip(QCoreApplication.translate("RegisterOutgoingDialog", u"\u6587\u4ef6\u4e0a\u6807\u6ce8\u4e86\u5b9a\u5bc6\u65e5\u671f\u65f6\u52fe\u9009\u5e76\u586b\u5199", None))
#endif // QT_CONFIG(tooltip)
        self.pagesLabel.setText(QCoreApplication.translate("RegisterOutgoingDialog", u"\u9875\u6570", None))
        self.copies_totalLabel.setText(QCoreApplication.translate("RegisterOutgoingDialog", u"\u4efd\u6570", None))
        self.copies_total.setSpecialValueText(QCoreApplication.translate("RegisterOutgoingDialog", u"\u672a\u6ce8\u660e", None))
        self.distributionGroup.setTitle(QCoreApplication.translate("RegisterOutgoingDialog", u"\u5206\u9001", None))
        self.copiesLabel.setText(QCoreApplication.translate("RegisterOutgoingDialog", u"\u5206\u9001\u4efd\u53f7\u4e0e\u6536\u4ef6\u5355\u4f4d", None))
        self.copies.setPlaceholderText(QCoreApplication.translate("RegisterOutgoingDialog", u"\u6bcf\u884c\u4e00\u4efd\uff1a\u4efd\u53f7:\u6536\u4ef6\u5355\u4f4d\n"
"1:\u67d0\u67d0\u5c40\n"
"2:\u67d0\u67d0\u5385\n"
"3:\uff08\u7559\u5b58\uff0c\u4e0d\u586b\u5355\u4f4d\uff09", None))
#if QT_CONFIG(tooltip)
        self.copies.setToolTip(QCoreApplication.translate("RegisterOutgoingDialog", u"\u6bcf\u884c\u5199\u4e00\u4efd\u7684\u4efd\u53f7\u548c\u6536\u4ef6\u5355\u4f4d\uff0c\u7528\u5192\u53f7\u9694\u5f00\uff1b\u4e0d\u5199\u5355\u4f4d\u7684\u4efd\u7559\u5b58\u672c\u5355\u4f4d", None))
#endif // QT_CONFIG(tooltip)
        self.channelLabel.setText(QCoreApplication.translate("RegisterOutgoingDialog", u"\u53d1\u9001\u65b9\u5f0f", None))
        self.channel.setItemText(0, QCoreApplication.translate("RegisterOutgoingDialog", u"\u673a\u8981\u901a\u4fe1", None))
        self.channel.setItemText(1, QCoreApplication.translate("RegisterOutgoingDialog", u"\u4e13\u4eba\u9001\u8fbe", None))
        self.channel.setItemText(2, QCoreApplication.translate("RegisterOutgoingDialog", u"\u673a\u8981\u4ea4\u901a", None))
        self.channel.setItemText(3, QCoreApplication.translate("RegisterOutgoingDialog", u"\u5176\u4ed6", None))

        self.couriersLabel.setText(QCoreApplication.translate("RegisterOutgoingDialog", u"\u9001\u8fbe\u4eba", None))
        self.courier_1.setPlaceholderText(QCoreApplication.translate("RegisterOutgoingDialog", u"\u9001\u8fbe\u4eba\u4e00", None))
        self.courier_2.setPlaceholderText(QCoreApplication.translate("RegisterOutgoingDialog", u"\u9001\u8fbe\u4eba\u4e8c", None))
        self.couriersHint.setText(QCoreApplication.translate("RegisterOutgoingDialog", u"\u7edd\u5bc6\u7ea7\u6587\u4ef6\u987b\u7531\u4e24\u4eba\u4ee5\u4e0a\u9001\u8fbe\uff0c\u4e24\u540d\u9001\u8fbe\u4eba\u90fd\u8981\u586b\u5199\u3002", None))
        self.scopeLabel.setText(QCoreApplication.translate("RegisterOutgoingDialog", u"\u77e5\u6089\u8303\u56f4", None))
        self.scope.setPlaceholderText(QCoreApplication.translate("RegisterOutgoingDialog", u"\u53ef\u4ee5\u9605\u77e5\u7684\u4eba\u5458\u6216\u90e8\u95e8", None))
        self.locationLabel.setText(QCoreApplication.translate("RegisterOutgoingDialog", u"\u7559\u5b58\u4efd\u5b58\u653e\u4f4d\u7f6e", None))
        self.handled_byLabel.setText(QCoreApplication.translate("RegisterOutgoingDialog", u"\u7ecf\u529e\u4eba", None))
        self.handled_by.setPlaceholderText(QCoreApplication.translate("RegisterOutgoingDialog", u"\u4e0d\u586b\u5219\u4e3a\u5f53\u524d\u4fdd\u5bc6\u5458", None))
        self.signerLabel.setText(QCoreApplication.translate("RegisterOutgoingDialog", u"\u7b7e\u53d1\u4eba", None))
        self.signer.setPlaceholderText(QCoreApplication.translate("RegisterOutgoingDialog", u"\u7b7e\u53d1\u8fd9\u4efd\u6587\u4ef6\u7684\u9886\u5bfc", None))
        self.notesLabel.setText(QCoreApplication.translate("RegisterOutgoingDialog", u"\u5907\u6ce8", None))
        self.notes.setPlaceholderText(QCoreApplication.translate("RegisterOutgoingDialog", u"\u53ef\u5199\u591a\u884c", None))
        self.savedLabel.setText("")
        self.printLabelsButton.setText(QCoreApplication.translate("RegisterOutgoingDialog", u"\u6253\u5370\u6807\u7b7e(&P)", None))
        self.saveButton.setText(QCoreApplication.translate("RegisterOutgoingDialog", u"\u4fdd\u5b58(&S)", None))
        self.saveAndNewButton.setText(QCoreApplication.translate("RegisterOutgoingDialog", u"\u4fdd\u5b58\u5e76\u7ee7\u7eed\u767b\u8bb0(&N)", None))
        self.cancelButton.setText(QCoreApplication.translate("RegisterOutgoingDialog", u"\u53d6\u6d88", None))
    # retranslateUi

