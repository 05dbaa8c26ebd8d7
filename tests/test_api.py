"""The Python API: code_text / code_many / Pipeline."""

from __future__ import annotations

import time

import pytest

import dotterel
from dotterel.errors import EmptyInput, NotEnglish


def test_pipeline_constructor_does_no_io():
    t0 = time.perf_counter()
    pipe = dotterel.Pipeline()
    assert time.perf_counter() - t0 < 0.05
    assert "nlp" not in pipe.__dict__  # resources load lazily, on first use


@pytest.mark.slow
def test_code_many_keeps_order_and_reports_skips():
    records = [
        {"id": "1", "text": "Colombian troops clashed with ELN rebels near Cucuta on Sunday.", "date": "2023-03-06"},
        {"id": "2", "text": "   "},
        {"id": "3", "text": "La policía detuvo a varios manifestantes en el centro de la ciudad durante la noche del "
                            "domingo, según informaron las autoridades locales a los periodistas."},
        {"id": "4"},
        "Ghana and Togo agreed to reopen their shared border crossings next month.",
    ]
    out = list(dotterel.code_many(records))
    assert len(out) == 5
    assert isinstance(out[0], dotterel.Article) and out[0].input_id == "1"
    assert [type(x).__name__ for x in out] == ["Article", "Skip", "Skip", "Skip", "Article"]
    assert out[1].code == "empty" and out[2].code == "not_english" and out[3].code == "malformed_record"
    assert out[2].input_id == "3"
    assert any(e.event_type == "ASSAULT" for e in out[0].events)


@pytest.mark.slow
def test_code_text_errors_raise_catalogue_types():
    with pytest.raises(EmptyInput):
        dotterel.code_text("\n\n  ")
    with pytest.raises(NotEnglish):
        dotterel.code_text("Le gouvernement a annoncé lundi une nouvelle réforme des retraites, qui sera présentée "
                           "au parlement la semaine prochaine par le ministre du travail.")


@pytest.mark.slow
def test_article_json_round_trip_of_events():
    art = dotterel.code_text("Kenyan police arrested 40 protesters in Nairobi on Tuesday.", date="2024-06-25")
    for e in art.events:
        assert dotterel.Event.from_dict(e.to_dict()) == e


def test_overlong_text_is_skipped_with_reason():
    pipe = dotterel.Pipeline(dotterel.Options(max_chars=200))
    long_text = "Ruritanian troops shelled the border town of Zenda on Monday. " * 10
    out = list(pipe.code_many([{"id": "big", "text": long_text}]))
    assert len(out) == 1 and isinstance(out[0], dotterel.Skip)
    assert out[0].code == "too_large"
    n = len(long_text.strip())
    assert out[0].reason == f"article text too long: {n:,} characters exceeds the 200-character limit"
    from dotterel.errors import TooLarge

    with pytest.raises(TooLarge):
        pipe.code_text(long_text)
