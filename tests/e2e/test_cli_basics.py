import hashlib
import json
import sqlite3
from pathlib import Path

from qc_station import __version__

from .conftest import Run


def test_version(qc: Run) -> None:
    result = qc("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"qc-station {__version__}"


def test_stats_of_a_new_store(qc: Run, data_dir: Path) -> None:
    result = qc("stats", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "inspections": 0,
        "pending_sync": 0,
        "lab_samples": 0,
        "photos": 0,
    }
    assert (data_dir / "station.sqlite").exists()


def test_bad_argument_exits_2(qc: Run) -> None:
    assert qc("demo", "--days", "0").returncode == 2
    assert qc("no-such-command").returncode == 2


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_corrupt_store_is_reported_and_left_alone(qc: Run, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    db = data_dir / "station.sqlite"
    db.write_bytes(b"this is not a database\n" * 200)
    before = _digest(db)
    result = qc("stats", "--json")
    assert result.returncode == 1
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1
    assert str(db) in message and "--data-dir" in message
    assert _digest(db) == before
    assert sorted(p.name for p in data_dir.iterdir() if p.name.startswith("station")) == [
        "station.sqlite"
    ]


def test_damaged_pages_are_reported(qc: Run, data_dir: Path) -> None:
    assert qc("stats").returncode == 0
    db = data_dir / "station.sqlite"
    raw = bytearray(db.read_bytes())
    raw[4096 : 4096 * 3] = b"\xff" * (4096 * 2)  # wreck two b-tree pages, keep the header
    db.write_bytes(bytes(raw))
    before = _digest(db)
    result = qc("stats", "--json")
    assert result.returncode == 1
    assert "station.sqlite" in result.stderr
    assert _digest(db) == before


def test_audit_verify_finds_tampering(qc: Run, data_dir: Path, tmp_path: Path) -> None:
    csv = tmp_path / "c.csv"
    csv.write_text(
        "gtin,name,merchant_code,merchant_name,category\n"
        "6901028075831,纯牛奶,M001,杭州乳业,dairy\n"
        "6901028075848,酸奶,M001,杭州乳业,dairy\n",
        encoding="utf-8",
    )
    assert qc("import", "catalogue", str(csv)).returncode == 0
    ok = qc("audit", "verify", "--json")
    assert ok.returncode == 0 and json.loads(ok.stdout) == {"ok": True, "entries": 2}
    connection = sqlite3.connect(data_dir / "station.sqlite")
    connection.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    triggers = [
        r[0]
        for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='audit_log'"
        )
    ]
    for name in triggers:
        connection.execute(f"DROP TRIGGER {name}")
    connection.execute("UPDATE audit_log SET user_id = 'mallory' WHERE seq = 2")
    connection.commit()
    connection.close()
    broken = qc("audit", "verify", "--json")
    assert broken.returncode == 1
    assert json.loads(broken.stdout) == {"ok": False, "entries": 2, "first_bad_entry": 2}
