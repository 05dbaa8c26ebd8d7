"""Time expressions: a rule-based TIMEX3 tagger and normaliser, and event dates.

:func:`find_times` tags DATE / TIME / DURATION / SET expressions with compiled
regular expressions and normalises them to TIMEX3-style values resolved against
the publication date (``2020-02-25``, ``2020-W09``, ``2020-03``, ``2020``,
``199X``, ``2020-Q1``, ``P9Y``, ``PT5H``, ``PRESENT_REF`` ...).
:func:`event_date` picks the date of an event from the time expressions of its
sentence. The rules follow the TimeML 1.2.1 guidelines; see ``docs/dates.md``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..model import TimeExpr

__all__ = ["EventDate", "event_date", "find_times", "normalise_span", "parse_pub_date"]

# --------------------------------------------------------------------------- lexicon

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
                "tonight": "NI", "dawn": "MO", "noon": "MI"}
SEASONS = {"spring": ("SP", 0), "summer": ("SU", 1), "fall": ("FA", 2), "autumn": ("FA", 2), "winter": ("WI", 3)}
SEASON_CODES = ("SP", "SU", "FA", "WI")
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

_SMALL = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "a dozen": 12, "a couple of": 2,
    "a couple": 2, "a hundred": 100, "one hundred": 100, "half a": 0.5, "half an": 0.5,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}

# Unit word -> (TIMEX3 unit code, is a time-of-day unit)
UNITS = {"second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
         "week": ("W", False), "month": ("M", False), "year": ("Y", False), "decade": ("DE", False),
         "century": ("CE", False), "centurie": ("CE", False), "quarter": ("Q", False)}

_MONTH_FULL = r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_ABBR = r"(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MONTH_ANY = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
_WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WEEKDAY_ABBR = r"(?-i:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\."
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_NUM = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"a\s+couple(?:\s+of)?|a\s+dozen|a\s+hundred|one\s+hundred|half\s+an?|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|an?)"
)
_VAGUE_RE = r"(?:a\s+few|several|many|a\s+number\s+of|few|hundreds\s+of|dozens\s+of)"
_UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)|quarters?)"
# "six straight days", "two consecutive quarters", "five trading days": the unit keeps its length
_UNIT_ADJ = r"(?:(?:consecutive|straight|successive|trading|business|working|full|calendar)[\s-]+){0,2}"
_APPROX = r"(?:(?:about|around|nearly|almost|roughly|some|approximately|more\s+than|less\s+than|at\s+least|at\s+most|up\s+to|just|only|barely)\s+)"
_POD = r"(?:morning|afternoon|evening|night|overnight)"
_EDGE = (r"(?:(?:early|late|earlier|later|mid|the\s+(?:end|beginning|start|middle|rest|remainder|first\s+half|"
         r"second\s+half)\s+of)[\s-]+)")
_REL = r"(?:this|last|next|past|previous|coming|current|the\s+past|the\s+previous|the\s+coming|the\s+current)"
_PREP = r"(?:in|since|until|till|by|during|before|after|from|through|throughout|to|of|on|between|and|for|at)"

# ------------------------------------------------------------------------ date helpers


def parse_pub_date(pub_date: str | None) -> date | None:
    """``YYYY-MM-DD`` (longer ISO strings are cut to the day) -> date, else None."""
    if not pub_date:
        return None
    try:
        return date.fromisoformat(pub_date[:10])
    except ValueError:
        return None


def _iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _month_value(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _day_value(d: date) -> str:
    return d.isoformat()


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _parse_num(raw: str) -> float | str | None:
    """Number words / digits -> number; vague quantifiers -> 'X'."""
    s = " ".join(raw.lower().replace("-", " ").split())
    if re.fullmatch(_VAGUE_RE, s):
        return "X"
    if s in _SMALL:
        return _SMALL[s]
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", s):
        v = float(s.replace(",", ""))
        return int(v) if v.is_integer() else v
    parts = s.split()
    if parts and parts[0] in _TENS:
        return _TENS[parts[0]] + (_SMALL.get(parts[1], 0) if len(parts) > 1 else 0)
    return None


def _fmt_num(n: float | str) -> str:
    if isinstance(n, str):
        return n
    return str(int(n)) if float(n).is_integer() else str(n)


def _unit(word: str) -> tuple[str, bool]:
    w = word.lower()
    w = w.removesuffix("s")
    return UNITS[w]


def _duration(n: float | str, unit_word: str) -> str:
    code, timey = _unit(unit_word)
    if n == 0.5 and not isinstance(n, str):
        # "half an hour" -> PT30M, "half a year" -> P6M, "half a day" -> PT12H
        halves = {("H", True): "PT30M", ("M", True): "PT30S", ("Y", False): "P6M", ("D", False): "PT12H",
                  ("M", False): "P2W", ("W", False): "P3.5D", ("DE", False): "P5Y", ("CE", False): "P50Y"}
        if (code, timey) in halves:
            return halves[(code, timey)]
    if code in ("DE", "CE") and not isinstance(n, str):  # decades and centuries in years
        return f"P{_fmt_num(n * (10 if code == 'DE' else 100))}Y"
    return f"PT{_fmt_num(n)}{code}" if timey else f"P{_fmt_num(n)}{code}"


# ---------------------------------------------------------------------------- context


@dataclass(slots=True)
class _Ctx:
    """What a rule handler may read: the publication date and the source text (for tense)."""

    pub: date | None
    text: str
    _tense_cache: dict[tuple[int, int], str | None] = field(default_factory=dict)

    def tense(self, start: int, end: int) -> str | None:
        key = (start, end)
        if key not in self._tense_cache:
            self._tense_cache[key] = _tense_near(self.text, start, end)
        return self._tense_cache[key]


_FUTURE_MARKERS = (r"will|'ll|shall|should|going\s+to|to\s+be\s+held|scheduled\s+(?:to|for)|(?:is|are)\s+due|"
                   r"(?:is|are)\s+to|(?:is|are)\s+set\s+to|plans?\s+to|planned\s+for|expected\s+to|upcoming|next")
_PAST_IRREGULAR = (r"was|were|had|did|met|held|went|took|made|gave|came|left|won|lost|fought|fled|began|saw|"
                   r"killed|struck|hit|shot|stole|broke|fell|rose|sank|spoke|wrote|sent|led|paid|sold|bought|"
                   r"found|brought|thought|became|ran|kept|built|drove|threw|ago|last|earlier|previously")
_REPORTING = {"said", "told", "announced", "added", "reported", "stated", "claimed", "confirmed", "noted",
              "explained", "warned", "insisted", "argued", "declared", "asked", "replied", "according"}
_TENSE_RE = re.compile(rf"\b(?:(?P<fut>{_FUTURE_MARKERS})|(?P<past>{_PAST_IRREGULAR}|[a-z]+ed))\b", re.IGNORECASE)
_NOT_PAST_ED = {"need", "speed", "seed", "feed", "bed", "red", "shed", "proceed", "succeed", "indeed", "exceed",
                "united", "based", "alleged", "armed", "so-called", "called", "expected", "scheduled",
                "planned", "detailed", "limited", "advanced", "related", "interested", "concerned",
                "supposed", "proposed", "used", "required", "opposed", "designed", "aimed", "intended"}


_AFTER_BE = re.compile(r"\bbe\s+$", re.IGNORECASE)
_TENSE_REACH = 60  # characters: a cue further away usually belongs to another clause


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind("? ", 0, start),
               text.rfind("! ", 0, start))
    s = left + 1 if left >= 0 else 0
    rights = [i for i in (text.find(". ", end), text.find("\n", end), text.find("? ", end),
                          text.find("! ", end)) if i >= 0]
    e = min(rights) + 1 if rights else len(text)
    return s, e


def _tense_near(text: str, start: int, end: int) -> str | None:
    """'past' / 'future' / None from the tense marker nearest to the span in its sentence.

    Reporting verbs ("said", "told") are skipped: they date the report, not the event.
    """
    s, e = _sentence_bounds(text, start, end)
    best: tuple[int, str] | None = None
    for m in _TENSE_RE.finditer(text, s, e):
        if start <= m.start() < end:
            continue
        word = m.group(0).lower()
        if word in _REPORTING:
            continue
        if m.group("past") and word.endswith("ed") and word in _NOT_PAST_ED:
            continue
        if m.group("past") and word.endswith("ed") and _AFTER_BE.search(text, max(0, m.start() - 4), m.start()):
            continue  # "should be completed": a participle after "be" carries no tense
        kind = "future" if m.group("fut") else "past"
        if word == "next" or word == "last":  # only as tense hints when not part of the span itself
            kind = "future" if word == "next" else "past"
        dist = start - m.end() if m.end() <= start else m.start() - end
        if best is None or dist < best[0]:
            best = (dist, kind)
    return best[1] if best and best[0] <= _TENSE_REACH else None


# ------------------------------------------------------------------------------ rules

Result = tuple[str, str | None] | tuple[str, str | None, "_Anchor"]


@dataclass(frozen=True, slots=True)
class _Anchor:
    """A shift relative to the temporal focus (the last calendar DATE before the expression).

    ``always``: use the focus whatever its granularity ("a year earlier"); otherwise only a
    quarter or half-year focus ("a year ago" in an earnings report). ``k``/``unit`` shift it.
    """

    k: int
    unit: str
    always: bool = False
    period: bool = False  # "the quarter": the focus quarter itself, or the last completed quarter
    coarse: bool = False  # "that year", "the same day": the focus at the unit's granularity
Handler = Callable[[re.Match[str], _Ctx, int], Result | None]


@dataclass(frozen=True, slots=True)
class _Rule:
    name: str
    pattern: re.Pattern[str]
    handler: Handler
    bare: bool = False  # only used when normalising a given span (no context needed)


def _month_num(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _nearest_year(ctx: _Ctx, m: int, d: int | None, pos: tuple[int, int]) -> int | None:
    """Year that puts month m (day d) nearest the pub date, a future gap counting double.

    A bare month equal to the pub month is the pub month itself.
    """
    pub = ctx.pub
    if pub is None:
        return None
    if d is None and m == pub.month:
        return pub.year
    if d is None and not _past_verb_before(ctx, pos[0]) and ctx.tense(*pos) == "future":
        return pub.year if m > pub.month else pub.year + 1  # "should be completed in October"
    best: tuple[int, bool, int] | None = None
    for y in (pub.year - 1, pub.year, pub.year + 1):
        dd = _safe_date(y, m, d or 15) or _safe_date(y, m, 28)
        if dd is None:
            continue
        gap = (dd - pub).days
        key = (2 * gap if gap > 0 else -gap, dd > pub, y)  # news looks back: a future gap counts double
        if best is None or key < best:
            best = key
    return best[2] if best else None


_PAST_RIGHT_BEFORE = re.compile(rf"\b(?P<v>{_PAST_IRREGULAR}|said|told|[a-z]+ed)\s+(?:(?:on|in)\s+)?$", re.IGNORECASE)


def _past_verb_before(ctx: _Ctx, start: int) -> bool:
    """A past-tense verb right before ``start`` ("announced Friday", "said on Monday", "fell in May")."""
    verb = _PAST_RIGHT_BEFORE.search(ctx.text, max(0, start - 30), start)
    if verb is None or verb["v"].lower() in _NOT_PAST_ED:
        return False
    return not _AFTER_BE.search(ctx.text, max(0, verb.start() - 4), verb.start())


def _weekday_date(ctx: _Ctx, wd: int, mod: str | None, pos: tuple[int, int]) -> date | None:
    pub = ctx.pub
    if pub is None:
        return None
    back = (pub.weekday() - wd) % 7  # days back to the most recent such day (0 = pub)
    fwd = (wd - pub.weekday()) % 7
    mod = " ".join((mod or "").lower().replace("the ", "").split())
    if mod in ("last", "past", "previous", "this past"):
        return pub - timedelta(days=back or 7)
    if mod == "next":
        return pub + timedelta(days=fwd or 7)
    if mod in ("this", "coming"):
        if mod == "this" and ctx.tense(*pos) == "past":
            return pub - timedelta(days=back)
        return pub + timedelta(days=fwd)
    if _past_verb_before(ctx, pos[0]):
        # "announced Friday", "said on Monday": the verb right before the day is in the past
        return pub - timedelta(days=back)
    tense = ctx.tense(*pos)
    if fwd and (tense == "future" or (tense is None and 2 * fwd < back)):
        # future cue -> the next such day; no cue -> the nearer day, a future gap counting double
        return pub + timedelta(days=fwd)
    return pub - timedelta(days=back)


def _pod(word: str | None) -> str | None:
    return PARTS_OF_DAY.get(word.lower()) if word else None


def _rel_value(ctx: _Ctx, unit: str, k: int) -> str | None:
    """Value of the unit containing the pub date shifted by k units."""
    pub = ctx.pub
    if pub is None:
        return None
    u = unit.lower().rstrip("s")
    if u == "day":
        return _day_value(pub + timedelta(days=k))
    if u == "week":
        return _iso_week(pub + timedelta(weeks=k))
    if u == "weekend":
        return _iso_week(pub + timedelta(weeks=k)) + "-WE"
    if u == "month":
        return _month_value(*_add_months(pub.year, pub.month, k))
    if u == "quarter":
        q = (pub.month - 1) // 3 + k
        return f"{pub.year + q // 4}-Q{q % 4 + 1}"
    if u == "year":
        return str(pub.year + k)
    if u == "decade":
        return f"{pub.year // 10 + k}"
    if u in ("century", "centurie"):
        return f"{pub.year // 100 + k:02d}"
    if u in SEASONS:
        code, idx = SEASONS[u]
        if k == 0:
            return f"{pub.year}-{code}"
        cur = _season_index(pub)
        step = 1 if k > 0 else -1
        target = cur + step
        while target % 4 != idx:
            target += step
        return f"{target // 4}-{SEASON_CODES[target % 4]}"
    return None


def _season_index(d: date) -> int:
    """Seasons counted from spring of year 0; winter belongs to the year it starts in."""
    m = d.month
    if m in (3, 4, 5):
        s, y = 0, d.year
    elif m in (6, 7, 8):
        s, y = 1, d.year
    elif m in (9, 10, 11):
        s, y = 2, d.year
    else:
        s, y = 3, d.year if m == 12 else d.year - 1
    return y * 4 + s


_REL_SHIFT = {"this": 0, "current": 0, "the current": 0, "last": -1, "past": -1, "previous": -1,
              "the past": -1, "the previous": -1, "this past": -1, "next": 1, "coming": 1, "the coming": 1}


def _norm_mod(s: str) -> str:
    return " ".join(s.lower().split())


# handlers ---------------------------------------------------------------------------


def _h_iso(m: re.Match[str], ctx: _Ctx, off: int) -> Result | None:
    d = _safe_date(int(m["y"]), int(m["mo"]), int(m["d"]))
    return ("DATE", d.isoformat()) if d else None


def _h_slash(m: re.Match[str], ctx: _Ctx, off: int) -> Result | None:
    y = int(m["y"])
    if y < 100:
        y += 1900 if y >= 30 else 2000
    d = _safe_date(y, int(m["mo"]), int(m["d"]))
    return ("DATE", d.isoformat()) if d else None


def _full_date(m: re.Match[str], ctx: _Ctx, off: int) -> Result | None:
    mo = _month_num(m["mon"])
    day = int(re.match(r"\d+", m["day"]).group(0))  # type: ignore[union-attr]
    pos = (m.start() + off, m.end() + off)
    if m["year"]:
        y: int | None = int(m["year"])
    elif m["wd"] and ctx.pub is not None:
        # a weekday pins the year: take the nearest year where that day is that weekday
        wd = _wd_num(m["wd"])
        ys = [y for y in (ctx.pub.year, ctx.pub.year - 1, ctx.pub.year + 1)
              if (dd := _safe_date(y, mo, day)) and dd.weekday() == wd]
        y = ys[0] if ys else _nearest_year(ctx, mo, day, pos)
    else:
        y = _nearest_year(ctx, mo, day, pos)
    pod = _pod(m["pod"]) if "pod" in m.groupdict() else None
    if y is None:
        base = f"XXXX-{mo:02d}-{day:02d}"
    else:
        d = _safe_date(y, mo, day)
        if d is None:
            return None
        base = d.isoformat()
    return ("TIME", f"{base}T{pod}") if pod else ("DATE", base)


def _wd_num(word: str) -> int:
    """'Tuesday' / 'Tue.' / 'Thurs.' -> 0..6 (Monday = 0)."""
    return ("mon", "tue", "wed", "thu", "fri", "sat", "sun").index(word.lower()[:3])


def _h_month_year(m: re.Match[str], ctx: _Ctx, off: int) -> Result | None:
    return ("DATE", _month_value(int(m["year"]), _month_num(m["mon"])))


_OF_REL_YEAR = re.compile(r"\s+of\s+(?P<rel>this|last|next)\s+year\b", re.IGNORECASE)


def _h_month(m: re.Match[str], ctx: _Ctx, off: int) -> Result | None:
    mo = _month_num(m["mon"])
    mod = _norm_mod(m["rel"] or "") if "rel" in m.groupdict() else ""
    if ctx.pub is None:
        return ("DATE", f"XXXX-{mo:02d}")
    if mod in ("last", "past", "previous"):
        y = ctx.pub.year if mo < ctx.pub.month else ctx.pub.year - 1
    elif mod in ("next", "coming"):
        y = ctx.pub.year if mo > ctx.pub.month else ctx.pub.year + 1
    elif mod == "this":
        y = ctx.pub.year
    elif of_year := _OF_REL_YEAR.match(ctx.text, m.end("mon") + off):
        y = ctx.pub.year + _REL_SHIFT[of_year["rel"].lower()]  # "October of next year"
    else:
        t = m.span("t")
        y = _nearest_year(ctx, mo, None, (t[0] + off, t[1] + off))  # type: ignore[assignment]
    return ("DATE", _month_value(y, mo))


def _h_year(m: re.Match[str], ctx: _Ctx, off: int) -> Result | None:
    return ("DATE", m["year"])


def _h_decade(m: re.Match[str], ctx: _Ctx, off: int) -> Result | None:
    raw = m["dec"]
    # TimeML 1.2.1 guidelines: a decade is its first three digits ("the 1990s" -> "199")
    if len(raw) == 4:
        return ("DATE", raw[:3])
    two = int(raw[-2:])
    century = 19 if two >= 30 else 20
    return ("DATE", f"{century}{raw[-2]}")


def _h_century(m: re.Match[str], ctx: _Ctx, off: int) -> Result | None:
    n = int(re.match(r"\d+", m["cent"]).group(0)) if m["cent"][0].isdigit() else ORDINAL_WORDS[m["cent"].lower()]  # type: ignore[union-attr]
    return ("DATE", f"{n - 1:02d}")


ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
                 "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
                 "nineteenth": 19, "twentieth": 20, "twenty-first": 21}


def _h_deictic_day(m: re.Match[str], ctx: _Ctx, off: int) -> Result | None:
    word = " ".join(m["w"].lower().split())
    pod = _pod(m["pod"]) if m["pod"] else None
    if word == "tonight":
        pod = "NI"
    if word == "last night":
        word, pod = "yesterday", "NI"
    if word in ("this morning", "this afternoon", "this evening"):
        pod, word = PARTS_OF_DAY[word.split()[1]], "today"
    shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
             "the day after tomorrow": 2}[word]
    if ctx.pub is None:
        return ("TIME" if pod else "DATE", None)
    base = _day_value(ctx.pub + timedelta(days=shift))
    return ("TIME", f"{base}T{pod}") if pod else ("DATE", base)


def _h_weekday(m: re.Match[str], ctx: _Ctx, off: int) -> Result | None:
    wd = _wd_num(m["wd"])
    pos = (m.start() + off, m.end() + off)
    d = _weekday_date(ctx, wd, m["rel"], pos)
    pod = _pod(m["pod"]) if m["pod"] else None
    if d is None:
        base = f"XXXX-WXX-{wd + 1}"
    else:
        base = d.isoformat()
    return ("TIME", f"{base}T{pod}") if pod else ("DATE", base)


_COMPARISON_BEFORE = re.compile(r"\b(?:from|than|over|with|versus|vs\.?|against)\s+(?:the\s+)?$", re.IGNORECASE)


def _h_rel_unit(m: re.Match[str], ctx: _Ctx, off: int) -> Result | None:
    rel = _norm_mod(m["rel"])
    unit = m["unit"].lower()
    if unit == "fall" or unit == "autumn":
        unit = "fall"
    k = _REL_SHIFT.get(rel, 0)
    if ctx.pub is None:
        return ("DATE", None)
    before = ctx.text[max(0, m.start() + off - 30): m.start() + off]
    if unit == "year" and k == -1 and _COMPARISON_BEFORE.search(before):
        # "profit rose from last year" after a quarter in focus: the same quarter a year before
        return ("DATE", _rel_value(ctx, unit, k), _Anchor(-1, "year", always=True))
    return ("DATE", _rel_value(ctx, unit, k))


def _h_the_unit(m: re.Match[str], ctx: _Ctx, off: int) -> Result | None:
    """'the year', 'the weekend', 'the summer': the current one, or by tense."""
    unit = m["unit"].lower()
    if ctx.pub is None:
        return ("DATE", None)
    t = m.span("t")
    tense = ctx.tense(t[0] + off, t[1] + off)
    if unit == "weekend":
        k = -1 if tense == "past" and ctx.pub.weekday() < 5 else 0
        return ("DATE", _rel_value(ctx, "weekend", k))
    if unit in SEASONS:
        cur = _season_index(ctx.pub)
        if cur % 4 == SEASONS[unit][1]:  # the season we are in, whatever the tense
            return ("DATE", f"{cur // 4}-{SEASON_CODES[cur % 4]}")
        k = -1 if tense == "past" else (1 if tense == "future" else 0)
        if k == 0:
            return ("DATE", _rel_value(ctx, unit, 0))
        return ("DATE", _rel_value(ctx, unit, k))
    return ("DATE", _rel_value(ctx, unit, 0))


def _h_season_year(m: re.Match[str], ctx: _Ctx, off: int) -> Result | None:
    return ("DATE", f"{m['year']}-{SEASONS[m['unit'].lower()][0]}")


def _h_quarter(m: re.Match[str], ctx: _Ctx, off: int) -> Result | None:
    q = ORDINALS[m["ord"].lower()]
    half = m["qh"].lower().startswith("half")
    code = "H" if half else "Q"
    if m["year"]:
        return ("DATE", f"{m['year']}-{code}{q}")
    if ctx.pub is None:
        return ("DATE", f"XXXX-{code}{q}")
    rel = m["rel"] or m["rel2"]
    if rel:  # "last year's third quarter", "the first half of next year"
        k = _REL_SHIFT.get(_norm_mod(rel), 0)
        return ("DATE", f"{ctx.pub.year + k}-{code}{q}")
    n = 2 if half else 4
    cur = (ctx.pub.month - 1) // (12 // n) + 1
    back = (cur - q) % n
    fwd = (q - cur) % n
    y = ctx.pub.year
    if back == 0:
        return ("DATE", f"{y}-{code}{q}")
    # past tense -> the most recent such period; else the nearest, ties to the past (a future
    # verb does not move it: "will report third-quarter results" is about a finished quarter)
    if back <= fwd or ctx.tense(m.start() + off, m.end() + off) == "past":
        return ("DATE", f"{y if q < cur else y - 1}-{code}{q}")
    return ("DATE", f"{y if q > cur else y + 1}-{code}{q}")


def _h_quarter_last(m: re.Match[str], ctx: _Ctx, off: int) -> Result | None:
    if m["year"]:
        return ("DATE", f"{m['year']}-Q4")
    if ctx.pub is None:
        return ("DATE", None)
    return ("DATE", f"{ctx.pub.year + _REL_SHIFT.get(_norm_mod(m['rel']), 0)}-Q4")


def _h_fiscal(m: re.Match[str], ctx: _Ctx, off: int) -> Result | None:
    y = m["year"]
    if len(y) == 2:
        y = ("19" if int(y) >= 30 else "20") + y
    return ("DATE", y)


def _h_ago(m: re.Match[str], ctx: _Ctx, off: int) -> Result | None:
    n = _parse_num(m["n"]) if m["n"] else "X"
    unit = m["unit"].lower().rstrip("s")
    if unit == "centurie":
        unit = "century"
    word = m["dir"].lower()
    direction = -1 if word in ("ago", "earlier", "before", "previously") else 1
    anchored = word not in ("ago", "from now", "hence")
    if n == "X" or n is None or not float(n).is_integer():
        return ("DATE", "PAST_REF" if direction < 0 else "FUTURE_REF")
    k = int(n) * direction
    anchor = _Anchor(k, unit, always=anchored)
    if ctx.pub is None:
        return ("DATE", None, anchor)
    if unit in ("hour", "minute", "second"):
        return ("DATE", _day_value(ctx.pub)) if unit != "hour" or abs(k) < 24 else ("DATE", None)
    if unit == "decade":
        return ("DATE", str(ctx.pub.year + 10 * k))
    if unit == "century":
        return ("DATE", f"{ctx.pub.year // 100 + k:02d}")
    return ("DATE", _rel_value(ctx, unit, k), anchor)


def _h_period(m: re.Match[str], ctx: _Ctx, off: int) -> Result | None:
    """'the quarter', 'the latest quarter', 'the year-ago quarter': the quarter in focus."""
    k = -1 if m["ago"] else 0
    anchor = _Anchor(k, "year", period=True)
    if ctx.pub is None:
        return ("DATE", None, anchor)
    q = (ctx.pub.month - 1) // 3 - 1  # the last completed quarter
    y = ctx.pub.year + q // 4 + k
    return ("DATE", f"{y}-Q{q % 4 + 1}", anchor)


def _h_same_ago(m: re.Match[str], ctx: _Ctx, off: int) -> Result | None:
    anchor = _Anchor(-1, "year", always=True)
    if ctx.pub is None:
        return ("DATE", None, anchor)
    unit = m["u"].lower()
    if unit in ("period", "time"):
        return ("DATE", str(ctx.pub.year - 1), anchor)
    d = ctx.pub.replace(year=ctx.pub.year - 1) if not (ctx.pub.month == 2 and ctx.pub.day == 29) else \
        ctx.pub.replace(year=ctx.pub.year - 1, day=28)
    value = {"day": _day_value(d), "week": _iso_week(d), "month": _month_value(d.year, d.month)}.get(unit)
    if unit == "quarter":
        value = f"{d.year}-Q{(d.month - 1) // 3 + 1}"
    return ("DATE", value, anchor)


def _h_anaphoric(m: re.Match[str], ctx: _Ctx, off: int) -> Result | None:
    """'that year', 'the same day', 'the following week': the unit of the temporal focus (TimeML)."""
    unit = m["unit"].lower()
    det = _norm_mod(m["det"])
    k = 1 if det.endswith(("following", "next", "after")) else (-1 if det.endswith(("previous", "before", "prior"))
                                                                 else 0)
    anchor = _Anchor(k, unit, always=True, coarse=True)
    if ctx.pub is None:
        return ("DATE", None, anchor)
    return ("DATE", _rel_value(ctx, unit, k), anchor)  # no focus: relative to the pub date


def _h_the_day(m: re.Match[str], ctx: _Ctx, off: int) -> Result | None:
    anchor = _Anchor(0, "day", always=True, coarse=True)
    return ("DATE", _day_value(ctx.pub) if ctx.pub else None, anchor)


def _h_anaphoric_post(m: re.Match[str], ctx: _Ctx, off: int) -> Result | None:
    unit = (m["unit"] or m["unit2"]).lower()
    k = -1 if m["det"] else 0
    anchor = _Anchor(k, unit, always=True, coarse=True)
    if ctx.pub is None:
        return ("DATE", None, anchor)
    return ("DATE", _rel_value(ctx, unit, k), anchor)


def _h_fiscal_year(m: re.Match[str], ctx: _Ctx, off: int) -> Result | None:
    """'this fiscal year', 'the current fiscal year', 'last fiscal year': the pub year shifted."""
    if ctx.pub is None:
        return ("DATE", None)
    return ("DATE", str(ctx.pub.year + _REL_SHIFT.get(_norm_mod(m["rel"] or ""), 0)))


def _h_year_end(m: re.Match[str], ctx: _Ctx, off: int) -> Result | None:
    """'year-end', 'the year's end': the current year (the end of the previous one early in a year, in the past)."""
    if ctx.pub is None:
        return ("DATE", None)
    if m["rel"]:
        return ("DATE", str(ctx.pub.year + _REL_SHIFT.get(_norm_mod(m["rel"]), 0)))
    past = ctx.pub.month <= 2 and ctx.tense(m.start() + off, m.end() + off) == "past"
    return ("DATE", str(ctx.pub.year - 1 if past else ctx.pub.year))


