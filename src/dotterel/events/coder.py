"""Sentence-level PLOVER event coding over a spaCy parse.

Stage contract: reads a parsed ``Doc`` (whose text is ``Article.text``) and the
article's resolved values (actors, attributions, quotes, casualties, times,
places); writes :class:`dotterel.model.Event` records. Nothing here does I/O.

Steps per sentence:
1. candidate triggers from the lexicon (verb lemmas, verb+object, verb+particle,
   event nouns under light verbs);
2. complements of control verbs ("warned X to halt", "refused to agree") and
   purpose clauses are absorbed into the governing trigger; speech verbs frame
   but are not events (their subject becomes ``reported_by``);
3. status: refusals -> REJECT; negation -> negated; conditionals and bare
   modals -> hypothetical; future under speech/intent -> announced, and an
   announced cooperative act becomes AGREE with the act kept in ``scheduled``;
4. roles from the parse: subject / agent -> source, object / prepositional
   object / complement subject -> target, passive subject -> target;
5. casualties, location, date, reporter attached; events without any actor
   are dropped (PLOVER codes only events with an identifiable party).
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import Actor, Attribution, Casualty, Event, Place, Quote, Scheduled, Sentence, Span, TimeExpr
from ..nlp import HYPHENS, doc_text, token_at
from ..resolve.places import iso2_to_iso3
from . import lexicon as lx
from .cameo import event_cameo_root
from .ontology import cameo_root, quad_class

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from .classify import TypeClassifier


@dataclass(slots=True)
class ArticleContext:
    """Everything the coder reads besides the parse. Built once per article by the pipeline."""

    article_id: str
    pub_date: str | None
    actors: list[Actor] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    casualties: list[Casualty] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    locate: Callable[[Sequence[Place], int, int, int, Doc], Place | None] | None = None
    classifier: TypeClassifier | None = None


@dataclass(slots=True)
class Candidate:
    token: Token  # the trigger token (verb or event noun)
    sense: lx.Sense
    anchor: Token  # the clause verb that carries subject / tense / negation
    noun: Token | None = None  # event noun for light-verb constructions
    score: float = 0.6


SUBJ = {"nsubj", "csubj"}
PASS_SUBJ = {"nsubjpass", "csubjpass"}
OBJ = {"dobj", "obj", "attr", "oprd", "dative"}
TARGET_PREPS = {"with", "to", "against", "on", "at", "for", "from", "toward", "towards", "upon", "into", "over",
                "between", "among", "of", "onto"}
NOMINAL_DEPS = {"dobj", "pobj", "nsubj", "nsubjpass", "compound", "appos", "attr", "poss", "amod"}
OWNER_PREPS = {"from", "by", "of", "with"}
NOUN_TARGET_PREPS = {"with", "against", "on", "to", "between", "for", "among", "of", "over"}
PERSONAL = {"it", "he", "she", "they", "we", "i"}
POSSESSIVE_PRONOUNS = {"our", "my", "his", "her", "its", "their"}
NOUN_EVENT_VERBS = {"erupt", "break", "take", "occur", "happen", "continue", "begin", "start", "spread", "rage",
                    "resume", "intensify", "escalate", "flare", "leave", "hit", "rock", "shake", "grip", "end",
                    "draw", "attract", "paralyse", "paralyze", "bring"}
MODAL_HYPOTHETICAL = {"could", "might", "may", "should", "must"}
MODAL_FUTURE = {"will", "'ll", "shall", "wo"}
CONDITIONAL_MARKS = {"if", "unless", "whether"}
ORIGIN_VERBS = {"start", "begin", "erupt", "break", "trigger", "spark"}
VERBAL_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}
PRONOUNS = {"it", "he", "she", "they", "we", "i", "who", "which", "that", "them", "him", "her", "us", "itself",
            "themselves", "this"}


def _char_end(tok: Token) -> int:
    return tok.idx + len(tok.text)


class SentenceCoder:
    """Codes the events of one sentence. Create per sentence; cheap."""

    def __init__(self, doc: Doc, sent: SpacySpan, sent_index: int, ctx: ArticleContext):
        self.doc = doc
        self.sent = sent
        self.sent_index = sent_index
        self.ctx = ctx
        s0, s1 = sent.start_char, sent.end_char
        self.actors = [a for a in ctx.actors if a.char_start >= s0 and a.char_end <= s1]
        self.sentence = Sentence(sent_index, sent.text, s0, s1)
        # how an event got its type when that limits the classifier's relabelling (by id of the Event): "threat"
        # (read from a harmful act's condition) or "fallback" (the CAMEO-derived fallback lexicon)
        self._origin: dict[int, str] = {}
        self._imperative_roles: dict[int, tuple[list[Actor], list[Actor]]] = {}  # quoted orders: (speaker, addressee)

    # ---------------- actors -----------------
    def _actors_on(self, tok: Token) -> list[Actor]:
        """Actors overlapping the token."""
        a0, a1 = tok.idx, _char_end(tok)
        return [a for a in self.actors if a.char_start < a1 and a.char_end > a0]

    def _arg_actors(self, head: Token, depth: int = 0) -> list[Actor]:
        """Actors denoted by a noun-phrase argument headed by ``head`` (with conjuncts and appositions)."""
        found: list[Actor] = []
        for core in self._conj_closure(head):
            direct = self._actors_on(core)
            if not direct:
                # the head word is not an actor: look inside compounds, modifiers and possessors
                # ("the leaders of Russia", "Assad's forces", "Turkish-backed fighters")
                for child in core.children:
                    if child.dep_ in {"compound", "amod", "nmod", "poss", "appos", "npadvmod"}:
                        direct.extend(a for t in child.subtree for a in self._actors_on(t))
                    elif child.dep_ == "prep" and child.lower_ in {"of", "from"} and depth < 2:
                        for pobj in child.children:
                            if pobj.dep_ == "pobj":
                                direct.extend(self._arg_actors(pobj, depth + 1))
            else:
                # "the leaders of Russia, France and Germany": one agent mention over several countries
                members = [a for child in core.children if child.dep_ == "prep" and child.lower_ == "of"
                           for pobj in child.children if pobj.dep_ == "pobj"
                           for t in self._conj_closure(pobj) for a in self._actors_on(t)]
                if len({m.country for m in members}) >= 2 and direct[0].sector:
                    direct = [dataclasses.replace(m, sector=m.sector or direct[0].sector) for m in members]
                # coordinated demonyms mentioned apart: "Iraqi and Turkish officials"
                direct.extend(a for child in core.children if child.dep_ == "amod"
                              for t in self._conj_closure(child) for a in self._actors_on(t)
                              if a.sector and a not in direct)
                direct.sort(key=lambda a: a.char_start)  # in text order: "Indian and Chinese commanders"
            resolved = [a for a in direct if a.country or a.sector or a.name]
            found.extend(resolved or direct)
        return _dedupe(found)

    def _head_actors(self, head: Token) -> list[Actor]:
        """Actors of a relative clause's head noun only ("Russia, who backs Assad, and Turkey": Russia)."""
        return self._actors_on(head) or self._arg_actors(head)[:1]

    @staticmethod
    def _conj_closure(head: Token) -> list[Token]:
        out, stack = [], [head]
        while stack:
            t = stack.pop()
            out.append(t)
            stack.extend(c for c in t.children if c.dep_ in {"conj", "appos"})
        return sorted(out, key=lambda t: t.i)

    def _subject(self, verb: Token) -> tuple[list[Actor], Token | None, bool]:
        """(actors, subject token, passive?) for a clause verb, following control and coordination."""
        seen = 0
        v: Token | None = verb
        while v is not None and seen < 6:
            seen += 1
            subj = next((c for c in v.children if c.dep_ in SUBJ), None)
            if subj is None and v.dep_ == "acl" and v.tag_ == "VBD" and v.head.dep_ == "ROOT" \
                    and v.head.pos_ in ("NOUN", "PROPN") \
                    and all(t.is_punct for t in v.doc[v.right_edge.i + 1:v.sent.end]):
                # mis-parse of a main clause as a reduced relative: "The IAEA called on Iran to ..." (the verb is
                # tagged past tense, not participle, and heads the rest of the sentence)
                return self._head_actors(v.head), v.head, False
            if subj is not None:
                if subj.lower_ in {"who", "which", "that"} and v.dep_ == "relcl":
                    return self._head_actors(v.head), v.head, False
                return self._arg_actors(subj), subj, False
            agent = next((c for c in v.children if c.dep_ == "agent"), None)
            if agent is not None:
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return self._arg_actors(pobj), pobj, True
            if any(c.dep_ in PASS_SUBJ for c in v.children):
                # the parse may hang the agent on a complement: "were indicted on charges by the tribunal"
                for pobj in (g for c in v.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"):
                    by = next((g for c in pobj.children if c.dep_ == "prep" and c.lower_ == "by"
                               for g in c.children if g.dep_ == "pobj"), None)
                    if by is not None and self._arg_actors(by):
                        return self._arg_actors(by), by, True
                return [], None, True
            if v.dep_ in {"xcomp", "conj", "advcl"} and v.head is not v:
                # "X refused to agree": the controller's subject; "X met Y and agreed": the first conjunct's
                if v.dep_ == "xcomp":
                    obj = next((c for c in v.head.children if c.dep_ in OBJ), None)
                    if obj is not None and v.head.lemma_ in {"urge", "ask", "warn", "call", "press", "tell",
                                                                "order", "force", "allow", "encourage"}:
                        return self._arg_actors(obj), obj, False
                v = v.head
                continue
            if v.dep_ == "relcl":
                return self._head_actors(v.head), v.head, False
            noun = v.head
            if v.dep_ == "acl" and noun.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
                # "the junta's decision to expel ...": the possessor; "expressed willingness to cooperate", "sacked
                # the minister in a bid to appease protesters": the subject of the verb the noun depends on
                poss = next((c for c in noun.children if c.dep_ == "poss"), None)
                if poss is not None and self._arg_actors(poss):
                    return self._arg_actors(poss), poss, False
                gov = noun.head.head if noun.dep_ == "pobj" else noun.head
                if noun.dep_ in {"dobj", "pobj"} and gov.pos_ in {"VERB", "AUX"} and gov is not v:
                    v = gov
                    continue
            break
        return [], None, False

    def _objects(self, tok: Token, *, exclude: Token | None = None, depth: int = 0) -> list[Actor]:
        """Target actors: direct objects, prepositional objects and event-noun complements."""
        found: list[Actor] = []
        for child in tok.children:
            if exclude is not None and child.i == exclude.i:
                continue
            if child.dep_ in OBJ or child.dep_ in PASS_SUBJ and tok.pos_ == "VERB":
                got = self._arg_actors(child)
                found.extend(got)
                if not got and depth < 2 and child.lemma_ in lx.NOUNS:
                    found.extend(self._noun_targets(child, depth + 1))
                elif not got and depth < 2:
                    # "rejected an offer from Kurdish militants", "welcomed the plan by Egypt"
                    found.extend(a for c in child.children if c.dep_ == "prep" and c.lower_ in OWNER_PREPS
                                 for pobj in c.children if pobj.dep_ == "pobj" for a in self._arg_actors(pobj))
            elif child.dep_ == "prep" and child.lower_ in TARGET_PREPS:
                found.extend(self._prep_targets(child, depth, max_depth=2))
            elif child.dep_ == "prt" and depth < 1:
                found.extend(self._objects(child, depth=depth + 1))
        return _dedupe(found)

    def _prep_targets(self, prep: Token, depth: int, *, max_depth: int) -> list[Actor]:
        """Actors of a preposition's objects; an object that is no actor is searched as an event noun
        ("a ceasefire with the rebels")."""
        found: list[Actor] = []
        for pobj in prep.children:
            if pobj.dep_ == "pobj":
                got = self._arg_actors(pobj)
                found.extend(got)
                if not got and depth < max_depth:
                    found.extend(self._noun_targets(pobj, depth + 1))
        return found

    def _noun_targets(self, noun: Token, depth: int) -> list[Actor]:
        found: list[Actor] = []
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in NOUN_TARGET_PREPS:
                found.extend(self._prep_targets(child, depth, max_depth=3))
            elif child.dep_ == "poss":
                found.extend(self._arg_actors(child))
        return found

    # ---------------- triggers -----------------
    def candidates(self) -> list[Candidate]:
        cands: list[Candidate] = []
        taken: set[int] = set()
        for tok in self.sent:
            if tok.i in taken:
                continue
            lemma = tok.lemma_.lower()
            if tok.i > self.sent.start and self.doc[tok.i - 1].text in HYPHENS \
                    and tok.dep_ in {"amod", "compound", "nmod"} and tok.head.pos_ in {"NOUN", "PROPN"}:
                continue  # "quake-hit province", "rebel-held town": a modifier, not an act
            if tok.pos_ == "VERB" and (tok.lower_ == "according" or tok.dep_ in NOMINAL_DEPS):
                continue  # "according to X" is attribution; a "verb" in a noun slot is a tagging error
            if tok.pos_ == "VERB" and lemma in NOUN_EVENT_VERBS and lemma not in lx.VERBS and any(
                    c.dep_ in SUBJ and c.lemma_.lower() in lx.NOUNS for c in tok.children):
                continue  # "Rioting broke out", "A truce took effect": the subject noun is the event (below)
            if tok.pos_ == "VERB":
                sense, noun = self._verb_sense(tok, lemma)
                if sense is not None and sense.event_type != "NONE":
                    cands.append(Candidate(tok, sense, tok, noun, 0.6 if noun is None else 0.55))
                    if noun is not None:
                        taken.add(noun.i)
                elif sense is None and lemma in lx.GATHER_VERBS | lx.MARCH_VERBS and any(
                        c.dep_ in SUBJ and (c.lemma_.lower() in lx.PROTESTERS or c.lemma_.lower() in lx.CROWD_NOUNS
                                            and _with_demand(tok)) for c in tok.children):
                    # "Protesters gathered ...", "Thousands rallied outside parliament calling on the PM to quit"
                    cands.append(Candidate(tok, lx.Sense("PROTEST", "demo"), tok, None, 0.55))
            elif tok.pos_ in {"NOUN", "PROPN"} and lemma in lx.NOUNS and tok.dep_ in SUBJ \
                    and tok.head.lemma_.lower() in NOUN_EVENT_VERBS and tok.head.lemma_.lower() not in lx.VERBS:
                # "Protests erupted in ...", "Clashes broke out ...": the noun is the event
                cands.append(Candidate(tok, _noun_sense(tok), tok.head, tok, 0.5))
        return cands

    @staticmethod
    def _verb_sense(tok: Token, lemma: str) -> tuple[lx.Sense | None, Token | None]:
        """The verb's sense: own particle/object/light-verb entries, then own verbs, then the CAMEO fallback."""
        c_verbs, c_obj, c_prt = lx.cameo_lexicon()
        preps = [c.lower_ for c in tok.children if c.dep_ in {"prt", "prep", "agent"}
                 or c.dep_ in {"advmod", "acomp"} and c.lower_ in lx.PARTICLES]
        obj = next((c for c in tok.children if c.dep_ in {"dobj", "obj", "nsubjpass"}), None)
        olemma = obj.lemma_.lower() if obj is not None else None
        pobjs = [g for c in tok.children if c.dep_ in {"prep", "prt"} for g in c.children if g.dep_ == "pobj"] + [
            g for c in tok.children if c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ in lx.PARTICLES
            for p in c.children if p.dep_ == "prep"
            for g in p.children if g.dep_ == "pobj"]  # "pulled out of the accord"
        if obj is not None and obj.lemma_.lower() in lx.QUANTITY_OBJECTS:
            # "sent thousands of riot police": the quantity's complement is the object that decides the sense
            inner = next((g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                          for g in p.children if g.dep_ == "pobj"), None)
            if inner is not None and (lemma, inner.lemma_.lower()) in lx.VERB_OBJECT:
                obj = inner
        olemma = obj.lemma_.lower() if obj is not None else None
        for g in pobjs:
            key = (lemma, g.lemma_.lower())
            if key in lx.VERB_POBJ and (lx.VERB_POBJ[key].event_type != "SANCTION" or g.head.lower_ in {"from", "of"}):
                return lx.VERB_POBJ[key], g if g.lemma_.lower() in lx.NOUNS else None
        if olemma is not None and (lemma, olemma) in lx.VERB_OBJECT and any(
                c.dep_ in {"prt", "advmod"} and c.lower_ in {"over", "up", "in"} for c in tok.children):
            # "handed over its weapons", "gave up its arsenal": the object is more specific than the particle
            return lx.VERB_OBJECT[(lemma, olemma)], obj if olemma in lx.NOUNS else None
        for p, q in itertools.pairwise(preps):  # "opened up on the districts"
            if (lemma, f"{p} {q}") in lx.VERB_PARTICLE:
                return lx.VERB_PARTICLE[(lemma, f"{p} {q}")], None
        for p in preps:
            if (lemma, p) in lx.VERB_PARTICLE:
                return lx.VERB_PARTICLE[(lemma, p)], None
        if lemma in lx.JUDGE_VERBS and obj is not None:
            # "called the decision unacceptable" (ACCUSE); "described the charges as baseless" (REJECT)
            judged = {t.lemma_.lower() for ch in tok.children if ch.dep_ in {"oprd", "ccomp", "xcomp", "acomp",
                                                                              "prep", "advcl"}
                      for t in ch.subtree} | {t.lemma_.lower() for t in obj.subtree if t.i > obj.i
                                               and (t.dep_ in {"amod", "oprd"} or t.pos_ == "ADJ")}
            if judged & lx.DENIAL_WORDS:
                return lx.Sense("REJECT"), None
            if judged & lx.DISAPPROVAL_WORDS:
                return lx.Sense("ACCUSE", "disapprove"), None
        if lemma in {"claim", "accept", "admit", "take"} and olemma in {"responsibility", "credit"}:
            # "claimed responsibility for the bombing": the group carried out the act the noun names
            for g in [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "for"
                      for g in p.children if g.dep_ == "pobj"] + pobjs:
                if g.lemma_.lower() in lx.NOUNS and lx.NOUNS[g.lemma_.lower()].event_type in lx.HOSTILE_TYPES:
                    return _noun_sense(g), g
        if obj is None and lemma in lx.MOTION_VERBS:
            for g in pobjs:
                sense = lx.NOUNS.get(g.lemma_.lower())
                if sense is not None and sense.event_type == "CONSULT":
                    return lx.Sense("CONSULT", sense.mode or "visit"), g
        if olemma is not None:
            if (lemma, olemma) in lx.VERB_OBJECT:
                return lx.VERB_OBJECT[(lemma, olemma)], obj if olemma in lx.NOUNS else None
            if lemma in lx.LIGHT_VERBS and olemma in lx.NOUNS:
                return _noun_sense(obj), obj
            if lemma in lx.LIGHT_VERBS and olemma in lx.SERIES_NOUNS:
                # "carried out a second night of air strikes", "launched a wave of attacks": the event noun
                # is the complement of a quantity/time noun
                for prep in obj.children:
                    inner = next((g for g in prep.children if g.dep_ == "pobj"), None) \
                        if prep.dep_ == "prep" and prep.lower_ == "of" else None
                    if inner is not None and inner.lemma_.lower() in lx.NOUNS and inner.tag_ in {"NNS", "NN"} \
                            and lx.NOUNS[inner.lemma_.lower()].event_type in lx.HOSTILE_TYPES | {"CONSULT"}:
                        return _noun_sense(inner), inner
        if lemma in lx.VERBS:
            return lx.VERBS[lemma], None
        if olemma is not None and (lemma, olemma) in c_obj:
            return c_obj[(lemma, olemma)], None
        for p in preps:
            if (lemma, p) in c_prt:
                return c_prt[(lemma, p)], None
        return c_verbs.get(lemma), None

    # ---------------- status -----------------
    def _governors(self, tok: Token) -> Iterable[Token]:
        t = tok
        for _ in range(6):
            if t.head is t:
                return
            yield t.head
            t = t.head

    def _negated(self, verb: Token) -> bool:
        return any(c.dep_ == "neg" or c.lower_ in {"never", "no"} and c.dep_ in {"advmod", "neg", "det"}
                   for c in verb.children)

    def _aux(self, verb: Token) -> set[str]:
        return {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}

    def _speech_governor(self, tok: Token) -> Token | None:
        return _governor(tok, SPEECH_FRAMES, {"ccomp", "xcomp", "advcl", "conj", "parataxis"}, 4)

    def _conditional(self, verb: Token) -> bool:
        for t in [verb, *self._governors(verb)]:
            if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in t.children):
                return True
            if t.dep_ not in {"advcl", "ccomp", "xcomp", "conj"}:
                break
        return False

    # ---------------- main -----------------
    def code(self) -> list[Event]:
        cands = self._imperatives(self.candidates())
        by_token = {c.token.i: c for c in cands}
        absorbed: set[int] = set()
        for c in cands:
            # a raid or seizure carried out with violence is an attack: "raided a village, torching huts",
            # "seized a hospital, taking hundreds hostage"
            if c.sense.event_type == "COERCE" and c.token.lemma_.lower() in lx.SEIZE_VERBS:
                violent = [by_token[ch.i] for ch in c.token.children if ch.i in by_token
                           and ch.dep_ in {"advcl", "conj"} and by_token[ch.i].sense.event_type == "ASSAULT"]
                if violent:
                    c.sense = lx.Sense("ASSAULT", "abduct" if any(v.sense.mode == "abduct" for v in violent)
                                       else None)
        for c in cands:
            # complements of control verbs and purpose clauses belong to the governing trigger
            head = c.token.head
            same_type = head.i in by_token and head.i != c.token.i \
                and by_token[head.i].sense.event_type == c.sense.event_type
            if same_type and c.token.dep_ in {"xcomp", "ccomp", "advcl", "acl"}:
                absorbed.add(c.token.i)  # "bombed a depot, killing eight": one attack
                continue
            if c.token.dep_ in {"xcomp", "ccomp"} and head.i in by_token and head.i != c.token.i \
                    and c.sense.event_type in lx.HOSTILE_TYPES and head.lemma_.lower() in {
                        "vow", "pledge", "promise", "threaten", "swear"}:
                # "vowed to carry out more attacks" is a threat, not a promise of cooperation
                gov = by_token[head.i]
                gov.sense = lx.Sense("THREATEN", lx.HOSTILE_TO_THREAT_MODE.get(c.sense.event_type))
                absorbed.add(c.token.i)
                continue
            if c.sense.event_type == "REQUEST" and c.token.tag_ == "VBG" and c.token.dep_ in {"advcl", "acl"} \
                    and head.i in by_token and by_token[head.i].sense.event_type in lx.HOSTILE_TYPES:
                # "blocked motorways, demanding that the government step down": the demand is the act's purpose
                absorbed.add(c.token.i)
                continue
            if c.sense.event_type in {"CONCEDE", "RETREAT"} and c.token.dep_ == "xcomp" and head.i in by_token \
                    and by_token[head.i].sense.event_type == "AGREE" and (
                        head.lemma_.lower() in CONCEDE_GOVERNORS
                        or c.sense.event_type == "RETREAT" and head.lemma_.lower() in PROMISE_GOVERNORS):
                # "agreed to call off their occupation", "signalled it would back down", "promised to free the
                # students": a concession (a promise of reform, "pledged to ease restrictions", stays AGREE)
                by_token[head.i].sense = lx.Sense("CONCEDE")
                absorbed.add(c.token.i)
                continue
            gov_i = self._controller(c.token, by_token)
            if gov_i is not None and gov_i != head.i:
                absorbed.add(c.token.i)  # "urging parties to allow civilians to move": part of the REQUEST
                continue
            if c.token.dep_ in {"xcomp", "ccomp", "advcl", "acl"} and head.i in by_token and head.i != c.token.i:
                gov = by_token[head.i]
                infinitive = any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in c.token.children)
                # control: "warned X to halt", "refused to meet"; purpose: "met ... to discuss". A subordinate
                # clause with its own subject or conjunction ("days after warplanes struck ...") is its own event.
                controls = (gov.sense.event_type in lx.CONTROL_TYPES
                            and (c.token.dep_ in {"xcomp", "ccomp"} or infinitive)) \
                    or c.token.dep_ in {"advcl", "acl"} and infinitive
                promised = (gov.sense.event_type == "AGREE" and c.sense.event_type in lx.COOPERATIVE_TYPES
                            and gov.token.lemma_ in {"plan", "promise", "pledge", "offer"})
                if controls and not promised:
                    absorbed.add(c.token.i)
        events: list[Event] = []
        for c in cands:
            if c.token.i in absorbed:
                continue
            ev = self._event(c, by_token)
            if ev is not None:
                events.append(ev)
        clf = self.ctx.classifier
        if clf is not None:
            probs, mode_probs = clf.predict_sentence(self.sent)
            events = self._rerank(events, probs, by_token)
            for e in events:
                self._classify_mode(e, mode_probs(e.event_type))
        for e in events:
            self._hosted(e)
            if e.event_type not in COUNT_TYPES:  # counts belong to the final type: a relabelled CONSULT -> PROTEST
                e.casualties = []
        return _dedupe_events(events)

    def _hosted(self, e: Event) -> None:
        """PLOVER manual, CONSULT: "where one side is hosting and one is visiting, the visitor will always be coded as
        the actor and the host will be the recipient" ("Kenya's president received a Somali delegation"). Applied to
        the final type, after the classifier ("welcomed a delegation" may start as SUPPORT)."""
        if e.event_type != "CONSULT" or not e.source or not e.target or e.trigger is None:
            return
        tok = token_at(self.doc, e.trigger.char_start)
        if tok is None or tok.lemma_.lower() not in HOST_VERBS:
            return  # active or passive ("was received by the king"), the rules gave the host as the source
        e.source, e.target, e.mode = e.target[:1], e.source, "visit"

    @staticmethod
    def _controller(tok: Token, by_token: dict[int, Candidate]) -> int | None:
        """A control-verb trigger (REQUEST, THREATEN, REJECT, AGREE) two or three complement levels up, if any."""
        t, depth = tok, 0
        while t.dep_ in {"xcomp", "ccomp"} and t.head.i != t.i and depth < 3:
            t, depth = t.head, depth + 1
            cand = by_token.get(t.i)
            if cand is not None and depth >= 2 and cand.sense.event_type in lx.CONTROL_TYPES:
                return t.i
        return None

    def _rerank(self, events: list[Event], probs: dict[str, float], by_token: dict[int, Candidate]) -> list[Event]:
        """Blend rule confidence with the classifier; drop events in sentences judged event-less;
        relabel when the classifier is confident and the lexicon disagrees; fill lexicon gaps."""
        best = max((lab for lab in probs if lab != "NONE"), key=probs.__getitem__)
        if events and probs["NONE"] >= NONE_DROP and all(probs[e.event_type] < 0.1 for e in events):
            # the classifier learnt negated acts as NONE (no act occurred), so it cannot judge them: a negated
            # event the rules found stays, with its status
            return [e for e in events if e.status == "negated"]
        for e in events:
            e.confidence = round(RULE_WEIGHT * e.confidence + (1 - RULE_WEIGHT) * probs[e.event_type], 3)
        events.sort(key=lambda e: -e.confidence)
        if events and events[0].status != "negated" and e_relabel(events[0], probs, best,
                                                                  origin=self._origin.get(id(events[0]))):
            top = events[0]
            top.event_type, top.mode = best, None
            top.cameo_root, top.quad_class = cameo_root(best, None), quad_class(best)
            top.confidence = round(probs[best], 3)
        if not events and probs[best] >= FILL_MIN:
            root = self.sent.root
            if root.lemma_.lower() in lx.SPEECH_VERBS or root.lemma_.lower() in FINDING_VERBS:
                # "Soldiers raped women in the village, survivors told reporters", "Monitors recorded that forces
                # violated the ceasefire": the act is the reported clause, not the report
                root = next((c for c in root.children if c.dep_ == "ccomp" and c.pos_ == "VERB"), root)
            if root.pos_ == "VERB" and root.lemma_.lower() not in lx.SPEECH_VERBS:
                ev = self._event(Candidate(root, lx.Sense(best), root, None, 0.4), by_token)
                if ev is not None:
                    ev.confidence = round(probs[best] * 0.8, 3)
                    events.append(ev)
        return events

    @staticmethod
    def _classify_mode(e: Event, probs: dict[str | None, float]) -> None:
        """Fill a missing mode, or replace the rules' mode, when the mode model is confident (MODE_FILL,
        MODE_RELABEL); the CAMEO root follows when it was the type's default."""
        if not probs:
            return
        best = max(probs, key=lambda m: probs[m])
        if best is None or best == e.mode:
            return
        if e.mode is None and probs[best] >= MODE_FILL or \
                e.mode is not None and probs[best] >= MODE_RELABEL and probs.get(e.mode, 0.0) <= 0.15:
            if e.cameo_root == cameo_root(e.event_type, e.mode):
                e.cameo_root = cameo_root(e.event_type, best)
            e.mode = best

    def _event(self, c: Candidate, by_token: dict[int, Candidate]) -> Event | None:
        verb = c.anchor
        etype, mode = c.sense.event_type, c.sense.mode
        lemma = verb.lemma_.lower()
        status = "occurred"
        threat_of_act = False
        scheduled: Scheduled | None = None
        aux = self._aux(verb)
        negated = self._negated(verb)
        refusal = False
        speech = self._speech_governor(verb)
        head = verb.head if verb.tag_ == "VBG" and verb.dep_ == "advcl" else verb  # "..., filling hotels"
        if head.tag_ in ("VBP", "VBZ") and not (aux if head is verb else self._aux(head)) \
                and (head.dep_ == "relcl" or _habitual(head)):
            # "terrorists who attack our soldiers", "tourists visit the temples every summer": a generic or
            # habitual present, not a reported act
            return None

        # complement of a control verb supplies the mode for REJECT / REQUEST
        comp = next((ch for ch in verb.children if ch.dep_ in {"xcomp", "ccomp"} and ch.i in by_token), None)
        if comp is not None and etype in {"REJECT", "REQUEST"} and mode is None:
            inner = by_token[comp.i].sense
            mode = COMPLEMENT_MODE.get(inner.event_type)
        if negated:
            will_not = bool(aux & (MODAL_FUTURE | {"would"})) or any(ch.lower_ == "never" for ch in verb.children)
            if etype in {"AGREE", "SUPPORT", "COOPERATE", "CONCEDE"} and (lemma in {"agree", "accept", "consent",
                                                                                    "support", "back", "endorse",
                                                                                    "cooperate", "concede", "yield"}):
                etype, mode, negated = "REJECT", None, False
                refusal = True
            elif will_not and etype in {"SUPPORT", "COOPERATE", "CONCEDE", "CONSULT", "AID", "RETREAT", "AGREE"}:
                # "would never recognise", "will not withdraw": a refusal
                mode = COMPLEMENT_MODE.get(etype, "change" if etype == "SUPPORT" else None)
                etype, negated, refusal = "REJECT", False, True
            elif etype == "REJECT":
                return None  # "did not reject" reports no act
        # governed by a refusal: "refused to meet" -> REJECT (handled by absorption of the complement)
        if negated:
            status = "negated"
        elif self._conditional(verb) or (aux & MODAL_HYPOTHETICAL and not refusal):
            status = "hypothetical"
        else:
            future = bool(aux & MODAL_FUTURE) or ("going" in aux) or (
                verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lx.INTENT_VERBS)
            if "would" in aux and not refusal:
                future = speech is not None
                if speech is None:
                    status = "hypothetical"
            if future and etype not in {"THREATEN", "REQUEST", "REJECT", "ACCUSE"}:
                status = "announced"
        if status == "announced" and etype in {"RETREAT", "CONCEDE"}:
            # a declared future withdrawal / release / easing is a verbal concession (PLOVER manual, CONCEDE)
            scheduled = Scheduled(etype, None)
            etype, mode = "CONCEDE", None
        elif status == "announced" and etype in lx.COOPERATIVE_TYPES:
            scheduled = Scheduled(etype, None)
            etype, mode = "AGREE", None

        mode = self._mode(etype, mode, c)
        if etype == "COERCE" and c.sense.mode == "seize" and lemma in lx.SEIZE_VERBS and self._takes_people(verb):
            etype, mode = "ASSAULT", "abduct"  # captured marines / seized workers: an abduction

        # roles
        source, subj_tok, passive = self._subject(verb)
        imperative = self._imperative_roles.get(verb.i)
        if imperative is not None:  # a quoted order or demand: the speaker asks the addressee
            source, subj_tok, passive = imperative[0], None, False
        if passive and subj_tok is None:
            source = []
        target: list[Actor] = list(imperative[1]) if imperative is not None else []
        pass_subj = next((ch for ch in verb.children if ch.dep_ in PASS_SUBJ), None)
        if pass_subj is not None:
            target.extend(self._arg_actors(pass_subj))
        if c.noun is not None:
            target.extend(self._noun_targets(c.noun, 1))
        target.extend(self._objects(verb, exclude=pass_subj))
        if etype == "REQUEST" and not target:
            ccomp = next((ch for ch in verb.children if ch.dep_ == "ccomp"), None)
            if ccomp is not None:
                csubj = next((ch for ch in ccomp.children if ch.dep_ in SUBJ), None)
                if csubj is not None:
                    target.extend(self._arg_actors(csubj))

        quote = self._quote_at(verb.idx)
        if (not source and subj_tok is not None and subj_tok.lower_ in lx.PRONOUN_SELF and quote is not None
                and quote.speaker is not None):
            source = [quote.speaker]
        if not source and subj_tok is not None and subj_tok.lower_ in PERSONAL and speech is not None:
            source, _, _ = self._subject(speech)  # "Russia announced it would ..."
        if not source and subj_tok is not None and subj_tok.lower_ in lx.PRONOUN_SELF:
            spk = self._speaker_of_sentence()
            if spk:
                source = spk
        if etype == "ASSAULT" and mode == "abduct" and c.sense.event_type == "COERCE" and source \
                and all(a.sector in LAW_SECTORS for a in source):
            etype, mode = "COERCE", "arrest"  # police "seizing" suspects arrest them
        if etype == "PROTEST" and lemma == "protest" and source and all(_is_state(a) for a in source):
            etype, mode = "ACCUSE", "disapprove"  # a government's protest is diplomatic: ACCUSE (conventions)
        if etype == "COOPERATE" and c.noun is not None and c.noun.lemma_.lower() in lx.DRILL_NOUNS \
                and len({a.country for a in source}) == 1 and not self._joint(c) \
                and not (subj_tok is not None and any(t.dep_ == "conj" for t in subj_tok.subtree)):
            etype, mode = "MOBILIZE", "troops"  # unilateral drills are a show of force
        source_keys = {_key(a) for a in source}
        target = [a for a in _dedupe(target) if _key(a) not in source_keys]
        if (etype in MOVE_TYPES or etype == "ASSAULT") and source:
            # "deployed police officers to Haiti": the forces or goods moved are not the target;
            # "Russian forces fired missiles at Ukraine": nor are an attacker's own weapons
            target = _others_first(target, source)
        if not target and etype in VERBAL_TYPES:
            # "threatened to expel French diplomats", "pledged to help Manila": the complement's object
            comp = next((ch for ch in verb.children if ch.dep_ == "xcomp"), None)
            if comp is not None:
                # "promised to send artillery to Kyiv": Kyiv, not the shells
                target = _others_first([a for a in self._objects(comp) if _key(a) not in source_keys], source)
                if not target and etype == "THREATEN":  # "vowed to carry out attacks in Kenya"
                    target = self._place_targets(comp, subj_tok, True)
        if not target:
            # a visit's host is where the visitor goes ("arrived in Hanoi", "is due to travel to Kabul")
            visit = etype in {"CONSULT", "AGREE"} and (lemma in TRAVEL_VERBS or mode == "visit")
            target = self._place_targets(verb, subj_tok, etype in PLACE_TARGET_TYPES or visit)
        if not target and TARGET_FALLBACK:
            target = [a for a in self._predicate_actors(verb, subj_tok) if _key(a) not in source_keys][:1]
        if not target and PLACE_FALLBACK:
            target = self._place_targets(verb, subj_tok, True)
        if not target and LATE_FALLBACK:
            target = [a for a in self.actors if a.char_start > verb.idx and _key(a) not in source_keys][:1]
        if etype in {"SANCTION", "RETREAT", "CONCEDE"} and lemma in RECALL_VERBS and source and target:
            # "Germany withdrew its election observers from Belarus", "France recalled its ambassador from Niger",
            # "Azerbaijan will pull its artillery back": the source's own people or arms are what it pulls out; the
            # country they leave is the target, if named
            moved = _moved_objects(verb)
            objs = [o for o in verb.children if o.dep_ in {"dobj", "obj"}]
            preps = [(c, c.head is verb) for c in itertools.chain(verb.children, *(o.children for o in objs))
                     if c.dep_ == "prep"]
            # the place left: "recalled its envoy from Niger", else "its ambassador to London / in Lima"
            left = next((c for c, _ in preps if c.lower_ == "from"), None) or next(
                (c for c, on_verb in preps if not on_verb and c.lower_ in {"to", "in"}), None)
            mine = {b.country for b in source}
            own = {_key(a) for a in target if a.char_start in moved and (_own(verb) or a.country in mine)}
            if own:
                there = {t.idx for t in left.subtree} if left is not None else set()
                target = [a for a in target if a.char_start in there] or (
                    self._places_in(left) if left is not None else []) or [a for a in target if _key(a) not in own]
        if etype == "MOBILIZE" and source:
            # the forces or weapons moved are not the target ("Egypt deployed thousands of police officers",
            # "Israel called up 300,000 reservists"); where they go is ("... to Ladakh")
            moved = _moved_objects(verb)
            target = [a for a in target if a.char_start not in moved] or self._place_targets(verb, subj_tok, True)

        if not source and passive and etype in MOVE_TYPES and lemma in DEPLOY_VERBS:
            # "Mexican soldiers were deployed to distribute food": forces sent without a named sender are their
            # own state's act, so they are its source and where they go is the target
            sent_off = next((ch for ch in verb.children if ch.dep_ in PASS_SUBJ), None)  # the forces sent
            forces = [a for a in target if a.sector in FORCE_SECTORS and sent_off is not None
                      and sent_off.left_edge.idx <= a.char_start < _char_end(sent_off.right_edge)]
            if forces:
                source = forces[:1]
                target = [a for a in target if _key(a) != _key(forces[0])] or self._place_targets(verb, sent_off,
                                                                                                 True)
        if not source:
            modifier = verb.dep_ in {"acl", "relcl", "pcomp"}  # "a truce akin to surrender": not an act
            source = self._fallback_source(verb, target) if not modifier and c.noun is not c.token else []
            before = [a for a in target if a.char_end <= verb.idx and verb.pos_ == "VERB"]
            if not source and before and not modifier and c.noun is not c.token \
                    and not any(ch.dep_ in PASS_SUBJ or ch.dep_ == "auxpass" for ch in verb.children):
                # a subject the parse attached as a modifier ("Nauru warned it would ...": npadvmod) was taken
                # for the target; an active verb's only actor before it is its subject
                source = before[-1:]
                target = [a for a in target if _key(a) != _key(before[-1])]
        if not source and not passive and subj_tok is not None and _agentive_subject(subj_tok):
            # a subject the KB does not know ("Fishing associations asked Ottawa ...", "The OSCE co-chairs called
            # on ..."): an actor of unknown country and sector, so that the act is not lost
            source = [self._unknown_actor(subj_tok)]
            target = [a for a in target if _key(a) != _key(source[0])]
        if not source and etype == "PROTEST":
            # "Demonstrations spread to several cities across Iran": the protesters of the place
            place = self._place_targets(verb, None, True)
            if not place and c.noun is not None:
                place = self._place_targets(c.noun, None, True)
            source = [dataclasses.replace(a, sector="CVL", kb_id="agent:CVL") for a in place]
        speaker = self._threatening_speaker(verb, subj_tok, passive, speech, aux) if etype in THREAT_ACTS else []
        if speaker:
            # "We will close the park if the launches go on", "Russia said it would station missiles ... if NATO
            # ...", "Any ship entering our waters will be seized": the speaker's conditional harm is a threat
            mode = lx.HOSTILE_TO_THREAT_MODE.get(etype)
            if lemma in {"expel", "deport"}:
                mode = "expel"
            elif lemma in {"arrest", "prosecute", "jail", "detain", "charge", "try"}:
                mode = "arrest"
            elif etype == "SANCTION":
                mode = "relations"
            etype, status, threat_of_act = "THREATEN", "occurred", True
            side = {_key(b) for b in speaker + source}  # the speaker and the forces it would use
            target = [a for a in target if _key(a) not in side]
            source = speaker
        if not source and not target:
            return None
        if etype in VERBAL_TYPES and not source:
            return None

        if etype == "SANCTION" and lemma in {"expel", "suspend"} and target and not any(_is_state(a) for a in target) \
                and all(a.sector in PEOPLE_SECTORS or a.country == "NGO" for a in target):
            # expelling a journalist or suspending a broadcaster or charity is repression, not a cut in relations
            etype, mode = "COERCE", "deport" if lemma == "expel" else "censor" if any(
                a.sector == "JRN" for a in target) else "restrict"
        if etype in {"COERCE", "ASSAULT"} and source and all(a.sector in CIVIL_SECTORS for a in source):
            # civilians blocking roads or rioting are protesting, not coercing / assaulting:
            # "Farmers blocked motorways", "Rioters torched cars", "supporters clashed with police"
            if lemma in OBSTRUCT_VERBS:
                etype, mode = "PROTEST", "obstruct"
            elif subj_tok is not None and subj_tok.lemma_.lower() == "vandal":
                etype, mode = "PROTEST", "vandalize"
            elif lemma == "strike" and not any(ch.dep_ in OBJ for ch in verb.children):
                etype, mode = "PROTEST", "strike"  # "the union's members would not strike"
            elif subj_tok is not None and subj_tok.lemma_.lower() in lx.RIOT_CROWDS or lemma in {
                    "clash", "throw", "hurl", "pelt", "stone"} and any(a.sector in {"COP", "MIL"} for a in target):
                etype, mode = "PROTEST", "riot"
        obj = next((ch for ch in verb.children if ch.dep_ in OBJ), None)
        if etype == "SUPPORT" and lemma == "welcome" and obj is not None and any(
                a.char_start <= obj.idx < a.char_end and a.sector in {"GOV", "ELI", "MIL", "LEG"} for a in target):
            etype, mode = "CONSULT", "visit"  # "welcomed the Chinese leader to Astana": hosting, not praise
        if lemma in {"attend", "join"} and obj is not None and obj.lemma_.lower() in PRESSURE_ACTS:
            # "3,000 people attended the rally", "joined the sit-in": taking part in a protest is protesting (CAMEO
            # 141, "demonstrate or rally"). A coder rule, not a lexicon entry, so the classifier's features (and the
            # shipped model `make train` rebuilds) stay as they are.
            etype, mode = "PROTEST", "strike" if obj.lemma_.lower() == "strike" else "demo"
        if etype in {"SANCTION", "PROTEST", "RETREAT", "CONCEDE"} and obj is not None \
                and obj.lemma_.lower() in PRESSURE_ACTS and source and not any(_is_state(a) for a in source) \
                and (lemma in STOP_VERBS or lemma == "call" and any(ch.lower_ == "off" for ch in verb.children)):
            # "Coal miners called off their strike", "Farmers suspended their blockade": giving up one's own
            # pressure is a concession (training/README.md conventions: a state easing its blockade is RETREAT)
            etype, mode = "CONCEDE", None
            target = [a for a in target if not (a.char_start <= obj.idx < a.char_end)]  # not the act itself
            if status == "negated" and aux & (MODAL_FUTURE | {"would"}):
                etype, status = "REJECT", "occurred"  # "would not call off their protests": a refusal
        reported_by = self._reporter(verb, speech, source)
        casualties = [k for k in self.ctx.casualties
                      if self.sentence.char_start <= k.char_start < self.sentence.char_end]
        if etype == "ASSAULT" and casualties and all(k.statistic for k in casualties) and lemma in {
                "kill", "die", "wound", "injure"}:
            return None
        casualties = [k for k in casualties if not k.statistic]  # kept for COUNT_TYPES only, after re-ranking
        historical = self._historical(verb)
        event_date, precision, sched_date = self._dates(verb, historical)
        if scheduled is not None:
            scheduled.date = sched_date
        location = None
        if self.ctx.locate is not None:
            parties = [(a.char_start, a.char_end) for a in (*source, *target, *self.actors)]
            sent_places = [p for p in self.ctx.places
                           if self.sentence.char_start <= p.char_start < self.sentence.char_end
                           and not any(s0 < p.char_end and p.char_start < e0 for s0, e0 in parties)]
            location = self.ctx.locate(sent_places, self.sentence.char_start, self.sentence.char_end, verb.idx,
                                       self.doc)
        trigger_tok = c.token
        trig_end = _char_end(c.noun) if c.noun is not None and c.noun.i > trigger_tok.i else _char_end(trigger_tok)
        trigger = Span(doc_text(self.doc)[trigger_tok.idx:trig_end], trigger_tok.idx, trig_end)
        reported_main = speech is not None and speech.dep_ not in BACKGROUND_DEPS | {"advcl", "pcomp"}
        score = c.score + (0.15 if verb.dep_ == "ROOT" or reported_main else 0.0) + (
            0.1 if source and target else 0.0) - (0.15 if verb.dep_ in BACKGROUND_DEPS else 0.0)
        event = Event(
            event_id=Event.make_id(self.ctx.article_id, self.sent_index, etype, trigger.char_start, source, target),
            article_id=self.ctx.article_id,
            event_type=etype,
            mode=mode,
            cameo_root=event_cameo_root(verb, etype, mode),
            quad_class=quad_class(etype),
            status=status,
            historical=historical,
            sentence=self.sentence,
            source=source,
            target=target,
            reported_by=reported_by,
            scheduled=scheduled,
            location=location,
            event_date=event_date,
            date_precision=precision,
            casualties=casualties,
            trigger=trigger,
            confidence=round(min(score, 0.99), 3),
        )
        if threat_of_act:
            self._origin[id(event)] = "threat"
        elif c.sense.fallback and etype == c.sense.event_type:
            self._origin[id(event)] = "fallback"
        return event

    def _mode(self, etype: str, mode: str | None, c: Candidate) -> str | None:
        """Refine the lexicon's mode with cue words of the trigger's clause (instrument, object, complement)."""
        if etype in {"REJECT", "REQUEST"} and mode is not None or etype == "ASSAULT" and mode in lx.ACT_MODES:
            return mode
        words: set[str] = {c.token.lemma_.lower(), c.token.lower_}
        for root in (c.anchor, c.noun) if c.noun is not None else (c.anchor,):
            for t in root.subtree:
                if t.sent.start != self.sent.start:
                    continue
                words.add(t.lemma_.lower())
        return lx.refine_mode(etype, mode, words)

    @staticmethod
    def _joint(c: Candidate) -> bool:
        """True when a drill is shared: "joint drills", "exercises with the US navy"."""
        words = {t.lower_ for t in c.noun.children} if c.noun is not None else set()
        words |= {t.lower_ for t in c.anchor.children}
        return bool(words & {"joint", "with", "combined", "multinational", "bilateral", "trilateral"})

    def _takes_people(self, verb: Token) -> bool:
        """True when the verb's object (or passive subject) denotes people: a person, a human agent noun or a
        plural noun of people ("12 foreign oil workers", "two marines", "the garrison's commander")."""
        obj = next((ch for ch in verb.children if ch.dep_ in {"dobj", "obj", "nsubjpass"}), None)
        if obj is None:
            return False
        if obj.ent_type_ == "PERSON" or obj.lemma_.lower() in HUMAN_NOUNS:
            return True
        return any(a.sector and a.sector not in {"GOV", "BUS", "JRN"}
                   and not (a.kb_id or "").startswith(("place:", "country:", "capital:")) for a in self._actors_on(obj))

    def _predicate_actors(self, verb: Token, subj: Token | None) -> list[Actor]:
        """Actors anywhere in the trigger's predicate (its subtree minus the subject and clauses of speech),
        in text order: the target when the parse attaches it too deep or too loosely for the role rules."""
        skip = {t.i for t in subj.subtree} if subj is not None else set()
        for ch in verb.children:
            if ch.dep_ in SUBJ | PASS_SUBJ | {"agent", "relcl"} or ch.lemma_.lower() in lx.SPEECH_VERBS:
                skip |= {t.i for t in ch.subtree}
        toks = [t for t in verb.subtree if t.i not in skip and t.i != verb.i]
        return _dedupe(a for t in toks for a in self._actors_on(t))

    def _places_in(self, phrase: Token) -> list[Actor]:
        """The first resolved place in a phrase's subtree, as a target actor with no sector ([] if none)."""
        sub = {t.idx for t in phrase.subtree}
        for p in self.ctx.places:
            actor = _place_actor(p) if p.char_start in sub else None
            if actor is not None:
                return [actor]
        return []

    def _place_targets(self, verb: Token, subj: Token | None, physical: bool) -> list[Actor]:
        """For acts without a target actor, the country of a place in the verb's object (a modifier:
        "rejected an Israeli proposal") or, for physical acts, in its object or prepositional phrases
        ("struck targets in the Gaza Strip" -> PSE); an actor with no sector."""
        skip = {t.i for t in subj.subtree} if subj is not None else set()
        if physical:
            span = {t.i for c in verb.children if c.dep_ in OBJ | {"prep", "dative"} for t in c.subtree} - skip
        else:
            span = {t.i for c in verb.children if c.dep_ in {"dobj", "obj"}
                    for t in c.children if t.dep_ in {"amod", "poss", "compound", "nmod"}}
        for p in self.ctx.places:
            if not p.country or not (self.sentence.char_start <= p.char_start < self.sentence.char_end):
                continue
            tok = self.doc.char_span(p.char_start, p.char_end, alignment_mode="expand")
            if tok is None or tok.root.i not in span or tok.root.pos_ not in {"PROPN", "NOUN"} and physical:
                continue
            actor = _place_actor(p)
            if actor is not None:
                return [actor]
        return []

    def _imperatives(self, cands: list[Candidate]) -> list[Candidate]:
        """A direct quote that opens with an imperative ("Release our colleagues", "Come to the table") is a
        REQUEST by its speaker to the addressee of the speech verb ("... told the ELN"); with "or" and a
        consequence ("Leave within 48 hours or you will be treated as enemies") it is a THREATEN. The candidates
        of the imperative clause are replaced by that one."""
        for q in self.ctx.quotes:
            if not q.direct or q.speaker is None or not self.sent.start_char <= q.char_start < self.sent.end_char:
                continue
            first = next((t for t in self.sent if t.idx >= q.char_start and not t.is_punct), None)
            if first is None or first.idx >= q.char_end or first.tag_ != "VB" or first.lemma_.lower() in DISCOURSE_VERBS \
                    or any(c.dep_ in SUBJ | PASS_SUBJ or c.dep_ == "aux" for c in first.children):
                continue
            in_quote = [t for t in self.sent if q.char_start <= t.idx < q.char_end]
            ors = [t.i for t in in_quote if t.lower_ == "or" and t.i > first.i]
            threat = bool(ors) and any(t.pos_ in {"VERB", "AUX"} and t.i > ors[0] for t in in_quote)
            inner = next((c for c in cands if c.token.i == first.i), None)
            if threat:
                sense = lx.Sense("THREATEN")
            else:
                sense = lx.Sense("REQUEST", COMPLEMENT_MODE.get(inner.sense.event_type if inner else "", "change"))
            speech = first.head if first.dep_ in {"ccomp", "advcl", "parataxis"} else None
            addressee = [a for c in (speech.children if speech is not None else [])
                         if c.dep_ in {"dobj", "dative"} for a in self._arg_actors(c)]
            clause = {t.i for t in first.subtree}
            cands = [c for c in cands if c.token.i not in clause] + [Candidate(first, sense, first, None, 0.6)]
            self._imperative_roles[first.i] = ([q.speaker], addressee)
        return cands

    def _unknown_actor(self, head: Token) -> Actor:
        """An actor for a subject phrase the resolver found nothing in: its words up to the head noun (with an
        "of" complement: "A council of Maori elders"), located by a place inside it ("Local councils in northern
        Syria" -> SYR)."""
        end = head
        for ch in head.children:
            if ch.dep_ == "prep" and ch.lower_ == "of" and ch.i > head.i:
                end = ch.right_edge
        span = self.doc[head.left_edge.i:end.i + 1]
        sub = {t.idx for t in head.subtree}
        place = next((p for p in self.ctx.places if p.country and p.char_start in sub), None)
        country = iso2_to_iso3(place.country) if place is not None and place.country else None
        return Actor(span.text, span.start_char, span.end_char, name=None, country=country, sector=None,
                     kb_id="entity:unknown")

    def _threatening_speaker(self, verb: Token, subj: Token | None, passive: bool, speech: Token | None,
                             aux: set[str]) -> list[Actor]:
        """The speaker, when a harmful act is stated as the speaker's own conditional or possible future act (else
        []): in a direct
        quote or under a speech (or signalling) verb; with a first-person or pronoun subject, a possessive one ("his
        forces"), a subject of a named speaker's country, or an agentless passive; and a condition ("if", "unless",
        "... or ...") with a modal, "could" / "might" under a speech verb, or a quoted "will be <done>"."""
        quote = self._quote_at(verb.idx)
        in_quote = quote is not None
        agentless = passive and not any(c.dep_ == "agent" for c in verb.children)
        if speech is None:
            speech = self._hint_governor(verb)
        if not in_quote and speech is None:
            return []
        if quote is not None and quote.speaker is not None:
            speakers = [quote.speaker]
        else:
            speakers = self._subject(speech)[0] if speech is not None else self._speaker_of_sentence()
        # the act's subject is the speaker's own side when it shares the country of a speaker who is not an
        # anonymous group ("the interior minister said police would open fire if ...", not "officials said")
        speaker = {a.country for a in speakers
                   if not (a.kb_id or "").startswith("agent:") or a.text[-1:] != "s"} - {None}
        own = agentless or subj is not None and (
            subj.lower_ in lx.PRONOUN_SELF or subj.lower_ in PERSONAL and subj.lower_ not in {"he", "she"}
            or any(t.lower_ in POSSESSIVE_PRONOUNS for t in subj.subtree)
            or bool(speaker) and {a.country for a in self._arg_actors(subj)} == speaker)  # "police would open fire"
        if not own:
            return []
        condition = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"}
                                                  for m in c.children) for c in verb.children)
        condition |= any(c.dep_ == "cc" and c.lower_ == "or" for c in verb.head.children) and verb.dep_ == "conj"
        modal = bool(aux & {"will", "would", "could", "'ll", "shall", "might", "may"})
        threat = condition and modal or bool(aux & {"could", "might"}) and speech is not None \
            or in_quote and agentless and bool(aux & {"will", "shall", "'ll"})  # "... will be seized," X said
        return speakers if threat else []

    @staticmethod
    def _hint_governor(verb: Token) -> Token | None:
        """A verb of signalling that frames a clause like speech ("signalled it could seize ...")."""
        return _governor(verb, HINT_VERBS, {"ccomp", "xcomp", "advcl"}, 3)

    def _fallback_source(self, verb: Token, target: list[Actor]) -> list[Actor]:
        """When the parse gives the trigger no subject actor: the nearest actor before the trigger in its sentence
        that is not a target (robust to mis-parses of long names and appositions)."""
        if verb.pos_ != "VERB" or any(c.dep_ in PASS_SUBJ or c.dep_ == "auxpass" for c in verb.children):
            return []  # passives without an agent and nominal events have no knowable perpetrator
        keys = {_key(a) for a in target}
        before = [a for a in self.actors if a.char_end <= verb.idx and _key(a) not in keys]
        return before[-1:] if before else []

    def _quote_at(self, char: int) -> Quote | None:
        return next((q for q in self.ctx.quotes if q.direct and q.char_start <= char < q.char_end), None)

    def _speaker_of_sentence(self) -> list[Actor]:
        """Speaker of a speech verb in this sentence ("..., said the Red Cross")."""
        for tok in self.sent:
            if tok.lemma_.lower() in {"say", "tell", "add", "state", "warn", "insist"}:
                subj = next((c for c in tok.children if c.dep_ in SUBJ), None)
                if subj is not None and subj.lower_ not in PRONOUNS:
                    return self._arg_actors(subj)
        return []

    def _reporter(self, verb: Token, speech: Token | None, source: list[Actor]) -> Actor | None:
        keys = {_key(a) for a in source}
        candidates: list[Actor] = []
        for att in self.ctx.attributions:
            if att.content_start <= verb.idx < att.content_end:
                candidates.append(att.source)
        if speech is not None:
            got, _, _ = self._subject(speech)
            candidates.extend(got)
        quote = self._quote_at(verb.idx)
        if quote is not None and quote.speaker is not None:
            candidates.append(quote.speaker)
        for cand in candidates:
            if _key(cand) not in keys:
                return cand
        return None

    def _historical(self, verb: Token) -> bool:
        if verb.tag_ not in {"VBD", "VBN"}:
            return False
        pub = _parse_date(self.ctx.pub_date)
        for t in self.ctx.times:
            if self.sentence.char_start <= t.char_start < self.sentence.char_end and t.type == "DATE" and t.value:
                d = _parse_date(t.value[:10]) if len(t.value) >= 10 else _parse_date(f"{t.value[:4]}-12-31") \
                    if t.value[:4].isdigit() else None
                if pub and d and (pub - d).days > 180:
                    return True
        # background origin frames: "the war started with a movement ... that was repressed"
        root = self.sent.root
        return root.lemma_.lower() in ORIGIN_VERBS and root.tag_ == "VBD" and verb.i != root.i

    def _dates(self, verb: Token, historical: bool) -> tuple[str | None, str | None, str | None]:
        """(event_date, precision, scheduled date) from the sentence's time expressions."""
        times = [t for t in self.ctx.times if self.sentence.char_start <= t.char_start < self.sentence.char_end]
        pub = self.ctx.pub_date
        dated = [t for t in times if t.type == "DATE" and t.value and t.value[:4].isdigit()]
        dated.sort(key=lambda t: abs(t.char_start - verb.idx))
        future = [t for t in dated if pub and t.value[:10] > pub]
        past = [t for t in dated if not (pub and t.value[:10] > pub)]
        sched = future[0].value if future else None
        if past:
            return past[0].value, _precision(past[0].value), sched
        if historical:
            return None, None, sched
        return pub, "day" if pub else None, sched


