"""The demo site generator against in-memory fakes of the ports (fast, no SQLite, no OpenCV)."""

import hashlib
import itertools
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import pytest

from qc_station.domain.audit import GENESIS_HASH, AuditEntry, entry_hash, verify_chain
from qc_station.domain.catalogue import Merchant, ProductCategory, Sku
from qc_station.domain.checklist import ChecklistTemplate
from qc_station.domain.gtin import is_valid_gtin
from qc_station.domain.inspection import CheckOutcome, Inspection
from qc_station.domain.lab import LabSample
from qc_station.domain.lab_selection import LabSelection, decide_lab_sampling, draw_for
from qc_station.domain.lot import Lot, LotStatus
from qc_station.domain.rules import decide
from qc_station.domain.shelf_life import ShelfLifePolicy
from qc_station.domain.stage import Stage
from qc_station.domain.users import Role, User
from qc_station.domain.verdict import Verdict
from qc_station.errors import ConflictError, InputError
from qc_station.services.demo_rota import assign, crew
from qc_station.services.demo_site import (
    CHINA_TZ,
    DemoPhoto,
    DemoSummary,
    build_demo_site,
    load_site_file,
)
from qc_station.services.demo_spec import parse_site
from qc_station.services.demo_world import sample_size
from qc_station.services.inspection_service import InspectionContext, assess_shelf_life
from qc_station.services.ports import HistoryQuery, InspectionSummary
from qc_station.services.serialization import canonical_json, inspection_to_dict

SITE_FILE = Path(__file__).resolve().parents[3] / "resources" / "demo" / "site.json"
TODAY = date(2026, 12, 2)


# --- fakes -------------------------------------------------------------------------------


@dataclass
class Tables:
    merchants: dict[str, Merchant] = field(default_factory=dict)
    categories: dict[str, ProductCategory] = field(default_factory=dict)
    skus: dict[str, Sku] = field(default_factory=dict)
    lots: dict[str, Lot] = field(default_factory=dict)
    templates: dict[str, ChecklistTemplate] = field(default_factory=dict)
    policies: dict[tuple[str, Stage], ShelfLifePolicy] = field(default_factory=dict)
    users: dict[str, tuple[User, str]] = field(default_factory=dict)
    inspections: dict[str, Inspection] = field(default_factory=dict)
    photos: dict[str, tuple[str, int, datetime]] = field(default_factory=dict)
    outbox: list[dict[str, Any]] = field(default_factory=list)
    audit: list[AuditEntry] = field(default_factory=list)
    lab: dict[str, LabSample] = field(default_factory=dict)
    selections: dict[str, LabSelection] = field(default_factory=dict)


class _Repo:
    def __init__(self, t: Tables) -> None:
        self.t = t


class Merchants(_Repo):
    def add(self, m: Merchant) -> None:
        assert m.id not in self.t.merchants
        self.t.merchants[m.id] = m

    def get(self, merchant_id: str) -> Merchant | None:
        return self.t.merchants.get(merchant_id)

    def by_code(self, code: str) -> Merchant | None:
        return next((m for m in self.t.merchants.values() if m.code == code), None)

    def list(self) -> list[Merchant]:
        return list(self.t.merchants.values())


class Categories(_Repo):
    def add(self, c: ProductCategory) -> None:
        assert c.code not in self.t.categories
        self.t.categories[c.code] = c

    def get(self, code: str) -> ProductCategory | None:
        return self.t.categories.get(code)

    def list(self) -> list[ProductCategory]:
        return list(self.t.categories.values())


class Skus(_Repo):
    def add(self, s: Sku) -> None:
        assert all(o.gtin != s.gtin for o in self.t.skus.values())
        assert s.reference_photo is None or s.reference_photo in self.t.photos
        self.t.skus[s.id] = s

    def update(self, s: Sku) -> None:
        self.t.skus[s.id] = s

    def get(self, sku_id: str) -> Sku | None:
        return self.t.skus.get(sku_id)

    def by_gtin(self, gtin14: str) -> Sku | None:
        return next((s for s in self.t.skus.values() if s.gtin == gtin14), None)

    def list(self) -> list[Sku]:
        return list(self.t.skus.values())


