"""Gold readers and event scorers (fixtures are our own invented sentences)."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest

from dotterel.errors import GoldFormatError, NotEnglish, UsageError
from dotterel.evaluate.events import EventScores, evaluate_events, format_event_report, rank_events, run_gold
from dotterel.evaluate.gold import GoldActor, GoldEvent, GoldRecord, read_gold, split_actor_code
from dotterel.events.ontology import LEGACY_LABELS, PLOVER_TYPES
from dotterel.model import Actor, Event, Sentence, Span

# --------------------------------------------------------------------------- helpers


def ev(etype: str, conf: float = 0.5, start: int = 0, mode: str | None = None,
       src: tuple = (), tgt: tuple = ()) -> Event:
    def actors(pairs: tuple) -> list[Actor]:
        return [Actor(text="x", char_start=0, char_end=1, country=c, sector=s) for c, s in pairs]

    return Event(event_id=f"{etype}{start}", article_id="a", event_type=etype, mode=mode, cameo_root=None,
                 quad_class=None, status="occurred", historical=False, sentence=Sentence(0, "x", 0, 100),
                 source=actors(src), target=actors(tgt), trigger=Span("t", start, start + 1), confidence=conf)


def gold(etype: str, mode: str | None = None, src: tuple = (), tgt: tuple = ()) -> GoldEvent:
    return GoldEvent.build(etype, mode, [GoldActor(c, s) for c, s in src], [GoldActor(c, s) for c, s in tgt])


def rec(rid: str, events: list[GoldEvent], **meta) -> GoldRecord:
    return GoldRecord(id=rid, text=f"text of {rid}", events=events, meta=dict(meta))


# --------------------------------------------------------------------------- readers


def test_read_gsr_fixture(fixtures_dir):
    recs = read_gold(fixtures_dir / "gold" / "gsr_sample.json", "plover-gsr")
    assert [r.id for r in recs] == ["TEST-GSR-DEMAND-0001", "TEST-GSR-DISAPPROVE-0001", "TEST-GSR-FIGHT-0001",
                                    "TEST-GSR-PROTEST-0001", "TEST-GSR-PROTEST-0001#2"]
    types = [(r.events[0].event_type, r.events[0].mode) for r in recs]
    assert types == [("REQUEST", None), ("ACCUSE", "disapprove"), ("ASSAULT", "heavy-weapons"),
                     ("PROTEST", "strike"), ("PROTEST", "demo")]
    demand, disapprove, fight, strike, _ = recs
    assert demand.events[0].source_countries == ["FRA"] and demand.events[0].target_sectors == ["GOV"]
    assert disapprove.events[0].source_countries == ["NOR", "DNK"] and disapprove.events[0].target == []
    assert fight.events[0].source_countries == ["JPN"]  # JAP fixed to ISO3
    assert fight.events[0].target_sectors == ["REB"]  # REBmos -> REB
    assert strike.events[0].source_sectors == [] and strike.events[0].target == []  # *** and missing target
    assert demand.date is None and demand.meta["placeholder_date"] == "2000-01-01"
    assert demand.meta["label"] == "DEMAND"


def test_read_petrarch_fixture(fixtures_dir):
    recs = read_gold(fixtures_dir / "gold" / "petrarch_sample.xml", "petrarch-xml")
    assert [r.id for r in recs] == ["TEST-01", "TEST-02", "TEST-03"]
    first, statement, quiet = recs
    assert first.date == "2019-03-12"
    assert first.text.startswith("The American envoy flew to Nairobi, where") and "\n" not in first.text
    assert [(e.event_type, e.mode, e.cameo_code) for e in first.events] == [
        ("CONSULT", "visit", "042"), ("RETREAT", "release", "0841")]
    assert first.events[0].source[0] == GoldActor("USA", "GOV")
    assert first.events[1].target[0] == GoldActor(None, "REF")
    assert statement.events == [] and statement.meta["dropped"] is True
    assert statement.meta["cameo_codes"] == ["010"] and statement.meta["unmapped_codes"] == ["010"]
    assert quiet.events == [] and quiet.meta.get("noevents") and not quiet.meta.get("dropped")


def test_read_conflibert_fixture(fixtures_dir):
    recs = read_gold(fixtures_dir / "gold" / "conflibert_sample.tsv", "conflibert-class")
    assert [r.meta["quad_class"] for r in recs] == [0, 1, 2, 3, 4, 4]
    assert recs[0].id == "conflibert_sample:1" and recs[0].events == []
    assert recs[2].text == "The government shipped tents and blankets to the flooded province."


def test_read_jsonl_fixture(fixtures_dir):
    recs = read_gold(fixtures_dir / "gold" / "gold_sample.jsonl", "jsonl")
    assert [r.id for r in recs] == ["j1", "j2", "j3", "j4"]
    assert recs[0].date == "2022-03-07" and recs[0].events[0].mode == "meet"
    assert recs[0].events[0].source[0] == GoldActor("RUS", "GOV", "Russia")
    assert recs[1].events == [] and recs[1].date is None
    assert [e.event_type for e in recs[2].events] == ["ASSAULT", "COERCE"]
    assert recs[3].events[0].event_type == "REQUEST" and recs[3].events[0].status == "announced"
    assert recs[3].meta == {"split": "test"}


def test_split_actor_code():
    assert split_actor_code("USAGOV") == GoldActor("USA", "GOV")
    assert split_actor_code("---LEG") == GoldActor(None, "LEG")
    assert split_actor_code("IGO") == GoldActor("IGO", None)
    assert split_actor_code("SYRINS") == GoldActor("SYR", "REB")
    assert split_actor_code("USAMED") == GoldActor("USA", "JRN")  # CAMEO MED is media
    assert split_actor_code("USAHLH") == GoldActor("USA", "MED")
    assert split_actor_code("ISRMILRAD") == GoldActor("ISR", "MIL")
    assert split_actor_code('"PSE"') == GoldActor("PSE", None)
    assert split_actor_code("") == GoldActor()


@pytest.mark.parametrize("fmt, content, message", [
    ("jsonl", '{"id": "a", "text": "Hello there."}\n',
     "{path}:1: 'events' must be a list ([] = no event)"),
    ("jsonl", '{"id": "a", "text": "Hi.", "events": [{"event_type": "CONSULT", "mode": "riot"}]}\n',
     "{path}:1 event 0: 'riot' is not a CONSULT mode"),
    ("jsonl", '{"id": "a", "text": "Hi.", "events": [{"event_type": "GOSSIP"}]}\n',
     "{path}:1 event 0: unknown event_type 'GOSSIP'"),
    ("jsonl", '{"id": "a", "text": "Hi.", "date": "5 May", "events": []}\n',
     "{path}:1: 'date' must be YYYY-MM-DD or null, got '5 May'"),
    ("jsonl", '{"id": "a", "text": "Hi.", "events": []}\n{"id": "a", "text": "Ho.", "events": []}\n',
     "{path}:2: duplicate id 'a'"),
    ("jsonl", "{not json\n", "{path}:1: invalid JSON (Expecting property name enclosed in double quotes)"),
    ("jsonl", '{"id": "a", "text": "Hi.", "events": [{"event_type": "ACCUSE", "status": "rumoured"}]}\n',
     "{path}:1 event 0: status must be one of occurred, announced, negated, hypothetical, got 'rumoured'"),
    ("conflibert-class", "A sentence\t7\n", "{path}:1: label must be 0-4, got '7'"),
    ("conflibert-class", "no tab here\n", "{path}:1: expected 'text<TAB>label'"),
    ("plover-gsr", "{\"id\": 1}", "{path}: expected a JSON array of records, got dict"),
    ("plover-gsr", '[{"id": "x", "event": "GOSSIP", "text": "t"}]', "{path}: record 0: unknown event label 'GOSSIP'"),
    ("petrarch-xml", "<Validation></Validation>", "{path}: no <Sentence> records found"),
])
def test_bad_files_raise_one_line_errors(tmp_path, fmt, content, message):
    path = tmp_path / "bad.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldFormatError) as info:
        read_gold(path, fmt)
    assert str(info.value) == message.format(path=path)
    assert "\n" not in str(info.value)


def test_missing_file_and_unknown_format(tmp_path):
    with pytest.raises(GoldFormatError, match="gold file not found"):
        read_gold(tmp_path / "nope.jsonl", "jsonl")
    with pytest.raises(GoldFormatError, match="unknown gold format 'csv'"):
        read_gold(tmp_path / "nope.jsonl", "csv")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- ranking


def test_rank_events_confidence_then_position():
    a, b, c = ev("ACCUSE", 0.4, 10), ev("REJECT", 0.9, 20), ev("THREATEN", 0.9, 5)
    assert [e.event_type for e in rank_events([a, b, c])] == ["THREATEN", "REJECT", "ACCUSE"]


# --------------------------------------------------------------------------- type task


@pytest.fixture()
def type_scores() -> EventScores:
    records = [
        rec("r1", [gold("REJECT", "meet", src=(("RUS", "GOV"),))]),
        rec("r2", [gold("REJECT", src=(("IRN", "GOV"),), tgt=(("USA", "GOV"),))]),
        rec("r3", [gold("ASSAULT", "heavy-weapons", src=(("SYR", "MIL"),))]),
        rec("r4", [gold("ASSAULT", "firearms", src=(("SYR", "MIL"),))]),
        rec("r5", [gold("PROTEST")]),
        rec("r6", []),
        rec("r7", []),
        rec("r8", [gold("ASSAULT", src=(("SYR", "MIL"),), tgt=(("SYR", "CVL"),)),
                   gold("COERCE", src=(("SYR", "COP"),), tgt=(("SYR", "JRN"),))]),
        rec("r9", [], dropped=True),
        rec("r10", [gold("AID")], excluded="parser error test"),
    ]
    predictions = {
        "r1": [ev("ACCUSE", 0.4, 10), ev("REJECT", 0.9, 20, "meet", src=(("RUS", "GOV"),))],
        "r2": [ev("REJECT", 0.5, 30), ev("THREATEN", 0.5, 5, src=(("IRN", "MIL"),))],
        "r3": [],
        "r4": [ev("ASSAULT", 0.7, 3, "heavy-weapons", src=(("SYR", "REB"),))],
        "r5": [ev("ASSAULT", 0.6, 0)],
        "r6": [],
        "r7": [ev("CONSULT", 0.3, 0)],
        "r8": [ev("ASSAULT", 0.8, 0, src=(("SYR", "MIL"),), tgt=(("SYR", None),)),
               ev("AID", 0.2, 9, src=(("USA", "GOV"),), tgt=(("SYR", "CVL"),))],
        "r9": [ev("SUPPORT")],
        "r10": [ev("AID")],
    }
    return evaluate_events(records, lambda r: predictions[r.id])


def test_counts(type_scores):
    s = type_scores
    assert (s.n_records, s.n_scored, s.n_excluded) == (10, 9, 1)
    assert (s.n_single, s.n_multi, s.n_no_event, s.n_dropped) == (5, 1, 2, 1)


def test_type_accuracy_confusion_and_f1(type_scores):
    s = type_scores
    assert (s.type_accuracy.correct, s.type_accuracy.total) == (2, 5)
    assert s.type_accuracy.value == pytest.approx(0.4)
    assert s.confusion == {"REJECT": {"REJECT": 1, "THREATEN": 1},
                           "ASSAULT": {"NONE": 1, "ASSAULT": 1},
                           "PROTEST": {"ASSAULT": 1}}
    assert set(s.per_class) == {"ASSAULT", "PROTEST", "REJECT"}
    a, p, r = s.per_class["ASSAULT"], s.per_class["PROTEST"], s.per_class["REJECT"]
    assert (a.tp, a.fp, a.fn) == (1, 1, 1) and a.f1 == pytest.approx(0.5)
    assert p.precision is None and p.recall == 0.0 and p.f1 == 0.0
    assert r.precision == 1.0 and r.recall == 0.5 and r.f1 == pytest.approx(2 / 3)
    assert s.macro_f1 == pytest.approx((0.5 + 0.0 + 2 / 3) / 3)


def test_mode_and_actor_accuracy(type_scores):
    s = type_scores
    assert s.mode_accuracy["all"].to_dict()["correct"] == 1 and s.mode_accuracy["all"].total == 3
    assert (s.mode_accuracy["given_type"].correct, s.mode_accuracy["given_type"].total) == (1, 2)
    got = {k: {c: (v.correct, v.total) for c, v in b.items()} for k, b in s.actors.items()}
    assert got == {
        "source_country": {"all": (3, 4), "given_type": (2, 2)},
        "source_sector": {"all": (1, 4), "given_type": (1, 2)},
        "target_country": {"all": (0, 1), "given_type": (0, 0)},
        "target_sector": {"all": (0, 1), "given_type": (0, 0)},
    }


def test_coverage_fp_dropped_multi(type_scores):
    s = type_scores
    assert (s.coverage.correct, s.coverage.total) == (5, 6)
    assert (s.false_positive_rate.correct, s.false_positive_rate.total) == (1, 2)
    assert s.false_positive_types == {"CONSULT": 1}
    assert (s.dropped_any_event.correct, s.dropped_any_event.total) == (1, 1)
    assert (s.multi_type.tp, s.multi_type.fp, s.multi_type.fn) == (1, 1, 1)
    assert (s.multi_tuple.tp, s.multi_tuple.fp, s.multi_tuple.fn) == (1, 1, 1)
    assert s.multi_tuple.f1 == pytest.approx(0.5)


def test_to_dict_and_report(type_scores):
    d = type_scores.to_dict()
    json.dumps(d)  # JSON-ready
    assert d["type_accuracy"] == {"correct": 2, "total": 5, "value": 0.4}
    assert d["per_class"]["REJECT"]["support"] == 2
    assert d["timings"]["records_per_second"] is None or d["timings"]["records_per_second"] > 0
    report = format_event_report(type_scores)
    assert "  type accuracy                            40.0%  (2/5)" in report
    assert "  false-positive rate (no-event records)   50.0%  (1/2)" in report
    assert "confusion (rows gold, columns predicted)" in report
    assert "NONE" in report


def test_input_errors_count_as_no_prediction():
    def code(record: GoldRecord) -> list[Event]:
        raise NotEnglish("not English")

    s = evaluate_events([rec("a", [gold("AID")]), rec("b", [])], code)
    assert s.errors == {"not_english": 2}
    assert s.confusion == {"AID": {"NONE": 1}} and s.false_positive_rate.correct == 0
    assert "coder errors (no prediction): not_english 2" in format_event_report(s)


def test_unknown_task():
    with pytest.raises(UsageError, match="unknown evaluation task 'role'"):
        evaluate_events([], lambda r: [], task="role")


# --------------------------------------------------------------------------- quad task


def test_quad_task(fixtures_dir):
    recs = read_gold(fixtures_dir / "gold" / "conflibert_sample.tsv", "conflibert-class")
    preds = [[], [ev("AGREE")], [ev("CONCEDE")], [ev("ACCUSE")], [ev("ASSAULT")], []]
    by_id = {r.id: p for r, p in zip(recs, preds)}
    s = evaluate_events(recs, lambda r: by_id[r.id], task="quad")
    assert (s.quad_accuracy.correct, s.quad_accuracy.total) == (5, 6)  # CONCEDE is CAMEO quad 2 (root 08)
    assert (s.quad_accuracy_plover.correct, s.quad_accuracy_plover.total) == (4, 6)  # ... but PLOVER quad 1
    assert s.quad_confusion == {"0": {"0": 1}, "1": {"1": 1}, "2": {"2": 1}, "3": {"3": 1}, "4": {"4": 1, "0": 1}}
    assert s.quad_per_class["0"].f1 == pytest.approx(2 / 3)
    assert s.quad_per_class["2"].f1 == 1.0
    assert s.quad_macro_f1 == pytest.approx((2 / 3 + 1 + 1 + 1 + 2 / 3) / 5)
    report = format_event_report(s)
    assert "  quad accuracy (our CAMEO root -> quad)   83.3%  (5/6)" in report
    assert "  quad accuracy (our PLOVER type -> quad)  66.7%  (4/6)" in report


def test_quad_task_needs_labels():
    with pytest.raises(UsageError, match="has no quad_class"):
        evaluate_events([rec("x", [])], lambda r: [], task="quad")


# --------------------------------------------------------------------------- run_gold


@dataclass
class _FakeArticle:
    events: list[Event]


class _FakePipeline:
    def __init__(self) -> None:
        self.calls: list[tuple[str, str | None]] = []

    def code_text(self, text: str, date: str | None = None) -> _FakeArticle:
        self.calls.append((text, date))
        return _FakeArticle([ev("REJECT", 0.9, 0, "meet", src=(("RUS", "GOV"),))] if "rejected" in text else [])


def test_run_gold_with_pipeline(fixtures_dir):
    pipe = _FakePipeline()
    s = run_gold(fixtures_dir / "gold" / "gold_sample.jsonl", "jsonl", pipeline=pipe, limit=2)
    assert pipe.calls[0] == ("Russia rejected the proposal for new talks on Monday.", "2022-03-07")
    assert len(pipe.calls) == 2
    assert (s.type_accuracy.correct, s.type_accuracy.total) == (1, 1)
    assert (s.false_positive_rate.correct, s.false_positive_rate.total) == (0, 1)


def test_run_gold_conflibert_uses_quad_task(fixtures_dir):
    s = run_gold(fixtures_dir / "gold" / "conflibert_sample.tsv", "conflibert-class", pipeline=_FakePipeline())
    assert s.task == "quad" and s.quad_accuracy.correct == 1  # only the "0" line is right


# --------------------------------------------------------------------------- shared data


@pytest.mark.shared
def test_real_gsr(shared_dir):
    recs = read_gold(shared_dir / "data" / "plover" / "PLOVER_GSR_CAMEO.txt", "plover-gsr")
    assert len(recs) == 322
    assert len({r.id for r in recs}) == 322
    labels = {e.event_type for r in recs for e in r.events}
    assert labels <= set(PLOVER_TYPES) and not labels & set(LEGACY_LABELS)
    assert all(len(r.events) == 1 and r.text for r in recs)
    assert sum(e.event_type == "ACCUSE" and e.mode == "investigate" for r in recs for e in r.events) == 9


@pytest.mark.shared
def test_real_petrarch(shared_dir):
    val = read_gold(shared_dir / "data" / "petrarch2" / "validation" / "PETR2_GSR_validation.xml", "petrarch-xml")
    assert len(val) == 78
    assert sum(len(r.events) for r in val) > 60
    assert all(e.event_type in PLOVER_TYPES for r in val for e in r.events)
    assert any(r.meta.get("dropped") for r in val)
    unit = read_gold(shared_dir / "data" / "petrarch2" / "validation" / "PETR.UnitTest.records.xml", "petrarch-xml")
    assert len(unit) == 284
    assert any(r.meta.get("excluded") for r in unit)


@pytest.mark.shared
def test_real_conflibert(shared_dir):
    recs = read_gold(shared_dir / "data" / "conflibert" / "cameo_class" / "test.tsv", "conflibert-class")
    assert len(recs) == 451
    assert {r.meta["quad_class"] for r in recs} == {0, 1, 2, 3, 4}
