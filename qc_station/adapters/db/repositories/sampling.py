"""The repository of inbound sampling: lot plans, switching states, category AQLs."""

import json
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import aliased

from qc_station.adapters.db.repositories.base import Repository, to_json
from qc_station.adapters.db.tables import (
    AqlSettingRow,
    CheckResultRow,
    InspectionRow,
    LotPlanRow,
    SwitchingStateRow,
)
from qc_station.domain.defects import Severity
from qc_station.domain.lot_sampling import LotPlan, UnitsFound
from qc_station.domain.sampling import InspectionSeverity, LotOutcome, SwitchingState
from qc_station.domain.stage import Stage
from qc_station.errors import ConflictError
from qc_station.services.sampling_serialization import (
    aqls_from_dict,
    aqls_to_dict,
    switching_from_dict,
    switching_to_dict,
)


class SqlAlchemySamplingRepository(Repository):
    """Lot plans, switching states and category AQLs."""

    def plan(self, lot_id: str) -> LotPlan | None:
        """The lot's plan, if its sampling has started."""
        with self._tx.guard() as session:
            row = session.get(LotPlanRow, lot_id, populate_existing=True)
            return None if row is None else _plan(row)

    def add_plan(self, plan: LotPlan) -> None:
        """Fix a lot's plan (once)."""
        row = LotPlanRow(
            lot_id=plan.lot_id,
            merchant_id=plan.merchant_id,
            sku_id=plan.sku_id,
            lot_size=plan.lot_size,
            level=plan.level,
            severity=plan.severity.value,
            aqls=to_json(aqls_to_dict(dict(plan.aqls))),
            started_at=plan.started_at,
            outcome=plan.outcome.value,
            decided_at=plan.decided_at,
        )
        with self._tx.guard() as session:
            session.add(row)
            session.flush()

    def decide_plan(self, lot_id: str, outcome: LotOutcome, at: datetime) -> None:
        """Record the outcome of a plan that is still pending."""
        stmt = (
            update(LotPlanRow)
            .where(LotPlanRow.lot_id == lot_id, LotPlanRow.outcome == LotOutcome.PENDING.value)
            .values(outcome=outcome.value, decided_at=at)
            .execution_options(synchronize_session=False)
        )
        with self._tx.guard() as session:
            changed = session.execute(stmt).rowcount  # type: ignore[attr-defined]
        if changed != 1:
            raise ConflictError(f"the sampling of lot {lot_id} is already decided")

    def switching(self, merchant_id: str, sku_id: str) -> SwitchingState | None:
        """The merchant+SKU's switching state, if any lot was judged yet."""
        with self._tx.guard() as session:
            row = session.get(SwitchingStateRow, (merchant_id, sku_id), populate_existing=True)
            return None if row is None else switching_from_dict(json.loads(row.state))

    def put_switching(self, state: SwitchingState, at: datetime) -> None:
        """Store a merchant+SKU's switching state (the caller holds the write lock)."""
        key = (state.merchant_id, state.sku_id)
        text = to_json(switching_to_dict(state))
        with self._tx.guard() as session:
            row = session.get(SwitchingStateRow, key, populate_existing=True)
            if row is None:
                session.add(
                    SwitchingStateRow(
                        merchant_id=state.merchant_id,
                        sku_id=state.sku_id,
                        status=state.status.value,
                        state=text,
                        updated_at=at,
                        version=1,
                    )
                )
            else:
                row.status, row.state, row.updated_at = state.status.value, text, at
                row.version += 1
            session.flush()

    def category_aqls(self, category_code: str) -> tuple[dict[Severity, str], str] | None:
        """The AQLs and level a supervisor set for the category, if any."""
        with self._tx.guard() as session:
            row = session.get(AqlSettingRow, category_code, populate_existing=True)
            return None if row is None else (aqls_from_dict(json.loads(row.aqls)), row.level)

    def put_category_aqls(
        self, category_code: str, aqls: dict[Severity, str], level: str, by: str, at: datetime
    ) -> None:
        """Set the category's AQLs and inspection level."""
        with self._tx.guard() as session:
            row = session.get(AqlSettingRow, category_code, populate_existing=True)
            text = to_json(aqls_to_dict(aqls))
            if row is None:
                session.add(
                    AqlSettingRow(
                        category_code=category_code,
                        aqls=text,
                        level=level,
                        updated_by=by,
                        updated_at=at,
                    )
                )
            else:
                row.aqls, row.level, row.updated_by, row.updated_at = text, level, by, at
            session.flush()

    def units_found(self, lot_id: str, stage: Stage) -> list[UnitsFound]:
        """What each current submitted inspection of the lot at ``stage`` found, oldest first."""
        later = aliased(InspectionRow)
        stmt = (
            select(InspectionRow.id, InspectionRow.quantity, CheckResultRow.severity)
            .outerjoin(
                CheckResultRow,
                (CheckResultRow.inspection_id == InspectionRow.id)
                & (CheckResultRow.outcome == "fail"),
            )
            .where(
                InspectionRow.lot_id == lot_id,
                InspectionRow.stage == stage.value,
                InspectionRow.state == "submitted",
                ~select(later.id).where(later.supersedes_id == InspectionRow.id).exists(),
            )
            .order_by(InspectionRow.submitted_at, InspectionRow.id)
        )
        found: dict[str, tuple[int, list[Severity]]] = {}
        with self._tx.guard() as session:
            for inspection_id, quantity, severity in session.execute(stmt):
                entry = found.setdefault(inspection_id, (quantity, []))
                if severity is not None:
                    entry[1].append(Severity(severity))
        return [UnitsFound(q, tuple(s)) for q, s in found.values()]


def _plan(row: LotPlanRow) -> LotPlan:
    return LotPlan(
        lot_id=row.lot_id,
        merchant_id=row.merchant_id,
        sku_id=row.sku_id,
        lot_size=row.lot_size,
        level=row.level,
        severity=InspectionSeverity(row.severity),
        aqls=aqls_from_dict(json.loads(row.aqls)),
        started_at=row.started_at,
        outcome=LotOutcome(row.outcome),
        decided_at=row.decided_at,
    )
