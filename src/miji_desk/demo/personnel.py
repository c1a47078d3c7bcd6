"""The demo vault's classified personnel (called by ``demo.fill``, today): a grade change with
its reviewer and approver, reviews, training (one person behind), signed 保密承诺书, one person
in their 脱密期, one departure still blocked by a loan, and an outside reader."""

from __future__ import annotations

import datetime as dt

from ..core.loans import LoanForm, lend
from ..core.people import Grade, PersonForm, add_person
from ..core.periods import SecrecyPeriod
from ..core.personnel import (
    DepartureForm,
    DepartureKind,
    GradeChange,
    OutsideReaderForm,
    ReviewForm,
    TrainingForm,
    add_outside_reader,
    change_grade,
    complete_departure,
    record_commitment,
    record_review,
    record_training,
    start_departure,
)
from ..core.registration import IncomingForm, register_incoming
from ..vault.vault import Vault
from . import LOCATIONS
from .custody import LEADER


def fill_personnel(vault: Vault) -> None:
    today = vault.clock.now().date()
    people = {p.name: p for p in vault.custody.people(active=True)}
    if "王芳" in people:  # 一般 → 重要, reviewed by her head of department, approved by the leader
        change_grade(vault, people["王芳"].id, GradeChange(
            Grade.IMPORTANT, "承担机要文件收发工作", "郑丽", LEADER, today))
    for name in ("陈志远", "周海燕", "吴磊", "郑丽", "刘洋"):
        if name in people:
            record_review(vault, people[name].id, ReviewForm(
                today - dt.timedelta(days=200), True, "人事处", "年度涉密人员审查"))
            record_commitment(vault, people[name].id, today - dt.timedelta(days=200))
    trained = [people[n].id for n in ("陈志远", "周海燕", "吴磊", "郑丽", "刘洋") if n in people]
    if trained:
        record_training(vault, TrainingForm(today - dt.timedelta(days=90), "保密法律法规与案例警示",
                                            3, trained))
    # 王芳 was never trained: the dashboard lists her as behind.
    # 钱进 left his post today: two years of 脱密期 (重要).
    leaver = add_person(vault, PersonForm("钱进", Grade.IMPORTANT, "项目组", "工程师"))
    record_commitment(vault, leaver.id, today)
    did = start_departure(vault, leaver.id, DepartureForm(DepartureKind.TRANSFER, today,
                                                          "调往集团公司"))
    complete_departure(vault, did)
    # An outside reader with a 介绍信, reading one document in the 档案室 on a loan.
    outsider = add_outside_reader(vault, OutsideReaderForm(
        "李明", "省保密局", "省保函〔2026〕3号", Grade.IMPORTANT))
    checked = register_incoming(vault, IncomingForm(
        title="关于迎接省保密局保密检查的准备情况报告", level="confidential",
        period=SecrecyPeriod.years(10), copy_numbers="1", copies_total=1, pages=6,
        received_at=vault.clock.now() - dt.timedelta(hours=3),
        classified_on=today - dt.timedelta(days=3), doc_no="院保〔2026〕21号",
        producer="本院办公室", sender="本院办公室", scope="院领导、省保密局",
        location=LOCATIONS[0][0]))
    lend(vault, LoanForm(outsider.badge, [checked.barcodes[0]], "核对检查材料", LEADER, today,
                         "借审〔2026〕21号", place="档案室"))
    # 郑丽 is being transferred, but still has a loan out (the overdue one): blocked.
    if "郑丽" in people:
        start_departure(vault, people["郑丽"].id, DepartureForm(
            DepartureKind.TRANSFER, today + dt.timedelta(days=14), "调往省厅"))


__all__ = ["fill_personnel"]
