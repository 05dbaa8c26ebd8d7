"""DuckDB event store with an explicit, recorded schema (see ``docs/schema.md``)."""

from dotterel.store.duck import ActorCount, QuoteRow, Store
from dotterel.store.schema import MIGRATIONS, SCHEMA_VERSION, TABLES

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "TABLES", "ActorCount", "QuoteRow", "Store"]
