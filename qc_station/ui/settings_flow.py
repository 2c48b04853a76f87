"""Editing the station's settings: load, the dialog, save, all off the GUI thread; then the
new language at once, and word of the settings that wait for a restart."""

import logging
from collections.abc import Callable
from dataclasses import fields

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from qc_station.errors import QcError
from qc_station.settings import StationSettings
from qc_station.ui.dialogs.settings_dialog import SettingsDialog, setting_label
from qc_station.ui.i18n import Translations
from qc_station.ui.tasks import TaskRunner

log = logging.getLogger("qc_station.ui.settings_flow")

LoadSettings = Callable[[], StationSettings]
SaveSettings = Callable[[StationSettings], None]

LIVE_FIELDS = frozenset({"language"})  # applied at once; every other field at the next start


def changed_fields(old: StationSettings, new: StationSettings) -> list[str]:
    """The names of the fields whose values differ, in the order of ``StationSettings``."""
    return [f.name for f in fields(StationSettings) if getattr(old, f.name) != getattr(new, f.name)]


class SettingsFlow(QObject):
    """Opens the settings dialog over freshly read settings and saves what the admin accepts.

    Signals:
        saved: the new ``StationSettings`` were written (the language is already switched).
        restart_needed: after ``saved``, the names of the changed fields that take effect only
            when the station starts again (``StationSettings`` field names); not emitted when
            there are none.
    """

    saved = Signal(object)
    restart_needed = Signal(list)

    def __init__(
        self,
        load: LoadSettings,
        save: SaveSettings,
        translations: Translations,
        tasks: TaskRunner,
        parent: QWidget,
        cameras: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._load = load
        self._save = save
        self._translations = translations
        self._tasks = tasks
        self._parent = parent
        self._cameras = cameras
        self._loading = False
        self.dialog: SettingsDialog | None = None

    def open(self) -> None:
        """Read the settings in the background, then show the dialog (it does not block)."""
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        if self._loading:
            return
        self._loading = True
        self._tasks.run(self._load, self._show, self._show_unreadable, lane="io")

    def _show(self, settings: StationSettings, problem: str = "") -> None:
        self._loading = False
        dialog = SettingsDialog(settings, self._cameras, self._parent)
        dialog.accepted.connect(lambda: self._on_accepted(dialog, settings))
        dialog.rejected.connect(lambda: self._discard(dialog))
        dialog.show_problem(problem)
        self.dialog = dialog
        dialog.open()

    def _show_unreadable(self, error: BaseException) -> None:
        text = self.tr("The settings could not be read (%1). Saving writes them anew.").replace(
            "%1", _message(error)
        )
        self._show(StationSettings(), text)

    def _on_accepted(self, dialog: SettingsDialog, old: StationSettings) -> None:
        new = dialog.result_settings()
        self._tasks.run(
            lambda: self._save(new),
            lambda _: self._on_saved(dialog, old, new),
            lambda error: self._refused(dialog, error),
            lane="write",
        )

    def _on_saved(self, dialog: SettingsDialog, old: StationSettings, new: StationSettings) -> None:
        self._discard(dialog)
        if new.language != old.language and new.language != self._translations.language:
            self._translations.use(new.language)  # logs a missing catalogue itself
        self.saved.emit(new)
        restart = [name for name in changed_fields(old, new) if name not in LIVE_FIELDS]
        if restart:
            self.restart_needed.emit(restart)

    def _refused(self, dialog: SettingsDialog, error: BaseException) -> None:
        if not isinstance(error, QcError):
            log.error("saving the settings failed", exc_info=error)
        dialog.show_problem(
            self.tr("The settings were not saved: %1").replace("%1", _message(error))
        )
        dialog.open()

    def _discard(self, dialog: SettingsDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def restart_text(self, names: list[str]) -> str:
        """A sentence for the user naming the settings that wait for a restart."""
        labels = list(dict.fromkeys(setting_label(name) for name in names))
        return self.tr("Restart QC Station to apply: %1.").replace("%1", self.tr(", ").join(labels))


def _message(error: BaseException) -> str:
    return error.message if isinstance(error, QcError) else str(error) or type(error).__name__
