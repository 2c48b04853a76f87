"""Single sampling plans: arrows, table edges, 100 % inspection, hand-checked examples."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qc_station.adapters.aql_cli import cli_aql
from qc_station.domain import sampling_tables as tables
from qc_station.domain.errors import DomainError
from qc_station.domain.sampling import (
    InspectionSeverity,
    SamplingPlan,
    parse_aql,
    resolve,
    sample_size_of,
    single_plan,
)

N = InspectionSeverity.NORMAL
T = InspectionSeverity.TIGHTENED
PRINTED = {N: tables.NORMAL, T: tables.TIGHTENED}
# a level-II lot size for each code letter (Table 1), R via level III
LOT_FOR = {
    "A": (5, "II"), "B": (12, "II"), "C": (20, "II"), "D": (40, "II"), "E": (60, "II"),
    "F": (100, "II"), "G": (200, "II"), "H": (400, "II"), "J": (1000, "II"),
    "K": (2000, "II"), "L": (5000, "II"), "M": (20000, "II"), "N": (100000, "II"),
    "P": (300000, "II"), "Q": (600000, "II"), "R": (600000, "III"),
}  # fmt: skip


def _rows(severity: InspectionSeverity) -> list[str]:
    return [*tables.CODE_LETTERS, *(["S"] if severity is T else [])]


def _cell(severity: InspectionSeverity, letter: str, aql: str) -> tables.Cell | None:
    if letter == "S":
        return tables.TIGHTENED_ROW_S.get(aql)
    return PRINTED[severity][letter][tables.AQL_COLUMNS.index(aql)]


def test_cli_md_example() -> None:
    assert single_plan(1000, "1.0", "II", N) == SamplingPlan("J", 80, 2, 3, False)
    assert cli_aql(1000, "1.0", "II", "normal") == (
        0,
        {"code_letter": "J", "sample_size": 80, "accept": 2, "reject": 3, "inspect_all": False},
    )


@pytest.mark.parametrize(
    ("lot", "aql", "level", "severity", "expected"),
    [
        (1000, "2.5", "II", N, ("J", 80, 5, 6, False)),
        (1000, "4.0", "II", N, ("J", 80, 7, 8, False)),
        (1000, "6.5", "II", N, ("J", 80, 10, 11, False)),
        (1000, "0.65", "II", N, ("J", 80, 1, 2, False)),
        (1000, "0.40", "II", N, ("K", 125, 1, 2, False)),  # J@0.40 ↓
        (1000, "0.25", "II", N, ("H", 50, 0, 1, False)),  # J@0.25 ↑
        (1000, "0.15", "II", N, ("J", 80, 0, 1, False)),
        (1000, "0.10", "II", N, ("K", 125, 0, 1, False)),  # ↓ run of one
        (1000, "0.010", "II", N, ("Q", 1000, 0, 1, True)),  # long ↓ run to n 1250 ≥ lot
        (500, "1.5", "II", N, ("H", 50, 2, 3, False)),
        (200, "1.0", "II", N, ("H", 50, 1, 2, False)),  # G@1.0 ↓
        (3000, "0.65", "S-4", N, ("F", 20, 0, 1, False)),  # G@0.65 ↑
        (1000, "1.0", "II", T, ("J", 80, 1, 2, False)),
        (1000, "2.5", "II", T, ("J", 80, 3, 4, False)),
        (1000, "6.5", "II", T, ("J", 80, 8, 9, False)),
        (1000, "0.40", "II", T, ("L", 200, 1, 2, False)),  # J@0.40 ↓, K@0.40 ↓
        (1000, "0.025", "II", T, ("P", 800, 0, 1, False)),
        (600000, "0.025", "III", T, ("S", 3150, 1, 2, False)),  # R@0.025 ↓ → row S
        (600000, "0.025", "II", T, ("S", 3150, 1, 2, False)),  # Q@0.025 ↓ R ↓ → S
        (600000, "0.015", "III", T, ("Q", 1250, 0, 1, False)),  # R@0.015 ↑
    ],
)
def test_hand_checked_plans(
    lot: int, aql: str, level: str, severity: InspectionSeverity, expected: tuple[object, ...]
) -> None:
    assert single_plan(lot, aql, level, severity) == SamplingPlan(*expected)  # type: ignore[arg-type]


# --- arrows, everywhere in both tables ---------------------------------------------------------


def _every_arrow() -> list[tuple[InspectionSeverity, str, str]]:
    return [
        (sev, letter, aql)
        for sev in (N, T)
        for letter in tables.CODE_LETTERS
        for aql in tables.AQL_COLUMNS
        if isinstance(_cell(sev, letter, aql), str)
    ]


@pytest.mark.parametrize(("severity", "letter", "aql"), _every_arrow())
def test_arrow_leads_to_the_first_plan_in_its_direction(
    severity: InspectionSeverity, letter: str, aql: str
) -> None:
    rows = _rows(severity)
    arrow = _cell(severity, letter, aql)
    target, accept, reject = resolve(letter, aql, severity)
    assert _cell(severity, target, aql) == (accept, reject)
    start, end = rows.index(letter), rows.index(target)
    if (severity, letter, aql) == (N, "A", "10"):  # ↑ off the top: read downwards
        assert (target, accept, reject) == ("C", 1, 2)
        return
    assert (end > start) == (arrow == tables.DOWN)
    between = rows[min(start, end) + 1 : max(start, end)]
    assert all(_cell(severity, row, aql) == arrow for row in between)


def _arrow_runs() -> list[tuple[InspectionSeverity, str, int, int]]:
    """(severity, column, first row, last row) of every vertical run of one arrow."""
    runs = []
    for sev in (N, T):
        rows = _rows(sev)
        for aql in tables.AQL_COLUMNS:
            cells = [_cell(sev, row, aql) for row in rows]
            index = 0
            while index < len(cells):
                if isinstance(cells[index], str):
                    end = index
                    while end + 1 < len(cells) and cells[end + 1] == cells[index]:
                        end += 1
                    runs.append((sev, aql, index, end))
                    index = end
                index += 1
    return runs


@pytest.mark.parametrize(("severity", "aql", "first", "last"), _arrow_runs())
def test_both_sides_of_every_arrow_run(
    severity: InspectionSeverity, aql: str, first: int, last: int
) -> None:
    rows = _rows(severity)
    arrow = _cell(severity, rows[first], aql)
    side = last + 1 if arrow == tables.DOWN else first - 1
    if not 0 <= side < len(rows) or _cell(severity, rows[side], aql) is None:
        assert (severity, rows[first], aql) == (N, "A", "10")  # the only run off the table
        side = first + 1
        assert resolve(rows[first], aql, severity)[0] == "C"
        return
    plan = _cell(severity, rows[side], aql)
    assert isinstance(plan, tuple)
    for index in (first, last):  # both ends of the run land on the same plan
        assert resolve(rows[index], aql, severity) == (rows[side], *plan)
    outside = first - 1 if arrow == tables.DOWN else last + 1
    if 0 <= outside < len(rows) and isinstance(_cell(severity, rows[outside], aql), tuple):
        assert resolve(rows[outside], aql, severity)[0] == rows[outside]  # a plan stays put


@pytest.mark.parametrize(
    ("severity", "letter", "aql", "expected"),
    [
        (N, "A", "0.010", ("Q", 0, 1)),  # top-left: the longest ↓ run
        (N, "A", "6.5", ("A", 0, 1)),
        (N, "A", "10", ("C", 1, 2)),  # ↑ with nothing above (MIL-STD-105E print)
        (N, "B", "6.5", ("A", 0, 1)),
        (N, "B", "10", ("C", 1, 2)),
        (N, "R", "0.010", ("Q", 0, 1)),  # bottom edge: ↑
        (N, "R", "0.015", ("P", 0, 1)),  # ↑ through Q's ↑
        (N, "R", "1.0", ("Q", 21, 22)),
        (N, "R", "10", ("K", 21, 22)),  # bottom-right: the longest ↑ run
        (N, "L", "10", ("K", 21, 22)),
        (T, "A", "0.010", ("R", 0, 1)),
        (T, "A", "10", ("D", 1, 2)),  # A row of 2-B is all ↓
        (T, "R", "0.015", ("Q", 0, 1)),
        (T, "Q", "0.025", ("S", 1, 2)),
        (T, "R", "0.025", ("S", 1, 2)),
        (T, "R", "10", ("K", 18, 19)),  # L@10 ↑ too
    ],
)
def test_edges_of_the_tables(
    severity: InspectionSeverity, letter: str, aql: str, expected: tuple[str, int, int]
) -> None:
    assert resolve(letter, aql, severity) == expected


def test_resolved_plan_uses_the_sample_size_of_its_row() -> None:
    for letter, (lot, level) in LOT_FOR.items():
        for severity in (N, T):
            for aql in tables.AQL_COLUMNS:
                plan = single_plan(lot, aql, level, severity)
                row, accept, reject = resolve(letter, aql, severity)
                assert (plan.code_letter, plan.accept, plan.reject) == (row, accept, reject)
                size = sample_size_of(row, severity)
                assert plan.sample_size == min(size, lot)
                assert plan.inspect_all == (size >= lot)


# --- 100 % inspection --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lot", "aql", "severity", "expected"),
    [
        (2, "6.5", N, ("A", 2, 0, 1, True)),  # n == lot size
        (5, "10", N, ("C", 5, 1, 2, True)),
        (6, "0.65", N, ("F", 6, 0, 1, True)),  # A@0.65 ↓ to F, n 20 > 6
        (13, "1.0", N, ("E", 13, 0, 1, True)),
        (14, "1.0", N, ("E", 13, 0, 1, False)),
        (9, "6.5", N, ("A", 2, 0, 1, False)),  # B@6.5 ↑ to A: n 2
        (8, "10", T, ("D", 8, 1, 2, True)),
        (50, "0.10", T, ("L", 50, 0, 1, True)),
    ],
)
def test_whole_lot_when_the_sample_is_not_smaller(
    lot: int, aql: str, severity: InspectionSeverity, expected: tuple[object, ...]
) -> None:
    assert single_plan(lot, aql, "II", severity) == SamplingPlan(*expected)  # type: ignore[arg-type]


@given(
    lot=st.integers(min_value=2, max_value=10**7),
    aql=st.sampled_from(tables.AQL_COLUMNS),
    level=st.sampled_from(tables.LEVELS),
    severity=st.sampled_from([N, T]),
)
def test_any_plan_is_well_formed(
    lot: int, aql: str, level: str, severity: InspectionSeverity
) -> None:
    plan = single_plan(lot, aql, level, severity)
    assert 1 <= plan.sample_size <= lot
    assert plan.reject == plan.accept + 1
    assert plan.accept < plan.sample_size or plan.inspect_all
    size = sample_size_of(plan.code_letter, severity)
    assert plan.sample_size == (lot if plan.inspect_all else size)
    assert plan.inspect_all == (size >= lot)


def test_tightened_never_accepts_more_than_normal_at_the_same_sample_size() -> None:
    for lot, level in LOT_FOR.values():
        for aql in tables.AQL_COLUMNS:
            normal, tight = single_plan(lot, aql, level, N), single_plan(lot, aql, level, T)
            if normal.sample_size == tight.sample_size:
                assert tight.accept <= normal.accept, (lot, level, aql)


# --- input -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given_aql", "column"),
    [("1", "1.0"), ("1.0", "1.0"), ("0.01", "0.010"), (" 2.50 ", "2.5"), ("10", "10")],
)
def test_aql_spellings_name_the_printed_column(given_aql: str, column: str) -> None:
    assert parse_aql(given_aql) == column
    assert single_plan(1000, given_aql) == single_plan(1000, column)


def test_aql_as_decimal() -> None:
    assert parse_aql(Decimal("0.065")) == "0.065"


@pytest.mark.parametrize("bad", ["15", "1000", "0", "1.2", "-1", "abc", "", "1e0", "NaN", "inf"])
def test_aql_not_in_the_table_is_refused(bad: str) -> None:
    with pytest.raises(DomainError) as info:
        single_plan(1000, bad)
    assert info.value.code == "sampling.aql_not_in_table"


def test_lot_size_and_level_are_checked() -> None:
    with pytest.raises(DomainError, match=r"sampling\.lot_size_too_small"):
        single_plan(1, "1.0")
    with pytest.raises(DomainError, match=r"sampling\.unknown_level"):
        single_plan(100, "1.0", "IV")


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        ((1, "1.0", "II", "normal"), "sampling.lot_size_too_small"),
        ((100, "1.2", "II", "normal"), "sampling.aql_not_in_table"),
        ((100, "1.0", "V", "normal"), "sampling.unknown_level"),
        ((100, "1.0", "II", "reduced"), "sampling.unknown_severity"),
    ],
)
def test_cli_bad_input_exits_2_with_one_error(args: tuple[int, str, str, str], needle: str) -> None:
    status, body = cli_aql(*args)
    assert status == 2
    assert list(body) == ["error"]
    assert needle in body["error"] and "\n" not in body["error"]


def test_cli_tightened_and_whole_lot() -> None:
    assert cli_aql(5, "10", "II", "normal") == (
        0,
        {"code_letter": "C", "sample_size": 5, "accept": 1, "reject": 2, "inspect_all": True},
    )
    assert cli_aql(1000, "1.0", "II", "tightened")[1]["accept"] == 1
