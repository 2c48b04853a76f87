"""Interpret one scanned string as GS1 data, with biip, refusing anything half-valid.

``interpret`` accepts what scanners, decoders and inspectors produce: GS1 element strings (with
ASCII 29 or a stand-in as separator, or in ``(AI)value`` form), with or without an AIM
symbology identifier, GS1 Digital Link URIs, and plain EAN-13/EAN-8/UPC-A/UPC-E/GTIN-14. It
returns a ``Gs1Data`` with the GTIN as GTIN-14, or raises ``Gs1Error`` with a stable code:

==========================  ================================================================
``gs1.unreadable``          empty, non-ASCII or not a code at all
``gs1.unknown_ai``          an Application Identifier GS1 does not define
``gs1.truncated``           a field shorter than its AI allows (or cut by a separator)
``gs1.too_long``            a variable-length field longer than its AI allows (its separator
                            is missing or the field is over-long)
``gs1.bad_check_digit``     a GTIN/SSCC/GLN whose check digit is wrong
``gs1.bad_date``            an impossible date (month 13, 30 February …)
``gs1.bad_value``           characters the AI does not allow (letters in a numeric field …)
``gs1.bad_length``          a retail code of a length its symbology cannot carry
``gs1.conflicting_ai``      the same AI twice with different values
``gs1.bad_digital_link``    a URI that is not a valid GS1 Digital Link
==========================  ================================================================

biip behaviours handled here (biip 5.2): its message parser splits fields greedily and accepts
a variable-length field that runs into the next AI without a separator; it reports a bad GTIN
check digit only in ``GS1ElementString.gtin_error`` while the parse "succeeds"; its ``\\d`` patterns
accept non-ASCII digits; ``biip.parse`` tries every parser and keeps any that succeeds (e.g. an
EAN-8 with a bad check digit is then read as the element string ``(15)YYMMDD``); Digital Link
query parameters with unknown AIs are ignored; a 2-digit year is resolved with the GS1 century
rule against the current UTC year. So the field splitting and the choice of format are done
here, and biip is used per field (``GS1ElementString.parse``), for GTIN/UPC parsing and for
Digital Link structure.
"""

import re
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from biip import ParseError
from biip.gs1_application_identifiers import GS1ApplicationIdentifier
from biip.gs1_digital_link_uris import GS1DigitalLinkURI
from biip.gs1_element_strings import GS1ElementString
from biip.gtin import Gtin
from biip.upc import Upc

from qc_station.domain.barcode import GS
from qc_station.domain.scan import Gs1Data, Gs1Error, ScanKind
from qc_station.domain.scan_text import (
    AIM_GS1_ELEMENT_STRING,
    AIM_RETAIL,
    DEFAULT_GS_STAND_INS,
    clean_scan_text,
    is_uri,
)

DATE_AIS = frozenset(
    {"11", "12", "13", "15", "16", "17", "4324", "4325", "4326", "7003", "7006", "7007", "7011"}
)
"""AIs whose value starts with a YYMMDD date (biip converts and validates these)."""

_ASCII_DIGITS = re.compile(r"[0-9]+")
_SCANNABLE = re.compile(r"[\x1d\x20-\x7e]+")  # printable ASCII and the group separator
_LENGTH_PART = re.compile(r"[NXYZ]?(\d*)(?:\.\.[NXYZ]?(\d+))?")
_RETAIL_LENGTHS = frozenset({8, 12, 13, 14})
_ALLOWED_RETAIL_LENGTHS = {
    "]E0": frozenset({6, 7, 8, 12, 13}),
    "]E3": frozenset({6, 7, 8, 12, 13, 15, 18}),
    "]E4": frozenset({8}),
    "]I1": frozenset({14}),
}