class Lots(_Repo):
    def add(self, lot: Lot) -> None:
        assert lot.sku_id in self.t.skus
        assert self.find(lot.sku_id, lot.batch) is None
        self.t.lots[lot.id] = lot

    def get(self, lot_id: str) -> Lot | None:
        return self.t.lots.get(lot_id)

    def find(self, sku_id: str, batch: str) -> Lot | None:
        return next(
            (x for x in self.t.lots.values() if x.sku_id == sku_id and x.batch == batch), None
        )

    def set_status(self, lot_id: str, status: LotStatus, expected_version: int) -> Lot:
        lot = self.t.lots[lot_id]
        if lot.version != expected_version:
            raise ConflictError("stale")
        self.t.lots[lot_id] = replace(lot, status=status, version=lot.version + 1)
        return self.t.lots[lot_id]


class Templates(_Repo):
    def add(self, tpl: ChecklistTemplate) -> None:
        self.t.templates[tpl.id] = tpl

    def get(self, template_id: str) -> ChecklistTemplate | None:
        return self.t.templates.get(template_id)

    def current(self, category_code: str, stage: Stage) -> ChecklistTemplate | None:
        found = [
            x
            for x in self.t.templates.values()
            if x.category_code == category_code and x.stage is stage
        ]
        return max(found, key=lambda x: x.version) if found else None


class Policies(_Repo):
    def put(self, p: ShelfLifePolicy) -> None:
        self.t.policies[(p.category_code, p.stage)] = p

    def get(self, category_code: str, stage: Stage) -> ShelfLifePolicy | None:
        return self.t.policies.get((category_code, stage))


class Users(_Repo):
    def add(self, user: User, pin_hash: str) -> None:
        assert all(u.username != user.username for u, _ in self.t.users.values())
        self.t.users[user.id] = (user, pin_hash)

    def get(self, user_id: str) -> User | None:
        found = self.t.users.get(user_id)
        return None if found is None else found[0]

    def by_username(self, username: str) -> tuple[User, str] | None:
        return next((p for p in self.t.users.values() if p[0].username == username), None)

    def list(self) -> list[User]:
        return [u for u, _ in self.t.users.values()]


class Inspections(_Repo):
    def add(self, i: Inspection) -> None:
        assert i.id not in self.t.inspections
        assert i.lot_id in self.t.lots and i.template_id in self.t.templates
        assert all(sha in self.t.photos for c in i.checks for sha in c.photos)
        self.t.inspections[i.id] = i

    def get(self, inspection_id: str) -> Inspection | None:
        return self.t.inspections.get(inspection_id)

    def history(self, query: HistoryQuery) -> list[InspectionSummary]:
        raise NotImplementedError

    def count(self) -> int:
        return len(self.t.inspections)


class Photos(_Repo):
    def add(self, sha256: str, mime: str, size: int, at: datetime) -> None:
        self.t.photos.setdefault(sha256, (mime, size, at))

    def exists(self, sha256: str) -> bool:
        return sha256 in self.t.photos

    def count(self) -> int:
        return len(self.t.photos)


class Outbox(_Repo):
    def add(self, kind: str, entity_id: str, payload_json: str, at: datetime) -> int:
        seq = len(self.t.outbox) + 1
        self.t.outbox.append(
            {"seq": seq, "kind": kind, "entity_id": entity_id, "at": at, "done_at": None}
        )
        return seq

    def mark_done(self, seqs: Sequence[int], at: datetime) -> None:
        for seq in seqs:
            row = self.t.outbox[seq - 1]
            row["done_at"] = row["done_at"] or at

    def pending_count(self) -> int:
        return sum(1 for r in self.t.outbox if r["done_at"] is None)


class Audit(_Repo):
    def append(
        self, at: datetime, user_id: str, action: str, entity: str, entity_id: str, detail: str
    ) -> AuditEntry:
        assert at.tzinfo is not None
        prev = self.t.audit[-1].row_hash if self.t.audit else GENESIS_HASH
        row_hash = entry_hash(prev, at, user_id, action, entity, entity_id, detail)
        entry = AuditEntry(
            len(self.t.audit) + 1, at, user_id, action, entity, entity_id, detail, prev, row_hash
        )
        self.t.audit.append(entry)
        return entry

    def entries(self) -> Iterator[AuditEntry]:
        return iter(list(self.t.audit))


class LabSamples(_Repo):
    def add(self, sample: LabSample) -> None:
        assert sample.lot_id in self.t.lots
        self.t.lab[sample.id] = sample

    def list_for_lot(self, lot_id: str) -> list[LabSample]:
        return [s for s in self.t.lab.values() if s.lot_id == lot_id]

    def count(self) -> int:
        return len(self.t.lab)


class LabSelections(_Repo):
    def add(self, selection: LabSelection, decided_at: datetime, decided_by: str) -> None:
        assert selection.lot_id in self.t.lots and selection.lot_id not in self.t.selections
        self.t.selections[selection.lot_id] = selection


