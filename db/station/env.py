"""Alembic environment of the station's SQLite store.

The app runs migrations itself (``qc_station.adapters.db.migrate``): it passes its own open
connection, already inside a transaction, in ``config.attributes["connection"]``, so the whole
upgrade is one transaction that SQLite rolls back on failure. For developers,
``alembic -x db=scratch.sqlite ...`` opens that file with the station's engine (for example
``revision --autogenerate`` against a scratch store). ``render_as_batch=True`` because
SQLite cannot ALTER most things: batch mode copies the table. Batch copies drop a table's
triggers, so a migration that batch-alters ``inspection``, ``check_result``, ``check_photo``
or ``audit_log`` must recreate them (see ``versions/0001_initial.py``).
"""

from pathlib import Path

from alembic import context
from sqlalchemy import Connection

from qc_station.adapters.db.engine import make_engine
from qc_station.adapters.db.tables import metadata

config = context.config


def run_with(connection: Connection) -> None:
    """Run the migrations on ``connection`` (in its transaction if it has one)."""
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,
        transactional_ddl=True,
        compare_type=True,
        compare_server_default=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    """Use the caller's connection, or open the file named by ``-x db=PATH``."""
    connection = config.attributes.get("connection")
    if connection is not None:
        run_with(connection)
        return
    db_path = context.get_x_argument(as_dictionary=True).get("db")
    if not db_path:
        raise RuntimeError('pass config.attributes["connection"] or -x db=PATH')
    engine = make_engine(Path(db_path), write=True)
    try:
        with engine.begin() as conn:
            run_with(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise RuntimeError("the station store is migrated online only")
run_online()
