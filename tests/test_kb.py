"""The shipped actor KB: lookups, date-bounded codes, roles, agents, and the build script."""

from __future__ import annotations

import gzip
import json
import time

import pytest

from dotterel.errors import ResourceError
from dotterel.kb import ActorKB, KBEntry, load_kb, norm_phrase
from dotterel.kb import build as kb_build


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return load_kb()


def test_load_is_fast_and_cached():
    t = time.perf_counter()
    fresh = ActorKB.load()
    assert time.perf_counter() - t < 1.5
    assert load_kb() is load_kb()
    assert fresh.meta["format"] == 1


def test_metadata_records_attribution(kb):
    text = " ".join(kb.meta["attribution"])
    assert "Open Event Data Alliance" in text and "MIT" in text
    assert "pycountry" in text


def test_lookup_ignores_case_punctuation_and_diacritics(kb):
    a = kb.lookup("Erdoğan", "2020-02-25")
    b = kb.lookup("ERDOGAN", "2020-02-25")
    assert a == b
    assert a == KBEntry("person:recep-tayyip-erdogan", "Recep Tayyip Erdogan", "TUR", "GOV", "person", "TURGOV")
    assert kb.lookup("bashar al-assad", "2020-01-01").name == "Bashar al-Assad"
    assert kb.lookup("no such actor anywhere") is None


def test_codes_are_date_bounded(kb):
    assert kb.lookup("Assad", "2019-05-01").sector == "GOV"
    assert kb.lookup("Assad", "2025-03-01").sector == "ELI"  # left office 2024-12-08
    trump = kb.lookup("Donald Trump", "2023-01-01")
    assert (trump.country, trump.sector) == ("USA", "ELI")
    assert kb.lookup("Donald Trump", "2025-06-01").sector == "GOV"
    assert kb.lookup("Taliban", "2015-01-01").sector == "REB"
    assert kb.lookup("Taliban", "2022-01-01").sector == "GOV"


def test_petrarch_only_office_holder(kb):
    # Hosni Mubarak is only in the PETRARCH2 CountryInfo lists (dated ranges)
    assert kb.lookup("Hosni Mubarak", "2010-06-01").sector == "GOV"
    assert kb.lookup("President Mubarak", "2012-06-01").sector == "ELI"


def test_organisations_and_groups(kb):
    un = kb.lookup("U.N.")
    assert (un.country, un.kind, un.cameo) == ("IGO", "igo", "UNO")
    icrc = kb.lookup("The International Committee of the Red Cross")
    assert (icrc.name, icrc.country, icrc.kind) == ("International Committee of the Red Cross", "NGO", "ngo")
    assert kb.lookup("Doctors Without Borders").kb_id == kb.lookup("MSF").kb_id
    sohr = kb.lookup("Syrian Observatory for Human Rights")
    assert (sohr.country, sohr.kind) == ("NGO", "ngo")
    assert (kb.lookup("Hezbollah").country, kb.lookup("Hezbollah").sector) == ("LBN", "REB")
    assert kb.lookup("Daesh").kb_id == kb.lookup("ISIL").kb_id


def test_role_holder(kb):
    assert kb.role_holder("USA", "president", "2018-03-01").name == "Donald Trump"
    assert kb.role_holder("USA", "president", "2022-03-01").name == "Joe Biden"
    assert kb.role_holder("RUS", "foreign_minister", "2020-02-25").name == "Sergey Lavrov"
    assert kb.role_holder("TUR", "president", "2020-02-25").name == "Recep Tayyip Erdogan"
    assert kb.role_holder("TUR", "prime_minister", "2012-01-01").name == "Recep Tayyip Erdogan"
    assert kb.role_holder("DEU", "head_of_government", "2023-01-01").name == "Olaf Scholz"
    assert kb.role_holder("GBR", "head_of_state", "2023-01-01").name == "Charles III"
    assert kb.role_holder("IRN", "head_of_state", "2020-01-01").name == "Ali Khamenei"
    assert kb.role_holder("FRA", "foreign minister", "2019-01-01").name == "Jean-Yves Le Drian"
    assert kb.role_holder("ATA", "president", "2020-01-01") is None


def test_country(kb):
    assert kb.country("Turkish") == "TUR"
    assert kb.country("Türkiye") == "TUR"
    assert kb.country("Kiev") == kb.country("Kyiv") == "UKR"
    assert kb.country("U.S.") == "USA"
    assert kb.country("Britain") == "GBR"
    assert kb.country("Ivory Coast") == "CIV"
    assert kb.country("Gaza") == "PSE"
    assert kb.country("Kosovo") == "XKX"
    assert kb.country("Emirati") == "ARE"
    assert kb.country("Kurdish") is None  # an ethnic group, no country
    assert kb.country("Atlantis") is None


