"""The settings dialog and its flow: every field, validation, the save, the live language."""

from collections.abc import Iterator
from dataclasses import fields, replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QWidget

from qc_station.errors import StorageFull
from qc_station.settings import StationSettings, load_settings, save_settings
from qc_station.ui.dialogs.settings_dialog import (
    MIN_TARGET_HEIGHT,
    SettingsDialog,
    is_central_url,
    parse_prefix,
    visible_prefix,
)
from qc_station.ui.i18n import Translations
from qc_station.ui.main_window import MainWindow
from qc_station.ui.models.history_table_model import HistoryTableModel
from qc_station.ui.screens.history_screen import HistoryScreen
from qc_station.ui.screens.scan_panel import ScanPanel
from qc_station.ui.settings_flow import SettingsFlow
from qc_station.ui.tasks import TaskRunner

EVERY_FIELD_CHANGED = StationSettings(
    station_code="SH02-QC01",
    site_code="SH02",
    central_url="https://qc.example.com:8443/sync",
    camera="/srv/demo/dock-door.mp4",
    camera_width=1920,
    camera_height=1080,
    scanner_prefix="\x02]C1",
    printer="Zebra-ZD421",
    language="en",
    timezone="Asia/Shanghai",
    sound=False,
)
SEARCH_PLACEHOLDER = "Search GTIN, batch, order number or product"


def _ok(dialog: SettingsDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_the_sample_changes_every_field() -> None:
    defaults = StationSettings()
    same = [
        f.name
        for f in fields(StationSettings)
        if getattr(defaults, f.name) == getattr(EVERY_FIELD_CHANGED, f.name)
    ]
    assert same == []


def test_the_dialog_round_trips_every_field(qtbot) -> None:
    dialog = SettingsDialog(EVERY_FIELD_CHANGED)
    qtbot.addWidget(dialog)
    assert dialog.scanner_prefix.text() == "\\x02]C1"
    assert dialog.prefix_preview.text() == "<STX>]C1"
    assert dialog.camera_path.isEnabled()
    assert dialog.result_settings() == EVERY_FIELD_CHANGED
    assert SettingsDialog(StationSettings()).result_settings() == StationSettings()


def test_every_field_is_edited_through_its_widget(qtbot) -> None:
    dialog = SettingsDialog(StationSettings())
    qtbot.addWidget(dialog)
    _choose(dialog.camera, "2")
    assert not dialog.camera_path.isEnabled()
    _choose(dialog.resolution, "640x480")
    dialog.scanner_prefix.setText("\\x1b\\x02")
    dialog.station_code.setText(" SH02-QC01 ")
    dialog.site_code.setText("SH02")
    dialog.central_url.setText("http://10.0.0.5:8000")
    dialog.printer.setText("Zebra-ZD421")
    _choose(dialog.language, "en")
    dialog.sound.setChecked(False)
    dialog.timezone.setText("Asia/Hong_Kong")
    assert dialog.prefix_preview.text() == "<ESC><STX>"
    assert dialog.result_settings() == StationSettings(
        station_code="SH02-QC01",
        site_code="SH02",
        central_url="http://10.0.0.5:8000",
        camera="2",
        camera_width=640,
        camera_height=480,
        scanner_prefix="\x1b\x02",
        printer="Zebra-ZD421",
        language="en",
        timezone="Asia/Hong_Kong",
        sound=False,
    )
    _choose(dialog.camera, "none")
    assert dialog.result_settings().camera == "none"


def test_a_video_file_is_chosen_with_a_file_dialog(qtbot, tmp_path: Path) -> None:
    video = tmp_path / "dock.mp4"
    video.write_bytes(b"not really a video")
    dialog = SettingsDialog(StationSettings())
    qtbot.addWidget(dialog)
    dialog.camera.setCurrentIndex(dialog.camera.count() - 1)  # video file or image folder
    qtbot.mouseClick(dialog.camera_file_button, Qt.MouseButton.LeftButton)
    assert dialog.file_dialog is not None
    dialog.file_dialog.fileSelected.emit(str(video))
    dialog.file_dialog.reject()
    assert dialog.result_settings().camera == str(video)


def test_targets_are_large(qtbot) -> None:
    dialog = SettingsDialog(StationSettings())
    qtbot.addWidget(dialog)
    small = [w for w in dialog.findChildren(QWidget) if w.isWidgetType() and _is_target(w)]
    assert small and all(w.minimumHeight() >= MIN_TARGET_HEIGHT for w in small)


def _is_target(widget: QWidget) -> bool:
    return widget.metaObject().className() in {"QLineEdit", "QComboBox", "QPushButton", "QCheckBox"}


@given(st.text())
def test_the_prefix_notation_round_trips(prefix: str) -> None:
    shown = visible_prefix(prefix)
    assert parse_prefix(shown) == prefix
    assert all(c.isprintable() and c != " " for c in shown)


@pytest.mark.parametrize(
    ("url", "good"),
    [
        ("https://qc.example.com", True),
        ("https://qc.example.com:8443/sync/v1", True),
        ("http://10.0.0.5:8000", True),
        ("http://[::1]:8000/", True),
        ("ftp://qc.example.com", False),
        ("qc.example.com", False),
        ("https://", False),
        ("https://qc.example.com:99999", False),
        ("https://qc.example.com:", False),
        ("https://user:pw@qc.example.com", False),
        ("https://qc.example.com/?token=1", False),
        ("https://qc example.com", False),
        ("https://qc_example!.com", False),
    ],
)
def test_central_urls(url: str, good: bool) -> None:
    assert is_central_url(url) is good


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("central_url", "ftp://qc.example.com"),
        ("timezone", "Mars/Olympus_Mons"),
        ("timezone", "Asia"),
        ("scanner_prefix", "\\x0"),
        ("station_code", "  "),
    ],
)
def test_bad_input_keeps_the_dialog_open(qtbot, field: str, text: str) -> None:
    dialog = SettingsDialog(StationSettings())
    qtbot.addWidget(dialog)
    dialog.open()
    getattr(dialog, field).setText(text)
    _ok(dialog)
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    problem = dialog.problems[field]
    assert problem.isVisible() and problem.text()
    assert [name for name, label in dialog.problems.items() if label.text()] == [field]
    with pytest.raises(ValueError):
        dialog.result_settings()
    getattr(dialog, field).setText(getattr(StationSettings(), field))
    _ok(dialog)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not problem.isVisible()


