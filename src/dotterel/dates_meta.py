"""Publication-date strings from input metadata, normalised to ``YYYY-MM-DD``.

Covers what feeds, HTML meta tags and JSONL/CSV records carry: ISO dates and
datetimes, RFC 2822 (``Tue, 25 Feb 2020 10:00:00 GMT``), ``25 February 2020``,
``Feb 25, 2020``, ``2020/02/25``. Ambiguous numeric forms (``02/03/2020``) and
anything else give ``None``: no guessing.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re

from dotterel.errors import UsageError

MIN_YEAR = 1900
MAX_YEAR = 2100

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"

_ISO = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?:[T ].*)?")
_YMD = re.compile(r"(?P<year>\d{4})[/.](?P<month>\d{1,2})[/.](?P<day>\d{1,2})")
_COMPACT = re.compile(r"(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})")
_DMY_NUM = re.compile(r"(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<year>\d{4})")
_DAY_MONTH_YEAR = re.compile(_WEEKDAY + _DAY + r"(?:\s+of)?\s+" + _MONTH + r",?\s+" + _YEAR + r"\b.*", re.IGNORECASE)
_MONTH_DAY_YEAR = re.compile(_WEEKDAY + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r"\b.*", re.IGNORECASE)
_STRICT_OPTION = re.compile(r"\d{4}-\d{2}-\d{2}")


def _make(year: int, month: int, day: int) -> str | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def normalise_date(value: str | None) -> str | None:
    """``YYYY-MM-DD`` for a recognised date string, else ``None``.

    Datetimes keep the calendar date as written (no time-zone conversion).
    """
    if value is None:
        return None
    s = " ".join(str(value).split())
    if not s:
        return None
    m = _ISO.fullmatch(s) or _YMD.fullmatch(s) or _COMPACT.fullmatch(s)
    if m:
        return _make(int(m["year"]), int(m["month"]), int(m["day"]))
    m = _DAY_MONTH_YEAR.fullmatch(s) or _MONTH_DAY_YEAR.fullmatch(s)
    if m:
        return _make(int(m["year"]), _MONTHS[m["month"].lower()], int(m["day"]))
    m = _DMY_NUM.fullmatch(s)
    if m:
        a, b = int(m["a"]), int(m["b"])
        if a > 12 >= b:  # 25/02/2020: day first
            return _make(int(m["year"]), b, a)
        if b > 12 >= a:  # 02/25/2020: month first
            return _make(int(m["year"]), a, b)
        return None  # 02/03/2020 is ambiguous
    if "," in s or re.search(r"\d\d:\d\d", s):
        try:
            parsed = email.utils.parsedate_to_datetime(s)
        except (TypeError, ValueError, IndexError):
            return None
        return _make(parsed.year, parsed.month, parsed.day)
    return None


def validate_date_option(s: str) -> str:
    """Check a ``--date`` option value: a real calendar date written ``YYYY-MM-DD``."""
    value = s.strip()
    if _STRICT_OPTION.fullmatch(value) and _make(int(value[:4]), int(value[5:7]), int(value[8:10])):
        return value
    raise UsageError(f"invalid date '{s}': expected YYYY-MM-DD")