@pytest.mark.parametrize("noun,sector", [
    ("rebels", "REB"), ("troops", "MIL"), ("soldiers", "MIL"), ("army", "MIL"), ("police", "COP"),
    ("civilians", "CVL"), ("protesters", "CVL"), ("demonstrators", "CVL"), ("the government", "GOV"),
    ("minister", "GOV"), ("parliament", "LEG"), ("lawmakers", "LEG"), ("court", "JUD"), ("judge", "JUD"),
    ("militants", "REB"), ("insurgents", "REB"), ("jihadists", "REB"), ("terrorists", "REB"),
    ("journalists", "JRN"), ("doctors", "MED"), ("students", "EDU"), ("refugees", "REF"),
    ("opposition", "OPP"), ("party", "PTY"), ("businessmen", "BUS"), ("gunmen", "UAF"),
])
def test_agent_sector(kb, noun, sector):
    assert kb.agent_sector(noun) == sector


def test_agent_sector_unknown(kb):
    assert kb.agent_sector("teapot") is None


def test_norm_phrase_matches_token_joining():
    assert norm_phrase("Russia’s foreign minister") == "russia s foreign minister"
    assert norm_phrase("U.S.") == "us"
    assert norm_phrase("Bashar_al-Assad") == "bashar al assad"


def test_parse_petrarch_codes():
    assert kb_build.parse_code("SYRGOV 000717-140601") == ("SYRGOV", "2000-07-17", "2014-06-01")
    assert kb_build.parse_code("RUSGOV >20040309") == ("RUSGOV", "2004-03-09", None)
    assert kb_build.parse_code("AFGELI 320101-331108") == ("AFGELI", "1932-01-01", "1933-11-08")
    assert kb_build.parse_code("HTIOPPMED <061231") == ("HTIOPPMED", None, "2006-12-31")
    assert kb_build.parse_code("SYROPP > 20120101") == ("SYROPP", "2012-01-01", None)
    assert kb_build.parse_code("KORGOVBUS 2004017-20061201") is None  # malformed date
    assert kb_build.parse_code("---") is None


def test_split_cameo_codes():
    iso3 = {"SYR", "USA"}
    assert kb_build.split_code("SYRGOV", iso3) == ("SYR", "GOV", "SYRGOV")
    assert kb_build.split_code("USAMIL", iso3) == ("USA", "MIL", "USAMIL")
    assert kb_build.split_code("IGOUNOKID", iso3) == ("IGO", None, "UNOKID")
    assert kb_build.split_code("SYRMED", iso3) == ("SYR", "JRN", "SYRMED")  # CAMEO media -> PLOVER JRN
    assert kb_build.split_code("SYRHLH", iso3) == ("SYR", "MED", "SYRHLH")
    assert kb_build.split_code("SYRINS", iso3) == ("SYR", "REB", "SYRINS")
    assert kb_build.split_code("WEUREB", iso3)[0] is None  # a region, not a country


def test_build_without_petrarch_is_deterministic(tmp_path, capsys):
    kb_build.build(tmp_path / "absent", tmp_path / "a")
    assert "own tables only" in capsys.readouterr().err
    kb_build.build(tmp_path / "absent", tmp_path / "b")
    a = (tmp_path / "a" / "actors.json.gz").read_bytes()
    assert a == (tmp_path / "b" / "actors.json.gz").read_bytes()
    kb = ActorKB.load(tmp_path / "a")
    assert kb.lookup("Sergey Lavrov", "2020-01-01").sector == "GOV"
    assert kb.lookup("Hosni Mubarak") is None  # PETRARCH-only
    assert kb.agent_sector("rebels") == "REB"
    data = json.loads(gzip.decompress(a))
    assert list(data["aliases"]) == sorted(data["aliases"])


def test_load_errors(tmp_path):
    with pytest.raises(ResourceError, match="actor KB not found"):
        ActorKB.load(tmp_path / "missing.json.gz")
    bad = tmp_path / "bad.json.gz"
    bad.write_bytes(b"not gzip")
    with pytest.raises(ResourceError, match="unreadable"):
        ActorKB.load(bad)


def test_undated_text_names_an_office_holder_for_the_office(kb):
    # No article date: not "today" (when Mubarak is a former official) but the office he is known for.
    assert (kb.lookup("Hosni Mubarak").country, kb.lookup("Hosni Mubarak").sector) == ("EGY", "GOV")
    assert kb.lookup("Hosni Mubarak", "2015-01-01").sector == "ELI"
    assert kb.lookup("Russia").country == "RUS"


def test_new_generic_agents(kb):
    assert [kb.agent_key(k) for k in ("teenager", "families", "sniper", "masked men", "herders")] == \
        ["CVL", "CVL", "UAF", "UAF", "AGR"]
