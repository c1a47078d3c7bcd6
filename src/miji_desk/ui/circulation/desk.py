"""The circulation desk (借阅与传阅): what is out now, and the scans that move carriers.

The scan box at the top takes the scanner's codes (or typed ones) and keeps what has been
scanned until Enter:

- a carrier that is out (on loan or circulating) is taken back at once: one scan opens the
  return check, where Enter confirms "pages and attachments complete";
- a carrier in store and a badge, in either order, then Enter: a loan (the approval dialog,
  with the last approver of this session filled in), or — when the carrier is on an open
  circulation slip — a hand-out to that reader (no badge: the next reader on the slip);
- a badge scanned, then a carrier that is still with another reader: that is a sideways
  hand-out, and the core's refusal (不得横向传阅) is shown plainly here.

What goes together is decided in ``core.staging`` (tested without a screen); several carriers
go out with one Enter in one transaction (``core.circulation.hand_out_all``): all, or none and
the refusal. Every action runs through the page's ``ActionRunner``.

Below, every carrier out now with its holder and due time (overdue rows marked in words and
colour), a second view of what must be back before the safe is locked tonight, and the open
circulation slips (new, print, close).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core import barcodes
from ...core.carriers import CarrierView, Status
from ...core.circulation import HandOut, TakeBack, close_circulation, hand_out, hand_out_all
from ...core.holdings import OutKind, OutLine, SlipView
from ...core.loans import LoanReturn
from ...core.people import Person
from ...core.staging import Enter, Route, ScanStaging, Staged, Step
from ...vault.vault import Vault
from ..runner import ActionRunner
from ..widgets.labels import status_text
from ..widgets.levels import carrier_line
from ..widgets.message_bar import MessageBar
from ..widgets.scan_field import scan_field
from ..widgets.table import table
from ..widgets.texts import Texts
from .dialogs import LoanDialog, ReturnCheckDialog, SlipDialog
from .models import NO_TIME_YET, OutModel, SlipModel, person_text, scrub, when
from .prints import CustodyPrinting

if TYPE_CHECKING:
    from ..shell.controller import AppController

REFRESH_MS = 60_000  # overdue marks follow the clock

def custody_menu(window: object) -> QMenu:
    """The 借阅与传阅 menu, made by whichever feature installs first."""
    menu = getattr(window, "custody_menu", None)
    if menu is None:
        from PySide6.QtWidgets import QMainWindow

        assert isinstance(window, QMainWindow)
        menu = QMenu(window)
        window.follow_language(lambda: menu.setTitle(  # type: ignore[attr-defined]
            QCoreApplication.translate("CirculationDesk", "借阅与传阅(&C)")))
        before = getattr(window, "vault_menu", None)
        if before is not None:
            window.menuBar().insertMenu(before.menuAction(), menu)
        else:
            window.menuBar().addMenu(menu)
        window.custody_menu = menu  # type: ignore[attr-defined]
    return menu


class CirculationDesk(QWidget):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.window_ = controller.window
        self.printing = CustodyPrinting(controller)
        self.vault: Vault | None = None
        self.staging = ScanStaging()
        self.last_approver = ""  # for this unlocked session only
        self.dialog: QDialog | None = None
        self.out_model = OutModel(self)
        self.slip_model = SlipModel(self)
        self._all: list[OutLine] = []
        self._now = NO_TIME_YET
        self.texts = Texts(self)
        self._build()
        self.texts.then(self._show_staged)
        self.texts.then(self._show_counts)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._tick)

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        scan = self.texts.group(lambda: self.tr("扫描"))
        sl = QVBoxLayout(scan)
        row = QHBoxLayout()
        caption, self.scan_box = scan_field(self.texts, "scanBox", lambda: self.tr(
            "扫描载体条码或人员证件；也可输入条码后按回车。扫完按回车确认，Esc 清除"), scale=1.3)
        self.scan_box.returnPressed.connect(self._scan_box_enter)
        self.confirm_button = self.texts.button(lambda: self.tr("确认(回车)"))
        self.confirm_button.setAutoDefault(False)
        self.confirm_button.clicked.connect(self.confirm)
        self.clear_button = self.texts.button(lambda: self.tr("清除(Esc)"))
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self.clear_staging)
        row.addWidget(caption)
        row.addWidget(self.scan_box, 1)
        row.addWidget(self.confirm_button)
        row.addWidget(self.clear_button)
        sl.addLayout(row)
        staged = QHBoxLayout()
        self.staged_carriers = QLabel()
        self.staged_carriers.setObjectName("stagedCarriers")
        self.staged_carriers.setWordWrap(True)
        self.staged_person = QLabel()
        self.staged_person.setObjectName("stagedPerson")
        self.staged_person.setWordWrap(True)
        staged.addWidget(self.staged_carriers, 3)
        staged.addWidget(self.staged_person, 2)
        sl.addLayout(staged)
        self.next_step = QLabel()
        self.next_step.setObjectName("nextStep")
        self.next_step.setStyleSheet("color: #0d47a1;")
        sl.addWidget(self.next_step)
        self.message = MessageBar("deskMessage", self, self.window_.statusBar())
        self.runner = ActionRunner(self.message, refresh=self._changed, page=self)
        sl.addWidget(self.message)
        layout.addWidget(scan)

        bar = QHBoxLayout()
        self.view_all = QPushButton()
        self.view_today = QPushButton()
        self.view_late = QPushButton()  # the dashboard's 逾期未还
        self.view_late.setObjectName("viewLate")
        self.view_group = QButtonGroup(self)
        for i, b in enumerate((self.view_all, self.view_today, self.view_late)):
            b.setCheckable(True)
            b.setAutoDefault(False)
            self.view_group.addButton(b, i)
            bar.addWidget(b)
        self.view_all.setChecked(True)
        self.view_group.idClicked.connect(lambda _id: self._show_lines())
        self.summary = QLabel()
        self.summary.setObjectName("outSummary")
        bar.addWidget(self.summary)
        bar.addStretch(1)
        self.new_slip_button = self.texts.button(lambda: self.tr("新建传阅单…"))
        self.print_slip_button = self.texts.button(lambda: self.tr("打印传阅单…"))
        self.close_slip_button = self.texts.button(lambda: self.tr("结束传阅单…"))
        self.refresh_button = self.texts.button(lambda: self.tr("刷新"))
        for b, fn in ((self.new_slip_button, self.new_slip),
                      (self.print_slip_button, self.print_slip),
                      (self.close_slip_button, self.close_slip),
                      (self.refresh_button, self.refresh)):
            b.setAutoDefault(False)
            b.clicked.connect(lambda _c=False, f=fn: f())
            bar.addWidget(b)
        layout.addLayout(bar)

        split = QSplitter(Qt.Orientation.Vertical)
        self.out_table = table(self.out_model, (85, 110, 130, 100, 250, 150, 120, 125, 80, 100),
                               name="outTable")
        self.out_table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._select_slip_of(cur.row()))
        split.addWidget(self.out_table)
        slips = self.texts.group(lambda: self.tr("未结束的传阅单"))
        sv = QVBoxLayout(slips)
        self.slip_table = table(self.slip_model, (110, 360, 220, 130, 110, 200), name="slipTable")
        sv.addWidget(self.slip_table)
        split.addWidget(slips)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        self._show_staged()
        self._show_counts()

    @property
    def staged(self) -> list[Staged]:
        return self.staging.carriers

    @property
    def person(self) -> Person | None:
        return self.staging.person

    # -- the page protocol ---------------------------------------------------------------------
    def attach(self, vault: Vault) -> None:
        self.vault = vault
        self.refresh()
        self._timer.start()

    def detach(self) -> None:
        """Forget every row, every scan and every dialog: nothing of the ledger stays."""
        self._timer.stop()
        self._drop_dialog()
        self.vault = None
        self.staging.clear()
        self.last_approver = ""
        self._all = []
        self.out_model.clear()
        self.slip_model.clear()
        self.scan_box.clear()
        self.message.clear_message()
        self._show_staged()
        self._show_counts()

    def handle_scan(self, code: str) -> bool:
        if self.vault is None:
            return False
        if self.dialog is not None and self.dialog.isVisible():
            handler = getattr(self.dialog, "handle_scan", None)
            if callable(handler):
                handler(code)
            return True
        self.scan(code)
        return True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.vault is not None:
            self.refresh()
            self.scan_box.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.confirm()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.clear_staging()
            return
        super().keyPressEvent(event)

    # -- messages ------------------------------------------------------------------------------
    def refuse(self, text: str) -> None:
        """A refusal, plainly on screen (and in the status bar): nothing was changed."""
        self.message.refuse(text)

    def done(self, text: str) -> None:
        self.message.done(text)

    # -- scans ---------------------------------------------------------------------------------
    def _scan_box_enter(self) -> None:
        code = self.scan_box.text().strip()
        self.scan_box.clear()
        if code:
            self.scan(code)
        else:
            self.confirm()

    def scan(self, code: str) -> None:
        """One code from the scanner or the scan box."""
        code = code.strip()
        if self.vault is None or not code:
            return
        if barcodes.is_badge(code):
            self._scan_badge(code)
        else:
            self._scan_carrier(code)
        self._show_staged()

    def _scan_badge(self, code: str) -> None:
        self.runner.run(lambda: barcodes.check_badge(code), self._badge_scanned)

    def _badge_scanned(self, badge: str) -> None:
        assert self.vault is not None
        person = self.vault.custody.person_by_badge(badge)
        if person is None:
            self.refuse(self.tr("没有登记证件 {badge} 的人员。").format(badge=badge))
            return
        self.runner.run(lambda: self.staging.scan_person(person))

    def _scan_carrier(self, code: str) -> None:
        self.runner.run(lambda: barcodes.check(code), self._carrier_scanned)

    def _carrier_scanned(self, code: str) -> None:
        assert self.vault is not None
        view = self.vault.ledger.by_barcode(code)
        if view is None:
            self.refuse(self.tr("没有条码为 {code} 的载体。请确认它已登记，或重新扫描。").format(
                code=code))
            return
        line: OutLine | None = None
        if view.status in (Status.CIRCULATING, Status.ON_LOAN):
            line = self._out_line(view.id)
            if line is None:  # the ledger says out, the lines do not: never guess
                self.refuse(self.tr("{number} 的状态是{status}，但找不到它的借阅或传阅记录。")
                            .format(number=view.number, status=status_text(view.status)))
                return
        holder = line.person.id if line is not None else None
        self.runner.run(lambda: self.staging.route(view, holder),
                        lambda route: self._routed(view, line, route))

    def _routed(self, view: CarrierView, line: OutLine | None, route: Route) -> None:
        assert self.vault is not None
        if route is Route.SIDEWAYS:
            self._sideways(view)
        elif route is Route.RETURN:
            assert line is not None
            self._open_return(view, line)
        else:
            self.staging.stage(view, self.vault.custody.open_slip_of_carrier(view.id))

    def _sideways(self, view: CarrierView) -> None:
        """A badge, then a carrier still with another reader: the core says why not."""
        assert self.vault is not None and self.person is not None
        vault, badge = self.vault, self.person.badge
        # The core refuses (不得横向传阅); were it ever to allow it, the views would follow.
        self.runner.run(lambda: hand_out(vault, view.barcode, badge),
                        changed=lambda _h: [view.id])

    def _out_line(self, carrier_id: int) -> OutLine | None:
        assert self.vault is not None
        return next((ln for ln in self.vault.custody.out_now() if ln.carrier.id == carrier_id),
                    None)

    def clear_staging(self) -> None:
        self.staging.clear()
        self.scan_box.clear()
        self._show_staged()

    def _show_staged(self) -> None:
        if self.staged:
            lines = []
            for s in self.staged:
                text = carrier_line(s.carrier.number, s.carrier.marking, s.carrier.title)
                if s.slip is not None:
                    text += self.tr("（传阅单 {slip}）").format(slip=s.slip.number)
                lines.append(text)
            self.staged_carriers.setText(self.tr("载体：") + "\n".join(lines))
        else:
            self.staged_carriers.setText(self.tr("载体：（未扫描）"))
        if self.person is not None:
            p = self.person
            self.staged_person.setText(self.tr("人员：{who}，{post}，证件 {badge}").format(
                who=person_text(p), post=p.post or "—", badge=p.badge))
        else:
            self.staged_person.setText(self.tr("人员：（未扫描）"))
        self.next_step.setText(self._next_step())
        has = bool(self.staged or self.person)
        self.confirm_button.setEnabled(has)
        self.clear_button.setEnabled(has)

    def _next_step(self) -> str:
        if self.vault is None:
            return ""
        step = self.staging.next_step()
        name = self.person.name if self.person is not None else ""
        return {
            Step.SCAN_ANYTHING: self.tr("扫描要借出、送阅或收回的载体，或借阅人、传阅人的证件。"),
            Step.SCAN_CARRIER: self.tr("再扫描载体；收回时只扫载体即可。"),
            Step.SEPARATE: self.tr(
                "传阅单上的载体和借阅的载体不能一起办理：按 Esc 清除后分开扫描。"),
            Step.HAND_OUT_NEXT: self.tr("按回车送给传阅单上的下一位传阅人；或先扫描传阅人的证件。"),
            Step.HAND_OUT_TO: self.tr("按回车送 {name} 阅。").format(name=name),
            Step.SCAN_BORROWER: self.tr("再扫描借阅人的证件，然后按回车。"),
            Step.LEND: self.tr("按回车填写审批并借给 {name}。").format(name=name),
        }[step]

    # -- Enter ---------------------------------------------------------------------------------
    def confirm(self) -> None:
        if self.vault is None or not self.staging:  # a stray Enter keeps the last message
            return
        self.runner.run(self.staging.enter, self._enter)

    def _enter(self, what: Enter | None) -> None:
        if what is Enter.HAND_OUT:
            self._hand_out_staged()
        elif what is Enter.LEND:
            self.open_loan()

    def _hand_out_staged(self) -> None:
        """Every staged carrier goes out in one transaction, or none does."""
        assert self.vault is not None
        vault = self.vault
        badge = self.person.badge if self.person is not None else None
        codes = self.staging.barcodes()
        self.runner.run(lambda: hand_out_all(vault, codes, badge), self._handed_out,
                        changed=lambda outs: [h.carrier_id for h in outs])

    def _handed_out(self, outs: list[HandOut]) -> None:
        assert self.vault is not None
        numbers = {s.carrier.id: s.carrier.number for s in self.staged}
        now = self.vault.clock.now()
        given = [self.tr("{number} 送 {who} 阅（传阅单 {slip}），应于 {due} 前退回").format(
                     number=numbers.get(h.carrier_id, ""), who=person_text(h.person),
                     slip=h.number, due=when(h.due, now)) for h in outs]
        self.staging.clear()
        self._show_staged()
        self.done(self.tr("已送出：") + "；".join(given) + "。")

    # -- loans ---------------------------------------------------------------------------------
    def open_loan(self) -> LoanDialog | None:
        if self.vault is None or self.person is None or not self.staged:
            return None
        dialog = LoanDialog(self.vault, [s.carrier for s in self.staged], self.person,
                            self.last_approver, self)
        dialog.accepted.connect(lambda: self._lent(dialog))
        self._open(dialog)
        return dialog

    def _lent(self, dialog: LoanDialog) -> None:
        lent = dialog.result_lent
        if lent is None or self.vault is None:
            return
        self.last_approver = dialog.approver()
        ids = [ln.carrier_id for ln in lent.lines]
        numbers = "、".join(s.carrier.number for s in self.staged)
        self.staging.clear()
        self._changed(ids)
        self.done(self.tr("已借给 {who}：{numbers}，应于 {due} 前归还（借阅单 {refs}）。").format(
            who=person_text(lent.person), numbers=numbers,
            due=when(lent.due, self.vault.clock.now()),
            refs="、".join(ln.number for ln in lent.lines)))

    # -- returns -------------------------------------------------------------------------------
    def _open_return(self, view: CarrierView, line: OutLine) -> ReturnCheckDialog | None:
        if self.vault is None:
            return None
        dialog = ReturnCheckDialog(self.vault, view, line, self)
        dialog.accepted.connect(lambda: self._returned(dialog))
        self._open(dialog)
        return dialog

    def _returned(self, dialog: ReturnCheckDialog) -> None:
        result = dialog.result_return
        if result is None or self.vault is None:
            return
        number = dialog.carrier.number
        who = person_text(result.person)
        if isinstance(result, LoanReturn):
            text = self.tr("已归还：{number}（借阅人 {who}，{ref}）").format(
                number=number, who=who, ref=result.number)
            if result.overdue:
                text += self.tr("，逾期归还")
        else:
            assert isinstance(result, TakeBack)
            text = self.tr("已退回：{number}（{who} 阅毕，传阅单 {ref}）").format(
                number=number, who=who, ref=result.number)
            if result.slip_closed:
                text += self.tr("；传阅单已全部阅毕，自动结束")
            elif result.next_reader is not None:
                text += self.tr("；下一位传阅人：{next}").format(
                    next=person_text(result.next_reader))
        if result.incident_id is not None:
            text += self.tr("。清点不全，已登记异常，查明后在台账中结案。")
            self._changed([result.carrier_id])
            self.refuse(text)
            return
        self._changed([result.carrier_id])
        self.done(text + "。")

    # -- slips ---------------------------------------------------------------------------------
    def new_slip(self) -> SlipDialog | None:
        """A slip for the carriers selected in the ledger (more can be scanned in)."""
        if self.vault is None:
            return None
        ids = self.window_.selected_ids() if hasattr(self.window_, "selected_ids") else []
        self.window_.tabs.setCurrentWidget(self)  # scans now come here, then to the dialog
        dialog = SlipDialog(self.vault, ids, self)
        dialog.accepted.connect(lambda: self._slip_made(dialog))
        self._open(dialog)
        return dialog

    def _slip_made(self, dialog: SlipDialog) -> None:
        slip = dialog.result_slip
        if slip is None or self.vault is None:
            return
        self._changed(list(slip.carrier_ids))
        self.done(self.tr("已建立传阅单 {number}：{n} 件载体，{m} 名传阅人。扫描载体即可送出。")
                  .format(number=slip.number, n=len(slip.carrier_ids), m=len(slip.reader_ids)))
        self._select_slip(slip.id)
        if dialog.print_after():
            QTimer.singleShot(0, lambda: self._print_slip_id(slip.id))

    def current_slip(self) -> SlipView | None:
        if self.vault is None:
            return None
        index = self.slip_table.currentIndex()
        if index.isValid():
            return self.slip_model.slip_at(index.row())
        line = self.out_model.line_at(self.out_table.currentIndex().row())
        if line is not None and line.kind is OutKind.CIRCULATION:
            return self.vault.custody.slip_by_number(line.reference)
        return None

    def print_slip(self) -> bool:
        slip = self.current_slip()
        if slip is None:
            self.refuse(self.tr("请先在“未结束的传阅单”中选中要打印的传阅单。"))
            return False
        return self._print_slip_id(slip.id)

    def _print_slip_id(self, slip_id: int) -> bool:
        if self.vault is None:
            return False
        return self.printing.slip(self.vault, slip_id, self)

    def close_slip(self, reason: str | None = None) -> bool:
        """End a slip early, with the reason (a reader who will not read it)."""
        slip = self.current_slip()
        if slip is None or self.vault is None:
            self.refuse(self.tr("请先在“未结束的传阅单”中选中要结束的传阅单。"))
            return False
        if reason is None:
            text, ok = QInputDialog.getText(
                self, self.tr("结束传阅单"),
                self.tr("传阅单 {number} 还有人未阅。提前结束的原因：").format(number=slip.number))
            if not ok or self.vault is None:
                return False
            reason = text
        vault, why = self.vault, reason
        return self.runner.run(
            lambda: close_circulation(vault, slip.id, why),
            lambda _r: self.done(self.tr("传阅单 {number} 已结束。").format(number=slip.number)),
            changed=lambda _r: [cv.id for cv in slip.carriers])

    def _select_slip(self, slip_id: int) -> None:
        for row in range(self.slip_model.rowCount()):
            s = self.slip_model.slip_at(row)
            if s is not None and s.id == slip_id:
                self.slip_table.selectRow(row)
                return

    def _select_slip_of(self, row: int) -> None:
        line = self.out_model.line_at(row)
        if line is None or line.kind is not OutKind.CIRCULATION:
            return
        for r in range(self.slip_model.rowCount()):
            s = self.slip_model.slip_at(r)
            if s is not None and s.number == line.reference:
                self.slip_table.selectionModel().setCurrentIndex(
                    self.slip_model.index(r, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                return

    # -- dialogs -------------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> None:
        self._drop_dialog()
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self._dialog_finished(dialog))
        dialog.open()

    def _dialog_finished(self, dialog: QDialog) -> None:
        """After ``accepted`` has been handled: the dialog forgets what it showed at once (its
        deletion waits for the event loop) and goes."""
        if self.dialog is dialog:
            self.dialog = None
        scrub(dialog)
        dialog.deleteLater()
        if self.vault is not None:
            self.scan_box.setFocus()

    def _drop_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.blockSignals(True)
            dialog.hide()
            scrub(dialog)
            dialog.deleteLater()

    # -- refreshing ----------------------------------------------------------------------------
    def _changed(self, carrier_ids: Sequence[int]) -> None:
        """After every action: the lists here, the ledger's rows and its detail pane."""
        self.refresh()
        w = self.window_
        w.model.refresh()
        shown = w.detail.carrier
        if shown is not None and shown.id in carrier_ids:
            w.show_carrier(shown.id)
        self._show_staged()
        self.scan_box.setFocus()

    def _tick(self) -> None:
        if self.vault is not None and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        if self.vault is None:
            return
        now = self.vault.clock.now()
        self._all = self.vault.custody.out_now()
        self._now = now
        self._show_lines()
        current = self.slip_table.currentIndex()
        keep = self.slip_model.slip_at(current.row()) if current.isValid() else None
        self.slip_model.set_slips(
            [self.vault.custody.slip(i) for i in self.vault.custody.slip_ids(open_only=True)],
            now)
        if keep is not None:
            self._select_slip(keep.id)
        self._show_staged()

    def _show_lines(self) -> None:
        if self.vault is None:
            return
        now = self._now
        today = self.view_today.isChecked()
        lines = [ln for ln in self._all if ln.due_today(now)] if today else self._all
        if self.view_late.isChecked():
            lines = [ln for ln in self._all if ln.overdue(now)]
        self.out_model.set_lines(lines, now)
        self._show_counts()

    def _show_counts(self) -> None:
        if self.vault is None:
            self.view_all.setText(self.tr("全部在外"))
            self.view_today.setText(self.tr("今日下班前必须收回"))
            self.view_late.setText(self.tr("逾期未还"))
            self.summary.clear()
            return
        now = self._now
        due_today = sum(1 for ln in self._all if ln.due_today(now))
        late = sum(1 for ln in self._all if ln.overdue(now))
        self.view_all.setText(self.tr("全部在外（{n}）").format(n=len(self._all)))
        self.view_today.setText(self.tr("今日下班前必须收回（{n}）").format(n=due_today))
        self.view_late.setText(self.tr("逾期未还（{n}）").format(n=late))
        text = self.tr("传阅 {c} 件，借出 {l} 件").format(
            c=sum(1 for ln in self._all if ln.kind is OutKind.CIRCULATION),
            l=sum(1 for ln in self._all if ln.kind is OutKind.LOAN))
        if late:
            text += self.tr("；逾期 {n} 件").format(n=late)
            self.summary.setStyleSheet("color: #8b0000; font-weight: bold;")
        else:
            self.summary.setStyleSheet("")
        self.summary.setText(text)


