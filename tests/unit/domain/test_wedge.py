"""Keyboard-wedge burst detection: scanner bursts become scans, people's typing passes on."""

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from qc_station.domain.scan import ScanSource
from qc_station.domain.wedge import (
    ENTER,
    TAB,
    WedgeBurstDetector,
    WedgeConfig,
    WedgeOutput,
    scans,
    typed_tokens,
)

AT = datetime(2026, 5, 1, 8, 0, tzinfo=UTC)
PRINTABLE = st.characters(min_codepoint=0x20, max_codepoint=0x7E)


def detector(**kwargs: object) -> WedgeBurstDetector[int]:
    return WedgeBurstDetector(WedgeConfig(**kwargs), now=lambda: AT)  # type: ignore[arg-type]


def run(
    det: WedgeBurstDetector[int], keys: list[str], times: list[float]
) -> list[WedgeOutput[int]]:
    """Feed keys (token = index) and let the burst window expire at the end."""
    out: list[WedgeOutput[int]] = []
    for index, (key, at) in enumerate(zip(keys, times, strict=True)):
        out += det.feed(key, at, index)
    out += det.tick((times[-1] if times else 0) + 10_000)
    return out


def burst_times(count: int, start: float = 1000.0, gap: float = 5.0) -> list[float]:
    return [start + gap * i for i in range(count)]


def test_fast_burst_with_enter_is_one_scan_with_aim_split() -> None:
    keys = [*"]C10109501101530003", ENTER]
    out = run(detector(), keys, burst_times(len(keys)))
    [event] = scans(out)
    assert event.text == "0109501101530003"
    assert event.symbology_id == "]C1"
    assert event.source is ScanSource.WEDGE
    assert event.at == AT
    assert typed_tokens(out) == []


def test_tab_suffix_also_ends_a_scan() -> None:
    keys = [*"6901234567892", TAB]
    assert [e.text for e in scans(run(detector(), keys, burst_times(len(keys))))] == [
        "6901234567892"
    ]


def test_group_separator_is_kept_in_the_scan() -> None:
    keys = [*"10ABC", "\x1d", *"17261231", ENTER]
    [event] = scans(run(detector(), keys, burst_times(len(keys))))
    assert event.text == "10ABC\x1d17261231"


def test_slow_typing_passes_every_key_in_order() -> None:
    keys = [*"6901234567892", ENTER]
    out = run(detector(), keys, burst_times(len(keys), gap=120))
    assert scans(out) == []
    assert typed_tokens(out) == list(range(len(keys)))


def test_fast_burst_without_terminator_is_typing_after_timeout() -> None:
    keys = list("6901234567892")
    det = detector()
    out: list[WedgeOutput[int]] = []
    for i, at in enumerate(burst_times(len(keys))):
        out += det.feed(keys[i], at, i)
    assert det.holding
    assert det.tick(det.deadline_ms() or 0) == []  # not yet past the window
    out += det.tick((det.deadline_ms() or 0) + 1)
    assert typed_tokens(out) == list(range(len(keys)))
    assert not det.holding


def test_short_fast_burst_is_typing() -> None:
    keys = [*"ab", ENTER]
    out = run(detector(), keys, burst_times(3))
    assert scans(out) == []
    assert typed_tokens(out) == [0, 1, 2]


def test_one_slow_gap_splits_the_burst_into_typing() -> None:
    keys = [*"690123", *"4567892", ENTER]
    times = burst_times(6) + burst_times(8, start=2000)
    out = run(detector(), keys, times)
    # The first six keys were typing; the last seven + Enter are a (short) burst: 7 >= 6.
    assert typed_tokens(out) == list(range(6))
    assert [e.text for e in scans(out)] == ["4567892"]


def test_prefix_is_stripped_and_required() -> None:
    det = detector(prefix=("\x02",))
    keys = ["\x02", *"]E06901234567892", ENTER]
    [event] = scans(run(det, keys, burst_times(len(keys))))
    assert (event.symbology_id, event.text) == ("]E0", "6901234567892")
    no_prefix = [*"6901234567892", ENTER]
    out = run(detector(prefix=("\x02",)), no_prefix, burst_times(len(no_prefix)))
    assert scans(out) == []
    assert typed_tokens(out) == list(range(len(no_prefix)))


def test_with_prefix_typing_is_passed_at_once() -> None:
    det = detector(prefix=("F13",))
    assert typed_tokens(det.feed("a", 0, 0)) == [0]
    assert not det.holding


def test_special_key_breaks_a_burst() -> None:
    keys = [*"690123", "Backspace", *"4567892", ENTER]
    out = run(detector(min_length=8), keys, burst_times(len(keys)))
    assert scans(out) == []
    assert typed_tokens(out) == list(range(len(keys)))


def test_time_going_backwards_ends_the_burst() -> None:
    keys = [*"6901234", *"567892", ENTER]
    times = burst_times(7, start=5000) + burst_times(7, start=10)
    out = run(detector(min_length=8), keys, times)
    assert scans(out) == []
    assert sorted(typed_tokens(out)) == list(range(len(keys)))


@given(
    st.text(alphabet=PRINTABLE, min_size=6, max_size=60),
    st.lists(st.floats(min_value=0, max_value=29.9), min_size=61, max_size=61),
)
def test_any_burst_faster_than_threshold_with_enter_is_one_scan(
    text: str, gaps: list[float]
) -> None:
    keys = [*text, ENTER]
    times = [1000.0]
    for gap in gaps[: len(keys) - 1]:
        times.append(times[-1] + gap)
    out = run(detector(), keys, times)
    events = scans(out)
    assert len(events) == 1
    assert (events[0].symbology_id or "") + events[0].text == text
    assert typed_tokens(out) == []


@given(
    st.lists(st.one_of(PRINTABLE, st.sampled_from([ENTER, TAB, "\x1d"])), max_size=40),
    st.lists(st.floats(min_value=30.001, max_value=2000), min_size=40, max_size=40),
)
def test_slow_typing_is_never_a_scan_and_nothing_is_lost(
    keys: list[str], gaps: list[float]
) -> None:
    times = [0.0]
    for gap in gaps[: max(len(keys) - 1, 0)]:
        times.append(times[-1] + gap)
    out = run(detector(), keys, times[: len(keys)])
    assert scans(out) == []
    assert typed_tokens(out) == list(range(len(keys)))


@given(
    st.lists(st.one_of(PRINTABLE, st.sampled_from([ENTER, TAB, "Backspace"])), max_size=50),
    st.lists(st.floats(min_value=0, max_value=200), min_size=50, max_size=50),
)
def test_every_key_is_either_typed_once_or_part_of_a_scan(
    keys: list[str], gaps: list[float]
) -> None:
    times = [0.0]
    for gap in gaps[: max(len(keys) - 1, 0)]:
        times.append(times[-1] + gap)
    out = run(detector(), keys, times[: len(keys)])
    typed = typed_tokens(out)
    assert typed == sorted(typed)  # order preserved
    assert len(set(typed)) == len(typed)
    scanned_chars = sum(len((e.symbology_id or "") + e.text) + 1 for e in scans(out))
    assert len(typed) + scanned_chars == len(keys)


def test_gaps_just_above_the_threshold_are_typing() -> None:
    keys = [*"6901234567892", ENTER]
    out = run(detector(max_gap_ms=30), keys, burst_times(len(keys), gap=31))
    assert scans(out) == []
    assert scans(run(detector(max_gap_ms=30), keys, burst_times(len(keys), gap=30))) != []
