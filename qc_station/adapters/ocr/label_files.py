"""``qc-station label IMAGE... --json``: the CLI contract's list, one entry per file."""

from pathlib import Path
from typing import Any

from qc_station.adapters.decoding.images import load_image
from qc_station.adapters.ocr.rapid_reader import RapidLabelReader
from qc_station.domain.label_fields import extract_fields
from qc_station.services.label_serialization import label_entry


def read_label_files(
    paths: list[Path], reader: RapidLabelReader | None = None
) -> list[dict[str, Any]]:
    """Read every label photo: its fields, the GB 7718 elements missing, and its text lines.

    All images are loaded before any is read, so a bad file fails the whole call and
    nothing is printed half-way.

    Raises:
        InputError: a missing, unreadable or non-image file (the message names it).
    """
    images = [(path, load_image(path)) for path in paths]
    reader = reader or RapidLabelReader()
    entries = []
    for path, image in images:
        text = reader.read_array(image)
        entries.append(label_entry(str(path), extract_fields(text.texts), text.texts))
    return entries
