"""HTML pages: detection by content and main-text extraction with trafilatura.

trafilatura finds the article body, title, publication date, author, site name
and canonical URL. Malformed or truncated markup is tolerated (lxml recovers);
a page with no main text raises :class:`~dotterel.errors.NoText`, an
unparseable one :class:`~dotterel.errors.MalformedHTML`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import trafilatura
from lxml import etree

from dotterel.dates_meta import normalise_date
from dotterel.errors import MalformedHTML, NoText

#: characters inspected when deciding whether a text is HTML
HTML_SNIFF_CHARS = 4096

_STRONG_TAG = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_WEAK_TAG = re.compile(r"<(?:article|p|div|section|main|h1|span|br|meta|title)[\s/>]", re.IGNORECASE)
_ANY_TAG = re.compile(r"</?[a-z][a-z0-9]*(?:\s[^<>]*)?/?>", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """True when the start of a text is markup: a document tag, or block tags among others."""
    head = text[:HTML_SNIFF_CHARS]
    if _STRONG_TAG.search(head):
        return True
    return bool(_WEAK_TAG.search(head)) and len(_ANY_TAG.findall(head)) >= 2


@dataclass(slots=True)
class ExtractedHTML:
    """Main text and metadata found in an HTML page."""

    text: str
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD
    author: str | None = None
    sitename: str | None = None
    url: str | None = None


def _clean_field(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def extract_html(html: str, url: str | None = None) -> ExtractedHTML:
    """Extract the article from an HTML page (comments excluded)."""
    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    except (etree.LxmlError, ValueError, TypeError, RecursionError) as exc:
        raise MalformedHTML(f"cannot parse HTML: {exc.__class__.__name__}: {exc}") from None
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise NoText("no article text found in HTML")
    return ExtractedHTML(
        text=text,
        title=_clean_field(getattr(doc, "title", None)),
        date=normalise_date(getattr(doc, "date", None)),
        author=_clean_field(getattr(doc, "author", None)),
        sitename=_clean_field(getattr(doc, "sitename", None)),
        url=_clean_field(getattr(doc, "url", None)),
    )
