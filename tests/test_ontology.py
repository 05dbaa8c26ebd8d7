"""PLOVER ontology: modes, quad classes, scores, CAMEO map, legacy labels."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from dotterel.events import ontology as o
from dotterel.model import PLOVER_TYPES

ROOT = Path(__file__).resolve().parents[1]


def test_types_and_tables_cover_every_type():
    assert o.PLOVER_TYPES is PLOVER_TYPES
    assert set(o.MODES) == set(PLOVER_TYPES)
    assert set(o.QUAD_CLASS) == set(PLOVER_TYPES)
    assert {t for t, _ in o.PLOVER_SCORE} == set(PLOVER_TYPES)
    for (etype, mode) in o.PLOVER_SCORE:
        assert mode is None or mode in o.MODES[etype], (etype, mode)


@pytest.mark.parametrize("etype, modes", [
    ("CONSULT", {"phone", "visit", "third-party", "multilateral"}),
    ("RETREAT", {"withdraw", "release", "disarm", "ceasefire", "access", "resign"}),
    ("REQUEST", {"assist", "change", "yield", "meet"}),
    ("REJECT", {"assist", "change", "yield", "meet"}),
    ("ACCUSE", {"disapprove", "investigate", "allege"}),
    ("THREATEN", {"restrict", "arrest", "relations", "expel", "territory", "violence"}),
    ("SANCTION", {"convict", "expel", "withdraw", "discontinue"}),
    ("MOBILIZE", {"troops", "weapons", "police", "militia"}),
])
def test_modes(etype, modes):
    assert set(o.MODES[etype]) == modes


def test_assault_coerce_protest_modes():
    assert len(o.MODES["ASSAULT"]) == 15 and "heavy-weapons" in o.MODES["ASSAULT"]
    assert len(o.MODES["COERCE"]) == 10 and "martial-law" in o.MODES["COERCE"]
    assert {"demo", "riot", "strike", "hunger", "boycott", "obstruct"} <= set(o.MODES["PROTEST"])
    assert o.MODES["AGREE"] == ()


def test_quad_classes():
    by_quad = {q: {t for t, c in o.QUAD_CLASS.items() if c == q} for q in (1, 2, 3, 4)}
    assert by_quad[1] == {"AGREE", "CONSULT", "SUPPORT", "CONCEDE"}
    assert by_quad[2] == {"COOPERATE", "AID", "RETREAT"}
    assert by_quad[3] == {"REQUEST", "ACCUSE", "REJECT", "THREATEN"}
    assert by_quad[4] == {"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    assert o.quad_class("FIGHT") == 4 and o.quad_class("DEMAND") == 3
    assert o.quad_class("NOPE") == 0


def test_cameo_quad_class():
    assert [o.cameo_quad_class(r) for r in ("01", "02", "03", "05", "06", "08", "09", "13", "14", "20")] == \
        [0, 0, 1, 1, 2, 2, 3, 3, 4, 4]
    assert o.cameo_quad_class(None) == 0 and o.cameo_quad_class("xx") == 0


def test_scores():
    assert o.plover_score("ASSAULT", "unconventional") == -10.0
    assert o.plover_score("AID") == 10.0
    assert o.plover_score("CONSULT", "visit") == 4.0
    assert o.plover_score("AGREE", "nonsense") == 2.5  # falls back to the type
    assert o.plover_score("NOPE") is None


@pytest.mark.parametrize("code, expected", [
    ("01", None), ("010", None), ("0211", None), ("999", None), ("", None), ("x1", None),
    ("03", ("AGREE", None)),
    ("042", ("CONSULT", "visit")),
    ("0412", ("CONSULT", "phone")),  # longest prefix: 041
    ("0841", ("RETREAT", "release")),
    ("0871", ("RETREAT", "ceasefire")),
    ("083", ("CONCEDE", None)),
    ("091", ("ACCUSE", "investigate")),
    ("1121", ("ACCUSE", "allege")),
    ("106", ("REQUEST", "meet")),
    ("1312", ("THREATEN", "restrict")),
    ("145", ("PROTEST", "riot")),
    ("163", ("COERCE", "restrict")),
    ("173", ("COERCE", "arrest")),
    ("186", ("ASSAULT", "targeted")),
    ("194", ("ASSAULT", "heavy-weapons")),
    ("2041", ("ASSAULT", "unconventional")),
])
def test_cameo_to_plover(code, expected):
    assert o.cameo_to_plover(code) == expected


def test_every_map_mode_is_a_manual_mode():
    for entry in o.cameo_map().values():
        assert entry.event_type in PLOVER_TYPES
        assert entry.mode is None or entry.mode in o.MODES[entry.event_type], entry


@pytest.mark.parametrize("etype, root", [
    ("AGREE", "03"), ("CONSULT", "04"), ("SUPPORT", "05"), ("COOPERATE", "06"), ("AID", "07"),
    ("CONCEDE", "08"), ("RETREAT", "08"), ("REQUEST", "10"), ("ACCUSE", "11"), ("REJECT", "12"),
    ("THREATEN", "13"), ("PROTEST", "14"), ("MOBILIZE", "15"), ("SANCTION", "16"), ("COERCE", "17"),
    ("ASSAULT", "18"),
])
def test_cameo_root(etype, root):
    assert o.cameo_root(etype) == root


def test_cameo_root_by_mode():
    assert o.cameo_root("ACCUSE", "investigate") == "09"
    assert o.cameo_root("ASSAULT", "heavy-weapons") == "19"
    assert o.cameo_root("ASSAULT", "aerial") == "19"
    assert o.cameo_root("ASSAULT", "unconventional") == "20"
    assert o.cameo_root("ASSAULT", "firearms") == "19"
    assert o.cameo_root("THREATEN", "arrest") == "13"  # not in the map: the type's root
    assert o.cameo_root("NOPE") is None


def test_legacy_labels_and_normalise():
    assert o.LEGACY_LABELS["DEMAND"] == ("REQUEST", None)
    assert o.normalise_label("DEMAND") == ("REQUEST", None)
    assert o.normalise_label("DISAPPROVE", "") == ("ACCUSE", "disapprove")
    assert o.normalise_label("INVESTIGATE") == ("ACCUSE", "investigate")
    assert o.normalise_label("FIGHT", "heavy-weapons") == ("ASSAULT", "heavy-weapons")
    assert o.normalise_label("protest", "strike-hun") == ("PROTEST", "hunger")
    assert o.normalise_label("CONSULT", "host") == ("CONSULT", "visit")
    assert o.normalise_label("ASSAULT", "other") == ("ASSAULT", None)
    assert o.normalise_label("COERCE", "firearms") == ("COERCE", None)
    assert o.normalise_label("COERCE", "firearms", keep_invalid=True) == ("COERCE", "firearms")
    assert o.normalise_label("REJECT", " Meet ") == ("REJECT", "meet")


def test_sectors():
    assert len(o.SECTORS) == 25
    assert {"GOV", "MIL", "REB", "CVL", "COP", "JRN", "MED", "PRE"} <= set(o.SECTORS)
    assert all(len(k) == 3 and k.isupper() for k in o.SECTORS)


def test_shipped_map_has_attribution():
    text = (ROOT / "src" / "dotterel" / "data" / "cameo2plover.tsv").read_text(encoding="utf-8")
    assert "CC BY-SA 4.0" in text and "Open Event Data Alliance" in text


@pytest.mark.shared
def test_build_script_reproduces_shipped_map(shared_dir, tmp_path):
    src = shared_dir / "data" / "plover" / "CAMEO2PLOVER-2021.txt"
    out = tmp_path / "map.tsv"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_cameo_map.py"), str(src), "-o", str(out)],
                   check=True, capture_output=True)
    assert out.read_text(encoding="utf-8") == \
        (ROOT / "src" / "dotterel" / "data" / "cameo2plover.tsv").read_text(encoding="utf-8")


@pytest.mark.shared
def test_modes_match_manual_tables(shared_dir):
    tex = (shared_dir / "data" / "plover" / "PLOVER_MANUAL.tex").read_text(encoding="utf-8")
    for etype in ("CONSULT", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
                  "MOBILIZE", "COERCE", "ASSAULT"):
        m = re.search(r"\\caption\{(?:\\plcat\{)?" + etype + r"\}? modes.*?\\hline\s*Name.*?\\hline(.*?)\\hline",
                      tex, re.DOTALL)
        assert m, etype
        names = {ln.split("&")[0].strip() for ln in m[1].splitlines()
                 if "&" in ln and not ln.strip().startswith("%") and ln.split("&")[0].strip()}
        assert names == set(o.MODES[etype]), etype


@pytest.mark.shared
def test_quad_lines_match_manual(shared_dir):
    tex = (shared_dir / "data" / "plover" / "PLOVER_MANUAL.tex").read_text(encoding="utf-8")
    names = {"VERBAL COOPERATION": 1, "MATERIAL COOPERATION": 2, "VERBAL CONFLICT": 3, "MATERIAL CONFLICT": 4}
    found = dict(re.findall(r"\\section\{([A-Z]+)\}.*?Quad category: ([A-Z ]+)\}", tex, re.DOTALL))
    assert {t: names[q] for t, q in found.items() if t in PLOVER_TYPES} == o.QUAD_CLASS
