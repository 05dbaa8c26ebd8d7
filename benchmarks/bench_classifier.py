"""Event classifier cost and NGEC document-level agreement.

    python benchmarks/bench_classifier.py                 # classifier time vs spaCy parse time
    python benchmarks/bench_classifier.py --ngec 500      # + NGEC synthetic stories, type agreement

Timing input: the Guardian sample of NGEC (``<shared>/data/ngec/Guardian_SDF_sample.csv.zip``) when present,
else the project's ``examples/*.txt``. The target is classifier time <= 25% of parse time.

NGEC synthetic stories are an EVALUATION set: only aggregate numbers are printed (document pseudo-label vs
the event type of the most confident event dotterel codes in the story); nothing here is used for tuning.
``<shared>`` is ``$DOTTEREL_SHARED`` or ``<project root>/../shared``.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import sys
import time
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
csv.field_size_limit(10**8)


def shared_dir() -> Path:
    return Path(os.environ.get("DOTTEREL_SHARED", ROOT.parent / "shared"))


def read_zipped_csv(path: Path) -> list[dict[str, str]]:
    with zipfile.ZipFile(path) as z:
        name = next(n for n in z.namelist() if n.endswith(".csv"))
        with z.open(name) as fh:
            return list(csv.DictReader(io.TextIOWrapper(fh, encoding="utf-8")))


def timing_texts(limit: int) -> tuple[str, list[str]]:
    guardian = shared_dir() / "data" / "ngec" / "Guardian_SDF_sample.csv.zip"
    if guardian.is_file():
        return "Guardian sample", [r["text"] for r in read_zipped_csv(guardian) if r.get("text")][:limit]
    return "examples", [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))][:limit]


def bench_timing(limit: int) -> dict[str, object]:
    from dotterel.events.classify import load_classifier
    from dotterel.nlp import load_nlp

    nlp = load_nlp()
    clf = load_classifier()
    if clf is None:
        raise SystemExit("no classifier shipped; run `python -m dotterel.train`")
    name, texts = timing_texts(limit)
    nlp("warm up the pipeline.")
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=16))
    parse_s = time.perf_counter() - t0
    sents = [s for d in docs for s in d.sents if s.text.strip()]
    t0 = time.perf_counter()
    for s in sents:  # as the coder calls it: type probabilities, then the mode model for a type
        p, mode_probs = clf.predict_sentence(s)
        mode_probs(max((lab for lab in p if lab != "NONE"), key=p.__getitem__))
    clf_s = time.perf_counter() - t0
    return {"input": name, "docs": len(docs), "sentences": len(sents), "chars": sum(len(t) for t in texts),
            "parse_seconds": round(parse_s, 3), "classifier_seconds": round(clf_s, 3),
            "classifier_share_of_parse": round(clf_s / parse_s, 3) if parse_s else None}


def bench_ngec(n: int, seed: int = 13) -> dict[str, object]:
    from dotterel.evaluate.events import rank_events
    from dotterel.pipeline import Options, Pipeline

    path = shared_dir() / "data" / "ngec" / "gpt_synthetic_events_2023-10-19_19.csv.zip"
    if not path.is_file():
        return {"ngec": "absent"}
    rows = [r for r in read_zipped_csv(path) if r.get("text") and r.get("label")]
    rows = random.Random(seed).sample(rows, min(n, len(rows)))
    out: dict[str, object] = {"stories": len(rows)}
    for name, use_clf in (("rules", False), ("rules+classifier", True)):
        pipe = Pipeline.load(Options(use_classifier=use_clf, resolve_places=False))
        ok, coded = 0, 0
        per: Counter[str] = Counter()
        per_ok: Counter[str] = Counter()
        for r in rows:
            events = rank_events(pipe.code_text(r["text"]).events)
            pred = events[0].event_type if events else "NONE"
            coded += bool(events)
            per[r["label"]] += 1
            if pred == r["label"]:
                ok += 1
                per_ok[r["label"]] += 1
        out[name] = {"type_accuracy": round(ok / len(rows), 4), "stories_with_event": round(coded / len(rows), 4),
                     "per_label_accuracy": {k: round(per_ok[k] / v, 3) for k, v in sorted(per.items())}}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=100, help="articles to time (default 100)")
    ap.add_argument("--ngec", type=int, default=0, help="also score this many NGEC synthetic stories")
    args = ap.parse_args(argv)
    result: dict[str, object] = {"timing": bench_timing(args.limit)}
    if args.ngec:
        result["ngec"] = bench_ngec(args.ngec)
    json.dump(result, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
