"""A synthetic store of many inspections for the database benchmark.

Reference data goes through the real repositories; the bulk of the inspection rows is
inserted with plain SQL in large transactions (durability is not under test while filling).
Check answers are not filled for the bulk rows: the history and search queries read the
inspection, SKU, lot, merchant and user tables only.
"""

import random
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from qc_station.adapters.db.store import SqliteStore
from qc_station.adapters.db.tables import to_utc_text
from qc_station.domain.catalogue import (
    LabelRequirement,
    Merchant,
    ProductCategory,
    RiskLevel,
    Sku,
    StorageCondition,
)
from qc_station.domain.checklist import standard_template
from qc_station.domain.gtin import make_gtin13
from qc_station.domain.lot import Lot
from qc_station.domain.shelf_life import ShelfLifePolicy, Window
from qc_station.domain.stage import Stage
from qc_station.domain.users import Role, User

STATIONS = [f"HZ01-QC{n:02d}" for n in range(1, 11)]
NAMES = ["纯牛奶", "酸奶", "坚果礼盒", "保湿精华液", "洗发水", "电动牙刷", "积木玩具", "纯棉T恤"]
CHUNK = 50_000
DAIRY = ProductCategory(
    "dairy", "乳制品", "Dairy", RiskLevel.HIGH, True, frozenset({LabelRequirement.GB7718_FOOD})
)


@dataclass(frozen=True, slots=True)
class BenchSite:
    """Ids of the reference data the benchmark works with."""

    sku_ids: list[str]
    gtins: list[str]
    lot_ids: list[str]
    batches: list[str]
    user_ids: list[str]
    template_id: str
    lot_skus: list[str]


def seed_reference(store: SqliteStore, skus: int = 60, lots: int = 3000) -> BenchSite:
    """Categories, merchants, SKUs, lots, users, a template and policies, via repositories."""
    rng = random.Random(11)
    template = standard_template("tpl-dairy-inbound", DAIRY, Stage.INBOUND)
    site = BenchSite([], [], [], [], [], template.id, [])
    with store.uow() as uow:
        uow.categories.add(DAIRY)
        uow.templates.add(template)
        policy = ShelfLifePolicy("dairy", Stage.INBOUND, no_receive=Window.parse("2/3"))
        uow.policies.put(policy)
        merchants = [Merchant(str(uuid.uuid4()), f"M{n:03d}", f"商家{n}") for n in range(12)]
        for merchant in merchants:
            uow.merchants.add(merchant)
        for n in range(skus):
            gtin = "0" + make_gtin13(f"69{n:010d}")
            name = f"{NAMES[n % len(NAMES)]} {n}号"
            sku = Sku(
                str(uuid.uuid4()),
                gtin,
                name,
                merchants[n % 12].id,
                "dairy",
                180,
                StorageCondition.CHILLED,
                RiskLevel.HIGH,
            )
            uow.skus.add(sku)
            site.sku_ids.append(sku.id)
            site.gtins.append(gtin)
        for n in range(lots):
            made = date(2026, 1, 1) + timedelta(days=rng.randrange(330))
            batch = f"{made:%Y%m%d}{chr(65 + n % 26)}{n}"
            lot = Lot(
                str(uuid.uuid4()),
                site.sku_ids[n % skus],
                batch,
                made,
                made + timedelta(days=179),
                1000,
            )
            uow.lots.add(lot)
            site.lot_ids.append(lot.id)
            site.lot_skus.append(lot.sku_id)
            site.batches.append(batch)
        for n in range(8):
            user = User(str(uuid.uuid4()), f"qc{n}", f"质检员{n}", Role.INSPECTOR)
            uow.users.add(user, "not-a-real-hash")
            site.user_ids.append(user.id)
        uow.commit()
    return site


def bulk_inspections(db_path: Path, site: BenchSite, rows: int, end: datetime) -> None:
    """Insert ``rows`` submitted inspections spread over the year before ``end``."""
    rng = random.Random(5)
    span = 365 * 24 * 3600
    connection = sqlite3.connect(db_path, isolation_level=None)
    try:
        connection.execute("PRAGMA synchronous=OFF")
        for start in range(0, rows, CHUNK):
            batch = [
                _row(rng, site, end - timedelta(seconds=rng.randrange(span)), n)
                for n in range(start, min(rows, start + CHUNK))
            ]
            connection.execute("BEGIN")
            connection.executemany(_INSERT, batch)
            connection.execute("COMMIT")
    finally:
        connection.close()


_INSERT = (
    "INSERT INTO inspection (id, version, supersedes_id, amend_reason, state, stage, sku_id,"
    " lot_id, station_code, inspector_id, template_id, reference, return_reason, quantity,"
    " verdict, reasons_json, disposition, defect_count, started_at, submitted_at)"
    " VALUES (?, 1, NULL, '', 'submitted', ?, ?, ?, ?, ?, ?, ?, '', 1, ?, '[]', NULL, ?, ?, ?)"
)


def _row(rng: random.Random, site: BenchSite, at: datetime, n: int) -> tuple[object, ...]:
    lot = rng.randrange(len(site.lot_ids))
    defects = 1 if rng.random() < 0.05 else 0
    verdict = "accept" if not defects else rng.choice(["hold", "reject", "accept"])
    stamp = to_utc_text(at)
    return (
        str(uuid.uuid4()),
        rng.choice(["inbound", "outbound"]),
        site.sku_ids[lot % len(site.sku_ids)],
        site.lot_ids[lot],
        rng.choice(STATIONS),
        rng.choice(site.user_ids),
        site.template_id,
        f"ASN{at:%Y%m%d}{n % 997:04d}",
        verdict,
        defects,
        to_utc_text(at - timedelta(seconds=40)),
        stamp,
    )


def now_utc() -> datetime:
    """The current time, UTC."""
    return datetime.now(UTC)
