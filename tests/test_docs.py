"""Docs that must not drift from the code."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_cli_reference_is_current():
    spec = importlib.util.spec_from_file_location("gen_cli_docs", ROOT / "scripts" / "gen_cli_docs.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert (ROOT / "docs" / "cli.md").read_text(encoding="utf-8") == mod.render(), \
        "docs/cli.md is stale: run .venv/bin/python scripts/gen_cli_docs.py"


def test_readme_names_every_command_and_both_make_targets():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for cmd in ("code", "ingest", "events", "actors", "quotes", "skipped", "evaluate"):
        assert f"dotterel {cmd}" in readme
    assert "make demo" in readme and "make test" in readme


def test_schema_doc_lists_every_table():
    from dotterel.store import TABLES

    doc = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    for table in TABLES:
        assert f"`{table}`" in doc
