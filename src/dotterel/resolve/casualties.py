"""Casualty and crowd-size counts from the dependency parse.

A count is a number expression ("at least 19", "dozens", "a man") attached to a
victim noun that is the passive subject / object of a casualty verb ("were killed",
"killing"), the subject of an intransitive one ("died", "fled", "rallied"), or
itself a casualty noun ("deaths", "refugees", "protesters", "a crowd of 5,000").

Conventions (see docs/quotes-casualties.md):
- ``value`` is the number as written; ``low``/``high`` bound the true count.
- "more than N" / "over N": ``low = N + 1``; "fewer than N": ``high = N - 1``.
- Vague plurals: dozens 24-99, scores 40-99, hundreds 200-999, thousands 2,000-9,999,
  tens of thousands 20,000-99,999, hundreds of thousands 200,000-999,999,
  millions 2,000,000-9,999,999, several 3-9; ``qualifier = "vague"``, ``value`` None.
- ``victims`` is one category taken from the counted noun (its first match among
  itself, its conjuncts, appositions and "of" objects); included groups
  ("19 civilians, including children") go to ``includes``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from ..events.lexicon import NOUNS, VERB_POBJ, VERBS
from ..model import Casualty
from ..nlp import doc_text

_UNITS = {w: i for i, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"])}
_TENS = {w: 10 * (i + 2) for i, w in enumerate(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_VAGUE = {
    "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2000, 9999),
    "millions": (2_000_000, 9_999_999), "several": (3, 9),
}
_VAGUE_OF = {("tens", "thousands"): (20_000, 99_999), ("hundreds", "thousands"): (200_000, 999_999),
             ("tens", "millions"): (20_000_000, 99_999_999)}

_PASSIVE = {
    "killed": {"kill", "slay", "massacre", "murder", "execute", "behead", "assassinate", "slaughter"},
    "injured": {"wound", "injure", "hurt", "maim"},
    "arrested": {"arrest", "detain", "hold", "jail", "imprison", "apprehend", "round", "capture", "nab"},
    "displaced": {"displace", "evacuate", "uproot", "expel", "force"},
}
_ACTIVE = {k: v - {"hold", "round", "force", "capture"} for k, v in _PASSIVE.items()}
_INTRANSITIVE = {
    "killed": {"die", "perish"},
    "displaced": {"flee", "escape"},
    "size": {"rally", "march", "gather", "protest", "demonstrate", "assemble", "converge", "turn", "throng",
             "join", "take", "attend", "pour", "flood", "fill", "line"},
}
_STATE_WORDS = {"dead": "killed", "killed": "killed", "injured": "injured", "wounded": "injured",
                "hurt": "injured", "arrested": "arrested", "detained": "arrested", "displaced": "displaced",
                "homeless": "displaced"}
_KIND_NOUNS = {
    "death": "killed", "fatality": "killed", "body": "killed", "dead": "killed", "toll": "killed",
    "injury": "injured", "wounded": "injured", "injured": "injured",
    "arrest": "arrested", "detainee": "arrested", "detention": "arrested",
    "refugee": "displaced", "evacuee": "displaced", "displaced": "displaced", "idp": "displaced",
    "protester": "size", "protestor": "size", "demonstrator": "size", "marcher": "size", "crowd": "size",
    "rally": "size", "supporter": "size",
}
_VICTIMS = {
    "civilians": {"civilian", "noncombatant", "villager", "resident", "inhabitant", "family"},
    "children": {"child", "children", "kid", "boy", "girl", "baby", "infant", "minor", "schoolchild", "student",
                 "teenager"},
    "women": {"woman", "women"},
    "soldiers": {"soldier", "troop", "serviceman", "servicemen", "marine", "paratrooper", "guard", "army",
                 "personnel", "officer_mil"},
    "police": {"police", "policeman", "policemen", "officer", "cop", "policewoman", "gendarme"},
    "protesters": {"protester", "protestor", "demonstrator", "marcher", "activist", "rioter"},
    "militants": {"militant", "rebel", "fighter", "insurgent", "jihadist", "terrorist", "gunman", "gunmen",
                  "extremist", "combatant"},
    "journalists": {"journalist", "reporter", "photographer", "cameraman"},
    "people": {"people", "person", "man", "men", "worker", "pilgrim", "migrant", "passenger", "victim",
               "individual", "member", "supporter", "voter", "refugee", "worshipper", "crowd"},
}
_UNIT_NOUNS = {"year", "month", "week", "day", "hour", "minute", "second", "percent", "dollar", "euro", "pound",
               "kilometre", "kilometer", "mile", "metre", "meter", "km", "am", "pm", "a.m.", "p.m.", "time",
               "decade", "century", "point", "vote", "seat", "yuan", "rupee", "ton", "tonne"}
_PERSON_NOUNS = set().union(*_VICTIMS.values()) - {"people", "crowd", "family", "army", "personnel"}

_QUALIFIERS: list[tuple[tuple[str, ...], str]] = [
    (("at", "least"), "at_least"), (("no", "fewer", "than"), "at_least"), (("no", "less", "than"), "at_least"),
    (("more", "than"), "more_than"), (("over",), "more_than"), (("upwards", "of"), "more_than"),
    (("fewer", "than"), "less_than"), (("less", "than"), "less_than"), (("under",), "less_than"),
    (("up", "to"), "up_to"), (("as", "many", "as"), "up_to"), (("at", "most"), "up_to"),
    (("nearly",), "nearly"), (("almost",), "nearly"), (("close", "to"), "nearly"),
    (("about",), "approximate"), (("around",), "approximate"), (("some",), "approximate"),
    (("approximately",), "approximate"), (("roughly",), "approximate"), (("estimated",), "approximate"),
    (("an", "estimated"), "approximate"), (("some",), "approximate"),
]

_STATISTIC = re.compile(
    r"\b(?:in|over|during|within|across|throughout)\s+(?:the\s+)?(?:past\s+|last\s+|previous\s+|first\s+)?"
    r"(?:\w+\s+|\d+\s+)?(?:years?|decades?|months?)\b"
    r"|\bsince\s+(?:the\s+)?(?:\d{4}|start|beginning|outbreak|war|conflict|uprising|revolution|invasion|"
    r"[A-Z][a-z]+\s+\d{4})"
    r"|\bso\s+far\b|\bto\s+date\b|\bin\s+total\b|\bin\s+all\b|\baltogether\b|\bcumulative\b"
    r"|\b(?:war|conflict|fighting|insurgency|civil\s+war|epidemic|pandemic)(?:\s+\w+)?\s+(?:has|have|had)\s+"
    r"(?:\w+\s+)?(?:killed|left|claimed|displaced|forced)"
    r"|\bdeath\s+toll\s+(?:that|which)\s+(?:has|had)\b"
    r"|\b(?:war|conflict)['’]s\s+death\s+toll\b",
    re.IGNORECASE,
)


def parse_number(words: Iterable[str]) -> int | None:
    """Integer value of a written number: "380,000", "1.5 million", "twenty-five", "two hundred"."""
    total, current, seen = 0, 0.0, False
    for raw in words:
        w = raw.lower().replace(",", "")
        if not w or w in ("-", "and", "a", "an"):
            continue
        for part in w.split("-"):
            if re.fullmatch(r"\d+(?:\.\d+)?", part):
                current += float(part)
            elif part in _UNITS:
                current += _UNITS[part]
            elif part in _TENS:
                current += _TENS[part]
            elif part == "dozen":
                current = (current or 1) * 12
            elif part in _SCALES:
                scale = _SCALES[part]
                if scale == 100:
                    current = (current or 1) * 100
                else:
                    total += (current or 1) * scale
                    current = 0
            else:
                return None
            seen = True
    return round(total + current) if seen else None


def _is_year(text: str) -> bool:
    return bool(re.fullmatch(r"\d{4}", text)) and 1800 <= int(text) <= 2100


def _is_num_word(tok: Token) -> bool:
    low = tok.lower_.replace(",", "")
    return (
        tok.like_num and not _is_year(tok.text) or low in _SCALES or low == "dozen"
        or low in _UNITS or low in _TENS or all(p in _UNITS or p in _TENS for p in low.split("-") if p)
        and "-" in low
    ) and tok.pos_ in ("NUM", "NOUN", "ADJ", "PROPN", "X") and not tok.like_url


def _number_groups(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of contiguous number words (years such as "2011" excluded)."""
    groups: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        if _is_num_word(doc[i]) and doc[i].ent_type_ not in ("MONEY", "PERCENT", "TIME", "ORDINAL"):
            j = i + 1
            while j < len(doc) and (_is_num_word(doc[j]) or doc[j].text == "-" and j + 1 < len(doc)
                                    and _is_num_word(doc[j + 1])):
                j += 1
            groups.append((i, j))
            i = j
        else:
            i += 1
    return groups


