"""The lab sampling report's data from a real store, its PDF, and its words against the UI's."""

import shutil
import subprocess
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from qc_station.adapters.db.store import SqliteStore
from qc_station.adapters.pdf.lab_report_pdf import ReportPathError, render_lab_report
from qc_station.adapters.pdf.lab_report_words import WORDS, factor_text
from qc_station.adapters.pin_hasher import Argon2PinHasher
from qc_station.domain.catalogue import RiskLevel, Sku, StorageCondition
from qc_station.domain.gtin import make_gtin13
from qc_station.domain.lab import (
    Accreditation,
    LabItemResult,
    LabResult,
    LabSampleStatus,
    SelectionReason,
)
from qc_station.domain.lab_tests import LAB_TEST_ITEMS
from qc_station.domain.lot import Lot, LotStatus
from qc_station.domain.risk import RiskFactor
from qc_station.domain.users import Role, User
from qc_station.errors import InputError
from qc_station.paths import resources_dir
from qc_station.services.lab_report import LabReportData, lab_report_data
from qc_station.services.lab_service import ReportEntry
from tests.helpers.station import StationKit, make_station

SHANGHAI = timezone(timedelta(hours=8))
FAILING = (
    LabItemResult("aflatoxin_m1", "≤ 0.5 μg/kg", "未检出", True, "GB 5009.24"),
    LabItemResult("melamine", "≤ 2.5 mg/kg", "3.1 mg/kg", False, "GB/T 22388"),
    LabItemResult("protein", "≥ 2.9 g/100g", "2.4 g/100g", False, "GB 5009.5"),
)


@pytest.fixture(scope="module")
def migrated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("migrated")
    SqliteStore.open(root / "station.sqlite", root / "backups").close()
    return root / "station.sqlite"


@pytest.fixture(scope="module")
def kit(tmp_path_factory: pytest.TempPathFactory, migrated: Path) -> Iterator[StationKit]:
    """Three samples: A failed (12-02 local), B open and C cancelled (12-04 local, 01:30)."""
    root = tmp_path_factory.mktemp("station")
    shutil.copyfile(migrated, root / "station.sqlite")
    made = make_station(root, seeds=lambda: 153, sampling_hook=False)  # 153: never drawn
    boss = User(str(uuid.uuid4()), "lihua", "李华", Role.SUPERVISOR)
    with made.store.uow() as uow:
        uow.users.add(boss, Argon2PinHasher.fast().hash("2468"))
        uow.commit()
    _fail_the_milk(made, boss)
    made.clock.current = datetime(2026, 12, 3, 17, 30, tzinfo=UTC)  # 12-04 01:30 in Shanghai
    made.labs.override(_shirt_lot(made, "1111").id, True, "近期同类投诉", boss)
    made.clock.current += timedelta(minutes=1)
    cancelled_lot = _shirt_lot(made, "2222")
    made.labs.override(cancelled_lot.id, True, "复核批次", boss)
    (sample,) = made.labs.samples_of_lot(cancelled_lot.id)
    made.labs.cancel(sample.id, "商家召回,未寄出", boss)
    yield made
    made.store.close()


def _fail_the_milk(kit: StationKit, boss: User) -> None:
    kit.service.submit(kit.draft())  # a new high-risk SKU's first lot: always sampled
    (sample,) = kit.labs.samples_of_lot(kit.lot.id)
    kit.clock.current += timedelta(minutes=20)
    kit.labs.collect(sample.id, 2, 1, "QC-F-000123", kit.inspector)
    kit.clock.current += timedelta(hours=2)
    kit.labs.dispatch(sample.id, "谱尼测试集团", "顺丰速运", "SF1234567890123", kit.inspector)
    kit.clock.current += timedelta(days=1)
    kit.labs.receive(sample.id, kit.clock.now() - timedelta(hours=3), True, "", kit.inspector)
    marks = frozenset({Accreditation.CNAS, Accreditation.CMA})
    kit.labs.record_result(sample.id, ReportEntry("PONY-2026-1201", "", marks, FAILING), boss)


def _shirt_lot(kit: StationKit, item: str) -> Lot:
    sku = Sku(
        str(uuid.uuid4()),
        "0" + make_gtin13("69010280" + item),
        f"纯棉T恤 {item}",
        kit.milk.merchant_id,
        "apparel",  # low risk: never drawn by a rule, so a supervisor's choice is an override
        None,
        StorageCondition.AMBIENT,
        RiskLevel.LOW,
    )
    lot = Lot(str(uuid.uuid4()), sku.id, f"T{item}", None, None, 240)
    with kit.store.uow() as uow:
        uow.skus.add(sku)
        uow.lots.add(lot)
        uow.commit()
    return lot


