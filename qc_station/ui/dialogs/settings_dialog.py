"""A site admin sets up the station: camera, scanner, codes, central storage, language, sound.

The scanner prefix is edited in backslash notation (``\\x02`` for STX, ``\\\\`` for a
backslash) so that control characters can be seen and typed on any keyboard; a preview beside
the field names them (``<STX>``).
"""

import ipaddress
import re
import zoneinfo
from dataclasses import replace
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qc_station.settings import StationSettings

translate = QCoreApplication.translate

MIN_TARGET_HEIGHT = 36
CAMERA_NONE = "none"
DEVICE_INDEXES = ("0", "1", "2", "3")
RESOLUTIONS = ((1280, 720), (1920, 1080), (640, 480))
LANGUAGE_NAMES = (
    ("zh_CN", "中文"),
    ("en", "English"),
)  # each in its own language, never translated
COMMON_TIMEZONES = (
    "Asia/Shanghai",
    "Asia/Hong_Kong",
    "Asia/Taipei",
    "Asia/Singapore",
    "Asia/Tokyo",
    "Asia/Seoul",
    "Asia/Bangkok",
    "Asia/Kuala_Lumpur",
    "Europe/London",
    "Europe/Berlin",
    "America/New_York",
    "America/Los_Angeles",
    "UTC",
)
VIDEO_PATTERNS = "*.mp4 *.avi *.mov *.mkv *.m4v *.webm"
_CUSTOM_CAMERA = "\0path"  # the combo's entry for a video file or an image folder
_HOST_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_HOST = re.compile(rf"^(?=.{{1,253}}$){_HOST_LABEL}(?:\.{_HOST_LABEL})*\.?$")
_ESCAPE = re.compile(r"\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|[\\trn])")
_NAMED_ESCAPES = {"\\": "\\", "t": "\t", "r": "\r", "n": "\n"}


def setting_label(name: str) -> str:
    """The words for a ``StationSettings`` field, in the UI language (the dialog's row titles)."""
    words = {
        "camera": translate("SettingsDialog", "Camera"),
        "camera_width": translate("SettingsDialog", "Camera resolution"),
        "camera_height": translate("SettingsDialog", "Camera resolution"),
        "scanner_prefix": translate("SettingsDialog", "Scanner prefix"),
        "station_code": translate("SettingsDialog", "Station code"),
        "site_code": translate("SettingsDialog", "Site code"),
        "central_url": translate("SettingsDialog", "Central server address"),
        "printer": translate("SettingsDialog", "Printer"),
        "language": translate("SettingsDialog", "Language"),
        "sound": translate("SettingsDialog", "Sound"),
        "timezone": translate("SettingsDialog", "Time zone"),
    }
    return words.get(name, name)


def visible_prefix(prefix: str) -> str:
    """``prefix`` in backslash notation: control characters, spaces and ``\\`` escaped."""
    out = []
    for char in prefix:
        if char == "\\":
            out.append("\\\\")
        elif char.isprintable() and char != " ":
            out.append(char)
        elif ord(char) <= 0xFF:
            out.append(f"\\x{ord(char):02x}")
        elif ord(char) <= 0xFFFF:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(f"\\U{ord(char):08x}")
    return "".join(out)


def parse_prefix(text: str) -> str:
    """The characters ``text`` (in backslash notation) stands for; ValueError if malformed."""
    out = []
    position = 0
    while position < len(text):
        if text[position] != "\\":
            out.append(text[position])
            position += 1
            continue
        match = _ESCAPE.match(text, position)
        if match is None:
            raise ValueError(f"bad escape at {position}: {text[position:]!r}")
        code = match.group(1)
        out.append(_NAMED_ESCAPES[code] if len(code) == 1 else chr(int(code[1:], 16)))
        position = match.end()
    return "".join(out)


