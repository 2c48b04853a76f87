"""Words for label readings: the GB 7718 elements, shelf-life units, field names."""

from PySide6.QtCore import QCoreApplication

from qc_station.domain.label_checks import LabelFindings
from qc_station.domain.label_dates import DateField
from qc_station.domain.label_evidence import LabelEvidence
from qc_station.domain.label_fields import LabelElement, ShelfLifeUnit
from qc_station.ui.check_words import proposal_text


def translate(context: str, text: str) -> str:
    """Qt's translation in ``context`` (a module-level ``tr``)."""
    return QCoreApplication.translate(context, text)


def element_text(element: LabelElement) -> str:
    """The name of a GB 7718 element as inspectors know it."""
    words = {
        LabelElement.INGREDIENTS: translate("label", "Ingredients list"),
        LabelElement.NET_CONTENT: translate("label", "Net content"),
        LabelElement.PRODUCER: translate("label", "Producer, address and contact"),
        LabelElement.PRODUCTION_DATE: translate("label", "Production date"),
        LabelElement.SHELF_LIFE: translate("label", "Shelf life"),
        LabelElement.STORAGE: translate("label", "Storage conditions"),
        LabelElement.LICENCE: translate("label", "Food production licence (SC)"),
        LabelElement.STANDARD: translate("label", "Product standard code"),
    }
    return words[element]


def unit_text(unit: ShelfLifeUnit) -> str:
    """A shelf-life unit after a number."""
    words = {
        ShelfLifeUnit.DAY: translate("label", "days"),
        ShelfLifeUnit.MONTH: translate("label", "months"),
        ShelfLifeUnit.YEAR: translate("label", "years"),
    }
    return words[unit]


def field_text(name: str) -> str:
    """The name of a label field (``LabelFields`` attribute names, and "elements")."""
    words = {
        "production_date": translate("label", "Production date"),
        "expiry_date": translate("label", "Expiry date"),
        "shelf_life": translate("label", "Shelf life"),
        "batch": translate("label", "Batch"),
        "sc_licence": translate("label", "SC licence"),
        "standard_code": translate("label", "Product standard code"),
        "net_content": translate("label", "Net content"),
        "elements": translate("label", "GB 7718 elements"),
    }
    return words.get(name, name)


def producer_part_text(part: str) -> str:
    """One part of the producer element (name, address, contact)."""
    words = {
        "name": translate("label", "name"),
        "address": translate("label", "address"),
        "contact": translate("label", "contact"),
    }
    return words.get(part, part)


def findings_lines(findings: LabelFindings) -> list[str]:
    """What a label contradicts or lacks, then the answers it proposes, in words."""
    lines = []
    if findings.elements_missing:
        names = "、".join(element_text(e) for e in findings.elements_missing)
        lines.append(translate("label", "Not on the label: %1").replace("%1", names))
    for mismatch in findings.date_mismatches:
        text = translate("label", "%1: label %2, barcode %3")
        name = (
            translate("label", "Production date")
            if mismatch.field is DateField.PRODUCTION
            else translate("label", "Expiry date")
        )
        text = text.replace("%1", name).replace("%2", mismatch.printed.isoformat())
        lines.append(text.replace("%3", mismatch.barcode.isoformat()))
    shelf = findings.shelf_life_mismatch
    if shelf is not None:
        text = translate("label", "Shelf life: label %1 %2, listing %3 days")
        text = text.replace("%1", str(shelf.printed.value)).replace(
            "%2", unit_text(shelf.printed.unit)
        )
        lines.append(text.replace("%3", str(shelf.listed_days)))
    lines.extend("→ " + proposal_text(check) for check in findings.proposals)
    return lines


def evidence_summary(evidence: LabelEvidence) -> str:
    """One paragraph on a kept label: the accepted fields, what was missing, what was
    corrected, and how it was read."""
    fields = evidence.accepted
    parts = []
    if fields.production_date is not None:
        parts.append(
            translate("label", "made %1").replace("%1", fields.production_date.isoformat())
        )
    if fields.shelf_life is not None:
        shelf = f"{fields.shelf_life.value} {unit_text(fields.shelf_life.unit)}"
        parts.append(translate("label", "shelf life %1").replace("%1", shelf))
    expiry = fields.derived_expiry
    if expiry is not None:
        parts.append(translate("label", "good until %1").replace("%1", expiry.isoformat()))
    for value in (fields.batch, fields.sc_licence, fields.standard_code, fields.net_content):
        if value:
            parts.append(value)
    lines = [" · ".join(parts)]
    if fields.elements_missing:
        names = "、".join(element_text(e) for e in fields.elements_missing)
        lines.append(translate("label", "Not on the label: %1").replace("%1", names))
    if evidence.corrected:
        lines.append(
            translate("label", "Corrected by the inspector: %1").replace(
                "%1", "、".join(field_text(name) for name in evidence.corrected)
            )
        )
    lines.append(
        translate("label", "Read by %1, photo %2")
        .replace("%1", evidence.engine)
        .replace("%2", evidence.photo[:12])
    )
    return "\n".join(lines)
