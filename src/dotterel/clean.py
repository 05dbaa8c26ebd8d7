"""Plain-text cleaning: normalisation, title line, trailing boilerplate.

All rules are general (no site-specific patterns). Characters inside a line are
never changed except for removing invisible ones (zero-width characters, BOM,
soft hyphen); typographic quotes and apostrophes are kept exactly, because
quote detection relies on them.

Trailing boilerplate ("Popular posts from this blog", related-article lists,
newsletter and cookie blurbs, comment prompts, share buttons, copyright
footers) is removed by scanning lines from the end: a *tail marker* line starts
the tail when every line after it is boilerplate-like (short, headline-like,
teaser, or another marker). A marker followed by a prose paragraph is not a
tail, and prose that merely mentions such words is never cut.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

TITLE_MAX_WORDS = 25
TITLE_MAX_CHARS = 250
#: a title ending in "?" is accepted only up to this many words
QUESTION_TITLE_MAX_WORDS = 15
#: longest line (in words) that can be a heading-style tail marker
HEADING_MARKER_MAX_WORDS = 12
#: longest line (in words) that can be a blurb-style tail marker (newsletter, cookies)
BLURB_MARKER_MAX_WORDS = 60
#: longest line (in words) that counts as a headline-like link title in a tail
TAIL_LINE_MAX_WORDS = 20

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_MANY_NEWLINES = re.compile(r"\n{3,}")
_CLOSERS = "\"'”’»)]*"
_SENTENCE_END = ".!?:;"


@dataclass(slots=True)
class Cleaned:
    """A cleaned text: the detected title line (if any) and the body without it."""

    title: str | None
    body: str


def normalise(text: str) -> str:
    """Newlines to ``\\n``, NFC, invisible characters removed, trailing spaces and blank runs trimmed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return _MANY_NEWLINES.sub("\n\n", text).strip()


def _words(line: str) -> int:
    return len(line.split())


def _last_char(line: str) -> str:
    stripped = line.rstrip().rstrip(_CLOSERS)
    return stripped[-1:] if stripped else ""


def _ends_sentence(line: str) -> bool:
    return _last_char(line) in _SENTENCE_END or line.rstrip().endswith(("…", "..."))


def _looks_like_title(line: str) -> bool:
    words = _words(line)
    if not 1 <= words <= TITLE_MAX_WORDS or len(line) > TITLE_MAX_CHARS:
        return False
    if not any(ch.isalpha() for ch in line):
        return False
    last = _last_char(line)
    if last == "?":
        return words <= QUESTION_TITLE_MAX_WORDS
    return last not in _SENTENCE_END + "," and not line.rstrip().endswith(("…", "..."))


def _looks_like_body(line: str, title: str) -> bool:
    """A prose paragraph: ends like a sentence, or clearly longer than the title."""
    return _ends_sentence(line) or _words(line) > 2 * _words(title)


def split_title(text: str) -> Cleaned:
    """Split a normalised text into its title line (when the first line is one) and the body."""
    first, sep, rest = text.partition("\n")
    if not sep or not rest.strip():
        return Cleaned(None, text)
    first = first.strip()
    blank_after = rest.startswith("\n")
    next_line = rest.strip().split("\n", 1)[0]
    if _looks_like_title(first) and (blank_after or _looks_like_body(next_line, first)):
        return Cleaned(first, rest.strip())
    return Cleaned(None, text)


# --- trailing boilerplate ------------------------------------------------------------------------

_SOCIAL = r"(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|e-?mail|print|messenger)"

