"""Toponym mentions -> GeoNames places, and the place where an event happened.

Rules (see docs/places.md):

* Mentions come from spaCy GPE / LOC / FAC / NORP entities plus capitalised n-grams
  that name a country, an admin1 or a city of 1M+ people (never at a sentence start).
  "<X> province/governorate/region/state/..." is an admin1 mention;
  "northern/north-western/... <Country>" is a region of that country.
* Each mention's candidates are scored by a prior (log population, feature rank:
  country > admin1 > capital > admin1 seat > other city; alternate names and an
  admin1 named like its own seat city are penalised) plus document context:
  countries and admin1s of the other mentions, the caller's ``context_countries``,
  and a following ", <admin1 or country>" ("Paris, Texas"). One sense per
  discourse: every mention of the same name gets the same place.
* Context also comes from nearness: a city or county gains when the other names'
  likely senses lie within 150 km ("Lebanon" near "Hershey" is in Pennsylvania).
  Each distinct name votes once, however often it is repeated.
* An admin division that is not indexed gets the document's most mentioned admin1,
  with precision "admin1".
* Fallbacks for names the index lacks: "<X> Township / Borough / Village / City" is
  the town or county X; "<direction> X" with no area X is in or at the town X
  ("South Philadelphia").
* A weak country prior from non-toponym cues of the article ("sheriff", "county",
  "I-75", "£5", "rupees"): :func:`text_country_cues`.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Actor, Place, Sentence
from ..nlp import doc_text, sentence_starts, token_at
from .actors import is_bare_role
from .gazetteer import GazEntry, Gazetteer, normalise_name

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

ADMIN_WORDS = ("province", "provinces", "governorate", "region", "state", "district", "county", "parish",
               "oblast", "prefecture", "department", "canton")
_ADMIN_AFTER = re.compile(r"\s+(?:" + "|".join(ADMIN_WORDS) + r")\b", re.IGNORECASE)
_ADMIN_BEFORE = re.compile(r"\b(?:province|governorate|region|state|district|county|oblast|prefecture) of\s+$",
                           re.IGNORECASE)
_DIRECTION = (r"(?:north|south|east|west|central|northern|southern|eastern|western|"
              r"north[- ]?(?:east|west)(?:ern)?|south[- ]?(?:east|west)(?:ern)?)")
_BARE_DIRECTION = re.compile(_DIRECTION, re.IGNORECASE)
_REGION_BEFORE = re.compile(r"\b" + _DIRECTION + r"\s+$", re.IGNORECASE)
_COMMA_AFTER = re.compile(r"^,\s+((?:[A-Z][\w.'-]*)(?:\s+[A-Z][\w.'-]*){0,2})")
_POSTAL_AFTER = re.compile(r"^,\s+([A-Z]{2})\b(?![.'’-]?\w)")  # "Athens, GA" (a US postal code)
PLACE_LABELS = ("GPE", "LOC", "FAC", "NORP")
FEATURE_BONUS = {"PCLI": 6.0, "CONT": 6.0, "RGN": 7.0, "ADM1": 3.0, "PPLC": 2.0, "PPLA": 1.0, "ADM2": 0.5}
AREA_CODES = ("PCLI", "ADM1", "CONT", "RGN")  # what a "northern ..." region or a NORP may name
POINT_CODES = ("PPL", "PPLA", "PPLC", "ADM2")  # small enough for the nearness feature
NEAR_KM = 150.0
_NEAR_DEG2 = (NEAR_KM / 111.2) ** 2
NEAR_WEIGHT = 3.0
BIG_CITY = 1_000_000
LOCAL_UNIT_WORDS = ("township", "twp", "borough", "village", "town", "city", "municipality")


@dataclass(slots=True)
class Mention:
    """A toponym span to resolve. ``kind``: "plain", "admin" (with an admin word) or "region"."""

    text: str
    start: int
    end: int
    lookup: str
    kind: str = "plain"
    label: str | None = None  # the spaCy entity label, when from NER


def _prior(c: GazEntry, cands: Sequence[GazEntry]) -> float:
    score = math.log10(c.population + 1) + FEATURE_BONUS.get(c.feature_code, 0.0)
    if c.alt:
        score -= 2.0
    if c.feature_code in ("ADM1", "ADM2") and any(
        o.feature == "P" and o.admin1_code == c.admin1_code and not o.alt and o.population >= 5000
        for o in cands
    ):
        score -= 5.0  # "Aleppo" alone is the city; "Aleppo province" is the admin1
    elif c.feature_code == "ADM1" and any(
        o.feature_code == "PPLC" and o.country == c.country and not o.alt for o in cands
    ):
        score -= 5.0  # "Washington" alone is the capital; "Washington state" is the admin1
    return score


def _lookup(gaz: Gazetteer, m: Mention) -> list[GazEntry]:
    if m.kind == "admin" and m.text != m.lookup:  # "Dallas County" is itself a name
        seen = set()
        out = []
        for c in gaz.candidates(m.text) + gaz.candidates(m.lookup):
            if c not in seen:
                seen.add(c)
                out.append(c)
        if not any(c.feature_code in ("ADM1", "ADM2") for c in out):
            # a province named after its capital under another spelling ("Duhok province": the city Dihok is
            # indexed, its province as "Dahuk"): the admin1 that contains the city
            for c in [c for c in out if c.feature_code in POINT_CODES and c.admin1_code and c.population >= 15_000]:
                name = gaz.admin1_name(c.admin1_code)
                out.extend(a for a in (gaz.candidates(name) if name else [])
                           if a.feature_code == "ADM1" and a.admin1_code == c.admin1_code and a not in out)
        return out
    cands = gaz.candidates(m.lookup)
    if not cands:  # "Hampton Township", "Oak Park Village": the town or county of that name
        words = m.lookup.split()
        if len(words) > 1 and words[-1].lower() in LOCAL_UNIT_WORDS:
            cands = [c for c in gaz.candidates(" ".join(words[:-1])) if c.feature_code in POINT_CODES]
    return cands


def _filter(m: Mention, cands: list[GazEntry]) -> list[GazEntry]:
    if m.kind == "admin":
        return [c for c in cands if c.feature_code in ("ADM1", "ADM2")]
    if m.kind == "region":
        # "northern Syria" is a part of an area; "West Philadelphia", "East Lansing" are in or at a town
        return [c for c in cands if c.feature_code in AREA_CODES] or [
            c for c in cands if c.feature_code in POINT_CODES]
    if m.label == "NORP":
        return [c for c in cands if c.feature_code in ("PCLI", "ADM1", "CONT")]
    return cands


def _nearness(c: GazEntry, others: list[list[tuple[float, float, float]]]) -> float:
    """Mean over the other names of the (soft) chance that they lie within NEAR_KM of ``c``."""
    coslat = math.cos(math.radians(c.lat))
    total = 0.0
    for pts in others:
        for lat, lon, w in pts:
            dx = (lon - c.lon) * coslat
            if (lat - c.lat) ** 2 + dx * dx <= _NEAR_DEG2:
                total += w
    return total / len(others)


# Non-toponym cues of a country's news (generic knowledge): pattern, country, weight. Each cue counts once per
# article; weak cues (currency, miles, schools) also appear in foreign news written for that country's readers.
_COUNTRY_CUES: tuple[tuple[re.Pattern, str, float], ...] = tuple((re.compile(p), cc, w) for p, cc, w in (
    (r"\b[Cc]ounty\b", "US", 1.0), (r"\b[Ss]heriff", "US", 1.0), (r"\b[Tt]ownship\b", "US", 1.0),
    (r"\b(?:Sen|Rep|Gov)\.\s+[A-Z]", "US", 1.0), (r"\([DR]-[A-Z]", "US", 1.0),
    (r"\b(?:I-\d+|Interstate \d+)\b", "US", 1.0), (r"\b[Dd]istrict [Aa]ttorney\b", "US", 1.0),
    (r"\b[Ss]tate [Tt]roopers?\b", "US", 1.0), (r"\b(?:GOP|Medicaid|Medicare)\b", "US", 1.0),
    (r"\b[Zz][Ii][Pp] [Cc]odes?\b", "US", 1.0), (r"\b(?:[Ss]tate|[Cc]ounty) [Ll]egislat", "US", 1.0),
    (r"\$\s?\d", "US", 0.5), (r"\b\d[\d,.]*\s+miles?\b", "US", 0.5), (r"\b(?:[Hh]igh|[Mm]iddle) [Ss]chool\b", "US", 0.5),
    (r"£\s?\d", "GB", 1.0), (r"\b(?:NHS|[Cc]onstabulary|Home Office|Whitehall)\b", "GB", 1.0),
    (r"\b(?:[Rr]upees?|[Cc]rores?|[Ll]akhs?)\b|\bRs\.?\s?\d", "IN", 1.0),
    (r"\bC\$\s?\d|\bRCMP\b", "CA", 1.0), (r"\bA\$\s?\d", "AU", 1.0),
))
CUE_MAX = 3.0  # the most the cues add to a candidate in their country (three strong cues outweigh a capital)


def text_country_cues(text: str) -> dict[str, float]:
    """A weak country prior from words that are not toponyms ("sheriff", "county", "$5", "£5", "rupees")."""
    found: Counter = Counter()
    for pattern, cc, weight in _COUNTRY_CUES:
        if pattern.search(text):
            found[cc] += weight
    return {cc: min(CUE_MAX, w) for cc, w in found.items()}


@functools.lru_cache(maxsize=512)
def iso2_to_iso3(iso2: str) -> str | None:
    """ISO3 code of a place's ISO2 country (GeoNames' "XK" is Kosovo, XKX); None when unknown."""
    import pycountry  # lazy (heavy); runs once per code thanks to the cache

    if iso2 == "XK":
        return "XKX"
    c = pycountry.countries.get(alpha_2=iso2)
    return c.alpha_3 if c is not None else None


def _to_iso2(codes: Sequence[str]) -> list[str]:
    out = []
    for code in codes:
        if not code:
            continue
        if len(code) == 2:
            out.append(code.upper())
        elif len(code) == 3:
            import pycountry

            hit = pycountry.countries.get(alpha_3=code.upper())
            if hit is not None:
                out.append(hit.alpha_2)
    return out


def resolve_mentions(text: str, mentions: Sequence[Mention], gaz: Gazetteer, *,
                     context_countries: Sequence[str] = ()) -> list[Place | None]:
    """Resolve each mention in the context of the others; ``None`` where nothing fits."""
    cands = [_filter(m, _lookup(gaz, m)) for m in mentions]
    priors = [{id(c): _prior(c, cs) for c in cs} for cs in cands]
    given = Counter(_to_iso2(context_countries))
    cues = text_country_cues(text)

    # "X, Y": Y names the admin1 or country of X
    qualifiers: list[list[GazEntry]] = []
    for m in mentions:
        hit = _COMMA_AFTER.match(text[m.end:m.end + 60])
        quals: list[GazEntry] = []
        postal = _POSTAL_AFTER.match(text[m.end:m.end + 8])
        if postal:
            code = "US." + postal.group(1)
            name = gaz.admin1_name(code)
            quals = [q for q in gaz.candidates(name) if q.admin1_code == code and q.feature_code == "ADM1"] \
                if name else []
        elif hit:
            words = hit.group(1).split()
            for n in range(len(words), 0, -1):
                quals = [q for q in gaz.candidates(" ".join(words[:n])) if q.feature_code in ("PCLI", "ADM1")]
                if quals:
                    break
        qualifiers.append(quals)

    def score(i: int, c: GazEntry, countries: Counter, admins: Counter, near: float) -> float:
        s = priors[i][id(c)]
        total = sum(countries.values())
        if total > 0:
            share = countries.get(c.country, 0.0) / total
            s += (1.0 if share > 0.05 else 0.0) + 5.0 * share
            a_share = admins.get(c.admin1_code, 0.0) / total if c.admin1_code and c.feature_code != "ADM1" else 0
            s += (1.0 if a_share > 0.05 else 0.0) + 4.0 * a_share
        s += NEAR_WEIGHT * near
        if given.get(c.country):
            s += 3.0
        s += cues.get(c.country, 0.0)
        for q in qualifiers[i]:
            if (q.feature_code == "PCLI" and q.country == c.country) or (
                    q.feature_code == "ADM1" and q.admin1_code == c.admin1_code):
                s += 8.0
                break
        return s

    keys = [(normalise_name(m.lookup), m.kind) for m in mentions]
    key_ids = {k: n for n, k in enumerate(dict.fromkeys(keys))}
    groups = [key_ids[k] for k in keys]
    n_groups = len(key_ids)
    scores = [[priors[i][id(c)] for c in cands[i]] for i in range(len(mentions))]
    for _round in range(3):
        # soft votes: each distinct name spreads one vote over its candidates' countries / admin1s
        # (and its point-like candidates' locations); repeats of a name are no extra evidence
        votes_c = [Counter() for _ in range(n_groups)]
        votes_a = [Counter() for _ in range(n_groups)]
        points: list[list[tuple[float, float, float]]] = [[] for _ in range(n_groups)]
        seen_group: set[int] = set()
        for i in range(len(mentions)):
            g = groups[i]
            if not cands[i] or g in seen_group:
                continue
            seen_group.add(g)
            top = max(scores[i])
            weights = [math.exp(x - top) for x in scores[i]]
            z = sum(weights)
            for c, w in zip(cands[i], weights):
                if c.country:
                    votes_c[g][c.country] += w / z
                if c.admin1_code:
                    votes_a[g][c.admin1_code] += w / z
                if c.feature_code in POINT_CODES and w / z > 0.02:
                    points[g].append((c.lat, c.lon, w / z))
        all_c: Counter = sum(votes_c, Counter())
        all_a: Counter = sum(votes_a, Counter())
        with_points = [g for g in range(n_groups) if points[g]]
        new_scores = []
        for i in range(len(mentions)):
            g = groups[i]
            c_ctx, a_ctx = all_c.copy(), all_a.copy()
            c_ctx.subtract(votes_c[g])  # a name is no evidence for itself
            a_ctx.subtract(votes_a[g])
            others = [points[h] for h in with_points if h != g]
            row = []
            for c in cands[i]:
                near = _nearness(c, others) if others and c.feature_code in POINT_CODES else 0.0
                row.append(score(i, c, c_ctx, a_ctx, near))
            new_scores.append(row)
        scores = new_scores
    # one sense per discourse: same name and kind -> the best-scoring sense
    group_best: dict[tuple[str, str], tuple[GazEntry, float]] = {}
    for i in range(len(mentions)):
        for c, x in zip(cands[i], scores[i]):
            if keys[i] not in group_best or x > group_best[keys[i]][1]:
                group_best[keys[i]] = (c, x)
    picks: list[GazEntry | None] = [group_best[k][0] if k in group_best else None for k in keys]

    # an admin division we do not index ("Kane County") is placed in the document's main admin1
    admins = Counter(p.admin1_code for p in picks if p is not None and p.admin1_code and p.feature_code != "ADM2")
    if admins and any(p is None and m.kind == "admin" for m, p in zip(mentions, picks)):
        code = admins.most_common(1)[0][0]
        name = gaz.admin1_name(code)
        container = next((c for c in gaz.candidates(name) if c.feature_code == "ADM1" and c.admin1_code == code),
                         None) if name else None
        if container is not None:
            picks = [container if p is None and m.kind == "admin" else p for m, p in zip(mentions, picks)]
    return [None if p is None else _place(m, p) for m, p in zip(mentions, picks)]


def _place(m: Mention, e: GazEntry) -> Place:
    precision = "region" if m.kind == "region" else e.precision
    return Place(text=m.text, char_start=m.start, char_end=m.end, name=e.name, geonameid=e.geonameid,
                 lat=e.lat, lon=e.lon, country=e.country, admin1=e.admin1, admin1_code=e.admin1_code,
                 feature=e.feature_code, precision=precision)


def _mention(text: str, start: int, end: int, label: str | None) -> Mention:
    """Widen a name span to its admin word or direction word when present."""
    lookup = text[start:end]
    if lookup.lower().startswith("the "):
        start, lookup = start + 4, lookup[4:]
    if lookup.endswith(("'s", "’s")):
        end, lookup = end - 2, lookup[:-2]
    after = _ADMIN_AFTER.match(text, end)
    if after and not (label == "NORP" and after.group().strip().lower() == "state"):  # "Islamic State", "Jewish state"
        return Mention(text[start:after.end()], start, after.end(), lookup, "admin", label)
    # the entity itself may end with the admin word ("Aleppo Province")
    words = lookup.split()
    if len(words) > 1 and words[-1].lower() in ADMIN_WORDS:
        return Mention(lookup, start, end, " ".join(words[:-1]), "admin", label)
    if _ADMIN_BEFORE.search(text, max(0, start - 20), start):
        return Mention(lookup, start, end, lookup, "admin", label)
    before = _REGION_BEFORE.search(text, max(0, start - 20), start)
    if before:
        return Mention(text[before.start():end], before.start(), end, lookup, "region", label)
    return Mention(lookup, start, end, lookup, "plain", label)


def _looks_like_place(gaz: Gazetteer, name: str, after_prep: bool, *, strict: bool) -> bool:
    """A name outside GPE/LOC entities counts as a place only when it is an unambiguous kind of place:
    a country, admin1, continent or region, a 15,000+ town right after "in/at/near ...", else a city of 1M+
    (``strict``) or 100,000+."""
    cands = gaz.candidates(name)
    top = max(cands, key=lambda c: _prior(c, cands), default=None)
    if top is None or top.alt:
        return False
    if top.feature_code in AREA_CODES:
        return True
    if after_prep:
        return top.population >= 15_000
    return top.population >= (BIG_CITY if strict else 100_000)


def _sentence_starts(doc) -> set[int]:
    return set(sentence_starts(doc))


def find_places(doc, gaz: Gazetteer, *, context_countries: Sequence[str] = ()) -> list[Place]:
    """Toponym mentions in a spaCy Doc resolved to gazetteer places; offsets into ``doc_text(doc)``."""
    text = doc_text(doc)
    mentions: list[Mention] = []
    taken = [False] * len(doc)
    for ent in doc.ents:
        after_prep = ent.start > 0 and doc[ent.start - 1].lower_ in LOCATIVE_PREPS
        if not any(ch.isupper() for ch in ent.text):  # "metro", "the capital": a common noun the NER tagged
            continue
        if ent.label_ == "NORP" and _BARE_DIRECTION.fullmatch(ent.text):  # "Western allies", "Eastern Europe's"
            continue
        if ent.label_ in PLACE_LABELS or (ent.label_ == "ORG" or (ent.label_ == "PERSON" and after_prep)) \
                and _looks_like_place(gaz, ent.text, after_prep, strict=ent.label_ == "PERSON"):
            m = _mention(text, ent.start_char, ent.end_char, ent.label_ if ent.label_ in PLACE_LABELS else None)
            # the direction word may be part of an earlier entity; keep spans disjoint
            if m.kind == "region" and m.start < ent.start_char and mentions and mentions[-1].end > m.start:
                m = Mention(ent.text, ent.start_char, ent.end_char, m.lookup, "plain", ent.label_)
            mentions.append(m)
        for t in range(ent.start, ent.end):
            taken[t] = True
    # capitalised n-grams the NER missed: only unambiguous kinds of places
    starts = _sentence_starts(doc)
    i = 0
    while i < len(doc):
        tok = doc[i]
        if taken[i] or not tok.text[:1].isupper() or tok.pos_ != "PROPN" or i in starts:
            i += 1
            continue
        j = i
        while j < len(doc) and j - i < 4 and not taken[j] and doc[j].text[:1].isupper() and doc[j].pos_ == "PROPN":
            j += 1
        found = False
        after_prep = i > 0 and doc[i - 1].lower_ in LOCATIVE_PREPS
        for k in range(j, i, -1):
            span = doc[i:k]
            if _looks_like_place(gaz, span.text, after_prep, strict=True):
                mentions.append(_mention(text, span.start_char, span.end_char, None))
                i, found = k, True
                break
        if not found:
            i = j if j > i else i + 1
    mentions.sort(key=lambda m: m.start)
    places = resolve_mentions(text, mentions, gaz, context_countries=context_countries)
    return [p for p in places if p is not None]


# ---------------------------------------------------------------- event location
LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "across", "around", "throughout", "on", "into",
                  "from", "within", "along", "towards", "toward", "over"}
_PRECISION_RANK = {"city": 0, "admin1": 1, "region": 2, "country": 3}


def event_location(places: Sequence[Place], sentence_start: int, sentence_end: int, trigger_start: int,
                   doc) -> Place | None:
    """Where the event happened.

    1. Places in the sentence that are not part of an actor name or a possessive
       ("Syria's president", "the Iraqi army" are not locations).
    2. Of those, places attached by a locative preposition (in / at / near /
       outside ...) to the trigger's clause or to its object, nearest the trigger.
       For a verbal event ("said at a UN meeting in Geneva") that is the place of
       the statement, which is where the verbal event happened.
    3. Else the single most specific place left in the sentence, else ``None``.
    """
    inside = [p for p in places if p.char_start >= sentence_start and p.char_end <= sentence_end]
    if not inside:
        return None
    trig = token_at(doc, trigger_start)
    clause_root = _clause_root(trig) if trig is not None else None
    located: list[tuple[int, Place]] = []
    free: list[Place] = []
    for p in inside:
        head = _place_head(doc, p)
        if head is None:
            free.append(p)
            continue
        if _is_modifier(head):
            continue
        prep = _governing_prep(head)
        if prep is not None:
            attach = prep.head
            same_clause = clause_root is not None and _clause_root(attach).i == clause_root.i
            if same_clause:
                located.append((abs(p.char_start - trigger_start), p))
                continue
        free.append(p)
    if located:
        return min(located, key=lambda x: (x[0], x[1].char_start))[1]
    if not free:
        return None
    free.sort(key=lambda p: (_PRECISION_RANK.get(p.precision or "", 4), abs(p.char_start - trigger_start)))
    best = free[0]
    same_rank = [p for p in free if p.precision == best.precision and (p.lat, p.lon) != (best.lat, best.lon)]
    return best if not same_rank else None


def _place_head(doc, p: Place):
    span = doc.char_span(p.char_start, p.char_end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _clause_root(tok):
    while tok.dep_ not in ("ROOT", "ccomp", "advcl", "relcl", "xcomp", "conj", "acl", "pcomp") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _is_modifier(head) -> bool:
    """A place inside an actor name or possessive: "Syria's president", "Iraqi forces"."""
    if head.dep_ in ("poss", "compound", "amod", "nmod") and head.head.pos_ in ("NOUN", "PROPN"):
        return True
    nxt = head.nbor(1) if head.i + 1 < len(head.doc) else None
    return nxt is not None and nxt.tag_ == "POS"


def _governing_prep(head):
    tok = head
    for _ in range(3):  # place, or the noun a place modifies ("the town of Idlib")
        if tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS:
            return tok.head
        if tok.dep_ in ("appos", "conj", "pobj", "compound") and tok.head.i != tok.i:
            tok = tok.head
            continue
        break
    return None


def localise_agents(doc: Doc, actors: list[Actor], places: Sequence[Place],
                    sentences: Sequence[Sentence], gaz: Gazetteer | None = None) -> list[Actor]:
    """Bare agents whose country was only the article's default take the country of a resolved place in their
    own sentence: the nearest one for lower-case agents ("civilians", "local officials" ... "in Duhok province"
    -> IRQ), the first one after it for an agent opening the sentence ("Gunmen ...", "The army ...", whose
    capital letter is the sentence's, not a name's; "Officials in Sindh province ...": a place the phrase is located
    in is not a name in it), the nearest one for an agent named only by a group word with no country ("Rohingya
    villagers"). A town followed closely by a different country where it lies ("in Solhan in Burkina Faso's
    northeast") is another place of that name and is skipped.

    An agent whose mention names its country ("Turkish troops", "Syria's rebels", "Representatives of the
    Yemeni government") keeps it, and so do IGO / NGO agents opening a sentence; with the gazetteer ``gaz``, a
    demonym opening the sentence ("Malian troops ...") is known for one. Bare role mentions that no person was
    found for ("the president") are localised the same way.
    """
    if not places:
        return actors
    sites = [p for p in places if _is_site(doc, p)]  # where something is: "in Sindh province"
    return [_localised(doc, a, places, sites, sentences, gaz) if (a.kb_id or "").startswith("agent:")
            or is_bare_role(a.kb_id) and not a.name else a for a in actors]


def _localised(doc: Doc, a: Actor, places: Sequence[Place], sites: Sequence[Place], sentences: Sequence[Sentence],
               gaz: Gazetteer | None) -> Actor:
    sent = next((s for s in sentences if s.char_start <= a.char_start < s.char_end), None)
    if sent is None:
        return a
    near = [p for p in places if sent.char_start <= p.char_start < sent.char_end and p.country]
    near_sites = [p for p in sites if sent.char_start <= p.char_start < sent.char_end and p.country]
    if not any(ch.isupper() for ch in a.text):
        if _member_of_named(doc, a):
            return a
        near.sort(key=lambda p: abs(p.char_start - a.char_start))
    elif a.country not in {"IGO", "NGO"} and _opens_sentence(doc, a, near_sites, gaz):
        near = sorted((p for p in near if p.char_start >= a.char_end), key=lambda p: p.char_start)
    elif a.country is None and _names_nothing(doc, a, near_sites, group_word=True):
        # named only by a group word that gives no country ("Rohingya villagers", "Hutu militias")
        near.sort(key=lambda p: abs(p.char_start - a.char_start))
    else:
        return a
    # a town or province that the country named right after it contradicts is another place of that name ("in
    # Solhan in Burkina Faso's northeast": not Solhan in Turkey)
    countries = [q for q in near_sites if q.precision == "country"]

    def contradicted(p: Place) -> bool:
        return any(q.country != p.country and 0 <= q.char_start - p.char_end <= 30 for q in countries)

    near = [p for p in near if not contradicted(p)]
    specific = [p for p in near if p.precision in {"city", "admin1"}] or near
    if not specific:
        return a
    iso3 = iso2_to_iso3(specific[0].country)
    return dataclasses.replace(a, country=iso3) if iso3 and iso3 != a.country else a


def _member_of_named(doc: Doc, a: Actor) -> bool:
    """True when the mention's head has an "of" / "from" phrase that names a nation or a country ("a delegation
    of Togolese ministers", "envoys from Qatar"): the country comes from there, not from a nearby place."""
    head = token_at(doc, max(a.char_end - 1, a.char_start))
    if head is None:
        return False
    return any(t.ent_type_ in {"NORP", "GPE"} for c in head.children if c.dep_ == "prep" and c.lower_ in {"of", "from"}
               for t in c.subtree)


NAME_ENTS = {"NORP", "GPE", "LOC", "ORG", "PERSON", "FAC"}


def _opens_sentence(doc: Doc, a: Actor, sites: Sequence[Place], gaz: Gazetteer | None) -> bool:
    """True when a mention opens its sentence (after an article at most) and names nothing (see
    :func:`_names_nothing`)."""
    tok = token_at(doc, a.char_start)
    if tok is None:
        return False
    sent = tok.sent
    first = next((t for t in sent if t.lower_ not in {"the", "a", "an"}), None)
    if first is None or a.char_start not in {sent.start_char, first.idx}:
        return False
    return _names_nothing(doc, a, sites, gaz=gaz)


SITE_PREPS = {"in", "at", "near", "outside", "inside", "around", "across", "throughout", "within"}


def _is_site(doc: Doc, p: Place) -> bool:
    """True when a place is where something is ("in Sindh province", "in Burkina Faso's north"), not a demonym
    or a country acting."""
    ps = doc.char_span(p.char_start, p.char_end, alignment_mode="expand")
    if ps is None or ps.root.ent_type_ == "NORP":
        return False
    root = ps.root
    if root.dep_ == "poss":  # "in Burkina Faso's northeast"
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in SITE_PREPS


def _names_nothing(doc: Doc, a: Actor, sites: Sequence[Place], *, group_word: bool = False,
                   gaz: Gazetteer | None = None) -> bool:
    """True when no word of the mention's phrase is a name (a named entity or a capital but the sentence's own),
    except the ``sites`` where the phrase is located ("Officials in Sindh province", see :func:`_is_site`) and,
    with ``group_word``, the name words before the mention's head ("Rohingya villagers"), which the caller has
    found to give no country."""
    span = doc.char_span(a.char_start, a.char_end, alignment_mode="expand")
    if span is None:
        return False
    sent_start = span.sent.start
    first = next((t for t in span if t.lower_ not in {"the", "a", "an"}), None)
    if group_word and (first is None or not first.text[:1].isupper() or first.i == span.root.i):
        return False
    agent = (a.kb_id or "").startswith("agent:")

    def site(t: Token) -> bool:  # a toponym the phrase is located in ("in Sindh province")
        return any(p.char_start <= t.idx < p.char_end for p in sites)

    def named(t: Token) -> bool:
        inside = span.start <= t.i < span.root.i
        if group_word and inside or agent and t.i == sent_start == span.root.i:
            return False  # the group word; an agent noun opening the sentence that the NER took for a name
        if t.i == sent_start and t.i != span.root.i and gaz is not None \
                and any(c.feature_code == "PCLI" for c in gaz.candidates(t.text)):
            return True  # a demonym whose capital letter is also the sentence's ("Malian troops ...")
        return (t.ent_type_ in NAME_ENTS or t.text[:1].isupper() and t.i != sent_start) and not site(t)

    return not any(named(t) for t in span.root.subtree)
