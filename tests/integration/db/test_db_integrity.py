"""What the store refuses: sealed records, audit tampering, stale versions; a full disk."""

import sqlite3
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from store_helpers import (
    T0,
    Seed,
    make_seed,
    new_id,
    page_cap,
    raw,
    save_seed,
    submitted_inspection,
)
from store_helpers import tmpfs as mounted_tmpfs

from qc_station.adapters.db.store import SqliteStore
from qc_station.domain.audit import GENESIS_HASH, verify_chain
from qc_station.domain.inspection import Inspection, InspectionState
from qc_station.domain.lot import LotStatus
from qc_station.errors import ConflictError, NotFound, StorageFull, StoreError

IMMUTABLE = "submitted inspection is immutable"
APPEND_ONLY = "audit_log is append-only"


def _store_with(store: SqliteStore, *inspections: Inspection) -> None:
    with store.uow() as uow:
        for inspection in inspections:
            uow.inspections.add(inspection)
        uow.commit()


@pytest.fixture
def sealed(store: SqliteStore, seed: Seed) -> Inspection:
    photo = "aa" * 32
    inspection = submitted_inspection(seed)
    last = replace(inspection.checks[-1], photos=(photo,))
    inspection = replace(inspection, checks=(*inspection.checks[:-1], last))
    with store.uow() as uow:
        uow.photos.add(photo, "image/jpeg", 1, T0)
        uow.photos.add("bb" * 32, "image/jpeg", 1, T0)
        uow.commit()
    _store_with(store, inspection)
    return inspection


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE inspection SET verdict = 'accept' WHERE id = :id",
        "UPDATE inspection SET state = 'draft' WHERE id = :id",
        "DELETE FROM inspection WHERE id = :id",
        "INSERT OR REPLACE INTO inspection SELECT * FROM inspection WHERE id = :id",
        "UPDATE check_result SET outcome = 'pass', defect_code = NULL WHERE inspection_id = :id",
        "DELETE FROM check_result WHERE inspection_id = :id",
        "INSERT INTO check_result VALUES (:id, 'lbl.present', 99, 'pass', NULL, NULL, '')",
        "INSERT OR REPLACE INTO check_result SELECT * FROM check_result WHERE inspection_id = :id",
        "UPDATE check_photo SET position = 5 WHERE inspection_id = :id",
        "DELETE FROM check_photo WHERE inspection_id = :id",
        "INSERT INTO check_photo VALUES (:id, 'lbl.legible', '" + "bb" * 32 + "', 1)",
    ],
)
def test_sealed_inspection_refuses_raw_sql(
    store: SqliteStore, sealed: Inspection, statement: str
) -> None:
    with raw(store.path) as conn:
        before = conn.execute("SELECT * FROM check_result ORDER BY item_code").fetchall()
        with pytest.raises(sqlite3.IntegrityError, match=IMMUTABLE):
            conn.execute(statement, {"id": sealed.id})
        assert conn.execute("SELECT * FROM check_result ORDER BY item_code").fetchall() == before
    with store.uow(write=False) as uow:
        assert uow.inspections.get(sealed.id) == sealed


def test_cancelled_inspection_is_sealed_too(store: SqliteStore, seed: Seed) -> None:
    cancelled = submitted_inspection(seed, state=InspectionState.CANCELLED)
    _store_with(store, cancelled)
    with raw(store.path) as conn, pytest.raises(sqlite3.IntegrityError, match=IMMUTABLE):
        conn.execute("DELETE FROM check_result WHERE inspection_id = ?", (cancelled.id,))


def test_drafts_stay_editable(store: SqliteStore, seed: Seed) -> None:
    """The triggers only guard sealed rows (a control for the tests above)."""
    draft = replace(
        submitted_inspection(seed), state=InspectionState.DRAFT, verdict=None, submitted_at=None
    )
    _store_with(store, draft)
    with raw(store.path) as conn:
        conn.execute("UPDATE check_result SET note = 'x' WHERE inspection_id = ?", (draft.id,))
        conn.execute("DELETE FROM check_result WHERE inspection_id = ?", (draft.id,))
        conn.execute("DELETE FROM inspection WHERE id = ?", (draft.id,))
        assert conn.execute("SELECT count(*) FROM inspection").fetchone() == (0,)


def test_adding_a_sealed_inspection_twice_is_refused(
    store: SqliteStore, sealed: Inspection
) -> None:
    with store.uow() as uow, pytest.raises(StoreError, match=r"sealed record|refused"):
        uow.inspections.add(replace(sealed, reference="changed"))
    with store.uow(write=False) as uow:
        assert uow.inspections.get(sealed.id) == sealed


def _append_three(store: SqliteStore) -> None:
    with store.uow() as uow:
        for n in range(3):
            uow.audit.append(T0 + timedelta(seconds=n), "u1", "act", "lot", f"l{n}", f'{{"n":{n}}}')
        uow.commit()


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_log SET detail = '{}' WHERE seq = 2",
        "DELETE FROM audit_log WHERE seq = 3",
        "INSERT OR REPLACE INTO audit_log SELECT * FROM audit_log WHERE seq = 1",
    ],
)
def test_audit_log_is_append_only(store: SqliteStore, statement: str) -> None:
    _append_three(store)
    with raw(store.path) as conn, pytest.raises(sqlite3.IntegrityError, match=APPEND_ONLY):
        conn.execute(statement)


