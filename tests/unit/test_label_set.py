"""The synthetic label set: deterministic, covering, truthful, drawable with the bundled font,
and photographed the way each condition says (no OCR here)."""

import json
from collections import Counter
from dataclasses import replace
from datetime import date

import cv2
import numpy as np
import pytest

from qc_station.bench.label_photo import FRAME, photograph
from qc_station.bench.label_render import (
    DOT_GLYPHS,
    InkjetCode,
    LabelSpec,
    draw_inkjet,
    font,
    render_label,
    text_width,
    wrap,
)
from qc_station.bench.label_set import (
    ELEMENTS,
    VARIANTS,
    Condition,
    LabelCase,
    alphabet,
    label_case,
    label_set,
    make_label,
)
from qc_station.domain.label_dates import parse_printed_date
from qc_station.domain.label_fields import ShelfLife, ShelfLifeUnit

CLI_KEYS = {"production_date", "expiry_date", "shelf_life", "batch", "sc_licence"}
CLI_KEYS |= {"standard_code", "net_content", "elements_missing"}
PAPER, INK = (255, 255, 255), (0, 0, 0)


@pytest.fixture(scope="module")
def cases() -> list[LabelCase]:
    return label_set(48)


def _spec(lines: tuple[str, ...] = ("净含量：250克",), **changes: object) -> LabelSpec:
    spec = LabelSpec((lines,), (16.0,), (), 40, PAPER, INK, None, False)
    return replace(spec, **changes)


def _white_card() -> np.ndarray:
    return np.full((600, 800, 3), 255, np.uint8)


def _paper_mask(still: np.ndarray) -> np.ndarray:
    """The card in a still: paper is brighter than 180 in every channel, no bench is."""
    return (still.min(axis=2) > 180).astype(np.uint8)


# --- the set ---


def test_the_same_seed_gives_the_same_bytes_and_another_seed_other_labels() -> None:
    first, again, other = label_set(3, seed=7), label_set(3, seed=7), label_set(3, seed=8)
    for a, b, c in zip(first, again, other, strict=True):
        assert a.image.tobytes() == b.image.tobytes()
        assert (a.truth, a.spec, a.name) == (b.truth, b.spec, b.name)
        assert a.image.tobytes() != c.image.tobytes()
        assert a.truth != c.truth


def test_a_case_does_not_depend_on_the_size_of_the_set(cases: list[LabelCase]) -> None:
    case = label_case(20)
    assert case.image.tobytes() == cases[20].image.tobytes()
    assert case.truth == cases[20].truth


def test_48_cases_hold_every_variant_6_times_and_every_condition_6_or_7_times(
    cases: list[LabelCase],
) -> None:
    variants = Counter(case.variant for case in cases)
    conditions = Counter(case.condition for case in cases)
    assert variants == dict.fromkeys(VARIANTS, 6)
    assert set(conditions) == set(Condition)
    assert set(conditions.values()) <= {6, 7}
    assert len({case.name for case in cases}) == 48
    assert cases[9].name == "009-inkjet-perspective"


def test_the_stills_are_camera_frames(cases: list[LabelCase]) -> None:
    for case in cases:
        assert case.image.shape == (FRAME[1], FRAME[0], 3)
        assert case.image.dtype == np.uint8
        assert case.image.flags.c_contiguous
    small = label_case(3, frame=(1280, 960))
    assert small.image.shape == (960, 1280, 3) and small.truth == cases[3].truth


# --- the truth ---


def test_every_printed_field_is_on_the_label_and_says_what_the_truth_says(
    cases: list[LabelCase],
) -> None:
    for case in cases:
        text = "\n".join(case.spec.lines + (case.spec.inkjet.lines if case.spec.inkjet else ()))
        truth, printed = case.truth, case.printed
        assert all(value in text for value in printed.values()), case.name
        present = {name for name, value in truth.as_json().items() if value not in (None, [])}
        assert set(printed) == present - {"elements_missing"}, case.name
        assert parse_printed_date(printed["production_date"]) == date.fromisoformat(
            str(truth.production_date)
        )
        if truth.expiry_date is not None:
            expiry = parse_printed_date(printed["expiry_date"])
            assert expiry == date.fromisoformat(truth.expiry_date)
        net = printed["net_content"]
        for word, unit in (("千克", "kg"), ("克", "g"), ("毫升", "mL"), ("ml", "mL"), ("升", "L")):
            net = net.replace(word, unit)
        assert net == truth.net_content, case.name


