"""Use cases of one inspection: evaluate it live, submit it, amend or cancel it, list history.

A submitted inspection, its audit entry and its outbox row are written in one transaction;
the caller may tell the inspector "saved" only when ``submit`` has returned.
"""

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from qc_station.domain.catalogue import ProductCategory, Sku
from qc_station.domain.checklist import ChecklistTemplate
from qc_station.domain.defects import CheckGroup
from qc_station.domain.disposition import ReturnDisposition
from qc_station.domain.errors import DomainError
from qc_station.domain.inspection import (
    CheckResult,
    Inspection,
    InspectionState,
    amend,
    cancel,
    record_check,
    submit,
)
from qc_station.domain.label_checks import label_dates_for_shelf_life
from qc_station.domain.label_dates import DateMismatch, mismatch_check
from qc_station.domain.label_fields import LabelFields
from qc_station.domain.lot import Lot
from qc_station.domain.rules import (
    decide,
    propose_disposition,
    proposed_shelf_life_check,
    unanswered,
)
from qc_station.domain.shelf_life import (
    ShelfLifeAssessment,
    ShelfLifePolicy,
    assess,
    total_life_days,
)
from qc_station.domain.stage import Stage
from qc_station.domain.verdict import Decision, Reason
from qc_station.errors import InputError, NotFound
from qc_station.services.ports import (
    Clock,
    HistoryQuery,
    InspectionSummary,
    PhotoStore,
    UnitOfWork,
    UnitOfWorkFactory,
)
from qc_station.services.serialization import canonical_json, inspection_to_dict, sha256_text

AUDIT_ACTIONS = {
    (InspectionState.SUBMITTED, False): "inspection.submit",
    (InspectionState.SUBMITTED, True): "inspection.amend",
    (InspectionState.CANCELLED, True): "inspection.cancel",
}


@dataclass(frozen=True, slots=True)
class DraftRequest:
    """What starts an inspection: the goods, the stage, who, and the paperwork."""

    sku_id: str
    lot_id: str | None
    stage: Stage
    inspector_id: str
    reference: str = ""  # receiving note / ASN, order or wave, return order
    return_reason: str = ""


@dataclass(frozen=True, slots=True)
class InspectionContext:
    """What the rules need to judge an inspection of one SKU and lot at one stage."""

    sku: Sku
    category: ProductCategory
    lot: Lot | None
    template: ChecklistTemplate
    policy: ShelfLifePolicy | None


@dataclass(frozen=True, slots=True)
class Evaluation:
    """The live state of a draft: shelf life, missing answers, and the decision once complete."""

    shelf_life: ShelfLifeAssessment
    missing: tuple[str, ...]
    decision: Decision | None
    proposed_disposition: ReturnDisposition | None
    disposition_reasons: tuple[Reason, ...]


def assess_shelf_life(
    context: InspectionContext, stage: Stage, today: date, label: LabelFields | None = None
) -> ShelfLifeAssessment:
    """The shelf-life assessment of the context's lot at ``stage`` on ``today``.

    The lot's dates come first; a label the inspector accepted fills what the lot lacks, and
    of two expiries the earlier one counts (``label_dates_for_shelf_life``).
    """
    lot = context.lot
    production, expiry = label_dates_for_shelf_life(
        lot.production_date if lot else None, lot.expiry_date if lot else None, label
    )
    total = total_life_days(context.sku.shelf_life_days, production, expiry)
    return assess(
        context.policy,
        has_shelf_life=context.category.has_shelf_life,
        total_life=total,
        expiry=expiry,
        today=today,
    )


def evaluate(draft: Inspection, context: InspectionContext, today: date) -> Evaluation:
    """Evaluate a draft against the rules: what is missing, and the verdict once complete."""
    label = draft.label.accepted if draft.label is not None else None
    shelf = assess_shelf_life(context, draft.stage, today, label)
    missing = unanswered(context.template, draft.checks, context.sku.is_imported)
    decision = None
    if not missing:
        decision = decide(
            context.template, draft.checks, shelf, draft.stage, context.sku.is_imported
        )
    proposed: ReturnDisposition | None = None
    disposition_reasons: tuple[Reason, ...] = ()
    if draft.stage is Stage.RETURN:
        proposed, disposition_reasons = propose_disposition(draft.checks, shelf)
    return Evaluation(shelf, missing, decision, proposed, disposition_reasons)


