"""Print jobs for sample tags and lab reports: a PDF to open, or ZPL to a label printer."""

from collections.abc import Sequence
from pathlib import Path

from qc_station.adapters.printing.raw_printer import (
    format_address,
    parse_printer_address,
    send_raw,
)
from qc_station.adapters.printing.sample_tags_pdf import render_tag_sheet
from qc_station.adapters.printing.zpl import tags_zpl
from qc_station.domain.lab import SampleTag
from qc_station.durable import write_atomically
from qc_station.errors import InputError


class NoLabelPrinter(InputError):
    """No label printer is set in the settings."""

    code = "no_label_printer"


def write_tag_sheet(tags: Sequence[SampleTag], folder: Path, language: str = "zh_CN") -> Path:
    """Write the A4 tag sheet of one sample into ``folder``; returns the file."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"tags-{tags[0].code}.pdf" if tags else folder / "tags.pdf"
    render_tag_sheet(tags, path, language)
    return path


def send_tags(tags: Sequence[SampleTag], printer: str) -> str:
    """Send the tags as ZPL to the label printer ``printer`` (host or host:port)."""
    if not printer.strip():
        raise NoLabelPrinter(
            "No label printer is set. Enter its address (host or host:port) in the settings."
        )
    host, port = parse_printer_address(printer)
    send_raw(host, port, tags_zpl(tags).encode("utf-8"))
    return format_address(host, port)


def write_report_copy(data: bytes, folder: Path, name: str) -> Path:
    """Copy a lab report out of the blob store so a PDF viewer can open it."""
    folder.mkdir(parents=True, exist_ok=True)
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in name) or "report"
    path = folder / f"lab-report-{safe}.pdf"
    write_atomically(path, data)
    return path
