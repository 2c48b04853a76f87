"""The test items a third-party lab reports on (理化指标), and the usual ones per category.

Codes only: the UI words them. The default items per category are what a QC supervisor
orders when nobody says otherwise; the lab's report may carry more or fewer items, and the
report is what counts.
"""

from dataclasses import dataclass
from enum import StrEnum


class ItemGroup(StrEnum):
    """What kind of test an item is."""

    PHYSICAL = "physical"  # physical performance: power rating, strength, small parts
    CHEMICAL = "chemical"  # composition and harmful substances
    MICROBIAL = "microbial"  # microbes
    MARKING = "marking"  # certification and marking verified by the lab (CCC, fibre label)


@dataclass(frozen=True, slots=True)
class LabTestItem:
    """One test item a lab can report on, with the standard it is usually tested by."""

    code: str
    group: ItemGroup
    method: str  # the usual test-method standard


LAB_TEST_ITEMS: tuple[LabTestItem, ...] = (
    LabTestItem("aerobic_count", ItemGroup.MICROBIAL, "GB 4789.2"),
    LabTestItem("coliforms", ItemGroup.MICROBIAL, "GB 4789.3"),
    LabTestItem("pathogens", ItemGroup.MICROBIAL, "GB 29921"),
    LabTestItem("moulds_yeasts", ItemGroup.MICROBIAL, "GB 4789.15"),
    LabTestItem("lead", ItemGroup.CHEMICAL, "GB 5009.12"),
    LabTestItem("mercury", ItemGroup.CHEMICAL, "GB 5009.17"),
    LabTestItem("arsenic", ItemGroup.CHEMICAL, "GB 5009.11"),
    LabTestItem("cadmium", ItemGroup.CHEMICAL, "GB 5009.15"),
    LabTestItem("aflatoxin_m1", ItemGroup.CHEMICAL, "GB 5009.24"),
    LabTestItem("melamine", ItemGroup.CHEMICAL, "GB/T 22388"),
    LabTestItem("protein", ItemGroup.CHEMICAL, "GB 5009.5"),
    LabTestItem("preservatives", ItemGroup.CHEMICAL, "GB 5009.28"),
    LabTestItem("banned_substances", ItemGroup.CHEMICAL, "化妆品安全技术规范"),
    LabTestItem("formaldehyde", ItemGroup.CHEMICAL, "GB/T 2912.1"),
    LabTestItem("ph_value", ItemGroup.CHEMICAL, "GB/T 7573"),
    LabTestItem("azo_dyes", ItemGroup.CHEMICAL, "GB/T 17592"),
    LabTestItem("fibre_content", ItemGroup.MARKING, "GB/T 29862"),
    LabTestItem("colour_fastness", ItemGroup.PHYSICAL, "GB/T 3920"),
    LabTestItem("phthalates", ItemGroup.CHEMICAL, "GB/T 22048"),
    LabTestItem("migratable_elements", ItemGroup.CHEMICAL, "GB 6675.4"),
    LabTestItem("small_parts", ItemGroup.PHYSICAL, "GB 6675.2"),
    LabTestItem("ccc_mark", ItemGroup.MARKING, "CNCA-C07"),
    LabTestItem("power_rating", ItemGroup.PHYSICAL, "GB 4706.1 §10"),
    LabTestItem("leakage_current", ItemGroup.PHYSICAL, "GB 4706.1 §13"),
    LabTestItem("electric_strength", ItemGroup.PHYSICAL, "GB 4706.1 §16"),
    LabTestItem("heating", ItemGroup.PHYSICAL, "GB 4706.1 §11"),
)

LAB_TEST_ITEMS_BY_CODE: dict[str, LabTestItem] = {i.code: i for i in LAB_TEST_ITEMS}

DEFAULT_TESTS_BY_CATEGORY: dict[str, tuple[str, ...]] = {
    "snacks_drinks": ("aerobic_count", "coliforms", "preservatives", "lead"),
    "dairy": ("aerobic_count", "coliforms", "pathogens", "aflatoxin_m1", "melamine", "protein"),
    "infant_food": ("aerobic_count", "pathogens", "melamine", "aflatoxin_m1", "lead", "protein"),
    "skincare": ("mercury", "lead", "arsenic", "banned_substances", "aerobic_count"),
    "personal_care": ("mercury", "lead", "aerobic_count", "moulds_yeasts"),
    "small_appliance": (
        "ccc_mark",
        "power_rating",
        "leakage_current",
        "electric_strength",
        "heating",
    ),
    "toys": ("small_parts", "migratable_elements", "phthalates"),
    "apparel": ("fibre_content", "formaldehyde", "ph_value", "azo_dyes", "colour_fastness"),
}


def default_tests(category_code: str) -> tuple[str, ...]:
    """The items usually ordered for a category; the heavy metals when it is not listed."""
    return DEFAULT_TESTS_BY_CATEGORY.get(category_code, ("lead", "cadmium"))
