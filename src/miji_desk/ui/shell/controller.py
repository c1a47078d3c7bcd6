"""The running application: unlock attempts, lock triggers, scans and the network watch.

It wires the pieces built elsewhere (main window, unlock page, idle watcher, scanner filter,
OS lock monitor, air-gap check) and holds the one open vault.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypedDict, cast

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QApplication

from ... import airgap
from ...core.clock import Clock, SystemClock
from ...core.errors import MijiError
from ...vault.errors import Damaged, NotAVault, TooNew, VaultError, WrongSecret
from ...vault.instance_lock import VaultLock
from ...vault.machine_secret import MachineSecretStore
from ...vault.unlock_limit import UnlockLimiter, UnlockRefused
from ..widgets.refusals import refusal_text
from ..widgets.scanner import ScannerConfig, ScannerFilter
from .i18n import install_translators
from .idle import IdleWatcher, OsLockMonitor
from .main_window import MainWindow
from .settings import Settings
from .unlock import UnlockWidget

if TYPE_CHECKING:  # imported where used: the unlock screen shows before any of them loads
    from ...vault.vault import Vault
    from ..printing.actions import PrintingActions
    from .settings_dialog import SettingsDialog


def unlock(path: Path, **how: Any) -> tuple[Vault, object]:
    """``vault.unlocking.unlock``, imported at the first unlock: the unlock screen shows before
    the vault's modules load."""
    from ...vault.unlocking import unlock as open_vault

    return open_vault(path, **how)


IDLE_DEFAULT_MS = 5 * 60_000  # until complete() sets the unit rule's default (disarmed till then)


class _ClockKw(TypedDict, total=False):
    clock: Callable[[], int]  # tests' monotonic milliseconds for the idle lock and the scanner


