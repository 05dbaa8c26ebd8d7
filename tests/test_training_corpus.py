"""Checks for the PLOVER training corpus in training/corpus and its generator."""

from __future__ import annotations

import collections
import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from dotterel.model import PLOVER_TYPES

ROOT = Path(__file__).resolve().parents[1]
TRAINING = ROOT / "training"
HANDWRITTEN = TRAINING / "corpus" / "handwritten.jsonl"
GENERATED = TRAINING / "corpus" / "generated.jsonl"
# Hand-written by other authors in other registers (training) and our held-out dev sets (never trained on).
WRITTEN = sorted((TRAINING / "corpus").glob("written_*.jsonl")) + sorted((TRAINING / "dev").glob("*.jsonl"))
SHINGLE = 8


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dotterel_training_generate", TRAINING / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


gen = _load_generator()


def _read(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


@pytest.fixture(scope="module")
def handwritten() -> list[dict[str, Any]]:
    return _read(HANDWRITTEN)


@pytest.fixture(scope="module")
def generated() -> list[dict[str, Any]]:
    return _read(GENERATED)


@pytest.fixture(scope="module")
def written() -> list[dict[str, Any]]:
    return [rec for path in WRITTEN for rec in _read(path)]


def _check_actor(actor: Any, text: str, where: str) -> None:
    assert isinstance(actor, dict) and set(actor) == {"text", "country", "sector"}, where
    if actor["text"] is None:  # dev_hard: an actor the sentence implies but does not name verbatim
        assert where.startswith("hard-"), where
    else:
        assert isinstance(actor["text"], str) and actor["text"] and actor["text"] in text, where
    country, sector = actor["country"], actor["sector"]
    assert country is None or re.fullmatch(r"[A-Z]{3}", country), where
    assert sector is None or sector in gen.SECTORS, where


def _check_record(rec: dict[str, Any]) -> None:
    where = rec.get("id", "?")
    assert set(rec) <= {"id", "text", "date", "events"} and {"id", "text", "events"} <= set(rec), where
    text = rec["text"]
    assert isinstance(text, str) and text == text.strip() and 6 <= len(text.split()) <= 45, where
    if rec.get("date") is not None:
        assert re.fullmatch(r"(19[89]\d|20[0-2]\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", rec["date"]), where
    assert isinstance(rec["events"], list), where
    for ev in rec["events"]:
        assert {"event_type", "mode", "status", "historical", "source", "target", "trigger"} <= set(ev), where
        assert set(ev) <= {"event_type", "mode", "status", "historical", "source", "target", "trigger",
                           "reported_by"}, where
        assert ev["event_type"] in PLOVER_TYPES, where
        assert ev["mode"] is None or ev["mode"] in gen.MODES[ev["event_type"]], (where, ev["mode"])
        assert ev["status"] in gen.STATUSES, where
        assert isinstance(ev["historical"], bool), where
        assert isinstance(ev["source"], list) and isinstance(ev["target"], list), where
        for actor in ev["source"] + ev["target"]:
            _check_actor(actor, text, where)
        if "reported_by" in ev:
            _check_actor(ev["reported_by"], text, where)
        assert isinstance(ev["trigger"], str) and ev["trigger"] and ev["trigger"] in text, (where, ev["trigger"])


def test_ontology_matches_the_package() -> None:
    assert gen.PLOVER_TYPES == PLOVER_TYPES
    assert set(gen.MODES) == set(PLOVER_TYPES)
    assert gen.MODES["PROTEST"][-1] == "vandalize" and "suicide-attack" in gen.MODES["ASSAULT"]


@pytest.mark.parametrize("name", ["handwritten", "generated", "written"])
def test_records_are_well_formed(name: str, request: pytest.FixtureRequest) -> None:
    records = request.getfixturevalue(name)
    for rec in records:
        _check_record(rec)
    texts = [r["text"] for r in records]
    assert len(set(texts)) == len(texts)


def test_ids_unique_across_files(handwritten: list[dict], generated: list[dict], written: list[dict]) -> None:
    assert len(WRITTEN) >= 6 and len(written) >= 1500
    assert len({r["id"] for r in written}) == len(written)
    assert not {r["id"] for r in written} & {r["id"] for r in handwritten + generated}
    all_texts = [r["text"] for r in handwritten + generated + written]
    assert len(set(all_texts)) == len(all_texts)  # no dev sentence is also a training sentence
    ids = [r["id"] for r in handwritten + generated]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("hw-") for i in ids[: len(handwritten)])
    assert all(i.startswith("gen-") for i in ids[len(handwritten):])


