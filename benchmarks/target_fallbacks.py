"""Measure the target-fallback switches of the event coder (docs/accuracy.md, "Target fallbacks").

For each combination of (TARGET_FALLBACK, PLACE_FALLBACK, LATE_FALLBACK): type accuracy and target-country accuracy
on the PLOVER GSR and our dev sets, and the "spurious target" rate: the share of our dev events whose gold has no
target but whose first-ranked dotterel event has one.

Usage: .venv/bin/python benchmarks/target_fallbacks.py   (the GSR column needs ../shared)
"""

from __future__ import annotations

import os
from pathlib import Path

from dotterel.evaluate.events import run_gold
from dotterel.evaluate.gold import read_gold
from dotterel.events import coder
from dotterel.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DOTTEREL_SHARED", ROOT.parent / "shared"))
SETS = [(SHARED / "data/plover/PLOVER_GSR_CAMEO.txt", "plover-gsr"), (ROOT / "training/dev/dev.jsonl", "jsonl"),
        (ROOT / "training/dev/dev_hard.jsonl", "jsonl")]


def spurious(pipe: Pipeline, path: Path) -> float:
    n = hits = 0
    for rec in read_gold(path, "jsonl"):
        if len(rec.events) != 1 or rec.events[0].target_countries:
            continue
        events = pipe.code_text(rec.text, date=rec.date).events
        if events:
            n += 1
            hits += bool(events[0].target)
    return hits / max(n, 1)


def main() -> None:
    pipe = Pipeline.load()
    for combo in [(True, True, True), (True, False, False), (True, True, False), (False, False, False)]:
        coder.TARGET_FALLBACK, coder.PLACE_FALLBACK, coder.LATE_FALLBACK = combo
        row = [combo]
        for path, fmt in SETS:
            if path.exists():
                d = run_gold(path, fmt, pipeline=pipe).to_dict()
                row.append((path.name, round(d["type_accuracy"]["value"], 3),
                            round(d["actors"]["target_country"]["all"]["value"], 3)))
        row.append(("spurious", round(spurious(pipe, SETS[1][0]), 2), round(spurious(pipe, SETS[2][0]), 2)))
        print(row, flush=True)


if __name__ == "__main__":
    main()
