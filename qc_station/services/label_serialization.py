"""Plain-data forms of label readings: the CLI's JSON entry, the store and the outbox.

The field keys are the CLI contract's (shared/design/CLI.md, ``label``): fields not found are
null, dates are ISO, ``shelf_life`` is ``{"value": N, "unit": "day|month|year"}``.
"""

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from qc_station.domain.label_evidence import LabelEvidence
from qc_station.domain.label_fields import (
    FIELD_NAMES,
    LabelElement,
    LabelFields,
    ShelfLife,
    ShelfLifeUnit,
)
from qc_station.domain.label_text import Point, Quad, TextLine


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _date(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(str(value))


def shelf_life_to_dict(shelf_life: ShelfLife | None) -> dict[str, Any] | None:
    """``{"value": 12, "unit": "month"}``, or None."""
    if shelf_life is None:
        return None
    return {"value": shelf_life.value, "unit": shelf_life.unit.value}


def fields_to_dict(fields: LabelFields) -> dict[str, Any]:
    """The fields in the CLI's shape (without ``file`` and ``lines``), plus what the inkjet
    reference and the producer's parts say, and the line each field came from."""
    return {
        "production_date": _iso(fields.production_date),
        "expiry_date": _iso(fields.expiry_date),
        "shelf_life": shelf_life_to_dict(fields.shelf_life),
        "batch": fields.batch,
        "sc_licence": fields.sc_licence,
        "standard_code": fields.standard_code,
        "net_content": fields.net_content,
        "elements_missing": [element.value for element in fields.elements_missing],
        "production_date_on_inkjet": fields.production_date_on_inkjet,
        "producer_parts_missing": list(fields.producer_parts_missing),
        "sources": dict(fields.sources),
    }


def fields_from_dict(data: Mapping[str, Any]) -> LabelFields:
    """The inverse of ``fields_to_dict``."""
    shelf = data.get("shelf_life")
    missing = {LabelElement(code) for code in data.get("elements_missing", ())}
    return LabelFields(
        production_date=_date(data.get("production_date")),
        expiry_date=_date(data.get("expiry_date")),
        shelf_life=None
        if shelf is None
        else ShelfLife(int(shelf["value"]), ShelfLifeUnit(shelf["unit"])),
        batch=data.get("batch"),
        sc_licence=data.get("sc_licence"),
        standard_code=data.get("standard_code"),
        net_content=data.get("net_content"),
        production_date_on_inkjet=bool(data.get("production_date_on_inkjet", False)),
        elements_present=frozenset(LabelElement) - missing,
        producer_parts_missing=tuple(data.get("producer_parts_missing", ())),
        sources={str(k): int(v) for k, v in data.get("sources", {}).items()},
    )


def label_entry(file: str, fields: LabelFields, lines: Sequence[str]) -> dict[str, Any]:
    """One entry of ``qc-station label --json``."""
    entry: dict[str, Any] = {"file": file}
    data = fields_to_dict(fields)
    for key in (*FIELD_NAMES, "elements_missing"):
        entry[key] = data[key]
    entry["lines"] = list(lines)
    return entry


def lines_to_list(lines: Sequence[TextLine]) -> list[dict[str, Any]]:
    """Text lines with their boxes and scores."""
    return [
        {"text": line.text, "box": [list(point) for point in line.box], "score": line.score}
        for line in lines
    ]


def lines_from_list(data: Sequence[Mapping[str, Any]]) -> tuple[TextLine, ...]:
    """The inverse of ``lines_to_list``."""
    return tuple(TextLine(str(d["text"]), _quad(d["box"]), float(d["score"])) for d in data)


def _quad(points: Sequence[Sequence[float]]) -> Quad:
    corners: list[Point] = [(float(x), float(y)) for x, y in points]
    return (corners[0], corners[1], corners[2], corners[3])


def evidence_to_dict(evidence: LabelEvidence) -> dict[str, Any]:
    """The whole label evidence as plain data (for the outbox and the audit trail)."""
    return {
        "photo": evidence.photo,
        "inkjet_photo": evidence.inkjet_photo,
        "engine": evidence.engine,
        "read": fields_to_dict(evidence.read),
        "accepted": fields_to_dict(evidence.accepted),
        "lines": lines_to_list(evidence.lines),
        "inkjet_lines": lines_to_list(evidence.inkjet_lines),
    }


def evidence_from_dict(data: Mapping[str, Any]) -> LabelEvidence:
    """The inverse of ``evidence_to_dict``."""
    return LabelEvidence(
        photo=str(data["photo"]),
        lines=lines_from_list(data.get("lines", ())),
        read=fields_from_dict(data["read"]),
        accepted=fields_from_dict(data["accepted"]),
        engine=str(data.get("engine", "")),
        inkjet_photo=data.get("inkjet_photo"),
        inkjet_lines=lines_from_list(data.get("inkjet_lines", ())),
    )
