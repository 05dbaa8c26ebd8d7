"""Typed data model: the public contract of dotterel records.

Every span-backed value carries ``text``, ``char_start`` and ``char_end`` into
``Article.text`` (never a copied string without its offsets). Field names are
the public contract shared by JSON exports, the DuckDB store, the API and the
evaluation; change them only with a schema migration.
"""

from __future__ import annotations

import dataclasses
import hashlib
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Literal

EventStatus = Literal["occurred", "announced", "negated", "hypothetical"]

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


def short_hash(*parts: object, length: int = 16) -> str:
    """Stable hex digest of the parts (joined with a unit separator)."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


def normalise_for_hash(text: str) -> str:
    """Normalisation used for content hashes: NFC, whitespace folded."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def article_id_for(text: str) -> str:
    """``article_id``: sha256 of the normalised text, first 16 hex characters."""
    return short_hash(normalise_for_hash(text))


class _Record:
    """Mixin: JSON-ready dict conversion for the dataclasses below."""

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)  # type: ignore[call-overload]


@dataclass(slots=True)
class Span(_Record):
    text: str
    char_start: int
    char_end: int


@dataclass(slots=True)
class Sentence(_Record):
    index: int
    text: str
    char_start: int
    char_end: int


@dataclass(slots=True)
class Actor(_Record):
    """An entity mention resolved to a country and a PLOVER sector."""

    text: str
    char_start: int
    char_end: int
    name: str | None = None
    country: str | None = None  # ISO3, or IGO / NGO / UNO / EUR ... codes
    sector: str | None = None  # PLOVER sector code (GOV, MIL, REB, CVL, ...)
    kb_id: str | None = None

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Actor:
        return cls(**{f.name: d.get(f.name) for f in dataclasses.fields(cls)})


@dataclass(slots=True)
class Place(_Record):
    text: str
    char_start: int
    char_end: int
    name: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None  # ISO2, as GeoNames has it
    admin1: str | None = None
    admin1_code: str | None = None
    feature: str | None = None
    precision: str | None = None  # city / admin1 / country / region

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Place:
        return cls(**{f.name: d.get(f.name) for f in dataclasses.fields(cls)})


@dataclass(slots=True)
class Casualty(_Record):
    text: str
    char_start: int
    char_end: int
    kind: str  # killed / injured / arrested / displaced / size
    value: int | None = None
    low: int | None = None
    high: int | None = None
    qualifier: str | None = None  # exact / at_least / more_than / less_than / up_to / nearly / approximate / range / vague
    victims: str | None = None  # civilians / children / soldiers / police / protesters / militants / people
    statistic: bool = False  # True: an aggregate about the past, not tied to a new event
    includes: list[str] = field(default_factory=list)  # named sub-groups: "19 civilians, including children"

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Casualty:
        values = {f.name: d.get(f.name) for f in dataclasses.fields(cls)}
        values["statistic"] = bool(values["statistic"])
        values["includes"] = list(values["includes"] or [])
        return cls(**values)


@dataclass(slots=True)
class TimeExpr(_Record):
    text: str
    char_start: int
    char_end: int
    type: str  # DATE / TIME / DURATION / SET
    value: str | None  # TIMEX3-style normalised value


@dataclass(slots=True)
class Quote(_Record):
    text: str
    char_start: int
    char_end: int
    direct: bool
    speaker: Actor | None = None
    cue: str | None = None  # the reporting verb ("said", "according to")


@dataclass(slots=True)
class Attribution(_Record):
    """Who a stretch of text is attributed to ("according to X", "X reported that ..."): ``source`` said or
    reported the content span; events whose trigger lies in it get ``reported_by``."""

    source: Actor
    cue: str
    cue_start: int
    content_start: int
    content_end: int


@dataclass(slots=True)
class Scheduled(_Record):
    event_type: str
    date: str | None = None


@dataclass(slots=True)
class Event(_Record):
    event_id: str
    article_id: str
    event_type: str
    mode: str | None
    cameo_root: str | None
    quad_class: int | None
    status: str  # occurred / announced / negated / hypothetical
    historical: bool
    sentence: Sentence
    source: list[Actor] = field(default_factory=list)
    target: list[Actor] = field(default_factory=list)
    reported_by: Actor | None = None
    scheduled: Scheduled | None = None
    location: Place | None = None
    event_date: str | None = None
    date_precision: str | None = None
    casualties: list[Casualty] = field(default_factory=list)
    trigger: Span | None = None
    confidence: float = 0.0

    @staticmethod
    def make_id(article_id: str, sentence_index: int, event_type: str, trigger_start: int,
                source: list[Actor], target: list[Actor]) -> str:
        roles = "|".join(sorted(f"{a.char_start}:{a.country}:{a.sector}" for a in source))
        roles += "/" + "|".join(sorted(f"{a.char_start}:{a.country}:{a.sector}" for a in target))
        return short_hash(article_id, sentence_index, event_type, trigger_start, roles)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        def actor(x: dict[str, Any] | None) -> Actor | None:
            return Actor.from_dict(x) if x else None

        return cls(
            event_id=d["event_id"],
            article_id=d["article_id"],
            event_type=d["event_type"],
            mode=d.get("mode"),
            cameo_root=d.get("cameo_root"),
            quad_class=d.get("quad_class"),
            status=d.get("status", "occurred"),
            historical=bool(d.get("historical", False)),
            sentence=Sentence(**d["sentence"]),
            source=[Actor.from_dict(a) for a in d.get("source") or []],
            target=[Actor.from_dict(a) for a in d.get("target") or []],
            reported_by=actor(d.get("reported_by")),
            scheduled=Scheduled(**d["scheduled"]) if d.get("scheduled") else None,
            location=Place.from_dict(d["location"]) if d.get("location") else None,
            event_date=d.get("event_date"),
            date_precision=d.get("date_precision"),
            casualties=[Casualty.from_dict(c) for c in d.get("casualties") or []],
            trigger=Span(**d["trigger"]) if d.get("trigger") else None,
            confidence=float(d.get("confidence", 0.0)),
        )


@dataclass(slots=True)
class Article(_Record):
    article_id: str
    text: str
    title: str | None = None
    date: str | None = None  # publication date, YYYY-MM-DD
    source: str | None = None
    url: str | None = None
    author: str | None = None
    input_id: str | None = None
    language: str | None = "en"
    sentences: list[Sentence] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    statistics: list[Casualty] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    canonical_id: str | None = None


@dataclass(slots=True)
class Skip(_Record):
    """An input that was not coded, with the reason (recorded, never silent)."""

    input: str  # path, path:line, or the caller's id
    reason: str
    code: str  # machine-readable reason code, see errors.py
    input_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"skipped": True, "input": self.input, "reason": self.reason, "code": self.code,
                "input_id": self.input_id}


@dataclass(slots=True)
class RawDoc:
    """One input document as read, before cleaning and coding."""

    content: str  # plain text, or HTML when ``is_html``
    origin: str  # where it came from: path, path:line, "<stdin>", "<text>"
    is_html: bool = False
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    author: str | None = None
    input_id: str | None = None
