"""Choose the rules/classifier blend on OUR dev sets only (training/dev/*.jsonl; never trained on).

Usage: .venv/bin/python benchmarks/blend_sweep.py [--modes]
Prints mean type accuracy, macro-F1 and false-positive rate over the dev sets (training/dev/*.jsonl)
for a grid of (RELABEL_MIN, FILL_MIN, RULE_WEIGHT, NONE_DROP); with --modes, mean mode accuracy (all events and
given the right type) for a grid of the mode model's thresholds (MODE_FILL, MODE_RELABEL; 1.01 = off).
Evaluation sets are not read.
"""

from __future__ import annotations

import argparse
import itertools
from pathlib import Path

from dotterel.evaluate.events import _events_of, evaluate_events
from dotterel.evaluate.gold import read_gold
from dotterel.events import coder
from dotterel.pipeline import Options, Pipeline

ROOT = Path(__file__).resolve().parents[1]
DEV = sorted((ROOT / "training" / "dev").glob("*.jsonl"))


def sweep_modes(pipe: Pipeline, sets: dict) -> None:
    for fill, relabel in itertools.product((1.01, 0.7, 0.5, 0.35), (1.01, 0.9, 0.75)):
        coder.MODE_FILL, coder.MODE_RELABEL = fill, relabel
        alls, givens = [], []
        for recs in sets.values():
            s = evaluate_events(recs, lambda r: _events_of(pipe.code_text(r.text, date=r.date)))
            alls.append(s.mode_accuracy["all"].value or 0.0)
            givens.append(s.mode_accuracy["given_type"].value or 0.0)
        print(f"mode_fill {fill:.2f} mode_relabel {relabel:.2f}  mode (all) {sum(alls) / len(alls):.3f}  "
              f"mode (type right) {sum(givens) / len(givens):.3f}  " + "  ".join(f"{a:.3f}" for a in givens),
              flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--modes", action="store_true", help="sweep the mode model's thresholds instead")
    args = ap.parse_args()
    pipe = Pipeline.load(Options())
    sets = {p.name: read_gold(p, "jsonl") for p in DEV}
    if args.modes:
        sweep_modes(pipe, sets)
        return
    grid = itertools.product((0.9, 0.8, 0.7), (0.8, 0.65), (0.7,), (0.99, 0.95, 0.9))
    for relabel, fill, weight, drop in grid:
        coder.RELABEL_MIN, coder.FILL_MIN, coder.RULE_WEIGHT, coder.NONE_DROP = relabel, fill, weight, drop
        accs, f1s, fps = [], [], []
        for recs in sets.values():
            s = evaluate_events(recs, lambda r: _events_of(pipe.code_text(r.text, date=r.date)))
            accs.append(s.type_accuracy.value or 0.0)
            f1s.append(s.macro_f1 or 0.0)
            fps.append(s.false_positive_rate.value or 0.0)
        print(f"relabel {relabel:.2f} fill {fill:.2f} rule_weight {weight:.1f} none_drop {drop:.2f}  "
              f"type {sum(accs) / len(accs):.3f}  macro-F1 {sum(f1s) / len(f1s):.3f}  fp {sum(fps) / len(fps):.3f}  "
              + "  ".join(f"{a:.3f}" for a in accs), flush=True)


if __name__ == "__main__":
    main()
