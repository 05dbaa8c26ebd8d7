"""TimeML reader and the time scorer (a hand-written fixture), plus TBAQ with a limit."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dotterel.errors import FileNotFound, GoldFormatError
from dotterel.evaluate.time import evaluate_time, format_time_report, main, read_timeml

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>own-0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2020-02-25" temporalFunction="false" functionInDocument="CREATION_TIME">02/25/2020</TIMEX3></DCT>
<TEXT>
The council <EVENT eid="e1" class="OCCURRENCE">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2020-02-24" functionInDocument="NONE">yesterday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="PT3H" functionInDocument="NONE">three hours</TIMEX3> &amp; will meet again <TIMEX3 tid="t3" type="DATE" value="2020-03" functionInDocument="NONE">next month</TIMEX3>.
Fares rise <TIMEX3 tid="t4" type="SET" value="P1Y" functionInDocument="NONE">every year</TIMEX3> in <TIMEX3 tid="t5" type="DATE" value="2020-05" functionInDocument="NONE">the spring</TIMEX3>.
</TEXT>
</TimeML>
"""


@pytest.fixture()
def tml_dir(tmp_path: Path) -> Path:
    (tmp_path / "doc1.tml").write_text(TML, encoding="utf-8")
    return tmp_path


def test_reader_offsets(tml_dir: Path) -> None:
    doc = read_timeml(tml_dir / "doc1.tml")
    assert doc.dct == "2020-02-25"
    assert [t.text for t in doc.timexes] == ["yesterday", "three hours", "next month", "every year", "the spring"]
    for t in doc.timexes:
        assert doc.text[t.char_start:t.char_end] == t.text
    assert "& will" in doc.text  # entities unescaped
    assert [t.type for t in doc.timexes] == ["DATE", "DURATION", "DATE", "SET", "DATE"]


def test_scorer(tml_dir: Path) -> None:
    s = evaluate_time(tml_dir)
    assert s.docs == 1
    assert s.value_by_type["DATE"] == [2, 3]  # "the spring" is 2020-SP for us, 2020-05 in this gold
    assert s.value_by_type["DURATION"] == [1, 1]
    assert s.value_by_type["SET"] == [1, 1]
    assert s.value_accuracy == pytest.approx(4 / 5)
    # detection: all five spans found with exact offsets, nothing extra
    assert (s.strict.tp, s.strict.fp, s.strict.fn) == (5, 0, 0)
    assert s.relaxed.f1 == pytest.approx(1.0)
    report = format_time_report(s)
    assert re.search(r"DATE\s+2/3\s+0\.667", report)
    assert "strict   P 1.000  R 1.000  F1 1.000" in report


def test_errors(tmp_path: Path) -> None:
    with pytest.raises(FileNotFound, match="no such file or directory"):
        evaluate_time(tmp_path / "missing")
    with pytest.raises(GoldFormatError, match="no .tml files"):
        evaluate_time(tmp_path)
    (tmp_path / "bad.tml").write_text("<TimeML><TEXT>unclosed", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="not well-formed TimeML"):
        read_timeml(tmp_path / "bad.tml")


def test_runner(tml_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tml_dir), "--categories", "3"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("documents: 1")
    assert "gold 9999-99" in out


@pytest.mark.shared
def test_tbaq_limited(shared_dir: Path) -> None:
    s = evaluate_time(shared_dir / "data" / "tempeval3" / "TBAQ-cleaned", limit=15)
    assert s.docs == 15
    assert s.value_total > 50
    assert s.type_value_accuracy("DATE") > 0.7
    assert s.relaxed.f1 > 0.8
