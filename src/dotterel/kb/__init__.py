"""The shipped actor knowledge base: countries, capitals, people, organisations, armed groups, agents.

Built by ``python -m dotterel.kb.build`` into ``kb/data/actors.json.gz``; see docs/actors.md for sources,
code conventions and date-bounding rules.
"""

from __future__ import annotations

import datetime as _dt
import functools
import gzip
import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..errors import ResourceError

DATA_DIR = Path(__file__).parent / "data"
KB_FILE = "actors.json.gz"

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u02bc": "'"})
_SEPARATORS = "-_/\u2010\u2011\u2012\u2013\u2014"


def norm_token(text: str) -> str:
    """Normalise one token: diacritics and case folded, apostrophes, dots and hyphens dropped."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    out = []
    for ch in text:
        if unicodedata.combining(ch):
            continue
        if ch.isalnum():
            out.append(ch.lower())
        elif ch in _SEPARATORS or ch.isspace():
            out.append(" ")
        elif ch == "&":
            out.append("and")
        # apostrophes, dots, commas and other punctuation vanish
    return " ".join("".join(out).split())


def norm_phrase(text: str) -> str:
    """Normalise a phrase the way the resolver normalises token n-grams ("Erdoğan" == "erdogan")."""
    text = text.replace("_", " ").translate(_APOSTROPHES)
    # possessive 's is a separate token in spaCy: keep it as "s" after a space
    text = text.replace("'s ", " 's ").replace("'s", " 's") if "'s" in text else text
    return " ".join(norm_token(part) for part in text.split() if norm_token(part))


@dataclass(slots=True, frozen=True)
class KBEntry:
    """One resolved KB actor. ``cameo`` keeps the finer CAMEO-style code (e.g. ``UNOKID``, ``SYRGOV``)."""

    kb_id: str
    name: str
    country: str | None
    sector: str | None
    kind: str  # country / capital / person / igo / ngo / group / agent
    cameo: str | None = None


def _today() -> str:
    return _dt.date.today().isoformat()


def _covers(span: list, date: str) -> bool:
    start, end = span[0], span[1]
    return (not start or start <= date) and (not end or date < end)


class ActorKB:
    """Read-only dictionary lookups over the built actor data (see :meth:`load`)."""

    def __init__(self, data: dict):
        self.meta: dict = data["meta"]
        self._entries: dict[str, dict] = {e["id"]: e for e in data["entries"]}
        self._aliases: dict[str, list[str]] = data["aliases"]
        self._upper: set[str] = set(data["upper"])
        self._countries: dict[str, str] = data["countries"]
        self._demonyms: dict[str, str] = data["demonyms"]
        self._capitals: dict[str, str] = data["capitals"]
        self._places: dict[str, str] = data["places"]
        self._agents: dict[str, str] = data["agents"]
        self._role_phrases: dict[str, list[str]] = data["role_phrases"]
        self._roles: dict[str, dict[str, list[list]]] = data["roles"]
        self._person_roles: dict[str, list[str]] = data["person_roles"]
        self.country_names: dict[str, str] = data["country_names"]
        self.max_ngram: int = int(data["meta"].get("max_ngram", 6))

    @classmethod
    def load(cls, path: Path | None = None) -> ActorKB:
        """Read the built KB (default: the shipped ``kb/data/actors.json.gz``)."""
        path = Path(path) if path is not None else DATA_DIR / KB_FILE
        if path.is_dir():
            path = path / KB_FILE
        try:
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                data = json.load(fh)
        except FileNotFoundError as exc:
            raise ResourceError(f"actor KB not found: {path} (run `make kb`)") from exc
        except (OSError, EOFError, json.JSONDecodeError) as exc:
            raise ResourceError(f"actor KB is unreadable: {path}: {exc}") from exc
        if data.get("meta", {}).get("format") != 1:
            raise ResourceError(f"actor KB has an unknown format: {path}")
        return cls(data)

    # ----- entries -------------------------------------------------------------------------------------

    def entry(self, kb_id: str, date: str | None = None) -> KBEntry | None:
        """The entry ``kb_id`` with its country/sector as of ``date`` (YYYY-MM-DD; None = undated: a person's office)."""
        raw = self._entries.get(kb_id)
        if raw is None:
            return None
        return self._resolve(raw, date)

    def _resolve(self, raw: dict, date: str | None) -> KBEntry:
        country, sector, cameo = raw.get("country"), raw.get("sector"), raw.get("cameo")
        own = raw.get("spans") or []
        if date is None:  # undated text: a known office-holder is named for the office (latest non-ELI span)
            spans = [s for s in own or raw.get("pspans") or [] if s[3] != "ELI"]
            found = max(spans, key=lambda s: s[0] or "", default=None)
            if found is not None:
                return KBEntry(raw["id"], raw["name"], found[2], found[3], raw["kind"],
                               found[4] if len(found) > 4 else cameo)
            date = _today()
        found = next((s for s in own if _covers(s, date)), None)
        if found is None:
            first_own = min((s[0] or "" for s in own), default=None)
            if first_own is None or date < first_own:
                found = next((s for s in raw.get("pspans") or [] if _covers(s, date)), None)
        if found is not None:
            country, sector, cameo = found[2], found[3], found[4] if len(found) > 4 else cameo
        elif raw["kind"] == "person" and (own or raw.get("pspans")) and not raw.get("default"):
            sector = "ELI"  # a known office-holder outside any office period
        return KBEntry(raw["id"], raw["name"], country, sector, raw["kind"], cameo)

    def _dated(self, raw: dict, date: str) -> bool:
        return any(_covers(s, date) for s in (raw.get("spans") or []) + (raw.get("pspans") or []))

    def ids_for(self, key: str) -> list[str]:
        """KB ids for a normalised phrase (see :func:`norm_phrase`), best first."""
        return self._aliases.get(key, [])

    def needs_upper(self, key: str) -> bool:
        """True when the alias is an acronym that only matches upper-case text ("US", "WHO")."""
        return key in self._upper

    def lookup_key(self, key: str, date: str | None = None) -> KBEntry | None:
        ids = self._aliases.get(key)
        if not ids:
            return None
        raws = [self._entries[i] for i in ids]
        own = [r for r in raws if r.get("own")]
        raws = own or raws
        when = date or _today()
        best = next((r for r in raws if r.get("spans") and self._dated(r, when)), None)
        best = best or next((r for r in raws if self._dated(r, when)), None) or raws[0]
        return self._resolve(best, date)

    def lookup(self, phrase: str, date: str | None = None) -> KBEntry | None:
        """Find a named actor by any of its names (case, punctuation and diacritics ignored)."""
        key = norm_phrase(phrase)
        entry = self.lookup_key(key, date)
        if entry is None and key.startswith("the "):
            entry = self.lookup_key(key[4:], date)
        return entry

    # ----- countries, roles, agents -------------------------------------------------------------------

    def country(self, name_or_demonym_or_capital: str) -> str | None:
        """ISO3 for a country name, alias, demonym or capital; None when unknown or not a state."""
        key = norm_phrase(name_or_demonym_or_capital)
        if key.startswith("the ") and key not in self._countries:
            key = key[4:]
        for table in (self._countries, self._demonyms, self._capitals):
            code = table.get(key)
            if code:
                return code
        return None

    def demonym_key(self, key: str) -> str | None:
        """ISO3 for a demonym key; "" for a demonym without a country (e.g. Kurdish); None if unknown."""
        return self._demonyms.get(key)

    def place_key(self, key: str) -> str | None:
        """ISO3 of a sub-national place name (a hint for an agent's country, never an actor itself)."""
        return self._places.get(key)

    def role_key(self, key: str) -> list[str] | None:
        return self._role_phrases.get(key)

    def agent_key(self, key: str) -> str | None:
        return self._agents.get(key)

    def role_holder(self, country_iso3: str, role: str, date: str | None = None) -> KBEntry | None:
        """Who held ``role`` (head_of_state, president, prime_minister, foreign_minister, ...) on ``date``."""
        date = date or _today()
        roles = self._role_phrases.get(norm_phrase(role).replace(" ", "_")) or [role]
        table = self._roles.get(country_iso3, {})
        for r in roles:
            for start, end, kb_id in table.get(r.replace(" ", "_"), []):
                if _covers([start, end], date):
                    return self.entry(kb_id, date)
        return None

    def roles_of(self, kb_id: str) -> list[str]:
        """Role keys a person ever held in the KB (for coreference of "the minister")."""
        return self._person_roles.get(kb_id, [])

    def agent_sector(self, noun: str) -> str | None:
        """PLOVER sector for an agent noun ("rebels" -> REB, "troops" -> MIL, "police" -> COP)."""
        key = norm_phrase(noun)
        key = key.removeprefix("the ")
        return self._agents.get(key)

    def country_name(self, iso3: str) -> str | None:
        return self.country_names.get(iso3)


@functools.lru_cache(maxsize=1)
def load_kb() -> ActorKB:
    """The shipped actor KB, loaded once per process."""
    return ActorKB.load()


__all__ = ["ActorKB", "KBEntry", "load_kb", "norm_phrase", "norm_token"]
