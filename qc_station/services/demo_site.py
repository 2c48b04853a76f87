"""Build the demo site: a believable cloud-warehouse QC station with weeks of history.

``build_demo_site`` loads the catalogue of ``resources/demo/site.json`` (categories,
merchants, SKUs, shelf-life policies, standard checklists, users with hashed PINs) and then
generates ``days`` days of work ending ``today``: lots arriving and inspected at inbound,
orders inspected at outbound, returns with the buyers' reasons and their dispositions, lot
holds decided by supervisors, lab samples for high-risk lots, photos of failed checks.
Each day is written in one unit of work; every inspection goes through ``write_finished``
so it carries its audit entry and outbox row like a real one. The same seed gives the
same demo.
"""

import random
from collections import Counter
from collections.abc import Mapping
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import Protocol

from qc_station.domain.catalogue import Merchant, Sku
from qc_station.domain.checklist import ChecklistTemplate, standard_template
from qc_station.domain.gtin import normalize_gtin
from qc_station.domain.shelf_life import ShelfLifePolicy
from qc_station.domain.stage import Stage
from qc_station.domain.users import Role, User
from qc_station.errors import InputError
from qc_station.services.demo_plan import opening_stock
from qc_station.services.demo_run import DayClock, DayRunner, Tally, utc
from qc_station.services.demo_spec import CategorySpec, DemoSite, load_site_file, parse_site
from qc_station.services.demo_world import Ids, LotState, SkuRef, World
from qc_station.services.ports import PhotoStore, PinHasher, UnitOfWork, UnitOfWorkFactory
from qc_station.services.reference_data import template_id
from qc_station.services.serialization import canonical_json

__all__ = [
    "CHINA_TZ",
    "DemoPhoto",
    "DemoPhotoRenderer",
    "DemoSummary",
    "build_demo_site",
    "load_site_file",
]

CHINA_TZ = timezone(timedelta(hours=8), "CST")
"""China Standard Time (UTC+8, no daylight saving), the demo site's local time."""

_SETUP_TIME = time(7, 30)  # the catalogue is loaded before the first shift of the first day


@dataclass(frozen=True, slots=True)
class DemoPhoto:
    """What one demo photo shows: a product box, its barcode, Latin text, maybe a defect.

    Attributes:
        gtin13: the EAN-13 printed as a barcode on the box.
        lines: Latin text for the box's label and the camera's overlay.
        defect_code: the defect to make visible (``None`` for a clean reference photo).
        seed: varies the picture, so that no two demo photos are the same file.
    """

    gtin13: str
    lines: tuple[str, ...]
    defect_code: str | None
    seed: int


class DemoPhotoRenderer(Protocol):
    """Draws demo photos (an adapter: OpenCV in ``adapters.demo_photos``)."""

    @property
    def mime(self) -> str:
        """The media type of the bytes ``render`` returns, e.g. ``image/jpeg``."""
        ...

    def render(self, photo: DemoPhoto) -> bytes:
        """The encoded image of ``photo``."""
        ...


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """What the demo wrote (counts; the store's own counts where it has them)."""

    first_day: date
    last_day: date
    categories: int
    merchants: int
    skus: int
    users: int
    templates: int
    policies: int
    lots: int
    lots_by_status: Mapping[str, int]
    inspections: int
    inspections_by_stage: Mapping[str, int]
    verdicts: Mapping[str, int]
    verdicts_by_stage: Mapping[str, int]
    defective_inspections: int
    defective_by_stage: Mapping[str, int]
    defects_by_severity: Mapping[str, int]
    dispositions: Mapping[str, int]
    lab_samples: int
    lab_samples_by_status: Mapping[str, int]
    lab_failures: int
    photos: int
    outbox_pending: int
    outbox_done: int
    audit_entries: int

    @property
    def days(self) -> int:
        """Days of history."""
        return (self.last_day - self.first_day).days + 1

    @property
    def defect_rate(self) -> float:
        """Share of inspections with at least one failed check."""
        return self.defective_inspections / self.inspections if self.inspections else 0.0

    def as_dict(self) -> dict[str, object]:
        """Plain data for printing (dates as ISO text, mappings as dicts)."""
        data: dict[str, object] = {}
        for name in self.__slots__:
            value = getattr(self, name)
            if isinstance(value, date):
                value = value.isoformat()
            elif isinstance(value, Mapping):
                value = dict(sorted(value.items()))
            data[name] = value
        data["days"] = self.days
        data["defect_rate"] = round(self.defect_rate, 4)
        return data


