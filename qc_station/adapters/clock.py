"""The system clock, and the site's time zone."""

import zoneinfo
from datetime import UTC, date, datetime, tzinfo

from qc_station.errors import InputError


def site_timezone(name: str) -> tzinfo | None:
    """The named IANA zone, or ``None`` for the computer's own; raises on an unknown name."""
    if not name:
        return None
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise InputError(f"unknown time zone in the settings: {name}") from exc


class SystemClock:
    """UTC now; today in the site's time zone (the computer's own when none is set)."""

    def __init__(self, tz: tzinfo | None = None) -> None:
        self.tz = tz

    def now(self) -> datetime:
        """The current time, timezone-aware UTC."""
        return datetime.now(UTC)

    def today(self) -> date:
        """The station's local calendar day."""
        return datetime.now(UTC).astimezone(self.tz).date()