# Blend of rules and classifier. Chosen on our dev set (training/dev) among four conservative settings, with the
# PLOVER GSR aggregate used only as a do-no-harm check (docs/accuracy-events.md): the classifier, trained on our
# small corpus, is trusted to drop near-certain non-events and to overrule or fill only when very confident.
NONE_DROP = 0.95  # drop a sentence's events when P(NONE) is at least this and no event type is plausible
RULE_WEIGHT = 0.7  # weight of the rule score in an event's confidence (the rest is the classifier's P(type))
# a type from the CAMEO-derived fallback lexicon is right about half the time (55% / 52% on our held-out training
# files, where the classifier's argmax was right 59% / 58%): the classifier overrules it from 0.35 (session 4,
# chosen on those held-out files; docs/accuracy.md)
FALLBACK_RELABEL_MIN = 0.35
RELABEL_MIN = 0.7  # classifier probability needed to overrule the lexicon's type (0.8 -> 0.9 round 2; 0.9 -> 0.7 round 4: dev)
MODE_FILL = 0.5  # mode-model probability needed to give a mode-less event a mode (round 4: chosen on dev)
MODE_RELABEL = 0.9  # ... to replace the rules' mode
FILL_MIN = 0.65  # classifier probability needed to code a sentence the lexicon found nothing in (0.8 -> 0.65 in round 3: dev)


