"""TimeML reader and the time scorer (a hand-written fixture), plus TBAQ with a limit."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dotterel.errors import FileNotFound, GoldFormatError
from dotterel.evaluate.time import evaluate_time, format_time_report, main, read_meantime, read_timeml

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


def _cat(tokens: list[tuple[int, str]], timexes: str) -> str:
    """A small CAT XML document (MEANTIME layout) from (sentence, token) pairs."""
    toks = "\n".join(f'<token number="{i}" sentence="{snt}" t_id="{i + 1}">{w}</token>'
                     for i, (snt, w) in enumerate(tokens))
    return (f'<?xml version="1.0" ?><Document doc_id="1" doc_name="own" lang="en" url="x">\n{toks}\n'
            f"<Markables>\n{timexes}\n</Markables>\n<Relations/>\n</Document>\n")


# title (0), dateline (1), one sentence (2): "Port reopens Monday" / "March 2, 2020" / "The port ``reopened'' ..."
TOKENS = [(0, "Port"), (0, "reopens"), (1, "March"), (1, "02"), (1, ","), (1, "2020"),
          (2, "The"), (2, "port"), (2, "``"), (2, "reopened"), (2, "''"), (2, "on"), (2, "Monday"), (2, "from"),
          (2, "2019"), (2, "to"), (2, "2020"), (2, "for"), (2, "two"), (2, "days"), (2, ","), (2, "officials"),
          (2, "said"), (2, "."), (6, "Ships"), (6, "waited"), (6, "since"), (6, "June"), (6, ".")]
TIMEXES = """<TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="{dct}">
<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="2" type="DATE" value="2020-03-02"><token_anchor t_id="13"/></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="3" type="DURATION" value="P1Y">
<token_anchor t_id="14"/><token_anchor t_id="15"/><token_anchor t_id="16"/><token_anchor t_id="17"/></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="4" type="DATE" value="2019"><token_anchor t_id="15"/></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="5" type="DATE" value="2020"><token_anchor t_id="17"/></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="6" type="DURATION" value="P2D">
<token_anchor t_id="19"/><token_anchor t_id="20"/></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="7" type="DATE" value="PAST_REF"/>"""


@pytest.fixture()
def cat_dir(tmp_path: Path) -> Path:
    sub = tmp_path / "corpus_x"
    sub.mkdir()
    (sub / "1_port.xml").write_text(_cat(TOKENS, TIMEXES.format(dct="2020-03-02")), encoding="utf-8")
    return tmp_path


def test_meantime_reader(cat_dir: Path) -> None:
    doc = read_meantime(cat_dir / "corpus_x" / "1_port.xml")
    assert doc.dct == "2020-03-02"
    assert doc.text.startswith('Port reopens\nMarch 02, 2020\nThe port "reopened" on Monday from 2019 to 2020 for two'
                               ' days, officials said. Ships waited since June.')
    assert [(t.text, t.type, t.value) for t in doc.timexes] == [
        ("Monday", "DATE", "2020-03-02"), ("from 2019 to 2020", "DURATION", "P1Y"), ("2019", "DATE", "2019"),
        ("2020", "DATE", "2020"), ("two days", "DURATION", "P2D")]  # the anchorless TIMEX3 is skipped
    for t in doc.timexes:
        assert doc.text[t.char_start:t.char_end] == t.text
    dateline = doc.text.index("March 02, 2020")
    assert doc.excluded == [(doc.text.index("Ships"), len(doc.text)), (dateline, dateline + 14)]


def test_meantime_dct_from_the_dateline(tmp_path: Path) -> None:
    # a DCT value that is not YYYY-MM-DD (or none at all): the date written in the dateline
    (tmp_path / "a.xml").write_text(_cat(TOKENS, TIMEXES.format(dct="02-03-2020")), encoding="utf-8")
    assert read_meantime(tmp_path / "a.xml").dct == "2020-03-02"


def test_meantime_scoring(cat_dir: Path) -> None:
    s = evaluate_time(cat_dir)  # the format is told from the files
    assert s.docs == 1
    # nested gold spans are normalised one layer at a time: "2019" and "2020" inside the range
    assert s.value_by_type["DATE"] == [3, 3]
    assert s.value_by_type["DURATION"] == [1, 2]  # "from 2019 to 2020" as a range is not valued
    # detection ignores the dateline and the text after sentence 5 ("June")
    assert s.relaxed.fp == 0


def test_meantime_errors(tmp_path: Path) -> None:
    (tmp_path / "b.xml").write_text("<?xml version='1.0'?><Document><token t_id='1'>x</token>", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="not well-formed MEANTIME XML"):
        read_meantime(tmp_path / "b.xml")
    (tmp_path / "b.xml").write_text("<NAF><text/></NAF>", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="not a MEANTIME document"):
        read_meantime(tmp_path / "b.xml")
    with pytest.raises(GoldFormatError, match="no .tml files and no MEANTIME .xml files"):
        evaluate_time(tmp_path)


@pytest.mark.shared
def test_meantime_limited(shared_dir: Path) -> None:
    s = evaluate_time(shared_dir / "data" / "meantime" / "meantime_newsreader_english_oct15", limit=20)
    assert s.docs == 20
    assert s.value_total > 30
    assert s.value_accuracy > 0.7


@pytest.mark.shared
def test_tbaq_limited(shared_dir: Path) -> None:
    s = evaluate_time(shared_dir / "data" / "tempeval3" / "TBAQ-cleaned", limit=15)
    assert s.docs == 15
    assert s.value_total > 50
    assert s.type_value_accuracy("DATE") > 0.7
    assert s.relaxed.f1 > 0.8
