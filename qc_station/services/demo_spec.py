"""The demo site's description (``resources/demo/site.json``) read into typed, checked values.

The file is meant to be edited by hand, so every problem is reported as an ``InputError``
that names the place in the file, e.g. ``site.json: skus[12].gtin: ... wrong check digit``.
"""

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import time
from pathlib import Path
from typing import Any, TypeVar

from qc_station.domain.catalogue import (
    LabelRequirement,
    ProductCategory,
    RiskLevel,
    StorageCondition,
)
from qc_station.domain.defects import DEFECTS_BY_CODE
from qc_station.domain.errors import DomainError
from qc_station.domain.gtin import is_valid_gtin
from qc_station.domain.shelf_life import ShelfLifePolicy, Window
from qc_station.domain.stage import Stage
from qc_station.domain.users import Role
from qc_station.errors import InputError

SITE_FORMAT = "qc-station-demo-site"
_E = TypeVar("_E", RiskLevel, StorageCondition, Role, LabelRequirement, Stage)
BATCH_STYLES = ("date_line", "lot_seq", "julian")


@dataclass(frozen=True, slots=True)
class CategorySpec:
    """A product category with how its goods move through the demo warehouse."""

    category: ProductCategory
    lot_size: tuple[int, int]  # units per inbound lot
    daily_sell_rate: tuple[float, float]  # share of a lot shipped per day
    defect_factor: float
    return_factor: float


@dataclass(frozen=True, slots=True)
class MerchantProfile:
    """How a merchant's goods tend to fare at inspection."""

    defect_multiplier: float
    defect_tendencies: Mapping[str, float]  # defect code -> weight multiplier
    old_stock_share: float  # share of lots shipped in with little shelf life left
    missing_date_share: float  # share of lots whose dates cannot be read
    lab_fail_rate: float
    hold_release_rate: float  # share of held lots a supervisor releases
    batch_style: str  # one of BATCH_STYLES
    volume: float
    return_factor: float


@dataclass(frozen=True, slots=True)
class MerchantSpec:
    """A merchant of the demo site."""

    code: str
    name: str
    profile: MerchantProfile


@dataclass(frozen=True, slots=True)
class SkuSpec:
    """A SKU of the demo site; ``gtin13`` is the full EAN-13."""

    gtin13: str
    name: str
    spec: str
    merchant_code: str
    category_code: str
    shelf_life_days: int | None
    storage: StorageCondition
    risk: RiskLevel
    imported: bool
    popularity: float


@dataclass(frozen=True, slots=True)
class UserSpec:
    """A demo account; ``pin`` is the clear-text demo PIN (hashed when stored)."""

    username: str
    display_name: str
    role: Role
    pin: str


@dataclass(frozen=True, slots=True)
class ShiftSpec:
    """A working shift in local time, with one break."""

    code: str
    start: time
    end: time
    break_start: time
    break_end: time


@dataclass(frozen=True, slots=True)
class PeakSpec:
    """A shopping festival (双11 ...): more shipments that day, more returns after it."""

    month: int
    day: int
    outbound_factor: float
    return_after: tuple[int, int]  # days after the peak with more returns
    return_factor: float


@dataclass(frozen=True, slots=True)
class VolumeSpec:
    """How much work a day brings."""

    inbound_lots_per_day: tuple[int, int]
    outbound_per_day: tuple[int, int]
    returns_per_day: tuple[int, int]
    weekday_factor: Mapping[Stage, tuple[float, ...]]  # Monday first, seven values
    peaks: tuple[PeakSpec, ...]
    opening_lots_per_sku: tuple[int, int]


