"""Find actor mentions in a spaCy Doc and resolve them against the actor KB (date-bounded).

Matching is dictionary lookups over token n-grams (up to ``kb.max_ngram`` tokens) within a sentence; the
n-gram atoms (named entries, demonyms, roles, agent nouns, places) are then composed into mentions:
"Russia's foreign minister Sergey Lavrov" (one mention, the person), "Turkish troops" (TUR MIL),
"the rebels in Syria's Idlib region" (SYR REB). See docs/actors.md for the rules.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..kb import ActorKB, KBEntry, load_kb, norm_token
from ..model import Actor
from ..nlp import HYPHENS, doc_ents, sentence_starts

NAMED_KINDS = ("person", "igo", "ngo", "group", "country", "capital")
LOCATIVE_PREPS = {"in", "at", "near", "inside", "across", "throughout", "within", "into", "around", "outside",
                  "over", "toward", "towards", "via", "through", "along"}
AGENTIVE_DEPS = {"nsubj", "nsubjpass", "appos", "poss"}
AGENTIVE_PREPS = {"by", "with", "against", "between"}
# verbs whose direct object is an addressee, so a capital there stands for its government
ADDRESSEE_VERBS = {"urge", "warn", "ask", "accuse", "condemn", "criticize", "criticise", "praise", "press", "threaten",
                   "blame", "thank", "congratulate", "support", "back", "sanction", "recognize", "recognise", "tell",
                   "call", "pressure", "persuade", "reassure", "rebuke", "summon", "lobby", "implore", "invite",
                   "denounce", "slam", "defy", "punish", "reward", "join", "help", "assist", "oppose"}
# verbs addressing a government through a preposition ("appealed to Beijing", "lashed out at Ankara")
APPEAL_VERBS = {"appeal", "protest", "complain", "write", "apologise", "apologize", "plead", "turn", "lash", "hit",
                "rail", "reach", "signal", "petition"}
ADDRESS_PREPS = {"to", "on", "upon", "at"}
# what follows "a state of" when the state is a condition, not a country ("a state of emergency")
STATE_OF_CONDITIONS = {"emergency", "siege", "alert", "war", "mourning", "readiness", "calamity", "disaster",
                       "exception", "play", "affairs", "health", "the", "high", "heightened", "national", "maximum"}
# nouns whose "from" names who made them, so a capital there is a government ("an offer from Washington")
PROPOSAL_NOUNS = {"offer", "invitation", "demand", "request", "proposal", "call", "plea", "appeal", "pressure",
                  "threat", "warning", "ultimatum", "message", "overture", "bid", "plan", "initiative", "order",
                  "protest", "complaint", "criticism", "objection", "envoy", "delegation", "delegate", "emissary"}
DETERMINERS = {"the", "a", "an"}
POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
STATE_SECTORS = {"GOV", "LEG", "JUD", "MIL", "COP", "SPY"}
# "Iran-backed militias" are not Iran; a "Saudi-led coalition" is coded as Saudi Arabia (it leads it)
BACKED = {"backed", "allied", "sponsored", "supported", "based", "trained", "funded", "aligned"}
PERSON_PRONOUNS = {"he", "she", "him", "her"}
GROUP_NOUNS = {"group", "militants", "organisation", "organization", "movement", "militia", "faction"}
COREF_WORDS = PERSON_PRONOUNS | {"it", "country", "group", "militants", "organisation", "organization",
                                   "movement"}
# plural/collective nouns that denote people or organisations when they head an argument of a verb
# ("Thousands marched", "taxi drivers went on strike", "aid agencies called on ..."); sector LAB / CVL / NGO
QUANTITY_NOUNS = {"thousands", "hundreds", "dozens", "scores", "millions", "tens", "handful", "crowds", "crowd"}
LABOUR_NOUNS = {"driver", "dockworker", "docker", "miner", "employee", "staff", "crew", "pilot", "trader", "vendor",
                "shopkeeper", "merchant", "fisherman", "labourer", "laborer", "trucker", "railworker", "porter",
                "steelworker", "autoworker", "craftsman", "baker", "butcher", "transporter", "operator"}
NGO_NOUNS = {"agency", "charity", "group", "organisation", "organization", "ngo", "watchdog", "campaigner"}
NGO_MODIFIERS = {"aid", "rights", "relief", "humanitarian", "charity", "advocacy", "campaign", "watchdog",
                 "environmental", "conservation", "green", "wildlife", "transparency", "anti-corruption"}
CIVIL_NOUNS = {"volunteer", "supporter", "follower", "member", "youth", "man", "woman", "family", "relative", "crowd",
               "mob", "tribesman", "villager", "local", "voter", "pilgrim", "worshipper", "mourner", "fan", "parent",
               "survivor", "victim", "prisoner", "detainee", "inmate", "hostage", "passenger", "tourist", "settler",
               "rioter", "marcher", "striker", "picketer", "campaigner", "environmentalist", "feminist",
               "nationalist", "loyalist", "royalist", "monarchist", "islamist", "hacker", "elder",
               "chief", "leader", "representative", "delegate", "delegation", "negotiator", "mediator",
               "lawyer", "academic", "scholar", "scientist", "writer", "artist", "intellectual", "mayor",
               "governor", "councillor", "mp", "veteran", "conscript", "recruit", "cadet", "guard", "ranger",
               "kidnapper", "abductor", "looter", "poacher", "pirate", "bandit", "raider", "thug", "hooligan",
               "gangster", "assassin", "sniper", "bomber", "shooter", "cleric", "monk", "nun", "bishop", "rabbi"}
NONHUMAN_ER = {"number", "paper", "order", "border", "center", "centre", "water", "matter", "power", "other", "letter",
               "quarter", "chamber", "computer", "container", "tower", "cluster", "layer", "filter", "barrier",
               "minister", "monster", "register", "sticker", "poster", "banner", "transfer", "shelter", "offer",
               "factor", "sector", "motor", "error", "reactor", "monitor", "vector", "corridor", "tractor", "floor",
               "interior", "counter", "meter", "theater", "cancer", "answer", "member", "liter", "litre", "timber",
               "purifier", "generator", "heater", "ventilator", "trailer", "tanker", "booster", "launcher",
               "projector", "detector", "sensor", "radiator", "elevator", "calculator", "printer", "freezer",
               "cooler", "charger", "fertilizer", "fertiliser", "indicator", "thriller"}
ARG_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "conj"}
ARG_PREPS = {"by", "with", "against", "on", "to", "at", "for", "from", "between", "among", "of"}
FORMER = {"former", "ex", "erstwhile", "onetime", "one-time"}  # "former President X", "ex-minister": ELI
ROLE_ADJECTIVES = {"new", "acting", "interim", "outgoing", "incoming", "current", "longtime", "embattled",
                   "powerful", "newly", "elected", "newly-elected"}
ROLE_COREF = {"minister", "president", "prime minister", "premier", "chancellor", "foreign minister",
              "defence minister", "defense minister", "secretary of state", "king", "leader"}


@dataclass(slots=True)
class _Atom:
    start: int  # token index
    end: int  # token index, exclusive
    kind: str  # entry / role / agent / demonym / place
    key: str
    entry: KBEntry | None = None
    country: str | None = None  # ISO3 for demonym / place / entry
    sector: str | None = None
    roles: list[str] | None = None
    used: bool = False


def _tok_key(tok: Token) -> str | None:
    """Normalised token text; "" for skippable joiners (hyphens, lone apostrophes); None for breakers."""
    text = tok.text
    if tok.is_space:
        return None
    if text in POSSESSIVE:
        return "s" if text.endswith("s") else ""
    if text in ("-", "\u2010", "\u2011", "\u2013"):
        return ""
    if tok.is_punct and text not in (".",):
        return None
    return norm_token(text)


def _has_upper(tokens: list[Token]) -> bool:
    return bool(tokens) and tokens[-1].text[:1].isupper()


def _all_upper(tokens: list[Token]) -> bool:
    letters = [c for t in tokens for c in t.text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _scan_sentence(sent: Span, kb: ActorKB, keys: list[str | None], date: str | None) -> list[_Atom]:
    atoms: list[_Atom] = []
    doc = sent.doc
    i, end = sent.start, sent.end
    while i < end:
        if keys[i] is None or keys[i] == "" or doc[i].text in POSSESSIVE:
            i += 1
            continue
        found = None
        parts: list[str] = []
        spans: list[tuple[int, str]] = []
        for j in range(i, min(end, i + kb.max_ngram + 2)):
            k = keys[j]
            if k is None:
                break
            if k:
                parts.append(k)
                spans.append((j + 1, " ".join(parts)))
            if len(parts) >= kb.max_ngram:
                break
        for j, key in reversed(spans):
            if keys[j - 1] == "" or doc[j - 1].text in POSSESSIVE:
                continue
            found = _match(doc, i, j, key, kb, date)
            if found is not None:
                break
        if found is not None:
            atoms.append(found)
            i = found.end
        else:
            i += 1
    return atoms


def _match(doc: Doc, i: int, j: int, key: str, kb: ActorKB, date: str | None) -> _Atom | None:
    tokens = list(doc[i:j])
    ids = kb.ids_for(key)
    function_word = len(tokens) == 1 and tokens[0].pos_ in ("VERB", "AUX", "ADP", "PRON", "DET")
    if ids and _has_upper(tokens) and (not kb.needs_upper(key) or _all_upper(tokens)) and not function_word:
        entry = kb.lookup_key(key, date)
        if entry is not None:
            return _Atom(i, j, "entry", key, entry=entry, country=entry.country, sector=entry.sector)
    roles = kb.role_key(key)
    if roles and (len(tokens) > 1 or tokens[0].pos_ in ("NOUN", "PROPN")) and (key != "pm" or _all_upper(tokens)):
        return _Atom(i, j, "role", key, roles=roles, sector="GOV")
    sector = kb.agent_key(key)
    if sector is None and len(tokens) == 1 and tokens[0].pos_ == "NOUN":
        sector = kb.agent_key(norm_token(tokens[0].lemma_))
    if key == "force" and not any(c.dep_ in ("det", "amod", "compound", "poss", "nummod") for c in tokens[0].children):
        sector = None  # "respond with force": a mass noun, not an actor
    if key in ("state", "states") and j + 1 < len(doc) and doc[j].lower_ == "of" \
            and doc[j + 1].lower_ in STATE_OF_CONDITIONS:
        sector = None  # "declared a state of emergency / siege": a condition, not a state
    if key == "state" and len(tokens) == 1 and tokens[0].dep_ == "compound" and tokens[0].head.i == j \
            and kb.agent_key(norm_token(doc[j].lemma_)) is None:
        sector = None  # "a state visit", "a state funeral": a modifier, not an actor ("state media" is an agent)
    if j < len(doc) and doc[j].text in HYPHENS and j + 1 < len(doc) \
            and doc[j + 1].pos_ in ("VERB", "ADJ"):
        sector = None  # "rebel-held", "government-backed": a modifier, not an actor
    if sector and tokens[-1].pos_ in ("NOUN", "PROPN") and not (len(tokens) == 1 and tokens[0].is_upper
                                                                   and len(key) > 3):
        return _Atom(i, j, "agent", key, sector=sector)
    code = kb.demonym_key(key)
    if code is not None and _has_upper(tokens):
        return _Atom(i, j, "demonym", key, country=code or None)
    code = kb.place_key(key)
    if code and _has_upper(tokens):
        return _Atom(i, j, "place", key, country=code)
    return None


def _root(doc: Doc, atom: _Atom) -> Token:
    return doc[atom.start:atom.end].root


def _is_locative(tok: Token) -> bool:
    """True when the token names a place: the object of in/at/near..., possibly via a possessive/compound."""
    for _ in range(3):
        if tok.dep_ in ("poss", "compound", "amod", "nmod") and tok.head is not tok or tok.dep_ == "conj" and tok.head is not tok:
            tok = tok.head
        else:
            break
    return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS


def _is_agentive(tok: Token) -> bool:
    """A capital used as an actor: subject/object of a verb, possessor, or object of by/with/against..."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    if tok.dep_ in AGENTIVE_DEPS:
        return True
    if tok.dep_ in ("dobj", "dative") and tok.head.lemma_.lower() in ADDRESSEE_VERBS:
        return True  # "urged Ankara to ...", "accused Moscow of ..."
    if tok.dep_ == "pobj" and tok.head.lower_ in ADDRESS_PREPS and tok.head.head.lemma_.lower() in (
            ADDRESSEE_VERBS | APPEAL_VERBS):
        return True  # "called on Moscow to ...", "protested to Beijing", "lashed out at Ankara"
    if tok.dep_ == "pobj" and tok.head.lower_ == "from":
        noun = tok.head.head
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":  # "an offer of talks from Seoul"
            noun = noun.head.head
        if noun.lemma_.lower() in PROPOSAL_NOUNS:
            return True  # "an offer from Washington", "demands from Athens"
    return tok.dep_ == "pobj" and tok.head.lower_ in AGENTIVE_PREPS


