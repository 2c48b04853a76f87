"""The short beep of an accepted camera scan, if the station has sound and an audio device.

QtMultimedia is imported only when sound is on, and any failure (no module, no backend, no
device on an offscreen CI machine) leaves the station silent, never broken.
"""

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QUrl

from qc_station.paths import resources_dir

log = logging.getLogger("qc_station.ui.sound")


def default_beep() -> Path:
    """The bundled beep (made by ``build/make_sounds.py``)."""
    return resources_dir() / "sounds" / "scan-ok.wav"


class ScanSound:
    """Plays the beep on ``play()``; does nothing when off or when audio is unavailable."""

    def __init__(self, enabled: bool, parent: QObject, path: Path | None = None) -> None:
        self._effect: QObject | None = None
        if enabled:
            self._effect = _load_effect(path or default_beep(), parent)

    @property
    def available(self) -> bool:
        """Whether a beep will actually be played."""
        return self._effect is not None

    def play(self) -> None:
        """Beep once (a beep still playing is restarted)."""
        if self._effect is not None:
            self._effect.play()  # type: ignore[attr-defined]


def _load_effect(path: Path, parent: QObject) -> QObject | None:
    """A ``QSoundEffect`` for ``path``, or None when it cannot play here."""
    if not path.is_file():
        log.warning("scan sound %s is missing; scanning is silent", path)
        return None
    try:
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
    except ImportError:
        log.info("QtMultimedia is not available; scanning is silent")
        return None
    if not QMediaDevices.audioOutputs():
        log.info("no audio output device; scanning is silent")
        return None
    effect = QSoundEffect(parent)
    effect.setSource(QUrl.fromLocalFile(str(path)))
    effect.setVolume(0.6)
    return effect
