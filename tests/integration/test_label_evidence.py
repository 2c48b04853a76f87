"""A read label through the real store: the photo kept, the label saved with the inspection,
read back, sent in the outbox, never changed; and what the label proposes on the draft."""

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from qc_station.domain.inspection import CheckOutcome
from qc_station.domain.label_fields import LabelElement, ShelfLife, ShelfLifeUnit
from qc_station.domain.label_text import TextLine, TextRead
from qc_station.domain.shelf_life import ShelfLifeStatus
from qc_station.domain.stage import Stage
from qc_station.errors import InputError
from qc_station.services.inspection_service import evaluate
from qc_station.services.label_service import LabelService, apply_label
from qc_station.services.serialization import canonical_json, inspection_to_dict
from tests.helpers.station import StationKit, make_station

PHOTO = b"\xff\xd8\xff\xe0 a label photo"


class ScriptedReader:
    """The OCR port answering with fixed lines (the real OCR has its own tests)."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts

    def read(self, image: bytes) -> TextRead:
        if not image:
            raise InputError("the photo is empty")
        lines = tuple(
            TextLine(
                text,
                ((10, 10 + 40 * i), (400, 10 + 40 * i), (400, 40 + 40 * i), (10, 40 + 40 * i)),
                0.97,
            )
            for i, text in enumerate(self.texts)
        )
        return TextRead(lines, False, "scripted 1")


def label_texts(made: date, storage: bool = True) -> list[str]:
    texts = [
        "产品名称：纯牛奶",
        "配料：生牛乳",
        "净含量：250mL",
        "生产者：杭州乳业有限公司",
        "地址：浙江省杭州市余杭区良渚街道1号",
        "联系电话：0571-88886666",
        f"生产日期：{made:%Y年%m月%d日}",
        "保质期：6个月",
        "食品生产许可证编号：SC10633011000123",
        "产品标准代号：GB 25190",
        "批号：20261122A1",
    ]
    if storage:
        texts.append("贮存条件：常温避光保存")
    return texts


@pytest.fixture
def station(tmp_path: Path) -> Iterator[StationKit]:
    made = make_station(tmp_path)
    yield made
    made.store.close()


def _service(station: StationKit, texts: list[str]) -> LabelService:
    return LabelService(ScriptedReader(texts), station.service.store_photo)


def test_reading_keeps_the_photo_and_extracts_the_fields(station: StationKit) -> None:
    made = station.lot.production_date
    assert made is not None
    reading = _service(station, label_texts(made)).read(PHOTO)
    assert station.photos.read(reading.photo) == PHOTO
    assert station.rows(f"SELECT count(*) FROM photo WHERE sha256 = '{reading.photo}'") == [(1,)]
    assert reading.fields.production_date == made
    assert reading.fields.shelf_life == ShelfLife(6, ShelfLifeUnit.MONTH)
    assert reading.fields.elements_missing == ()


def test_a_photo_the_reader_refuses_keeps_nothing(station: StationKit) -> None:
    with pytest.raises(InputError):
        _service(station, []).read(b"")
    assert station.rows("SELECT count(*) FROM photo") == [(0,)]


def test_the_label_saved_with_the_inspection_reads_back_and_goes_in_the_outbox(
    station: StationKit,
) -> None:
    made = station.lot.production_date
    assert made is not None
    reading = _service(station, label_texts(made, storage=False)).read(PHOTO)
    accepted = replace(reading.fields, batch="20261122A1-X")  # the inspector corrected it
    context = station.service.context(station.milk.id, station.lot.id, Stage.INBOUND)
    draft, findings = apply_label(
        station.draft(), context, reading.evidence(accepted), None, station.clock.today()
    )
    assert findings.elements_missing == (LabelElement.STORAGE,)
    elements = draft.check("lbl.gb7718_elements")
    assert elements is not None and elements.defect_code == "LBL-GB7718-INCOMPLETE"
    saved = station.service.submit(draft)
    stored = station.service.get(saved.id)
    assert stored is not None and stored.label is not None
    assert stored.label.accepted.batch == "20261122A1-X"
    assert stored.label.read.batch == "20261122A1"
    assert stored.label.corrected == ("batch",)
    assert stored.label.lines == reading.text.lines
    assert stored.label.photo == reading.photo
    assert stored == saved
    (payload,) = station.rows(f"SELECT payload_json FROM outbox WHERE entity_id = '{saved.id}'")
    assert payload[0] == canonical_json(inspection_to_dict(saved))
    assert '"label":' in payload[0] and '"missing"' not in payload[0]


def test_a_saved_label_reading_cannot_be_changed_or_deleted(station: StationKit) -> None:
    made = station.lot.production_date
    assert made is not None
    reading = _service(station, label_texts(made)).read(PHOTO)
    context = station.service.context(station.milk.id, station.lot.id, Stage.INBOUND)
    draft, _ = apply_label(
        station.draft(), context, reading.evidence(reading.fields), None, station.clock.today()
    )
    saved = station.service.submit(draft)
    connection = sqlite3.connect(station.store.path)
    try:
        for sql in (
            f"UPDATE label_reading SET engine = 'forged' WHERE inspection_id = '{saved.id}'",
            f"DELETE FROM label_reading WHERE inspection_id = '{saved.id}'",
        ):
            with pytest.raises(sqlite3.IntegrityError, match="never changed"):
                connection.execute(sql)
    finally:
        connection.close()


def test_an_inspection_without_a_label_has_no_label_key_in_its_record(station: StationKit) -> None:
    saved = station.service.submit(station.draft())
    assert saved.label is None
    assert "label" not in inspection_to_dict(saved)
    assert station.rows("SELECT count(*) FROM label_reading") == [(0,)]


def test_a_label_expiry_judges_the_shelf_life_of_a_lot_without_dates(station: StationKit) -> None:
    undated = replace(
        station.lot, id="lot-undated", batch="B-UNDATED", production_date=None, expiry_date=None
    )
    with station.store.uow() as uow:
        uow.lots.add(undated)
        uow.commit()
    today = station.clock.today()
    old = today - timedelta(days=170)  # 6 months' life, 10 days left: inside no-receive
    reading = _service(station, label_texts(old)).read(PHOTO)
    context = station.service.context(station.milk.id, undated.id, Stage.INBOUND)
    draft = station.draft(lot_id=undated.id)
    assert evaluate(draft, context, today).shelf_life.status is ShelfLifeStatus.UNKNOWN
    labelled, _ = apply_label(draft, context, reading.evidence(reading.fields), None, today)
    assessment = evaluate(labelled, context, today).shelf_life
    assert assessment.status is ShelfLifeStatus.NO_RECEIVE
    shelf = labelled.check("sl.within_policy")
    assert shelf is not None and shelf.outcome is CheckOutcome.FAIL
    assert shelf.defect_code == "SL-NO-RECEIVE"
