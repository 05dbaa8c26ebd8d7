"""One catalogue of dotterel errors.

Library code raises these; the CLI turns any of them into one line on stderr
(``dotterel: error: <message>``) and a non-zero exit. Per-input problems in a
batch become :class:`dotterel.model.Skip` records with the same ``code`` and
message, so a batch never dies on one bad article.
"""

from __future__ import annotations


class DotterelError(Exception):
    """Base class. ``code`` is a stable machine-readable identifier."""

    code = "error"
    exit_code = 1

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(DotterelError):
    """The input cannot be coded (per-input: becomes a Skip in batches)."""

    code = "bad_input"


class EmptyInput(InputError):
    code = "empty"


class BinaryInput(InputError):
    code = "binary"


class EncodingError(InputError):
    code = "encoding"


class NotEnglish(InputError):
    code = "not_english"


class TooLarge(InputError):
    code = "too_large"


class MalformedHTML(InputError):
    code = "malformed_html"


class MalformedRecord(InputError):
    code = "malformed_record"


class NoText(InputError):
    code = "no_text"


class UsageError(DotterelError):
    """Bad options or arguments given by the caller."""

    code = "usage"
    exit_code = 2


class FileNotFound(UsageError):
    code = "not_found"


class StoreError(DotterelError):
    code = "store"


class SchemaVersionError(StoreError):
    code = "schema_version"


class ResourceError(DotterelError):
    """A shipped resource (model, KB, gazetteer) is missing or broken."""

    code = "resource"


class GoldFormatError(DotterelError):
    code = "gold_format"