def test_variants_have_the_truth_they_promise(cases: list[LabelCase]) -> None:
    for case in cases:
        truth, lines = case.truth, "\n".join(case.spec.lines)
        assert truth.production_date is not None and truth.batch is not None
        assert (case.spec.inkjet is not None) == (case.variant == "inkjet")
        assert (truth.expiry_date is not None) == (case.variant == "expiry-printed")
        if case.variant.startswith("missing-"):
            assert truth.elements_missing == (case.variant.removeprefix("missing-"),)
        else:
            assert truth.elements_missing == ()
        if case.variant in ("full", "inkjet"):
            assert truth.shelf_life is not None and truth.shelf_life[0] > 0
        if case.variant == "inkjet":
            inkjet = "\n".join(case.spec.inkjet.lines)  # type: ignore[union-attr]
            assert "见" in lines and truth.batch in inkjet and truth.batch not in lines
            assert case.printed["production_date"] in inkjet
            assert case.printed["production_date"] not in lines
        if case.variant == "missing-licence":
            assert truth.sc_licence is None and "SC1" not in lines
        if case.variant == "missing-standard":
            assert truth.standard_code is None and "标准" not in lines
        if case.variant == "missing-storage":
            assert not any(word in lines for word in ("贮存", "储存", "冷藏", "冷冻"))
        if case.variant == "missing-ingredients":
            assert "配料" not in lines
        if case.variant == "missing-producer":
            assert not any(word in lines for word in ("公司", "地址", "电话", "热线"))


def test_a_printed_expiry_is_the_last_day_of_the_printed_shelf_life() -> None:
    drafts = [make_label("expiry-printed", np.random.default_rng(n)) for n in range(60)]
    with_life = [d.truth for d in drafts if d.truth.shelf_life is not None]
    assert 10 < len(with_life) < 50  # the shelf life is left off about half the time
    for truth in with_life:
        assert truth.shelf_life is not None and truth.expiry_date is not None
        life = ShelfLife(truth.shelf_life[0], ShelfLifeUnit(truth.shelf_life[1]))
        production = date.fromisoformat(str(truth.production_date))
        assert life.expiry_from(production).isoformat() == truth.expiry_date


def test_the_truth_has_the_cli_shape() -> None:
    truth = make_label("expiry-printed", np.random.default_rng(1)).truth
    entry = truth.as_json()
    assert set(entry) == CLI_KEYS
    assert json.loads(json.dumps(entry)) == entry
    missing = make_label("missing-licence", np.random.default_rng(2)).truth.as_json()
    assert missing["sc_licence"] is None and missing["elements_missing"] == ["licence"]
    full = make_label("full", np.random.default_rng(3)).truth.as_json()
    shelf = full["shelf_life"]
    assert isinstance(shelf, dict) and set(shelf) == {"value", "unit"}
    assert shelf["unit"] in ("day", "month", "year") and isinstance(shelf["value"], int)
    assert str(full["sc_licence"]).startswith("SC") and len(str(full["sc_licence"])) == 16
    assert set(ELEMENTS) >= {v.removeprefix("missing-") for v in VARIANTS if "missing" in v}


def test_an_unknown_variant_is_refused() -> None:
    with pytest.raises(ValueError, match="variant"):
        make_label("missing-everything", np.random.default_rng(0))


# --- the font ---


