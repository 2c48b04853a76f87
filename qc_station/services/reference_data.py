"""Reference data a new store starts with: product categories, shelf-life policies and the
standard checklist templates. Installing is idempotent and never overwrites what a site
admin has changed.
"""

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from qc_station.domain.catalogue import LabelRequirement, ProductCategory, RiskLevel
from qc_station.domain.checklist import standard_template
from qc_station.domain.errors import DomainError
from qc_station.domain.shelf_life import ShelfLifePolicy, Window
from qc_station.domain.stage import Stage
from qc_station.errors import InputError
from qc_station.services.ports import UnitOfWork, UnitOfWorkFactory

TEMPLATE_NAMESPACE = uuid.UUID("6f1c3c8e-5d0a-4a53-9c1e-2b7d3f0a9e41")


@dataclass(frozen=True, slots=True)
class ReferenceSummary:
    """What an installation added."""

    categories: int
    policies: int
    templates: int


def template_id(category_code: str, stage: Stage, version: int) -> str:
    """The same id on every station for the same standard template."""
    return str(uuid.uuid5(TEMPLATE_NAMESPACE, f"{category_code}/{stage.value}/{version}"))


def parse_category(data: Mapping[str, Any]) -> ProductCategory:
    """A category from its JSON form; raises ``InputError`` naming a bad field."""
    try:
        return ProductCategory(
            code=str(data["code"]),
            name_zh=str(data["name_zh"]),
            name_en=str(data["name_en"]),
            base_risk=RiskLevel(data["base_risk"]),
            has_shelf_life=bool(data["has_shelf_life"]),
            label_requirements=frozenset(
                LabelRequirement(r) for r in data.get("label_requirements", [])
            ),
        )
    except (KeyError, ValueError) as exc:
        raise InputError(f"bad category {data.get('code', '?')}: {exc}") from exc


def parse_policy(data: Mapping[str, Any]) -> ShelfLifePolicy:
    """A shelf-life policy from its JSON form (windows like ``"2/3"`` or ``"30d"``)."""

    def window(key: str) -> Window | None:
        text = data.get(key)
        return None if text in (None, "") else Window.parse(str(text))

    try:
        return ShelfLifePolicy(
            category_code=str(data["category"]),
            stage=Stage(data["stage"]),
            no_receive=window("no_receive"),
            no_sale=window("no_sale"),
            near_expiry=window("near_expiry"),
        )
    except (KeyError, ValueError, DomainError) as exc:
        raise InputError(f"bad shelf-life policy {data.get('category', '?')}: {exc}") from exc


def install_reference(uow: UnitOfWorkFactory, data: Mapping[str, Any]) -> ReferenceSummary:
    """Add the categories, policies and standard templates of ``data`` that are missing."""
    categories = [parse_category(c) for c in data.get("categories", [])]
    policies = [parse_policy(p) for p in data.get("shelf_life_policies", [])]
    with uow() as work:
        added = _add_categories(work, categories)
        known = {c.code for c in work.categories.list()}
        unknown = sorted({p.category_code for p in policies} - known)
        if unknown:
            raise InputError(f"shelf-life policies for unknown categories: {', '.join(unknown)}")
        added_policies = _add_policies(work, policies)
        added_templates = _add_templates(work, categories)
        work.commit()
    return ReferenceSummary(added, added_policies, added_templates)


def _add_categories(work: UnitOfWork, categories: list[ProductCategory]) -> int:
    added = 0
    for category in categories:
        if work.categories.get(category.code) is None:
            work.categories.add(category)
            added += 1
    return added


def _add_policies(work: UnitOfWork, policies: list[ShelfLifePolicy]) -> int:
    added = 0
    for policy in policies:
        if work.policies.get(policy.category_code, policy.stage) is None:
            work.policies.put(policy)
            added += 1
    return added


def _add_templates(work: UnitOfWork, categories: list[ProductCategory]) -> int:
    added = 0
    for category in categories:
        for stage in Stage:
            if work.templates.current(category.code, stage) is None:
                tid = template_id(category.code, stage, 1)
                work.templates.add(standard_template(tid, category, stage))
                added += 1
    return added