CONTROL_NAMES = [
    "NUL",
    "SOH",
    "STX",
    "ETX",
    "EOT",
    "ENQ",
    "ACK",
    "BEL",
    "BS",
    "HT",
    "LF",
    "VT",
    "FF",
    "CR",
    "SO",
    "SI",
    "DLE",
    "DC1",
    "DC2",
    "DC3",
    "DC4",
    "NAK",
    "SYN",
    "ETB",
    "CAN",
    "EM",
    "SUB",
    "ESC",
    "FS",
    "GS",
    "RS",
    "US",
    "SP",
]


def control_pictures(prefix: str) -> str:
    """``prefix`` with control characters named in brackets (STX as ``<STX>``).

    The names, not Unicode control pictures: common UI fonts (and our bundled one) have no
    glyphs for U+2400..U+2421, which would show as boxes.
    """
    return "".join(
        f"<{CONTROL_NAMES[ord(c)]}>" if ord(c) <= 0x20 else "<DEL>" if c == "\x7f" else c
        for c in prefix
    )


def is_central_url(text: str) -> bool:
    """Whether ``text`` is ``http(s)://host[:port][/path]`` (no user, query or fragment)."""
    if not text or any(c.isspace() for c in text):
        return False
    try:
        parts = urlsplit(text)
        port = parts.port  # raises on a port that is not a number in 0..65535
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    if "@" in parts.netloc or parts.query or parts.fragment or text.endswith(("?", "#")):
        return False
    if parts.netloc.endswith(":") or port == 0:
        return False
    if parts.netloc.startswith("["):
        try:
            ipaddress.IPv6Address(parts.hostname)
        except ValueError:
            return False
        return True
    return _HOST.match(parts.hostname) is not None


def is_timezone(name: str) -> bool:
    """Whether ``name`` is an IANA time zone this computer knows (``Asia/Shanghai``)."""
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


