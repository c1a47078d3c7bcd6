"""Copies, holds, filing, return to issuer and destruction (复制、冻结、归档、清退、销毁): the 处置
menu on the ledger's selection, and three tabs.

- 案卷: the volumes with their computed level and items; new volume; filing the ledger's
  selection (or scans, when "扫描即归入" is on) into the selected volume; 出卷 of selected items;
  the 案卷目录.
- 销毁清单: manifests (open, completed, cancelled) and the lines of the selected one, with live
  totals. An open manifest is built by scanning carriers (each refusal of the core is shown here,
  plainly, and nothing is added) or from the ledger's selection; lines are removed with a reason;
  completion records the approval and the supervisors; it prints (登记造册) and reprints. A
  completed or cancelled manifest is read-only here as in the core.
- 清退: return lists; new list from the selection (or every copy of the same document); print the
  清退清单, confirm, cancel.

Every workflow is the core's; dialogs show its refusals at their field. Locking drops the open
dialog and every row (``detach``).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar, cast

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.carriers import CarrierView
from ...core.destruction import (
    ManifestView,
    Totals,
    add_to_manifest,
    cancel_manifest,
    remove_from_manifest,
)
from ...core.filing import VolumeView, file_carriers, take_out_of_volume
from ...core.holds import lift_hold
from ...core.ledger_query import LedgerFilter
from ...core.printing_audit import PrintAction
from ...core.returns import ReturnListView, cancel_return
from ...printing.disposition import return_list_pdf, volume_items_pdf
from ...printing.jobs import preferred_marking, register_pdf
from ...printing.manifests import manifest_pdf
from ...vault.vault import Vault
from ..circulation.models import scrub
from ..printing.actions import rendered
from ..printing.audit import record_printed
from ..runner import ActionRunner
from ..widgets.message_bar import REFUSED_STYLE, MessageBar
from ..widgets.scan_field import scan_field
from ..widgets.table import select_row, selected_rows, table
from ..widgets.texts import Texts
from .dialogs import (
    CopyDialog,
    FileVolumeDialog,
    HoldDialog,
    ManifestCompleteDialog,
    ManifestDialog,
    ReasonDialog,
    ReturnConfirmDialog,
    ReturnListDialog,
    VolumeDialog,
    carrier_line,
    carriers_text,
    totals_text,
)
from .models import (
    CarrierListModel,
    ManifestLineModel,
    ManifestModel,
    ReturnListModel,
    VolumeModel,
    method_text,
)

if TYPE_CHECKING:
    from ..shell.controller import AppController
    from ..shell.main_window import MainWindow


ERROR_STYLE = REFUSED_STYLE  # the mixed-volumes warning looks like a refusal
INFO_STYLE = "QLabel { color: #0d47a1; padding: 2px; }"
READ_ONLY_STYLE = ("QLabel { color: #37474f; background: #eceff1; border: 1px solid #b0bec5; "
                   "padding: 6px; }")


def button(texts: Texts, text: Callable[[], str], fn: Callable[[], object],
           bar: QHBoxLayout) -> QPushButton:
    b = texts.button(text)
    b.setAutoDefault(False)
    b.clicked.connect(lambda _checked=False: fn())
    bar.addWidget(b)
    return b


def message_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setVisible(False)
    return label


# -- the one open dialog ------------------------------------------------------------------------

class DialogHost:
    """The disposal dialog open now (at most one): scans go to it, a lock scrubs it."""

    def __init__(self) -> None:
        self.dialog: QDialog | None = None

    def open(self, dialog: QDialog, on_accept: Callable[[Any], object]) -> QDialog:
        self.drop()
        self.dialog = dialog
        dialog.accepted.connect(lambda: on_accept(dialog))
        dialog.finished.connect(lambda _r: self._finished(dialog))
        dialog.open()
        return dialog

    def busy(self) -> bool:
        return self.dialog is not None and self.dialog.isVisible()

    def handle_scan(self, code: str) -> bool:
        dialog = self.dialog
        if dialog is None:
            return False
        handler = getattr(dialog, "handle_scan", None)
        if callable(handler):
            handler(code)
        else:
            errors = getattr(dialog, "errors", None)
            if errors is not None:
                errors.show_general(QCoreApplication.translate(
                    "Disposal", "请先完成或取消这个对话框，再扫描（扫到：{code}）。").format(
                        code=code))
        return True

    def _finished(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        scrub(dialog)  # its result is taken; what it showed goes now, not at deletion
        dialog.deleteLater()

    def drop(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.blockSignals(True)
            dialog.hide()
            scrub(dialog)
            dialog.deleteLater()


# -- printing -----------------------------------------------------------------------------------

class DisposalPrinting:
    """The 案卷目录, a 销毁清单 and a 清退清单: rendered in memory, previewed, audited once printed
    or saved (``controller.printing.preview``; tests put a recorder there)."""

    def __init__(self, controller: AppController) -> None:
        self.controller = controller

    @property
    def window(self) -> MainWindow:
        return self.controller.window

    def _marking(self) -> str:
        return str(self.controller.settings.get("register_marking"))

    def _audit(self, vault: Vault, what: str, action: PrintAction, filter_text: str,
               pages: int, carrier_ids: Sequence[int], checkpoint: str) -> bool:
        return record_printed(self.window, vault, what, action, filter_text, pages, carrier_ids,
                       checkpoint)

    def _show(self, vault: Vault, pdf: bytes, title: str, what: str, filter_text: str,
              carrier_ids: Sequence[int], checkpoint: str, parent: QWidget, name: str) -> None:
        def done(kind: str, pages: int) -> bool:
            return self._audit(vault, what, "print" if kind == "print" else "export",
                               filter_text, pages, carrier_ids, checkpoint)

        self.controller.printing.preview(pdf, title, parent, suggested_name=name, on_done=done)

    def volumes(self, vault: Vault, parent: QWidget) -> bool:
        buffer = io.BytesIO()
        job = rendered(self.window, lambda: preferred_marking(
            lambda marking: register_pdf(vault, "volumes", LedgerFilter(), buffer,
                                         marking=marking), self._marking()))
        if job is None:
            return False
        stamp = vault.clock.now().strftime("%Y%m%d-%H%M")
        self._show(vault, buffer.getvalue(), QCoreApplication.translate("Disposal", "案卷目录"),
                   job.title, job.filter_text, (), job.checkpoint, parent,
                   f"{job.title}-{stamp}.pdf")
        return True

    def volume_items(self, vault: Vault, volume_id: int, parent: QWidget) -> bool:
        """The 卷内目录 of one volume: every item in the order it was filed."""
        buffer = io.BytesIO()
        v = vault.disposition.volume(volume_id)
        checkpoint = vault.audit_head().checkpoint
        if rendered(self.window, lambda: volume_items_pdf(vault, volume_id, buffer,
                                                          marking=self._marking())) is None:
            return False
        ids = [cv.id for cv in vault.disposition.volume_items(volume_id)]
        self._show(vault, buffer.getvalue(),
                   QCoreApplication.translate("Disposal", "卷内目录 {number}").format(
                       number=v.number), f"卷内目录 {v.number}", v.number, ids, checkpoint,
                   parent, f"卷内目录-{v.number}.pdf")
        return True

    def manifest(self, vault: Vault, manifest_id: int, parent: QWidget) -> bool:
        buffer = io.BytesIO()
        m = vault.disposition.manifest(manifest_id)
        checkpoint = vault.audit_head().checkpoint  # the code printed on its pages
        if rendered(self.window, lambda: manifest_pdf(vault, manifest_id, buffer)) is None:
            return False
        ids = [ln.carrier_id for ln in vault.disposition.manifest_lines(manifest_id)]
        what = f"涉密载体销毁清单 {m.number}"
        self._show(vault, buffer.getvalue(),
                   QCoreApplication.translate("Disposal", "销毁清单 {number}").format(
                       number=m.number), what, m.number, ids, checkpoint, parent,
                   f"销毁清单-{m.number}.pdf")
        return True

    def return_list(self, vault: Vault, list_id: int, parent: QWidget) -> bool:
        buffer = io.BytesIO()
        lst = vault.disposition.return_list(list_id)
        checkpoint = vault.audit_head().checkpoint
        if rendered(self.window, lambda: preferred_marking(
                lambda marking: return_list_pdf(vault, list_id, buffer, marking=marking),
                self._marking())) is None:
            return False
        self._show(vault, buffer.getvalue(),
                   QCoreApplication.translate("Disposal", "清退清单 {number}").format(
                       number=lst.number), f"清退清单 {lst.number}", lst.number,
                   lst.carrier_ids, checkpoint, parent, f"清退清单-{lst.number}.pdf")
        return True


# -- a page ------------------------------------------------------------------------------------

class DisposalPage(QWidget):
    """What the three tabs share: the vault, the message line, refreshing after a change."""

    def __init__(self, feature: Disposal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feature = feature
        self.window_ = feature.window
        self.vault: Vault | None = None
        self.stale = False  # changed while hidden: refreshed when shown or used
        self.message = MessageBar(f"{type(self).__name__}Message", self,
                                  self.window_.statusBar())
        self.runner = ActionRunner(self.message, refresh=self.changed)
        self.texts = Texts(self)
        # Titles and states composed from what is shown: made again in the new language.
        self.texts.then(lambda: self.refresh() if self.vault is not None else self.forget())

    @property
    def host(self) -> DialogHost:
        return self.feature.host

    def refuse(self, text: str) -> None:
        """A refusal, plainly on this page (and in the status bar): nothing was changed."""
        self.message.refuse(text)

    def done(self, text: str) -> None:
        self.message.done(text)

    def clear_message(self) -> None:
        self.message.clear_message()

    def attach(self, vault: Vault) -> None:
        self.vault = vault
        self.refresh()

    def detach(self) -> None:
        self.host.drop()
        self.vault = None
        self.clear_message()
        self.forget()

    def forget(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def refresh(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def handle_scan(self, code: str) -> bool:
        if self.vault is None:
            return False
        if self.host.busy():
            return self.host.handle_scan(code)
        return self.scan(code)

    def scan(self, code: str) -> bool:
        return False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.vault is not None:
            self.refresh()

    def fresh(self) -> None:
        """Refresh now if something changed while this page was hidden."""
        if self.stale and self.vault is not None:
            self.refresh()

    def changed(self, carrier_ids: Sequence[int] = ()) -> None:
        self.feature.changed(carrier_ids)


# -- 案卷 ----------------------------------------------------------------------------------------

class VolumesPage(DisposalPage):
    def __init__(self, feature: Disposal, parent: QWidget | None = None) -> None:
        super().__init__(feature, parent)
        self.volume_model = VolumeModel(self)
        self.item_model = CarrierListModel(self)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.new_button = button(self.texts, lambda: self.tr("新建案卷…"), self.new_volume, bar)
        self.file_button = button(self.texts, lambda: self.tr("归档（台账中选中的载体）…"),
                                              self.file_selection, bar)
        self.unfile_button = button(self.texts, lambda: self.tr("出卷（选中的卷内载体）…"),
                                                self.unfile_items, bar)
        self.print_button = button(self.texts, lambda: self.tr("打印案卷目录…"),
                                               self.print_catalogue, bar)
        self.print_items_button = button(self.texts, lambda: self.tr("打印卷内目录…"),
                                         self.print_items, bar)
        self.refresh_button = button(self.texts, lambda: self.tr("刷新"), self.refresh, bar)
        bar.addStretch(1)
        self.scan_files = self.texts.check(lambda: self.tr("扫描即归入选中的案卷"))
        self.scan_files.setObjectName("scanFiles")
        bar.addWidget(self.scan_files)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        self.mixed = message_label("mixedVolumes")
        self.mixed.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.mixed)
        split = QSplitter(Qt.Orientation.Vertical)
        self.volume_table = table(self.volume_model, (130, 60, 380, 150, 80, 130, 60, 60))
        self.volume_table.setObjectName("volumeTable")
        self.volume_table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._show_items())
        split.addWidget(self.volume_table)
        items = self.texts.group(lambda: self.tr("卷内载体"))
        self.items_group = items
        iv = QVBoxLayout(items)
        self.item_table = table(self.item_model, (160, 110, 160, 360, 50, 50, 70, 90), multi=True)
        self.item_table.setObjectName("itemTable")
        iv.addWidget(self.item_table)
        split.addWidget(items)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)
        self.forget()

    def forget(self) -> None:
        self.volume_model.clear()
        self.item_model.clear()
        self.mixed.clear()
        self.mixed.setVisible(False)
        self.items_group.setTitle(self.tr("卷内载体"))
        self.scan_files.setChecked(False)

    def current_volume(self) -> VolumeView | None:
        index = self.volume_table.currentIndex()
        return self.volume_model.volume_at(index.row()) if index.isValid() else None

    def refresh(self) -> None:
        if self.vault is None:
            return
        self.stale = False
        keep = self.current_volume()
        d = self.vault.disposition
        mixed = d.mixed_volumes()
        self.volume_model.set_volumes(list(d.iter_volumes()), self.vault.levels,
                                      {v.id for v in mixed})
        if mixed:
            self.mixed.setText(self.tr("以下案卷中有载体的密级已变更，与案卷不符（绝密载体须单独"
                                       "立卷）：{numbers}。请将这些载体出卷后另行归档。").format(
                numbers="、".join(v.number for v in mixed)))
        self.mixed.setVisible(bool(mixed))
        row = self.volume_model.row_of(keep.id) if keep is not None else -1
        select_row(self.volume_table, row)
        self._show_items()

    def select_volume(self, volume_id: int) -> None:
        self.fresh()
        select_row(self.volume_table, self.volume_model.row_of(volume_id))
        self._show_items()

    def _show_items(self) -> None:
        v = self.current_volume()
        if v is None or self.vault is None:
            self.item_model.clear()
            self.items_group.setTitle(self.tr("卷内载体"))
            return
        self.item_model.set_rows(self.vault.disposition.volume_items(v.id))
        self.items_group.setTitle(self.tr("卷内载体：{number}《{title}》，{n} 件 {pages} 页")
                                  .format(number=v.number, title=v.title, n=v.items,
                                          pages=v.pages))

    # -- actions ---------------------------------------------------------------------------
    def new_volume(self) -> VolumeDialog | None:
        if self.vault is None:
            return None
        dialog = VolumeDialog(self.vault, parent=self)
        self.host.open(dialog, self._volume_made)
        return dialog

    def _volume_made(self, dialog: VolumeDialog) -> None:
        made = dialog.result_volume
        if made is None or self.vault is None:
            return
        self.refresh()
        self.select_volume(made.id)
        self.done(self.tr("已建立案卷 {number}。").format(number=made.number))

    def file_selection(self) -> FileVolumeDialog | None:
        v = self.current_volume()
        return self.feature.file_selection(v.id if v is not None else None)

    def unfile_items(self) -> ReasonDialog | None:
        rows = selected_rows(self.item_table)
        views = [cv for r in rows if (cv := self.item_model.carrier_at(r)) is not None]
        if not views:
            self.refuse(self.tr("请先在“卷内载体”中选中要出卷的载体。"))
            return None
        return self.feature.unfile(views)

    def print_catalogue(self) -> bool:
        if self.vault is None:
            return False
        return self.feature.printing.volumes(self.vault, self)

    def print_items(self) -> bool:
        """The 卷内目录 of the selected volume."""
        v = self.current_volume()
        if self.vault is None:
            return False
        if v is None:
            self.refuse(self.tr("请先选中要打印卷内目录的案卷。"))
            return False
        return self.feature.printing.volume_items(self.vault, v.id, self)

    def scan(self, code: str) -> bool:
        """With "扫描即归入" on, a scanned carrier goes into the selected volume."""
        if not self.scan_files.isChecked() or self.vault is None:
            return False
        v = self.current_volume()
        if v is None:
            self.refuse(self.tr("请先选中要归入的案卷，再扫描载体。"))
            return True
        vault = self.vault
        self.runner.run(lambda: file_carriers(vault, v.id, [code]),
                        lambda ids: self.done(self.tr("已归入 {volume}：{line}").format(
                            volume=v.number, line=carrier_line(vault.ledger.get(ids[0])))),
                        changed=list)
        return True


# -- a list built by scans: 销毁清单 and 移交清单 ----------------------------------------------

class ListedView(Protocol):
    """A list as its page shows it (``ManifestView``, ``HandoverView``)."""

    @property
    def id(self) -> int: ...
    @property
    def number(self) -> str: ...
    @property
    def is_open(self) -> bool: ...


class MadeList(Protocol):
    """A list just made by its dialog (``Manifest``, ``Handover``)."""

    @property
    def id(self) -> int: ...
    @property
    def number(self) -> str: ...
    @property
    def carrier_ids(self) -> Sequence[int]: ...


class CompleteDialog(Protocol):
    result_totals: Totals | None


@dataclass(frozen=True)
class ListWords:
    """What a list page says, translated in the page's own context (its ``tr``)."""

    select_carriers: str  # 请先在台账中选中要……的载体。
    several_open: str  # {n}
    select_lines: str
    remove_title: str
    removed_carriers: str
    remove_reason: str
    remove_button: str
    remove_placeholder: str
    removed: str  # {number} {n}
    made: str  # {number}
    empty: str  # {number}
    completed: str  # {number} {totals}
    cancel_title: str
    cancel_what: str
    cancel_line: str  # {number} {n}
    cancel_reason: str
    cancel_button: str
    cancel_hint: str
    cancelled: str  # {number}


