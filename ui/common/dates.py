"""Dates in the windows: the display format of every date field, and conversions between
Python's dates and Qt's."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

DATE_FORMAT = "dd/MM/yyyy"


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())
