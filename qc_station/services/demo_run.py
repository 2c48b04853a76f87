"""Running one demo day: simulate its events in time order, then write them in one unit of
work (inspections, lot decisions, lab samples, photos).

Simulating first lets the photos of the day be drawn and stored on other threads while the
day's writes wait only for the photos they use. Every inspection is judged by the domain
rules (``evaluate``) and written by ``write_finished``, exactly like one submitted at the bench.
"""

import heapq
import random
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from types import TracebackType
from typing import Protocol, Self

from qc_station.domain.catalogue import RiskLevel
from qc_station.domain.checklist import CheckItem
from qc_station.domain.defects import CheckGroup
from qc_station.domain.errors import DomainError
from qc_station.domain.inspection import CheckOutcome, CheckResult, Inspection, submit
from qc_station.domain.lab import (
    LabResult,
    LabSample,
    LabSampleStatus,
    SelectionReason,
    close,
    collect,
    dispatch,
    receive,
    record_result,
    sample_code,
)
from qc_station.domain.lot import LotStatus
from qc_station.domain.risk import RiskInputs
from qc_station.domain.rules import applicable_items, proposed_shelf_life_check
from qc_station.domain.shelf_life import ShelfLifeAssessment
from qc_station.domain.stage import Stage
from qc_station.domain.verdict import Verdict
from qc_station.services import demo_lab
from qc_station.services.demo_checks import Finding, answers, draw_findings
from qc_station.services.demo_plan import plan_inbound, plan_outbound, plan_returns
from qc_station.services.demo_rota import OnDuty, Slot, assign, crew, on_duty
from qc_station.services.demo_world import LotState, SkuRef, StatusChange, Task, World
from qc_station.services.inspection_service import (
    InspectionContext,
    assess_shelf_life,
    evaluate,
    write_finished,
)
from qc_station.services.ports import OutboxRepository, UnitOfWork
from qc_station.services.serialization import canonical_json

Write = Callable[[UnitOfWork], None]


class PhotoDesk(Protocol):
    """Takes photos now and hands over their SHA-256 when the day is written."""

    def request(self, ref: SkuRef, state: LotState, defect: str | None, at: datetime) -> str:
        """Order a photo taken at local time ``at``; returns a token for it."""
        ...

    def resolve(self, uow: UnitOfWork, token: str) -> str:
        """The SHA-256 of the photo behind ``token``, recorded in ``uow`` (once)."""
        ...


class _RecordingOutbox:
    """An outbox that remembers the ``seq`` of every record it queues."""

    def __init__(self, inner: OutboxRepository, seqs: list[tuple[int, datetime]]) -> None:
        self._inner = inner
        self._seqs = seqs

    def add(self, kind: str, entity_id: str, payload_json: str, at: datetime) -> int:
        seq = self._inner.add(kind, entity_id, payload_json, at)
        self._seqs.append((seq, at))
        return seq

    def mark_done(self, seqs: Sequence[int], at: datetime) -> None:
        self._inner.mark_done(seqs, at)

    def pending_count(self) -> int:
        return self._inner.pending_count()


class _RecordingUnitOfWork:
    """The day's open unit of work, seen through a recording outbox (already entered)."""

    def __init__(self, inner: UnitOfWork, seqs: list[tuple[int, datetime]]) -> None:
        self._inner = inner
        self.merchants = inner.merchants
        self.categories = inner.categories
        self.skus = inner.skus
        self.lots = inner.lots
        self.templates = inner.templates
        self.policies = inner.policies
        self.users = inner.users
        self.inspections = inner.inspections
        self.photos = inner.photos
        self.outbox: OutboxRepository = _RecordingOutbox(inner.outbox, seqs)
        self.audit = inner.audit
        self.lab_samples = inner.lab_samples
        self.lab_selections = inner.lab_selections
        self.risk_history = inner.risk_history
        self.sampling = inner.sampling

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        return None

    def commit(self) -> None:
        self._inner.commit()

    def rollback(self) -> None:
        self._inner.rollback()


