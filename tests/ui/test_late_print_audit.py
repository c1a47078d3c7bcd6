"""A print confirmed after the vault locked (the printer dialog outlived the idle lock) is not
lost: it is audited at the next unlock, with the time it was confirmed (issue 10)."""

from __future__ import annotations

from pathlib import Path

from tests.factories import PASSPHRASE
from tests.ui import test_printing_ui as printing_tests
from tests.ui.test_printing_ui import audit_tail, print_to_pdf_file

# The printing UI tests' fixtures: a small vault, a controller, the preview recorder.
store, vault_file, settings = (printing_tests.store, printing_tests.vault_file,
                               printing_tests.settings)
controller, unlocked, previews = (printing_tests.controller, printing_tests.unlocked,
                                  printing_tests.previews)


def test_a_print_confirmed_after_lock_is_audited_at_the_next_unlock(
        monkeypatch, unlocked, previews, tmp_path: Path):
    w = unlocked.window
    previews.after(unlocked.printing.register_actions["incoming"].trigger)
    dialog = previews.last
    w.lock()  # idle lock while the print dialog is still open
    assert w.vault is None
    print_to_pdf_file(monkeypatch, dialog, tmp_path / "paper.pdf")  # the clerk presses 打印
    assert (tmp_path / "paper.pdf").exists()  # it reached the printer
    unlocked.try_unlock(PASSPHRASE, False)
    unlock_event, printed = audit_tail(unlocked, 2)
    assert unlock_event[0] == "unlock"
    action, _ids, detail = printed
    assert action == "print" and detail["what"] == "收文登记簿"
    assert detail["pages"] == dialog.page_count and detail["recorded_late"] is True
    assert detail["confirmed_at"]
    # Written once: a further lock and unlock adds no second record.
    w.lock()
    unlocked.try_unlock(PASSPHRASE, False)
    assert [a for a, _i, _d in audit_tail(unlocked, 3)].count("print") == 1


def test_a_print_confirmed_while_unlocked_is_audited_at_once(monkeypatch, unlocked, previews,
                                                             tmp_path: Path):
    previews.after(unlocked.printing.register_actions["incoming"].trigger)
    print_to_pdf_file(monkeypatch, previews.last, tmp_path / "paper.pdf")
    action, _ids, detail = audit_tail(unlocked)[0]
    assert action == "print" and "recorded_late" not in detail
