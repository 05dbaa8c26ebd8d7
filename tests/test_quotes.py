"""Quotes, speakers and attributions (own invented sentences)."""

from __future__ import annotations

import pytest

from dotterel.model import Actor
from dotterel.resolve.quotes import attribution_for, find_attributions, find_quotes, quote_spans


def test_quote_spans_marks_and_apostrophes():
    text = "He said “we won’t go” and left. She wrote «non» twice. They said \"yes\" too."
    spans = [text[s:e] for s, e, _ in quote_spans(text)]
    assert spans == ["“we won’t go”", "«non»", "\"yes\""]


def test_quote_spans_single_curly_not_apostrophe():
    text = "The mayor’s aide called it ‘a farce’, and the council’s members agreed."
    assert [text[s:e] for s, e, _ in quote_spans(text)] == ["‘a farce’"]


def test_quote_spans_paragraph_continuation():
    text = "“The first part goes on\n“and ends here,” she said."
    spans = quote_spans(text)
    assert spans[0][2] is True and spans[-1][2] is False


def _direct(nlp, text, actors=()):
    return [q for q in find_quotes(nlp(text), list(actors)) if q.direct]


@pytest.mark.slow
def test_multi_sentence_quote_speaker_after(nlp):
    text = "“The bridge is closed. Nobody may cross it tonight,” the mayor of Lisbon said on Monday."
    [q] = _direct(nlp, text)
    assert q.text.startswith("“The bridge") and q.text.endswith("tonight,”")
    assert q.speaker is not None and q.speaker.text == "the mayor of Lisbon"
    assert q.cue == "said"


@pytest.mark.slow
def test_split_quote_inherits_speaker(nlp):
    text = "“We will not give in,” the minister said. “Not today, and not next year either.”"
    quotes = _direct(nlp, text)
    assert len(quotes) == 2
    assert all(q.speaker is not None and q.speaker.text == "the minister" for q in quotes)


@pytest.mark.slow
def test_inverted_said_with_actor(nlp):
    text = "“Aid convoys must be allowed through,” said the World Food Programme in a statement."
    start = text.index("World Food Programme")
    actor = Actor("World Food Programme", start, start + len("World Food Programme"), name="WFP", country="IGO")
    [q] = _direct(nlp, text, [actor])
    assert q.speaker is actor


@pytest.mark.slow
def test_guillemets(nlp):
    text = "Le Maire told reporters: «Nous ne céderons pas sur ce point.»"
    [q] = _direct(nlp, text)
    assert q.text.startswith("«") and q.text.endswith("»")
    assert q.speaker is not None and q.speaker.text == "Le Maire"


@pytest.mark.slow
def test_indirect_quote(nlp):
    text = "The foreign minister said that the border talks would resume in March."
    [q] = find_quotes(nlp(text), [])
    assert q.direct is False
    assert q.text == "that the border talks would resume in March"
    assert q.speaker is not None and q.speaker.text == "The foreign minister"


@pytest.mark.slow
def test_according_to_attribution(nlp):
    text = "Four bridges were destroyed overnight, according to the ministry."
    [a] = find_attributions(nlp(text), [])
    assert a.cue == "according to"
    assert a.source.text == "the ministry"
    assert text[a.content_start:a.content_end] == "Four bridges were destroyed overnight"


@pytest.mark.slow
def test_reported_that_attribution_contains_trigger(nlp):
    text = "A monitoring group reported that 12 villagers were killed in the raid."
    atts = find_attributions(nlp(text), [])
    trigger = text.index("killed")
    hit = attribution_for(atts, trigger, trigger + len("killed"))
    assert hit is not None and hit.source.text == "A monitoring group" and hit.cue == "reported"
    assert "were killed" in text[hit.content_start:hit.content_end]


@pytest.mark.slow
@pytest.mark.shared
def test_seed_article_quotes_and_attributions(nlp, seed_body):
    text = seed_body
    doc = nlp(text)
    direct = [q for q in find_quotes(doc, []) if q.direct]
    speakers = [q.speaker.text for q in direct if q.speaker is not None]
    assert any("Sergey Lavrov" in s for s in speakers)
    assert any("International Committee of the Red Cross" in s for s in speakers)
    trigger = text.index("were killed in Idlib")
    hit = attribution_for(find_attributions(doc, []), trigger, trigger + len("were killed"))
    assert hit is not None and "Syrian Observatory for Human Rights" in hit.source.text