V = TypeVar("V", bound=ListedView)


class ScannedListPage(DisposalPage, Generic[V]):
    """What the 销毁 and 移交 tabs do alike with their lists: the ledger's selection joins a
    list, lines leave it with a reason, a new list, completion with approval, cancelling. The
    page supplies its list's workflows (the hooks below) and its words (``words``)."""

    line_model: ManifestLineModel
    line_table: QTableView
    scan_box: QLineEdit

    # -- the hooks ---------------------------------------------------------------------------
    def words(self) -> ListWords:  # pragma: no cover - overridden
        raise NotImplementedError

    def current(self) -> V | None:  # pragma: no cover - overridden
        raise NotImplementedError

    def open_lists(self, vault: Vault) -> list[V]:  # pragma: no cover - overridden
        raise NotImplementedError

    def select(self, list_id: int) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def add_to(self, lst: V, refs: Sequence[int | str]) -> list[int]:  # pragma: no cover
        raise NotImplementedError

    def new(self, carrier_ids: Sequence[int] = ()) -> QDialog | None:  # pragma: no cover
        raise NotImplementedError

    def totals_of(self, vault: Vault, list_id: int) -> Totals:  # pragma: no cover - overridden
        raise NotImplementedError

    def complete_dialog(self, vault: Vault, lst: V,
                        totals: Totals) -> QDialog:  # pragma: no cover - overridden
        raise NotImplementedError

    def line_ids(self, vault: Vault, list_id: int) -> list[int]:  # pragma: no cover
        raise NotImplementedError

    def remove_work(self, vault: Vault, list_id: int, ids: list[int],
                    reason: str) -> object:  # pragma: no cover - overridden
        raise NotImplementedError

    def cancel_work(self, vault: Vault, list_id: int,
                    reason: str) -> object:  # pragma: no cover - overridden
        raise NotImplementedError

    # -- the shared flow ---------------------------------------------------------------------
    def add_selection(self) -> list[int]:
        """The ledger's selection joins the selected open list (or the only open one; with
        none open, a new list is made for them)."""
        if self.vault is None:
            return []
        words = self.words()
        ids = self.window_.selected_ids()
        if not ids:
            self.refuse(words.select_carriers)
            return []
        lst = self.current()
        if lst is None or not lst.is_open:
            opened = self.open_lists(self.vault)
            if len(opened) > 1:
                self.refuse(words.several_open.format(n=len(opened)))
                return []
            if not opened:
                self.new(ids)
                return []
            self.select(opened[0].id)
            lst = opened[0]
        return self.add_to(lst, ids)

    def remove_lines(self) -> ReasonDialog | None:
        lst = self.current()
        if self.vault is None or lst is None or not lst.is_open:
            return None
        words = self.words()
        lines = [ln for r in selected_rows(self.line_table)
                 if (ln := self.line_model.line_at(r)) is not None]
        if not lines:
            self.refuse(words.select_lines)
            return None
        vault, list_id, number = self.vault, lst.id, lst.number
        ids = [ln.carrier_id for ln in lines]
        dialog = ReasonDialog(
            words.remove_title, words.removed_carriers,
            "\n".join(f"{ln.position}. {ln.number}　{ln.title}" for ln in lines),
            words.remove_reason, words.remove_button,
            lambda reason, _loc: self.remove_work(vault, list_id, ids, reason),
            placeholder=words.remove_placeholder, parent=self)
        self.host.open(dialog, lambda _d: (self.changed(ids), self.done(
            words.removed.format(number=number, n=len(ids)))))
        return dialog

    def made(self, made: MadeList | None) -> None:
        """A new list from the dialog: selected, ready for scans."""
        if made is None or self.vault is None:
            return
        self.changed(made.carrier_ids)
        self.select(made.id)
        self.done(self.words().made.format(number=made.number))
        self.scan_box.setFocus()

    def complete(self) -> QDialog | None:
        lst = self.current()
        if self.vault is None or lst is None or not lst.is_open:
            return None
        totals = self.totals_of(self.vault, lst.id)
        if totals.copies == 0:
            self.refuse(self.words().empty.format(number=lst.number))
            return None
        dialog = self.complete_dialog(self.vault, lst, totals)
        self.host.open(dialog, lambda d: self._completed(lst, d))
        return dialog

    def _completed(self, lst: V, dialog: QDialog) -> None:
        totals = cast(CompleteDialog, dialog).result_totals
        if totals is None or self.vault is None:
            return
        self.changed(self.line_ids(self.vault, lst.id))
        self.select(lst.id)
        self.done(self.words().completed.format(
            number=lst.number, totals=totals_text(totals, self.vault.levels)))

    def cancel(self) -> ReasonDialog | None:
        lst = self.current()
        if self.vault is None or lst is None or not lst.is_open:
            return None
        words = self.words()
        vault, list_id, number = self.vault, lst.id, lst.number
        n = self.line_model.rowCount()
        ids = [ln.carrier_id for r in range(n) if (ln := self.line_model.line_at(r))]
        dialog = ReasonDialog(
            words.cancel_title, words.cancel_what, words.cancel_line.format(number=number, n=n),
            words.cancel_reason, words.cancel_button,
            lambda reason, _loc: self.cancel_work(vault, list_id, reason),
            hint=words.cancel_hint, parent=self)
        self.host.open(dialog, lambda _d: (self.changed(ids), self.select(list_id),
                                           self.done(words.cancelled.format(number=number))))
        return dialog