def test_a_path_is_needed_for_a_video_or_folder(qtbot) -> None:
    dialog = SettingsDialog(StationSettings())
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.camera.setCurrentIndex(dialog.camera.count() - 1)
    _ok(dialog)
    assert dialog.isVisible() and dialog.problems["camera_path"].text()


@pytest.fixture
def translations() -> Iterator[Translations]:
    app = QCoreApplication.instance()
    assert app is not None
    made = Translations(app)
    assert made.use("zh_CN")
    yield made
    made.use("en")


@pytest.fixture
def tasks(qapp) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    path = tmp_path / "settings.json"
    save_settings(path, StationSettings())
    return path


class Screens:
    """A main window with a history screen and a scan panel, all in the first language."""

    def __init__(self, qtbot, tasks: TaskRunner) -> None:
        self.history = HistoryScreen(lambda _query: [], tasks, lambda: datetime.now(UTC))
        self.scan = ScanPanel(_no_scans, tasks)
        self.window = MainWindow(self.history, QWidget(), self.scan, "HZ01-QC03", "station.db")
        qtbot.addWidget(self.window)

    @property
    def placeholder(self) -> str:
        return self.history.search.placeholderText()

    @property
    def first_header(self) -> str:
        model = self.history.model
        assert isinstance(model, HistoryTableModel)
        return model.headerData(0, Qt.Orientation.Horizontal)


def _no_scans(*_args: object) -> object:
    raise AssertionError("this test does not scan")


def _flow(
    settings_file: Path, translations: Translations, tasks: TaskRunner, parent: QWidget
) -> SettingsFlow:
    return SettingsFlow(
        lambda: load_settings(settings_file),
        lambda settings: save_settings(settings_file, settings),
        translations,
        tasks,
        parent,
    )


def _open(qtbot, flow: SettingsFlow) -> SettingsDialog:
    flow.open()
    qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible())
    assert flow.dialog is not None
    return flow.dialog


