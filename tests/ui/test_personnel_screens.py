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
from miji_desk.vault.vault import Vault

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
    app_controller.window.lock()
    assert page.exit_model.rowCount() == 0 and page.behind_model.rowCount() == 0
    assert page.lists.tabText(1) == "脱密期将满"
    assert not any("赵明" in t or "王小丽" in t for t in texts_on_screen())
