"""Acceptance on the seed article (../shared/seed/idlib-truce.txt), dated 2020-02-25.

Skips cleanly when ../shared is absent. The article text is read at test time, never copied here.
"""

from __future__ import annotations

import pytest

import dotterel

pytestmark = [pytest.mark.slow, pytest.mark.shared]


@pytest.fixture(scope="module")
def seed(shared_dir):
    path = shared_dir / "seed" / "idlib-truce.txt"
    if not path.exists():
        pytest.skip("seed article absent")
    return dotterel.code_text(path.read_text(encoding="utf-8"), date="2020-02-25")


def of_type(art, t):
    return [e for e in art.events if e.event_type == t]


def codes(actors):
    return {(a.country, a.sector) for a in actors}


def test_title_and_boilerplate(seed):
    assert seed.title == "Russia rejects idea of truce with Syria’s rebels"
    assert "Popular posts" not in seed.text
    assert "Hong Kong" not in seed.text
    assert all("Popular posts" not in e.sentence.text for e in seed.events)
    assert seed.text.rstrip().endswith("displaced.")


def test_reject_truce(seed):
    rejects = of_type(seed, "REJECT")
    assert rejects, "no REJECT"
    first = rejects[0]
    assert "RUS" in {a.country for a in first.source}
    assert ("SYR", "REB") in codes(first.target)
    assert first.event_date == "2020-02-25"
    # "would never agree" is part of the REJECT, not an AGREE
    for e in of_type(seed, "AGREE"):
        assert "agree" not in (e.trigger.text if e.trigger else "")
        assert "RUS" not in {a.country for a in e.source}


def test_erdogan_warns_assad(seed):
    evs = [e for e in seed.events if e.event_type in {"THREATEN", "REQUEST"}
           and "TUR" in {a.country for a in e.source} and "SYR" in {a.country for a in e.target}]
    assert evs
    assert ("TUR", "GOV") in codes(evs[0].source)
    assert ("SYR", "GOV") in codes(evs[0].target)


def test_summit_is_announced_agree(seed):
    agrees = [e for e in of_type(seed, "AGREE") if "TUR" in {a.country for a in e.source}]
    assert agrees
    a = agrees[0]
    assert a.status == "announced"
    assert a.scheduled is not None and a.scheduled.event_type == "CONSULT"
    assert a.scheduled.date == "2020-03-05"
    assert {"RUS", "FRA", "DEU"} <= {t.country for t in a.target}


def test_civilians_killed_reported_by_sohr(seed):
    assaults = [e for e in of_type(seed, "ASSAULT") if ("SYR", "CVL") in codes(e.target) or
                any(a.sector == "CVL" for a in e.target)]
    assert assaults
    e = assaults[0]
    assert e.reported_by is not None
    assert "Syrian Observatory for Human Rights" in (e.reported_by.name or e.reported_by.text)
    killed = [c for c in e.casualties if c.kind == "killed"]
    assert killed and killed[0].value >= 19 and killed[0].victims and "civilian" in killed[0].victims
    assert "children" in killed[0].includes


def test_red_cross_request(seed):
    reqs = [e for e in of_type(seed, "REQUEST") if any(a.country in {"NGO", "IGO"} for a in e.source)]
    assert reqs
    assert any("Red Cross" in (a.name or a.text) for a in reqs[0].source)


def test_background_is_not_a_2020_event(seed):
    for e in seed.events:
        if "380,000" in e.sentence.text:
            assert e.event_type != "ASSAULT"
        if "war in Syria started" in e.sentence.text:
            assert e.historical or e.event_date is None or e.event_date < "2020"
    assert any(s.statistic and (s.value or 0) >= 380000 for s in seed.statistics)


# ---- issue 4: where, when, how many, who said it ----

def place(seed, text):
    return next((p for p in seed.places if p.text == text), None)


def test_places_resolved(seed):
    idlib = place(seed, "Idlib")
    assert idlib is not None and idlib.country == "SY"
    assert abs(idlib.lat - 35.93) < 0.1 and abs(idlib.lon - 36.63) < 0.1
    assert idlib.admin1 and "Idlib" in idlib.admin1
    geneva = place(seed, "Geneva")
    assert geneva is not None and geneva.country == "CH"
    aleppo = next(p for p in seed.places if p.text.startswith("Aleppo"))
    assert aleppo.country == "SY" and aleppo.precision == "admin1" and "Aleppo" in (aleppo.admin1 or aleppo.name)


def test_assault_location_and_reporter(seed):
    e = next(e for e in of_type(seed, "ASSAULT") if any(c.kind == "killed" for c in e.casualties))
    assert e.location is not None and e.location.country == "SY"
    assert e.event_date == "2020-02-25"


def test_quote_speakers(seed):
    direct = [q for q in seed.quotes if q.direct]
    lavrov = next(q for q in direct if "would never agree" in q.text)
    assert lavrov.speaker is not None and lavrov.speaker.name == "Sergey Lavrov"
    assert (lavrov.speaker.country, lavrov.speaker.sector) == ("RUS", "GOV")
    icrc = next(q for q in direct if "urging parties" in q.text)
    assert icrc.speaker is not None and icrc.speaker.name == "International Committee of the Red Cross"


def test_statistic_not_event(seed):
    stat = next(s for s in seed.statistics if (s.value or s.low or 0) >= 380000)
    assert stat.kind == "killed" and stat.statistic
    assert stat.qualifier == "more_than"