# -- 销毁清单 ------------------------------------------------------------------------------------

class ManifestsPage(ScannedListPage[ManifestView]):
    SHOW_ALL, SHOW_OPEN, SHOW_DONE, SHOW_CANCELLED = range(4)

    def __init__(self, feature: Disposal, parent: QWidget | None = None) -> None:
        super().__init__(feature, parent)
        self.manifest_model = ManifestModel(self)
        self.line_model = ManifestLineModel(self)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.new_button = button(self.texts, lambda: self.tr("新建销毁清单…"),
                                             self.new_manifest, bar)
        self.print_button = button(self.texts, lambda: self.tr("打印销毁清单…"),
                                               self.print_manifest, bar)
        self.complete_button = button(self.texts, lambda: self.tr("完成销毁…"), self.complete, bar)
        self.cancel_button = button(self.texts, lambda: self.tr("作废清单…"), self.cancel, bar)
        self.refresh_button = button(self.texts, lambda: self.tr("刷新"), self.refresh, bar)
        bar.addStretch(1)
        bar.addWidget(self.texts.label(lambda: self.tr("显示：")))
        self.show_filter = QComboBox()
        self.show_filter.setObjectName("manifestFilter")
        for text in (lambda: self.tr("全部清单"), lambda: self.tr("待销毁"),
                     lambda: self.tr("已销毁"), lambda: self.tr("已作废")):
            self.texts.item(self.show_filter, text)
        self.show_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addWidget(self.show_filter)
        layout.addLayout(bar)
        split = QSplitter(Qt.Orientation.Vertical)
        self.manifest_table = table(self.manifest_model, (120, 100, 120, 200, 200, 50, 100, 160))
        self.manifest_table.setObjectName("manifestTable")
        self.manifest_table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._show_manifest())
        split.addWidget(self.manifest_table)
        detail = self.texts.group(lambda: self.tr("清单明细"))
        self.detail_group = detail
        dv = QVBoxLayout(detail)
        self.state = message_label("manifestState")
        dv.addWidget(self.state)
        scan = QHBoxLayout()
        caption, self.scan_box = scan_field(self.texts, "manifestScanBox", lambda: self.tr(
            "扫描要销毁的载体条码，逐件加入本清单；也可输入后按回车"), scale=1.2)
        self.scan_box.returnPressed.connect(self._typed)
        scan.addWidget(caption)
        scan.addWidget(self.scan_box, 1)
        self.add_button = button(self.texts, lambda: self.tr("加入台账中选中的载体"),
                                             self.add_selection, scan)
        self.remove_button = button(self.texts, lambda: self.tr("移出选中的行…"),
                                                self.remove_lines, scan)
        dv.addLayout(scan)
        dv.addWidget(self.message)
        self.totals = QLabel()
        self.totals.setObjectName("manifestTotals")
        self.totals.setStyleSheet("QLabel { font-weight: bold; padding: 2px; }")
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        dv.addWidget(self.totals)
        self.line_table = table(self.line_model, (50, 170, 170, 360, 110, 64, 50, 70), multi=True)
        self.line_table.setObjectName("lineTable")
        dv.addWidget(self.line_table, 1)
        split.addWidget(detail)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)
        self.forget()

    def forget(self) -> None:
        self.manifest_model.clear()
        self.line_model.clear()
        self.scan_box.clear()
        self.totals.clear()
        self.state.clear()
        self.state.setVisible(False)
        self.detail_group.setTitle(self.tr("清单明细"))
        self._enable(None)

    def current_manifest(self) -> ManifestView | None:
        index = self.manifest_table.currentIndex()
        return self.manifest_model.manifest_at(index.row()) if index.isValid() else None

    def refresh(self) -> None:
        if self.vault is None:
            return
        self.stale = False
        keep = self.current_manifest()
        d = self.vault.disposition
        which = self.show_filter.currentIndex()
        found = []
        for m in d.iter_manifests():
            if ((which == self.SHOW_OPEN and not m.is_open)
                    or (which == self.SHOW_DONE and m.completed_at is None)
                    or (which == self.SHOW_CANCELLED and m.cancelled_at is None)):
                continue
            found.append(m)
        found.sort(key=lambda m: (not m.is_open, -m.id))  # open ones first, newest first
        counts = {m.id: (m.totals.copies if m.totals is not None
                         else len(d.manifest_lines(m.id))) for m in found}
        self.manifest_model.set_manifests(found, counts)
        row = self.manifest_model.row_of(keep.id) if keep is not None else -1
        if row < 0 and found and found[0].is_open:
            row = 0
        select_row(self.manifest_table, row)
        self._show_manifest()

    def select_manifest(self, manifest_id: int) -> None:
        self.fresh()
        row = self.manifest_model.row_of(manifest_id)
        if row < 0 and self.show_filter.currentIndex() != self.SHOW_ALL:
            self.show_filter.setCurrentIndex(self.SHOW_ALL)  # refreshes
            row = self.manifest_model.row_of(manifest_id)
        select_row(self.manifest_table, row)
        self._show_manifest()

    def _enable(self, m: ManifestView | None) -> None:
        editable = m is not None and m.is_open and self.vault is not None
        for w in (self.scan_box, self.add_button, self.remove_button, self.complete_button,
                  self.cancel_button):
            w.setEnabled(editable)
        self.print_button.setEnabled(m is not None and m.cancelled_at is None)
        self.print_button.setText(self.tr("重新打印销毁清单…") if m is not None
                                  and m.completed_at is not None else self.tr("打印销毁清单…"))

    def _show_manifest(self) -> None:
        m = self.current_manifest()
        self._enable(m)
        if m is None or self.vault is None:
            self.line_model.clear()
            self.totals.clear()
            self.state.clear()
            self.state.setVisible(False)
            self.detail_group.setTitle(self.tr("清单明细"))
            return
        d = self.vault.disposition
        self.detail_group.setTitle(self.tr("清单明细：{number}（{state}）").format(
            number=m.number, state=self.manifest_model.cells(m)[1]))
        lines = d.manifest_lines(m.id)
        self.line_model.set_rows(lines)
        totals = m.totals if m.totals is not None else d.manifest_totals(m.id)
        self.totals.setText(self.tr("合计：") + totals_text(totals, self.vault.levels))
        if m.completed_at is not None:
            assert m.destroyed_on is not None and m.approved_on is not None
            self.state.setStyleSheet(READ_ONLY_STYLE)
            self.state.setText(self.tr(
                "已于 {day} 在{place}以“{method}”方式销毁。批准人：{approver}（{ref}，"
                "{approved}）；监销人：{supervisors}。已完成的清单只能重新打印，不能改动。").format(
                    day=m.destroyed_on.isoformat(), place=m.place, method=method_text(m.method),
                    approver=m.approver, ref=m.approval_ref, approved=m.approved_on.isoformat(),
                    supervisors="、".join(m.supervisors)))
        elif m.cancelled_at is not None:
            self.state.setStyleSheet(READ_ONLY_STYLE)
            self.state.setText(self.tr("已于 {at} 作废：{reason}。作废的清单不能改动。").format(
                at=m.cancelled_at.strftime("%Y-%m-%d %H:%M"), reason=m.cancel_reason))
        else:
            self.state.setStyleSheet(INFO_STYLE)
            self.state.setText(self.tr(
                "待销毁：计划 {day} 在{place}以“{method}”方式销毁。逐件扫描载体加入；打印清单报领导"
                "审批，监销销毁后点“完成销毁”。").format(
                    day=m.planned_on.isoformat(), place=m.place, method=method_text(m.method)))
        self.state.setVisible(True)

    # -- building by scans and selection ---------------------------------------------------
    def _typed(self) -> None:
        code = self.scan_box.text().strip()
        self.scan_box.clear()
        if code:
            self.scan(code)

    def scan(self, code: str) -> bool:
        """A scanned carrier joins the selected open manifest, or the refusal shows here."""
        if self.vault is None:
            return False
        m = self.current_manifest()
        if m is None:
            self.refuse(self.tr("请先选中一份待销毁的清单（或新建一份），再扫描载体（扫到：{code}）。")
                        .format(code=code))
            return True
        if not m.is_open:
            self.refuse(self.tr("销毁清单 {number} {state}，不能再加入载体（扫到：{code}）。")
                        .format(number=m.number, state=self.manifest_model.cells(m)[1],
                                code=code))
            return True
        self._add(m, [code])
        self.scan_box.setFocus()
        return True

    def _add(self, m: ManifestView, refs: Sequence[int | str]) -> list[int]:
        assert self.vault is not None
        vault = self.vault
        added: list[int] = []
        self.runner.run(lambda: add_to_manifest(vault, m.id, list(refs)), added.extend,
                        changed=list)
        if added:
            self._added(m, added)
        return added

    def _added(self, m: ManifestView, ids: list[int]) -> None:
        last = self.line_model.line_at(self.line_model.rowCount() - 1)
        if len(ids) == 1 and last is not None and last.carrier_id == ids[0]:
            self.done(self.tr("已加入 {number} 第 {n} 行：{line}").format(
                number=m.number, n=last.position, line=f"{last.number}　{last.title}"))
        else:
            self.done(self.tr("已加入 {number}：{n} 件。").format(number=m.number, n=len(ids)))

    # -- the list flow (ScannedListPage) ----------------------------------------------------
    def words(self) -> ListWords:
        return ListWords(
            select_carriers=self.tr("请先在台账中选中要销毁的载体。"),
            several_open=self.tr("有 {n} 份待销毁的清单：请先选中要加入的那一份。"),
            select_lines=self.tr("请先在清单明细中选中要移出的行。"),
            remove_title=self.tr("移出销毁清单"), removed_carriers=self.tr("移出的载体："),
            remove_reason=self.tr("移出原因(&R)："), remove_button=self.tr("移出(&O)"),
            remove_placeholder=self.tr("例如：误列入、尚需使用"),
            removed=self.tr("已从 {number} 移出 {n} 件。"),
            made=self.tr("已建立销毁清单 {number}。现在可以逐件扫描要销毁的载体。"),
            empty=self.tr("销毁清单 {number} 上还没有载体。"),
            completed=self.tr("销毁清单 {number} 已完成：{totals}，全部标记为已销毁。"),
            cancel_title=self.tr("作废销毁清单"), cancel_what=self.tr("销毁清单："),
            cancel_line=self.tr("{number}（{n} 件）"), cancel_reason=self.tr("作废原因(&R)："),
            cancel_button=self.tr("作废(&O)"),
            cancel_hint=self.tr("作废后，清单上的载体不再列入销毁，仍在库；清单记录保留。"),
            cancelled=self.tr("销毁清单 {number} 已作废。"))

    def current(self) -> ManifestView | None:
        return self.current_manifest()

    def open_lists(self, vault: Vault) -> list[ManifestView]:
        return list(vault.disposition.iter_manifests(open_only=True))

    def select(self, list_id: int) -> None:
        self.select_manifest(list_id)

    def add_to(self, lst: ManifestView, refs: Sequence[int | str]) -> list[int]:
        return self._add(lst, refs)

    def new(self, carrier_ids: Sequence[int] = ()) -> ManifestDialog | None:
        return self.new_manifest(carrier_ids)

    def totals_of(self, vault: Vault, list_id: int) -> Totals:
        return vault.disposition.manifest_totals(list_id)

    def complete_dialog(self, vault: Vault, lst: ManifestView,
                        totals: Totals) -> ManifestCompleteDialog:
        return ManifestCompleteDialog(vault, lst, totals, self)

    def line_ids(self, vault: Vault, list_id: int) -> list[int]:
        return [ln.carrier_id for ln in vault.disposition.manifest_lines(list_id)]

    def remove_work(self, vault: Vault, list_id: int, ids: list[int], reason: str) -> object:
        return remove_from_manifest(vault, list_id, ids, reason)

    def cancel_work(self, vault: Vault, list_id: int, reason: str) -> object:
        return cancel_manifest(vault, list_id, reason)

    # -- the manifest itself ---------------------------------------------------------------
    def new_manifest(self, carrier_ids: Sequence[int] = ()) -> ManifestDialog | None:
        if self.vault is None:
            return None
        views = self.vault.ledger.by_ids(list(carrier_ids)) if carrier_ids else []
        dialog = ManifestDialog(self.vault, views, self)
        self.host.open(dialog, lambda d: self.made(d.result_manifest))
        return dialog

    def print_manifest(self) -> bool:
        m = self.current_manifest()
        if self.vault is None or m is None:
            return False
        return self.feature.printing.manifest(self.vault, m.id, self)


