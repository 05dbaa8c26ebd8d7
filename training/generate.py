"""Deterministic template generator for dotterel's PLOVER training corpus.

    python training/generate.py            # rebuild training/corpus/generated.jsonl (byte-identical)
    python training/generate.py --stats    # print counts for both corpus files (markdown)

Records use dotterel's generic gold JSONL format (see training/README.md). Every template,
actor pool and frame is our own text in ``training/templates/``; the CAMEO 2.0 verb dictionary
(MIT, openeventdata/petrarch2) served only as a vocabulary checklist while writing the phrases.
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import random
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from dotterel.events.ontology import MODES as MODES_BY_TYPE
from dotterel.model import PLOVER_TYPES

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
SEED = 20240611
N_EVENT_RECORDS = 2800
N_NONEVENT_RECORDS = 1200

# The ontology comes from the package itself, so the corpus and the coder can never disagree on types or modes.
MODES: dict[str, tuple[str, ...]] = {t: tuple(MODES_BY_TYPE.get(t, ())) for t in PLOVER_TYPES}
STATUSES: tuple[str, ...] = ("occurred", "announced", "negated", "hypothetical")
SECTORS: frozenset[str] = frozenset(
    ["COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC"]
)
ORG_CODES: frozenset[str] = frozenset({"IGO", "NGO"})


def _load(name: str) -> ModuleType:
    """Import a data module from training/templates by file path (training is not a package)."""
    spec = importlib.util.spec_from_file_location(f"dotterel_training_{name}", HERE / "templates" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ACTORS = _load("actors")
PHR = _load("phrases")
NONEV = _load("nonevents")

# ---------------------------------------------------------------- inflection
_IRREGULAR = {  # base: (past, past participle)
    "meet": ("met", "met"), "hold": ("held", "held"), "send": ("sent", "sent"), "give": ("gave", "given"),
    "take": ("took", "taken"), "shoot": ("shot", "shot"), "speak": ("spoke", "spoken"), "put": ("put", "put"),
    "set": ("set", "set"), "cut": ("cut", "cut"), "shut": ("shut", "shut"), "beat": ("beat", "beaten"),
    "withdraw": ("withdrew", "withdrawn"), "begin": ("began", "begun"), "go": ("went", "gone"),
    "let": ("let", "let"), "lay": ("laid", "laid"), "pay": ("paid", "paid"), "say": ("said", "said"),
    "seek": ("sought", "sought"), "hurl": ("hurled", "hurled"), "walk": ("walked", "walked"),
    "pull": ("pulled", "pulled"), "step": ("stepped", "stepped"), "call": ("called", "called"),
    "strike": ("struck", "struck"), "spread": ("spread", "spread"), "pay ": ("paid", "paid"),
    "write": ("wrote", "written"), "find": ("found", "found"), "lead": ("led", "led"), "fly": ("flew", "flown"),
    "hand": ("handed", "handed"), "bar": ("barred", "barred"), "ban": ("banned", "banned"),
    "stop": ("stopped", "stopped"), "drop": ("dropped", "dropped"), "expel": ("expelled", "expelled"),
    "patrol": ("patrolled", "patrolled"), "kidnap": ("kidnapped", "kidnapped"), "veto": ("vetoed", "vetoed"),
    "turn": ("turned", "turned"), "fire": ("fired", "fired"), "free": ("freed", "freed"),
    "agree": ("agreed", "agreed"), "commit": ("committed", "committed"), "admit": ("admitted", "admitted"),
    "run": ("ran", "run"), "arrive": ("arrived", "arrived"), "travel": ("travelled", "travelled"),
    "sue": ("sued", "sued"), "deny": ("denied", "denied"), "mobilise": ("mobilised", "mobilised"),
}


def _past(verb: str) -> str:
    if verb in _IRREGULAR:
        return _IRREGULAR[verb][0]
    if verb.endswith("e"):
        return verb + "d"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ied"
    return verb + "ed"


def _participle(verb: str) -> str:
    return _IRREGULAR[verb][1] if verb in _IRREGULAR else _past(verb)


def _third(verb: str) -> str:
    if re.search(r"(s|sh|ch|x|z|o)$", verb):
        return verb + "es"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ies"
    return verb + "s"


def inflect(phrase: str, form: str) -> str:
    """Inflect the head verb (first word) and every ``^``-marked verb of a base-form phrase."""
    fn = {"past": _past, "pp": _participle, "third": _third, "base": lambda v: v}[form]
    words = phrase.split(" ")
    out = []
    for i, w in enumerate(words):
        if i == 0 or w.startswith("^"):
            out.append(fn(w.lstrip("^")))
        else:
            out.append(w)
    return " ".join(out)


# ---------------------------------------------------------------- actors
DOMESTIC_SRC = {"cop", "jud", "leg", "opp", "cvl", "lab", "med", "edu", "agr", "pty", "uaf", "arm"}
# Words at which a trigger ends (the verb phrase before its complements).
TRIGGER_STOP = {"in", "near", "across", "outside", "at", "for", "into", "after", "to", "ahead", "from", "closer",
                "against", "amid", "despite", "put", "drafted", "made", "belonging", "proposed", "over",
                "with", "of", "that"}
DOMESTIC_TGT = {"cvl", "opp", "lab", "jrn", "ref", "edu", "agr", "med", "rel", "eli", "pty", "jud"}


class _Actor:
    __slots__ = ("country", "plural", "sector", "state", "text")

    def __init__(self, text: str, country: str | None, sector: str | None, plural: bool,
                 state: tuple | None) -> None:
        self.text, self.country, self.sector, self.plural, self.state = text, country, sector, plural, state

    def as_dict(self, text: str | None = None) -> dict[str, Any]:
        return {"text": text if text is not None else self.text, "country": self.country, "sector": self.sector}


def _fill(pattern: str, state: tuple) -> str:
    name, adj, iso, capital, city, _plural = state
    text = pattern.replace("{C}'s", (name + "'") if name.endswith("s") else (name + "'s"))
    if iso in ACTORS.HEAD_TITLES:
        text = text.replace("president", ACTORS.HEAD_TITLES[iso])
    if iso in ACTORS.NO_PRIME_MINISTER:
        text = text.replace("prime minister", ACTORS.NO_PRIME_MINISTER[iso])
    return text.replace("{C}", name).replace("{A}", adj).replace("{K}", capital).replace("{Y}", city)


def _state_by_iso(iso: str) -> tuple | None:
    for s in ACTORS.STATES:
        if s[2] == iso:
            return s
    return None


def make_actor(rng: random.Random, kind: str, state: tuple | None) -> _Actor:
    """Realise one actor of a kind; ``state`` binds state actors (None: pick one)."""
    if kind == "igo":
        return _Actor(rng.choice(ACTORS.IGOS), "IGO", None, False, None)
    if kind == "ngo":
        name, sector = rng.choice(ACTORS.NGOS)
        return _Actor(name, "NGO", sector, False, None)
    if kind == "arm":
        text, iso, sector = rng.choice(ACTORS.ARMED_GROUPS)
        st = _state_by_iso(iso)
        if st is None:
            c1, c2 = ACTORS.GROUP_CITIES[iso]
            st = ("", "", iso, c1, c2, False)
        plural = text.endswith("s") or text.startswith("the Houthis")
        return _Actor(text, iso, sector, plural, st)
    state = state or rng.choice(ACTORS.STATES)
    if kind == "place":
        city = rng.choice((state[3], state[4]))
        return _Actor(city, state[2], None, False, state)
    pattern, sector, plural = rng.choice(ACTORS.KINDS[kind])
    text = _fill(pattern, state)
    if pattern == "{C}":
        plural = state[5]
    return _Actor(text, state[2], sector, plural, state)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# ---------------------------------------------------------------- event clauses
def _choose_kind(rng: random.Random, kinds: str) -> str:
    return rng.choice(kinds.split("|")) if kinds else ""


def _bare_plural(actor: _Actor) -> bool:
    return actor.plural and not re.match(r"(the|a|an) ", actor.text)


class _Clause:
    """One realised event clause: pieces to assemble sentences in different frames."""

    def __init__(self, rng: random.Random, row: tuple) -> None:
        etype, mode, skinds, tkinds, phrase, base_status = row
        self.etype, self.mode, self.base_status = etype, (mode or None), base_status
        skind, tkind = _choose_kind(rng, skinds), _choose_kind(rng, tkinds)
        self.source = make_actor(rng, skind, None)
        if etype == "AID":
            domestic = skind in ("mil", "cop")
        else:
            domestic = tkind != "state" and etype != "COOPERATE" and (
                etype in ("COERCE", "CONCEDE", "PROTEST") or skind in DOMESTIC_SRC or tkind in DOMESTIC_TGT)
        self.target: _Actor | None = None
        if tkind:
            needs_bare = re.search(r"(\{N\}|dozens of|among|captured) \{T\}", phrase) is not None
            for _ in range(30):
                bind = self.source.state if domestic else None
                if not domestic and tkind not in ("igo", "ngo", "arm"):
                    # a foreign counterpart: any state other than the source's
                    others = [s for s in ACTORS.STATES if not self.source.state or s[2] != self.source.state[2]]
                    bind = rng.choice(others)
                cand = make_actor(rng, tkind, bind)
                if needs_bare and not _bare_plural(cand):
                    continue
                if cand.text == self.source.text:
                    continue
                self.target = cand
                break
            if self.target is None:
                raise LookupError("no target")
        place_state = self.source.state or (self.target.state if self.target else None) or rng.choice(ACTORS.STATES)
        self.place = rng.choice((place_state[3], place_state[4]))
        number = str(rng.choice((3, 4, 5, 6, 7, 8, 9, 12, 15, 17, 20, 23, 30, 40, 50, 120)))
        phrase = phrase.replace("{P}", self.place).replace("{N}", number)
        self.phrase = phrase
        self.adjunct = rng.choice(PHR.ADJUNCTS)
        if skind == "uaf" and self.place not in phrase and (not self.target or self.place not in self.target.text):
            self.adjunct = f" in {self.place}"

    def verb(self, form: str) -> tuple[str, str]:
        """(rest of clause after the subject, trigger) with the head verb in ``form``."""
        text = inflect(self.phrase, form)
        words = text.split("{T}")[0].split()
        keep = [words[0]]
        for w in words[1:]:
            if w in TRIGGER_STOP or w.startswith("^"):
                break
            keep.append(w)
        trigger = " ".join(keep[:5])
        target = self.target.text if self.target else ""
        return text.replace("{T}", target) + self.adjunct, trigger

    def event(self, status: str, trigger: str, subject_text: str, *, historical: bool = False,
              etype: str | None = None, mode: str | None = "keep",
              reported_by: dict[str, Any] | None = None) -> dict[str, Any]:
        ev: dict[str, Any] = {
            "event_type": etype or self.etype,
            "mode": self.mode if mode == "keep" else mode,
            "status": status,
            "historical": historical,
            "source": [self.source.as_dict(subject_text)],
            "target": [self.target.as_dict()] if self.target else [],
            "trigger": trigger,
        }
        if reported_by:
            ev["reported_by"] = reported_by
        return ev


def _status(base: str) -> str:
    return "announced" if base == "a" else "occurred"


def _reporter(rng: random.Random, clause: _Clause) -> _Actor:
    text, sector, scope = rng.choice(ACTORS.REPORTERS)
    if scope != "state":
        return _Actor(text, scope, sector, False, None)
    state = (clause.target.state if clause.target and clause.target.state and rng.random() < 0.4
             else clause.source.state) or rng.choice(ACTORS.STATES)
    return _Actor(_fill(text, state), state[2], sector, text.endswith("s"), state)


def _aux(actor: _Actor, sing: str, plur: str) -> str:
    return plur if actor.plural else sing


def realise(rng: random.Random, clause: _Clause, frame: str) -> tuple[str, list[dict[str, Any]], int | None]:
    """Build (text, events, year-of-story lower bound) for one clause in one frame."""
    s = clause.source
    subj = _cap(s.text)
    if frame in ("hypothetical", "historical", "future") and not clause.adjunct.startswith(" in "):
        clause.adjunct = ""
    base = _status(clause.base_status)
    if frame == "occurred":
        rest, trig = clause.verb("past")
        return f"{subj} {rest}.", [clause.event(base, trig, subj)], None
    if frame == "headline":
        rest, trig = clause.verb("base" if s.plural else "third")
        return f"{subj} {rest.strip()}", [clause.event(base, trig, subj)], None
    if frame == "reported":
        rep = _reporter(rng, clause)
        style = rng.randrange(3)
        if style == 0:
            rest, trig = clause.verb("past")
            text = f"{subj} {rest}, {rep.text} said."
        elif style == 1:
            rest, trig = clause.verb("pp")
            trig = f"had {trig}"
            text = f"{_cap(rep.text)} said that {s.text} had {rest}."
            subj = s.text
            rep.text = _cap(rep.text)
        else:
            rest, trig = clause.verb("past")
            text = f"According to {rep.text}, {s.text} {rest}."
            subj = s.text
        return text, [clause.event(base, trig, subj, reported_by=rep.as_dict())], None
    if frame == "negated":
        if rng.random() < 0.5:
            rest, trig = clause.verb("base")
            trig = f"did not {trig}"
            text = f"{subj} did not {rest}."
        else:
            rest, trig = clause.verb("pp")
            aux = _aux(s, "has", "have")
            trig = f"{aux} not {trig}"
            text = f"{subj} {aux} not {rest}, officials said."
        return text, [clause.event("negated", trig, subj)], None
    if frame == "hypothetical":
        cond = rng.choice(PHR.CONDITIONS)
        rest, trig = clause.verb("base")
        if rng.random() < 0.5:
            text = f"If {cond}, {s.text} would {rest}, analysts said."
            trig, subj = f"would {trig}", s.text
        else:
            text = f"{subj} could {rest} if {cond}, diplomats believe."
            trig = f"could {trig}"
        return text, [clause.event("hypothetical", trig, subj)], None
    if frame == "historical":
        year = rng.randint(1950, 2012)
        rest, trig = clause.verb("past")
        if rng.random() < 0.5:
            text = f"In {year}, {s.text} {rest}."
            subj = s.text
        else:
            text = f"The dispute dates back to {year}, when {s.text} {rest}."
            subj = s.text
        return text, [clause.event(base, trig, subj, historical=True)], year + 3
    if frame == "future":
        rest, trig = clause.verb("base")
        if clause.etype in PHR.FUTURE_TO_CONCEDE:
            text = f"{subj} announced it would {rest}."
            return text, [clause.event("announced", f"announced it would {trig}", subj, etype="CONCEDE",
                                       mode=None)], None
        verb = rng.choice(("will", "plans to", "is set to"))
        if verb == "is set to":
            verb = _aux(s, "is set to", "are set to")
        elif verb == "plans to":
            verb = _aux(s, "plans to", "plan to")
        text = f"{subj} {verb} {rest} next month."
        return text, [clause.event("announced", f"{verb} {trig}", subj, etype="AGREE", mode=None)], None
    raise ValueError(frame)


FRAMES = (("occurred", 50), ("reported", 14), ("negated", 8), ("hypothetical", 6), ("historical", 6),
          ("headline", 8), ("future", 5), ("pair", 3))


def _pick_frame(rng: random.Random) -> str:
    return rng.choices([f for f, _ in FRAMES], weights=[w for _, w in FRAMES])[0]


def _event_record(rng: random.Random) -> tuple[str, list[dict[str, Any]], int | None]:
    frame = _pick_frame(rng)
    row = rng.choice(PHR.PHRASES)
    if frame == "future" and row[0] not in PHR.FUTURE_TO_AGREE + PHR.FUTURE_TO_CONCEDE:
        frame = "occurred"
    if frame == "pair":
        a, b = _Clause(rng, row), _Clause(rng, rng.choice(PHR.PHRASES))
        ta, ea, _ = realise(rng, a, "occurred")
        tb, eb, _ = realise(rng, b, "occurred")
        if tb.startswith(("The ", "A ", "An ")):
            tb = tb[0].lower() + tb[1:]
        text = f"{ta[:-1]}, while {tb}"
        for ev in eb:  # keep actor texts equal to what the sentence now shows
            for actor in ev["source"]:
                if actor["text"] not in text:
                    actor["text"] = actor["text"][0].lower() + actor["text"][1:]
        return text, ea + eb, None
    return realise(rng, _Clause(rng, row), frame)


# ---------------------------------------------------------------- non-events
def _nonevent_text(rng: random.Random) -> str:
    template = rng.choice(NONEV.TEMPLATES)
    state, other = rng.sample(ACTORS.STATES, 2)
    values = {
        "C": state[0], "A": state[1], "K": state[3], "Y": state[4], "C2": other[0], "A2": other[1],
        "K2": other[3], "N": f"{rng.randint(2, 95) * 100:,}", "n": str(rng.randint(2, 60)),
        "pct": f"{rng.randint(1, 60)}.{rng.randint(0, 9)}", "year": str(rng.randint(1960, 2015)),
        "month": rng.choice(NONEV.MONTHS), "day": rng.choice(NONEV.DAYS), "team": rng.choice(NONEV.TEAMS),
        "team2": rng.choice(NONEV.TEAMS), "goods": rng.choice(NONEV.GOODS), "weather": rng.choice(NONEV.WEATHER),
        "score": f"{rng.randint(0, 4)}-{rng.randint(0, 3)}", "deg": str(rng.randint(-15, 48)),
    }
    if values["team"] == values["team2"]:
        values["team2"] = NONEV.TEAMS[(NONEV.TEAMS.index(values["team"]) + 1) % len(NONEV.TEAMS)]
    text = template
    for key in sorted(values, key=len, reverse=True):
        text = text.replace("{" + key + "}", values[key])
    text = text.replace("the Philippines's", "the Philippines'").replace("the Netherlands's", "the Netherlands'")
    text = text.replace("the United States's", "the United States'")
    return _cap(text)


# ---------------------------------------------------------------- assembly
def _date(rng: random.Random, low_year: int | None, text: str) -> str:
    low = 1995
    if re.search(r"drone|cyber|social media|internet|hack", text, re.IGNORECASE):
        low = 2013
    years = [int(y) for y in re.findall(r"\b(19[5-9]\d|20[0-2]\d)\b", text)]
    low = max([low] + [min(y + 1, 2026) for y in years] + ([min(low_year, 2026)] if low_year else []))
    return f"{rng.randint(low, 2026):04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _spans_ok(text: str, events: list[dict[str, Any]]) -> bool:
    """Every actor text and trigger must occur verbatim in the sentence."""
    for ev in events:
        actors = ev["source"] + ev["target"] + ([ev["reported_by"]] if "reported_by" in ev else [])
        if ev["trigger"] not in text or any(a["text"] not in text for a in actors):
            return False
    return True


def generate(seed: int = SEED, n_events: int = N_EVENT_RECORDS,
             n_nonevents: int = N_NONEVENT_RECORDS) -> list[dict[str, Any]]:
    """Build the generated corpus in memory; the same arguments always give the same records."""
    rng = random.Random(seed)
    seen: set[str] = set()
    records: list[dict[str, Any]] = []
    want = ["e"] * n_events + ["n"] * n_nonevents
    rng.shuffle(want)
    for kind in want:
        for _attempt in range(200):
            if kind == "e":
                try:
                    text, events, low = _event_record(rng)
                except LookupError:
                    continue
            else:
                text, events, low = _nonevent_text(rng), [], None
            words = len(text.split())
            if text in seen or not 8 <= words <= 45 or not _spans_ok(text, events):
                continue
            seen.add(text)
            records.append({"id": f"gen-{len(records) + 1:05d}", "text": text,
                            "date": _date(rng, low, text), "events": events})
            break
    return records


def to_jsonl(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def stats(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts per type, type/mode, status, plus non-event and tricky-record totals."""
    types: collections.Counter[str] = collections.Counter()
    modes: collections.Counter[str] = collections.Counter()
    status: collections.Counter[str] = collections.Counter()
    flags: collections.Counter[str] = collections.Counter()
    for r in records:
        for ev in r["events"]:
            types[ev["event_type"]] += 1
            modes[f"{ev['event_type']}/{ev['mode'] or '-'}"] += 1
            status[ev["status"]] += 1
            flags["historical"] += ev["historical"]
            flags["reported_by"] += "reported_by" in ev
    return {
        "records": len(records), "non_event_records": sum(1 for r in records if not r["events"]),
        "events": sum(types.values()), "types": dict(types), "modes": dict(modes), "status": dict(status),
        "historical": flags["historical"], "reported": flags["reported_by"],
    }


