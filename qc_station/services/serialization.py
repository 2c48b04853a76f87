"""Canonical JSON forms of domain records, for the outbox, the audit trail and sync.

Keys are sorted and separators fixed, so the same record always gives the same bytes and
the same SHA-256; the central service compares these hashes to tell a resend from a clash.
"""

import hashlib
import json
from datetime import datetime
from typing import Any

from qc_station.domain.inspection import CheckResult, Inspection
from qc_station.domain.verdict import Reason
from qc_station.services.label_serialization import evidence_to_dict

SCHEMA_VERSION = 1


def canonical_json(data: Any) -> str:
    """Serialise ``data`` deterministically (sorted keys, no spaces, UTF-8 kept)."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def sha256_text(text: str) -> str:
    """Hex SHA-256 of UTF-8 text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def check_to_dict(check: CheckResult) -> dict[str, Any]:
    """One check answer as plain data."""
    return {
        "item": check.item_code,
        "outcome": check.outcome.value,
        "defect": check.defect_code,
        "severity": None if check.severity is None else check.severity.value,
        "note": check.note,
        "photos": list(check.photos),
    }


def reason_to_dict(reason: Reason) -> dict[str, Any]:
    """One reason as plain data."""
    return {
        "code": reason.code.value,
        "item": reason.item_code,
        "defect": reason.defect_code,
        "value": reason.value,
    }


def inspection_to_dict(inspection: Inspection) -> dict[str, Any]:
    """The whole inspection as plain data, checks in item order."""
    checks = sorted(inspection.checks, key=lambda c: c.item_code)
    data: dict[str, Any] = {
        "schema": SCHEMA_VERSION,
        "id": inspection.id,
        "version": inspection.version,
        "supersedes": inspection.supersedes_id,
        "amend_reason": inspection.amend_reason,
        "state": inspection.state.value,
        "stage": inspection.stage.value,
        "sku_id": inspection.sku_id,
        "lot_id": inspection.lot_id,
        "station": inspection.station_code,
        "inspector_id": inspection.inspector_id,
        "template_id": inspection.template_id,
        "reference": inspection.reference,
        "return_reason": inspection.return_reason,
        "quantity": inspection.quantity,
        "verdict": None if inspection.verdict is None else inspection.verdict.value,
        "reasons": [reason_to_dict(r) for r in inspection.reasons],
        "disposition": None if inspection.disposition is None else inspection.disposition.value,
        "started_at": _iso(inspection.started_at),
        "submitted_at": _iso(inspection.submitted_at),
        "checks": [check_to_dict(c) for c in checks],
    }
    if inspection.label is not None:  # absent, not null, so older records keep their hash
        data["label"] = evidence_to_dict(inspection.label)
    return data
