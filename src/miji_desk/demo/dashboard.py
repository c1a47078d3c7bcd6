"""The demo vault's dashboard items (called by ``demo.fill`` last): carriers whose secrecy
period has ended (one 秘密★10年 from a 29 February, one 机密 counted from the day of receipt),
one ending within the review window, and tonight's end-of-day check (下班前检查) recorded."""

from __future__ import annotations

import datetime as dt

from ..core.periods import SecrecyPeriod
from ..core.registration import IncomingForm, register_incoming
from ..vault.day_end_queries import day_end
from ..vault.vault import Vault


def fill_dashboard(vault: Vault) -> None:
    now = vault.clock.now()
    today = now.date()
    tz = now.tzinfo
    register_incoming(vault, IncomingForm(
        title="关于二〇一六年度保密工作检查情况的通报", level="confidential", copy_numbers="2-3",
        pages=6, received_at=dt.datetime(2016, 3, 2, 10, 0, tzinfo=tz),
        classified_on=dt.date(2016, 2, 29), period=SecrecyPeriod.years(10),
        doc_no="省保发〔2016〕4号", producer="省保密局", sender="省保密局", copies_total=40,
        scope="办公室主任、分管领导", location="机要室文件柜"))
    register_incoming(vault, IncomingForm(
        title="关于某型设备试验安排的函（未标定密日期）", level="secret", copy_numbers="1",
        pages=3, received_at=dt.datetime(2021, 5, 20, 15, 0, tzinfo=tz),
        period=SecrecyPeriod.years(5), doc_no="科工函〔2021〕17号", producer="省国防科工办",
        sender="省国防科工办", copies_total=5, scope="项目组负责人", location="1号保密柜"))
    register_incoming(vault, IncomingForm(
        title="关于年度保密自查工作的通知", level="confidential", copy_numbers="1", pages=2,
        received_at=now - dt.timedelta(days=170),
        classified_on=(now - dt.timedelta(days=172)).date(),
        period=SecrecyPeriod.until_date(today + dt.timedelta(days=12)),
        doc_no="院保〔2026〕11号", producer="院保密委员会", sender="院保密委员会",
        copies_total=10, scope="各部门负责人", location="机要室文件柜"))
    out = vault.custody.out_now()
    late = [ln for ln in out if ln.due_today(now)]
    day_end(vault, "" if not late else
            "今天应收回而未收回的已逐件电话确认：借阅人均在本单位保密柜中保管，明早归还。")


__all__ = ["fill_dashboard"]
