"""The composition root: settings → translator → fonts → (setup) → unlock → vault → window."""

from __future__ import annotations

import argparse
import contextlib
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

VAULT_FILE = "ledger.mjdb"
THROTTLE_FILE = "unlock-attempts.json"


def _no_core_dumps() -> None:
    # A crash dump would hold the decrypted ledger pages and the key: never write one.
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="miji-desk", description="涉密载体台账")
    p.add_argument("--vault", type=Path, help="the vault file (default: the app data folder)")
    p.add_argument("--demo", action="store_true",
                   help="open a throwaway demo vault; its passphrase is shown on the unlock screen")
    p.add_argument("--lang", choices=("zh_CN", "en", "system"), help="UI language for this run")
    args, _qt_args = p.parse_known_args(list(argv)[1:])
    return args


def run(argv: Sequence[str]) -> int:
    _no_core_dumps()
    from .core.output_file import private_umask

    private_umask()  # every file the app creates (vault, journal, backups, PDFs) is 0600
    args = parse_args(argv)
    from PySide6.QtWidgets import QApplication

    from .ui.shell.i18n import install_translators
    from .ui.shell.settings import Settings, app_data_dir, ensure_app_identity
    from .ui.widgets.fonts import install_cjk_fallback

    app = QApplication(list(argv))
    ensure_app_identity()
    settings = Settings()
    install_translators(app, args.lang or settings.get("language"))
    install_cjk_fallback(app)

    from .vault.machine_secret import MachineSecretStore

    demo_dir: Path | None = None
    demo_passphrase = ""
    if args.demo:
        from keyring.backends import null

        from .demo import make_demo

        demo_dir = Path(tempfile.mkdtemp(prefix="miji-demo-"))
        path = demo_dir / VAULT_FILE
        vault, demo_passphrase, _code = make_demo(path)
        vault.close()
        store = MachineSecretStore(null.Keyring())
    else:
        path = args.vault or app_data_dir() / VAULT_FILE
        store = MachineSecretStore()
        if not path.exists():
            from .ui.shell.setup_wizard import run_setup

            if not run_setup(path, store, settings):
                return 0
    try:
        from .ui.shell.controller import AppController

        controller = AppController(path, settings, store,
                                   throttle_path=(demo_dir or app_data_dir()) / THROTTLE_FILE)
        if demo_passphrase:
            controller.unlock_page.set_demo_hint(demo_passphrase)
        controller.install(app)
        controller.window.show()
        return app.exec()
    finally:
        if demo_dir is not None:
            with contextlib.suppress(OSError):
                shutil.rmtree(demo_dir)


if __name__ == "__main__":
    sys.exit(run(sys.argv))