# -- 清退 ----------------------------------------------------------------------------------------

class ReturnsPage(DisposalPage):
    def __init__(self, feature: Disposal, parent: QWidget | None = None) -> None:
        super().__init__(feature, parent)
        self.list_model = ReturnListModel(self)
        self.carrier_model = CarrierListModel(self)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.new_button = button(self.texts, lambda: self.tr("新建清退单（台账中选中的载体）…"),
                                             self.new_list, bar)
        self.print_button = button(self.texts, lambda: self.tr("打印清退清单…"),
                                               self.print_list, bar)
        self.confirm_button = button(self.texts, lambda: self.tr("确认清退…"), self.confirm, bar)
        self.cancel_button = button(self.texts, lambda: self.tr("作废清退单…"), self.cancel, bar)
        self.refresh_button = button(self.texts, lambda: self.tr("刷新"), self.refresh, bar)
        bar.addStretch(1)
        self.open_only = self.texts.check(lambda: self.tr("只看待清退的"))
        self.open_only.toggled.connect(lambda _on: self.refresh())
        bar.addWidget(self.open_only)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        split = QSplitter(Qt.Orientation.Vertical)
        self.list_table = table(self.list_model, (120, 70, 200, 180, 50, 130, 130, 100))
        self.list_table.setObjectName("returnTable")
        self.list_table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._show_list())
        split.addWidget(self.list_table)
        group = self.texts.group(lambda: self.tr("清退的载体"))
        self.carriers_group = group
        gv = QVBoxLayout(group)
        self.carrier_table = table(self.carrier_model, (160, 110, 160, 360, 50, 50, 70, 90))
        self.carrier_table.setObjectName("returnCarrierTable")
        gv.addWidget(self.carrier_table)
        split.addWidget(group)
        layout.addWidget(split, 1)
        self.forget()

    def forget(self) -> None:
        self.list_model.clear()
        self.carrier_model.clear()
        self.carriers_group.setTitle(self.tr("清退的载体"))
        self._enable(None)

    def current_list(self) -> ReturnListView | None:
        index = self.list_table.currentIndex()
        return self.list_model.list_at(index.row()) if index.isValid() else None

    def refresh(self) -> None:
        if self.vault is None:
            return
        self.stale = False
        keep = self.current_list()
        found = list(self.vault.disposition.iter_return_lists(
            open_only=self.open_only.isChecked()))
        found.sort(key=lambda lst: (lst.confirmed_at is not None or lst.cancelled_at is not None,
                                    -lst.id))
        self.list_model.set_rows(found)
        row = self.list_model.row_of(keep.id) if keep is not None else -1
        select_row(self.list_table, row)
        self._show_list()

    def select_list(self, list_id: int) -> None:
        self.fresh()
        select_row(self.list_table, self.list_model.row_of(list_id))
        self._show_list()

    def _enable(self, lst: ReturnListView | None) -> None:
        pending = lst is not None and lst.confirmed_at is None and lst.cancelled_at is None
        self.confirm_button.setEnabled(pending)
        self.cancel_button.setEnabled(pending)
        self.print_button.setEnabled(lst is not None and lst.cancelled_at is None)

    def _show_list(self) -> None:
        lst = self.current_list()
        self._enable(lst)
        if lst is None or self.vault is None:
            self.carrier_model.clear()
            self.carriers_group.setTitle(self.tr("清退的载体"))
            return
        views = self.vault.ledger.by_ids(lst.carrier_ids)
        self.carrier_model.set_rows(views)
        pages = sum(cv.pages or 0 for cv in views)
        self.carriers_group.setTitle(self.tr("清退的载体：{number}，退往 {recipient}，共 {n} 份 "
                                             "{pages} 页").format(
            number=lst.number, recipient=lst.recipient, n=len(views), pages=pages))

    def new_list(self) -> ReturnListDialog | None:
        return self.feature.prepare_return()

    def print_list(self) -> bool:
        lst = self.current_list()
        if self.vault is None or lst is None:
            return False
        return self.feature.printing.return_list(self.vault, lst.id, self)

    def confirm(self) -> ReturnConfirmDialog | None:
        lst = self.current_list()
        if self.vault is None or lst is None:
            return None
        dialog = ReturnConfirmDialog(self.vault, lst, self)
        self.host.open(dialog, lambda d: self._confirmed(lst, d))
        return dialog

    def _confirmed(self, lst: ReturnListView, dialog: ReturnConfirmDialog) -> None:
        ids = dialog.result_ids or []
        self.changed(ids)
        self.select_list(lst.id)
        self.done(self.tr("清退单 {number} 已确认：{n} 件已清退。").format(number=lst.number,
                                                                     n=len(ids)))

    def cancel(self) -> ReasonDialog | None:
        lst = self.current_list()
        if self.vault is None or lst is None:
            return None
        vault = self.vault
        dialog = ReasonDialog(
            self.tr("作废清退单"), self.tr("清退单："),
            self.tr("{number}（退往 {recipient}，{n} 件）").format(
                number=lst.number, recipient=lst.recipient, n=len(lst.carrier_ids)),
            self.tr("作废原因(&R)："), self.tr("作废(&O)"),
            lambda reason, _loc: cancel_return(vault, lst.id, reason),
            hint=self.tr("作废后，清单上的载体仍在库，可以另行处理；清退单记录保留。"),
            parent=self)
        self.host.open(dialog, lambda _d: (self.changed(lst.carrier_ids),
                                           self.select_list(lst.id),
                                           self.done(self.tr("清退单 {number} 已作废。").format(
                                               number=lst.number))))
        return dialog


