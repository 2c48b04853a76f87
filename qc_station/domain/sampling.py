"""ISO 2859-1 / GB/T 2828.1 single sampling: plans, switching between severities, lot decisions.

Plans come from the printed tables in ``sampling_tables`` (Table 1 code letters, Tables 2-A and
2-B). Rules implemented here, and the choices made where the tables leave room:

* **Arrows.** A cell holding an arrow sends you, in the same AQL column, to the first plan in
  the arrow's direction; that plan is used *whole*: its Ac/Re, its sample size and its code
  letter (``SamplingPlan.code_letter`` is the letter of the row whose sample size is used, not
  the Table 1 letter of the lot). Below row R of Table 2-B the printed row S (n = 3150) is
  reachable. One printed arrow points off the table: normal, A @ AQL 10 (↑ with nothing
  above, as in MIL-STD-105E). It is read in the only direction that reaches a plan (down: C,
  n = 5, 1/2), which is how the AQLSchemes package resolves it (see the research JSON notes).
* **100 % inspection.** When the plan's sample size is at least the lot size every unit is
  inspected: ``sample_size`` is the lot size, ``inspect_all`` is true, Ac/Re stay the plan's.
* **Reduced inspection** is not offered: the printed-tables transcription holds no Table 2-C,
  so there is no exact source for it. Switching therefore knows normal, tightened and
  discontinued only.
* **AQL columns** are those printed in the transcription, 0.010 to 10. ``"1"`` and ``"1.0"``
  (or ``"0.01"`` and ``"0.010"``) name the same column; anything else is refused.
"""

import contextlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from qc_station.domain import sampling_tables as tables
from qc_station.domain.defects import Severity
from qc_station.domain.errors import DomainError

ZERO_TOLERANCE = "0"
"""The AQL setting of a class that allows no nonconforming unit at all (Ac 0, Re 1)."""


class InspectionSeverity(StrEnum):
    """The severity of inspection: which table the plan is read from."""

    NORMAL = "normal"
    TIGHTENED = "tightened"


@dataclass(frozen=True, slots=True)
class SamplingPlan:
    """A single sampling plan: inspect ``sample_size`` units, accept with ≤ ``accept`` bad ones.

    ``code_letter`` is the letter of the table row the plan (and its sample size) comes from,
    after following arrows. ``inspect_all`` is true when the whole lot is inspected.
    """

    code_letter: str
    sample_size: int
    accept: int
    reject: int
    inspect_all: bool


@dataclass(frozen=True, slots=True)
class _Table:
    """One master table: rows top to bottom, their sample sizes, their printed cells."""

    rows: tuple[str, ...]
    sizes: Mapping[str, int]
    cells: Mapping[str, Mapping[str, tables.Cell]]  # a missing cell is blank


def _build_table(printed: Mapping[str, tuple[tables.Cell, ...]], extra: bool) -> _Table:
    cells: dict[str, Mapping[str, tables.Cell]] = {
        letter: dict(zip(tables.AQL_COLUMNS, row, strict=True)) for letter, row in printed.items()
    }
    sizes = dict(tables.SAMPLE_SIZES)
    rows = tables.CODE_LETTERS
    if extra:
        cells[tables.TIGHTENED_ROW_S_LETTER] = dict(tables.TIGHTENED_ROW_S)
        sizes[tables.TIGHTENED_ROW_S_LETTER] = tables.TIGHTENED_ROW_S_SAMPLE_SIZE
        rows = (*rows, tables.TIGHTENED_ROW_S_LETTER)
    return _Table(rows, sizes, cells)


_TABLES: dict[InspectionSeverity, _Table] = {
    InspectionSeverity.NORMAL: _build_table(tables.NORMAL, extra=False),
    InspectionSeverity.TIGHTENED: _build_table(tables.TIGHTENED, extra=True),
}
_AQL_BY_VALUE: dict[Decimal, str] = {Decimal(aql): aql for aql in tables.AQL_COLUMNS}
_PLAIN_DECIMAL = re.compile(r"^[0-9]+(\.[0-9]+)?$")


def parse_aql(aql: str | Decimal) -> str:
    """The table column for ``aql`` as printed (``"1"`` → ``"1.0"``); ``DomainError`` if none."""
    column = None
    text = aql.strip() if isinstance(aql, str) else str(aql)
    if not isinstance(aql, str) or _PLAIN_DECIMAL.match(text):  # not "1e0", "+1", "1_0"
        with contextlib.suppress(InvalidOperation):
            value = Decimal(text)
            column = _AQL_BY_VALUE.get(value) if value.is_finite() else None
    if column is None:
        columns = ", ".join(tables.AQL_COLUMNS)
        raise DomainError("sampling.aql_not_in_table", f"{text!r} is not one of {columns}")
    return column


