"""The GSR casualty scorer, with a fake coder (no spaCy) and our own fixture."""

from __future__ import annotations

from pathlib import Path

import pytest

from dotterel.errors import GoldFormatError
from dotterel.evaluate.casualties import evaluate_casualties, format_casualties_report, gold_value
from dotterel.model import Casualty

FIXTURE = Path(__file__).parent / "fixtures" / "gold" / "gsr_counts.json"


def fake(text: str) -> list[Casualty]:
    if "killed 7" in text:
        return [Casualty("7 villagers", 0, 1, "killed", 7, 7, 7, "exact", "civilians")]
    if "Thousands" in text:
        return [Casualty("Thousands of nurses", 0, 1, "size", None, 2000, 9999, "vague", "people")]
    if "wounded 4" in text:
        return [Casualty("4 soldiers", 0, 1, "injured", 5, 5, 5, "exact", "soldiers")]
    return []


def test_gold_values():
    assert gold_value("1,200") == 1200
    assert gold_value("Thousands") == 2000
    assert gold_value("group") is None


def test_scores_by_field():
    d = evaluate_casualties(FIXTURE, code=fake).to_dict()
    assert d["records"] == 3  # the record without counts is not scored
    assert d["fields"]["dead"] == {"total": 2, "found": 1, "value_correct": 1, "found_rate": 0.5,
                                   "value_accuracy": 0.5}
    assert d["fields"]["size"]["value_correct"] == 1
    assert d["fields"]["injured"]["found"] == 1 and d["fields"]["injured"]["value_correct"] == 0
    assert d["all"]["total"] == 4 and d["all"]["value_correct"] == 2
    assert "dead" in format_casualties_report(evaluate_casualties(FIXTURE, code=fake))


def test_bad_gold_file(tmp_path):
    bad = tmp_path / "x.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="cannot read PLOVER GSR JSON"):
        evaluate_casualties(bad, code=fake)
