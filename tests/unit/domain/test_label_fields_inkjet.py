"""A production date printed elsewhere (见喷码): read from the same photo or from an inkjet one."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qc_station.domain.label_fields import (
    LabelElement,
    ShelfLife,
    ShelfLifeUnit,
    extract_fields,
    merge_inkjet,
)

from .test_label_fields import JUNK, label_dates, printed_date

MARCH_15 = date(2026, 3, 15)
MARCH_14_NEXT = date(2027, 3, 14)


@pytest.mark.parametrize(
    "value",
    [
        "见喷码",
        "见喷印",
        "见包装",
        "见瓶身",
        "见瓶底",
        "见瓶盖",
        "见盒底",
        "见袋底",
        "见封口",
        "见顶部",
        "见底部",
        "见侧面",
        "见背面",
        "见打印日期",
        "（见包装）",
        "详见瓶身喷码",
        "标于封口处",
    ],
)
def test_a_production_date_printed_elsewhere_is_flagged(value: str) -> None:
    fields = extract_fields([f"生产日期：{value}", "保质期：12个月"])
    assert fields.production_date_on_inkjet
    assert fields.production_date is None
    assert LabelElement.PRODUCTION_DATE in fields.elements_missing


def test_an_unresolved_reference_is_no_production_date() -> None:
    fields = extract_fields(["生产日期及批号：见喷码", "保质期：十八个月", "纯牛奶"])
    assert fields.production_date_on_inkjet
    assert (fields.production_date, fields.batch) == (None, None)
    assert LabelElement.PRODUCTION_DATE in fields.elements_missing
    assert LabelElement.SHELF_LIFE in fields.elements_present


@pytest.mark.parametrize(
    ("code", "batch"),
    [("20260315 B2", None), ("2026.03.15 A12", "A12"), ("2026.03.15 10:22 L0315-2", "L0315-2")],
)
def test_the_inkjet_code_in_the_same_photo_is_read(code: str, batch: str | None) -> None:
    fields = extract_fields(["生产日期：见喷码", "保质期：12个月", "纯牛奶", code])
    assert fields.production_date_on_inkjet
    assert (fields.production_date, fields.batch) == (MARCH_15, batch)
    assert fields.sources["production_date"] == 3
    assert LabelElement.PRODUCTION_DATE in fields.elements_present
    assert fields.derived_expiry == MARCH_14_NEXT


def test_the_batch_may_stand_alone_on_the_next_line_of_no_key() -> None:
    lines = ["生产日期及批号：见封口处", "20260315", "配料表：水", "致敏物质提示：小麦", "CF215455"]
    fields = extract_fields(lines)
    assert (fields.production_date, fields.batch) == (MARCH_15, "CF215455")
    assert (fields.sources["production_date"], fields.sources["batch"]) == (1, 4)


@pytest.mark.parametrize("row", ["能量", "1555千焦", "342kJ", "16.1g", "27%"])
def test_only_the_next_line_of_no_key_and_no_quantity_can_be_the_batch(row: str) -> None:
    fields = extract_fields(["生产日期：见喷码", "20260315", row, "A123"])
    assert (fields.production_date, fields.batch) == (MARCH_15, None)


def test_a_date_run_into_its_batch_is_split() -> None:
    fields = extract_fields(["生产日期：见封口处", "批号：见封口处", "20260104260104T05"])
    assert (fields.production_date, fields.batch) == (date(2026, 1, 4), "260104T05")
    assert (fields.sources["production_date"], fields.sources["batch"]) == (2, 2)
    assert merge_inkjet(extract_fields(LABEL), ["20260315A123"]).production_date == MARCH_15


@pytest.mark.parametrize("code", ["20261304260104T05", "2026010426", "6901028075831"])
def test_a_long_number_is_no_glued_code(code: str) -> None:
    fields = extract_fields(["生产日期：见封口处", code])
    assert (fields.production_date, fields.batch) == (None, None)


def test_a_second_unkeyed_date_is_the_expiry() -> None:
    fields = extract_fields(["生产日期：见喷码", "20260315 20270314"])
    assert (fields.production_date, fields.expiry_date) == (MARCH_15, MARCH_14_NEXT)
    fields = extract_fields(["生产日期：见喷码", "2026.03.15 A12", "2027.03.14"])
    assert (fields.expiry_date, fields.sources["expiry_date"]) == (MARCH_14_NEXT, 2)


def test_the_inkjet_code_does_not_replace_printed_fields() -> None:
    fields = extract_fields(
        ["生产日期：见喷码", "保质期至：2027.01.01", "批号：X100", "20260315 20270314 A12"]
    )
    assert fields.production_date == MARCH_15
    assert (fields.expiry_date, fields.batch) == (date(2027, 1, 1), "X100")


def test_a_code_read_right_after_the_reference_is_read_too() -> None:
    fields = extract_fields(["生产日期/批号：见喷码 2026.03.15 A12"])
    assert (fields.production_date, fields.batch) == (MARCH_15, "A12")


def test_the_reference_itself_may_be_on_the_next_line() -> None:
    fields = extract_fields(["生产日期：", "见喷码", "2026-03-15"])
    assert fields.production_date_on_inkjet
    assert (fields.production_date, fields.sources["production_date"]) == (MARCH_15, 2)


def test_a_combined_key_gives_the_date_and_the_batch() -> None:
    fields = extract_fields(["生产日期/批号：20260315A12"])
    assert (fields.production_date, fields.batch) == (MARCH_15, "A12")
    assert not fields.production_date_on_inkjet


def test_without_a_reference_an_unkeyed_date_is_not_the_production_date() -> None:
    fields = extract_fields(["保质期：12个月", "2026.03.15 A12"])
    assert (fields.production_date, fields.batch) == (None, None)


def test_dates_on_keyed_lines_and_in_a_licence_are_not_the_code() -> None:
    fields = extract_fields(
        ["生产日期：见喷码", "配料：水 2026.01.01", "SC 101 20260315 123", "2026.04.01 A12"]
    )
    assert fields.sc_licence == "SC10120260315123"
    assert (fields.production_date, fields.sources["production_date"]) == (date(2026, 4, 1), 3)


@settings(deadline=None)
@given(st.data(), label_dates)
def test_any_inkjet_date_is_read_back(data: st.DataObject, made: date) -> None:
    junk = data.draw(st.lists(st.sampled_from(JUNK), max_size=3))
    fields = extract_fields(["生产日期：见喷码", *junk, data.draw(printed_date(made))])
    assert fields.production_date == made
    assert fields.sources["production_date"] == len(junk) + 1


# --- a separately photographed inkjet code ---------------------------------------------------

LABEL = ["生产日期：见喷码", "保质期：12个月", "配料：生牛乳"]


def test_merge_reads_an_unkeyed_code() -> None:
    label = extract_fields(LABEL)
    merged = merge_inkjet(label, ["20260315 A123", "20270314"])
    assert (merged.production_date, merged.expiry_date, merged.batch) == (
        MARCH_15,
        MARCH_14_NEXT,
        "A123",
    )
    assert merged.sources == {
        "shelf_life": 1,
        "production_date": -1,
        "expiry_date": -2,
        "batch": -1,
    }
    assert LabelElement.PRODUCTION_DATE in merged.elements_present
    assert merged.elements_missing == tuple(
        e for e in label.elements_missing if e is not LabelElement.PRODUCTION_DATE
    )
    assert merged.shelf_life == ShelfLife(12, ShelfLifeUnit.MONTH)
    assert merged.production_date_on_inkjet


def test_merge_reads_a_keyed_code() -> None:
    merged = merge_inkjet(extract_fields(LABEL), ["PRD 2026.03.15", "EXP 2027.03.14", "LOT A123"])
    assert (merged.production_date, merged.expiry_date, merged.batch) == (
        MARCH_15,
        MARCH_14_NEXT,
        "A123",
    )
    assert (merged.sources["expiry_date"], merged.sources["batch"]) == (-2, -3)


def test_merge_keeps_the_printed_expiry_and_batch_but_takes_the_inkjet_date() -> None:
    label = extract_fields(["生产日期：2026.01.01", "保质期至：2027.01.01", "批号：X100"])
    merged = merge_inkjet(label, ["20260315 20270314 A12"])
    assert merged.production_date == MARCH_15
    assert (merged.expiry_date, merged.batch) == (date(2027, 1, 1), "X100")
    assert merged.sources == {"production_date": -1, "expiry_date": 1, "batch": 2}


def test_an_inkjet_expiry_makes_the_shelf_life_element_present() -> None:
    label = extract_fields(["生产日期：见喷码"])
    assert LabelElement.SHELF_LIFE in label.elements_missing
    merged = merge_inkjet(label, ["2026.03.15", "2027.03.14"])
    assert LabelElement.SHELF_LIFE in merged.elements_present


def test_merge_with_an_unreadable_code_changes_nothing() -> None:
    label = extract_fields(LABEL)
    assert merge_inkjet(label, ["B2 ###", ""]) == label
    assert merge_inkjet(label, []) == label


# RapidOCR's lines for a rendered and "photographed" label of the bench set (two columns
# interleaved, the inkjet code last, as the OCR returned them).
OCR_INKJET_LABEL = [
    "品名：原味夹心饼干", "生产许可证编号：SC10644274067454", "配料表：小麦粉、白砂糖、植物油、鸡",
    "执行标准：GB/T 20980", "蛋、食用盐、碳酸氢钠", "产地：广东省东莞市", "生产日期及批号：见包装",
    "致敏物质提示：本品含有小麦、大豆制", "净含量/规格：250g", "品", "保质期：270天", "营养成分表",
    "贮存方法：请置于阴凉干燥处，避免阳", "项目", "每100克", "NRV%", "光直射", "能量", "2061千焦",
    "25%", "生产商：东莞金麦食品有限公司", "蛋白质", "5.0克", "8%",
    "生产地址：广东省东莞市虎门镇开发区", "脂肪", "5.6克", "9%", "二路188号", "碳水化合物38.8克",
    "13%", "服务热线：0769-7303 9387", "钠", "320毫克", "16%", "2026/05/17 17:28", "R2605172",
]  # fmt: skip


def test_a_real_ocr_reading_of_an_inkjet_label() -> None:
    fields = extract_fields(OCR_INKJET_LABEL)
    assert fields.production_date_on_inkjet
    assert (fields.production_date, fields.batch) == (date(2026, 5, 17), "R2605172")
    assert (fields.shelf_life, fields.expiry_date) == (ShelfLife(270, ShelfLifeUnit.DAY), None)
    assert (fields.sc_licence, fields.standard_code, fields.net_content) == (
        "SC10644274067454",
        "GB/T 20980",
        "250g",
    )
    assert fields.elements_missing == ()
    assert (fields.sources["production_date"], fields.sources["batch"]) == (35, 36)