def test_saving_english_rewords_the_open_screens_at_once(
    qtbot, settings_file: Path, translations: Translations, tasks: TaskRunner
) -> None:
    screens = Screens(qtbot, tasks)
    assert screens.placeholder == "搜索条码、批次、单号或商品名"
    assert screens.first_header == "时间"
    flow = _flow(settings_file, translations, tasks, screens.window)
    restarts: list[list[str]] = []
    flow.restart_needed.connect(restarts.append)

    dialog = _open(qtbot, flow)
    _choose(dialog.language, "en")
    with qtbot.waitSignal(flow.saved) as saved:
        _ok(dialog)
    assert saved.args == [replace(StationSettings(), language="en")]
    assert load_settings(settings_file).language == "en"
    assert translations.language == "en"
    qtbot.waitUntil(lambda: screens.placeholder == SEARCH_PLACEHOLDER)
    assert screens.first_header == "Time"
    assert screens.history.period.itemText(0) == "Today"
    assert screens.window.windowTitle() == "QC Station — HZ01-QC03"
    assert screens.scan.field.placeholderText() == "Scan or type a barcode, then Enter"
    assert restarts == []  # the language needs no restart

    dialog = _open(qtbot, flow)
    assert dialog.language.currentData() == "en"
    _choose(dialog.language, "zh_CN")
    with qtbot.waitSignal(flow.saved):
        _ok(dialog)
    qtbot.waitUntil(lambda: screens.placeholder == "搜索条码、批次、单号或商品名")
    assert screens.first_header == "时间"
    assert screens.window.windowTitle() == "质检工作站 — HZ01-QC03"
    assert translations.language == "zh_CN"
    assert load_settings(settings_file).language == "zh_CN"


def test_settings_that_wait_for_a_restart_are_reported(
    qtbot, settings_file: Path, translations: Translations, tasks: TaskRunner
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    flow = _flow(settings_file, translations, tasks, window)
    dialog = _open(qtbot, flow)
    _choose(dialog.camera, "none")
    dialog.station_code.setText("SH02-QC01")
    dialog.timezone.setText("Asia/Shanghai")
    dialog.central_url.setText("https://qc.example.com")
    with qtbot.waitSignal(flow.restart_needed) as restart:
        _ok(dialog)
    assert restart.args == [["station_code", "central_url", "camera", "timezone"]]
    assert load_settings(settings_file) == replace(
        StationSettings(),
        camera="none",
        station_code="SH02-QC01",
        timezone="Asia/Shanghai",
        central_url="https://qc.example.com",
    )
    assert translations.language == "zh_CN"
    assert "摄像头" in flow.restart_text(restart.args[0])


def test_a_failed_save_is_shown_in_the_dialog_and_changes_nothing(
    qtbot, settings_file: Path, translations: Translations, tasks: TaskRunner
) -> None:
    window = QWidget()
    qtbot.addWidget(window)

    def full_disk(_settings: StationSettings) -> None:
        raise StorageFull("the disk is full")

    flow = SettingsFlow(
        lambda: load_settings(settings_file), full_disk, translations, tasks, window
    )
    saved: list[StationSettings] = []
    flow.saved.connect(saved.append)
    flow.restart_needed.connect(saved.append)
    dialog = _open(qtbot, flow)
    _choose(dialog.language, "en")
    dialog.station_code.setText("SH02-QC01")
    _ok(dialog)
    qtbot.waitUntil(lambda: "the disk is full" in dialog.problem.text())
    assert dialog.isVisible()
    assert dialog.station_code.text() == "SH02-QC01"  # what was typed is still there
    assert saved == []
    assert translations.language == "zh_CN"
    assert load_settings(settings_file) == StationSettings()


def test_an_unreadable_file_opens_the_defaults_with_a_warning(
    qtbot, tmp_path: Path, translations: Translations, tasks: TaskRunner
) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json", encoding="utf-8")
    window = QWidget()
    qtbot.addWidget(window)
    flow = _flow(path, translations, tasks, window)
    dialog = _open(qtbot, flow)
    assert dialog.result_settings() == StationSettings()
    assert str(path) in dialog.problem.text()
    with qtbot.waitSignal(flow.saved):
        _ok(dialog)
    assert load_settings(path) == StationSettings()


def test_opening_twice_shows_one_dialog(
    qtbot, settings_file: Path, translations: Translations, tasks: TaskRunner
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    flow = _flow(settings_file, translations, tasks, window)
    first = _open(qtbot, flow)
    flow.open()
    assert flow.dialog is first
    first.reject()
    assert flow.dialog is None
