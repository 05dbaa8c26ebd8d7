"""dotterel: turn news articles into PLOVER political event data, offline.

Public API::

    import dotterel
    article = dotterel.code_text(text, title=None, date="2020-02-25")
    for event in article.events: ...
    for item in dotterel.code_many(records): ...   # Articles or Skips, in input order
"""

from __future__ import annotations

from .errors import DotterelError, InputError
from .model import (
    Actor,
    Article,
    Casualty,
    Event,
    Place,
    Quote,
    RawDoc,
    Scheduled,
    Sentence,
    Skip,
    TimeExpr,
)
from .pipeline import Options, Pipeline, code_many, code_text

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "Casualty",
    "DotterelError",
    "Event",
    "InputError",
    "Options",
    "Pipeline",
    "Place",
    "Quote",
    "RawDoc",
    "Scheduled",
    "Sentence",
    "Skip",
    "TimeExpr",
    "__version__",
    "code_many",
    "code_text",
]