class _UnlockTask(QThread):
    """Opens the vault off the UI thread; ``done`` carries the vault or the exception."""

    done = Signal(object)

    def __init__(self, work: Callable[[], Vault], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work

    def run(self) -> None:
        try:
            result: object = self._work()
        except BaseException as e:  # handed to the UI thread
            result = e
        self.done.emit(result)


class AppController(QObject):
    def __init__(self, vault_path: Path, settings: Settings, store: MachineSecretStore, *,
                 clock: Clock | None = None,
                 airgap_source: airgap.InterfaceSource | None = None,
                 monotonic: Callable[[], int] | None = None,
                 deferred: bool = False) -> None:
        """``deferred``: build only the window and its unlock screen now, and the rest (the
        printing actions, every feature's pages and menus, the OS credential store) in
        ``complete()``: the app calls it right after the first paint, so the clerk sees the
        unlock screen without waiting for reportlab and the pages; it runs in any case before
        the vault opens."""
        super().__init__()
        self.path = vault_path
        self.settings = settings
        self.store = store
        self.clock = clock or SystemClock()
        # The same limit and the same lock the command line honours, per vault. The limits are
        # the vault's unit rules, kept with the count at each unlock so they hold while locked.
        self.limiter = UnlockLimiter(vault_path, clock=self.clock)
        self.instance_lock = VaultLock(vault_path)
        self.unlock_page = UnlockWidget()
        # Owned by the unlock page, so it never fires at a page already gone.
        self._lockout_timer = QTimer(self.unlock_page)
        self._lockout_timer.setSingleShot(True)
        self._lockout_timer.setInterval(30_000)
        self._lockout_timer.timeout.connect(self._refresh_lockout)
        self.window = MainWindow(self.unlock_page, deferred=deferred)
        self.unlock_page.set_vault_path(str(vault_path))
        self._unlock_task: _UnlockTask | None = None
        self.unlock_page.unlockRequested.connect(self.start_unlock)
        self.window.locked.connect(self._on_locked)
        self.window.damaged.connect(self._on_damaged)
        clock_kw: _ClockKw = {"clock": monotonic} if monotonic else {}
        # The unit's idle limit is set by complete() (its default) and at each unlock.
        self.idle = IdleWatcher(IDLE_DEFAULT_MS, parent=self, **clock_kw)
        self.idle.lockRequested.connect(self.window.lock)
        self.idle.remainingChanged.connect(self.window.show_idle_remaining)
        self.idle.disarm()
        self.scanner = ScannerFilter(ScannerConfig.from_settings(settings), parent=self,
                                     **clock_kw)
        self.scanner.scanned.connect(self.window.open_scanned)
        # While locked the only input is a secret: nothing of it may be taken for a scan.
        self.scanner.set_enabled(False)
        self.window.unlocked.connect(lambda: self.scanner.set_enabled(True))
        self.idle.watch_scanner(self.scanner)  # a scan swallows its keys; it is still input
        self.os_lock = OsLockMonitor(self)
        self.os_lock.lockRequested.connect(lambda _why: self.window.lock())
        self._airgap_source = airgap_source
        self._network: list[str] | None = None
        self._network_unaudited = False
        self._print_host = ""  # a configured print server that is not this PC
        self._network_timer = QTimer(self)
        self._network_timer.setInterval(settings.get("network_check_seconds") * 1000)
        self._network_timer.timeout.connect(self.check_network)
        self.window.destroyed.connect(self._network_timer.stop)  # nothing left to show it on
        self._refresh_lockout()
        self.window.action_settings.triggered.connect(self.open_settings)
        self.features: list[str] = []
        self._completed = False
        if not deferred:
            self.complete()

    def complete(self) -> None:
        """Everything past the unlock screen (once; see ``deferred``)."""
        if self._completed:
            return
        self._completed = True
        from ...core.unit_rules import IDLE_LOCK_MINUTES
        from ..printing.actions import PrintingActions
        from .features import install_features

        if self.window.vault is None:
            self.idle.set_timeout_ms(IDLE_LOCK_MINUTES.default * 60_000)
        self.window.build()
        self.printing: PrintingActions = PrintingActions(self.window, self.settings)
        self.features = install_features(self)
        self._settings_menu_last()
        self.store.resolve()  # the OS credential store, probed on the UI thread as before

    def install(self, app: QApplication) -> None:
        app.installEventFilter(self.idle)
        app.installEventFilter(self.scanner)
        self.os_lock.watch_window(int(self.window.winId()))  # Windows session-lock messages
        self.check_network()
        self._network_timer.start()
        self._chain_excepthook()

    def _chain_excepthook(self) -> None:
        """Damage found by any read (a table page, a scan, a search) locks with the advice.

        Qt slots have no caller to catch ``Damaged``; it reaches ``sys.excepthook``. Everything
        else goes on to the hook installed before (log, bug dialog).
        """
        previous = sys.excepthook

        def hook(kind: type[BaseException], error: BaseException,
                 tb: TracebackType | None) -> None:
            if isinstance(error, Damaged):
                # After the failing call returns: a model read mid-paint must not reset itself.
                QTimer.singleShot(0, lambda: self.window.show_error(error))
            else:
                previous(kind, error, tb)

        sys.excepthook = hook

    def _on_damaged(self, message: str) -> None:
        self.unlock_page.show_error(message + self.tr(
            "\n台账文件：{path}。请联系管理员，用“从备份恢复”取回最近一次备份。")
            .format(path=self.path))

    # -- unlocking -----------------------------------------------------------------------------
    def try_unlock(self, secret: str, is_recovery: bool) -> None:
        """Open the vault here and now (the command-line-like path; tests)."""
        self.complete()
        if not self._acquire():
            return
        try:
            result: object = self._open(secret, is_recovery)
        except BaseException as e:  # handled like the worker's failure
            result = e
        self._unlocked(result)

    def start_unlock(self, secret: str, is_recovery: bool) -> None:
        """The unlock page's Enter: the vault opens on a worker thread (the key derivation takes
        about two seconds) while the page shows it is busy and keeps what is typed meanwhile."""
        self.complete()  # no-op: the app completes right after the first paint
        if self._unlock_task is not None or not self._acquire():
            return
        self.unlock_page.set_busy(True)
        task = _UnlockTask(lambda: self._open(secret, is_recovery), self)
        task.done.connect(self._unlock_task_done)
        self._unlock_task = task
        task.start()

    def _unlock_task_done(self, result: object) -> None:
        task, self._unlock_task = self._unlock_task, None
        if task is not None:
            task.wait()
            task.deleteLater()
        self.unlock_page.set_busy(False)
        self._unlocked(result)

    def _acquire(self) -> bool:
        try:
            # Held while the vault is open: a second program is refused, naming this PID.
            self.instance_lock.acquire()
        except MijiError as e:
            self.unlock_page.show_error(refusal_text(e))
            return False
        return True

    def _open(self, secret: str, is_recovery: bool) -> Vault:
        # "auto": full integrity checks for a small vault, a quick probe for a large one
        # (see vault.FULL_CHECK_MAX_BYTES); the full checks run in verify and backups.
        vault, _history = unlock(self.path, passphrase=None if is_recovery else secret,
                                 recovery_code=secret if is_recovery else None,
                                 store=self.store, via="app", limiter=self.limiter,
                                 clock=self.clock, check="auto")
        return vault

    def _unlocked(self, result: object) -> None:
        """The vault, or why it did not open (on the UI thread)."""
        try:
            if isinstance(result, BaseException):
                raise result
        except UnlockRefused:
            self.instance_lock.release()
            self._refresh_lockout()
            return
        except WrongSecret as e:
            self.instance_lock.release()
            msg = refusal_text(e)
            left = self._attempts_left()
            if left:
                msg += self.tr("（还可以再试 {n} 次）").format(n=left)
            self.unlock_page.show_error(msg)
            self._refresh_lockout(keep_message=True)
            return
        except Damaged as e:
            self.instance_lock.release()
            self.unlock_page.show_error(refusal_text(e) + self.tr(
                "\n台账文件：{path}。请联系管理员，用“从备份恢复”取回最近一次备份。")
                .format(path=self.path))
            return
        except (NotAVault, TooNew, MijiError) as e:
            self.instance_lock.release()
            self.unlock_page.show_error(refusal_text(e))
            return
        from ...vault.vault import Vault

        assert isinstance(result, Vault)
        self._opened(result)

    def prepare_then_open(self, work: Callable[[], tuple[Vault, str]]) -> None:
        """The --demo vault, made on a worker thread (it takes seconds to fill): the window
        shows at once with a moving bar, then opens the vault ``work`` returns (its passphrase
        stays on the unlock page for later)."""
        self.unlock_page.set_preparing(self.tr("正在制作演示台账，请稍候…"))

        def made(result: object) -> None:
            task, self._unlock_task = self._unlock_task, None
            if task is not None:
                task.wait()
                task.deleteLater()
            self.unlock_page.set_preparing(None)
            if isinstance(result, BaseException):
                self.unlock_page.show_error(
                    refusal_text(result) if isinstance(result, MijiError) else
                    self.tr("无法制作演示台账。"))
                if not isinstance(result, MijiError):
                    raise result  # a bug: the excepthook logs and tells it
                return
            made_vault, passphrase = cast("tuple[Vault, str]", result)
            self.unlock_page.set_demo_hint(passphrase)
            self.open_created(made_vault)

        task = _UnlockTask(work, self)  # type: ignore[arg-type]
        task.done.connect(made)
        self._unlock_task = task
        app = QApplication.instance()
        if app is not None:  # quitting meanwhile: the worker ends before the folder goes
            app.aboutToQuit.connect(task.wait)
        task.start()

    def open_created(self, vault: Vault) -> None:
        """The vault the setup wizard has just made (and holds open): straight to the ledger."""
        try:
            self.instance_lock.acquire()
        except MijiError as e:
            vault.close()
            self.unlock_page.show_error(refusal_text(e))
            return
        self._opened(vault)

    def _opened(self, vault: Vault) -> None:
        self.complete()  # already done after the first paint; the pages attach to the vault
        self.apply_unit_rules(vault)
        self.window.attach(vault)
        if self.instance_lock.stale_pid:
            self.window.say(self.tr(
                "上次打开这本台账的程序（进程号 {pid}）没有正常退出，它留下的占用标记已被接管。")
                .format(pid=self.instance_lock.stale_pid))
        if vault.set_aside:
            self.window.say(self.tr(
                "台账旁有不属于它的日志文件，已改名保留（未删除，也未用于台账）：{names}")
                .format(names="、".join(p.name for p in vault.set_aside)))
        if self._network_unaudited and self._network is not None:
            from ...core.session_audit import record_network_state

            record_network_state(vault, self._network)
            self._network_unaudited = False
        self.idle.rearm()

    def apply_unit_rules(self, vault: Vault) -> None:
        """The vault's idle and unlock limits, in force from now on."""
        from ...core.unit_rules import (
            IDLE_LOCK_MINUTES,
            LOCKOUT_MINUTES,
            MAX_FAILED_UNLOCKS,
            rule_value,
        )

        self.idle.set_timeout_ms(rule_value(vault, IDLE_LOCK_MINUTES) * 60_000)
        with contextlib.suppress(OSError, ValueError):  # else the limits stored before apply
            self.limiter.store_limits(rule_value(vault, MAX_FAILED_UNLOCKS),
                                      rule_value(vault, LOCKOUT_MINUTES))

    # -- settings ------------------------------------------------------------------------------
    def _settings_menu_last(self) -> None:
        """Features add their menus after the window's own; 设置, then 帮助, end the bar."""
        bar = self.window.menuBar()
        help_feature = getattr(self, "help_menu", None)
        for menu in (self.window.settings_menu, help_feature.menu if help_feature else None):
            if menu is not None:
                bar.removeAction(menu.menuAction())
                bar.addMenu(menu)

    def open_settings(self) -> SettingsDialog:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.window, vault=self.window.vault)
        dialog.changed.connect(self.apply_preferences)
        dialog.rulesChanged.connect(lambda _keys: self._rules_changed())
        dialog.setModal(True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # it holds the open vault
        dialog.show()
        return dialog

    def _rules_changed(self) -> None:
        if self.window.vault is not None:
            self.apply_unit_rules(self.window.vault)

    def apply_preferences(self, names: list[str]) -> None:
        """This PC's preferences that take effect at once."""
        if "language" in names:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                # Qt then sends QEvent.LanguageChange to every widget: the window, its feature
                # menus and tabs, every page and open dialog retranslate at once.
                install_translators(app, self.settings.get("language"))
        if "network_check_seconds" in names:
            self._network_timer.setInterval(self.settings.get("network_check_seconds") * 1000)
        if any(n.startswith("scanner_") for n in names):
            self.scanner.config = ScannerConfig.from_settings(self.settings)

    def _attempts_left(self) -> int:
        try:
            return 0 if self.limiter.is_locked_out() else self.limiter.attempts_left()
        except VaultError:
            return 0

    def _refresh_lockout(self, *, keep_message: bool = False) -> None:
        try:
            until = self.limiter.is_locked_out()
            recovery_only = self.limiter.recovery_only() is not None
        except VaultError:  # no key file: opening will say what is wrong
            until, recovery_only = None, False
        if until is not None:
            self.unlock_page.set_locked_out(until.strftime("%H:%M"))
            self._lockout_timer.start()
            return
        self.unlock_page.set_locked_out(None)
        if recovery_only and not keep_message:
            self.unlock_page.set_recovery_mode(True)
            self.unlock_page.show_error(self.tr(
                "解锁次数记录丢失或被改动，为防止绕过输错次数限制，本次只能使用恢复码解锁。"))

    def _on_locked(self) -> None:
        self.scanner.set_enabled(False)
        self.idle.disarm()
        self.instance_lock.release()  # the vault is closed: another program may open it
        self._refresh_lockout()

    # -- the network ---------------------------------------------------------------------------
    def check_network(self) -> None:
        status = airgap.check(self._airgap_source)
        up = sorted(status.up_interfaces)
        server = airgap.remote_print_server()
        print_host = f"{server.host}（{server.source}）" if server else ""
        if print_host != self._print_host:
            self._print_host = print_host
            self.window.show_network(self._network or [], print_server=print_host)
        if up == self._network:
            return
        self._network = up
        self.window.show_network(up, print_server=print_host)
        if self.window.vault is not None:
            from ...core.session_audit import record_network_state

            record_network_state(self.window.vault, up)
        else:
            self._network_unaudited = True  # written at the next unlock
