"""The Pipeline: loads resources once, runs the stages, codes articles in batches.

Stages and their contracts (read -> write):

========================  =========================================  ==================================
stage                     reads                                      writes
========================  =========================================  ==================================
readers.prepare           RawDoc                                     Prepared (clean text, metadata)
nlp (spaCy)               Article.text                               Doc: sentences, tokens, parse, NER
resolve.dates             Article.text, Article.date, DATE/TIME ents Article.times
resolve.actors            Doc, actor KB, Article.date                Article.actors (+ coreference)
resolve.places            Doc, gazetteer, actor countries            Article.places
resolve.casualties        Doc                                        casualties (events / statistics)
resolve.quotes            Doc, actors                                Article.quotes, attributions
events.coder              Doc + all of the above                     Article.events
========================  =========================================  ==================================

Nothing expensive happens in ``Pipeline()``; resources load lazily on first use
(or eagerly with :meth:`Pipeline.load`) and are shared by every article.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .errors import InputError, TooLarge
from .model import Article, RawDoc, Sentence, Skip, article_id_for

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

    from .readers import Prepared


@dataclass(frozen=True, slots=True)
class Options:
    """Options built once per run."""

    batch_size: int = 16
    resolve_places: bool = True
    use_classifier: bool = True
    max_chars: int = 1_000_000  # spaCy's default max_length; longer texts are skipped with a reason


class Pipeline:
    """Codes articles. Construct once; reuse for many articles."""

    def __init__(self, options: Options | None = None):
        self.options = options or Options()

    @classmethod
    def load(cls, options: Options | None = None) -> Pipeline:
        """A pipeline with every resource loaded now (useful before timing or forking)."""
        pipe = cls(options)
        _ = pipe.nlp, pipe.kb, pipe.gazetteer, pipe.classifier
        return pipe

    # ---- shared resources (loaded once, cached) ----
    @functools.cached_property
    def nlp(self) -> Language:
        from .nlp import load_nlp

        return load_nlp()

    @functools.cached_property
    def kb(self) -> Any:
        from .kb import load_kb

        return load_kb()

    @functools.cached_property
    def classifier(self) -> Any:
        from .events.classify import load_classifier

        return load_classifier() if self.options.use_classifier else None

    @functools.cached_property
    def gazetteer(self) -> Any:
        from .resolve.gazetteer import load_gazetteer

        return load_gazetteer()

    # ---- public entry points ----
    def code_text(self, text: str, *, title: str | None = None, date: str | None = None,
                  source: str | None = None, url: str | None = None, input_id: str | None = None) -> Article:
        """Code one plain-text article. Raises an InputError subclass when it cannot be coded."""
        from .readers import prepare

        raw = RawDoc(content=text, origin=input_id or "<text>", title=title, date=date, source=source, url=url,
                     input_id=input_id)
        prepared = self._checked(prepare(raw))
        return self._code_batch([prepared])[0]

    def code_many(self, records: Iterable[RawDoc | Skip | dict[str, Any] | str]) -> Iterator[Article | Skip]:
        """Stream Articles (or Skips, with reasons) for raw docs, JSON-like dicts or strings; order kept."""
        from .readers import prepare

        batch: list[Prepared | Skip] = []
        for rec in records:
            item = self._to_prepared(rec, prepare)
            batch.append(item)
            if len(batch) >= self.options.batch_size:
                yield from self._flush(batch)
                batch = []
        if batch:
            yield from self._flush(batch)

    # ---- internals ----
    def _to_prepared(self, rec: RawDoc | Skip | dict[str, Any] | str, prepare: Any) -> Prepared | Skip:
        from .readers.jsonl import record_to_raw

        if isinstance(rec, Skip):
            return rec
        rid = None if not isinstance(rec, dict) or rec.get("id") is None else str(rec["id"])
        origin = rec.origin if isinstance(rec, RawDoc) else rid or ("<record>" if isinstance(rec, dict) else "<text>")
        try:
            if isinstance(rec, str):
                rec = RawDoc(content=rec, origin=origin)
            elif isinstance(rec, dict):
                rec = record_to_raw(rec, origin)  # the same record rules as JSONL/CSV input
            return self._checked(prepare(rec))
        except InputError as exc:
            return Skip(input=origin, reason=exc.message, code=exc.code,
                        input_id=rec.input_id if isinstance(rec, RawDoc) else rid)

    def _checked(self, p: Prepared) -> Prepared:
        """Refuse texts longer than the parser's limit (spaCy needs ~1 GB of memory per 100,000 words)."""
        if len(p.text) > self.options.max_chars:
            raise TooLarge(f"article text too long: {len(p.text):,} characters exceeds the "
                           f"{self.options.max_chars:,}-character limit")
        return p

    def _flush(self, batch: Sequence[Prepared | Skip]) -> Iterator[Article | Skip]:
        prepared = [b for b in batch if not isinstance(b, Skip)]
        coded = iter(self._code_batch(prepared)) if prepared else iter(())
        for item in batch:
            yield item if isinstance(item, Skip) else next(coded)

    def _code_batch(self, prepared: Sequence[Prepared]) -> list[Article]:
        texts = [p.text for p in prepared]
        docs = self.nlp.pipe(texts, batch_size=self.options.batch_size)
        return [self._code_doc(p, doc) for p, doc in zip(prepared, docs, strict=True)]

    def _code_doc(self, p: Prepared, doc: Doc) -> Article:
        from .events.coder import ArticleContext, code_sentences
        from .resolve.actors import find_actors, resolve_coreference
        from .resolve.casualties import find_casualties
        from .resolve.dates import find_times
        from .resolve.places import event_location, find_places, localise_agents
        from .resolve.quotes import find_quotes_and_attributions

        text = p.text
        art = Article(article_id=article_id_for(text), text=text, title=p.title, date=p.date, source=p.source,
                      url=p.url, author=p.author, input_id=p.input_id, language="en")
        sents = [s for s in doc.sents if s.text.strip()]
        art.sentences = [Sentence(i, s.text, s.start_char, s.end_char) for i, s in enumerate(sents)]
        time_cands = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in {"DATE", "TIME"}]
        art.times = find_times(text, p.date, candidates=time_cands)
        actors = find_actors(doc, self.kb, p.date)
        actors = resolve_coreference(doc, actors)
        art.actors = actors
        if self.options.resolve_places:
            countries = _context_countries(actors)
            art.places = find_places(doc, self.gazetteer, context_countries=countries)
            actors = localise_agents(doc, actors, art.places, art.sentences, self.gazetteer)
            art.actors = actors
        casualties = find_casualties(doc)
        art.statistics = [c for c in casualties if c.statistic]
        art.quotes, attributions = find_quotes_and_attributions(doc, actors)
        ctx = ArticleContext(
            article_id=art.article_id, pub_date=p.date, actors=actors, attributions=list(attributions),
            quotes=art.quotes, casualties=casualties, times=art.times, places=art.places,
            locate=event_location if self.options.resolve_places else None,
            classifier=self.classifier,
        )
        art.events = code_sentences(doc, ctx, list(enumerate(sents)))
        return art


def _context_countries(actors: Sequence[Any]) -> list[str]:
    """ISO3 codes of the article's actor countries, most frequent first (the gazetteer maps them to ISO2)."""
    counts = Counter(a.country for a in actors if a.country and len(a.country) == 3)
    return [iso3 for iso3, _n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


@functools.lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    return Pipeline()


def code_text(text: str, *, title: str | None = None, date: str | None = None, source: str | None = None,
              url: str | None = None) -> Article:
    """Code one article's text with the shared default pipeline."""
    return default_pipeline().code_text(text, title=title, date=date, source=source, url=url)


def code_many(records: Iterable[RawDoc | dict[str, Any] | str]) -> Iterator[Article | Skip]:
    """Stream-code many records with the shared default pipeline."""
    return default_pipeline().code_many(records)