@dataclass(slots=True)
class Tally:
    """What the demo wrote, counted as it goes."""

    inspections: Counter[str] = field(default_factory=Counter)
    verdicts: Counter[str] = field(default_factory=Counter)
    verdicts_by_stage: Counter[str] = field(default_factory=Counter)
    defective: Counter[str] = field(default_factory=Counter)
    severities: Counter[str] = field(default_factory=Counter)
    dispositions: Counter[str] = field(default_factory=Counter)
    lab: Counter[str] = field(default_factory=Counter)
    lab_failures: int = 0
    outbox_done: int = 0

    def inspection(self, done: Inspection) -> None:
        """Count one finished inspection."""
        stage, verdict = done.stage.value, done.verdict.value if done.verdict else "none"
        self.inspections[stage] += 1
        self.verdicts[verdict] += 1
        self.verdicts_by_stage[f"{stage}.{verdict}"] += 1
        fails = [c for c in done.checks if c.outcome is CheckOutcome.FAIL]
        if fails:
            self.defective[stage] += 1
        self.severities.update(c.severity.value for c in fails if c.severity is not None)
        if done.disposition is not None:
            self.dispositions[done.disposition.value] += 1


@dataclass(frozen=True, slots=True)
class DayClock:
    """The time zone, the demo's today and the moment after which nothing has happened yet."""

    tz: tzinfo
    today: date
    horizon: datetime  # local

    def at(self, day: date, clock: time, plus_minutes: float = 0) -> datetime:
        """A local time on ``day``, to the second."""
        moment = datetime.combine(day, clock, tzinfo=self.tz) + timedelta(minutes=plus_minutes)
        return moment.replace(microsecond=0)


def utc(moment: datetime) -> datetime:
    """The same moment in UTC (what the store keeps)."""
    return moment.astimezone(UTC)


