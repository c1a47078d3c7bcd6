"""The unit's rules: what the ledger allows, declared once and kept inside the vault.

Each ``UnitRule`` is the one declaration of a rule: its key in the vault's ``meta`` table, its
type, its default (the regulation's own, so a vault that never changed a rule obeys the
regulation), the article it comes from and the label the settings dialog shows. Because the
rules live in the vault, a backup carries them and another PC obeys them; the INI file holds
only this PC's preferences. A rule changes only through ``change_unit_rule``, one audited
workflow that records the old value, the new value and the reason.

Every rule here has a reader: copying (``copying.py``), taking out (``loans.py``), the due times
(``custody.py``), destruction (``destruction.py``), the loss report limit (``loss.py``), lending
media outside their department (``loans.py``), the expiry review window (``expiry.py``), the
inventory schedule (``inventory.py``), the 脱密期 list (``personnel.py``, the people page), the
deep check's age (backups, ``vault.backup.creation``), the clipboard delay (the ledger's Ctrl+C),
and the unlock limits, idle lock and passphrase change reminder (the UI shell, after unlock). A
rule that nothing reads would be a promise the ledger does not keep, so none is declared ahead of
its reader.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from .errors import RuleViolation
from .ports import Ledger
from .text import LONG, SHORT, clean

T = TypeVar("T", bound=int | dt.time | str)  # bool is an int

_HHMM = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
_TRUE = ("1", "true", "yes", "on", "是")
_FALSE = ("0", "false", "no", "off", "否")
CONTEXT = "UnitRules"  # the translation context of the labels (the UI translates them)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks a label for Qt's lupdate without importing Qt (core never does)."""
    return text


@dataclass(frozen=True)
class UnitRule(Generic[T]):
    key: str  # the vault's meta key
    type: type[T]
    default: T
    source: str  # the article it comes from, as cited in the regulations (篇N)
    label: str  # Chinese; translated by the UI in the context ``CONTEXT``
    minimum: int | None = None
    maximum: int | None = None
    suffix: str = ""  # 分钟, 次 …

    def dump(self, value: T) -> str:
        if isinstance(value, bool):
            return "1" if value else "0"
        if isinstance(value, dt.time):
            return value.strftime("%H:%M")
        return str(value)

    def parse(self, text: str | None) -> T:
        """The stored text as a value; anything unreadable is the regulation's default."""
        try:
            return self.check(text)
        except RuleViolation:
            return self.default

    def check(self, value: object) -> T:
        """A value the clerk typed or the vault holds, checked; refused with the reason."""
        if self.type is str:
            # A name the unit chose (e.g. for labels): one line, no longer than allowed.
            return cast(T, clean(str(value), label=self.label, field=self.key,
                                 limit=self.maximum or SHORT))
        if self.type is bool:
            if isinstance(value, bool):
                return cast(T, value)
            word = str(value).strip().lower()
            if word in _TRUE or word in _FALSE:
                return cast(T, word in _TRUE)
            raise RuleViolation("unit_rule.yes_no", {"label": self.label}, self.key)
        if self.type is dt.time:
            if isinstance(value, dt.time):
                return cast(T, value.replace(second=0, microsecond=0, tzinfo=None))
            m = _HHMM.match(str(value).strip())
            if m is None:
                raise RuleViolation("unit_rule.time", {"label": self.label}, self.key)
            return cast(T, dt.time(int(m.group(1)), int(m.group(2))))
        try:
            number = value if isinstance(value, int) and not isinstance(value, bool) else \
                int(str(value).strip())
        except ValueError:
            raise RuleViolation("unit_rule.integer", {"label": self.label}, self.key) from None
        low = self.minimum if self.minimum is not None else number
        high = self.maximum if self.maximum is not None else number
        if not low <= number <= high:
            raise RuleViolation("unit_rule.range", {"label": self.label, "low": low, "high": high,
                                                    "suffix": self.suffix}, self.key)
        return cast(T, number)


_MIN = QT_TRANSLATE_NOOP("UnitRules", "分钟")
_DAYS = QT_TRANSLATE_NOOP("UnitRules", "天")
_TIMES = QT_TRANSLATE_NOOP("UnitRules", "次")

COPY_TOP_SECRET: UnitRule[bool] = UnitRule(
    "allow_copy_top_secret", bool, True, "篇一 6；篇三 十一；篇十二 五",
    QT_TRANSLATE_NOOP("UnitRules", "允许复制绝密级载体（须领导批准和制发机关批准）"))
COPY_SECRET_NEEDS_ORIGINATOR: UnitRule[bool] = UnitRule(
    "copy_secret_needs_originator", bool, True, "篇一 6",
    QT_TRANSLATE_NOOP("UnitRules", "复制机密级载体也须经原制发机关批准"))