class _Photographer:
    """Draws and stores demo photos on worker threads; records them when the day is written.

    Implements ``demo_run.PhotoDesk``. Each photo is a pure function of its ``DemoPhoto``
    (the seed is drawn here, in order), so threads change nothing in the result.
    """

    def __init__(
        self,
        store: PhotoStore,
        renderer: DemoPhotoRenderer,
        rng: random.Random,
        station: str,
        pool: Executor,
    ) -> None:
        self._store = store
        self._renderer = renderer
        self._rng = rng
        self._station = station
        self._pool = pool
        self._orders: dict[str, tuple[Future[tuple[str, int]], datetime]] = {}
        self._known: set[str] = set()
        self._ordered = 0

    def request(self, ref: SkuRef, state: LotState, defect: str | None, at: datetime) -> str:
        """A photo taken at the bench at local time ``at``; returns its token."""
        lines = (
            f"{ref.merchant.code} {ref.category.category.name_en}",
            f"LOT {state.lot.batch}",
            f"{self._station} {at:%Y-%m-%d %H:%M}",
        )
        return self._order(DemoPhoto(ref.spec.gtin13, lines, defect, self._seed()), at)

    def reference(self, gtin13: str, merchant: str, category: CategorySpec, at: datetime) -> str:
        """The approved product photo of a SKU; returns its token."""
        lines = (f"{merchant} {category.category.name_en}", "REFERENCE", f"EAN {gtin13}")
        return self._order(DemoPhoto(gtin13, lines, None, self._seed()), at)

    def resolve(self, uow: UnitOfWork, token: str) -> str:
        """Wait for the photo behind ``token``, record it once, return its SHA-256."""
        future, at = self._orders.pop(token)
        sha, size = future.result()
        if sha not in self._known:
            uow.photos.add(sha, self._renderer.mime, size, utc(at))
            self._known.add(sha)
        return sha

    def _order(self, photo: DemoPhoto, at: datetime) -> str:
        self._ordered += 1
        token = f"photo-{self._ordered}"
        self._orders[token] = (self._pool.submit(self._take, photo), at)
        return token

    def _take(self, photo: DemoPhoto) -> tuple[str, int]:
        data = self._renderer.render(photo)
        return self._store.put(data), len(data)

    def _seed(self) -> int:
        return self._rng.getrandbits(31)


def build_demo_site(
    uow: UnitOfWorkFactory,
    photos: PhotoStore,
    pins: PinHasher,
    photo_renderer: DemoPhotoRenderer,
    site: Mapping[str, object],
    today: date,
    days: int = 30,
    seed: int = 7,
    station_code: str = "HZ01-QC03",
    tz: tzinfo = CHINA_TZ,
    until: datetime | None = None,
) -> DemoSummary:
    """Fill an empty store with the demo site and ``days`` days of history up to ``today``.

    Args:
        uow: the store's unit-of-work factory.
        photos: where photo bytes go.
        pins: hashes the demo PINs.
        photo_renderer: draws the product and defect photos.
        site: the parsed ``site.json`` (see ``load_site_file``).
        today: the last day of the history (the station's local day).
        days: how many days of history, ``today`` included.
        seed: everything random follows from it: the same seed gives the same demo.
        station_code: the station the inspections are made at.
        tz: the station's local time zone (working hours are local).
        until: when given (timezone-aware), nothing after it has happened yet, e.g.
            ``clock.now()`` so today's history stops at the present moment.

    Raises:
        InputError: the site description is wrong, ``days`` is not positive, or the store
            already holds data (the demo is only built into an empty store).
    """
    spec = parse_site(site)
    if days < 1:
        raise InputError(f"days must be at least 1, got {days}")
    if until is not None and until.tzinfo is None:
        raise InputError("until must be timezone-aware")
    _refuse_filled(uow)
    rng = random.Random(seed)
    first_day = today - timedelta(days=days - 1)
    horizon = datetime.combine(today + timedelta(days=1), time(0), tzinfo=tz)
    if until is not None:
        horizon = min(horizon, until.astimezone(tz))
    clock = DayClock(tz, today, horizon)
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="demo-photos") as pool:
        photographer = _Photographer(photos, photo_renderer, rng, station_code, pool)
        with uow(write=True) as unit:
            world = _load_catalogue(
                unit, spec, pins, photographer, rng, station_code, first_day, clock
            )
            unit.commit()
        tally = Tally()
        runner = DayRunner(world, clock, photographer, tally)
        for offset in range(days):
            with uow(write=True) as unit:
                runner.run_day(unit, first_day + timedelta(days=offset))
                unit.commit()
    return _summary(uow, world, tally, first_day, today)