HABITUAL_WORDS = frozenset({"every", "each", "usually", "often", "regularly", "annually", "always", "typically",
                            "generally", "routinely", "normally", "traditionally", "seldom", "rarely", "sometimes"})


# subject nouns that are things, not actors: their "calls" and "demands" are a document's ("The report urged ...")
INANIMATE_SUBJECTS = {
    "report", "statement", "plan", "decision", "letter", "resolution", "document", "law", "bill", "text", "deal",
    "study", "survey", "poll", "article", "editorial", "video", "message", "data", "figure", "result", "rule",
    "measure", "image", "photo", "picture", "email", "file", "record", "proposal", "effort", "move", "call",
    "comment", "remark", "word", "analysis", "assessment", "review", "finding", "draft", "declaration", "communique",
    "communiqué", "petition", "campaign", "policy", "budget", "price", "rate", "market", "economy", "weather",
    "rain", "storm", "flood", "fire", "earthquake", "virus", "pandemic", "disease", "crisis", "situation",
    "step", "action", "development", "event", "incident", "case", "issue", "question", "problem", "idea", "view",
    "version", "story", "book", "film", "song", "post", "tweet", "website", "site", "page", "ad", "advert",
    "banner", "sign", "placard", "slogan", "order", "ruling", "verdict", "judgment", "judgement", "sentence",
    "this", "that", "which", "what", "it", "they", "there", "one", "some", "many", "most", "all", "both", "each",
    "others", "other", "people", "anyone", "someone", "nobody", "everyone", "analyst", "expert", "observer",
    "critic", "commentator", "diplomat", "source",
    "shell", "round", "missile", "rocket", "bomb", "mortar", "grenade", "bullet", "explosive", "mine", "blast",
    "explosion", "artillery", "shot", "gunfire", "strike", "raid", "attack",
}


