"""The CLI end to end: code, ingest, events, skipped; exact error lines."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from dotterel.cli import app

pytestmark = pytest.mark.slow

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "ankara-ceasefire.txt"

ARTICLE_A = """Border clashes flare between Armenia and Azerbaijan

Azerbaijani troops shelled Armenian positions near the border on Tuesday, the Armenian defence ministry said.
Armenia called on Russia to intervene and urged the European Union to condemn the attack.
"""

ARTICLE_B = """Farmers block highways in Belgium

Thousands of farmers blocked highways around Brussels on Monday to protest against new EU environmental rules.
Belgian police arrested 12 protesters near the European Parliament.
"""


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def test_code_table_on_example(runner):
    res = runner.invoke(app, ["code", str(EXAMPLE), "--date", "2024-05-14"])
    assert res.exit_code == 0, res.output
    assert "REJECT" in res.stdout
    assert "Share this article" not in res.stdout


def test_code_jsonl_events(runner, tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE_A, encoding="utf-8")
    res = runner.invoke(app, ["code", str(src), "--date", "2023-09-12", "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines() if line.strip()]
    assert rows and all("event_type" in r for r in rows)
    assert {"ASSAULT", "REQUEST"} <= {r["event_type"] for r in rows}
    for r in rows:
        assert r["article_id"] and r["event_id"] and r["sentence"]["char_end"] > r["sentence"]["char_start"]


def test_code_json_article_and_out_file(runner, tmp_path):
    src = tmp_path / "b.txt"
    src.write_text(ARTICLE_B, encoding="utf-8")
    out = tmp_path / "out.json"
    res = runner.invoke(app, ["code", str(src), "--format", "json", "--out", str(out), "--date", "2024-02-05"])
    assert res.exit_code == 0, res.output
    data = json.loads(out.read_text(encoding="utf-8"))
    art = data[0]
    assert art["title"] == "Farmers block highways in Belgium"
    assert art["date"] == "2024-02-05"
    assert any(e["event_type"] == "PROTEST" for e in art["events"])


def test_bad_date_is_one_line_error(runner, tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE_A, encoding="utf-8")
    res = runner.invoke(app, ["code", str(src), "--date", "25/02/2020"])
    assert res.exit_code == 2
    assert res.stderr.strip() == "dotterel: error: invalid date '25/02/2020': expected YYYY-MM-DD"


def test_missing_file_is_one_line_error(runner, tmp_path):
    res = runner.invoke(app, ["code", str(tmp_path / "nope.txt")])
    assert res.exit_code == 2
    assert res.stderr.strip() == f"dotterel: error: path not found: {tmp_path / 'nope.txt'}"


def test_ingest_idempotent_and_skips_recorded(runner, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "in" / "blob.bin").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "in" / "de.txt").write_text(
        "Die Regierung hat am Montag beschlossen, dass die neuen Regeln für alle Bürger gelten werden. "
        "Der Minister sagte, dass man mit den Nachbarländern sprechen und eine Lösung finden wolle.",
        encoding="utf-8")
    db = tmp_path / "ev.duckdb"
    res = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(db), "--date", "2023-09-12"])
    assert res.exit_code == 0, res.output
    assert "2 articles coded" in res.stderr
    assert "3 skipped" in res.stderr
    con = duckdb.connect(str(db), read_only=True)
    n_articles = con.execute("select count(*) from articles").fetchone()[0]
    n_events = con.execute("select count(*) from events").fetchone()[0]
    reasons = {r[0] for r in con.execute("select code from skipped").fetchall()}
    con.close()
    assert n_articles == 2 and n_events > 0
    assert {"empty", "binary", "not_english"} <= reasons
    res2 = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(db), "--date", "2023-09-12"])
    assert res2.exit_code == 0
    assert "0 articles coded" in res2.stderr and "2 already stored" in res2.stderr
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("select count(*) from events").fetchone()[0] == n_events
    con.close()

    res3 = runner.invoke(app, ["events", "--db", str(db), "--type", "PROTEST", "--format", "jsonl"])
    assert res3.exit_code == 0, res3.output
    rows = [json.loads(x) for x in res3.stdout.splitlines() if x.strip()]
    assert rows and all(r["event_type"] == "PROTEST" for r in rows)

    res4 = runner.invoke(app, ["events", "--db", str(db), "--country", "AZE", "--format", "csv"])
    assert res4.exit_code == 0
    assert res4.stdout.splitlines()[0].startswith("event_id")
    assert len(res4.stdout.splitlines()) >= 2

    res5 = runner.invoke(app, ["events", "--db", str(db), "--since", "2030-01-01", "--format", "jsonl"])
    assert res5.exit_code == 0 and res5.stdout.strip() == ""

    res6 = runner.invoke(app, ["events", "--db", str(db), "--type", "FIGHT"])
    assert res6.exit_code == 2
    assert res6.stderr.startswith("dotterel: error: unknown event type 'FIGHT'")


def test_events_on_missing_db(runner, tmp_path):
    res = runner.invoke(app, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert res.exit_code == 2
    assert res.stderr.strip() == f"dotterel: error: database not found: {tmp_path / 'none.duckdb'}"


def test_jsonl_batch_with_broken_line(runner, tmp_path):
    src = tmp_path / "batch.jsonl"
    src.write_text(
        json.dumps({"id": "a1", "text": ARTICLE_A, "date": "2023-09-12"}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "b2", "text": ARTICLE_B, "date": "2024-02-05"}) + "\n",
        encoding="utf-8")
    res = runner.invoke(app, ["code", str(src), "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert [d.get("input_id") for d in data if not d.get("skipped")] == ["a1", "b2"]
    skipped = [d for d in data if d.get("skipped")]
    assert len(skipped) == 1 and skipped[0]["input"].endswith("batch.jsonl:2")
    assert "dotterel: skipped" in res.stderr and "line 2" in res.stderr


def test_evaluate_errors_are_one_line(runner, tmp_path):
    res = runner.invoke(app, ["evaluate", "--gold", str(tmp_path / "none.jsonl"), "--format", "jsonl"])
    assert res.exit_code == 2
    assert res.stderr.strip() == f"dotterel: error: gold file not found: {tmp_path / 'none.jsonl'}"
    gold = tmp_path / "g.jsonl"
    gold.write_text('{"id": "x", "text": "Ruritania attacked Graustark.", "events": []}\n', encoding="utf-8")
    res = runner.invoke(app, ["evaluate", "--gold", str(gold)])
    assert res.exit_code == 2
    assert res.stderr.startswith("dotterel: error: --format is required for --task events")
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n", encoding="utf-8")
    res = runner.invoke(app, ["evaluate", "--gold", str(bad), "--format", "jsonl"])
    assert res.exit_code == 1
    assert res.stderr.startswith("dotterel: error: ") and len(res.stderr.strip().splitlines()) == 1


def test_evaluate_jsonl_gold_json_output(runner, tmp_path):
    gold = tmp_path / "g.jsonl"
    gold.write_text(
        json.dumps({"id": "a", "text": "Chilean police arrested 30 protesters in Santiago on Monday.",
                    "date": "2022-05-10", "events": [{"event_type": "COERCE", "mode": "arrest",
                                                      "source": [{"country": "CHL", "sector": "COP"}],
                                                      "target": [{"country": "CHL", "sector": "CVL"}]}]}) + "\n"
        + json.dumps({"id": "b", "text": "The weather in Santiago stayed mild all week.", "date": "2022-05-10",
                      "events": []}) + "\n", encoding="utf-8")
    res = runner.invoke(app, ["evaluate", "--gold", str(gold), "--format", "jsonl", "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["type_accuracy"]["value"] == 1.0
    assert data["false_positive_rate"]["total"] == 1