def _refuse_filled(uow: UnitOfWorkFactory) -> None:
    with uow(write=False) as unit:
        found = {
            "inspections": unit.inspections.count(),
            "SKUs": len(unit.skus.list()),
            "merchants": len(unit.merchants.list()),
            "users": len(unit.users.list()),
        }
    held = [f"{count} {name}" for name, count in found.items() if count]
    if held:
        raise InputError(
            f"the store already holds data ({', '.join(held)}); the demo site is built only "
            "into an empty store: choose a new data folder"
        )


def _load_catalogue(
    uow: UnitOfWork,
    spec: DemoSite,
    pins: PinHasher,
    photographer: _Photographer,
    rng: random.Random,
    station_code: str,
    first_day: date,
    clock: DayClock,
) -> World:
    """Write the catalogue, checklists, policies, users and opening stock; return the world."""
    ids = Ids(random.Random(rng.getrandbits(64)))
    at = clock.at(first_day, _SETUP_TIME)
    rules = _load_rules(uow, spec)
    spec = rules.site
    users = _load_users(uow, spec, pins, ids)
    refs = _load_skus(uow, spec, ids, photographer, at)
    world = World(
        site=spec,
        rng=rng,
        ids=ids,
        station_code=station_code,
        refs=refs,
        templates=rules.templates,
        policies=rules.policies,
        inspectors=[u.id for u in users if u.role is Role.INSPECTOR],
        supervisors=[u.id for u in users if u.role is Role.SUPERVISOR],
    )
    for state in opening_stock(world, first_day):
        uow.lots.add(state.lot)
        world.lots.append(state)
    admin = next(u for u in users if u.role is Role.ADMIN)
    detail = {"site_skus": len(refs), "first_day": first_day.isoformat(), "station": station_code}
    uow.audit.append(
        utc(at), admin.id, "demo.build", "station", station_code, canonical_json(detail)
    )
    return world


@dataclass(frozen=True, slots=True)
class _Rules:
    """The rules the demo runs under, as stored."""

    site: DemoSite  # with the stored categories
    templates: dict[tuple[str, Stage], ChecklistTemplate]
    policies: dict[tuple[str, Stage], ShelfLifePolicy]


def _load_rules(uow: UnitOfWork, spec: DemoSite) -> _Rules:
    """Categories, standard checklists and shelf-life policies, added where missing.

    A store may already hold the station's reference data (installed when it was opened);
    what is stored is kept and used, as a site admin may have changed it.
    """
    categories = tuple(_stored_category(uow, c) for c in spec.categories)
    templates = {}
    for category_spec in categories:
        category = category_spec.category
        for stage in Stage:
            template = uow.templates.current(category.code, stage)
            if template is None:
                template = standard_template(template_id(category.code, stage, 1), category, stage)
                uow.templates.add(template)
            templates[(category.code, stage)] = template
    for policy in spec.policies:
        if uow.policies.get(policy.category_code, policy.stage) is None:
            uow.policies.put(policy)
    policies = {}
    for category_spec in categories:
        for stage in Stage:
            stored = uow.policies.get(category_spec.category.code, stage)
            if stored is not None:
                policies[(stored.category_code, stage)] = stored
    return _Rules(replace(spec, categories=categories), templates, policies)


