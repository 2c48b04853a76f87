"""Typing in the lab's report: number, lab, accreditation marks, the result of each test item.

The items start as the ones usually ordered for the product's category; items can be added
and removed to match the report. The dialog keeps only the path of the lab's PDF: reading it
is the caller's work, off the GUI thread.
"""

import html
import itertools
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpacerItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qc_station.domain.lab import Accreditation, LabItemResult, LabResult
from qc_station.domain.lab_tests import LAB_TEST_ITEMS, LAB_TEST_ITEMS_BY_CODE, default_tests
from qc_station.domain.verdict import Verdict
from qc_station.ui.icons import verdict_icon
from qc_station.ui.lab_words import lab_item_text, result_text

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
MIN_TARGET_HEIGHT = 40
ROW_HEIGHT = 44
PROBLEM_COLOUR = "#b3261e"
PASS_COLOUR = "#137333"
FAIL_COLOUR = "#b3261e"
HINT_COLOUR = "#5f6368"
COL_ITEM, COL_METHOD, COL_REQUIREMENT, COL_MEASURED, COL_RESULT = range(5)
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


@dataclass(frozen=True, slots=True)
class ResultValues:
    """The lab's report as typed in; the PDF only as the path the user chose."""

    report_no: str
    lab_name: str
    accreditations: frozenset[Accreditation]
    items: tuple[LabItemResult, ...]
    pdf_path: Path | None


