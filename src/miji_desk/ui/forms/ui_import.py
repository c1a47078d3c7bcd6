# Generated from forms/import.ui by scripts/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import.ui'
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
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(820, 640)
        self.layout = QVBoxLayout(ImportDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(ImportDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileCaption = QLabel(ImportDialog)
        self.fileCaption.setObjectName(u"fileCaption")

        self.fileRow.addWidget(self.fileCaption)

        self.fileEdit = QLineEdit(ImportDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(ImportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.layout.addLayout(self.fileRow)

        self.fileInfo = QLabel(ImportDialog)
        self.fileInfo.setObjectName(u"fileInfo")
        self.fileInfo.setWordWrap(True)
        self.fileInfo.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.fileInfo)

        self.mappingCaption = QLabel(ImportDialog)
        self.mappingCaption.setObjectName(u"mappingCaption")

        self.layout.addWidget(self.mappingCaption)

        self.mappingTable = QTableWidget(ImportDialog)
        if (self.mappingTable.columnCount() < 3):
            self.mappingTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.mappingTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.mappingTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.mappingTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.mappingTable.setObjectName(u"mappingTable")
        self.mappingTable.setMaximumSize(QSize(16777215, 180))
        self.mappingTable.setColumnCount(3)
        self.mappingTable.horizontalHeader().setStretchLastSection(True)
        self.mappingTable.verticalHeader().setVisible(False)

        self.layout.addWidget(self.mappingTable)

        self.skipCheck = QCheckBox(ImportDialog)
        self.skipCheck.setObjectName(u"skipCheck")

        self.layout.addWidget(self.skipCheck)

        self.progressBar = QProgressBar(ImportDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximum(1000)
        self.progressBar.setValue(0)
        self.progressBar.setTextVisible(False)

        self.layout.addWidget(self.progressBar)

        self.stepLabel = QLabel(ImportDialog)
        self.stepLabel.setObjectName(u"stepLabel")
        self.stepLabel.setWordWrap(True)

        self.layout.addWidget(self.stepLabel)

        self.resultTable = QTableWidget(ImportDialog)
        if (self.resultTable.columnCount() < 3):
            self.resultTable.setColumnCount(3)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.resultTable.setHorizontalHeaderItem(0, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.resultTable.setHorizontalHeaderItem(1, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.resultTable.setHorizontalHeaderItem(2, __qtablewidgetitem5)
        self.resultTable.setObjectName(u"resultTable")
        self.resultTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.resultTable.setColumnCount(3)
        self.resultTable.horizontalHeader().setStretchLastSection(True)
        self.resultTable.verticalHeader().setVisible(False)

        self.layout.addWidget(self.resultTable)

        self.error = QLabel(ImportDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b00020;")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(ImportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.fileCaption.setBuddy(self.fileEdit)
        self.mappingCaption.setBuddy(self.mappingTable)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"\u5bfc\u5165\u53f0\u8d26", None))
        self.intro.setText(QCoreApplication.translate("ImportDialog", u"\u4ece Excel\uff08.xlsx\uff09\u6216 CSV \u6587\u4ef6\u5bfc\u5165\u5df2\u6709\u7684\u53f0\u8d26\u3002\u5148\u6838\u5bf9\u6bcf\u5217\u5bf9\u5e94\u7684\u9879\u76ee\uff0c\u518d\u8bd5\u8fd0\u884c\uff1a\u8bd5\u8fd0\u884c\u4e0d\u6539\u52a8\u53f0\u8d26\uff0c\u9010\u884c\u5217\u51fa\u5c06\u8981\u767b\u8bb0\u7684\u5185\u5bb9\u548c\u6bcf\u4e00\u5904\u9519\u8bef\uff08\u884c\u53f7\u548c\u5217\uff09\u3002", None))
        self.fileCaption.setText(QCoreApplication.translate("ImportDialog", u"\u6587\u4ef6(&F)\uff1a", None))
        self.browseButton.setText(QCoreApplication.translate("ImportDialog", u"\u9009\u62e9\u6587\u4ef6(&O)\u2026", None))
        self.mappingCaption.setText(QCoreApplication.translate("ImportDialog", u"\u5217\u4e0e\u9879\u76ee\u7684\u5bf9\u5e94(&M)\uff1a", None))
        ___qtablewidgetitem = self.mappingTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportDialog", u"\u5217", None))
        ___qtablewidgetitem1 = self.mappingTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportDialog", u"\u8868\u5934", None))
        ___qtablewidgetitem2 = self.mappingTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ImportDialog", u"\u5bf9\u5e94\u9879\u76ee", None))
        self.skipCheck.setText(QCoreApplication.translate("ImportDialog", u"\u8df3\u8fc7\u6709\u9519\u8bef\u7684\u884c\uff0c\u5bfc\u5165\u5176\u4f59\u5404\u884c\uff08\u8df3\u8fc7\u7684\u884c\u8bb0\u5165\u5bfc\u5165\u8bb0\u5f55\uff09(&K)", None))
        ___qtablewidgetitem3 = self.resultTable.horizontalHeaderItem(0)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ImportDialog", u"\u884c", None))
        ___qtablewidgetitem4 = self.resultTable.horizontalHeaderItem(1)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ImportDialog", u"\u5217", None))
        ___qtablewidgetitem5 = self.resultTable.horizontalHeaderItem(2)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ImportDialog", u"\u8bd5\u8fd0\u884c\u7ed3\u679c", None))
    # retranslateUi

