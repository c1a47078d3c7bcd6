"""The dashboard's items: a small, typed extension point.

An item is a key, a title in the current language, ``rows`` (the one query behind both its
count and its list) and ``open``, which shows that list and returns the view showing it. The
dashboard counts ``rows``; the page ``open`` shows lists the same rows (a test checks every
registered item). A feature adds its item with ``register``; an item whose data does not exist
is simply not registered (never a placeholder).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView

from ...vault.expiry_queries import expiry_list
from ...vault.vault import Vault

if TYPE_CHECKING:
    from ..shell.controller import AppController


@dataclass(frozen=True)
class DashboardItem:
    key: str
    title: Callable[[], str]  # translated when asked
    rows: Callable[[Vault, dt.datetime], Sequence[object]]  # the count and the list
    open: Callable[[AppController], QAbstractItemView | None]  # shows the list; its view
    urgent: bool = False  # a non-zero count is shown as a warning


ITEMS: list[DashboardItem] = []


def register(item: DashboardItem) -> None:
    """Add an item (a later feature's: 清查到期, 脱密期 …); one item per key."""
    if any(i.key == item.key for i in ITEMS):
        raise ValueError(f"dashboard item {item.key} registered twice")
    ITEMS.append(item)


# -- the items whose data exists ---------------------------------------------------------------


def _desk(c: AppController, view: str) -> QAbstractItemView | None:
    desk: Any = getattr(c.window, "circulation_desk", None)
    if desk is None:
        return None
    c.window.tabs.setCurrentWidget(desk)
    getattr(desk, view).setChecked(True)
    desk.refresh()
    return desk.out_table  # type: ignore[no-any-return]


def _expiry(c: AppController) -> QAbstractItemView | None:
    page: Any = getattr(c.window, "expiry_page", None)
    if page is None:
        return None
    c.window.tabs.setCurrentWidget(page)
    page.refresh()
    return page.view  # type: ignore[no-any-return]


def _incidents(c: AppController) -> QAbstractItemView | None:
    feature: Any = getattr(c.window, "incidents", None)
    if feature is None:
        return None
    page = feature.page
    c.window.tabs.setCurrentWidget(page)
    page.which.setCurrentIndex(page.which.findData("open"))
    page.refresh()
    return page.view  # type: ignore[no-any-return]


def _manifests(c: AppController) -> QAbstractItemView | None:
    disposal: Any = getattr(c.window, "disposal", None)
    if disposal is None:
        return None
    page = disposal.manifests
    c.window.tabs.setCurrentWidget(page)
    page.show_filter.setCurrentIndex(page.SHOW_OPEN)
    page.refresh()
    return page.manifest_table  # type: ignore[no-any-return]


def _returns(c: AppController) -> QAbstractItemView | None:
    disposal: Any = getattr(c.window, "disposal", None)
    if disposal is None:
        return None
    page = disposal.returns
    c.window.tabs.setCurrentWidget(page)
    page.open_only.setChecked(True)
    page.refresh()
    return page.list_table  # type: ignore[no-any-return]


def _inventory(c: AppController) -> QAbstractItemView | None:
    page: Any = getattr(c.window, "inventory", None)
    if page is None:
        return None
    c.window.tabs.setCurrentWidget(page)
    page.show_due()
    return page.due  # type: ignore[no-any-return]


def _people(c: AppController, which: str) -> QAbstractItemView | None:
    page: Any = getattr(c.window, "people_page", None)
    if page is None:
        return None
    return getattr(page, which)()  # type: ignore[no-any-return]


def _exit_periods(v: Vault, now: dt.datetime) -> Sequence[object]:
    from ..circulation.personnel_lists import exit_rows

    return exit_rows(v, now.date())


def _training(v: Vault, now: dt.datetime) -> Sequence[object]:
    from ..circulation.personnel_lists import training_rows

    return training_rows(v, now.date())
def _pending(c: AppController) -> QAbstractItemView | None:
    feature: Any = getattr(c.window, "pending", None)
    if feature is None:
        return None
    return feature.show_list()  # type: ignore[no-any-return]


def _incomplete(v: Vault, _now: dt.datetime) -> Sequence[object]:
    from ...core.exchange.importing import carriers_to_complete

    return carriers_to_complete(v)


def _checks_due(v: Vault, now: dt.datetime) -> Sequence[object]:
    from ...core.inventory import due_checks

    return due_checks(v, now.date())


BUILT_IN = (
    DashboardItem(
        "overdue",
        lambda: QCoreApplication.translate("Dashboard", "逾期未还（借阅、传阅）"),
        lambda v, now: v.custody.overdue(now),
        lambda c: _desk(c, "view_late"),
        urgent=True,
    ),
    DashboardItem(
        "tonight",
        lambda: QCoreApplication.translate("Dashboard", "今天下班前须收回"),
        lambda v, now: v.custody.end_of_day(now),
        lambda c: _desk(c, "view_today"),
    ),
    DashboardItem(
        "expiry",
        lambda: QCoreApplication.translate("Dashboard", "保密期限届满或即将届满"),
        lambda v, now: expiry_list(v, now.date()),
        _expiry,
    ),
    DashboardItem(
        "inventory",
        lambda: QCoreApplication.translate("Dashboard", "到期或逾期的清查"),
        _checks_due,
        _inventory,
        urgent=True,
    ),
    DashboardItem(
        "incidents",
        lambda: QCoreApplication.translate("Dashboard", "未结案的异常（丢失、归还不全等）"),
        lambda v, _now: v.custody.open_incidents(),
        _incidents,
        urgent=True,
    ),
    DashboardItem(
        "incomplete",
        lambda: QCoreApplication.translate("Dashboard", "待补登记的载体"),
        _incomplete,
        _pending,
    ),
    DashboardItem(
        "manifests",
        lambda: QCoreApplication.translate("Dashboard", "未完成的销毁清单"),
        lambda v, _now: list(v.disposition.iter_manifests(open_only=True)),
        _manifests,
    ),
    DashboardItem(
        "return_lists",
        lambda: QCoreApplication.translate("Dashboard", "未完成的清退清单"),
        lambda v, _now: list(v.disposition.iter_return_lists(open_only=True)),
        _returns,
    ),
    DashboardItem(
        "exit_periods",
        lambda: QCoreApplication.translate("Dashboard", "脱密期将满"),
        _exit_periods,
        lambda c: _people(c, "show_exit_periods"),
    ),
    DashboardItem(
        "training",
        lambda: QCoreApplication.translate("Dashboard", "培训未达要求"),
        _training,
        lambda c: _people(c, "show_training_behind"),
    ),
)

for _item in BUILT_IN:
    register(_item)

__all__ = ["BUILT_IN", "ITEMS", "DashboardItem", "register"]
