"""The dialogs of copying, holds, filing, return to issuer and destruction.

Each dialog calls its workflow itself, so a refusal shows inside it at the field the core names
(``InlineErrors``) and nothing changes; on success it keeps the result and accepts. Scans that
arrive while a dialog is open are given to its ``handle_scan``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QCompleter, QDateEdit, QDialog, QLineEdit, QListWidgetItem, QWidget

from ...core import barcodes
from ...core.carriers import CarrierKind, CarrierView
from ...core.copying import (
    Copies,
    CopyForm,
    copy_top_secret_allowed,
    make_copies,
    needs_originator,
)
from ...core.destruction import (
    CompletionForm,
    Manifest,
    ManifestForm,
    ManifestView,
    Method,
    Totals,
    complete_manifest,
    create_manifest,
)
from ...core.filing import Retention, Volume, VolumeForm, VolumeView, create_volume, file_carriers
from ...core.holds import place_hold
from ...core.levels import TOP_SECRET, LevelCatalog
from ...core.returns import ReturnForm, ReturnList, ReturnListView, confirm_return, prepare_return
from ...vault.vault import Vault
from ..forms.ui_copy import Ui_CopyDialog
from ..forms.ui_file_volume import Ui_FileVolumeDialog
from ..forms.ui_hold import Ui_HoldDialog
from ..forms.ui_manifest import Ui_ManifestDialog
from ..forms.ui_manifest_complete import Ui_ManifestCompleteDialog
from ..forms.ui_reason import Ui_ReasonDialog
from ..forms.ui_return_confirm import Ui_ReturnConfirmDialog
from ..forms.ui_return_list import Ui_ReturnListDialog
from ..forms.ui_volume import Ui_VolumeDialog
from ..runner import ActionRunner, accept_with
from ..widgets import levels as level_words
from ..widgets.dates import py_date
from ..widgets.inline_errors import InlineErrors
from ..widgets.labels import status_text
from ..widgets.levels import level_text
from ..widgets.people_names import offer_people
from .models import method_text, retention_text

SHOWN = 8  # carriers listed by name in a dialog; the rest are counted


def carrier_line(cv: CarrierView) -> str:
    return level_words.carrier_line(cv.number, cv.marking, cv.title)


def carriers_text(views: Sequence[CarrierView], more: Callable[[int], str]) -> str:
    lines = [carrier_line(cv) for cv in views[:SHOWN]]
    if len(views) > SHOWN:
        lines.append(more(len(views)))
    return "\n".join(lines)


def qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(edit: QDateEdit) -> dt.date:
    return py_date(edit.date())


def totals_text(totals: Totals, levels: LevelCatalog) -> str:
    """合计 on screen: ``共 5 份 60 页；其中 机密 2 份 24 页，秘密 3 份 36 页``."""
    text = QCoreApplication.translate("Disposal", "共 {copies} 份 {pages} 页").format(
        copies=totals.copies, pages=totals.pages)
    parts = [QCoreApplication.translate("Disposal", "{level} {copies} 份 {pages} 页").format(
        level=level_text(levels.get(t.level_code).name), copies=t.copies, pages=t.pages)
        for t in totals.by_level]
    if parts:
        text += QCoreApplication.translate("Disposal", "；其中 ") + QCoreApplication.translate(
            "Disposal", "，").join(parts)
    return text


def fill_locations(combo: object, vault: Vault) -> None:
    for _lid, name, _kind in vault.locations():
        combo.addItem(name, name)  # type: ignore[attr-defined]


class CopyDialog(QDialog):
    """复制: the leader's approval, the exact count; 绝密 (and 机密 by default) also the
    originating authority's."""

    def __init__(self, vault: Vault, source: CarrierView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CopyDialog()
        self.ui.setupUi(self)
        self.vault = vault
        self.carrier = source
        self.result_copies: Copies | None = None
        self.errors = InlineErrors(self, self.ui, self.ui.messageLabel)
        u = self.ui
        u.source.setText(self.tr("{line}\n状态：{status}，存放：{where}").format(
            line=carrier_line(source), status=status_text(source.status),
            where=source.whereabouts or "—"))
        today = qdate(vault.clock.now().date())
        u.approved_on.setMaximumDate(today)
        u.approved_on.setDate(today)
        # 绝密, and 机密 while the unit rule says so (篇一 6), need the originator's approval.
        self.needs_originator = needs_originator(vault, source.level)
        u.originatorGroup.setVisible(self.needs_originator)
        if self.needs_originator:
            u.authority.setPlaceholderText(self.tr("留空即原件的产生机关：{producer}").format(
                producer=source.producer or "—"))
            if source.level.rank >= TOP_SECRET.rank and not copy_top_secret_allowed(vault):
                self.errors.show_general(self.tr(
                    "本单位规定绝密级文件一律不得复制（篇三 十一、篇十二 五）。"))
        u.location.addItem(self.tr("与原件相同（{where}）").format(
            where=source.location or "—"), "")
        fill_locations(u.location, vault)
        offer_people(vault, u.approver)
        # A medium is copied onto a new medium with its own serial number (篇一 6; issue 13).
        self.serial_no: QLineEdit | None = None
        if source.kind is not CarrierKind.DOCUMENT:
            self.serial_no = QLineEdit(self)
            self.serial_no.setObjectName("serial_no")
            self.serial_no.setPlaceholderText(self.tr("新介质的序列号"))
            setattr(u, "serial_no", self.serial_no)  # the field a refusal names  # noqa: B010
            u.form.addRow(self.tr("新介质序列号"), self.serial_no)
            u.count.setValue(1)
            u.count.setEnabled(False)
        u.okButton.clicked.connect(self.save)
        u.cancelButton.clicked.connect(self.reject)
        u.count.setFocus()

    def form(self) -> CopyForm:
        u = self.ui
        return CopyForm(
            source=self.carrier.id, count=u.count.value(), purpose=u.purpose.text(),
            approver=u.approver.text(), approval_ref=u.approval_ref.text(),
            approved_on=pydate(u.approved_on),
            authority=u.authority.text() if self.needs_originator else "",
            authority_ref=u.authority_ref.text() if self.needs_originator else "",
            location=u.location.currentData() or "", notes=u.notes.text(),
            serial_no=self.serial_no.text() if self.serial_no is not None else "")

    def print_labels(self) -> bool:
        return self.ui.printLabels.isChecked()

    def save(self) -> None:
        accept_with(self, self.errors, lambda: make_copies(self.vault, self.form()),
                    "result_copies")


class HoldDialog(QDialog):
    """冻结: a reason (required) and its reference."""

    def __init__(self, vault: Vault, carriers: list[CarrierView],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HoldDialog()
        self.ui.setupUi(self)
        self.vault = vault
        self.carriers = list(carriers)
        self.result_holds: list[int] | None = None
        self.errors = InlineErrors(self, self.ui, self.ui.messageLabel)
        u = self.ui
        u.carriers.setText(carriers_text(carriers, self._more))
        u.hintLabel.setText(self.tr("冻结期间，载体不能借阅、传阅、复制、归档、出卷、清退或销毁，"
                                    "直到解除冻结。"))
        u.okButton.clicked.connect(self.save)
        u.cancelButton.clicked.connect(self.reject)
        u.reason.setFocus()

    def _more(self, n: int) -> str:
        return self.tr("……共 {n} 件").format(n=n)

    def save(self) -> None:
        accept_with(self, self.errors,
                    lambda: place_hold(self.vault, [cv.id for cv in self.carriers],
                                       self.ui.reason.toPlainText(), self.ui.reference.text()),
                    "result_holds")


class ReasonDialog(QDialog):
    """One reason for one step (解除冻结, 出卷, 移出清单, 作废 …); ``action(reason, location)``
    runs the workflow and may raise RuleViolation, shown here."""

    def __init__(self, title: str, subject_caption: str, subject: str, reason_caption: str,
                 ok_text: str, action: Callable[[str, str], object], *, hint: str = "",
                 placeholder: str = "", locations: Vault | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReasonDialog()
        self.ui.setupUi(self)
        self.action = action
        self.result_value: object = None
        self.errors = InlineErrors(self, self.ui, self.ui.messageLabel, aliases={
            "note": "reason", "manifest": "carriers", "return_list": "carriers"})
        u = self.ui
        self.setWindowTitle(title)
        u.carriersCaption.setText(subject_caption)
        u.carriers.setText(subject)
        u.reasonCaption.setText(reason_caption)
        u.reason.setPlaceholderText(placeholder)
        u.hintLabel.setText(hint)
        u.hintLabel.setVisible(bool(hint))
        u.okButton.setText(ok_text)
        if locations is not None:
            u.location.addItem(self.tr("不变"), "")
            fill_locations(u.location, locations)
        else:
            u.form.setRowVisible(u.location, False)
        u.okButton.clicked.connect(self.save)
        u.cancelButton.clicked.connect(self.reject)
        u.reason.setFocus()

    def reason(self) -> str:
        return self.ui.reason.toPlainText()

    def save(self) -> None:
        accept_with(self, self.errors,
                    lambda: self.action(self.reason(), self.ui.location.currentData() or ""),
                    "result_value")


class VolumeDialog(QDialog):
    """新建案卷: number (or automatic), title, retention, location, 绝密专卷."""

    def __init__(self, vault: Vault, top_secret: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_VolumeDialog()
        self.ui.setupUi(self)
        self.vault = vault
        self.result_volume: Volume | None = None
        self.errors = InlineErrors(self, self.ui, self.ui.messageLabel)
        u = self.ui
        year = vault.clock.now().year
        u.year.setMaximum(year + 1)
        u.year.setValue(year)
        u.number.setPlaceholderText(self.tr("留空自动编号，如 {year}-卷-0001").format(year=year))
        for r in Retention:
            u.retention.addItem(retention_text(r), r.value)
        fill_locations(u.location, vault)
        u.top_secret.setChecked(top_secret)
        u.okButton.clicked.connect(self.save)
        u.cancelButton.clicked.connect(self.reject)
        u.title.setFocus()

    def form(self) -> VolumeForm:
        u = self.ui
        return VolumeForm(title=u.title.text(), retention=u.retention.currentData(),
                          location=u.location.currentData() or "",
                          top_secret=u.top_secret.isChecked(), number=u.number.text(),
                          year=u.year.value(), notes=u.notes.text())

    def save(self) -> None:
        accept_with(self, self.errors, lambda: create_volume(self.vault, self.form()),
                    "result_volume")


class FileVolumeDialog(QDialog):
    """归档: pick a volume that fits these carriers (绝密 only in 绝密专卷), or make one."""

    def __init__(self, vault: Vault, carriers: list[CarrierView],
                 parent: QWidget | None = None, volume_id: int | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FileVolumeDialog()
        self.ui.setupUi(self)
        self.vault = vault
        self.carriers = list(carriers)
        self.result_ids: list[int] | None = None
        self.result_volume: VolumeView | None = None
        self.volume_dialog: VolumeDialog | None = None
        self.errors = InlineErrors(self, self.ui, self.ui.messageLabel)
        u = self.ui
        u.carriers.setText(carriers_text(carriers, self._more))
        self.top_secret = bool(carriers) and all(
            cv.level.rank >= TOP_SECRET.rank for cv in carriers)
        u.volumeHint.setText(self.tr("只列出绝密专卷：绝密级载体必须单独立卷。")
                             if self.top_secret else
                             self.tr("只列出普通案卷：绝密级载体另归绝密专卷。"))
        self._volumes: list[VolumeView] = []
        self._load()
        u.volumeFilter.textChanged.connect(self._fill)
        u.newVolumeButton.clicked.connect(self.new_volume)
        u.okButton.clicked.connect(self.save)
        u.cancelButton.clicked.connect(self.reject)
        self._fill()
        if volume_id is not None:
            self.select_volume(volume_id)
        u.volumeFilter.setFocus()

    def _more(self, n: int) -> str:
        return self.tr("……共 {n} 件").format(n=n)

    def _load(self) -> None:
        self._volumes = [v for v in self.vault.disposition.iter_volumes()
                         if v.top_secret == self.top_secret]

    def _fill(self) -> None:
        lw = self.ui.volume
        keep = self.volume_id()
        lw.clear()
        text = self.ui.volumeFilter.text().strip()
        for v in reversed(self._volumes):  # the newest first
            if text and text not in v.number and text not in v.title:
                continue
            item = QListWidgetItem(self.tr("{number}　{title}（{retention}，{location}，{n} 件）")
                                   .format(number=v.number, title=v.title,
                                           retention=retention_text(v.retention),
                                           location=v.location, n=v.items))
            item.setData(Qt.ItemDataRole.UserRole, v.id)
            lw.addItem(item)
        if keep is not None:
            self.select_volume(keep)
        elif lw.count() == 1:
            lw.setCurrentRow(0)

    def volume_id(self) -> int | None:
        item = self.ui.volume.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def select_volume(self, volume_id: int) -> None:
        lw = self.ui.volume
        for i in range(lw.count()):
            if lw.item(i).data(Qt.ItemDataRole.UserRole) == volume_id:
                lw.setCurrentRow(i)
                return

    def new_volume(self) -> VolumeDialog:
        dialog = VolumeDialog(self.vault, self.top_secret, self)
        self.volume_dialog = dialog
        dialog.accepted.connect(lambda: self._volume_made(dialog))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def _volume_made(self, dialog: VolumeDialog) -> None:
        self.volume_dialog = None
        made = dialog.result_volume
        if made is None:
            return
        self._load()
        self.ui.volumeFilter.clear()
        self._fill()
        self.select_volume(made.id)

    def save(self) -> None:
        self.errors.clear()
        vid = self.volume_id()
        if vid is None:
            self.errors.show("volume", self.tr("请选择要归入的案卷，或新建一个案卷。"))
            return
        ActionRunner(self.errors).run(
            lambda: file_carriers(self.vault, vid, [cv.id for cv in self.carriers],
                                  self.ui.note.text()),
            lambda ids: self._filed(vid, ids))

    def _filed(self, volume_id: int, ids: list[int]) -> None:
        self.result_ids = ids
        self.result_volume = self.vault.disposition.volume(volume_id)  # with its new items
        self.accept()


class ReturnListDialog(QDialog):
    """新建清退单: carriers (selection, scans, or every copy of the same document)."""

    def __init__(self, vault: Vault, carriers: list[CarrierView],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReturnListDialog()
        self.ui.setupUi(self)
        self.vault = vault
        self.result_list: ReturnList | None = None
        self.errors = InlineErrors(self, self.ui, self.ui.messageLabel)
        u = self.ui
        for cv in carriers:
            self._add(cv)
        u.familyButton.clicked.connect(self.add_family)
        u.removeButton.clicked.connect(self._remove)
        u.okButton.clicked.connect(self.save)
        u.cancelButton.clicked.connect(self.reject)
        u.basis.setFocus()

    def carrier_ids(self) -> list[int]:
        lw = self.ui.carriers
        return [int(lw.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(lw.count())]

    def _add(self, cv: CarrierView) -> bool:
        if cv.id in self.carrier_ids():
            return False
        item = QListWidgetItem(carrier_line(cv))
        item.setData(Qt.ItemDataRole.UserRole, cv.id)
        item.setData(Qt.ItemDataRole.UserRole + 1, cv.document_id)
        self.ui.carriers.addItem(item)
        return True

    def add_family(self) -> int:
        """Every copy of the listed carriers' documents still here, and copies made of them."""
        self.errors.clear()
        lw = self.ui.carriers
        docs = dict.fromkeys(int(lw.item(i).data(Qt.ItemDataRole.UserRole + 1))
                             for i in range(lw.count()))
        if not docs:
            self.errors.show("carriers", self.tr("请先选择或扫描一件载体。"))
            return 0
        added = 0
        for doc in docs:
            ids = self.vault.disposition.returnable_of_document(doc)
            for cv in self.vault.ledger.by_ids(ids):
                added += self._add(cv)
        self.errors.show_general(self.tr("加入了 {n} 件。").format(n=added) if added else
                                 self.tr("没有更多的份数或复制件。"))
        return added

    def _remove(self) -> None:
        for item in self.ui.carriers.selectedItems():
            self.ui.carriers.takeItem(self.ui.carriers.row(item))

    def handle_scan(self, code: str) -> None:
        ActionRunner(self.errors.at("carriers")).run(lambda: barcodes.check(code), self._scanned)

    def _scanned(self, code: str) -> None:
        cv = self.vault.ledger.by_barcode(code)
        if cv is None:
            self.errors.show("carriers", self.tr("没有条码为 {code} 的载体。").format(code=code))
            return
        if not self._add(cv):
            self.errors.show("carriers", self.tr("{number} 已在清单上。").format(
                number=cv.number))

    def print_after(self) -> bool:
        return self.ui.printAfter.isChecked()

    def save(self) -> None:
        u = self.ui
        accept_with(self, self.errors, lambda: prepare_return(self.vault, ReturnForm(
            carriers=list(self.carrier_ids()), recipient=u.recipient.text(),
            basis=u.basis.text(), note=u.note.text())), "result_list")


class ReturnConfirmDialog(QDialog):
    """确认清退: the carriers went back; who received them."""

    def __init__(self, vault: Vault, lst: ReturnListView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReturnConfirmDialog()
        self.ui.setupUi(self)
        self.vault = vault
        self.list = lst
        self.result_ids: list[int] | None = None
        self.errors = InlineErrors(self, self.ui, self.ui.messageLabel)
        u = self.ui
        u.return_list.setText(self.tr("{number}：退往 {recipient}，共 {n} 件").format(
            number=lst.number, recipient=lst.recipient, n=len(lst.carrier_ids)))
        u.hintLabel.setText(self.tr("确认后，清单上的载体全部标记为已清退，记录永久保留；"
                                    "请确认对方已在清退清单上签收。"))
        u.okButton.clicked.connect(self.save)
        u.cancelButton.clicked.connect(self.reject)
        u.handed_to.setFocus()

    def save(self) -> None:
        accept_with(self, self.errors,
                    lambda: confirm_return(self.vault, self.list.id, self.ui.handed_to.text(),
                                           self.ui.note.text()),
                    "result_ids")


class ManifestDialog(QDialog):
    """新建销毁清单: date, designated place, method; carriers added later by scan or selection."""

    def __init__(self, vault: Vault, carriers: list[CarrierView] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ManifestDialog()
        self.ui.setupUi(self)
        self.vault = vault
        self.carriers = list(carriers or [])
        self.result_manifest: Manifest | None = None
        self.errors = InlineErrors(self, self.ui, self.ui.messageLabel)
        u = self.ui
        now = vault.clock.now()
        u.number.setText(self.tr("保存时自动编号（如 {year}-销-0001）").format(year=now.year))
        u.planned_on.setDate(qdate(now.date()))
        for m in Method:
            u.method.addItem(method_text(m), m.value)
        earlier = list(vault.disposition.iter_manifests())  # a few a year
        if earlier:
            u.place.setCompleter(QCompleter(sorted({m.place for m in earlier}), self))
            u.place.setText(max(earlier, key=lambda m: m.id).place)  # usually the same room
        if self.carriers:
            u.carriers.setText(carriers_text(self.carriers, self._more))
        else:
            u.carriers.setText(self.tr("建立后扫描载体条码，或从台账选中后加入。"))
        u.okButton.clicked.connect(self.save)
        u.cancelButton.clicked.connect(self.reject)
        u.place.setFocus()

    def _more(self, n: int) -> str:
        return self.tr("……共 {n} 件").format(n=n)

    def form(self) -> ManifestForm:
        u = self.ui
        return ManifestForm(planned_on=pydate(u.planned_on), place=u.place.text(),
                            method=u.method.currentData(),
                            carriers=[cv.id for cv in self.carriers], note=u.note.text())

    def save(self) -> None:
        accept_with(self, self.errors, lambda: create_manifest(self.vault, self.form()),
                    "result_manifest")


class ManifestCompleteDialog(QDialog):
    """完成销毁: the leader's approval and two or more supervisors, neither the clerk."""

    def __init__(self, vault: Vault, manifest: ManifestView, totals: Totals,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ManifestCompleteDialog()
        self.ui.setupUi(self)
        self.vault = vault
        self.manifest = manifest
        self.result_totals: Totals | None = None
        self.errors = InlineErrors(self, self.ui, self.ui.messageLabel,
                                   aliases={"manifest": "manifest"})
        u = self.ui
        u.manifest.setText(self.tr("{number}：{day}，{place}，{method}").format(
            number=manifest.number, day=manifest.planned_on.isoformat(), place=manifest.place,
            method=method_text(manifest.method)))
        u.carriers.setText(totals_text(totals, vault.levels))
        today = qdate(vault.clock.now().date())
        for edit in (u.approved_on, u.destroyed_on):
            edit.setMaximumDate(today)
            edit.setDate(today)
        offer_people(vault, u.approver, *self.supervisor_edits())
        u.hintLabel.setText(self.tr(
            "监销人不能是机要员本人（{clerk}）。完成后，清单上的 {n} 件载体全部标记为已销毁，"
            "清单从此不能改动，只能重新打印。").format(clerk=vault.actor, n=totals.copies))
        u.okButton.clicked.connect(self.save)
        u.cancelButton.clicked.connect(self.reject)
        u.approver.setFocus()

    def supervisor_edits(self) -> list[QLineEdit]:
        u = self.ui
        return [u.supervisor1, u.supervisor2, u.supervisor3, u.supervisor4]

    def form(self) -> CompletionForm:
        u = self.ui
        return CompletionForm(
            approver=u.approver.text(), approval_ref=u.approval_ref.text(),
            approved_on=pydate(u.approved_on),
            supervisors=[e.text() for e in self.supervisor_edits()],
            destroyed_on=pydate(u.destroyed_on))

    def save(self) -> None:
        accept_with(self, self.errors,
                    lambda: complete_manifest(self.vault, self.manifest.id, self.form()),
                    "result_totals")


__all__ = ["CopyDialog", "FileVolumeDialog", "HoldDialog", "ManifestCompleteDialog",
           "ManifestDialog", "ReasonDialog", "ReturnConfirmDialog", "ReturnListDialog",
           "VolumeDialog", "carrier_line", "carriers_text", "qdate", "totals_text"]