def _agentive_subject(tok: Token) -> bool:
    """True for a subject noun phrase that can be an actor though the KB does not know it: a named entity (ORG,
    PERSON, NORP), a proper noun, or a plural or collective common noun that is neither an event nor a thing
    ("Fishing associations", "A council of Maori elders", "The OSCE co-chairs")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in {"NOUN", "PROPN"} or lemma in INANIMATE_SUBJECTS or lemma.rstrip("s") in INANIMATE_SUBJECTS \
            or lemma in lx.NOUNS or tok.ent_type_ in {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL",
                                                     "ORDINAL", "GPE", "LOC", "FAC", "EVENT", "LAW",
                                                     "WORK_OF_ART", "PRODUCT", "LANGUAGE"}:
        return False
    return tok.ent_type_ in {"ORG", "PERSON", "NORP"} or tok.pos_ == "PROPN" or tok.tag_ == "NNS" \
        or lemma in COLLECTIVE_NOUNS


COLLECTIVE_NOUNS = {"council", "committee", "association", "commission", "federation", "coalition", "alliance",
                    "assembly", "congress", "league", "society", "network", "organisation", "organization",
                    "agency", "body", "forum", "bloc", "caucus", "delegation", "mission", "command", "board",
                    "panel", "front", "movement", "union", "group", "team", "clergy", "leadership", "junta",
                    "cabinet", "chamber", "tribunal", "court", "senate", "parliament", "party", "faction"}


CONCEDE_GOVERNORS = {"agree", "consent", "signal", "accept"}
PROMISE_GOVERNORS = {"promise", "pledge", "vow", "ready", "willing", "prepared", "commit", "undertake"}
DEMAND_LEMMAS = {"demand", "call", "urge", "press", "protest", "denounce", "condemn", "oppose", "chant"}


def _with_demand(verb: Token) -> bool:
    """True when a gathering states a demand: "... calling for", "... demanding", "to demand", "in protest"."""
    for ch in verb.children:
        if ch.dep_ in {"advcl", "xcomp", "conj"} and ch.lemma_.lower() in DEMAND_LEMMAS:
            return True
        if ch.dep_ == "prep" and ch.lower_ in {"in", "against"} and any(
                g.lemma_.lower() in {"protest", "support", "solidarity", "defiance"} or ch.lower_ == "against"
                for g in ch.children if g.dep_ == "pobj"):
            return True
    return False


def _place_actor(p: Place) -> Actor | None:
    """A resolved place as an actor of its country with no sector (``place:ISO3``), or None without a country."""
    iso3 = iso2_to_iso3(p.country) if p.country else None
    if iso3 is None:
        return None
    return Actor(p.text, p.char_start, p.char_end, name=p.name, country=iso3, sector=None, kb_id=f"place:{iso3}")


def _own(verb: Token) -> bool:
    """True when the verb's object is owned by a possessive pronoun ("recalled its ambassador", "their troops")."""
    return any(p.dep_ == "poss" and p.lower_ in POSSESSIVE_PRONOUNS
               for c in verb.children if c.dep_ in {"dobj", "obj"} for p in c.children)


