"""Handing files to the desktop: the user's PDF viewer prints tag sheets and lab reports."""

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from qc_station.errors import QcError


class NoViewer(QcError):
    """The desktop has no program to open the file with."""

    code = "no_viewer"


def open_file(path: Path) -> None:
    """Open ``path`` with the desktop's default program (call on the GUI thread)."""
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        raise NoViewer(f"No program to open {path} was found; the file is kept there.")
