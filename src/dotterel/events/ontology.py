"""The PLOVER ontology: event types, modes, quad classes, scores, sectors, CAMEO map.

Facts from the PLOVER manual (draft 0.8) and ``CAMEO2PLOVER-2021.txt``,
openeventdata/PLOVER, Open Event Data Alliance, CC BY-SA 4.0. The shipped
``data/cameo2plover.tsv`` is derived from the latter (see its header).
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass
from importlib import resources

from dotterel.errors import ResourceError
from dotterel.model import PLOVER_TYPES

__all__ = [
    "LEGACY_LABELS",
    "LEGACY_MODES",
    "MODES",
    "PLOVER_SCORE",
    "PLOVER_TYPES",
    "QUAD_CLASS",
    "QUAD_NAMES",
    "SECTORS",
    "CameoEntry",
    "cameo_map",
    "cameo_quad_class",
    "cameo_root",
    "cameo_to_plover",
    "is_valid_mode",
    "normalise_label",
    "plover_score",
    "quad_class",
]

# Mode tables of the manual, one per type ("Supplementary fields"). Types
# whose section lists no modes have an empty tuple.
MODES: dict[str, tuple[str, ...]] = {
    "AGREE": (),
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "SUPPORT": (),
    "CONCEDE": (),
    "COOPERATE": (),
    "AID": (),
    "RETREAT": ("withdraw", "release", "disarm", "ceasefire", "access", "resign"),
    "REQUEST": ("assist", "change", "yield", "meet"),
    "ACCUSE": ("disapprove", "investigate", "allege"),
    "REJECT": ("assist", "change", "yield", "meet"),
    "THREATEN": ("restrict", "arrest", "relations", "expel", "territory", "violence"),
    "PROTEST": ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"),
    "SANCTION": ("convict", "expel", "withdraw", "discontinue"),
    "MOBILIZE": ("troops", "weapons", "police", "militia"),
    "COERCE": ("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber"),
    "ASSAULT": ("abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                "unconventional"),
}

# "Quad category" line of each type's section in the manual. (The manual's
# summary table lists SANCTION under verbal conflict; its own section and the
# requirements table say material conflict, which is used here.)
QUAD_CLASS: dict[str, int] = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}

QUAD_NAMES: dict[int, str] = {
    0: "no event",
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}

# Conflict/cooperation scores (manual table "PLOVER conflict--cooperation
# scores"), keyed (type, mode); mode None is the type's base score.
PLOVER_SCORE: dict[tuple[str, str | None], float] = {
    ("AGREE", None): 2.5,
    ("CONSULT", None): 2.5, ("CONSULT", "visit"): 4.0, ("CONSULT", "third-party"): 1.0,
    ("CONSULT", "multilateral"): 4.0, ("CONSULT", "phone"): 1.5,
    ("SUPPORT", None): 5.0,
    ("CONCEDE", None): 4.5,
    ("COOPERATE", None): 9.5,
    ("AID", None): 10.0,
    ("RETREAT", None): 6.5, ("RETREAT", "withdraw"): 8.0, ("RETREAT", "release"): 6.5,
    ("RETREAT", "disarm"): 10.0, ("RETREAT", "ceasefire"): 7.5, ("RETREAT", "access"): 6.5,
    ("RETREAT", "resign"): 4.5,
    ("REQUEST", None): 0.0, ("REQUEST", "assist"): 0.5, ("REQUEST", "change"): -1.0,
    ("REQUEST", "yield"): -1.0, ("REQUEST", "meet"): 0.0,
    # The manual prints +3 for plain ACCUSE, against -2/-3.5 for its modes; kept as printed.
    ("ACCUSE", None): 3.0, ("ACCUSE", "disapprove"): -2.0, ("ACCUSE", "investigate"): -3.5,
    ("ACCUSE", "allege"): -3.5,
    ("REJECT", None): -2.0, ("REJECT", "assist"): -1.5, ("REJECT", "change"): -2.0,
    ("REJECT", "yield"): -2.0, ("REJECT", "meet"): -2.0,
    ("THREATEN", None): -3.5, ("THREATEN", "restrict"): -3.0, ("THREATEN", "arrest"): -3.5,
    ("THREATEN", "relations"): -3.5, ("THREATEN", "expel"): -3.5, ("THREATEN", "territory"): -4.0,
    ("THREATEN", "violence"): -3.5,
    ("PROTEST", None): -5.0, ("PROTEST", "demo"): -5.0, ("PROTEST", "riot"): -7.0,
    ("PROTEST", "strike"): -5.0, ("PROTEST", "hunger"): -4.5, ("PROTEST", "boycott"): -4.5,
    ("PROTEST", "obstruct"): -4.5,
    ("SANCTION", None): -6.0, ("SANCTION", "convict"): -6.0, ("SANCTION", "expel"): -5.5,
    ("SANCTION", "withdraw"): -6.0, ("SANCTION", "discontinue"): -6.0,
    ("MOBILIZE", None): -5.5, ("MOBILIZE", "troops"): -6.5, ("MOBILIZE", "weapons"): -6.5,
    ("MOBILIZE", "police"): -5.5, ("MOBILIZE", "militia"): -6.0,
    ("COERCE", None): -7.0, ("COERCE", "seize"): -7.0, ("COERCE", "restrict"): -7.0,
    ("COERCE", "censor"): -6.5, ("COERCE", "curfew"): -6.5, ("COERCE", "martial-law"): -7.5,
    ("COERCE", "arrest"): -7.0, ("COERCE", "deport"): -7.0, ("COERCE", "withhold"): -7.0,
    ("COERCE", "misinformation"): -6.5, ("COERCE", "cyber"): -7.0,
    ("ASSAULT", None): -9.0, ("ASSAULT", "abduct"): -8.5, ("ASSAULT", "beat"): -7.5,
    ("ASSAULT", "torture"): -8.5, ("ASSAULT", "sexual"): -8.5, ("ASSAULT", "targeted"): -9.5,
    ("ASSAULT", "destroy"): -8.5, ("ASSAULT", "primitive"): -8.0, ("ASSAULT", "firearms"): -9.0,
    ("ASSAULT", "explosives"): -9.0, ("ASSAULT", "suicide-attack"): -9.5, ("ASSAULT", "aerial"): -9.5,
    ("ASSAULT", "drone"): -9.5, ("ASSAULT", "heavy-weapons"): -9.5, ("ASSAULT", "crowd-control"): -7.5,
    ("ASSAULT", "unconventional"): -10.0,
}

# Sector codes (manual chapter "Country Names and Sector Codes").
SECTORS: dict[str, str] = {
    "COP": "police forces, officers, criminal investigative units, protective agencies",
    "GOV": "government: the executive, governing parties, coalition partners, executive divisions",
    "JUD": "judiciary: judges, courts",
    "LEG": "legislature: parliaments, assemblies, lawmakers",
    "MIL": "military: troops, soldiers, all state-military personnel and equipment",
    "PRM": "paramilitary organizations not in opposition to government",
    "PTY": "political parties",
    "REB": "rebels: armed opposition groups or individuals",
    "SPY": "state intelligence services and intelligence operatives or assets",
    "UAF": "unidentified armed forces (unknown gunmen)",
    "UNK": "generic unidentified actors",
    "AGR": "organized or informal agricultural labour; peasants",
    "BUS": "business: individuals, companies and enterprises, not including MNCs",
    "CRM": "individual criminals and criminal gangs",
    "CVL": "civilians, protesters, activists and other unarmed domestic entities",
    "EDU": "educators, schools, students, education organizations",
    "ELI": "former government officials and their families, exiled or ousted officials",
    "JRN": "journalists, newspapers, radio, television, web sites",
    "LAB": "organized or informal labour in services or manufacturing",
    "MED": "individuals and organizations dealing with health",
    "REF": "refugees and internally displaced persons",
    "OPP": "political opposition (typically a secondary code)",
    "PRE": "partially recognized entities (added to the other sector codes)",
    "REL": "religious organizations and institutions",
    "SOC": "civil society organizations and movements not covered above",
}

# PLOVER 0.5b1 labels (used by the CAMEO gold standard records) -> (type, mode).
LEGACY_LABELS: dict[str, tuple[str, str | None]] = {
    "DEMAND": ("REQUEST", None),
    "DISAPPROVE": ("ACCUSE", "disapprove"),
    "INVESTIGATE": ("ACCUSE", "investigate"),
    "FIGHT": ("ASSAULT", None),
}

# Older or draft mode names -> current mode (None = no current equivalent).
# Keyed (type, mode); the "*" type applies to any type.
LEGACY_MODES: dict[tuple[str, str], str | None] = {
    ("PROTEST", "demo-org"): "demo",
    ("PROTEST", "demo-spon"): "demo",
    ("PROTEST", "riot-spon"): "riot",
    ("PROTEST", "riot-org"): "riot",
    ("PROTEST", "strike-hun"): "hunger",
    ("PROTEST", "strike-gen"): "strike",
    ("CONSULT", "host"): "visit",
    ("COERCE", "ban"): "restrict",
    ("COERCE", "confiscate"): "seize",
    ("COERCE", "detain"): "arrest",
    ("THREATEN", "ban"): "restrict",
    ("THREATEN", "political"): "restrict",
    ("THREATEN", "curfew"): "restrict",  # THREATEN restrict covers curfews
    ("THREATEN", "martial-law"): "restrict",
    ("COERCE", "destroy"): "seize",  # CAMEO 171 "seize or damage property"
    ("ASSAULT", "assassinate"): "targeted",
    ("ASSAULT", "massacre"): "targeted",
    ("ASSAULT", "seize"): "destroy",
    ("RETREAT", "return"): "release",
    ("*", "other"): None,
}

# Mode -> CAMEO root where the map has no row for the mode (CAMEO 195
# "employ aerial weapons"; drones are aerial weapons too).
_EXTRA_MODE_ROOTS: dict[tuple[str, str], str] = {
    ("ASSAULT", "aerial"): "19",
    ("ASSAULT", "drone"): "19",
}


@dataclass(frozen=True, slots=True)
class CameoEntry:
    """One row of the shipped CAMEO -> PLOVER map."""

    code: str
    event_type: str
    mode: str | None
    context: tuple[str, ...]
    description: str


@functools.lru_cache(maxsize=1)
def cameo_map() -> dict[str, CameoEntry]:
    """The shipped CAMEO code -> PLOVER map, in file order."""
    try:
        text = resources.files("dotterel").joinpath("data/cameo2plover.tsv").read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise ResourceError(f"CAMEO map missing: {exc}") from exc
    out: dict[str, CameoEntry] = {}
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    for ln in lines[1:]:  # first line is the column header
        cols = ln.split("\t")
        if len(cols) != 6 or cols[1] not in QUAD_CLASS:
            raise ResourceError(f"CAMEO map: bad row {ln!r}")
        code, etype, mode, context, _raw, desc = cols
        out[code] = CameoEntry(code, etype, mode or None, tuple(c for c in context.split(";") if c), desc)
    return out


def cameo_to_plover(code: str) -> tuple[str, str | None] | None:
    """(type, mode) for a CAMEO event code by longest prefix match; None if dropped or unknown.

    Codes under 01 (statements) and 02 (appeals) have no PLOVER type.
    """
    code = code.strip()
    if len(code) < 2 or not code[:2].isdigit():
        return None
    table = cameo_map()
    for n in range(min(len(code), 4), 1, -1):
        entry = table.get(code[:n])
        if entry is not None:
            return entry.event_type, entry.mode
    return None


@functools.lru_cache(maxsize=1)
def _root_counts() -> dict[tuple[str, str | None], Counter[str]]:
    counts: dict[tuple[str, str | None], Counter[str]] = {}
    for entry in cameo_map().values():
        root = entry.code[:2]
        counts.setdefault((entry.event_type, None), Counter())[root] += 1
        if entry.mode:
            counts.setdefault((entry.event_type, entry.mode), Counter())[root] += 1
    return counts


def _top_root(counter: Counter[str]) -> str:
    # Most codes wins; ties go to the lowest root.
    return min(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def cameo_root(event_type: str, mode: str | None = None) -> str | None:
    """Two-digit CAMEO root most representative of a PLOVER type (and mode).

    The root holding most map codes for (type, mode), else for the type alone;
    None for an unknown type.
    """
    counts = _root_counts()
    if mode:
        if (event_type, mode) in counts:
            return _top_root(counts[(event_type, mode)])
        if (event_type, mode) in _EXTRA_MODE_ROOTS:
            return _EXTRA_MODE_ROOTS[(event_type, mode)]
    if (event_type, None) in counts:
        return _top_root(counts[(event_type, None)])
    return None


def quad_class(event_type: str) -> int:
    """Quad class 1-4 of a PLOVER type (legacy labels accepted); 0 if unknown."""
    if event_type in LEGACY_LABELS:
        event_type = LEGACY_LABELS[event_type][0]
    return QUAD_CLASS.get(event_type, 0)


def cameo_quad_class(root: str | None) -> int:
    """CAMEO's own quad scheme for a root (as in the ConfliBERT labels): 01-02 -> 0,
    03-05 -> 1, 06-08 -> 2, 09-13 -> 3, 14-20 -> 4; 0 for None or unknown.

    It differs from PLOVER's :data:`QUAD_CLASS` only for CONCEDE (CAMEO 08, quad 2).
    """
    if not root or not root[:2].isdigit():
        return 0
    n = int(root[:2])
    for upper, q in ((2, 0), (5, 1), (8, 2), (13, 3), (20, 4)):
        if 1 <= n <= upper:
            return q
    return 0


def plover_score(event_type: str, mode: str | None = None) -> float | None:
    """Conflict/cooperation score of (type, mode), falling back to the type's score."""
    score = PLOVER_SCORE.get((event_type, mode))
    if score is None:
        score = PLOVER_SCORE.get((event_type, None))
    return score


def is_valid_mode(event_type: str, mode: str | None) -> bool:
    """True if ``mode`` is None or one of the manual's modes for ``event_type``."""
    return mode is None or mode in MODES.get(event_type, ())


def normalise_label(label: str, mode: str | None = None, *, keep_invalid: bool = False) -> tuple[str, str | None]:
    """Map a (possibly 0.5b1 or lower-case) label and mode to current PLOVER (type, mode).

    Legacy labels carry their own mode when the caller gives none; draft mode
    names are translated (``LEGACY_MODES``); empty modes become None. A mode
    that is still not one of the type's modes becomes None unless
    ``keep_invalid``. Unknown labels are returned upper-cased.
    """
    etype = label.strip().upper()
    mode = mode.strip().lower() if mode and mode.strip() else None
    if etype in LEGACY_LABELS:
        etype, implied = LEGACY_LABELS[etype]
        mode = mode or implied
    if mode is not None:
        if (etype, mode) in LEGACY_MODES:
            mode = LEGACY_MODES[(etype, mode)]
        elif ("*", mode) in LEGACY_MODES:
            mode = LEGACY_MODES[("*", mode)]
    if mode is not None and etype in MODES and mode not in MODES[etype] and not keep_invalid:
        mode = None
    return etype, mode