def interpret(
    text: str,
    symbology_id: str | None = None,
    *,
    stand_ins: Iterable[str] = DEFAULT_GS_STAND_INS,
) -> Gs1Data:
    """Interpret one scanned string; raise ``Gs1Error`` unless all of it is a valid code.

    Args:
        text: what the scanner or decoder delivered, possibly with an AIM prefix and suffix.
        symbology_id: the AIM identifier when the caller already split it off (e.g. the wedge).
        stand_ins: printable spellings of ASCII 29 to accept as separators.
    """
    cleaned = clean_scan_text(text, symbology_id, stand_ins)
    payload, sid = cleaned.payload, cleaned.symbology_id
    if not payload:
        raise Gs1Error("gs1.unreadable", f"no data in {text!r}")
    if is_uri(payload):
        return _digital_link(payload, sid)
    if _SCANNABLE.fullmatch(payload) is None:
        raise Gs1Error("gs1.unreadable", f"characters no GS1 code carries in {payload!r}")
    if sid in AIM_GS1_ELEMENT_STRING:
        return _element_string(payload, sid)
    if sid in AIM_RETAIL or _looks_retail(payload):
        return _retail(payload, sid)
    return _element_string(payload, sid)


def to_cli_json(data: Gs1Data) -> dict[str, Any]:
    """The ``qc-station gs1 --json`` object of CLI.md: absent fields ``None``, ISO dates."""
    return {
        "gtin": data.gtin,
        "batch": data.batch,
        "serial": data.serial,
        "production_date": _iso(data.production_date),
        "best_before_date": _iso(data.best_before_date),
        "expiry_date": _iso(data.expiry_date),
        "ais": dict(data.ais),
    }


def cli_gs1(text: str) -> tuple[int, dict[str, Any]]:
    """Run ``qc-station gs1 TEXT``: ``(0, object)`` for a valid code, else ``(2, {"error": …})``."""
    try:
        return 0, to_cli_json(interpret(text))
    except Gs1Error as exc:
        return 2, {"error": str(exc)}


# --- retail codes ------------------------------------------------------------------------------


def _looks_retail(payload: str) -> bool:
    """A bare run of 8, 12, 13 or 14 digits, read as a retail code rather than as AIs.

    Without an AIM identifier ``15210527`` could be an EAN-8 or the element string (15)210527;
    the retail reading wins, so that a misread EAN-8 is refused instead of becoming a date.
    Six or seven digits (UPC-E without check digit) are read as UPC-E only with an ``]E``
    identifier: without one, any six digits would pass as a GTIN.
    """
    return _ASCII_DIGITS.fullmatch(payload) is not None and len(payload) in _RETAIL_LENGTHS


def _retail(payload: str, sid: str | None) -> Gs1Data:
    """EAN-13/UPC-A/EAN-8/UPC-E/ITF-14 digits to GTIN-14."""
    digits = _retail_digits(payload, sid)
    try:
        if _is_upc_e(digits, sid):
            gtin14 = Upc.parse(digits).as_gtin_14()
        else:
            gtin14 = Gtin.parse(digits).as_gtin_14()
    except ParseError as exc:
        code = "gs1.bad_check_digit" if "check digit" in str(exc) else "gs1.bad_value"
        raise Gs1Error(code, f"{digits}: {exc}") from exc
    return Gs1Data(kind=ScanKind.RETAIL, gtin=gtin14, symbology_id=sid)


def _is_upc_e(digits: str, sid: str | None) -> bool:
    """Whether these digits are a UPC-E (6, 7 or 8 digits) rather than an EAN-8.

    With ``]E0``/``]E3`` eight digits are a UPC-E (an EAN-8 is sent as ``]E4``). Without an
    identifier, eight digits starting with 0 or 1 that are a valid UPC-E are read as one: GS1
    issues no EAN-8 with those prefixes for trade (GTIN-8 ``0…`` is restricted circulation),
    while every UPC-E starts with its number system 0 or 1. Anything else is an EAN-8.
    """
    if len(digits) in (6, 7):
        return True
    if len(digits) != 8 or sid == "]E4":
        return False
    if sid in ("]E0", "]E3"):
        return True
    if digits[0] not in "01":
        return False
    try:
        Upc.parse(digits)
    except ParseError:
        return False
    return True


