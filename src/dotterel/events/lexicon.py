"""dotterel's own trigger lexicon: lemmas and constructions -> PLOVER (type, mode).

The lexicon proposes candidate triggers cheaply (lemma look-ups); the syntactic
rules in :mod:`dotterel.events.coder` then decide the final type, status and
roles, and the trained classifier (:mod:`dotterel.events.classify`) re-ranks.
Written for dotterel from the PLOVER manual's category definitions.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from importlib import resources
from typing import Any


@dataclass(frozen=True, slots=True)
class Sense:
    event_type: str
    mode: str | None = None
    fallback: bool = field(default=False, compare=False)  # from the CAMEO-derived fallback, not our own entries


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
    ("lift", "sanction"): S("RETREAT"), ("lift", "embargo"): S("CONCEDE"), ("lift", "curfew"): S("CONCEDE"),
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
    ("lead", "to"): S("NONE"), ("protect", "by"): S("NONE"),
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

# General additions (written from the PLOVER category definitions; developed on our own corpus).
VERBS.update({
    "reaffirm": S("SUPPORT"), "ratify": S("SUPPORT"), "approve": S("SUPPORT"), "salute": S("SUPPORT"),
    "acquit": S("CONCEDE"), "amnesty": S("CONCEDE"), "reinstate": S("CONCEDE"), "relent": S("CONCEDE"),
    "exonerate": S("CONCEDE"), "compensate": S("CONCEDE"),
    "coordinate": S("COOPERATE"), "ally": S("COOPERATE"), "integrate": S("COOPERATE"),
    "rescue": S("AID"), "finance": S("AID"), "subsidize": S("AID"), "lend": S("AID"), "loan": S("AID"),
    "resettle": S("AID"), "vaccinate": S("AID"), "escort": S("AID"),
    "evacuate": S("AID"), "demilitarize": S("RETREAT", "disarm"), "demilitarise": S("RETREAT", "disarm"),
    "unblock": S("RETREAT", "access"), "abdicate": S("RETREAT", "resign"),
    "summon": S("ACCUSE", "disapprove"), "reprimand": S("ACCUSE", "disapprove"), "scold": S("ACCUSE", "disapprove"),
    "lambast": S("ACCUSE", "disapprove"), "chastise": S("ACCUSE", "disapprove"), "censure": S("ACCUSE", "disapprove"),
    "prosecute": S("ACCUSE", "allege"), "impeach": S("ACCUSE", "allege"),
    "repudiate": S("REJECT"), "renounce": S("REJECT"), "refute": S("REJECT"), "obstruct": S("PROTEST", "obstruct"),
    "strike_labour": S("PROTEST", "strike"), "vandalize": S("PROTEST", "vandalize"),
    "vandalise": S("PROTEST", "vandalize"), "deface": S("PROTEST", "vandalize"), "chant": S("PROTEST", "demo"),
    "barricade": S("PROTEST", "obstruct"),
    "arm": S("MOBILIZE", "militia"), "rearm": S("MOBILIZE", "weapons"), "conscript": S("MOBILIZE", "troops"),
    "muster": S("MOBILIZE", "troops"), "station": S("MOBILIZE", "troops"),
    "dispatch": S("MOBILIZE", "troops"), "despatch": S("MOBILIZE", "troops"),
    "test-fire": S("MOBILIZE", "weapons"),
    "expel_": S("COERCE", "deport"), "extort": S("COERCE"), "intimidate": S("COERCE"),
    "harass": S("COERCE"), "persecute": S("COERCE"), "evict": S("COERCE", "seize"), "nationalize": S("COERCE", "seize"),
    "nationalise": S("COERCE", "seize"), "confine": S("COERCE", "arrest"), "interrogate": S("COERCE", "arrest"),
    "demolish": S("ASSAULT", "destroy"), "snipe": S("ASSAULT", "firearms"), "ransack": S("ASSAULT", "destroy"),
    "airstrike": S("ASSAULT", "aerial"), "strafe": S("ASSAULT", "aerial"), "machine-gun": S("ASSAULT", "firearms"),
    "hijack": S("ASSAULT", "abduct"), "poison": S("ASSAULT", "unconventional"), "maim": S("ASSAULT"),
    "retaliate": S("ASSAULT"), "overrun": S("ASSAULT"), "ambush": S("ASSAULT", "firearms"),
})
NOUNS.update({
    "drill": S("COOPERATE"), "manoeuvre": S("COOPERATE"), "maneuver": S("COOPERATE"), "operation": S("COOPERATE"),
    "exercise": S("COOPERATE"), "venture": S("COOPERATE"), "partnership": S("COOPERATE"),
    "phone": S("CONSULT", "phone"), "telephone": S("CONSULT", "phone"), "consultation": S("CONSULT"),
    "dialogue": S("CONSULT"), "mediation": S("CONSULT", "third-party"), "trip": S("CONSULT", "visit"),
    "sit-in": S("PROTEST", "demo"), "strike_labour": S("PROTEST", "strike"), "stoppage": S("PROTEST", "strike"),
    "vigil": S("PROTEST", "demo"), "blockade": S("PROTEST", "obstruct"), "unrest": S("PROTEST", "riot"),
    "uprising": S("PROTEST", "riot"), "mobilisation": S("MOBILIZE", "troops"), "mobilization": S("MOBILIZE", "troops"),
    "reinforcement": S("MOBILIZE", "troops"),
    "emergency": S("COERCE", "martial-law"), "siege": S("COERCE", "restrict"), "lockdown": S("COERCE", "restrict"),
    "ban": S("COERCE", "restrict"), "detention": S("COERCE", "arrest"), "deportation": S("COERCE", "deport"),
    "kidnapping": S("ASSAULT", "abduct"), "abduction": S("ASSAULT", "abduct"), "bombardment": S("ASSAULT", "heavy-weapons"),
    "killing": S("ASSAULT"), "execution": S("ASSAULT", "targeted"), "rocket": S("ASSAULT", "heavy-weapons"),
    "missile": S("ASSAULT", "heavy-weapons"), "gunfire": S("ASSAULT", "firearms"), "skirmish": S("ASSAULT"),
    "incursion": S("ASSAULT"), "raid_attack": S("ASSAULT"), "hostilities": S("ASSAULT"),
    "loan": S("AID"), "donation": S("AID"), "relief": S("AID"), "grant": S("AID"), "asylum": S("AID"),
    "resignation": S("RETREAT", "resign"), "release": S("RETREAT", "release"), "pullout": S("RETREAT", "withdraw"),
    "pardon": S("CONCEDE"), "amnesty": S("CONCEDE"), "concession": S("CONCEDE"), "apology": S("CONCEDE"),
    "demand": S("REQUEST"), "request": S("REQUEST"), "plea": S("REQUEST"),
    "criticism": S("ACCUSE", "disapprove"), "protest_note": S("ACCUSE", "disapprove"), "inquiry": S("ACCUSE", "investigate"),
    "allegation": S("ACCUSE", "allege"), "charge": S("ACCUSE", "allege"),
    "rejection": S("REJECT"), "veto": S("REJECT"), "refusal": S("REJECT"), "denial": S("REJECT"),
    "pledge": S("AGREE"), "promise": S("AGREE"), "commitment": S("AGREE"), "offer": S("AGREE"),
    "sentence": S("SANCTION", "convict"), "conviction": S("SANCTION", "convict"), "expulsion": S("SANCTION", "expel"),
    "tariff": S("SANCTION"), "endorsement": S("SUPPORT"), "recognition": S("SUPPORT"),
})
LIGHT_VERBS = LIGHT_VERBS | {"stage", "hold", "conduct", "carry", "go", "put", "pay", "lodge", "voice", "express",
                             "receive", "win", "secure", "approve", "announce", "unveil", "accept"}
VERB_OBJECT.update({
    ("share", "intelligence"): S("COOPERATE"), ("share", "information"): S("COOPERATE"), ("share", "data"): S("COOPERATE"),
    ("exchange", "intelligence"): S("COOPERATE"), ("exchange", "prisoner"): S("RETREAT", "release"),
    ("exchange", "information"): S("COOPERATE"), ("hold", "drill"): S("COOPERATE"),
    ("hold", "exercise"): S("COOPERATE"), ("stage", "drill"): S("COOPERATE"), ("stage", "exercise"): S("COOPERATE"),
    ("sign", "memorandum"): S("SUPPORT"), ("resume", "export"): S("COOPERATE"), ("resume", "trade"): S("COOPERATE"),
    ("resume", "talk"): S("CONSULT"), ("resume", "flight"): S("COOPERATE"), ("restore", "tie"): S("COOPERATE"),
    ("restore", "relation"): S("COOPERATE"), ("establish", "tie"): S("COOPERATE"),
    ("establish", "relation"): S("COOPERATE"), ("normalize", "relation"): S("COOPERATE"),
    ("normalise", "relation"): S("COOPERATE"), ("write", "debt"): S("AID"), ("forgive", "debt"): S("AID"),
    ("cancel", "debt"): S("AID"), ("open", "centre"): S("AID"), ("open", "center"): S("AID"),
    ("open", "corridor"): S("RETREAT", "access"), ("open", "crossing"): S("RETREAT", "access"),
    ("open", "border"): S("RETREAT", "access"),
    ("hand", "weapon"): S("RETREAT", "disarm"), ("lay", "arm"): S("RETREAT", "disarm"), ("lay", "weapon"): S("RETREAT", "disarm"),
    ("surrender", "weapon"): S("RETREAT", "disarm"), ("give", "weapon"): S("RETREAT", "disarm"),
    ("drop", "charge"): S("CONCEDE"), ("drop", "demand"): S("CONCEDE"), ("drop", "plan"): S("CONCEDE"),
    ("drop", "decree"): S("CONCEDE"), ("scrap", "plan"): S("CONCEDE"), ("withdraw", "bill"): S("CONCEDE"),
    ("accept", "demand"): S("CONCEDE"), ("meet", "demand"): S("CONCEDE"), ("release", "fund"): S("AID"),
    ("declare", "mobilisation"): S("MOBILIZE", "troops"), ("declare", "mobilization"): S("MOBILIZE", "troops"),
    ("raise", "readiness"): S("MOBILIZE", "troops"), ("put", "troop"): S("MOBILIZE", "troops"),
    ("place", "troop"): S("MOBILIZE", "troops"), ("place", "unit"): S("MOBILIZE", "troops"),
    ("place", "force"): S("MOBILIZE", "troops"), ("move", "troop"): S("MOBILIZE", "troops"),
    ("move", "artillery"): S("MOBILIZE", "weapons"), ("move", "tank"): S("MOBILIZE", "weapons"),
    ("move", "missile"): S("MOBILIZE", "weapons"), ("ship", "missile"): S("MOBILIZE", "weapons"),
    ("ship", "weapon"): S("AID"), ("send", "fighter"): S("MOBILIZE", "militia"), ("send", "warship"): S("MOBILIZE", "weapons"),
    ("send", "police"): S("MOBILIZE", "police"), ("send", "officer"): S("MOBILIZE", "police"),
    ("rush", "troop"): S("MOBILIZE", "troops"), ("rush", "police"): S("MOBILIZE", "police"),
    ("form", "militia"): S("MOBILIZE", "militia"), ("set", "checkpoint"): S("MOBILIZE", "militia"),
    ("call", "reservist"): S("MOBILIZE", "troops"), ("begin", "manoeuvre"): S("MOBILIZE", "troops"),
    ("begin", "maneuver"): S("MOBILIZE", "troops"), ("hold", "manoeuvre"): S("COOPERATE"),
    ("declare", "state"): S("COERCE", "martial-law"), ("seal", "border"): S("COERCE", "restrict"),
    ("close", "border"): S("SANCTION"), ("cut", "electricity"): S("COERCE", "withhold"),
    ("cut", "power"): S("COERCE", "withhold"), ("cut", "water"): S("COERCE", "withhold"),
    ("cut", "supply"): S("COERCE", "withhold"), ("block", "aid"): S("COERCE", "withhold"),
    ("remove", "post"): S("COERCE", "censor"), ("block", "website"): S("COERCE", "censor"),
    ("shut", "newspaper"): S("COERCE", "censor"), ("spread", "claim"): S("COERCE", "misinformation"),
    ("spread", "disinformation"): S("COERCE", "misinformation"), ("spread", "misinformation"): S("COERCE", "misinformation"),
    ("use", "gas"): S("ASSAULT", "unconventional"), ("use", "cannon"): S("ASSAULT", "crowd-control"),
    ("use", "force"): S("ASSAULT"), ("fire", "gas"): S("ASSAULT", "crowd-control"),
    ("fire", "bullet"): S("ASSAULT", "firearms"), ("fire", "shot"): S("ASSAULT", "firearms"),
    ("fire", "missile"): S("ASSAULT", "heavy-weapons"), ("carry", "airstrike"): S("ASSAULT", "aerial"),
    ("throw", "stone"): S("PROTEST", "riot"), ("throw", "soup"): S("PROTEST", "vandalize"),
    ("throw", "paint"): S("PROTEST", "vandalize"), ("lodge", "protest"): S("ACCUSE", "disapprove"),
    ("lodge", "complaint"): S("ACCUSE", "disapprove"), ("file", "complaint"): S("ACCUSE", "allege"),
    ("file", "lawsuit"): S("ACCUSE", "allege"), ("file", "charge"): S("ACCUSE", "allege"),
    ("bring", "charge"): S("ACCUSE", "allege"), ("express", "concern"): S("ACCUSE", "disapprove"),
    ("voice", "concern"): S("ACCUSE", "disapprove"), ("express", "support"): S("SUPPORT"),
    ("express", "solidarity"): S("SUPPORT"), ("express", "condolence"): S("SUPPORT"),
    ("voice", "support"): S("SUPPORT"), ("offer", "condolence"): S("SUPPORT"),
    ("impose", "tariff"): S("SANCTION"), ("impose", "fine"): S("SANCTION"), ("impose", "lockdown"): S("COERCE", "restrict"),
    ("take", "office"): S("NONE"), ("take", "place"): S("NONE"), ("take", "step"): S("NONE"),
    ("make", "statement"): S("NONE"), ("hold", "press"): S("NONE"), ("hold", "conference_press"): S("NONE"),
    ("reach", "record"): S("NONE"), ("hit", "low"): S("NONE"), ("hit", "high"): S("NONE"),
    ("beat", "expectation"): S("NONE"), ("win", "election"): S("NONE"), ("win", "seat"): S("NONE"),
    ("win", "vote"): S("NONE"), ("lose", "seat"): S("NONE"), ("strike", "blow"): S("NONE"),
    ("accept", "resignation"): S("RETREAT", "resign"), ("hold", "hostage"): S("ASSAULT", "abduct"),
    ("take", "hostage"): S("ASSAULT", "abduct"), ("release", "data"): S("NONE"), ("release", "result"): S("NONE"),
})
VERB_OBJECT.update({
    ("down", "tool"): S("PROTEST", "strike"), ("vow", "revenge"): S("THREATEN"), ("vow", "retaliation"): S("THREATEN"),
    ("swear", "revenge"): S("THREATEN"), ("promise", "revenge"): S("THREATEN"), ("promise", "retaliation"): S("THREATEN"),
    ("threaten", "retaliation"): S("THREATEN"), ("vow", "retribution"): S("THREATEN"),
    **{("distribute", o): S("AID") for o in ("aid", "food", "blanket", "meal", "supply", "ration", "medicine",
                                              "tent", "water", "relief", "vaccine", "parcel")},
})
VERB_PARTICLE.update({
    ("commit", "to"): S("AGREE"),
    ("walk", "off"): S("PROTEST", "strike"), ("down", "tool"): S("PROTEST", "strike"),
    ("turn", "out"): S("PROTEST", "demo"),
    ("set", "free"): S("RETREAT", "release"), ("hand", "in"): S("RETREAT", "disarm"),
    ("stand", "down"): S("RETREAT", "resign"), ("back", "away"): S("CONCEDE"), ("climb", "down"): S("CONCEDE"),
    ("seal", "off"): S("COERCE", "restrict"), ("cordon", "off"): S("COERCE", "restrict"),
    ("crack", "down"): S("COERCE"), ("lock", "up"): S("COERCE", "arrest"), ("pick", "up"): S("AID"),
    ("call", "up"): S("MOBILIZE", "troops"), ("travel", "to"): S("CONSULT", "visit"),
    ("work", "with"): S("COOPERATE"), ("team", "up"): S("COOPERATE"), ("join", "force"): S("COOPERATE"),
    ("meet", "up"): S("CONSULT"), ("reach", "out"): S("CONSULT"), ("sit", "with"): S("CONSULT"),
    ("gather", "for"): S("CONSULT", "multilateral"), ("convene", "for"): S("CONSULT", "multilateral"),
    ("speak", "out"): S("ACCUSE", "disapprove"), ("rail", "against"): S("ACCUSE", "disapprove"),
    ("protest", "against"): S("PROTEST", "demo"), ("rally", "against"): S("PROTEST", "demo"),
    ("march", "on"): S("PROTEST", "demo"), ("march", "against"): S("PROTEST", "demo"),
    ("blow", "up"): S("ASSAULT", "explosives"), ("gun", "down"): S("ASSAULT", "firearms"),
    ("shoot", "down"): S("ASSAULT", "heavy-weapons"), ("open", "fire"): S("ASSAULT", "firearms"),
    ("roll", "back"): S("CONCEDE"), ("back", "off"): S("CONCEDE"),
    ("pull", "away"): S("RETREAT", "withdraw"), ("move", "in"): S("MOBILIZE", "troops"),
})
# verb + prepositional-object lemma -> sense ("went on strike", "took to the streets", "spoke by telephone")
VERB_POBJ: dict[tuple[str, str], Sense] = {
    ("take", "street"): S("PROTEST", "demo"), ("pour", "street"): S("PROTEST", "demo"),
    ("go", "strike"): S("PROTEST", "strike"), ("be", "strike"): S("PROTEST", "strike"),
    ("speak", "phone"): S("CONSULT", "phone"), ("speak", "telephone"): S("CONSULT", "phone"),
    ("talk", "phone"): S("CONSULT", "phone"), ("talk", "telephone"): S("CONSULT", "phone"),
    ("hold", "talk"): S("CONSULT"), ("sentence", "prison"): S("SANCTION", "convict"),
    ("sentence", "year"): S("SANCTION", "convict"), ("sentence", "death"): S("SANCTION", "convict"),
    ("gather", "summit"): S("CONSULT", "multilateral"), ("meet", "sideline"): S("CONSULT", "multilateral"),
}
# Verbs of motion or gathering whose prepositional event noun is the event ("arrived in Dhaka for talks").
MOTION_VERBS = frozenset({"arrive", "travel", "fly", "head", "come", "go", "gather", "convene", "assemble", "land",
                          "return", "meet"})
# Protest participants: as subject of a gathering verb they make a PROTEST ("demonstrators gathered outside ...").
PROTESTERS = frozenset({"protester", "protestor", "demonstrator", "marcher", "rioter", "striker", "picketer"})
GATHER_VERBS = frozenset({"gather", "converge", "assemble", "throng", "chant", "pour", "flood", "fill", "swarm",
                          "occupy", "camp", "demand", "wave", "shout", "take", "carry", "hold"})
# The light verb "carry out" / "stage" is handled through its object; "go on strike" through the pobj.
PARTICLES = frozenset({"down", "up", "out", "off", "back", "in", "over", "away", "on", "by", "with", "for", "to",
                       "against", "free", "fire"})

# Material / hostile inner acts that turn a promise or vow into a threat ("vowed to carry out more attacks").
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"})
HOSTILE_TO_THREAT_MODE: dict[str, str | None] = {"ASSAULT": "violence", "MOBILIZE": "violence",
                                                 "COERCE": "restrict", "SANCTION": "restrict", "PROTEST": None}

# Context cues for modes: first matching cue (in order) among the lemmas of the trigger's clause wins.
MODE_CUES: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {
    "ASSAULT": (
        ("crowd-control", frozenset({"tear", "teargas", "cannon", "baton", "rubber", "pepper", "disperse"})),
        ("suicide-attack", frozenset({"suicide", "self-detonate"})),
        ("drone", frozenset({"drone", "uav"})),
        ("unconventional", frozenset({"chemical", "chlorine", "sarin", "nerve", "poison", "biological"})),
        ("sexual", frozenset({"rape", "sexual", "sexually"})),
        ("torture", frozenset({"torture", "torturing"})),
        ("abduct", frozenset({"kidnap", "abduct", "hostage", "hijack", "abduction", "kidnapping"})),
        ("targeted", frozenset({"assassinate", "assassination", "execute", "sniper"})),
        ("aerial", frozenset({"airstrike", "warplane", "jet", "aircraft", "helicopter", "air", "bomber", "airstrikes"})),
        ("explosives", frozenset({"bomb", "ied", "explosive", "explosion", "blast", "grenade", "landmine", "mine",
                                  "car-bomb", "bomber", "detonate", "explode"})),
        ("heavy-weapons", frozenset({"artillery", "shell", "shelling", "rocket", "mortar", "missile", "tank",
                                     "howitzer", "bombard"})),
        ("firearms", frozenset({"gun", "gunman", "gunmen", "rifle", "bullet", "shoot", "gunfire", "shot"})),
        ("primitive", frozenset({"knife", "machete", "stab", "stone", "axe", "club", "arson"})),
        ("destroy", frozenset({"demolish", "raze", "bulldoze", "torch", "burn", "destroy"})),
        ("beat", frozenset({"beat", "beating", "lynch", "flog"})),
    ),
    "CONSULT": (
        ("phone", frozenset({"phone", "telephone", "call", "videoconference", "video"})),
        ("third-party", frozenset({"mediate", "mediation", "broker", "indirect", "mediator"})),
        ("multilateral", frozenset({"summit", "conference", "forum", "assembly", "multilateral", "g7", "g20"})),
        ("visit", frozenset({"visit", "trip", "arrive", "travel", "host", "tour", "fly"})),
    ),
    "PROTEST": (
        ("hunger", frozenset({"hunger"})),
        ("boycott", frozenset({"boycott"})),
        ("vandalize", frozenset({"deface", "vandalize", "vandalise", "graffiti", "soup", "paint", "smash", "topple"})),
        ("riot", frozenset({"riot", "rioter", "loot", "torch", "arson", "clash", "stone", "petrol"})),
        ("strike", frozenset({"strike", "walkout", "stoppage", "tool"})),
        ("obstruct", frozenset({"block", "blockade", "barricade", "sit-in", "occupy", "obstruct", "chain"})),
    ),
    "MOBILIZE": (
        ("police", frozenset({"police", "policeman", "paramilitary", "gendarme", "gendarmerie", "officer"})),
        ("militia", frozenset({"militia", "vigilante", "volunteer", "self-defence", "self-defense", "fighter"})),
        ("weapons", frozenset({"missile", "weapon", "artillery", "drone", "warship", "submarine", "tank",
                               "nuclear", "jet", "bomber", "carrier", "launcher", "test-fire"})),
        ("troops", frozenset({"troop", "soldier", "reservist", "army", "force", "battalion", "brigade", "unit"})),
    ),
    "COERCE": (
        ("cyber", frozenset({"hack", "hacker", "cyber", "cyberattack", "malware", "ransomware"})),
        ("misinformation", frozenset({"disinformation", "misinformation", "propaganda", "fake", "false"})),
        ("censor", frozenset({"internet", "website", "newspaper", "broadcaster", "censor", "media", "post",
                              "social", "journalist", "channel"})),
        ("curfew", frozenset({"curfew"})),
        ("martial-law", frozenset({"martial", "emergency", "siege"})),
        ("deport", frozenset({"deport", "deportation", "expel"})),
        ("withhold", frozenset({"electricity", "water", "fuel", "withhold", "power"})),
        ("arrest", frozenset({"arrest", "detain", "jail", "imprison", "custody", "warrant"})),
        ("seize", frozenset({"seize", "confiscate", "raid", "capture", "occupy", "annex", "tanker"})),
    ),
    "RETREAT": (
        ("disarm", frozenset({"weapon", "arm", "rifle", "disarm", "demobilize", "demobilise", "decommission"})),
        ("ceasefire", frozenset({"ceasefire", "truce", "armistice"})),
        ("resign", frozenset({"resign", "resignation", "quit", "down"})),
        ("release", frozenset({"release", "free", "prisoner", "hostage", "detainee", "captive"})),
        ("access", frozenset({"access", "crossing", "corridor", "reopen", "convoy", "humanitarian"})),
        ("withdraw", frozenset({"withdraw", "pull", "retreat", "troop", "force"})),
    ),
    "REQUEST": (
        ("assist", frozenset({"help", "aid", "assistance", "support", "fund", "funding", "relief", "food"})),
        ("meet", frozenset({"meet", "meeting", "talk", "negotiate", "summit", "visit", "dialogue", "negotiation"})),
        ("yield", frozenset({"release", "free", "withdraw", "ceasefire", "resign", "surrender", "pull", "step",
                             "hand", "halt", "stop", "end", "truce", "lift"})),
        ("change", frozenset({"policy", "law", "reform", "change", "election", "investigate", "explain", "audit",
                              "respect", "protect", "allow", "scrap", "repeal"})),
    ),
    "ACCUSE": (
        ("investigate", frozenset({"investigate", "investigation", "probe", "inquiry"})),
        ("allege", frozenset({"accuse", "allege", "blame", "charge", "indict", "sue"})),
        ("disapprove", frozenset({"condemn", "criticize", "criticise", "summon", "protest", "deplore", "denounce",
                                  "concern", "rebuke"})),
    ),
    "THREATEN": (
        ("arrest", frozenset({"arrest", "warrant", "prosecute", "jail"})),
        ("expel", frozenset({"expel", "expulsion", "deport"})),
        ("relations", frozenset({"relation", "tie", "treaty", "ambassador", "diplomatic", "embassy"})),
        ("territory", frozenset({"annex", "territory", "invade", "seize"})),
        ("restrict", frozenset({"sanction", "tariff", "restrict", "ban", "export", "import", "embargo", "curb"})),
        ("violence", frozenset({"attack", "strike", "war", "force", "military", "retaliate", "response", "nuclear",
                                "kill", "bomb", "retaliation", "violence", "price"})),
    ),
    "SANCTION": (
        ("convict", frozenset({"convict", "sentence", "prison", "guilty", "jail"})),
        ("withdraw", frozenset({"recall", "ambassador_withdraw"})),
        ("expel", frozenset({"expel", "expulsion", "diplomat"})),
        ("discontinue", frozenset({"suspend", "sever", "cut", "halt", "tie", "cooperation", "relation"})),
    ),
}
MODE_DEFAULT: dict[str, str] = {"PROTEST": "demo", "MOBILIZE": "troops"}


def refine_mode(event_type: str, mode: str | None, lemmas: set[str]) -> str | None:
    """The mode suggested by the clause's words, else the lexicon's mode, else the type's default."""
    for cue_mode, cues in MODE_CUES.get(event_type, ()):
        if lemmas & cues:
            return cue_mode
    return mode if mode is not None else MODE_DEFAULT.get(event_type)


