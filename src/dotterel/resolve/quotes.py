"""Direct and indirect quotes, their speakers, and "according to X" attributions.

Rules over the spaCy dependency parse plus a quote-mark scanner. Every span is a
pair of character offsets into ``doc_text(doc)``. Speakers are taken from the given
``actors`` when one overlaps the subject of the speech verb; otherwise an
:class:`~dotterel.model.Actor` is built from the subject span (name = its text,
country and sector unknown). Pronoun speakers ("he") are kept as written:
coreference is out of scope.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..model import Actor, Attribution, Quote
from ..nlp import doc_text, token_bounds

# Lemmas of verbs that introduce reported speech (direct or indirect).
SPEECH_LEMMAS: frozenset[str] = frozenset(
    ["say", "tell", "add", "state", "warn", "urge", "insist", "claim", "report", "announce", "note", "explain", "argue", "write", "tweet", "post", "ask", "declare", "confirm", "deny", "acknowledge", "admit", "reply", "respond", "recall", "stress", "emphasise", "emphasize", "suggest", "predict", "allege", "assert", "comment", "contend", "maintain", "observe", "remark", "reiterate", "concede", "complain", "boast", "joke", "quip", "caution", "testify", "estimate", "conclude", "charge", "counter", "indicate", "promise", "vow", "pledge", "threaten", "demand", "repeat", "answer", "shout", "cry", "scream", "whisper", "mutter", "exclaim", "proclaim", "disclose", "reveal", "inform", "assure", "tout", "lament", "recount", "describe", "continue", "retort", "echo", "chant", "read", "quote"]
)
# Speech verbs that, without a clause complement, rarely report speech; only used with a direct quote.
_QUOTE_ONLY = frozenset({"continue", "describe", "ask", "post", "answer", "shout", "cry", "scream", "echo",
                         "chant", "read", "quote"})

# Opening mark -> closing marks (a straight double quote closes itself).
_DOUBLE_OPEN = {"“": "”", "„": "“”", "‟": "”", "«": "»", "‹": "›", '"': '"'}
_SINGLE_OPEN = {"‘": "’"}
_ALL_MARKS = frozenset("“”„‟«»‹›\"‘’")
_OPEN_AFTER = frozenset(" \t\n([{—–-:/")

_ADDRESSEE = frozenset({"tell", "urge", "warn", "ask", "inform", "assure", "remind", "answer", "quote"})
_INVERTED_DEPS = frozenset({"dobj", "attr", "nsubj", "appos", "dative"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_SUBJ = frozenset({"nsubj", "nsubjpass"})
_MAX_BEFORE = 30  # tokens scanned before a quote for its speech verb
_MAX_AFTER = 14  # tokens scanned after a quote
_MIN_QUOTE_TOKENS = 4  # a quote without a speaker must be at least this long to be kept


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    direct: bool
    cue: str | None = None
    cue_start: int | None = None
    source: Actor | None = None
    continues: bool = False  # a paragraph-spanning quote that goes on in the next paragraph


def quote_spans(text: str) -> list[tuple[int, int, bool]]:
    """Top-level quoted stretches ``(start, end, continues)``, marks included.

    Curly, straight, low-9 and guillemet double quotes and curly single quotes are
    paired within a paragraph; a curly ’ only closes before a non-letter, so it is
    not mistaken for an apostrophe. A quote left open at a paragraph end is kept
    (``continues=True``) only when the next paragraph opens with a quote mark, the
    news convention for quotes running over several paragraphs.
    """
    spans: list[tuple[int, int, bool]] = []
    pos = 0
    paragraphs = text.split("\n")
    for p_index, para in enumerate(paragraphs):
        open_at = -1
        closers = ""
        i = 0
        while i < len(para):
            c = para[i]
            prev = para[i - 1] if i else " "
            nxt = para[i + 1] if i + 1 < len(para) else " "
            if open_at < 0:
                if c in _DOUBLE_OPEN and (c != '"' or prev in _OPEN_AFTER):
                    open_at, closers = i, _DOUBLE_OPEN[c]
                elif c in _SINGLE_OPEN and (prev in _OPEN_AFTER or prev in "“\""):
                    open_at, closers = i, _SINGLE_OPEN[c]
            elif c in closers and (c != "’" or not nxt.isalpha()):
                if c == '"' and i == open_at + 1:
                    open_at = -1
                else:
                    spans.append((pos + open_at, pos + i + 1, False))
                    open_at = -1
            elif c == para[open_at] and c not in closers and c in "“«" and prev in _OPEN_AFTER:
                open_at = i  # an unclosed quote restarted: keep the later one
            i += 1
        if open_at >= 0:
            following = paragraphs[p_index + 1].lstrip() if p_index + 1 < len(paragraphs) else ""
            if following[:1] in _DOUBLE_OPEN or following[:1] in _SINGLE_OPEN:
                end = len(para.rstrip())
                if end - open_at > 1:
                    spans.append((pos + open_at, pos + end, True))
        pos += len(para) + 1
    return spans


def _is_speech_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in SPEECH_LEMMAS


def _is_according(tok: Token) -> bool:
    return tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to"


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Token range [start, end) without edge punctuation/conjunctions; None when empty."""
    while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].lower_ in ("and", "but")):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return (start, end) if end > start else None


