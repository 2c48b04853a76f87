"""``qc-station label IMAGE... --json`` as a real process, on labels the test renders."""

import json
from pathlib import Path

import cv2

from qc_station.bench.label_set import label_case
from tests.e2e.conftest import Run

KEYS = [
    "file",
    "production_date",
    "expiry_date",
    "shelf_life",
    "batch",
    "sc_licence",
    "standard_code",
    "net_content",
    "elements_missing",
    "lines",
]


def _write(tmp_path: Path, index: int, name: str) -> tuple[Path, dict[str, object]]:
    case = label_case(index)
    path = tmp_path / name
    assert cv2.imwrite(str(path), case.image)
    return path, case.truth.as_json()


def test_label_prints_one_entry_per_file_in_the_contract_shape(qc: Run, tmp_path: Path) -> None:
    full, full_truth = _write(tmp_path, 0, "背标.jpg")  # "full" variant, clean; a CJK file name
    missing, missing_truth = _write(tmp_path, 7, "missing.png")
    result = qc("label", str(full), str(missing), "--json", timeout=300)
    assert result.returncode == 0, result.stderr
    entries = json.loads(result.stdout)
    assert [entry["file"] for entry in entries] == [str(full), str(missing)]
    for entry, truth in ((entries[0], full_truth), (entries[1], missing_truth)):
        assert list(entry) == KEYS
        assert {k: entry[k] for k in truth} == truth
        assert all(isinstance(line, str) for line in entry["lines"]) and entry["lines"]
    assert entries[1]["elements_missing"]


def test_label_with_an_unreadable_file_prints_nothing_and_exits_2(qc: Run, tmp_path: Path) -> None:
    good, _truth = _write(tmp_path, 0, "good.png")
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"this is not a photo")
    result = qc("label", str(good), str(bad), "--json")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "bad.jpg" in result.stderr and len(result.stderr.strip().splitlines()) == 1
