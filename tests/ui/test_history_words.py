"""The carrier history shows the clerk's words, never the internal codes of events and statuses."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication

from miji_desk.core.carriers import STATUS_LABEL, Status
from miji_desk.core.circulation import CirculationForm, hand_out, open_circulation, take_back
from miji_desk.core.custody import ReturnCheck
from miji_desk.core.ledger_query import ACTION_LABEL
from miji_desk.core.loans import LoanForm, lend, return_loan
from miji_desk.ui.ledger.detail_pane import DetailPane
from miji_desk.ui.shell import i18n
from miji_desk.ui.widgets.labels import action_text, event_value_text
from tests.core.custody_support import make_staff, register
from tests.factories import NOW
from tests.vault_fixtures import clock, store, vault, vault_path  # noqa: F401

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
CODES = re.compile(r"\b(circulation_in|circulation_out|circulation_listed|circulation_closed|lend|"
                   r"loan_return|in_store|on_loan|circulating|status)\b")


@pytest.fixture
def history(vault, clock):  # noqa: F811
    """One carrier lent and returned, then circulated and collected back."""
    staff = make_staff(vault)
    doc = register(vault, scope="办公室主任、院领导、综合处全体")
    code, cid = doc.barcodes[0], doc.carrier_ids[0]
    lend(vault, LoanForm(staff.director.badge, [code], "起草报告", "刘院长", NOW.date(),
                         "借审1号"))
    clock.advance(hours=1)
    return_loan(vault, code, ReturnCheck(pages_counted=12))
    open_circulation(vault, CirculationForm([code], [staff.dean.badge]))
    hand_out(vault, code)
    clock.advance(hours=1)
    take_back(vault, code)
    return vault.ledger.get(cid), vault.ledger.history(cid)


def rows(pane: DetailPane) -> list[tuple[str, str]]:
    """(event, what changed) of every history row, newest first."""
    t = pane.history
    return [(t.item(r, 1).text(), t.item(r, 2).text()) for r in range(t.rowCount())]


def test_the_history_shows_the_clerks_words(qtbot, history) -> None:
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show_carrier(*history)
    shown = rows(pane)
    events = [event for event, _ in shown]
    assert events[:5] == ["传阅收回", "传阅送出", "列入传阅单", "借阅归还", "借出"]
    lent = dict(shown)["借出"]
    assert lent.startswith("状态：由“在库”改为“借出”")
    assert dict(shown)["传阅收回"].startswith("状态：由“传阅中”改为“在库”")
    assert all(not CODES.search(f"{event} {what}") for event, what in shown), shown


def test_in_english_the_words_are_english_and_only_ledger_data_stays_chinese(
        qtbot, qapp: QApplication, history) -> None:
    i18n.install_translators(qapp, "en")
    try:
        pane = DetailPane()
        qtbot.addWidget(pane)
        pane.show_carrier(*history)
        shown = rows(pane)
    finally:
        i18n.uninstall_translators(qapp)
    events = [event for event, _ in shown]
    assert events[:5] == ["Collected back from reading", "Given out for reading",
                          "Put on circulation slip", "Loan returned", "Lent"]
    assert not any(CJK.search(e) for e in events)
    lent = dict(shown)["Lent"]
    assert lent.startswith("Status: from “In store” to “On loan” ")
    # What follows is the note the workflow recorded in the ledger, shown as it was kept.
    assert not any(CODES.search(event) for event in events)


def test_every_event_kind_and_status_has_the_cores_word(qapp: QApplication) -> None:
    """The screen's literals (for Qt Linguist) say what core says: one set of Chinese words."""
    i18n.install_translators(qapp, "zh_CN")
    try:
        assert {a: action_text(a) for a in ACTION_LABEL} == ACTION_LABEL
        assert {s: event_value_text("status", s.value) for s in Status} == STATUS_LABEL
    finally:
        i18n.uninstall_translators(qapp)