def _gap_ok(doc: Doc, a: int, b: int, allow: set[str]) -> bool:
    return all(doc[k].lower_ in allow for k in range(a, b))


def _left_det(doc: Doc, start: int, floor: int) -> int:
    if start > floor and doc[start - 1].lower_ in DETERMINERS:
        return start - 1
    return start


def _dominant_country(all_atoms: list[_Atom]) -> str | None:
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for a in all_atoms:
        c = None
        if a.kind == "entry" and a.entry is not None and a.entry.kind in ("country", "capital"):
            c = a.entry.country
        elif a.kind in ("demonym", "place"):
            c = a.country
        if c and len(c) == 3 and c not in ("IGO", "NGO", "IMG"):
            counts[c] += 1
            first.setdefault(c, a.start)
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c], -first[c]))


def _atom_country(a: _Atom) -> str | None:
    if a.kind == "entry" and a.entry is not None and a.entry.kind in ("country", "capital"):
        return a.entry.country
    if a.kind in ("demonym", "place"):
        return a.country
    return None


def find_actors(doc: Doc, kb: ActorKB, date: str | None = None) -> list[Actor]:
    """Actor mentions in ``doc``, sorted by char_start, non-overlapping (longest span wins)."""
    keys = [_tok_key(t) for t in doc]
    per_sentence = [(sent, _scan_sentence(sent, kb, keys, date)) for sent in doc.sents]
    dominant = _dominant_country([a for _, atoms in per_sentence for a in atoms])
    out: list[Actor] = []
    for sent, atoms in per_sentence:
        got = _compose(doc, sent, atoms, kb, date, dominant, out)
        got.extend(_generic(doc, sent, atoms, kb, dominant, got))
        out.extend(got)
    return _non_overlapping(out)


