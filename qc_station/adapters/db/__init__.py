"""The station's local store: SQLite through SQLAlchemy 2.x, migrated by Alembic (``db/``).

Open it with ``SqliteStore.open(db_path, backup_dir)`` and give ``store.uow`` to the
services as their ``UnitOfWorkFactory``.
"""

from qc_station.adapters.db.engine import make_engine
from qc_station.adapters.db.migrate import migrations_dir
from qc_station.adapters.db.store import SqliteStore
from qc_station.adapters.db.uow import SqlAlchemyUnitOfWork

__all__ = ["SqlAlchemyUnitOfWork", "SqliteStore", "make_engine", "migrations_dir"]