# -- the feature: menu, selection actions, shared refresh ---------------------------------------

def _views(vault: Vault, ids: Sequence[int]) -> list[CarrierView]:
    return vault.ledger.by_ids(list(dict.fromkeys(ids)))


class Disposal:
    """The 处置 menu and the three pages; actions on the ledger's selection open their dialog."""

    def __init__(self, controller: AppController) -> None:
        self.controller = controller
        self.window: MainWindow = controller.window
        self.host = DialogHost()
        self.printing = DisposalPrinting(controller)
        self.volumes = VolumesPage(self)
        self.manifests = ManifestsPage(self)
        self.returns = ReturnsPage(self)
        self.pages: list[DisposalPage] = [self.volumes, self.manifests, self.returns]

    @property
    def vault(self) -> Vault | None:
        return self.window.vault

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("Disposal", text)

    # -- after every change ----------------------------------------------------------------
    def changed(self, carrier_ids: Sequence[int] = ()) -> None:
        """The page in view, the ledger's rows and its detail pane follow a change; the
        hidden pages refresh when next shown (a scan must not reload every volume)."""
        for page in self.pages:
            if page.isVisible():
                page.refresh()
            else:
                page.stale = True
        w = self.window
        w.model.refresh()
        shown = w.detail.carrier
        if shown is not None and shown.id in set(carrier_ids):
            w.show_carrier(shown.id)

    def _selection(self, ask: str) -> list[CarrierView] | None:
        """The ledger's selected carriers, or None (and ``ask``, on the ledger page)."""
        vault = self.vault
        if vault is None:
            return None
        ids = self.window.selected_ids()
        if not ids:
            self.window.tabs.setCurrentIndex(0)
            self.window.say(ask)
            return None
        return _views(vault, ids)

    def _ledger_done(self, text: str, carrier_ids: Sequence[int]) -> None:
        self.changed(carrier_ids)
        self.window.notice.setVisible(False)
        self.window.statusBar().showMessage(text, 10000)

    # -- 复制 -------------------------------------------------------------------------------
    def copy(self) -> CopyDialog | None:
        views = self._selection(self.tr("请先在台账中选中要复制的载体。"))
        if views is None or self.vault is None:
            return None
        if len(views) > 1:
            self.window.tabs.setCurrentIndex(0)
            self.window.say(self.tr("一次复制一件载体：请只选中要复制的那一件（选中了 {n} 件）。")
                            .format(n=len(views)))
            return None
        dialog = CopyDialog(self.vault, views[0], self.window)
        self.host.open(dialog, self._copied)
        return dialog

    def _copied(self, dialog: CopyDialog) -> None:
        made = dialog.result_copies
        if made is None or self.vault is None:
            return
        self._ledger_done(self.tr("已复制 {n} 份，登记为 {number}（份号 001–{last:03d}）。").format(
            n=len(made.carrier_ids), number=made.number, last=len(made.carrier_ids)),
            [dialog.carrier.id, *made.carrier_ids])
        self.window.show_carrier(made.carrier_ids[0])
        if dialog.print_labels():
            ids = list(made.carrier_ids)
            QTimer.singleShot(0, lambda: self.window.print_labels(ids))

    # -- 冻结 -------------------------------------------------------------------------------
    def hold(self) -> HoldDialog | None:
        views = self._selection(self.tr("请先在台账中选中要冻结的载体。"))
        if views is None or self.vault is None:
            return None
        dialog = HoldDialog(self.vault, views, self.window)
        self.host.open(dialog, lambda d: self._ledger_done(
            self.tr("已冻结 {n} 件。").format(n=len(d.carriers)), [cv.id for cv in d.carriers]))
        return dialog

    def lift(self) -> ReasonDialog | None:
        views = self._selection(self.tr("请先在台账中选中要解除冻结的载体。"))
        vault = self.vault
        if views is None or vault is None:
            return None
        ids = [cv.id for cv in views]
        reasons = []
        for cv in views:
            h = vault.disposition.hold_of(cv.id)
            reasons.append(carrier_line(cv) + (self.tr("\n　冻结原因：{reason}").format(
                reason=h.reason) if h is not None else self.tr("\n　（没有冻结）")))
        dialog = ReasonDialog(
            self.tr("解除冻结"), self.tr("载体："), "\n".join(reasons[:8]),
            self.tr("解除说明(&R)："), self.tr("解除冻结(&O)"),
            lambda note, _loc: lift_hold(vault, ids, note),
            placeholder=self.tr("例如：调查结束，依据……"), parent=self.window)
        self.host.open(dialog, lambda _d: self._ledger_done(
            self.tr("已解除冻结 {n} 件。").format(n=len(ids)), ids))
        return dialog

    # -- 归档 / 出卷 -------------------------------------------------------------------------
    def file_selection(self, volume_id: int | None = None) -> FileVolumeDialog | None:
        views = self._selection(self.tr("请先在台账中选中要归档的载体。"))
        if views is None or self.vault is None:
            return None
        dialog = FileVolumeDialog(self.vault, views, self.window, volume_id)
        self.host.open(dialog, self._filed)
        return dialog

    def _filed(self, dialog: FileVolumeDialog) -> None:
        v = dialog.result_volume
        ids = dialog.result_ids or []
        if v is None:
            return
        self.changed(ids)
        self.volumes.select_volume(v.id)
        self.volumes.done(self.tr("已将 {n} 件归入案卷 {number}《{title}》。").format(
            n=len(ids), number=v.number, title=v.title))
        self.window.statusBar().showMessage(self.volumes.message.text(), 10000)

    def unfile(self, views: list[CarrierView] | None = None) -> ReasonDialog | None:
        if views is None:
            views = self._selection(self.tr("请先在台账中选中要出卷的载体。"))
        vault = self.vault
        if views is None or vault is None:
            return None
        ids = [cv.id for cv in views]
        dialog = ReasonDialog(
            self.tr("出卷"), self.tr("出卷的载体："),
            carriers_text(views, lambda n: self.tr("……共 {n} 件").format(n=n)),
            self.tr("出卷事由(&R)："), self.tr("出卷(&O)"),
            lambda reason, location: take_out_of_volume(vault, ids, reason, location),
            placeholder=self.tr("例如：拟销毁、清退、更正"), locations=vault, parent=self.window)
        self.host.open(dialog, lambda _d: (self.changed(ids), self.volumes.done(
            self.tr("已出卷 {n} 件，载体回到在库状态。").format(n=len(ids)))))
        return dialog

    # -- 清退 / 销毁 -------------------------------------------------------------------------
    def prepare_return(self) -> ReturnListDialog | None:
        views = self._selection(self.tr("请先在台账中选中要清退的载体。"))
        if views is None or self.vault is None:
            return None
        self.window.tabs.setCurrentWidget(self.returns)  # scans go to the dialog from there
        dialog = ReturnListDialog(self.vault, views, self.window)
        self.host.open(dialog, self._return_prepared)
        return dialog

    def _return_prepared(self, dialog: ReturnListDialog) -> None:
        made = dialog.result_list
        if made is None or self.vault is None:
            return
        self.changed(made.carrier_ids)
        self.returns.select_list(made.id)
        self.returns.done(self.tr("已建立清退单 {number}（{n} 件）。打印清退清单随载体送还，"
                                  "对方签收后点“确认清退”。").format(number=made.number,
                                                                 n=len(made.carrier_ids)))
        if dialog.print_after():
            vault = self.vault
            QTimer.singleShot(0, lambda: self.printing.return_list(vault, made.id, self.returns)
                              if vault.is_open else None)

    def list_for_destruction(self) -> list[int]:
        if self._selection(self.tr("请先在台账中选中要销毁的载体。")) is None:
            return []
        self.window.tabs.setCurrentWidget(self.manifests)
        return self.manifests.add_selection()

    # -- the lock --------------------------------------------------------------------------
    def drop(self) -> None:
        self.host.drop()


