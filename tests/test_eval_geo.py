"""Geo gold readers and scoring (hand-written fixtures) plus a shared LGL run."""

from __future__ import annotations

import pytest

from dotterel.errors import FileNotFound, GoldFormatError
from dotterel.evaluate.geo import evaluate_geo, format_geo_report, haversine_km, main, read_gold


def test_haversine():
    assert haversine_km(0, 0, 0, 0) == 0
    assert haversine_km(51.5074, -0.1278, 48.8566, 2.3522) == pytest.approx(344, abs=3)


def test_read_lgl_fixture(fixtures_dir):
    arts = read_gold(fixtures_dir / "geo" / "lgl_mini.xml")
    assert [a.doc_id for a in arts] == ["1", "2"]
    first = arts[0].toponyms
    assert [t.text for t in first] == ["Geneva", "Illinois", "Chicago"]
    assert first[0].country == "US" and first[0].feature_code == "PPL"
    assert first[0].lat == pytest.approx(41.88753)
    mayor = arts[1].toponyms[2]
    assert mayor.text == "mayor" and mayor.lat != mayor.lat  # NaN: no gaztag
    assert len(read_gold(fixtures_dir / "geo" / "lgl_mini.xml", limit=1)) == 1


def test_read_geovirus_fixture(fixtures_dir):
    (art,) = read_gold(fixtures_dir / "geo" / "geovirus_mini.xml")
    (t,) = art.toponyms
    assert (t.text, t.country, t.lat) == ("Lagos", None, 6.45)


def test_reader_errors(tmp_path):
    with pytest.raises(FileNotFound, match="gold file not found"):
        read_gold(tmp_path / "missing.xml")
    bad = tmp_path / "bad.xml"
    bad.write_text("<articles><article>", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="not well-formed XML"):
        read_gold(bad)
    with pytest.raises(GoldFormatError, match="unknown geo gold format 'x'"):
        bad.write_text("<articles/>", encoding="utf-8")
        read_gold(bad, fmt="x")


@pytest.mark.slow
def test_evaluate_fixture(fixtures_dir):
    s = evaluate_geo(fixtures_dir / "geo" / "lgl_mini.xml")
    assert (s.articles, s.toponyms, s.no_coordinates) == (2, 5, 1)
    assert s.resolved == 4 and s.hits_161 == 4  # Zzyzxville is not in the gazetteer
    assert s.accuracy_161 == pytest.approx(0.8)
    assert s.country_accuracy == pytest.approx(0.8)
    assert 0 < s.auc < 1
    report = format_geo_report(s)
    assert "accuracy@161km     0.800" in report and "lgl_mini.xml" in report


@pytest.mark.slow
def test_main_prints_report(fixtures_dir, capsys):
    assert main([str(fixtures_dir / "geo" / "geovirus_mini.xml")]) == 0
    out = capsys.readouterr().out
    assert "accuracy@161km     1.000" in out and "country accuracy   n/a" in out


@pytest.mark.shared
@pytest.mark.slow
def test_lgl_sample_is_sane(shared_dir):
    s = evaluate_geo(shared_dir / "data" / "geo" / "lgl.xml", limit=40)
    assert s.articles == 40 and s.toponyms > 200
    assert s.accuracy_161 > 0.6
    assert s.country_accuracy > 0.75
    assert 0.3 < s.e2e_recall <= 1.0


def test_evaluate_without_e2e_reports_unresolved(fixtures_dir):
    s = evaluate_geo(fixtures_dir / "geo" / "lgl_mini.xml", e2e=False)
    assert (s.toponyms, s.resolved, s.e2e_found) == (5, 4, 0)
    assert sum(v[2] for v in s.by_feature.values()) == 1  # the one unresolved toponym
    report = format_geo_report(s)
    assert "end-to-end recall  skipped (--no-e2e)" in report