_WORD_UNITS = {w: i for i, w in enumerate(("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                           "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                                           "sixteen", "seventeen", "eighteen", "nineteen"))}


def _words_to_int(words: str) -> int | None:
    total = 0
    for w in re.split(r"[\s-]+", words.lower()):
        if w in ("and", "oh", ""):
            continue
        if w in _WORD_UNITS:
            total += _WORD_UNITS[w]
        elif w in _TENS:
            total += _TENS[w]
        else:
            return None
    return total


def _h_word_year(m: re.Match[str], ctx: _Ctx, off: int) -> Result | None:
    if m["thousand"] is not None:
        tail = re.sub(r"(?i)^two\s+thousand\s*", "", m["thousand"])
        rest = _words_to_int(tail) if tail else 0
        return ("DATE", f"{2000 + rest}") if rest is not None else None
    hi = _words_to_int(m["hi"])
    lo = _words_to_int(m["lo"])
    if hi is None or lo is None or lo > 99:
        return None
    return ("DATE", f"{hi * 100 + lo}")


def _easter(y: int) -> date:
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(y, month, day)


def _holiday(name: str, y: int) -> date:
    n = " ".join(name.lower().replace("’", "'").split())
    if n.startswith("christmas eve"):
        return date(y, 12, 24)
    if n.startswith("christmas"):
        return date(y, 12, 25)
    if n.startswith("new year's eve"):
        return date(y, 12, 31)
    if n.startswith("new year"):
        return date(y, 1, 1)
    if n.startswith("independence"):
        return date(y, 7, 4)
    if n.startswith("thanksgiving"):
        return _nth_weekday(y, 11, 3, 4)
    fixed = {"valentine": (2, 14), "halloween": (10, 31), "veterans": (11, 11), "armistice": (11, 11),
             "boxing": (12, 26), "may day": (5, 1), "bastille": (7, 14)}
    for key, (mo, d) in fixed.items():
        if n.startswith(key):
            return date(y, mo, d)
    if n.startswith("labor"):
        return _nth_weekday(y, 9, 0, 1)
    if n.startswith("memorial"):
        return _nth_weekday(y, 5, 0, -1)
    if n.startswith("election"):  # US: the Tuesday after the first Monday of November
        return _nth_weekday(y, 11, 0, 1) + timedelta(days=1)
    if n.startswith("good friday"):
        return _easter(y) - timedelta(days=2)
    return _easter(y)


