"""Run the ``qc-station`` command as a real process against a data dir in ``tmp_path``."""

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "station"


@pytest.fixture
def qc(data_dir: Path) -> Run:
    """``qc("stats", "--json")`` runs ``qc-station --data-dir DIR stats --json``."""

    def run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        return subprocess.run(
            [sys.executable, "-m", "qc_station", "--data-dir", str(data_dir), *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env,
            check=False,
        )

    return run
