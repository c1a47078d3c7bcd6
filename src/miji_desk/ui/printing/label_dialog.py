"""Choosing how labels are printed: which carriers, which stock, where on a partly used sheet,
and the printer's calibration. Forms: ``forms/label_print.ui``, ``forms/label_template.ui``.

Remembered in the settings: the stock last used, the clerk's own stocks, and one calibration
offset per printer (printers without their own use the offsets in the settings dialog).
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from ...core.carriers import STATUS_LABEL
from ...core.errors import RuleViolation
from ...core.ledger_reader import LedgerReader
from ...core.number_range import NumberRange
from ...printing.jobs import MAX_LABELS, not_kept, select_carriers
from ...printing.label_templates import (
    DEFAULT_TEMPLATE,
    dump_templates,
    find_builtin,
    format_positions,
    load_templates,
    parse_positions,
)
from ...printing.labels import (
    DEFAULT_PRINTABLE_MARGIN_MM,
    TEMPLATES,
    LabelTemplate,
    first_sheet_blank,
    plan_positions,
    render_test_page,
)
from ..forms.ui_label_print import Ui_LabelPrintDialog
from ..forms.ui_label_template import Ui_LabelTemplateDialog
from ..runner import ActionRunner
from ..shell.settings import Settings
from ..widgets.message_bar import LabelRefusals
from ..widgets.refusals import refusal_text, word_text
from .destination import refusal

log = logging.getLogger(__name__)

Mode = Literal["selected", "range", "test"]
Previewer = Callable[..., None]  # (pdf, title, parent, *, suggested_name, on_done, printer_name)


@dataclass(frozen=True)
class LabelRequest:
    """What the clerk chose; ``selection`` is None for the alignment test page."""

    selection: Sequence[int] | NumberRange | None
    template: LabelTemplate
    start: int
    skip: frozenset[int]
    offset: tuple[float, float]
    printer: str
    margin: float = DEFAULT_PRINTABLE_MARGIN_MM
    reprint: bool = False  # the clerk confirmed labels for carriers no longer kept here


def _offsets(settings: Settings) -> dict[str, list[float]]:
    try:
        raw = json.loads(settings.get("label_offsets_by_printer") or "{}")
    except ValueError:
        return {}
    return {k: v for k, v in raw.items() if isinstance(v, list) and len(v) == 2} if isinstance(
        raw, dict) else {}


def _margins(settings: Settings) -> dict[str, float]:
    """The printable margin of each printer the clerk has set one for."""
    try:
        raw = json.loads(settings.get("label_margins_by_printer") or "{}")
    except ValueError:
        return {}
    return {k: float(v) for k, v in raw.items() if isinstance(v, int | float)} if isinstance(
        raw, dict) else {}


class LabelPrintDialog(QDialog):
    def __init__(self, reader: LedgerReader | None, settings: Settings,
                 carrier_ids: Sequence[int] = (), parent: QWidget | None = None, *,
                 mode: Mode = "selected", previewer: Previewer | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LabelPrintDialog()
        self.ui.setupUi(self)
        self.reader = reader
        self.settings = settings
        self.mode = mode
        self.carrier_ids = list(dict.fromkeys(carrier_ids))
        self.previewer = previewer
        self.custom = load_templates(settings.get("label_templates_custom"))
        self._skip: frozenset[int] = frozenset()
        self._count = 0
        self.confirmed: LabelRequest | None = None  # what the clerk confirmed, on accept
        u = self.ui
        u.selectedCount.setText(self.tr("共 {n} 个").format(n=len(self.carrier_ids)))
        u.selectedRadio.setEnabled(bool(self.carrier_ids))
        if mode == "range" or not self.carrier_ids:
            u.rangeRadio.setChecked(True)
        if mode == "test":
            self.setWindowTitle(self.tr("标签对位测试页"))
            for w in (u.selectionGroup, u.startCaption, u.startSpin, u.skipCaption, u.skipEdit,
                      u.testPageButton, u.sheetCaption, u.sheetMap, u.legend):
                w.setVisible(False)
            u.previewButton.setText(self.tr("预览对位测试页…"))
            self.resize(620, 360)  # only the stock and the printer: a smaller dialog
        self._fill_templates(settings.get("label_template"))
        self._fill_printers()
        for signal in (u.selectedRadio.toggled, u.startSpin.valueChanged,
                       u.numberFrom.textChanged, u.numberTo.textChanged):
            signal.connect(self.refresh)
        u.templateCombo.currentIndexChanged.connect(self._template_changed)
        u.skipEdit.textChanged.connect(self._skip_typed)
        u.sheetMap.toggled.connect(self._toggle_skip)
        u.printerCombo.currentIndexChanged.connect(self._load_offset)
        u.marginSpin.valueChanged.connect(self.refresh)
        u.customTemplateButton.clicked.connect(self.edit_template)
        u.deleteTemplateButton.clicked.connect(self.delete_template)
        u.testPageButton.clicked.connect(self.preview_test_page)
        if mode == "test":  # stays open: print, measure, adjust, print again
            u.previewButton.clicked.connect(self.preview_test_page)
            u.cancelButton.setText(self.tr("关闭"))
        else:
            u.previewButton.clicked.connect(self.accept)
        self._load_offset()
        self.refresh()
        (u.numberFrom if u.rangeRadio.isChecked() and mode != "test" else u.templateCombo
         ).setFocus()

    # -- filling -------------------------------------------------------------------------------
    def _short(self, t: LabelTemplate) -> str:
        """How a stock is listed: what is printed on its pack."""
        w, h = f"{t.label_w:g}", f"{t.label_h:g}"
        if find_builtin(t.name) is None:
            return self.tr("{name}（自定义）").format(name=t.name)
        if t.per_sheet == 1:
            return self.tr("热敏单张标签 {w}×{h} mm").format(w=w, h=h)
        return self.tr("A4 标签纸 {c}×{r}（每个 {w}×{h} mm）").format(c=t.cols, r=t.rows, w=w, h=h)

    def _describe(self, t: LabelTemplate) -> str:
        """Every measure of a stock, to check against the pack."""
        if t.per_sheet == 1:
            text = self.tr("每张一个标签，{w}×{h} mm").format(w=f"{t.label_w:g}",
                                                            h=f"{t.label_h:g}")
        else:
            text = self.tr("纸 {pw}×{ph} mm，{c} 列 × {r} 行 = {n} 个；左边距 {ml}、上边距 {mt}、"
                           "间距 {gx} / {gy} mm").format(
                pw=f"{t.page_w:g}", ph=f"{t.page_h:g}", c=t.cols, r=t.rows, n=t.per_sheet,
                ml=f"{t.margin_left:g}", mt=f"{t.margin_top:g}", gx=f"{t.gap_x:g}",
                gy=f"{t.gap_y:g}")
        if t.printer_dpi:
            text += self.tr("；热敏 {dpi} dpi").format(dpi=t.printer_dpi)
        return text

    def _fill_templates(self, wanted: str) -> None:
        combo = self.ui.templateCombo
        combo.blockSignals(True)
        combo.clear()
        for name, t in TEMPLATES.items():
            combo.addItem(self._short(t), name)
        for t in self.custom:
            combo.addItem(self._short(t), t.name)
        builtin = find_builtin(wanted)
        index = combo.findData(builtin.name if builtin else wanted)
        combo.setCurrentIndex(index if index >= 0 else combo.findData(DEFAULT_TEMPLATE))
        combo.blockSignals(False)

    def _fill_printers(self) -> None:
        combo = self.ui.printerCombo
        if refusal() is not None:  # listing printers would connect to that other host
            combo.addItem(self.tr("系统默认打印机"), "")
            return
        names = QPrinterInfo.availablePrinterNames()
        if not names:
            combo.addItem(self.tr("系统默认打印机"), "")
            return
        for name in names:
            combo.addItem(name, name)
        default = combo.findData(QPrinterInfo.defaultPrinterName())
        combo.setCurrentIndex(max(default, 0))

    # -- state ---------------------------------------------------------------------------------
    def template(self) -> LabelTemplate:
        name = self.ui.templateCombo.currentData()
        return find_builtin(name) or next(t for t in self.custom if t.name == name)

    def printer(self) -> str:
        return self.ui.printerCombo.currentData() or ""

    def offset(self) -> tuple[float, float]:
        return round(self.ui.offsetX.value(), 1), round(self.ui.offsetY.value(), 1)

    def margin(self) -> float:
        return round(self.ui.marginSpin.value(), 1)

    def _load_offset(self) -> None:
        """This printer's calibration and printable margin, or the defaults of the settings."""
        saved = _offsets(self.settings).get(self.printer())
        dx, dy = saved if saved else (self.settings.get("label_offset_x_mm"),
                                      self.settings.get("label_offset_y_mm"))
        self.ui.offsetX.setValue(float(dx))
        self.ui.offsetY.setValue(float(dy))
        margin = _margins(self.settings).get(self.printer())
        self.ui.marginSpin.setValue(
            margin if margin is not None else float(self.settings.get("label_margin_mm")))

    def selection(self) -> Sequence[int] | NumberRange:
        """The chosen carriers; a range needs its first number (the last defaults to it)."""
        if self.ui.selectedRadio.isChecked():
            return self.carrier_ids
        first = self.ui.numberFrom.text().strip()
        last = self.ui.numberTo.text().strip() or first
        return NumberRange(first, last)

    def _count_labels(self) -> int:
        selection = self.selection()
        if not isinstance(selection, NumberRange):
            return len(selection)
        if self.reader is None:
            return 0
        return len(self.reader.ledger.ids_by_number(selection.first, selection.upper_bound,
                                                    MAX_LABELS + 1))

    def _template_changed(self) -> None:
        """Positions the new stock does not have are dropped, not left as an error the clerk
        cannot see (a single thermal label has no positions to skip)."""
        kept = frozenset(p for p in self._skip if p <= self.template().per_sheet)
        if kept != self._skip:
            self._skip = kept
            self.ui.skipEdit.setText(format_positions(kept))  # → _skip_typed → refresh
        else:
            self.refresh()

    def _skip_typed(self, text: str) -> None:
        with contextlib.suppress(RuleViolation):  # shown by refresh() until it reads right
            self._skip = parse_positions(text)
        self.refresh()

    def _toggle_skip(self, position: int) -> None:
        self._skip = self._skip ^ {position}
        self.ui.skipEdit.setText(format_positions(self._skip))  # → _skip_typed → refresh

    def refresh(self) -> None:
        """Re-check everything and redraw the sheet; the message says what is wrong, if any."""
        u = self.ui
        ranged = u.rangeRadio.isChecked()
        u.numberFrom.setEnabled(ranged)
        u.numberTo.setEnabled(ranged)
        t = self.template()
        u.templateInfo.setText(self._describe(t))
        u.deleteTemplateButton.setEnabled(find_builtin(t.name) is None)
        u.startSpin.setMaximum(t.per_sheet)
        u.startSpin.setEnabled(t.per_sheet > 1)
        u.skipEdit.setEnabled(t.per_sheet > 1)
        problem = ""
        self._count = 0
        if self.mode != "test" and ranged and not u.numberFrom.text().strip():
            u.summaryLabel.setText(self.tr("请填写起始编号；只打印一项登记时，结束编号可以不填。"))
            u.messageLabel.clear()
            u.previewButton.setEnabled(False)
            u.sheetMap.show_sheet(t, u.startSpin.value(), self._skip, 0)
            return
        if self.mode != "test":
            try:
                parse_positions(u.skipEdit.text())
                self._count = self._count_labels()
                placed = list(plan_positions(max(self._count, 1), t, u.startSpin.value(),
                                             self._skip))
                sheets = placed[-1][0] + 1
            except RuleViolation as e:
                problem = refusal_text(e)
                sheets = 0
            if not problem and ranged and self._count == 0:
                problem = self.tr("这个编号范围内没有载体。")
            if self._count > MAX_LABELS:
                problem = self.tr("一次最多打印 {n} 张标签，请缩小范围。").format(n=MAX_LABELS)
            summary = "" if problem else self.tr(
                "共 {n} 张标签，需要 {sheets} 张标签纸。").format(n=self._count, sheets=sheets)
            if not problem and first_sheet_blank(t, u.startSpin.value(), self._skip):
                summary += self.tr("第一张标签纸的位置都已跳过：它会空白地走过打印机。")
            u.summaryLabel.setText(summary)
        u.messageLabel.setText(problem)
        u.previewButton.setEnabled(not problem)
        u.sheetMap.show_sheet(t, u.startSpin.value(), self._skip, self._count)

    # -- the result ----------------------------------------------------------------------------
    def request(self) -> LabelRequest:
        """What to print; RuleViolation when something does not add up."""
        t = self.template()
        if self.mode == "test":
            return LabelRequest(None, t, 1, frozenset(), self.offset(), self.printer())
        skip = parse_positions(self.ui.skipEdit.text())
        start = self.ui.startSpin.value()
        list(plan_positions(1, t, start, skip))  # checks start and skip against the stock
        return LabelRequest(self.selection(), t, start, skip, self.offset(), self.printer(),
                            self.margin())

    def remember(self) -> None:
        """The stock, and the calibration of this printer, for next time."""
        s = self.settings
        s.set("label_template", self.template().name)
        printer, (dx, dy) = self.printer(), self.offset()
        if printer:
            offsets = _offsets(s)
            offsets[printer] = [dx, dy]
            s.set("label_offsets_by_printer", json.dumps(offsets, ensure_ascii=False))
            margins = _margins(s)
            margins[printer] = self.margin()
            s.set("label_margins_by_printer", json.dumps(margins, ensure_ascii=False))
        else:
            s.set("label_offset_x_mm", dx)
            s.set("label_offset_y_mm", dy)
            s.set("label_margin_mm", self.margin())
        try:
            s.sync()
        except OSError as e:  # a preference not saved must not stop the printing
            log.warning("label settings not saved: %s", e)

    def accept(self) -> None:
        ActionRunner(LabelRefusals(self.ui.messageLabel)).run(self._confirmed_request,
                                                              self._requested)

    def _confirmed_request(self) -> LabelRequest | None:
        """The request, once the clerk has said yes to what she should know before paper is
        used: a first sheet that goes through blank, labels for carriers no longer here."""
        request = self.request()
        if first_sheet_blank(request.template, request.start, request.skip):
            answer = QMessageBox.question(self, self.tr("第一张标签纸空白"), self.tr(
                "第一张标签纸的位置都已跳过，这张纸会空白地走过打印机，标签从第二张开始。"
                "仍要打印吗？"))
            if answer != QMessageBox.StandardButton.Yes:
                return None
        gone = (not_kept(select_carriers(self.reader, request.selection))
                if self.reader is not None and request.selection is not None else [])
        if gone:
            names = "、".join(f"{cv.number}（{word_text(STATUS_LABEL[cv.status])}）"
                             for cv in gone[:10])
            if len(gone) > 10:
                names += self.tr(" 等 {n} 个").format(n=len(gone))
            answer = QMessageBox.question(self, self.tr("补打标签"), self.tr(
                "这些载体已不在本单位保管：{names}。\n确实要为它们补打标签吗？"
                "补打的标签上注明“补打”和现在的状态，打印记入审计日志。").format(names=names))
            if answer != QMessageBox.StandardButton.Yes:
                return None
            request = dataclasses.replace(request, reprint=True)
        return request

    def _requested(self, request: LabelRequest | None) -> None:
        if request is None:
            return  # the clerk said no: the dialog stays as it was
        self.confirmed = request
        self.remember()
        super().accept()

    def preview_test_page(self) -> None:
        """The frames of every position, for laying over a label sheet against the light."""
        buffer = io.BytesIO()
        template, offset = self.template(), self.offset()
        if not ActionRunner(LabelRefusals(self.ui.messageLabel)).run(
                lambda: render_test_page(template, buffer, offset)):
            return
        self.remember()
        if self.previewer is not None:
            self.previewer(buffer.getvalue(), self.tr("标签对位测试页"), self,
                           suggested_name=f"label-test-{template.name}.pdf",
                           printer_name=self.printer())

    # -- the clerk's own stocks ----------------------------------------------------------------
    def edit_template(self) -> None:
        current = self.template()
        own = find_builtin(current.name) is None
        dialog = LabelTemplateDialog(current, current.name if own else "", self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_template is None:
                return
            new = dialog.result_template
        finally:
            dialog.deleteLater()
        self.custom = [t for t in self.custom if t.name != new.name] + [new]
        self._save_custom(new.name)

    def delete_template(self) -> None:
        t = self.template()
        if find_builtin(t.name) is not None:
            return
        answer = QMessageBox.question(self, self.tr("删除标签模板"), self.tr(
            "删除自定义标签模板“{name}”？").format(name=t.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.custom = [c for c in self.custom if c.name != t.name]
        self._save_custom(DEFAULT_TEMPLATE)

    def _save_custom(self, select: str) -> None:
        self.settings.set("label_templates_custom", dump_templates(self.custom))
        self._fill_templates(select)
        self.refresh()


class LabelTemplateDialog(QDialog):
    """A label stock the clerk defines, checked by the engine before it is kept."""

    _MM = ("page_w", "page_h", "label_w", "label_h", "margin_left", "margin_top", "gap_x",
           "gap_y")

    def __init__(self, base: LabelTemplate, name: str = "", parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.ui = Ui_LabelTemplateDialog()
        self.ui.setupUi(self)
        self.result_template: LabelTemplate | None = None
        u = self.ui
        for field in self._MM:
            spin = getattr(u, field)
            spin.setDecimals(2)
            spin.setRange(0.0 if field.startswith(("margin", "gap")) else 10.0, 1000.0)
            spin.setSuffix(" mm")
            spin.setValue(getattr(base, field))
        u.cols.setValue(base.cols)
        u.rows.setValue(base.rows)
        u.printer_dpi.setValue(base.printer_dpi or 0)
        u.name.setText(name)
        u.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.accept)
        u.name.setFocus()

    def values(self) -> dict[str, Any]:
        u = self.ui
        values: dict[str, Any] = {f: round(getattr(u, f).value(), 2) for f in self._MM}
        values.update(name=u.name.text().strip(), cols=u.cols.value(), rows=u.rows.value(),
                      printer_dpi=u.printer_dpi.value() or None)
        return values

    def accept(self) -> None:
        values = self.values()
        if not values["name"]:
            self.ui.messageLabel.setText(self.tr("请为标签模板起一个名字。"))
            self.ui.name.setFocus()
            return
        if find_builtin(values["name"]) is not None:
            self.ui.messageLabel.setText(self.tr("“{name}”是内置模板的名字，请换一个。").format(
                name=values["name"]))
            self.ui.name.setFocus()
            return
        ActionRunner(LabelRefusals(self.ui.messageLabel)).run(
            lambda: LabelTemplate(**values), self._made)

    def _made(self, template: LabelTemplate) -> None:
        self.result_template = template
        super().accept()
