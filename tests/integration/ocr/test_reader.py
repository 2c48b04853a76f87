"""The OCR adapter: boxes in photo coordinates, bad bytes refused, a blank photo is no text."""

import cv2
import numpy as np
import pytest

from qc_station.adapters.ocr import RapidLabelReader
from qc_station.adapters.ocr.self_check import check_label_ocr
from qc_station.bench.label_set import Condition, label_case
from qc_station.domain.label_text import TextRead
from qc_station.errors import InputError


def _png(image: np.ndarray) -> bytes:
    ok, data = cv2.imencode(".png", image)
    assert ok
    return data.tobytes()


def test_lines_come_with_boxes_inside_the_photo_and_scores(reader: RapidLabelReader) -> None:
    case = next(label_case(i) for i in range(7) if label_case(i).condition is Condition.CLEAN)
    text = reader.read(_png(case.image))
    height, width = case.image.shape[:2]
    assert len(text.lines) >= 8
    assert not text.upside_down
    assert text.engine.startswith("rapidocr ")
    for line in text.lines:
        assert line.text.strip()
        assert 0.5 <= line.score <= 1.0
        for x, y in line.box:
            assert -2 <= x <= width + 2 and -2 <= y <= height + 2
    tops = [min(y for _x, y in line.box) for line in text.lines]
    assert tops[0] <= tops[-1]  # reading order runs down the label


@pytest.mark.parametrize("data", [b"", b"not an image at all", b"\x89PNG\r\n\x1a\n" + b"\0" * 40])
def test_bytes_that_are_no_image_are_refused_with_a_clear_error(
    reader: RapidLabelReader, data: bytes
) -> None:
    with pytest.raises(InputError, match=r"image|empty"):
        reader.read(data)


def test_a_blank_photo_has_no_text(reader: RapidLabelReader) -> None:
    blank = np.full((480, 640, 3), 200, dtype=np.uint8)
    assert reader.read(_png(blank)).lines == ()


def test_the_self_test_reads_its_own_chinese_sample(reader: RapidLabelReader) -> None:
    ok, detail = check_label_ocr(reader)
    assert ok, detail
    assert "2026年03月15日" in detail


def test_the_self_test_fails_when_the_date_is_not_read() -> None:
    class Blind(RapidLabelReader):
        def read_array(self, image: np.ndarray) -> TextRead:
            return TextRead((), False, "blind 0")

    ok, detail = check_label_ocr(Blind())
    assert not ok and "(no text)" in detail
