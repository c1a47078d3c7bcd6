"""The ledger at 1366×768: 状态 is always on screen and the detail pane does not take half the
width (issue 12)."""

from __future__ import annotations

from .custody_support import (
    AppController,
    app_controller_fixture,  # noqa: F401  (fixtures, found by pytest under their names)
    store_fixture,  # noqa: F401
    world_file_fixture,  # noqa: F401
    world_fixture,  # noqa: F401
)

STATUS = 5  # the model's column of 状态


def test_status_visible_and_pane_narrow_at_1366(qtbot, app_controller: AppController) -> None:
    w = app_controller.window
    for width, height in ((1366, 728), (1920, 1040)):
        w.resize(width, height)
        qtbot.wait(50)
        header = w.table.horizontalHeader()
        right = header.sectionViewportPosition(STATUS) + header.sectionSize(STATUS)
        assert header.sectionViewportPosition(STATUS) >= 0 and right <= w.table.viewport().width()
        assert w.detail.width() < w.width() * 0.4, (width, w.detail.width())
        assert w.table.width() > w.detail.width()
    assert header.sortIndicatorSection() == 7  # sorting still names the model's columns


def test_history_shows_several_rows_at_768(qtbot, app_controller: AppController,
                                           world) -> None:
    from miji_desk.core.custody import ReturnCheck
    from miji_desk.core.loans import LoanForm, lend, return_loan

    from .custody_support import NOW, vault_of

    c = app_controller
    v = vault_of(c)
    code = world.report[0]
    for _ in range(4):  # a carrier with a history of some length
        lend(v, LoanForm(borrower=world.director, carriers=[code], purpose="阅读",
                         approver="刘院长", approved_on=NOW.date(),
                               approval_ref="借审〔2026〕1号"))
        return_loan(v, code, ReturnCheck(pages_counted=12))
    w = c.window
    w.resize(1366, 728)
    carrier = v.ledger.by_barcode(code)
    assert carrier is not None
    w.show_carrier(carrier.id)
    qtbot.wait(50)
    h = w.detail.history
    assert h.rowCount() >= 9
    visible = h.viewport().height() // h.verticalHeader().defaultSectionSize()
    assert visible >= 6, visible


def test_history_details_are_readable_at_1366(qtbot, app_controller: AppController,
                                              world) -> None:
    """The details column of the history (what was done: 复制 … 批准人 …) keeps a readable
    width at 1366 px; it was squeezed to one character a line (seen in the screenshots)."""
    from .custody_support import vault_of

    c = app_controller
    v = vault_of(c)
    w = c.window
    w.show()
    w.resize(1366, 728)
    carrier = v.ledger.by_barcode(world.report[0])
    assert carrier is not None
    w.show_carrier(carrier.id)
    qtbot.wait(50)
    h = w.detail.history
    details = h.horizontalHeader().sectionSize(2)
    assert details >= h.fontMetrics().horizontalAdvance("复制批准人陈志远"), details
    assert details >= max(h.horizontalHeader().sectionSize(col) for col in (0, 1, 3, 4))
