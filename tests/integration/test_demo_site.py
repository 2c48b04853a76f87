"""The demo site built into a real SQLite store, with real photos on disk."""

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import cv2
import numpy as np
import pytest
import zxingcpp

from qc_station.adapters.db.store import SqliteStore
from qc_station.adapters.demo_photos import OpenCvDemoPhotoRenderer, defect_kind
from qc_station.adapters.photo_store import FilePhotoStore
from qc_station.adapters.pin_hasher import Argon2PinHasher
from qc_station.domain.audit import verify_chain
from qc_station.domain.gtin import is_valid_gtin
from qc_station.errors import InputError
from qc_station.services.demo_site import (
    CHINA_TZ,
    DemoPhoto,
    DemoSummary,
    build_demo_site,
    load_site_file,
)

SITE_FILE = Path(__file__).resolve().parents[2] / "resources" / "demo" / "site.json"
TODAY = date(2026, 12, 2)
DAYS = 3


@dataclass
class Demo:
    root: Path
    store: SqliteStore
    photos: FilePhotoStore
    summary: DemoSummary

    def rows(self, sql: str, *args: object) -> list[tuple[object, ...]]:
        connection = sqlite3.connect(self.store.path)
        try:
            return connection.execute(sql, args).fetchall()
        finally:
            connection.close()

    def value(self, sql: str, *args: object) -> object:
        return self.rows(sql, *args)[0][0]


def _build(root: Path, seed: int = 7) -> Demo:
    store = SqliteStore.open(root / "station.sqlite", root / "backups")
    photos = FilePhotoStore(root / "photos")
    summary = build_demo_site(
        store.uow,
        photos,
        Argon2PinHasher.fast(),
        OpenCvDemoPhotoRenderer(),
        load_site_file(SITE_FILE),
        TODAY,
        days=DAYS,
        seed=seed,
    )
    return Demo(root, store, photos, summary)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    built = _build(tmp_path_factory.mktemp("demo"))
    yield built
    built.store.close()


def _local_day(stored: object) -> date:
    text = str(stored)
    return datetime.fromisoformat(text).astimezone(CHINA_TZ).date()


def test_catalogue_has_sixty_valid_skus_in_six_categories(demo: Demo) -> None:
    with demo.store.uow(write=False) as uow:
        skus = uow.skus.list()
        users = uow.users.list()
    assert len(skus) >= 60
    assert len({s.category_code for s in skus}) >= 6
    assert all(is_valid_gtin(s.gtin) and s.gtin[:2] == "06" for s in skus)
    assert all(690 <= int(s.gtin[1:4]) <= 699 for s in skus)
    assert {u.role.value for u in users} == {"inspector", "supervisor", "admin"}


def test_demo_pins_verify(demo: Demo) -> None:
    hasher = Argon2PinHasher()
    with demo.store.uow(write=False) as uow:
        found = uow.users.by_username("zhangwei")
    assert found is not None
    user, pin_hash = found
    assert user.display_name == "张伟"
    assert hasher.verify(pin_hash, "1234") and not hasher.verify(pin_hash, "4321")
    assert not hasher.verify("not-an-argon2-hash", "1234")
    assert hasher.needs_rehash(pin_hash)  # the test hasher is cheaper than the default
    assert not hasher.needs_rehash(hasher.hash("1234"))


def test_every_inspection_has_one_audit_entry_and_one_outbox_row(demo: Demo) -> None:
    inspections = {r[0] for r in demo.rows("SELECT id FROM inspection")}
    audited = [
        r[0] for r in demo.rows("SELECT entity_id FROM audit_log WHERE action='inspection.submit'")
    ]
    queued = [r[0] for r in demo.rows("SELECT entity_id FROM outbox WHERE kind='inspection'")]
    assert len(inspections) == demo.summary.inspections > 0
    assert sorted(audited) == sorted(queued) == sorted(inspections)
    with demo.store.uow(write=False) as uow:
        assert verify_chain(uow.audit.entries()).ok


def test_all_three_stages_with_a_plausible_defect_rate(demo: Demo) -> None:
    by_stage = dict(demo.rows("SELECT stage, count(*) FROM inspection GROUP BY stage"))
    assert set(by_stage) == {"inbound", "outbound", "return"}
    assert all(n >= 20 for n in by_stage.values())
    total = sum(int(str(n)) for n in by_stage.values())
    assert 80 * DAYS <= total <= 220 * DAYS
    defective = int(str(demo.value("SELECT count(*) FROM inspection WHERE defect_count > 0")))
    assert 0.02 <= defective / total <= 0.12
    verdicts = dict(demo.rows("SELECT verdict, count(*) FROM inspection GROUP BY verdict"))
    assert set(verdicts) == {"accept", "hold", "reject"}
    assert int(str(verdicts["accept"])) > 0.8 * total


