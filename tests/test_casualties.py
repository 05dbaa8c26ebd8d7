"""Casualty and crowd-size counts (own invented sentences)."""

from __future__ import annotations

import pytest

import dotterel
from dotterel.resolve.casualties import find_casualties, parse_number


def test_parse_number_written_and_digits():
    assert parse_number(["380,000"]) == 380000
    assert parse_number(["1.5", "million"]) == 1_500_000
    assert parse_number(["twenty-five"]) == 25
    assert parse_number(["two", "hundred"]) == 200
    assert parse_number(["nineteen"]) == 19
    assert parse_number(["many"]) is None


def _one(nlp, text, kind):
    found = [c for c in find_casualties(nlp(text)) if c.kind == kind]
    assert len(found) == 1, found
    c = found[0]
    assert text[c.char_start:c.char_end] == c.text
    return c


@pytest.mark.slow
def test_at_least_civilians_killed(nlp):
    c = _one(nlp, "Medics said at least 19 civilians were killed when the market was shelled.", "killed")
    assert (c.value, c.low, c.qualifier, c.victims, c.statistic) == (19, 19, "at_least", "civilians", False)
    assert c.text == "at least 19 civilians"


@pytest.mark.slow
def test_range_police_injured(nlp):
    c = _one(nlp, "Between 10 and 15 police officers were injured during the clashes.", "injured")
    assert (c.low, c.high, c.qualifier, c.victims) == (10, 15, "range", "police")


@pytest.mark.slow
def test_dozens_arrested(nlp):
    c = _one(nlp, "Dozens were arrested after the stadium riot.", "arrested")
    assert (c.value, c.low, c.high, c.qualifier) == (None, 24, 99, "vague")


@pytest.mark.slow
def test_crowd_size(nlp):
    c = _one(nlp, "A crowd of about 5,000 protesters gathered outside the parliament.", "size")
    assert (c.value, c.qualifier, c.victims) == (5000, "approximate", "protesters")


@pytest.mark.slow
def test_statistic_over_a_period(nlp):
    c = _one(nlp, "More than 200,000 people have been killed in ten years of fighting.", "killed")
    assert c.statistic is True
    assert (c.value, c.low, c.qualifier) == (200000, 200001, "more_than")


@pytest.mark.slow
def test_written_numbers_and_single_victim(nlp):
    found = find_casualties(nlp("Two soldiers died and a child was wounded near the checkpoint."))
    assert [(c.kind, c.value, c.victims) for c in found] == [("killed", 2, "soldiers"), ("injured", 1, "children")]


@pytest.mark.slow
def test_not_casualties(nlp):
    assert find_casualties(nlp("The ministry spent 5 million dollars in 2011 on 300 new buses.")) == []


@pytest.mark.slow
@pytest.mark.shared
def test_seed_article_casualties(nlp, seed_body):
    text = seed_body
    found = find_casualties(nlp(text))
    killed = [c for c in found if c.kind == "killed" and c.value == 19]
    assert len(killed) == 1
    c = killed[0]
    assert (c.qualifier, c.victims, c.statistic) == ("at_least", "civilians", False)
    stats = [c for c in found if c.value == 380000]
    assert len(stats) == 1 and stats[0].statistic is True and stats[0].kind == "killed"


@pytest.mark.slow
def test_crowd_sizes_of_crowd_acts(nlp):
    streets = _one(nlp, "Tens of thousands took to the streets of Belgrade.", "size")
    assert (streets.low, streets.high) == (20_000, 99_999)
    assert (_one(nlp, "Dozens of farmers blocked the motorway with tractors.", "size").low, ) == (24, )
    assert _one(nlp, "Hundreds of students staged a sit-in at the university.", "size").high == 999
    soldiers = find_casualties(nlp("Hundreds of soldiers blocked the road to the airport."))
    assert not [c for c in soldiers if c.kind == "size"]  # troops are not a crowd


@pytest.mark.slow
def test_relabelled_protest_keeps_its_crowd_size():
    from dotterel import code_text

    art = code_text("About 5,000 demonstrators gathered outside parliament.", date="2020-01-01")
    protest = [e for e in art.events if e.event_type == "PROTEST"]
    assert protest and [(c.kind, c.value) for c in protest[0].casualties] == [("size", 5000)]


@pytest.mark.slow
def test_session4_crowd_size_forms():
    def sizes(text):
        return [(c.kind, c.value) for e in dotterel.code_text(text, date="2020-01-01").events for c in e.casualties]
    assert sizes("A 4,000-strong crowd marched on the governor's office.") == [("size", 4000)]
    assert sizes("Police said 30,000 people took part in the march in Skopje.") == [("size", 30000)]
    assert ("size", 400) in sizes("Nearly 400 nurses staged a sit-in outside the health ministry.")
    assert sizes("About 250 students protested outside the parliament building.") == [("size", 250)]


@pytest.mark.slow
def test_crowd_sized_through_a_participle(nlp):
    c = _one(nlp, "A crowd estimated at 12,000 filled the square in Yerevan.", "size")
    assert c.value == 12000
    c = _one(nlp, "Marchers numbering about 3,000 walked to the governor's office.", "size")
    assert (c.value, c.qualifier) == (3000, "approximate")


def test_attending_a_rally_is_a_protest_with_its_size():
    import dotterel

    [ev] = dotterel.code_text("About 6,000 people attended the rally in Accra.", date="2022-04-02").events
    assert (ev.event_type, ev.mode) == ("PROTEST", "demo")
    assert [(c.kind, c.value) for c in ev.casualties] == [("size", 6000)]
