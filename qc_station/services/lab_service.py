"""Lab sampling at a station: the decision per lot, the chain of custody, and the lot's hold.

* The first submitted inbound inspection of a lot decides whether it goes to the lab
  (``decide_for_lot``, inside the inspection's own transaction). The decision is stored
  whether or not the lot is selected, with its risk explanation, seed and draw.
* A selected lot is held (``LotStatus.HELD``) while any of its samples is open. A passing
  result releases it; a failing one rejects it, and the failure counts in the risk of the
  merchant and the SKU from then on. A cancelled sample returns the lot to pending.
* Supervisors override decisions and cancel samples, with a reason. Every step writes an
  audit entry and an outbox row in the same transaction as the change.
"""

import hashlib
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, tzinfo

from qc_station.domain import lab
from qc_station.domain.catalogue import Sku
from qc_station.domain.errors import DomainError
from qc_station.domain.inspection import Inspection, InspectionState
from qc_station.domain.lab import (
    Accreditation,
    Collection,
    Dispatch,
    LabItemResult,
    LabReport,
    LabSample,
    LabSampleStatus,
    Receipt,
    SampleTag,
)
from qc_station.domain.lab_selection import (
    LabSelection,
    SelectionPolicy,
    decide_lab_sampling,
    override,
)
from qc_station.domain.lot import Lot
from qc_station.domain.risk import RiskAssessment, assess_risk
from qc_station.domain.stage import Stage
from qc_station.domain.users import User
from qc_station.domain.verdict import Verdict
from qc_station.errors import InputError, NotFound
from qc_station.services.auth_service import require_supervisor
from qc_station.services.lab_serialization import lab_sample_to_dict, selection_to_dict
from qc_station.services.lab_views import load_detail
from qc_station.services.lookups import required_lot, required_sku
from qc_station.services.lot_gate import settle_lot
from qc_station.services.ports import (
    Clock,
    LabSampleSummary,
    PhotoStore,
    UnitOfWork,
    UnitOfWorkFactory,
)
from qc_station.services.risk_service import risk_inputs, selection_facts
from qc_station.services.serialization import canonical_json

MAX_REPORT_BYTES = 20 * 1024 * 1024
PDF_MAGIC = b"%PDF-"


def new_seed() -> int:
    """A fresh 63-bit seed for a lab-sampling draw."""
    return secrets.randbits(63)


@dataclass(frozen=True, slots=True)
class ReportEntry:
    """A lab report as typed in from the paper or PDF report."""

    report_no: str
    lab_name: str
    accreditations: frozenset[Accreditation]
    items: tuple[LabItemResult, ...]
    report_pdf: bytes | None = None


