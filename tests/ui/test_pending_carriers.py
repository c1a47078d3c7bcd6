"""台账库 › 待补登记… on a real vault, driven as the clerk would: the list names each imported
carrier's 编号, title and missing fields; 补录 with a bad value is refused at its field and
changes nothing; completing every field takes the carrier off the list and lets it be lent
(refused before); a partial 补录 leaves the rest listed; a lock leaves no ledger text; both
windows speak English after a switch."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from miji_desk.core.errors import RuleViolation
from miji_desk.core.loans import LoanForm, lend
from miji_desk.ui.exchange.pending import CompleteDialog, PendingCarriers, PendingDialog
from miji_desk.ui.shell import i18n
from miji_desk.ui.shell.controller import AppController
from miji_desk.vault.vault import Vault

from .custody_support import (
    NOW,
    app_controller_fixture,  # noqa: F401
    model_texts,
    store_fixture,  # noqa: F401
    texts_on_screen,
    vault_of,
    world_file_fixture,  # noqa: F401
    world_fixture,  # noqa: F401
)
from .import_support import OLD_TITLE, import_incomplete
from .test_language_switch import CJK, widget_texts


def feature(c: AppController) -> PendingCarriers:
    return c.window.pending  # type: ignore[attr-defined,no-any-return]


def open_list(c: AppController) -> PendingDialog:
    action = c.window.findChild(QAction, "actionPendingCarriers")
    assert action is not None and action.isEnabled()
    assert action in c.window.vault_menu.actions()
    action.trigger()
    listing = feature(c).list
    assert listing is not None and listing.isVisible()
    return listing


def audit_count(v: Vault) -> int:
    return int(v.conn.execute("SELECT count(*) FROM audit_event").fetchone()[0])


def lend_it(v: Vault, badge: str, code: str) -> None:
    lend(v, LoanForm(borrower=badge, carriers=[code], purpose="查阅旧文件", approver="刘院长",
                     approved_on=NOW.date() - dt.timedelta(days=1),
                     approval_ref="借审〔2026〕8号"))


def ledger_rows(v: Vault) -> list[tuple[object, ...]]:
    return (v.conn.execute("SELECT * FROM document ORDER BY id").fetchall()
            + v.conn.execute("SELECT * FROM carrier ORDER BY id").fetchall()
            + v.conn.execute("SELECT * FROM import_missing ORDER BY id").fetchall())


def test_the_list_names_each_carrier_and_what_it_lacks(app_controller, tmp_path: Path) -> None:
    c = app_controller
    v = vault_of(c)
    cid, _code = import_incomplete(v, tmp_path)
    listing = open_list(c)
    assert listing.model.rowCount() == 1
    [number, title, missing] = model_texts(listing.model)
    assert number == v.carrier(cid).number
    assert title == OLD_TITLE
    assert missing == "产生机关、页数" or missing == "页数、产生机关"
    assert "1 件" in listing.caption.text()


def test_a_bad_value_is_refused_at_its_field_and_changes_nothing(app_controller,
                                                                   tmp_path: Path) -> None:
    c = app_controller
    v = vault_of(c)
    import_incomplete(v, tmp_path)
    listing = open_list(c)
    d = listing.complete_selected()
    assert isinstance(d, CompleteDialog) and d.isVisible()
    assert sorted(d.missing) == ["pages", "producer"]
    before, audits = ledger_rows(v), audit_count(v)
    d.pages.setText("十二页")  # type: ignore[attr-defined]
    d.producer.setText("省保密局")  # type: ignore[attr-defined]
    d.okButton.click()
    assert d.isVisible()
    assert "页数" in (d.errors.message_at("pages") or "")
    assert ledger_rows(v) == before and audit_count(v) == audits
    assert listing.model.rowCount() == 1
    # Nothing typed at all: refused in the dialog too.
    d.pages.clear()  # type: ignore[attr-defined]
    d.producer.clear()  # type: ignore[attr-defined]
    d.okButton.click()
    assert d.isVisible() and d.messageLabel.text()
    assert ledger_rows(v) == before and audit_count(v) == audits


def test_completing_every_field_takes_it_off_the_list_and_lets_it_be_lent(
        app_controller, world, tmp_path: Path) -> None:
    c = app_controller
    v = vault_of(c)
    cid, code = import_incomplete(v, tmp_path)
    with pytest.raises(RuleViolation) as refused:
        lend_it(v, world.director, code)
    assert refused.value.code == "import.incomplete"
    listing = open_list(c)
    d = listing.complete_selected()
    assert d is not None
    audits = audit_count(v)
    d.pages.setText("８")  # type: ignore[attr-defined]
    d.producer.setText("省保密局")  # type: ignore[attr-defined]
    d.okButton.click()
    assert not d.isVisible() and d.remaining == []
    assert audit_count(v) == audits + 1
    [action] = [r[0] for r in v.conn.execute(
        "SELECT action FROM audit_event ORDER BY seq DESC LIMIT 1")]
    assert action == "import_complete"
    assert listing.model.rowCount() == 0 and v.carrier(cid).number in listing.message.text()
    assert "已补齐" in listing.message.text()
    lend_it(v, world.director, code)
    assert v.carrier(cid).status.value == "on_loan"


def test_a_partial_completion_leaves_the_rest_listed(app_controller, tmp_path: Path) -> None:
    c = app_controller
    v = vault_of(c)
    import_incomplete(v, tmp_path)
    listing = open_list(c)
    d = listing.complete_selected()
    assert d is not None
    d.producer.setText("省保密局")  # type: ignore[attr-defined]
    d.okButton.click()
    assert not d.isVisible() and d.remaining == ["pages"]
    [_number, _title, missing] = model_texts(listing.model)
    assert missing == "页数" and "仍缺：页数" in listing.message.text()


def test_a_location_is_chosen_from_the_units_locations(app_controller, tmp_path: Path) -> None:
    c = app_controller
    v = vault_of(c)
    # Imported as 机密 without a 存放位置: only the location is missing.
    cid, _ = import_incomplete(v, tmp_path, pages="3", producer="省委办公厅", location="")
    listing = open_list(c)
    d = listing.complete_selected()
    assert d is not None and d.missing == ["location"]
    d.okButton.click()  # nothing chosen: refused, the carrier stays listed
    assert d.isVisible() and listing.model.rowCount() == 1
    d.location.setCurrentIndex(d.location.findData("1号保密柜"))  # type: ignore[attr-defined]
    d.okButton.click()
    assert not d.isVisible()
    assert v.carrier(cid).location == "1号保密柜"


def test_a_lock_leaves_no_ledger_text_on_screen(app_controller, tmp_path: Path) -> None:
    c = app_controller
    v = vault_of(c)
    cid, _ = import_incomplete(v, tmp_path, title="锁定后不应显示的旧通知")
    number = v.carrier(cid).number
    listing = open_list(c)
    d = listing.complete_selected()
    assert d is not None and d.isVisible()
    d.pages.setText("abc")  # type: ignore[attr-defined]
    d.okButton.click()  # the lock comes while a refusal is shown at the field
    assert d.errors.message_at("pages")
    c.window.lock()
    assert listing.model.rowCount() == 0 and not listing.isVisible()
    assert feature(c).dialog is None and not d.isVisible()
    left = [t for t in texts_on_screen() if number in t or "锁定后不应显示的旧通知" in t]
    assert not left, left
    action = c.window.findChild(QAction, "actionPendingCarriers")
    assert action is not None and not action.isEnabled()


def test_the_list_and_the_dialog_speak_english(app_controller, tmp_path: Path) -> None:
    c = app_controller
    v = vault_of(c)
    cid, _ = import_incomplete(v, tmp_path)
    data = {v.carrier(cid).number, OLD_TITLE, *(n for _i, n, _k in v.locations())}
    listing = open_list(c)  # opened in Chinese, then switched while open
    app = QApplication.instance()
    try:
        i18n.install_translators(app, "en")  # type: ignore[arg-type]
        QApplication.processEvents()  # Qt posts the LanguageChange to every widget
        d = listing.complete_selected()
        assert d is not None
        texts = [listing.windowTitle(), listing.caption.text(), d.windowTitle(),
                 *(t for _w, t in widget_texts(listing)), *(t for _w, t in widget_texts(d))]
        texts += model_texts(listing.model)
        action = c.window.findChild(QAction, "actionPendingCarriers")
        assert action is not None
        texts.append(action.text())
        left = [t for t in texts if CJK.search(_without(t, data))]
        assert not left, left
        assert "Pages" in model_texts(listing.model)[2]
        assert listing.windowTitle() == "Carriers to complete"
    finally:
        i18n.uninstall_translators(app)  # type: ignore[arg-type]
        QApplication.processEvents()


def _without(text: str, data: set[str]) -> str:
    for d in data:
        text = text.replace(d, "")
    return text