def write_finished(uow: UnitOfWork, inspection: Inspection, actor_id: str, at: datetime) -> None:
    """Write a finished inspection with its audit entry and outbox row into ``uow``.

    The caller commits; all three land together or not at all.
    """
    key = (inspection.state, inspection.supersedes_id is not None)
    action = AUDIT_ACTIONS.get(key)
    if action is None:
        raise DomainError("inspection.not_finished", inspection.id)
    payload = canonical_json(inspection_to_dict(inspection))
    uow.inspections.add(inspection)
    detail = {"sha256": sha256_text(payload), "version": inspection.version}
    if inspection.supersedes_id:
        detail |= {"supersedes": inspection.supersedes_id, "reason": inspection.amend_reason}
    uow.audit.append(at, actor_id, action, "inspection", inspection.id, canonical_json(detail))
    uow.outbox.add("inspection", inspection.id, payload, at)


AfterSubmit = Callable[[UnitOfWork, Inspection], object]
"""Work that lands in the same transaction as a submitted inspection (lab sampling)."""


class InspectionService:
    """Inspections at one station."""

    def __init__(
        self,
        uow: UnitOfWorkFactory,
        photos: PhotoStore,
        clock: Clock,
        station_code: str,
        new_id: Callable[[], str] = lambda: str(uuid.uuid4()),
        after_submit: Sequence[AfterSubmit] = (),
    ) -> None:
        self._uow = uow
        self._photos = photos
        self._clock = clock
        self._station = station_code
        self._new_id = new_id
        self._after_submit = tuple(after_submit)

    def context(self, sku_id: str, lot_id: str | None, stage: Stage) -> InspectionContext:
        """Load what the rules need for ``sku_id`` (and ``lot_id``) at ``stage``."""
        with self._uow(write=False) as uow:
            return _load_context(uow, sku_id, lot_id, stage)

    def start(
        self,
        request: DraftRequest,
        label_mismatches: tuple[DateMismatch, ...] = (),
    ) -> tuple[Inspection, InspectionContext]:
        """A new draft with what the rules already know answered, and its context.

        The shelf-life item is answered from the lot's dates and the stage's policy, and a
        difference between the label's dates and the barcode's is a failed label check.
        The inspector can change every prefilled answer.
        """
        context = self.context(request.sku_id, request.lot_id, request.stage)
        draft = Inspection(
            id=self._new_id(),
            stage=request.stage,
            sku_id=request.sku_id,
            lot_id=request.lot_id,
            station_code=self._station,
            inspector_id=request.inspector_id,
            started_at=self._clock.now(),
            template_id=context.template.id,
            reference=request.reference,
            return_reason=request.return_reason,
        )
        return _prefilled(draft, context, self._clock.today(), label_mismatches), context

    def evaluate(self, draft: Inspection) -> Evaluation:
        """Evaluate ``draft`` against the rules, today."""
        context = self.context(draft.sku_id, draft.lot_id, draft.stage)
        return evaluate(draft, context, self._clock.today())

    def store_photo(self, data: bytes, mime: str = "image/jpeg") -> str:
        """Keep photo bytes durably; returns their SHA-256 to reference from a check."""
        sha = self._photos.put(data)
        with self._uow() as uow:
            if not uow.photos.exists(sha):
                uow.photos.add(sha, mime, len(data), self._clock.now())
                uow.commit()
        return sha

    def submit(self, draft: Inspection, disposition: ReturnDisposition | None = None) -> Inspection:
        """Decide and save ``draft``. Returns the saved inspection only after the commit.

        Raises:
            InputError: the checklist is incomplete or the draft is not valid.
            StorageFull / StoreError: nothing was saved; the draft is unchanged.
        """
        evaluation = self.evaluate(draft)
        if evaluation.decision is None:
            raise InputError(f"checklist incomplete: {', '.join(evaluation.missing)}")
        now = self._clock.now()
        try:
            finished = submit(draft, evaluation.decision, now, disposition)
        except DomainError as exc:
            raise InputError(str(exc)) from exc
        with self._uow() as uow:
            write_finished(uow, finished, draft.inspector_id, now)
            for hook in self._after_submit:
                hook(uow, finished)
            uow.commit()
        return finished

    def start_amendment(
        self, original_id: str, new_id: str, actor_id: str, reason: str
    ) -> Inspection:
        """A draft of a new version of a submitted inspection (saved by ``submit``)."""
        original = self._get_latest(original_id)
        try:
            return amend(original, new_id, actor_id, self._clock.now(), reason)
        except DomainError as exc:
            raise InputError(str(exc)) from exc

    def cancel(self, original_id: str, new_id: str, actor_id: str, reason: str) -> Inspection:
        """Void a submitted inspection with a reason; the voiding version is saved."""
        original = self._get_latest(original_id)
        now = self._clock.now()
        try:
            voided = cancel(original, new_id, actor_id, now, reason)
        except DomainError as exc:
            raise InputError(str(exc)) from exc
        with self._uow() as uow:
            write_finished(uow, voided, actor_id, now)
            uow.commit()
        return voided

    def get(self, inspection_id: str) -> Inspection | None:
        """One inspection with its checks."""
        with self._uow(write=False) as uow:
            return uow.inspections.get(inspection_id)

    def history(self, query: HistoryQuery) -> Sequence[InspectionSummary]:
        """Inspections matching ``query``, newest first."""
        with self._uow(write=False) as uow:
            return uow.inspections.history(query)

    def _get_latest(self, inspection_id: str) -> Inspection:
        """The inspection, refusing one that a later version already replaced."""
        original = self._get_required(inspection_id)
        with self._uow(write=False) as uow:
            if uow.inspections.superseded(inspection_id):
                raise InputError("a later version of this inspection exists: change that one")
        return original

    def _get_required(self, inspection_id: str) -> Inspection:
        found = self.get(inspection_id)
        if found is None:
            raise NotFound(f"no inspection {inspection_id}")
        return found

    def view(self, inspection_id: str) -> tuple[Inspection, InspectionContext, bool]:
        """A past inspection, its context (with the checklist it used) and whether it is superseded.

        Raises:
            NotFound: no such inspection, or its SKU or checklist is gone.
        """
        with self._uow(write=False) as uow:
            found = uow.inspections.get(inspection_id)
            if found is None:
                raise NotFound(f"no inspection {inspection_id}")
            current = _load_context(uow, found.sku_id, found.lot_id, found.stage)
            used = uow.templates.get(found.template_id) or current.template
            context = InspectionContext(
                current.sku, current.category, current.lot, used, current.policy
            )
            return found, context, uow.inspections.superseded(inspection_id)

    def amendment_with_context(
        self, original_id: str, new_id: str | None, actor_id: str, reason: str
    ) -> tuple[Inspection, InspectionContext]:
        """``start_amendment`` (a new id when ``new_id`` is None) and the draft's context.

        Raises:
            NotFound: no such inspection.
            InputError: it is not submitted, it is already superseded, or no reason is given.
        """
        with self._uow(write=False) as uow:
            if uow.inspections.superseded(original_id):
                raise InputError(f"inspection {original_id} was already amended or voided")
        draft = self.start_amendment(original_id, new_id or self._new_id(), actor_id, reason)
        return draft, self.context(draft.sku_id, draft.lot_id, draft.stage)