def _nth_weekday(y: int, month: int, wd: int, n: int) -> date:
    """The n-th weekday ``wd`` (Monday = 0) of a month; n = -1 is the last one."""
    if n > 0:
        first = date(y, month, 1)
        return first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    last = date(y + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - wd) % 7)


def _h_holiday(m: re.Match[str], ctx: _Ctx, off: int) -> Result | None:
    name = m["hol"]
    if m["year"]:
        return ("DATE", _holiday(name, int(m["year"])).isoformat())
    if ctx.pub is None:
        return ("DATE", None)
    pub = ctx.pub
    best = min((_holiday(name, y) for y in (pub.year - 1, pub.year, pub.year + 1)),
               key=lambda d: (abs((d - pub).days), d > pub))
    return ("DATE", best.isoformat())


_ORDINAL_SECOND = re.compile(r"\s+(?!(?:of|in|or|and|to|for|later|earlier|ago|before|after|long|old|at|on|"
                             r"until|since|from|with|the|a|an)\b)[A-Za-z0-9]")
_FRACTION_OF = re.compile(r"\s*,?\s+of\b(?!\s+(?:(?:fiscal\s+)?\d{4}|this|last|next|the\s+(?:fiscal\s+)?year)\b)",
                          re.IGNORECASE)


def _h_duration(m: re.Match[str], ctx: _Ctx, off: int) -> Result | None:
    n = _parse_num(m["n"]) if m["n"] else 1
    if n is None:
        return None
    unit = m["unit"]
    after = ctx.text[m.end() + off: m.end() + off + 30]
    if unit.lower() == "second" and _ORDINAL_SECOND.match(after):
        return None  # "a second A380", "a second consecutive day": the ordinal
    if unit.lower() == "quarter" and _FRACTION_OF.match(after):
        return None  # "about a quarter of its dealers": a fraction
    if m["more"]:  # "two and a half years"
        if isinstance(n, str):
            return None
        n = n + 0.5
    return ("DURATION", _duration(n, unit))


