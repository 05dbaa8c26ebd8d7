"""Offline language check: is this article English?

Two steps, no model: (1) the writing system -- a text mostly in Cyrillic,
Arabic, CJK, Devanagari, Greek, Hebrew ... letters is not English; (2) for
Latin-script text, the share of tokens that are function words of English,
German, French, Spanish, Italian, Portuguese, Dutch, Turkish or Indonesian.
Proper names are rarely function words, so English news full of foreign names
stays English. A long Latin-script text with almost no English function words
is reported as ``und`` (undetermined, e.g. Polish or Swedish). Short texts (fewer than ``MIN_WORDS`` words) pass as English
unless clearly in another script.
"""

from __future__ import annotations

import re
from collections import Counter

from dotterel.errors import NotEnglish

MIN_WORDS = 8
#: share of letters in one non-Latin script above which a text is not English
SCRIPT_SHARE = 0.5
#: another language must beat English's function-word share by this factor
MARGIN = 1.3
#: ... reach at least this share of tokens (profiled languages score 0.2-0.45 on short paragraphs)
MIN_SHARE = 0.15
#: ... with at least this many different function words
MIN_DISTINCT = 3
#: prose with at least LONG_TEXT_WORDS lowercase words, fewer than MIN_ENGLISH_SHARE of them English
#: function words, is in some other language (English news prose in PolNeAR train: 0.24 at the lowest,
#: 0.44 median)
LONG_TEXT_WORDS = 30
MIN_ENGLISH_SHARE = 0.10
#: ISO 639-2 code for "undetermined": Latin-script text that is not English nor a profiled language
UNDETERMINED = "und"


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_STOPWORDS: dict[str, frozenset[str]] = {
    "en": _wordset(
        "the of and to in a is was that for on it with as by at from he she they his her their be "
        "has have had were are been this which but not or an will would said says who its also after "
        "than about into over more we i you there when what could should can did does no"
    ),
    "de": _wordset(
        "der die das und ist nicht ein eine einer einem einen zu den dem des im mit sich auf für von "
        "auch es sie er wird wurde werden hat haben sind war nach bei aus noch nur wie über dass oder "
        "aber vor zum zur seine ihre ich wir"
    ),
    "fr": _wordset(
        "le la les et est des du une un en dans pour que qui pas sur au aux il elle ils sont avec ce "
        "cette par plus ne se ses son été être mais ont nous vous leur comme après"
    ),
    "es": _wordset(
        "el la los las y es del en que un una por con para se no su sus al lo como más pero fue ha "
        "han son está están este esta según sobre también desde entre hasta"
    ),
    "it": _wordset(
        "il lo la gli le e è di del della dei delle che un una per con non si sono nel nella al alla "
        "anche come più ma ha hanno questo questa dopo stato era"
    ),
    "pt": _wordset(
        "o os a as e é do da dos das em no na nos nas um uma que para com não se por ao mais foi são "
        "como mas pelo pela sua seu também ser está já"
    ),
    "nl": _wordset(
        "de het een en van is dat die in op te zijn met voor niet aan er ook als bij door naar maar "
        "om wordt werd heeft hebben nog dan zich over uit tot"
    ),
    "tr": _wordset(
        "ve bir bu da de için ile olarak çok daha gibi ama olan kadar sonra ancak ise değil var yok "
        "diye göre her şu ki mi ne o en bu"
    ),
    "id": _wordset(
        "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena oleh ada mereka "
        "bahwa adalah sebagai atau telah sudah kata saat tersebut bisa"
    ),
}

# (first, last) code point, script, most likely language for a text in that script
_SCRIPTS: tuple[tuple[int, int, str], ...] = (
    (0x0370, 0x03FF, "el"),
    (0x1F00, 0x1FFF, "el"),
    (0x0400, 0x052F, "ru"),
    (0x0530, 0x058F, "hy"),
    (0x0590, 0x05FF, "he"),
    (0x0600, 0x06FF, "ar"),
    (0x0750, 0x077F, "ar"),
    (0xFB50, 0xFDFF, "ar"),
    (0xFE70, 0xFEFF, "ar"),
    (0x0900, 0x097F, "hi"),
    (0x0980, 0x09FF, "bn"),
    (0x0A00, 0x0DFF, "hi"),  # other Indic scripts, reported as the family's largest
    (0x0E00, 0x0E7F, "th"),
    (0x10A0, 0x10FF, "ka"),
    (0x1100, 0x11FF, "ko"),
    (0xAC00, 0xD7AF, "ko"),
    (0x3040, 0x30FF, "ja"),
    (0x3400, 0x4DBF, "zh"),
    (0x4E00, 0x9FFF, "zh"),
)
_PERSIAN = set("پچژگکی")
_UKRAINIAN = set("їєіґЇЄІҐ")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _script_of(ch: str) -> str | None:
    cp = ord(ch)
    if cp < 0x0370:
        return "latin"
    if 0x1E00 <= cp <= 0x1EFF:
        return "latin"
    for first, last, lang in _SCRIPTS:
        if first <= cp <= last:
            return lang
    return None


def _script_language(text: str) -> tuple[str, float] | None:
    """The language implied by a dominant non-Latin script, with its letter share."""
    counts: Counter[str] = Counter()
    for ch in text:
        if ch.isalpha():
            script = _script_of(ch)
            if script:
                counts[script] += 1
    total = sum(counts.values())
    if not total:
        return None
    # Japanese mixes kana with Han characters: any kana makes a CJK text Japanese.
    if counts["ja"] and counts["zh"]:
        counts["ja"] += counts.pop("zh")
    lang, n = max(((k, v) for k, v in counts.items() if k != "latin"), key=lambda kv: kv[1],
                  default=("latin", 0))
    share = n / total
    if share < SCRIPT_SHARE:
        return None
    if lang == "ar" and any(c in _PERSIAN for c in text):
        lang = "fa"
    if lang == "ru" and any(c in _UKRAINIAN for c in text):
        lang = "uk"
    return lang, round(share, 3)


def detect_language(text: str) -> tuple[str, float]:
    """Best guess ``(ISO 639-1 code or "und", confidence 0..1)``; ``("en", ...)`` when unsure."""
    by_script = _script_language(text)
    if by_script:
        return by_script
    raw = _WORD.findall(text)
    words = [w.lower() for w in raw]
    if len(words) < MIN_WORDS:
        return "en", 0.5
    scores = {lang: sum(w in stops for w in words) / len(words) for lang, stops in _STOPWORDS.items()}
    english = scores["en"]
    best, best_score = max(scores.items(), key=lambda kv: kv[1])
    total = sum(scores.values()) or 1.0
    distinct = len({w for w in words if w in _STOPWORDS[best]})
    if best != "en" and best_score >= MIN_SHARE and best_score > english * MARGIN and distinct >= MIN_DISTINCT:
        return best, round(best_score / total, 3)
    # Running prose (not a table of names): judged on its lowercase words.
    lower = [w for w in raw if w[0].islower()]
    if len(lower) >= LONG_TEXT_WORDS:
        lower_english = sum(w in _STOPWORDS["en"] for w in lower) / len(lower)
        if lower_english < MIN_ENGLISH_SHARE:
            return UNDETERMINED, round(1.0 - lower_english / MIN_ENGLISH_SHARE, 3)
    return "en", round(english / total, 3) if english else 0.0


def ensure_english(text: str) -> None:
    """Raise :class:`NotEnglish` unless the text is (probably) English."""
    lang, _ = detect_language(text)
    if lang != "en":
        raise NotEnglish(f"not English (detected: {lang})")