class FakeUow:
    def __init__(self, store: "FakeStore", write: bool) -> None:
        self._store = store
        self._write = write
        self.t = store.tables  # no rollback: the demo never rolls back
        self.merchants, self.categories, self.skus = (
            Merchants(self.t),
            Categories(self.t),
            Skus(self.t),
        )
        self.lots, self.templates, self.policies = Lots(self.t), Templates(self.t), Policies(self.t)
        self.users, self.inspections, self.photos = (
            Users(self.t),
            Inspections(self.t),
            Photos(self.t),
        )
        self.outbox, self.audit, self.lab_samples = (
            Outbox(self.t),
            Audit(self.t),
            LabSamples(self.t),
        )
        self.lab_selections = LabSelections(self.t)
        self.risk_history = None
        self.sampling = None  # the demo fixes no lot plans

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        return None

    def commit(self) -> None:
        assert self._write
        self._store.tables = self.t
        self._store.commits += 1

    def rollback(self) -> None:
        return None


class FakeStore:
    def __init__(self) -> None:
        self.tables = Tables()
        self.commits = 0

    def __call__(self, write: bool = True) -> FakeUow:
        return FakeUow(self, write)


class FakePhotoStore:
    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}

    def put(self, data: bytes) -> str:
        sha = hashlib.sha256(data).hexdigest()
        self.files[sha] = data
        return sha

    def read(self, sha256: str) -> bytes:
        return self.files[sha256]

    def exists(self, sha256: str) -> bool:
        return sha256 in self.files


class FakeRenderer:
    mime = "image/jpeg"

    def __init__(self) -> None:
        self.rendered: list[DemoPhoto] = []

    def render(self, photo: DemoPhoto) -> bytes:
        self.rendered.append(photo)
        return f"{photo.gtin13}|{photo.defect_code}|{photo.seed}|{photo.lines}".encode()


class FakeHasher:
    def __init__(self) -> None:
        self.calls = 0

    def hash(self, pin: str) -> str:
        self.calls += 1
        return f"hashed:{pin}"

    def verify(self, pin_hash: str, pin: str) -> bool:
        return pin_hash == f"hashed:{pin}"


@dataclass
class Built:
    store: FakeStore
    photos: FakePhotoStore
    renderer: FakeRenderer
    hasher: FakeHasher
    summary: DemoSummary

    @property
    def t(self) -> Tables:
        return self.store.tables


def build(days: int = 4, seed: int = 7, **kw: Any) -> Built:
    store, photos, renderer, hasher = FakeStore(), FakePhotoStore(), FakeRenderer(), FakeHasher()
    site = load_site_file(SITE_FILE)
    summary = build_demo_site(
        store, photos, hasher, renderer, site, TODAY, days=days, seed=seed, **kw
    )
    return Built(store, photos, renderer, hasher, summary)


@pytest.fixture(scope="module")
def built() -> Built:
    return build()


# --- the site file -----------------------------------------------------------------------


def test_site_file_has_a_full_catalogue() -> None:
    site = parse_site(load_site_file(SITE_FILE))
    assert len(site.categories) >= 7
    assert len(site.merchants) == 12
    assert len(site.skus) >= 60
    assert len({s.category_code for s in site.skus}) == len(site.categories)
    for sku in site.skus:
        assert len(sku.gtin13) == 13 and is_valid_gtin(sku.gtin13)
        assert 690 <= int(sku.gtin13[:3]) <= 699
        category = site.category(sku.category_code).category
        assert (sku.shelf_life_days is not None) == category.has_shelf_life
    roles = [u.role for u in site.users]
    assert roles.count(Role.INSPECTOR) == 6 and roles.count(Role.SUPERVISOR) == 2
    assert roles.count(Role.ADMIN) == 1
    assert {u.pin for u in site.users} == {"1234"}


def test_site_file_policies_keep_two_thirds_for_food_at_inbound() -> None:
    site = parse_site(load_site_file(SITE_FILE))
    food = {"snacks_drinks", "dairy", "infant_food"}
    inbound = {p.category_code: p for p in site.policies if p.stage is Stage.INBOUND}
    for code in food:
        window = inbound[code].no_receive
        assert window is not None and window.days_for(270) == 180


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("skus", 0, "gtin"), "6942305001076", "skus[0].gtin"),
        (("skus", 0, "category"), "garden", "unknown category"),
        (("shelf_life_policies", 0, "no_receive"), "two thirds", "no_receive"),
        (("users", 0, "role"), "boss", "users[0].role"),
        (("merchants", 0, "profile", "defect_tendencies"), {"NOPE": 2}, "unknown defect"),
    ],
)
def test_site_file_mistakes_are_named(path: tuple[Any, ...], value: object, message: str) -> None:
    data = load_site_file(SITE_FILE)
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(InputError, match=message.replace("[", r"\[").replace("]", r"\]")):
        parse_site(data)


