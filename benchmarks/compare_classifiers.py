"""Compare sentence-level event-type classifiers trained on our own corpus, scored on our own dev set.

Options (all trained on training/corpus/*.jsonl, scored on training/dev/*.jsonl; label = first event type or NONE):
  linear   dotterel's softmax model over lexical + dependency features (needs the spaCy parse)
  textcat  spaCy `textcat` (exclusive classes) with the bag-of-words architecture, trained from scratch (no parse)

Reports accuracy, macro-F1 and prediction time per sentence (features + model; the parse is shared by the pipeline
anyway and reported separately). Usage: .venv/bin/python benchmarks/compare_classifiers.py [--epochs 10]
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load(paths: list[Path]) -> list[tuple[str, str]]:
    out = []
    for p in paths:
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                evs = [e for e in rec.get("events", []) if e.get("status", "occurred") != "negated"]
                out.append((rec["text"], evs[0]["event_type"] if evs else "NONE"))
    return out


def macro_f1(gold: list[str], pred: list[str]) -> float:
    labels = sorted(set(gold))
    f1s = []
    for lab in labels:
        tp = sum(g == p == lab for g, p in zip(gold, pred, strict=True))
        fp = sum(p == lab and g != lab for g, p in zip(gold, pred, strict=True))
        fn = sum(g == lab and p != lab for g, p in zip(gold, pred, strict=True))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / len(f1s)


def run_linear(train: list[tuple[str, str]], dev: list[tuple[str, str]], seed: int) -> dict[str, float]:
    from dotterel.events.classify import train_softmax
    from dotterel.train import featurise

    rows = featurise([t for t, _ in train])
    model = train_softmax(rows, [lab for _, lab in train], epochs=30, seed=seed)
    t0 = time.perf_counter()
    dev_rows = featurise([t for t, _ in dev])
    parse_and_feats = time.perf_counter() - t0
    t0 = time.perf_counter()
    pred = []
    for r in dev_rows:
        p = model.predict_features(r)
        pred.append(max(p, key=p.__getitem__))
    predict = time.perf_counter() - t0
    gold = [lab for _, lab in dev]
    return {"accuracy": sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold),
            "macro_f1": macro_f1(gold, pred), "ms_per_sentence_model": 1000 * predict / len(dev),
            "ms_per_sentence_parse_and_features": 1000 * parse_and_feats / len(dev)}


def run_textcat(train: list[tuple[str, str]], dev: list[tuple[str, str]], seed: int, epochs: int) -> dict[str, float]:
    import spacy
    from spacy.training import Example

    spacy.util.fix_random_seed(seed)
    nlp = spacy.blank("en")
    tc = nlp.add_pipe("textcat", config={"model": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True,
                                                   "ngram_size": 2, "no_output_layer": False}})
    labels = sorted({lab for _, lab in train})
    for lab in labels:
        tc.add_label(lab)
    examples = [Example.from_dict(nlp.make_doc(t), {"cats": {lab: float(lab == y) for lab in labels}})
                for t, y in train]
    opt = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(examples)
        for i in range(0, len(examples), 32):
            nlp.update(examples[i:i + 32], sgd=opt)
    t0 = time.perf_counter()
    pred = [max(d.cats, key=d.cats.__getitem__) for d in nlp.pipe([t for t, _ in dev])]
    predict = time.perf_counter() - t0
    gold = [lab for _, lab in dev]
    return {"accuracy": sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold),
            "macro_f1": macro_f1(gold, pred), "ms_per_sentence_model": 1000 * predict / len(dev)}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    train = load(sorted((ROOT / "training" / "corpus").glob("*.jsonl")))
    dev = load(sorted((ROOT / "training" / "dev").glob("*.jsonl")))
    print(f"train {len(train)} records, dev {len(dev)} records; dev labels {dict(Counter(l for _, l in dev))}")
    results = {"linear (dotterel)": run_linear(train, dev, args.seed),
               "spaCy textcat BOW": run_textcat(train, dev, args.seed, args.epochs)}
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
