"""A set of synthetic food back labels (GB 7718), photographed, with what a reader should find.

Case ``i`` of a seed is a random :class:`LabelSpec` drawn by :mod:`label_render`, then
"photographed" by :mod:`label_photo`; it is the same whatever ``count`` is. Variants and
conditions go round robin (8 and 7: coprime), so 48 cases hold each variant 6 times and each
condition 6 or 7 times.
"""

import calendar
import re
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate
from typing import NamedTuple, TypeVar

import numpy as np

from qc_station.bench.label_photo import FRAME, Condition, photograph
from qc_station.bench.label_render import TABLE_TITLE, InkjetCode, LabelSpec, render_label

ELEMENTS: tuple[str, ...] = ("ingredients", "net_content", "producer", "production_date")
ELEMENTS += ("shelf_life", "storage", "licence", "standard")
"""The GB 7718 elements a label must carry, in the canonical order of ``elements_missing``."""
VARIANTS: tuple[str, ...] = ("full", "inkjet", "expiry-printed", "missing-storage")
VARIANTS += ("missing-standard", "missing-licence", "missing-ingredients", "missing-producer")
"""What is printed: everything (production date and shelf life); the date and the batch as an
inkjet code; an expiry date (with or without the shelf life); everything but one element."""

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class LabelTruth:
    """What a perfect reader reports for a label, in the CLI's shapes (dates ISO)."""

    production_date: str | None
    expiry_date: str | None  # only when the label prints it
    shelf_life: tuple[int, str] | None  # (12, "month"); unit day, month or year
    batch: str | None
    sc_licence: str | None
    standard_code: str | None
    net_content: str | None  # 250g, 2kg, 500mL, 1.5L
    elements_missing: tuple[str, ...]  # in the order of ELEMENTS

    def as_json(self) -> dict[str, object]:
        """The CLI's JSON entry for the label, without ``file`` and ``lines``."""
        entry: dict[str, object] = {name: getattr(self, name) for name in self.__slots__}
        if self.shelf_life is not None:
            entry["shelf_life"] = dict(zip(("value", "unit"), self.shelf_life, strict=True))
        entry["elements_missing"] = list(self.elements_missing)
        return entry


@dataclass(frozen=True, slots=True)
class LabelDraft:
    """A label before drawing: what to draw, its truth, and each truth field's text exactly as
    printed (``"2026年03月15日"``, ``"250克"``), to tell OCR misses from extraction mistakes.
    """

    spec: LabelSpec
    truth: LabelTruth
    printed: Mapping[str, str]


@dataclass(frozen=True, slots=True, eq=False)
class LabelCase:
    """One photographed label (``eq=False``: images do not compare as a whole)."""

    name: str  # e.g. "009-inkjet-perspective"
    image: np.ndarray  # BGR uint8 camera still
    truth: LabelTruth
    condition: Condition
    variant: str
    spec: LabelSpec
    printed: Mapping[str, str]


def label_set(count: int = 48, seed: int = 2026, frame: tuple[int, int] = FRAME) -> list[LabelCase]:
    """``count`` photographed labels, the same for the same ``seed``."""
    return [label_case(index, seed, frame) for index in range(count)]


def label_case(index: int, seed: int = 2026, frame: tuple[int, int] = FRAME) -> LabelCase:
    """Case ``index`` of the set of ``seed``, a still of ``frame`` (width, height) pixels."""
    variant = VARIANTS[index % len(VARIANTS)]
    condition = tuple(Condition)[index % len(Condition)]
    rng = np.random.default_rng([seed, index])
    draft = make_label(variant, rng)
    image = photograph(render_label(draft.spec), condition, rng, frame)
    name = f"{index:03d}-{variant}-{condition}"
    return LabelCase(name, image, draft.truth, condition, variant, draft.spec, draft.printed)