class DayRunner:
    """Generates and writes the days of the demo, one unit of work each."""

    def __init__(self, world: World, clock: DayClock, desk: PhotoDesk, tally: Tally) -> None:
        self._world = world
        self._rng: random.Random = world.rng
        self._clock = clock
        self._desk = desk
        self.tally = tally
        self._queue: list[tuple[datetime, int, Slot | StatusChange]] = []
        self._counter = 0
        self._day_end = clock.horizon
        self._supervisors: list[OnDuty] = []
        self._writes: list[Write] = []
        self._seqs: list[tuple[int, datetime]] = []
        self._lab_numbers: Counter[date] = Counter()
        self._last_lab: dict[str, datetime] = {}

    # --- one day -------------------------------------------------------------------------

    def run_day(self, uow: UnitOfWork, day: date) -> None:
        """Simulate ``day``, then write it into ``uow`` in time order (not committed)."""
        self._writes = []
        self._simulate(day)
        self._seqs = []
        recording = _RecordingUnitOfWork(uow, self._seqs)
        for write in self._writes:
            write(recording)
        self._writes = []
        if day < self._clock.today:
            self._mark_synced(uow)

    def _simulate(self, day: date) -> None:
        world, tz = self._world, self._clock.tz
        start = self._clock.at(day, time(0))
        self._day_end = start + timedelta(days=1)
        self._supervisors = crew(world.supervisors, world.site.shifts, day, tz, rest=False)
        arrived, inbound = self._arrived(*plan_inbound(world, day, tz))
        lots = [state.lot for state in arrived]

        def write(uow: UnitOfWork) -> None:
            for lot in lots:
                uow.lots.add(lot)

        self._writes.append(write)
        world.lots += arrived
        tasks = inbound + plan_outbound(world, day, tz) + plan_returns(world, day, tz)
        inspectors = crew(world.inspectors, world.site.shifts, day, tz, rest=True)
        for slot in assign(tasks, inspectors, self._rng):
            self._push(slot.end, slot)
        for change in world.due(start, self._day_end):
            self._push(change.at, change)
        self._drain(day)

    def _arrived(
        self, lots: list[LotState], tasks: list[Task]
    ) -> tuple[list[LotState], list[Task]]:
        """The lots (and their inspections) that are at the door by the horizon."""
        first: dict[str, datetime] = {}
        for task in tasks:
            lot_id = task.lot.lot.id
            first[lot_id] = min(first.get(lot_id, task.ready), task.ready)
        horizon = self._clock.horizon
        kept = [s for s in lots if first.get(s.lot.id, horizon) <= horizon]
        return kept, [t for t in tasks if first[t.lot.lot.id] <= horizon]

    def _push(self, at: datetime, event: Slot | StatusChange) -> None:
        self._counter += 1
        heapq.heappush(self._queue, (at, self._counter, event))

    def _drain(self, day: date) -> None:
        while self._queue:
            at, _, event = heapq.heappop(self._queue)
            if at > self._clock.horizon:
                continue  # has not happened yet
            if isinstance(event, Slot):
                self._inspect(event, day)
            else:
                self._apply(event)

    def _schedule(self, change: StatusChange) -> None:
        if change.at < self._day_end:
            self._push(change.at, change)
        else:
            self._world.scheduled.append(change)

    def _mark_synced(self, uow: UnitOfWork) -> None:
        """History is synced: mark its outbox rows done a few minutes after each quarter hour."""
        buckets: dict[datetime, list[int]] = {}
        for seq, at in self._seqs:
            quarter = at.replace(minute=at.minute // 15 * 15, second=0, microsecond=0)
            buckets.setdefault(quarter, []).append(seq)
        for quarter, seqs in sorted(buckets.items()):
            uow.outbox.mark_done(
                seqs, quarter + timedelta(minutes=16, seconds=self._rng.randint(0, 50))
            )
            self.tally.outbox_done += len(seqs)

    # --- inspections ---------------------------------------------------------------------

    def _inspect(self, slot: Slot, day: date) -> None:
        task, world = slot.task, self._world
        state, ref = task.lot, task.lot.ref
        if task.stage is Stage.OUTBOUND and state.lot.status is not LotStatus.RELEASED:
            return  # the lot was stopped earlier today; the order ships from another lot
        category = ref.category.category
        template = world.templates[(category.code, task.stage)]
        policy = world.policies.get((category.code, task.stage))
        context = InspectionContext(ref.sku, category, state.lot, template, policy)
        items = applicable_items(template, ref.sku.is_imported)
        shelf = assess_shelf_life(context, task.stage, day)
        findings = draw_findings(
            self._rng, items, task.stage, ref, world.site.defects, task.return_reason
        )
        shelf_check = self._shelf_check(items, shelf)
        photos = self._photos(ref, state, findings, shelf_check, slot.start)
        draft = Inspection(
            id=world.ids.new(),
            stage=task.stage,
            sku_id=ref.sku.id,
            lot_id=state.lot.id,
            station_code=world.station_code,
            inspector_id=slot.inspector_id,
            started_at=utc(slot.start),
            template_id=template.id,
            checks=answers(items, shelf_check, findings, photos),
            reference=task.reference,
            return_reason="" if task.return_reason is None else task.return_reason.text,
            quantity=task.quantity,
        )
        done = self._finish(draft, context, day, utc(slot.end))
        self.tally.inspection(done)
        self._after(slot, done, shelf)

    def _shelf_check(
        self, items: Sequence[CheckItem], shelf: ShelfLifeAssessment
    ) -> CheckResult | None:
        item = next((i for i in items if i.group is CheckGroup.SHELF_LIFE), None)
        if item is None:
            return None
        check = proposed_shelf_life_check(item.code, shelf)
        notes = self._world.site.defects.notes.get(check.defect_code or "", ())
        return replace(check, note=self._rng.choice(notes)) if notes else check

    def _photos(
        self,
        ref: SkuRef,
        state: LotState,
        findings: Sequence[Finding],
        shelf_check: CheckResult | None,
        at: datetime,
    ) -> dict[str, tuple[str, ...]]:
        """Photos of every failed check, taken during the inspection."""
        failed = [(f.item_code, f.defect_code) for f in findings]
        if shelf_check is not None and shelf_check.outcome is CheckOutcome.FAIL:
            failed.append((shelf_check.item_code, shelf_check.defect_code or ""))
        extra = self._world.site.defects.extra_photo_chance
        photos: dict[str, tuple[str, ...]] = {}
        for n, (item_code, defect_code) in enumerate(failed):
            count = 2 if self._rng.random() < extra else 1
            photos[item_code] = tuple(
                self._desk.request(ref, state, defect_code, at + timedelta(seconds=20 * (n + i)))
                for i in range(count)
            )
        return photos

    def _finish(
        self, draft: Inspection, context: InspectionContext, day: date, at: datetime
    ) -> Inspection:
        evaluation = evaluate(draft, context, day)
        if evaluation.decision is None:
            raise DomainError("demo.checklist_incomplete", ",".join(evaluation.missing))
        done = submit(draft, evaluation.decision, at, evaluation.proposed_disposition)

        def write(uow: UnitOfWork) -> None:
            write_finished(uow, self._with_photos(uow, done), draft.inspector_id, at)

        self._writes.append(write)
        return done

    def _with_photos(self, uow: UnitOfWork, done: Inspection) -> Inspection:
        """The inspection with the photo tokens of its checks replaced by the photos."""
        if not any(c.photos for c in done.checks):
            return done
        checks = tuple(
            replace(c, photos=tuple(self._desk.resolve(uow, t) for t in c.photos))
            for c in done.checks
        )
        return replace(done, checks=checks)

    def _after(self, slot: Slot, done: Inspection, shelf: ShelfLifeAssessment) -> None:
        """What the verdict does to the lot."""
        state, verdict = slot.task.lot, done.verdict
        if done.stage is Stage.INBOUND and verdict is not None:
            state.inbound_verdicts.append(verdict)
            state.inbound_left -= 1
            if state.inbound_left == 0:
                self._decide_inbound(state, slot.end, slot.inspector_id)
        elif done.stage is Stage.OUTBOUND and verdict is Verdict.REJECT and shelf.blocks_stage:
            self._set_status(state, LotStatus.REJECTED, slot.inspector_id, slot.end, "no_sale")
        elif done.stage is Stage.OUTBOUND and verdict in (Verdict.REJECT, Verdict.HOLD):
            self._set_status(state, LotStatus.HELD, slot.inspector_id, slot.end, "outbound_defect")
            release = state.ref.merchant.profile.hold_release_rate
            self._review(state, slot.end, release if verdict is Verdict.HOLD else release / 2)

    # --- lots ----------------------------------------------------------------------------

    def _decide_inbound(self, state: LotState, at: datetime, inspector_id: str) -> None:
        verdicts = state.inbound_verdicts
        if Verdict.REJECT in verdicts:
            self._set_status(state, LotStatus.REJECTED, inspector_id, at, "inbound_reject")
        elif Verdict.HOLD in verdicts:
            self._set_status(state, LotStatus.HELD, inspector_id, at, "inbound_hold")
            self._review(state, at, state.ref.merchant.profile.hold_release_rate)
        elif self._wants_lab_sample(state):
            self._set_status(state, LotStatus.HELD, inspector_id, at, "lab_sample")
            self._select_lab_sample(state, at)
        else:
            self._set_status(state, LotStatus.RELEASED, inspector_id, at, "inbound_accept")

    def _set_status(
        self, state: LotState, status: LotStatus, actor_id: str, at: datetime, reason: str
    ) -> None:
        old = state.lot.status
        if old is status:
            return
        expected = state.lot.version
        state.lot = replace(state.lot, status=status, version=expected + 1)
        lot_id = state.lot.id
        detail = canonical_json(
            {"from": old.value, "to": status.value, "reason": reason, "version": expected + 1}
        )

        def write(uow: UnitOfWork) -> None:
            stored = uow.lots.set_status(lot_id, status, expected)
            if stored.version != expected + 1:
                raise DomainError("demo.lot_version", f"{lot_id}: {stored.version}")
            uow.audit.append(utc(at), actor_id, "lot.set_status", "lot", lot_id, detail)

        self._writes.append(write)
        if status is LotStatus.REJECTED:
            state.stock = 0

    def _review(self, state: LotState, at: datetime, release_rate: float) -> None:
        """A supervisor decides a held lot: later today, tomorrow morning, or the day after."""
        rng, clock = self._rng, self._clock
        later = at + timedelta(minutes=rng.randint(40, 240))
        roll = rng.random()
        if roll < 0.55 and later.time() < time(19, 30):
            when = later.replace(microsecond=0)
        else:
            days = 1 if roll < 0.9 else 2
            when = clock.at(at.date() + timedelta(days=days), time(9, 0), rng.uniform(0, 150))
        release = rng.random() < release_rate
        status = LotStatus.RELEASED if release else LotStatus.REJECTED
        reason = "supervisor_release" if release else "supervisor_reject"
        self._schedule(StatusChange(when, state, status, "", reason))

    def _apply(self, change: StatusChange) -> None:
        actor = change.actor_id or self._supervisor_at(change.at)
        if change.lot.lot.status is LotStatus.HELD:
            self._set_status(change.lot, change.status, actor, change.at, change.reason)

    def _supervisor_at(self, moment: datetime) -> str:
        duties = self._supervisors
        if not duties or duties[0].start.date() != moment.date():
            tz = self._clock.tz
            duties = crew(
                self._world.supervisors, self._world.site.shifts, moment.date(), tz, rest=False
            )
        return on_duty(duties, moment, self._rng)

    # --- lab samples ---------------------------------------------------------------------

    def _wants_lab_sample(self, state: LotState) -> bool:
        if state.ref.sku.risk is not RiskLevel.HIGH:
            return False
        return self._rng.random() < self._world.site.lab.sample_share

    def _select_lab_sample(self, state: LotState, at: datetime) -> None:
        rng, spec = self._rng, self._world.site.lab
        selected = (at + timedelta(minutes=rng.randint(10, 45))).replace(microsecond=0)
        supervisor = self._supervisor_at(selected)
        times = demo_lab.lab_timeline(rng, selected, spec, self._clock)
        reached = [s for s, t in times.items() if t <= self._clock.horizon]
        status = reached[-1] if reached else LabSampleStatus.SELECTED
        failed = rng.random() < state.ref.merchant.profile.lab_fail_rate
        lab = rng.randrange(len(spec.labs))
        resulted = LabSampleStatus.RESULTED in reached
        sample = self._custody(
            LabSample(
                id=self._world.ids.new(),
                lot_id=state.lot.id,
                status=LabSampleStatus.SELECTED,
                selected_at=utc(selected),
                selection_reason=self._selection_reason(state),
                code=self._next_sample_code(selected.date()),
                selected_by=supervisor,
            ),
            state,
            times,
            failed,
            spec.labs[lab],
            demo_lab.report_no(rng, spec.report_prefixes[lab], times) if resulted else "",
        )
        assert sample.status is status
        decision = demo_lab.selection(
            rng,
            state.lot.id,
            self._risk_inputs(state, selected, sample.selection_reason),
            SelectionReason(sample.selection_reason),
            supervisor,
        )
        if LabSampleStatus.RESULTED in reached:
            self._last_lab[state.ref.sku.id] = times[LabSampleStatus.RESULTED]
        detail = canonical_json(
            {"lot_id": state.lot.id, "reason": sample.selection_reason, "lab": sample.lab_name}
        )

        def write(uow: UnitOfWork) -> None:
            uow.lab_selections.add(decision, utc(selected), supervisor)
            uow.lab_samples.add(sample)
            at = utc(selected)
            uow.audit.append(at, supervisor, "lab_sample.select", "lab_sample", sample.id, detail)

        self._writes.append(write)
        self.tally.lab[status.value] += 1
        self.tally.lab_failures += sample.result is LabResult.FAIL
        status_after = LotStatus.REJECTED if failed else LotStatus.RELEASED
        reason = "lab_fail" if failed else "lab_pass"
        self._schedule(
            StatusChange(times[LabSampleStatus.RESULTED], state, status_after, "", reason)
        )

    def _risk_inputs(self, state: LotState, at: datetime, reason: str) -> RiskInputs:
        """What the demo knows of the lot's risk when it is sampled."""
        last = self._last_lab.get(state.ref.sku.id)
        days = None if last is None or last > at else (at - last).days
        return RiskInputs(
            category_risk=state.ref.category.category.base_risk,
            sku_risk=state.ref.sku.risk,
            sku_is_new=reason == SelectionReason.NEW_HIGH_RISK_SKU.value,
            days_since_last_lab_test=days,
        )

    def _next_sample_code(self, day: date) -> str:
        self._lab_numbers[day] += 1
        return sample_code(self._world.station_code, day, self._lab_numbers[day])

    def _custody(
        self,
        sample: LabSample,
        state: LotState,
        times: dict[LabSampleStatus, datetime],
        failed: bool,
        lab: str,
        report_no: str,
    ) -> LabSample:
        """Take the sample along its timeline as far as the demo's horizon."""
        rng, by = self._rng, sample.selected_by
        category = state.ref.category.category.code
        for status in demo_lab.CUSTODY_STEPS:
            if times[status] > self._clock.horizon:
                break
            at = utc(times[status])
            if status is LabSampleStatus.COLLECTED:
                sample = collect(sample, demo_lab.collection(rng, at, by))
            elif status is LabSampleStatus.DISPATCHED:
                sample = dispatch(sample, demo_lab.dispatch(rng, lab, at, by))
            elif status is LabSampleStatus.RECEIVED:
                sample = receive(sample, demo_lab.receipt(at, by))
            elif status is LabSampleStatus.RESULTED:
                found = demo_lab.report(rng, category, lab, report_no, at, by, failed)
                sample = record_result(sample, found)
            else:
                sample = close(sample, at)
        return sample

    def _selection_reason(self, state: LotState) -> str:
        rng, spec, seen = self._rng, self._world.site.lab, self._world.lab_sampled_skus
        new = state.ref.sku.id not in seen
        seen.add(state.ref.sku.id)
        if rng.random() < spec.override_share:
            return "override"
        if new and rng.random() < spec.new_sku_reason_share:
            return "new_high_risk_sku"
        return "random"
