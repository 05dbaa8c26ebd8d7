"""Aggregate event scores on every visible gold set and our dev sets, in one run.

Usage: .venv/bin/python benchmarks/eval_events.py [--rules-only]
Prints type accuracy, macro-F1, quad accuracy, source/target country accuracy and false-positive rate per set.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from dotterel.evaluate.events import run_gold
from dotterel.pipeline import Options, Pipeline

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DOTTEREL_SHARED", ROOT.parent / "shared"))
SETS = [
    (SHARED / "data/plover/PLOVER_GSR_CAMEO.txt", "plover-gsr"),
    (SHARED / "data/petrarch2/validation/PETR2_GSR_validation.xml", "petrarch-xml"),
    (SHARED / "data/conflibert/cameo_class/test.tsv", "conflibert-class"),
    (ROOT / "training/dev/dev.jsonl", "jsonl"),
    (ROOT / "training/dev/dev_hard.jsonl", "jsonl"),
    (ROOT / "training/dev/dev_wire.jsonl", "jsonl"),
    (ROOT / "training/dev/dev_codebook.jsonl", "jsonl"),
]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rules-only", action="store_true", help="switch the classifier off")
    args = ap.parse_args()
    pipe = Pipeline.load(Options(use_classifier=not args.rules_only))
    for path, fmt in SETS:
        if not path.exists():
            continue
        d = run_gold(path, fmt, pipeline=pipe).to_dict()
        actors = d["actors"]

        def val(x: dict | None) -> str:
            v = (x or {}).get("value")
            return "-" if v is None else f"{v:.3f}"

        print(f"{path.name:<28} type {val(d['type_accuracy'])}  macro-F1 "
              f"{'-' if d['macro_f1'] is None else format(d['macro_f1'], '.3f')}  quad {val(d['quad_accuracy'])}  "
              f"src {val(actors.get('source_country', {}).get('all'))}  "
              f"tgt {val(actors.get('target_country', {}).get('all'))}  fp {val(d['false_positive_rate'])}",
              flush=True)


if __name__ == "__main__":
    main()
