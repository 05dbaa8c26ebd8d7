"""Quote / attribution evaluation on PolNeAR (brat standoff: Source / Cue / Content spans).

Gold: every ``E`` attribution relation of one annotator file per article (the first
by name when an article has several). Predictions: the quotes and "according to"
attributions of :mod:`dotterel.resolve.quotes` that have a speaker.

Matching: each prediction's content span is paired one-to-one with the gold content
span it overlaps most (greedy, largest overlap first). A paired prediction is
*correct* when its speaker span equals (``exact``, after trimming edge punctuation
and whitespace) or overlaps (``overlap``) the gold source span. Gold relations
without a source are not scored, and predictions paired with them are not counted.
Precision = correct / predictions, recall = correct / gold, for all attributions and
for direct quotes (gold: content begins with a quote mark; prediction: ``direct``).

Run: ``python -m dotterel.evaluate.quotes /path/to/polnear/dev [--limit N]``.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import FileNotFound, GoldFormatError
from ..model import Actor

QUOTE_OPENERS = "“„‟«‹\"‘"


@dataclass(slots=True)
class GoldAttribution:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]] | None
    direct: bool


@dataclass(slots=True)
class GoldDoc:
    name: str
    text: str
    date: str | None
    attributions: list[GoldAttribution]


@dataclass(slots=True)
class SubsetScore:
    """Counts for one subset; ``*_p`` count predictions in the subset, ``*_g`` gold relations in it."""

    n_gold: int = 0
    n_pred: int = 0
    matched_p: int = 0
    matched_g: int = 0
    exact_p: int = 0
    exact_g: int = 0
    overlap_p: int = 0
    overlap_g: int = 0

    @staticmethod
    def _prf(correct_p: int, n_pred: int, correct_g: int, n_gold: int) -> tuple[float, float, float]:
        p = correct_p / n_pred if n_pred else 0.0
        r = correct_g / n_gold if n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def exact_prf(self) -> tuple[float, float, float]:
        return self._prf(self.exact_p, self.n_pred, self.exact_g, self.n_gold)

    def overlap_prf(self) -> tuple[float, float, float]:
        return self._prf(self.overlap_p, self.n_pred, self.overlap_g, self.n_gold)

    def content_prf(self) -> tuple[float, float, float]:
        return self._prf(self.matched_p, self.n_pred, self.matched_g, self.n_gold)


@dataclass(slots=True)
class QuoteScores:
    docs: int
    actor_source: str  # which candidate actors were used
    overall: SubsetScore = field(default_factory=SubsetScore)
    direct: SubsetScore = field(default_factory=SubsetScore)


def _spans(field_text: str, line: str, path: Path) -> list[tuple[int, int]]:
    try:
        return [(int(a), int(b)) for a, b in (part.split() for part in field_text.split(";"))]
    except ValueError as exc:
        raise GoldFormatError(f"{path.name}: bad span list in line {line!r}") from exc


_BRAT_ID = re.compile(r"[TRAEMN*]\d*\t")


def read_ann(path: Path, text: str) -> list[GoldAttribution]:
    """The attribution relations of one brat ``.ann`` file."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    relations: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if not _BRAT_ID.match(line):
            continue  # the rest of a span text that crosses a line break (brat writes it verbatim)
        cols = line.split("\t")
        if line.startswith("T"):
            if len(cols) < 2 or " " not in cols[1]:
                raise GoldFormatError(f"{path.name}: malformed text-bound line {line!r}")
            label, _, offsets = cols[1].partition(" ")
            spans[cols[0]] = (label, _spans(offsets, line, path))
        elif line.startswith("E"):
            if len(cols) < 2:
                raise GoldFormatError(f"{path.name}: malformed event line {line!r}")
            args = dict(part.split(":", 1) for part in cols[1].split() if ":" in part)
            relations.append(args)
    out: list[GoldAttribution] = []
    for args in relations:
        if "Content" not in args:
            continue
        content = spans.get(args["Content"], ("", []))[1]
        if not content:
            continue
        source = spans[args["Source"]][1] if args.get("Source") in spans else None
        head = text[content[0][0]:content[0][1]].lstrip()
        out.append(GoldAttribution(content, source, head[:1] in QUOTE_OPENERS))
    return out


def read_polnear(split_dir: Path, *, limit: int | None = None) -> list[GoldDoc]:
    """Articles of one PolNeAR split directory (with ``text/`` and ``attributions/``)."""
    text_dir, ann_dir = split_dir / "text", split_dir / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise FileNotFound(f"not a PolNeAR split directory (needs text/ and attributions/): {split_dir}")
    dates: dict[str, str] = {}
    meta = split_dir.parent / "metadata.tsv"
    if meta.is_file():
        with meta.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                dates[row.get("filename", "")] = row.get("publication_date", "")
    docs: list[GoldDoc] = []
    for txt in sorted(text_dir.glob("*.txt")):
        anns = sorted(ann_dir.glob(f"{txt.stem}_*.ann"))
        if not anns:
            continue
        text = txt.read_text(encoding="utf-8")
        docs.append(GoldDoc(txt.stem, text, dates.get(txt.stem) or None, read_ann(anns[0], text)))
        if limit is not None and len(docs) >= limit:
            break
    return docs


def _overlap(a: Sequence[tuple[int, int]], b: tuple[int, int]) -> int:
    return sum(max(0, min(e, b[1]) - max(s, b[0])) for s, e in a)


def _norm(text: str, s: int, e: int) -> tuple[int, int]:
    strip = " \t\n,.;:\"“”'’‘"
    while s < e and text[s] in strip:
        s += 1
    while e > s and text[e - 1] in strip:
        e -= 1
    return s, e


