"""Keyboard-wedge scanner bursts versus a person typing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from miji_desk.ui.widgets.scanner import ScannerConfig, ScannerFilter


@pytest.fixture
def line_edit(qtbot: QtBot) -> QLineEdit:
    le = QLineEdit()
    qtbot.addWidget(le)
    le.show()
    return le


def make_scanner(qapp: QApplication, clock, **config) -> ScannerFilter:
    scanner = ScannerFilter(ScannerConfig(**config), clock=clock)
    qapp.installEventFilter(scanner)
    return scanner


@pytest.fixture
def scanner(qapp: QApplication, clock) -> Iterator[ScannerFilter]:
    s = make_scanner(qapp, clock)
    yield s
    qapp.removeEventFilter(s)


def type_text(qtbot: QtBot, widget: QWidget, clock, text: str, gap_ms: int,
              enter: bool = True) -> None:
    for ch in text:
        clock.advance(gap_ms)
        qtbot.keyClick(widget, ch)
    if enter:
        clock.advance(gap_ms)
        qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_burst_emits_scanned_and_leaves_the_field_empty(qtbot, scanner, line_edit, clock):
    returned: list[bool] = []
    line_edit.returnPressed.connect(lambda: returned.append(True))
    with qtbot.waitSignal(scanner.scanned, timeout=1000) as blocker:
        type_text(qtbot, line_edit, clock, "MJ000000017", gap_ms=3)
    assert blocker.args == ["MJ000000017"]
    assert line_edit.text() == ""
    assert returned == []  # the Enter of a scan does not press the field's Return either
    assert scanner.pending() == ""


def test_slow_typing_is_ordinary_typing(qtbot, scanner, line_edit, clock):
    returned: list[bool] = []
    line_edit.returnPressed.connect(lambda: returned.append(True))
    with qtbot.assertNotEmitted(scanner.scanned):
        type_text(qtbot, line_edit, clock, "abcd1234", gap_ms=150)
    assert line_edit.text() == "abcd1234"
    assert returned == [True]


def test_last_slow_key_arrives_without_enter(qtbot, scanner, line_edit, clock):
    type_text(qtbot, line_edit, clock, "Li-ab", gap_ms=200, enter=False)
    assert line_edit.text() == "Li-a"  # the last key is held for one interval...
    clock.advance(100)
    qtbot.waitUntil(lambda: line_edit.text() == "Li-ab", timeout=1000)  # ...then delivered


def test_fast_but_short_burst_is_typing(qtbot, scanner, line_edit, clock):
    returned: list[bool] = []
    line_edit.returnPressed.connect(lambda: returned.append(True))
    with qtbot.assertNotEmitted(scanner.scanned):
        type_text(qtbot, line_edit, clock, "ab", gap_ms=5)  # min_length is 4
    assert line_edit.text() == "ab"
    assert returned == [True]


def test_editing_key_in_a_fast_run_is_typing(qtbot, scanner, line_edit, clock):
    type_text(qtbot, line_edit, clock, "abc", gap_ms=5, enter=False)
    clock.advance(5)
    qtbot.keyClick(line_edit, Qt.Key.Key_Backspace)
    assert line_edit.text() == "ab"


def test_shortcut_is_not_held(qtbot, scanner, line_edit, clock):
    line_edit.setText("hello")
    qtbot.keyClick(line_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select all
    assert line_edit.selectedText() == "hello"
    assert scanner.pending() == ""


def test_shift_between_keys_does_not_break_a_burst(qtbot, scanner, line_edit, clock):
    with qtbot.waitSignal(scanner.scanned, timeout=1000) as blocker:
        for ch in "AbCd":
            clock.advance(4)
            if ch.isupper():
                qtbot.keyPress(line_edit, Qt.Key.Key_Shift)
            qtbot.keyClick(line_edit, ch)
        clock.advance(4)
        qtbot.keyClick(line_edit, Qt.Key.Key_Enter)
    assert blocker.args == ["AbCd"]
    assert line_edit.text() == ""


def test_person_then_scan_in_the_same_field(qtbot, scanner, line_edit, clock):
    type_text(qtbot, line_edit, clock, "No.7 ", gap_ms=300, enter=False)
    clock.advance(300)
    with qtbot.waitSignal(scanner.scanned, timeout=1000) as blocker:
        type_text(qtbot, line_edit, clock, "MJ123", gap_ms=2)
    assert blocker.args == ["MJ123"]
    assert line_edit.text() == "No.7 "


def test_prefix_and_suffix_are_stripped(qtbot, qapp, line_edit, clock):
    scanner = make_scanner(qapp, clock, prefix="]C0", suffix="#")
    try:
        with qtbot.waitSignal(scanner.scanned, timeout=1000) as blocker:
            type_text(qtbot, line_edit, clock, "]C0MJ000000017#", gap_ms=2)
        assert blocker.args == ["MJ000000017"]
        clock.advance(5000)
        with qtbot.waitSignal(scanner.scanned, timeout=1000) as blocker:
            type_text(qtbot, line_edit, clock, "ABCDEF", gap_ms=2)  # without them: kept whole
        assert blocker.args == ["ABCDEF"]
    finally:
        qapp.removeEventFilter(scanner)
    assert line_edit.text() == ""


def test_same_code_within_a_second_is_ignored(qtbot, scanner, line_edit, clock):
    scans: list[str] = []
    repeats: list[str] = []
    scanner.scanned.connect(scans.append)
    scanner.repeatIgnored.connect(repeats.append)
    type_text(qtbot, line_edit, clock, "MJ000000017", gap_ms=2)
    clock.advance(300)
    type_text(qtbot, line_edit, clock, "MJ000000017", gap_ms=2)  # the scanner's double send
    assert scans == ["MJ000000017"] and repeats == ["MJ000000017"]
    clock.advance(300)
    type_text(qtbot, line_edit, clock, "MJ000000025", gap_ms=2)  # another code: accepted
    assert scans == ["MJ000000017", "MJ000000025"]
    clock.advance(1001)
    type_text(qtbot, line_edit, clock, "MJ000000025", gap_ms=2)  # same code after 1 s: accepted
    assert scans == ["MJ000000017", "MJ000000025", "MJ000000025"]
    assert line_edit.text() == ""


def test_disabled_scanner_passes_everything(qtbot, scanner, line_edit, clock):
    scanner.set_enabled(False)
    with qtbot.assertNotEmitted(scanner.scanned):
        type_text(qtbot, line_edit, clock, "MJ000000017", gap_ms=2)
    assert line_edit.text() == "MJ000000017"


def test_keys_through_the_window_reach_the_focus_widget(qtbot, scanner, clock):
    """The real path: the platform delivers keys to the QWindow, which routes to the focus."""
    top = QWidget()
    layout = QVBoxLayout(top)
    first, second = QLineEdit(), QLineEdit()
    layout.addWidget(first)
    layout.addWidget(second)
    qtbot.addWidget(top)
    top.show()
    top.activateWindow()
    qtbot.waitExposed(top)
    second.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is second, timeout=1000)
    window = top.windowHandle()

    def send(key: Qt.Key, text: str) -> None:
        for etype in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(window, QKeyEvent(etype, key, Qt.KeyboardModifier.NoModifier,
                                                     text))

    scans: list[str] = []
    scanner.scanned.connect(scans.append)
    for ch in "MJ42":
        clock.advance(3)
        send(Qt.Key(ord(ch)), ch)
    clock.advance(3)
    send(Qt.Key.Key_Return, "\r")
    assert scans == ["MJ42"] and second.text() == ""
    for ch in "slow":
        clock.advance(120)
        send(Qt.Key(ord(ch.upper())), ch)
    clock.advance(120)
    scanner.flush_if_stale()
    assert second.text() == "slow" and first.text() == ""


def test_a_passphrase_typed_fast_is_never_taken_for_a_scan(qtbot, scanner, line_edit, clock):
    """A clerk (or a password manager) typing a passphrase fast: every key reaches the hidden
    field, Enter presses it, and nothing is emitted that would show the secret as a scan."""
    line_edit.setEchoMode(QLineEdit.EchoMode.Password)
    line_edit.setFocus()
    scans: list[str] = []
    scanner.scanned.connect(scans.append)
    returned: list[bool] = []
    line_edit.returnPressed.connect(lambda: returned.append(True))
    type_text(qtbot, line_edit, clock, "Secret-Pass-2026", gap_ms=3)
    assert line_edit.text() == "Secret-Pass-2026"
    assert returned == [True] and scans == []