class SettingsDialog(QDialog):
    """Every setting a site admin makes at a station; invalid input keeps it open.

    Args:
        settings: the values to start from (fields the dialog does not show are kept).
        cameras: the device indexes to offer (default ``0``–``3``).
    """

    def __init__(
        self,
        settings: StationSettings,
        cameras: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Station settings"))
        self._original = settings
        self.problems: dict[str, QLabel] = {}
        self.camera = self._camera_combo(settings.camera, cameras or list(DEVICE_INDEXES))
        self.camera_path = QLineEdit(self, clearButtonEnabled=True)
        self.camera_path.setPlaceholderText(self.tr("Path of a video file or an image folder"))
        if self.camera.currentData() == _CUSTOM_CAMERA:
            self.camera_path.setText(settings.camera.strip())
        self.camera_file_button = QPushButton(self.tr("Video file…"), self)
        self.camera_file_button.clicked.connect(self._choose_video)
        self.camera_folder_button = QPushButton(self.tr("Image folder…"), self)
        self.camera_folder_button.clicked.connect(self._choose_folder)
        self.file_dialog: QFileDialog | None = None
        self.resolution = self._resolution_combo(settings.camera_width, settings.camera_height)
        self.scanner_prefix = QLineEdit(visible_prefix(settings.scanner_prefix), self)
        self.scanner_prefix.setPlaceholderText(self.tr("None; e.g. \\x02 for STX"))
        self.scanner_prefix.setToolTip(
            self.tr(
                "Characters the handheld scanners send before each code. Write control "
                "characters as \\x followed by two hex digits (STX is \\x02) and a backslash "
                "as \\\\."
            )
        )
        self.prefix_preview = QLabel(self)
        self.scanner_prefix.textChanged.connect(self._show_prefix_preview)
        self.station_code = QLineEdit(settings.station_code, self)
        self.site_code = QLineEdit(settings.site_code, self)
        self.central_url = QLineEdit(settings.central_url, self, clearButtonEnabled=True)
        self.central_url.setPlaceholderText(
            self.tr("e.g. https://qc.example.com:8443; empty: this station works alone")
        )
        self.printer = QLineEdit(settings.printer, self, clearButtonEnabled=True)
        self.printer.setPlaceholderText(self.tr("Empty: the system's default printer"))
        self.language = self._language_combo(settings.language)
        self.sound = QCheckBox(self.tr("Play a sound when a code is read"), self)
        self.sound.setChecked(settings.sound)
        self.timezone = QLineEdit(settings.timezone, self, clearButtonEnabled=True)
        self.timezone.setPlaceholderText(
            self.tr("e.g. Asia/Shanghai; empty: this computer's time zone")
        )
        completer = QCompleter(list(COMMON_TIMEZONES), self.timezone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.timezone.setCompleter(completer)
        self.problem = QLabel(self, wordWrap=True)
        self.problem.setStyleSheet("color: #b3261e")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        self.camera.currentIndexChanged.connect(lambda _: self._on_camera_changed())
        self._build()
        self._on_camera_changed()
        self._show_prefix_preview()
        for kind in (QLineEdit, QComboBox, QPushButton, QCheckBox):
            for widget in self.findChildren(kind):
                widget.setMinimumHeight(MIN_TARGET_HEIGHT)

    def _camera_combo(self, current: str, devices: list[str]) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(self.tr("No camera"), CAMERA_NONE)
        for device in devices:
            combo.addItem(self.tr("Camera %1").replace("%1", device), device)
        current = current.strip()
        if current.isdigit() and combo.findData(current) < 0:
            combo.addItem(self.tr("Camera %1").replace("%1", current), current)
        combo.addItem(self.tr("Video file or image folder"), _CUSTOM_CAMERA)
        if not current or current.lower() == CAMERA_NONE:
            combo.setCurrentIndex(0)
        elif combo.findData(current) >= 0:
            combo.setCurrentIndex(combo.findData(current))
        else:
            combo.setCurrentIndex(combo.count() - 1)
        return combo

    def _resolution_combo(self, width: int, height: int) -> QComboBox:
        combo = QComboBox(self)
        sizes = list(RESOLUTIONS)
        if (width, height) not in sizes:
            sizes.append((width, height))
        for w, h in sizes:
            combo.addItem(f"{w} × {h}", f"{w}x{h}")
        combo.setCurrentIndex(sizes.index((width, height)))
        return combo

    def _language_combo(self, current: str) -> QComboBox:
        combo = QComboBox(self)
        for code, name in LANGUAGE_NAMES:
            combo.addItem(name, code)
        if combo.findData(current) < 0:
            combo.addItem(current, current)
        combo.setCurrentIndex(combo.findData(current))
        return combo

    def _field(self, name: str, *widgets: QWidget) -> QWidget:
        """``widgets`` in a row, with the field's problem shown under them."""
        cell = QWidget(self)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        for widget in widgets:
            row.addWidget(widget, 1 if isinstance(widget, (QLineEdit, QComboBox)) else 0)
        column.addLayout(row)
        problem = QLabel(cell, wordWrap=True)
        problem.setStyleSheet("color: #b3261e")
        problem.setVisible(False)
        column.addWidget(problem)
        self.problems[name] = problem
        return cell

    def _build(self) -> None:
        camera = QGroupBox(self.tr("Camera and scanner"), self)
        form = QFormLayout(camera)
        form.addRow(setting_label("camera"), self._field("camera", self.camera))
        form.addRow(
            "",
            self._field(
                "camera_path",
                self.camera_path,
                self.camera_file_button,
                self.camera_folder_button,
            ),
        )
        form.addRow(setting_label("camera_width"), self._field("resolution", self.resolution))
        form.addRow(
            setting_label("scanner_prefix"),
            self._field("scanner_prefix", self.scanner_prefix, self.prefix_preview),
        )
        station = QGroupBox(self.tr("Station"), self)
        form = QFormLayout(station)
        form.addRow(setting_label("station_code"), self._field("station_code", self.station_code))
        form.addRow(setting_label("site_code"), self._field("site_code", self.site_code))
        form.addRow(setting_label("central_url"), self._field("central_url", self.central_url))
        form.addRow(setting_label("printer"), self._field("printer", self.printer))
        form.addRow(setting_label("timezone"), self._field("timezone", self.timezone))
        person = QGroupBox(self.tr("Language and sound"), self)
        form = QFormLayout(person)
        form.addRow(setting_label("language"), self._field("language", self.language))
        form.addRow(setting_label("sound"), self._field("sound", self.sound))
        layout = QVBoxLayout(self)
        for group in (camera, station, person):
            layout.addWidget(group)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _on_camera_changed(self) -> None:
        custom = self.camera.currentData() == _CUSTOM_CAMERA
        for widget in (self.camera_path, self.camera_file_button, self.camera_folder_button):
            widget.setEnabled(custom)

    def _choose_video(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose a video file"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(
            [
                self.tr("Videos (%1)").replace("%1", VIDEO_PATTERNS),
                self.tr("All files (*)"),
            ]
        )
        self._open_file_dialog(dialog)

    def _choose_folder(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose a folder of images"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        self._open_file_dialog(dialog)

    def _open_file_dialog(self, dialog: QFileDialog) -> None:
        if self.camera_path.text().strip():
            dialog.selectFile(self.camera_path.text().strip())
        dialog.fileSelected.connect(self.camera_path.setText)
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()

    def _show_prefix_preview(self) -> None:
        try:
            prefix = parse_prefix(self.scanner_prefix.text())
        except ValueError:
            self.prefix_preview.setText("")
            return
        self.prefix_preview.setText(control_pictures(prefix))

    def show_problem(self, text: str) -> None:
        """Show a problem that belongs to no one field (a failed save); the dialog stays open."""
        self.problem.setText(text)

    def _check(self) -> dict[str, str]:
        """Each field's problem, in the UI language; empty when all is well."""
        found: dict[str, str] = {}
        if self.camera.currentData() == _CUSTOM_CAMERA and not self.camera_path.text().strip():
            found["camera_path"] = self.tr("Choose a video file or an image folder.")
        try:
            parse_prefix(self.scanner_prefix.text())
        except ValueError:
            found["scanner_prefix"] = self.tr(
                "Write control characters as \\x and two hex digits (\\x02), "
                "and a backslash as \\\\."
            )
        for name, field in (("station_code", self.station_code), ("site_code", self.site_code)):
            code = field.text().strip()
            if not code:
                found[name] = self.tr("Enter a code.")
            elif any(c.isspace() or not c.isprintable() for c in code):
                found[name] = self.tr("A code has no spaces.")
        url = self.central_url.text().strip()
        if url and not is_central_url(url):
            found["central_url"] = self.tr(
                "Enter http:// or https://, the server's name, and optionally :port and a "
                "path, e.g. https://qc.example.com:8443/sync"
            )
        zone = self.timezone.text().strip()
        if zone and not is_timezone(zone):
            found["timezone"] = self.tr(
                "Unknown time zone. Use an IANA name such as Asia/Shanghai, or leave it empty."
            )
        return found

    def _on_accepted(self) -> None:
        found = self._check()
        for name, label in self.problems.items():
            label.setText(found.get(name, ""))
            label.setVisible(name in found)
        if found:
            self.problem.setText(self.tr("Correct the marked fields."))
            return
        self.problem.clear()
        self.accept()

    def result_settings(self) -> StationSettings:
        """The settings as entered; ValueError if a field is invalid (see the problems)."""
        found = self._check()
        if found:
            raise ValueError(f"invalid settings: {', '.join(sorted(found))}")
        camera = str(self.camera.currentData())
        if camera == _CUSTOM_CAMERA:
            camera = self.camera_path.text().strip()
        width, height = (int(v) for v in str(self.resolution.currentData()).split("x"))
        return replace(
            self._original,
            camera=camera,
            camera_width=width,
            camera_height=height,
            scanner_prefix=parse_prefix(self.scanner_prefix.text()),
            station_code=self.station_code.text().strip(),
            site_code=self.site_code.text().strip(),
            central_url=self.central_url.text().strip(),
            printer=self.printer.text().strip(),
            language=str(self.language.currentData()),
            sound=self.sound.isChecked(),
            timezone=self.timezone.text().strip(),
        )