def _moved_objects(verb: Token) -> set[int]:
    """Character offsets of the verb's object phrase, without its place phrases ("moved tanks | to Ladakh"; the
    "of" of "thousands of police officers" stays in)."""
    def placed(t: Token, top: Token) -> bool:
        return any(h.dep_ == "prep" and h.lower_ != "of" for h in [t, *t.ancestors] if h.i != top.i
                   and top in h.ancestors)

    return {t.idx for c in verb.children if c.dep_ in {"dobj", "obj"} for t in c.subtree if not placed(t, c)}


def _governor(tok: Token, lemmas: set[str] | frozenset[str], deps: set[str], levels: int) -> Token | None:
    """The nearest head, at most ``levels`` complement steps up through ``deps``, whose lemma is in ``lemmas``."""
    t = tok
    for _ in range(levels):
        if t.head is t or t.dep_ not in deps:
            return None
        if t.head.lemma_.lower() in lemmas:
            return t.head
        t = t.head
    return None


def _habitual(verb: Token) -> bool:
    """A frequency adverbial on the verb: "every summer", "each year", "usually", "often"."""
    for ch in verb.children:
        if ch.lower_ in HABITUAL_WORDS and ch.dep_ in ("advmod", "npadvmod"):
            return True
        if ch.dep_ in ("npadvmod", "advmod", "prep") and any(
                g.lower_ in ("every", "each") and g.dep_ == "det" for g in ch.subtree):
            return True
    return False


