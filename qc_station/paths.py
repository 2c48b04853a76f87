"""Where the station keeps its files. The only module that knows the layout of a data dir."""

import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "qc-station"


def default_data_dir() -> Path:
    """The platform's per-user data folder for the station."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def bundle_root() -> Path:
    """The folder holding ``resources/`` and ``db/``: the source tree or the frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """The bundled resources (fonts, translations, demo data, sample images)."""
    return bundle_root() / "resources"


@dataclass(frozen=True, slots=True)
class DataPaths:
    """The files of one station data dir."""

    root: Path

    @property
    def database(self) -> Path:
        """The SQLite store."""
        return self.root / "station.sqlite"

    @property
    def photos(self) -> Path:
        """Content-addressed photos."""
        return self.root / "photos"

    @property
    def backups(self) -> Path:
        """Copies of the store taken before migrations and once a day."""
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        """Log files."""
        return self.root / "logs"

    @property
    def exports(self) -> Path:
        """Files made for people: sample tag sheets, copies of lab reports to open."""
        return self.root / "exports"

    @property
    def settings(self) -> Path:
        """The station's settings file."""
        return self.root / "settings.json"

    def ensure(self) -> "DataPaths":
        """Create the folders if needed and return self."""
        for folder in (self.root, self.photos, self.backups, self.logs, self.exports):
            folder.mkdir(parents=True, exist_ok=True)
        return self