def format_stats(named: dict[str, list[dict[str, Any]]]) -> str:
    """Markdown tables comparing the corpus files."""
    st = {name: stats(recs) for name, recs in named.items()}
    names = list(named)
    head = "| | " + " | ".join(names) + " |\n|---|" + "---:|" * len(names) + "\n"
    out = ["### Totals\n", head]
    for key in ("records", "non_event_records", "events", "historical", "reported"):
        out.append(f"| {key} | " + " | ".join(str(st[n][key]) for n in names) + " |\n")
    for s in STATUSES:
        out.append(f"| status {s} | " + " | ".join(str(st[n]["status"].get(s, 0)) for n in names) + " |\n")
    out.append("\n### Events per type and mode\n\n" + head)
    for t in PLOVER_TYPES:
        out.append(f"| **{t}** | " + " | ".join(f"**{st[n]['types'].get(t, 0)}**" for n in names) + " |\n")
        for m in ("-",) + MODES[t]:
            key = f"{t}/{m}"
            if any(st[n]["modes"].get(key) for n in names):
                out.append(f"| {key} | " + " | ".join(str(st[n]["modes"].get(key, 0)) for n in names) + " |\n")
    return "".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stats", action="store_true", help="print corpus counts instead of writing")
    parser.add_argument("--out", type=Path, default=CORPUS / "generated.jsonl")
    args = parser.parse_args(argv)
    if args.stats:
        named = {p.stem: read_jsonl(p) for p in (CORPUS / "handwritten.jsonl", CORPUS / "generated.jsonl")
                 if p.exists()}
        sys.stdout.write(format_stats(named))
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(to_jsonl(generate()), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
