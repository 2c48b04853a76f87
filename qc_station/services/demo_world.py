"""The demo warehouse's moving parts: SKUs with their merchant and category, lots in stock,
the work of a day (tasks) and lot status changes waiting for their time.

Everything random comes from the ``random.Random`` handed in, so a seed gives one world.
"""

import math
import random
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from qc_station.domain.catalogue import Sku
from qc_station.domain.checklist import ChecklistTemplate
from qc_station.domain.lot import Lot, LotStatus, expiry_from_production
from qc_station.domain.sampling import code_letter, sample_size_of
from qc_station.domain.shelf_life import ShelfLifePolicy
from qc_station.domain.stage import Stage
from qc_station.domain.verdict import Verdict
from qc_station.services.demo_spec import (
    CategorySpec,
    DemoSite,
    MerchantSpec,
    ReturnReasonSpec,
    SkuSpec,
)


def sample_size(lot_size: int) -> int:
    """Units to inspect from a lot of ``lot_size`` (ISO 2859-1 code letter, level II)."""
    if lot_size < 2:
        return lot_size
    return min(sample_size_of(code_letter(lot_size, "II")), lot_size)


class Ids:
    """UUIDs drawn from the demo's seed, so the same seed gives the same ids."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def new(self) -> str:
        """A fresh version-4 UUID as text."""
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))


@dataclass(frozen=True, slots=True)
class SkuRef:
    """A stored SKU with the demo facts about it."""

    sku: Sku
    spec: SkuSpec
    merchant: MerchantSpec
    category: CategorySpec

    @property
    def has_shelf_life(self) -> bool:
        """Whether the goods carry a shelf life."""
        return self.sku.shelf_life_days is not None


@dataclass(slots=True)
class LotState:
    """A lot as the demo tracks it: the stored lot plus stock and shipments."""

    lot: Lot
    ref: SkuRef
    received_on: date
    stock: int
    sell_rate: float
    shipped: int = 0
    shipped_since: date | None = None
    inbound_left: int = 0  # inbound inspections still to be done
    inbound_verdicts: list[Verdict] = field(default_factory=list)

    def remaining_days(self, day: date) -> int | None:
        """Days of life left on ``day``, if the lot has an expiry date."""
        return None if self.lot.expiry_date is None else (self.lot.expiry_date - day).days


@dataclass(slots=True)
class Task:
    """One inspection to be done: what, when it can start, and how long it takes."""

    stage: Stage
    ready: datetime  # local time the goods are at the bench
    minutes: float
    lot: LotState
    quantity: int
    reference: str
    return_reason: ReturnReasonSpec | None = None


@dataclass(slots=True)
class StatusChange:
    """A lot status change waiting for its time (a supervisor's decision, a lab result)."""

    at: datetime  # local
    lot: LotState
    status: LotStatus
    actor_id: str
    reason: str


@dataclass(slots=True)
class World:
    """The state of the demo warehouse while the days are generated."""

    site: DemoSite
    rng: random.Random
    ids: Ids
    station_code: str
    refs: list[SkuRef]
    templates: dict[tuple[str, Stage], ChecklistTemplate]
    policies: dict[tuple[str, Stage], ShelfLifePolicy]
    inspectors: list[str]
    supervisors: list[str]
    lots: list[LotState] = field(default_factory=list)
    batches: set[tuple[str, str]] = field(default_factory=set)
    lab_sampled_skus: set[str] = field(default_factory=set)
    scheduled: list[StatusChange] = field(default_factory=list)
    references: dict[str, int] = field(default_factory=dict)

    def reference(self, prefix: str, day: date, width: int) -> str:
        """The next document number of a kind and day, e.g. ``RK20261103007``."""
        key = f"{prefix}{day:%Y%m%d}"
        self.references[key] = self.references.get(key, 0) + 1
        return f"{key}{self.references[key]:0{width}d}"

    def due(self, start: datetime, end: datetime) -> list[StatusChange]:
        """Take the scheduled changes with ``start <= at < end`` off the list."""
        now = [c for c in self.scheduled if start <= c.at < end]
        self.scheduled = [c for c in self.scheduled if not start <= c.at < end]
        return now


def batch_number(rng: random.Random, style: str, production: date) -> str:
    """A batch number in the merchant's style: ``20261103A2``, ``L25110873`` or ``5307B``."""
    if style == "lot_seq":
        return f"L{production:%y%m}{rng.randint(1, 2999):04d}"
    if style == "julian":
        day_of_year = production.timetuple().tm_yday
        return f"{production.year % 10}{day_of_year:03d}{rng.choice('ABCD')}"
    return f"{production:%Y%m%d}{rng.choice('ABC')}{rng.randint(1, 3)}"


def production_age(rng: random.Random, ref: SkuRef, *, old_stock: bool = True) -> int:
    """Days between production and arrival; ``old_stock`` lets the merchant's habit show."""
    life = ref.sku.shelf_life_days
    if life is None:
        return rng.randint(5, 120)
    if life <= 30:
        return rng.randint(1, max(1, life // 6))
    if old_stock and rng.random() < ref.merchant.profile.old_stock_share:
        return math.ceil(life * rng.uniform(0.26, 0.42))  # old stock: little life left
    return max(2, round(life * rng.uniform(0.01, 0.2)))


def lot_quantity(rng: random.Random, category: CategorySpec) -> int:
    """Units in an arriving lot, in whole cartons of 12 for bigger lots."""
    low, high = category.lot_size
    units = rng.randint(low, high)
    return max(low, round(units / 12) * 12) if units > 100 else units


def new_lot(world: World, ref: SkuRef, arrival: date, *, opening: bool = False) -> LotState:
    """A freshly arrived lot of ``ref`` with a unique batch number and fitting dates.

    ``opening`` lots were in stock before the demo's history starts: they were accepted, so
    they are neither old stock nor missing their dates.
    """
    rng = world.rng
    production = arrival - timedelta(days=production_age(rng, ref, old_stock=not opening))
    batch = batch_number(rng, ref.merchant.profile.batch_style, production)
    while (ref.sku.id, batch) in world.batches:
        batch = batch_number(rng, ref.merchant.profile.batch_style, production)
    world.batches.add((ref.sku.id, batch))
    life = ref.sku.shelf_life_days
    expiry = None if life is None else expiry_from_production(production, life)
    made: date | None = production
    missing = rng.random() < ref.merchant.profile.missing_date_share
    if life is not None and missing and not opening:
        made, expiry = None, None  # the date print cannot be read
    quantity = lot_quantity(rng, ref.category)
    lot = Lot(world.ids.new(), ref.sku.id, batch, made, expiry, quantity)
    low, high = ref.category.daily_sell_rate
    return LotState(lot, ref, arrival, quantity, rng.uniform(low, high))