REFUSED_TYPES = frozenset({"AGREE", "SUPPORT", "COOPERATE", "CONCEDE", "CONSULT", "AID", "RETREAT"})


def e_relabel(top: Event, probs: dict[str, float], best: str, *, origin: str | None = None) -> bool:
    """Whether the classifier's type replaces the rules' type of the top event.

    Never turns a REJECT into the act that was refused, nor a THREATEN into the harm threatened: the classifier sees
    "never agree" / "would impose a curfew if" as the words of the act, while the rules read the negation or the
    condition ("would never agree to a truce" is REJECT)."""
    if top.event_type == "REJECT" and best in REFUSED_TYPES or origin == "threat":
        return False  # likewise a threat read from a harmful act's condition ("a curfew would be imposed if ...")
    needed = FALLBACK_RELABEL_MIN if origin == "fallback" else RELABEL_MIN
    return best != top.event_type and probs[best] >= needed and probs[top.event_type] <= 0.15 \
        and top.scheduled is None


# When the role rules find no target: an actor in the predicate, then a place in the predicate, then the first
# actor after the trigger. Each raises target recall and costs precision (measured in docs/accuracy.md, "Target
# fallbacks"): a wrong dyad is worse for users than a missing target, so only the first is on.
TARGET_FALLBACK = True
PLACE_FALLBACK = False
LATE_FALLBACK = False
BACKGROUND_DEPS = {"relcl", "acl"}  # "..., which killed two generals": background, ranked below the main act
PLACE_TARGET_TYPES = {"ASSAULT", "AID", "MOBILIZE", "RETREAT"}
THREAT_ACTS = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"}
# the REQUEST / REJECT mode an act gives as the complement ("refused to meet": REJECT meet) or the imperative
COMPLEMENT_MODE = {"CONSULT": "meet", "AID": "assist", "COOPERATE": "assist", "RETREAT": "yield", "CONCEDE": "yield"}
# imperatives that open a quote without asking for an act ("Let us be clear", "Make no mistake", "Thank you")
DISCOURSE_VERBS = {"be", "let", "look", "imagine", "remember", "thank", "see", "note", "consider", "listen", "believe",
                   "trust", "forget", "mind", "wait", "excuse", "welcome", "congratulate", "pray", "say", "tell", "make",
                   "take", "think", "ask", "go", "keep", "do", "have", "get", "watch", "check", "read", "compare"}
