"""Checking who is at the station: a username and a PIN, hashed with Argon2.

A wrong PIN and an unknown user get the same answer, so the station does not tell which
usernames exist. Every check, good or bad, is in the audit trail.
"""

from qc_station.domain.users import Role, User
from qc_station.errors import InputError
from qc_station.services.ports import Clock, PinHasher, UnitOfWorkFactory
from qc_station.services.serialization import canonical_json


class WrongCredentials(InputError):
    """The username or the PIN is wrong (deliberately not saying which)."""

    code = "wrong_credentials"


class NotAllowed(InputError):
    """The user may not do this (their role is too low)."""

    code = "not_allowed"


SUPERVISING_ROLES = frozenset({Role.SUPERVISOR, Role.ADMIN})
"""Who may approve: register SKUs, decide lab samples, change sampling plans."""


def require_supervisor(user: User, what: str) -> None:
    """Raise ``NotAllowed`` unless ``user`` is a supervisor or an admin."""
    if user.role not in SUPERVISING_ROLES:
        raise NotAllowed(f"{user.display_name} may not {what}")


class AuthService:
    """Verifies PINs."""

    def __init__(self, uow: UnitOfWorkFactory, pins: PinHasher, clock: Clock) -> None:
        self._uow = uow
        self._pins = pins
        self._clock = clock
        self._dummy: str | None = None

    def verify(self, username: str, pin: str, purpose: str = "sign_in") -> User:
        """The active user with ``username`` if ``pin`` is theirs; raises ``WrongCredentials``."""
        with self._uow(write=False) as uow:
            found = uow.users.by_username(username.strip())
        if found is None:
            self._pins.verify(self._dummy_hash(), pin)  # as slow as a real check
        ok = found is not None and found[0].active and self._pins.verify(found[1], pin)
        self._audit(found[0].id if found else "unknown", username, purpose, ok)
        if not ok or found is None:
            raise WrongCredentials("wrong username or PIN")
        return found[0]

    def verify_role(self, username: str, pin: str, roles: frozenset[Role], purpose: str) -> User:
        """Like ``verify``, and the user must hold one of ``roles`` (raises ``NotAllowed``)."""
        user = self.verify(username, pin, purpose)
        if user.role not in roles:
            raise NotAllowed(f"{user.display_name} may not do this")
        return user

    def _dummy_hash(self) -> str:
        if self._dummy is None:
            self._dummy = self._pins.hash("not-a-pin")
        return self._dummy

    def _audit(self, user_id: str, username: str, purpose: str, ok: bool) -> None:
        action = "auth.ok" if ok else "auth.failed"
        detail = canonical_json({"username": username, "purpose": purpose})
        with self._uow() as uow:
            uow.audit.append(self._clock.now(), user_id, action, "user", user_id, detail)
            uow.commit()