class LabService:
    """Lab-sampling decisions and lab samples at one station."""

    def __init__(
        self,
        uow: UnitOfWorkFactory,
        clock: Clock,
        station_code: str,
        blobs: PhotoStore,
        policy: SelectionPolicy | None = None,
        seeds: Callable[[], int] = new_seed,
        new_id: Callable[[], str] = lambda: str(uuid.uuid4()),
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._station = station_code
        self._blobs = blobs
        self._policy = policy or SelectionPolicy()
        self._seeds = seeds
        self._new_id = new_id

    # --- reading -------------------------------------------------------------------------

    def risk(self, sku_id: str, lot_id: str | None) -> RiskAssessment:
        """The risk score of the SKU's lot now, with its explanation."""
        with self._uow(write=False) as uow:
            sku = required_sku(uow, sku_id)
            return assess_risk(risk_inputs(uow, sku, lot_id, self._clock.now()))

    def selection(self, lot_id: str) -> LabSelection | None:
        """The stored decision for the lot, if one was made."""
        with self._uow(write=False) as uow:
            return uow.lab_selections.get(lot_id)

    def samples_of_lot(self, lot_id: str) -> list[LabSample]:
        """The lot's samples, oldest first."""
        with self._uow(write=False) as uow:
            return uow.lab_samples.list_for_lot(lot_id)

    def overview(self, open_only: bool = False, limit: int = 500) -> list[LabSampleSummary]:
        """Samples with their SKU and lot, newest first; only those not closed if asked.

        "Not closed" is those holding their lot and those with a result waiting to be closed.
        """
        statuses = lab.OPEN_STATUSES | {LabSampleStatus.RESULTED} if open_only else None
        with self._uow(write=False) as uow:
            return uow.lab_samples.overview(statuses, limit)

    def summary(self, sample_id: str) -> LabSampleSummary:
        """One sample with its SKU and lot."""
        with self._uow(write=False) as uow:
            found = uow.lab_samples.summary(sample_id)
        if found is None:
            raise NotFound(f"lab sample {sample_id} does not exist")
        return found

    def find_code(self, code: str) -> LabSample | None:
        """The sample whose tag carries ``code`` (a scanned sample tag)."""
        with self._uow(write=False) as uow:
            return uow.lab_samples.by_code(code.strip())

    def report_pdf(self, sample_id: str) -> bytes:
        """The lab's PDF report attached to the sample."""
        sample = self.summary(sample_id).sample
        if sample.report is None or sample.report.report_pdf is None:
            raise NotFound(f"lab sample {sample.code} has no report PDF")
        return self._blobs.read(sample.report.report_pdf)

    def tags(self, sample_id: str, tz: tzinfo) -> list[SampleTag]:
        """The tags to print: one for the test portion, one for the backup once collected."""
        detail = load_detail(self._uow, sample_id)  # the sample and the names, one snapshot
        found, sample = detail.summary, detail.summary.sample
        collector = "" if sample.collection is None else detail.name(sample.collection.collected_by)
        base = SampleTag(
            code=sample.code,
            sku_name=found.sku_name,
            gtin=found.gtin,
            merchant=found.merchant_name,
            batch=found.batch,
            production_date=_iso_day(found.production_date),
            selected_at=sample.selected_at.astimezone(tz).strftime("%Y-%m-%d %H:%M"),
            selection_reason=sample.selection_reason,
            lab_name=sample.lab_name,
            tracking_no="" if sample.dispatch is None else sample.dispatch.tracking_no,
        )
        c = sample.collection
        if c is None:
            return [base]
        collected = {
            "test_quantity": c.test_quantity,
            "backup_quantity": c.backup_quantity,
            "seal_no": c.seal_no,
            "collected_by": collector,
        }
        test = _with(base, portion="test", **collected)
        if c.backup_quantity == 0:
            return [test]
        return [test, _with(base, portion="backup", **collected)]

    # --- the decision ---------------------------------------------------------------------

    def on_submitted(self, uow: UnitOfWork, inspection: Inspection) -> LabSelection | None:
        """After an inbound inspection that did not reject: decide the lot's lab sampling."""
        if (
            inspection.stage is not Stage.INBOUND
            or inspection.lot_id is None
            or inspection.state is not InspectionState.SUBMITTED
            or inspection.verdict is Verdict.REJECT
        ):
            return None
        lot = required_lot(uow, inspection.lot_id)
        return self.decide_for_lot(uow, lot, inspection.inspector_id)

    def decide_for_lot(self, uow: UnitOfWork, lot: Lot, actor_id: str) -> LabSelection | None:
        """Decide once whether ``lot`` goes to the lab; inside the caller's transaction.

        Returns the new decision, or None when the lot already has one.
        """
        if uow.lab_selections.get(lot.id) is not None:
            return None
        return self._record_decision(uow, lot, actor_id, self._clock.now())

    def _record_decision(
        self, uow: UnitOfWork, lot: Lot, actor_id: str, now: datetime
    ) -> LabSelection:
        selection = self._decide(uow, required_sku(uow, lot.sku_id), lot, now)
        uow.lab_selections.add(selection, now, actor_id)
        payload = canonical_json(selection_to_dict(selection))
        uow.audit.append(now, actor_id, "lab_selection.decide", "lot", lot.id, payload)
        uow.outbox.add("lab_selection", lot.id, payload, now)
        if selection.selected:
            self._open_sample(uow, lot, selection, actor_id, now)
        return selection

    def override(self, lot_id: str, select: bool, note: str, supervisor: User) -> LabSelection:
        """A supervisor selects a lot for the lab, or releases one that was drawn.

        A lot without a decision gets its draw first, so the record shows both; when that
        draw already gives what the supervisor asks for, it stands and nothing is overridden.

        Raises:
            NotAllowed: the user is not a supervisor.
            InputError: no reason, nothing to change, or against an always-sample rule, or
                the lot's sample has already left for the lab.
        """
        require_supervisor(supervisor, "decide on lab samples")
        now = self._clock.now()
        with self._uow() as uow:
            lot = required_lot(uow, lot_id)
            current = uow.lab_selections.get(lot_id)
            if current is None:
                current = self._record_decision(uow, lot, supervisor.id, now)
                if current.selected == select:
                    uow.commit()
                    return current
            try:
                changed = override(current, select, supervisor.id, note)
            except DomainError as exc:
                raise InputError(str(exc)) from exc
            uow.lab_selections.replace(changed)
            payload = canonical_json(selection_to_dict(changed))
            uow.audit.append(now, supervisor.id, "lab_selection.override", "lot", lot_id, payload)
            uow.outbox.add("lab_selection", lot_id, payload, now)
            if select:
                self._open_sample(uow, lot, changed, supervisor.id, now, note)
            else:
                self._cancel_open_samples(uow, lot, note, supervisor.id, now)
            uow.commit()
        return changed

    # --- the chain of custody -------------------------------------------------------------

    def collect(
        self, sample_id: str, test_quantity: int, backup_quantity: int, seal_no: str, actor: User
    ) -> LabSample:
        """Record the units taken for the lab and the seal on the backup portion."""
        now = self._clock.now()
        return self._step(
            sample_id,
            actor,
            "lab_sample.collect",
            lambda s: lab.collect(
                s, Collection(test_quantity, backup_quantity, seal_no.strip(), actor.id, now)
            ),
        )

    def dispatch(
        self, sample_id: str, lab_name: str, courier: str, tracking_no: str, actor: User
    ) -> LabSample:
        """Record the hand-over to the courier."""
        now = self._clock.now()
        return self._step(
            sample_id,
            actor,
            "lab_sample.dispatch",
            lambda s: lab.dispatch(
                s, Dispatch(lab_name.strip(), courier.strip(), tracking_no.strip(), actor.id, now)
            ),
        )

    def receive(
        self, sample_id: str, received_at: datetime, seal_intact: bool, note: str, actor: User
    ) -> LabSample:
        """Record that the lab received the sample (as the lab confirmed it)."""
        if received_at > self._clock.now():
            raise InputError("the lab cannot have received the sample in the future")
        return self._step(
            sample_id,
            actor,
            "lab_sample.receive",
            lambda s: lab.receive(s, Receipt(received_at, actor.id, seal_intact, note.strip())),
        )

    def record_result(self, sample_id: str, entry: ReportEntry, supervisor: User) -> LabSample:
        """Record the lab's report; a pass releases the lot, a fail rejects it."""
        require_supervisor(supervisor, "decide on lab samples")
        pdf = entry.report_pdf
        pdf_sha = None if pdf is None else _checked_pdf(pdf)
        now = self._clock.now()

        def step(sample: LabSample) -> LabSample:
            report = LabReport(
                entry.report_no.strip(),
                entry.lab_name.strip() or sample.lab_name,
                entry.accreditations,
                entry.items,
                now,
                supervisor.id,
                pdf_sha,
            )
            return lab.record_result(sample, report)

        def keep(uow: UnitOfWork) -> None:
            if pdf is not None:  # only once the step is valid, in the step's transaction
                self._keep_pdf(uow, pdf)

        return self._step(sample_id, supervisor, "lab_sample.result", step, keep)

    def close(self, sample_id: str, actor: User) -> LabSample:
        """Close a sample whose result has been acted on."""
        now = self._clock.now()
        return self._step(sample_id, actor, "lab_sample.close", lambda s: lab.close(s, now))

    def cancel(self, sample_id: str, reason: str, supervisor: User) -> LabSample:
        """Cancel a sample that has not left for the lab; the lot is no longer held for it."""
        require_supervisor(supervisor, "decide on lab samples")
        now = self._clock.now()
        return self._step(
            sample_id, supervisor, "lab_sample.cancel", lambda s: lab.cancel(s, reason, now)
        )

    # --- inside ---------------------------------------------------------------------------

    def _decide(self, uow: UnitOfWork, sku: Sku, lot: Lot, now: datetime) -> LabSelection:
        inputs = risk_inputs(uow, sku, lot.id, now)
        facts = selection_facts(inputs)
        return decide_lab_sampling(lot.id, assess_risk(inputs), facts, self._policy, self._seeds())

    def _open_sample(
        self,
        uow: UnitOfWork,
        lot: Lot,
        selection: LabSelection,
        actor_id: str,
        now: datetime,
        note: str = "",
    ) -> LabSample:
        assert selection.reason is not None
        day = self._clock.today()
        prefix = lab.sample_code(self._station, day, 1)[:-3]
        number = uow.lab_samples.codes_with_prefix(prefix) + 1
        sample = LabSample(
            id=self._new_id(),
            lot_id=lot.id,
            status=LabSampleStatus.SELECTED,
            selected_at=now,
            selection_reason=selection.reason.value,
            code=lab.sample_code(self._station, day, number),
            selected_by=actor_id,
            selection_note=note.strip(),
        )
        uow.lab_samples.add(sample)
        self._write_sample(uow, sample, actor_id, "lab_sample.select", now)
        self._settle_lot(uow, lot.id, actor_id, now)
        return sample

    def _cancel_open_samples(
        self, uow: UnitOfWork, lot: Lot, note: str, actor_id: str, now: datetime
    ) -> None:
        for sample in uow.lab_samples.list_for_lot(lot.id):
            if sample.status is LabSampleStatus.CANCELLED:
                continue  # a sample with a result cannot be undone either: lab.cancel refuses
            try:
                cancelled = lab.cancel(sample, note, now)
            except DomainError as exc:
                raise InputError(f"sample {sample.code} has already left for the lab") from exc
            uow.lab_samples.update(cancelled)
            self._write_sample(uow, cancelled, actor_id, "lab_sample.cancel", now)
        self._settle_lot(uow, lot.id, actor_id, now)

    def _step(
        self,
        sample_id: str,
        actor: User,
        action: str,
        step: Callable[[LabSample], LabSample],
        before_write: Callable[[UnitOfWork], None] | None = None,
    ) -> LabSample:
        now = self._clock.now()
        with self._uow() as uow:
            sample = uow.lab_samples.get(sample_id)
            if sample is None:
                raise NotFound(f"lab sample {sample_id} does not exist")
            try:
                moved = step(sample)
            except DomainError as exc:
                raise InputError(str(exc)) from exc
            if before_write is not None:
                before_write(uow)
            uow.lab_samples.update(moved)
            self._write_sample(uow, moved, actor.id, action, now)
            self._settle_lot(uow, moved.lot_id, actor.id, now)
            uow.commit()
        return moved

    def _write_sample(
        self, uow: UnitOfWork, sample: LabSample, actor_id: str, action: str, now: datetime
    ) -> None:
        payload = canonical_json(lab_sample_to_dict(sample))
        uow.audit.append(now, actor_id, action, "lab_sample", sample.id, payload)
        uow.outbox.add("lab_sample", sample.id, payload, now)

    def _settle_lot(self, uow: UnitOfWork, lot_id: str, actor_id: str, now: datetime) -> None:
        """Hold, release, reject or un-hold the lot according to its samples and sampling."""
        settle_lot(uow, lot_id, actor_id, now, "lab")

    def _keep_pdf(self, uow: UnitOfWork, data: bytes) -> None:
        sha = self._blobs.put(data)
        if not uow.photos.exists(sha):
            uow.photos.add(sha, "application/pdf", len(data), self._clock.now())


def _checked_pdf(data: bytes) -> str:
    """The SHA-256 a lab report PDF will be kept under; refuses what is not a PDF."""
    if not data.startswith(PDF_MAGIC):
        raise InputError("the lab report file is not a PDF")
    if len(data) > MAX_REPORT_BYTES:
        raise InputError(f"the lab report PDF is over {MAX_REPORT_BYTES // 2**20} MB")
    return hashlib.sha256(data).hexdigest()


def _iso_day(day: date | None) -> str:
    return "" if day is None else day.isoformat()


def _with(tag: SampleTag, **changes: object) -> SampleTag:
    return replace(tag, **changes)  # type: ignore[arg-type]
