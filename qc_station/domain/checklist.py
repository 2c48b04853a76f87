"""Checklist items and the templates that pick them per category and stage."""

from dataclasses import dataclass

from qc_station.domain.catalogue import LabelRequirement, ProductCategory
from qc_station.domain.defects import CheckGroup
from qc_station.domain.errors import DomainError
from qc_station.domain.stage import Stage


@dataclass(frozen=True, slots=True)
class CheckItem:
    """One question of a checklist.

    Attributes:
        code: stable code, also the translation key of the item's wording.
        group: where the item is shown.
        defect_codes: the defects a failure of this item usually records (first = default).
        imported_only: the item only applies to imported goods (otherwise not applicable).
    """

    code: str
    group: CheckGroup
    defect_codes: tuple[str, ...]
    imported_only: bool = False


@dataclass(frozen=True, slots=True)
class ChecklistTemplate:
    """The checks of one category at one stage, in display order."""

    id: str
    category_code: str
    stage: Stage
    version: int
    items: tuple[CheckItem, ...]

    def __post_init__(self) -> None:
        codes = [item.code for item in self.items]
        if len(codes) != len(set(codes)):
            raise DomainError("template.duplicate_item", self.category_code)
        if not codes:
            raise DomainError("template.empty", self.category_code)

    def item(self, code: str) -> CheckItem:
        """The item with ``code``; raises ``DomainError`` when it is not on this template."""
        for item in self.items:
            if item.code == code:
                return item
        raise DomainError("template.unknown_item", code)


_P, _L, _S, _C, _R = (
    CheckGroup.PACKAGING,
    CheckGroup.LABELS,
    CheckGroup.SHELF_LIFE,
    CheckGroup.CATEGORY,
    CheckGroup.RETURN,
)

PACKAGING_ITEMS: tuple[CheckItem, ...] = (
    CheckItem("pkg.intact", _P, ("PKG-DAMAGED", "PKG-TAPE-TAMPERED")),
    CheckItem("pkg.sealed", _P, ("PKG-UNSEALED",)),
    CheckItem("pkg.clean", _P, ("PKG-DIRTY", "PKG-WET")),
    CheckItem("pkg.no_leak_crush", _P, ("PKG-LEAK", "PKG-CRUSHED")),
)

BASIC_LABEL_ITEMS: tuple[CheckItem, ...] = (
    CheckItem("lbl.present", _L, ("LBL-MISSING",)),
    CheckItem("lbl.legible", _L, ("LBL-ILLEGIBLE",)),
    CheckItem(
        "lbl.matches_sku",
        _L,
        ("LBL-MISMATCH", "LBL-AB-VERSION", "LBL-FALSE-CLAIM", "LBL-SHELF-LIFE-MISMATCH"),
    ),
    CheckItem("lbl.chinese_label", _L, ("LBL-NO-CN-LABEL",), imported_only=True),
)

REQUIREMENT_ITEMS: dict[LabelRequirement, CheckItem] = {
    LabelRequirement.GB7718_FOOD: CheckItem(
        "lbl.gb7718_elements", _L, ("LBL-GB7718-INCOMPLETE", "LBL-DATE-MISMATCH")
    ),
    LabelRequirement.COSMETICS: CheckItem(
        "lbl.cosmetic_elements", _L, ("LBL-COSMETIC-INCOMPLETE", "LBL-DATE-MISMATCH")
    ),
    LabelRequirement.CCC_MARK: CheckItem("lbl.ccc_mark", _L, ("LBL-NO-CCC",)),
    LabelRequirement.FIBRE_CONTENT: CheckItem(
        "lbl.fibre_content", _L, ("LBL-NO-FIBRE", "LBL-FIBRE-WRONG")
    ),
    LabelRequirement.TOY_WARNING: CheckItem("lbl.toy_warning", _L, ("LBL-TOY-WARNING",)),
}

SHELF_LIFE_ITEM = CheckItem(
    "sl.within_policy",
    _S,
    ("SL-NO-RECEIVE", "SL-NO-SALE", "SL-NEAR-EXPIRY", "SL-EXPIRED", "SL-NO-DATE"),
)

CATEGORY_EXTRA_ITEMS: dict[LabelRequirement, tuple[CheckItem, ...]] = {
    LabelRequirement.CCC_MARK: (
        CheckItem("cat.powers_on", _C, ("CAT-FUNCTION-FAIL",)),
        CheckItem("cat.accessories_complete", _C, ("CAT-ACCESSORY-MISSING",)),
    ),
    LabelRequirement.TOY_WARNING: (
        CheckItem("cat.no_loose_small_parts", _C, ("CAT-SMALL-PARTS",)),
    ),
    LabelRequirement.FIBRE_CONTENT: (CheckItem("cat.seams_sound", _C, ("CAT-SEAM-DEFECT",)),),
    LabelRequirement.COSMETICS: (CheckItem("cat.no_odd_odour", _C, ("CAT-ODOUR",)),),
}

RETURN_ITEMS: tuple[CheckItem, ...] = (
    CheckItem("ret.right_item", _R, ("RET-WRONG-ITEM",)),
    CheckItem("ret.unused", _R, ("RET-USED", "RET-SEAL-BROKEN")),
    CheckItem("ret.complete", _R, ("RET-PARTS-MISSING", "RET-OUTER-BOX-ONLY")),
)


def standard_items(category: ProductCategory, stage: Stage) -> tuple[CheckItem, ...]:
    """The station's standard checklist for ``category`` at ``stage``.

    Packaging and labels always; the label marks the category requires; shelf life when the
    category has one; category extras; and the condition of the item on returns.
    """
    requirements = sorted(category.label_requirements)
    items = list(PACKAGING_ITEMS) + list(BASIC_LABEL_ITEMS)
    items += [REQUIREMENT_ITEMS[req] for req in requirements]
    if category.has_shelf_life:
        items.append(SHELF_LIFE_ITEM)
    for req in requirements:
        items += CATEGORY_EXTRA_ITEMS.get(req, ())
    if stage is Stage.RETURN:
        items += RETURN_ITEMS
    return tuple(items)


def standard_template(
    template_id: str, category: ProductCategory, stage: Stage, version: int = 1
) -> ChecklistTemplate:
    """A template with the standard items (see ``standard_items``)."""
    return ChecklistTemplate(
        template_id, category.code, stage, version, standard_items(category, stage)
    )
