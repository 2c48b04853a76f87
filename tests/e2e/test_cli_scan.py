"""``qc-station gs1`` and ``qc-station decode`` against the CLI contract."""

import json
from pathlib import Path

import cv2
import numpy as np

from qc_station.adapters.decoding.render import Sample, render_symbol
from qc_station.domain.barcode import Symbology

from .conftest import Run

EXAMPLE = {
    "gtin": "09501101530003",
    "batch": "ABC123",
    "serial": None,
    "production_date": None,
    "best_before_date": None,
    "expiry_date": "2026-12-31",
    "ais": {"01": "09501101530003", "17": "261231", "10": "ABC123"},
}


def test_gs1_element_string_with_symbology_id(qc: Run) -> None:
    result = qc("gs1", "]d201095011015300031726123110ABC123", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == EXAMPLE


def test_gs1_with_literal_gs_separator(qc: Run) -> None:
    result = qc("gs1", "010950110153000310ABC123<GS>17261231", "--json")
    assert json.loads(result.stdout) == EXAMPLE


def test_plain_ean_becomes_gtin14(qc: Run) -> None:
    result = qc("gs1", "6901028075831", "--json")
    data = json.loads(result.stdout)
    assert data["gtin"] == "06901028075831" and data["batch"] is None


def test_invalid_code_exits_2_naming_the_problem(qc: Run) -> None:
    for text, word in (("6901028075832", "check digit"), ("0109501101530003171313310", "17")):
        result = qc("gs1", text, "--json")
        assert result.returncode == 2
        error = json.loads(result.stdout)["error"]
        assert word in error
        assert result.stderr.count("\n") == 1


def test_decode_reports_gs1_datamatrix_with_separators(qc: Run, tmp_path: Path) -> None:
    sample = Sample(
        "dm",
        Symbology.DATAMATRIX,
        "(01)06901028075831(10)B7(17)270523",
        "010690102807583110B7\x1d17270523",
        gs1=True,
    )
    image = tmp_path / "dm.png"
    cv2.imwrite(str(image), render_symbol(sample, scale=6))
    result = qc("decode", str(image), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [
        {
            "file": str(image),
            "symbols": [
                {
                    "symbology": "DataMatrix",
                    "text": "010690102807583110B7\u001d17270523",
                    "gs1": True,
                }
            ],
        }
    ]
    assert "\\u001d" in result.stdout


def test_decode_of_a_missing_file_prints_nothing_and_exits_2(qc: Run, tmp_path: Path) -> None:
    good = tmp_path / "blank.png"
    cv2.imwrite(str(good), 255 * np.ones((50, 50), np.uint8))
    result = qc("decode", str(good), str(tmp_path / "nope.png"), "--json")
    assert result.returncode == 2
    assert result.stdout == "" and "nope.png" in result.stderr


def test_aql_plan_matches_the_contract(qc: Run) -> None:
    result = qc("aql", "--lot-size", "1000", "--aql", "1.0", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "code_letter": "J",
        "sample_size": 80,
        "accept": 2,
        "reject": 3,
        "inspect_all": False,
    }
    small = json.loads(qc("aql", "--lot-size", "10", "--aql", "0.65", "--json").stdout)
    assert small["inspect_all"] is True and small["sample_size"] == 10
    tight = json.loads(
        qc("aql", "--lot-size", "1000", "--aql", "1.0", "--severity", "tightened", "--json").stdout
    )
    assert (tight["sample_size"], tight["accept"], tight["reject"]) == (80, 1, 2)


def test_aql_not_in_the_table_exits_2(qc: Run) -> None:
    result = qc("aql", "--lot-size", "1000", "--aql", "7", "--json")
    assert result.returncode == 2
    assert "7" in json.loads(result.stdout)["error"]
