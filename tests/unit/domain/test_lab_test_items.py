"""The lab's test items and the items ordered by default for each category."""

import json
from pathlib import Path

import pytest

from qc_station.domain.lab_tests import (
    DEFAULT_TESTS_BY_CATEGORY,
    LAB_TEST_ITEMS,
    LAB_TEST_ITEMS_BY_CODE,
    ItemGroup,
    default_tests,
)

STANDARD = Path(__file__).parents[3] / "resources/reference/standard.json"


def _standard_categories() -> list[str]:
    data = json.loads(STANDARD.read_text(encoding="utf-8"))
    return [c["code"] for c in data["categories"]]


def test_item_codes_are_unique() -> None:
    codes = [i.code for i in LAB_TEST_ITEMS]
    assert len(codes) == len(set(codes))
    assert len(LAB_TEST_ITEMS_BY_CODE) == len(LAB_TEST_ITEMS)


def test_the_index_by_code_points_at_each_item() -> None:
    for item in LAB_TEST_ITEMS:
        assert LAB_TEST_ITEMS_BY_CODE[item.code] is item


def test_every_item_has_a_code_a_group_and_a_method() -> None:
    for item in LAB_TEST_ITEMS:
        assert item.code.strip() == item.code != ""
        assert isinstance(item.group, ItemGroup)
        assert item.method.strip()


@pytest.mark.parametrize("category", sorted(DEFAULT_TESTS_BY_CATEGORY))
def test_every_default_item_is_a_known_test_item(category: str) -> None:
    defaults = DEFAULT_TESTS_BY_CATEGORY[category]
    assert defaults
    unknown = [code for code in defaults if code not in LAB_TEST_ITEMS_BY_CODE]
    assert unknown == []
    assert len(defaults) == len(set(defaults))


def test_the_standard_reference_lists_categories() -> None:
    assert len(_standard_categories()) >= 1


@pytest.mark.parametrize("category", _standard_categories())
def test_every_standard_category_has_its_own_defaults(category: str) -> None:
    assert category in DEFAULT_TESTS_BY_CATEGORY
    assert default_tests(category) == DEFAULT_TESTS_BY_CATEGORY[category]
    assert all(code in LAB_TEST_ITEMS_BY_CODE for code in default_tests(category))


@pytest.mark.parametrize("category", ["", "garden_tools", "DAIRY", "unknown"])
def test_an_unlisted_category_gets_the_heavy_metals(category: str) -> None:
    tests = default_tests(category)
    assert tests == ("lead", "cadmium")
    assert all(LAB_TEST_ITEMS_BY_CODE[c].group is ItemGroup.CHEMICAL for c in tests)


def test_typical_defaults_carry_their_key_items() -> None:
    assert "melamine" in default_tests("dairy")
    assert "ccc_mark" in default_tests("small_appliance")
    assert "formaldehyde" in default_tests("apparel")
    assert "small_parts" in default_tests("toys")