def _h_vague_duration(m: re.Match[str], ctx: _Ctx, off: int) -> Result | None:
    return ("DURATION", _duration("X", m["unit"]))


def _h_set(m: re.Match[str], ctx: _Ctx, off: int) -> Result | None:
    g = m.groupdict()
    if g.get("adv"):
        return ("SET", {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
                        "hourly": "PT1H", "nightly": "P1D", "quarterly": "P1Q"}[g["adv"].lower()])
    if g.get("swd"):
        return ("SET", f"XXXX-WXX-{WEEKDAYS[g['swd'].lower()] + 1}")
    if g.get("spod"):
        return ("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[g['spod'].lower()]}")
    n = _parse_num(g["sn"]) if g.get("sn") else 1
    if n is None or isinstance(n, str):
        n = 1
    return ("SET", _duration(n, g["sunit"]))


def _h_ref(m: re.Match[str], ctx: _Ctx, off: int) -> Result | None:
    w = " ".join(m.group("t").lower().split())
    if w in ("recently", "lately", "the past", "previously", "in the past", "once", "formerly"):
        return ("DATE", "PAST_REF")
    if w.startswith("recent"):
        return ("DATE", "PAST_REF")
    if w in ("the future", "soon", "in the future", "future", "later", "someday", "some day", "eventually",
             "a later date", "the long run") or w.endswith(("future", "term")):
        return ("DATE", "FUTURE_REF")
    if w in ("once", "earlier", "at one time", "the old days"):
        return ("DATE", "PAST_REF")
    return ("DATE", "PRESENT_REF")


# a clock time without its own day: takes the day named in its sentence (see _clock_days)
_CLOCK_ANCHOR = _Anchor(0, "clock")


def _h_clock(m: re.Match[str], ctx: _Ctx, off: int) -> Result | None:
    if m["noon"]:
        hh, mm = (12, 0) if m["noon"].lower() == "noon" else (24, 0)
    else:
        hh = int(m["h"] or m["h2"] or m["h3"])
        mm = int(m["mi"] or m["mi2"] or m["mi3"] or 0)
        ampm = (m["ampm"] or "").lower().replace(".", "")
        if ampm == "pm" and hh < 12:
            hh += 12
        elif ampm == "am" and hh == 12:
            hh = 0
        if hh > 24 or mm > 59:
            return None
    ref = m["pre"] or m["post"]
    anchor = None if ref else _CLOCK_ANCHOR
    day: str | None = None
    if ctx.pub is not None:
        d = ctx.pub
        if ref:
            r = ref.lower().rstrip(".")
            if r in ("yesterday", "today", "tomorrow"):
                d = ctx.pub + timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[r])
            else:
                d = _weekday_date(ctx, _wd_num(r), None, (m.start() + off, m.end() + off)) or d
        day = d.isoformat()
    if day is None:
        return ("TIME", None)
    # ISO 8601: a time given in UTC / GMT carries the zone designator "Z"
    zone = "Z" if any((m[g] or "").upper() in ("UTC", "GMT", "Z") for g in ("tz1", "tz3", "tz")) else ""
    clock = "24:00" if hh == 24 else f"{hh:02d}:{mm:02d}"
    if anchor is None:
        return ("TIME", f"{day}T{clock}{zone}")
    return ("TIME", f"{day}T{clock}{zone}", anchor)


