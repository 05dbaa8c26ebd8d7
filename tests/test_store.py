"""DuckDB store: migrations, idempotent writes, queries, round trips, parquet export.

Articles are built by hand (invented sentences) so these tests need no spaCy model.
"""

from __future__ import annotations

import dataclasses

import duckdb
import pytest

from dotterel.errors import SchemaVersionError, StoreError, UsageError
from dotterel.model import (
    Actor,
    Article,
    Casualty,
    Event,
    Place,
    Quote,
    Scheduled,
    Sentence,
    Skip,
    Span,
    TimeExpr,
    article_id_for,
)
from dotterel.store import MIGRATIONS, SCHEMA_VERSION, TABLES, ActorCount, Store

# -- builders -----------------------------------------------------------------------------------


def at(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def actor(text: str, needle: str, name=None, country=None, sector=None, kb_id=None) -> Actor:
    s, e = at(text, needle)
    return Actor(needle, s, e, name=name, country=country, sector=sector, kb_id=kb_id)


def sentences(text: str) -> list[Sentence]:
    out, start = [], 0
    for i, part in enumerate(text.split(". ")):
        sent = part if part.endswith(".") else part + "."
        s = text.index(sent, start)
        out.append(Sentence(i, sent, s, s + len(sent)))
        start = s + len(sent)
    return out


def make_event(article_id: str, sent: Sentence, text: str, event_type: str, trigger: str,
               source: list[Actor], target: list[Actor], **kw) -> Event:
    ts, te = at(text, trigger)
    return Event(
        event_id=Event.make_id(article_id, sent.index, event_type, ts, source, target),
        article_id=article_id, event_type=event_type, mode=kw.pop("mode", None),
        cameo_root=kw.pop("cameo_root", None), quad_class=kw.pop("quad_class", None),
        status=kw.pop("status", "occurred"), historical=kw.pop("historical", False), sentence=sent,
        source=source, target=target, trigger=Span(trigger, ts, te), **kw,
    )


SHELLING = ("Ruritanian troops shelled the border town of Zenda on Monday, killing at least four civilians. "
            "The Ruritanian defence minister said the strikes would continue. "
            "Since 2019 more than 300 people have died in the border war.")

TALKS = ("Graustark and Ruritania agreed with Borduria to hold talks in Strelsau next month. "
         "\"We want peace,\" said the Graustark foreign minister.")

MARCH = "Protesters marched in Strelsau against the Graustark government on Friday."


def shelling_article() -> Article:
    text = SHELLING
    aid = article_id_for(text)
    sents = sentences(text)
    troops = actor(text, "Ruritanian troops", "Ruritanian armed forces", "RUR", "MIL", "kb:rur-mil")
    civilians = actor(text, "civilians", None, None, "CVL")
    minister = actor(text, "Ruritanian defence minister", "Ruritania", "RUR", "GOV", "kb:rur")
    zs, ze = at(text, "Zenda")
    zenda = Place("Zenda", zs, ze, name="Zenda", geonameid=9990001, lat=48.125, lon=16.5, country="RR",
                  admin1="Hentzau", admin1_code="04", feature="PPL", precision="city")
    ks, ke = at(text, "killing at least four civilians")
    killed = Casualty("killing at least four civilians", ks, ke, "killed", value=4, low=4, high=None,
                      qualifier="at_least", victims="civilians")
    stat_s, stat_e = at(text, "more than 300 people have died")
    stat = Casualty("more than 300 people have died", stat_s, stat_e, "killed", value=300, low=301,
                    qualifier="more_than", victims="people", statistic=True)
    assault = make_event(aid, sents[0], text, "ASSAULT", "shelled", [troops], [civilians],
                         mode="explosion", cameo_root="19", quad_class=4, reported_by=minister,
                         location=zenda, event_date="2024-03-04", date_precision="day",
                         casualties=[killed], confidence=0.875)
    qs, qe = at(text, "the strikes would continue")
    quote = Quote("the strikes would continue", qs, qe, direct=False, speaker=minister, cue="said")
    ms, me = at(text, "Monday")
    return Article(
        article_id=aid, text=text, title="Border town shelled", date="2024-03-05", source="Invented Wire",
        url="https://example.org/zenda", author="A. Writer", input_id="rec-1", sentences=sents,
        events=[assault], quotes=[quote], places=[zenda],
        times=[TimeExpr("Monday", ms, me, "DATE", "2024-03-04")], statistics=[stat],
        actors=[troops, civilians, minister],
    )


def talks_article() -> Article:
    text = TALKS
    aid = article_id_for(text)
    sents = [Sentence(0, text[: text.index(" \"")], 0, text.index(" \"")),
             Sentence(1, text[text.index("\""):], text.index("\""), len(text))]
    gra = actor(text, "Graustark", "Graustark", "GRA", "GOV", "kb:gra")
    rur = actor(text, "Ruritania", "Ruritania", "RUR", "GOV", "kb:rur")
    bor = actor(text, "Borduria", "Borduria", "BOR", "GOV", "kb:bor")
    fm = actor(text, "Graustark foreign minister", "Graustark", "GRA", "GOV", "kb:gra")
    agree = make_event(aid, sents[0], text, "AGREE", "agreed", [gra, rur], [bor], mode="meet",
                       cameo_root="03", quad_class=1, status="announced",
                       scheduled=Scheduled("CONSULT", "2024-05"), event_date="2024-04-10",
                       date_precision="day", confidence=0.5)
    qs, qe = at(text, "We want peace,")
    quote = Quote("We want peace,", qs, qe, direct=True, speaker=fm, cue="said")
    return Article(article_id=aid, text=text, date="2024-04-10", sentences=sents, events=[agree],
                   quotes=[quote], actors=[gra, rur, bor, fm])


def march_article() -> Article:
    text = MARCH
    aid = article_id_for(text)
    sents = sentences(text)
    protesters = actor(text, "Protesters", None, None, "CVL")
    gov = actor(text, "Graustark government", "Graustark", "GRA", "GOV", "kb:gra")
    protest = make_event(aid, sents[0], text, "PROTEST", "marched", [protesters], [gov],
                         mode="demonstrate", confidence=0.25)
    return Article(article_id=aid, text=text, date="2023-12-01", sentences=sents, events=[protest],
                   actors=[protesters, gov])


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "events.duckdb") as s:
        yield s