def test_handwritten_coverage(handwritten: list[dict]) -> None:
    assert len(handwritten) >= 700
    per_type = collections.Counter(ev["event_type"] for r in handwritten for ev in r["events"])
    assert min(per_type[t] for t in PLOVER_TYPES) >= 25, per_type
    non_event = sum(1 for r in handwritten if not r["events"])
    assert non_event >= 200 and non_event / len(handwritten) >= 0.2
    tricky = sum(1 for r in handwritten if any(
        ev["status"] in ("negated", "hypothetical") or ev["historical"] or "reported_by" in ev
        for ev in r["events"]))
    assert tricky >= 60
    # every mode of the manual is exemplified at least once by hand
    modes = {(ev["event_type"], ev["mode"]) for r in handwritten for ev in r["events"]}
    missing = [(t, m) for t, ms in gen.MODES.items() for m in ms if (t, m) not in modes]
    assert not missing


def test_generated_coverage(generated: list[dict]) -> None:
    assert len(generated) >= 3500
    assert sum(1 for r in generated if not r["events"]) / len(generated) >= 0.2
    statuses = collections.Counter(ev["status"] for r in generated for ev in r["events"])
    assert all(statuses[s] >= 100 for s in gen.STATUSES), statuses
    assert sum(ev["historical"] for r in generated for ev in r["events"]) >= 50
    assert sum("reported_by" in ev for r in generated for ev in r["events"]) >= 200


def test_coding_conventions(handwritten: list[dict], generated: list[dict], written: list[dict]) -> None:
    for rec in handwritten + generated + written:
        for ev in rec["events"]:
            trig = ev["trigger"].lower()
            if re.search(r"refus|rejected|turned down|vetoed|would never agree", trig):
                assert ev["event_type"] == "REJECT" or ev["event_type"] == "PROTEST", rec["id"]
            if trig.startswith(("warn", "threaten")):
                assert ev["event_type"] == "THREATEN", rec["id"]
            if ev["event_type"] == "AGREE":
                assert ev["status"] != "occurred", rec["id"]


def test_generate_is_deterministic() -> None:
    first = gen.generate()
    second = gen.generate()
    assert first == second
    assert gen.to_jsonl(first) == GENERATED.read_text(encoding="utf-8")
    assert gen.generate(seed=1, n_events=20, n_nonevents=5) != gen.generate(seed=2, n_events=20, n_nonevents=5)


def test_inflection() -> None:
    assert gen.inflect("hold talks with {T}", "past") == "held talks with {T}"
    assert gen.inflect("set fire to cars and ^loot shops", "past") == "set fire to cars and looted shops"
    assert gen.inflect("ban imports", "third") == "bans imports"
    assert gen.inflect("kidnap {N} {T}", "pp") == "kidnapped {N} {T}"


def test_stats_output(tmp_path: Path) -> None:
    recs = gen.generate(seed=3, n_events=30, n_nonevents=10)
    st = gen.stats(recs)
    assert st["records"] == 40 and st["non_event_records"] == 10
    out = tmp_path / "g.jsonl"
    assert gen.main(["--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == GENERATED.read_text(encoding="utf-8")
    table = gen.format_stats({"x": recs})
    assert "| **ASSAULT** |" in table and "| records | 40 |" in table


# ---------------------------------------------------------------- no copied text
def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def _shared_sentences(shared_dir: Path) -> list[str]:
    gsr = json.loads((shared_dir / "data/plover/PLOVER_GSR_CAMEO.txt").read_text(encoding="utf-8"))
    texts = [r["text"] for r in gsr if isinstance(r.get("text"), str)]
    tsv = (shared_dir / "data/conflibert/cameo_class/test.tsv").read_text(encoding="utf-8")
    texts += [line.rsplit("\t", 1)[0] for line in tsv.splitlines() if line.strip()]
    return texts


@pytest.mark.shared
def test_no_text_from_evaluation_sets(shared_dir: Path, handwritten: list[dict], generated: list[dict],
                                     written: list[dict]) -> None:
    shared = _shared_sentences(shared_dir)
    assert len(shared) > 500
    shared_shingles: set[tuple[str, ...]] = set()
    short: set[str] = set()
    for text in shared:
        words = _words(text)
        shared_shingles |= _shingles(words)
        if len(words) < SHINGLE and len(words) >= 4:
            short.add(" ".join(words))
    shared_norm = {" ".join(_words(t)) for t in shared}
    for rec in handwritten + generated + written:
        words = _words(rec["text"])
        norm = " ".join(words)
        assert norm not in shared_norm, rec["id"]
        overlap = _shingles(words) & shared_shingles
        assert not overlap, (rec["id"], sorted(overlap)[:1])
        assert not any(f" {s} " in f" {norm} " for s in short), rec["id"]