def _check_level(level: str) -> int:
    if level not in tables.LEVELS:
        raise DomainError(
            "sampling.unknown_level", f"{level!r} is not one of {', '.join(tables.LEVELS)}"
        )
    return tables.LEVELS.index(level)


def _check_lot_size(lot_size: int) -> None:
    if isinstance(lot_size, bool) or not isinstance(lot_size, int) or lot_size < 2:
        raise DomainError("sampling.lot_size_too_small", f"a lot has at least 2 units: {lot_size}")


def code_letter(lot_size: int, level: str = "II") -> str:
    """The sample-size code letter of Table 1 for ``lot_size`` units at inspection ``level``."""
    index = _check_level(level)
    _check_lot_size(lot_size)
    for lot_min, lot_max, letters in tables.LOT_SIZE_RANGES:
        if lot_min <= lot_size and (lot_max is None or lot_size <= lot_max):
            return letters[index]
    raise AssertionError("Table 1 covers every lot size from 2")  # pragma: no cover


def _walk(table: _Table, start: int, step: int, aql: str) -> tuple[str, int, int] | None:
    """The first plan from row ``start`` on, moving by ``step`` rows; ``None`` off the table."""
    index = start + step
    while 0 <= index < len(table.rows):
        cell = table.cells[table.rows[index]].get(aql)
        if isinstance(cell, tuple):
            return table.rows[index], cell[0], cell[1]
        index += step
    return None


def resolve(letter: str, aql: str, severity: InspectionSeverity) -> tuple[str, int, int]:
    """``(code letter, Ac, Re)`` of the plan at ``letter``/``aql`` after following arrows.

    ``aql`` must be a column as printed (see ``parse_aql``).
    """
    table = _TABLES[severity]
    cell = table.cells[letter].get(aql)
    if isinstance(cell, tuple):
        return letter, cell[0], cell[1]
    if cell is None:
        raise DomainError("sampling.blank_cell", f"{severity} {letter}@{aql}")
    step = 1 if cell == tables.DOWN else -1
    start = table.rows.index(letter)
    found = _walk(table, start, step, aql) or _walk(table, start, -step, aql)
    assert found is not None, "every AQL column holds a plan"
    return found


def sample_size_of(letter: str, severity: InspectionSeverity = InspectionSeverity.NORMAL) -> int:
    """The sample size of a code letter (row S exists under tightened inspection only)."""
    return _TABLES[severity].sizes[letter]


def single_plan(
    lot_size: int,
    aql: str | Decimal,
    level: str = "II",
    severity: InspectionSeverity = InspectionSeverity.NORMAL,
) -> SamplingPlan:
    """The single sampling plan for a lot: Table 1 letter, Table 2-A/2-B plan, arrows followed.

    Raises ``DomainError`` (``sampling.aql_not_in_table``, ``sampling.unknown_level``,
    ``sampling.lot_size_too_small``) for input the tables do not cover.
    """
    column = parse_aql(aql)
    letter = code_letter(lot_size, level)
    plan_letter, accept, reject = resolve(letter, column, severity)
    size = sample_size_of(plan_letter, severity)
    inspect_all = size >= lot_size
    return SamplingPlan(plan_letter, lot_size if inspect_all else size, accept, reject, inspect_all)


# --- switching (ISO 2859-1 §9.3, discontinuation §9.4) ------------------------------------------


class SwitchingStatus(StrEnum):
    """Where a merchant+SKU stands in the switching rules."""

    NORMAL = "normal"
    TIGHTENED = "tightened"
    DISCONTINUED = "discontinued"  # acceptance stopped; a supervisor must escalate and resume


class SwitchReason(StrEnum):
    """Why the status changed (stable codes for history and UI)."""

    TWO_OF_FIVE_NOT_ACCEPTED = "two_of_five_not_accepted"
    FIVE_CONSECUTIVE_ACCEPTED = "five_consecutive_accepted"
    FIVE_NOT_ACCEPTED_ON_TIGHTENED = "five_not_accepted_on_tightened"
    RESUMED = "resumed_after_corrective_action"


@dataclass(frozen=True, slots=True)
class Transition:
    """One change of status, caused by lot ``lot_id`` (or the resumption reference)."""

    lot_id: str
    from_status: SwitchingStatus
    to_status: SwitchingStatus
    reason: SwitchReason


WINDOW = 5  # "2 out of 5 or fewer consecutive lots"; "5 consecutive lots"; "5 lots not accepted"