def _retail_digits(payload: str, sid: str | None) -> str:
    """Check the digits and length a retail symbology can carry; drop an EAN add-on."""
    if _ASCII_DIGITS.fullmatch(payload) is None:
        raise Gs1Error("gs1.unreadable", f"a retail code has digits only: {payload!r}")
    allowed = _ALLOWED_RETAIL_LENGTHS.get(sid or "", _RETAIL_LENGTHS)
    if len(payload) not in allowed:
        raise Gs1Error("gs1.bad_length", f"{len(payload)} digits for {sid or 'EAN/UPC'}")
    if sid == "]E3" and len(payload) in (15, 18):
        return payload[:13]  # EAN-13 followed by its 2- or 5-digit add-on
    return payload


# --- element strings ---------------------------------------------------------------------------


def _element_string(payload: str, sid: str | None) -> Gs1Data:
    """A GS1 element string (``\\x1d`` separators) to ``Gs1Data``."""
    elements = [_parse_element(ai, value) for ai, value in _split_fields(payload)]
    return _to_data(ScanKind.GS1_ELEMENT_STRING, elements, sid)


def _split_fields(payload: str) -> Iterator[tuple[GS1ApplicationIdentifier, str]]:
    """Split an element string into (AI, value) by the AIs' lengths and the separators.

    A predefined-length field takes exactly its length; a variable-length one runs to the next
    separator or the end and may not exceed its maximum (GS1 General Specifications 7.8.5: a
    variable-length field not at the end is followed by FNC1).
    """
    rest = payload.lstrip(GS)
    while rest:
        ai = _extract_ai(rest)
        body = rest[len(ai.ai) :]
        low, high = ai_length_range(ai)
        if ai.separator_required:
            value = body.split(GS, 1)[0]
            if len(value) > high:
                raise Gs1Error("gs1.too_long", f"({ai.ai}) takes at most {high}: {value!r}")
        else:
            value = body[:high].split(GS, 1)[0]
        if len(value) < low:
            raise Gs1Error("gs1.truncated", f"({ai.ai}) needs {low} characters: {value!r}")
        yield ai, value
        rest = body[len(value) :].lstrip(GS)


def _extract_ai(rest: str) -> GS1ApplicationIdentifier:
    """The AI at the start of ``rest``, or ``Gs1Error`` naming what was found instead."""
    try:
        return GS1ApplicationIdentifier.extract(rest)
    except ParseError:
        head = rest[:4]
        if _ASCII_DIGITS.fullmatch(rest[:2]):
            raise Gs1Error("gs1.unknown_ai", f"no GS1 AI starts {head!r}") from None
        raise Gs1Error("gs1.unreadable", f"expected an AI, found {head!r}") from None


def ai_length_range(ai: GS1ApplicationIdentifier) -> tuple[int, int]:
    """The shortest and longest data an AI takes, from its format (e.g. ``N2+X..20`` → 1, 20)."""
    spec = ai.format.split("+", 1)[1].replace("[+", "+[")
    low = high = 0
    for part in spec.split("+"):
        optional = part.startswith("[")
        core = part.strip("[]")
        if core == "-":
            part_low, part_high = 1, 1
        else:
            match = _LENGTH_PART.fullmatch(core)
            if match is None:  # pragma: no cover - every format of biip 5.2 parses
                raise ValueError(f"unknown AI format {ai.format!r}")
            fixed, maximum = match.groups()
            part_low = int(fixed or 1) if maximum else int(fixed)
            part_high = int(maximum) if maximum else int(fixed)
        low += 0 if optional else part_low
        high += part_high
    return low, high


def _parse_element(ai: GS1ApplicationIdentifier, value: str) -> GS1ElementString:
    """One field through biip, with every failure (including biip's soft ones) raised."""
    label = f"({ai.ai}) {value!r}"
    if _SCANNABLE.fullmatch(value) is None or GS in value:
        raise Gs1Error("gs1.bad_value", f"{label}: characters outside the GS1 set")
    try:
        element = GS1ElementString.parse(ai.ai + value)
    except ParseError as exc:
        if ai.ai in DATE_AIS and _ASCII_DIGITS.fullmatch(value):
            raise Gs1Error("gs1.bad_date", f"{label}: not a date") from exc
        raise Gs1Error("gs1.bad_value", f"{label}: {exc}") from exc
    if element.gtin_error or element.sscc_error or element.gln_error:
        raise Gs1Error("gs1.bad_check_digit", f"{label}: check digit")
    return element


