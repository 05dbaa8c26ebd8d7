"""Shared fixtures. ``nlp`` loads spaCy once per session; ``shared_dir`` skips when ../shared is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def nlp():
    from dotterel.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "data").is_dir():
        pytest.skip("../shared reference data is absent")
    return SHARED


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def seed_body(shared_dir) -> str:
    """The seed article's body: between the title and the blog tail (read at test time, never copied)."""
    raw = (shared_dir / "seed" / "idlib-truce.txt").read_text(encoding="utf-8")
    return raw[raw.index("\n\n") + 2:raw.index("Popular posts")]
