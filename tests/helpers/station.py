"""A small real station for tests: a SQLite store in tmp_path with one site's reference data."""

import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

from qc_station.adapters.db.store import SqliteStore
from qc_station.adapters.photo_store import FilePhotoStore
from qc_station.app import load_json_resource
from qc_station.domain.catalogue import Merchant, RiskLevel, Sku, StorageCondition
from qc_station.domain.inspection import CheckOutcome, CheckResult, Inspection
from qc_station.domain.lot import Lot
from qc_station.domain.rules import applicable_items
from qc_station.domain.stage import Stage
from qc_station.domain.users import Role, User
from qc_station.services.inspection_service import InspectionService
from qc_station.services.lab_service import LabService
from qc_station.services.reference_data import install_reference
from qc_station.services.sampling_service import SamplingService

STATION = "HZ01-QC03"


@dataclass
class FixedClock:
    """A clock the test moves by hand."""

    current: datetime = field(default_factory=lambda: datetime(2026, 12, 2, 2, 0, tzinfo=UTC))
    tz: tzinfo | None = None  # the site's zone: this computer's, like SystemClock()

    def now(self) -> datetime:
        return self.current

    def today(self) -> date:
        return self.current.astimezone().date()


@dataclass
class StationKit:
    store: SqliteStore
    photos: FilePhotoStore
    clock: FixedClock
    service: InspectionService
    labs: LabService
    sampling: SamplingService
    milk: Sku
    lot: Lot
    inspector: User

    def rows(self, sql: str, *params: object) -> list[tuple[Any, ...]]:
        """What ``sql`` returns, read through a separate plain sqlite3 connection."""
        connection = sqlite3.connect(self.store.path)
        try:
            return connection.execute(sql, params).fetchall()
        finally:
            connection.close()

    def draft(self, stage: Stage = Stage.INBOUND, **changes: object) -> Inspection:
        """A complete, all-pass draft of the milk lot."""
        context = self.service.context(self.milk.id, self.lot.id, stage)
        checks = tuple(
            CheckResult(i.code, CheckOutcome.PASS)
            for i in applicable_items(context.template, self.milk.is_imported)
        )
        fields: dict[str, object] = {
            "id": str(uuid.uuid4()),
            "stage": stage,
            "sku_id": self.milk.id,
            "lot_id": self.lot.id,
            "station_code": STATION,
            "inspector_id": self.inspector.id,
            "started_at": self.clock.now(),
            "template_id": context.template.id,
            "checks": checks,
            "reference": "ASN20261202001",
        }
        fields.update(changes)
        return Inspection(**fields)  # type: ignore[arg-type]


def make_station(
    root: Path, seeds: Callable[[], int] = lambda: 1, sampling_hook: bool = True
) -> StationKit:
    """Open a new store under ``root`` with categories, one merchant, SKU, lot and user.

    ``sampling_hook=False`` leaves lot plans out of the submits (for tests of the lab alone).
    """
    store = SqliteStore.open(root / "station.sqlite", root / "backups")
    install_reference(store.uow, load_json_resource("reference", "standard.json"))
    clock = FixedClock()
    merchant = Merchant(str(uuid.uuid4()), "M001", "杭州乳业有限公司")
    milk = Sku(
        str(uuid.uuid4()),
        "06901028075831",
        "纯牛奶 250ml×12盒",
        merchant.id,
        "dairy",
        180,
        StorageCondition.AMBIENT,
        RiskLevel.HIGH,
    )
    made = clock.today() - timedelta(days=10)
    lot = Lot(str(uuid.uuid4()), milk.id, "20261122A1", made, made + timedelta(days=179), 1200)
    inspector = User(str(uuid.uuid4()), "zhangwei", "张伟", Role.INSPECTOR)
    with store.uow() as uow:
        uow.merchants.add(merchant)
        uow.skus.add(milk)
        uow.lots.add(lot)
        uow.users.add(inspector, "argon2-hash-not-used-here")
        uow.commit()
    photos = FilePhotoStore(root / "photos")
    labs = LabService(store.uow, clock, STATION, photos, seeds=seeds)
    sampling = SamplingService(store.uow, clock)
    service = InspectionService(
        store.uow,
        photos,
        clock,
        STATION,
        after_submit=[labs.on_submitted, sampling.on_submitted]
        if sampling_hook
        else [labs.on_submitted],
    )
    return StationKit(store, photos, clock, service, labs, sampling, milk, lot, inspector)