# Verbs that report or frame speech: they are not events; their complement holds the event,
# and their subject is the event's reporter ("X said that Y attacked Z").
SPEECH_VERBS = frozenset({
    "say", "tell", "add", "state", "report", "announce", "claim", "note", "write", "explain", "declare",
    "confirm", "believe", "think", "argue", "insist_frame", "suggest", "indicate", "reveal", "disclose",
    "acknowledge", "admit", "assert", "estimate", "predict", "expect", "hope", "fear", "recall_frame",
    "tweet", "post", "quote", "show", "mention", "stress", "emphasize", "emphasise", "remind", "describe",
    "know", "understand", "learn", "see", "feel", "reckon", "concede_frame", "announce_frame", "comment",
    "signal", "reply", "respond", "answer", "observe", "remark", "reiterate", "repeat",
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
def cameo_data() -> dict[str, Any]:
    """The shipped PETRARCH2 CAMEO verb dictionary (MIT) as built by ``scripts/build_verb_lexicon.py``:
    ``verbs`` / ``verb_object`` / ``verb_particle`` entries of [PLOVER type, mode, CAMEO code]; read once."""
    path = resources.files("dotterel.data").joinpath("cameo_verbs.json")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {"verbs": {}, "verb_object": {}, "verb_particle": {}}


@functools.lru_cache(maxsize=1)
def cameo_lexicon() -> tuple[dict[str, Sense], dict[tuple[str, str], Sense], dict[tuple[str, str], Sense]]:
    """Fallback lexicon derived from the PETRARCH2 CAMEO verb dictionary (MIT), mapped to PLOVER.

    Consulted only after dotterel's own entries above.
    """
    data = cameo_data()

    def sense(v: list) -> Sense:
        return Sense(v[0], v[1], fallback=True)

    verbs = {k: sense(v) for k, v in data["verbs"].items()}
    vobj = {tuple(k.split(" ", 1)): sense(v) for k, v in data["verb_object"].items()}
    vprt = {tuple(k.split(" ", 1)): sense(v) for k, v in data["verb_particle"].items()}
    return verbs, vobj, vprt  # type: ignore[return-value]


# ---- Round 3 (developed on the written_* training files and handwritten.jsonl; see docs/accuracy-events.md) ----
VERBS.update({
    "sink": S("ASSAULT"), "whip": S("ASSAULT", "torture"), "flog": S("ASSAULT", "beat"),
    "punch": S("ASSAULT", "beat"), "kick": S("ASSAULT", "beat"), "bludgeon": S("ASSAULT", "beat"),
    "lobby": S("REQUEST"),
    # stative or non-political verbs the CAMEO fallback reads as acts ("traders weighed supply risks",
    # "has served in four cabinets", "the debate dominated talk radio", "people need food")
    "weigh": S("NONE"), "serve": S("NONE"), "dominate": S("NONE"), "need": S("NONE"),
})
_HURLED = ("throw", "hurl", "lob", "toss")
VERB_OBJECT.update({
    # exchanges of fire are fighting; exchanges of accusations are accusations
    **{(v, o): S("ASSAULT", "firearms") for v in ("exchange", "trade") for o in ("fire", "gunfire", "shot")},
    **{(v, o): S("ASSAULT", "heavy-weapons") for v in ("exchange", "trade") for o in ("shell", "artillery", "rocket")},
    **{(v, o): S("ACCUSE", "allege") for v in ("exchange", "trade") for o in ("accusation", "allegation", "blame",
                                                                              "charge")},
    **{(v, o): S("ACCUSE", "disapprove") for v in ("exchange", "trade") for o in ("insult", "barb", "criticism")},
    # weapons dropped, launched, released or thrown at someone
    ("drop", "bomb"): S("ASSAULT", "aerial"), ("drop", "weapon"): S("ASSAULT"), ("drop", "munition"): S("ASSAULT"),
    ("drop", "explosive"): S("ASSAULT", "explosives"), ("drop", "grenade"): S("ASSAULT", "explosives"),
    ("launch", "drone"): S("ASSAULT", "drone"), ("launch", "missile"): S("ASSAULT", "heavy-weapons"),
    ("launch", "rocket"): S("ASSAULT", "heavy-weapons"), ("launch", "airstrike"): S("ASSAULT", "aerial"),
    ("release", "gas"): S("ASSAULT", "unconventional"), ("release", "agent"): S("ASSAULT", "unconventional"),
    ("release", "chemical"): S("ASSAULT", "unconventional"),
    **{(v, o): S("ASSAULT", "primitive") for v in _HURLED for o in ("stone", "rock", "brick")},
    **{(v, o): S("ASSAULT", "explosives") for v in _HURLED for o in ("grenade", "bomb", "explosive")},
    ("set", "fire"): S("ASSAULT", "destroy"), ("plant", "bomb"): S("ASSAULT", "explosives"),
    ("detonate", "bomb"): S("ASSAULT", "explosives"), ("detonate", "device"): S("ASSAULT", "explosives"),
    # asking for something: "sought debt relief", "sought emergency fodder from the state"
    **{("seek", o): S("REQUEST") for o in ("aid", "help", "assistance", "relief", "loan", "asylum", "support",
                                           "fund", "funding", "bailout", "fodder", "food", "protection", "release",
                                           "extradition", "talk", "meeting", "dialogue", "compensation",
                                           "explanation", "clarification", "guarantee", "ceasefire", "access",
                                           "investment", "credit", "weapon", "arm", "troop", "reinforcement")},
    ("kick", "ball"): S("NONE"),
})
VERB_PARTICLE.update({
    ("kick", "off"): S("NONE"), ("open", "up on"): S("ASSAULT"), ("open", "up at"): S("ASSAULT"),
    ("rain", "down"): S("ASSAULT"),
})
# verb + "to death" and similar: the manner of a killing ("hacked to death", "beaten to death")
VERB_POBJ.update({
    ("hack", "death"): S("ASSAULT", "primitive"), ("stab", "death"): S("ASSAULT", "primitive"),
    ("club", "death"): S("ASSAULT", "beat"), ("beat", "death"): S("ASSAULT", "beat"),
    ("stone", "death"): S("ASSAULT", "primitive"), ("burn", "death"): S("ASSAULT"),
    ("shoot", "death"): S("ASSAULT", "firearms"), ("torture", "death"): S("ASSAULT", "torture"),
    ("kick", "death"): S("ASSAULT", "beat"),
})
# Predicative verbs whose complement judges the object: "called the decision unacceptable" (ACCUSE),
# "described the charges as baseless" (REJECT: a denial).
JUDGE_VERBS = frozenset({"call", "brand", "label", "term", "describe", "deem", "dub", "characterize",
                         "characterise"})
DISAPPROVAL_WORDS = frozenset({
    "unacceptable", "illegal", "illegitimate", "outrageous", "provocative", "provocation", "violation",
    "irresponsible", "reckless", "criminal", "crime", "shameful", "deplorable", "regrettable", "unjustified",
    "aggression", "aggressive", "interference", "hostile", "unlawful", "barbaric", "cowardly", "heinous",
    "atrocity", "disgrace", "disgraceful", "scandalous", "unfriendly", "destabilizing", "destabilising",
    "terrorist", "terrorism", "genocide", "affront", "insult", "betrayal", "blackmail", "racist",
})
DENIAL_WORDS = frozenset({"baseless", "unfounded", "groundless", "false", "fabricated", "lie", "nonsense",
                          "absurd", "ridiculous", "slander", "propaganda"})
# Verbs whose taking of people is an abduction (ASSAULT abduct), while taking things is COERCE seize.
SEIZE_VERBS = frozenset({"seize", "capture", "grab", "snatch", "raid"})
# Quantity / time nouns whose "of" complement is the event ("a second night of air strikes", "a wave of raids").
SERIES_NOUNS = frozenset({"night", "day", "week", "wave", "series", "round", "spate", "string", "barrage", "volley",
                          "salvo", "flurry", "campaign", "hail", "torrent", "cycle", "bout", "hour", "month"})
# Modes that name the act itself and outrank instrument cues ("beat protesters with batons" is beat).
ACT_MODES = frozenset({"beat", "torture", "sexual", "abduct"})
MODE_DEFAULT["REQUEST"] = "change"  # our corpus codes every request with a mode; "change" is the general one
MODE_CUES["REQUEST"] = (
    ("assist", frozenset({"help", "aid", "assistance", "support", "fund", "funding", "relief", "food", "loan",
                          "bailout", "fuel", "troop", "deployment", "weapon", "system", "ammunition", "fodder",
                          "debt", "vaccine", "medicine", "donor", "money", "credit", "reinforcement", "asylum",
                          "protection", "evacuate", "evacuation", "rescue", "supply", "equipment"})),
    ("meet", frozenset({"meet", "meeting", "talk", "negotiate", "summit", "visit", "dialogue", "negotiation",
                        "relay", "mediate", "session", "consultation"})),
    ("yield", frozenset({"release", "free", "withdraw", "ceasefire", "surrender", "pull", "hand", "halt", "stop",
                         "end", "truce", "lift", "remove", "passage", "return", "disarm", "leave"})),
    ("change", frozenset({"policy", "law", "reform", "change", "election", "investigate", "explain", "audit",
                          "respect", "protect", "allow", "scrap", "repeal", "resign", "resignation", "step",
                          "reverse", "raise", "cut", "reveal", "open", "expel", "block"})),
)
MODE_CUES["ASSAULT"] = tuple(
    (m, cues | {"kick", "punch", "club", "bludgeon"} if m == "beat" else
     cues | {"whip", "flog"} if m == "torture" else
     cues | {"stun", "plastic"} if m == "crowd-control" else
     (cues - {"mine"}) if m == "explosives" else
     cues | {"stick", "rod", "sword", "spear", "bow", "arrow", "hatchet", "brick", "rock", "hack"} if m == "primitive"
     else cues)
    for m, cues in MODE_CUES["ASSAULT"])
# Leaving a treaty or organisation is a sanction (withdraw); halting trade is a sanction (discontinue).
PACT_NOUNS = ("treaty", "accord", "agreement", "pact", "convention", "court", "organisation", "organization",
              "alliance", "union", "protocol", "council", "commonwealth", "bloc", "initiative")
VERB_POBJ.update({(v, o): S("SANCTION", "withdraw") for v in ("withdraw", "pull", "exit", "quit", "leave")
                  for o in PACT_NOUNS})
VERB_OBJECT.update({
    **{(v, o): S("SANCTION", "discontinue") for v in ("halt", "suspend", "stop", "freeze")
       for o in ("import", "export", "sale", "trade", "flight", "cooperation", "purchase")},
    **{(v, o): S("RETREAT", "disarm") for v in ("hand", "give", "surrender", "turn")
       for o in ("weapon", "arm", "arsenal", "stockpile", "rifle", "gun", "missile", "warhead", "ammunition")},
    **{(v, o): S("RETREAT", "withdraw") for v in ("hand", "cede", "return", "vacate")
       for o in ("base", "town", "city", "territory", "position", "area", "region", "airport", "post", "outpost")},
    **{(v, o): S("RETREAT", "access") for v in ("allow", "let", "admit")
       for o in ("convoy", "truck", "lorry", "aid", "inspector", "observer", "monitor", "journalist", "shipment",
                 "evacuation", "evacuee", "ship", "delivery")},
    ("lift", "siege"): S("RETREAT", "access"), ("ease", "siege"): S("RETREAT", "access"),
    **{(v, o): S("MOBILIZE", "weapons") for v in ("test", "display", "parade", "unveil", "deploy")
       for o in ("missile", "rocket", "warhead", "weapon", "drone", "bomber", "submarine")},
    ("enrich", "uranium"): S("MOBILIZE", "weapons"),
    **{("take", o): S("AID") for o in ("refugee", "migrant", "evacuee", "orphan", "asylum-seeker")},
    **{(v, o): S("ACCUSE", "disapprove") for v in ("voice", "express")
       for o in ("anger", "outrage", "dismay", "displeasure", "indignation", "alarm", "regret")},
    **{(v, "internet"): S("COERCE", "censor") for v in ("switch", "shut", "cut", "block", "throttle", "suspend")},
    **{(v, "confession"): S("COERCE", "misinformation") for v in ("air", "broadcast", "televise")},
})
VERBS.update({"rampage": S("PROTEST", "riot")})
NOUNS.update({"rioting": S("PROTEST", "riot"), "looting": S("PROTEST", "riot")})
# "strike" as a noun: a labour stoppage, a hunger strike or a military strike, told apart by its modifiers.
LABOUR_STRIKE_WORDS = frozenset({"general", "nationwide", "national", "labour", "labor", "worker", "teacher",
                                 "doctor", "nurse", "rail", "transport", "wildcat", "indefinite", "token", "day",
                                 "week", "hour", "one-day", "two-day", "24-hour", "48-hour", "72-hour", "union",
                                 "sit-down", "public-sector", "postal", "dock", "miner", "trucker", "driver", "pay"})
# Crowds whose violence is rioting ("Crowds stormed the parliament", "fans rampaged through the centre").
RIOT_CROWDS = PROTESTERS | frozenset({"crowd", "fan", "supporter", "youth", "student", "hooligan", "vandal"})
# Quantity nouns whose "of" complement is the real object ("sent thousands of riot police").
QUANTITY_OBJECTS = frozenset({"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "score", "scores",
                              "million", "millions", "ten", "tens", "number", "contingent", "unit", "batch",
                              "shipment", "consignment", "convoy", "team"})
# Unilateral drills are a show of force (MOBILIZE); joint ones are cooperation.
DRILL_NOUNS = frozenset({"drill", "exercise", "manoeuvre", "maneuver", "war-game", "wargame"})

# Round 4: acts from the CAMEO-codebook coverage files (training/corpus/written_codebook_*.jsonl) that the lexicon
# did not know. General verbs and verb-object pairs only; each was checked not to fire on our dev sets' non-events.
VERBS.update({
    "question": S("ACCUSE", "investigate"), "interrogate": S("ACCUSE", "investigate"),
    "probe": S("ACCUSE", "investigate"), "remand": S("COERCE", "arrest"), "disqualify": S("COERCE", "restrict"),
    "initial": S("SUPPORT"), "ratify": S("SUPPORT"), "arm": S("AID"), "bar": S("REJECT"),
    "gang-rape": S("ASSAULT", "sexual"), "waterboard": S("ASSAULT", "torture"),
})
VERB_OBJECT.update({
    ("scrap", "tax"): S("CONCEDE"), ("scrap", "rise"): S("CONCEDE"), ("scrap", "increase"): S("CONCEDE"),
    ("scrap", "hike"): S("CONCEDE"), ("reverse", "increase"): S("CONCEDE"), ("reverse", "rise"): S("CONCEDE"),
    ("reverse", "hike"): S("CONCEDE"), ("reverse", "decision"): S("CONCEDE"), ("reverse", "ban"): S("CONCEDE"),
    ("revoke", "law"): S("CONCEDE"), ("revoke", "decree"): S("CONCEDE"), ("end", "emergency"): S("CONCEDE"),
    ("end", "curfew"): S("CONCEDE"), ("end", "law"): S("CONCEDE"), ("restore", "citizenship"): S("CONCEDE"),
    ("restore", "access"): S("CONCEDE"), ("revoke", "licence"): S("COERCE", "restrict"),
    ("revoke", "license"): S("COERCE", "restrict"), ("revoke", "citizenship"): S("COERCE", "restrict"),
    ("open", "crossing"): S("RETREAT", "access"), ("reopen", "crossing"): S("RETREAT", "access"),
    ("ease", "blockade"): S("RETREAT", "access"), ("ease", "siege"): S("RETREAT", "access"),
    ("remove", "weapon"): S("RETREAT", "disarm"), ("bring", "food"): S("AID"), ("bring", "aid"): S("AID"),
    ("bring", "medicine"): S("AID"), ("bring", "supply"): S("AID"),
    ("seek", "backing"): S("REQUEST"), ("seek", "support"): S("REQUEST"), ("seek", "mediation"): S("REQUEST"),
    ("seek", "help"): S("REQUEST"), ("seek", "assistance"): S("REQUEST"),
    ("tighten", "blockade"): S("COERCE", "restrict"), ("tighten", "sanction"): S("SANCTION"),
    ("tighten", "restriction"): S("COERCE", "restrict"), ("suspend", "delivery"): S("SANCTION"),
    ("pause", "delivery"): S("SANCTION"), ("halt", "delivery"): S("SANCTION"), ("cut", "exchange"): S("SANCTION"),
    ("downgrade", "relation"): S("SANCTION", "withdraw"), ("downgrade", "tie"): S("SANCTION", "withdraw"),
    ("carry", "raid"): S("ASSAULT"), ("throw", "acid"): S("ASSAULT", "primitive"),
    ("set", "deadline"): S("THREATEN"), ("ignore", "order"): S("REJECT"), ("ignore", "ruling"): S("REJECT"),
    ("ignore", "call"): S("REJECT"), ("ignore", "demand"): S("REJECT"), ("ignore", "warning"): S("REJECT"),
    ("voice", "reservation"): S("ACCUSE", "disapprove"), ("express", "reservation"): S("ACCUSE", "disapprove"),
    ("set", "device"): S("ASSAULT", "explosives"),
})
VERB_PARTICLE.update({
    ("cave", "in"): S("CONCEDE"), ("hand", "back"): S("RETREAT", "release"), ("write", "off"): S("AID"),
    ("tip", "off"): S("COOPERATE"), ("rough", "up"): S("ASSAULT", "beat"), ("rise", "up"): S("PROTEST", "riot"),
    ("send", "back"): S("COERCE", "deport"), ("turn", "back"): S("COERCE", "restrict"),
    ("look", "into"): S("ACCUSE", "investigate"), ("distance", "from"): S("REJECT"),
    ("set", "off"): S("ASSAULT", "explosives"),
})
VERB_POBJ.update({
    ("subject", "torture"): S("ASSAULT", "torture"), ("subject", "waterboarding"): S("ASSAULT", "torture"),
    ("subject", "abuse"): S("ASSAULT", "torture"),
})
NOUNS.update({
    "disobedience": S("PROTEST", "obstruct"), "reservation": S("ACCUSE", "disapprove"),
})
# Breaking off talks and pulling out monitors or peacekeepers reduce relations (CAMEO 164-166): SANCTION.
VERB_POBJ.update({(v, n): S("SANCTION", "withdraw") for v in ("pull", "walk", "withdraw", "storm")
                  for n in ("talk", "negotiation", "dialogue", "mission", "process")})
VERB_OBJECT.update({(v, n): S("SANCTION", "withdraw") for v in ("withdraw", "pull", "recall")
                    for n in ("monitor", "observer", "peacekeeper", "contingent", "mediator")})
VERB_OBJECT.update({(v, n): S("SANCTION", "discontinue") for v in ("abandon", "suspend", "halt", "break", "freeze")
                    for n in ("talk", "negotiation", "dialogue")})
VERB_OBJECT.update({
    ("freeze", "account"): S("COERCE", "seize"), ("freeze", "asset"): S("SANCTION"),
    ("suspend", "licence"): S("COERCE", "restrict"), ("suspend", "license"): S("COERCE", "restrict"),
    ("slap", "sanction"): S("SANCTION"), ("slap", "freeze"): S("SANCTION"), ("slap", "ban"): S("SANCTION"),
    ("slap", "embargo"): S("SANCTION"), ("slap", "tariff"): S("SANCTION"), ("extend", "ban"): S("SANCTION"),
    ("extend", "sanction"): S("SANCTION"), ("extend", "embargo"): S("SANCTION"),
})

# Session 4: hunger strikes told by their verbs; gatherings of crowds that state a demand (coder: _with_demand).
VERBS.update({"fast": S("PROTEST", "hunger")})
VERB_OBJECT.update({(v, n): S("PROTEST", "hunger") for v in ("refuse", "reject", "stop", "forgo", "forswear")
                    for n in ("food", "meal", "eating", "nourishment")})
VERB_POBJ.update({("go", "food"): S("PROTEST", "hunger"), ("go", "nourishment"): S("PROTEST", "hunger")})
MARCH_VERBS = frozenset({"rally", "march", "gather", "assemble", "demonstrate", "converge", "throng", "mass",
                         "parade", "protest"})
CROWD_NOUNS = frozenset({"thousand", "thousands", "hundred", "hundreds", "crowd", "throng", "supporter", "resident",
                         "student", "worker", "farmer", "villager", "activist", "people", "citizen", "youth",
                         "woman", "man", "mother", "family", "relative", "member", "tens", "dozens", "dozen"})

# Session 4: gaps found in the held-out runs over our own training files (classifier retrained without them).
MONEY_NOUNS = ("billion", "million", "dollar", "euro", "fund", "money", "grant", "loan", "tranche", "cash", "pound",
               "yen", "yuan", "franc", "rupee", "kroner", "krone", "shilling", "naira", "rand")
VERBS.update({"disburse": S("AID"), "airdrop": S("AID"), "airlift": S("AID")})
VERB_OBJECT.update({("deposit", n): S("AID") for n in MONEY_NOUNS})
VERB_OBJECT.update({(v, n): S("AID") for v in ("drop", "airdrop", "parachute")
                    for n in ("food", "aid", "supply", "medicine", "water", "ration")})
VERB_OBJECT.update({("treat", n): S("AID") for n in ("wounded", "injured", "casualty", "survivor", "refugee")})
VERB_OBJECT.update({("pool", n): S("COOPERATE") for n in ("intelligence", "resource", "information", "data",
                                                          "expertise", "fund")})
VERB_OBJECT.update({
    ("commute", "sentence"): S("CONCEDE"), ("repeal", "law"): S("CONCEDE"), ("repeal", "ban"): S("CONCEDE"),
    ("repeal", "decree"): S("CONCEDE"), ("restore", "internet"): S("CONCEDE"), ("unblock", "website"): S("CONCEDE"),
    ("restore", "eligibility"): S("CONCEDE"), ("restore", "accreditation"): S("CONCEDE"),
    ("drop", "sanction"): S("RETREAT"),
    ("cut", "support"): S("SANCTION", "discontinue"), ("end", "programme"): S("SANCTION", "discontinue"),
    ("end", "program"): S("SANCTION", "discontinue"), ("end", "cooperation"): S("SANCTION", "discontinue"),
    ("end", "mediation"): S("SANCTION", "discontinue"), ("cancel", "agreement"): S("SANCTION", "discontinue"),
    ("stop", "delivery"): S("SANCTION", "discontinue"), ("stop", "shipment"): S("SANCTION", "discontinue"),
    ("halve", "ration"): S("SANCTION", "discontinue"), ("cut", "ration"): S("SANCTION", "discontinue"),
})
VERB_PARTICLE.update({(v, "together"): S("COOPERATE") for v in ("work", "train", "patrol", "operate", "act")})
PARTICLES = PARTICLES | {"together"}
VERB_OBJECT.update({(v, n): S("RETREAT", "withdraw") for v in ("scale", "draw", "wind")
                    for n in ("patrol", "presence", "troop", "force", "deployment", "operation")})
VERB_OBJECT.update({(v, n): S("SANCTION", "discontinue") for v in ("scale", "wind")
                    for n in ("cooperation", "tie", "relation", "contact", "aid", "assistance")})

# A vow of hostile acts is a threat ("vowed more attacks", "pledged revenge"): vow / swear + a hostile event noun.
VERB_OBJECT.update({(v, n): S("THREATEN", "violence") for v in ("vow", "swear", "promise", "pledge")
                    for n, sense in NOUNS.items() if sense.event_type == "ASSAULT"})

# Legal action is ACCUSE `allege` (PLOVER manual: "sue, indict, or charge; bring to trial").
VERB_POBJ.update({(v, "court"): S("ACCUSE", "allege") for v in ("take", "haul", "drag", "bring")})
VERB_OBJECT.update({(v, n): S("ACCUSE", "allege") for v in ("open", "launch", "begin", "start", "initiate", "bring")
                    for n in ("proceeding", "proceedings", "case", "lawsuit", "prosecution")})
VERB_OBJECT.update({("file", n): S("ACCUSE", "allege") for n in ("lawsuit", "suit", "complaint", "case", "charge")})

# "took part in the march", "joined the rally": the protest noun is the act.
VERB_POBJ.update({("take", n): S("PROTEST", "demo") for n in ("march", "rally", "protest", "demonstration",
                                                                 "sit-in", "vigil")})

# Ending agreements reduces relations (CAMEO 16x: SANCTION discontinue); military supplies sent or delivered to a
# government are AID (CAMEO 062); leading a march is protesting.
VERB_OBJECT.update({(v, n): S("SANCTION", "discontinue")
                    for v in ("revoke", "terminate", "scrap", "annul", "abrogate", "rescind", "renounce")
                    for n in ("agreement", "accord", "pact", "treaty", "deal", "convention")})
VERB_OBJECT.update({(v, n): S("AID") for v in ("send", "deliver", "supply", "ship", "provide", "give")
                    for n in ("weapon", "arm", "ammunition", "equipment", "munition", "shell", "missile", "tank",
                              "artillery", "rifle", "howitzer", "jet", "helicopter", "drone")
                    if (v, n) not in VERB_OBJECT})
VERB_POBJ.update({("lead", n): S("PROTEST", "demo") for n in ("march", "protest", "rally", "demonstration")})
QUANTITY_OBJECTS = QUANTITY_OBJECTS | {"package", "tranche", "delivery", "load", "planeload", "shipload"}