def test_unreadable_site_file_is_an_input_error(tmp_path: Path) -> None:
    bad = tmp_path / "site.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="line 1"):
        load_site_file(bad)


# --- small parts -------------------------------------------------------------------------


def test_sample_sizes_follow_level_ii() -> None:
    assert [sample_size(n) for n in (5, 12, 40, 100, 300, 1000, 2400)] == [
        2, 3, 8, 20, 50, 80, 125,
    ]  # fmt: skip


def test_crew_rotates_and_rests_one_inspector_a_day() -> None:
    site = parse_site(load_site_file(SITE_FILE))
    people = [f"u{i}" for i in range(6)]
    monday = date(2026, 11, 30)
    working = [
        crew(people, site.shifts, monday + timedelta(d), CHINA_TZ, rest=True) for d in range(7)
    ]
    assert sorted(len(day) for day in working) == [5, 5, 5, 5, 5, 5, 6]
    next_week = crew(people, site.shifts, monday + timedelta(days=7), CHINA_TZ, rest=True)
    assert working[0][0].start.time() != next_week[0].start.time() or people[0] not in {
        d.user_id for d in working[0]
    }


def test_inspectors_do_one_thing_at_a_time_within_their_shift(built: Built) -> None:
    by_inspector: dict[str, list[Inspection]] = {}
    for i in built.t.inspections.values():
        by_inspector.setdefault(i.inspector_id, []).append(i)
    for done in by_inspector.values():
        done.sort(key=lambda i: i.started_at)
        for a, b in itertools.pairwise(done):
            assert a.submitted_at is not None and a.submitted_at <= b.started_at
    for i in built.t.inspections.values():
        local = i.started_at.astimezone(CHINA_TZ).time()
        assert time(8, 30) <= local and i.submitted_at is not None
        assert i.submitted_at.astimezone(CHINA_TZ).time() <= time(20, 0)


def test_assign_leaves_work_nobody_can_finish() -> None:
    site = parse_site(load_site_file(SITE_FILE))
    duties = crew(["a"], site.shifts[:1], TODAY, CHINA_TZ, rest=False)
    assert assign([], duties, random.Random(1)) == []


# --- the built demo ----------------------------------------------------------------------


def test_catalogue_users_and_rules_are_loaded(built: Built) -> None:
    t = built.t
    assert len(t.skus) >= 60 and len(t.categories) >= 7 and len(t.merchants) == 12
    assert len(t.templates) == 3 * len(t.categories)
    assert all(s.gtin == "0" + s.gtin[1:] and is_valid_gtin(s.gtin) for s in t.skus.values())
    assert all(s.reference_photo in t.photos for s in t.skus.values())
    assert {h for _, h in t.users.values()} == {"hashed:1234"}
    assert built.hasher.calls == 1  # one shared hash per distinct demo PIN


def test_every_inspection_is_audited_and_queued_once(built: Built) -> None:
    t = built.t
    audited = [e.entity_id for e in t.audit if e.action == "inspection.submit"]
    queued = [r["entity_id"] for r in t.outbox if r["kind"] == "inspection"]
    assert sorted(audited) == sorted(queued) == sorted(t.inspections)
    assert verify_chain(t.audit).ok


def test_only_todays_outbox_rows_are_pending(built: Built) -> None:
    for row in built.t.outbox:
        day = built.t.inspections[row["entity_id"]].submitted_at
        assert day is not None
        is_today = day.astimezone(CHINA_TZ).date() == TODAY
        assert (row["done_at"] is None) == is_today
        if row["done_at"] is not None:
            assert row["done_at"] > row["at"]


def test_verdicts_are_the_rules_verdicts(built: Built) -> None:
    t = built.t
    for i in t.inspections.values():
        sku = t.skus[i.sku_id]
        category = t.categories[sku.category_code]
        template = t.templates[i.template_id]
        lot = t.lots[i.lot_id or ""]
        context = InspectionContext(
            sku, category, lot, template, t.policies.get((category.code, i.stage))
        )
        day = i.started_at.astimezone(CHINA_TZ).date()
        shelf = assess_shelf_life(context, i.stage, day)
        assert decide(template, i.checks, shelf, i.stage, sku.is_imported).verdict is i.verdict
        assert (i.disposition is not None) == (i.stage is Stage.RETURN)
        if i.stage is Stage.RETURN:
            assert i.return_reason