SPEECH_FRAMES = lx.SPEECH_VERBS | {"insist", "warn", "say"}  # heads that make a clause reported speech
HINT_VERBS = {"signal", "hint", "indicate", "suggest", "tell", "warn", "threaten", "vow", "make"}
PEOPLE_SECTORS = {"CVL", "JRN", "NGO", "EDU", "REL", "MED", "LAB", "OPP", "AGR", "BUS", "REF"}
CIVIL_SECTORS = {"CVL", "LAB", "AGR", "EDU", "MED", "OPP", "PTY", "REL", "JRN"}
OBSTRUCT_VERBS = {"block", "blockade", "barricade", "occupy", "obstruct", "paralyse", "paralyze"}
MOVE_TYPES = {"AID", "MOBILIZE", "RETREAT"}
DEPLOY_VERBS = {"deploy", "send", "dispatch", "fly", "airlift", "station", "rush", "move", "redeploy", "ship", "put",
                "place", "parade", "mobilise", "mobilize"}
FORCE_SECTORS = {"MIL", "COP", "SPY"}
HOST_VERBS = {"host", "receive", "welcome", "greet"}
RECALL_VERBS = {"withdraw", "recall", "pull", "evacuate"}
FINDING_VERBS = {"find", "conclude", "record", "document", "establish", "determine", "verify", "uncover"}
STOP_VERBS = {"suspend", "end", "halt", "stop", "abandon", "lift", "drop", "cancel", "postpone", "scale", "wind"}
# protest acts one can call off: the lexicon's protest nouns ("strike" is keyed "strike_labour" there) and a few more
PRESSURE_ACTS = frozenset(n for n, s in lx.NOUNS.items() if s.event_type == "PROTEST") | {
    "strike", "occupation", "picket", "campaign", "shutdown"}