def _h_bare_weekday(m: re.Match[str], ctx: _Ctx, off: int) -> Result | None:
    return _h_weekday(m, ctx, off)


# patterns ---------------------------------------------------------------------------

_F = re.IGNORECASE


def _r(name: str, pattern: str, handler: Handler, bare: bool = False) -> _Rule:
    return _Rule(name, re.compile(pattern, _F), handler, bare)


_WD_ANY = rf"(?:{_WEEKDAY}|{_WEEKDAY_ABBR})"
_NOT_NUMBER_AFTER = r"(?![\d,.]\d|\s*(?:%|percent\b|per\s+cent\b))"
_NOT_NUMBER_BEFORE = r"(?<![\d$€£#.,/-])"

RULES: tuple[_Rule, ...] = (
    _r("iso", r"\b(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})\b", _h_iso),
    _r("slash", r"(?<![\d/])(?P<mo>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])/(?P<y>\d{4}|\d{2})(?![\d/])",
       _h_slash),
    # Tuesday, March 5, 2020 / March 5 / Tuesday night, March 5
    _r("mdy", rf"(?:(?P<wd>{_WD_ANY})(?:\s+(?P<pod>{_POD}))?,?\s+)?(?P<mon>{_MONTH_ANY})\s+(?P<day>{_DAYNUM})\b"
              rf"(?!\s*(?:%|percent))(?:,?\s+(?P<year>{_YEAR})\b)?", _full_date),
    # 5 March 2020 / the 5th of March
    _r("dmy", rf"(?:(?P<wd>{_WD_ANY})(?:\s+(?P<pod>{_POD}))?,?\s+)?(?:the\s+)?(?<![\d.,])(?P<day>{_DAYNUM})"
              rf"\s+(?:of\s+)?(?P<mon>{_MONTH_ANY})(?:,?\s+(?P<year>{_YEAR})\b)?", _full_date),
    _r("month_year", rf"(?:{_EDGE})?(?P<mon>{_MONTH_ANY})(?:,|\s+of)?\s+(?P<year>{_YEAR})\b", _h_month_year),
    # in March / early March / last March
    _r("month_rel", rf"(?P<t>(?:{_EDGE})?(?P<rel>this|last|next|past|coming)\s+(?P<mon>{_MONTH_FULL}))\b",
       _h_month),
    _r("month_edge", rf"(?P<t>{_EDGE}(?P<mon>{_MONTH_FULL}))\b", _h_month),
    _r("month_prep", rf"\b{_PREP}\s+(?P<t>(?P<mon>{_MONTH_FULL}))\b(?!\s+\d)", _h_month),
    _r("month_bare", rf"^(?P<t>(?:{_EDGE})?(?P<mon>{_MONTH_ANY}))$", _h_month, bare=True),
    _r("season_year", rf"(?:{_EDGE})?(?:the\s+)?(?P<unit>spring|summer|fall|autumn|winter)(?:\s+of)?,?\s+"
                      rf"(?P<year>{_YEAR})\b", _h_season_year),
    _r("quarter", rf"(?:{_EDGE})?(?:the\s+|its\s+|their\s+|(?P<rel>this|last|next|the\s+current|the\s+previous|"
                  rf"the\s+past|the\s+coming)\s+year['\u2019]s\s+)?"
                  rf"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)"
                  rf"(?:[\s-]+(?:fiscal|calendar))?[\s-]+(?P<qh>quarter|half)\b(?!\s+(?:of\s+)?(?:a|an|the)\b)"
                  rf"(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<year>{_YEAR})\b|"
                  rf"\s+of\s+(?P<rel2>this|last|next|the\s+current|the\s+previous|the\s+past|the\s+coming)"
                  rf"\s+(?:fiscal\s+)?year\b)?", _h_quarter),
    # "the final quarter of 2009", "the last quarter of this year": the fourth
    _r("quarter_last", rf"(?:the\s+)?(?:final|last)(?:[\s-]+fiscal)?\s+quarter\s+of\s+(?:(?:fiscal\s+)?"
                       rf"(?P<year>{_YEAR})\b|(?P<rel>this|last|next|the\s+current|the\s+previous|the\s+past|"
                       rf"the\s+coming)\s+(?:fiscal\s+)?year\b)",
       lambda m, c, o: _h_quarter_last(m, c, o)),
    _r("fiscal", rf"\b(?:fiscal|FY)(?:\s+year)?\s*(?P<year>{_YEAR}|'?\d\d)\b", _h_fiscal),
    _r("year_edge", rf"(?:{_EDGE})(?P<year>{_YEAR})\b{_NOT_NUMBER_AFTER}", _h_year),
    _r("year", rf"{_NOT_NUMBER_BEFORE}\b(?P<year>1[89]\d\d|20\d\d)\b{_NOT_NUMBER_AFTER}"
               r"(?!\s+(?:people|persons|troops|soldiers|men|women|children|dollars|euros|workers|members|"
               r"cases|deaths|votes|units|tons|tonnes|miles|km|feet|metres|meters|points|shares|jobs)\b)",
       _h_year),
    _r("year_prep", rf"\b(?:in|since|until|by|during|before|after|from|of|through)\s+(?P<t>(?P<year>1[5-7]\d\d))\b"
                    rf"{_NOT_NUMBER_AFTER}", _h_year),
    _r("decade", r"(?:(?:early|late|mid)[\s-]+)?(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?"
                 r"(?<![\w.])(?P<dec>(?:1[5-9]|20)\d0|'\d0|\d0)'?s\b", _h_decade),
    _r("century", r"(?:(?:early|late|mid)[\s-]+)?(?:the\s+)?(?P<cent>\d{1,2}(?:st|nd|rd|th)|"
                  r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                  r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
                  r"twenty-first))[\s-]+century\b", _h_century),
    _r("deictic_day", rf"\b(?P<w>the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|yesterday|today|tomorrow|"
                      rf"tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b"
                      rf"(?:\s+(?P<pod>{_POD}))?", _h_deictic_day),
    _r("weekday", rf"(?:(?P<rel>this\s+past|last|next|this|coming|past|the\s+past|the\s+coming|previous)\s+)?"
                  rf"\b(?P<wd>{_WEEKDAY})\b(?:'s)?(?:\s+(?P<pod>{_POD}))?", _h_weekday),
    _r("rel_unit", rf"(?:{_EDGE})?\b(?P<rel>this\s+past|this|last|next|previous|coming|current|the\s+current)\s+"
                   rf"(?P<unit>week|weekend|month|quarter|year|decade|century|spring|summer|fall|autumn|winter)\b",
       _h_rel_unit),
    _r("the_unit", rf"(?:\b(?:in|during|over|for|of|at|by|until|through|throughout)\s+)"
                   rf"(?P<t>(?:{_EDGE})?the\s+(?P<unit>year|weekend|spring|summer|autumn|winter|fall))\b"
                   rf"(?!\s+(?:of|before|after|earlier|later|ago)\b)(?!-)", _h_the_unit),
    _r("edge_the_unit", rf"(?P<t>{_EDGE}the\s+(?P<unit>year|month|week|decade|century|quarter))\b"
                        rf"(?!\s+(?:before|after|earlier|later|ago)\b)", _h_the_unit),
    _r("ago", rf"(?:{_APPROX})?(?:(?P<n>{_NUM}|{_VAGUE_RE})[\s-]+)?(?P<unit>{_UNIT})\s+"
              rf"(?P<dir>ago|from\s+now|hence|earlier|later|before(?=\s*[,.;:)])|after(?=\s*[,.;:)]))\b", _h_ago),
    _r("period", r"\b(?:the|its|their)\s+(?:(?:latest|most\s+recent|recent|same|comparable|just-ended|"
                 r"just-completed)\s+|(?P<ago>year-ago|year-earlier|prior-year|previous-year|year\s+ago|"
                 r"year\s+earlier)\s+)?(?:fiscal\s+)?(?P<u>quarter|period)\b(?<!the\speriod)(?!\s+of\b)(?!-)",
       _h_period),
    # "the same month a year ago", "the same period last year": the focus a year back
    _r("same_ago", r"\b(?:the|its)\s+same\s+(?P<u>day|week|month|quarter|period|time)\s+(?:a\s+year\s+(?:ago|earlier|"
                   r"before)|(?:of\s+)?(?:the\s+)?(?:last|previous|prior)\s+year)\b",
       lambda m, c, o: _h_same_ago(m, c, o)),
    _r("year_ago_adj", r"\b(?P<ago>year-ago|year-earlier)\b", _h_period),
    _r("word_year", r"(?:the\s+year\s+(?P<thousand>(?<=year\s)two\s+thousand(?:\s+(?:and\s+)?"
                    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty))?)|(?P<hi>nineteen|twenty)\s+"
                    r"(?P<lo>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|"
                    r"four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
                    r"seventeen|eighteen|nineteen|oh[\s-](?:one|two|three|four|five|six|seven|eight|nine)))\b",
       _h_word_year),
    _r("holiday", r"(?-i:(?P<hol>Christmas\s+Eve|Christmas(?:\s+Day)?|New\s+Year['\u2019]s\s+(?:Day|Eve)|"
                  r"Thanksgiving(?:\s+Day)?|Independence\s+Day|Easter(?:\s+Sunday)?|Good\s+Friday|"
                  r"Valentine['\u2019]s\s+Day|Halloween|Veterans\s+Day|Armistice\s+Day|Boxing\s+Day|May\s+Day|"
                  r"Bastille\s+Day|Labor\s+Day|Memorial\s+Day|Election\s+Day))\b"
                  rf"(?:,?\s+(?P<year>{_YEAR})\b)?", _h_holiday),
    _r("set", rf"\b(?:(?P<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|quarterly)\b(?!\s+[a-z]+(?:s|ers|ies)\b)|"
              rf"(?:every|each)\s+(?:other\s+)?(?:(?P<swd>{_WEEKDAY})|(?P<spod>morning|afternoon|evening|night)|"
              rf"(?:(?P<sn>{_NUM})\s+)?(?P<sunit>{_UNIT}))\b|"
              rf"(?:(?:once|twice|three\s+times|four\s+times|several\s+times|\d+\s+times)\s+)?"
              rf"(?:a|per)\s+(?P<sunit2>year|month|week|day|hour)\b(?!\s+(?:ago|or|before|after|earlier|later)\b))",
       lambda m, c, o: _h_set_wrap(m, c, o)),
    _r("past_dur", rf"(?P<t0>the\s+(?:past|last|next|previous|first|coming|following|final)\s+)"
                   rf"(?:(?P<n>{_NUM}|{_VAGUE_RE}|few)\s+)?{_UNIT_ADJ}(?P<unit>{_UNIT})\b",
       lambda m, c, o: _h_past_dur(m, c, o)),
    _r("duration", rf"(?<![\d.,$])(?:{_APPROX})?(?P<n>{_NUM})(?P<more>\s+and\s+a\s+half)?[\s-]+{_UNIT_ADJ}"
                   rf"(?P<unit>{_UNIT})\b"
                   r"(?!-?\s*old\b)(?:\s+(?:long|old))?", _h_duration),
    _r("vague_dur", rf"(?:{_APPROX})?(?:(?:{_VAGUE_RE})\s+)(?P<unit>{_UNIT})\b(?!-?\s*old\b)",
       _h_vague_duration),
    _r("bare_plural", r"\b(?:for|in|over)\s+(?:just\s+|only\s+|mere\s+)?(?P<t>(?P<unit>years|months|weeks|decades|days|"
                      r"hours|minutes))\b"
                      r"(?!\s+(?:ago|earlier|later|past|to\s+come))", _h_vague_duration),
    _r("over_the_years", r"\b(?:over|through|throughout)\s+(?P<t>the\s+(?P<unit>years|decades|months))\b",
       _h_vague_duration),
    # "(the index) ended the day", "for the day", "late in the day": the day in focus
    _r("the_day", r"\b(?:(?:end|ends|ended|ending|finish|finishes|finished|finishing|close|closes|closed|closing|"
                  r"for)\s+(?P<t>the\s+day)|"
                  r"(?P<t2>(?:late|later|early|earlier)\s+in\s+the\s+day|the\s+(?:start|end|beginning|middle|close|"
                  r"rest)\s+of\s+the\s+day))\b(?!\s+(?:before|after|of|when|that|on)\b)(?!-)",
       lambda m, c, o: _h_the_day(m, c, o)),
    # "the year previous", "the entire year": the focus year (TimeML anaphora)
    _r("anaphoric_post", r"\bthe\s+(?:(?P<unit>year|month|week|day)\s+(?P<det>previous|before|earlier|prior)|"
                         r"(?:entire|whole|full)\s+(?P<unit2>year|month|week|day))\b(?!\s+(?:of|to|and|or|ago)\b)",
       lambda m, c, o: _h_anaphoric_post(m, c, o)),
    _r("short_year", r"\b(?:since|in|of|from|until|by|before|after)\s+(?P<t>['\u2019](?P<yy>\d\d))\b(?!s)",
       lambda m, c, o: _h_short_year(m, c, o)),
    _r("ref_adj", r"\b(?P<t>recent|current)\b(?![\s-]+(?:account|affairs|events|assets|liabilities|flow|"
                  r"price|prices|rate|issue|edition)\b)", _h_ref),
    _r("ref_more", r"\b(?P<t>the\s+(?:near|distant|foreseeable|immediate|not-too-distant|not\s+too\s+distant)\s+"
                   r"future|the\s+(?:long|short|near|medium)[\s-]+term|the\s+long\s+run|a\s+later\s+date|"
                   r"the\s+time\s+being|the\s+present\s+time|this\s+moment)\b", _h_ref),
    _r("anaphoric", r"\b(?P<det>that|the\s+same|that\s+same|the\s+following|the\s+next|the\s+previous|the\s+prior|"
                    r"the\s+preceding)\s+(?P<unit>day|week|month|quarter|year)\b(?!-|\s+(?:of|to|and|or)\b)",
       _h_anaphoric),
    _r("fiscal_year", r"\b(?P<rel>this|last|next|the\s+current|the\s+previous|the\s+past|the\s+coming|the|its|"
                      r"their)\s+(?:current\s+)?fiscal\s+year\b(?!\s*(?:\d|'\d))", _h_fiscal_year),
    _r("year_end", r"\b(?:(?P<rel>this|last|next)\s+)?(?:the\s+)?(?:year[\s-]+end|year['\u2019]s\s+end)\b",
       _h_year_end),
    _r("ref", r"\b(?P<t>now|currently|nowadays|these\s+days|at\s+present|at\s+the\s+moment|presently|"
              r"recently|lately|the\s+past|the\s+future|previously|formerly|soon|"
              r"recent\s+(?:years|months|weeks|days|decades))\b(?!\s+(?:that|year|week|month)\b)",
       _h_ref),
    _r("clock", rf"(?:(?P<pre>yesterday|today|tomorrow|{_WEEKDAY})\s+(?:at\s+)?)?"
                rf"(?:(?P<noon>noon|midnight)|(?<![\d.:$])(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*"
                rf"(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)|"
                rf"(?<![\d.:$])(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?!:?\d)(?:\s*(?P<tz1>GMT|UTC|hours|hrs))?|"
                rf"(?<![\d.:$,])(?P<h3>[01]\d|2[0-3])(?P<mi3>[0-5]\d)\s*(?P<tz3>GMT|UTC)\b)"
                rf"(?:\s+(?P<tz>local\s+time|GMT|UTC|EST|EDT|ET|[A-Z]{{3}}\b))?"
                rf"(?:\s+(?:on\s+)?(?P<post>yesterday|today|tomorrow|{_WEEKDAY}))?", _h_clock),
    _r("weekday_bare", rf"^(?P<rel>)?(?P<wd>{_WD_ANY})(?:\s+(?P<pod>{_POD}))?$", _h_bare_weekday, bare=True),
    _r("year_bare", rf"^(?P<year>{_YEAR}|\d{{3}})$", _h_year, bare=True),
    _r("ref_bare", r"^(?P<t>current|recent|future|already|the\s+moment|this\s+time|once|later|earlier|"
                   r"at\s+one\s+time|eventually|someday|some\s+day|the\s+present|present)$", _h_ref, bare=True),
    _r("season_bare", r"^(?P<t>(?:{_EDGE})?(?:the\s+)?(?P<unit>spring|summer|fall|autumn|winter))$".replace(
        "{_EDGE}", _EDGE), _h_the_unit, bare=True),
    # "(to end) the day": the day in focus (TimeML), else the pub day
    _r("day_bare", r"^(?:(?:early|late|later|earlier)\s+in\s+|(?:the\s+)?(?:start|end|beginning|middle|close|"
                   r"rest)\s+of\s+)?(?P<w>(?:the\s+)?day)$",
       lambda m, c, o: ("DATE", _day_value(c.pub) if c.pub else None, _Anchor(0, "day", always=True, coarse=True)),
       bare=True),
    # "between [60] and 90 days": a number whose unit follows the next number
    _r("number_bare", rf"^(?P<n>\d+(?:\.\d+)?|{_NUM})$", lambda m, c, o: _h_number_bare(m, c, o), bare=True),
    _r("ongoing_bare", r"^(?P<t>ongoing)$", lambda m, c, o: ("DATE", "PRESENT_REF"), bare=True),
    _r("rate_adj_bare", r"^(?P<adj>annual|yearly|monthly|weekly|daily|quarterly|hourly)$",
       lambda m, c, o: _h_rate_adj(m, c, o), bare=True),
    _r("short_year_bare", r"^['\u2019](?P<yy>\d\d)$", lambda m, c, o: _h_short_year(m, c, o), bare=True),
    _r("unit_bare", rf"^(?:the\s+|a\s+)?(?P<unit>{_UNIT})$", lambda m, c, o: _h_unit_bare(m, c, o), bare=True),
)


