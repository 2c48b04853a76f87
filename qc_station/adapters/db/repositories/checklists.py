"""Repositories of checklist templates and shelf-life policies."""

import json

from sqlalchemy import (
    select,
)

from qc_station.adapters.db.repositories.base import Repository, to_json
from qc_station.adapters.db.tables import (
    ChecklistTemplateRow,
    ShelfLifePolicyRow,
)
from qc_station.domain.checklist import CheckItem, ChecklistTemplate
from qc_station.domain.defects import CheckGroup
from qc_station.domain.shelf_life import ShelfLifePolicy, Window
from qc_station.domain.stage import Stage


class SqlAlchemyTemplateRepository(Repository):
    """Checklist templates; items are stored as JSON in display order."""

    def add(self, template: ChecklistTemplate) -> None:
        """Insert a new template (a new version is a new template)."""
        items = [
            {
                "code": item.code,
                "group": item.group.value,
                "defect_codes": list(item.defect_codes),
                "imported_only": item.imported_only,
            }
            for item in template.items
        ]
        row = ChecklistTemplateRow(
            id=template.id,
            category_code=template.category_code,
            stage=template.stage.value,
            version=template.version,
            items_json=to_json(items),
        )
        with self._tx.guard() as session:
            session.add(row)
            session.flush()

    def get(self, template_id: str) -> ChecklistTemplate | None:
        """The template with this id."""
        with self._tx.guard() as session:
            row = session.get(ChecklistTemplateRow, template_id)
            return None if row is None else _template(row)

    def current(self, category_code: str, stage: Stage) -> ChecklistTemplate | None:
        """The highest version for the category and stage."""
        stmt = (
            select(ChecklistTemplateRow)
            .where(
                ChecklistTemplateRow.category_code == category_code,
                ChecklistTemplateRow.stage == stage.value,
            )
            .order_by(ChecklistTemplateRow.version.desc())
            .limit(1)
        )
        with self._tx.guard() as session:
            row = session.scalars(stmt).first()
            return None if row is None else _template(row)


def _template(row: ChecklistTemplateRow) -> ChecklistTemplate:
    items = tuple(
        CheckItem(
            code=item["code"],
            group=CheckGroup(item["group"]),
            defect_codes=tuple(item["defect_codes"]),
            imported_only=bool(item["imported_only"]),
        )
        for item in json.loads(row.items_json)
    )
    return ChecklistTemplate(row.id, row.category_code, Stage(row.stage), row.version, items)


def window_text(window: Window | None) -> str | None:
    """The stored text of a window: ``"30d"`` for days, ``"num/den"`` for a share.

    A share is always written as a fraction: ``str(Window(share=Fraction(1)))`` is ``"1"``,
    which ``Window.parse`` would read back as one day.
    """
    if window is None:
        return None
    if window.share is not None:
        return f"{window.share.numerator}/{window.share.denominator}"
    return str(window)


def window_from_text(text: str | None) -> Window | None:
    """The window stored as ``text`` (see ``window_text``)."""
    return None if text is None else Window.parse(text)


class SqlAlchemyPolicyRepository(Repository):
    """Shelf-life policies, one per category and stage."""

    def put(self, policy: ShelfLifePolicy) -> None:
        """Insert or replace the policy of the category and stage."""
        row = ShelfLifePolicyRow(
            category_code=policy.category_code,
            stage=policy.stage.value,
            no_receive=window_text(policy.no_receive),
            no_sale=window_text(policy.no_sale),
            near_expiry=window_text(policy.near_expiry),
        )
        with self._tx.guard() as session:
            session.merge(row)
            session.flush()

    def get(self, category_code: str, stage: Stage) -> ShelfLifePolicy | None:
        """The policy of the category at the stage."""
        with self._tx.guard() as session:
            row = session.get(ShelfLifePolicyRow, (category_code, stage.value))
            if row is None:
                return None
            return ShelfLifePolicy(
                category_code=row.category_code,
                stage=Stage(row.stage),
                no_receive=window_from_text(row.no_receive),
                no_sale=window_from_text(row.no_sale),
                near_expiry=window_from_text(row.near_expiry),
            )