def shelf_life_answer(
    template: ChecklistTemplate, shelf: ShelfLifeAssessment
) -> CheckResult | None:
    """The answer ``shelf`` proposes for the template's shelf-life item (None without one)."""
    item = next((i for i in template.items if i.group is CheckGroup.SHELF_LIFE), None)
    return None if item is None else proposed_shelf_life_check(item.code, shelf)


def _prefilled(
    draft: Inspection,
    context: InspectionContext,
    today: date,
    label_mismatches: tuple[DateMismatch, ...],
) -> Inspection:
    if context.lot is not None:
        answer = shelf_life_answer(context.template, assess_shelf_life(context, draft.stage, today))
        if answer is not None:
            draft = record_check(draft, answer)
    mismatch = mismatch_check(context.template, label_mismatches)
    if mismatch is not None:
        draft = record_check(draft, mismatch)
    return draft


def _load_context(
    uow: UnitOfWork, sku_id: str, lot_id: str | None, stage: Stage
) -> InspectionContext:
    sku = uow.skus.get(sku_id)
    if sku is None:
        raise NotFound(f"no SKU {sku_id}")
    category = uow.categories.get(sku.category_code)
    if category is None:
        raise NotFound(f"no category {sku.category_code}")
    lot = uow.lots.get(lot_id) if lot_id else None
    template = uow.templates.current(sku.category_code, stage)
    if template is None:
        raise NotFound(f"no checklist for {sku.category_code} at {stage.value}")
    policy = uow.policies.get(sku.category_code, stage)
    return InspectionContext(sku, category, lot, template, policy)
