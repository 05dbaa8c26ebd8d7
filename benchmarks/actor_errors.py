"""List actor-country errors of dotterel on OUR labelled files (events whose type is right), with counts.

The files are our own (training/corpus, training/dev/dev.jsonl, dev_hard.jsonl), so their errors may be read; actor
resolution is not trained, so they are fair ground for it. Never run on evaluation sets (they are scored with
``dotterel evaluate``, aggregates only). Used in session 5 (docs/accuracy.md).

Usage:
  .venv/bin/python benchmarks/actor_errors.py training/corpus/handwritten.jsonl training/corpus/written_*.jsonl
Prints one block per error (SOURCE / TARGET: gold countries, our first country, our actors; SPURIOUS: a target
where the gold has none) and the counts to stderr.
"""

from __future__ import annotations

import collections
import sys

from dotterel.evaluate.events import _events_of, _first_with, rank_events, read_gold
from dotterel.pipeline import Options, Pipeline


def main(paths: list[str]) -> None:
    pipe = Pipeline.load(Options())
    cnt: collections.Counter[str] = collections.Counter()
    for path in paths:
        for rec in read_gold(path, "jsonl"):
            if len(rec.events) != 1:
                continue
            gold = rec.events[0]
            events = rank_events(_events_of(pipe.code_text(rec.text, date=rec.date)))
            cnt["records"] += 1
            if not events or events[0].event_type != gold.event_type:
                continue
            cnt["type_right"] += 1
            ours = events[0]
            if not gold.target and ours.target:
                cnt["spurious_target"] += 1
                print(f"SPURIOUS ours={[(a.text, a.country) for a in ours.target]}\n   {rec.text}")
            for role, wanted in (("source", gold.source_countries), ("target", gold.target_countries)):
                if not wanted:
                    continue
                got = _first_with(getattr(ours, role), "country")
                cnt[f"{role}_{'right' if got in wanted else 'wrong'}"] += 1
                if got not in wanted:
                    names = [(a.text, a.country, a.sector) for a in getattr(ours, role)]
                    print(f"{role.upper()} gold={wanted} got={got} ours={names}\n   {rec.text}")
    print(sorted(cnt.items()), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