def disposal_menu(window: MainWindow) -> QMenu:
    menu = QMenu(window)
    window.follow_language(
        lambda: menu.setTitle(QCoreApplication.translate("Disposal", "处置(&D)")))
    before = getattr(window, "vault_menu", None)
    if before is not None:
        window.menuBar().insertMenu(before.menuAction(), menu)
    else:
        window.menuBar().addMenu(menu)
    return menu


def install(controller: AppController) -> None:
    window = controller.window
    feature = Disposal(controller)
    window.disposal = feature  # type: ignore[attr-defined]
    window.add_page(feature.volumes, lambda: QCoreApplication.translate("Disposal", "案卷"))
    window.add_page(feature.manifests, lambda: QCoreApplication.translate("Disposal", "销毁清单"))
    window.add_page(feature.returns, lambda: QCoreApplication.translate("Disposal", "清退"))
    window.locked.connect(feature.drop)
    menu = disposal_menu(window)
    window.disposal_menu = menu  # type: ignore[attr-defined]

    def act(text: Callable[[], str], fn: Callable[[], object], shortcut: str = "") -> QAction:
        a = QAction(window)
        window.follow_language(lambda: a.setText(text()))
        if shortcut:
            a.setShortcut(shortcut)
        a.triggered.connect(lambda _checked=False: fn())
        menu.addAction(a)
        return a

    actions = [
        act(lambda: QCoreApplication.translate("Disposal", "复制（选中的载体）…"), feature.copy),
        act(lambda: QCoreApplication.translate("Disposal", "冻结…"), feature.hold),
        act(lambda: QCoreApplication.translate("Disposal", "解除冻结…"), feature.lift),
    ]
    menu.addSeparator()
    actions += [
        act(lambda: QCoreApplication.translate("Disposal", "归档到案卷…"), feature.file_selection),
        act(lambda: QCoreApplication.translate("Disposal", "出卷…"), feature.unfile),
        act(lambda: QCoreApplication.translate("Disposal", "列入清退单…"), feature.prepare_return),
        act(lambda: QCoreApplication.translate("Disposal", "列入销毁清单…"),
            feature.list_for_destruction),
    ]
    menu.addSeparator()
    actions += [
        act(lambda: QCoreApplication.translate("Disposal", "案卷"),
            lambda: window.tabs.setCurrentWidget(feature.volumes)),
        act(lambda: QCoreApplication.translate("Disposal", "销毁清单"),
            lambda: (window.tabs.setCurrentWidget(feature.manifests),
                     feature.manifests.scan_box.setFocus())),
        act(lambda: QCoreApplication.translate("Disposal", "清退"),
            lambda: window.tabs.setCurrentWidget(feature.returns)),
    ]
    for a in actions:
        a.setEnabled(not window.is_locked)
    window.work_actions.extend(actions)


__all__ = ["DialogHost", "Disposal", "DisposalPrinting", "ManifestsPage", "ReturnsPage",
           "VolumesPage", "install"]