@dataclass(frozen=True, slots=True)
class SwitchingState:
    """The switching state of one merchant+SKU; immutable, every change returns a new state.

    Only lots on *original* inspection are recorded (a resubmitted lot does not count).

    * normal → tightened when 2 of at most 5 consecutive lots on normal are not accepted;
    * tightened → normal after 5 consecutive lots accepted on tightened;
    * tightened → discontinued when the lots not accepted while on tightened (in total, in the
      current run of tightened inspection) reach 5; lots are then refused until ``resume``.
    """

    merchant_id: str
    sku_id: str
    status: SwitchingStatus = SwitchingStatus.NORMAL
    recent_on_normal: tuple[bool, ...] = ()  # the last ≤ 5 results on normal, True = accepted
    accepted_in_a_row: int = 0  # on tightened
    not_accepted_on_tightened: int = 0
    history: tuple[Transition, ...] = field(default=())

    @property
    def inspection(self) -> InspectionSeverity:
        """The table to inspect the next lot with; ``DomainError`` when discontinued."""
        if self.status is SwitchingStatus.DISCONTINUED:
            raise DomainError("switching.discontinued", f"{self.merchant_id}/{self.sku_id}")
        return InspectionSeverity(self.status.value)

    def record(self, lot_id: str, accepted: bool) -> "SwitchingState":
        """The state after the result of lot ``lot_id`` on original inspection."""
        if self.status is SwitchingStatus.NORMAL:
            return self._on_normal(lot_id, accepted)
        if self.status is SwitchingStatus.TIGHTENED:
            return self._on_tightened(lot_id, accepted)
        raise DomainError("switching.discontinued", f"{self.merchant_id}/{self.sku_id}")

    def resume(self, reference: str) -> "SwitchingState":
        """Resume a discontinued merchant+SKU on tightened inspection (ISO 2859-1 §9.4)."""
        if self.status is not SwitchingStatus.DISCONTINUED:
            raise DomainError("switching.not_discontinued", self.status.value)
        return self._move(reference, SwitchingStatus.TIGHTENED, SwitchReason.RESUMED)

    def _on_normal(self, lot_id: str, accepted: bool) -> "SwitchingState":
        window = (*self.recent_on_normal, accepted)[-WINDOW:]
        if window.count(False) >= 2:
            return self._move(
                lot_id, SwitchingStatus.TIGHTENED, SwitchReason.TWO_OF_FIVE_NOT_ACCEPTED
            )
        return replace(self, recent_on_normal=window)

    def _on_tightened(self, lot_id: str, accepted: bool) -> "SwitchingState":
        if accepted:
            if self.accepted_in_a_row + 1 >= WINDOW:
                return self._move(
                    lot_id, SwitchingStatus.NORMAL, SwitchReason.FIVE_CONSECUTIVE_ACCEPTED
                )
            return replace(self, accepted_in_a_row=self.accepted_in_a_row + 1)
        if self.not_accepted_on_tightened + 1 >= WINDOW:
            return self._move(
                lot_id, SwitchingStatus.DISCONTINUED, SwitchReason.FIVE_NOT_ACCEPTED_ON_TIGHTENED
            )
        return replace(
            self, accepted_in_a_row=0, not_accepted_on_tightened=self.not_accepted_on_tightened + 1
        )

    def _move(self, lot_id: str, to: SwitchingStatus, reason: SwitchReason) -> "SwitchingState":
        """A fresh state in ``to`` (all counters reset) with the transition appended."""
        step = Transition(lot_id, self.status, to, reason)
        return SwitchingState(self.merchant_id, self.sku_id, to, history=(*self.history, step))


# --- lot decisions with several defect classes ----------------------------------------------------


class LotOutcome(StrEnum):
    """Where the decision on a lot stands."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class ClassPlan:
    """The Ac/Re of one defect class and the table plan (row, sample size) they come from."""

    severity: Severity
    aql: str  # a table column, or ZERO_TOLERANCE
    code_letter: str
    plan_sample_size: int
    accept: int
    reject: int


_SERIOUSNESS = (Severity.CRITICAL, Severity.MAJOR, Severity.MINOR)


def _judging_row(table: _Table, units: int) -> str:
    """The largest row of ``table`` whose sample size is at most ``units``."""
    return max((r for r in table.rows if table.sizes[r] <= units), key=table.sizes.__getitem__)


def _class_plans(
    lot_size: int, aqls: Mapping[Severity, str], level: str, severity: InspectionSeverity
) -> tuple[int, tuple[ClassPlan, ...]]:
    """The physical sample size (before capping at the lot size) and each class's plan."""
    table = _TABLES[severity]
    letter = code_letter(lot_size, level)
    columns = {s: parse_aql(a) for s, a in aqls.items() if a != ZERO_TOLERANCE}
    own = {s: resolve(letter, column, severity) for s, column in columns.items()}
    size = max((table.sizes[plan[0]] for plan in own.values()), default=table.sizes[letter])
    target = _judging_row(table, min(size, lot_size))
    plans = []
    for cls in (s for s in _SERIOUSNESS if s in aqls):
        if cls not in columns:
            plans.append(ClassPlan(cls, ZERO_TOLERANCE, target, table.sizes[target], 0, 1))
            continue
        row, accept, reject = own[cls]
        cell = table.cells[target].get(columns[cls])
        if isinstance(cell, tuple) and table.sizes[target] >= table.sizes[row]:
            row, (accept, reject) = target, cell
        plans.append(ClassPlan(cls, columns[cls], row, table.sizes[row], accept, reject))
    return size, tuple(plans)


