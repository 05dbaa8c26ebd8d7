"""CI quality gate: accuracy floors on the visible gold sets.

Floors live in tests/quality_floors.json, set just under the scores recorded in docs/accuracy.md. A drop below a
floor fails the build. Lowering a floor is an explicit change to that file, explained in docs/accuracy.md.
Skips cleanly when ../shared is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.shared]

FLOORS = {k: v for k, v in json.loads(Path(__file__).with_name("quality_floors.json").read_text(encoding="utf-8")).items()
          if not k.startswith("_")}


def floor(name: str) -> dict:
    return FLOORS[name]


@pytest.fixture(scope="module")
def pipeline():
    from dotterel.pipeline import Pipeline

    return Pipeline.load()


def _check(name: str, got: dict[str, float]) -> None:
    want = floor(name)
    failures = [f"{k}: {got[k]:.4f} < floor {v:.4f}" for k, v in want.items()
                if not k.startswith("_") and got[k] < v]
    assert not failures, f"{name} below its quality floor: " + "; ".join(failures)


def test_plover_gsr(shared_dir, pipeline):
    from dotterel.evaluate.events import run_gold

    s = run_gold(shared_dir / "data/plover/PLOVER_GSR_CAMEO.txt", "plover-gsr", pipeline=pipeline).to_dict()
    _check("plover_gsr", {"type_accuracy": s["type_accuracy"]["value"], "macro_f1": s["macro_f1"],
                          "source_country": s["actors"]["source_country"]["all"]["value"],
                          "target_country": s["actors"]["target_country"]["all"]["value"],
                          "mode_accuracy": s["mode_accuracy"]["all"]["value"]})


def test_own_dev_sets(pipeline):
    """Our own dev sets (training/dev, never trained on): type accuracy floors and a ceiling on false positives."""
    from dotterel.evaluate.events import run_gold

    dev_dir = Path(__file__).resolve().parents[1] / "training" / "dev"
    want = floor("own_dev_sets")
    got, fps = {}, []
    for name in ("dev", "dev_hard", "dev_wire", "dev_codebook"):
        s = run_gold(dev_dir / f"{name}.jsonl", "jsonl", pipeline=pipeline).to_dict()
        got[name] = s["type_accuracy"]["value"]
        fps.append(s["false_positive_rate"]["value"])
    _check("own_dev_sets", got)
    mean_fp = sum(fps) / len(fps)
    assert mean_fp <= want["_max_mean_false_positive_rate"], f"dev false-positive rate {mean_fp:.3f} above its ceiling"


def test_conflibert_quad(shared_dir, pipeline):
    from dotterel.evaluate.events import run_gold

    s = run_gold(shared_dir / "data/conflibert/cameo_class/test.tsv", "conflibert-class", pipeline=pipeline).to_dict()
    _check("conflibert_test", {"quad_accuracy": s["quad_accuracy"]["value"]})


def test_petrarch_validation(shared_dir, pipeline):
    from dotterel.evaluate.events import run_gold

    s = run_gold(shared_dir / "data/petrarch2/validation/PETR2_GSR_validation.xml", "petrarch-xml",
                 pipeline=pipeline).to_dict()
    _check("petr2_validation", {"type_accuracy": s["type_accuracy"]["value"]})


def test_tempeval_dates(shared_dir):
    from dotterel.evaluate.time import evaluate_time

    s = evaluate_time(shared_dir / "data/tempeval3/TBAQ-cleaned")
    _check("tempeval3", {"date_value_accuracy": s.type_value_accuracy("DATE")})


def test_lgl_geo(shared_dir):
    from dotterel.evaluate.geo import evaluate_geo

    s = evaluate_geo(shared_dir / "data/geo/lgl.xml")
    _check("lgl", {"acc_161km": s.accuracy_161, "country_accuracy": s.country_accuracy or 0.0})


def test_polnear_direct_quotes(shared_dir):
    from dotterel.evaluate.quotes import evaluate_quotes

    s = evaluate_quotes(shared_dir / "data/polnear/dev", limit=FLOORS["polnear_dev"]["_limit"])
    _check("polnear_dev", {"direct_speaker_f1_overlap": s.direct.overlap_prf()[2]})
