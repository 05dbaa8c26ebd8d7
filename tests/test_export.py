"""Record exports: flat CSV rows, JSONL/JSON events, article JSON with skips."""

from __future__ import annotations

import csv
import io
import json

import pytest

from dotterel.errors import UsageError
from dotterel.export import EVENT_COLUMNS, actor_label, event_to_row, write_articles, write_events
from dotterel.model import (
    Actor,
    Article,
    Casualty,
    Event,
    Place,
    Scheduled,
    Sentence,
    Skip,
    Span,
    article_id_for,
)

TEXT = ("Ruritanian troops and Hentzau militias shelled Zenda, killing 3 soldiers and 2 villagers, "
        "the Graustark envoy said. Over 100 have been wounded there since 2020.")


def span(needle: str) -> tuple[str, int, int]:
    start = TEXT.index(needle)
    return needle, start, start + len(needle)


def build_event() -> Event:
    aid = article_id_for(TEXT)
    end = TEXT.index(".") + 1
    sent = Sentence(0, TEXT[:end], 0, end)
    troops = Actor(*span("Ruritanian troops"), name="Ruritania", country="RUR", sector="MIL")
    militia = Actor(*span("Hentzau militias"), sector="REB")
    target = Actor(*span("villagers"), sector="CVL")
    envoy = Actor(*span("Graustark envoy"), name="Graustark", country="GRA", sector="GOV")
    return Event(
        event_id="e1", article_id=aid, event_type="ASSAULT", mode="explosion", cameo_root="19",
        quad_class=4, status="occurred", historical=False, sentence=sent, source=[troops, militia],
        target=[target], reported_by=envoy, scheduled=Scheduled("CONSULT", "2024-06-01"),
        location=Place(*span("Zenda"), name="Zenda Town", country="RR", precision="city"),
        event_date="2024-03-04", date_precision="day",
        casualties=[Casualty(*span("3 soldiers"), "killed", value=3, victims="soldiers"),
                    Casualty(*span("2 villagers"), "killed", value=None, low=2, high=5, qualifier="range"),
                    Casualty(*span("Over 100 have been wounded"), "injured", value=100),
                    Casualty(*span("since 2020"), "killed", value=999, statistic=True)],
        trigger=Span(*span("shelled")), confidence=0.75,
    )


def test_actor_label():
    troops, militia = build_event().source
    assert actor_label(troops) == "Ruritania (RUR MIL)"
    assert actor_label(militia) == "Hentzau militias (REB)"
    assert actor_label(Actor("someone", 0, 7)) == "someone"


def test_event_to_row_flattens_every_column():
    row = event_to_row(build_event())
    assert tuple(row) == EVENT_COLUMNS
    assert row["source"] == "Ruritania (RUR MIL);Hentzau militias (REB)"
    assert row["source_country"] == "RUR;"  # positions line up with the actors
    assert row["source_sector"] == "MIL;REB"
    assert row["target"] == "villagers (CVL)" and row["target_country"] == ""
    assert row["reported_by"] == "Graustark (GRA GOV)"
    assert row["location"] == "Zenda Town"
    assert row["scheduled"] == "CONSULT 2024-06-01"
    assert row["fatalities"] == 5  # 3 + low of the 2-5 range; injuries and statistics excluded
    assert row["sentence"].startswith("Ruritanian troops") and row["sentence"].endswith("said.")
    assert (row["quad_class"], row["confidence"], row["historical"]) == (4, 0.75, False)


def test_event_to_row_without_optional_parts():
    event = build_event()
    event.casualties, event.reported_by, event.location, event.scheduled = [], None, None, None
    row = event_to_row(event)
    assert row["fatalities"] is None and row["reported_by"] is None
    assert row["location"] is None and row["scheduled"] is None


def test_write_events_csv():
    out = io.StringIO()
    assert write_events([build_event(), build_event()], "csv", out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == 2
    assert tuple(rows[0]) == EVENT_COLUMNS
    assert rows[0]["fatalities"] == "5" and rows[0]["historical"] == "false"
    assert rows[0]["event_date"] == "2024-03-04" and rows[0]["mode"] == "explosion"


def test_write_events_jsonl_round_trips_and_keeps_unicode():
    event = build_event()
    event.target[0].name = "Zendaër villagers"
    out = io.StringIO()
    assert write_events([event], "jsonl", out) == 1
    lines = out.getvalue().splitlines()
    assert len(lines) == 1 and "Zendaër" in lines[0]
    assert Event.from_dict(json.loads(lines[0])) == event


def test_write_events_json_is_a_list():
    out = io.StringIO()
    assert write_events(iter([build_event()]), "json", out) == 1
    data = json.loads(out.getvalue())
    assert isinstance(data, list) and data[0]["event_id"] == "e1"
    out = io.StringIO()
    assert write_events([], "json", out) == 0
    assert json.loads(out.getvalue()) == []


def test_write_articles_json_and_jsonl_with_skips():
    event = build_event()
    article = Article(article_id=event.article_id, text=TEXT, date="2024-03-05", events=[event, event])
    skip = Skip(input="bad.html", reason="no text left after cleaning", code="no_text")
    out = io.StringIO()
    assert write_articles([article, skip], "json", out) == 2
    data = json.loads(out.getvalue())
    assert data[0]["article_id"] == article.article_id and len(data[0]["events"]) == 2
    assert data[1] == {"skipped": True, "input": "bad.html", "reason": "no text left after cleaning",
                       "code": "no_text", "input_id": None}
    out = io.StringIO()
    assert write_articles([article, skip], "jsonl", out) == 3
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [line.get("skipped", False) for line in lines] == [False, False, True]
    assert Event.from_dict(lines[0]) == event


def test_unknown_format_is_a_usage_error():
    with pytest.raises(UsageError, match="unknown format 'xml'; expected one of jsonl, json, csv"):
        write_events([], "xml", io.StringIO())  # type: ignore[arg-type]
    with pytest.raises(UsageError, match="expected one of json, jsonl"):
        write_articles([], "csv", io.StringIO())  # type: ignore[arg-type]
