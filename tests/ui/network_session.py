"""A whole UI session in its own process, for ``test_no_network`` to watch at the system-call
level (strace): unlock, search, scan, every tab, a register preview, the label dialog (which
lists printers through CUPS), a backup, lock and unlock again.

Run as ``python -m tests.ui.network_session WORKDIR``; prints "session complete" at the end.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main(workdir: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from miji_desk.core.registration import register_incoming
    from miji_desk.ui.printing.label_dialog import LabelPrintDialog
    from miji_desk.ui.printing.preview import PrintPreviewDialog
    from miji_desk.ui.shell.controller import AppController
    from miji_desk.ui.shell.settings import Settings
    from miji_desk.vault.backup import create_backup
    from tests.factories import PASSPHRASE, incoming, machine, new_vault

    app = QApplication([])
    store = machine()
    (workdir / "v").mkdir()
    path = workdir / "v" / "ledger.mjdb"
    vault, _ = new_vault(path, store)
    register_incoming(vault, incoming(title="关于保密工作的通知"))
    vault.close()
    settings = Settings(workdir / "settings.ini")
    c = AppController(path, settings, store,
                      airgap_source=lambda: [("lo", True, True)])
    c.install(app)
    previews: list[PrintPreviewDialog] = []
    c.printing.preview = lambda pdf, title, parent, **kw: previews.append(
        PrintPreviewDialog(pdf, title, parent, **kw))
    c.try_unlock(PASSPHRASE, False)
    w = c.window
    assert w.vault is not None, "unlock failed"
    w.search.setText("保密")
    w.apply_filter()
    w.table.selectRow(0)
    w.open_scanned(w.model.carrier_at(0).barcode)
    c.printing.print_register("incoming")
    labels = LabelPrintDialog(w.vault, settings, [1], w)  # lists the printers (CUPS)
    labels.deleteLater()
    c.check_network()
    (workdir / "usb").mkdir()
    create_backup(w.vault, workdir / "usb", passphrase=PASSPHRASE, store=store)
    for i in range(w.tabs.count()):
        w.tabs.setCurrentIndex(i)
        app.processEvents()
    w.lock()
    c.try_unlock(PASSPHRASE, False)
    assert not w.is_locked
    w.lock()
    print("session complete", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
