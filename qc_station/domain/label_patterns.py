"""Readers for the pieces of a Chinese food label as an OCR reads them (dates, periods, codes).

Every reader takes normalised text (see ``normalise``) and returns a value or ``None``; none of
them raises. OCR noise they tolerate: spaces anywhere (also inside numbers), and inside a date or
an SC licence the letters O/o read for 0 and I/l read for 1. Outside a date or a licence, letters
are never turned into digits.
"""

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

_DASHES = str.maketrans({"—": "-", "–": "-", "―": "-", "‐": "-", "‑": "-", "−": "-", "~": "-"})
_LOOKALIKES = str.maketrans("OoIl", "0011")
# Traditional or variant forms the OCR reads for simplified characters of the keys (凈含量,
# 联系电話): the model knows both scripts, and the strokes differ by a dot or a radical.
_VARIANTS = str.maketrans(
    "凈淨話電產質號許證編準標執貯儲聯廠製規熱線務營養類單業託經銷裝項傳輔與條碼見蓋頂側噴個兩詢諮効",
    "净净话电产质号许证编准标执贮储联厂制规热线务营养类单业托经销装项传辅与条码见盖顶侧喷个两询咨效",
)


def normalise(text: str) -> str:
    """NFKC (full-width digits, letters, colons, slashes and spaces become ASCII), dashes to
    '-', and variant forms of the keys' characters to simplified ones."""
    return unicodedata.normalize("NFKC", text).translate(_DASHES).translate(_VARIANTS)


def is_blank(text: str) -> bool:
    """Whether ``text`` holds nothing but punctuation, spaces and date hints (年/月/日)."""
    return not re.sub(r"[\W_年月日]", "", text)


# --- dates -----------------------------------------------------------------------------------

_D = "[0-9OoIl]"  # a digit as OCR may read it, inside a date or a licence
_R = "[0-9]"
_ONE = _D
_TWO = rf"{_D}(?:{_D}|\s*{_R})"  # a look-alike letter only when it touches the digit before
_YEAR = re.compile(rf"(?<![0-9])2\s*[0O]\s*{_D}\s*{_D}")
_TIME = rf"(?:\s*(?P<h>(?:{_R}\s*)?{_R})\s*:\s*(?P<mi>{_R}\s*{_R})(?:\s*:\s*{_R}\s*{_R})?)?"
# Year-month and month-day separators: 年…月, the same punctuation twice, or spaces.
_SEPARATORS = (
    (r"\s*年\s*", r"\s*月\s*"),
    (r"\s*(?P<sep>[-./。])\s*", r"\s*(?P=sep)\s*"),
    (r"\s+", r"\s+"),
)
_DAY_END = r"(?P<ri>\s*日)?"


def _after_year(month: str, day: str, separators: tuple[str, str]) -> re.Pattern[str]:
    ymd = rf"{separators[0]}(?P<m>{month}){separators[1]}(?P<d>{day})"
    return re.compile(ymd + _DAY_END + _TIME)


# The ways to read on after a year, the preferred first when two readings are as plausible:
# compact, then a two-digit month with a (zero-padded) two-digit day, and so on.
_AFTER_YEAR = (
    _after_year(_TWO, _TWO, (r"\s*", r"\s*")),
    *(
        _after_year(month, day, separators)
        for month, day in ((_TWO, _TWO), (_TWO, _ONE), (_ONE, _ONE), (_ONE, _TWO))
        for separators in _SEPARATORS
    ),
)
# A space and one lone digit after a day: the day's second digit, split off by the OCR.
_LONE_DIGIT = re.compile(r"\s+[0-9](?![0-9]|\s*:)")
_DIGITS_NEXT = re.compile(r"\s*[0-9]")


@dataclass(frozen=True, slots=True)
class DateHit:
    """A date found in a text, and the span it took (a time after it included)."""

    value: date
    start: int
    end: int


def _as_int(text: str) -> int:
    return int(re.sub(r"\s", "", text).translate(_LOOKALIKES))


def _ends_well(text: str, match: re.Match[str]) -> bool:
    end = match.end()
    if match["ri"] or end == len(text):
        return True
    return not text[end].isdigit() and _LONE_DIGIT.match(text, end) is None


