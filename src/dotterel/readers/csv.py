"""CSV / TSV: one article record per row, with a header row.

Recognised only for ``.csv`` / ``.tsv`` files whose header has a ``text``
(or ``html`` / ``content``) column; the other columns are those of JSONL
records (``id``, ``title``, ``date``, ``url``, ``source``, ``author``).
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from pathlib import PurePath

from dotterel.errors import InputError, MalformedRecord
from dotterel.model import RawDoc, Skip
from dotterel.readers.jsonl import TEXT_FIELDS, record_to_raw

EXTENSIONS = {".csv": ",", ".tsv": "\t"}

#: largest CSV field accepted (the whole input is already bounded by --max-bytes)
FIELD_SIZE_LIMIT = min(sys.maxsize, 2**31 - 1)


def _delimiter(name: str) -> str | None:
    return EXTENSIONS.get(PurePath(name).suffix.lower())


def looks_like_csv(text: str, name: str) -> bool:
    """True for a ``.csv``/``.tsv`` name whose header row has a text column."""
    delimiter = _delimiter(name)
    if delimiter is None:
        return False
    try:
        header = next(csv.reader(io.StringIO(text), delimiter=delimiter), [])
    except csv.Error:
        return False
    return any(h.strip().lower() in TEXT_FIELDS for h in header)


def iter_csv(text: str, name: str, default_date: str | None = None) -> Iterator[RawDoc | Skip]:
    """Rows of a CSV/TSV text as records; origin is ``<name>:<line of the row's start>``."""
    if csv.field_size_limit() < FIELD_SIZE_LIMIT:
        csv.field_size_limit(FIELD_SIZE_LIMIT)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(name) or ",")
    try:
        header = [h.strip().lower() for h in next(reader)]
    except (StopIteration, csv.Error):
        return
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Skip(input=f"{name}:{start}", code=MalformedRecord.code,
                       reason=f"invalid CSV on line {start}: {exc}; rest of file not read")
            return
        origin, start = f"{name}:{start}", reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            yield Skip(input=origin, code=MalformedRecord.code,
                       reason=f"row has {len(row)} fields, header has {len(header)}")
            continue
        record = dict(zip(header, row, strict=False))
        try:
            yield record_to_raw(record, origin, default_date)
        except InputError as exc:
            yield Skip(input=origin, code=exc.code, reason=exc.message, input_id=record.get("id") or None)