def _report(kit: StationKit, start: date, end: date) -> LabReportData:
    return lab_report_data(kit.store.uow, start, end, SHANGHAI)


# --- the data ------------------------------------------------------------------------------


def test_samples_belong_to_the_local_day_they_were_selected(kit: StationKit) -> None:
    first = _report(kit, date(2026, 12, 2), date(2026, 12, 3))
    assert [r.code for r in first.rows] == ["HZ01-QC03-261202-001"]
    later = _report(kit, date(2026, 12, 4), date(2026, 12, 4))  # 12-03 17:30 UTC is 12-04 here
    assert [r.status for r in later.rows] == [LabSampleStatus.SELECTED, LabSampleStatus.CANCELLED]
    everything = _report(kit, date(2026, 12, 1), date(2026, 12, 4))
    assert [r.code for r in everything.rows] == [r.code for r in (*first.rows, *later.rows)]
    assert _report(kit, date(2026, 12, 5), date(2026, 12, 31)).rows == ()
    in_utc = lab_report_data(kit.store.uow, date(2026, 12, 3), date(2026, 12, 3), UTC)
    assert len(in_utc.rows) == 2  # the same instants on UTC days


def test_a_failed_sample_carries_its_decision_custody_and_failed_items(kit: StationKit) -> None:
    (row,) = _report(kit, date(2026, 12, 2), date(2026, 12, 2)).rows
    selection = kit.labs.selection(kit.lot.id)
    assert selection is not None
    assert (row.sku_name, row.gtin, row.batch) == ("纯牛奶 250ml×12盒", kit.milk.gtin, "20261122A1")
    assert row.merchant == "杭州乳业有限公司"
    assert row.status is LabSampleStatus.RESULTED and row.result is LabResult.FAIL
    assert row.lot_status is LotStatus.REJECTED and not row.holds_lot
    assert row.selection_reason == SelectionReason.NEW_HIGH_RISK_SKU
    assert (row.risk_score, row.risk_level) == (selection.risk.score, selection.risk.level)
    assert row.top_factors == selection.risk.factors[:3]
    points = [f.points for f in row.top_factors]
    assert points == sorted(points, reverse=True)
    assert [(i.item_code, i.requirement, i.measured) for i in row.failed_items] == [
        ("melamine", "≤ 2.5 mg/kg", "3.1 mg/kg"),
        ("protein", "≥ 2.9 g/100g", "2.4 g/100g"),
    ]
    assert (row.lab_name, row.report_no, row.accreditations) == (
        "谱尼测试集团",
        "PONY-2026-1201",
        ("CMA", "CNAS"),
    )
    c = row.custody
    assert c.selected == datetime(2026, 12, 2, 10, 0, tzinfo=SHANGHAI)
    assert c.selected.utcoffset() == timedelta(hours=8)
    assert c.collected is not None and c.dispatched is not None
    assert c.received is not None and c.resulted is not None and c.closed is None
    assert c.selected < c.collected < c.dispatched < c.resulted and c.received < c.resulted
    assert row.days_to_result == pytest.approx(1 + (2 + 20 / 60) / 24)


def test_override_and_cancel_are_on_their_rows(kit: StationKit) -> None:
    opened, cancelled = _report(kit, date(2026, 12, 4), date(2026, 12, 4)).rows
    assert opened.selection_reason == SelectionReason.OVERRIDE
    assert opened.selection_note == "近期同类投诉"
    assert opened.holds_lot and opened.lot_status is LotStatus.HELD and opened.result is None
    assert cancelled.cancel_reason == "商家召回,未寄出" and cancelled.custody.closed is not None
    assert not cancelled.holds_lot


def test_totals_of_the_period(kit: StationKit) -> None:
    totals = _report(kit, date(2026, 12, 1), date(2026, 12, 4)).totals
    assert totals.samples == 3
    assert list(totals.by_status) == list(LabSampleStatus)
    assert {s: n for s, n in totals.by_status.items() if n} == {
        LabSampleStatus.SELECTED: 1,
        LabSampleStatus.RESULTED: 1,
        LabSampleStatus.CANCELLED: 1,
    }
    assert totals.by_result == {"pass": 0, "fail": 1, "waiting": 1}  # cancelled: no result
    ((merchant, failed, resulted),) = [
        (f.merchant, f.failed, f.resulted) for f in totals.failures_by_merchant
    ]
    assert (merchant, failed, resulted) == ("杭州乳业有限公司", 1, 1)
    assert totals.median_days_to_result == pytest.approx(1 + (2 + 20 / 60) / 24)
    assert totals.resulted == 1
    assert (totals.open_samples, totals.lots_held) == (1, 1)


