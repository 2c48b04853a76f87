"""Tell a keyboard-wedge scanner's burst from a person typing, from key timing alone.

A USB/Bluetooth scanner in keyboard mode "types" a whole code in a few tens of milliseconds
(about 5-16 ms between keys) and ends it with Enter or Tab; a person leaves 50 ms or more between
keys. ``WedgeBurstDetector`` is fed every key press with its time and a caller's token (for the
UI, the key event to replay), holds keys while they might still be a burst, and returns, in
order, what to do with them:

- ``Typed(tokens)``: keys a person typed; pass them on to the focused widget unchanged;
- ``Scanned(event)``: a completed scan (prefix, Enter/Tab suffix removed, AIM identifier split
  into ``ScanEvent.symbology_id``); its keys are consumed.

A burst is: keys whose every gap (including the one before the suffix) is at most
``max_gap_ms``, ending with a terminator, with at least ``min_length`` data characters after the
configured prefix. When a prefix is configured, a burst without it is typing, and typing that
does not start with the prefix's first key is passed on at once (no delay at all). Otherwise
the first key of any typing is held for up to ``max_gap_ms`` (the caller's timer calls
``tick``), which a person does not notice.

Defaults: ``max_gap_ms = 30`` — the research (sync-reliability-packaging.md §5.1) measured
7-8 ms (sometimes 16 ms) between scanner keys and uses 20-60 ms thresholds; 30 ms leaves room for
a busy USB hub or Bluetooth while staying far below human key gaps, and requiring *every* gap of
six or more keys plus the suffix to be that short makes a human false positive practically
impossible. ``min_length = 6``: the shortest retail code (UPC-E without check digit).
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Generic, TypeVar

from qc_station.domain.scan import ScanEvent, ScanSource
from qc_station.domain.scan_text import split_aim_prefix

T = TypeVar("T")

ENTER = "Enter"
TAB = "Tab"
GS = "\x1d"


@dataclass(frozen=True, slots=True)
class WedgeConfig:
    """How the station's scanners type.

    Attributes:
        max_gap_ms: the longest gap between two keys of one burst.
        min_length: the fewest data characters (after the prefix) a scan has.
        prefix: keys the scanners are programmed to send first (e.g. ``("\\x02",)`` or
            ``("F13",)``); empty when they send none.
        terminators: key names that end a scan (``"Enter"``, ``"Tab"``).
        max_length: a burst longer than this is not a scan (a stuck key, a paste).
    """

    max_gap_ms: float = 30.0
    min_length: int = 6
    prefix: tuple[str, ...] = ()
    terminators: frozenset[str] = frozenset({ENTER, TAB})
    max_length: int = 4096


@dataclass(frozen=True, slots=True)
class Typed(Generic[T]):
    """Keys typed by a person, to pass on in this order."""

    tokens: tuple[T, ...]


@dataclass(frozen=True, slots=True)
class Scanned:
    """A completed scanner burst."""

    event: ScanEvent


WedgeOutput = Typed[T] | Scanned


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(slots=True)
class _Held(Generic[T]):
    key: str
    at_ms: float
    token: T


@dataclass
class WedgeBurstDetector(Generic[T]):
    """Feed key presses; get back typed keys to pass on and completed scans.

    Keys are single characters (``QKeyEvent.text()``, ASCII 29 for Ctrl+]) or names of other
    keys (``"Enter"``, ``"Tab"``, ``"F13"``, ``"Backspace"`` …). Times are milliseconds on any
    monotonic clock; a time going backwards (a wrapped counter) ends the current burst.
    """

    config: WedgeConfig = field(default_factory=WedgeConfig)
    now: Callable[[], datetime] = _utc_now
    _held: list[_Held[T]] = field(default_factory=list, init=False, repr=False)

    @property
    def holding(self) -> bool:
        """Whether keys are held back waiting for the burst to end or time out."""
        return bool(self._held)

    def deadline_ms(self) -> float | None:
        """When ``tick`` should be called if no key arrives, or ``None`` if nothing is held."""
        return self._held[-1].at_ms + self.config.max_gap_ms if self._held else None

    def feed(self, key: str, at_ms: float, token: T) -> list[WedgeOutput[T]]:
        """Take one key press; return what became decided, in order."""
        out: list[WedgeOutput[T]] = []
        if self._held and not self._continues(key, at_ms):
            out.append(self._flush())
        if not self._held:
            if self._may_start(key):
                self._held.append(_Held(key, at_ms, token))
            else:
                out.append(Typed((token,)))
            return out
        if key in self.config.terminators:
            out.append(self._finish(token))
        else:
            self._held.append(_Held(key, at_ms, token))
        return out

    def tick(self, now_ms: float) -> list[WedgeOutput[T]]:
        """Release held keys as typing when more than ``max_gap_ms`` passed since the last."""
        deadline = self.deadline_ms()
        if deadline is not None and (now_ms > deadline or now_ms < self._held[-1].at_ms):
            return [self._flush()]
        return []

    def flush(self) -> list[WedgeOutput[T]]:
        """Release every held key as typing (e.g. when the window loses focus)."""
        return [self._flush()] if self._held else []

    # --- rules ---------------------------------------------------------------------------------

    def _may_start(self, key: str) -> bool:
        """Whether ``key`` can be the first key of a burst."""
        prefix = self.config.prefix
        if prefix:
            return key == prefix[0]
        return len(key) == 1 and (key.isprintable() or key == GS)

    def _continues(self, key: str, at_ms: float) -> bool:
        """Whether ``key`` at ``at_ms`` can extend the held keys as one burst."""
        gap = at_ms - self._held[-1].at_ms
        if not 0 <= gap <= self.config.max_gap_ms:
            return False
        if len(self._held) >= self.config.max_length:
            return False
        position = len(self._held)
        prefix = self.config.prefix
        if position < len(prefix):
            return key == prefix[position]
        return len(key) == 1 or key in self.config.terminators

    def _finish(self, terminator_token: T) -> WedgeOutput[T]:
        """The terminator arrived in time: a scan if long enough, else typing."""
        data = "".join(held.key for held in self._held[len(self.config.prefix) :])
        if len(self._held) < len(self.config.prefix) or len(data) < self.config.min_length:
            typed = self._flush()
            return Typed((*typed.tokens, terminator_token))
        self._held.clear()
        symbology_id, text = split_aim_prefix(data)
        event = ScanEvent(
            text=text, source=ScanSource.WEDGE, at=self.now(), symbology_id=symbology_id
        )
        return Scanned(event)

    def _flush(self) -> Typed[T]:
        tokens = tuple(held.token for held in self._held)
        self._held.clear()
        return Typed(tokens)


def scans(outputs: Sequence[WedgeOutput[T]]) -> list[ScanEvent]:
    """The scan events among ``outputs``."""
    return [output.event for output in outputs if isinstance(output, Scanned)]


def typed_tokens(outputs: Sequence[WedgeOutput[T]]) -> list[T]:
    """The typed tokens among ``outputs``, in order."""
    return [token for output in outputs if isinstance(output, Typed) for token in output.tokens]
