"""The system clock."""

from datetime import UTC, date, datetime


class SystemClock:
    """UTC now; today in the station's local time zone."""

    def now(self) -> datetime:
        """The current time, timezone-aware UTC."""
        return datetime.now(UTC)

    def today(self) -> date:
        """The station's local calendar day."""
        return datetime.now().astimezone().date()