def _subtree_outside(tok: Token, quotes: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """Token range of ``tok``'s subtree, cut where it runs into a quote."""
    start, end = tok.left_edge.i, tok.right_edge.i + 1
    doc = tok.doc
    for qs, qe, *_ in quotes:
        if doc[tok.i].idx >= qs and doc[tok.i].idx < qe:
            return None
        for j in range(tok.i, end):
            if qs <= doc[j].idx < qe:
                end = j
                break
        for j in range(tok.i, start - 1, -1):
            if qs <= doc[j].idx < qe:
                start = j + 1
                break
    return _trim(doc, start, end)


def _subject(verb: Token, quotes: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """Token range of the speaker of ``verb``: its subject, inherited or inverted."""
    v: Token | None = verb
    for _ in range(3):
        assert v is not None
        for child in v.children:
            if child.dep_ in _SUBJ:
                rng = _subtree_outside(child, quotes)
                if rng and child.lower_ in _RELATIVE and v.dep_ == "relcl":
                    antecedent = v.head
                    rng = _trim(verb.doc, antecedent.left_edge.i, v.left_edge.i) or rng
                return rng
        # "X quoted a spokesman as saying ..."
        if v.dep_ == "pcomp" and v.head.lower_ == "as" and v.head.head.lemma_ == "quote":
            for child in v.head.head.children:
                if child.dep_ == "dobj":
                    return _subtree_outside(child, quotes)
        if v.dep_ in ("conj", "advcl", "xcomp", "pcomp", "pobj", "prep") and v.head is not v:
            v = v.head
            continue
        break
    doc = verb.doc
    # "“...,” Brent Bozell, founder of X, tells Y" -- the words between quote and verb.
    ends = [e for _s, e, *_ in quotes if e <= verb.idx and not any(c in doc_text(doc)[e:verb.idx] for c in ".!?\n")]
    if ends:
        k = bisect.bisect_left(token_bounds(doc)[0], max(ends))
        start = k if k < len(doc) else verb.i
        rng = _trim(doc, start, verb.i)
        if rng and rng[1] - rng[0] <= 15 and any(t.pos_ in ("PROPN", "PRON", "NOUN") for t in doc[rng[0]:rng[1]]):
            return rng
    # Inverted: "..., said the Red Cross" -> the first nominal after the verb.
    addressee = verb.lemma_.lower() in _ADDRESSEE
    for child in verb.rights:
        if child.dep_ in _INVERTED_DEPS and child.pos_ in ("PROPN", "NOUN", "PRON"):
            if addressee and child.dep_ in ("dobj", "dative"):
                break
            return _subtree_outside(child, quotes)
    nxt = verb.i + 1
    if not addressee and nxt < len(doc) and doc[nxt].pos_ in ("DET", "PROPN", "NOUN", "ADJ"):
        for chunk in doc.noun_chunks:
            if chunk.start == nxt:
                return _trim(doc, chunk.start, chunk.end)
    return None


def _speaker(doc: Doc, rng: tuple[int, int], actors: Sequence[Actor], head: Token | None = None) -> Actor:
    start_char = doc[rng[0]].idx
    end_char = doc[rng[1] - 1].idx + len(doc[rng[1] - 1].text)
    overlapping = [a for a in actors if a.char_start < end_char and a.char_end > start_char]
    if overlapping:
        if head is not None:
            holding = [a for a in overlapping if a.char_start <= head.idx < a.char_end]
            if holding:
                return max(holding, key=lambda a: a.char_end - a.char_start)
        return max(overlapping, key=lambda a: (a.char_end - a.char_start, -a.char_start))
    text = doc_text(doc)[start_char:end_char]
    return Actor(text=text, char_start=start_char, char_end=end_char, name=text)


def _head_in(doc: Doc, rng: tuple[int, int]) -> Token:
    span = doc[rng[0]:rng[1]]
    return span.root


def _according_source(tok: Token, quotes: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    to = tok.doc[tok.i + 1]
    for child in list(to.children) + list(tok.children):
        if child.dep_ == "pobj":
            return _subtree_outside(child, quotes)
    # Parser misses: take the noun chunk right after "according to".
    for chunk in tok.doc.noun_chunks:
        if chunk.start == to.i + 1:
            return _trim(tok.doc, chunk.start, chunk.end)
    return None


def _cue_text(verb: Token) -> str:
    return verb.text


def _frame_verb(doc: Doc, qs: int, qe: int, quotes: Sequence[tuple[int, int, bool]]) -> Token | None:
    """The speech verb framing the quote [qs, qe).

    Order: a verb right after the quote ("...,” he said"), a verb before it in the
    same sentence ("Lavrov said: “...”"), the sentence ending in a colon just before
    it ("Cruz continued:" / "The headline reads:"), then a verb later after it.
    """
    starts, ends = token_bounds(doc)
    first_after = bisect.bisect_left(starts, qe)  # first token starting at or after the quote's end
    last_before = bisect.bisect_right(ends, qs) - 1  # last token ending at or before the quote's start
    others = [(s, e) for s, e, _ in quotes if (s, e) != (qs, qe)]

    def in_other(t: Token) -> bool:
        return any(s <= t.idx < e for s, e in others)

    def is_cue(t: Token) -> bool:
        return _is_speech_verb(t) or _is_according(t)

    inner = doc_text(doc)[qs:qe].rstrip("”’\"»› ")
    ends_sentence = inner[-1:] == "."
    after: list[Token] = []
    for j in range(first_after, min(len(doc), first_after + _MAX_AFTER)):
        t = doc[j]
        if "\n" in t.text or in_other(t) or (t.text in (".", "!", "?") and j > first_after):
            break
        after.append(t)
    starts_new = ends_sentence and bool(after) and after[0].text[:1].isupper() and after[0].pos_ != "VERB"
    if not starts_new:
        for t in after[:6]:
            if is_cue(t):
                return t
    for j in range(last_before, max(-1, last_before - _MAX_BEFORE), -1):
        t = doc[j]
        if "\n" in t.text or in_other(t) or t.text in (".", "!", "?"):
            break
        if is_cue(t):
            return t
    # "Cruz continued:\n\n“...”" -- the colon sentence just before the quote.
    lead = doc_text(doc)[:qs].rstrip()
    if lead.endswith(":") and last_before >= 0:
        j = last_before
        while j >= 0 and doc[j].text.strip() in ("", ":"):
            j -= 1
        if j >= 0:
            sent = doc[j].sent
            cues = [t for t in sent if is_cue(t) and t.idx < qs]
            if cues:
                return cues[-1]
            if sent.root.pos_ in ("VERB", "AUX") and sent.root.idx < qs:
                return sent.root
    for t in after if starts_new else after[6:]:
        if is_cue(t):
            return t
    return None


def _find_all(doc: Doc, actors: Sequence[Actor]) -> list[_Found]:
    text = doc_text(doc)
    qspans = quote_spans(text)
    found: list[_Found] = []
    prev: _Found | None = None
    used_cues: set[int] = set()
    direct_ranges = [(s, e) for s, e, _ in qspans]
    for qs, qe, cont in qspans:
        verb = _frame_verb(doc, qs, qe, qspans)
        rec = _Found(qs, qe, True, continues=cont)
        if verb is not None:
            rng = _according_source(verb, direct_ranges) if _is_according(verb) else _subject(verb, direct_ranges)
            rec.cue = "according to" if _is_according(verb) else _cue_text(verb)
            rec.cue_start = verb.idx
            if rng:
                rec.source = _speaker(doc, rng, actors, _head_in(doc, rng))
        if rec.source is None and prev is not None and prev.source is not None:
            gap = text[prev.end:qs]
            frame_between = prev.cue_start is not None and prev.end <= prev.cue_start < qs
            near = len(gap) <= 80 and (frame_between or not gap.strip(" \t\n,;:."))
            if prev.continues or (near and ("\n" not in gap or frame_between or not gap.strip())):
                rec.source, rec.cue, rec.cue_start = prev.source, prev.cue, prev.cue_start
        n_tokens = len(text[qs:qe].split())
        if rec.source is not None or n_tokens >= _MIN_QUOTE_TOKENS:
            found.append(rec)
            if rec.cue_start is not None:
                used_cues.add(rec.cue_start)
        prev = rec

    # Indirect speech and "according to".
    for tok in doc:
        if _is_according(tok):
            if tok.idx in used_cues:
                continue
            rng = _according_source(tok, direct_ranges)
            if not rng:
                continue
            sent = tok.sent
            phrase_start, phrase_end = tok.left_edge.i, max(tok.right_edge.i + 1, rng[1])
            before = _trim(doc, sent.start, phrase_start)
            after = _trim(doc, phrase_end, sent.end)
            if before and after:
                content = (before[0], after[1])
            else:
                content = before or after
            if not content:
                continue
            found.append(_Found(doc[content[0]].idx, _end_char(doc, content[1]), False, "according to",
                                tok.idx, _speaker(doc, rng, actors, _head_in(doc, rng))))
            continue
        if not _is_speech_verb(tok) or tok.lemma_.lower() in _QUOTE_ONLY:
            continue
        comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        if comp is None:
            continue
        crng = _trim(doc, comp.left_edge.i, comp.right_edge.i + 1)
        if not crng:
            continue
        cs, ce = doc[crng[0]].idx, _end_char(doc, crng[1])
        if tok.idx in used_cues:
            # Already reported as a direct quote; keep the clause only when it is larger.
            if any(s <= cs and ce <= e + 1 for s, e in direct_ranges):
                continue
        elif any(s <= cs and ce <= e + 1 for s, e in direct_ranges):
            continue
        srng = _subject(tok, direct_ranges)
        source = _speaker(doc, srng, actors, _head_in(doc, srng)) if srng else None
        found.append(_Found(cs, ce, False, tok.text, tok.idx, source))
    # A quoted fragment inside a reported clause ("she said the plan was “a disaster”") is
    # reported by that clause, not as a direct quote of its own.
    clauses = [f for f in found if not f.direct and f.cue != "according to"]
    found = [f for f in found if not (f.direct and _embedded(doc, f.start)
                                      and any(c.start <= f.start and f.end <= c.end + 1 for c in clauses))]
    found.sort(key=lambda f: (f.start, f.end))
    return found


def _embedded(doc: Doc, qs: int) -> bool:
    """True when the quote at ``qs`` continues a clause (preceded by a word that is not a speech cue)."""
    before = doc_text(doc)[:qs].rstrip()
    if not before or not (before[-1].isalnum() or before[-1] in "’'"):
        return False
    _starts, ends = token_bounds(doc)
    k = bisect.bisect_right(ends, len(before)) - 1
    prev = doc[k] if k >= 0 else None
    return prev is None or not (_is_speech_verb(prev) or prev.lower_ == "to" and prev.i and _is_according(prev.nbor(-1)))


def _end_char(doc: Doc, end_token: int) -> int:
    t = doc[end_token - 1]
    return t.idx + len(t.text)


def find_quotes(doc: Doc, actors: Sequence[Actor]) -> list[Quote]:
    """Direct quotes (marks included in the span) and indirect reported clauses, with speakers."""
    return find_quotes_and_attributions(doc, actors)[0]


def find_attributions(doc: Doc, actors: Sequence[Actor]) -> list[Attribution]:
    """Every content span with a known source: quotes, "X said/reported (that) ...", "according to X"."""
    return find_quotes_and_attributions(doc, actors)[1]


def find_quotes_and_attributions(doc: Doc, actors: Sequence[Actor]) -> tuple[list[Quote], list[Attribution]]:
    """Both, from one pass over the document (what the pipeline calls)."""
    found = _find_all(doc, actors)
    quotes = [Quote(text=doc_text(doc)[f.start:f.end], char_start=f.start, char_end=f.end, direct=f.direct,
                    speaker=f.source, cue=f.cue) for f in found]
    attributions = [Attribution(source=f.source, cue=f.cue, cue_start=f.cue_start, content_start=f.start,
                                content_end=f.end)
                    for f in found if f.source is not None and f.cue is not None and f.cue_start is not None]
    return quotes, attributions


def attribution_for(attributions: Sequence[Attribution], char_start: int, char_end: int) -> Attribution | None:
    """The narrowest attribution whose content span contains [char_start, char_end) (e.g. an event trigger)."""
    holding = [a for a in attributions if a.content_start <= char_start and char_end <= a.content_end]
    return min(holding, key=lambda a: a.content_end - a.content_start, default=None)


__all__ = ["SPEECH_LEMMAS", "Attribution", "attribution_for", "find_attributions", "find_quotes",
           "find_quotes_and_attributions", "quote_spans"]