def _qualifier(doc: Doc, start: int) -> tuple[str | None, int]:
    """Qualifier words just before token ``start`` and the first token they cover."""
    for words, name in _QUALIFIERS:
        n = len(words)
        if start - n >= 0 and tuple(t.lower_ for t in doc[start - n:start]) == words:
            return name, start - n
    return None, start


def _includes(noun: Token | None) -> list[str]:
    """Named sub-groups: "19 civilians, including (four) children and women" -> ["children", "women"]."""
    if noun is None:
        return []
    out: list[str] = []
    for prep in (c for c in noun.subtree if c.lower_ in ("including", "among")):
        for pobj in (g for g in prep.subtree if g.dep_ in ("pobj", "conj", "dobj") and g.pos_ == "NOUN"):
            cat = _victims_of(pobj)
            if cat and cat not in out:
                out.append(cat)
    return out


def _victims_of(tok: Token) -> str | None:
    lemma, low = tok.lemma_.lower(), tok.lower_
    for category, words in _VICTIMS.items():
        if lemma in words or low in words:
            return category
    return None


def _victims(noun: Token | None) -> str | None:
    if noun is None:
        return None
    candidates = [noun] + [c for c in noun.children if c.dep_ in ("conj", "appos")]
    candidates += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj"]
    for cand in candidates:
        lemma, low = cand.lemma_.lower(), cand.lower_
        for category, words in _VICTIMS.items():
            if lemma in words or low in words:
                return category
    return None


