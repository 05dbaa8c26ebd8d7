"""The DuckDB schema as an ordered list of recorded migrations.

Each migration is ``(version, name, sql)``. :meth:`dotterel.store.Store.open`
applies the ones a database has not recorded, in order, each in its own
transaction, and records it in ``schema_migrations``. Never edit a released
migration: append a new one (see ``docs/schema.md``).
"""

from __future__ import annotations

Migration = tuple[int, str, str]

BOOTSTRAP_SQL = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TIMESTAMP NOT NULL
)
"""

_V1_INITIAL = """
CREATE TABLE articles (
    article_id TEXT PRIMARY KEY,
    input_id TEXT,
    title TEXT,
    text TEXT NOT NULL,
    date TEXT,
    source TEXT,
    url TEXT,
    author TEXT,
    language TEXT,
    canonical_id TEXT,
    content_hash TEXT NOT NULL,
    ingested_at TIMESTAMP NOT NULL
);

CREATE TABLE sentences (
    article_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE events (
    event_id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL,
    sentence_idx INTEGER NOT NULL,
    event_type TEXT NOT NULL,
    mode TEXT,
    cameo_root TEXT,
    quad_class INTEGER,
    status TEXT NOT NULL,
    historical BOOLEAN NOT NULL,
    scheduled_type TEXT,
    scheduled_date TEXT,
    event_date TEXT,
    date_precision TEXT,
    place_text TEXT,
    place_start INTEGER,
    place_end INTEGER,
    place_name TEXT,
    place_geonameid BIGINT,
    place_lat DOUBLE,
    place_lon DOUBLE,
    place_country TEXT,
    place_admin1 TEXT,
    place_admin1_code TEXT,
    place_feature TEXT,
    place_precision TEXT,
    trigger_text TEXT,
    trigger_start INTEGER,
    trigger_end INTEGER,
    confidence DOUBLE NOT NULL,
    sentence_text TEXT NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL
);

CREATE TABLE event_actors (
    event_id TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('source', 'target', 'reported_by')),
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    name TEXT,
    country TEXT,
    sector TEXT,
    kb_id TEXT,
    PRIMARY KEY (event_id, role, position)
);

CREATE TABLE actors (
    article_id TEXT NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    text TEXT NOT NULL,
    name TEXT,
    country TEXT,
    sector TEXT,
    kb_id TEXT,
    PRIMARY KEY (article_id, char_start, char_end)
);

CREATE TABLE places (
    article_id TEXT NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    text TEXT NOT NULL,
    name TEXT,
    geonameid BIGINT,
    lat DOUBLE,
    lon DOUBLE,
    country TEXT,
    admin1 TEXT,
    admin1_code TEXT,
    feature TEXT,
    precision TEXT,
    PRIMARY KEY (article_id, char_start, char_end)
);

CREATE TABLE casualties (
    casualty_id TEXT PRIMARY KEY,
    event_id TEXT,
    article_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    kind TEXT NOT NULL,
    value BIGINT,
    low BIGINT,
    high BIGINT,
    qualifier TEXT,
    victims TEXT,
    statistic BOOLEAN NOT NULL
);

CREATE TABLE quotes (
    quote_id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL,
    text TEXT NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    direct BOOLEAN NOT NULL,
    cue TEXT,
    speaker_text TEXT,
    speaker_start INTEGER,
    speaker_end INTEGER,
    speaker_name TEXT,
    speaker_country TEXT,
    speaker_sector TEXT,
    speaker_kb_id TEXT
);

CREATE TABLE times (
    article_id TEXT NOT NULL,
    text TEXT NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    type TEXT NOT NULL,
    value TEXT,
    PRIMARY KEY (article_id, char_start, char_end)
);

CREATE TABLE skipped (
    skip_id TEXT PRIMARY KEY,
    input TEXT NOT NULL,
    input_id TEXT,
    code TEXT NOT NULL,
    reason TEXT NOT NULL,
    skipped_at TIMESTAMP NOT NULL
);

CREATE INDEX events_article ON events (article_id);
CREATE INDEX casualties_event ON casualties (event_id);
"""

_V2_CASUALTY_INCLUDES = """
ALTER TABLE casualties ADD COLUMN includes TEXT[];
"""

MIGRATIONS: list[Migration] = [
    (1, "initial", _V1_INITIAL),
    (2, "casualties.includes: named victim sub-groups", _V2_CASUALTY_INCLUDES),
]

SCHEMA_VERSION: int = MIGRATIONS[-1][0]

# Data tables in dependency order (schema_migrations excluded).
TABLES: tuple[str, ...] = (
    "articles",
    "sentences",
    "events",
    "event_actors",
    "actors",
    "places",
    "casualties",
    "quotes",
    "times",
    "skipped",
)
