"""The 涉密载体管理情况报告's counts against a hand-built vault: each activity counted by level
from the ledger's history, inside the period only (its first and last day included), incidents
with their outcome, and the checks section absent (not zero) until inventory checks exist."""

from __future__ import annotations

import datetime as dt

import pytest

from miji_desk.core.copying import CopyForm, make_copies
from miji_desk.core.custody import ReturnCheck
from miji_desk.core.destruction import (
    CompletionForm,
    ManifestForm,
    Method,
    complete_manifest,
    create_manifest,
)
from miji_desk.core.errors import RuleViolation
from miji_desk.core.level_changes import Decision, LevelChangeForm, change_level
from miji_desk.core.loans import LoanForm, lend, return_loan
from miji_desk.core.registration import register_incoming, register_outgoing
from miji_desk.core.returns import ReturnForm, confirm_return, prepare_return
from miji_desk.core.summary import CheckLine
from miji_desk.vault.summary_queries import summary
from tests.core.test_registration import outgoing
from tests.factories import NOW, incoming

from .custody_support import make_staff
from .disposition_support import APPROVED, medium

START, END = dt.date(2026, 7, 1), NOW.date()  # the half year up to today (27 November)


def _build(vault, clock) -> None:
    def incoming_now(**kw: object):
        return incoming(received_at=clock.now() - dt.timedelta(minutes=1),
                        classified_on=dt.date(2026, 6, 1), **kw)

    clock.set(dt.datetime(2026, 6, 30, 23, 0, tzinfo=NOW.tzinfo))  # the day before: not counted
    register_incoming(vault, incoming_now(level="top_secret", copy_numbers="1", title="上半年收文"))
    clock.set(dt.datetime(2026, 7, 1, 0, 0, tzinfo=NOW.tzinfo))  # the first day
    staff = make_staff(vault)
    secret = register_incoming(vault, incoming_now(level="secret", copy_numbers="1-3",
                                               scope="办公室主任"))
    register_incoming(vault, incoming_now(level="confidential", copy_numbers="1"))
    clock.set(NOW - dt.timedelta(hours=3))
    # 机密, 3 copies
    register_outgoing(vault, outgoing(sent_at=clock.now() - dt.timedelta(minutes=1)))
    medium(vault, level="confidential")
    make_copies(vault, CopyForm(secret.carrier_ids[0], 2, "会议学习", "刘院长", "复审1号",
                                APPROVED, authority_ref="国保〔2026〕复1号"))
    for code in secret.barcodes[:2]:
        lend(vault, LoanForm(borrower=staff.director.badge, carriers=[code], purpose="起草",
                             approver="刘院长", approved_on=APPROVED, approval_ref="借1号"))
    return_loan(vault, secret.barcodes[0], ReturnCheck())
    return_loan(vault, secret.barcodes[1], ReturnCheck(pages_complete=False, note="缺第2页"))
    lend(vault, LoanForm(borrower=staff.director.badge, carriers=[secret.barcodes[0]],
                         purpose="再次借阅", approver="刘院长", approved_on=APPROVED,
                         approval_ref="借2号"))
    return_loan(vault, secret.barcodes[0], ReturnCheck())
    ret = prepare_return(vault, ReturnForm([secret.carrier_ids[2]], "省委办公厅"))
    confirm_return(vault, ret.id)
    conf = register_incoming(vault, incoming_now(level="confidential", copy_numbers="1-2",
                                             title="待销毁的秘密文件"))
    m = create_manifest(vault, ManifestForm(END, "保密办粉碎室", Method.SHRED,
                                            conf.carrier_ids))
    complete_manifest(vault, m.id, CompletionForm("刘院长", "销审1号", APPROVED,
                                                  ["张建华", "李国强"]))
    clock.set(NOW)  # the last day
    dec = register_incoming(vault, incoming_now(level="confidential", copy_numbers="1",
                                            title="今天解密的文件"))
    change_level(vault, LevelChangeForm([dec.carrier_ids[0]], Decision.DECLASSIFY,
                                        "国家保密局", "国保〔2026〕9号", END))
    clock.set(NOW + dt.timedelta(days=1))  # the day after: not counted
    register_incoming(vault, incoming_now(level="secret", copy_numbers="1", title="期后收文"))


def test_the_counts_are_exact_by_level_and_period(vault, clock) -> None:
    _build(vault, clock)
    s = summary(vault, START, END)
    assert s.counts["received"] == {"secret": 3, "confidential": 3, "declassified": 1}
    assert s.total("received") == 7  # not the one before the period, nor the one after
    assert s.counts["produced"] == {"secret": 3}
    assert s.counts["media"] == {"confidential": 1}
    assert s.counts["copied"] == {"secret": 2}
    assert s.counts["lent"] == {"secret": 3}  # three loans, two of the same carrier
    assert s.counts["returned"] == {"secret": 1}
    assert s.counts["destroyed"] == {"confidential": 2}
    assert s.counts["level_changed"] == {"declassified": 1}
    assert "handed_over" not in s.counts and s.total("handed_over") == 0
    [inc] = s.incidents
    assert inc.kind == "归还不全" and inc.level.code == "secret" and inc.closed_at is None
    assert s.checks == []  # no check in the period: said so, no fake zeros
    assert [lv.name for lv in s.levels][:3] == ["绝密", "机密", "秘密"]
    assert max(lv.rank for lv in s.listed) == vault.levels.get("secret").rank


def test_one_day_periods_include_their_first_and_last_day(vault, clock) -> None:
    _build(vault, clock)
    assert summary(vault, dt.date(2026, 6, 30), dt.date(2026, 6, 30)).counts == {
        "received": {"top_secret": 1}}
    day_after = NOW.date() + dt.timedelta(days=1)
    assert summary(vault, day_after, day_after).counts == {"received": {"secret": 1}}


def test_a_closed_check_is_in_its_period_with_its_findings(vault, clock) -> None:
    from miji_desk.core import inventory as inv

    reg = register_incoming(vault, incoming(copy_numbers="1-3", copies_total=3))
    check = inv.start_check(vault, inv.Scope(inv.ScopeKind.ALL))
    for code in reg.barcodes[:2]:
        inv.scan(vault, check, code)
    inv.close_check(vault, check, "一份未找到，已上报")
    today = clock.now().date()
    [line] = summary(vault, today, today).checks or []
    assert "全部载体" in line.label
    assert "应在 3 件" in line.finding and "在位 2 件" in line.finding
    assert "缺失 1 件" in line.finding
    yesterday = today - dt.timedelta(days=1)
    assert summary(vault, yesterday, yesterday).checks == []  # closed after that period


def test_the_checks_hook_fills_its_section(vault) -> None:
    seen: list[tuple[dt.date, dt.date]] = []

    def checks(a: dt.date, b: dt.date) -> list[CheckLine]:
        seen.append((a, b))
        return [CheckLine("全部载体 2026-09-30", "应在 10 件，在库 10 件")]

    s = summary(vault, START, END, checks)
    assert seen == [(START, END)] and s.checks is not None and len(s.checks) == 1


def test_a_period_needs_both_dates_in_order(vault) -> None:
    with pytest.raises(RuleViolation, match="须指定期间"):
        summary(vault, START, None)
    with pytest.raises(RuleViolation) as info:
        summary(vault, END, START)
    assert info.value.code == "print.date_range_reversed"