def _is_argument(tok: Token) -> bool:
    """Subject / object of a verb, or object of a role-bearing preposition (through conjunctions)."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    if tok.dep_ in ARG_DEPS:
        return tok.head.pos_ in ("VERB", "AUX")
    if tok.dep_ == "pobj" and tok.head.lower_ in ARG_PREPS:
        gov = tok.head.head
        return gov.pos_ in ("VERB", "AUX") or tok.head.lower_ == "by"
    return False


def _ngo_phrase(words: list[str]) -> bool:
    """ "aid agencies", "human rights groups", "charities": a non-governmental organisation phrase."""
    if not words:
        return False
    last = words[-1][:-1] if words[-1].endswith("s") and words[-1][:-1] in NGO_NOUNS else words[-1]
    last = "agency" if last in ("agencies", "agencie") else "charity" if last in ("charities", "charitie") else last
    return last in {"charity", "ngo"} or last in NGO_NOUNS and bool(set(words[:-1]) & NGO_MODIFIERS)


def _human_sector(kb: ActorKB, head: Token, mods: list[Token]) -> str | None:
    """Sector of a plural noun phrase denoting people or organisations, else None."""
    lemma = norm_token(head.lemma_)
    words = [norm_token(m.text) for m in mods]
    for k in range(len(words)):
        sector = kb.agent_key(" ".join(words[k:] + [lemma]))
        if sector:
            return sector
    if lemma in LABOUR_NOUNS or lemma.endswith("worker"):
        return "LAB"
    if lemma in NGO_NOUNS and (set(words) & NGO_MODIFIERS or lemma in {"charity", "ngo", "watchdog"}):
        return "SOC"
    if lemma in CIVIL_NOUNS:
        return "CVL"
    if head.tag_ == "NNS" and lemma not in NONHUMAN_ER and len(lemma) > 4 \
            and lemma.endswith(("er", "or", "ist", "ian", "ant", "ent")) and not lemma.endswith(("ment", "ent")) \
            or head.tag_ == "NNS" and lemma.endswith(("ent", "ant")) and lemma in {"resident", "student", "migrant",
                                                                                  "immigrant", "protestant",
                                                                                  "participant", "inhabitant"}:
        return "CVL"
    return None


def _generic(doc: Doc, sent: Span, atoms: list[_Atom], kb: ActorKB, dominant: str | None,
             found: list[Actor]) -> list[Actor]:
    """Actors for argument noun phrases the KB does not name: plural people/organisation nouns ("Thousands of
    taxi drivers", "Chinese censors", "aid agencies") and PERSON/ORG named entities ("X, a spokesman for ...")."""
    taken = [(a.char_start, a.char_end) for a in found]
    out: list[Actor] = []

    def covered(tok: Token) -> bool:
        return any(s <= tok.idx < e for s, e in taken)

    def add(actor: Actor) -> None:
        out.append(actor)
        taken.append((actor.char_start, actor.char_end))

    def country_in(tokens: set[int]) -> str | None:
        for b in atoms:
            if b.start in tokens and _atom_country(b):
                return _atom_country(b)
        return None

    ents = {t.i: ent for ent in doc_ents(doc) if ent.start >= sent.start and ent.end <= sent.end
            for t in ent}
    for tok in sent:
        if tok.pos_ not in ("NOUN", "PROPN") or covered(tok) or not _is_argument(tok):
            continue
        ent = ents.get(tok.i)
        if ent is not None and ent.root.i == tok.i and ent.label_ in ("PERSON", "ORG"):
            if any(covered(t) for t in ent):
                continue
            state = next((b for b in atoms if b.start <= tok.i < b.end and b.kind == "entry" and b.entry is not None
                          and b.entry.kind in ("country", "capital")), None)
            if state is not None and state.entry is not None:
                # a capital the tagger took for a person or organisation ("struck Kyiv", "sent shells to Kyiv"):
                # the city's country, not the article's
                e = state.entry
                add(_actor(doc, state.start, state.end, e.name, e.country, None, e.kb_id))
                continue
            country = None
            appos = [t.i for c in tok.children if c.dep_ == "appos" for t in c.subtree]
            country = country_in(set(appos))
            if country is None:  # a title or demonym before the name: "Turkish businessman X"
                country = country_in({t.i for t in doc[max(sent.start, ent.start - 3):ent.start]})
            if country is None:
                country = dominant
            add(_actor(doc, ent.start, ent.end, ent.text, country, None, f"entity:{ent.label_.lower()}"))
            continue
        if ent is not None and ent.label_ not in ("CARDINAL", "QUANTITY"):
            continue
        head, start = tok, tok.i
        if tok.lower_ in QUANTITY_NOUNS:
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if pobj is not None and pobj.lower_ in ("thousands", "millions", "hundreds"):
                of2 = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                pobj = next((c for c in of2.children if c.dep_ == "pobj"), None) if of2 is not None else None
            if pobj is None and of is not None:
                continue
            if pobj is not None:
                if covered(pobj):
                    continue
                head = pobj
        if head.tag_ not in ("NNS", "NNPS") and head.lower_ not in ("crowd", "staff", "crew", "delegation"):
            continue
        mods = [c for c in head.children if c.dep_ in ("compound", "amod") and c.i < head.i]
        sector = _human_sector(kb, head, mods) if head is not tok or tok.lower_ not in QUANTITY_NOUNS else "CVL"
        if sector is None and head is not tok and country_in({head.i}):
            sector = "CVL"  # "Thousands of Georgians"
        if sector is None and head is not tok:
            continue  # "thousands of posts"
        if sector is None:
            continue
        left = min([start] + [t.i for m in mods for t in m.subtree if t.i < head.i])
        left = _left_det(doc, left, sent.start)
        inner = set(range(left, head.i + 1))
        ngo = _ngo_phrase([norm_token(t.text) for t in doc[left:head.i]] + [norm_token(head.lemma_)])
        org = next((b.entry for b in atoms if b.start in inner and b.kind == "entry" and b.entry is not None
                    and b.entry.kind in ("igo", "ngo") and b.entry.country), None)
        if org is not None:
            # "UN peacekeepers", "EU election observers", "Arab League members": people of the organisation
            add(_actor(doc, left, head.i + 1, org.name, org.country, None if sector == "CVL" else sector, org.kb_id))
            continue
        country = None if ngo else country_in(inner)
        if country is None and not ngo:
            country = country_in({t.i for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "from")
                                  for t in c.subtree})
        if ngo:
            country = "NGO"
        elif country is None:
            country = dominant
        add(_actor(doc, left, head.i + 1, None, country, sector, f"agent:{sector}"))
    return out