def install(controller: AppController) -> None:
    window = controller.window
    desk = CirculationDesk(controller)
    window.add_page(desk, lambda: QCoreApplication.translate("CirculationDesk", "借阅与传阅"))
    window.circulation_desk = desk  # type: ignore[attr-defined]
    menu = custody_menu(window)
    go = QAction(window)
    go.setShortcut("F2")
    go.triggered.connect(lambda: (window.tabs.setCurrentWidget(desk), desk.scan_box.setFocus()))
    new_slip = QAction(window)
    new_slip.triggered.connect(desk.new_slip)
    print_slip = QAction(window)
    print_slip.triggered.connect(desk.print_slip)
    today = QAction(window)
    today.triggered.connect(lambda: (window.tabs.setCurrentWidget(desk),
                                     desk.view_today.setChecked(True), desk._show_lines()))

    def texts() -> None:
        go.setText(QCoreApplication.translate("CirculationDesk", "借阅与传阅台"))
        new_slip.setText(QCoreApplication.translate("CirculationDesk", "新建传阅单（选中的载体）…"))
        print_slip.setText(QCoreApplication.translate("CirculationDesk", "打印传阅单…"))
        today.setText(QCoreApplication.translate("CirculationDesk", "今日下班前必须收回"))

    window.follow_language(texts)
    actions = [go, new_slip, print_slip, today]
    for a in actions:
        menu.addAction(a)
        a.setEnabled(not window.is_locked)
    menu.addSeparator()
    window.work_actions.extend(actions)


__all__ = ["CirculationDesk", "custody_menu", "install"]
