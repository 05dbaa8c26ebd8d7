"""Retrain the classifier without some of OUR training files, code those files, and list the type errors.

The files are our own (training/corpus), so their errors may be read; the classifier has not seen them, so the
errors are those of sentences it has not learnt. Used in session 4 (docs/accuracy.md) with the five
written_codebook files and the four written_{wire,verbal,material,quotes} files. One seed (about 30 s to train).

Usage:
  .venv/bin/python benchmarks/heldout_errors.py 'written_codebook_*.jsonl' > errors.tsv
  .venv/bin/python benchmarks/heldout_errors.py 'written_[mvwq]*.jsonl' > errors.tsv
Prints "gold<TAB>predicted<TAB>text" per error (NONE = no event) and the counts to stderr.
"""

from __future__ import annotations

import argparse
import collections
import fnmatch
import sys
from pathlib import Path

from dotterel.evaluate.events import _events_of, rank_events, read_gold
from dotterel.pipeline import Options, Pipeline
from dotterel.train import featurise, file_weight, load_corpus_file, train_averaged

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "training" / "corpus"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("held_out", help="glob of corpus file names to hold out")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    kept = [f for f in sorted(CORPUS.glob("*.jsonl")) if not fnmatch.fnmatch(f.name, args.held_out)]
    items = [(text, label, file_weight(f.name)) for f in kept for text, label, _ in load_corpus_file(f)]
    rows = featurise([text for text, _, _ in items])
    model = train_averaged(rows, [label for _, label, _ in items], n=1, seed=args.seed, epochs=30,
                           sample_weight=[w for _, _, w in items])
    pipe = Pipeline.load(Options())
    model.modes = pipe.classifier.modes if pipe.classifier is not None else None
    pipe.__dict__["classifier"] = model  # the pipeline's cached classifier, replaced by the held-out one
    counts: collections.Counter[bool] = collections.Counter()
    for f in sorted(CORPUS.glob(args.held_out)):
        for rec in read_gold(f, "jsonl"):
            if len(rec.events) > 1:
                continue
            gold = rec.events[0].event_type if rec.events else "NONE"
            events = rank_events(_events_of(pipe.code_text(rec.text, date=rec.date)))
            pred = events[0].event_type if events else "NONE"
            counts[gold == pred] += 1
            if gold != pred:
                print(f"{gold}\t{pred}\t{rec.text}")
    print(f"correct {counts[True]} of {counts[True] + counts[False]}", file=sys.stderr)


if __name__ == "__main__":
    main()
