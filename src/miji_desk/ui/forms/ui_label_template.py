# Generated from forms/label_template.ui by scripts/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'label_template.ui'
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
    QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_LabelTemplateDialog(object):
    def setupUi(self, LabelTemplateDialog):
        if not LabelTemplateDialog.objectName():
            LabelTemplateDialog.setObjectName(u"LabelTemplateDialog")
        LabelTemplateDialog.resize(440, 460)
        self.layout = QVBoxLayout(LabelTemplateDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(LabelTemplateDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameCaption = QLabel(LabelTemplateDialog)
        self.nameCaption.setObjectName(u"nameCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameCaption)

        self.name = QLineEdit(LabelTemplateDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(40)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.pageCaption = QLabel(LabelTemplateDialog)
        self.pageCaption.setObjectName(u"pageCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pageCaption)

        self.pageRow = QHBoxLayout()
        self.pageRow.setObjectName(u"pageRow")
        self.page_w = QDoubleSpinBox(LabelTemplateDialog)
        self.page_w.setObjectName(u"page_w")

        self.pageRow.addWidget(self.page_w)

        self.page_h = QDoubleSpinBox(LabelTemplateDialog)
        self.page_h.setObjectName(u"page_h")

        self.pageRow.addWidget(self.page_h)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.pageRow)

        self.gridCaption = QLabel(LabelTemplateDialog)
        self.gridCaption.setObjectName(u"gridCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.gridCaption)

        self.gridRow = QHBoxLayout()
        self.gridRow.setObjectName(u"gridRow")
        self.cols = QSpinBox(LabelTemplateDialog)
        self.cols.setObjectName(u"cols")
        self.cols.setMinimum(1)
        self.cols.setMaximum(30)

        self.gridRow.addWidget(self.cols)

        self.rows = QSpinBox(LabelTemplateDialog)
        self.rows.setObjectName(u"rows")
        self.rows.setMinimum(1)
        self.rows.setMaximum(30)

        self.gridRow.addWidget(self.rows)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.gridRow)

        self.labelCaption = QLabel(LabelTemplateDialog)
        self.labelCaption.setObjectName(u"labelCaption")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.labelCaption)

        self.labelRow = QHBoxLayout()
        self.labelRow.setObjectName(u"labelRow")
        self.label_w = QDoubleSpinBox(LabelTemplateDialog)
        self.label_w.setObjectName(u"label_w")

        self.labelRow.addWidget(self.label_w)

        self.label_h = QDoubleSpinBox(LabelTemplateDialog)
        self.label_h.setObjectName(u"label_h")

        self.labelRow.addWidget(self.label_h)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.labelRow)

        self.marginCaption = QLabel(LabelTemplateDialog)
        self.marginCaption.setObjectName(u"marginCaption")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.marginCaption)

        self.marginRow = QHBoxLayout()
        self.marginRow.setObjectName(u"marginRow")
        self.margin_left = QDoubleSpinBox(LabelTemplateDialog)
        self.margin_left.setObjectName(u"margin_left")

        self.marginRow.addWidget(self.margin_left)

        self.margin_top = QDoubleSpinBox(LabelTemplateDialog)
        self.margin_top.setObjectName(u"margin_top")

        self.marginRow.addWidget(self.margin_top)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.marginRow)

        self.gapCaption = QLabel(LabelTemplateDialog)
        self.gapCaption.setObjectName(u"gapCaption")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.gapCaption)

        self.gapRow = QHBoxLayout()
        self.gapRow.setObjectName(u"gapRow")
        self.gap_x = QDoubleSpinBox(LabelTemplateDialog)
        self.gap_x.setObjectName(u"gap_x")

        self.gapRow.addWidget(self.gap_x)

        self.gap_y = QDoubleSpinBox(LabelTemplateDialog)
        self.gap_y.setObjectName(u"gap_y")

        self.gapRow.addWidget(self.gap_y)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.gapRow)

        self.dpiCaption = QLabel(LabelTemplateDialog)
        self.dpiCaption.setObjectName(u"dpiCaption")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.dpiCaption)

        self.printer_dpi = QSpinBox(LabelTemplateDialog)
        self.printer_dpi.setObjectName(u"printer_dpi")
        self.printer_dpi.setMinimum(0)
        self.printer_dpi.setMaximum(1200)
        self.printer_dpi.setSingleStep(1)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.printer_dpi)


        self.layout.addLayout(self.form)

        self.messageLabel = QLabel(LabelTemplateDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b71c1c;")

        self.layout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(LabelTemplateDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameCaption.setBuddy(self.name)
        self.pageCaption.setBuddy(self.page_w)
        self.gridCaption.setBuddy(self.cols)
        self.labelCaption.setBuddy(self.label_w)
        self.marginCaption.setBuddy(self.margin_left)
        self.gapCaption.setBuddy(self.gap_x)
        self.dpiCaption.setBuddy(self.printer_dpi)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.page_w)
        QWidget.setTabOrder(self.page_w, self.page_h)
        QWidget.setTabOrder(self.page_h, self.cols)
        QWidget.setTabOrder(self.cols, self.rows)
        QWidget.setTabOrder(self.rows, self.label_w)
        QWidget.setTabOrder(self.label_w, self.label_h)
        QWidget.setTabOrder(self.label_h, self.margin_left)
        QWidget.setTabOrder(self.margin_left, self.margin_top)
        QWidget.setTabOrder(self.margin_top, self.gap_x)
        QWidget.setTabOrder(self.gap_x, self.gap_y)
        QWidget.setTabOrder(self.gap_y, self.printer_dpi)

        self.retranslateUi(LabelTemplateDialog)
        self.buttonBox.rejected.connect(LabelTemplateDialog.reject)
    # setupUi

    def retranslateUi(self, LabelTemplateDialog):
        LabelTemplateDialog.setWindowTitle(QCoreApplication.translate("LabelTemplateDialog", u"\u81ea\u5b9a\u4e49\u6807\u7b7e\u6a21\u677f", None))
        self.intro.setText(QCoreApplication.translate("LabelTemplateDialog", u"\u7167\u6807\u7b7e\u7eb8\u5305\u88c5\u4e0a\u7684\u5c3a\u5bf8\u586b\u5199\uff08\u5355\u4f4d\uff1a\u6beb\u7c73\uff09\u3002\u4f4d\u7f6e\u4ece\u5de6\u4e0a\u89d2\u8d77\uff0c\u5de6\u5230\u53f3\u3001\u4e0a\u5230\u4e0b\u7f16\u53f7\u3002", None))
        self.nameCaption.setText(QCoreApplication.translate("LabelTemplateDialog", u"\u540d\u79f0(&N)\uff1a", None))
        self.name.setPlaceholderText(QCoreApplication.translate("LabelTemplateDialog", u"\u4f8b\u5982\uff1a\u673a\u8981\u5ba4 A4 2\u00d77", None))
        self.pageCaption.setText(QCoreApplication.translate("LabelTemplateDialog", u"\u7eb8\u5f20 \u5bbd \u00d7 \u9ad8\uff1a", None))
        self.gridCaption.setText(QCoreApplication.translate("LabelTemplateDialog", u"\u5217\u6570 \u00d7 \u884c\u6570\uff1a", None))
        self.labelCaption.setText(QCoreApplication.translate("LabelTemplateDialog", u"\u6807\u7b7e \u5bbd \u00d7 \u9ad8\uff1a", None))
        self.marginCaption.setText(QCoreApplication.translate("LabelTemplateDialog", u"\u5de6\u8fb9\u8ddd / \u4e0a\u8fb9\u8ddd\uff1a", None))
        self.gapCaption.setText(QCoreApplication.translate("LabelTemplateDialog", u"\u6a2a\u5411 / \u7eb5\u5411\u95f4\u8ddd\uff1a", None))
        self.dpiCaption.setText(QCoreApplication.translate("LabelTemplateDialog", u"\u70ed\u654f\u6253\u5370\u673a\u5206\u8fa8\u7387\uff1a", None))
        self.printer_dpi.setSpecialValueText(QCoreApplication.translate("LabelTemplateDialog", u"\u4e0d\u662f\u70ed\u654f\u6253\u5370\u673a", None))
        self.printer_dpi.setSuffix(QCoreApplication.translate("LabelTemplateDialog", u" dpi", None))
    # retranslateUi

