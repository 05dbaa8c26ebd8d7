"""dotterel's own trigger lexicon: lemmas and constructions -> PLOVER (type, mode).

The lexicon proposes candidate triggers cheaply (lemma look-ups); the syntactic
rules in :mod:`dotterel.events.coder` then decide the final type, status and
roles, and the trained classifier (:mod:`dotterel.events.classify`) re-ranks.
Written for dotterel from the PLOVER manual's category definitions.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True, slots=True)
class Sense:
    event_type: str
    mode: str | None = None


S = Sense

# Verb lemmas -> default sense. Object/particle refinements are in VERB_OBJECT / VERB_PARTICLE.
VERBS: dict[str, Sense] = {
    # AGREE: intent to cooperate, promises, offers, agreements in principle
    "agree": S("AGREE"), "pledge": S("AGREE"), "promise": S("AGREE"), "vow": S("AGREE"),
    "offer": S("AGREE"), "commit": S("AGREE"), "propose": S("AGREE"), "accept": S("AGREE"),
    "consent": S("AGREE"),
    # CONSULT
    "meet": S("CONSULT"), "visit": S("CONSULT", "visit"), "host": S("CONSULT", "visit"),
    "discuss": S("CONSULT"), "negotiate": S("CONSULT"), "confer": S("CONSULT"), "consult": S("CONSULT"),
    "phone": S("CONSULT", "phone"), "telephone": S("CONSULT", "phone"), "mediate": S("CONSULT", "third-party"),
    "receive": S("CONSULT", "visit"),
    # SUPPORT
    "support": S("SUPPORT"), "back": S("SUPPORT"), "endorse": S("SUPPORT"), "praise": S("SUPPORT"),
    "welcome": S("SUPPORT"), "commend": S("SUPPORT"), "hail": S("SUPPORT"), "recognize": S("SUPPORT"),
    "recognise": S("SUPPORT"), "apologize": S("SUPPORT"), "apologise": S("SUPPORT"), "forgive": S("SUPPORT"),
    "defend": S("SUPPORT"), "sign": S("SUPPORT"), "congratulate": S("SUPPORT"), "thank": S("SUPPORT"),
    "applaud": S("SUPPORT"),
    # CONCEDE
    "concede": S("CONCEDE"), "yield": S("CONCEDE"), "ease": S("CONCEDE"), "lift": S("CONCEDE"),
    "relax": S("CONCEDE"), "pardon": S("CONCEDE"), "compromise": S("CONCEDE"), "capitulate": S("CONCEDE"),
    "surrender": S("CONCEDE"), "grant": S("CONCEDE"),
    # COOPERATE
    "cooperate": S("COOPERATE"), "collaborate": S("COOPERATE"), "partner": S("COOPERATE"),
    "extradite": S("COOPERATE"),
    # AID
    "aid": S("AID"), "donate": S("AID"), "fund": S("AID"), "assist": S("AID"), "help": S("AID"),
    "supply": S("AID"), "provide": S("AID"), "deliver": S("AID"), "airlift": S("AID"), "evacuate": S("AID"),
    "shelter": S("AID"),
    # RETREAT
    "withdraw": S("RETREAT", "withdraw"), "retreat": S("RETREAT", "withdraw"), "release": S("RETREAT", "release"),
    "free": S("RETREAT", "release"), "disarm": S("RETREAT", "disarm"), "demobilize": S("RETREAT", "disarm"),
    "demobilise": S("RETREAT", "disarm"), "resign": S("RETREAT", "resign"), "quit": S("RETREAT", "resign"),
    "halt": S("RETREAT", "ceasefire"), "reopen": S("RETREAT", "access"), "decommission": S("RETREAT", "disarm"),
    # REQUEST
    "urge": S("REQUEST"), "demand": S("REQUEST"), "appeal": S("REQUEST"), "ask": S("REQUEST"),
    "request": S("REQUEST"), "implore": S("REQUEST"), "press": S("REQUEST"), "plead": S("REQUEST"),
    "beg": S("REQUEST"), "petition": S("REQUEST"), "exhort": S("REQUEST"), "insist": S("REQUEST"),
    "invite": S("REQUEST", "meet"),
    # ACCUSE
    "accuse": S("ACCUSE", "allege"), "blame": S("ACCUSE", "allege"), "allege": S("ACCUSE", "allege"),
    "criticize": S("ACCUSE", "disapprove"), "criticise": S("ACCUSE", "disapprove"),
    "condemn": S("ACCUSE", "disapprove"), "denounce": S("ACCUSE", "disapprove"),
    "deplore": S("ACCUSE", "disapprove"), "decry": S("ACCUSE", "disapprove"), "slam": S("ACCUSE", "disapprove"),
    "rebuke": S("ACCUSE", "disapprove"), "castigate": S("ACCUSE", "disapprove"),
    "investigate": S("ACCUSE", "investigate"), "probe": S("ACCUSE", "investigate"),
    "charge": S("ACCUSE", "allege"), "sue": S("ACCUSE", "allege"), "indict": S("ACCUSE", "allege"),
    # REJECT
    "reject": S("REJECT"), "refuse": S("REJECT"), "decline": S("REJECT"), "veto": S("REJECT"),
    "rebuff": S("REJECT"), "spurn": S("REJECT"), "dismiss": S("REJECT"), "snub": S("REJECT"),
    "boycott": S("PROTEST", "boycott"), "defy": S("REJECT"), "oppose": S("REJECT"), "resist": S("REJECT"),
    "deny": S("REJECT"),
    # THREATEN
    "threaten": S("THREATEN"), "warn": S("THREATEN"), "menace": S("THREATEN"), "vow_revenge": S("THREATEN"),
    "ultimatum": S("THREATEN"),
    # PROTEST
    "protest": S("PROTEST", "demo"), "demonstrate": S("PROTEST", "demo"), "march": S("PROTEST", "demo"),
    "rally": S("PROTEST", "demo"), "riot": S("PROTEST", "riot"), "picket": S("PROTEST", "demo"),
    "blockade": S("PROTEST", "obstruct"),
    # SANCTION
    "sanction": S("SANCTION"), "embargo": S("SANCTION"), "expel": S("SANCTION", "expel"),
    "sever": S("SANCTION", "discontinue"), "suspend": S("SANCTION", "discontinue"),
    "convict": S("SANCTION", "convict"), "sentence": S("SANCTION", "convict"), "recall": S("SANCTION", "withdraw"),
    "freeze": S("SANCTION"), "fine": S("SANCTION"),
    # MOBILIZE
    "deploy": S("MOBILIZE", "troops"), "mobilize": S("MOBILIZE", "troops"), "mobilise": S("MOBILIZE", "troops"),
    "mass": S("MOBILIZE", "troops"), "reinforce": S("MOBILIZE", "troops"),
    # COERCE
    "arrest": S("COERCE", "arrest"), "detain": S("COERCE", "arrest"), "jail": S("COERCE", "arrest"),
    "imprison": S("COERCE", "arrest"), "seize": S("COERCE", "seize"), "confiscate": S("COERCE", "seize"),
    "capture": S("COERCE", "seize"), "occupy": S("COERCE", "seize"), "annex": S("COERCE", "seize"),
    "ban": S("COERCE", "restrict"), "outlaw": S("COERCE", "restrict"), "censor": S("COERCE", "censor"),
    "deport": S("COERCE", "deport"), "raid": S("COERCE", "seize"), "besiege": S("COERCE", "restrict"),
    "repress": S("COERCE"), "restrict": S("COERCE", "restrict"), "block": S("COERCE", "restrict"),
    "blacklist": S("SANCTION"), "hack": S("COERCE", "cyber"), "expropriate": S("COERCE", "seize"),
    "kidnap": S("ASSAULT", "abduct"), "abduct": S("ASSAULT", "abduct"),
    # ASSAULT
    "attack": S("ASSAULT"), "kill": S("ASSAULT"), "shell": S("ASSAULT", "heavy-weapons"),
    "bomb": S("ASSAULT", "aerial"), "bombard": S("ASSAULT", "heavy-weapons"), "shoot": S("ASSAULT", "firearms"),
    "ambush": S("ASSAULT", "firearms"), "massacre": S("ASSAULT"), "assassinate": S("ASSAULT", "targeted"),
    "murder": S("ASSAULT"), "wound": S("ASSAULT"), "injure": S("ASSAULT"), "strike": S("ASSAULT"),
    "invade": S("ASSAULT"), "torture": S("ASSAULT", "torture"), "beat": S("ASSAULT", "beat"),
    "behead": S("ASSAULT"), "execute": S("ASSAULT", "targeted"), "fire": S("ASSAULT", "firearms"),
    "assault": S("ASSAULT"), "storm": S("ASSAULT"), "clash": S("ASSAULT"), "fight": S("ASSAULT"),
    "slaughter": S("ASSAULT"), "destroy": S("ASSAULT", "destroy"), "burn": S("ASSAULT", "destroy"),
    "rape": S("ASSAULT", "sexual"), "stab": S("ASSAULT", "primitive"), "gas": S("ASSAULT", "unconventional"),
    "target": S("ASSAULT"), "pound": S("ASSAULT", "heavy-weapons"), "raze": S("ASSAULT", "destroy"),
    "torch": S("ASSAULT", "destroy"), "hit": S("ASSAULT"), "lynch": S("ASSAULT", "beat"),
    "bulldoze": S("ASSAULT", "destroy"), "loot": S("ASSAULT", "destroy"),
}

# Nouns that name events. Used as triggers when governed by a light verb
# ("launched an attack", "held talks", "staged a protest") or as subjects ("an airstrike killed").
NOUNS: dict[str, Sense] = {
    "attack": S("ASSAULT"), "assault": S("ASSAULT"), "airstrike": S("ASSAULT", "aerial"),
    "strike": S("ASSAULT"), "bombing": S("ASSAULT", "explosives"), "offensive": S("ASSAULT"),
    "shelling": S("ASSAULT", "heavy-weapons"), "raid": S("COERCE", "seize"), "ambush": S("ASSAULT", "firearms"),
    "massacre": S("ASSAULT"), "clash": S("ASSAULT"), "fighting": S("ASSAULT"), "invasion": S("ASSAULT"),
    "bomb": S("ASSAULT", "explosives"), "explosion": S("ASSAULT", "explosives"), "blast": S("ASSAULT", "explosives"),
    "assassination": S("ASSAULT", "targeted"), "shooting": S("ASSAULT", "firearms"),
    "summit": S("CONSULT", "multilateral"), "talk": S("CONSULT"), "meeting": S("CONSULT"),
    "negotiation": S("CONSULT"), "visit": S("CONSULT", "visit"), "conference": S("CONSULT", "multilateral"),
    "call": S("CONSULT", "phone"),
    "protest": S("PROTEST", "demo"), "demonstration": S("PROTEST", "demo"), "rally": S("PROTEST", "demo"),
    "march": S("PROTEST", "demo"), "riot": S("PROTEST", "riot"), "sit-in": S("PROTEST", "demo"),
    "hunger": S("PROTEST", "hunger"), "boycott": S("PROTEST", "boycott"), "walkout": S("PROTEST", "strike"),
    "sanction": S("SANCTION"), "embargo": S("SANCTION"),
    "curfew": S("COERCE", "curfew"), "crackdown": S("COERCE"), "arrest": S("COERCE", "arrest"),
    "ceasefire": S("RETREAT", "ceasefire"), "truce": S("RETREAT", "ceasefire"),
    "aid": S("AID"), "assistance": S("AID"),
    "appeal": S("REQUEST"), "warning": S("THREATEN"), "threat": S("THREATEN"), "ultimatum": S("THREATEN"),
    "agreement": S("AGREE"), "deal": S("AGREE"), "accord": S("AGREE"), "treaty": S("AGREE"),
    "investigation": S("ACCUSE", "investigate"), "probe": S("ACCUSE", "investigate"),
    "accusation": S("ACCUSE", "allege"), "condemnation": S("ACCUSE", "disapprove"),
    "withdrawal": S("RETREAT", "withdraw"), "deployment": S("MOBILIZE", "troops"),
    "exercise": S("COOPERATE"),
}

# Light verbs that turn an event noun object into the event ("held talks", "launched an attack").
LIGHT_VERBS = frozenset({
    "hold", "launch", "carry", "conduct", "stage", "mount", "make", "issue", "impose", "announce", "begin",
    "start", "open", "continue", "resume", "unleash", "step", "declare", "call", "organize", "organise", "lead",
    "have", "take", "give", "send", "deliver", "provide", "plan", "sign", "reach", "broker", "extend", "order",
    "slap", "level", "file", "intensify", "escalate", "renew", "join", "host",
})

# verb + object lemma -> sense (overrides the verb default)
VERB_OBJECT: dict[tuple[str, str], Sense] = {
    ("impose", "sanction"): S("SANCTION"), ("impose", "curfew"): S("COERCE", "curfew"),
    ("impose", "embargo"): S("SANCTION"), ("impose", "ban"): S("COERCE", "restrict"),
    ("impose", "restriction"): S("COERCE", "restrict"), ("impose", "law"): S("COERCE", "martial-law"),
    ("lift", "sanction"): S("CONCEDE"), ("lift", "embargo"): S("CONCEDE"), ("lift", "curfew"): S("CONCEDE"),
    ("lift", "ban"): S("CONCEDE"), ("lift", "blockade"): S("RETREAT", "access"),
    ("send", "troop"): S("MOBILIZE", "troops"), ("send", "soldier"): S("MOBILIZE", "troops"),
    ("send", "force"): S("MOBILIZE", "troops"), ("send", "aid"): S("AID"), ("send", "food"): S("AID"),
    ("send", "delegation"): S("CONSULT", "visit"), ("send", "envoy"): S("CONSULT", "visit"),
    ("send", "weapon"): S("AID"), ("send", "arm"): S("AID"),
    ("pull", "troop"): S("RETREAT", "withdraw"), ("withdraw", "ambassador"): S("SANCTION", "withdraw"),
    ("recall", "ambassador"): S("SANCTION", "withdraw"), ("expel", "diplomat"): S("SANCTION", "expel"),
    ("expel", "ambassador"): S("SANCTION", "expel"), ("sever", "tie"): S("SANCTION", "discontinue"),
    ("cut", "tie"): S("SANCTION", "discontinue"), ("break", "tie"): S("SANCTION", "discontinue"),
    ("suspend", "talk"): S("SANCTION", "discontinue"), ("suspend", "aid"): S("SANCTION", "discontinue"),
    ("cut", "aid"): S("SANCTION", "discontinue"), ("freeze", "asset"): S("SANCTION"),
    ("sign", "agreement"): S("SUPPORT"), ("sign", "deal"): S("SUPPORT"), ("sign", "treaty"): S("SUPPORT"),
    ("sign", "accord"): S("SUPPORT"), ("reach", "agreement"): S("AGREE"), ("reach", "deal"): S("AGREE"),
    ("call", "ceasefire"): S("REQUEST"), ("declare", "ceasefire"): S("RETREAT", "ceasefire"),
    ("declare", "truce"): S("RETREAT", "ceasefire"), ("declare", "war"): S("THREATEN"),
    ("declare", "emergency"): S("COERCE", "martial-law"), ("declare", "law"): S("COERCE", "martial-law"),
    ("open", "fire"): S("ASSAULT", "firearms"), ("open", "investigation"): S("ACCUSE", "investigate"),
    ("launch", "investigation"): S("ACCUSE", "investigate"), ("launch", "probe"): S("ACCUSE", "investigate"),
    ("hold", "talk"): S("CONSULT"), ("hold", "meeting"): S("CONSULT"), ("hold", "summit"): S("CONSULT", "multilateral"),
    ("hold", "negotiation"): S("CONSULT"), ("hold", "conference"): S("CONSULT", "multilateral"),
    ("provide", "aid"): S("AID"), ("provide", "assistance"): S("AID"), ("provide", "weapon"): S("AID"),
    ("deliver", "aid"): S("AID"), ("grant", "asylum"): S("AID"), ("grant", "access"): S("RETREAT", "access"),
    ("allow", "access"): S("RETREAT", "access"), ("release", "prisoner"): S("RETREAT", "release"),
    ("release", "hostage"): S("RETREAT", "release"), ("release", "statement"): S("NONE"),
    ("release", "report"): S("NONE"), ("release", "figure"): S("NONE"), ("release", "video"): S("NONE"),
    ("fire", "missile"): S("ASSAULT", "heavy-weapons"), ("fire", "rocket"): S("ASSAULT", "heavy-weapons"),
    ("fire", "shell"): S("ASSAULT", "heavy-weapons"), ("fire", "tear"): S("ASSAULT", "crowd-control"),
    ("fire", "official"): S("RETREAT", "resign"), ("fire", "minister"): S("RETREAT", "resign"),
    ("make", "gain"): S("NONE"), ("take", "control"): S("COERCE", "seize"),
    ("seize", "control"): S("COERCE", "seize"), ("take", "power"): S("COERCE", "seize"),
    ("deny", "access"): S("COERCE", "restrict"), ("block", "access"): S("COERCE", "restrict"),
    ("deny", "entry"): S("COERCE", "restrict"), ("deny", "visa"): S("COERCE", "restrict"),
    ("hold", "election"): S("NONE"), ("hold", "rally"): S("PROTEST", "demo"), ("hold", "protest"): S("PROTEST", "demo"),
    ("stage", "protest"): S("PROTEST", "demo"), ("stage", "strike"): S("PROTEST", "strike"),
    ("go", "strike"): S("PROTEST", "strike"), ("call", "strike"): S("PROTEST", "strike"),
    ("pay", "visit"): S("CONSULT", "visit"), ("extend", "invitation"): S("REQUEST", "meet"),
    ("issue", "warning"): S("THREATEN"), ("issue", "ultimatum"): S("THREATEN"), ("issue", "appeal"): S("REQUEST"),
    ("issue", "warrant"): S("COERCE", "arrest"), ("take", "hostage"): S("ASSAULT", "abduct"),
    ("take", "part"): S("NONE"), ("hit", "record"): S("NONE"), ("strike", "deal"): S("AGREE"),
    ("strike", "agreement"): S("AGREE"), ("accept", "resignation"): S("NONE"), ("accept", "offer"): S("AGREE"),
    ("oppose", "plan"): S("REJECT"), ("back", "plan"): S("SUPPORT"),
}

# verb + particle/preposition -> sense
VERB_PARTICLE: dict[tuple[str, str], Sense] = {
    ("call", "on"): S("REQUEST"), ("call", "for"): S("REQUEST"), ("call", "upon"): S("REQUEST"),
    ("pull", "out"): S("RETREAT", "withdraw"), ("pull", "back"): S("RETREAT", "withdraw"),
    ("step", "down"): S("RETREAT", "resign"), ("back", "down"): S("CONCEDE"), ("give", "in"): S("CONCEDE"),
    ("give", "up"): S("CONCEDE"), ("crack", "down"): S("COERCE"), ("lock", "down"): S("COERCE", "restrict"),
    ("shut", "down"): S("COERCE", "restrict"), ("rule", "out"): S("REJECT"), ("turn", "down"): S("REJECT"),
    ("speak", "with"): S("CONSULT"), ("talk", "with"): S("CONSULT"), ("talk", "to"): S("CONSULT"),
    ("meet", "with"): S("CONSULT"), ("sit", "down"): S("CONSULT"), ("round", "up"): S("COERCE", "arrest"),
    ("open", "up"): S("CONCEDE"), ("hand", "over"): S("CONCEDE"), ("blow", "up"): S("ASSAULT", "explosives"),
    ("set", "fire"): S("ASSAULT", "destroy"), ("walk", "out"): S("PROTEST", "strike"),
    ("lash", "out"): S("ACCUSE", "disapprove"), ("hit", "out"): S("ACCUSE", "disapprove"),
    ("go", "on"): S("NONE"), ("take", "over"): S("COERCE", "seize"), ("fire", "on"): S("ASSAULT", "firearms"),
    ("fire", "at"): S("ASSAULT", "firearms"), ("stand", "by"): S("SUPPORT"), ("side", "with"): S("SUPPORT"),
    ("agree", "on"): S("AGREE"), ("agree", "to"): S("AGREE"), ("phone", "with"): S("CONSULT", "phone"),
}

# Verbs that report or frame speech: they are not events; their complement holds the event,
# and their subject is the event's reporter ("X said that Y attacked Z").
SPEECH_VERBS = frozenset({
    "say", "tell", "add", "state", "report", "announce", "claim", "note", "write", "explain", "declare",
    "confirm", "believe", "think", "argue", "insist_frame", "suggest", "indicate", "reveal", "disclose",
    "acknowledge", "admit", "assert", "estimate", "predict", "expect", "hope", "fear", "recall_frame",
    "tweet", "post", "quote", "show", "mention", "stress", "emphasize", "emphasise", "remind", "describe",
    "know", "understand", "learn", "see", "feel", "reckon", "concede_frame", "announce_frame", "comment",
    "signal", "indicate", "reply", "respond", "answer", "observe", "remark", "reiterate", "repeat",
})

# Verbs whose xcomp/ccomp complement supplies mode/target but not the type
# ("warned Assad to halt", "urged parties to allow", "refused to agree").
CONTROL_TYPES = frozenset({
    "REQUEST", "THREATEN", "REJECT", "AGREE",
})

# Future / intent markers that make an act "announced".
INTENT_VERBS = frozenset({
    "plan", "intend", "aim", "prepare", "schedule", "decide", "expect", "set", "seek", "want", "hope",
    "wish", "try", "attempt", "propose", "mean",
})

# Cooperative act types that, when announced for the future, are coded AGREE (PLOVER manual: an announced
# future meeting or intent to cooperate is AGREE) with the planned act kept in ``scheduled``.
COOPERATIVE_TYPES = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})

NEGATORS = frozenset({"not", "never", "n't", "no", "neither", "nor", "without"})

# Nouns that carry no actor even when they are subjects (used to drop actor-less opinion sentences).
PRONOUN_SELF = frozenset({"we", "i", "us", "our", "my", "me"})


@functools.lru_cache(maxsize=1)
def cameo_lexicon() -> tuple[dict[str, Sense], dict[tuple[str, str], Sense], dict[tuple[str, str], Sense]]:
    """Fallback lexicon derived from the PETRARCH2 CAMEO verb dictionary (MIT), mapped to PLOVER.

    Built by ``scripts/build_verb_lexicon.py``; consulted only after dotterel's own entries above.
    """
    path = resources.files("dotterel.data").joinpath("cameo_verbs.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}, {}, {}

    def sense(v: list) -> Sense:
        return Sense(v[0], v[1])

    verbs = {k: sense(v) for k, v in data["verbs"].items()}
    vobj = {tuple(k.split(" ", 1)): sense(v) for k, v in data["verb_object"].items()}
    vprt = {tuple(k.split(" ", 1)): sense(v) for k, v in data["verb_particle"].items()}
    return verbs, vobj, vprt  # type: ignore[return-value]
