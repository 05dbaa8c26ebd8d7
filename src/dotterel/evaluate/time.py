"""Time-expression evaluation against TimeML gold (TempEval-3 TBAQ-cleaned) or MEANTIME.

Two gold formats, told apart by the files in the directory: TimeML ``.tml`` files
(TempEval-3) and the MEANTIME / NewsReader CAT XML (``<Document>`` of ``<token>``s
with ``<TIMEX3>`` markables anchored to token ids). CAT tokens are joined into a
plain text (see :func:`read_meantime`); offsets are into that text.

Two scores:

(a) normalisation on gold spans: every gold TIMEX3 (the document creation time
    excluded) is passed to :func:`find_times` as a candidate span, resolved against
    the DCT, and its ``value`` compared exactly with the gold value;
(b) end-to-end detection: :func:`find_times` without candidates versus the gold
    spans, strict (same offsets) and relaxed (overlap) P/R/F1, plus value accuracy
    on relaxed matches.

Run: ``python -m dotterel.evaluate.time DIR [--limit N] [--categories N]``.
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import FileNotFound, GoldFormatError
from ..model import TimeExpr
from ..resolve.dates import find_times, normalise_span
from .events import PRF

TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(slots=True)
class GoldTimex:
    text: str
    char_start: int
    char_end: int
    type: str
    value: str


@dataclass(slots=True)
class TimeMLDoc:
    """One TimeML document: the plain text of its TEXT element, its DCT and gold TIMEX3s."""

    name: str
    text: str
    dct: str | None
    timexes: list[GoldTimex] = field(default_factory=list)
    # spans left out of detection scoring (a DCT written in the text, as MEANTIME's dateline)
    excluded: list[tuple[int, int]] = field(default_factory=list)


def read_timeml(path: Path) -> TimeMLDoc:
    """Read one ``.tml`` file; offsets of the TIMEX3s are into the TEXT element's text."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise GoldFormatError(f"{path}: not well-formed TimeML: {exc}") from exc
    dct: str | None = None
    for tx in root.iter("TIMEX3"):
        if tx.get("functionInDocument") == "CREATION_TIME":
            dct = (tx.get("value") or "")[:10] or None
            break
    body = root.find("TEXT")
    if body is None:
        raise GoldFormatError(f"{path}: no <TEXT> element")
    parts: list[str] = []
    timexes: list[GoldTimex] = []
    pos = 0

    def walk(el: ET.Element) -> None:
        nonlocal pos
        if el.text:
            parts.append(el.text)
            pos += len(el.text)
        for child in el:
            start = pos
            walk(child)
            if child.tag == "TIMEX3" and child.get("functionInDocument") != "CREATION_TIME":
                value = child.get("value")
                ttype = child.get("type")
                if value is None or ttype is None:
                    raise GoldFormatError(f"{path}: TIMEX3 {child.get('tid')} lacks type or value")
                timexes.append(GoldTimex("", start, pos, ttype, value))
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)

    walk(body)
    text = "".join(parts)
    for t in timexes:
        t.text = text[t.char_start:t.char_end]
    timexes.sort(key=lambda t: t.char_start)
    return TimeMLDoc(path.stem, text, dct, timexes)


_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "''", "'s", "'", "n't", "'re", "'ve",
                    "'ll", "'m", "'d", "...", "\u201d", "\u2019"}
_NO_SPACE_AFTER = {"(", "[", "{", "``", "$", "#", "“", "‘"}
_QUOTES = {"``": '"', "''": '"'}
# MEANTIME marks time expressions only in the title, the dateline and the first four
# sentences (sentence numbers 0-5 in the English files); later text is left out of detection.
_MEANTIME_TIMEX_SENTENCES = 6


