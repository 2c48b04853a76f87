"""Shared pieces of the repositories: the base class and JSON text."""

import json
from typing import Any

from qc_station.adapters.db.guard import TxGuard

CHUNK = 500


def to_json(value: Any) -> str:
    """Canonical JSON text (sorted keys, no spaces, UTF-8 kept)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class Repository:
    """Shares the unit of work's guarded session."""

    def __init__(self, tx: TxGuard) -> None:
        self._tx = tx
