"""JSON Lines: one article record per line.

A record is an object with ``text`` (or ``html`` / ``content``) and optional
``id``, ``title``, ``date``, ``url``, ``source``, ``author``. A broken line
becomes a :class:`~dotterel.model.Skip` naming its line number; the rest of the
file goes on. Blank lines are ignored.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from dotterel.dates_meta import normalise_date
from dotterel.errors import EmptyInput, InputError, MalformedRecord
from dotterel.model import RawDoc, Skip
from dotterel.readers.html import looks_like_html

TEXT_FIELDS = ("text", "html", "content")


def looks_like_jsonl(text: str) -> bool:
    """True when the first non-blank line parses as a JSON object."""
    for line in text.split("\n", 50)[:50]:
        if line.strip():
            try:
                return isinstance(json.loads(line), dict)
            except ValueError:
                return False
    return False


def _str_or_none(value: Any) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def record_to_raw(record: Mapping[str, Any], origin: str, default_date: str | None = None) -> RawDoc:
    """A :class:`RawDoc` from one record (JSONL object or CSV row); raises InputError subclasses."""
    present = [k for k in TEXT_FIELDS if record.get(k) is not None]
    key = next((k for k in present if isinstance(record[k], str) and record[k].strip()),
               present[0] if present else None)
    if key is None:
        raise MalformedRecord("record has no text field (expected 'text', 'html' or 'content')")
    content = record[key]
    if not isinstance(content, str):
        raise MalformedRecord(f"record field '{key}' is not a string")
    if not content.strip():
        raise EmptyInput(f"empty '{key}' in record")
    date = normalise_date(_str_or_none(record.get("date"))) or default_date
    return RawDoc(
        content=content,
        origin=origin,
        is_html=key == "html" or looks_like_html(content),
        title=_str_or_none(record.get("title")),
        date=date,
        source=_str_or_none(record.get("source")),
        url=_str_or_none(record.get("url")),
        author=_str_or_none(record.get("author")),
        input_id=None if record.get("id") is None else str(record["id"]),
    )


def iter_jsonl(text: str, name: str, default_date: str | None = None) -> Iterator[RawDoc | Skip]:
    """Records of a JSON Lines text, in order; ``name`` is the path used in origins."""
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        origin = f"{name}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skip(input=origin, code=MalformedRecord.code,
                       reason=f"invalid JSON on line {lineno}: {exc.msg}: column {exc.colno}")
            continue
        if not isinstance(record, dict):
            yield Skip(input=origin, code=MalformedRecord.code,
                       reason=f"line {lineno} is not a JSON object")
            continue
        input_id = None if record.get("id") is None else str(record["id"])
        try:
            yield record_to_raw(record, origin, default_date)
        except InputError as exc:
            yield Skip(input=origin, code=exc.code, reason=exc.message, input_id=input_id)