def read_meantime(path: Path) -> TimeMLDoc:
    """Read one MEANTIME (CAT XML) file.

    Tokens are joined with single spaces inside a sentence, without a space before
    closing punctuation and clitics ("'s", "n't") or after opening brackets; ``` `` ``` and
    ``''`` become ``"``. The title and the dateline (sentences 0 and 1) end with a newline,
    later sentences are joined by a space. TIMEX3s without token anchors (non-text-consuming)
    are skipped; the DCT (``functionInDocument="CREATION_TIME"``) gives ``dct`` (when it is
    missing or not ``YYYY-MM-DD``, the date written in the dateline, sentence 1) and its span,
    when written in the text, is listed in ``excluded``, as is the text after sentence 5
    (MEANTIME does not mark time expressions there).
    """
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise GoldFormatError(f"{path}: not well-formed MEANTIME XML: {exc}") from exc
    if root.tag != "Document":
        raise GoldFormatError(f"{path}: not a MEANTIME document (root <{root.tag}>)")
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    pos = 0
    prev_sentence: str | None = None
    prev_tok = ""
    annotated_end: int | None = None
    dateline: tuple[int, int] | None = None  # sentence 1: the Wikinews dateline
    for tok in root.iter("token"):
        raw = tok.text or ""
        tid, sentence = tok.get("t_id"), tok.get("sentence")
        if tid is None:
            raise GoldFormatError(f"{path}: token without t_id")
        word = _QUOTES.get(raw, raw)
        if prev_sentence is None:
            sep = ""
        elif sentence != prev_sentence:
            sep = "\n" if prev_sentence in ("0", "1") else " "
        elif raw in _NO_SPACE_BEFORE or prev_tok in _NO_SPACE_AFTER:
            sep = ""
        else:
            sep = " "
        parts.append(sep)
        pos += len(sep)
        if sentence != prev_sentence and sentence == str(_MEANTIME_TIMEX_SENTENCES):
            annotated_end = pos
        offsets[tid] = (pos, pos + len(word))
        if sentence == "1":
            dateline = (dateline[0] if dateline else pos, pos + len(word))
        parts.append(word)
        pos += len(word)
        prev_sentence, prev_tok = sentence, raw
    text = "".join(parts)
    dct: str | None = None
    timexes: list[GoldTimex] = []
    excluded: list[tuple[int, int]] = []
    if annotated_end is not None:
        excluded.append((annotated_end, len(text)))
    for tx in root.iter("TIMEX3"):
        ids = [a.get("t_id") or "" for a in tx.iter("token_anchor")]
        spans = [offsets[i] for i in ids if i in offsets]
        if len(spans) != len(ids):
            raise GoldFormatError(f"{path}: TIMEX3 {tx.get('m_id')} anchored to an unknown token")
        value, ttype = tx.get("value"), tx.get("type")
        if tx.get("functionInDocument") == "CREATION_TIME":
            dct = (value or "")[:10] or None
            if spans:
                excluded.append((min(s for s, _ in spans), max(e for _, e in spans)))
            continue
        if not spans:
            continue
        if not value or not ttype:
            raise GoldFormatError(f"{path}: TIMEX3 {tx.get('m_id')} lacks type or value")
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        timexes.append(GoldTimex(text[start:end], start, end, ttype, value))
    if (dct is None or not _ISO_DAY.match(dct)) and dateline:
        # no usable DCT value (absent, or written as "03-02-2009"): the Wikinews dateline
        dct = _dateline_date(text, *dateline) or dct
    timexes.sort(key=lambda t: t.char_start)
    return TimeMLDoc(path.stem, text, dct, timexes, excluded)


_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _dateline_date(text: str, start: int, end: int) -> str | None:
    value = normalise_span(text, start, end, None).value
    return value if value and _ISO_DAY.match(value) else None


def _is_meantime(path: Path) -> bool:
    with path.open("rb") as fh:
        head = fh.read(400)
    return b"<Document" in head


def iter_timeml(path: Path, limit: int | None = None) -> Iterator[TimeMLDoc]:
    """The gold documents under ``path`` (a file or a directory), sorted by path.

    A directory with ``.tml`` files is read as TimeML; otherwise its ``.xml`` files whose
    root is a MEANTIME ``<Document>`` are read with :func:`read_meantime`.
    """
    if not path.exists():
        raise FileNotFound(f"no such file or directory: {path}")
    if path.is_file():
        files = [path]
    else:
        files = sorted(path.rglob("*.tml")) or [f for f in sorted(path.rglob("*.xml")) if _is_meantime(f)]
    if not files:
        raise GoldFormatError(f"{path}: no .tml files and no MEANTIME .xml files")
    for f in files[:limit] if limit is not None else files:
        yield read_timeml(f) if f.suffix == ".tml" else read_meantime(f)


@dataclass(slots=True)
class TimeScores:
    docs: int = 0
    # (a) normalisation on gold spans: type -> [correct, total]
    value_by_type: dict[str, list[int]] = field(default_factory=lambda: {t: [0, 0] for t in TYPES})
    type_correct: int = 0
    # (b) detection
    strict: PRF = field(default_factory=PRF)
    relaxed: PRF = field(default_factory=PRF)
    matched_value_correct: int = 0
    matched: int = 0
    # aggregate error categories: (gold type, gold value shape, our value shape) -> count
    error_shapes: dict[tuple[str, str, str], int] = field(default_factory=dict)

    @property
    def value_total(self) -> int:
        return sum(v[1] for v in self.value_by_type.values())

    @property
    def value_accuracy(self) -> float:
        n = self.value_total
        return sum(v[0] for v in self.value_by_type.values()) / n if n else 0.0

    def type_value_accuracy(self, ttype: str) -> float:
        c, n = self.value_by_type.get(ttype, [0, 0])
        return c / n if n else 0.0

    @property
    def matched_value_accuracy(self) -> float:
        return self.matched_value_correct / self.matched if self.matched else 0.0