def test_an_empty_period_and_a_backwards_one(kit: StationKit) -> None:
    empty = _report(kit, date(2025, 1, 1), date(2025, 1, 31)).totals
    assert (empty.samples, empty.median_days_to_result, empty.failures_by_merchant) == (0, None, ())
    assert empty.by_result == {"pass": 0, "fail": 0, "waiting": 0}
    with pytest.raises(InputError):
        _report(kit, date(2026, 12, 4), date(2026, 12, 1))


# --- the PDF -------------------------------------------------------------------------------


def _text(pdf: Path) -> str:
    result = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_pdf_words_a_failure_with_a_mark_and_the_lots_fate(
    kit: StationKit, tmp_path: Path, language: str
) -> None:
    data = _report(kit, date(2026, 12, 1), date(2026, 12, 4))
    target = tmp_path / "lab.pdf"
    at = datetime(2026, 12, 5, 9, 0, tzinfo=SHANGHAI)
    pages = render_lab_report(data, target, language, "HZ01 · HZ01-QC03", at)
    assert pages >= 1
    raw = target.read_bytes()
    assert raw.startswith(b"%PDF-") and b"FontFile2" in raw  # the CJK font is embedded
    assert [p.name for p in tmp_path.iterdir()] == ["lab.pdf"]  # no temporary file left
    if shutil.which("pdftotext") is None:
        return
    text = _text(target)
    words = WORDS[language]
    assert "送检样品报告" in text and "HZ01-QC03-261202-001" in text
    assert f"✗ {words.result['fail']}" in text
    assert words.item["melamine"] in text and "3.1 mg/kg" in text and "≤ 2.5 mg/kg" in text
    assert words.labels["fate"].format(status=words.lot_status["rejected"]) in text
    assert "近期同类投诉" in text  # the supervisor's reason for the override
    if language == "zh_CN":  # (the English words wrap in their column)
        assert words.reason["override"] in text
    page = "第 1/{n} 页" if language == "zh_CN" else "Page 1 of {n}"
    assert page.format(n=pages) in text


def test_a_pdf_that_cannot_be_written_leaves_nothing(kit: StationKit, tmp_path: Path) -> None:
    data = _report(kit, date(2026, 12, 1), date(2026, 12, 4))
    with pytest.raises(ReportPathError):
        render_lab_report(data, tmp_path / "missing" / "lab.pdf")
    with pytest.raises(ReportPathError):
        render_lab_report(data, tmp_path)  # a folder
    with pytest.raises(InputError):
        render_lab_report(data, tmp_path / "lab.pdf", language="fr")
    assert list(tmp_path.iterdir()) == []


# --- the words, against the screens' -------------------------------------------------------


def _zh_translations() -> dict[str, str]:
    """Source text -> zh_CN translation of the ``lab`` context (a plural's one form)."""
    tree = ET.parse(resources_dir() / "translations" / "qc_station_zh_CN.ts")
    found = {}
    for context in tree.getroot():
        if context.findtext("name") != "lab":
            continue
        for message in context.findall("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = translation.findall("numerusform")
            found[message.findtext("source") or ""] = (
                forms[0].text if forms else translation.text
            ) or ""
    return found


def test_the_report_words_are_the_screens_words() -> None:
    lab_words = pytest.importorskip("qc_station.ui.lab_words")  # no translator: the sources
    en, zh, ts = WORDS["en"], WORDS["zh_CN"], _zh_translations()
    for status in LabSampleStatus:
        assert en.status[status.value] == lab_words.status_text(status)
    for reason in SelectionReason:
        assert en.reason[reason.value] == lab_words.reason_text(reason.value)
    assert en.result == {
        "pass": lab_words.result_text(LabResult.PASS),
        "fail": lab_words.result_text(LabResult.FAIL),
        "waiting": lab_words.result_text(None),
    }
    for lot_status in LotStatus:
        assert en.lot_status[lot_status.value] == lab_words.lot_status_text(lot_status)
    for level in RiskLevel:
        assert en.level[level.value] == lab_words.level_text(level)
    for item in LAB_TEST_ITEMS:
        assert en.item[item.code] == lab_words.lab_item_text(item.code)
    for code in en.factor:
        factor = RiskFactor(code, 2, 10)
        assert factor_text(en, factor) == lab_words.factor_text(factor)
    assert set(en.factor) == set(zh.factor)
    for table in ("status", "reason", "result", "lot_status", "level", "item", "factor"):
        english, chinese = getattr(en, table), getattr(zh, table)
        assert set(english) == set(chinese), table
        for code, source in english.items():
            assert chinese[code] == ts[source], (table, code)
    assert zh.factor_points == ts[en.factor_points]
