"""The generated sampling tables against the printed-tables JSON they were made from."""

import importlib.util
import itertools
import json
from pathlib import Path
from typing import Any

import pytest

from qc_station.domain import sampling_tables as tables
from qc_station.domain.errors import DomainError
from qc_station.domain.sampling import InspectionSeverity, code_letter, sample_size_of

ROOT = Path(__file__).resolve().parents[3]
SOURCE = ROOT.parent / "shared" / "design" / "research" / "iso2859_printed_tables.json"
LEVELS = ("S-1", "S-2", "S-3", "S-4", "I", "II", "III")


@pytest.fixture(scope="module")
def printed() -> dict[str, Any]:
    if not SOURCE.exists():
        pytest.skip(f"{SOURCE} not present")
    data: dict[str, Any] = json.loads(SOURCE.read_text(encoding="utf-8"))
    return data


def _boundaries(printed: dict[str, Any]) -> list[tuple[int, str, str]]:
    """(lot size, level, letter) at both ends of every Table 1 range."""
    cases = []
    for row in printed["table1_code_letters"]:
        ends = [row["lot_min"], row["lot_max"] or 10**9]
        cases += [(lot, level, row[level]) for lot in ends for level in LEVELS]
    return cases


def test_code_letter_at_every_range_boundary_for_every_level(printed: dict[str, Any]) -> None:
    cases = _boundaries(printed)
    assert len(cases) == 15 * 2 * 7
    for lot, level, letter in cases:
        assert code_letter(lot, level) == letter, (lot, level)


def test_one_past_each_range_end_is_the_next_range(printed: dict[str, Any]) -> None:
    rows = printed["table1_code_letters"]
    for row, following in itertools.pairwise(rows):
        for level in LEVELS:
            assert code_letter(row["lot_max"] + 1, level) == following[level]


def test_sample_size_of_every_letter(printed: dict[str, Any]) -> None:
    assert printed["code_letter_sample_size"] == tables.SAMPLE_SIZES
    for letter, size in printed["code_letter_sample_size"].items():
        assert sample_size_of(letter) == size
        assert sample_size_of(letter, InspectionSeverity.TIGHTENED) == size
    assert sample_size_of("S", InspectionSeverity.TIGHTENED) == 3150


@pytest.mark.parametrize(
    ("key", "table"), [("normal_printed", "NORMAL"), ("tightened_printed", "TIGHTENED")]
)
def test_cells_are_copied_as_printed(printed: dict[str, Any], key: str, table: str) -> None:
    generated = getattr(tables, table)
    assert list(generated) == list(printed[key])
    for letter, row in printed[key].items():
        assert list(row) == list(tables.AQL_COLUMNS)
        as_text = [c if isinstance(c, str) else f"{c[0]}/{c[1]}" for c in generated[letter]]
        assert as_text == list(row.values()), letter


def test_arrows_are_the_printed_characters() -> None:
    assert (tables.UP, tables.DOWN) == ("\u2191", "\u2193")


def test_generated_module_is_up_to_date(printed: dict[str, Any]) -> None:
    spec = importlib.util.spec_from_file_location(
        "make_tables", ROOT / "build" / "make_sampling_tables.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    generated = (ROOT / "qc_station" / "domain" / "sampling_tables.py").read_text(encoding="utf-8")
    assert module.render(printed) == generated


# --- independent of the JSON: values checked by hand against the printed Table 1 ----------------


@pytest.mark.parametrize(
    ("lot", "level", "letter"),
    [
        (2, "II", "A"),
        (8, "III", "B"),
        (1000, "II", "J"),
        (1200, "II", "J"),
        (1201, "II", "K"),
        (3200, "S-4", "G"),
        (10000, "I", "J"),
        (35000, "S-3", "F"),
        (150001, "II", "P"),
        (500000, "II", "P"),
        (500001, "II", "Q"),
        (500001, "III", "R"),
        (10**7, "S-1", "D"),
    ],
)
def test_hand_checked_code_letters(lot: int, level: str, letter: str) -> None:
    assert code_letter(lot, level) == letter


def test_default_level_is_ii() -> None:
    assert code_letter(1000) == "J"


@pytest.mark.parametrize("lot", [1, 0, -3])
def test_lot_below_two_is_refused(lot: int) -> None:
    with pytest.raises(DomainError) as info:
        code_letter(lot, "II")
    assert info.value.code == "sampling.lot_size_too_small"


@pytest.mark.parametrize("level", ["IV", "ii", "S1", "", "S-5"])
def test_unknown_level_is_refused(level: str) -> None:
    with pytest.raises(DomainError) as info:
        code_letter(100, level)
    assert info.value.code == "sampling.unknown_level"
