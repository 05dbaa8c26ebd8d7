"""Bytes to text: size, binary and encoding checks shared by every reader.

Decoding order: UTF-8 (a BOM is fine), UTF-16/32 with a BOM, UTF-16 without a
BOM when the NUL-byte pattern shows it, then cp1252 or the charset-normalizer
candidate whose non-ASCII characters are plausible in Western text (so a cp1252
or latin-1 file decodes as such), then charset-normalizer's best guess when it
is clean and coherent (a cp1251 Russian file decodes, and the language check
rejects it). Anything else is an
:class:`~dotterel.errors.EncodingError`; NUL bytes or many control bytes make a
:class:`~dotterel.errors.BinaryInput`.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from dotterel.errors import BinaryInput, EmptyInput, EncodingError, TooLarge

#: default largest input accepted, in bytes (``--max-bytes``)
DEFAULT_MAX_BYTES = 20_000_000
#: bytes inspected by the binary check
SNIFF_BYTES = 8192
#: share of control bytes (other than tab, newline, CR, FF, VT, ESC) that makes an input binary
CONTROL_SHARE = 0.05
#: charset-normalizer "chaos" above which a detection is not trusted
MAX_CHAOS = 0.2
#: share of non-ASCII characters that must be plausible in Western text to accept a detection
MIN_PLAUSIBLE = 0.9
#: ... and to accept cp1252 without asking charset-normalizer
FAST_PLAUSIBLE = 0.98
#: charset-normalizer language coherence needed to accept a non-Western decoding
MIN_COHERENCE = 0.2

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_PROBE = "The Quick, brown fox: 1-2 (3)."
_LATIN1_RUN = re.compile(r"[\u00c0-\u00ff]{3,}")
_ALLOWED_CONTROLS = frozenset(b"\t\n\r\x0b\x0c\x1b")
_WESTERN_EXTRA = frozenset("‘’‚“”„–—―…•·€™£¥©®°§¶«»¡¿ŒœŠšŽžŸƒ\u00a0\u2009\u202f′″†‡‰")


def format_mb(n: int) -> str:
    """Bytes as megabytes (10**6) with one decimal: ``52.4 MB``."""
    return f"{n / 1_000_000:.1f} MB"


def too_large(size: int | None, max_bytes: int) -> TooLarge:
    """The :class:`TooLarge` error for an input of ``size`` bytes (``None``: unknown, e.g. stdin)."""
    if size is None:
        return TooLarge(f"input too large: more than the {format_mb(max_bytes)} limit (--max-bytes)")
    return TooLarge(f"input too large: {format_mb(size)} exceeds the {format_mb(max_bytes)} limit (--max-bytes)")


def _bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NULs sit on one byte parity, as in UTF-16 ASCII-range text."""
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    nul_even, nul_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if nul_odd > 0.6 and nul_even < 0.05:
        return "utf-16-le"
    if nul_even > 0.6 and nul_odd < 0.05:
        return "utf-16-be"
    return None


def is_binary(data: bytes) -> bool:
    """NUL bytes or a high share of control bytes in the first :data:`SNIFF_BYTES`."""
    sample = data[:SNIFF_BYTES]
    if not sample:
        return False
    if 0 in sample:
        return True
    controls = sum(1 for b in sample if (b < 0x20 and b not in _ALLOWED_CONTROLS) or b == 0x7F)
    return controls / len(sample) > CONTROL_SHARE


def _plausible_share(text: str) -> float:
    """Share of non-ASCII characters plausible in Western text.

    Latin-1 letters and typographic signs count, except inside runs of three or
    more non-ASCII letters: such runs are mojibake (e.g. Cyrillic read as cp1252).
    """
    non_ascii = _NON_ASCII.findall(text)
    if not non_ascii:
        return 1.0
    ok = sum(1 for ch in non_ascii
             if (0xC0 <= ord(ch) <= 0xFF and ch not in "×÷") or ch in _WESTERN_EXTRA)
    ok -= sum(len(run) for run in _LATIN1_RUN.findall(text))
    return max(ok, 0) / len(non_ascii)


def _ascii_compatible(encoding: str) -> bool:
    """False for EBCDIC and other encodings that do not keep ASCII bytes as ASCII."""
    try:
        return _ASCII_PROBE.encode(encoding) == _ASCII_PROBE.encode("ascii")
    except (LookupError, UnicodeEncodeError):
        return False


def _detect(data: bytes) -> str | None:
    """A confident decoding, or ``None``.

    cp1252 when its non-ASCII characters are plainly Western; else the
    charset-normalizer candidate most plausible as Western text; else
    charset-normalizer's best guess when it is clean and recognises a language
    (the language check then rejects it if it is not English).
    """
    try:
        western: str | None = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _plausible_share(western) >= FAST_PLAUSIBLE:
        return western
    candidates: list[tuple[float, int, str]] = []
    best_guess: str | None = None
    for rank, match in enumerate(charset_normalizer.from_bytes(data)):
        if match.chaos > MAX_CHAOS or not _ascii_compatible(match.encoding):
            continue
        try:
            text = str(match)
        except (UnicodeDecodeError, LookupError):
            continue
        if best_guess is None and match.coherence >= MIN_COHERENCE:
            best_guess = text
        candidates.append((_plausible_share(text), -rank, text))
    if western is not None:
        candidates.append((_plausible_share(western), -len(candidates) - 1, western))
    if candidates:
        share, _, text = max(candidates, key=lambda c: (c[0], c[1]))
        if share >= MIN_PLAUSIBLE:
            return text
    return best_guess


def decode_bytes(data: bytes) -> str:
    """Decode an input's bytes to ``str`` or raise EmptyInput / BinaryInput / EncodingError."""
    if not data.strip():
        raise EmptyInput("empty input")
    encoding = _bom_encoding(data)
    if encoding is None and 0 in data[:SNIFF_BYTES]:
        encoding = _utf16_without_bom(data[:SNIFF_BYTES])
    if encoding:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise EncodingError(f"cannot decode input as {encoding}: {exc.reason} at byte {exc.start}") from None
    elif is_binary(data):
        raise BinaryInput("binary file, not text")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            detected = _detect(data)
            if detected is None:
                raise EncodingError(
                    f"cannot decode input: not valid UTF-8 ({exc.reason} at byte {exc.start}) "
                    "and no confident encoding detected"
                ) from None
            text = detected
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise EmptyInput("empty input")
    return text