def test_audit_insert_must_continue_the_chain(store: SqliteStore) -> None:
    _append_three(store)
    with raw(store.path) as conn, pytest.raises(sqlite3.IntegrityError, match="chain"):
        conn.execute(
            "INSERT INTO audit_log (at, user_id, action, entity, entity_id, detail, prev_hash,"
            " row_hash) VALUES ('2026', 'u', 'a', 'e', 'i', '{}', ?, ?)",
            (GENESIS_HASH, "f" * 64),
        )


def test_audit_chain_verifies_and_an_altered_row_is_found(store: SqliteStore) -> None:
    _append_three(store)
    with store.uow(write=False) as uow:
        check = verify_chain(uow.audit.entries())
    assert (check.ok, check.entries, check.first_bad_seq) == (True, 3, None)
    with raw(store.path) as conn:  # someone with the file drops the guard and edits a row
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET detail = '{\"n\":99}' WHERE seq = 2")
    with store.uow(write=False) as uow:
        check = verify_chain(uow.audit.entries())
    assert (check.ok, check.first_bad_seq) == (False, 2)


def test_audit_chain_survives_many_transactions(store: SqliteStore) -> None:
    for n in range(5):
        with store.uow() as uow:
            uow.audit.append(T0 + timedelta(minutes=n), "u", "a", "e", str(n), "{}")
            uow.commit()
    with store.uow(write=False) as uow:
        entries = list(uow.audit.entries())
    assert [e.seq for e in entries] == [1, 2, 3, 4, 5]
    assert verify_chain(entries).ok


def test_stale_lot_version_raises_conflict(store: SqliteStore, seed: Seed) -> None:
    with store.uow(write=False) as uow:
        seen = uow.lots.get(seed.lot.id)
    assert seen is not None
    with store.uow() as uow:
        uow.lots.set_status(seen.id, LotStatus.RELEASED, seen.version)
        uow.commit()
    with store.uow() as uow, pytest.raises(ConflictError, match="changed by someone else"):
        uow.lots.set_status(seen.id, LotStatus.REJECTED, seen.version)
    with store.uow(write=False) as uow:
        now = uow.lots.get(seed.lot.id)
    assert now is not None and (now.status, now.version) == (LotStatus.RELEASED, 2)


def test_status_of_a_missing_lot(store: SqliteStore) -> None:
    with store.uow() as uow, pytest.raises(NotFound):
        uow.lots.set_status(new_id(), LotStatus.HELD, 1)


def _big_write(store: SqliteStore, seed: Seed) -> Inspection:
    inspection = submitted_inspection(seed)
    with store.uow() as uow:
        uow.inspections.add(inspection)
        uow.audit.append(T0, "u", "inspection.submit", "inspection", inspection.id, "{}")
        uow.outbox.add("inspection", inspection.id, "x" * 2_000_000, T0)
        uow.commit()
    return inspection


def _nothing_stored(store: SqliteStore) -> None:
    with store.uow(write=False) as uow:
        assert uow.inspections.count() == 0
        assert list(uow.audit.entries()) == []
        assert uow.outbox.pending_count() == 0


def test_full_store_raises_storage_full_and_keeps_nothing(store: SqliteStore, seed: Seed) -> None:
    with page_cap(store), pytest.raises(StorageFull, match="disk is full"):
        _big_write(store, seed)
    _nothing_stored(store)
    with store.uow() as uow:  # the store still works
        uow.outbox.add("inspection", new_id(), "{}", T0)
        uow.commit()
    with store.uow(write=False) as uow:
        assert uow.outbox.pending_count() == 1


def test_after_a_failed_step_the_unit_of_work_refuses_to_go_on(
    store: SqliteStore, seed: Seed
) -> None:
    """SQLite rolled the transaction back itself; later steps must not autocommit."""
    inspection = submitted_inspection(seed)
    with page_cap(store), store.uow() as uow:
        uow.inspections.add(inspection)
        with pytest.raises(StorageFull):
            uow.outbox.add("inspection", inspection.id, "x" * 2_000_000, T0)
        with pytest.raises(StoreError, match="earlier step"):
            uow.audit.append(T0, "u", "a", "inspection", inspection.id, "{}")
        with pytest.raises(StoreError, match="earlier step"):
            uow.commit()
    _nothing_stored(store)


def test_a_real_full_disk_raises_storage_full(tmp_path: Path) -> None:
    """The store on a 1 MiB tmpfs: the WAL cannot grow, the commit fails, nothing is kept."""
    with mounted_tmpfs(tmp_path / "tiny", "1m") as root:
        store = SqliteStore.open(root / "station.sqlite", root / "backups")
        try:
            seed = make_seed()
            save_seed(store, seed)
            with pytest.raises(StorageFull):
                _big_write(store, seed)
            _nothing_stored(store)
            with store.uow() as uow:
                uow.outbox.add("inspection", new_id(), "{}", T0)
                uow.commit()
            with store.uow(write=False) as uow:
                assert uow.outbox.pending_count() == 1
        finally:
            store.close()