def test_returns_have_reasons_and_dispositions(demo: Demo) -> None:
    rows = demo.rows("SELECT return_reason, disposition FROM inspection WHERE stage='return'")
    assert rows and all(reason and disposition for reason, disposition in rows)
    others = demo.value(
        "SELECT count(*) FROM inspection WHERE stage!='return' AND disposition IS NOT NULL"
    )
    assert others == 0


def test_lab_samples_exist_for_high_risk_lots(demo: Demo) -> None:
    rows = demo.rows(
        "SELECT s.risk, l.status FROM lab_sample ls JOIN lot l ON l.id = ls.lot_id "
        "JOIN sku s ON s.id = l.sku_id"
    )
    assert rows and demo.summary.lab_samples == len(rows)
    assert {risk for risk, _ in rows} == {"high"}


def test_photos_are_on_disk_and_recorded(demo: Demo) -> None:
    files = [p for p in (demo.root / "photos").rglob("*") if p.is_file()]
    recorded = {r[0] for r in demo.rows("SELECT sha256 FROM photo")}
    assert len(files) == len(recorded) == demo.summary.photos > 0
    assert {p.name for p in files} == recorded
    attached = {r[0] for r in demo.rows("SELECT sha256 FROM check_photo")}
    assert attached and attached <= recorded
    failed = demo.value("SELECT count(*) FROM check_result WHERE outcome='fail'")
    with_photo = demo.value("SELECT count(DISTINCT inspection_id || item_code) FROM check_photo")
    assert failed == with_photo


def test_reference_photos_show_a_readable_barcode(demo: Demo) -> None:
    with demo.store.uow(write=False) as uow:
        sku = uow.skus.list()[0]
    assert sku.reference_photo is not None
    image = cv2.imdecode(np.frombuffer(demo.photos.read(sku.reference_photo), np.uint8), 1)
    assert image.shape == (480, 640, 3)
    assert sku.gtin[1:] in [b.text for b in zxingcpp.read_barcodes(image)]


def test_only_todays_outbox_rows_are_pending(demo: Demo) -> None:
    rows = demo.rows("SELECT created_at, done_at FROM outbox")
    pending_days = {_local_day(at) for at, done in rows if done is None}
    done_days = {_local_day(at) for at, done in rows if done is not None}
    assert pending_days == {TODAY}
    assert TODAY not in done_days and len(done_days) == DAYS - 1
    assert demo.summary.outbox_pending == sum(1 for _, done in rows if done is None)


def test_same_seed_gives_the_same_demo(demo: Demo, tmp_path: Path) -> None:
    again = _build(tmp_path)
    try:
        assert again.summary == demo.summary
        sql = "SELECT id, stage, verdict, defect_count FROM inspection ORDER BY id"
        assert again.rows(sql) == demo.rows(sql)
    finally:
        again.store.close()


def test_building_twice_is_refused(demo: Demo) -> None:
    with pytest.raises(InputError, match="already holds data"):
        build_demo_site(
            demo.store.uow,
            demo.photos,
            Argon2PinHasher.fast(),
            OpenCvDemoPhotoRenderer(),
            load_site_file(SITE_FILE),
            TODAY,
            days=1,
        )


@pytest.mark.parametrize(
    ("code", "kind"),
    [("PKG-DAMAGED", "damage"), ("PKG-DIRTY", "stain"), ("LBL-ILLEGIBLE", "label"),
     ("SL-NO-RECEIVE", "label"), ("CAT-FUNCTION-FAIL", "mark"), (None, "none")],
)  # fmt: skip
def test_defect_photos_differ_from_the_clean_one(code: str | None, kind: str) -> None:
    renderer = OpenCvDemoPhotoRenderer()
    assert defect_kind(code) == kind
    lines = ("M001 Dairy", "LOT 20261103A2", "HZ01-QC03 2026-11-03 14:22")
    clean = renderer.render_image(DemoPhoto("6931827001076", lines, None, 5)).astype(int)
    shown = renderer.render_image(DemoPhoto("6931827001076", lines, code, 5)).astype(int)
    changed = float(np.mean(np.abs(clean - shown) > 40))
    assert (changed > 0.003) == (code is not None)
    other_seed = renderer.render(DemoPhoto("6931827001076", lines, code, 6))
    assert other_seed != renderer.render(DemoPhoto("6931827001076", lines, code, 5))