def test_failed_checks_have_photos_and_notes(built: Built) -> None:
    fails = [
        c for i in built.t.inspections.values() for c in i.checks if c.outcome is CheckOutcome.FAIL
    ]
    assert fails
    assert all(c.photos and c.note for c in fails)
    defect_photos = [p for p in built.renderer.rendered if p.defect_code is not None]
    assert len({p.seed for p in built.renderer.rendered}) == len(built.renderer.rendered)
    assert {c.defect_code for c in fails} <= {p.defect_code for p in defect_photos}


def test_lots_follow_their_verdicts(built: Built) -> None:
    t = built.t
    inbound: dict[str, list[Verdict | None]] = {}
    for i in t.inspections.values():
        if i.stage is Stage.INBOUND:
            inbound.setdefault(i.lot_id or "", []).append(i.verdict)
    for lot_id, verdicts in inbound.items():
        lot = t.lots[lot_id]
        if Verdict.REJECT in verdicts:
            assert lot.status is LotStatus.REJECTED
        assert lot.status is not LotStatus.PENDING or len(verdicts) == 0
    changes = [e for e in t.audit if e.action == "lot.set_status"]
    assert changes and all(t.lots[e.entity_id].version > 1 for e in changes)


def test_summary_matches_the_store(built: Built) -> None:
    s, t = built.summary, built.t
    assert s.inspections == len(t.inspections) == sum(s.inspections_by_stage.values())
    assert set(s.inspections_by_stage) == {"inbound", "outbound", "return"}
    assert s.photos == len(t.photos) == len(built.photos.files)
    assert s.lab_samples == len(t.lab) > 0
    assert s.outbox_pending + s.outbox_done == len(t.outbox)
    assert s.audit_entries == len(t.audit)
    assert s.days == 4 and s.as_dict()["days"] == 4
    assert 0.02 <= s.defect_rate <= 0.12
    assert 80 * s.days <= s.inspections <= 220 * s.days


def test_same_seed_same_demo_other_seed_other_demo(built: Built) -> None:
    again = build()

    def dump(b: Built) -> list[str]:
        return [canonical_json(inspection_to_dict(i)) for i in b.t.inspections.values()]

    assert dump(again) == dump(built)
    assert again.summary == built.summary
    other = build(seed=8)
    assert dump(other) != dump(built)


def test_nothing_happens_after_until() -> None:
    until = datetime(2026, 12, 2, 12, 0, tzinfo=CHINA_TZ)
    b = build(days=2, until=until)
    assert b.t.inspections
    assert all(
        i.submitted_at is not None and i.submitted_at <= until for i in b.t.inspections.values()
    )
    assert all(e.at <= until for e in b.t.audit)


def test_refuses_a_store_that_holds_data(built: Built) -> None:
    site = load_site_file(SITE_FILE)
    with pytest.raises(InputError, match="already holds data"):
        build_demo_site(
            built.store, built.photos, built.hasher, built.renderer, site, TODAY, days=1
        )


def test_naive_until_and_zero_days_are_refused() -> None:
    site = load_site_file(SITE_FILE)
    args = (FakeStore(), FakePhotoStore(), FakeHasher(), FakeRenderer(), site, TODAY)
    with pytest.raises(InputError, match="days"):
        build_demo_site(*args, days=0)
    with pytest.raises(InputError, match="timezone"):
        build_demo_site(*args, until=datetime(2026, 12, 2, 12, 0))


def test_stored_times_are_utc(built: Built) -> None:
    assert all(e.at.utcoffset() == timedelta(0) for e in built.t.audit)
    assert all(i.started_at.tzinfo is UTC for i in built.t.inspections.values())
    assert all(s.selected_at.tzinfo is UTC for s in built.t.lab.values())


def test_every_demo_sample_has_a_stored_decision_that_re_derives(built: Built) -> None:
    t = built.t
    assert t.lab and set(t.selections) == {s.lot_id for s in t.lab.values()}
    for sample in t.lab.values():
        decision = t.selections[sample.lot_id]
        assert decision.selected and decision.reason is not None
        assert decision.reason.value == sample.selection_reason
        again = decide_lab_sampling(
            decision.lot_id, decision.risk, decision.facts, decision.policy, decision.seed
        )
        assert again.draw == decision.draw == draw_for(decision.seed)
        if decision.override_by:
            assert decision.drawn_selected is False and not again.selected
        else:
            assert again == decision
