"""The three moments at which goods are inspected."""

from enum import StrEnum


class Stage(StrEnum):
    """Inbound (入仓), outbound (出库) or customer return (客退)."""

    INBOUND = "inbound"
    OUTBOUND = "outbound"
    RETURN = "return"
