"""--demo shows the window at once, with a moving bar, while the demo vault is made on a worker,
then opens it (issue 12)."""

from __future__ import annotations

import threading
from pathlib import Path

from keyring.backends import null
from PySide6.QtWidgets import QApplication

from miji_desk.core.clock import FixedClock
from miji_desk.demo import make_demo
from miji_desk.ui.shell.controller import AppController
from miji_desk.ui.shell.settings import Settings
from miji_desk.vault.machine_secret import MachineSecretStore
from tests.factories import NOW, TEST_KDF


def test_window_first_then_the_demo_vault_opens(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "demo" / "ledger.mjdb"
    path.parent.mkdir()
    c = AppController(path, Settings(tmp_path / "s.ini"), MachineSecretStore(null.Keyring()),
                      clock=FixedClock(NOW), airgap_source=lambda: [("lo", True, True)])
    qtbot.addWidget(c.window)
    gate = threading.Event()
    made_on: list[bool] = []

    def work():
        made_on.append(threading.current_thread() is threading.main_thread())
        gate.wait(20)  # the seconds the real demo takes, held until the test has looked
        vault, passphrase, _code = make_demo(path, kdf=TEST_KDF, documents=4)
        return vault, passphrase

    c.prepare_then_open(work)
    c.window.show()
    QApplication.processEvents()
    page = c.unlock_page
    assert c.window.isVisible() and c.window.is_locked
    assert page.preparing and page.busy_bar.isVisible()
    assert "正在制作演示台账" in page.busy_label.text()
    assert not page.ui.passphraseEdit.isEnabled() and not page.ui.unlockButton.isEnabled()
    gate.set()
    qtbot.waitUntil(lambda: not c.window.is_locked, timeout=60000)
    assert made_on == [False]
    assert not page.preparing and not page.busy_bar.isVisible()
    assert c.window.model.rowCount() > 0
    c.window.lock()  # the passphrase is on the unlock page for the next time
    assert "演示台账" in page.ui.demoHintLabel.text()
    assert page.ui.passphraseEdit.isEnabled()
    c.instance_lock.release()
