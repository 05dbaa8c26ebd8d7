"""Gold-standard readers: PLOVER GSR, PETRARCH validation XML, ConfliBERT quad-class TSV, our JSONL.

Every reader returns :class:`GoldRecord` objects whose events use today's
PLOVER labels (legacy labels and CAMEO codes are mapped with
:mod:`dotterel.events.ontology`). A file that cannot be read raises
:class:`dotterel.errors.GoldFormatError` with a one-line message.

Flags in ``GoldRecord.meta`` that the scorer reads:

- ``dropped`` (bool): the source coded the text, but only with codes PLOVER does
  not keep (CAMEO 01/02) or does not know; ``events`` is empty. Not a no-event record.
- ``excluded`` (str): the record is not scored at all (e.g. a PETRARCH parser-error test).
- ``quad_class`` (int 0-4): ConfliBERT label; 0 = no event (CAMEO 01/02 statements and appeals).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from dotterel.errors import GoldFormatError
from dotterel.events.ontology import MODES, SECTORS, cameo_to_plover, normalise_label
from dotterel.model import PLOVER_TYPES

GoldFormat = Literal["plover-gsr", "petrarch-xml", "conflibert-class", "jsonl"]
GOLD_FORMATS: tuple[str, ...] = ("plover-gsr", "petrarch-xml", "conflibert-class", "jsonl")
STATUSES: tuple[str, ...] = ("occurred", "announced", "negated", "hypothetical")

# Country codes in the GSR that are not ISO 3166 alpha-3.
_COUNTRY_FIXES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
# Sector-like codes -> PLOVER sector. CAMEO agent codes differ from PLOVER in
# places: CAMEO MED is media (PLOVER JRN), CAMEO HLH is health (PLOVER MED).
_SECTOR_FIXES_COMMON = {"CIV": "CVL", "INS": "REB", "SEP": "REB", "HRI": "SOC", "ENV": "SOC", "DEV": "SOC",
                        "NGO": "SOC", "MOS": "REL", "CHR": "REL", "JEW": "REL", "BUD": "REL", "HIN": "REL",
                        "SHI": "REL", "SUN": "REL"}
_SECTOR_FIXES_CAMEO = {**_SECTOR_FIXES_COMMON, "MED": "JRN", "HLH": "MED"}
_SECTOR_FIXES_PLOVER = dict(_SECTOR_FIXES_COMMON)
_PLOVER_SECTORS = frozenset(SECTORS)


@dataclass(slots=True)
class GoldActor:
    """One gold actor: ISO3 (or IGO/NGO/... ) country, PLOVER sector, optional text."""

    country: str | None = None
    sector: str | None = None
    text: str | None = None


@dataclass(slots=True)
class GoldEvent:
    """One gold event. ``*_countries``/``*_sectors`` list the distinct non-null codes in order."""

    event_type: str
    mode: str | None = None
    source_countries: list[str] = field(default_factory=list)
    source_sectors: list[str] = field(default_factory=list)
    target_countries: list[str] = field(default_factory=list)
    target_sectors: list[str] = field(default_factory=list)
    status: str = "occurred"
    source: list[GoldActor] = field(default_factory=list)
    target: list[GoldActor] = field(default_factory=list)
    cameo_code: str | None = None

    @classmethod
    def build(cls, event_type: str, mode: str | None, source: Iterable[GoldActor] = (),
              target: Iterable[GoldActor] = (), *, status: str = "occurred",
              cameo_code: str | None = None) -> GoldEvent:
        src, tgt = list(source), list(target)
        return cls(event_type=event_type, mode=mode,
                   source_countries=_distinct(a.country for a in src),
                   source_sectors=_distinct(a.sector for a in src),
                   target_countries=_distinct(a.country for a in tgt),
                   target_sectors=_distinct(a.sector for a in tgt),
                   status=status, source=src, target=tgt, cameo_code=cameo_code)


@dataclass(slots=True)
class GoldRecord:
    """One gold text with its events (``events == []``: the text reports no event)."""

    id: str
    text: str
    events: list[GoldEvent] = field(default_factory=list)
    date: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


def _distinct(values: Iterable[str | None]) -> list[str]:
    out: list[str] = []
    for v in values:
        if v and v not in out:
            out.append(v)
    return out


def split_actor_code(code: str | None, *, scheme: Literal["cameo", "plover"] = "cameo") -> GoldActor:
    """Split a CAMEO-style actor code (``USAGOV``, ``---LEG``, ``IGO``) into country + sector.

    The first three characters are the country (``---`` = none); the first later
    3-character chunk that maps to a PLOVER sector is the sector.
    """
    code = (code or "").strip().strip('"').strip("'").upper()
    if not code:
        return GoldActor()
    country: str | None = code[:3] if code[:3] != "---" else None
    if country:
        country = _COUNTRY_FIXES.get(country, country)
    fixes = _SECTOR_FIXES_CAMEO if scheme == "cameo" else _SECTOR_FIXES_PLOVER
    sector = None
    for i in range(3, len(code), 3):
        chunk = fixes.get(code[i:i + 3], code[i:i + 3])
        if chunk in _PLOVER_SECTORS:
            sector = chunk
            break
    return GoldActor(country=country, sector=sector)


def _plover_sector(value: Any) -> str | None:
    """GSR ``sector`` value -> PLOVER sector: first 3 letters, ``***`` = unknown."""
    if not isinstance(value, str):
        return None
    s = _SECTOR_FIXES_PLOVER.get(value[:3].upper(), value[:3].upper())
    return s if s in _PLOVER_SECTORS else None


# --------------------------------------------------------------------------- PLOVER GSR

def _gsr_actors(value: Any, where: str) -> list[GoldActor]:
    if value is None or isinstance(value, str):  # "" or a stray word means no actor
        return []
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        raise GoldFormatError(f"{where}: actor field must be a list, got {type(value).__name__}")
    out = []
    for a in value:
        if not isinstance(a, dict):
            raise GoldFormatError(f"{where}: actor must be an object, got {type(a).__name__}")
        country = a.get("code") or None
        if isinstance(country, str):
            country = _COUNTRY_FIXES.get(country.upper(), country.upper())
        out.append(GoldActor(country=country, sector=_plover_sector(a.get("sector")),
                             text=a.get("actorText") or None))
    return out


def read_plover_gsr(path: Path) -> list[GoldRecord]:
    """PLOVER_GSR_CAMEO.txt: one JSON array; DOCUMENT records skipped; 0.5b1 labels mapped."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise GoldFormatError(f"{path}: not a JSON array ({exc.msg} at line {exc.lineno})") from exc
    if not isinstance(data, list):
        raise GoldFormatError(f"{path}: expected a JSON array of records, got {type(data).__name__}")
    records: list[GoldRecord] = []
    seen: dict[str, int] = {}
    for i, r in enumerate(data):
        where = f"{path}: record {i}"
        if not isinstance(r, dict):
            raise GoldFormatError(f"{where}: expected an object")
        label = r.get("event")
        if label == "DOCUMENT":
            continue
        if not isinstance(label, str) or not isinstance(r.get("text"), str):
            raise GoldFormatError(f"{where}: missing 'event' or 'text'")
        etype, mode = normalise_label(label, r.get("mode") if isinstance(r.get("mode"), str) else None)
        if etype not in PLOVER_TYPES:
            raise GoldFormatError(f"{where}: unknown event label {label!r}")
        event = GoldEvent.build(etype, mode, _gsr_actors(r.get("source"), where),
                                _gsr_actors(r.get("target"), where))
        rid = str(r.get("id") or f"record-{i}")
        seen[rid] = seen.get(rid, 0) + 1
        if seen[rid] > 1:
            rid = f"{rid}#{seen[rid]}"
        meta = {k: r[k] for k in ("context", "eventText", "eventLoc", "dead", "injured", "size", "comment",
                                  "version", "textInfo") if k in r}
        meta["label"] = label
        if r.get("date"):
            meta["placeholder_date"] = r["date"]  # all GSR dates are 2000-01-01 placeholders
        records.append(GoldRecord(id=rid, text=r["text"], events=[event], date=None, meta=meta))
    return records


