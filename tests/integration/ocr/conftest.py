"""One real OCR engine for the module's tests (its models load in about a second)."""

from collections.abc import Iterator

import pytest

from qc_station.adapters.ocr import RapidLabelReader


@pytest.fixture(scope="session")
def reader() -> Iterator[RapidLabelReader]:
    engine = RapidLabelReader()
    engine.warm_up()
    yield engine
