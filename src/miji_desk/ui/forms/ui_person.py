# Generated from forms/person.ui by scripts/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(480, 330)
        self.layout = QVBoxLayout(PersonDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameCaption = QLabel(PersonDialog)
        self.nameCaption.setObjectName(u"nameCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameCaption)

        self.name = QLineEdit(PersonDialog)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.departmentCaption = QLabel(PersonDialog)
        self.departmentCaption.setObjectName(u"departmentCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.departmentCaption)

        self.department = QLineEdit(PersonDialog)
        self.department.setObjectName(u"department")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.department)

        self.postCaption = QLabel(PersonDialog)
        self.postCaption.setObjectName(u"postCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.postCaption)

        self.post = QLineEdit(PersonDialog)
        self.post.setObjectName(u"post")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.post)

        self.gradeCaption = QLabel(PersonDialog)
        self.gradeCaption.setObjectName(u"gradeCaption")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.gradeCaption)

        self.grade = QComboBox(PersonDialog)
        self.grade.setObjectName(u"grade")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.grade)

        self.notesCaption = QLabel(PersonDialog)
        self.notesCaption.setObjectName(u"notesCaption")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesCaption)

        self.notes = QLineEdit(PersonDialog)
        self.notes.setObjectName(u"notes")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notes)


        self.layout.addLayout(self.form)

        self.hint = QLabel(PersonDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.layout.addWidget(self.hint)

        self.messageLabel = QLabel(PersonDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.messageLabel)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.stretch)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonStretch)

        self.saveButton = QPushButton(PersonDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)

        self.cancelButton = QPushButton(PersonDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameCaption.setBuddy(self.name)
        self.departmentCaption.setBuddy(self.department)
        self.postCaption.setBuddy(self.post)
        self.gradeCaption.setBuddy(self.grade)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.department)
        QWidget.setTabOrder(self.department, self.post)
        QWidget.setTabOrder(self.post, self.grade)
        QWidget.setTabOrder(self.grade, self.notes)
        QWidget.setTabOrder(self.notes, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(PersonDialog)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"\u65b0\u589e\u6d89\u5bc6\u4eba\u5458", None))
        self.nameCaption.setText(QCoreApplication.translate("PersonDialog", u"\u59d3\u540d(&N)\uff1a", None))
        self.departmentCaption.setText(QCoreApplication.translate("PersonDialog", u"\u90e8\u95e8(&D)\uff1a", None))
        self.department.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"\u5982\uff1a\u529e\u516c\u5ba4\u3001\u7efc\u5408\u5904", None))
        self.postCaption.setText(QCoreApplication.translate("PersonDialog", u"\u5c97\u4f4d(&P)\uff1a", None))
        self.post.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"\u5982\uff1a\u4e3b\u4efb\u3001\u79d1\u5458", None))
        self.gradeCaption.setText(QCoreApplication.translate("PersonDialog", u"\u6d89\u5bc6\u7b49\u7ea7(&G)\uff1a", None))
        self.notesCaption.setText(QCoreApplication.translate("PersonDialog", u"\u5907\u6ce8\uff1a", None))
        self.hint.setText(QCoreApplication.translate("PersonDialog", u"\u4fdd\u5b58\u540e\u751f\u6210\u8bc1\u4ef6\u6761\u7801\uff08RY \u5f00\u5934\uff09\uff0c\u6253\u5370\u6210\u8bc1\u4ef6\u6807\u7b7e\uff0c\u501f\u9605\u548c\u4f20\u9605\u65f6\u626b\u63cf\u5b83\u3002", None))
        self.saveButton.setText(QCoreApplication.translate("PersonDialog", u"\u4fdd\u5b58(&S)", None))
        self.cancelButton.setText(QCoreApplication.translate("PersonDialog", u"\u53d6\u6d88", None))
    # retranslateUi

