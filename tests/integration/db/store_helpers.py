"""Helpers for the store tests: sample records, raw SQLite access, a page cap."""

import hashlib
import os
import sqlite3
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from qc_station.adapters.db.store import SqliteStore
from qc_station.domain.catalogue import (
    LabelRequirement,
    Merchant,
    ProductCategory,
    RiskLevel,
    Sku,
    StorageCondition,
)
from qc_station.domain.checklist import ChecklistTemplate, standard_template
from qc_station.domain.defects import Severity
from qc_station.domain.inspection import CheckOutcome, CheckResult, Inspection, InspectionState
from qc_station.domain.lot import Lot
from qc_station.domain.stage import Stage
from qc_station.domain.users import Role, User
from qc_station.domain.verdict import Reason, ReasonCode, Verdict

T0 = datetime(2026, 3, 15, 8, 30, 0, 123456, tzinfo=UTC)


def new_id() -> str:
    return str(uuid.uuid4())


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def raw(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection (autocommit), for poking at the file under the store."""
    return sqlite3.connect(path, isolation_level=None)


@dataclass(frozen=True)
class Seed:
    merchant: Merchant
    category: ProductCategory
    sku: Sku
    lot: Lot
    inspector: User
    template: ChecklistTemplate


def make_seed(gtin: str = "06901234567892", batch: str = "B2026031501") -> Seed:
    merchant = Merchant(new_id(), "M-ACME", "Acme Foods 艾克美")
    category = ProductCategory(
        "snacks",
        "休闲食品",
        "Snacks",
        RiskLevel.MEDIUM,
        True,
        frozenset({LabelRequirement.GB7718_FOOD}),
    )
    sku = Sku(
        new_id(),
        gtin,
        "海苔薯片 Seaweed chips 60g",
        merchant.id,
        category.code,
        270,
        StorageCondition.COOL_DRY,
        RiskLevel.MEDIUM,
        spec="60g*20",
    )
    lot = Lot(new_id(), sku.id, batch, date(2026, 3, 1), date(2026, 11, 25), 480)
    inspector = User(new_id(), "wang.li", "王丽", Role.INSPECTOR)
    template = standard_template(new_id(), category, Stage.INBOUND)
    return Seed(merchant, category, sku, lot, inspector, template)


def save_seed(store: SqliteStore, seed: Seed) -> None:
    with store.uow() as uow:
        uow.merchants.add(seed.merchant)
        uow.categories.add(seed.category)
        uow.skus.add(seed.sku)
        uow.lots.add(seed.lot)
        uow.users.add(seed.inspector, "argon2-hash")
        uow.templates.add(seed.template)
        uow.commit()


def submitted_inspection(seed: Seed, *, at: datetime = T0, **changes: Any) -> Inspection:
    """A submitted inbound inspection with one failed check among passes."""
    passes = [CheckResult(item.code, CheckOutcome.PASS) for item in seed.template.items[:4]]
    failure = CheckResult(
        "lbl.legible", CheckOutcome.FAIL, "LBL-ILLEGIBLE", Severity.MAJOR, note="smudged"
    )
    checks = (*passes, failure)
    inspection = Inspection(
        id=new_id(),
        stage=Stage.INBOUND,
        sku_id=seed.sku.id,
        lot_id=seed.lot.id,
        station_code="ST-01",
        inspector_id=seed.inspector.id,
        started_at=at - timedelta(minutes=3),
        template_id=seed.template.id,
        checks=checks,
        reference="ASN-2026-0042",
        quantity=13,
        state=InspectionState.SUBMITTED,
        verdict=Verdict.HOLD,
        reasons=(Reason(ReasonCode.MAJOR_DEFECT, "lbl.legible", "LBL-ILLEGIBLE"),),
        submitted_at=at,
    )
    return replace(inspection, **changes)


@contextmanager
def page_cap(store: SqliteStore) -> Iterator[None]:
    """Cap the writer's file at its current size (``PRAGMA max_page_count``), then lift it.

    The writer's pool is emptied so that its next connection runs the capping listener.
    """

    def cap(dbapi_connection: Any, _record: Any) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    store.writer_engine.dispose()
    event.listen(store.writer_engine, "connect", cap)
    try:
        yield
    finally:
        event.remove(store.writer_engine, "connect", cap)
        store.writer_engine.dispose()


@contextmanager
def tmpfs(mount_point: Path, size: str) -> Iterator[Path]:
    """A real, tiny tmpfs at ``mount_point`` (root only); skips the test where it cannot."""
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    mount_point.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)