#: short heading-like lines that open a tail (the whole line is the heading)
_HEADING_MARKERS = re.compile(
    r"""^(?:
        popular\ posts?(?:\ from\ this\ blog)?
      | related(?:\ (?:posts?|articles?|stories|story|coverage|content|news|links|reading|topics|videos?))?
      | more\ (?:from|on|in|about|stories|news|articles|like\ this|to\ read)\b.*
      | read\ (?:more|next|also)\b.*
      | (?:also|see\ also)\ read\b.*
      | see\ also\b.*
      | recommended(?:\ (?:for\ you|stories|articles|reading|posts))?
      | you\ (?:may|might|will)\ (?:also\ )?(?:like|enjoy|be\ interested\ in)\b.*
      | most\ (?:popular|read|viewed|shared|commented|recent)\b.*
      | (?:trending|top\ stories|latest\ (?:news|stories|posts|articles)|editor'?s\ picks)\b.*
      | what\ to\ read\ next
      | share(?:\ (?:this|the))?(?:\ (?:article|story|post|page|link))?(?:\ (?:on|via|with)\b.*)?
      | (?:share|tweet|post|pin)\ (?:on|to|via)\ """ + _SOCIAL + r"""\b.*
      | (?:""" + _SOCIAL + r"""|share|tweet|copy\ link)(?:[\s|,/·•]+(?:""" + _SOCIAL + r"""|share|tweet|copy\ link))*
      | subscribe\b.*
      | leave\ a\ (?:comment|reply)\b.*
      | (?:post|add|write)\ a\ comment\b.*
      | (?:show|view|load|hide|read)\ (?:all\ )?comments?\b.*
      | join\ the\ (?:conversation|discussion)\b.*
      | comments?(?:\ \(\d+\)|\ \d+)?
      | \d+\ (?:comments?|responses?|replies)\b.*
      | no\ comments?(?:\ yet)?
      | posted\ (?:by|in|on|at)\b.*
      | (?:labels|tags|filed\ under|categories|topics)\s*:.*
      | follow\ (?:us|me)\b.*
      | advertisement | advert | sponsored(?:\ content)?
      | click\ here\ to\b.*
      | download\ (?:our|the)\ (?:free\ )?(?:\w+\ )?app\b.*
      | (?:newer|older)\ posts?(?:\ (?:newer|older|home)\ posts?)*(?:\ home)?
    )[\s:.!>»→|-]*$""",
    re.IGNORECASE | re.VERBOSE,
)

#: blurb lines (possibly long) that open a tail or are boilerplate on their own
_BLURB_MARKERS = re.compile(
    r"""^(?:
        (?:we|this\ (?:web)?site|our\ (?:web)?site)\ (?:use|uses|is\ using)\ cookies\b
      | by\ (?:continuing|using)\b.*\b(?:site|website|cookies)\b
      | (?:accept|manage|reject)\ (?:all\ )?cookies\b
      | (?:copyright\s*(?:©|\(c\)|\d{4})|©|\(c\)\s*\d{4})
      | all\ rights\ reserved\b
      | (?:sign\ up|subscribe|register)\b.*\b(?:newsletter|inbox|updates|alerts)\b
      | (?:get|receive|want|join|don'?t\ miss|never\ miss)\b.*\b(?:newsletter|in\ your\ inbox)\b
      | (?:download|get)\ (?:our|the)\ (?:free\ )?(?:\w+\ )?app\b
      | click\ here\ to\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_BLURB_ANYWHERE = re.compile(r"\b(?:our|the free|free daily|free weekly) newsletter\b|\ball rights reserved\b"
                             r"|\bcookie (?:policy|settings|preferences)\b", re.IGNORECASE)


def is_tail_marker(line: str) -> bool:
    """True when a line is a heading or blurb that typically starts trailing boilerplate."""
    line = line.strip()
    words = _words(line)
    if not words:
        return False
    heading_end = not line.endswith((".", "!", "?")) or line.endswith(("…", "..."))
    if words <= HEADING_MARKER_MAX_WORDS and heading_end and _HEADING_MARKERS.match(line):
        return True
    if words <= BLURB_MARKER_MAX_WORDS and _BLURB_MARKERS.match(line):
        return True
    return words <= TAIL_LINE_MAX_WORDS and bool(_BLURB_ANYWHERE.search(line))


def _is_tail_like(line: str) -> bool:
    """A line that can follow a marker in a tail: a marker, a headline-like link title, or a teaser."""
    line = line.strip()
    if is_tail_marker(line):
        return True
    if line.endswith(("…", "...", "[…]", "[...]")):
        return True  # teaser snippet of another post
    words = _words(line)
    if words > TAIL_LINE_MAX_WORDS:
        return False
    return words <= 6 or _last_char(line) not in ".!;"


def strip_boilerplate(body: str) -> str:
    """Remove trailing boilerplate from a normalised body; article prose is never cut."""
    lines = body.split("\n")
    content = [i for i, line in enumerate(lines) if line.strip()]
    cut: int | None = None
    for i in reversed(content[1:]):  # the first line always stays
        if is_tail_marker(lines[i]):
            cut = i
        elif not _is_tail_like(lines[i]):
            break
    if cut is None:
        return body
    return "\n".join(lines[:cut]).rstrip()


def clean_text(text: str) -> Cleaned:
    """Normalise a plain-text article, split off its title line, remove trailing boilerplate."""
    split = split_title(normalise(text))
    return Cleaned(split.title, strip_boilerplate(split.body))
