"""The people page's personnel screens (篇七): the 脱密期 ending soon and the training behind,
their window set in 设置; the training, grade-change and review dialogs filled like a clerk."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from miji_desk.core.people import Grade, PersonForm, add_person
from miji_desk.core.personnel import (
    DepartureForm,
    TrainingForm,
    complete_departure,
    record_training,
    start_departure,
)
from miji_desk.core.unit_rules import EXIT_PERIOD_WINDOW_DAYS, rule_value
from miji_desk.ui.circulation.people_page import PeoplePage
from miji_desk.ui.circulation.personnel_dialogs import (
    GradeChangeDialog,
    ReviewDialog,
    TrainingDialog,
)
from miji_desk.vault.vault import Vault
from tests.core.custody_support import TABLES
from tests.factories import CLERK

from .custody_support import (
    NOW,
    app_controller_fixture,  # noqa: F401  (fixtures, found by pytest under their names)
    model_texts,
    store_fixture,  # noqa: F401
    texts_on_screen,
    vault_of,
    world_file_fixture,  # noqa: F401
    world_fixture,  # noqa: F401
)


@pytest.fixture
def page(app_controller) -> PeoplePage:
    p: PeoplePage = app_controller.window.people_page
    app_controller.window.tabs.setCurrentWidget(p)
    return p


def left_ago(vault: Vault, name: str, grade: Grade, days: int) -> int:
    """Someone of ``grade`` who left ``days`` ago; their departure completed."""
    p = add_person(vault, PersonForm(name, grade, "综合处", "科员"))
    start_departure(vault, p.id, DepartureForm("transfer", NOW.date() - dt.timedelta(days=days),
                                               "调往外单位"))
    dep = vault.personnel.open_departure(p.id)
    assert dep is not None
    complete_departure(vault, int(str(dep["id"])))
    return p.id


def test_the_exit_list_shows_the_periods_ending_within_the_window(app_controller, page
                                                                   ) -> None:
    v = vault_of(app_controller)
    left_ago(v, "赵明", Grade.GENERAL, 365 - 10)  # ends in 10 days
    left_ago(v, "钱进", Grade.GENERAL, 365 - 20)  # ends in 20 days
    left_ago(v, "孙雷", Grade.IMPORTANT, 365)  # 2 years: ends in about a year
    left_ago(v, "周芳", Grade.GENERAL, 400)  # ended a month ago
    view = page.show_exit_periods()
    assert view.isVisible() and rule_value(v, EXIT_PERIOD_WINDOW_DAYS) == 30
    texts = model_texts(view.model())
    assert view.model().rowCount() == 2
    assert "赵明" in texts and "钱进" in texts and "还有 10 天" in texts
    assert not any(n in texts for n in ("孙雷", "周芳"))
    assert page.lists.tabText(1) == "脱密期将满（30 天内）：2"


def test_changing_the_window_in_the_settings_dialog_changes_the_list(app_controller, page,
                                                                     qtbot) -> None:
    v = vault_of(app_controller)
    left_ago(v, "赵明", Grade.GENERAL, 365 - 10)
    left_ago(v, "钱进", Grade.GENERAL, 365 - 20)
    assert page.show_exit_periods().model().rowCount() == 2
    dialog = app_controller.open_settings()
    dialog.set_rule_editor(EXIT_PERIOD_WINDOW_DAYS.key, 15)
    dialog.reason.setText("保密委员会决定只提前半个月提醒")
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert rule_value(v, EXIT_PERIOD_WINDOW_DAYS) == 15
    view = page.show_exit_periods()
    assert view.model().rowCount() == 1 and "赵明" in model_texts(view.model())
    assert page.lists.tabText(1) == "脱密期将满（15 天内）：1"


def test_the_training_list_shows_who_had_none_in_twelve_months(app_controller, page, world
                                                               ) -> None:
    v = vault_of(app_controller)
    record_training(v, TrainingForm(NOW.date() - dt.timedelta(days=400), "保密法学习", 2.0,
                                    [world.ids[world.clerk2]]))
    record_training(v, TrainingForm(NOW.date() - dt.timedelta(days=20), "涉密载体管理", 3.0,
                                    [world.ids[world.director]]))
    view = page.show_training_behind()
    assert view.isVisible()
    texts = model_texts(view.model())
    assert view.model().rowCount() == 2
    assert "李国强" in texts and "王小丽" in texts and "张建华" not in texts
    assert "从未参加" in texts  # the dean, never
    assert (NOW.date() - dt.timedelta(days=400)).isoformat() in texts  # 王小丽's last one
    assert page.lists.tabText(2) == "教育培训未达要求：2"


def test_the_lists_are_cleared_on_lock(app_controller, page) -> None:
    v = vault_of(app_controller)
    left_ago(v, "赵明", Grade.GENERAL, 365 - 10)
    assert page.show_exit_periods().model().rowCount() == 1
    assert page.training_table.model().rowCount() == 3
    dialog = page.record_training()  # open, listing the names, when the PC locks
    assert dialog is not None and dialog.isVisible()
    app_controller.window.lock()
    assert not dialog.isVisible() and page.dialog is None
    assert page.exit_model.rowCount() == 0 and page.behind_model.rowCount() == 0
    assert page.lists.tabText(1) == "脱密期将满"
    assert not any("赵明" in t or "王小丽" in t for t in texts_on_screen())


# -- the dialogs -------------------------------------------------------------------------------

PERSONNEL = (*TABLES, "person_grade_change", "person_review", "training")


def everything(vault: Vault) -> dict[str, list[tuple[object, ...]]]:
    return {t: vault.conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall()
            for t in PERSONNEL}


def select(page: PeoplePage, name: str) -> None:
    for r in range(page.model.rowCount()):
        if page.model.person_at(r).name == name:
            page.table.selectRow(r)
            return
    raise AssertionError(name)


def last_event(vault: Vault) -> str:
    return str(vault.conn.execute(
        "SELECT action FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()[0])


def test_a_training_session_recorded_through_the_dialog(app_controller, page, world) -> None:
    v = vault_of(app_controller)
    page.refresh()
    select(page, "张建华")
    assert page.training_table.model().rowCount() == 3  # nobody trained yet
    page.training_button.click()
    dialog = page.dialog
    assert isinstance(dialog, TrainingDialog) and dialog.isVisible()
    u = dialog.ui
    assert dialog.attending() == [world.ids[world.director]]  # the selected person, ticked
    assert u.people.count() == 3  # everyone classified on post
    u.held_on.setDate(u.held_on.date().addDays(-7))
    u.topic.setText("新修订保密法学习")
    u.hours.setValue(3.0)
    dialog.check(world.ids[world.clerk2])
    u.okButton.click()
    assert not dialog.isVisible()
    lines = v.personnel.trainings()
    assert sorted(t.person_id for t in lines) == sorted(
        [world.ids[world.director], world.ids[world.clerk2]])
    assert {(t.held_on, t.topic, t.hours) for t in lines} == {
        (NOW.date() - dt.timedelta(days=7), "新修订保密法学习", 3.0)}
    assert last_event(v) == "training_recorded"
    assert "2 人参加" in page.message.text()
    # The list follows: only the dean is still behind.
    assert "李国强" in model_texts(page.behind_model) and page.behind_model.rowCount() == 1
    # The same session twice is refused at the people, and nothing is written.
    again = page.record_training()
    assert again is not None
    again.ui.held_on.setDate(again.ui.held_on.date().addDays(-7))
    again.ui.topic.setText("新修订保密法学习")
    again.check(world.ids[world.clerk2])
    before = everything(v)
    again.ui.okButton.click()
    assert again.isVisible() and "已经登记过" in (again.errors.message_at("people") or "")
    assert everything(v) == before


def test_a_grade_change_through_the_dialog(app_controller, page, world) -> None:
    v = vault_of(app_controller)
    page.refresh()
    select(page, "王小丽")
    page.grade_button.click()
    dialog = page.dialog
    assert isinstance(dialog, GradeChangeDialog) and "一般" in dialog.ui.personLabel.text()
    u = dialog.ui
    u.grade.setCurrentIndex(u.grade.findData("important"))
    u.reason.setText("调任机要岗位")
    u.reviewer.setText("张建华")
    u.approver.setText("刘院长")
    u.approved_on.setDate(u.approved_on.date().addDays(-1))
    u.okButton.click()
    assert not dialog.isVisible()
    pid = world.ids[world.clerk2]
    assert v.custody.person(pid).grade is Grade.IMPORTANT
    [step] = v.personnel.grade_history(pid)
    assert (step.old_grade, step.new_grade, step.reason, step.reviewer, step.approver,
            step.approved_on) == (Grade.GENERAL, Grade.IMPORTANT, "调任机要岗位", "张建华",
                                  "刘院长", NOW.date() - dt.timedelta(days=1))
    assert last_event(v) == "person_grade_changed"
    assert "王小丽" in page.message.text()


def test_the_clerk_approving_a_grade_change_herself_is_refused_and_nothing_changes(
        app_controller, page, world) -> None:
    v = vault_of(app_controller)
    page.refresh()
    select(page, "王小丽")
    dialog = page.change_grade()
    assert dialog is not None
    u = dialog.ui
    u.grade.setCurrentIndex(u.grade.findData("core"))
    u.reason.setText("调任机要岗位")
    u.reviewer.setText("张建华")
    u.approver.setText(CLERK)  # the clerk signs her own approval
    before = everything(v)
    u.okButton.click()
    assert dialog.isVisible()
    assert CLERK in (dialog.errors.message_at("approver") or "")
    assert everything(v) == before
    # Nor may the person approve or review their own change.
    u.approver.setText("王小丽")
    u.okButton.click()
    assert dialog.isVisible() and dialog.errors.message_at("approver")
    u.approver.setText("刘院长")
    u.reviewer.setText("王小丽")
    u.okButton.click()
    assert dialog.isVisible() and dialog.errors.message_at("reviewer")
    assert everything(v) == before
    assert v.custody.person(world.ids[world.clerk2]).grade is Grade.GENERAL
    assert v.personnel.grade_history(world.ids[world.clerk2]) == []


def test_a_review_through_the_dialog(app_controller, page, world) -> None:
    v = vault_of(app_controller)
    page.refresh()
    select(page, "李国强")
    page.review_button.click()
    dialog = page.dialog
    assert isinstance(dialog, ReviewDialog)
    u = dialog.ui
    u.reviewer.setText("李国强")  # nobody reviews themselves
    before = everything(v)
    u.okButton.click()
    assert dialog.isVisible() and dialog.errors.message_at("reviewer")
    assert everything(v) == before
    u.reviewer.setText("院保密委员会")
    u.passed.setCurrentIndex(u.passed.findData(False))
    u.note.setText("需补充说明亲属境外情况")
    u.reviewed_on.setDate(u.reviewed_on.date().addDays(-3))
    u.okButton.click()
    assert not dialog.isVisible()
    [row] = v.personnel.reviews(world.ids[world.dean])
    assert row == {"reviewed_on": (NOW.date() - dt.timedelta(days=3)).isoformat(),
                   "result": "failed", "reviewer": "院保密委员会",
                   "note": "需补充说明亲属境外情况"}
    assert last_event(v) == "person_reviewed"
    assert "未通过" in page.message.text()


def test_the_lists_and_dialogs_are_english_in_english(app_controller, page, world) -> None:
    import re

    from PySide6.QtWidgets import QApplication, QLabel, QPushButton

    from miji_desk.ui.shell import i18n

    cjk = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
    app = QApplication.instance()
    i18n.install_translators(app, "en")
    try:
        QApplication.processEvents()  # the LanguageChange events
        page.refresh()
        select(page, "张建华")
        texts = [page.lists.tabText(i) for i in range(page.lists.count())]
        texts += [b.text() for b in (page.training_button, page.grade_button, page.review_button)]
        for m in (page.exit_model, page.behind_model):
            texts += [str(m.headerData(c, Qt.Orientation.Horizontal))
                      for c in range(m.columnCount())]
        assert "Training behind: 3" in texts
        for open_ in (page.record_training, page.change_grade, page.record_review):
            dialog = open_()
            assert dialog is not None
            texts.append(dialog.windowTitle())
            texts += [w.text() for w in dialog.findChildren(QLabel)
                      if w.objectName() != "personLabel"]
            texts += [w.text() for w in dialog.findChildren(QPushButton)]
            dialog.reject()
        assert not [t for t in texts if cjk.search(t)]
    finally:
        i18n.uninstall_translators(app)  # type: ignore[arg-type]
