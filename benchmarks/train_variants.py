"""Train classifier variants on our corpus and score the full pipeline with each on our dev sets.

Used in round 4 to choose the seed averaging and the corpus file weights (docs/accuracy.md). Each variant parses the
corpus once (cached in memory), trains the averaged type model, swaps it into a pipeline and scores
training/dev/*.jsonl. Evaluation sets are not read.

Usage:
  .venv/bin/python benchmarks/train_variants.py --average 1 --seed 13 --seed 7      # single seeds
  .venv/bin/python benchmarks/train_variants.py --weight generated.jsonl=0.5 --weight generated.jsonl=0
"""

from __future__ import annotations

import argparse
import fnmatch
from pathlib import Path

from dotterel.evaluate.events import run_gold
from dotterel.pipeline import Options, Pipeline
from dotterel.train import FILE_WEIGHTS, featurise, load_corpus_file, train_averaged

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "training" / "corpus"
DEV = sorted((ROOT / "training" / "dev").glob("*.jsonl"))


def corpus_rows() -> list[tuple[str, list[str], str]]:
    """(file name, features, label) per record, in load_weighted_corpus order."""
    items = [(f.name, text, lab) for f in sorted(CORPUS.glob("*.jsonl")) for text, lab, _ in load_corpus_file(f)]
    rows = featurise([text for _, text, _ in items])
    return [(name, r, lab) for (name, _, lab), r in zip(items, rows, strict=True)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--weight", action="append", default=[], help="PATTERN=W: one variant per option")
    ap.add_argument("--seed", action="append", type=int, default=[], help="one variant per seed (default 13)")
    ap.add_argument("--average", type=int, default=5)
    args = ap.parse_args()
    data = corpus_rows()
    pipe = Pipeline.load(Options())
    variants = [(spec, s) for spec in (args.weight or [""]) for s in (args.seed or [13])]
    for spec, seed in variants:
        weights = dict(FILE_WEIGHTS)
        if spec:
            pat, w = spec.split("=")
            weights = {pat: float(w), **weights}
        keep = [(r, lab, next((w for p, w in weights.items() if fnmatch.fnmatch(n, p)), 1.0)) for n, r, lab in data]
        keep = [k for k in keep if k[2] > 0]
        model = train_averaged([r for r, _, _ in keep], [lab for _, lab, _ in keep], n=args.average, seed=seed,
                               epochs=30, sample_weight=[w for _, _, w in keep])
        model.modes = pipe.classifier.modes if pipe.classifier is not None else None
        pipe.__dict__["classifier"] = model  # the pipeline's cached classifier, replaced for this variant
        accs, out = [], []
        for p in DEV:
            d = run_gold(p, "jsonl", pipeline=pipe).to_dict()
            accs.append(d["type_accuracy"]["value"])
            out.append(f"{p.stem} {accs[-1]:.3f}/fp {d['false_positive_rate']['value']:.2f}")
        print(f"{spec or 'shipped weights'} seed {seed} average {args.average} | mean {sum(accs) / len(accs):.3f} | "
              + "  ".join(out), flush=True)


if __name__ == "__main__":
    main()
