"""What one scan means: where it came from, and what its GS1 content says.

A ``ScanEvent`` is one physical scan (camera, handheld scanner or typed). Interpreting its
text gives a ``Gs1Data``: the GTIN always as GTIN-14, batch, serial and dates. A text that is
not a valid code raises ``Gs1Error`` naming the problem; nothing is half-parsed.
"""

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from qc_station.domain.errors import DomainError


class ScanSource(StrEnum):
    """How a code reached the station."""

    CAMERA = "camera"
    WEDGE = "wedge"  # a USB/Bluetooth scanner typing as a keyboard
    MANUAL = "manual"  # typed by the inspector


class ScanKind(StrEnum):
    """What kind of content a scan carried."""

    GS1_ELEMENT_STRING = "gs1"  # (01)…(17)…(10)… from GS1-128, GS1 DataMatrix, GS1 QR
    DIGITAL_LINK = "digital_link"  # https://…/01/<gtin>/10/<batch>?17=…
    RETAIL = "retail"  # a plain EAN-13/EAN-8/UPC-A/UPC-E or GTIN-14


@dataclass(frozen=True, slots=True)
class ScanEvent:
    """One physical scan, before interpretation."""

    text: str
    source: ScanSource
    at: datetime
    symbology: str | None = None  # a decoder's symbology name, when known
    symbology_id: str | None = None  # an AIM identifier such as "]E0", "]C1", "]d2", "]Q3"


@dataclass(frozen=True, slots=True)
class Gs1Data:
    """The GS1 content of a scan. Absent fields are ``None``."""

    kind: ScanKind
    gtin: str | None  # GTIN-14
    batch: str | None = None
    serial: str | None = None
    production_date: date | None = None  # AI (11)
    best_before_date: date | None = None  # AI (15)
    expiry_date: date | None = None  # AI (17)
    ais: tuple[tuple[str, str], ...] = ()  # every AI with its raw value, in scan order
    symbology_id: str | None = None

    @property
    def shelf_end(self) -> date | None:
        """The date the goods are good until: expiry, else best-before."""
        return self.expiry_date or self.best_before_date


class Gs1Error(DomainError):
    """A scanned text that is not a valid code (bad check digit, impossible date, ...)."""
