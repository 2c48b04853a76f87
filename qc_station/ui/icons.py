"""Icons bundled in ``resources/icons``."""

from functools import cache

from PySide6.QtGui import QIcon

from qc_station.domain.verdict import Verdict
from qc_station.paths import resources_dir


@cache
def icon(name: str) -> QIcon:
    """The bundled SVG icon ``name`` (without extension)."""
    return QIcon(str(resources_dir() / "icons" / f"{name}.svg"))


def verdict_icon(verdict: Verdict | None) -> QIcon:
    """The shape that tells the verdict apart without relying on colour."""
    if verdict is None:
        return QIcon()
    return icon(f"verdict-{verdict.value}")