@pytest.fixture
def filled(store):
    for art in (shelling_article(), talks_article(), march_article()):
        assert store.write_article(art) is True
    return store


# -- migrations and opening ---------------------------------------------------------------------


def test_migrations_are_ordered_and_schema_version_is_last():
    versions = [v for v, _, _ in MIGRATIONS]
    assert versions == list(range(1, len(MIGRATIONS) + 1))
    assert Store.SCHEMA_VERSION == SCHEMA_VERSION == versions[-1]


def test_open_records_migrations_and_reopen_applies_nothing(tmp_path):
    path = tmp_path / "m.duckdb"
    with Store.open(path) as s:
        assert s.migrations_applied == [v for v, _, _ in MIGRATIONS]
        rows = s.con.execute("SELECT version, name, applied_at FROM schema_migrations "
                             "ORDER BY version").fetchall()
        assert [(v, n) for v, n, _ in rows] == [(v, n) for v, n, _ in MIGRATIONS]
        assert all(ts is not None for _, _, ts in rows)
    with Store.open(path) as s:
        assert s.migrations_applied == []
        assert s.schema_version() == SCHEMA_VERSION
        assert s.con.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == len(MIGRATIONS)
        assert set(s.counts()) == set(TABLES)


def test_newer_schema_is_refused_with_exact_message(tmp_path):
    path = tmp_path / "future.duckdb"
    with Store.open(path) as s:
        s.con.execute("INSERT INTO schema_migrations VALUES (?, ?, now()::TIMESTAMP)",
                      [SCHEMA_VERSION + 1, "from the future"])
    with pytest.raises(SchemaVersionError) as err:
        Store.open(path)
    assert str(err.value) == (f"database schema version {SCHEMA_VERSION + 1} is newer than this dotterel "
                              f"({SCHEMA_VERSION}); upgrade dotterel")
    assert err.value.code == "schema_version"