@dataclass(frozen=True, slots=True)
class DefectSpec:
    """How often and which defects are found."""

    base_rate: Mapping[Stage, float]  # chance that an inspection finds a defect
    second_defect_chance: float
    major_to_minor_chance: float  # an inspector grades a slight major defect as minor
    extra_photo_chance: float  # a failed check gets a second photo
    weights: Mapping[str, float]
    notes: Mapping[str, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class ReturnReasonSpec:
    """A buyer's reason for a return and the defects it tends to come with."""

    text: str
    weight: float
    defect_chance: float
    defects: Mapping[str, float]
    categories: frozenset[str] | None  # only for these categories; None = all
    shelf_life_only: bool  # only for goods with a shelf life
    prefer_oldest: bool  # the returned item comes from the oldest shipped lots


@dataclass(frozen=True, slots=True)
class LabSpec:
    """How high-risk lots are sampled for the third-party lab."""

    sample_share: float
    labs: tuple[str, ...]
    report_prefixes: tuple[str, ...]
    new_sku_reason_share: float
    override_share: float
    days_to_dispatch: tuple[int, int]
    days_to_receive: tuple[int, int]
    days_to_result: tuple[int, int]
    days_to_close: tuple[int, int]


@dataclass(frozen=True, slots=True)
class DemoSite:
    """Everything the demo generator needs, checked."""

    categories: tuple[CategorySpec, ...]
    policies: tuple[ShelfLifePolicy, ...]
    merchants: tuple[MerchantSpec, ...]
    skus: tuple[SkuSpec, ...]
    users: tuple[UserSpec, ...]
    shifts: tuple[ShiftSpec, ...]
    working_hours: tuple[time, time]
    volumes: VolumeSpec
    defects: DefectSpec
    return_reasons: tuple[ReturnReasonSpec, ...]
    lab: LabSpec

    def category(self, code: str) -> CategorySpec:
        """The category ``code`` (known to exist: references are checked when reading)."""
        return next(c for c in self.categories if c.category.code == code)

    def merchant(self, code: str) -> MerchantSpec:
        """The merchant ``code`` (known to exist)."""
        return next(m for m in self.merchants if m.code == code)


def load_site_file(path: Path) -> dict[str, Any]:
    """Read a site file as JSON (UTF-8). Raises ``InputError`` on unreadable or bad JSON."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(f"{path.name}: cannot read the file: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path.name}: not UTF-8 text") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path.name}: line {exc.lineno}: not valid JSON: {exc.msg}") from exc
    if not isinstance(data, dict):
        raise InputError(f"{path.name}: expected a JSON object at the top")
    return data


class _Node:
    """A JSON object with the path it was found at, for error messages."""

    def __init__(self, data: object, path: str) -> None:
        if not isinstance(data, dict):
            raise InputError(f"{path}: expected an object")
        self._data: dict[str, object] = data
        self.path = path

    def fail(self, key: str, problem: str) -> InputError:
        return InputError(f"{self.path}.{key}: {problem}")

    def raw(self, key: str, default: object = ...) -> object:
        if key in self._data:
            return self._data[key]
        if default is ...:
            raise self.fail(key, "missing")
        return default

    def text(self, key: str, default: str | None = None) -> str:
        value = self.raw(key, ... if default is None else default)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, "expected a non-empty text")
        return value.strip()

    def number(self, key: str, default: float | None = None, low: float = 0.0) -> float:
        value = self.raw(key, ... if default is None else default)
        if isinstance(value, bool) or not isinstance(value, int | float) or value < low:
            raise self.fail(key, f"expected a number >= {low}")
        return float(value)

    def share(self, key: str, default: float | None = None) -> float:
        value = self.number(key, default)
        if value > 1:
            raise self.fail(key, "expected a share between 0 and 1")
        return value

    def flag(self, key: str, default: bool | None = None) -> bool:
        value = self.raw(key, ... if default is None else default)
        if not isinstance(value, bool):
            raise self.fail(key, "expected true or false")
        return value

    def opt_int(self, key: str) -> int | None:
        value = self.raw(key, None)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise self.fail(key, "expected a positive whole number or null")
        return value

    def seq(self, key: str, default: list[object] | None = None) -> list[object]:
        value = self.raw(key, ... if default is None else default)
        if not isinstance(value, list):
            raise self.fail(key, "expected a list")
        return value

    def nodes(self, key: str) -> list["_Node"]:
        return [_Node(item, f"{self.path}.{key}[{i}]") for i, item in enumerate(self.seq(key))]

    def node(self, key: str) -> "_Node":
        return _Node(self.raw(key), f"{self.path}.{key}")

    def int_range(self, key: str, low: int = 0) -> tuple[int, int]:
        value = self.seq(key)
        ok = len(value) == 2 and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        if not ok or not low <= int(str(value[0])) <= int(str(value[1])):
            raise self.fail(key, f"expected [min, max] whole numbers, {low} <= min <= max")
        return int(str(value[0])), int(str(value[1]))

    def float_range(self, key: str) -> tuple[float, float]:
        value = self.seq(key)
        numbers = [v for v in value if isinstance(v, int | float) and not isinstance(v, bool)]
        if len(value) != 2 or len(numbers) != 2 or not 0 <= float(numbers[0]) <= float(numbers[1]):
            raise self.fail(key, "expected [min, max] numbers, 0 <= min <= max")
        return float(numbers[0]), float(numbers[1])

    def weights(self, key: str, default: dict[str, object] | None = None) -> dict[str, float]:
        value = self.raw(key, ... if default is None else default)
        if not isinstance(value, dict):
            raise self.fail(key, "expected an object of weights")
        out: dict[str, float] = {}
        for name, weight in value.items():
            if isinstance(weight, bool) or not isinstance(weight, int | float) or weight < 0:
                raise self.fail(f"{key}.{name}", "expected a weight >= 0")
            out[str(name)] = float(weight)
        return out

    def clock(self, key: str) -> time:
        return _time(self.text(key), f"{self.path}.{key}")


def _time(text: str, path: str) -> time:
    try:
        return time.fromisoformat(text)
    except ValueError as exc:
        raise InputError(f"{path}: expected a time like 08:30, got {text!r}") from exc


def _enum(kind: type[_E], text: str, path: str) -> _E:
    try:
        return kind(text)
    except ValueError as exc:
        allowed = ", ".join(m.value for m in kind)
        raise InputError(f"{path}: {text!r} is not one of {allowed}") from exc


def parse_site(data: Mapping[str, object], name: str = "site.json") -> DemoSite:
    """Check and type a parsed site file. Raises ``InputError`` naming the first problem."""
    root = _Node(dict(data), name)
    if root.text("format") != SITE_FORMAT:
        raise root.fail("format", f"expected {SITE_FORMAT!r}")
    categories = tuple(_category(n) for n in root.nodes("categories"))
    _unique([c.category.code for c in categories], f"{name}.categories", "code")
    codes = {c.category.code for c in categories}
    merchants = tuple(_merchant(n) for n in root.nodes("merchants"))
    _unique([m.code for m in merchants], f"{name}.merchants", "code")
    skus = tuple(_sku(n, categories, {m.code for m in merchants}) for n in root.nodes("skus"))
    _unique([s.gtin13 for s in skus], f"{name}.skus", "gtin")
    users = tuple(_user(n) for n in root.nodes("users"))
    _check_users(users, f"{name}.users")
    hours = root.node("working_hours")
    site = DemoSite(
        categories=categories,
        policies=tuple(_policy(n, codes) for n in root.nodes("shelf_life_policies")),
        merchants=merchants,
        skus=skus,
        users=users,
        shifts=tuple(_shift(n) for n in root.nodes("shifts")),
        working_hours=(hours.clock("start"), hours.clock("end")),
        volumes=_volumes(root.node("volumes")),
        defects=_defects(root.node("defects")),
        return_reasons=tuple(_reason(n) for n in root.node("returns").nodes("reasons")),
        lab=_lab(root.node("lab")),
    )
    _check_site(site, name)
    return site


def _unique(values: list[str], path: str, key: str) -> None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise InputError(f"{path}: {key} {value!r} appears twice")
        seen.add(value)


def _category(node: _Node) -> CategorySpec:
    requirements = frozenset(
        _enum(LabelRequirement, str(r), f"{node.path}.label_requirements")
        for r in node.seq("label_requirements", [])
    )
    category = ProductCategory(
        code=node.text("code"),
        name_zh=node.text("name_zh"),
        name_en=node.text("name_en"),
        base_risk=_enum(RiskLevel, node.text("base_risk"), f"{node.path}.base_risk"),
        has_shelf_life=node.flag("has_shelf_life"),
        label_requirements=requirements,
    )
    return CategorySpec(
        category=category,
        lot_size=node.int_range("lot_size", low=1),
        daily_sell_rate=node.float_range("daily_sell_rate"),
        defect_factor=node.number("defect_factor", 1.0),
        return_factor=node.number("return_factor", 1.0),
    )


def _policy(node: _Node, categories: set[str]) -> ShelfLifePolicy:
    code = node.text("category")
    if code not in categories:
        raise node.fail("category", f"unknown category {code!r}")
    stage = _enum(Stage, node.text("stage"), f"{node.path}.stage")
    windows: dict[str, Window | None] = {}
    for key in ("no_receive", "no_sale", "near_expiry"):
        text = node.raw(key, None)
        if text is None:
            windows[key] = None
            continue
        try:
            windows[key] = Window.parse(str(text))
        except DomainError as exc:
            raise node.fail(key, f"not a window like '2/3' or '30d': {text!r}") from exc
    return ShelfLifePolicy(code, stage, **windows)


def _merchant(node: _Node) -> MerchantSpec:
    p = node.node("profile")
    tendencies = p.weights("defect_tendencies", {})
    _known_defects(tendencies, f"{p.path}.defect_tendencies")
    style = p.text("batch_style", "date_line")
    if style not in BATCH_STYLES:
        raise p.fail("batch_style", f"expected one of {', '.join(BATCH_STYLES)}")
    profile = MerchantProfile(
        defect_multiplier=p.number("defect_multiplier", 1.0),
        defect_tendencies=tendencies,
        old_stock_share=p.share("old_stock_share", 0.0),
        missing_date_share=p.share("missing_date_share", 0.0),
        lab_fail_rate=p.share("lab_fail_rate", 0.03),
        hold_release_rate=p.share("hold_release_rate", 0.75),
        batch_style=style,
        volume=p.number("volume", 1.0),
        return_factor=p.number("return_factor", 1.0),
    )
    return MerchantSpec(node.text("code"), node.text("name"), profile)


def _sku(node: _Node, categories: tuple[CategorySpec, ...], merchants: set[str]) -> SkuSpec:
    gtin = node.text("gtin")
    if len(gtin) != 13 or not is_valid_gtin(gtin):
        raise node.fail("gtin", f"{gtin!r} is not an EAN-13 with a correct check digit")
    category_code = node.text("category")
    category = next((c.category for c in categories if c.category.code == category_code), None)
    if category is None:
        raise node.fail("category", f"unknown category {category_code!r}")
    merchant = node.text("merchant")
    if merchant not in merchants:
        raise node.fail("merchant", f"unknown merchant {merchant!r}")
    life = node.opt_int("shelf_life_days")
    if (life is not None) != category.has_shelf_life:
        wanted = "a shelf life" if category.has_shelf_life else "no shelf life (null)"
        raise node.fail("shelf_life_days", f"category {category_code} needs {wanted}")
    risk_text = node.raw("risk", None)
    risk = category.base_risk
    if risk_text is not None:
        risk = _enum(RiskLevel, str(risk_text), f"{node.path}.risk")
    return SkuSpec(
        gtin13=gtin,
        name=node.text("name"),
        spec=str(node.raw("spec", "")).strip(),
        merchant_code=merchant,
        category_code=category_code,
        shelf_life_days=life,
        storage=_enum(StorageCondition, node.text("storage"), f"{node.path}.storage"),
        risk=risk,
        imported=node.flag("imported", False),
        popularity=node.number("popularity", 1.0),
    )


def _user(node: _Node) -> UserSpec:
    pin = node.text("pin")
    if not pin.isdigit() or not 4 <= len(pin) <= 8:
        raise node.fail("pin", "expected 4 to 8 digits")
    return UserSpec(
        username=node.text("username"),
        display_name=node.text("display_name"),
        role=_enum(Role, node.text("role"), f"{node.path}.role"),
        pin=pin,
    )


def _check_users(users: tuple[UserSpec, ...], path: str) -> None:
    _unique([u.username for u in users], path, "username")
    for role in Role:
        if not any(u.role is role for u in users):
            raise InputError(f"{path}: the demo needs at least one {role.value}")


def _shift(node: _Node) -> ShiftSpec:
    breaks = node.seq("break")
    if len(breaks) != 2:
        raise node.fail("break", "expected [start, end]")
    shift = ShiftSpec(
        code=node.text("code"),
        start=node.clock("start"),
        end=node.clock("end"),
        break_start=_time(str(breaks[0]), f"{node.path}.break"),
        break_end=_time(str(breaks[1]), f"{node.path}.break"),
    )
    if not shift.start <= shift.break_start <= shift.break_end <= shift.end < time(23, 59):
        raise InputError(f"{node.path}: expected start <= break <= end, within one day")
    return shift


def _volumes(node: _Node) -> VolumeSpec:
    factors = node.node("weekday_factor")
    weekday: dict[Stage, tuple[float, ...]] = {}
    for stage in Stage:
        values = factors.seq(stage.value)
        if len(values) != 7 or not all(isinstance(v, int | float) and v >= 0 for v in values):
            raise factors.fail(stage.value, "expected seven numbers >= 0, Monday first")
        weekday[stage] = tuple(float(str(v)) for v in values)
    return VolumeSpec(
        inbound_lots_per_day=node.int_range("inbound_lots_per_day"),
        outbound_per_day=node.int_range("outbound_per_day"),
        returns_per_day=node.int_range("returns_per_day"),
        weekday_factor=weekday,
        peaks=tuple(_peak(n) for n in node.nodes("peaks")),
        opening_lots_per_sku=node.int_range("opening_lots_per_sku"),
    )


def _peak(node: _Node) -> PeakSpec:
    text = node.text("date")
    try:
        month, day = (int(part) for part in text.split("-"))
    except ValueError as exc:
        raise node.fail("date", f"expected MM-DD, got {text!r}") from exc
    return PeakSpec(
        month=month,
        day=day,
        outbound_factor=node.number("outbound", 1.0),
        return_after=node.int_range("return_after"),
        return_factor=node.number("return_factor", 1.0),
    )


def _known_defects(codes: Mapping[str, object], path: str) -> None:
    for code in codes:
        if code not in DEFECTS_BY_CODE:
            raise InputError(f"{path}: unknown defect code {code!r}")


def _defects(node: _Node) -> DefectSpec:
    rates = node.node("base_rate")
    weights = node.weights("weights")
    _known_defects(weights, f"{node.path}.weights")
    notes_node = node.node("notes")
    notes = {
        code: tuple(str(n) for n in notes_node.seq(code))
        for code in DEFECTS_BY_CODE
        if notes_node.raw(code, None) is not None
    }
    return DefectSpec(
        base_rate={stage: rates.share(stage.value) for stage in Stage},
        second_defect_chance=node.share("second_defect_chance", 0.1),
        major_to_minor_chance=node.share("major_to_minor_chance", 0.3),
        extra_photo_chance=node.share("extra_photo_chance", 0.25),
        weights=weights,
        notes=notes,
    )


def _reason(node: _Node) -> ReturnReasonSpec:
    defects = node.weights("defects", {})
    _known_defects(defects, f"{node.path}.defects")
    categories = node.raw("categories", None)
    return ReturnReasonSpec(
        text=node.text("text"),
        weight=node.number("weight"),
        defect_chance=node.share("defect_chance", 0.0),
        defects=defects,
        categories=None
        if categories is None
        else frozenset(str(c) for c in node.seq("categories")),
        shelf_life_only=node.flag("shelf_life_only", False),
        prefer_oldest=node.flag("prefer_oldest", False),
    )


def _lab(node: _Node) -> LabSpec:
    labs = tuple(str(v) for v in node.seq("labs"))
    prefixes = tuple(str(v) for v in node.seq("report_prefixes"))
    if not labs or len(labs) != len(prefixes):
        raise node.fail("report_prefixes", "expected one report prefix per lab")
    return LabSpec(
        sample_share=node.share("sample_share"),
        labs=labs,
        report_prefixes=prefixes,
        new_sku_reason_share=node.share("new_sku_reason_share", 0.5),
        override_share=node.share("override_share", 0.1),
        days_to_dispatch=node.int_range("days_to_dispatch"),
        days_to_receive=node.int_range("days_to_receive"),
        days_to_result=node.int_range("days_to_result"),
        days_to_close=node.int_range("days_to_close"),
    )


def _check_site(site: DemoSite, name: str) -> None:
    if not site.skus:
        raise InputError(f"{name}.skus: the demo needs at least one SKU")
    if not site.shifts:
        raise InputError(f"{name}.shifts: the demo needs at least one shift")
    for reason in site.return_reasons:
        for code in reason.categories or ():
            if all(c.category.code != code for c in site.categories):
                raise InputError(f"{name}.returns: unknown category {code!r} in {reason.text}")
