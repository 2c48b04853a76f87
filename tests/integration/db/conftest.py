"""Fixtures for the store tests: a real SQLite file in tmp_path, migrated by real Alembic."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_helpers import Seed, make_seed, save_seed

from qc_station.adapters.db.store import SqliteStore


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "station.sqlite"


@pytest.fixture
def backup_dir(tmp_path: Path) -> Path:
    return tmp_path / "data" / "backups"


@pytest.fixture
def store(db_path: Path, backup_dir: Path) -> Iterator[SqliteStore]:
    opened = SqliteStore.open(db_path, backup_dir)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def seed(store: SqliteStore) -> Seed:
    made = make_seed()
    save_seed(store, made)
    return made
