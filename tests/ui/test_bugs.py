"""Bugs are caught and kept: the excepthook writes a rotating log in the app's data folder and
tells the clerk plainly; the log never holds ledger content; a broken feature stops the start
loudly; a print that could not be audited is told to the log and the clerk, not to stderr."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from miji_desk import bug_log
from miji_desk.core.circulation import hand_out
from miji_desk.core.people import Grade, PersonForm, add_person
from miji_desk.core.registration import register_incoming
from miji_desk.ui.printing.audit import record_printed
from miji_desk.ui.shell import crash, features
from tests.factories import NOW, incoming

from .custody_support import (
    app_controller_fixture,  # noqa: F401  (fixtures, found by pytest under their names)
    store_fixture,  # noqa: F401
    vault_of,
    world_file_fixture,  # noqa: F401
    world_fixture,  # noqa: F401
)

MARKER = "密标Q7ZX"  # typed into every field; must never reach the log


@pytest.fixture
def hooks(tmp_path: Path) -> Iterator[Path]:
    """The real reporter installed for one test, everything put back afterwards."""
    saved = sys.excepthook, threading.excepthook, crash._installed
    folder = tmp_path / "data" / "logs"
    yield folder
    sys.excepthook, threading.excepthook, crash._installed = saved
    logger = logging.getLogger(bug_log.ROOT)
    for h in list(logger.handlers):
        if isinstance(h, bug_log.PrivateRotatingFileHandler):
            logger.removeHandler(h)
            h.close()
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox):
            w.close()


def log_text(folder: Path) -> str:
    return "".join(p.read_text("utf-8") for p in sorted(folder.glob("miji-desk.log*")))


def bug_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "bugReport" and w.isVisible()]


def raise_in_event_loop(qtbot, fn) -> None:
    QTimer.singleShot(0, fn)
    qtbot.wait(50)


@pytest.mark.qt_no_exception_capture
def test_a_bug_is_logged_and_the_clerk_told_where(qtbot, hooks) -> None:
    reporter = crash.install_bug_reporter(hooks)

    def broken_slot() -> None:
        raise KeyError("not a " + "column")  # apart in the source, so only str(exc) joins them

    raise_in_event_loop(qtbot, broken_slot)
    text = log_text(hooks)
    assert "unhandled error" in text and "Traceback" in text
    assert "broken_slot" in text and "builtins.KeyError" in text
    assert "not a column" not in text  # the message is withheld, the stack is kept
    [box] = bug_boxes()
    assert "KeyError" in box.text() and "台账保持一致" in box.text()
    assert str(reporter.log_path) in box.text() and reporter.log_path.parent == hooks
    if sys.platform != "win32":
        assert reporter.log_path.stat().st_mode & 0o077 == 0  # the clerk's account only


@pytest.mark.qt_no_exception_capture
def test_the_log_never_holds_ledger_content(app_controller, qtbot, hooks) -> None:
    told: list[str] = []
    crash.install_bug_reporter(hooks, notify=told.append)
    vault = vault_of(app_controller)
    reg = register_incoming(vault, incoming(
        title=f"{MARKER}标题", doc_no=f"{MARKER}〔2026〕1号", producer=f"{MARKER}机关",
        sender=f"{MARKER}来文", attachments=f"{MARKER}附件", scope=f"{MARKER}范围",
        handled_by=f"{MARKER}经办", notes=f"{MARKER}备注",
        received_at=NOW))
    person = add_person(vault, PersonForm(f"{MARKER}人", Grade.CORE, f"{MARKER}处",
                                          f"{MARKER}岗", f"{MARKER}注"))
    view = vault.carrier(reg.carrier_ids[0])
    assert MARKER in view.title

    def refusal_as_bug() -> None:  # a refusal nobody caught: its text names the carrier
        hand_out(vault, view.barcode, person.badge)

    def value_in_message() -> None:
        title = view.title  # a local holding ledger text
        raise ValueError(f"cannot print {title} for {person.name}")

    def chained() -> None:
        try:
            vault.conn.execute("INSERT INTO person(id, badge, name) VALUES (?, ?, ?)",
                               (person.id, person.badge, person.name))
        except Exception as e:
            raise RuntimeError(f"while adding {person.name}") from e

    for fn in (refusal_as_bug, value_in_message, chained):
        raise_in_event_loop(qtbot, fn)
    worker = threading.Thread(target=value_in_message)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(told) == 4)
    logging.getLogger("miji_desk.ui.printing.label_dialog").warning(
        "label settings not saved: %s", view.title)  # a record whose argument is ledger text
    record_printed(app_controller.window, vault, view.title, "print", view.doc_no, 2,
                   [view.id])  # audited: nothing logged
    text = log_text(hooks)
    assert text.count("unhandled error") == 4
    assert "RuleViolation" in text and "ValueError" in text and "IntegrityError" in text
    assert "label settings not saved: <withheld>" in text
    assert MARKER not in text and MARKER not in "".join(told)
    for f in hooks.iterdir():
        assert MARKER.encode() not in f.read_bytes()


def test_a_print_that_could_not_be_audited_goes_to_log_and_clerk(app_controller, qtbot, hooks,
                                                                   capsys) -> None:
    crash.install_bug_reporter(hooks)
    window = app_controller.window
    vault = vault_of(app_controller)
    window.lock()  # locked while the printer dialog was open
    assert not record_printed(window, vault, f"{MARKER}登记簿", "print", MARKER, 3, [1])
    text = log_text(hooks)
    assert "was not audited: the vault was locked" in text and "3 pages" in text
    assert MARKER not in text
    [box] = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.objectName() == "printNotAudited"]
    assert "没有记入审计日志" in box.text() and "3 页" in box.text()
    assert MARKER not in box.text()  # the screen is locked: no ledger text on it
    out = capsys.readouterr()
    assert out.err == "" and out.out == ""


def test_a_feature_that_fails_to_load_stops_the_start_by_name(app_controller,
                                                               monkeypatch) -> None:
    monkeypatch.setattr(features, "FEATURES", ("miji_desk.ui.no_such_feature",))
    with pytest.raises(features.FeatureFailed, match="no_such_feature failed to load"):
        features.install_features(app_controller)
    monkeypatch.setattr(features, "FEATURES", ("miji_desk.bug_log",))  # no install()
    with pytest.raises(features.FeatureFailed, match="has no install"):
        features.install_features(app_controller)


def test_a_failure_before_the_window_is_up_is_logged_and_told(app_controller, qtbot, hooks,
                                                               monkeypatch) -> None:
    reporter = crash.install_bug_reporter(hooks)
    monkeypatch.setattr(features, "FEATURES", ("miji_desk.ui.no_such_feature",))
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.close()

    QTimer.singleShot(100, read_and_close)
    try:
        features.install_features(app_controller)
    except features.FeatureFailed as e:
        reporter.fatal(e)  # what app.run does before any window is shown
    assert seen and "FeatureFailed" in seen[0] and str(reporter.log_path) in seen[0]
    text = log_text(hooks)
    assert "FeatureFailed" in text and "ModuleNotFoundError" in text  # the cause is kept


def test_a_bug_in_a_backup_check_is_logged_not_shown_as_text(qtbot, hooks, tmp_path,
                                                             monkeypatch) -> None:
    from miji_desk.ui.backup import dialog as backup_dialog

    crash.install_bug_reporter(hooks)

    def broken(*_a: object, **_k: object) -> None:
        raise ValueError(f"{MARKER} 第3号")  # as if a value of the ledger were in the message

    monkeypatch.setattr(backup_dialog, "verify_backup", broken)
    (tmp_path / "b.mjbak").write_bytes(b"x")
    d = backup_dialog.VerifyBackupDialog(file=str(tmp_path / "b.mjbak"), workdir=tmp_path)
    qtbot.addWidget(d)
    d.ui.secretEdit.setText("whatever-passphrase")
    d.verify_button.click()
    qtbot.waitUntil(lambda: bool(d.ui.error.text()), timeout=20000)
    assert "ValueError" in d.ui.error.text() and "台账保持一致" in d.ui.error.text()
    assert MARKER not in d.ui.error.text()
    text = log_text(hooks)
    assert "ValueError" in text and "broken" in text and MARKER not in text
