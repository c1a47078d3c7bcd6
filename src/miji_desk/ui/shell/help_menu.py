"""The 帮助 menu: the self-test (自检), run on a worker thread while the window stays usable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox

from ... import selftest

if TYPE_CHECKING:
    from .controller import AppController


def step_line(step: selftest.Step) -> str:
    label = QCoreApplication.translate(selftest.CONTEXT, step.label)
    verdict = (QCoreApplication.translate("HelpMenu", "通过") if step.ok
               else QCoreApplication.translate("HelpMenu", "失败"))
    line = f"{verdict}  {label}"
    return line if step.ok else f"{line}：{step.detail}"


class HelpMenu(QObject):
    def __init__(self, controller: AppController) -> None:
        super().__init__(controller)
        self.c = controller
        w = controller.window
        self.menu = w.menuBar().addMenu("")
        self.action_self_test = self.menu.addAction("")
        self.action_self_test.setObjectName("action_self_test")
        self.action_self_test.triggered.connect(self.run_self_test)
        self.last: selftest.Report | None = None
        w.follow_language(self.retranslate)

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("帮助(&H)"))
        self.action_self_test.setText(self.tr("自检…"))

    def run_self_test(self) -> None:
        """Needs no vault: it makes its own throwaway one, so it runs locked or unlocked."""
        w = self.c.window
        if w.runner.current is not None:
            QMessageBox.information(w, self.tr("自检"), self.tr("请等当前的操作完成后再自检。"))
            return
        self.action_self_test.setEnabled(False)
        action = w.runner.run_in_background(selftest.run, self._show,
                                            text=self.tr("正在自检（约半分钟）…"))
        action.finished.connect(lambda: self.action_self_test.setEnabled(True))

    def _show(self, report: selftest.Report) -> None:
        self.last = report
        lines = [step_line(s) for s in report.steps]
        if report.ok:
            QMessageBox.information(self.c.window, self.tr("自检通过"), "\n".join(
                [*lines, self.tr("本机的台账、标签、登记簿和审计功能都正常，全程没有联网。")]))
        else:
            QMessageBox.warning(self.c.window, self.tr("自检未通过"), "\n".join(
                [*lines, self.tr("请把以上内容告诉系统管理员。台账库没有受到影响。")]))


def install(controller: AppController) -> None:
    controller.help_menu = HelpMenu(controller)  # type: ignore[attr-defined]