TAKE_OUT_STATE_SECRET: UnitRule[bool] = UnitRule(
    "allow_take_out_state_secret", bool, False, "篇一 7；篇五 6",
    QT_TRANSLATE_NOOP("UnitRules", "允许经领导批准携带国家秘密载体外出"))
CIRCULATION_DUE: UnitRule[dt.time] = UnitRule(
    "due_time.circulation", dt.time, dt.time(18, 0), "篇九 (四)",
    QT_TRANSLATE_NOOP("UnitRules", "传阅件当天归还的时间"))
LOAN_DUE: UnitRule[dt.time] = UnitRule(
    "due_time.loan", dt.time, dt.time(18, 0), "篇九 (四)；篇四 (二)",
    QT_TRANSLATE_NOOP("UnitRules", "借阅件当天归还的时间"))
DESTROY_ONLY_AFTER_EXPIRY: UnitRule[bool] = UnitRule(
    "destroy_only_after_expiry", bool, False, "篇三 二十一、二十二",
    QT_TRANSLATE_NOOP("UnitRules", "保密期限届满（或已解密）后才能列入销毁清单"))
MAX_FAILED_UNLOCKS: UnitRule[int] = UnitRule(
    "max_failed_unlocks", int, 5, "篇一 8；篇十一 (二)2",
    QT_TRANSLATE_NOOP("UnitRules", "允许连续输错口令的次数"), minimum=1, maximum=20, suffix=_TIMES)
LOCKOUT_MINUTES: UnitRule[int] = UnitRule(
    "lockout_minutes", int, 15, "篇一 8；篇十一 (二)2",
    QT_TRANSLATE_NOOP("UnitRules", "输错后锁定的时长"), minimum=1, maximum=1440, suffix=_MIN)
IDLE_LOCK_MINUTES: UnitRule[int] = UnitRule(
    "idle_lock_minutes", int, 5, "篇一 8；篇十一 (二)2",
    QT_TRANSLATE_NOOP("UnitRules", "无操作多久后自动锁定"), minimum=1, maximum=120, suffix=_MIN)
LOSS_REPORT_HOURS: UnitRule[int] = UnitRule(
    "loss_report_hours", int, 24, "篇六 第八条；篇三 二十七",
    QT_TRANSLATE_NOOP("UnitRules", "发现丢失后须在多长时间内上报"), minimum=1, maximum=720,
    suffix=QT_TRANSLATE_NOOP("UnitRules", "小时"))

# A setting of the unit rather than a rule: the regulations ask for the unit on each label, and
# a long official name would be cut to an ambiguous prefix. Empty: the full name.
LABEL_UNIT_NAME: UnitRule[str] = UnitRule(
    "label_unit_name", str, "", "篇三 八",
    QT_TRANSLATE_NOOP("UnitRules", "标签上的单位简称（不填则用单位全称）"), maximum=20)
LEND_MEDIA_OTHER_DEPARTMENT: UnitRule[bool] = UnitRule(
    "allow_lend_media_other_department", bool, False, "篇一 8；篇四 (九)；篇十一 (二)4",
    QT_TRANSLATE_NOOP("UnitRules", "允许把涉密介质借给责任人所在部门以外的人员"))
PASSPHRASE_MAX_AGE: UnitRule[int] = UnitRule(
    "passphrase_max_age_days", int, 90, "篇十一 (二)2",
    QT_TRANSLATE_NOOP("UnitRules", "口令使用多久后提醒更换"), minimum=7, maximum=3650,
    suffix=_DAYS)
EXPIRY_WINDOW_DAYS: UnitRule[int] = UnitRule(
    "expiry_window_days", int, 30, "篇三 二十一",
    QT_TRANSLATE_NOOP("UnitRules", "保密期限届满前多少天列入到期审核清单"), minimum=0, maximum=3650,
    suffix=_DAYS)

INVENTORY_MONTHS_TOP_SECRET: UnitRule[int] = UnitRule(
    "inventory_months_top_secret", int, 1, "篇三 二十三；篇四 (十)",
    QT_TRANSLATE_NOOP("UnitRules", "绝密级载体清查周期"), minimum=1, maximum=6,
    suffix=QT_TRANSLATE_NOOP("UnitRules", "个月"))
INVENTORY_MONTHS_OTHER: UnitRule[int] = UnitRule(
    "inventory_months_other", int, 3, "篇三 二十三；篇四 (十)",
    QT_TRANSLATE_NOOP("UnitRules", "机密级、秘密级载体清查周期（季度 3，半年 6）"), minimum=1,
    maximum=6, suffix=QT_TRANSLATE_NOOP("UnitRules", "个月"))
