"""Casualty and crowd-size accuracy on PLOVER GSR records that carry ``dead`` / ``injured`` / ``size``.

For each gold count, dotterel codes the record's text and looks at every casualty it found of the matching kind
(dead -> killed, injured -> injured, size -> size), attached to an event or kept as a statistic:
- ``found``: at least one casualty of that kind;
- ``value``: the gold number equals a found casualty's value (or lies within its low..high range when dotterel
  gives a range); vague gold counts ("Thousands", "Tens of thousands") match a casualty whose range contains the
  gold's range start.
Run: ``dotterel evaluate --task casualties --gold ../shared/data/plover/PLOVER_GSR_CAMEO.txt``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import GoldFormatError
from ..model import Casualty

KIND = {"dead": "killed", "injured": "injured", "size": "size"}
# same convention as dotterel.resolve.casualties: "hundreds" = at least 200, "thousands" = at least 2,000, ...
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "tens of thousands": 20000,
         "hundreds of thousands": 200000, "millions": 2000000}


@dataclass(slots=True)
class FieldScore:
    total: int = 0
    found: int = 0
    value: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total, "found": self.found, "value_correct": self.value,
                "found_rate": self.found / self.total if self.total else None,
                "value_accuracy": self.value / self.total if self.total else None}


@dataclass(slots=True)
class CasualtyScores:
    records: int = 0
    fields: dict[str, FieldScore] = field(default_factory=dict)
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        total = FieldScore(sum(f.total for f in self.fields.values()), sum(f.found for f in self.fields.values()),
                           sum(f.value for f in self.fields.values()))
        return {"records": self.records, "fields": {k: v.to_dict() for k, v in self.fields.items()},
                "all": total.to_dict(), "seconds": round(self.seconds, 2)}


def gold_value(raw: str) -> int | None:
    """The gold count as an integer lower bound (vague words give their range start), or None."""
    s = str(raw).strip().lower().replace(",", "")
    if s.isdigit():
        return int(s)
    return VAGUE.get(s)


def _matches(gold: int, c: Casualty) -> bool:
    if c.value is not None and c.value == gold:
        return True
    lo = c.low if c.low is not None else c.value
    hi = c.high if c.high is not None else (c.value if c.value is not None and c.qualifier in (None, "exact")
                                            else None)
    if lo is None:
        return False
    return lo <= gold and (hi is None or gold <= hi) and (c.qualifier not in (None, "exact") or lo == gold)


def read_gsr_counts(path: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GoldFormatError(f"{path}: cannot read PLOVER GSR JSON: {exc}") from None
    if not isinstance(data, list):
        raise GoldFormatError(f"{path}: expected a JSON array of PLOVER records")
    return [r for r in data if isinstance(r, dict) and r.get("text") and any(k in r for k in KIND)]


def evaluate_casualties(path: Path, *, limit: int | None = None,
                        code: Callable[[str], list[Casualty]] | None = None) -> CasualtyScores:
    """Score casualty extraction on GSR records with dead / injured / size fields."""
    if code is None:
        from ..pipeline import default_pipeline

        pipe = default_pipeline()

        def code(text: str) -> list[Casualty]:
            art = pipe.code_text(text)
            return [c for e in art.events for c in e.casualties] + list(art.statistics)

    records = read_gsr_counts(path)[:limit] if limit else read_gsr_counts(path)
    scores = CasualtyScores(fields={k: FieldScore() for k in KIND})
    t0 = time.perf_counter()
    from ..errors import InputError

    for rec in records:
        try:
            found = code(rec["text"])
        except InputError:
            found = []
        scores.records += 1
        for gold_field, kind in KIND.items():
            if gold_field not in rec:
                continue
            gold = gold_value(rec[gold_field])
            fs = scores.fields[gold_field]
            fs.total += 1
            of_kind = [c for c in found if c.kind == kind]
            fs.found += bool(of_kind)
            fs.value += gold is not None and any(_matches(gold, c) for c in of_kind)
    scores.seconds = time.perf_counter() - t0
    return scores


def format_casualties_report(scores: CasualtyScores) -> str:
    d = scores.to_dict()
    lines = [f"Casualty counts on {d['records']} PLOVER GSR records with dead / injured / size",
             f"  {'field':<10}{'gold':>6}{'found':>8}{'value ok':>10}{'value acc':>11}"]
    for name, f in [*d["fields"].items(), ("all", d["all"])]:
        acc = "-" if f["value_accuracy"] is None else f"{100 * f['value_accuracy']:.1f}%"
        lines.append(f"  {name:<10}{f['total']:>6}{f['found']:>8}{f['value_correct']:>10}{acc:>11}")
    lines.append(f"  time {d['seconds']}s")
    return "\n".join(lines)
