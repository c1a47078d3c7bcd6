"""The dashboard (首页) on a real vault: the home view after unlock; every registered item's
count agrees with the list it opens; the end-of-day check recorded from it; the expiry list
reviewed as a batch (解密) through the level-change dialog; nothing left on screen after a
lock."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QApplication

from miji_desk.core.clock import FixedClock
from miji_desk.core.custody import ReturnCheck
from miji_desk.core.destruction import ManifestForm, Method, create_manifest
from miji_desk.core.loans import LoanForm, lend, return_loan
from miji_desk.core.people import Grade, PersonForm, add_person
from miji_desk.core.periods import SecrecyPeriod
from miji_desk.core.personnel import (
    DepartureForm,
    TrainingForm,
    complete_departure,
    record_training,
    start_departure,
)
from miji_desk.core.registration import register_incoming
from miji_desk.core.returns import ReturnForm, prepare_return
from miji_desk.core.unit_rules import EXPIRY_WINDOW_DAYS, change_unit_rule
from miji_desk.ui.dashboard.items import ITEMS
from miji_desk.ui.dashboard.page import Dashboard, open_home_at_unlock
from miji_desk.ui.shell.controller import AppController
from miji_desk.ui.shell.settings import Settings
from miji_desk.vault.day_end_queries import last_day_end
from tests.factories import CLERK, PASSPHRASE, incoming

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


def dash(c: AppController) -> Dashboard:
    return c.window.dashboard  # type: ignore[attr-defined,no-any-return]


def _loan(c: AppController, badge: str, code: str, **kw: object) -> None:
    lend(vault_of(c), LoanForm(borrower=badge, carriers=[code], purpose="起草报告",
                               approver="刘院长", approved_on=NOW.date() - dt.timedelta(days=3),
                               approval_ref="借审〔2026〕7号", **kw))  # type: ignore[arg-type]


def _expired(c: AppController, title: str = "关于2016年保密工作的通知") -> list[str]:
    return register_incoming(vault_of(c), incoming(
        title=title, level="confidential", copy_numbers="1-2", period=SecrecyPeriod.years(10),
        classified_on=dt.date(2016, 2, 29), scope="办公室主任")).barcodes


def _busy_day(c: AppController, world, folder: Path) -> None:
    """One row or more behind every item."""
    v = vault_of(c)
    import_incomplete(v, folder)  # an old ledger row imported without 页数: 待补
    # 秘密 kept since four months and never checked: its quarterly 清查 is overdue.
    from miji_desk.core.registration import register_incoming
    from tests.factories import incoming

    then = NOW - dt.timedelta(days=120)
    v.clock.set(then)  # type: ignore[attr-defined]
    register_incoming(v, incoming(received_at=then - dt.timedelta(hours=1),
                                  classified_on=then.date(), copy_numbers="1", copies_total=1))
    v.clock.set(NOW - dt.timedelta(days=1))  # type: ignore[attr-defined]
    _loan(c, world.director, world.report[0])  # due yesterday 18:00: overdue now
    v.clock.set(NOW)  # type: ignore[attr-defined]
    _loan(c, world.director, world.report[1])  # due tonight
    _loan(c, world.dean, world.notice[0])
    return_loan(v, world.notice[0], ReturnCheck(pages_complete=False, note="缺第3页"))
    _expired(c)
    create_manifest(v, ManifestForm(NOW.date(), "保密办粉碎室", Method.SHRED))
    prepare_return(v, ReturnForm([world.notice[1]], "省委办公厅"))
    # 一般 left a year less ten days ago: the 脱密期 ends in ten days (window 30).
    left = add_person(v, PersonForm("赵明", Grade.GENERAL, "综合处", "科员"))
    start_departure(v, left.id, DepartureForm("resign", NOW.date() - dt.timedelta(days=355),
                                              "辞职"))
    complete_departure(v, v.personnel.open_departure(left.id)["id"])  # type: ignore[index]
    # Trained this year: the director and the dean; 王小丽 is behind.
    record_training(v, TrainingForm(NOW.date() - dt.timedelta(days=30), "保密法学习", 2.0,
                                    [world.ids[world.director], world.ids[world.dean]]))


def test_the_dashboard_is_the_home_view_after_unlock(qtbot, world_file, store, tmp_path,
                                                     clock) -> None:
    path, _world = world_file
    c = AppController(path, Settings(tmp_path / "settings.ini"), store, clock=FixedClock(NOW),
                      airgap_source=lambda: [("lo", True, True)], monotonic=clock)
    qtbot.addWidget(c.window)
    app = QApplication.instance()
    c.install(app)  # type: ignore[arg-type]
    open_home_at_unlock(c)  # as app.py does
    c.window.show()
    try:
        c.try_unlock(PASSPHRASE, False)
        assert c.window.tabs.currentWidget() is dash(c).page
        # A scan there is the ledger's: the ledger shows it.
        assert not dash(c).page.handle_scan("MJ000000018")
        assert c.window.tabs.currentIndex() == 0
        # Later unlocks (after the idle lock) return where the clerk was.
        c.window.lock()
        c.try_unlock(PASSPHRASE, False)
        assert c.window.tabs.currentIndex() == 0
    finally:
        c.window.lock()
        app.removeEventFilter(c.idle)
        app.removeEventFilter(c.scanner)


def test_every_item_count_agrees_with_the_list_it_opens(app_controller, world, qtbot,
                                                        tmp_path: Path) -> None:
    c = app_controller
    _busy_day(c, world, tmp_path)
    page = dash(c).page
    c.window.tabs.setCurrentWidget(page)
    page.refresh()
    keys = [i.key for i in ITEMS]
    assert keys == ["overdue", "tonight", "expiry", "inventory", "incidents", "incomplete",
                    "manifests", "return_lists", "exit_periods", "training"]
    expected = {"overdue": 1, "tonight": 2, "expiry": 2, "inventory": 1, "incidents": 1,
                "incomplete": 1, "manifests": 1, "return_lists": 1, "exit_periods": 1,
                "training": 1}
    assert page.counts == expected
    for item in ITEMS:
        n = page.counts[item.key]
        assert f"：{n}" in page.buttons[item.key].text()
        page.buttons[item.key].click()
        view = page.open_item(item)
        assert view is not None and view.isVisible(), item.key
        assert view.model().rowCount() == n, item.key
        c.window.tabs.setCurrentWidget(page)


def test_the_overdue_item_opens_the_late_loans_only(app_controller, world,
                                                    tmp_path: Path) -> None:
    c = app_controller
    _busy_day(c, world, tmp_path)
    [overdue] = [i for i in ITEMS if i.key == "overdue"]
    view = overdue.open(c)
    assert view is not None
    texts = model_texts(view.model())
    late = vault_of(c).ledger.by_barcode(world.report[0])
    on_time = vault_of(c).ledger.by_barcode(world.report[1])
    assert late is not None and on_time is not None
    assert late.number in texts and on_time.number not in texts


def test_the_end_of_day_check_is_recorded_from_the_dashboard(app_controller, world, qtbot
                                                             ) -> None:
    c = app_controller
    _loan(c, world.director, world.report[0])
    page = dash(c).page
    c.window.tabs.setCurrentWidget(page)
    d = page.confirm_day_end()
    assert d is not None and "在外 1 件" in d.ui.carriers.text()
    d.ui.okButton.click()  # no note although one is due tonight: refused in the dialog
    assert d.isVisible() and "还有 1 件" in (d.errors.message_at("note") or "")
    assert last_day_end(vault_of(c)) is None
    d.ui.reason.setPlainText("张建华在机要室阅读，18 时归还")
    d.ui.okButton.click()
    assert not d.isVisible()
    last = last_day_end(vault_of(c))
    assert last is not None and last.actor == CLERK and last.out == 1
    assert CLERK in page.day_end_label.text() and "在外 1 件" in page.day_end_label.text()


def test_a_batch_declassification_from_the_expiry_list(app_controller, world, qtbot) -> None:
    c = app_controller
    first = _expired(c)
    second = _expired(c, "关于2016年度考核的通知")
    [item] = [i for i in ITEMS if i.key == "expiry"]
    view = item.open(c)
    exp = dash(c).expiry
    assert view is exp.view and exp.model.rowCount() == 4
    assert "已届满" in " ".join(model_texts(exp.model))
    exp.view.selectAll()
    d = exp.review()
    assert d is not None
    u = d.ui  # type: ignore[attr-defined]
    u.decision.setCurrentIndex(u.decision.findData("declassify"))
    u.authority.setText("国家保密局")
    u.reference.setText("国保〔2026〕9号")
    d.labels.setChecked(False)  # type: ignore[attr-defined]
    u.okButton.click()
    assert not d.isVisible()
    assert exp.model.rowCount() == 0
    for code in first + second:
        v = vault_of(c).ledger.by_barcode(code)
        assert v is not None and v.level.name == "非密"
        assert vault_of(c).ledger.history(v.id)[-1].before == "秘密★10年"


def test_changing_the_window_changes_the_expiry_list(app_controller, qtbot) -> None:
    c = app_controller
    register_incoming(vault_of(c), incoming(
        title="到期前的通知", level="confidential", copy_numbers="1",
        period=SecrecyPeriod.until_date(NOW.date() + dt.timedelta(days=20)),
        classified_on=dt.date(2026, 1, 1)))
    exp = dash(c).expiry
    c.window.tabs.setCurrentWidget(exp)
    assert exp.model.rowCount() == 1 and "还有 20 天" in model_texts(exp.model)
    change_unit_rule(vault_of(c), EXPIRY_WINDOW_DAYS.key, 10, "只看十天内的")
    exp.refresh()
    assert exp.model.rowCount() == 0


def test_nothing_of_the_dashboard_stays_on_screen_after_a_lock(app_controller, world) -> None:
    c = app_controller
    titles = _expired(c, "锁定后不应显示的标题")
    page = dash(c).page
    c.window.tabs.setCurrentWidget(dash(c).expiry)
    assert dash(c).expiry.model.rowCount() == 2
    number = vault_of(c).ledger.by_barcode(titles[0]).number  # type: ignore[union-attr]
    c.window.lock()
    assert dash(c).expiry.model.rowCount() == 0 and page.counts == {}
    assert not any(number in t or "锁定后不应显示的标题" in t for t in texts_on_screen())


def test_a_scan_on_the_expiry_page_selects_its_row(app_controller) -> None:
    c = app_controller
    codes = _expired(c)
    exp = dash(c).expiry
    c.window.tabs.setCurrentWidget(exp)
    exp.view.selectionModel().clearSelection()
    assert exp.handle_scan(codes[1])
    [line] = exp.selected()
    assert line.carrier.barcode == codes[1]


def test_the_incomplete_item_opens_the_list_and_follows_a_completion(app_controller,
                                                                      tmp_path: Path) -> None:
    c = app_controller
    v = vault_of(c)
    cid, _code = import_incomplete(v, tmp_path)
    page = dash(c).page
    c.window.tabs.setCurrentWidget(page)
    page.refresh()
    assert page.counts["incomplete"] == 1
    [item] = [i for i in ITEMS if i.key == "incomplete"]
    view = page.open_item(item)
    assert view is not None and view.isVisible()
    assert model_texts(view.model())[:2] == [v.carrier(cid).number, OLD_TITLE]
    d = c.window.pending.list.complete_selected()  # type: ignore[attr-defined]
    d.pages.setText("6")
    d.producer.setText("省委办公厅")
    d.okButton.click()
    assert view.model().rowCount() == 0
    page.refresh()
    assert page.counts["incomplete"] == 0
