"""The repository of station users."""

from sqlalchemy import (
    select,
)

from qc_station.adapters.db.repositories.base import Repository
from qc_station.adapters.db.tables import (
    AppUserRow,
)
from qc_station.domain.users import Role, User


class SqlAlchemyUserRepository(Repository):
    """Users with their PIN hashes."""

    def add(self, user: User, pin_hash: str) -> None:
        """Insert a new user."""
        row = AppUserRow(
            id=user.id,
            username=user.username,
            display_name=user.display_name,
            role=user.role.value,
            pin_hash=pin_hash,
            active=user.active,
            failed_attempts=0,
        )
        with self._tx.guard() as session:
            session.add(row)
            session.flush()

    def get(self, user_id: str) -> User | None:
        """The user with this id."""
        with self._tx.guard() as session:
            row = session.get(AppUserRow, user_id)
            return None if row is None else _user(row)

    def by_username(self, username: str) -> tuple[User, str] | None:
        """The user with this username and the PIN hash."""
        stmt = select(AppUserRow).where(AppUserRow.username == username)
        with self._tx.guard() as session:
            row = session.scalars(stmt).first()
            return None if row is None else (_user(row), row.pin_hash)

    def list(self) -> list[User]:
        """All users by username."""
        with self._tx.guard() as session:
            rows = session.scalars(select(AppUserRow).order_by(AppUserRow.username))
            return [_user(row) for row in rows]


def _user(row: AppUserRow) -> User:
    return User(row.id, row.username, row.display_name, Role(row.role), row.active)
