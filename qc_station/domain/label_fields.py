"""The fields of a Chinese food back label (GB 7718), read from its OCR text lines.

``extract_fields`` takes the lines an OCR returned, in reading order, and finds the production
date, the printed expiry, the shelf life, the batch, the SC licence, the product standard and the
net content, and which GB 7718 mandatory elements the label carries. A value is read after its
key on the same line ("生产日期：2026.03.15"), or on the next line when the key ends its line.

When the production date points elsewhere (生产日期：见喷码), the inkjet code is often in the
same photo: a date on text that belongs to no key is then taken as the production date, a second
such date as the expiry and a batch-like token after the first date as the batch.
``merge_inkjet`` reads a separately photographed inkjet code the same way.
"""

import calendar
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum

from qc_station.domain.errors import DomainError
from qc_station.domain.label_patterns import (
    Key,
    SplitLine,
    batch_after,
    find_batch,
    find_dates,
    find_glued_code,
    find_licence,
    find_net_content,
    find_period,
    find_standards,
    is_batch,
    is_blank,
    is_label_standard,
    is_quantity,
    normalise,
    points_elsewhere,
    split_line,
    without_dates,
)


class ShelfLifeUnit(StrEnum):
    """The unit a shelf life is printed in."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


_DESCRIBE = {ShelfLifeUnit.DAY: "天", ShelfLifeUnit.MONTH: "个月", ShelfLifeUnit.YEAR: "年"}


def _add_months(start: date, months: int) -> date:
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(start.day, last_day))


@dataclass(frozen=True, slots=True)
class ShelfLife:
    """A shelf life as printed: 12个月, 180天, 2年."""

    value: int
    unit: ShelfLifeUnit

    def __post_init__(self) -> None:
        if self.value <= 0:
            raise DomainError("shelf_life.not_positive", str(self.value))

    def expiry_from(self, production: date) -> date:
        """The last good day for goods made on ``production``.

        That is production + the period - 1 day, so that ``total_life_days`` of the two dates
        is the period in days. A month or a year later is the same day number (clamped to the
        month's last day: 31 Jan + 1 month is 28/29 Feb).
        """
        if self.unit is ShelfLifeUnit.DAY:
            return production + timedelta(days=self.value - 1)
        months = self.value * (12 if self.unit is ShelfLifeUnit.YEAR else 1)
        return _add_months(production, months) - timedelta(days=1)

    def days_range(self) -> tuple[int, int]:
        """Inclusive bounds of the days this period can span, to compare with a shelf life
        kept in days (a SKU master): 12 months is anything from 362 to 369 days."""
        n = self.value
        if self.unit is ShelfLifeUnit.DAY:
            return n, n
        if self.unit is ShelfLifeUnit.MONTH:
            return n * 365 // 12 - 3, -(-n * 366 // 12) + 3
        return 365 * n, 366 * n + 1

    def describe(self) -> str:
        """The period as a Chinese label prints it: "12个月", "180天", "2年"."""
        return f"{self.value}{_DESCRIBE[self.unit]}"


class LabelElement(StrEnum):
    """The mandatory elements of a prepackaged food label (GB 7718), in canonical order."""

    INGREDIENTS = "ingredients"
    NET_CONTENT = "net_content"
    PRODUCER = "producer"
    PRODUCTION_DATE = "production_date"
    SHELF_LIFE = "shelf_life"
    STORAGE = "storage"
    LICENCE = "licence"
    STANDARD = "standard"


PRODUCER_PARTS = ("name", "address", "contact")
# The fields a label gives, as ``LabelFields`` attribute names, in the CLI contract's order.
FIELD_NAMES = (
    "production_date",
    "expiry_date",
    "shelf_life",
    "batch",
    "sc_licence",
    "standard_code",
    "net_content",
)
_PART_KEYS = {
    "name": Key.PRODUCER_NAME,
    "address": Key.PRODUCER_ADDRESS,
    "contact": Key.PRODUCER_CONTACT,
}


@dataclass(frozen=True, slots=True)
class LabelFields:
    """What a label says, as far as its OCR text could be read; a field not found is ``None``.

    ``sources`` maps a field's attribute name to the index of the OCR line its value was read
    from (the next line when the key ended its line). Fields merged from a separate inkjet
    photo (``merge_inkjet``) have negative indices: ``-1 - i`` for inkjet line ``i``.
    """

    production_date: date | None = None
    expiry_date: date | None = None  # printed on the label (保质期至, 有效期至, EXP...)
    shelf_life: ShelfLife | None = None
    batch: str | None = None
    sc_licence: str | None = None  # "SC" + 14 digits
    standard_code: str | None = None  # "GB/T 23969", "GB 19295", "Q/HZB 0001S"
    net_content: str | None = None  # "250g", "1.5L", "500mL", "2kg"
    production_date_on_inkjet: bool = False  # the label points elsewhere (见喷码, 见瓶底...)
    elements_present: frozenset[LabelElement] = frozenset()
    producer_parts_missing: tuple[str, ...] = ()  # of PRODUCER_PARTS
    sources: Mapping[str, int] = field(default_factory=dict, hash=False)

    @property
    def elements_missing(self) -> tuple[LabelElement, ...]:
        """The GB 7718 elements not found on the label, in canonical order."""
        return tuple(e for e in LabelElement if e not in self.elements_present)

    @property
    def derived_expiry(self) -> date | None:
        """The printed expiry, else production date + shelf life, else ``None``."""
        if self.expiry_date is not None:
            return self.expiry_date
        if self.production_date is None or self.shelf_life is None:
            return None
        try:
            return self.shelf_life.expiry_from(self.production_date)
        except OverflowError:
            return None


@dataclass(slots=True)
class _Draft:
    """The fields found so far; the first value found for a field is kept."""

    production_date: date | None = None
    expiry_date: date | None = None
    shelf_life: ShelfLife | None = None
    batch: str | None = None
    sc_licence: str | None = None
    net_content: str | None = None
    on_inkjet: bool = False
    mentions_storage: bool = False
    keys: set[Key] = field(default_factory=set)
    standards: list[tuple[str, int]] = field(default_factory=list)
    loose_standards: list[tuple[str, int]] = field(default_factory=list)
    sources: dict[str, int] = field(default_factory=dict)

    def put(self, name: str, value: object, line: int) -> None:
        if value is not None and getattr(self, name) is None:
            setattr(self, name, value)
            self.sources[name] = line


def _read_code(draft: _Draft, text: str, line: int) -> None:
    """An inkjet code: the production date, then maybe an expiry, then maybe a batch."""
    hits = find_dates(text)
    if not hits:
        return
    draft.put("production_date", hits[0].value, line)
    if len(hits) > 1:
        draft.put("expiry_date", hits[1].value, line)
    draft.put("batch", batch_after(text, hits[0].end), line)


def _production(draft: _Draft, value: str, line: int) -> None:
    if points_elsewhere(value):
        draft.on_inkjet = True
        _read_code(draft, value, line)
        return
    hits = find_dates(value)
    if hits:
        draft.put("production_date", hits[0].value, line)


def _production_batch(draft: _Draft, value: str, line: int) -> None:
    _production(draft, value, line)
    hits = find_dates(value)
    draft.put("batch", batch_after(value, hits[0].end) if hits else find_batch(value), line)


def _period(value: str) -> ShelfLife | None:
    period = find_period(without_dates(value))
    return None if period is None else ShelfLife(period[0], ShelfLifeUnit(period[1]))


def _expiry(draft: _Draft, value: str, line: int) -> None:
    hits = find_dates(value)
    if hits:
        draft.put("expiry_date", hits[0].value, line)
    else:
        draft.put("shelf_life", _period(value), line)


def _shelf_life(draft: _Draft, value: str, line: int) -> None:
    draft.put("shelf_life", _period(value), line)
    hits = find_dates(value)  # 保质期：2027年03月14日 is an expiry, printed after the wrong key
    if hits:
        draft.put("expiry_date", hits[0].value, line)


def _standard(draft: _Draft, value: str, line: int) -> None:
    draft.standards.extend((code, line) for code in find_standards(value))


_READERS: dict[Key, Callable[[_Draft, str, int], None]] = {
    Key.PRODUCTION: _production,
    Key.PRODUCTION_BATCH: _production_batch,
    Key.EXPIRY: _expiry,
    Key.SHELF_LIFE: _shelf_life,
    Key.BATCH: lambda draft, value, line: draft.put("batch", find_batch(value), line),
    Key.STANDARD: _standard,
    Key.NET_CONTENT: lambda d, value, line: d.put("net_content", find_net_content(value), line),
}


def _read_keyed(draft: _Draft, split: list[SplitLine]) -> set[int]:
    """Read every key's value; the indices of the lines whose lead was taken as a value."""
    taken: set[int] = set()
    for index, line in enumerate(split):
        draft.mentions_storage |= line.mentions_storage
        for position, keyed in enumerate(line.values):
            value, source = keyed.value, index
            ends_line = position == len(line.values) - 1
            if is_blank(value) and ends_line and index + 1 < len(split):
                lead = split[index + 1].lead
                if not is_blank(lead):
                    value, source = lead, index + 1
                    taken.add(source)
            draft.keys.add(keyed.key)
            reader = _READERS.get(keyed.key)
            if reader is not None:
                reader(draft, value, source)
    return taken


def _read_anywhere(draft: _Draft, texts: list[str]) -> set[int]:
    """The licence and unkeyed standard codes; the indices of the lines holding a licence."""
    with_licence: set[int] = set()
    for index, text in enumerate(texts):
        licence = find_licence(text)
        if licence is not None:
            with_licence.add(index)
            draft.put("sc_licence", licence, index)
        draft.loose_standards.extend((code, index) for code in find_standards(text))
    return with_licence


def _read_unkeyed_code(draft: _Draft, leads: dict[int, str]) -> None:
    """Dates on text of no key: the first is the production date, a second the expiry. The
    batch follows the first date, on its line or alone on the next line of no key (keyed
    lines from another column of the label may come between)."""
    dates = [(index, text, hit) for index, text in leads.items() for hit in find_dates(text)]
    if not dates:
        _read_glued_code(draft, leads)
        return
    index, text, first = dates[0]
    draft.put("production_date", first.value, index)
    draft.put("batch", batch_after(text, first.end), index)
    after = ((i, lead.strip().upper()) for i, lead in leads.items() if i > index)
    next_lead = next(((i, lead) for i, lead in after if not is_blank(lead)), None)
    if next_lead is not None and is_batch(next_lead[1]) and not is_quantity(next_lead[1]):
        draft.put("batch", next_lead[1], next_lead[0])
    if len(dates) > 1:
        draft.put("expiry_date", dates[1][2].value, dates[1][0])


def _read_glued_code(draft: _Draft, leads: dict[int, str]) -> None:
    """No date stands apart: maybe one is run into its batch (the OCR missed the gap)."""
    for index, text in leads.items():
        glued = find_glued_code(text)
        if glued is not None:
            draft.put("production_date", glued[0].value, index)
            draft.put("batch", glued[1], index)
            return


def _choose_standard(draft: _Draft) -> tuple[str, int] | None:
    """The first product standard and its line, keyed ones first; GB 7718/28050 only alone."""
    candidates = draft.standards + draft.loose_standards
    chosen = next((c for c in candidates if not is_label_standard(c[0])), None)
    return chosen or (candidates[0] if candidates else None)


def _elements(draft: _Draft) -> tuple[frozenset[LabelElement], tuple[str, ...]]:
    keys = draft.keys
    missing_parts = tuple(part for part in PRODUCER_PARTS if _PART_KEYS[part] not in keys)
    present = {
        LabelElement.INGREDIENTS: Key.INGREDIENTS in keys,
        LabelElement.NET_CONTENT: Key.NET_CONTENT in keys or draft.net_content is not None,
        LabelElement.PRODUCER: not missing_parts,
        LabelElement.PRODUCTION_DATE: draft.production_date is not None,
        LabelElement.SHELF_LIFE: draft.shelf_life is not None or draft.expiry_date is not None,
        LabelElement.STORAGE: Key.STORAGE in keys or draft.mentions_storage,
        LabelElement.LICENCE: draft.sc_licence is not None,
        LabelElement.STANDARD: bool(draft.standards or draft.loose_standards),
    }
    return frozenset(e for e, found in present.items() if found), missing_parts


def _read(lines: Sequence[str], *, code_photo: bool) -> _Draft:
    texts = [normalise(line) for line in lines]
    split = [split_line(text) for text in texts]
    draft = _Draft()
    taken = _read_keyed(draft, split)
    taken |= _read_anywhere(draft, texts)
    if (draft.on_inkjet or code_photo) and draft.production_date is None:
        leads = {i: line.lead for i, line in enumerate(split) if i not in taken}
        _read_unkeyed_code(draft, leads)
    return draft


def extract_fields(lines: Sequence[str]) -> LabelFields:
    """The label fields in the OCR ``lines`` (reading order); never raises, whatever the text."""
    draft = _read(lines, code_photo=False)
    present, missing_parts = _elements(draft)
    standard = _choose_standard(draft)
    sources = dict(draft.sources)
    if standard is not None:
        sources["standard_code"] = standard[1]
    return LabelFields(
        production_date=draft.production_date,
        expiry_date=draft.expiry_date,
        shelf_life=draft.shelf_life,
        batch=draft.batch,
        sc_licence=draft.sc_licence,
        standard_code=None if standard is None else standard[0],
        net_content=draft.net_content,
        production_date_on_inkjet=draft.on_inkjet,
        elements_present=present,
        producer_parts_missing=missing_parts,
        sources=sources,
    )


def merge_inkjet(fields: LabelFields, inkjet_lines: Sequence[str]) -> LabelFields:
    """``fields`` with the production date read from a separately photographed inkjet code.

    The inkjet's production date replaces the label's (the inspector photographed the code
    because the label points to it); its expiry and batch are taken only where the label gave
    none. The inkjet may carry keys ("PRD 20260315 EXP 20270314") or none ("20260315 B2").
    Sources of merged fields are ``-1 - i`` for inkjet line ``i``; the production-date and
    shelf-life elements are recomputed.
    """
    code = _read(inkjet_lines, code_photo=True)
    sources = dict(fields.sources)
    production, expiry, batch = fields.production_date, fields.expiry_date, fields.batch
    if code.production_date is not None:
        production = code.production_date
        sources["production_date"] = -1 - code.sources["production_date"]
    if expiry is None and code.expiry_date is not None:
        expiry = code.expiry_date
        sources["expiry_date"] = -1 - code.sources["expiry_date"]
    if batch is None and code.batch is not None:
        batch = code.batch
        sources["batch"] = -1 - code.sources["batch"]
    present = set(fields.elements_present) - {
        LabelElement.PRODUCTION_DATE,
        LabelElement.SHELF_LIFE,
    }
    if production is not None:
        present.add(LabelElement.PRODUCTION_DATE)
    if fields.shelf_life is not None or expiry is not None:
        present.add(LabelElement.SHELF_LIFE)
    return replace(
        fields,
        production_date=production,
        expiry_date=expiry,
        batch=batch,
        elements_present=frozenset(present),
        sources=sources,
    )
