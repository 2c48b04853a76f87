import pytest

from qc_station.domain.checklist import CheckItem, ChecklistTemplate, standard_items
from qc_station.domain.defects import DEFECTS_BY_CODE, CheckGroup
from qc_station.domain.errors import DomainError
from qc_station.domain.stage import Stage

from .factories import APPAREL, APPLIANCE, DAIRY


def _codes(items) -> list[str]:
    return [i.code for i in items]


def test_food_checks_gb7718_and_shelf_life() -> None:
    codes = _codes(standard_items(DAIRY, Stage.INBOUND))
    assert {"pkg.intact", "pkg.sealed", "pkg.clean", "pkg.no_leak_crush"} <= set(codes)
    assert {"lbl.present", "lbl.legible", "lbl.matches_sku", "lbl.gb7718_elements"} <= set(codes)
    assert "sl.within_policy" in codes
    assert not any(c.startswith("ret.") for c in codes)


def test_apparel_checks_fibre_and_has_no_shelf_life() -> None:
    codes = _codes(standard_items(APPAREL, Stage.OUTBOUND))
    assert "lbl.fibre_content" in codes and "sl.within_policy" not in codes


def test_appliances_check_ccc_and_power() -> None:
    codes = _codes(standard_items(APPLIANCE, Stage.INBOUND))
    assert {"lbl.ccc_mark", "cat.powers_on"} <= set(codes)


def test_returns_add_the_condition_of_the_item() -> None:
    codes = _codes(standard_items(DAIRY, Stage.RETURN))
    assert {"ret.right_item", "ret.unused", "ret.complete"} <= set(codes)


@pytest.mark.parametrize("category", [DAIRY, APPAREL, APPLIANCE])
@pytest.mark.parametrize("stage", list(Stage))
def test_every_item_names_known_defects_of_its_group(category, stage) -> None:
    items = standard_items(category, stage)
    assert len(set(_codes(items))) == len(items)
    groups = [i.group for i in items]
    assert groups == sorted(groups, key=list(CheckGroup).index)
    for item in items:
        assert item.defect_codes
        for code in item.defect_codes:
            assert DEFECTS_BY_CODE[code].group is item.group


def test_template_refuses_duplicates_and_unknown_items() -> None:
    item = CheckItem("x", CheckGroup.PACKAGING, ("PKG-DIRTY",))
    with pytest.raises(DomainError):
        ChecklistTemplate("t", "c", Stage.INBOUND, 1, (item, item))
    tpl = ChecklistTemplate("t", "c", Stage.INBOUND, 1, (item,))
    with pytest.raises(DomainError):
        tpl.item("y")
