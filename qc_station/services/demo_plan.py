"""The work a demo day brings: lots arriving, orders shipping, parcels coming back."""

import math
import random
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta, tzinfo

from qc_station.domain.lot import LotStatus
from qc_station.domain.stage import Stage
from qc_station.services.demo_spec import DemoSite, PeakSpec, ReturnReasonSpec
from qc_station.services.demo_world import LotState, SkuRef, Task, World, new_lot, sample_size

_TRUCKS = (time(8, 30), time(16, 0))  # first and last inbound delivery
_WAVES = (time(9, 30), time(11, 0), time(13, 30), time(15, 30), time(17, 30), time(18, 50))
_COURIERS = (time(9, 20), time(13, 0), time(16, 10))  # return parcels arrive
_INSPECTIONS_PER_LOT = ((150, 1), (1000, 2))  # lot size upper bound -> inspections; else 3


def _local(day: date, clock: time, tz: tzinfo, plus_minutes: float = 0) -> datetime:
    moment = datetime.combine(day, clock, tzinfo=tz) + timedelta(minutes=plus_minutes)
    return moment.replace(microsecond=0)


def _peak_dates(peak: PeakSpec, day: date) -> list[date]:
    return [date(year, peak.month, peak.day) for year in (day.year - 1, day.year)]


def day_factor(site: DemoSite, stage: Stage, day: date) -> float:
    """How busy ``stage`` is on ``day``: weekday pattern, shopping festivals and their returns."""
    factor = site.volumes.weekday_factor[stage][day.weekday()]
    for peak in site.volumes.peaks:
        for peak_day in _peak_dates(peak, day):
            after = (day - peak_day).days
            if stage is Stage.OUTBOUND and after == 0:
                factor *= peak.outbound_factor
            low, high = peak.return_after
            if stage is Stage.RETURN and low <= after <= high:
                factor *= peak.return_factor
    return factor


def _count(rng: random.Random, bounds: tuple[int, int], factor: float) -> int:
    return max(0, round(rng.randint(*bounds) * factor))


def _pick_refs(rng: random.Random, refs: Sequence[SkuRef], n: int) -> list[SkuRef]:
    weights = [r.spec.popularity * r.merchant.profile.volume for r in refs]
    return rng.choices(refs, weights, k=n)


def _inspections_for(quantity: int) -> int:
    return next((k for upper, k in _INSPECTIONS_PER_LOT if quantity <= upper), 3)