def _actor_finder() -> tuple[str, Callable[[object, str | None], list[Actor]]]:
    """``find_actors`` with the shipped KB when available, else spaCy entities and noun chunks."""
    try:
        from ..kb import load_kb  # type: ignore[attr-defined]
        from ..resolve.actors import find_actors  # type: ignore[import-not-found]

        kb = load_kb()
        return "dotterel.resolve.actors.find_actors", lambda doc, date: list(find_actors(doc, kb, date))
    except (ImportError, AttributeError):
        pass

    def fallback(doc: object, date: str | None) -> list[Actor]:
        actors = [Actor(e.text, e.start_char, e.end_char, name=e.text) for e in doc.ents  # type: ignore[attr-defined]
                  if e.label_ in ("PERSON", "ORG", "GPE", "NORP")]
        return actors

    return "spaCy PERSON/ORG/GPE/NORP entities (find_actors unavailable)", fallback


@dataclass(slots=True)
class _Pred:
    spans: list[tuple[int, int]]
    direct: bool
    source: Actor


def _group(found: Sequence[object]) -> list[_Pred]:
    """Predictions with a speaker; parts of one split quote (same cue and speaker) become one."""
    groups: dict[tuple[object, ...], _Pred] = {}
    for f in found:
        src = getattr(f, "source", None)
        if src is None:
            continue
        key: tuple[object, ...] = (getattr(f, "cue_start", None), src.char_start, src.char_end, f.direct)  # type: ignore[attr-defined]
        if key[0] is None:
            key = (id(f),)
        span = (f.start, f.end)  # type: ignore[attr-defined]
        if key in groups:
            groups[key].spans.append(span)
        else:
            groups[key] = _Pred([span], bool(f.direct), src)  # type: ignore[attr-defined]
    return list(groups.values())


def score_doc(gold: GoldDoc, found: Sequence[object], overall: SubsetScore, direct: SubsetScore) -> None:
    """Add one article's counts (``found``: predictions with start/end/direct/source/cue_start)."""
    preds = _group(found)
    pairs: list[tuple[int, int, int]] = []
    for gi, g in enumerate(gold.attributions):
        for pi, p in enumerate(preds):
            ov = sum(_overlap(g.content, sp) for sp in p.spans)
            if ov > 0:
                pairs.append((ov, gi, pi))
    pairs.sort(reverse=True)
    g_used: dict[int, int] = {}
    p_used: set[int] = set()
    for _ov, gi, pi in pairs:
        if gi in g_used or pi in p_used:
            continue
        g_used[gi] = pi
        p_used.add(pi)
    ignored = {pi for gi, pi in g_used.items() if gold.attributions[gi].source is None}
    for pi, p in enumerate(preds):
        if pi in ignored:
            continue
        overall.n_pred += 1
        if p.direct:
            direct.n_pred += 1
    for gi, g in enumerate(gold.attributions):
        if g.source is None:
            continue
        overall.n_gold += 1
        if g.direct:
            direct.n_gold += 1
    for gi, pi in g_used.items():
        g, p = gold.attributions[gi], preds[pi]
        if g.source is None:
            continue
        src = p.source
        ps = _norm(gold.text, src.char_start, src.char_end)
        exact = any(_norm(gold.text, s, e) == ps for s, e in g.source)
        over = _overlap(g.source, ps) > 0
        for sub, in_p, in_g in ((overall, True, True), (direct, p.direct, g.direct)):
            if in_p:
                sub.matched_p += 1
                sub.exact_p += exact
                sub.overlap_p += over
            if in_g:
                sub.matched_g += 1
                sub.exact_g += exact
                sub.overlap_g += over


def evaluate_quotes(path: Path, *, limit: int | None = None) -> QuoteScores:
    """Score quote/attribution sources on a PolNeAR split directory."""
    from ..nlp import load_nlp
    from ..resolve.quotes import _find_all

    docs = read_polnear(Path(path), limit=limit)
    nlp = load_nlp()
    label, finder = _actor_finder()
    scores = QuoteScores(docs=len(docs), actor_source=label)
    for gold, doc in zip(docs, nlp.pipe(d.text for d in docs), strict=True):
        found = _find_all(doc, finder(doc, gold.date))
        score_doc(gold, found, scores.overall, scores.direct)
    return scores


def format_quotes_report(scores: QuoteScores) -> str:
    """A plain-text table of the scores."""
    lines = [f"PolNeAR attribution sources: {scores.docs} articles; actors: {scores.actor_source}",
             (f"{'subset':<8} {'gold':>6} {'pred':>6} {'match':>6}  "
              f"{'P/R/F1 exact':<20} {'P/R/F1 overlap':<20} {'content P/R/F1':<20}")]
    for name, sub in (("direct", scores.direct), ("overall", scores.overall)):
        cols = []
        for prf in (sub.exact_prf(), sub.overlap_prf(), sub.content_prf()):
            cols.append("/".join(f"{x:.3f}" for x in prf))
        lines.append(f"{name:<8} {sub.n_gold:>6} {sub.n_pred:>6} {sub.matched_g:>6}  "
                     f"{cols[0]:<20} {cols[1]:<20} {cols[2]:<20}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dotterel.evaluate.quotes", description=__doc__.splitlines()[0])
    parser.add_argument("split_dir", type=Path, help="PolNeAR split directory (text/ + attributions/)")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    args = parser.parse_args(argv)
    try:
        print(format_quotes_report(evaluate_quotes(args.split_dir, limit=args.limit)))
    except (FileNotFound, GoldFormatError) as exc:
        print(f"dotterel: error: {exc}", file=sys.stderr)
        return exc.exit_code
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
