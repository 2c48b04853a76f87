"""Reading catalogue files: CSV (UTF-8 or the GB18030 that Chinese Excel writes) and XLSX."""

import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from qc_station.errors import InputError

MAX_ROWS = 200_000


@dataclass(frozen=True, slots=True)
class Table:
    """A header and its rows as (line number, cell texts)."""

    headers: list[str]
    rows: list[tuple[int, list[str]]]


def read_catalogue_file(path: Path) -> Table:
    """Read ``path`` by its suffix; raises ``InputError`` naming what is wrong with the file."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _read_csv(path)
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    raise InputError(f"{path.name}: expected a .csv or .xlsx file")


def _decode(raw: bytes, name: str) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError(f"{name}: the text is neither UTF-8 nor GB18030")


def _read_csv(path: Path) -> Table:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path.name}: cannot read the file: {exc.strerror}") from exc
    reader = csv.reader(io.StringIO(_decode(raw, path.name), newline=""))
    try:
        lines = list(reader)
    except csv.Error as exc:
        raise InputError(f"{path.name}: not a readable CSV file: {exc}") from exc
    return _table(path.name, lines)


def _read_xlsx(path: Path) -> Table:
    import openpyxl  # imported here: only the import command needs it

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"{path.name}: not a readable XLSX workbook") from exc
    try:
        sheet = book.worksheets[0]
        lines = [
            [_cell_text(v) for v in row] for row in _limited(sheet.iter_rows(values_only=True))
        ]
    finally:
        book.close()
    return _table(path.name, lines)


def _limited(rows: Iterator[tuple[object, ...]]) -> Iterator[tuple[object, ...]]:
    for count, row in enumerate(rows):
        if count > MAX_ROWS:
            raise InputError(f"more than {MAX_ROWS} rows; split the file")
        yield row


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _table(name: str, lines: list[list[str]]) -> Table:
    if not lines or not any(cell.strip() for cell in lines[0]):
        raise InputError(f"{name}: the first row must hold the column names")
    if len(lines) - 1 > MAX_ROWS:
        raise InputError(f"{name}: more than {MAX_ROWS} rows; split the file")
    rows = [(number, cells) for number, cells in enumerate(lines[1:], start=2)]
    return Table(lines[0], rows)