def _doubt(text: str, match: re.Match[str]) -> tuple[int, int]:
    """How far a reading strains the text: spaces it puts inside numbers, or a number right
    after it; then a one-digit hour (prints pad hours: "1 00:00" is the 1st at 00:00)."""
    parts = [match["m"], match["d"], match["h"] or "", match["mi"] or ""]
    strain = sum(len(re.findall(r"\s+", part)) for part in parts)
    if not match["ri"] and _DIGITS_NEXT.match(text, match.end()):
        strain += 1
    hour = match["h"]
    return strain, int(hour is not None and len(hour) == 1)


def _date_at(text: str, year: re.Match[str]) -> DateHit | None:
    best: tuple[tuple[int, int], DateHit] | None = None
    for pattern in _AFTER_YEAR:
        match = pattern.match(text, year.end())
        if match is None or not _ends_well(text, match):
            continue
        try:
            found = date(_as_int(year.group()), _as_int(match["m"]), _as_int(match["d"]))
        except ValueError:
            continue
        doubt = _doubt(text, match)
        if best is None or doubt < best[0]:
            best = doubt, DateHit(found, year.start(), match.end())
    return None if best is None else best[1]


def find_dates(text: str) -> list[DateHit]:
    """The real dates in ``text``, left to right (years 2000-2099; 2026-02-30 is skipped)."""
    found: list[DateHit] = []
    position = 0
    while (year := _YEAR.search(text, position)) is not None:
        hit = _date_at(text, year)
        if hit is None:
            position = year.start() + 1
        else:
            found.append(hit)
            position = hit.end
    return found


def without_dates(text: str) -> str:
    """``text`` with every date (and its time) replaced by a space."""
    for hit in reversed(find_dates(text)):
        text = f"{text[: hit.start]} {text[hit.end :]}"
    return text


def is_date(text: str) -> bool:
    """Whether the whole of ``text`` (blanks aside) is one date."""
    stripped = text.strip()
    hits = find_dates(stripped)
    return len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(stripped)