def _stored_category(uow: UnitOfWork, category_spec: CategorySpec) -> CategorySpec:
    wanted = category_spec.category
    stored = uow.categories.get(wanted.code)
    if stored is None:
        uow.categories.add(wanted)
        return category_spec
    if stored.has_shelf_life != wanted.has_shelf_life:
        raise InputError(
            f"category {wanted.code}: the store says has_shelf_life={stored.has_shelf_life}, "
            f"the demo site says {wanted.has_shelf_life}"
        )
    return replace(category_spec, category=stored)


def _load_users(uow: UnitOfWork, spec: DemoSite, pins: PinHasher, ids: Ids) -> list[User]:
    """The demo accounts. Accounts with the same demo PIN share one hash (hashing is slow
    on purpose, and demo PINs are public anyway)."""
    hashes: dict[str, str] = {}
    users = []
    for user_spec in spec.users:
        user = User(ids.new(), user_spec.username, user_spec.display_name, user_spec.role)
        if user_spec.pin not in hashes:
            hashes[user_spec.pin] = pins.hash(user_spec.pin)
        uow.users.add(user, hashes[user_spec.pin])
        users.append(user)
    return users


def _load_skus(
    uow: UnitOfWork, spec: DemoSite, ids: Ids, photographer: _Photographer, at: datetime
) -> list[SkuRef]:
    merchants = {}
    for merchant_spec in spec.merchants:
        merchant = Merchant(ids.new(), merchant_spec.code, merchant_spec.name)
        uow.merchants.add(merchant)
        merchants[merchant.code] = merchant
    ordered = []
    for sku_spec in spec.skus:
        merchant_spec = spec.merchant(sku_spec.merchant_code)
        category = spec.category(sku_spec.category_code)
        token = photographer.reference(sku_spec.gtin13, merchant_spec.code, category, at)
        ordered.append((sku_spec, merchant_spec, category, token))
    refs = []
    for sku_spec, merchant_spec, category, token in ordered:
        sku = Sku(
            id=ids.new(),
            gtin=normalize_gtin(sku_spec.gtin13),
            name=sku_spec.name,
            merchant_id=merchants[sku_spec.merchant_code].id,
            category_code=sku_spec.category_code,
            shelf_life_days=sku_spec.shelf_life_days,
            storage=sku_spec.storage,
            risk=sku_spec.risk,
            is_imported=sku_spec.imported,
            reference_photo=photographer.resolve(uow, token),
            spec=sku_spec.spec,
        )
        uow.skus.add(sku)
        refs.append(SkuRef(sku, sku_spec, merchant_spec, category))
    return refs


def _summary(
    uow: UnitOfWorkFactory, world: World, tally: Tally, first_day: date, today: date
) -> DemoSummary:
    """The summary, with the store's own counts of what it holds."""
    with uow(write=False) as unit:
        stored = {
            "inspections": unit.inspections.count(),
            "photos": unit.photos.count(),
            "pending": unit.outbox.pending_count(),
            "lab": unit.lab_samples.count(),
            "audit": sum(1 for _ in unit.audit.entries()),
        }
    site = world.site
    return DemoSummary(
        first_day=first_day,
        last_day=today,
        categories=len(site.categories),
        merchants=len(site.merchants),
        skus=len(world.refs),
        users=len(site.users),
        templates=len(world.templates),
        policies=len(world.policies),
        lots=len(world.lots),
        lots_by_status=Counter(s.lot.status.value for s in world.lots),
        inspections=stored["inspections"],
        inspections_by_stage=dict(tally.inspections),
        verdicts=dict(tally.verdicts),
        verdicts_by_stage=dict(tally.verdicts_by_stage),
        defective_inspections=sum(tally.defective.values()),
        defective_by_stage=dict(tally.defective),
        defects_by_severity=dict(tally.severities),
        dispositions=dict(tally.dispositions),
        lab_samples=stored["lab"],
        lab_samples_by_status=dict(tally.lab),
        lab_failures=tally.lab_failures,
        photos=stored["photos"],
        outbox_pending=stored["pending"],
        outbox_done=tally.outbox_done,
        audit_entries=stored["audit"],
    )
