"""The lab confirmed it received a sample: when, whether the seal was intact, a note.

Times are shown and edited as wall-clock time in the site's zone (``tz``; None: this
computer's zone) to the minute, and returned as an aware UTC datetime.
"""

from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

MIN_TARGET_HEIGHT = 40
PROBLEM_COLOUR = "#b3261e"
HINT_COLOUR = "#5f6368"
DISPLAY_FORMAT = "yyyy-MM-dd HH:mm"


@dataclass(frozen=True, slots=True)
class ReceiveValues:
    """The lab's receipt (the arguments of ``LabService.receive``); ``received_at`` is UTC."""

    received_at: datetime
    seal_intact: bool
    note: str


def wall_clock(moment: datetime, tz: tzinfo | None) -> datetime:
    """``moment`` as naive wall-clock time in ``tz`` (None: this computer's zone)."""
    return moment.astimezone(tz).replace(tzinfo=None)


def from_wall_clock(naive: datetime, tz: tzinfo | None) -> datetime:
    """The aware UTC moment of the wall-clock time ``naive`` in ``tz`` (None: this computer's)."""
    aware = naive.astimezone() if tz is None else naive.replace(tzinfo=tz)
    return aware.astimezone(UTC)


def _minute(moment: datetime) -> datetime:
    return moment.replace(second=0, microsecond=0)


class LabReceiveDialog(QDialog):
    """When the lab received the sample (between its dispatch and now), and the seal's state.

    Open it with ``open()`` and read ``values()`` once it is accepted.

    Args:
        sample_code: the sample's barcode text, shown as the heading.
        dispatched_at: when the sample left (aware); the lab cannot have received it earlier.
        now: the station's clock now (aware); the lab cannot have received it later.
        tz: the site's zone to show and edit times in; None for this computer's zone.
    """

    def __init__(
        self,
        sample_code: str,
        dispatched_at: datetime,
        now: datetime,
        tz: tzinfo | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sample %1 received by the lab").replace("%1", sample_code))
        self.sample_code = sample_code
        self._dispatched_at = dispatched_at
        self._now = now
        self._tz = tz
        self.heading = QLabel(self, textFormat=Qt.TextFormat.PlainText)
        self.heading.setText(self.tr("Sample %1").replace("%1", sample_code))
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold")
        self.sent = QLabel(self, textFormat=Qt.TextFormat.PlainText)
        self.sent.setText(self.tr("Sent on %1").replace("%1", self._time_text(dispatched_at)))
        self.sent.setStyleSheet(f"color: {HINT_COLOUR}")
        self.received_at = QDateTimeEdit(self, calendarPopup=True)
        self.received_at.setTimeZone(QTimeZone.utc())  # holds the site's wall-clock time
        self.received_at.setDisplayFormat(DISPLAY_FORMAT)
        self.received_at.setDateTime(self._to_edit(now))
        self.seal_intact = QCheckBox(self.tr("The seal arrived intact"), self, checked=True)
        self.note = QLineEdit(self)
        self.seal_intact.toggled.connect(self._on_seal_toggled)
        self.problem = QLabel(self, wordWrap=True)
        self.problem.setStyleSheet(f"color: {PROBLEM_COLOUR}")
        self.problem.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Record the receipt"))
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        self.note_label = QLabel(self)
        self._on_seal_toggled(True)
        self._build()
        for widget in (self.received_at, self.seal_intact, self.note, *self.buttons.buttons()):
            widget.setMinimumHeight(MIN_TARGET_HEIGHT)
        self.setTabOrder(self.received_at, self.seal_intact)
        self.setTabOrder(self.seal_intact, self.note)
        self.setTabOrder(self.note, self.ok_button)
        self.setMinimumWidth(520)
        self.received_at.setFocus()

    def _build(self) -> None:
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(10)
        form.addRow(self.tr("Received by the lab"), self.received_at)
        form.addRow("", self.seal_intact)
        form.addRow(self.note_label, self.note)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.sent)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _time_text(self, moment: datetime) -> str:
        return wall_clock(moment, self._tz).strftime("%Y-%m-%d %H:%M")

    def _to_edit(self, moment: datetime) -> QDateTime:
        wall = wall_clock(moment, self._tz)
        return QDateTime(
            QDate(wall.year, wall.month, wall.day),
            QTime(wall.hour, wall.minute),
            QTimeZone.utc(),
        )

    def _chosen(self) -> datetime:
        """The moment in the editor, as aware UTC."""
        shown = self.received_at.dateTime()
        day, time = shown.date(), shown.time()
        naive = datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())
        return from_wall_clock(naive, self._tz)

    def _on_seal_toggled(self, intact: bool) -> None:
        if intact:
            self.note_label.setText(self.tr("Note"))
            self.note.setPlaceholderText(self.tr("Optional"))
        else:
            self.note_label.setText(self.tr("Note (required)"))
            self.note.setPlaceholderText(self.tr("How was the seal when the lab opened it?"))

    def show_problem(self, text: str) -> None:
        """Show why the receipt is refused; the dialog stays open."""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def values(self) -> ReceiveValues:
        """What was entered; ValueError while an entry is invalid (see ``show_problem``).

        A time in the minute of the dispatch counts as the dispatch itself (the editor shows
        no seconds).
        """
        found = self._problem()
        if found is not None:
            raise ValueError(found[0])
        received = max(self._chosen(), self._dispatched_at.astimezone(UTC))
        return ReceiveValues(received, self.seal_intact.isChecked(), self.note.text().strip())

    def _problem(self) -> tuple[str, QWidget] | None:
        chosen = self._chosen()
        if chosen < _minute(self._dispatched_at.astimezone(UTC)):
            text = self.tr("The lab cannot have received it before it was sent (%1).")
            return text.replace("%1", self._time_text(self._dispatched_at)), self.received_at
        if chosen > self._now:
            text = self.tr("The lab cannot have received it later than now (%1).")
            return text.replace("%1", self._time_text(self._now)), self.received_at
        if not self.seal_intact.isChecked() and not self.note.text().strip():
            return self.tr("The seal was not intact: describe it in the note."), self.note
        return None

    def _on_accepted(self) -> None:
        found = self._problem()
        if found is not None:
            self.show_problem(found[0])
            found[1].setFocus()
            return
        self.show_problem("")
        self.accept()