# --- shelf-life periods ----------------------------------------------------------------------

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6}
_CN_DIGITS |= {"七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_NUMBER = rf"(?<![0-9.])[0-9](?:\s*[0-9])*|[{''.join(_CN_DIGITS)}{''.join(_CN_UNITS)}]+"
_PERIOD = re.compile(
    rf"(?P<half>(?P<whole>{_NUMBER})\s*年\s*半|半\s*年)"
    rf"|(?P<n>{_NUMBER})\s*(?P<u>个\s*月|月|天|日|年|months?|mths?|mos?|days?|years?|yrs?)"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)
_UNIT_WORDS = {"个月": "month", "月": "month", "天": "day", "日": "day", "年": "year"}
# The longest periods a label plausibly prints; anything longer is an OCR misreading.
PERIOD_LIMITS = {"day": 9999, "month": 999, "year": 99}


def chinese_number(text: str) -> int | None:
    """十二 -> 12, 一百八十 -> 180, 两 -> 2, 三百六十五 -> 365; ``None`` if not a numeral."""
    total, pending, last_unit = 0, None, 10_000
    for char in text:
        if char in _CN_DIGITS:
            if pending not in (None, 0):
                return None
            pending = _CN_DIGITS[char]
        elif char in _CN_UNITS and _CN_UNITS[char] < last_unit:
            total += (pending or 1) * _CN_UNITS[char]
            pending, last_unit = None, _CN_UNITS[char]
        else:
            return None
    total += pending or 0
    return total or None


def _number(text: str) -> int | None:
    compact = re.sub(r"\s", "", text)
    if len(compact) > 6:  # no period is that long; int() of thousands of digits would raise
        return None
    return int(compact) if compact.isdigit() else chinese_number(compact)


def _period(match: re.Match[str]) -> tuple[int, str] | None:
    if match["half"]:
        years = _number(match["whole"]) if match["whole"] else 0
        return None if years is None else (years * 12 + 6, "month")
    value = _number(match["n"])
    unit_text = re.sub(r"\s", "", match["u"]).lower()
    unit = _UNIT_WORDS.get(unit_text) or {"m": "month", "d": "day", "y": "year"}[unit_text[0]]
    return None if value is None else (value, unit)


def find_period(text: str) -> tuple[int, str] | None:
    """The first shelf-life period in ``text`` as (value, "day" | "month" | "year")."""
    for match in _PERIOD.finditer(text):
        period = _period(match)
        if period is not None and 0 < period[0] <= PERIOD_LIMITS[period[1]]:
            return period
    return None


# --- SC licence, standard codes, net content, batch -------------------------------------------

_SC = re.compile(r"(?<![A-Za-z])S\s*C", re.IGNORECASE)
_DIGIT_RUN = re.compile(r"\s*((?:[0-9]|[OoIl](?=\s*[0-9]))+)")
SC_DIGITS = 14


def _licence_at(text: str, position: int) -> str | None:
    digits = ""
    while len(digits) < SC_DIGITS and (run := _DIGIT_RUN.match(text, position)) is not None:
        digits += run.group(1)
        position = run.end()
    # Look-alike letters are read as digits, but a licence of mostly letters is no licence.
    if len(digits) != SC_DIGITS or sum(char.isdigit() for char in digits) < 10:
        return None
    return "SC" + digits.translate(_LOOKALIKES)


def find_licence(text: str) -> str | None:
    """The first "SC" + exactly 14 digits in ``text`` (spaces between digit groups allowed)."""
    for match in _SC.finditer(text):
        licence = _licence_at(text, match.end())
        if licence is not None:
            return licence
    return None


_YEAR_SUFFIX = r"(?:\s*-\s*(?P<year>(?:19|20)[0-9]{2})(?![0-9]))?"
_STANDARD = re.compile(
    r"(?<![A-Za-z/])(?:"
    r"(?P<nat>(?:GB|NY|SB|QB|LS|GH)(?:\s*/\s*T)?)\s*(?P<nat_no>[0-9]+(?:\.[0-9]+)?)"
    r"|T\s*/\s*(?P<grp>[A-Z]{2,10})\s*(?P<grp_no>[0-9]+(?:\.[0-9]+)?)"
    r"|Q\s*/\s*(?P<ent>[0-9]{0,6}[A-Z]{1,10})\s*(?P<ent_no>[0-9]{1,6}S?)"
    rf"){_YEAR_SUFFIX}",
    re.IGNORECASE,
)
# Standards for the label itself, cited by many labels next to the product standard.
LABEL_STANDARDS = frozenset({"GB 7718", "GB 28050"})


def _standard(match: re.Match[str]) -> str:
    if match["nat"]:
        prefix, number = re.sub(r"\s", "", match["nat"]), match["nat_no"]
    elif match["grp"]:
        prefix, number = "T/" + match["grp"], match["grp_no"]
    else:
        prefix, number = "Q/" + match["ent"], match["ent_no"]
    code = f"{prefix.upper()} {number.upper()}"
    return f"{code}-{match['year']}" if match["year"] else code


def find_standards(text: str) -> list[str]:
    """The standard codes in ``text``, normalised: "GB/T 23969", "Q/HZB 0002S-2024"."""
    return [_standard(match) for match in _STANDARD.finditer(text)]


def is_label_standard(code: str) -> bool:
    """Whether ``code`` is GB 7718 or GB 28050 (of any year), not a product standard."""
    return code.split("-")[0] in LABEL_STANDARDS


_NET = re.compile(
    r"(?<![0-9.])(?P<n>[0-9]+(?:\s*\.\s*[0-9]+)?)\s*"
    r"(?P<u>千克|公斤|毫克|毫升|克|升|kg|mg|ml|g|l)(?![A-Za-z])",
    re.IGNORECASE,
)
_NET_UNITS = {"千克": "kg", "公斤": "kg", "毫克": "mg", "毫升": "mL", "克": "g", "升": "L"}
_NET_UNITS |= {"kg": "kg", "mg": "mg", "ml": "mL", "g": "g", "l": "L"}


def find_net_content(text: str) -> str | None:
    """The first quantity in ``text``, normalised: "250g", "1.5L", "500mL", "2kg"."""
    match = _NET.search(text)
    if match is None:
        return None
    return re.sub(r"\s", "", match["n"]) + _NET_UNITS[match["u"].lower()]


_BATCH = re.compile(r"[A-Z0-9-]{3,20}")
_QUANTITY = re.compile(r"[0-9]+(?:\.[0-9]+)?\s*(?:kj|kcal|g|mg|kg|ml|l)", re.IGNORECASE)


def is_quantity(text: str) -> bool:
    """Whether ``text`` is a bare quantity such as a nutrition row's "342kJ" or "16g"."""
    return _QUANTITY.fullmatch(text.strip()) is not None


def is_batch(token: str) -> bool:
    """A batch: 3-20 of A-Z, 0-9 and '-', at least one digit, and not a date."""
    return bool(_BATCH.fullmatch(token)) and any(c.isdigit() for c in token) and not is_date(token)


def find_batch(text: str) -> str | None:
    """The batch in the value of a batch key: its first token, or the value without spaces
    when the OCR split it ("AB 123456"), else a later token; ``None`` when it is a date."""
    joined = re.sub(r"^[\W_]+|[\W_]+$", "", re.sub(r"\s", "", text))
    if is_date(joined):
        return None
    tokens = [token for token in re.split(r"[^A-Z0-9-]+", text.upper()) if token]
    if not tokens:
        return None
    if is_batch(tokens[0]):
        return tokens[0]
    if not any(c.isdigit() for c in tokens[0]) and is_batch(joined.upper()):
        return joined.upper()
    return next((token for token in tokens[1:] if is_batch(token)), None)


def batch_after(text: str, position: int) -> str | None:
    """The first batch-like token after ``position`` (an inkjet code: date, then batch)."""
    rest = without_dates(text[position:]).upper()
    return next((t for t in re.split(r"[^A-Z0-9-]+", rest) if is_batch(t)), None)


_GLUED = re.compile(r"(?<![A-Z0-9])(2[0O][0-9OIL]{6})([A-Z0-9-]{3,20})(?![A-Z0-9-])")


def find_glued_code(text: str) -> tuple[DateHit, str] | None:
    """A compact date run into the batch after it, as an OCR reads a dot-matrix code whose
    gap it missed: "20260104260104T05" is 2026-01-04 and batch 260104T05."""
    for match in _GLUED.finditer(text.upper()):
        hits = find_dates(match[1])
        if hits and is_batch(match[2]):
            return DateHit(hits[0].value, match.start(), match.end()), match[2]
    return None


_ELSEWHERE = re.compile(r"^[\W_]*(?:详见|请见|参见|见|标于|印于|标示于|喷印于|打印于|喷于)")


def points_elsewhere(text: str) -> bool:
    """Whether a value sends the reader elsewhere: 见喷码, 见包装, (见瓶底), 标于瓶身..."""
    return _ELSEWHERE.match(text) is not None


# --- field keys ------------------------------------------------------------------------------


class Key(StrEnum):
    """What a key printed on a label introduces."""

    PRODUCTION = "production"
    PRODUCTION_BATCH = "production_batch"  # 生产日期/批号: one value for both
    EXPIRY = "expiry"
    SHELF_LIFE = "shelf_life"
    BATCH = "batch"
    LICENCE = "licence"
    STANDARD = "standard"
    NET_CONTENT = "net_content"
    INGREDIENTS = "ingredients"
    PRODUCER_NAME = "producer_name"
    PRODUCER_ADDRESS = "producer_address"
    PRODUCER_CONTACT = "producer_contact"
    STORAGE = "storage"
    OTHER = "other"  # a key of no interest; it only ends the value before it


# Each kind's words, separated by "|". English words match any case and any spacing.
_KEY_WORDS: dict[Key, str] = {
    Key.PRODUCTION: (
        "生产日期|制造日期|出厂日期|灌装日期|分装日期|包装日期|加工日期|Production date|"
        "Date of production|Date of manufacture|Manufacture date|Manufacturing date|MFG date|MFG|"
        "MFD|PRD|PROD date"
    ),
    Key.PRODUCTION_BATCH: (
        "生产日期/批号|生产日期及批号|生产日期和批号|生产日期、批号|生产日期(批号)|生产日期/批次|"
        "批号/生产日期|批号及生产日期|生产批号/日期"
    ),
    Key.EXPIRY: (
        "保质期至|有效期至|有效日期|到期日|到期日期|限用日期|限期使用日期|最佳食用日期|"
        "此日期前最佳食用|此日期前最佳|失效日期|EXP|EXP date|Expiry|Expiry date|Expiration date|"
        "Best before|Best before end|BB|Use by"
    ),
    Key.SHELF_LIFE: "保质期|保质期限|保存期|保存期限|有效期|Shelf life",
    Key.BATCH: (
        "批号|生产批号|产品批号|批次|批次号|批次编号|LOT|Lot No|Lot number|Batch|Batch No|"
        "Batch number"
    ),
    Key.LICENCE: (
        "食品生产许可证编号|生产许可证编号|许可证号|许可证编号|生产许可证号|食品生产许可证号"
    ),
    Key.STANDARD: (
        "产品标准号|产品标准代号|执行标准|执行标准号|标准代号|产品执行标准|标准号|"
        "Product standard|Executive standard|Standard"
    ),
    Key.NET_CONTENT: "净含量|净重|净含量/规格|规格|Net Wt|Net weight|Net content|Net contents|NET",
    Key.INGREDIENTS: "配料|配料表|原料|原辅料|原料与辅料|Ingredients",
    Key.PRODUCER_NAME: (
        "生产者|生产商|制造商|生产企业|生产单位|生产厂家|委托方|受委托方|被委托方|委托单位|"
        "受委托生产企业|被委托生产企业|委托企业|经销商|分装商|Manufacturer|Producer|"
        "Manufactured by|Produced by"
    ),
    Key.PRODUCER_ADDRESS: "地址|生产地址|产地地址|厂址|生产厂址|企业地址|公司地址|Address",
    Key.PRODUCER_CONTACT: (
        "联系方式|电话|联系电话|服务热线|客服热线|客服电话|咨询电话|热线|传真|Tel|Telephone|Phone|"
        "Hotline|Fax"
    ),
    Key.STORAGE: (
        "贮存条件|储存条件|贮藏条件|储藏条件|储存方法|贮存方法|贮藏方法|储藏方法|保存条件|"
        "保存方法|保存方式|储存方式|贮存方式|存储条件|Storage|Storage conditions"
    ),
    Key.OTHER: (
        "产品名称|食品名称|品名|产品类型|产品类别|食品类别|产地|原产地|营养成分表|食用方法|"
        "使用方法|注意事项|温馨提示|致敏物质提示|过敏原信息|质量等级|Product name|Origin"
    ),
}
# Storage words that also occur inside sentences (常温保存): they mark the storage element but
# do not end the value of the key before them.
_STORAGE_WORDS = re.compile("贮存|储存|贮藏|储藏|保存")


def _canonical(key: str) -> str:
    return re.sub(r"[\s.]", "", key).casefold()


def _key_pattern(word: str) -> str:
    glue = r"[\s.]*" if word.isascii() else r"\s*"
    body = glue.join(re.escape(char) for char in word if not char.isspace())
    if word[0].isascii() and word[0].isalpha():
        body = r"(?<![A-Za-z])" + body
    if word[-1].isascii() and word[-1].isalpha():
        body += r"(?![A-Za-z])"
    return body


_KEY_KINDS = {
    _canonical(word): kind for kind, words in _KEY_WORDS.items() for word in words.split("|")
}
# Longest first: at one position 保质期至 must win over 保质期, 生产日期/批号 over 生产日期.
_KEYS = re.compile(
    "|".join(_key_pattern(w) for w in sorted(_KEY_KINDS, key=len, reverse=True)),
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class KeyedValue:
    """A key found on a line and the text after it, up to the next key."""

    key: Key
    value: str


@dataclass(frozen=True, slots=True)
class SplitLine:
    """A line cut at its keys: the text before the first key, then each key and its value."""

    lead: str
    values: tuple[KeyedValue, ...]
    mentions_storage: bool


def split_line(text: str) -> SplitLine:
    """Cut a normalised line at its keys ("生产日期：2026.03.15 保质期：12个月" gives two)."""
    matches = list(_KEYS.finditer(text))
    ends = [match.start() for match in matches[1:]] + [len(text)] * bool(matches)
    values = tuple(
        KeyedValue(_KEY_KINDS[_canonical(match.group())], text[match.end() : end])
        for match, end in zip(matches, ends, strict=True)
    )
    lead = text[: matches[0].start()] if matches else text
    unkeyed = _KEYS.sub(" ", text)
    return SplitLine(lead, values, _STORAGE_WORDS.search(unkeyed) is not None)
