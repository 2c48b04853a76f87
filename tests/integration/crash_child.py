"""Child process of the crash test: writes inspections the way the service does, until killed.

Usage: ``python crash_child.py DATA_DIR``. Opens (creating or migrating) the store in
``DATA_DIR``, makes sure the reference data exists, prints ``ready``, then loops: one unit
of work writes a submitted inspection with its checks, its audit entry and its outbox row,
commits, and only then prints the inspection's id (flushed). An id on stdout is therefore an
acknowledgement: the inspector would have been told "saved".
"""

import hashlib
import json
import sys
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

from qc_station.adapters.db.store import SqliteStore
from qc_station.domain.catalogue import Merchant, ProductCategory, RiskLevel, Sku, StorageCondition
from qc_station.domain.checklist import ChecklistTemplate, standard_template
from qc_station.domain.defects import Severity
from qc_station.domain.inspection import CheckOutcome, CheckResult, Inspection, InspectionState
from qc_station.domain.lot import Lot
from qc_station.domain.stage import Stage
from qc_station.domain.users import Role, User
from qc_station.domain.verdict import Reason, ReasonCode, Verdict

_NS = uuid.UUID("6f1c2d3e-0000-4000-8000-00000000c0de")


def _fixed_id(name: str) -> str:
    return str(uuid.uuid5(_NS, name))


CATEGORY = ProductCategory("snacks", "休闲食品", "Snacks", RiskLevel.MEDIUM, True)
MERCHANT = Merchant(_fixed_id("merchant"), "M-CRASH", "Crash Test Foods")
SKU = Sku(
    _fixed_id("sku"),
    "06901234567892",
    "海苔薯片 60g",
    MERCHANT.id,
    CATEGORY.code,
    270,
    StorageCondition.COOL_DRY,
    RiskLevel.MEDIUM,
)
LOT = Lot(_fixed_id("lot"), SKU.id, "B-CRASH-1", date(2026, 3, 1), date(2026, 11, 25), 500)
INSPECTOR = User(_fixed_id("user"), "crash.tester", "Crash Tester", Role.INSPECTOR)
TEMPLATE: ChecklistTemplate = standard_template(_fixed_id("template"), CATEGORY, Stage.INBOUND)


def ensure_reference(store: SqliteStore) -> None:
    """Create the reference data once (one transaction, so a kill leaves all or nothing)."""
    with store.uow() as uow:
        if uow.merchants.get(MERCHANT.id) is not None:
            return
        uow.merchants.add(MERCHANT)
        uow.categories.add(CATEGORY)
        uow.skus.add(SKU)
        uow.lots.add(LOT)
        uow.users.add(INSPECTOR, "not-a-real-hash")
        uow.templates.add(TEMPLATE)
        uow.commit()


def new_inspection(now: datetime) -> Inspection:
    """A submitted inspection with every check answered, one of them failed."""
    passes = [CheckResult(item.code, CheckOutcome.PASS) for item in TEMPLATE.items[:-1]]
    failed = CheckResult(
        "lbl.legible", CheckOutcome.FAIL, "LBL-ILLEGIBLE", Severity.MAJOR, note="smudged"
    )
    checks = (*[c for c in passes if c.item_code != failed.item_code], failed)
    return Inspection(
        id=str(uuid.uuid4()),
        stage=Stage.INBOUND,
        sku_id=SKU.id,
        lot_id=LOT.id,
        station_code="ST-CRASH",
        inspector_id=INSPECTOR.id,
        started_at=now,
        template_id=TEMPLATE.id,
        checks=checks,
        reference="ASN-CRASH",
        state=InspectionState.SUBMITTED,
        verdict=Verdict.HOLD,
        reasons=(Reason(ReasonCode.MAJOR_DEFECT, failed.item_code, failed.defect_code),),
        submitted_at=now,
    )


def write_one(store: SqliteStore) -> str:
    """Inspection + checks + audit entry + outbox row in one unit of work; returns its id."""
    now = datetime.now(UTC)
    inspection = new_inspection(now)
    payload = json.dumps({"id": inspection.id, "checks": len(inspection.checks)})
    detail = json.dumps({"sha256": hashlib.sha256(payload.encode()).hexdigest()})
    with store.uow() as uow:
        uow.inspections.add(inspection)
        uow.audit.append(
            now, INSPECTOR.id, "inspection.submit", "inspection", inspection.id, detail
        )
        uow.outbox.add("inspection", inspection.id, payload, now)
        uow.commit()
    return inspection.id


def main(argv: list[str]) -> int:
    """Write until killed."""
    data = Path(argv[1])
    store = SqliteStore.open(data / "station.sqlite", data / "backups")
    ensure_reference(store)
    print("ready", flush=True)
    while True:
        print(write_one(store), flush=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
