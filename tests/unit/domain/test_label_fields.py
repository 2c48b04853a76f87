"""The fields read from the OCR lines of a food back label: examples and properties."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qc_station.domain.errors import DomainError
from qc_station.domain.label_fields import (
    LabelElement,
    LabelFields,
    ShelfLife,
    ShelfLifeUnit,
    extract_fields,
)
from qc_station.domain.shelf_life import total_life_days

DAY, MONTH, YEAR = ShelfLifeUnit.DAY, ShelfLifeUnit.MONTH, ShelfLifeUnit.YEAR
MARCH_15 = date(2026, 3, 15)
FULL_WIDTH_ALL = {code: code + 0xFEE0 for code in range(0x21, 0x7F)}
JUNK = ["纯牛奶", "能量 1500kJ 18%", "蛋白质 3.2g 5%", "新鲜好味道 营养每一天", "Nutrition"]
FULL_LABEL = [
    "产品名称：纯牛奶",
    "配料：生牛乳",
    "净含量：250g（5×50g）",
    "生产日期：2026.03.15 保质期：12个月",
    "批号：AB123456",
    "贮存条件：常温避光",
    "食品生产许可证编号：SC 1123 3010 0000 12",
    "产品标准号：GB/T 23969",
    "生产商：杭州某某食品有限公司",
    "地址：浙江省杭州市西湖区",
    "电话：0571-88888888",
    "能量 1500kJ 18%",
]


def test_a_full_label_gives_every_field_with_its_line() -> None:
    fields = extract_fields(FULL_LABEL)
    assert fields == LabelFields(
        production_date=MARCH_15,
        shelf_life=ShelfLife(12, MONTH),
        batch="AB123456",
        sc_licence="SC11233010000012",
        standard_code="GB/T 23969",
        net_content="250g",
        elements_present=frozenset(LabelElement),
        sources={
            "net_content": 2,
            "production_date": 3,
            "shelf_life": 3,
            "batch": 4,
            "sc_licence": 6,
            "standard_code": 7,
        },
    )
    assert fields.elements_missing == ()
    assert fields.derived_expiry == date(2027, 3, 14)


# RapidOCR's lines for a rendered and "photographed" label of the bench set: two columns
# interleaved, a key's value wrapped onto the next line, 电話 read for 电话.
OCR_LABEL = [
    "品名：橙汁饮料", "联系电話：400-242-4147", "配料：水、浓缩橙汁、白砂糖、柠檬",
    "产品标准代号：GB/T 21731", "酸、维生素C、食用香精", "生产批号：260121F40",
    "净含量/规格：500毫升", "产地：浙江省杭州市", "生产日期：20260121", "营养成分表",
    "有效期至：2027-01-20", "项目", "每100毫升 NRV%", "保质期：12个月", "能量", "215千焦", "3%",
    "贮存条件：请存放于阴凉、干燥、通", "蛋白质", "1.5克", "2%", "风处", "脂肪", "3.0克", "5%",
    "生产许可证编号:", "碳水化合物7.5克", "3%", "SC10733866938529", "钠", "88毫克", "4%",
    "生产者：杭州味园食品有限公司", "生产地址：浙江省杭州市临平区科技", "园路199号",
]  # fmt: skip


def test_a_real_ocr_reading() -> None:
    fields = extract_fields(OCR_LABEL)
    assert fields == LabelFields(
        production_date=date(2026, 1, 21),
        expiry_date=date(2027, 1, 20),
        shelf_life=ShelfLife(12, MONTH),
        batch="260121F40",
        sc_licence="SC10733866938529",
        standard_code="GB/T 21731",
        net_content="500mL",
        elements_present=frozenset(LabelElement),
        sources={
            "standard_code": 3,
            "batch": 5,
            "net_content": 6,
            "production_date": 8,
            "expiry_date": 10,
            "shelf_life": 13,
            "sc_licence": 28,
        },
    )


# --- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2026年03月15日",
        "2026年3月15日",
        "2026.03.15",
        "2026-03-15",
        "2026/03/15",
        "20260315",
        "2026 03 15",
        "2026.03.15 10:22",
        "2026-03-15 10:22:05",
        "2026 - 03 - 15",
        "2026年 3月 15日",
        "２０２６．０３．１５",
        "2O26.O3.l5",
        "20 26 03 1 5",
    ],
)
def test_production_date_forms(text: str) -> None:
    assert extract_fields([f"生产日期：{text}"]).production_date == MARCH_15


def test_single_digit_month_and_day() -> None:
    assert extract_fields(["生产日期：2026年3月5日"]).production_date == date(2026, 3, 5)
    assert extract_fields(["生产日期：2026.3.5 10:22"]).production_date == date(2026, 3, 5)
    assert extract_fields(["生产日期：2026.3.1 5"]).production_date == date(2026, 3, 15)
    assert extract_fields(["生产日期：2026.10.1 00:00"]).production_date == date(2026, 10, 1)
    # The 10th at 0:00 or the 1st at 00:00 with a space in the hour: prints pad their hours.
    assert extract_fields(["生产日期：2026.10.1 0 0:00"]).production_date == date(2026, 10, 1)


@pytest.mark.parametrize(
    "key",
    [
        "生产日期",
        "制造日期",
        "出厂日期",
        "灌装日期",
        "分装日期",
        "包装日期",
        "Production date",
        "MFG",
        "MFD",
        "PRD",
        "Date of manufacture",
    ],
)
def test_production_date_keys(key: str) -> None:
    fields = extract_fields([f"{key}: 2026-03-15"])
    assert (fields.production_date, fields.expiry_date) == (MARCH_15, None)


@pytest.mark.parametrize(
    "key",
    [
        "保质期至",
        "有效期至",
        "有效日期",
        "到期日",
        "到期日期",
        "限用日期",
        "最佳食用日期",
        "此日期前最佳",
        "EXP",
        "Expiry",
        "Best before",
        "BB",
    ],
)
def test_expiry_keys(key: str) -> None:
    fields = extract_fields([f"{key}：2027.03.14"])
    assert (fields.expiry_date, fields.production_date) == (date(2027, 3, 14), None)
    assert fields.shelf_life is None and LabelElement.SHELF_LIFE in fields.elements_present


@pytest.mark.parametrize("text", ["2026-02-30", "2026.13.01", "1999.03.15", "26.03.15"])
def test_impossible_or_short_dates_are_ignored(text: str) -> None:
    fields = extract_fields([f"生产日期：{text}"])
    assert fields.production_date is None
    assert LabelElement.PRODUCTION_DATE in fields.elements_missing


def test_a_key_alone_on_its_line_takes_the_next_line() -> None:
    fields = extract_fields(["生产日期：", "2026年03月15日", "保质期：", "12个月"])
    assert (fields.production_date, fields.shelf_life) == (MARCH_15, ShelfLife(12, MONTH))
    assert fields.sources == {"production_date": 1, "shelf_life": 3}


def test_a_key_with_a_format_hint_still_takes_the_next_line() -> None:
    assert extract_fields(["生产日期(年/月/日)：", "2026/03/15"]).production_date == MARCH_15


def test_the_next_line_is_not_taken_when_it_starts_with_a_key() -> None:
    fields = extract_fields(["生产日期：", "保质期至：2027.03.14"])
    assert (fields.production_date, fields.expiry_date) == (None, date(2027, 3, 14))


def test_several_fields_on_one_line() -> None:
    fields = extract_fields(["生产日期：2026.03.15 保质期至：2027.03.14 批号：A12 净含量：1L"])
    assert (fields.production_date, fields.expiry_date) == (MARCH_15, date(2027, 3, 14))
    assert (fields.batch, fields.net_content) == ("A12", "1L")


def test_the_first_value_of_a_field_is_kept() -> None:
    fields = extract_fields(["生产日期 Production date: 2026.03.15", "MFG: 2026.04.01"])
    assert fields.production_date == MARCH_15


def test_a_date_after_the_shelf_life_key_is_a_printed_expiry() -> None:
    fields = extract_fields(["保质期：2027年03月14日"])
    assert (fields.expiry_date, fields.shelf_life) == (date(2027, 3, 14), None)


# --- shelf life ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12个月", ShelfLife(12, MONTH)),
        ("18月", ShelfLife(18, MONTH)),
        ("180天", ShelfLife(180, DAY)),
        ("7日", ShelfLife(7, DAY)),
        ("2年", ShelfLife(2, YEAR)),
        ("十二个月", ShelfLife(12, MONTH)),
        ("十八个月", ShelfLife(18, MONTH)),
        ("两年", ShelfLife(2, YEAR)),
        ("二年", ShelfLife(2, YEAR)),
        ("三十天", ShelfLife(30, DAY)),
        ("一百八十天", ShelfLife(180, DAY)),
        ("12 months", ShelfLife(12, MONTH)),
        ("18 Months", ShelfLife(18, MONTH)),
        ("365 days", ShelfLife(365, DAY)),
        ("2 years", ShelfLife(2, YEAR)),
        ("1 year", ShelfLife(1, YEAR)),
        ("半年", ShelfLife(6, MONTH)),
        ("常温下12个月，开封后冷藏3天", ShelfLife(12, MONTH)),
        ("1 2 个 月", ShelfLife(12, MONTH)),
    ],
)
def test_shelf_life_forms(text: str, expected: ShelfLife) -> None:
    assert extract_fields([f"保质期：{text}"]).shelf_life == expected


@pytest.mark.parametrize("key", ["保质期", "保存期", "Shelf life"])
def test_shelf_life_keys(key: str) -> None:
    fields = extract_fields([f"{key}: 24个月"])
    assert (fields.shelf_life, fields.expiry_date) == (ShelfLife(24, MONTH), None)


@pytest.mark.parametrize("text", ["见包装", "0个月", "1.5年", "-18℃以下冷冻"])
def test_no_shelf_life(text: str) -> None:
    fields = extract_fields([f"保质期：{text}"])
    assert fields.shelf_life is None
    assert LabelElement.SHELF_LIFE in fields.elements_missing


def test_absurd_numbers_are_no_shelf_life() -> None:
    assert extract_fields(["保质期：" + "9" * 5000 + "天"]).shelf_life is None
    assert extract_fields(["保质期：10000天"]).shelf_life is None
    assert extract_fields(["保质期：100年"]).shelf_life is None
    assert extract_fields(["保质期：9999天"]).shelf_life == ShelfLife(9999, DAY)


def test_shelf_life_describes_itself_in_chinese() -> None:
    assert ShelfLife(12, MONTH).describe() == "12个月"
    assert ShelfLife(180, DAY).describe() == "180天"
    assert ShelfLife(2, YEAR).describe() == "2年"


def test_shelf_life_must_be_positive() -> None:
    with pytest.raises(DomainError) as info:
        ShelfLife(0, DAY)
    assert info.value.code == "shelf_life.not_positive"


@pytest.mark.parametrize(
    ("life", "production", "expiry"),
    [
        (ShelfLife(12, MONTH), date(2026, 3, 15), date(2027, 3, 14)),
        (ShelfLife(1, MONTH), date(2026, 1, 31), date(2026, 2, 27)),
        (ShelfLife(1, MONTH), date(2024, 1, 31), date(2024, 2, 28)),
        (ShelfLife(180, DAY), date(2026, 1, 1), date(2026, 6, 29)),
        (ShelfLife(1, DAY), date(2026, 1, 1), date(2026, 1, 1)),
        (ShelfLife(1, YEAR), date(2024, 2, 29), date(2025, 2, 27)),
        (ShelfLife(2, YEAR), date(2026, 3, 1), date(2028, 2, 29)),
    ],
)
def test_expiry_from_is_the_last_good_day(life: ShelfLife, production: date, expiry: date) -> None:
    assert life.expiry_from(production) == expiry


def test_days_range() -> None:
    assert ShelfLife(180, DAY).days_range() == (180, 180)
    assert ShelfLife(12, MONTH).days_range() == (362, 369)
    assert ShelfLife(1, MONTH).days_range() == (27, 34)
    assert ShelfLife(2, YEAR).days_range() == (730, 733)


def test_derived_expiry_prefers_the_printed_one() -> None:
    printed = extract_fields(["生产日期：2026.03.15", "保质期：12个月", "保质期至：2027.03.10"])
    assert printed.derived_expiry == date(2027, 3, 10)
    computed = extract_fields(["生产日期：2026.03.15", "保质期：12个月"])
    assert computed.derived_expiry == date(2027, 3, 14)
    assert extract_fields(["保质期：12个月"]).derived_expiry is None


# --- batch, licence, standard, net content ---------------------------------------------------


@pytest.mark.parametrize(
    ("line", "batch"),
    [
        ("批号：AB123456", "AB123456"),
        ("生产批号: 20260315A1", "20260315A1"),
        ("批次：b-2031", "B-2031"),
        ("批次号 A12", "A12"),
        ("批次编号：X9Y", "X9Y"),
        ("LOT: ab123", "AB123"),
        ("Lot No. L2026-01", "L2026-01"),
        ("Batch: 7781", "7781"),
        ("批号：AB 123456", "AB123456"),
        ("批号：20260315 A12", "A12"),
    ],
)
def test_batch(line: str, batch: str) -> None:
    fields = extract_fields([line])
    assert fields.batch == batch
    assert fields.sources["batch"] == 0


@pytest.mark.parametrize("line", ["批号：20260315", "批号：B2", "批号：ABCDEF", "批号：见喷码"])
def test_no_batch(line: str) -> None:
    assert extract_fields([line]).batch is None


@pytest.mark.parametrize(
    "line",
    [
        "SC11233010000012",
        "食品生产许可证编号：SC 1123 3010 0000 12",
        "生产许可证编号:SC1123301000001 2",
        "许可证号 SC112330l0000O12",
        "SC11233010000012".translate(FULL_WIDTH_ALL),
    ],
)
def test_sc_licence(line: str) -> None:
    fields = extract_fields(["纯牛奶", line])
    assert fields.sc_licence == "SC11233010000012"
    assert fields.sources["sc_licence"] == 1
    assert LabelElement.LICENCE in fields.elements_present


@pytest.mark.parametrize("line", ["SC1123301000001", "SC112330100000123", "SC 1123 3010 0000 123"])
def test_sc_licence_needs_exactly_14_digits(line: str) -> None:
    fields = extract_fields([line])
    assert fields.sc_licence is None
    assert LabelElement.LICENCE in fields.elements_missing


def test_a_licence_followed_by_another_number_is_still_read() -> None:
    assert extract_fields(["SC 1123 3010 0000 12 2024"]).sc_licence == "SC11233010000012"


@pytest.mark.parametrize(
    ("lines", "code"),
    [
        (["产品标准号：GB/T 23969"], "GB/T 23969"),
        (["执行标准:GB19295"], "GB 19295"),
        (["产品标准代号 gb / t 20977-2007"], "GB/T 20977-2007"),
        (["标准代号：NY/T 1234"], "NY/T 1234"),
        (["产品执行标准：SB/T 10379"], "SB/T 10379"),
        (["标准号：QB/T 1234-2012"], "QB/T 1234-2012"),
        (["执行标准：LS/T 3240"], "LS/T 3240"),
        (["执行标准：T/CNFIA 001-2018"], "T/CNFIA 001-2018"),
        (["执行标准：Q/HZB 0001S"], "Q/HZB 0001S"),
        (["Q/HZB 0002S-2024"], "Q/HZB 0002S-2024"),
        (["执行标准：GB 7718 GB 19295"], "GB 19295"),
        (["执行标准：GB 28050-2011", "GB/T 23969"], "GB/T 23969"),
        (["执行标准：GB 7718"], "GB 7718"),
        (["执行标准：GB/T 20977 GB 19295"], "GB/T 20977"),
        (["本品符合 GB 2760", "产品标准号：GB/T 23969"], "GB/T 23969"),
    ],
)
def test_standard_code(lines: list[str], code: str) -> None:
    fields = extract_fields(lines)
    assert fields.standard_code == code
    assert LabelElement.STANDARD in fields.elements_present


@pytest.mark.parametrize(
    ("text", "net"),
    [
        ("250g", "250g"),
        ("250 G", "250g"),
        ("2kg", "2kg"),
        ("500mg", "500mg"),
        ("500mL", "500mL"),
        ("500ml", "500mL"),
        ("1.5L", "1.5L"),
        ("1.5 l", "1.5L"),
        ("500克", "500g"),
        ("2千克", "2kg"),
        ("2公斤", "2kg"),
        ("100毫克", "100mg"),
        ("250毫升", "250mL"),
        ("1升", "1L"),
        ("250g（5×50g）", "250g"),
        ("２５０ｇ", "250g"),
    ],
)
def test_net_content(text: str, net: str) -> None:
    assert extract_fields([f"净含量：{text}"]).net_content == net


@pytest.mark.parametrize(
    "key", ["净含量", "净重", "净含量/规格", "规格", "Net Wt", "Net content", "NET"]
)
def test_net_content_keys(key: str) -> None:
    assert extract_fields([f"{key}: 750ml"]).net_content == "750mL"


def test_variant_characters_the_ocr_reads_for_keys_are_folded() -> None:
    fields = extract_fields(["凈含量：500克", "生產日期：2026.03.15", "联系电話：400-1"])
    assert (fields.net_content, fields.production_date) == ("500g", MARCH_15)
    assert "contact" not in fields.producer_parts_missing


def test_a_net_content_key_without_a_quantity_still_marks_the_element() -> None:
    fields = extract_fields(["净含量：见包装"])
    assert fields.net_content is None
    assert LabelElement.NET_CONTENT in fields.elements_present


# --- elements --------------------------------------------------------------------------------


def test_elements_missing_are_in_canonical_order() -> None:
    assert extract_fields([]).elements_missing == tuple(LabelElement)
    fields = extract_fields(["配料：水", "贮存条件：冷藏", "生产日期：2026.03.15"])
    assert fields.elements_missing == (
        LabelElement.NET_CONTENT,
        LabelElement.PRODUCER,
        LabelElement.SHELF_LIFE,
        LabelElement.LICENCE,
        LabelElement.STANDARD,
    )


@pytest.mark.parametrize("key", ["配料", "配料表", "原料", "原辅料", "原料与辅料", "Ingredients"])
def test_ingredient_keys(key: str) -> None:
    assert LabelElement.INGREDIENTS in extract_fields([f"{key}：水、白砂糖"]).elements_present


@pytest.mark.parametrize(
    "line", ["贮存条件：阴凉干燥处", "储存方法：冷藏", "请置于阴凉干燥处保存", "Storage: cool, dry"]
)
def test_storage(line: str) -> None:
    assert LabelElement.STORAGE in extract_fields([line]).elements_present


def test_the_storage_word_inside_a_shelf_life_key_is_no_storage() -> None:
    fields = extract_fields(["保存期：12个月"])
    assert LabelElement.STORAGE in fields.elements_missing
    assert fields.shelf_life == ShelfLife(12, MONTH)


@pytest.mark.parametrize(
    ("lines", "missing"),
    [
        (["生产商：某某公司", "地址：杭州", "电话：0571-1"], ()),
        (["受委托生产企业：某某公司 厂址：杭州 服务热线：400-1"], ()),
        (["Manufacturer: ACME", "Address: Hangzhou", "Tel: 0571-1"], ()),
        (["生产商：某某公司", "地址：杭州"], ("contact",)),
        (["委托方：某某公司", "客服热线：400-1"], ("address",)),
        (["生产地址：杭州", "传真：0571-2"], ("name",)),
        (["纯牛奶"], ("name", "address", "contact")),
    ],
)
def test_producer_parts(lines: list[str], missing: tuple[str, ...]) -> None:
    fields = extract_fields(lines)
    assert fields.producer_parts_missing == missing
    assert (LabelElement.PRODUCER in fields.elements_present) == (not missing)


# --- properties ------------------------------------------------------------------------------

DATE_FORMATS = [
    "{y}年{m:02}月{d:02}日",
    "{y}年{m}月{d}日",
    "{y}.{m:02}.{d:02}",
    "{y}.{m}.{d}",
    "{y}-{m:02}-{d:02}",
    "{y}-{m}-{d}",
    "{y}/{m:02}/{d:02}",
    "{y}/{m}/{d}",
    "{y}{m:02}{d:02}",
    "{y} {m:02} {d:02}",
]
PRODUCTION_KEYS = ["生产日期", "制造日期", "出厂日期", "包装日期", "MFG", "PRD", "Production date"]
EXPIRY_KEYS = ["保质期至", "有效期至", "到期日", "限用日期", "EXP", "Best before", "BB"]
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
label_dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))


@st.composite
def spaced(draw: st.DrawFn, text: str) -> str:
    """``text`` with up to three spaces inserted anywhere."""
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(text)))
        text = f"{text[:at]} {text[at:]}"
    return text


@st.composite
def printed_date(draw: st.DrawFn, value: date) -> str:
    """``value`` as a label may print it and an OCR may read it."""
    text = draw(st.sampled_from(DATE_FORMATS)).format(y=value.year, m=value.month, d=value.day)
    if draw(st.booleans()):
        text += f" {draw(st.integers(0, 23)):02}:{draw(st.integers(0, 59)):02}"
    text = draw(spaced(text))
    return text.translate(FULL_WIDTH) if draw(st.booleans()) else text


@st.composite
def keyed_lines(draw: st.DrawFn, key: str, value: str) -> list[str]:
    """``key`` and ``value`` on one line, or the key ending a line and the value on the next."""
    colon = draw(st.sampled_from(["：", ":", " ", ""]))
    if draw(st.booleans()):
        return [f"{key}{colon}", value]
    return [f"{key}{colon}{value}"]


@settings(deadline=None)
@given(st.data(), label_dates, label_dates)
def test_production_and_expiry_are_read_back(data: st.DataObject, made: date, ends: date) -> None:
    production = data.draw(
        keyed_lines(data.draw(st.sampled_from(PRODUCTION_KEYS)), data.draw(printed_date(made)))
    )
    expiry = data.draw(
        keyed_lines(data.draw(st.sampled_from(EXPIRY_KEYS)), data.draw(printed_date(ends)))
    )
    before = data.draw(st.lists(st.sampled_from(JUNK), max_size=2))
    between = data.draw(st.lists(st.sampled_from(JUNK), max_size=2))
    fields = extract_fields([*before, *production, *between, *expiry, *JUNK[:2]])
    assert (fields.production_date, fields.expiry_date) == (made, ends)
    assert fields.sources["production_date"] == len(before) + len(production) - 1
    assert not fields.production_date_on_inkjet


def chinese(n: int) -> str:
    """1..9999 in Chinese numerals: 12 十二, 108 一百零八, 110 一百一十."""
    digits = "零一二三四五六七八九"
    if n < 20:
        return digits[n] if n < 10 else "十" + (digits[n % 10] if n % 10 else "")
    out, pending_zero = "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // value % 10
        if digit:
            out += ("零" if pending_zero else "") + digits[digit] + unit
            pending_zero = False
        elif out:
            pending_zero = True
    return out


UNIT_WORDS = {
    DAY: (["天", "日"], "day"),
    MONTH: (["个月", "月"], "month"),
    YEAR: (["年"], "year"),
}


@st.composite
def printed_shelf_life(draw: st.DrawFn) -> tuple[ShelfLife, str]:
    unit = draw(st.sampled_from(list(ShelfLifeUnit)))
    value = draw(st.integers(1, 99 if unit is YEAR else 999))
    words, english = UNIT_WORDS[unit]
    form = draw(st.sampled_from(["arabic", "chinese", "english"]))
    if form == "english":
        text = f"{value} {english}{'s' if value > 1 else ''}"
    else:
        number = chinese(value) if form == "chinese" else draw(spaced(str(value)))
        text = number + draw(st.sampled_from(["", " "])) + draw(st.sampled_from(words))
    return ShelfLife(value, unit), text.translate(FULL_WIDTH) if draw(st.booleans()) else text


@settings(deadline=None)
@given(st.data(), printed_shelf_life())
def test_shelf_life_is_read_back(data: st.DataObject, printed: tuple[ShelfLife, str]) -> None:
    life, text = printed
    key = data.draw(st.sampled_from(["保质期", "保存期", "Shelf life"]))
    before = data.draw(st.lists(st.sampled_from(JUNK), max_size=2))
    fields = extract_fields([*before, *data.draw(keyed_lines(key, text)), JUNK[0]])
    assert fields.shelf_life == life
    assert fields.expiry_date is None


@given(st.data(), st.text("0123456789", min_size=14, max_size=14))
def test_sc_licence_is_read_back(data: st.DataObject, digits: str) -> None:
    printed = data.draw(spaced("SC" + digits))
    key = data.draw(st.sampled_from(["", "食品生产许可证编号：", "生产许可证编号:", "许可证号 "]))
    fields = extract_fields([JUNK[0], key + printed, JUNK[1]])
    assert fields.sc_licence == "SC" + digits
    assert fields.sources["sc_licence"] == 1


LABEL_ALPHABET = "0123456789OIl年月日.-/:： 生产日期保质期至个天见喷码批号SCGBT/Q净含量gmL配料"


@settings(deadline=None)
@given(st.lists(st.text()) | st.lists(st.text(LABEL_ALPHABET)))
def test_extract_fields_never_raises(lines: list[str]) -> None:
    fields = extract_fields(lines)
    assert set(fields.elements_missing) | fields.elements_present == set(LabelElement)
    assert all(0 <= line < len(lines) for line in fields.sources.values())


shelf_lives = st.one_of(
    st.builds(ShelfLife, st.integers(1, 3650), st.just(DAY)),
    st.builds(ShelfLife, st.integers(1, 600), st.just(MONTH)),
    st.builds(ShelfLife, st.integers(1, 50), st.just(YEAR)),
)


@given(shelf_lives, label_dates)
def test_expiry_from_spans_the_period(life: ShelfLife, production: date) -> None:
    expiry = life.expiry_from(production)
    low, high = life.days_range()
    days = total_life_days(None, production, expiry)
    assert days is not None and low <= days <= high
    if life == ShelfLife(1, DAY):
        assert expiry == production  # a one-day life ends on the day it was made
    else:
        assert expiry > production


@given(st.integers(1, 3650), label_dates)
def test_expiry_from_in_days_is_exact(days: int, production: date) -> None:
    assert total_life_days(None, production, ShelfLife(days, DAY).expiry_from(production)) == days