def _is_protest_verb(verb: Token) -> bool:
    """A verb the event lexicon codes as PROTEST, or "go on strike" / "stage a protest"."""
    lemma = verb.lemma_.lower()
    sense = VERBS.get(lemma)
    if sense is not None and sense.event_type == "PROTEST":
        return True
    for c in verb.children:
        objs = [c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else []
        for o in objs:
            noun = NOUNS.get(o.lemma_.lower())
            if noun is not None and noun.event_type == "PROTEST" or o.lemma_.lower() == "strike" and lemma == "go":
                return True
            pobj = VERB_POBJ.get((lemma, o.lemma_.lower())) if c.dep_ == "prep" else None
            if pobj is not None and pobj.event_type == "PROTEST":
                return True  # "took to the streets"
            if c.dep_ == "dobj" and lemma in _CROWD_ACTS and any(
                    t.lower_.startswith(("sit", "vigil", "blockade")) for t in o.subtree if t.i <= o.i):
                return True  # "staged a sit-in" (the parse may head it on "in")
    return False


# Acts a crowd does: with a civilian crowd as subject, its count is a crowd size ("Dozens of farmers blocked the
# motorway", "Hundreds of students staged a sit-in").
_CROWD_ACTS = {"block", "barricade", "occupy", "stage", "hold", "picket", "blockade", "storm", "besiege", "chant"}
_CROWD_PEOPLE = {"protester", "protestor", "demonstrator", "student", "worker", "farmer", "resident", "villager",
                 "activist", "supporter", "people", "person", "woman", "man", "youth", "trader",
                 "driver", "teacher", "doctor", "nurse", "miner", "citizen", "employee", "member", "fan",
                 "marcher", "striker", "mourner", "pensioner", "veteran", "trucker", "vendor", "shopkeeper"}


def _crowd_subject(node: Token) -> bool:
    """The counted subject is civilians: the noun itself or "Hundreds of <people>"."""
    nouns = [node] + [g for c in node.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"]
    return any(n.lemma_.lower() in _CROWD_PEOPLE for n in nouns)


def _sized_crowd(node: Token) -> bool:
    """A count that sizes a crowd noun through a participle: "a crowd estimated at 10,000", "demonstrators numbering
    about 2,000", "the protest, attended by around 4,000 people"."""
    head = node.head
    if node.dep_ == "pobj" and head.lower_ in ("at", "by"):
        verb = head.head
        wanted = {"estimate"} if head.lower_ == "at" else {"attend", "join"}
        if verb.lemma_.lower() in wanted and verb.dep_ == "acl" and _is_crowd_noun(verb.head):
            return True
    return node.dep_ == "dobj" and head.lemma_.lower() == "number" and head.dep_ == "acl" and _is_crowd_noun(head.head)


def _is_crowd_noun(tok: Token) -> bool:
    """A noun that is a crowd or a protest event ("crowd", "demonstrators", "the rally", "the march")."""
    lemma = tok.lemma_.lower()
    return _KIND_NOUNS.get(lemma) == "size" or (NOUNS.get(lemma) is not None
                                                and NOUNS[lemma].event_type == "PROTEST")


def _kind_from_role(node: Token) -> str | None:
    """Casualty kind from the grammatical role of the counted noun."""
    while node.dep_ in ("conj", "appos") and node.head is not node:
        node = node.head
    head = node.head
    dep = node.dep_
    if dep == "pobj" and head.lower_ == "to" and head.head.lower_ == "up" and head.head.dep_ == "prt":
        head, dep = head.head.head, "dobj"  # "detained up to 40 activists"
    lemma = head.lemma_.lower()
    if dep in ("nsubjpass",) or (node.dep_ == "nsubj" and head.tag_ == "VBN"):
        for kind, verbs in _PASSIVE.items():
            if lemma in verbs:
                if lemma == "round" and not any(c.lower_ == "up" for c in head.children):
                    continue
                return kind
    if dep == "dobj":
        for kind, verbs in _ACTIVE.items():
            if lemma in verbs:
                return kind
        if lemma == "leave" and any(c.lower_ in _STATE_WORDS for c in head.children if c.i > node.i):
            return next(_STATE_WORDS[c.lower_] for c in head.children if c.i > node.i and c.lower_ in _STATE_WORDS)
    if node.dep_ == "nsubj" and _is_protest_verb(head):
        return "size"  # "100 students protested", "500 farmers blocked the highway", "workers went on strike"
    if any(c.dep_ == "acl" and (c.tag_ == "VBD" or node.dep_ == "ROOT") and _is_protest_verb(c)
           for c in node.children):
        return "size"  # "About 200 students protested ...", parsed as a noun with a reduced relative
    if dep == "dobj" and lemma in ("draw", "attract", "bring", "gather") and any(
            c.dep_ == "nsubj" and NOUNS.get(c.lemma_.lower()) is not None
            and NOUNS[c.lemma_.lower()].event_type == "PROTEST" for c in head.children):
        return "size"  # "the rally drew 50,000 people"
    if node.dep_ == "nsubj" and lemma in _CROWD_ACTS and _crowd_subject(node):
        return "size"
    if node.dep_ == "nsubj":
        for kind, verbs in _INTRANSITIVE.items():
            if lemma in verbs:
                if lemma in ("turn", "take", "pour", "join") and kind == "size":
                    continue
                return kind
        if lemma == "lose" and any(c.lemma_.lower() == "life" for c in head.children):
            return "killed"
        if lemma == "be":
            for c in head.children:
                if c.dep_ in ("acomp", "attr") and c.lower_ in _STATE_WORDS:
                    return _STATE_WORDS[c.lower_]
    if _sized_crowd(node):
        return "size"
    if node.dep_ == "pobj" and node.head.lower_ in ("to", "of", "at"):
        target = node.head.head
        if target.lemma_.lower() == "toll" or any(c.lemma_.lower() == "toll" for c in target.children
                                                  if c.dep_ in ("nsubj", "nsubjpass")):
            return "killed"
    return None


def _statistic(doc: Doc, trigger: Token | None, count_start: int) -> bool:
    """True when the clause gives an aggregate over a period rather than a new event."""
    if trigger is None:
        sent = doc[count_start].sent
        lo, hi = sent.start_char, sent.end_char
    else:
        lo = min(trigger.left_edge.idx, doc[count_start].idx)
        hi = trigger.right_edge.idx + len(trigger.right_edge.text)
    return bool(_STATISTIC.search(doc_text(doc)[lo:hi]))


def _make(doc: Doc, first: int, last_tok: Token, kind: str, value: int | None, low: int | None,
          high: int | None, qualifier: str | None, victims: str | None, trigger: Token | None) -> Casualty:
    start = doc[first].idx
    end = max(last_tok.idx + len(last_tok.text), start)
    return Casualty(text=doc_text(doc)[start:end], char_start=start, char_end=end, kind=kind, value=value, low=low,
                    high=high, qualifier=qualifier, victims=victims,
                    statistic=_statistic(doc, trigger, first))


def find_casualties(doc: Doc) -> list[Casualty]:
    """Killed / injured / arrested / displaced / crowd-size counts, with offsets into ``doc_text(doc)``."""
    out: list[Casualty] = []
    covered: set[int] = set()
    for gs, ge in _number_groups(doc):
        if any(i in covered for i in range(gs, ge)):
            continue
        words = [t.text for t in doc[gs:ge]]
        last = num_last = doc[ge - 1]
        first = gs
        value: int | None
        qualifier, first = _qualifier(doc, gs)
        nxt = doc[ge] if ge < len(doc) else None
        if nxt is not None and (nxt.lemma_.lower() in _UNIT_NOUNS or nxt.text in ("%", "$")) \
                or gs and doc[gs - 1].text in ("$", "€", "£", "#", "No."):
            continue  # money, percentages, durations, ages
        value = parse_number(words)
        low = high = value
        # "between 10 and 15"
        if gs >= 1 and doc[gs - 1].lower_ == "between" and ge + 1 < len(doc) and doc[ge].lower_ == "and":
            end_group = next(((a, b) for a, b in _number_groups(doc) if a == ge + 1), None)
            if end_group:
                high = parse_number(t.text for t in doc[end_group[0]:end_group[1]])
                covered.update(range(end_group[0], end_group[1]))
                qualifier, first = "range", gs - 1
                last = doc[end_group[1] - 1]
                low, value = value, None
        if value is None and qualifier != "range":
            continue
        if qualifier == "more_than" and value is not None:
            low, high = value + 1, None
        elif qualifier == "range":
            pass
        elif qualifier == "at_least":
            low, high = value, None
        elif qualifier == "less_than" and value is not None:
            low, high = None, value - 1
        elif qualifier in ("up_to", "nearly"):
            low, high = None, value
        elif qualifier == "approximate":
            low = high = None
        elif qualifier is None:
            qualifier = "exact"
            if len(words) == 1 and doc[gs].lower_ == "dozen" and gs and doc[gs - 1].lower_ in ("a", "about"):
                qualifier, first, low, high = "approximate", gs - 1, None, None
        noun = num_last.head if num_last.dep_ in ("nummod", "quantmod", "compound", "amod") \
            and num_last.head.i > num_last.i else num_last
        if num_last.head.lower_ == "strong" and num_last.head.dep_ == "amod":
            noun = num_last.head.head  # "a 3,000-strong crowd"
        if qualifier == "range" and noun is num_last and last.dep_ == "nummod" and last.head.i > last.i:
            noun = last.head
        out.extend(_count(doc, first, last, noun, value, low, high, qualifier))
        covered.update(range(gs, ge))
    # Vague plurals: "dozens were arrested", "thousands of protesters", "tens of thousands".
    for tok in doc:
        low_text = tok.lower_
        if tok.i in covered or low_text not in _VAGUE and low_text != "tens":
            continue
        bounds = _VAGUE.get(low_text, (0, 0))
        first = tok.i
        if low_text in ("tens", "hundreds") and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "of" \
                and (low_text, doc[tok.i + 2].lower_) in _VAGUE_OF:
            bounds = _VAGUE_OF[(low_text, doc[tok.i + 2].lower_)]
            covered.update({tok.i + 2})
        elif low_text == "tens" or tok.i >= 2 and doc[tok.i - 1].lower_ == "of" and (doc[tok.i - 2].lower_, low_text) in _VAGUE_OF:
            continue
        if tok.pos_ not in ("NOUN", "NUM", "ADJ", "PROPN"):
            continue
        qualifier, first = _qualifier(doc, tok.i)
        noun = tok.head if tok.dep_ in ("nummod", "amod", "quantmod") and tok.head.i > tok.i else tok
        last = noun
        out.extend(_count(doc, first, last, noun, None, bounds[0], bounds[1], qualifier or "vague"))
        covered.add(tok.i)
    # Single victims: "a man was killed", "one person died".
    for tok in doc:
        if tok.i in covered or tok.pos_ not in ("NOUN",) or tok.lemma_.lower() not in _PERSON_NOUNS:
            continue
        det = next((c for c in tok.children if c.dep_ == "det" and c.lower_ in ("a", "an")), None)
        if det is None or tok.tag_ in ("NNS", "NNPS"):
            continue
        kind = _kind_from_role(tok)
        if kind and kind != "size":
            out.append(_make(doc, det.i, tok, kind, 1, 1, 1, "exact", _victims(tok), _trigger(tok)))
    out.sort(key=lambda c: (c.char_start, c.char_end))
    return out


def _trigger(node: Token) -> Token | None:
    while node.dep_ in ("conj", "appos") and node.head is not node:
        node = node.head
    head = node.head
    if node.dep_ == "pobj":
        head = head.head
    return head if head is not node else None


def _count(doc: Doc, first: int, last: Token, noun: Token, value: int | None, low: int | None,
           high: int | None, qualifier: str) -> list[Casualty]:
    """The casualty record for a number (tokens first..last) counting ``noun``, if any."""
    # "thousands of protesters" / "dozens of people": the counted noun is the "of" object.
    counted = noun
    of_obj = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj"), None)
    if of_obj is not None and noun.lower_ in set(_VAGUE) | {"dozen", "hundred", "thousand", "million"} \
            or of_obj is not None and noun.i == last.i:
        counted = of_obj
        nested = next((g for c in counted.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                       if g.dep_ == "pobj"), None)
        if nested is not None and counted.lower_ in _VAGUE:
            counted = nested  # "tens of thousands of people"
    kind = _kind_from_role(noun)
    nxt = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if kind is None and nxt is not None and nxt.lower_ in _STATE_WORDS and nxt.dep_ in ("amod", "acl", "acomp",
                                                                                         "conj", "appos", "oprd",
                                                                                         "ROOT", "dobj", "npadvmod"):
        kind = _STATE_WORDS[nxt.lower_]
    if kind is None and noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in _KIND_NOUNS \
            and noun.head.lower_ == "of":
        kind = _KIND_NOUNS[noun.head.head.lemma_.lower()]  # "a crowd of 5,000", "a death toll of 19"
        counted = noun
    if kind is None:
        lemma = counted.lemma_.lower()
        if lemma in _KIND_NOUNS and counted is not noun or lemma in _KIND_NOUNS and counted.i != last.i:
            kind = _KIND_NOUNS[lemma]
        elif noun.lemma_.lower() in _KIND_NOUNS and noun.i != last.i:
            kind = _KIND_NOUNS[noun.lemma_.lower()]
    if kind is None:
        return []
    end_tok = counted if counted.i >= last.i else last
    victims = _victims(counted) or (_victims(noun) if noun is not counted else None)
    if kind == "size" and victims is None and counted.lemma_.lower() in ("crowd", "rally"):
        victims = "people"
    made = _make(doc, first, end_tok, kind, value, low, high, qualifier, victims, _trigger(noun))
    made.includes = [c for c in _includes(counted) if c != victims]
    return [made]


__all__ = ["find_casualties", "parse_number"]