def opening_stock(world: World, first_day: date) -> list[LotState]:
    """Lots already accepted and partly sold when the demo's history begins."""
    rng, lots = world.rng, []
    for ref in world.refs:
        for _ in range(rng.randint(*world.site.volumes.opening_lots_per_sku)):
            life = ref.sku.shelf_life_days
            longest = 20 if life is None else max(2, min(20, life // 4))
            state = new_lot(
                world, ref, first_day - timedelta(rng.randint(2, longest)), opening=True
            )
            state.lot = replace(state.lot, status=LotStatus.RELEASED)
            sold = round(state.stock * rng.uniform(0.1, 0.7))
            state.stock -= sold
            state.shipped, state.shipped_since = sold, state.received_on + timedelta(days=1)
            lots.append(state)
    return lots


def plan_inbound(world: World, day: date, tz: tzinfo) -> tuple[list[LotState], list[Task]]:
    """The lots arriving on ``day`` (one delivery per merchant) and their inspections."""
    rng = world.rng
    n = _count(
        rng, world.site.volumes.inbound_lots_per_day, day_factor(world.site, Stage.INBOUND, day)
    )
    by_merchant: dict[str, list[SkuRef]] = {}
    for ref in _pick_refs(rng, world.refs, n):
        by_merchant.setdefault(ref.merchant.code, []).append(ref)
    first, last = (t.hour * 60 + t.minute for t in _TRUCKS)
    lots, tasks = [], []
    for code in sorted(by_merchant):
        truck = _local(day, time(0), tz, rng.randint(first, last))
        reference = world.reference("RK", day, 3)
        for ref in by_merchant[code]:
            state = new_lot(world, ref, day)
            lots.append(state)
            tasks += _inbound_tasks(
                rng, state, truck + timedelta(minutes=rng.randint(5, 40)), reference
            )
    return lots, tasks


def _inbound_tasks(
    rng: random.Random, state: LotState, ready: datetime, reference: str
) -> list[Task]:
    k = _inspections_for(state.lot.quantity)
    units = math.ceil(sample_size(state.lot.quantity) / k)
    state.inbound_left = k
    return [
        Task(
            Stage.INBOUND,
            ready + timedelta(minutes=2 * i),
            rng.uniform(2.5, 5.5) + 0.04 * units,
            state,
            units,
            reference,
        )
        for i in range(k)
    ]


def _sell(world: World, day: date, factor: float) -> list[tuple[LotState, int]]:
    """Ship today's sales from the released lots (first-in stock only: put away yesterday)."""
    shipments = []
    for state in world.lots:
        if state.lot.status is not LotStatus.RELEASED or state.stock <= 0:
            continue
        if state.received_on >= day:
            continue
        wanted = state.lot.quantity * state.sell_rate * factor * world.rng.uniform(0.6, 1.4)
        units = min(state.stock, max(1, round(wanted)))
        state.stock -= units
        state.shipped += units
        state.shipped_since = state.shipped_since or day
        shipments.append((state, units))
    return shipments


def plan_outbound(world: World, day: date, tz: tzinfo) -> list[Task]:
    """Today's shipments and the orders picked from them for an outbound inspection."""
    rng = world.rng
    factor = day_factor(world.site, Stage.OUTBOUND, day)
    shipments = _sell(world, day, factor)
    if not shipments:
        return []
    n = min(_count(rng, world.site.volumes.outbound_per_day, factor), 3 * len(shipments))
    weights = [math.sqrt(units) for _, units in shipments]
    tasks = []
    for state, _ in rng.choices(shipments, weights, k=n):
        ready = _local(day, rng.choice(_WAVES), tz, rng.uniform(0, 55))
        quantity = rng.choice((1, 1, 1, 1, 1, 2, 2, 3))
        reference = world.reference("CK", day, 5)
        tasks.append(Task(Stage.OUTBOUND, ready, rng.uniform(1.2, 3.0), state, quantity, reference))
    return tasks


def _reasons_for(site: DemoSite, state: LotState) -> list[ReturnReasonSpec]:
    code = state.ref.category.category.code
    return [
        r
        for r in site.return_reasons
        if (r.categories is None or code in r.categories)
        and (state.ref.has_shelf_life or not r.shelf_life_only)
    ]


def _oldest(rng: random.Random, lots: Sequence[LotState], day: date) -> LotState | None:
    dated = [(s.remaining_days(day), s) for s in lots if s.lot.expiry_date is not None]
    if not dated:
        return None
    dated.sort(key=lambda pair: (pair[0] or 0, pair[1].lot.id))
    return rng.choice(dated[: max(1, len(dated) // 4)])[1]


def plan_returns(world: World, day: date, tz: tzinfo) -> list[Task]:
    """Parcels coming back from buyers on ``day``, each with the buyer's reason."""
    rng, site = world.rng, world.site
    shipped = [s for s in world.lots if s.shipped_since is not None and s.shipped_since < day]
    if not shipped:
        return []
    n = _count(rng, site.volumes.returns_per_day, day_factor(site, Stage.RETURN, day))
    weights = [
        math.sqrt(s.shipped) * s.ref.merchant.profile.return_factor * s.ref.category.return_factor
        for s in shipped
    ]
    tasks = []
    for state in rng.choices(shipped, weights, k=n):
        reasons = _reasons_for(site, state)
        if not reasons:
            continue
        reason = rng.choices(reasons, [r.weight for r in reasons])[0]
        if reason.prefer_oldest:
            state = _oldest(rng, shipped, day) or state
        ready = _local(day, rng.choice(_COURIERS), tz, rng.uniform(0, 100))
        reference = world.reference("TH", day, 5)
        minutes = rng.uniform(2.0, 4.5)
        tasks.append(Task(Stage.RETURN, ready, minutes, state, 1, reference, reason))
    return tasks
