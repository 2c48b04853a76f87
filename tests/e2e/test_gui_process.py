"""The real ``qc-station`` entry point starts the window (offscreen) and keeps running."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path


def test_station_window_starts_and_holds_its_data_dir(data_dir: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, "-m", "qc_station", "--data-dir", str(data_dir), "--lang", "en"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        log = data_dir / "logs" / "station.log"
        while time.monotonic() < deadline and process.poll() is None:
            if log.exists() and "opening store" in log.read_text(encoding="utf-8"):
                break
            time.sleep(0.2)
        time.sleep(1.5)  # the window is up and its first queries ran
        assert process.poll() is None, process.communicate()[1]
        assert (data_dir / "station.sqlite").exists()
        assert (data_dir / "station.lock").exists()
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=10)


def test_damaged_store_is_explained_in_a_dialog_and_left_alone(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    db = data_dir / "station.sqlite"
    db.write_bytes(b"\x00garbage" * 512)
    before = db.read_bytes()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, "-m", "qc_station", "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stderr is not None
        line = process.stderr.readline()  # printed just before the dialog opens
        assert str(db) in line and "--data-dir" in line
        time.sleep(0.5)
        assert process.poll() is None, "the dialog waits for the user"
    finally:
        process.kill()
        process.wait(timeout=10)
    assert db.read_bytes() == before