class LabResultDialog(QDialog):
    """The lab's report: its number, lab, CMA/CNAS marks, per-item results and the PDF.

    Open it with ``open()`` and read ``values()`` once it is accepted. The overall result
    (pass, or fail with the number of failed items) is shown as the items are entered.

    Args:
        sample_code: the sample's barcode text, shown as the heading.
        category_code: the product's category; its usual test items fill the table.
        lab_name: the lab the sample was sent to (editable: the report's name counts).
    """

    def __init__(
        self,
        sample_code: str,
        category_code: str,
        lab_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lab result of sample %1").replace("%1", sample_code))
        self.sample_code = sample_code
        self.pdf_path: Path | None = None
        self.file_dialog: QFileDialog | None = None
        self.heading = QLabel(self, textFormat=Qt.TextFormat.PlainText)
        self.heading.setText(self.tr("Sample %1").replace("%1", sample_code))
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold")
        self.report_no = QLineEdit(self)
        self.report_no.setPlaceholderText(self.tr("As printed on the report"))
        self.lab_name = QLineEdit(lab_name, self)
        self.cma = QCheckBox(self.tr("CMA mark"), self)
        self.cnas = QCheckBox(self.tr("CNAS mark"), self)
        self.table = self._items_table()
        self.add_choice = QComboBox(self)
        self.add_choice.setMinimumWidth(320)
        self.add_choice.installEventFilter(self)
        self.add_button = QPushButton(self.tr("Add item"), self)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button = QPushButton(self.tr("Remove the selected item"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.overall_icon = QLabel(self)
        self.overall = QLabel(self, wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.pdf_label = QLabel(self, textFormat=Qt.TextFormat.PlainText)
        self.attach_button = QPushButton(self.tr("Attach the lab's PDF…"), self)
        self.attach_button.clicked.connect(self._choose_pdf)
        self.detach_button = QPushButton(self.tr("Remove the PDF"), self)
        self.detach_button.clicked.connect(self.detach_file)
        self.problem = QLabel(self, wordWrap=True)
        self.problem.setStyleSheet(f"color: {PROBLEM_COLOUR}")
        self.problem.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Record the result"))
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        self._build()
        for widget in (
            self.report_no,
            self.lab_name,
            self.cma,
            self.cnas,
            self.add_choice,
            self.add_button,
            self.remove_button,
            self.attach_button,
            self.detach_button,
            *self.buttons.buttons(),
        ):
            widget.setMinimumHeight(MIN_TARGET_HEIGHT)
        for code in dict.fromkeys(default_tests(category_code)):
            self._add_row(code)
        self._after_rows_changed()
        self._show_pdf()
        self.table.clearSelection()
        self.table.setCurrentCell(-1, -1)
        self._update_remove_button()
        self.resize(1040, 680)  # fits a 1366×768 screen with a taskbar
        self.report_no.setFocus()

    # ---- building -------------------------------------------------------------------------

    def _items_table(self) -> QTableWidget:
        table = QTableWidget(0, 5, self)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Test item"),
                self.tr("Method"),
                self.tr("Requirement"),
                self.tr("Measured"),
                self.tr("Result"),
            ]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)  # cells are inputs
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)  # Tab goes from input to input, row by row
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setShowGrid(False)
        table.setWordWrap(True)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(COL_ITEM, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_METHOD, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_REQUIREMENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_MEASURED, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_RESULT, QHeaderView.ResizeMode.Fixed)
        table.setColumnWidth(COL_ITEM, 270)
        table.setColumnWidth(COL_METHOD, 160)
        table.setColumnWidth(COL_RESULT, 116)
        table.setStyleSheet(
            "QTableWidget::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        table.itemSelectionChanged.connect(self._update_remove_button)
        return table

    def _build(self) -> None:
        marks = QHBoxLayout()
        marks.addWidget(self.cma)
        marks.addSpacing(16)
        marks.addWidget(self.cnas)
        marks.addStretch(1)
        form = QGridLayout()
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(8)
        form.addWidget(QLabel(self.tr("Report number"), self), 0, 0)
        form.addWidget(self.report_no, 0, 1)
        form.addItem(QSpacerItem(12, 1), 0, 2)
        form.addWidget(QLabel(self.tr("Lab"), self), 0, 3)
        form.addWidget(self.lab_name, 0, 4)
        form.addWidget(QLabel(self.tr("Accreditation"), self), 1, 0)
        form.addLayout(marks, 1, 1, 1, 4)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(4, 1)
        items = QHBoxLayout()
        items.addWidget(self.add_choice, 0)
        items.addWidget(self.add_button)
        items.addStretch(1)
        items.addWidget(self.remove_button)
        overall = QHBoxLayout()
        overall.addWidget(self.overall_icon, 0)
        overall.addWidget(self.overall, 1)
        pdf = QHBoxLayout()
        pdf.addWidget(QLabel(self.tr("Report PDF:"), self))
        pdf.addWidget(self.pdf_label, 1)
        pdf.addWidget(self.attach_button)
        pdf.addWidget(self.detach_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(items)
        layout.addLayout(overall)
        layout.addLayout(pdf)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _add_row(self, code: str) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem(lab_item_text(code))
        name.setData(CODE_ROLE, code)
        name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(row, COL_ITEM, name)
        known = LAB_TEST_ITEMS_BY_CODE.get(code)
        method = QLineEdit(known.method if known is not None else "", self.table)
        requirement = QLineEdit(self.table)
        requirement.setPlaceholderText(self.tr("Limit as printed"))
        measured = QLineEdit(self.table)
        measured.setPlaceholderText(self.tr("Value as printed"))
        result = QComboBox(self.table)
        result.addItem(verdict_icon(Verdict.ACCEPT), result_text(LabResult.PASS), True)
        result.addItem(verdict_icon(Verdict.REJECT), result_text(LabResult.FAIL), False)
        result.currentIndexChanged.connect(lambda _i, combo=result: self._on_result_changed(combo))
        for column, widget in (
            (COL_METHOD, method),
            (COL_REQUIREMENT, requirement),
            (COL_MEASURED, measured),
            (COL_RESULT, result),
        ):
            widget.installEventFilter(self)
            self.table.setCellWidget(row, column, widget)
        return row

    # ---- rows -----------------------------------------------------------------------------

    def item_codes(self) -> list[str]:
        """The codes of the items in the table, in order."""
        return [self._code(row) for row in range(self.table.rowCount())]

    def _code(self, row: int) -> str:
        return str(self.table.item(row, COL_ITEM).data(CODE_ROLE))

    def cell_edit(self, row: int, column: int) -> QLineEdit:
        """The input of ``row``'s method, requirement or measured value."""
        widget = self.table.cellWidget(row, column)
        assert isinstance(widget, QLineEdit)
        return widget

    def result_combo(self, row: int) -> QComboBox:
        """The pass/fail choice of ``row``."""
        widget = self.table.cellWidget(row, COL_RESULT)
        assert isinstance(widget, QComboBox)
        return widget

    def set_passed(self, row: int, passed: bool) -> None:
        """Set ``row``'s result."""
        combo = self.result_combo(row)
        combo.setCurrentIndex(combo.findData(passed))

    def add_item(self, code: str) -> None:
        """Add the test item ``code`` (not already in the table) and go to its requirement."""
        if code in self.item_codes() or code not in LAB_TEST_ITEMS_BY_CODE:
            return
        row = self._add_row(code)
        self._after_rows_changed()
        self.table.selectRow(row)
        self.table.scrollToItem(self.table.item(row, COL_ITEM))
        self.cell_edit(row, COL_REQUIREMENT).setFocus()

    def remove_selected(self) -> None:
        """Remove the selected item from the table."""
        row = self.table.currentRow()
        if row < 0 or not self.table.selectionModel().hasSelection():
            return
        self.table.removeRow(row)
        self._after_rows_changed()
        if self.table.rowCount():
            self.table.selectRow(min(row, self.table.rowCount() - 1))
        self._update_remove_button()

    def _on_add_clicked(self) -> None:
        code = self.add_choice.currentData()
        if code is not None:
            self.add_item(str(code))

    def _after_rows_changed(self) -> None:
        present = set(self.item_codes())
        self.add_choice.clear()
        for item in LAB_TEST_ITEMS:
            if item.code not in present:
                self.add_choice.addItem(lab_item_text(item.code), item.code)
        has_more = self.add_choice.count() > 0
        self.add_choice.setEnabled(has_more)
        self.add_button.setEnabled(has_more)
        self._chain_tab_order()
        self._update_overall()

    def _chain_tab_order(self) -> None:
        chain: list[QWidget] = [self.report_no, self.lab_name, self.cma, self.cnas]
        for row in range(self.table.rowCount()):
            for column in (COL_METHOD, COL_REQUIREMENT, COL_MEASURED, COL_RESULT):
                chain.append(self.table.cellWidget(row, column))
        chain += [
            self.add_choice,
            self.add_button,
            self.remove_button,
            self.attach_button,
            self.detach_button,
            *self.buttons.buttons(),
        ]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

    def _row_of(self, widget: QObject) -> int:
        for row in range(self.table.rowCount()):
            for column in (COL_METHOD, COL_REQUIREMENT, COL_MEASURED, COL_RESULT):
                if self.table.cellWidget(row, column) is widget:
                    return row
        return -1

    def _update_remove_button(self) -> None:
        selected = self.table.selectionModel().hasSelection() and self.table.currentRow() >= 0
        self.remove_button.setEnabled(selected)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Focus in a row selects it; Enter on the item to add adds it (not the dialog's OK)."""
        if event.type() == QEvent.Type.FocusIn and watched is not self.add_choice:
            row = self._row_of(watched)
            if row >= 0:
                self.table.selectRow(row)
                self.table.scrollToItem(self.table.item(row, COL_ITEM))
        elif (
            watched is self.add_choice
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER_KEYS
        ):
            self._on_add_clicked()
            return True
        return super().eventFilter(watched, event)

    # ---- the overall result ---------------------------------------------------------------

    def _on_result_changed(self, combo: QComboBox) -> None:
        failed = combo.currentData() is False
        combo.setStyleSheet(f"color: {FAIL_COLOUR}; font-weight: bold" if failed else "")
        self._update_overall()

    def failed_codes(self) -> list[str]:
        """The items marked as failed, in table order."""
        return [
            self._code(row)
            for row in range(self.table.rowCount())
            if self.result_combo(row).currentData() is False
        ]

    def _update_overall(self) -> None:
        if self.table.rowCount() == 0:
            self.overall_icon.clear()
            self.overall.setStyleSheet(f"color: {HINT_COLOUR}")
            self.overall.setText(html.escape(self.tr("Overall: no test items yet")))
            return
        failed = self.failed_codes()
        verdict = Verdict.REJECT if failed else Verdict.ACCEPT
        self.overall_icon.setPixmap(verdict_icon(verdict).pixmap(28, 28))
        if not failed:
            self.overall.setStyleSheet(f"color: {PASS_COLOUR}")
            passed = self.tr("Overall: pass")
            self.overall.setText(f"<b>{html.escape(passed)}</b>")
            return
        heading = self.tr("Overall: FAIL (%n item(s))", "", len(failed))
        names = ", ".join(lab_item_text(code) for code in failed)
        self.overall.setStyleSheet(f"color: {FAIL_COLOUR}")
        self.overall.setText(f"<b>{html.escape(heading)}</b> — {html.escape(names)}")

    # ---- the PDF --------------------------------------------------------------------------

    def _choose_pdf(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose the lab's PDF report"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("PDF files (*.pdf *.PDF)"), self.tr("All files (*)")])
        if self.pdf_path is not None:
            dialog.selectFile(str(self.pdf_path))
        dialog.fileSelected.connect(lambda name: self.attach_file(Path(name)))
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()

    def attach_file(self, path: Path) -> None:
        """Keep ``path`` as the lab's PDF (it is read later, off the GUI thread)."""
        if path.suffix.lower() != ".pdf":
            self.show_problem(self.tr("Choose the lab's report as a PDF file."))
            return
        self.pdf_path = path
        self.show_problem("")
        self._show_pdf()

    def detach_file(self) -> None:
        """Attach no PDF after all."""
        self.pdf_path = None
        self._show_pdf()

    def _show_pdf(self) -> None:
        if self.pdf_path is None:
            self.pdf_label.setText(self.tr("none attached"))
            self.pdf_label.setStyleSheet(f"color: {HINT_COLOUR}")
            self.pdf_label.setToolTip("")
        else:
            self.pdf_label.setText(self.pdf_path.name)
            self.pdf_label.setStyleSheet("")
            self.pdf_label.setToolTip(str(self.pdf_path))
        self.detach_button.setEnabled(self.pdf_path is not None)

    # ---- values ---------------------------------------------------------------------------

    def show_problem(self, text: str) -> None:
        """Show why the result is refused; the dialog stays open."""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def accreditations(self) -> frozenset[Accreditation]:
        """The marks ticked."""
        marks = {Accreditation.CMA: self.cma, Accreditation.CNAS: self.cnas}
        return frozenset(mark for mark, box in marks.items() if box.isChecked())

    def values(self) -> ResultValues:
        """The report as entered; ValueError while an entry is invalid (see ``show_problem``)."""
        found = self._problem()
        if found is not None:
            raise ValueError(found[0])
        items = tuple(
            LabItemResult(
                item_code=self._code(row),
                requirement=self.cell_edit(row, COL_REQUIREMENT).text().strip(),
                measured=self.cell_edit(row, COL_MEASURED).text().strip(),
                passed=self.result_combo(row).currentData() is not False,
                method=self.cell_edit(row, COL_METHOD).text().strip(),
            )
            for row in range(self.table.rowCount())
        )
        return ResultValues(
            self.report_no.text().strip(),
            self.lab_name.text().strip(),
            self.accreditations(),
            items,
            self.pdf_path,
        )

    def _problem(self) -> tuple[str, QWidget] | None:
        if not self.report_no.text().strip():
            return self.tr("Enter the report number."), self.report_no
        if not self.lab_name.text().strip():
            return self.tr("Enter the lab's name as printed on the report."), self.lab_name
        if not self.accreditations():
            return self.tr("Tick the CMA or CNAS mark printed on the report."), self.cma
        if self.table.rowCount() == 0:
            return self.tr("Add the test items of the report."), self.add_choice
        for row in range(self.table.rowCount()):
            measured = self.cell_edit(row, COL_MEASURED)
            if not measured.text().strip():
                text = self.tr("Enter the measured value of %1.")
                return text.replace("%1", lab_item_text(self._code(row))), measured
        return None

    def _on_accepted(self) -> None:
        found = self._problem()
        if found is not None:
            self.show_problem(found[0])
            found[1].setFocus()
            return
        self.show_problem("")
        self.accept()