CLIPBOARD_CLEAR_SECONDS: UnitRule[int] = UnitRule(
    "clipboard_clear_seconds", int, 30, "篇十一 (二)3",
    QT_TRANSLATE_NOOP("UnitRules", "复制到剪贴板的台账内容多久后清除"), minimum=5, maximum=600,
    suffix=QT_TRANSLATE_NOOP("UnitRules", "秒"))
DEEP_CHECK_MAX_AGE: UnitRule[int] = UnitRule(
    "deep_check_max_age_days", int, 7, "篇一 8；篇十一 (二)4",
    QT_TRANSLATE_NOOP("UnitRules", "超过多少天没有通过完整检查，备份标为“未经完整检查”"),
    minimum=1, maximum=365, suffix=_DAYS)
EXIT_PERIOD_WINDOW_DAYS: UnitRule[int] = UnitRule(
    "exit_period_window_days", int, 30, "篇七 第十一条",
    QT_TRANSLATE_NOOP("UnitRules", "脱密期届满前多少天列入“脱密期将满”清单"), minimum=0,
    maximum=3650, suffix=_DAYS)

# Rules of every value type side by side: each one's own T is checked where it is declared.
RULES: tuple[UnitRule[Any], ...] = (
    COPY_TOP_SECRET, COPY_SECRET_NEEDS_ORIGINATOR, TAKE_OUT_STATE_SECRET, CIRCULATION_DUE,
    LOAN_DUE, DESTROY_ONLY_AFTER_EXPIRY, MAX_FAILED_UNLOCKS, LOCKOUT_MINUTES, IDLE_LOCK_MINUTES,
    LABEL_UNIT_NAME, LOSS_REPORT_HOURS, LEND_MEDIA_OTHER_DEPARTMENT, PASSPHRASE_MAX_AGE,
    EXPIRY_WINDOW_DAYS, INVENTORY_MONTHS_TOP_SECRET, INVENTORY_MONTHS_OTHER, DEEP_CHECK_MAX_AGE,
    CLIPBOARD_CLEAR_SECONDS, EXIT_PERIOD_WINDOW_DAYS)
BY_KEY = {r.key: r for r in RULES}
assert len(BY_KEY) == len(RULES), "duplicate unit rule key"


def rule_value(ledger: Ledger, rule: UnitRule[T]) -> T:
    """The rule as this vault holds it; the regulation's default when never changed."""
    return rule.parse(ledger.setting(rule.key, rule.dump(rule.default)))


def change_unit_rule(ledger: Ledger, key: str, value: object, reason: str) -> bool:
    """Change one unit rule: one transaction, one audit event with old, new and the reason.

    Returns False (and writes nothing) when the rule already has that value.
    """
    rule = BY_KEY.get(key)
    if rule is None:
        raise RuleViolation("unit_rule.unknown", {"key": key}, "key")
    return _change(ledger, rule, value, reason)


def _change(ledger: Ledger, rule: UnitRule[T], value: object, reason: str) -> bool:
    new = rule.check(value)
    why = clean(reason, label="修改原因", field="reason", limit=LONG, required=True)
    with ledger.transaction() as tx:
        old = rule_value(ledger, rule)
        if new == old:
            return False
        tx.set_meta(rule.key, rule.dump(new))
        tx.audit("unit_rule_changed", [], {
            "key": rule.key, "label": rule.label, "source": rule.source,
            "old": rule.dump(old), "new": rule.dump(new), "reason": why})
    return True

__all__ = [
    "BY_KEY",
    "CIRCULATION_DUE",
    "CLIPBOARD_CLEAR_SECONDS",
    "COPY_SECRET_NEEDS_ORIGINATOR",
    "COPY_TOP_SECRET",
    "DEEP_CHECK_MAX_AGE",
    "DESTROY_ONLY_AFTER_EXPIRY",
    "EXIT_PERIOD_WINDOW_DAYS",
    "EXPIRY_WINDOW_DAYS",
    "IDLE_LOCK_MINUTES",
    "INVENTORY_MONTHS_OTHER",
    "INVENTORY_MONTHS_TOP_SECRET",
    "LABEL_UNIT_NAME",
    "LEND_MEDIA_OTHER_DEPARTMENT",
    "LOAN_DUE",
    "LOCKOUT_MINUTES",
    "LOSS_REPORT_HOURS",
    "MAX_FAILED_UNLOCKS",
    "PASSPHRASE_MAX_AGE",
    "RULES",
    "TAKE_OUT_STATE_SECRET",
    "UnitRule",
    "change_unit_rule",
    "rule_value",
]
