"""PIN hashing with Argon2id (argon2-cffi), implementing ``services.ports.PinHasher``."""

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError


class Argon2PinHasher:
    """Hashes PINs with Argon2id and checks them in constant time.

    The defaults are argon2-cffi's (RFC 9106 low-memory profile). Tests and the demo may
    pass a cheaper ``PasswordHasher``; the parameters travel inside each hash, so a hash
    made with other parameters still verifies.
    """

    def __init__(self, hasher: PasswordHasher | None = None) -> None:
        self._hasher = hasher or PasswordHasher()

    @classmethod
    def fast(cls) -> "Argon2PinHasher":
        """A cheap hasher for tests (never for real PINs)."""
        return cls(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))

    def hash(self, pin: str) -> str:
        """The encoded Argon2id hash of ``pin`` (salted; differs on every call)."""
        return self._hasher.hash(pin)

    def verify(self, pin_hash: str, pin: str) -> bool:
        """Whether ``pin`` matches ``pin_hash``; a malformed hash is simply no match."""
        try:
            return self._hasher.verify(pin_hash, pin)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, pin_hash: str) -> bool:
        """Whether ``pin_hash`` was made with weaker parameters than this hasher's."""
        try:
            return self._hasher.check_needs_rehash(pin_hash)
        except InvalidHashError:
            return True
