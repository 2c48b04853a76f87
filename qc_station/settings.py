"""Station settings: a small typed schema kept as JSON in the data dir, written atomically."""

import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from qc_station.durable import write_atomically
from qc_station.errors import InputError

SETTINGS_VERSION = 1


@dataclass(frozen=True, slots=True)
class StationSettings:
    """What a site admin sets per station."""

    station_code: str = "HZ01-QC03"
    site_code: str = "HZ01"
    central_url: str = ""
    camera: str = "0"  # a camera index, or a video file / image folder standing in for it
    camera_width: int = 1280
    camera_height: int = 720
    scanner_prefix: str = ""
    printer: str = ""
    language: str = "zh_CN"
    timezone: str = ""  # IANA name of the site's time zone; empty: the computer's own
    sound: bool = True


def load_settings(path: Path) -> StationSettings:
    """Read settings; missing keys take defaults, unknown keys are ignored."""
    if not path.exists():
        return StationSettings()
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"settings file {path} is unreadable: {exc}") from exc
    known = {f.name for f in fields(StationSettings)}
    values = {k: v for k, v in data.items() if k in known}
    try:
        return replace(StationSettings(), **values)
    except TypeError as exc:
        raise InputError(f"settings file {path} has a bad value: {exc}") from exc


def save_settings(path: Path, settings: StationSettings) -> None:
    """Write settings atomically (temp file, fsync, rename)."""
    data = {"version": SETTINGS_VERSION, **asdict(settings)}
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))
