"""Record exports: events as JSONL / JSON / CSV, articles as JSON / JSONL.

JSON keeps the nested data model (``Event.to_dict()``); CSV flattens one event
per row with :func:`event_to_row`. Skipped inputs are written as
``{"skipped": true, ...}`` records, never dropped.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, Literal, TextIO

from dotterel.errors import UsageError
from dotterel.model import Actor, Article, Event, Skip

EVENT_COLUMNS: tuple[str, ...] = (
    "event_id", "article_id", "event_type", "mode", "status", "historical",
    "source", "source_country", "source_sector",
    "target", "target_country", "target_sector",
    "reported_by", "location", "event_date", "date_precision", "scheduled", "fatalities",
    "cameo_root", "quad_class", "confidence", "sentence",
)


def actor_label(actor: Actor) -> str:
    """Display name: ``"Russia (RUS GOV)"``; the mention text when unresolved."""
    name = actor.name or actor.text
    codes = " ".join(c for c in (actor.country, actor.sector) if c)
    return f"{name} ({codes})" if codes else name


def _join(values: Iterable[str | None]) -> str:
    # Positions line up with the actor list, so unknown values stay as empty entries.
    return ";".join(v or "" for v in values)


def event_to_row(event: Event) -> dict[str, object]:
    """One flat row (keys = :data:`EVENT_COLUMNS`) for CSV and tables.

    Multi-actor roles are ";"-joined in actor order. ``fatalities`` sums the
    killed counts (``value``, else ``low``) of non-statistic casualties, None
    when none is given.
    """
    killed = [c.value if c.value is not None else c.low
              for c in event.casualties if c.kind == "killed" and not c.statistic]
    killed_numbers = [k for k in killed if k is not None]
    scheduled = None
    if event.scheduled is not None:
        scheduled = " ".join(x for x in (event.scheduled.event_type, event.scheduled.date) if x)
    loc = event.location
    return {
        "event_id": event.event_id,
        "article_id": event.article_id,
        "event_type": event.event_type,
        "mode": event.mode,
        "status": event.status,
        "historical": event.historical,
        "source": _join(actor_label(a) for a in event.source),
        "source_country": _join(a.country for a in event.source),
        "source_sector": _join(a.sector for a in event.source),
        "target": _join(actor_label(a) for a in event.target),
        "target_country": _join(a.country for a in event.target),
        "target_sector": _join(a.sector for a in event.target),
        "reported_by": actor_label(event.reported_by) if event.reported_by else None,
        "location": (loc.name or loc.text) if loc else None,
        "event_date": event.event_date,
        "date_precision": event.date_precision,
        "scheduled": scheduled,
        "fatalities": sum(killed_numbers) if killed_numbers else None,
        "cameo_root": event.cameo_root,
        "quad_class": event.quad_class,
        "confidence": event.confidence,
        "sentence": event.sentence.text,
    }


def _check_format(fmt: str, allowed: tuple[str, ...]) -> None:
    if fmt not in allowed:
        raise UsageError(f"unknown format {fmt!r}; expected one of {', '.join(allowed)}")


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


def _csv_value(value: object) -> object:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value


def write_events(events: Iterable[Event], fmt: Literal["jsonl", "json", "csv"], out: TextIO) -> int:
    """Write events as JSONL (one per line), a JSON list, or CSV with a header. Returns the count."""
    _check_format(fmt, ("jsonl", "json", "csv"))
    n = 0
    if fmt == "jsonl":
        for event in events:
            out.write(_dumps(event.to_dict()) + "\n")
            n += 1
    elif fmt == "json":
        items = [event.to_dict() for event in events]
        json.dump(items, out, ensure_ascii=False, indent=2)
        out.write("\n")
        n = len(items)
    else:
        writer = csv.DictWriter(out, fieldnames=EVENT_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for event in events:
            writer.writerow({k: _csv_value(v) for k, v in event_to_row(event).items()})
            n += 1
    return n


def write_articles(items: Iterable[Article | Skip], fmt: Literal["json", "jsonl"], out: TextIO) -> int:
    """Write articles and skips; returns the number of records written.

    ``json``: one list of Article dicts (skips as ``{"skipped": true, ...}``).
    ``jsonl``: one Event per line, and one line per skip.
    """
    _check_format(fmt, ("json", "jsonl"))
    if fmt == "json":
        records = [item.to_dict() for item in items]
        json.dump(records, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return len(records)
    n = 0
    for item in items:
        lines = [item.to_dict()] if isinstance(item, Skip) else [e.to_dict() for e in item.events]
        for record in lines:
            out.write(_dumps(record) + "\n")
            n += 1
    return n
