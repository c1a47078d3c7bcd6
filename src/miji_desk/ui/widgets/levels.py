"""Level names, markings and regulation citations on screen, in the current language.

The vault keeps the standard level names and markings in Chinese (they are what is printed on
paper); the screen shows them through Qt's translation: 绝密★30年 reads "Top secret★30 years"
in the English UI. A unit's own level names (not in the catalogue) are shown as they are.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication


def level_text(name: str) -> str:
    """A level's name on screen: the standard names translated, a unit's own name as stored."""
    known = {
        "绝密": QCoreApplication.translate("Levels", "绝密"),
        "机密": QCoreApplication.translate("Levels", "机密"),
        "秘密": QCoreApplication.translate("Levels", "秘密"),
        "内部": QCoreApplication.translate("Levels", "内部"),
        "核心商密": QCoreApplication.translate("Levels", "核心商密"),
        "普通商密": QCoreApplication.translate("Levels", "普通商密"),
        "非密": QCoreApplication.translate("Levels", "非密"),
    }
    return known.get(name, name)


_YEARS = re.compile(r"^(\d+)年$")
_MONTHS = re.compile(r"^(\d+)个月$")
_DAY = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$")


def period_text(text: str) -> str:
    """The part after ★ (10年, 6个月, 长期, 2027年6月30日) on screen; a condition as typed."""
    if m := _YEARS.match(text):
        return QCoreApplication.translate("Levels", "{n}年").format(n=m.group(1))
    if m := _MONTHS.match(text):
        return QCoreApplication.translate("Levels", "{n}个月").format(n=m.group(1))
    long_term = QCoreApplication.translate("Levels", "长期")
    if text == "长期":
        return long_term
    if (m := _DAY.match(text)) and long_term != "长期":  # another language: an ISO date
        return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    return text


def marking_text(marking: str) -> str:
    """``机密★10年`` on screen: level and period each in the current language."""
    level, star, period = marking.partition("★")
    return level_text(level) + (star + period_text(period) if star else "")


def carrier_line(number: str, marking: str, title: str) -> str:
    """One carrier on one line: 编号, marking and title, spaced for the current language."""
    return QCoreApplication.translate("Levels", "{number}　{marking}　{title}").format(
        number=number, marking=marking_text(marking), title=title)


_NUMERALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _number(zh: str) -> str:
    """二十一 → 21 (the regulations number up to 99)."""
    if not zh or any(ch not in _NUMERALS and ch != "十" for ch in zh):
        return zh
    tens, _ten, ones = zh.partition("十")
    if not _ten:
        return str(_NUMERALS[zh])
    return str((_NUMERALS[tens] if tens else 1) * 10 + (_NUMERALS[ones] if ones else 0))


_PART = re.compile(r"篇([一二三四五六七八九十]+)")
_ARTICLE = re.compile(r"第([一二三四五六七八九十]+)条")
_ITEM = re.compile(r"([一二三四五六七八九十]+)")


def citation_text(cite: str) -> str:
    """A citation of the regulations (篇一 6；篇三 二十一、二十二) in the current language."""
    part = QCoreApplication.translate("Levels", "篇{n}")
    if part == "篇{n}":
        return cite
    text = _PART.sub(lambda m: part.format(n=_number(m.group(1))), cite)
    article = QCoreApplication.translate("Levels", "第{n}条")
    text = _ARTICLE.sub(lambda m: article.format(n=_number(m.group(1))), text)
    text = _ITEM.sub(lambda m: _number(m.group(1)), text)
    text = text.replace("；", "; ").replace("、", ", ").replace("（", " (").replace("）", ")")
    return re.sub(r"§\s*", "§", text).replace("§" + QCoreApplication.translate(
        "Levels", "第{n}条").split("{n}")[0], QCoreApplication.translate(
        "Levels", "第{n}条").split("{n}")[0])