_RATE_UNITS = {"annual": "P1Y", "yearly": "P1Y", "monthly": "P1M", "weekly": "P1W", "daily": "P1D",
               "quarterly": "P1Q", "hourly": "PT1H"}
_AMOUNT_AFTER = re.compile(r"\s+(?:net\s+)?(?:profits?|loss(?:es)?|revenues?|sales|earnings|results|income|growth|"
                           r"rate|budget|output|turnover|deficit|surplus|total)\b", re.IGNORECASE)


_UNIT_AFTER_NEXT_NUMBER = re.compile(rf"\s*(?:and|to|or|-)\s*(?:\d+(?:\.\d+)?|{_NUM})\s+(?P<unit>{_UNIT})\b",
                                     re.IGNORECASE)


def _h_number_bare(m: re.Match[str], ctx: _Ctx, off: int) -> Result | None:
    after = _UNIT_AFTER_NEXT_NUMBER.match(ctx.text, m.end() + off)
    n = _parse_num(m["n"])
    if after is None or n is None:
        return None
    return ("DURATION", _duration(n, after["unit"]))


def _h_rate_adj(m: re.Match[str], ctx: _Ctx, off: int) -> Result | None:
    """'annual' as a given span: a yearly event (SET), or the length of a period ('annual profit')."""
    value = _RATE_UNITS[m["adj"].lower()]
    amount = _AMOUNT_AFTER.match(ctx.text, m.end() + off)
    return ("DURATION" if amount else "SET", value)


