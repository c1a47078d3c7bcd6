"""The running application: unlock attempts, lock triggers, scans and the network watch.

It wires the pieces built elsewhere (main window, unlock page, idle watcher, scanner filter,
OS lock monitor, air-gap check) and holds the one open vault.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypedDict

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from ... import airgap
from ...core.clock import Clock, SystemClock
from ...core.errors import MijiError
from ...core.session_audit import record_network_state, record_unlock
from ...core.unit_rules import IDLE_LOCK_MINUTES, LOCKOUT_MINUTES, MAX_FAILED_UNLOCKS, rule_value
from ...vault.errors import Damaged, NotAVault, TooNew, WrongSecret
from ...vault.machine_secret import MachineSecretStore
from ...vault.vault import Vault
from ..printing.actions import PrintingActions
from ..widgets.scanner import ScannerConfig, ScannerFilter
from .i18n import install_translators
from .idle import IdleWatcher, OsLockMonitor
from .lockout import UnlockThrottle, apply_unit_limits
from .main_window import MainWindow
from .settings import Settings
from .settings_dialog import SettingsDialog
from .unlock import UnlockWidget


class _ClockKw(TypedDict, total=False):
    clock: Callable[[], int]  # tests' monotonic milliseconds for the idle lock and the scanner


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
        # Until the first unlock on this PC the regulation's defaults; then the vault's rules.
        self.throttle = UnlockThrottle(throttle_path,
                                       max_failures=MAX_FAILED_UNLOCKS.default,
                                       lockout_minutes=LOCKOUT_MINUTES.default,
                                       clock=self.clock)
        self.unlock_page = UnlockWidget()
        # Owned by the unlock page, so it never fires at a page already gone.
        self._lockout_timer = QTimer(self.unlock_page)
        self._lockout_timer.setSingleShot(True)
        self._lockout_timer.setInterval(30_000)
        self._lockout_timer.timeout.connect(self._refresh_lockout)
        self.window = MainWindow(self.unlock_page)
        self.printing = PrintingActions(self.window, settings)  # the 打印 menu, label printer
        self.unlock_page.set_vault_path(str(vault_path))
        self.unlock_page.unlockRequested.connect(self.try_unlock)
        self.window.locked.connect(self._on_locked)
        clock_kw: _ClockKw = {"clock": monotonic} if monotonic else {}
        self.idle = IdleWatcher(IDLE_LOCK_MINUTES.default * 60_000, parent=self, **clock_kw)
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
        self._network_timer = QTimer(self)
        self._network_timer.setInterval(settings.get("network_check_seconds") * 1000)
        self._network_timer.timeout.connect(self.check_network)
        self._refresh_lockout()
        from .features import install_features

        self.features = install_features(self)
        self._settings_menu_last()
        self.window.action_settings.triggered.connect(self.open_settings)

    def install(self, app: QApplication) -> None:
        app.installEventFilter(self.idle)
        app.installEventFilter(self.scanner)
        self.os_lock.watch_window(int(self.window.winId()))  # Windows session-lock messages
        self.check_network()
        self._network_timer.start()

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
        self.apply_unit_rules(vault)
        self.window.attach(vault)
        if self._network_unaudited and self._network is not None:
            record_network_state(vault, self._network)
            self._network_unaudited = False
        self.idle.rearm()

    def apply_unit_rules(self, vault: Vault) -> None:
        """The vault's idle and unlock limits, in force from now on."""
        self.idle.set_timeout_ms(rule_value(vault, IDLE_LOCK_MINUTES) * 60_000)
        apply_unit_limits(self.throttle, vault)

    # -- settings ------------------------------------------------------------------------------
    def _settings_menu_last(self) -> None:
        """Features add their menus after the window's own; 设置 stays the last one."""
        bar = self.window.menuBar()
        bar.removeAction(self.window.settings_menu.menuAction())
        bar.addMenu(self.window.settings_menu)

    def open_settings(self) -> SettingsDialog:
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
                # Qt then sends QEvent.LanguageChange to every widget; they retranslate.
                install_translators(app, self.settings.get("language"))
                # The window's own menus follow at once; the feature pages' menus and tabs
                # are built in the start language and follow at the next start.
                self.window.say(self.tr("界面语言已切换。各功能页的菜单和标签页在下次启动后切换。"))
        if "network_check_seconds" in names:
            self._network_timer.setInterval(self.settings.get("network_check_seconds") * 1000)
        if any(n.startswith("scanner_") for n in names):
            self.scanner.config = ScannerConfig.from_settings(self.settings)

    def _refresh_lockout(self) -> None:
        until = self.throttle.is_locked_out()
        if until is not None:
            self.unlock_page.set_locked_out(until.strftime("%H:%M"))
            self._lockout_timer.start()
        else:
            self.unlock_page.set_locked_out(None)

    def _on_locked(self) -> None:
        self.idle.disarm()
        self._refresh_lockout()

    # -- the network ---------------------------------------------------------------------------
    def check_network(self) -> None:
        status = airgap.check(self._airgap_source)
        up = sorted(status.up_interfaces)
        if up == self._network:
            return
        self._network = up
        self.window.show_network(up)
        if self.window.vault is not None:
            record_network_state(self.window.vault, up)
        else:
            self._network_unaudited = True  # written at the next unlock
