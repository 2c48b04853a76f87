"""PIN checks against a real store, with real Argon2 hashes."""

import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from qc_station.adapters.pin_hasher import Argon2PinHasher
from qc_station.domain.users import Role, User
from qc_station.services.auth_service import AuthService, NotAllowed, WrongCredentials
from tests.helpers.station import StationKit, make_station


@pytest.fixture
def kit(tmp_path: Path) -> Iterator[StationKit]:
    made = make_station(tmp_path)
    yield made
    made.store.close()


def _add(kit: StationKit, username: str, role: Role, pin: str, active: bool = True) -> User:
    user = User(str(uuid.uuid4()), username, username.upper(), role, active)
    with kit.store.uow() as uow:
        uow.users.add(user, Argon2PinHasher.fast().hash(pin))
        uow.commit()
    return user


def _audit_actions(kit: StationKit) -> list[str]:
    connection = sqlite3.connect(kit.store.path)
    try:
        return [r[0] for r in connection.execute("SELECT action FROM audit_log ORDER BY seq")]
    finally:
        connection.close()


def test_right_pin_signs_in_and_is_audited(kit: StationKit) -> None:
    zhao = _add(kit, "zhaomin", Role.SUPERVISOR, "4321")
    auth = AuthService(kit.store.uow, Argon2PinHasher.fast(), kit.clock)
    assert auth.verify("zhaomin", "4321") == zhao
    assert _audit_actions(kit) == ["auth.ok"]


@pytest.mark.parametrize(
    ("username", "pin"),
    [("zhaomin", "0000"), ("nobody", "4321"), ("zhaomin", ""), ("retired", "1111")],
)
def test_wrong_pin_unknown_or_inactive_user_get_the_same_answer(
    kit: StationKit, username: str, pin: str
) -> None:
    _add(kit, "zhaomin", Role.SUPERVISOR, "4321")
    _add(kit, "retired", Role.SUPERVISOR, "1111", active=False)
    auth = AuthService(kit.store.uow, Argon2PinHasher.fast(), kit.clock)
    with pytest.raises(WrongCredentials, match=r"^wrong username or PIN$"):
        auth.verify(username, pin)
    assert _audit_actions(kit)[-1] == "auth.failed"


def test_role_is_required_for_supervisor_actions(kit: StationKit) -> None:
    _add(kit, "lina", Role.INSPECTOR, "1234")
    auth = AuthService(kit.store.uow, Argon2PinHasher.fast(), kit.clock)
    with pytest.raises(NotAllowed):
        auth.verify_role("lina", "1234", frozenset({Role.SUPERVISOR}), "sku.register")