def test_the_font_has_a_glyph_for_every_character_the_generator_prints() -> None:
    face = font(40)
    notdef = face.getmask("\U0010fffd")
    notdef_key = (notdef.size, bytes(notdef))

    def has_glyph(char: str) -> bool:
        mask = face.getmask(char)
        return mask.getbbox() is not None and (mask.size, bytes(mask)) != notdef_key

    assert not has_glyph("℮")  # missing from the source font: the check can fail
    chars = alphabet()
    drafts = [make_label(v, np.random.default_rng(n)) for n in range(40) for v in VARIANTS]
    printed = {c for d in drafts for line in d.spec.lines for c in line}
    assert printed <= chars  # alphabet() really lists what labels print
    missing = sorted(c for c in chars if not c.isspace() and not has_glyph(c))
    assert missing == []
    inkjet = {c for d in drafts if d.spec.inkjet for line in d.spec.inkjet.lines for c in line}
    assert inkjet and inkjet <= set(DOT_GLYPHS)


def test_every_dot_glyph_is_seven_rows_of_one_width() -> None:
    for char, rows in DOT_GLYPHS.items():
        assert len(rows) == 7, char
        assert len({len(row) for row in rows}) == 1, char
        assert set("".join(rows)) <= {".", "#"}, char
        assert char == " " or "#" in "".join(rows), char


# --- drawing ---


def test_wrapping_never_cuts_a_code_or_starts_a_line_with_a_closing_mark() -> None:
    text = "生产许可证编号：SC11233010000012、配料：小麦粉、白砂糖、植物油、鸡蛋、食用盐"
    width = 11 * 40
    lines = wrap(text, 40, width)
    assert "".join(lines) == text and len(lines) > 2
    assert any(line.startswith("SC11233010000012") for line in lines)
    assert all(line[0] not in "、，：）" for line in lines)
    assert all(text_width(line, 40) <= width for line in lines if len(line) > 1)
    assert wrap("SC11233010000012", 40, 4 * 40) != ["SC11233010000012"]  # too wide: cut


def test_a_label_is_paper_with_ink_and_a_longer_text_makes_a_taller_label() -> None:
    label = render_label(_spec())
    assert label.dtype == np.uint8 and label.ndim == 3 and label.shape[2] == 3
    assert tuple(label[2, 2]) == PAPER
    assert label.min() < 60  # text in black
    taller = render_label(_spec(("净含量：250克", "保质期：12个月")))
    assert taller.shape[0] > label.shape[0] and taller.shape[1] == label.shape[1]


