"""``qc-station report lab`` on the demo site: exit codes, the PDF, its pages and its text."""

import os
import re
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from qc_station.cli import main

DEMO_DAYS = 10  # enough days for lab results to come back, some of them failed


@dataclass(frozen=True)
class Demo:
    data_dir: Path
    first_day: str
    last_day: str


def _qc(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "qc_station", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        check=False,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    """The demo site with ``DEMO_DAYS`` days of history, built once for the module."""
    data_dir = tmp_path_factory.mktemp("demo") / "station"
    result = _qc(data_dir, "demo", "--days", str(DEMO_DAYS))
    assert result.returncode == 0, result.stderr
    days = dict(re.findall(r"^(first_day|last_day): (\S+)$", result.stdout, re.MULTILINE))
    return Demo(data_dir, days["first_day"], days["last_day"])


def _samples(demo: Demo) -> list[tuple[str, str | None]]:
    connection = sqlite3.connect(demo.data_dir / "station.sqlite")
    try:
        rows = connection.execute("SELECT code, result FROM lab_sample ORDER BY selected_at")
        return [(code, result) for code, result in rows]
    finally:
        connection.close()


def _pages(pdf: Path) -> int:
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
        return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE).group(1))  # type: ignore[union-attr]
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))


def _printed(stdout: str) -> dict[str, str]:
    return dict(re.findall(r"^(\w+): (.*)$", stdout, re.MULTILINE))


def test_the_report_of_the_demo_period(demo: Demo, tmp_path: Path) -> None:
    target = tmp_path / "lab.pdf"
    result = _qc(
        demo.data_dir, "report", "lab", "--from", demo.first_day, "--to", demo.last_day,
        "-o", str(target),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    samples = _samples(demo)
    printed = _printed(result.stdout)
    assert printed["report"] == str(target)
    assert int(printed["samples"]) == len(samples) > 0
    assert target.read_bytes().startswith(b"%PDF-")
    pages = _pages(target)
    assert pages == int(printed["pages"]) >= 2  # the summary and a table over pages
    assert [p.name for p in tmp_path.iterdir()] == ["lab.pdf"]
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "送检样品报告" in text and "Lab sampling report" in text
    for code, _ in samples:  # the table breaks a code after its station: HZ01-QC03- / 261123-001
        station, number = code.rsplit("-", 2)[0], "-".join(code.rsplit("-", 2)[1:])
        assert f"{station}-" in text and number in text, code
    assert f"第 1/{pages} 页" in text and f"第 {pages}/{pages} 页" in text
    if any(r == "fail" for _, r in samples):
        assert "✗ 不合格" in text and "批次处置:拒收" in text
        failed = next(code for code, r in samples if r == "fail")
        assert failed in text  # whole in the failures section
    if shutil.which("pdftoppm"):
        prefix = tmp_path / "page"
        subprocess.run(
            ["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", str(target), str(prefix)],
            check=True,
        )
        (png,) = tmp_path.glob("page*.png")
        assert png.stat().st_size > 10_000


def test_english_and_an_empty_period(demo: Demo, tmp_path: Path) -> None:
    target = tmp_path / "empty.pdf"
    result = _qc(
        demo.data_dir, "--lang", "en", "report", "lab", "--from", "2020-01-01",
        "--to", "2020-01-31", "-o", str(target),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert _printed(result.stdout)["samples"] == "0"
    assert _pages(target) == 1
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "No samples were taken for the lab in this period" in text
        assert "Page 1 of 1" in text


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        ("2026-13-01", "2026-12-31", "--from '2026-13-01' is not a date (use YYYY-MM-DD)"),
        ("2026-12-01", "1.12.2026", "--to '1.12.2026' is not a date (use YYYY-MM-DD)"),
        ("2026-W48-1", "2026-12-31", "--from '2026-W48-1' is not a date (use YYYY-MM-DD)"),
        ("2026-12-02", "2026-12-01", "--from 2026-12-02 is after --to 2026-12-01"),
    ],
)
def test_bad_dates_exit_2_with_one_clear_line(
    demo: Demo, tmp_path: Path, capsys: pytest.CaptureFixture[str], start: str, end: str,
    message: str,
) -> None:  # fmt: skip
    target = tmp_path / "lab.pdf"
    argv = ["--data-dir", str(demo.data_dir), "report", "lab", "--from", start, "--to", end]
    assert main([*argv, "-o", str(target)]) == 2
    assert capsys.readouterr().err == f"qc-station: error: {message}\n"
    assert not target.exists()


def test_an_unwritable_output_exits_2_and_leaves_nothing(
    demo: Demo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--data-dir", str(demo.data_dir), "report", "lab"]
    period = ["--from", demo.first_day, "--to", demo.last_day]
    missing = tmp_path / "no-such-folder" / "lab.pdf"
    assert main([*argv, *period, "-o", str(missing)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("qc-station: error: cannot write") and "does not exist" in err
    assert len(err.splitlines()) == 1
    assert main([*argv, *period, "-o", str(tmp_path)]) == 2  # a folder, not a file
    assert "it is a folder" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_report_without_a_kind_exits_2(demo: Demo, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(demo.data_dir), "report"]) == 2
    assert "usage: qc-station report lab" in capsys.readouterr().err
