"""A borrower or reader who may not see a carrier is refused at the badge scan, and when added to
a 传阅单, not after the approval form (issue 12).

王小丽 is 一般 (秘密 at most); the report is 机密."""

from __future__ import annotations

import pytest

from miji_desk.ui.circulation.desk import CirculationDesk
from miji_desk.ui.circulation.dialogs import SlipDialog
from tests.core.custody_support import snapshot

from .custody_support import (
    AppController,
    World,
    app_controller_fixture,  # noqa: F401  (fixtures, found by pytest under their names)
    store_fixture,  # noqa: F401
    vault_of,
    world_file_fixture,  # noqa: F401
    world_fixture,  # noqa: F401
)


@pytest.fixture
def desk(app_controller: AppController) -> CirculationDesk:
    d = app_controller.window.circulation_desk
    app_controller.window.tabs.setCurrentWidget(d)
    return d


@pytest.mark.parametrize("order", ["carrier-then-badge", "badge-then-carrier"])
def test_borrower_not_cleared_is_refused_at_the_scan(app_controller, desk, world: World,
                                                     order: str) -> None:
    c = app_controller
    before = snapshot(vault_of(c))
    scans = [world.report[0], world.clerk2]
    if order == "badge-then-carrier":
        scans.reverse()
    for code in scans:
        c.window.open_scanned(code)
    text = desk.message.text()
    assert "王小丽" in text and "机密" in text
    assert desk.dialog is None  # no approval form to fill in for nothing
    staged = ([s.carrier.barcode for s in desk.staged], desk.person)
    if order == "carrier-then-badge":
        assert staged == ([world.report[0]], None)  # the carrier waits; the badge is refused
    else:
        assert staged[0] == [] and staged[1] is not None and staged[1].name == "王小丽"
    assert snapshot(vault_of(c)) == before


def test_reader_not_cleared_is_refused_when_added_to_a_slip(qtbot, app_controller,
                                                            world: World) -> None:
    c = app_controller
    v = vault_of(c)
    report = v.ledger.by_barcode(world.report[0])
    assert report is not None
    dialog = SlipDialog(v, [report.id], c.window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_reader_badge(world.clerk2)
    assert dialog.reader_badges() == []
    assert "王小丽" in dialog.ui.messageLabel.text() and "机密" in dialog.ui.messageLabel.text()
    dialog.add_reader_badge(world.director)  # 重要: may know 机密, in the scope
    assert dialog.reader_badges() == [world.director]
    # The other way round: a reader first, then a carrier that reader may not see.
    dialog2 = SlipDialog(v, [], c.window)
    qtbot.addWidget(dialog2)
    dialog2.add_reader_badge(world.clerk2)
    dialog2.add_carrier(world.report[1])
    assert dialog2.carrier_codes() == []
    assert "王小丽" in dialog2.ui.messageLabel.text()
    dialog2.add_carrier(world.notice[0])  # 秘密: she may read it
    assert dialog2.carrier_codes() == [world.notice[0]]
