"""CAMEO roots from the trigger (events/cameo.py): appeals vs demands, type agreement, defaults."""

from __future__ import annotations

import pytest

from dotterel.events.cameo import event_cameo_root, trigger_cameo_code
from dotterel.events.ontology import cameo_quad_class, cameo_root

pytestmark = pytest.mark.slow


def _root_verb(nlp, text: str):
    return next(t for t in nlp(text) if t.dep_ == "ROOT")


@pytest.mark.parametrize(("text", "etype", "root"), [
    ("Norway urged both sides to return to the talks.", "REQUEST", "02"),       # appeal: CAMEO 02
    ("The mayor called on residents to stay indoors.", "REQUEST", "02"),        # "call on": appeal
    ("The dockers demanded a pay rise of ten percent.", "REQUEST", "10"),       # demand: CAMEO 10
    ("Rebels attacked an army post near the border.", "ASSAULT", "19"),
    ("The cabinet eased restrictions on foreign travel.", "CONCEDE", "08"),
])
def test_trigger_root(nlp, text, etype, root):
    assert event_cameo_root(_root_verb(nlp, text), etype, None) == root


def test_disagreeing_dictionary_code_falls_back_to_type_default(nlp):
    verb = _root_verb(nlp, "The minister praised the new treaty.")
    assert trigger_cameo_code(verb) is not None and trigger_cameo_code(verb).startswith("05")
    # coded as another type (e.g. relabelled by the classifier): the type's default root, not the verb's
    assert event_cameo_root(verb, "ACCUSE", "disapprove") == cameo_root("ACCUSE", "disapprove")


def test_no_trigger_uses_type_default():
    assert event_cameo_root(None, "PROTEST", "demo") == cameo_root("PROTEST", "demo")


def test_appeal_is_cameo_quad_zero_demand_quad_three(nlp):
    appeal = event_cameo_root(_root_verb(nlp, "Norway urged both sides to return to the talks."), "REQUEST", None)
    demand = event_cameo_root(_root_verb(nlp, "The dockers demanded a pay rise."), "REQUEST", None)
    assert (cameo_quad_class(appeal), cameo_quad_class(demand)) == (0, 3)