def value_shape(value: str | None) -> str:
    """A value with its digits masked (``2020-03`` -> ``9999-99``), for error categories."""
    return "None" if value is None else re.sub(r"\d", "9", value)


def _layers(spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Split gold spans into layers without overlaps (MEANTIME nests "2009" in "from 2009 to 2011")."""
    layers: list[list[tuple[int, int]]] = []
    for span in sorted(spans):
        for layer in layers:
            if layer[-1][1] <= span[0]:
                layer.append(span)
                break
        else:
            layers.append([span])
    return layers


def score_doc(doc: TimeMLDoc, scores: TimeScores) -> None:
    """Add one document's counts to ``scores``."""
    scores.docs += 1
    ours: dict[tuple[int, int], TimeExpr] = {}
    for layer in _layers([(t.char_start, t.char_end) for t in doc.timexes]):
        for t in find_times(doc.text, doc.dct, candidates=layer):
            ours.setdefault((t.char_start, t.char_end), t)
    for g in doc.timexes:
        got = ours.get((g.char_start, g.char_end))
        bucket = scores.value_by_type.setdefault(g.type, [0, 0])
        bucket[1] += 1
        value = got.value if got else None
        if got is not None and got.type == g.type:
            scores.type_correct += 1
        if value == g.value:
            bucket[0] += 1
        else:
            key = (g.type, value_shape(g.value), value_shape(value))
            scores.error_shapes[key] = scores.error_shapes.get(key, 0) + 1
    found = [t for t in find_times(doc.text, doc.dct)
             if not any(t.char_start < e and s < t.char_end for s, e in doc.excluded)]
    gold_spans = {(g.char_start, g.char_end) for g in doc.timexes}
    found_spans = {(t.char_start, t.char_end) for t in found}
    scores.strict.tp += len(gold_spans & found_spans)
    scores.strict.fp += len(found_spans - gold_spans)
    scores.strict.fn += len(gold_spans - found_spans)
    used: set[int] = set()
    for g in doc.timexes:
        match = next((i for i, t in enumerate(found) if i not in used
                      and t.char_start < g.char_end and g.char_start < t.char_end), None)
        if match is None:
            scores.relaxed.fn += 1
            continue
        used.add(match)
        scores.relaxed.tp += 1
        scores.matched += 1
        if found[match].value == g.value:
            scores.matched_value_correct += 1
    scores.relaxed.fp += len(found) - len(used)


def evaluate_time(path: Path, *, limit: int | None = None) -> TimeScores:
    """Score :func:`find_times` on the TimeML files under ``path`` (see the module doc)."""
    scores = TimeScores()
    for doc in iter_timeml(Path(path), limit):
        score_doc(doc, scores)
    return scores


def format_time_report(scores: TimeScores) -> str:
    """A plain-text report of the scores."""
    lines = [f"documents: {scores.docs}",
             "(a) value accuracy on gold spans:"]
    for t in TYPES:
        c, n = scores.value_by_type.get(t, [0, 0])
        lines.append(f"  {t:<9} {c:>5}/{n:<5} {scores.type_value_accuracy(t):.3f}")
    lines.append(f"  {'overall':<9} {sum(v[0] for v in scores.value_by_type.values()):>5}/"
                 f"{scores.value_total:<5} {scores.value_accuracy:.3f}")
    if scores.value_total:
        lines.append(f"  type accuracy {scores.type_correct / scores.value_total:.3f}")
    lines.append("(b) detection (find_times alone):")
    for name, prf in (("strict", scores.strict), ("relaxed", scores.relaxed)):
        p, r, f = prf.precision or 0.0, prf.recall or 0.0, prf.f1 or 0.0
        lines.append(f"  {name:<8} P {p:.3f}  R {r:.3f}  F1 {f:.3f}"
                     f"  (tp {prf.tp}, fp {prf.fp}, fn {prf.fn})")
    lines.append(f"  value accuracy on relaxed matches {scores.matched_value_accuracy:.3f}"
                 f" ({scores.matched_value_correct}/{scores.matched})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m dotterel.evaluate.time", description=__doc__.splitlines()[0])
    ap.add_argument("path", type=Path,
                    help="a .tml / MEANTIME .xml file or a directory of them (TBAQ-cleaned, MEANTIME)")
    ap.add_argument("--limit", type=int, default=None, help="score only the first N files")
    ap.add_argument("--categories", type=int, default=0,
                    help="also print the N most frequent error categories (value shapes)")
    args = ap.parse_args(argv)
    scores = evaluate_time(args.path, limit=args.limit)
    print(format_time_report(scores))
    top = sorted(scores.error_shapes.items(), key=lambda kv: -kv[1])[: args.categories]
    for (ttype, gold, ours), n in top:
        print(f"  {n:>4}  {ttype:<9} gold {gold:<16} ours {ours}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
