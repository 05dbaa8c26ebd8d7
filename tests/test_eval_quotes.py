"""PolNeAR-style attribution scoring on a tiny invented brat fixture."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from dotterel.errors import FileNotFound, GoldFormatError
from dotterel.evaluate.quotes import (
    QuoteScores,
    SubsetScore,
    evaluate_quotes,
    format_quotes_report,
    main,
    read_polnear,
    score_doc,
)
from dotterel.model import Actor

TEXT = "“The dam will hold,” the engineer said. Officials said the river was falling.\n"


def _write_split(root, ann):
    split = root / "train"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    (split / "text" / "doc_a.txt").write_text(TEXT, encoding="utf-8")
    (split / "attributions" / "doc_a_ab12.ann").write_text(ann, encoding="utf-8")
    return split


def _span(text):
    s = TEXT.index(text)
    return f"{s} {s + len(text)}\t{text}"


ANN = "\n".join([
    f"T1\tContent {_span('“The dam will hold,”')}",
    f"T2\tCue {_span('said')}",
    f"T3\tSource {_span('the engineer')}",
    "E1\tAttribution:T2 Content:T1 Cue:T2 Source:T3",
    f"T4\tContent {_span('the river was falling')}",
    f"T5\tSource {_span('Officials')}",
    "E2\tAttribution:T2 Content:T4 Source:T5",
]) + "\n"


def test_read_polnear(tmp_path):
    [doc] = read_polnear(_write_split(tmp_path, ANN))
    assert doc.name == "doc_a"
    assert [a.direct for a in doc.attributions] == [True, False]
    assert doc.attributions[1].source == [(TEXT.index("Officials"), TEXT.index("Officials") + 9)]


def test_span_text_across_a_line_break_is_not_a_malformed_line(tmp_path):
    # brat writes a discontinuous span's text verbatim, so a span crossing a newline continues on the next line
    s = TEXT.index("the river")
    ann = ANN + f"T6\tContent {s} {s + 9};{s + 10} {s + 13}\tthe river\nwas\nE3\tAttribution:T2 Content:T6\n"
    [doc] = read_polnear(_write_split(tmp_path, ann))
    assert len(doc.attributions) == 3


def test_read_polnear_errors(tmp_path):
    with pytest.raises(FileNotFound, match="not a PolNeAR split directory"):
        read_polnear(tmp_path)
    split = _write_split(tmp_path, "T1\tContent 1 x\tbad\n")
    with pytest.raises(GoldFormatError, match="bad span list"):
        read_polnear(split)


def test_score_doc_exact_and_overlap(tmp_path):
    [gold] = read_polnear(_write_split(tmp_path, ANN))
    q_end = TEXT.index("the engineer")
    engineer = Actor("engineer", q_end + 4, q_end + 12)  # overlaps, not exact
    officials = Actor("Officials", TEXT.index("Officials"), TEXT.index("Officials") + 9)
    preds = [
        SimpleNamespace(start=0, end=TEXT.index(" the engineer"), direct=True, source=engineer, cue_start=1),
        SimpleNamespace(start=TEXT.index("the river"), end=TEXT.index("falling") + 7, direct=False,
                        source=officials, cue_start=2),
        SimpleNamespace(start=0, end=5, direct=False, source=None, cue_start=None),  # no speaker: ignored
    ]
    overall, direct = SubsetScore(), SubsetScore()
    score_doc(gold, preds, overall, direct)
    assert (overall.n_gold, overall.n_pred, overall.exact_g, overall.overlap_g) == (2, 2, 1, 2)
    assert (direct.n_gold, direct.n_pred, direct.exact_p, direct.overlap_p) == (1, 1, 0, 1)
    assert overall.overlap_prf() == (1.0, 1.0, 1.0)
    assert overall.exact_prf()[2] == pytest.approx(0.5)
    report = format_quotes_report(QuoteScores(docs=1, actor_source="test", overall=overall, direct=direct))
    assert "direct" in report and "overall" in report


def test_main_reports_missing_dir(tmp_path, capsys):
    assert main([str(tmp_path / "nope")]) == 2
    assert "dotterel: error: not a PolNeAR split directory" in capsys.readouterr().err


@pytest.mark.slow
def test_evaluate_quotes_end_to_end(tmp_path):
    scores = evaluate_quotes(_write_split(tmp_path, ANN))
    assert scores.docs == 1
    assert scores.direct.n_gold == 1 and scores.direct.overlap_g == 1
    assert scores.overall.overlap_prf()[2] == pytest.approx(1.0)


@pytest.mark.slow
@pytest.mark.shared
def test_polnear_train_sample(shared_dir):
    scores = evaluate_quotes(shared_dir / "data" / "polnear" / "train", limit=5)
    assert scores.docs == 5
    assert scores.overall.n_gold > 0 and scores.overall.n_pred > 0
    assert scores.direct.overlap_prf()[2] > 0.3
