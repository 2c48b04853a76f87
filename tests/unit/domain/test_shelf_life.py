from datetime import date, timedelta
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qc_station.domain.errors import DomainError
from qc_station.domain.lot import expiry_from_production
from qc_station.domain.shelf_life import (
    ShelfLifePolicy,
    ShelfLifeStatus,
    Window,
    assess,
    total_life_days,
)
from qc_station.domain.stage import Stage

TODAY = date(2026, 12, 2)
INBOUND = ShelfLifePolicy("dairy", Stage.INBOUND, no_receive=Window(share=Fraction(2, 3)))
OUTBOUND = ShelfLifePolicy(
    "dairy", Stage.OUTBOUND, no_sale=Window(days=30), near_expiry=Window(share=Fraction(1, 3))
)
RETURN = ShelfLifePolicy(
    "dairy", Stage.RETURN, no_sale=Window(days=30), near_expiry=Window(days=60)
)


def _assess(policy: ShelfLifePolicy | None, remaining: int, total: int = 270) -> ShelfLifeStatus:
    expiry = TODAY + timedelta(days=remaining)
    return assess(policy, has_shelf_life=True, total_life=total, expiry=expiry, today=TODAY).status


def test_inbound_needs_two_thirds_of_the_life_left() -> None:
    assert _assess(INBOUND, 180) is ShelfLifeStatus.OK  # 180 of 270 = exactly 2/3
    assert _assess(INBOUND, 179) is ShelfLifeStatus.NO_RECEIVE


def test_outbound_windows() -> None:
    assert _assess(OUTBOUND, 200) is ShelfLifeStatus.OK
    assert _assess(OUTBOUND, 89) is ShelfLifeStatus.NEAR_EXPIRY
    assert _assess(OUTBOUND, 90) is ShelfLifeStatus.OK
    assert _assess(OUTBOUND, 29) is ShelfLifeStatus.NO_SALE
    assert _assess(OUTBOUND, 0) is ShelfLifeStatus.NO_SALE


def test_goods_are_good_through_their_expiry_date() -> None:
    assert _assess(None, 0) is ShelfLifeStatus.OK
    assert _assess(None, -1) is ShelfLifeStatus.EXPIRED
    assert _assess(INBOUND, -1) is ShelfLifeStatus.EXPIRED


def test_unknown_and_not_applicable() -> None:
    unknown = assess(INBOUND, has_shelf_life=True, total_life=270, expiry=None, today=TODAY)
    assert unknown.status is ShelfLifeStatus.UNKNOWN
    none = assess(INBOUND, has_shelf_life=False, total_life=None, expiry=None, today=TODAY)
    assert none.status is ShelfLifeStatus.NOT_APPLICABLE
    assert not none.blocks_stage


def test_total_life_prefers_the_lots_own_dates() -> None:
    production = date(2026, 11, 1)
    expiry = expiry_from_production(production, 180)
    assert total_life_days(365, production, expiry) == 180
    assert total_life_days(365, None, expiry) == 365


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("30d", Window(days=30)),
        ("30", Window(days=30)),
        ("2/3", Window(share=Fraction(2, 3))),
        ("0.5", Window(share=Fraction(1, 2))),
    ],
)
def test_window_parse(text: str, window: Window) -> None:
    assert Window.parse(text) == window
    assert Window.parse(str(window)) == window


@given(
    st.one_of(
        st.builds(Window, days=st.integers(0, 5000)), st.builds(Window, share=st.fractions(0, 1))
    )
)
def test_window_text_round_trips(window: Window) -> None:
    assert Window.parse(str(window)) == window


@pytest.mark.parametrize("text", ["", "abc", "3/0", "-5d", "1.5", "d"])
def test_window_parse_rejects_nonsense(text: str) -> None:
    with pytest.raises(DomainError):
        Window.parse(text)


SEVERITY = [
    ShelfLifeStatus.OK,
    ShelfLifeStatus.NEAR_EXPIRY,
    ShelfLifeStatus.NO_SALE,
    ShelfLifeStatus.EXPIRED,
]


@given(st.integers(1, 4000), st.integers(-50, 4000), st.integers(1, 200))
def test_status_only_worsens_as_days_pass(total: int, remaining: int, step: int) -> None:
    earlier = _assess(OUTBOUND, remaining, total)
    later = _assess(OUTBOUND, remaining - step, total)
    assert SEVERITY.index(later) >= SEVERITY.index(earlier)


@given(st.integers(1, 4000), st.integers(0, 4000))
def test_inbound_refuses_exactly_below_the_share(total: int, remaining: int) -> None:
    status = _assess(INBOUND, remaining, total)
    refused = remaining * 3 < 2 * total
    assert (status is ShelfLifeStatus.NO_RECEIVE) == refused