@dataclass(frozen=True, slots=True)
class LotDecision:
    """Counting one lot's sample against each defect class's own Ac/Re.

    Each class (critical, major, minor) has its own AQL and so its own plan, all from the lot's
    Table 1 code letter (arrows followed as in ``single_plan``). The standard does not say how
    to combine them in one sample; the common practice used here:

    * one physical sample is drawn, of the largest sample size among the classes' plans (the
      whole lot when that is at least the lot size, as in ``single_plan``);
    * every class is counted over that whole sample. A class is judged with the table's plan
      for its AQL in the row of the units inspected (the largest row whose sample size is at
      most the sample; e.g. lot 1000, level II, AQLs 0.065 and 1.0: n = 200, and major is
      judged 5/6 from row L rather than 2/3 at n = 80). When that cell is an arrow, the class
      keeps its own plan's Ac/Re, now over more units than that plan needs: a simplification
      that can only be stricter, never more lenient;
    * a zero-tolerance class (``ZERO_TOLERANCE``) is Ac 0 / Re 1 over the whole sample.

    A nonconforming unit is counted once, in its most serious judged class (ISO 2859-1: a
    class A nonconforming unit may also have class B and C nonconformities). Inspection may stop
    as soon as any class reaches its rejection number: the lot is then not accepted.
    """

    lot_size: int
    sample_size: int
    inspect_all: bool
    plans: tuple[ClassPlan, ...]
    inspected: int = 0
    counts: tuple[int, ...] = ()  # nonconforming units per plan, in ``plans`` order

    @classmethod
    def start(
        cls,
        lot_size: int,
        aqls: Mapping[Severity, str],
        level: str = "II",
        severity: InspectionSeverity = InspectionSeverity.NORMAL,
    ) -> "LotDecision":
        """A decision with nothing inspected yet; ``aqls`` maps each judged class to its AQL."""
        _check_lot_size(lot_size)
        if not aqls:
            raise DomainError("lot_decision.no_classes", "give at least one defect class")
        size, plans = _class_plans(lot_size, aqls, level, severity)
        return cls(lot_size, min(size, lot_size), size >= lot_size, plans, 0, (0,) * len(plans))

    def plan_for(self, severity: Severity) -> ClassPlan:
        """The plan of one defect class."""
        for plan in self.plans:
            if plan.severity is severity:
                return plan
        raise DomainError("lot_decision.class_not_judged", severity.value)

    def count(self, severity: Severity) -> int:
        """Nonconforming units counted so far for one defect class."""
        return self.counts[self.plans.index(self.plan_for(severity))]

    def record_unit(self, nonconformities: Iterable[Severity] = ()) -> "LotDecision":
        """The decision after one more unit, given the classes of the nonconformities found."""
        if self.is_complete:
            raise DomainError("lot_decision.complete", f"{self.inspected} units inspected")
        found = set(nonconformities)
        judged = (p.severity for p in self.plans)  # plans are in order of seriousness
        worst = next((s for s in judged if s in found), None)
        counts = tuple(
            c + (p.severity is worst) for p, c in zip(self.plans, self.counts, strict=True)
        )
        return replace(self, inspected=self.inspected + 1, counts=counts)

    def record_conforming(self, units: int) -> "LotDecision":
        """The decision after ``units`` more units without any nonconformity."""
        if units < 0 or self.inspected + units > self.sample_size or self.can_stop_early:
            raise DomainError("lot_decision.too_many_units", f"{units} more")
        return replace(self, inspected=self.inspected + units)

    @property
    def rejected_classes(self) -> tuple[Severity, ...]:
        """The classes whose count has reached their rejection number."""
        return tuple(
            p.severity for p, c in zip(self.plans, self.counts, strict=True) if c >= p.reject
        )

    @property
    def can_stop_early(self) -> bool:
        """True as soon as any class has reached its rejection number."""
        return bool(self.rejected_classes)

    @property
    def is_complete(self) -> bool:
        """No more units are needed: a class rejected or the whole sample is inspected."""
        return self.can_stop_early or self.inspected >= self.sample_size

    @property
    def outcome(self) -> LotOutcome:
        """Accepted only when the whole sample is inspected and no class reached its Re."""
        if self.can_stop_early:
            return LotOutcome.REJECTED
        return LotOutcome.ACCEPTED if self.inspected >= self.sample_size else LotOutcome.PENDING