def _actor(doc: Doc, start: int, end: int, name: str | None, country: str | None, sector: str | None,
           kb_id: str | None) -> Actor:
    first, last = doc[start], doc[end - 1]
    cs, ce = first.idx, last.idx + len(last.text)
    text = "".join(t.text_with_ws for t in doc[start:end])[: ce - cs]
    return Actor(text, cs, ce, name=name, country=country, sector=sector, kb_id=kb_id)


def _previous(actors: list[Actor], prefixes: tuple[str, ...]) -> Actor | None:
    for a in reversed(actors):
        if a.kb_id and a.kb_id.startswith(prefixes):
            return a
    return None


def _compose(doc: Doc, sent: Span, atoms: list[_Atom], kb: ActorKB, date: str | None,
             dominant: str | None, earlier: list[Actor]) -> list[Actor]:
    out: list[Actor] = []
    n = len(atoms)

    # 1. role phrases: [COUNTRY 's | DEMONYM] ROLE [PERSON] | ROLE of COUNTRY | ROLE PERSON
    for idx, a in enumerate(atoms):
        if a.kind != "role":
            continue
        start, end, country = a.start, a.end, None
        prev = atoms[idx - 1] if idx else None
        if prev is not None and not prev.used and _atom_country(prev) and prev.kind != "place" \
                and _gap_ok(doc, prev.end, a.start, POSSESSIVE | {"the"} | ROLE_ADJECTIVES):
            country, start = _atom_country(prev), prev.start
            prev.used = True
        if country is None and prev is not None and not prev.used and prev.kind == "entry" and prev.entry \
                and prev.entry.kind in ("igo", "ngo", "group") and _gap_ok(doc, prev.end, a.start, POSSESSIVE):
            # "the UN secretary-general", "NATO defence ministers", "the Hamas leader": the organisation's officers
            # act for it
            prev.used = a.used = True
            out.append(_org_actor(doc, sent, prev, prev.entry, a))
            continue
        nxt = atoms[idx + 1] if idx + 1 < n else None
        if country is None and nxt is not None and _atom_country(nxt) and nxt.kind != "place" \
                and _gap_ok(doc, a.end, nxt.start, {"of", "the"}) and nxt.start > a.end:
            country, end = _atom_country(nxt), nxt.end
            nxt.used = True
            nxt = atoms[idx + 2] if idx + 2 < n else None
        person = None
        if nxt is not None and nxt.kind == "entry" and nxt.entry and nxt.entry.kind == "person" \
                and _gap_ok(doc, end, nxt.start, {","}) and nxt.start - end <= 1:
            person, end = nxt.entry, nxt.end
            nxt.used = True
        a.used = True
        former = _former(doc, start, end)
        start = _left_det(doc, start, sent.start)
        if person is not None:
            out.append(_actor(doc, start, end, person.name, person.country or country,
                              "ELI" if former else person.sector, person.kb_id))
            continue
        if former:  # "the former foreign minister": not today's holder
            out.append(_actor(doc, start, end, None, country, "ELI", _role_id(country, a.roles)))
            continue
        holder = None
        if country:
            for role in a.roles or []:
                holder = kb.role_holder(country, role, date)
                if holder is not None:
                    break
        if holder is not None:
            out.append(_actor(doc, start, end, holder.name, holder.country, holder.sector, holder.kb_id))
        elif country:
            out.append(_actor(doc, start, end, None, country, "GOV", _role_id(country, a.roles)))
        else:
            # a bare "the president": the sentence's country, else the article's (coreference may still name
            # the person, and a place in the sentence may localise it: resolve.places.localise_agents)
            guess = _dominant_country([b for b in atoms if b is not a]) or dominant
            out.append(_actor(doc, start, end, None, guess, "GOV", _role_id(None, a.roles)))

    # 2a. a named group followed by an agent noun ("Hamas fighters", "Wagner mercenaries") is the group
    for idx, a in enumerate(atoms[1:], 1):
        prev = atoms[idx - 1]
        if a.kind == "agent" and not a.used and not prev.used and prev.kind == "entry" and prev.entry \
                and prev.entry.kind in ("group", "igo", "ngo") and 0 <= a.start - prev.end <= 2 \
                and all(doc[t].pos_ in ("NOUN", "ADJ") or doc[t].text in POSSESSIVE for t in range(prev.end, a.start)):
            # also across a noun, an adjective or a possessive: "NATO defence ministers", "UN aid workers", "the
            # International Criminal Court's prosecutor"
            a.used = prev.used = True
            out.append(_org_actor(doc, sent, prev, prev.entry, a))

    # 2. agents: "Turkish troops", "Syria's rebels", "his troops", "the rebels in Syria's Idlib region"
    for idx, a in enumerate(atoms):
        if a.kind != "agent" or a.used:
            continue
        a.used = True
        start, country = a.start, None
        k = idx - 1
        while k >= 0 and atoms[k].kind == "agent" and not atoms[k].used:
            k -= 1
        prev = atoms[idx - 1] if idx else None
        if prev is not None and not prev.used and prev.end <= a.start and prev.kind in ("entry", "demonym") \
                and (prev.kind == "demonym" or (prev.entry and prev.entry.kind in ("country", "capital")))\
                and a.start - prev.end <= 3 \
                and _root(doc, prev).i in {t.i for t in doc[a.end - 1].subtree} \
                and all(doc[t].text in POSSESSIVE or doc[t].pos_ in ("ADJ", "NOUN", "PROPN", "PUNCT")
                        or doc[t].lower_ == "led" for t in range(prev.end, a.start)) \
                and not any(doc[t].lower_ in BACKED for t in range(prev.end, a.start)):
            prev.used = True
            start = prev.start
            country = _atom_country(prev)
            # coordinated demonyms share the agent noun: "Iraqi and Turkish officials"
            k, right = idx - 2, prev
            while k >= 0 and atoms[k].kind == "demonym" and not atoms[k].used and atoms[k].country \
                    and right.start > atoms[k].end \
                    and all(doc[t].lower_ in (",", "and", "or") for t in range(atoms[k].end, right.start)):
                atoms[k].used = True
                out.append(_actor(doc, atoms[k].start, atoms[k].end, None, atoms[k].country, a.sector,
                                  f"agent:{a.sector}"))
                right, k = atoms[k], k - 1
        head = doc[a.end - 1]
        if country is None:
            poss = [c for c in head.children if c.dep_ == "poss" and c.i < a.start]
            if poss and poss[0].lower_ in ("his", "her"):
                ref = _previous(earlier + out, ("person:",))
                country = ref.country if ref else None
                start = min(start, poss[0].i)
            elif poss and poss[0].lower_ in ("its", "their"):
                ref = _previous(earlier + out, ("country:", "group:", "capital:"))
                country = ref.country if ref else None
                start = min(start, poss[0].i)
        if country is None:
            # "foreign ministers of the Arab League": members of an organisation take its code (IGO, NGO, ...)
            of = {t.i for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj" for t in p.subtree}
            org = next((b for b in atoms if b is not a and b.start in of and b.kind == "entry" and b.entry
                        and b.entry.kind in ("igo", "ngo") and b.entry.country), None)
            if org is not None and org.entry is not None:
                country = org.entry.country
        if country is None:
            sub = {t.i for t in head.subtree if t.i >= a.end}
            for b in atoms:
                if b is not a and b.start in sub and _atom_country(b):
                    country = _atom_country(b)
                    break
        if country is None:
            verb = head.head
            for _ in range(3):
                if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
                    break
                verb = verb.head
            sub = {t.i for c in verb.children if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS
                   for t in c.subtree}
            for b in atoms:
                if b is not a and b.start in sub and _atom_country(b):
                    country = _atom_country(b)
                    break
        if country is None:
            country = dominant
        if _ngo_phrase(a.key.split()):
            country = "NGO"  # "rights groups", "aid agencies": non-governmental, whatever the context
        start = _left_det(doc, start, sent.start)
        out.append(_actor(doc, start, a.end, None, country, a.sector, f"agent:{a.sector}"))

    # 3. named entries, capitals used as governments, demonym nouns ("the Russians")
    for idx, a in enumerate(atoms):
        if a.used:
            continue
        if a.kind == "entry" and a.entry is not None:
            e, root = a.entry, _root(doc, a)
            prev = atoms[idx - 1] if idx else None
            owner = _atom_country(prev) if prev is not None and prev.kind != "place" else None
            if e.kind == "group" and e.sector in STATE_SECTORS and owner and owner != e.country \
                    and _gap_ok(doc, prev.end, a.start, POSSESSIVE | {"the"}):
                # "Brazil's Senate", "the Colombian Congress": that country's institution, not the one the KB
                # knows by the bare name (the US Senate)
                prev.used = True
                out.append(_actor(doc, prev.start, a.end, None, owner, e.sector, f"agent:{e.sector}"))
                continue
            if e.kind == "country" and _is_locative(root):
                continue
            if e.kind in ("country", "capital") and a.end + 1 < len(doc) and doc[a.end].text in HYPHENS \
                    and doc[a.end + 1].lower_ in BACKED:
                continue  # "Iran-backed militias": the backer is a modifier, not a party to the act
            if e.kind == "capital" and (not _is_agentive(root) or root.ent_type_ in ("ORG", "PERSON")
                                        and not _ent_matches(doc, a)):
                continue
            start = _left_det(doc, a.start, sent.start) if e.kind in ("igo", "ngo", "group") else a.start
            sector = "ELI" if e.kind == "person" and _former(doc, a.start, a.end) else e.sector
            if e.kind == "country" and sector is None:
                sector = "GOV"  # a state acting ("Russia rejected ..."): its government, as a capital is
            out.append(_actor(doc, start, a.end, e.name, e.country, sector, e.kb_id))
        elif a.kind == "demonym" and a.country and doc[a.end - 1].pos_ in ("NOUN", "PROPN") \
                and doc[a.end - 1].tag_ in ("NNS", "NNPS") and not _is_locative(_root(doc, a)):
            start = _left_det(doc, a.start, sent.start)
            out.append(_actor(doc, start, a.end, kb.country_name(a.country), a.country, None,
                              f"country:{a.country}"))
        elif a.kind == "demonym" and a.country and (head := _modified_object(doc, a)) is not None:
            # "banned imports of Japanese seafood", "tariffs on Mexican goods", "shelled Peruvian positions": the
            # nation whose goods, flights or positions an act is aimed at
            out.append(_actor(doc, a.start, head.i + 1, kb.country_name(a.country), a.country,
                              _thing_sector(doc, kb, a.end, head), f"country:{a.country}"))
    return out


def _org_actor(doc: Doc, sent: Span, org: _Atom, e: KBEntry, member: _Atom) -> Actor:
    """One mention from an organisation's name (atom ``org``, KB entry ``e``) through its member noun ("the Hamas
    leader", "UN aid workers"), with the organisation's codes."""
    return _actor(doc, _left_det(doc, org.start, sent.start), member.end, e.name, e.country, e.sector, e.kb_id)


def _modified_object(doc: Doc, a: _Atom) -> Token | None:
    """The head noun a demonym adjective modifies when that noun is an act's object (direct, or after on / to /
    against / of / at), with nothing but nouns and adjectives between them; else None."""
    tok = doc[a.end - 1]
    if tok.dep_ not in ("amod", "compound") or tok.head.i <= tok.i or tok.head.i - a.end > 2:
        return None
    head = tok.head
    if head.pos_ != "NOUN" or any(doc[t].pos_ not in ("NOUN", "ADJ") for t in range(a.end, head.i)):
        return None
    if head.dep_ in ("dobj", "obj") or head.dep_ == "pobj" and head.head.lower_ in ("on", "to", "against", "of", "at"):
        return head
    return None


# what a nation's things are, as a sector: "Peruvian positions" are its military's, "Japanese seafood" its business'
MILITARY_THINGS = {"position", "base", "outpost", "warship", "ship", "vessel", "jet", "aircraft", "drone", "plane",
                   "flight", "patrol", "convoy", "garrison", "installation", "target", "submarine", "tank"}
BUSINESS_THINGS = {"good", "product", "export", "import", "seafood", "beef", "steel", "oil", "gas", "grain", "wheat",
                   "car", "company", "firm", "business", "bank", "asset", "investment", "investor", "airline",
                   "tanker", "cargo", "trawler", "shipment", "market", "manufacturer", "exporter"}


def _thing_sector(doc: Doc, kb: ActorKB, start: int, head: Token) -> str | None:
    """Sector of a nation's thing named after its demonym: a people word in the phrase ("Swedish military
    flights": MIL), else the head noun's kind; None when unknown."""
    for t in doc[start:head.i + 1]:
        sector = kb.agent_key(norm_token(t.lemma_))
        if sector:
            return sector
    lemma = head.lemma_.lower()
    return "MIL" if lemma in MILITARY_THINGS else "BUS" if lemma in BUSINESS_THINGS else None


def _role_id(country: str | None, roles: list[str] | None) -> str:
    """KB id of a role mention without a known holder: ``role:ISO3:role``, or ``role:role`` when the phrase names
    no country (coreference and place localisation look for the latter)."""
    role = (roles or [""])[0]
    return f"role:{country}:{role}" if country else f"role:{role}"


def is_bare_role(kb_id: str | None) -> bool:
    """True for the id :func:`_role_id` gives a role mention that names no country ("the president")."""
    return (kb_id or "").startswith("role:") and kb_id.count(":") == 1  # type: ignore[union-attr]


def _former(doc: Doc, start: int, end: int) -> bool:
    """True when "former" / "ex-" modifies the mention (inside it or just before it)."""
    if any(doc[t].lower_ in FORMER for t in range(start, end)):
        return True
    for t in range(start - 1, max(start - 4, -1), -1):  # "former Egyptian President X", "ex-President X"
        tok = doc[t]
        if tok.lower_ in FORMER:
            return True
        if not (tok.pos_ in ("ADJ", "PROPN", "DET") or tok.text in POSSESSIVE or tok.text in ("-", "\u2010")):
            return False
    return False


def _ent_matches(doc: Doc, a: _Atom) -> bool:
    tok = doc[a.start]
    return any(ent.start == a.start and ent.end == a.end for ent in doc_ents(doc) if ent.start <= tok.i < ent.end)


def _non_overlapping(actors: list[Actor]) -> list[Actor]:
    chosen: list[Actor] = []
    taken: list[tuple[int, int]] = []
    for a in sorted(actors, key=lambda x: (-(x.char_end - x.char_start), x.char_start)):
        if any(a.char_start < e and s < a.char_end for s, e in taken):
            continue
        chosen.append(a)
        taken.append((a.char_start, a.char_end))
    return sorted(chosen, key=lambda x: (x.char_start, x.char_end))


def resolve_coreference(doc: Doc, actors: list[Actor]) -> list[Actor]:
    """Add mentions for he/she/him/her, "it"/"the country", "the group"/"the militants" and bare
    "the minister"/"the president", copying the referent's name/country/sector/kb_id. "they" is skipped."""
    kb = load_kb()
    by_start = sorted(actors, key=lambda x: x.char_start)
    result = list(by_start)
    replaced: set[int] = set()
    added: list[Actor] = []
    for tok in doc:
        low = tok.lower_
        if low not in COREF_WORDS:
            continue
        cs = tok.idx
        prior = [a for a in by_start if a.char_end <= cs] + [a for a in added if a.char_end <= cs]
        prior.sort(key=lambda x: x.char_start)
        if low in PERSON_PRONOUNS and tok.tag_ in ("PRP",):
            if any(a.char_start <= cs < a.char_end for a in by_start):
                continue
            ref = _previous(prior, ("person:",))
            if ref is not None:
                added.append(Actor(tok.text, cs, cs + len(tok.text), ref.name, ref.country, ref.sector, ref.kb_id))
        elif low == "it" and tok.dep_ in ("nsubj", "nsubjpass"):
            ref = _previous(prior, ("country:", "group:", "igo:", "ngo:"))
            if ref is not None and ref.kb_id and ref.kb_id.startswith("country:") \
                    and _sentence_distance(doc, ref.char_start, cs) <= 1:
                added.append(Actor(tok.text, cs, cs + 2, ref.name, ref.country, ref.sector, ref.kb_id))
        elif low in ("country", "group", "militants", "organisation", "organization", "movement") \
                and tok.i > 0 and doc[tok.i - 1].lower_ == "the":
            start = doc[tok.i - 1].idx
            end = cs + len(tok.text)
            if low == "country":
                ref = _main_country([a for a in prior if a.char_end <= start], kb)
            else:
                ref = _previous([a for a in prior if a.char_end <= start], ("group:",))
            if ref is None:
                continue
            for k, a in enumerate(result):
                if a.char_start < end and start < a.char_end and a.kb_id and a.kb_id.startswith("agent:"):
                    replaced.add(k)
            if any(a.char_start < end and start < a.char_end and not (a.kb_id or "").startswith("agent:")
                   for a in by_start):
                continue
            added.append(Actor(_text(doc, start, end), start, end, ref.name, ref.country, ref.sector, ref.kb_id))
    # bare role mentions ("the president") -> previous person who held that role
    for k, a in enumerate(result):
        if not is_bare_role(a.kb_id):
            continue
        role = a.kb_id.split(":", 1)[1]
        for ref in reversed([p for p in result + added if p.char_end <= a.char_start]):
            if (ref.kb_id or "").startswith("person:") and role in kb.roles_of(ref.kb_id):
                result[k] = Actor(a.text, a.char_start, a.char_end, ref.name, ref.country, ref.sector, ref.kb_id)
                break
    kept = [a for k, a in enumerate(result) if k not in replaced]
    return _non_overlapping(kept + added)


def _text(doc: Doc, start: int, end: int) -> str:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.text if span is not None else ""


def _main_country(prior: list[Actor], kb: ActorKB) -> Actor | None:
    """The country mention for "the country": the ISO3 most frequent among all earlier actors' countries
    (persons, agents and countries alike; ties go to the most recent)."""
    counts: Counter[str] = Counter(a.country for a in prior if a.country and len(a.country) == 3
                                   and a.country not in ("IGO", "NGO", "IMG"))
    last = {a.country: k for k, a in enumerate(prior)}
    ranked = sorted(counts, key=lambda c: (counts[c], last[c]), reverse=True)
    if not ranked:
        return None
    code = ranked[0]
    return Actor("", 0, 0, name=kb.country_name(code) or code, country=code, sector=None, kb_id=f"country:{code}")


def _sentence_distance(doc: Doc, a: int, b: int) -> int:
    sa = doc.char_span(a, a + 1, alignment_mode="expand")
    sb = doc.char_span(b, b + 1, alignment_mode="expand")
    if sa is None or sb is None:
        return 99
    starts = sentence_starts(doc)
    return abs(bisect.bisect_right(starts, sb.start) - bisect.bisect_right(starts, sa.start))


__all__ = ["find_actors", "resolve_coreference"]
