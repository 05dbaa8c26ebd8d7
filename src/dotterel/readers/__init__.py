"""Input readers: files, directories and stdin to :class:`RawDoc` (or :class:`Skip`), then to clean text.

:func:`read_inputs` turns paths into raw documents, detecting the format from
the content (JSON Lines, CSV/TSV, HTML, plain text) and turning every per-input
problem (empty, binary, undecodable, too large, broken record) into a
:class:`~dotterel.model.Skip`. :func:`prepare` extracts and cleans one raw
document into the text all later stages work on.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from dotterel.clean import clean_text, normalise, split_title, strip_boilerplate
from dotterel.dates_meta import normalise_date
from dotterel.errors import EmptyInput, FileNotFound, InputError, NoText
from dotterel.language import ensure_english
from dotterel.model import RawDoc, Skip
from dotterel.readers.csv import iter_csv, looks_like_csv
from dotterel.readers.html import extract_html, looks_like_html
from dotterel.readers.jsonl import iter_jsonl, looks_like_jsonl
from dotterel.readers.text import DEFAULT_MAX_BYTES, decode_bytes, too_large

__all__ = ["DEFAULT_MAX_BYTES", "STDIN_NAME", "Prepared", "prepare", "read_inputs"]

#: origin of a document read from standard input
STDIN_NAME = "<stdin>"


@dataclass(slots=True)
class Prepared:
    """One document ready for coding; offsets of all later stages refer to ``text``."""

    text: str
    title: str | None = None
    date: str | None = None  # publication date, YYYY-MM-DD
    author: str | None = None
    source: str | None = None
    url: str | None = None
    input_id: str | None = None
    origin: str = ""


def _docs_from_bytes(data: bytes, name: str, default_date: str | None) -> Iterator[RawDoc | Skip]:
    try:
        text = decode_bytes(data)
    except InputError as exc:
        yield Skip(input=name, reason=exc.message, code=exc.code)
        return
    if looks_like_jsonl(text):
        yield from iter_jsonl(text, name, default_date)
    elif looks_like_csv(text, name):
        yield from iter_csv(text, name, default_date)
    else:
        yield RawDoc(content=text, origin=name, is_html=looks_like_html(text), date=default_date)


def _docs_from_file(path: Path, name: str, default_date: str | None, max_bytes: int) -> Iterator[RawDoc | Skip]:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            exc = too_large(size, max_bytes)
            yield Skip(input=name, reason=exc.message, code=exc.code)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Skip(input=name, reason=f"cannot read input: {exc.strerror or exc}", code=InputError.code)
        return
    yield from _docs_from_bytes(data, name, default_date)


def _files_under(directory: Path) -> list[Path]:
    """Regular files below a directory, sorted, hidden files and folders left out."""
    return sorted(
        p for p in directory.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(directory).parts)
    )


def _generate(paths: Sequence[str], stdin: BinaryIO | None, default_date: str | None,
              max_bytes: int) -> Iterator[RawDoc | Skip]:
    for name in paths:
        if name == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read(max_bytes + 1)
            if len(data) > max_bytes:
                exc = too_large(None, max_bytes)
                yield Skip(input=STDIN_NAME, reason=exc.message, code=exc.code)
                continue
            yield from _docs_from_bytes(data, STDIN_NAME, default_date)
            continue
        path = Path(name)
        if path.is_dir():
            for file in _files_under(path):
                yield from _docs_from_file(file, str(file), default_date, max_bytes)
        else:
            yield from _docs_from_file(path, name, default_date, max_bytes)


def read_inputs(paths: Sequence[str], *, stdin: BinaryIO | None = None, default_date: str | None = None,
                max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDoc | Skip]:
    """Raw documents (or Skips) from files, directories (recursive, sorted) and ``-`` (stdin).

    Every path is checked before anything is read: a missing one raises
    :class:`FileNotFound` (``path not found: <path>``). ``default_date`` fills
    the date of documents that have none.
    """
    names = [str(p) for p in paths]
    for name in names:
        if name != "-" and not Path(name).exists():
            raise FileNotFound(f"path not found: {name}")
    return _generate(names, stdin, default_date, max_bytes)


def _same_heading(line: str, title: str) -> bool:
    a, b = " ".join(line.split()).casefold(), " ".join(title.split()).casefold()
    return bool(a) and (a == b or (len(a.split()) >= 3 and (a in b or b in a)))


def prepare(raw: RawDoc) -> Prepared:
    """Extract (HTML) or clean (plain text) one document and check it is English.

    Raises :class:`EmptyInput`, :class:`NoText`, :class:`MalformedHTML` or
    :class:`NotEnglish` with a one-line message.
    """
    if not raw.content.strip():
        raise EmptyInput("empty input")
    author, source, url, date = raw.author, raw.source, raw.url, normalise_date(raw.date)
    if raw.is_html:
        page = extract_html(raw.content, url=raw.url)
        body = normalise(page.text)
        title = raw.title or page.title
        first, _, rest = body.partition("\n")
        if title and rest.strip() and any(_same_heading(first, t) for t in (title, page.title) if t):
            body = rest.strip()
        elif not title:
            split = split_title(body)
            title, body = split.title, split.body
        body = strip_boilerplate(body)
        author, source, url = author or page.author, source or page.sitename, url or page.url
        date = date or page.date
    else:
        cleaned = clean_text(raw.content)
        title, body = raw.title or cleaned.title, cleaned.body
    if not body.strip():
        raise NoText("no article text left after cleaning")
    ensure_english(body)
    return Prepared(text=body, title=title, date=date, author=author, source=source, url=url,
                    input_id=raw.input_id, origin=raw.origin)
