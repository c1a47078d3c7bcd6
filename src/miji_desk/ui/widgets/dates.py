"""Qt's dates as Python's: PySide6 types ``toPython()`` as ``object``, so narrow it once here."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime


def py_date(value: QDate) -> dt.date:
    day = value.toPython()
    if not isinstance(day, dt.date):
        raise TypeError(f"QDate.toPython() gave {day!r}")
    return day


def py_datetime(value: QDateTime) -> dt.datetime:
    moment = value.toPython()
    if not isinstance(moment, dt.datetime):
        raise TypeError(f"QDateTime.toPython() gave {moment!r}")
    return moment


def q_datetime(moment: dt.datetime) -> QDateTime:
    """A naive datetime as the local wall-clock QDateTime, as ``QDateTime(moment)`` makes it."""
    return QDateTime(QDate(moment.year, moment.month, moment.day),
                     QTime(moment.hour, moment.minute, moment.second,
                           moment.microsecond // 1000))