def make_label(variant: str, rng: np.random.Generator) -> LabelDraft:
    """A random label of ``variant`` (one of :data:`VARIANTS`)."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown label variant {variant!r}")
    facts = _facts(rng)
    groups, printed = _groups(facts, rng)
    missing = variant.removeprefix("missing-") if variant.startswith("missing-") else None
    if missing is not None:
        groups[missing] = []
        printed.pop({"licence": "sc_licence", "standard": "standard_code"}.get(missing, ""), None)
    inkjet = None
    if variant == "inkjet":
        groups["production_date"], groups["batch"] = _see_inkjet(rng)
        inkjet = _inkjet(facts, rng)
        printed["production_date"] = inkjet.lines[0].split()[0]
    expiry: date | None = None
    shelf_life: tuple[int, str] | None = facts.shelf_life
    if variant == "expiry-printed":
        expiry = _expiry(facts)
        printed["expiry_date"] = _date_text(expiry, _pick(DATE_FORMATS, rng))
        groups["expiry"] = [_pick(PREFIXES["expiry"], rng) + printed["expiry_date"]]
        if rng.random() < 0.5:
            groups["shelf_life"], shelf_life = [], None
            del printed["shelf_life"]
    truth = LabelTruth(
        production_date=facts.production.isoformat(),
        expiry_date=None if expiry is None else expiry.isoformat(),
        shelf_life=shelf_life,
        batch=facts.batch,
        sc_licence=None if missing == "licence" else facts.sc_licence,
        standard_code=None if missing == "standard" else facts.product.standard,
        net_content=facts.net_content,
        elements_missing=tuple(e for e in ELEMENTS if e == missing),
    )
    return LabelDraft(_spec(groups, facts, inkjet, rng), truth, printed)


def alphabet() -> frozenset[str]:
    """Every character a label of this module can print, inkjet codes included."""
    pending: list[object] = [PRODUCTS, STORAGE, CITIES, ROADS, BRANDS, PREFIXES, EXTRAS, WORDS]
    pending += [NET_UNITS, DATE_FORMATS, INKJET_FORMATS, SEE_INKJET, NUTRIENTS, NUTRITION_UNITS]
    found = set(string.digits + BATCH_LETTERS + TABLE_TITLE)
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            found.update(re.sub(r"\{\w+\}", "", item))
        elif isinstance(item, dict):
            pending += [*item.keys(), *item.values()]
        elif isinstance(item, tuple):
            pending += item
    return frozenset(found)


# --- The words a label is made of (every character must be in the bundled font) ---

_PRODUCTS = """
0|原味夹心饼干|GB/T 20980|120g 250g 400g|12个月 270天|小麦粉、白砂糖、植物油、鸡蛋、食用盐、碳酸氢钠
0|香葱苏打饼干|GB/T 20980|180g 500g|10个月 300天|小麦粉、植物油、香葱、食用盐、酵母、碳酸氢钠
0|五香牛肉干|GB/T 23969|100g 250g|9个月 180天|牛肉、白砂糖、食用盐、酱油、香辛料、味精
0|纯牛奶|GB 25190|250mL 1L|6个月 180天|生牛乳
2|风味发酵乳|GB 19302|200g 1kg|21天 28天|生牛乳、白砂糖、乳清蛋白粉、嗜热链球菌
0|橙汁饮料|GB/T 21731|500mL 1.5L|12个月 1年|水、浓缩橙汁、白砂糖、柠檬酸、维生素C、食用香精
0|茉莉绿茶|GB/T 21733|500mL 1L|12个月 9个月|水、绿茶、茉莉花茶、白砂糖、维生素C
1|速冻猪肉水饺|GB 19295|500g 1kg|12个月 365天|小麦粉、猪肉、白菜、大葱、食用盐、酱油
0|原味瓜子|GB 19300|200g 500g|6个月 180天|葵花籽、食用盐、香辛料
0|黑芝麻糊|Q/HZB 0001S|400g 600g|12个月 18个月|黑芝麻、大米、白砂糖、核桃仁、花生
0|椴树蜂蜜|GB 14963|500g 1kg|24个月 2年|蜂蜜
0|牛奶巧克力|GB/T 19343|80g 200g|12个月 18个月|白砂糖、可可脂、全脂乳粉、可可液块、乳化剂
0|特级酱油|GB/T 18186|500mL 1.9L|2年 24个月|水、大豆、小麦、食用盐、白砂糖
0|东北大米|GB/T 1354|2kg 2.5kg 5kg|12个月|粳稻
0|鸡蛋挂面|GB/T 40636|500g 1kg|18个月 1年|小麦粉、鸡蛋、食用盐
0|手撕面包|Q/XYS 0002S|300g 1.2kg|45天 60天|小麦粉、鸡蛋、白砂糖、黄油、酵母、食用盐
"""
_CITIES = """
浙江省 杭州 0571 33 余杭区 萧山区 临平区
江苏省 苏州 0512 32 吴中区 相城区
广东省 东莞 0769 44 虎门镇 长安镇
四川省 成都 028 51 新都区 温江区
河南省 郑州 0371 41 金水区 中牟县
山东省 青岛 0532 37 黄岛区 城阳区
福建省 泉州 0595 35 晋江市 南安市
湖南省 长沙 0731 43 望城区 长沙县
"""


class Product(NamedTuple):
    """A kind of food: its wording, standard, and the pack sizes and shelf lives it comes in."""

    storage: int  # 0 ambient, 1 frozen, 2 chilled: an index into STORAGE
    name: str
    standard: str
    nets: tuple[str, ...]  # spelt as in the truth: 250g, 2kg, 500mL, 1.5L
    lives: tuple[str, ...]  # as printed: 12个月, 180天, 2年
    ingredients: str


class City(NamedTuple):
    """Where a producer is: for its address, telephone number and SC licence number."""

    province: str
    name: str
    area: str  # telephone area code
    sc_code: str  # the province's two digits in an SC licence number
    districts: tuple[str, ...]


def _rows(table: str, sep: str | None) -> list[list[str]]:
    return [row.split(sep) for row in table.strip().splitlines()]


PRODUCTS = tuple(
    Product(int(kind), name, standard, tuple(nets.split()), tuple(lives.split()), ingredients)
    for kind, name, standard, nets, lives, ingredients in _rows(_PRODUCTS, "|")
)
CITIES = tuple(City(row[0], row[1], row[2], row[3], tuple(row[4:])) for row in _rows(_CITIES, None))
STORAGE = (
    ("请置于阴凉干燥处，避免阳光直射", "常温保存，开封后请尽快食用", "请存放于阴凉、干燥、通风处"),
    ("-18℃以下冷冻保存", "请于-18℃及以下冷冻贮存"),
    ("2℃～6℃冷藏保存", "请于0-6℃冷藏，开启后请立即食用"),
)
ROADS = ("文一西路", "工业大道", "兴业路", "科技园路", "长江路", "人民北路", "开发区二路")
BRANDS = ("味园", "禾丰", "康源", "百味", "金麦", "鲜达", "佳品", "益香", "润田", "美嘉", "福满")
PREFIXES = {
    "name": ("产品名称：", "品名："),
    "ingredients": ("配料：", "配料表："),
    "net_content": ("净含量：", "净含量/规格："),
    "standard": ("产品标准号：", "执行标准：", "产品标准代号："),
    "licence": ("食品生产许可证编号：", "生产许可证编号："),
    "producer": ("生产者：", "生产商：", "制造商："),
    "address": ("地址：", "生产地址："),
    "phone": ("联系电话：", "电话：", "服务热线："),
    "storage": ("贮存条件：", "储存条件：", "贮存方法："),
    "batch": ("批号：", "生产批号："),
    "expiry": ("保质期至：", "有效期至："),
}
EXTRAS = ("产地：{province}{city}市", "食用方法：开袋即食", "致敏物质提示：本品含有小麦、大豆制品")
NET_UNITS = {"g": ("g", "克"), "kg": ("kg", "千克"), "mL": ("mL", "ml", "毫升"), "L": ("L", "升")}
SHELF_UNITS = {"天": "day", "个月": "month", "年": "year"}
DATE_FORMATS = ("{y}年{m}月{d}日", "{y}.{m}.{d}", "{y}-{m}-{d}", "{y}/{m}/{d}", "{y}{m}{d}")
INKJET_FORMATS = (
    ("{y}{m}{d} {batch}",),
    ("{y}.{m}.{d} {batch}",),
    ("{y}/{m}/{d} {hh}:{mi}", "{batch}"),
    ("{y}{m}{d}", "{batch}"),
    ("{y}-{m}-{d}", "{batch}"),
)
SEE_INKJET = ("见喷码", "见喷码处", "见包装", "见封口处", "见包装上方")
BATCH_LETTERS = "ABCDEFGHJKLMNPRTUVWXY"  # no I, O, Q, S, Z: printers avoid them too
NUTRIENTS = (  # name, range per 100 g, GB 28050 reference value (NRV)
    ("能量", 1200, 2300, 8400),
    ("蛋白质", 2, 20, 60),
    ("脂肪", 1, 30, 60),
    ("碳水化合物", 10, 75, 300),
    ("钠", 20, 900, 2000),
)
NUTRITION_UNITS = (("千焦", "克", "克", "克", "毫克"), ("kJ", "g", "g", "g", "mg"))
WORDS = "项目每100毫升克NRV% 生产日期及批号：生产日期：保质期：食品有限公司（）科技市号400-SC:"
"""Words the code below writes itself (the tables above hold the rest)."""
PAPERS = ((255, 255, 255), (240, 247, 250), (225, 240, 245), (235, 250, 240), (250, 240, 235))
INKS = ((20, 20, 20), (40, 40, 40), (60, 30, 20), (20, 40, 70))
INKJET_COLOURS = ((30, 30, 30), (110, 45, 20), (90, 30, 10))  # black, dark blue, navy (BGR)


@dataclass(frozen=True, slots=True)
class _Facts:
    """The random facts of one label, before they are worded."""

    product: Product
    city: City
    production: date
    shelf_text: str
    batch: str
    sc_licence: str
    net_content: str
    time: tuple[int, int]  # the inkjet printer's clock

    @property
    def shelf_life(self) -> tuple[int, str]:
        for word, unit in SHELF_UNITS.items():
            if self.shelf_text.endswith(word):
                return int(self.shelf_text.removesuffix(word)), unit
        raise ValueError(f"no shelf-life unit in {self.shelf_text!r}")


def _pick(options: Sequence[T], rng: np.random.Generator) -> T:
    return options[int(rng.integers(len(options)))]


def _digits(count: int, rng: np.random.Generator) -> str:
    return "".join(str(d) for d in rng.integers(0, 10, count))


def _facts(rng: np.random.Generator) -> _Facts:
    product, city = _pick(PRODUCTS, rng), _pick(CITIES, rng)
    production = date(2025, 9, 1) + timedelta(days=int(rng.integers(300)))
    day, letters = production.strftime("%y%m%d"), "".join(rng.choice(list(BATCH_LETTERS), 2))
    batch = _pick((letters[0] + day + _digits(1, rng), letters + _digits(6, rng)), rng)
    if rng.random() < 0.3:
        batch = day + letters[0] + _digits(2, rng)
    category = _pick(("01", "02", "03", "06", "07", "11", "14", "22", "23"), rng)
    sc_licence = f"SC1{category}{city.sc_code}{_digits(9, rng)}"  # SC + 14 digits
    time = int(rng.integers(6, 23)), int(rng.integers(60))
    net, life = _pick(product.nets, rng), _pick(product.lives, rng)
    return _Facts(product, city, production, life, batch, sc_licence, net, time)


def _groups(facts: _Facts, rng: np.random.Generator) -> tuple[dict[str, list[str]], dict[str, str]]:
    """The lines of each element, and the printed text of each truth field."""
    product, city = facts.product, facts.city
    value, unit = facts.net_content.rstrip("gmLk"), facts.net_content.lstrip("0123456789.")
    printed = {
        "net_content": value + _pick(NET_UNITS[unit], rng),
        "standard_code": product.standard,
        "sc_licence": facts.sc_licence,
        "production_date": _date_text(facts.production, _pick(DATE_FORMATS, rng)),
        "shelf_life": facts.shelf_text,
        "batch": facts.batch,
    }
    colon = ":" if rng.random() < 0.2 else "："
    pre = {key: _pick(words, rng).replace("：", colon) for key, words in PREFIXES.items()}
    brand, district, road = _pick(BRANDS, rng), _pick(city.districts, rng), _pick(ROADS, rng)
    company = f"{city.name}{brand}食品有限公司"
    if rng.random() < 0.3:
        company = f"{brand}（{city.name}）食品科技有限公司"
    address = f"{city.province}{city.name}市{district}{road}{rng.integers(1, 300)}号"
    phone = f"{city.area}-{_digits(4, rng)} {_digits(4, rng)}"
    if rng.random() < 0.3:
        phone = f"400-{_digits(3, rng)}-{_digits(4, rng)}"
    extras = [e.format(province=city.province, city=city.name) for e in EXTRAS]
    return {
        "name": [pre["name"] + product.name],
        "ingredients": [pre["ingredients"] + product.ingredients],
        "net_content": [pre["net_content"] + printed["net_content"]],
        "production_date": [f"生产日期{colon}" + printed["production_date"]],
        "shelf_life": [f"保质期{colon}" + facts.shelf_text],
        "expiry": [],
        "storage": [pre["storage"] + _pick(STORAGE[product.storage], rng)],
        "producer": [pre["producer"] + company, pre["address"] + address, pre["phone"] + phone],
        "licence": [pre["licence"] + facts.sc_licence],
        "standard": [pre["standard"] + product.standard],
        "batch": [pre["batch"] + facts.batch],
        "extras": [extra for extra in extras if rng.random() < 0.3],
    }, printed


def _date_text(day: date, pattern: str, **more: str) -> str:
    return pattern.format(y=day.year, m=f"{day.month:02d}", d=f"{day.day:02d}", **more)


def _see_inkjet(rng: np.random.Generator) -> tuple[list[str], list[str]]:
    """The date and batch lines of a label that prints both as an inkjet code."""
    where = _pick(SEE_INKJET, rng)
    if rng.random() < 0.5:
        return [f"生产日期及批号：{where}"], []
    return [f"生产日期：{where}"], [f"批号：{where}"]


def _inkjet(facts: _Facts, rng: np.random.Generator) -> InkjetCode:
    """The production date and the batch (and a time, sometimes) as a dot-matrix code."""
    hour, minute = (f"{v:02d}" for v in facts.time)
    lines = tuple(
        _date_text(facts.production, line, batch=facts.batch, hh=hour, mi=minute)
        for line in _pick(INKJET_FORMATS, rng)
    )
    place = _pick(("top-right", "bottom-left", "bottom-right"), rng)
    angle, colour = float(rng.uniform(-4, 4)), _pick(INKJET_COLOURS, rng)
    return InkjetCode(lines, place, angle, colour, int(rng.integers(6, 9)))


def _expiry(facts: _Facts) -> date:
    """The last good day: production + shelf life - 1 day (the store's total-life rule)."""
    count, unit = facts.shelf_life
    start = facts.production
    if unit == "day":
        return start + timedelta(days=count - 1)
    months = start.year * 12 + start.month - 1 + count * (12 if unit == "year" else 1)
    year, month = divmod(months, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(start.day, last)) - timedelta(days=1)


def _nutrition(facts: _Facts, rng: np.random.Generator) -> tuple[tuple[str, str, str], ...]:
    """A GB 28050 table: energy, protein, fat, carbohydrate and sodium per 100 g or mL."""
    liquid = facts.net_content.endswith("L")
    units = NUTRITION_UNITS[int(rng.random() < 0.4)]
    scale = 0.15 if liquid else 1.0
    rows = [("项目", "每100毫升" if liquid else "每100克", "NRV%")]
    for (name, low, high, reference), unit in zip(NUTRIENTS, units, strict=True):
        value = float(rng.uniform(low, high)) * scale
        amount = f"{value:.1f}" if unit in ("g", "克") else f"{value:.0f}"
        rows.append((name, amount + unit, f"{round(value / reference * 100)}%"))
    return tuple(rows)


def _spec(
    groups: dict[str, list[str]], facts: _Facts, inkjet: InkjetCode | None, rng: np.random.Generator
) -> LabelSpec:
    """One text column beside the table, or two columns with the table closing the second;
    the element groups in their usual order with two pairs of neighbours swapped.
    """
    keys = list(groups)
    for _ in range(2):
        i = int(rng.integers(1, len(keys) - 1))  # the product name stays first
        keys[i], keys[i + 1] = keys[i + 1], keys[i]
    lines = [line for key in keys for line in groups[key]]
    nutrition = _nutrition(facts, rng)
    if rng.random() < 0.5:
        columns: tuple[tuple[str, ...], ...] = (tuple(lines), ())
        widths: tuple[float, ...] = (float(rng.uniform(19, 24)), 14.0)
    else:
        width = float(rng.uniform(15.5, 18))
        split = _balanced_split(lines, width, len(nutrition) + 1)
        columns, widths = (tuple(lines[:split]), tuple(lines[split:])), (width, width)
    paper, ink = _pick(PAPERS, rng), _pick(INKS, rng)
    font_px = _pick((40, 44, 48), rng)
    border = bool(rng.random() < 0.7)
    return LabelSpec(columns, widths, nutrition, font_px, paper, ink, inkjet, border)


def _balanced_split(lines: list[str], width: float, table_rows: int) -> int:
    """Where to cut ``lines`` so both columns are about as tall (the table closes the 2nd)."""
    heights = [max(1, -(-len(line) // int(width))) for line in lines]
    half = (sum(heights) + table_rows) / 2
    return next((i + 1 for i, run in enumerate(accumulate(heights)) if run >= half), len(lines))