# --------------------------------------------------------------------------- PETRARCH XML

# The validation files are not well-formed XML (comments with '#', '<' inside
# parses, self-closed <Sentence/> tags), so they are read with patterns.
_SENTENCE = re.compile(r"<Sentence\b([^>]*?)/?>")
_CODING = re.compile(r"<EventCoding\b([^>]*?)/?>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.DOTALL)
_ATTR = re.compile(r"""(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def _attrs(s: str) -> dict[str, str]:
    return {m[1]: (m[2] if m[2] is not None else m[3]).strip().strip('"') for m in _ATTR.finditer(s)}


def _iso_date(value: str | None) -> str | None:
    if value and re.fullmatch(r"\d{8}", value):
        return f"{value[:4]}-{value[4:6]}-{value[6:]}"
    return None


def read_petrarch_xml(path: Path) -> list[GoldRecord]:
    """PETRARCH validation records: Sentence + EventCoding (CAMEO) + Text, CAMEO mapped to PLOVER."""
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise GoldFormatError(f"{path}: not UTF-8 text") from exc
    starts = [m for m in _SENTENCE.finditer(raw)]
    if not starts:
        raise GoldFormatError(f"{path}: no <Sentence> records found")
    records: list[GoldRecord] = []
    seen: dict[str, int] = {}
    for k, m in enumerate(starts):
        block = raw[m.end(): starts[k + 1].start() if k + 1 < len(starts) else len(raw)]
        attrs = _attrs(m[1])
        rid = attrs.get("id") or f"sentence-{k}"
        seen[rid] = seen.get(rid, 0) + 1
        if seen[rid] > 1:
            rid = f"{rid}#{seen[rid]}"
        tm = _TEXT.search(block)
        if tm is None:
            raise GoldFormatError(f"{path}: sentence {rid!r} has no <Text>")
        text = " ".join(tm[1].split())
        meta: dict[str, Any] = {"category": attrs.get("category")}
        events: list[GoldEvent] = []
        codes: list[str] = []
        unmapped: list[str] = []
        for cm in _CODING.finditer(block[: tm.start()]):
            ca = _attrs(cm[1])
            if "error" in ca:
                meta["excluded"] = f"petrarch error test: {ca['error']}"
            if "noevents" in ca:
                meta["noevents"] = True
            code = ca.get("eventcode")
            if not code:
                continue
            codes.append(code)
            mapped = cameo_to_plover(code)
            if mapped is None:
                unmapped.append(code)
                continue
            events.append(GoldEvent.build(
                mapped[0], mapped[1],
                [split_actor_code(ca.get("sourcecode"))] if ca.get("sourcecode") else [],
                [split_actor_code(ca.get("targetcode"))] if ca.get("targetcode") else [],
                cameo_code=code))
        meta["cameo_codes"] = codes
        if unmapped:
            meta["unmapped_codes"] = unmapped
        if codes and not events:
            meta["dropped"] = True
        if not codes and "excluded" not in meta and not meta.get("noevents"):
            meta["excluded"] = "no EventCoding"
        if attrs.get("evaluate") == "false":
            meta["excluded"] = "evaluate=false"
        records.append(GoldRecord(id=rid, text=text, events=events, date=_iso_date(attrs.get("date")),
                                  meta=meta))
    return records


# --------------------------------------------------------------------------- ConfliBERT TSV

def read_conflibert_class(path: Path) -> list[GoldRecord]:
    """ConfliBERT cameo_class TSV: ``text<TAB>label`` with label 0-4 (0 = no event)."""
    records: list[GoldRecord] = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            text, sep, label = line.rpartition("\t")
            if not sep or not text.strip():
                raise GoldFormatError(f"{path}:{lineno}: expected 'text<TAB>label'")
            if label.strip() not in {"0", "1", "2", "3", "4"}:
                raise GoldFormatError(f"{path}:{lineno}: label must be 0-4, got {label!r}")
            records.append(GoldRecord(id=f"{path.stem}:{lineno}", text=text.strip(), events=[],
                                      meta={"quad_class": int(label)}))
    if not records:
        raise GoldFormatError(f"{path}: no records")
    return records


# --------------------------------------------------------------------------- JSONL (ours)

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _jsonl_actors(value: Any, where: str) -> list[GoldActor]:
    if value is None:
        return []
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        raise GoldFormatError(f"{where}: must be a list of actor objects")
    out = []
    for a in value:
        if not isinstance(a, dict):
            raise GoldFormatError(f"{where}: actor must be an object")
        country, sector, text = a.get("country"), a.get("sector"), a.get("text")
        for name, v in (("country", country), ("sector", sector), ("text", text)):
            if v is not None and not isinstance(v, str):
                raise GoldFormatError(f"{where}: actor {name} must be a string or null")
        if sector and sector.upper() not in _PLOVER_SECTORS:
            raise GoldFormatError(f"{where}: unknown sector {sector!r}")
        out.append(GoldActor(country=country.upper() if country else None,
                             sector=sector.upper() if sector else None, text=text or None))
    return out


def _jsonl_event(e: Any, where: str) -> GoldEvent:
    if not isinstance(e, dict):
        raise GoldFormatError(f"{where}: event must be an object")
    label, mode = e.get("event_type"), e.get("mode")
    if not isinstance(label, str) or (mode is not None and not isinstance(mode, str)):
        raise GoldFormatError(f"{where}: event_type must be a string and mode a string or null")
    etype, mode = normalise_label(label, mode, keep_invalid=True)
    if etype not in PLOVER_TYPES:
        raise GoldFormatError(f"{where}: unknown event_type {label!r}")
    if mode is not None and mode not in MODES[etype]:
        raise GoldFormatError(f"{where}: {mode!r} is not a {etype} mode")
    status = e.get("status") or "occurred"
    if status not in STATUSES:
        raise GoldFormatError(f"{where}: status must be one of {', '.join(STATUSES)}, got {status!r}")
    return GoldEvent.build(etype, mode, _jsonl_actors(e.get("source"), f"{where} source"),
                           _jsonl_actors(e.get("target"), f"{where} target"), status=status)


def read_jsonl_gold(path: Path) -> list[GoldRecord]:
    """Our generic gold format (docs/evaluation.md): one JSON record per line."""
    records: list[GoldRecord] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                r = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldFormatError(f"{where}: invalid JSON ({exc.msg})") from exc
            if not isinstance(r, dict):
                raise GoldFormatError(f"{where}: expected a JSON object")
            text = r.get("text")
            if not isinstance(text, str) or not text.strip():
                raise GoldFormatError(f"{where}: 'text' must be a non-empty string")
            if "events" not in r or not isinstance(r["events"], list):
                raise GoldFormatError(f"{where}: 'events' must be a list ([] = no event)")
            date = r.get("date")
            if date is not None and not (isinstance(date, str) and _DATE.fullmatch(date)):
                raise GoldFormatError(f"{where}: 'date' must be YYYY-MM-DD or null, got {date!r}")
            rid = str(r["id"]) if r.get("id") is not None else f"{path.stem}:{lineno}"
            if rid in seen:
                raise GoldFormatError(f"{where}: duplicate id {rid!r}")
            seen.add(rid)
            events = [_jsonl_event(e, f"{where} event {j}") for j, e in enumerate(r["events"])]
            meta = {k: v for k, v in r.items() if k not in ("id", "text", "date", "events")}
            records.append(GoldRecord(id=rid, text=text, events=events, date=date, meta=meta))
    if not records:
        raise GoldFormatError(f"{path}: no records")
    return records


_READERS = {
    "plover-gsr": read_plover_gsr,
    "petrarch-xml": read_petrarch_xml,
    "conflibert-class": read_conflibert_class,
    "jsonl": read_jsonl_gold,
}


def read_gold(path: Path, fmt: GoldFormat) -> list[GoldRecord]:
    """Read a gold file in one of ``GOLD_FORMATS``."""
    path = Path(path)
    if fmt not in _READERS:
        raise GoldFormatError(f"unknown gold format {fmt!r} (choose from {', '.join(GOLD_FORMATS)})")
    if not path.is_file():
        raise GoldFormatError(f"{path}: gold file not found")
    try:
        return _READERS[fmt](path)
    except UnicodeDecodeError as exc:
        raise GoldFormatError(f"{path}: not UTF-8 text") from exc
