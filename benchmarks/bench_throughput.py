"""Throughput and memory benchmark.

Codes a realistic corpus (the 249 Guardian articles in ../shared/data/ngec when present, else our own example
articles repeated) and reports:
- articles/s and words/s for the full pipeline (`Pipeline.code_many`);
- time of the spaCy parse alone on the same texts (the cost the brief asks us to beat);
- the event classifier's own time, as a share of the parse time (target: <= 25%);
- peak resident memory.

Usage: .venv/bin/python benchmarks/bench_throughput.py [--limit N] [--json docs/benchmarks/throughput.json]
Not a test: numbers depend on the machine; record them in docs/performance.md with the command.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import platform
import resource
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DOTTEREL_SHARED", ROOT.parent / "shared"))


def corpus(limit: int | None) -> tuple[str, list[dict[str, str]]]:
    zpath = SHARED / "data" / "ngec" / "Guardian_SDF_sample.csv.zip"
    if zpath.exists():
        with zipfile.ZipFile(zpath) as z, z.open(z.namelist()[0]) as fh:
            rows = [{"id": r[""], "text": r["text"], "date": r["date"]}
                    for r in csv.DictReader(io.TextIOWrapper(fh, "utf-8"))]
        name = "Guardian sample (249 articles, ../shared/data/ngec)"
    else:
        text = (ROOT / "examples" / "ankara-ceasefire.txt").read_text(encoding="utf-8")
        rows = [{"id": str(i), "text": text + f"\n\nEdition {i}.", "date": "2024-05-14"} for i in range(100)]
        name = "examples/ankara-ceasefire.txt x100"
    return name, rows[:limit] if limit else rows


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()

    from dotterel.events.classify import load_classifier
    from dotterel.pipeline import Options, Pipeline

    name, rows = corpus(args.limit)
    words = sum(len(r["text"].split()) for r in rows)
    t0 = time.perf_counter()
    pipe = Pipeline.load(Options())
    clf = load_classifier()
    load_s = time.perf_counter() - t0

    # 1. full pipeline
    t0 = time.perf_counter()
    n_events = n_articles = n_skipped = 0
    for item in pipe.code_many(rows):
        if hasattr(item, "events"):
            n_articles += 1
            n_events += len(item.events)
        else:
            n_skipped += 1
    full_s = time.perf_counter() - t0

    # 2. spaCy parse alone, same texts (after the same cleaning)
    from dotterel.clean import clean_text

    texts = [clean_text(r["text"]).body for r in rows]
    t0 = time.perf_counter()
    docs = list(pipe.nlp.pipe(texts, batch_size=pipe.options.batch_size))
    parse_s = time.perf_counter() - t0

    # 3. classifier alone on the parsed sentences
    t0 = time.perf_counter()
    n_sents = 0
    if clf is not None:
        for doc in docs:
            for s in doc.sents:
                clf.predict(s)
                n_sents += 1
    clf_s = time.perf_counter() - t0

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "corpus": name,
        "articles": len(rows),
        "coded": n_articles,
        "skipped": n_skipped,
        "events": n_events,
        "words": words,
        "load_seconds": round(load_s, 2),
        "full_pipeline_seconds": round(full_s, 2),
        "articles_per_second": round(len(rows) / full_s, 2),
        "words_per_second": round(words / full_s),
        "articles_per_hour": round(3600 * len(rows) / full_s),
        "spacy_parse_seconds": round(parse_s, 2),
        "pipeline_over_parse": round(full_s / parse_s, 2),
        "classifier_seconds": round(clf_s, 3),
        "classifier_share_of_parse": round(clf_s / parse_s, 3),
        "sentences": n_sents,
        "peak_rss_mb": round(peak_mb),
        "python": platform.python_version(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores",
    }
    out = json.dumps(result, indent=2)
    print(out)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(out + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
