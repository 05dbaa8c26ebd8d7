"""Event scorers: type, mode, actors, multi-event sets, false positives, quad class.

Definitions are in docs/evaluation.md. In short: each gold record is coded
once; its predicted events are ranked by :func:`rank_events` (highest
``confidence`` first, ties by position in the text) and the first one is
compared with the gold event of single-event records.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dotterel.errors import InputError, UsageError
from dotterel.evaluate.gold import GoldEvent, GoldFormat, GoldRecord, read_gold
from dotterel.events.ontology import cameo_quad_class, cameo_root, quad_class
from dotterel.model import Actor, Event

NONE = "NONE"
TASKS = ("type", "quad")
Coder = Callable[[GoldRecord], Sequence[Event]]


@dataclass(slots=True)
class Ratio:
    """``correct`` out of ``total``; ``value`` is None when ``total`` is 0."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(ok)

    def to_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "total": self.total, "value": self.value}


@dataclass(slots=True)
class PRF:
    """Precision / recall / F1 from true positive, false positive and false negative counts."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision or 0.0, self.recall or 0.0
        if self.tp + self.fp + self.fn == 0:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        return self.tp + self.fn

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "support": self.support,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


def _conditional() -> dict[str, Ratio]:
    return {"given_type": Ratio(), "all": Ratio()}


@dataclass(slots=True)
class EventScores:
    """All event scores of one run (``to_dict()`` is the ``--json`` form)."""

    task: str
    n_records: int = 0
    n_scored: int = 0
    n_single: int = 0
    n_multi: int = 0
    n_no_event: int = 0
    n_dropped: int = 0
    n_excluded: int = 0
    # single-event records
    type_accuracy: Ratio = field(default_factory=Ratio)
    per_class: dict[str, PRF] = field(default_factory=dict)
    macro_f1: float | None = None
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)  # gold -> predicted -> n
    mode_accuracy: dict[str, Ratio] = field(default_factory=_conditional)
    actors: dict[str, dict[str, Ratio]] = field(default_factory=dict)
    # all records with gold events
    coverage: Ratio = field(default_factory=Ratio)
    # records with more than one gold event
    multi_type: PRF = field(default_factory=PRF)
    multi_tuple: PRF = field(default_factory=PRF)
    # records with events == []
    false_positive_rate: Ratio = field(default_factory=Ratio)
    false_positive_types: dict[str, int] = field(default_factory=dict)
    # records whose gold codes PLOVER drops (CAMEO 01/02, unknown codes)
    dropped_any_event: Ratio = field(default_factory=Ratio)
    # quad task
    quad_accuracy: Ratio = field(default_factory=Ratio)
    quad_per_class: dict[str, PRF] = field(default_factory=dict)
    quad_macro_f1: float | None = None
    quad_confusion: dict[str, dict[str, int]] = field(default_factory=dict)
    quad_accuracy_plover: Ratio = field(default_factory=Ratio)
    # timing
    seconds: float = 0.0
    errors: dict[str, int] = field(default_factory=dict)

    @property
    def records_per_second(self) -> float | None:
        return self.n_scored / self.seconds if self.seconds > 0 else None

    def to_dict(self) -> dict[str, Any]:
        def conv(v: Any) -> Any:
            if isinstance(v, (Ratio, PRF)):
                return v.to_dict()
            if isinstance(v, dict):
                return {k: conv(x) for k, x in v.items()}
            return v

        out = {f: conv(getattr(self, f)) for f in self.__dataclass_fields__}  # type: ignore[attr-defined]
        out["timings"] = {"seconds": self.seconds, "records_per_second": self.records_per_second}
        return out


def _position(e: Event) -> tuple[int, int]:
    start = e.trigger.char_start if e.trigger is not None else e.sentence.char_start
    return e.sentence.char_start, start


def rank_events(events: Sequence[Event]) -> list[Event]:
    """Events best first: highest ``confidence``; ties by sentence start, then trigger start, then input order."""
    order = {id(e): i for i, e in enumerate(events)}
    return sorted(events, key=lambda e: (-e.confidence, *_position(e), order[id(e)]))


def _first_with(actors: Sequence[Actor], attr: str) -> str | None:
    for a in actors:
        value = getattr(a, attr)
        if value:
            return value
    return None


def _score_actors(scores: EventScores, gold: GoldEvent, pred: Event | None, type_ok: bool) -> None:
    pairs = (("source_country", gold.source_countries, "source", "country"),
             ("source_sector", gold.source_sectors, "source", "sector"),
             ("target_country", gold.target_countries, "target", "country"),
             ("target_sector", gold.target_sectors, "target", "sector"))
    for key, wanted, role, attr in pairs:
        if not wanted:
            continue
        got = _first_with(getattr(pred, role), attr) if pred is not None else None
        ok = got is not None and got in wanted
        bucket = scores.actors.setdefault(key, _conditional())
        bucket["all"].add(ok)
        if type_ok:
            bucket["given_type"].add(ok)


def _tuples(events: Sequence[GoldEvent] | Sequence[Event], gold: bool) -> tuple[set[str], set[tuple]]:
    types: set[str] = set()
    tuples: set[tuple] = set()
    for e in events:
        types.add(e.event_type)
        if gold:
            src = e.source_countries[0] if e.source_countries else None  # type: ignore[union-attr]
            tgt = e.target_countries[0] if e.target_countries else None  # type: ignore[union-attr]
        else:
            src = _first_with(e.source, "country")  # type: ignore[union-attr,arg-type]
            tgt = _first_with(e.target, "country")  # type: ignore[union-attr,arg-type]
        tuples.add((e.event_type, src, tgt))
    return types, tuples


def _add_set(prf: PRF, gold: set, pred: set) -> None:
    prf.tp += len(gold & pred)
    prf.fp += len(pred - gold)
    prf.fn += len(gold - pred)


def _per_class(confusion: dict[str, dict[str, int]], classes: Sequence[str]) -> dict[str, PRF]:
    out: dict[str, PRF] = {}
    for c in classes:
        prf = PRF()
        prf.tp = confusion.get(c, {}).get(c, 0)
        prf.fn = sum(confusion.get(c, {}).values()) - prf.tp
        prf.fp = sum(row.get(c, 0) for g, row in confusion.items() if g != c)
        out[c] = prf
    return out


def _macro(per_class: dict[str, PRF]) -> float | None:
    f1s = [p.f1 or 0.0 for p in per_class.values() if p.support > 0]
    return sum(f1s) / len(f1s) if f1s else None


def evaluate_events(records: Sequence[GoldRecord], code: Coder, *, task: str = "type") -> EventScores:
    """Code every record with ``code`` and score the result against the gold.

    ``task="type"`` scores event types, modes and actors (PLOVER GSR, PETRARCH,
    JSONL); ``task="quad"`` scores the quad class in ``meta["quad_class"]``
    (ConfliBERT). Records flagged ``meta["excluded"]`` are counted, not scored.
    A coder raising :class:`~dotterel.errors.InputError` predicts nothing for that
    record; ``EventScores.errors`` counts those by error code.
    """
    if task not in TASKS:
        raise UsageError(f"unknown evaluation task {task!r} (choose from {', '.join(TASKS)})")
    scores = EventScores(task=task, n_records=len(records))
    confusion: dict[str, dict[str, int]] = {}
    qconf: dict[str, dict[str, int]] = {}
    fp_types: Counter[str] = Counter()
    started = time.perf_counter()
    for record in records:
        if record.meta.get("excluded"):
            scores.n_excluded += 1
            continue
        if task == "quad" and "quad_class" not in record.meta:
            raise UsageError(f"record {record.id!r} has no quad_class: the quad task needs conflibert-class gold")
        scores.n_scored += 1
        try:
            predicted = rank_events(list(code(record)))
        except InputError as exc:  # an uncodable gold text counts as "no prediction"
            scores.errors[exc.code] = scores.errors.get(exc.code, 0) + 1
            predicted = []
        first = predicted[0] if predicted else None

        if task == "quad":
            gold_q = str(record.meta["quad_class"])
            pred_q = str(quad_class(first.event_type)) if first is not None else "0"
            cameo_q = (str(cameo_quad_class(first.cameo_root or cameo_root(first.event_type, first.mode)))
                       if first is not None else "0")
            # The gold labels are CAMEO's quad classes of CAMEO codes, so the headline compares the quad of our
            # CAMEO root; PLOVER's own quads (REQUEST = verbal conflict even for appeals) are reported beside it.
            scores.quad_accuracy.add(cameo_q == gold_q)
            scores.quad_accuracy_plover.add(pred_q == gold_q)
            row = qconf.setdefault(gold_q, {})
            row[cameo_q] = row.get(cameo_q, 0) + 1
            continue

        if record.meta.get("dropped"):
            scores.n_dropped += 1
            scores.dropped_any_event.add(bool(predicted))
            continue
        if not record.events:
            scores.n_no_event += 1
            scores.false_positive_rate.add(bool(predicted))
            fp_types.update(e.event_type for e in predicted[:1])
            continue
        scores.coverage.add(bool(predicted))
        if len(record.events) > 1:
            scores.n_multi += 1
            gtypes, gtuples = _tuples(record.events, gold=True)
            ptypes, ptuples = _tuples(predicted, gold=False)
            _add_set(scores.multi_type, gtypes, ptypes)
            _add_set(scores.multi_tuple, gtuples, ptuples)
            continue

        scores.n_single += 1
        gold = record.events[0]
        pred_type = first.event_type if first is not None else NONE
        type_ok = pred_type == gold.event_type
        scores.type_accuracy.add(type_ok)
        row = confusion.setdefault(gold.event_type, {})
        row[pred_type] = row.get(pred_type, 0) + 1
        if gold.mode is not None:
            mode_ok = type_ok and first is not None and first.mode == gold.mode
            scores.mode_accuracy["all"].add(mode_ok)
            if type_ok:
                scores.mode_accuracy["given_type"].add(mode_ok)
        _score_actors(scores, gold, first, type_ok)

    scores.seconds = time.perf_counter() - started
    scores.confusion = confusion
    gold_classes = sorted(confusion)
    scores.per_class = _per_class(confusion, gold_classes)
    scores.macro_f1 = _macro(scores.per_class)
    scores.false_positive_types = dict(fp_types.most_common())
    if task == "quad":
        scores.quad_confusion = qconf
        scores.quad_per_class = _per_class(qconf, [str(q) for q in range(5)])
        scores.quad_macro_f1 = _macro(scores.quad_per_class)
    return scores


# --------------------------------------------------------------------------- report

def _pct(v: float | None) -> str:
    return "   -  " if v is None else f"{100 * v:5.1f}%"


def _ratio(r: Ratio) -> str:
    return f"{_pct(r.value)}  ({r.correct}/{r.total})"


def _line(label: str, value: str) -> str:
    return f"  {label:<40}{value}"


def _prf_table(per_class: dict[str, PRF], title: str) -> list[str]:
    lines = [title, f"  {'class':<12} {'P':>7} {'R':>7} {'F1':>7}  gold  pred"]
    for c, p in per_class.items():
        lines.append(f"  {c:<12} {_pct(p.precision):>7} {_pct(p.recall):>7} {_pct(p.f1):>7} "
                     f"{p.support:>5} {p.tp + p.fp:>5}")
    return lines


def _confusion_table(conf: dict[str, dict[str, int]], title: str) -> list[str]:
    golds = sorted(conf)
    preds = sorted({p for row in conf.values() for p in row}, key=lambda p: (p == NONE, p))
    width = max([4, *(len(p) for p in preds)])
    head = "  " + "gold/pred".ljust(12) + "".join(f" {p[:width]:>{width}}" for p in preds)
    lines = [title, head]
    for g in golds:
        lines.append(f"  {g:<12}" + "".join(f" {conf[g].get(p, 0) or '.':>{width}}" for p in preds))
    return lines


def format_event_report(scores: EventScores) -> str:
    """Plain-text tables of an :class:`EventScores`."""
    s = scores
    rps = s.records_per_second
    out = [f"event evaluation (task: {s.task})",
           (f"  records {s.n_records}  scored {s.n_scored}  excluded {s.n_excluded}  "
           f"time {s.seconds:.2f}s  ({'-' if rps is None else f'{rps:.1f}'} records/s)")]
    if s.errors:
        out.append("  coder errors (no prediction): " + ", ".join(f"{k} {v}" for k, v in sorted(s.errors.items())))
    if s.task == "quad":
        out += [_line("quad accuracy (our CAMEO root -> quad)", _ratio(s.quad_accuracy)),
                _line("quad accuracy (our PLOVER type -> quad)", _ratio(s.quad_accuracy_plover)),
                _line("quad macro-F1", _pct(s.quad_macro_f1)), ""]
        out += _prf_table(s.quad_per_class, "per quad class (0 = no event)")
        out += [""] + _confusion_table(s.quad_confusion, "quad confusion (rows gold, columns predicted)")
        return "\n".join(out)
    out += [(f"  single-event {s.n_single}  multi-event {s.n_multi}  no-event {s.n_no_event}  "
            f"dropped-code {s.n_dropped}"), "",
            "single-event records (first-ranked prediction)",
            _line("type accuracy", _ratio(s.type_accuracy)),
            _line("macro-F1 (classes in gold)", _pct(s.macro_f1)),
            _line("mode accuracy (all)", _ratio(s.mode_accuracy["all"])),
            _line("mode accuracy (type correct)", _ratio(s.mode_accuracy["given_type"])),
            "", f"  {'actors':<30}{'all records':<24}type correct"]
    for key in ("source_country", "source_sector", "target_country", "target_sector"):
        if key in s.actors:
            b = s.actors[key]
            out.append(f"  {key:<30}{_ratio(b['all']):<24}{_ratio(b['given_type'])}")
    out += ["", _line("coverage (records with gold events)", _ratio(s.coverage)),
            _line("false-positive rate (no-event records)", _ratio(s.false_positive_rate)),
            _line("any event on dropped-code records", _ratio(s.dropped_any_event))]
    if s.n_multi:
        out += ["", "multi-event records (set-based, micro)",
                f"  {'':<26} {'P':>7} {'R':>7} {'F1':>7}  gold  pred"]
        for name, p in (("type", s.multi_type), ("(type, src, tgt country)", s.multi_tuple)):
            out.append(f"  {name:<26} {_pct(p.precision):>7} {_pct(p.recall):>7} {_pct(p.f1):>7} "
                       f"{p.tp + p.fn:>5} {p.tp + p.fp:>5}")
    if s.per_class:
        out += [""] + _prf_table(s.per_class, "per class (single-event records)")
        out += [""] + _confusion_table(s.confusion, "confusion (rows gold, columns predicted)")
    return "\n".join(out)


# --------------------------------------------------------------------------- runner

def _events_of(result: Any) -> list[Event]:
    if hasattr(result, "events"):
        return list(result.events)
    if isinstance(result, (list, tuple)):
        return [e for a in result for e in (a.events if hasattr(a, "events") else [a])]
    raise UsageError(f"coder returned {type(result).__name__}, expected an Article or a list of Events")


def run_gold(path: Path | str, fmt: GoldFormat, *, pipeline: Any = None, limit: int | None = None) -> EventScores:
    """Read a gold file, code each text with dotterel and score it.

    ``pipeline``: anything with ``code_text(text, date=...)`` (e.g. a loaded
    ``dotterel.Pipeline``); default ``dotterel.code_text``. ConfliBERT files
    are scored with ``task="quad"``, the others with ``task="type"``.
    """
    records = read_gold(Path(path), fmt)
    if limit is not None:
        records = records[:limit]
    if pipeline is not None:
        coder_fn = pipeline.code_text
    else:
        from dotterel import code_text as coder_fn  # lazy: the pipeline is heavy

    def code(record: GoldRecord) -> list[Event]:
        return _events_of(coder_fn(record.text, date=record.date))

    return evaluate_events(records, code, task="quad" if fmt == "conflibert-class" else "type")
