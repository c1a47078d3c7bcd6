"""Saving a PDF is confirmed where the clerk looks after the preview closes: the window's message
bar names the file that was written (issue 12); a save that wrote nothing says nothing."""

from __future__ import annotations

from pathlib import Path

from tests.ui.test_printing_ui import (  # noqa: F401 - fixtures
    controller,
    previews,
    save_as_via_dialog,
    settings,
    store,
    unlocked,
    vault_file,
)


def test_a_saved_pdf_is_confirmed_in_the_message_bar_with_its_file(
        monkeypatch, unlocked, previews, tmp_path: Path) -> None:  # noqa: F811
    w = unlocked.window
    dialog = previews.after(unlocked.printing.register_actions["incoming"].trigger)
    out = tmp_path / "收文登记簿-12月.pdf"
    assert save_as_via_dialog(monkeypatch, dialog, out) == []
    dialog.reject()  # the clerk closes the preview
    assert out.is_file() and out.read_bytes() == dialog._pdf
    assert w.notice.isVisible() and str(out) in w.notice.text()
    assert "已保存" in w.notice.text()


def test_a_refused_save_confirms_nothing(monkeypatch, unlocked, previews, vault_file) -> None:  # noqa: F811
    w = unlocked.window
    dialog = previews.after(unlocked.printing.register_actions["incoming"].trigger)
    warnings = save_as_via_dialog(monkeypatch, dialog, vault_file)  # onto the open vault
    assert len(warnings) == 1
    assert "已保存" not in w.notice.text()


def test_a_cancelled_file_dialog_confirms_nothing(monkeypatch, unlocked, previews) -> None:  # noqa: F811
    from miji_desk.ui.printing import preview as print_preview

    w = unlocked.window
    dialog = previews.after(unlocked.printing.register_actions["incoming"].trigger)
    monkeypatch.setattr(print_preview.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: ("", "")))
    dialog.save_button.click()
    assert "已保存" not in w.notice.text()