def test_open_errors_are_one_line_store_errors(tmp_path):
    missing = tmp_path / "no" / "such" / "x.duckdb"
    with pytest.raises(StoreError) as err:
        Store.open(missing)
    assert str(err.value) == f"cannot open store {missing}: directory {missing.parent} does not exist"
    junk = tmp_path / "junk.duckdb"
    junk.write_text("this is not a database\n" * 200)
    with pytest.raises(StoreError) as err:
        Store.open(junk)
    assert str(err.value).startswith(f"cannot open store {junk}: ")
    assert "\n" not in str(err.value)
    with pytest.raises(StoreError, match="it is a directory"):
        Store.open(tmp_path)


def test_relative_path_and_closed_store(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    s = Store.open("relative.duckdb")
    assert (tmp_path / "relative.duckdb").exists()
    s.close()
    s.close()  # idempotent
    with pytest.raises(StoreError, match="is closed"):
        s.counts()


# -- writes -------------------------------------------------------------------------------------


def test_reingest_is_idempotent_and_persists(tmp_path):
    path = tmp_path / "i.duckdb"
    art = shelling_article()
    with Store.open(path) as s:
        assert s.write_article(art) is True
        before = s.counts()
        assert s.write_article(art) is False
        assert s.counts() == before
    with Store.open(path) as s:
        assert s.has_article(art.article_id)
        assert not s.has_article("0" * 16)
        assert s.write_article(shelling_article()) is False
        assert s.counts() == before
    assert before == {"articles": 1, "sentences": 3, "events": 1, "event_actors": 3, "actors": 3,
                      "places": 1, "casualties": 2, "quotes": 1, "times": 1, "skipped": 0}


def test_article_row_keeps_metadata_and_content_hash(filled):
    art = shelling_article()
    row = filled.con.execute("SELECT input_id, title, date, source, url, author, language, content_hash, "
                             "ingested_at FROM articles WHERE article_id = ?", [art.article_id]).fetchone()
    assert row[:7] == ("rec-1", "Border town shelled", "2024-03-05", "Invented Wire",
                       "https://example.org/zenda", "A. Writer", "en")
    assert len(row[7]) == 64 and row[8] is not None


def test_failed_write_leaves_nothing(store):
    art = shelling_article()
    bad = dataclasses.replace(art.events[0], event_id="broken", status=None)
    art.events.append(bad)
    with pytest.raises(StoreError, match=f"cannot write article {art.article_id}"):
        store.write_article(art)
    assert set(store.counts().values()) == {0}
    assert store.write_article(shelling_article()) is True


def test_event_from_another_article_is_refused(store):
    art = shelling_article()
    art.events[0].article_id = "f" * 16
    with pytest.raises(StoreError, match="belongs to article ffffffffffffffff"):
        store.write_article(art)


def test_duplicate_event_ids_keep_first(store):
    art = shelling_article()
    art.events.append(art.events[0])
    assert store.write_article(art)
    assert store.counts()["events"] == 1 and store.counts()["event_actors"] == 3


def test_skip_is_idempotent(store):
    skip = Skip(input="feed.jsonl:7", reason="no English text", code="not_english", input_id="r7")
    assert store.write_skip(skip) is True
    assert store.write_skip(skip) is False
    assert store.write_skip(Skip(input="feed.jsonl:7", reason="other", code="empty")) is True
    assert store.skipped()[0] == skip
    assert len(store.skipped()) == 2 and store.counts()["skipped"] == 2


# -- queries ------------------------------------------------------------------------------------


def test_event_round_trip_with_every_field(filled):
    originals = {e.event_id: e for a in (shelling_article(), talks_article(), march_article())
                 for e in a.events}
    stored = filled.events()
    assert len(stored) == 3
    for event in stored:
        assert event == originals[event.event_id]
        assert event.to_dict() == originals[event.event_id].to_dict()
    assault = next(e for e in stored if e.event_type == "ASSAULT")
    assert assault.reported_by is not None and assault.reported_by.kb_id == "kb:rur"
    assert assault.location is not None and assault.location.lat == 48.125
    assert [c.value for c in assault.casualties] == [4]  # the statistic is not an event casualty
    agree = next(e for e in stored if e.event_type == "AGREE")
    assert [a.country for a in agree.source] == ["GRA", "RUR"]
    assert agree.scheduled == Scheduled("CONSULT", "2024-05")


def test_events_order_by_article_date(filled):
    assert [e.event_type for e in filled.events()] == ["PROTEST", "ASSAULT", "AGREE"]
    assert [e.event_type for e in filled.events(limit=2)] == ["PROTEST", "ASSAULT"]
    assert filled.events(limit=0) == []


def test_events_filter_by_type_and_country(filled):
    assert [e.event_type for e in filled.events(event_type="assault")] == ["ASSAULT"]
    assert filled.events(event_type="SANCTION") == []
    # RUR is a source in ASSAULT and AGREE; BOR only a target; GRA a source and a target.
    assert [e.event_type for e in filled.events(country="rur")] == ["ASSAULT", "AGREE"]
    assert [e.event_type for e in filled.events(country="BOR")] == ["AGREE"]
    assert [e.event_type for e in filled.events(country="GRA")] == ["PROTEST", "AGREE"]
    assert [e.event_type for e in filled.events(country="GRA", event_type="PROTEST")] == ["PROTEST"]
    assert filled.events(country="XYZ") == []


def test_events_filter_by_date_falls_back_to_article_date(filled):
    # PROTEST has no event_date: its article date 2023-12-01 is used.
    assert [e.event_type for e in filled.events(since="2024-01-01")] == ["ASSAULT", "AGREE"]
    assert [e.event_type for e in filled.events(since="2024-03-05")] == ["AGREE"]
    assert [e.event_type for e in filled.events(until="2023-12-31")] == ["PROTEST"]
    assert [e.event_type for e in filled.events(since="2024-03", until="2024-03")] == ["ASSAULT"]
    assert [e.event_type for e in filled.events(since="2023")] == ["PROTEST", "ASSAULT", "AGREE"]
    with pytest.raises(UsageError, match="since must be an ISO date"):
        filled.events(since="last week")
    with pytest.raises(UsageError, match="limit must be a non-negative integer"):
        filled.events(limit=-1)


def test_actor_counts(filled):
    counts = filled.actors()
    by_key = {(a.name, a.country, a.sector): a for a in counts}
    # "Ruritania" (RUR GOV, kb:rur): mentioned once in each of two articles; reported_by once,
    # a source once.
    assert by_key[("Ruritania", "RUR", "GOV")] == ActorCount("Ruritania", "RUR", "GOV", "kb:rur", 2, 2)
    # "Graustark" (GRA GOV): 3 mentions (name, foreign minister, government); events AGREE + PROTEST.
    assert by_key[("Graustark", "GRA", "GOV")].mentions == 3
    assert by_key[("Graustark", "GRA", "GOV")].events == 2
    # Unresolved actors are grouped by their text.
    assert by_key[("civilians", None, "CVL")].events == 1
    assert counts[0].name == "Graustark"
    assert [(a.mentions, a.events) for a in counts] == sorted(
        ((a.mentions, a.events) for a in counts), reverse=True)
    assert {a.name for a in filled.actors(country="rur")} == {"Ruritania", "Ruritanian armed forces"}
    assert len(filled.actors(limit=1)) == 1


def test_quotes(filled):
    quotes = filled.quotes()
    assert [q.direct for q in quotes] == [False, True]
    first = quotes[0]
    assert (first.speaker_name, first.speaker_country, first.speaker_sector) == ("Ruritania", "RUR", "GOV")
    assert SHELLING[first.char_start:first.char_end] == first.text == "the strikes would continue"
    assert first.cue == "said"
    only = filled.quotes(speaker="graustark")
    assert [q.text for q in only] == ["We want peace,"]
    assert filled.quotes(speaker="foreign minister")[0].speaker_text == "Graustark foreign minister"
    assert filled.quotes(speaker="Borduria") == []


def test_export_parquet_files_are_readable(filled, tmp_path):
    filled.write_skip(Skip(input="a.html", reason="empty page", code="empty"))
    counts = filled.counts()
    paths = filled.export_parquet(tmp_path / "out" / "parquet")
    assert sorted(p.stem for p in paths) == sorted([*TABLES, "schema_migrations"])
    con = duckdb.connect()
    for path in paths:
        assert path.exists()
        n = con.execute("SELECT count(*) FROM read_parquet(?)", [str(path)]).fetchone()[0]
        assert n == counts.get(path.stem, len(MIGRATIONS))
    cols = [r[0] for r in con.execute("DESCRIBE SELECT * FROM read_parquet(?)",
                                      [str(tmp_path / "out" / "parquet" / "event_actors.parquet")]).fetchall()]
    assert cols[:3] == ["event_id", "role", "position"]


def test_memory_store():
    with Store.open(":memory:") as s:
        assert s.write_article(march_article())
        assert s.counts()["events"] == 1


def test_write_many_is_one_idempotent_batch(store):
    shelling = shelling_article()
    assert store.write_article(shelling)
    n = store.write_many([shelling, talks_article(), march_article(), march_article()])
    assert n == 2  # shelling already stored, the second march is a repeat
    assert store.counts()["articles"] == 3 and store.counts()["events"] == 3
    assert store.write_many([talks_article()]) == 0
    assert store.write_many([]) == 0
    assert [e.event_type for e in store.events()] == ["PROTEST", "ASSAULT", "AGREE"]


def test_write_new_returns_the_written_articles(store):
    store.write_article(shelling_article())
    written = store.write_new([shelling_article(), march_article(), march_article()])
    assert [a.article_id for a in written] == [march_article().article_id]
    assert store.write_new([march_article()]) == []


def test_write_many_failure_writes_none(store):
    bad = talks_article()
    bad.events.append(dataclasses.replace(bad.events[0], event_id="broken", status=None))
    with pytest.raises(StoreError, match="cannot write 2 articles"):
        store.write_many([march_article(), bad])
    assert set(store.counts().values()) == {0}


def test_pending_migrations_apply_in_order_and_failures_leave_no_trace(tmp_path, monkeypatch):
    from dotterel.store import duck

    path = tmp_path / "old.duckdb"
    with Store.open(path) as s:
        assert s.write_article(march_article())
    add_note = "ALTER TABLE articles ADD COLUMN note TEXT; UPDATE articles SET note = 'backfilled'"
    extra = [(SCHEMA_VERSION + 1, "add_note", add_note),
             (SCHEMA_VERSION + 2, "broken", "ALTER TABLE no_such_table ADD COLUMN x TEXT")]
    monkeypatch.setattr(duck, "MIGRATIONS", [*MIGRATIONS, *extra])
    monkeypatch.setattr(duck, "SCHEMA_VERSION", SCHEMA_VERSION + 2)
    with pytest.raises(StoreError, match=rf"cannot apply migration {SCHEMA_VERSION + 2} \(broken\)"):
        Store.open(path)
    monkeypatch.setattr(duck, "MIGRATIONS", [*MIGRATIONS, extra[0]])
    monkeypatch.setattr(duck, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with Store.open(path) as s:
        assert s.migrations_applied == []  # the good one was applied and recorded by the failed open
        assert s.schema_version() == SCHEMA_VERSION + 1
        assert s.con.execute("SELECT note FROM articles").fetchall() == [("backfilled",)]
        assert s.events()[0].event_type == "PROTEST"


def test_partial_event_date_overlaps_bounds(store):
    art = march_article()
    art.events[0].event_date = "2023-12"
    store.write_article(art)
    assert len(store.events(since="2023-12-15")) == 1
    assert len(store.events(until="2023-12-01")) == 1
    assert store.events(until="2023-11-30") == []
    assert store.events(since="2024-01-01") == []


def test_v1_database_is_migrated_to_v2(tmp_path):
    """A database created at schema version 1 gains casualties.includes, recorded as migration 2."""
    import duckdb

    from dotterel.store import Store
    from dotterel.store.schema import MIGRATIONS

    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TIMESTAMP)")
    con.execute(MIGRATIONS[0][2])
    con.execute("INSERT INTO schema_migrations VALUES (1, 'initial', now())")
    con.close()
    with Store.open(path) as s:
        assert s.migrations_applied == [2]
        assert s.schema_version() == 2
        cols = {r[0] for r in s.con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'casualties'").fetchall()}
        assert "includes" in cols
