"""The running application: unlock attempts, lock triggers, scans and the network watch.

It wires the pieces built elsewhere (main window, unlock page, idle watcher, scanner filter,
OS lock monitor, air-gap check) and holds the one open vault.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from ... import airgap
from ...core.clock import Clock, SystemClock
from ...core.errors import MijiError
from ...core.session_audit import record_network_state, record_unlock
from ...vault.errors import Damaged, NotAVault, TooNew, WrongSecret
from ...vault.machine_secret import MachineSecretStore
from ...vault.vault import Vault
from ..printing.actions import PrintingActions
from ..widgets.scanner import ScannerConfig, ScannerFilter
from .idle import IdleWatcher, OsLockMonitor
from .lockout import UnlockThrottle
from .main_window import MainWindow
from .settings import Settings
from .unlock import UnlockWidget


class AppController(QObject):
    def __init__(self, vault_path: Path, settings: Settings, store: MachineSecretStore, *,
                 throttle_path: Path, clock: Clock | None = None,
                 airgap_source: airgap.InterfaceSource | None = None,
                 monotonic: Callable[[], int] | None = None) -> None:
        super().__init__()
        self.path = vault_path
        self.settings = settings
        self.store = store
        self.clock = clock or SystemClock()
        self.throttle = UnlockThrottle(throttle_path,
                                       max_failures=settings.get("max_failed_unlocks"),
                                       lockout_minutes=settings.get("lockout_minutes"),
                                       clock=self.clock)
        self.unlock_page = UnlockWidget()
        self.window = MainWindow(self.unlock_page)
        self.printing = PrintingActions(self.window, settings)  # the 打印 menu, label printer
        self.unlock_page.set_vault_path(str(vault_path))
        self.unlock_page.unlockRequested.connect(self.try_unlock)
        self.window.locked.connect(self._on_locked)
        self.window.damaged.connect(self._on_damaged)
        clock_kw = {"clock": monotonic} if monotonic else {}
        self.idle = IdleWatcher(settings.get("idle_lock_minutes") * 60_000, parent=self,
                                **clock_kw)
        self.idle.lockRequested.connect(self.window.lock)
        self.idle.remainingChanged.connect(self.window.show_idle_remaining)
        self.idle.disarm()
        self.scanner = ScannerFilter(ScannerConfig.from_settings(settings), parent=self,
                                     **clock_kw)
        self.scanner.scanned.connect(self.window.open_scanned)
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
        from .features import install_features

        self.features = install_features(self)

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
        if self.throttle.is_locked_out() is not None:
            self._refresh_lockout()
            return
        try:
            # "auto": full integrity checks for a small vault, a quick probe for a large one
            # (see vault.FULL_CHECK_MAX_BYTES); the full checks run in verify and backups.
            vault = Vault.open(self.path, passphrase=None if is_recovery else secret,
                               recovery_code=secret if is_recovery else None, store=self.store,
                               clock=self.clock, check="auto")
        except WrongSecret as e:
            until = self.throttle.record_failure(recovery=is_recovery)
            left = self.throttle.attempts_left()
            msg = e.message
            if until is None and left:
                msg += self.tr("（还可以再试 {n} 次）").format(n=left)
            self.unlock_page.show_error(msg)
            self._refresh_lockout()
            return
        except Damaged as e:
            self.unlock_page.show_error(e.message + self.tr(
                "\n台账文件：{path}。请联系管理员，用“从备份恢复”取回最近一次备份。")
                .format(path=self.path))
            return
        except (NotAVault, TooNew) as e:
            self.unlock_page.show_error(e.message)
            return
        except MijiError as e:
            self.unlock_page.show_error(e.message)
            return
        history = self.throttle.record_success()
        failures = [f.at.isoformat() + (" recovery" if f.recovery else "")
                    for f in history.failures]
        record_unlock(vault, "recovery_code" if is_recovery else "passphrase", failures)
        self.window.attach(vault)
        if vault.set_aside:
            self.window.say(self.tr(
                "台账旁有不属于它的日志文件，已改名保留（未删除，也未用于台账）：{names}")
                .format(names="、".join(p.name for p in vault.set_aside)))
        if self._network_unaudited and self._network is not None:
            record_network_state(vault, self._network)
            self._network_unaudited = False
        self.idle.rearm()

    def _refresh_lockout(self) -> None:
        until = self.throttle.is_locked_out()
        if until is not None:
            self.unlock_page.set_locked_out(until.strftime("%H:%M"))
            QTimer.singleShot(30_000, self._refresh_lockout)
        else:
            self.unlock_page.set_locked_out(None)

    def _on_locked(self) -> None:
        self.idle.disarm()
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
            record_network_state(self.window.vault, up)
        else:
            self._network_unaudited = True  # written at the next unlock
