"""The end-of-day check (下班前检查) on real vaults: who and when and what was out are recorded
in one audit event; anything due by tonight and still out needs a note, and a refusal changes
nothing."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from miji_desk.core.custody import COMPLETE
from miji_desk.core.loans import LoanForm, lend, return_loan
from miji_desk.vault.day_end_queries import day_end, day_ends, last_day_end
from tests.factories import CLERK, NOW

from .custody_support import make_staff, refused, register

SCOPE = "办公室主任、院领导、综合处全体"


@pytest.fixture
def staff(vault):
    return make_staff(vault)


def _lend(vault, who, code, **kw) -> None:
    lend(vault, LoanForm(borrower=who.badge, carriers=[code], purpose="起草报告", approver="刘院长",
                         approved_on=NOW.date(), approval_ref="借审〔2026〕7号", **kw))


def test_nothing_out_is_confirmed_with_who_and_when(vault) -> None:
    assert last_day_end(vault) is None
    done = day_end(vault)
    assert (done.out, done.late, done.actor) == (0, 0, CLERK)
    last = last_day_end(vault)
    assert last is not None and last.at == NOW and last.actor == CLERK
    assert last.audit_seq == done.audit_seq
    row = vault.conn.execute("SELECT action, actor FROM audit_event ORDER BY seq DESC LIMIT 1"
                             ).fetchone()
    assert tuple(row) == ("day_end_checked", CLERK)


def test_a_carrier_still_out_tonight_needs_a_note_and_the_refusal_changes_nothing(
        vault, staff) -> None:
    doc = register(vault, scope=SCOPE)
    _lend(vault, staff.director, doc.barcodes[0])
    with refused(vault, "还有 1 件应在今天下班前收回"):
        day_end(vault)
    with refused(vault, "还有 1 件"):
        day_end(vault, "   ")  # blank is no note
    assert last_day_end(vault) is None
    done = day_end(vault, "张建华出差，明早归还，已电话确认在其保密柜中")
    assert (done.out, done.late) == (1, 1)
    detail = json.loads(vault.conn.execute(
        "SELECT detail FROM audit_event WHERE seq = ?", (done.audit_seq,)).fetchone()[0])
    [line] = detail["out"]
    assert line["carrier"] == vault.carrier(doc.carrier_ids[0]).number
    assert line["holder"] == "张建华" and line["late"] is True
    assert "保密柜" in detail["note"]


def test_a_loan_due_another_day_is_listed_but_needs_no_note(vault, staff, clock) -> None:
    doc = register(vault, scope=SCOPE)
    _lend(vault, staff.director, doc.barcodes[0],
          due=NOW + dt.timedelta(days=2))
    done = day_end(vault)
    assert (done.out, done.late) == (1, 0)


def test_each_check_is_kept_and_the_latest_is_shown(vault, staff, clock) -> None:
    doc = register(vault, scope=SCOPE)
    _lend(vault, staff.director, doc.barcodes[0])
    day_end(vault, "借阅人在机要室阅读，18 时前归还")
    return_loan(vault, doc.barcodes[0], COMPLETE)
    clock.advance(hours=8)
    day_end(vault)
    first, second = day_ends(vault, 5)[::-1]
    assert (first.out, second.out) == (1, 0)
    assert second.at - first.at == dt.timedelta(hours=8)
