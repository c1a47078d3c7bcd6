"""The composition root: settings → translator → fonts → (setup) → unlock → vault → window."""

from __future__ import annotations

import argparse
import contextlib
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .ui.shell.controller import AppController
    from .ui.shell.settings import Settings
    from .vault.machine_secret import MachineSecretStore
    from .vault.vault import Vault

from .hardening import disable_core_dumps

VAULT_FILE = "ledger.mjdb"
LOG_FOLDER = "logs"


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="miji-desk", description="涉密载体台账")
    p.add_argument("--vault", type=Path, help="the vault file (default: the app data folder)")
    p.add_argument("--demo", action="store_true",
                   help="open a throwaway demo vault; its passphrase is shown on the unlock screen")
    p.add_argument("--lang", choices=("zh_CN", "en", "system"), help="UI language for this run")
    p.add_argument("--exit-when-ready", action="store_true",
                   help="quit as soon as the unlock screen is shown (times a cold start)")
    p.add_argument("--self-test", action="store_true",
                   help="check this installation with a round trip in a throwaway vault "
                        "(register, label, register page, audit, no network) and exit")
    args, _qt_args = p.parse_known_args(list(argv)[1:])
    return args


def prepare_start(path: Path, store: MachineSecretStore, settings: Settings) -> bool | Vault:
    """Settle the vault's folder (an interrupted restore, scratch copies), then run the setup
    wizard only where there is truly no vault. False: do not go on to the unlock screen; True:
    go on to it; a Vault: the wizard just made it, open it without asking its passphrase again."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from .vault import startup

    problem = startup.prepare(path)
    if problem is not None:
        # The wizard's own title: it is the creation of a new vault that is refused here.
        QMessageBox.critical(None, QCoreApplication.translate("SetupWizard", "无法创建台账"),
                             problem)
        return False
    if path.exists():
        return True
    from .ui.shell.setup_wizard import run_setup

    created = run_setup(path, store, settings)
    return created if created else False


def make_demo_vault(path: Path) -> tuple[Vault, str]:
    """The --demo vault, open, and its passphrase (run on a worker thread)."""
    from .demo import make_demo

    vault, passphrase, _code = make_demo(path)
    return vault, passphrase


def qt_starts(argv: Sequence[str]) -> str:
    """The window system, the bundled fonts, every module of the window (a missing Qt library
    shows here, not at the clerk's first click) and a widget drawn with Chinese text."""
    import importlib

    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication, QLabel

    from .ui.shell import controller  # noqa: F401  (imports the main window and its pages)
    from .ui.shell.features import FEATURES
    from .ui.widgets.fonts import install_cjk_fallback

    for name in FEATURES:
        importlib.import_module(name)

    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication)
    install_cjk_fallback(app)
    label = QLabel("涉密载体台账")
    label.adjustSize()
    image = QImage(label.size(), QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    label.render(image)
    if all(image.pixel(x, y) & 0xFFFFFF == 0xFFFFFF
           for x in range(image.width()) for y in range(image.height())):
        raise RuntimeError("界面上的中文没有画出来")
    return QApplication.platformName()


def complete_pages(controller: AppController) -> None:
    """The pages past the unlock screen, and 首页 at the first unlock (imported only now: the
    unlock screen shows before any feature is loaded)."""
    from .ui.dashboard.page import open_home_at_unlock

    controller.complete()
    open_home_at_unlock(controller)


def run(argv: Sequence[str]) -> int:
    disable_core_dumps()  # before the passphrase is typed or the demo vault is made
    from .core.output_file import private_umask

    private_umask()  # every file the app creates (vault, journal, backups, PDFs) is 0600
    args = parse_args(argv)
    if args.self_test:
        from . import selftest

        return selftest.main(qt=lambda: qt_starts(argv))
    from PySide6.QtWidgets import QApplication

    from .ui.shell.i18n import install_translators
    from .ui.shell.settings import Settings, app_data_dir, ensure_app_identity
    from .ui.widgets.fonts import install_cjk_fallback

    app = QApplication(list(argv))
    ensure_app_identity()
    from .ui.shell.crash import install_bug_reporter

    reporter = install_bug_reporter(app_data_dir() / LOG_FOLDER)  # first: every bug is kept
    settings = Settings()
    install_translators(app, args.lang or settings.get("language"))
    install_cjk_fallback(app)
    from PySide6.QtGui import QIcon

    from .resources import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons", "miji-desk.svg"))))

    from .core.errors import MijiError
    from .vault.machine_secret import MachineSecretStore
    from .vault.unlock_limit import UnlockLimiter

    demo_dir: Path | None = None
    created: Vault | None = None
    if args.demo:
        from keyring.backends import null

        # The window shows at once; the demo vault (seconds to fill) is made on a worker.
        demo_dir = Path(tempfile.mkdtemp(prefix="miji-demo-"))
        path = demo_dir / VAULT_FILE
        store = MachineSecretStore(null.Keyring())
    else:
        path = args.vault or app_data_dir() / VAULT_FILE
        store = MachineSecretStore()
        started = prepare_start(path, store, settings)
        if not started:
            return 0
        if not isinstance(started, bool):
            created = started
    try:
        from PySide6.QtCore import QTimer

        from .ui.shell.controller import AppController

        try:
            # The unlock screen first; the pages, the printing actions and the OS credential
            # store are built by complete() once it is drawn (before any unlock is handled).
            controller = AppController(path, settings, store, deferred=True)
            controller.install(app)
            if created is not None or args.demo:
                complete_pages(controller)
            if created is not None:
                controller.open_created(created)
            if args.demo:
                controller.prepare_then_open(lambda: make_demo_vault(path))
        except Exception as e:  # no window yet: the excepthook could not show anything
            reporter.fatal(e)
            return 1
        failed: list[BaseException] = []

        def complete() -> None:
            try:
                complete_pages(controller)
            except Exception as e:  # a feature that will not load: a bug that stops the start
                failed.append(e)
                controller.window.hide()
                reporter.fatal(e)
                app.exit(1)

        controller.window.fit_to_screen()  # maximised on a 1366×768 screen
        controller.window.show()
        if args.exit_when_ready:  # the window is up and drawn: a cold start is over
            QTimer.singleShot(0, app.quit)
        else:
            QTimer.singleShot(0, complete)
        code = app.exec()
        return 1 if failed else code
    finally:
        if demo_dir is not None:
            with contextlib.suppress(OSError, MijiError):  # the throwaway vault's unlock count
                UnlockLimiter(path).path.unlink(missing_ok=True)
            with contextlib.suppress(OSError):
                shutil.rmtree(demo_dir)


if __name__ == "__main__":
    sys.exit(run(sys.argv))