TRAVEL_VERBS = {"visit", "travel", "arrive", "fly", "go", "head", "land", "tour", "stop", "come", "journey"}
COUNT_TYPES = {"ASSAULT", "PROTEST", "COERCE"}  # the types that carry casualty / crowd-size counts
LAW_SECTORS = {"COP", "JUD", "GOV", "SPY"}
HUMAN_NOUNS = {"hostage", "worker", "tourist", "people", "person", "civilian", "child", "girl", "boy", "woman", "man",
               "student", "journalist", "soldier", "marine", "officer", "commander", "official", "passenger", "crew",
               "sailor", "fisherman", "villager", "resident", "national", "citizen", "foreigner", "employee",
               "missionary", "priest", "nun", "engineer", "pilot", "diplomat", "farmer", "schoolgirl", "schoolboy",
               "teacher", "doctor", "nurse", "trader", "member", "leader", "chief", "guard", "policeman"}


def _noun_sense(noun: Token) -> lx.Sense:
    """An event noun's sense; "strike" is told apart by its modifiers ("hunger strike", "general strike")."""
    lemma = noun.lemma_.lower()
    sense = lx.NOUNS[lemma]
    if lemma == "strike":
        mods = {c.lemma_.lower() for c in noun.children if c.dep_ in {"amod", "compound", "nmod", "nummod"}}
        if "hunger" in mods:
            return lx.Sense("PROTEST", "hunger")
        if mods & lx.LABOUR_STRIKE_WORDS or noun.head.lemma_.lower() in {"join", "call"}:
            return lx.Sense("PROTEST", "strike")
    return sense


def _others_first(target: list[Actor], source: list[Actor]) -> list[Actor]:
    """Targets of another country than the source's first: the source's own forces, goods or weapons named in
    the predicate are not whom the act is aimed at (stable order otherwise)."""
    own = {a.country for a in source}
    return sorted(target, key=lambda a: a.country in own)


def _is_state(a: Actor) -> bool:
    """A government or state actor (a country, its capital, a government office or role)."""
    return a.sector == "GOV" or (a.kb_id or "").startswith(("country:", "capital:", "role:"))


def _precision(value: str) -> str:
    if "W" in value:
        return "week"
    return {10: "day", 7: "month", 4: "year"}.get(len(value), "day")


def _parse_date(value: str | None) -> _dt.date | None:
    if not value:
        return None
    try:
        return _dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _key(a: Actor) -> tuple[str | None, str | None, str | None]:
    return (a.name or a.text, a.country, a.sector)


def _dedupe(actors: Iterable[Actor]) -> list[Actor]:
    seen: set[tuple[int, int]] = set()
    out: list[Actor] = []
    for a in actors:
        k = (a.char_start, a.char_end)
        if k not in seen:
            seen.add(k)
            out.append(a)
    return out


def _dedupe_events(events: list[Event]) -> list[Event]:
    best: dict[tuple, Event] = {}
    for e in events:
        k = (e.event_type, tuple(sorted(str(_key(a)[1:]) for a in e.source)),
             tuple(sorted(str(_key(a)[1:]) for a in e.target)))
        if k not in best or e.confidence > best[k].confidence:
            best[k] = e
    kept = {id(e) for e in best.values()}
    out = [e for e in events if id(e) in kept]
    out.sort(key=lambda e: -e.confidence)
    return out


def code_sentences(doc: Doc, ctx: ArticleContext, sentences: Sequence[tuple[int, SpacySpan]]) -> list[Event]:
    """Code every given (index, sentence) of the document; events in sentence order, ranked within a sentence."""
    events: list[Event] = []
    for index, sent in sentences:
        events.extend(SentenceCoder(doc, sent, index, ctx).code())
    return events
