"""CAMEO root of a coded event, from its trigger when CAMEO's own verb dictionary knows it.

PLOVER merges CAMEO categories that GDELT users keep apart: an appeal ("urged", "appealed to", CAMEO 02)
and a demand ("demanded", CAMEO 10) are both REQUEST; "eased restrictions" (CAMEO 08, material) and
"apologised" (CAMEO 05) are both cooperation. The type-level default (:func:`ontology.cameo_root`) gives every
REQUEST the demand root. Here the trigger is looked up in the PETRARCH2 CAMEO verb dictionary (MIT, built into
``data/cameo_verbs.json`` by ``scripts/build_verb_lexicon.py``): verb + object, verb + particle, then the verb
alone. Its code is kept when it maps to the event's PLOVER type (or, for REQUEST, when it is an appeal, CAMEO
02, which the CAMEO->PLOVER map leaves out); otherwise the type default applies.
"""

from __future__ import annotations

import functools
from collections import Counter
from typing import TYPE_CHECKING

from . import lexicon as lx
from .ontology import cameo_root, cameo_to_plover

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

__all__ = ["event_cameo_root", "trigger_cameo_code"]

# CAMEO roots PLOVER leaves unmapped but that are a faithful reading of a PLOVER type's trigger.
_UNMAPPED_OK = {("REQUEST", "02")}


@functools.lru_cache(maxsize=1)
def _codes() -> tuple[dict[str, str], dict[tuple[str, str], str], dict[tuple[str, str], str]]:
    """(verb -> code, (verb, object) -> code, (verb, particle) -> code) from the shipped dictionary
    (:func:`lexicon.cameo_data`, shared with the fallback lexicon)."""
    data = lx.cameo_data()
    vobj = {tuple(k.split(" ", 1)): v[2] for k, v in data["verb_object"].items()}
    # A verb listed only with object patterns ("urge" + 40 nouns) takes the root most of its patterns share.
    by_verb: dict[str, Counter[str]] = {}
    for (verb, _obj), code in vobj.items():
        by_verb.setdefault(verb, Counter())[code[:2]] += 1
    verbs = {verb: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for verb, c in by_verb.items()}
    verbs.update({k: v[2] for k, v in data["verbs"].items()})
    vprt = {tuple(k.split(" ", 1)): v[2] for k, v in data["verb_particle"].items()}
    return verbs, vobj, vprt  # type: ignore[return-value]


def trigger_cameo_code(verb: Token) -> str | None:
    """The CAMEO code the PETRARCH2 dictionary gives a verb token (object and particle patterns first)."""
    verbs, vobj, vprt = _codes()
    lemma = verb.lemma_.lower()
    for c in verb.children:
        if c.dep_ in {"dobj", "obj", "nsubjpass"} and (lemma, c.lemma_.lower()) in vobj:
            return vobj[(lemma, c.lemma_.lower())]
    for c in verb.children:
        if c.dep_ in {"prt", "prep", "agent"} and (lemma, c.lower_) in vprt:
            return vprt[(lemma, c.lower_)]
    return verbs.get(lemma)


def event_cameo_root(verb: Token | None, event_type: str, mode: str | None) -> str | None:
    """Two-digit CAMEO root of an event: the trigger's own CAMEO root when it agrees with the PLOVER type,
    else the type's (and mode's) most representative root."""
    if verb is not None and verb.pos_ in {"VERB", "AUX"}:
        code = trigger_cameo_code(verb)
        if code:
            root = code[:2]
            mapped = cameo_to_plover(code)
            if mapped is not None and mapped[0] == event_type or (event_type, root) in _UNMAPPED_OK:
                return root
    return cameo_root(event_type, mode)