def _h_short_year(m: re.Match[str], ctx: _Ctx, off: int) -> Result | None:
    """"'82": the year with those last two digits that is not after the pub year (else 19xx)."""
    yy = int(m["yy"])
    y = 2000 + yy
    if ctx.pub is None or y > ctx.pub.year:
        y -= 100
    return ("DATE", str(y))


def _h_unit_bare(m: re.Match[str], ctx: _Ctx, off: int) -> Result | None:
    unit = m["unit"]
    if unit.lower().endswith("s"):
        return ("DURATION", _duration("X", unit))
    return ("DURATION", _duration(1, unit))


def _h_set_wrap(m: re.Match[str], ctx: _Ctx, off: int) -> Result | None:
    g = m.groupdict()
    if g.get("sunit2"):
        whole = m.group(0).lower()
        if not re.match(r"(?:once|twice|three|four|several|\d+)", whole):
            # "a year" only as a rate after an amount: "$5 million a year", "20 percent a year"
            before = ctx.text[max(0, m.start() + off - 12): m.start() + off].lower()
            if not re.search(r"(?:\d|illion|percent|%|dollars|times)\s*$", before):
                return None
        return ("SET", _duration(1, g["sunit2"]))
    return _h_set(m, ctx, off)


_SPAN_PREP_BEFORE = re.compile(r"\b(?:over|throughout|through|within)\s+$", re.IGNORECASE)


def _h_past_dur(m: re.Match[str], ctx: _Ctx, off: int) -> Result | None:
    raw_n = m["n"]
    unit = m["unit"]
    if (not raw_n and unit.lower() in ("quarter", "year") and re.match(r"(?i)the\s+(?:last|previous)\s", m["t0"])
            and not _SPAN_PREP_BEFORE.search(ctx.text, max(0, m.start() + off - 12), m.start() + off)):
        # "profits during the last quarter": the previous calendar quarter, a date
        # ("over the last year" stays a duration)
        return ("DATE", _rel_value(ctx, unit.lower(), -1))
    if raw_n:
        n = _parse_num(raw_n) if raw_n.lower() != "few" else "X"
        if n is None:
            return None
    else:
        if not unit.lower().endswith("s") and re.match(r"(?i)the\s+(?:following|previous)\b", m["t0"]):
            return None  # "the following day": a date anchored to the focus (rule "anaphoric")
        n = "X" if unit.lower().endswith("s") else 1
    return ("DURATION", _duration(n, unit))


# ------------------------------------------------------------------------------ scan


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    order: int
    type: str
    value: str | None
    anchor: _Anchor | None = None


# Speed: a rule with a key only runs in a window around each occurrence of its key word
# (chars before, chars after), instead of at every position of the text.
_UNIT_KEY = r"\b(?:second|minute|hour|day|week|month|year|decade|centur|quarter)"
_MONTH_KEY = r"\b(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_KEYS: dict[str, tuple[re.Pattern[str], int, int]] = {
    name: (re.compile(key, re.IGNORECASE), back, fwd) for name, key, back, fwd in (
        ("ago", r"\b(?:ago|now|hence|earlier|later|before|after)\b", 90, 12),
        ("duration", _UNIT_KEY, 70, 40),
        ("vague_dur", _UNIT_KEY, 70, 40),
        ("century", r"\bcentury", 60, 10),
        ("clock", r"\d\s*[ap]\.?m\b|\d:\d\d|\d{4}\s*(?:GMT|UTC|Z)\b|\bnoon\b|\bmidnight\b", 40, 50),
        ("quarter", r"\b(?:quarter|half)\b", 60, 40),
        ("decade", r"\d0'?s\b", 30, 5),
        ("season_year", r"\b(?:spring|summer|fall|autumn|winter)\b", 60, 30),
        ("mdy", _MONTH_KEY, 40, 40),
        ("dmy", _MONTH_KEY, 50, 30),
        ("month_year", _MONTH_KEY, 60, 30),
        ("month_rel", _MONTH_KEY, 60, 30),
        ("month_edge", _MONTH_KEY, 60, 30),
        ("month_prep", _MONTH_KEY, 30, 30),
        ("weekday", r"\b(?-i:Mon|Tue|Wed|Thu|Fri|Sat|Sun)", 30, 40),
    )
}


def _matches(rule: _Rule, s: str) -> list[re.Match[str]]:
    key = _KEYS.get(rule.name)
    if key is None or len(s) < 400:
        return list(rule.pattern.finditer(s))
    rx, back, fwd = key
    seen: set[tuple[int, int]] = set()
    out: list[re.Match[str]] = []
    covered = -1
    for km in rx.finditer(s):
        lo = max(0, km.start() - back)
        if lo > 0:
            lo = s.rfind(" ", 0, lo) + 1
        if km.end() <= covered:
            continue
        hi = min(len(s), km.end() + fwd)
        space = s.find(" ", hi)
        hi = len(s) if space < 0 else space
        for m in rule.pattern.finditer(s, lo, hi):
            if m.span() not in seen:
                seen.add(m.span())
                out.append(m)
        covered = km.end()
    return out


def _scan(s: str, ctx: _Ctx, off: int, *, bare: bool) -> list[_Hit]:
    hits: list[_Hit] = []
    for order, rule in enumerate(RULES):
        if rule.bare and not bare:
            continue
        for m in _matches(rule, s):
            if "t" in rule.pattern.groupindex and m.group("t") is not None:
                a, b = m.span("t")
            else:
                a, b = m.span()
            # trim whitespace / trailing punctuation that a pattern may have eaten
            while b > a and s[b - 1] in " ,\n\t":
                b -= 1
            if b <= a:
                continue
            res = rule.handler(m, ctx, off)
            if res is None:
                continue
            anchor = res[2] if len(res) > 2 else None  # type: ignore[misc]
            hits.append(_Hit(a + off, b + off, order, res[0], res[1], anchor))
    return hits


def _select(hits: list[_Hit]) -> list[_Hit]:
    """Longest first, then leftmost, then rule order; no overlaps."""
    chosen: list[_Hit] = []
    for h in sorted(hits, key=lambda h: (-(h.end - h.start), h.start, h.order)):
        if all(h.end <= c.start or h.start >= c.end for c in chosen):
            chosen.append(h)
    return sorted(chosen, key=lambda h: h.start)


def _normalise_in(text: str, start: int, end: int, ctx: _Ctx) -> _Hit:
    """The hit for a given span, from the rules that match inside it (longest wins)."""
    s = text[start:end]
    hits = _scan(s, ctx, start, bare=True)
    if not hits:
        # retry without a leading determiner / preposition the caller may have included
        stripped = re.match(r"(?i)(?:the|on|in|at|by|since|until|during)\s+", s)
        if stripped:
            h = _normalise_in(text, start + stripped.end(), end, ctx)
            return _Hit(start, end, h.order, h.type, h.value, h.anchor)
        return _Hit(start, end, len(RULES), "DATE", None)
    best = max(hits, key=lambda h: (h.end - h.start, -h.order))
    return _Hit(start, end, best.order, best.type, best.value, best.anchor)


