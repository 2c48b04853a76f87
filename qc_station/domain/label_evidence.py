"""A label reading kept with an inspection as evidence."""

from dataclasses import dataclass

from qc_station.domain.label_fields import FIELD_NAMES, LabelFields
from qc_station.domain.label_text import TextLine


@dataclass(frozen=True, slots=True)
class LabelEvidence:
    """The label photo, what the OCR read off it, and what the inspector accepted.

    ``read`` is the extraction as it came from the OCR; ``accepted`` is what the inspector
    confirmed or corrected. Both are kept, so an audit can see every correction.
    """

    photo: str  # SHA-256 of the label photo in the photo store
    lines: tuple[TextLine, ...]
    read: LabelFields
    accepted: LabelFields
    engine: str
    inkjet_photo: str | None = None  # a separate photo of the inkjet code, when one was taken
    inkjet_lines: tuple[TextLine, ...] = ()

    @property
    def corrected(self) -> tuple[str, ...]:
        """The fields the inspector changed from what was read."""
        changed = [n for n in FIELD_NAMES if getattr(self.read, n) != getattr(self.accepted, n)]
        if self.read.elements_present != self.accepted.elements_present:
            changed.append("elements")
        return tuple(changed)
