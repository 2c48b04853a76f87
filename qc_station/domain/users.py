"""People who use the station."""

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    """What a user may do: inspect; also approve holds and choose samples; also administer."""

    INSPECTOR = "inspector"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


@dataclass(frozen=True, slots=True)
class User:
    """A station user. The PIN hash lives only in the store."""

    id: str
    username: str
    display_name: str
    role: Role
    active: bool = True