_FOCUS_RE = re.compile(r"^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])|H([12])|W(\d{2})))?(?:T.*)?$")


def _shift_focus(focus: str, a: _Anchor) -> str | None:
    """Shift a calendar value by the anchor, keeping the focus's granularity; None if it cannot."""
    m = _FOCUS_RE.match(focus)
    if not m:
        return None
    y = int(m[1])
    unit = a.unit
    if a.coarse:
        return _coarsen(focus, m, a)
    if a.period:
        return f"{y + a.k}-Q{m[4]}" if m[4] else None
    if m[3]:  # day
        d = date(y, int(m[2]), int(m[3]))
        if unit == "day":
            return (d + timedelta(days=a.k)).isoformat()
        if unit == "week":
            return (d + timedelta(weeks=a.k)).isoformat()
        if unit in ("month", "year"):
            yy, mm = _add_months(d.year, d.month, a.k * (12 if unit == "year" else 1))
            dd = _safe_date(yy, mm, d.day) or _safe_date(yy, mm, 28)
            return dd.isoformat() if dd else None
        return None
    if m[2]:  # month
        if unit in ("month", "year"):
            return _month_value(*_add_months(y, int(m[2]), a.k * (12 if unit == "year" else 1)))
        return None
    if m[4]:  # quarter
        if unit == "year":
            return f"{y + a.k}-Q{m[4]}"
        if unit == "quarter":
            q = int(m[4]) - 1 + a.k
            return f"{y + q // 4}-Q{q % 4 + 1}"
        return None
    if m[5]:
        return f"{y + a.k}-H{m[5]}" if unit == "year" else None
    if m[6]:
        if unit == "week":
            d = date.fromisocalendar(y, int(m[6]), 1) + timedelta(weeks=a.k)
            return _iso_week(d)
        return None
    return str(y + a.k) if unit == "year" else None


def _coarsen(focus: str, m: re.Match[str], a: _Anchor) -> str | None:
    """The unit containing the focus, shifted by ``a.k`` units ("that year", "the following day")."""
    y = int(m[1])
    if a.unit == "year":
        return str(y + a.k)
    if a.unit == "quarter":
        q = int(m[4]) - 1 if m[4] else ((int(m[2]) - 1) // 3 if m[2] else None)
        if q is None:
            return None
        q += a.k
        return f"{y + q // 4}-Q{q % 4 + 1}"
    if a.unit == "month" and m[2]:
        return _month_value(*_add_months(y, int(m[2]), a.k))
    if m[3]:
        d = date(y, int(m[2]), int(m[3]))
        if a.unit == "day":
            return (d + timedelta(days=a.k)).isoformat()
        if a.unit == "week":
            return _iso_week(d + timedelta(weeks=a.k))
    if m[6] and a.unit == "week":
        return _iso_week(date.fromisocalendar(y, int(m[6]), 1) + timedelta(weeks=a.k))
    return None


def _apply_focus(hits: list[_Hit]) -> None:
    """Resolve anchored expressions against the last calendar DATE before them (in place)."""
    focus: str | None = None
    for h in hits:
        if h.anchor is not None:
            a = h.anchor
            usable = focus is not None and (a.always or a.period or re.search(r"-[QH]\d$", focus))
            if usable:
                shifted = _shift_focus(focus, a)  # type: ignore[arg-type]
                if shifted is not None:
                    h.value = shifted
        shifted_ref = h.anchor is not None and h.anchor.k != 0  # a comparison, not a new focus
        if h.type in ("DATE", "TIME") and h.value and _FOCUS_RE.match(h.value) and not shifted_ref:
            focus = h.value


_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _clock_days(hits: list[_Hit], text: str) -> None:
    """'flew Tuesday ... at 18:00 UTC': a bare clock time takes the day of the nearest
    day-valued DATE of its sentence (TimeML: a time is anchored to its reference date)."""
    for h in hits:
        if h.anchor is not _CLOCK_ANCHOR or not h.value or not _DAY_VALUE.match(h.value):
            continue
        s, e = _sentence_bounds(text, h.start, h.end)
        days = [o for o in hits if o is not h and o.type == "DATE" and o.value and s <= o.start and o.end <= e
                and _DAY_VALUE.match(o.value) and len(o.value) == 10]
        if days:
            near = min(days, key=lambda o: o.start - h.end if o.start >= h.end else h.start - o.end)
            h.value = near.value + h.value[10:]


def normalise_span(text: str, start: int, end: int, pub_date: str | None) -> TimeExpr:
    """Normalise one given span of ``text`` (e.g. a spaCy DATE entity) against ``pub_date``."""
    ctx = _Ctx(parse_pub_date(pub_date), text)
    h = _normalise_in(text, start, end, ctx)
    return TimeExpr(text[start:end], start, end, h.type, h.value)


def find_times(text: str, pub_date: str | None, *,
               candidates: Sequence[tuple[int, int]] = ()) -> list[TimeExpr]:
    """Tag and normalise the time expressions of ``text`` (offsets into ``text``).

    ``candidates`` are extra (start, end) spans from the caller (e.g. spaCy DATE/TIME
    entities). Each comes back with exactly its own extent, normalised by the same
    rules, and replaces any tagged expression it overlaps (overlapping candidates:
    the first, then longest, wins). Relative expressions anchored to another time
    ("a year earlier", "the quarter") are resolved against the last calendar date
    mentioned before them, else against ``pub_date``.
    """
    ctx = _Ctx(parse_pub_date(pub_date), text)
    hits = _select(_scan(text, ctx, 0, bare=False))
    kept: list[tuple[int, int]] = []
    for a, b in sorted({(a, b) for a, b in candidates if 0 <= a < b <= len(text)}, key=lambda c: (c[0], -c[1])):
        if all(b <= c0 or a >= c1 for c0, c1 in kept):
            kept.append((a, b))
    final = [h for h in hits if not any(h.start < b and a < h.end for a, b in kept)]
    by_span = {(h.start, h.end): h for h in hits}
    for a, b in kept:
        final.append(by_span.get((a, b)) or _normalise_in(text, a, b, ctx))
    final.sort(key=lambda h: h.start)
    _apply_focus(final)
    _clock_days(final, text)
    return [TimeExpr(text[h.start:h.end], h.start, h.end, h.type, h.value) for h in final]


# ------------------------------------------------------------------------ event date


@dataclass(slots=True)
class EventDate:
    """An event's date: ``date`` is YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY; ``scheduled`` when after pub."""

    date: str | None
    precision: str | None  # day / week / month / year
    scheduled: bool = False


_DAY_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:T.*)?$")
_WEEK_RE = re.compile(r"^(\d{4}-W\d{2})(?:-WE)?$")
_MONTH_RE = re.compile(r"^(\d{4}-\d{2})$")
_YEAR_RE = re.compile(r"^(\d{4})(?:-(?:Q[1-4]|H[12]|SP|SU|FA|WI))?$")


def _as_event_date(value: str | None) -> tuple[str, str] | None:
    if not value:
        return None
    for rx, prec in ((_DAY_RE, "day"), (_WEEK_RE, "week"), (_MONTH_RE, "month"), (_YEAR_RE, "year")):
        m = rx.match(value)
        if m:
            return m.group(1), prec
    return None


def _period_start(d: str, precision: str) -> date:
    if precision == "day":
        return date.fromisoformat(d)
    if precision == "week":
        y, w = d.split("-W")
        return date.fromisocalendar(int(y), int(w), 1)
    if precision == "month":
        return date(int(d[:4]), int(d[5:7]), 1)
    return date(int(d[:4]), 1, 1)


def event_date(times: Sequence[TimeExpr], pub_date: str | None, *,
               trigger_start: int | None = None) -> EventDate:
    """The date of an event from the time expressions of its sentence.

    Rule: among DATE and TIME expressions whose value is a calendar date, week,
    month or year (quarters, halves and seasons count as their year; DURATION,
    SET, PRESENT_REF/PAST_REF/FUTURE_REF and decades are ignored), take the one
    nearest to ``trigger_start`` (ties go to the one after the trigger; without a
    trigger, the first). Without one, the pub date with precision 'day' (or None).
    ``scheduled`` is True when the whole period lies after the pub date.
    """
    pub = parse_pub_date(pub_date)
    usable: list[tuple[int, TimeExpr, str, str]] = []
    for t in times:
        if t.type not in ("DATE", "TIME"):
            continue
        parsed = _as_event_date(t.value)
        if parsed is None:
            continue
        if trigger_start is None:
            dist = 0
        elif t.char_start >= trigger_start:
            dist = t.char_start - trigger_start
        else:
            dist = trigger_start - t.char_end + 1  # +1: ties go to the expression after
        usable.append((dist, t, *parsed))
    if not usable:
        return EventDate(pub.isoformat() if pub else None, "day" if pub else None, False)
    _, _, d, prec = min(usable, key=lambda u: (u[0], u[1].char_start))
    scheduled = False
    if pub is not None:
        try:
            scheduled = _period_start(d, prec) > pub
        except ValueError:
            scheduled = False
    return EventDate(d, prec, scheduled)