def test_the_inkjet_code_is_a_grid_of_dots_in_its_own_colour_below_the_text() -> None:
    pitch, colour = 8, (120, 40, 10)
    code = InkjetCode(("4.",), "bottom-left", 0.0, colour, pitch)
    dots = draw_inkjet(code)

    def cell(row: int, col: int) -> np.ndarray:
        return dots[pitch // 2 + row * pitch, pitch // 2 + col * pitch].astype(int)

    for r, row in enumerate(DOT_GLYPHS["4"]):
        for c, mark in enumerate(row):
            inked = np.abs(cell(r, c) - colour).max() < 40
            blank = cell(r, c).min() > 200
            assert (inked, blank) == ((True, False) if mark == "#" else (False, True)), (r, c)
    # The "." is a 2×2 block of dots 6 columns on: paler between its four dots than on them.
    between = dots[pitch * 6, pitch * 7].astype(int)
    assert between.min() > cell(5, 6).min() + 30 and between.min() < 200
    plain = render_label(_spec())
    inked = render_label(_spec(inkjet=replace(code, lines=("20260315", "B2603152"))))
    assert inked.shape[0] > plain.shape[0] and inked.shape[1] == plain.shape[1]
    near = np.argwhere(np.abs(inked.astype(int) - colour).max(axis=2) < 40)[:, 0]
    assert near.size and near.min() > plain.shape[0] - 40  # below the text and its margin


# --- photographing ---


def test_upside_down_is_the_clean_still_turned_half_round() -> None:
    label = render_label(make_label("full", np.random.default_rng(5)).spec)
    clean = photograph(label, Condition.CLEAN, np.random.default_rng(9))
    upside = photograph(label, Condition.UPSIDE_DOWN, np.random.default_rng(9))
    assert np.array_equal(upside, np.rot90(clean, 2))
    assert not np.array_equal(upside, clean)


def test_the_label_takes_60_to_85_percent_of_the_frame_on_a_darker_bench() -> None:
    for seed in range(3):
        still = photograph(_white_card(), Condition.CLEAN, np.random.default_rng(seed))
        _x, _y, w, h = cv2.boundingRect(_paper_mask(still))
        share = max(w / still.shape[1], h / still.shape[0])
        assert 0.58 <= share <= 0.87, (seed, share)
        assert still.shape[:2] == (FRAME[1], FRAME[0])


def _angle(still: np.ndarray) -> float:
    contours, _ = cv2.findContours(_paper_mask(still), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    angle = cv2.minAreaRect(max(contours, key=cv2.contourArea))[2]
    return abs((angle + 45) % 90 - 45)  # away from square, either way


def test_a_tilted_still_is_turned_6_to_10_degrees_and_a_clean_one_hardly() -> None:
    for seed in range(3):
        tilted = photograph(_white_card(), Condition.TILT, np.random.default_rng(seed))
        clean = photograph(_white_card(), Condition.CLEAN, np.random.default_rng(seed))
        assert 5.5 <= _angle(tilted) <= 10.5
        assert _angle(clean) <= 1.5


def test_perspective_makes_opposite_edges_of_the_card_unequal() -> None:
    for seed in range(3):
        still = photograph(_white_card(), Condition.PERSPECTIVE, np.random.default_rng(seed))
        contours, _ = cv2.findContours(
            _paper_mask(still), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE
        )
        outline = max(contours, key=cv2.contourArea)
        quad = cv2.approxPolyDP(outline, 0.02 * cv2.arcLength(outline, True), True)[:, 0, :]
        assert len(quad) == 4
        sides = [float(np.linalg.norm(quad[i] - quad[(i + 1) % 4])) for i in range(4)]
        unequal = max(abs(sides[0] - sides[2]) / sides[0], abs(sides[1] - sides[3]) / sides[1])
        assert unequal > 0.04, (seed, sides)


def _sharpness(still: np.ndarray) -> float:
    return float(cv2.Laplacian(cv2.cvtColor(still, cv2.COLOR_BGR2GRAY), cv2.CV_64F).var())


def test_blur_softens_the_text_of_the_same_shot() -> None:
    label = render_label(make_label("full", np.random.default_rng(4)).spec)
    clean = photograph(label, Condition.CLEAN, np.random.default_rng(3))
    blurred = photograph(label, Condition.BLUR, np.random.default_rng(3))
    assert _sharpness(blurred) < 0.6 * _sharpness(clean)


def test_noise_roughens_the_plain_card_of_the_same_shot() -> None:
    card = np.full((600, 800, 3), 245, np.uint8)  # grey enough for the noise not to clip
    clean = photograph(card, Condition.CLEAN, np.random.default_rng(3))
    noisy = photograph(card, Condition.NOISY, np.random.default_rng(3))
    inside = cv2.erode(_paper_mask(clean), np.ones((15, 15), np.uint8)).astype(bool)
    grain = [float(cv2.cvtColor(s, cv2.COLOR_BGR2GRAY)[inside].std()) for s in (clean, noisy)]
    assert grain[1] > 2 * grain[0] and grain[0] > 0.5


def test_uneven_light_darkens_part_of_the_card_to_about_half() -> None:
    for seed in range(3):
        clean = photograph(_white_card(), Condition.CLEAN, np.random.default_rng(seed))
        lit = photograph(_white_card(), Condition.UNEVEN_LIGHT, np.random.default_rng(seed))
        card = cv2.erode(_paper_mask(clean), np.ones((15, 15), np.uint8)).astype(bool)
        ratio = lit[card].mean(axis=1) / clean[card].mean(axis=1)
        assert np.percentile(ratio, 99) > 0.9  # the bright spot is on or near the card
        assert np.percentile(ratio, 1) < 0.75  # and the far side is much darker
