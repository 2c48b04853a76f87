"""Pure text clean-up of a scanned string before it is interpreted as GS1 data.

Scanners and decoders deliver the same code in several spellings:

- with or without an AIM symbology identifier prefix (``]C1``, ``]d2``, ``]E0`` …, ISO/IEC 15424);
- with the FNC1 separator as ASCII 29 (``\\x1d``), or, when a keyboard wedge cannot type ASCII 29,
  as a printable stand-in the scanner was configured to send (``<GS>``, ``{GS}``, ``^]``, ``~``);
- as the human-readable form printed under the bars, ``(01)09501101530003(17)261231``;
- with a trailing Enter/Tab suffix and surrounding blanks.

Everything here is a pure string function; the GS1 meaning is decided in the adapter
``qc_station.adapters.gs1_interpreter``.

Why these stand-ins by default: ``<GS>`` is what zxing-cpp's escaped text mode and the CLI
contract use; ``{GS}`` and ``^]`` (caret notation of Ctrl+], the key chord that types ASCII 29)
are what scanner formatters and terminal emulators commonly produce. ``~`` is included because it
is the replacement character scanner manuals suggest for "GS replacement" and it is *not* in GS1
AI encodable character set 82 (nor in sets 39/64), so it can never be part of a valid GS1 field:
mapping it to a separator cannot change a valid element string. The same holds for ``|``, but
``|`` is also a common field delimiter in sites' own prefix/suffix set-ups, so it is opt-in
(pass ``stand_ins=(*DEFAULT_GS_STAND_INS, "|")``). ``<GS>`` consists of set-82 characters, so a
batch literally containing ``<GS>`` would be misread; no real batch does.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from qc_station.domain.barcode import GS

DEFAULT_GS_STAND_INS: tuple[str, ...] = ("<GS>", "{GS}", "^]", "~")
"""Printable spellings of ASCII 29 mapped back to it by default (see the module docstring)."""

AIM_GS1_ELEMENT_STRING = frozenset({"]C1", "]e0", "]d2", "]Q3", "]J1"})
"""AIM identifiers of symbols that carry a GS1 element string (GS1-128, DataBar, GS1 DataMatrix,
GS1 QR, GS1 DotCode)."""

AIM_RETAIL = frozenset({"]E0", "]E3", "]E4", "]I1"})
"""AIM identifiers of symbols that carry a bare GTIN (EAN-13/UPC-A/UPC-E, with add-on, EAN-8,
ITF-14)."""

_AIM_RE = re.compile(r"\][A-Za-z][0-9A-Za-z]")
_HRI_AI_RE = re.compile(r"\((\d{2,4})\)")
_URI_RE = re.compile(r"https?://", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ScanText:
    """A scanned string split into its AIM identifier and its payload.

    Attributes:
        symbology_id: the AIM identifier such as ``"]d2"``, or ``None`` when there was none.
        payload: the data after the identifier, blanks and Enter/Tab suffix removed.
    """

    symbology_id: str | None
    payload: str


def split_aim_prefix(text: str) -> tuple[str | None, str]:
    """Split a leading AIM symbology identifier (``]`` + code character + modifier) off ``text``.

    Returns ``(identifier, rest)``; ``identifier`` is ``None`` when ``text`` does not start with
    a well-formed identifier. Only one modifier character is read (every GS1-relevant identifier
    has exactly one).
    """
    if _AIM_RE.match(text):
        return text[:3], text[3:]
    return None, text


def strip_suffix_and_blanks(text: str) -> str:
    """Remove the scanner's Enter/Tab suffix and surrounding blanks.

    Leading and trailing ASCII 29 are removed as well: a leading one is the FNC1 in first
    position some scanners transmit, a trailing one separates nothing.
    """
    return text.strip(" \t\r\n\x00" + GS)


def normalize_separators(text: str, stand_ins: Iterable[str] = DEFAULT_GS_STAND_INS) -> str:
    """Replace each stand-in spelling of the group separator in ``text`` by ASCII 29.

    Longer stand-ins are replaced first, so that one stand-in that contains another is not
    half-replaced. Empty stand-ins are ignored.
    """
    for stand_in in sorted({s for s in stand_ins if s}, key=len, reverse=True):
        text = text.replace(stand_in, GS)
    return text


def is_uri(text: str) -> bool:
    """Whether ``text`` looks like an http(s) URI (a GS1 Digital Link candidate)."""
    return _URI_RE.match(text) is not None


def is_hri(text: str) -> bool:
    """Whether ``text`` is written in the human-readable form ``(AI)value(AI)value``."""
    return _HRI_AI_RE.match(text) is not None


def hri_to_element_string(text: str) -> str:
    """Turn ``(01)09501101530003(10)AB(17)261231`` into ``0109501101530003\\x1d10AB\\x1d17261231``.

    A separator is put after every field; separators after fixed-length fields are allowed by the
    GS1 General Specifications and ignored by the parser. Blanks between fields are dropped.
    Text before the first ``(AI)`` is kept in front (so it is reported, not silently lost).
    """
    parts = _HRI_AI_RE.split(text.strip())
    head, rest = parts[0], parts[1:]
    fields = [ai + value.strip() for ai, value in zip(rest[::2], rest[1::2], strict=True)]
    return head + GS.join(fields)


def clean_scan_text(
    text: str,
    symbology_id: str | None = None,
    stand_ins: Iterable[str] = DEFAULT_GS_STAND_INS,
) -> ScanText:
    """Split off the AIM identifier and normalise separators of one scanned string.

    ``symbology_id``, when given, is the identifier the caller already knows (a decoder's, or one
    split off by the wedge); a copy of it at the start of ``text`` is removed. Otherwise an
    identifier at the start of ``text`` is split off. Separator stand-ins are not replaced in a
    URI (``~`` is a legal URI character) nor in HRI text (it is converted instead).
    """
    text = strip_suffix_and_blanks(text)
    if symbology_id is None:
        symbology_id, text = split_aim_prefix(text)
    elif text.startswith(symbology_id):
        text = text[len(symbology_id) :]
    text = strip_suffix_and_blanks(text)
    if is_uri(text):
        return ScanText(symbology_id, text)
    text = hri_to_element_string(text) if is_hri(text) else normalize_separators(text, stand_ins)
    return ScanText(symbology_id, strip_suffix_and_blanks(text))
