"""Reading a label: the photo kept, its text read, its fields extracted, its checks proposed.

The OCR runs where the caller runs it (a worker thread in the window, the CLI's own thread);
nothing here touches the store except keeping the photo, which is evidence from the moment
it is taken.
"""

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from qc_station.domain.inspection import Inspection, record_check
from qc_station.domain.label_checks import LabelFindings, cross_check
from qc_station.domain.label_evidence import LabelEvidence
from qc_station.domain.label_fields import LabelFields, extract_fields, merge_inkjet
from qc_station.domain.label_text import TextRead
from qc_station.domain.scan import Gs1Data
from qc_station.domain.shelf_life import ShelfLifeStatus
from qc_station.services.inspection_service import (
    InspectionContext,
    assess_shelf_life,
    shelf_life_answer,
)
from qc_station.services.ports import LabelReader

StorePhoto = Callable[[bytes], str]


@dataclass(frozen=True, slots=True)
class LabelReading:
    """One label photo read: where the photo is kept, its text, and the fields found."""

    photo: str  # SHA-256 in the photo store
    text: TextRead
    fields: LabelFields
    inkjet_photo: str | None = None
    inkjet_text: TextRead | None = None

    @property
    def needs_inkjet(self) -> bool:
        """The label points to an inkjet code for its date, and none was read yet."""
        return self.fields.production_date_on_inkjet and self.fields.production_date is None

    def evidence(self, accepted: LabelFields) -> LabelEvidence:
        """The evidence to keep with the inspection, with the fields the inspector accepted."""
        return LabelEvidence(
            photo=self.photo,
            lines=self.text.lines,
            read=self.fields,
            accepted=accepted,
            engine=self.text.engine,
            inkjet_photo=self.inkjet_photo,
            inkjet_lines=self.inkjet_text.lines if self.inkjet_text else (),
        )


class LabelService:
    """Reads label photos with the OCR port and keeps each photo."""

    def __init__(self, reader: LabelReader, store_photo: StorePhoto) -> None:
        self._reader = reader
        self._store_photo = store_photo

    def read(self, photo: bytes) -> LabelReading:
        """Keep ``photo``, read its text and extract the fields.

        Raises:
            InputError: the photo is not an image (nothing is kept then).
        """
        text = self._reader.read(photo)
        sha = self._store_photo(photo)
        return LabelReading(sha, text, extract_fields(text.texts))

    def read_inkjet(self, reading: LabelReading, photo: bytes) -> LabelReading:
        """Add a separate photo of the inkjet code the label points to for its date."""
        text = self._reader.read(photo)
        sha = self._store_photo(photo)
        fields = merge_inkjet(reading.fields, text.texts)
        return replace(reading, fields=fields, inkjet_photo=sha, inkjet_text=text)


def apply_label(
    draft: Inspection,
    context: InspectionContext,
    evidence: LabelEvidence,
    barcode: Gs1Data | None,
    today: date,
) -> tuple[Inspection, LabelFindings]:
    """``draft`` with the label kept as evidence and the checks the label proposes answered.

    Proposed: the GB 7718 elements item, a shelf-life disagreement with the listing, and the
    shelf-life item judged again with the label's dates (when they tell more than the lot's).
    The inspector can change every one of them before saving.
    """
    findings = cross_check(
        context.template, evidence.accepted, barcode, context.sku.shelf_life_days
    )
    draft = replace(draft, label=evidence)
    for check in findings.proposals:
        draft = record_check(draft, check)
    shelf = assess_shelf_life(context, draft.stage, today, evidence.accepted)
    answer = shelf_life_answer(context.template, shelf)
    if answer is not None and shelf.status is not ShelfLifeStatus.UNKNOWN:
        draft = record_check(draft, answer)
    return draft, findings