def _to_data(kind: ScanKind, elements: list[GS1ElementString], sid: str | None) -> Gs1Data:
    """Collect the fields the station uses; refuse an AI given twice with different values."""
    values: dict[str, str] = {}
    for element in elements:
        known = values.setdefault(element.ai.ai, element.value)
        if known != element.value:
            raise Gs1Error(
                "gs1.conflicting_ai", f"({element.ai.ai}) {known!r} and {element.value!r}"
            )
    by_ai = {element.ai.ai: element for element in elements}

    def date_of(ai: str) -> Any:
        return by_ai[ai].date if ai in by_ai else None

    gtin = by_ai["01"].gtin if "01" in by_ai else None
    return Gs1Data(
        kind=kind,
        gtin=gtin.as_gtin_14() if gtin is not None else None,
        batch=values.get("10"),
        serial=values.get("21"),
        production_date=date_of("11"),
        best_before_date=date_of("15"),
        expiry_date=date_of("17"),
        ais=tuple((element.ai.ai, element.value) for element in elements),
        symbology_id=sid,
    )


# --- GS1 Digital Link --------------------------------------------------------------------------


def _digital_link(uri: str, sid: str | None) -> Gs1Data:
    """A GS1 Digital Link URI: each AI checked like an element string, the structure by biip."""
    fields = [_checked_field(key, value) for key, value in _digital_link_fields(uri)]
    try:
        link = GS1DigitalLinkURI.parse(uri)
    except ParseError as exc:
        raise Gs1Error("gs1.bad_digital_link", str(exc)) from exc
    elements = [_parse_element(element.ai, element.value) for element in link.element_strings]
    if not fields or not elements:  # pragma: no cover - biip requires a primary key
        raise Gs1Error("gs1.bad_digital_link", f"no GS1 key in {uri!r}")
    return _to_data(ScanKind.DIGITAL_LINK, elements, sid)


def _digital_link_fields(uri: str) -> Iterator[tuple[str, str]]:
    """The numeric (AI, value) pairs of a Digital Link path and query, in order."""
    parts = urlsplit(uri)
    segments = parts.path.split("/")
    start = next((i for i, s in enumerate(segments) if _is_ai_key(s)), len(segments))
    path = segments[start:]
    for key, value in zip(path[::2], path[1::2], strict=False):
        yield key, unquote(value)
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if _ASCII_DIGITS.fullmatch(key) and 2 <= len(key) <= 4:
            yield key, value


def _is_ai_key(segment: str) -> bool:
    """Whether a path segment names a known AI."""
    if _ASCII_DIGITS.fullmatch(segment) is None:
        return False
    try:
        return GS1ApplicationIdentifier.extract(segment).ai == segment
    except ParseError:
        return False


def _checked_field(key: str, value: str) -> GS1ElementString:
    """One Digital Link (AI, value) pair checked with the element-string rules."""
    ai = _extract_ai(key)
    if ai.ai != key:
        raise Gs1Error("gs1.unknown_ai", f"no GS1 AI {key!r}")
    if ai.ai == "01":
        value = value.zfill(14)  # a Digital Link may carry a GTIN-8/12/13 unpadded
    low, high = ai_length_range(ai)
    if len(value) < low:
        raise Gs1Error("gs1.truncated", f"({ai.ai}) needs {low} characters: {value!r}")
    if len(value) > high:
        raise Gs1Error("gs1.too_long", f"({ai.ai}) takes at most {high}: {value!r}")
    return _parse_element(ai, value)


def _iso(value: Any) -> str | None:
    """ISO format of a date, or ``None``."""
    return value.isoformat() if value is not None else None
