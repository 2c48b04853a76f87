"""The factory, AutoDecoder's fallback policy, merging and retail text rules."""

import numpy as np
import pytest

from qc_station.adapters.decoding.auto import AutoDecoder, make_decoder
from qc_station.adapters.decoding.merge import merge_results
from qc_station.adapters.decoding.port import BarcodeDecoder
from qc_station.adapters.decoding.retail import retail_text, upce_to_upca
from qc_station.adapters.decoding.zbar_decoder import ZbarDecoder
from qc_station.adapters.decoding.zxing_decoder import ZxingDecoder
from qc_station.domain.barcode import DecodedSymbol
from qc_station.domain.gtin import is_valid_gtin
from qc_station.errors import InputError

BOX = ((10, 10), (110, 10), (110, 60), (10, 60))
ELSEWHERE = ((500, 500), (600, 500), (600, 550), (500, 550))
IMAGE = np.zeros((4, 4), np.uint8)


def sym(symbology: str, text: str, corners: tuple = BOX) -> DecodedSymbol:
    return DecodedSymbol(symbology, text, False, corners)


class Fixed:
    """A decoder that always reports the same symbols and counts its calls."""

    def __init__(self, *found: DecodedSymbol) -> None:
        self.found = list(found)
        self.calls = 0

    def decode(self, image: np.ndarray) -> list[DecodedSymbol]:
        self.calls += 1
        return list(self.found)


@pytest.mark.parametrize("backend", ["auto", "zxing", "zbar"])
@pytest.mark.parametrize("profile", ["live", "still"])
def test_factory_builds_every_backend_and_profile(backend: str, profile: str) -> None:
    decoder: BarcodeDecoder = make_decoder(backend, profile)
    assert decoder.decode(np.full((50, 50), 255, np.uint8)) == []
    expected = {"auto": AutoDecoder, "zxing": ZxingDecoder, "zbar": ZbarDecoder}[backend]
    assert isinstance(decoder, expected)


@pytest.mark.parametrize(("backend", "profile"), [("zxingcpp", "still"), ("auto", "fast")])
def test_factory_rejects_unknown_names(backend: str, profile: str) -> None:
    with pytest.raises(InputError, match="unknown decoder"):
        make_decoder(backend, profile)


def test_fallback_runs_always_in_still_mode() -> None:
    zbar = Fixed(sym("EAN13", "4006381333931", ELSEWHERE))
    auto = AutoDecoder(Fixed(sym("EAN13", "6901234567892")), zbar)
    found = auto.decode(IMAGE)
    assert [s.text for s in found] == ["6901234567892", "4006381333931"]
    assert zbar.calls == 1


def test_live_fallback_skips_frames_with_retail_and_runs_one_in_n() -> None:
    zbar = Fixed(sym("UPCE", "012345000065"))
    with_retail = AutoDecoder(
        Fixed(sym("EAN8", "96385074")), zbar, fallback_every=3, only_without_retail=True
    )
    for _ in range(4):
        assert [s.text for s in with_retail.decode(IMAGE)] == ["96385074"]
    assert zbar.calls == 0
    qr_only = Fixed(sym("QRCode", "x"))
    without = AutoDecoder(qr_only, zbar, fallback_every=3, only_without_retail=True)
    results = [len(without.decode(IMAGE)) for _ in range(6)]
    assert results == [2, 1, 1, 2, 1, 1]
    assert zbar.calls == 2
    with pytest.raises(ValueError, match="fallback_every"):
        AutoDecoder(zbar, zbar, fallback_every=0)


def test_merge_keeps_one_result_per_symbol_and_the_first_readers_text() -> None:
    zx = [sym("QRCode", "正确"), sym("Code128", "ABC")]
    zb = [sym("QRCode", "姝ｇ‘"), sym("Code128", "ABC", ((12, 30), (108, 30), (108, 31), (12, 31)))]
    assert merge_results([zx, zb]) == zx


def test_merge_keeps_a_small_qr_inside_a_big_one() -> None:
    inner = sym("QRCode", "inner", ((40, 20), (60, 20), (60, 40), (40, 40)))
    outer = sym("QRCode", "outer")
    assert merge_results([[outer, inner], [outer]]) == [outer, inner]


def test_merge_votes_on_retail_and_drops_a_tie() -> None:
    right, wrong = sym("UPCA", "075720003259"), sym("EAN13", "1077778003259")
    assert merge_results([[wrong], [right]]) == []
    assert merge_results([[wrong, right], [sym("EAN13", "0075720003259")]]) == [right]
    assert merge_results([[right], [sym("UPCA", "075720003259", ELSEWHERE)]]) == [
        right,
        sym("UPCA", "075720003259", ELSEWHERE),
    ]


@pytest.mark.parametrize(
    ("upce", "upca"),
    [
        ("01234565", "012345000065"),
        ("01234505", "012000003455"),
        ("01234531", "012300000451"),
        ("01234543", "012340000053"),
        ("04252614", "042100005264"),
        ("11234593", "112345000093"),
    ],
)
def test_upce_expansion(upce: str, upca: str) -> None:
    assert upce_to_upca(upce) == upca
    assert is_valid_gtin(upca)


@pytest.mark.parametrize("bad", ["1234565", "21234565", "0123456a"])
def test_upce_expansion_rejects_non_upce(bad: str) -> None:
    with pytest.raises(ValueError, match="UPC-E"):
        upce_to_upca(bad)


def test_retail_text_from_either_library() -> None:
    assert retail_text("EAN13", "0036602301467") == ("UPCA", "036602301467")
    assert retail_text("EAN13", "6901234567892") == ("EAN13", "6901234567892")
    assert retail_text("UPCE", "0012345000065") == ("UPCE", "012345000065")
    assert retail_text("UPCE", "01234565") == ("UPCE", "012345000065")
    assert retail_text("UPCA", "036602301467") == ("UPCA", "036602301467")
    assert retail_text("Code128", "0123456789012") == ("Code128", "0123456789012")
