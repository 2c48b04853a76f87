"""What the SKU card shows about a scanned lot beyond the catalogue: risk, sampling, lab."""

from dataclasses import dataclass

from qc_station.domain.lab import LabSample
from qc_station.domain.risk import RiskAssessment
from qc_station.domain.sampling import SwitchingState
from qc_station.services.lookups import required_lot, required_sku
from qc_station.services.ports import Clock, UnitOfWorkFactory
from qc_station.services.risk_service import assess
from qc_station.services.sampling_service import SamplingView, sampling_view, switching_of


@dataclass(frozen=True, slots=True)
class LotInsight:
    """The lot's risk score, its sampling (None when discontinued), and its lab samples."""

    risk: RiskAssessment
    sampling: SamplingView | None
    switching: SwitchingState
    lab_samples: tuple[LabSample, ...]
    lot_size: int  # units received; 0 while unknown


class LotInsights:
    """Reads a lot's insight for the SKU card (off the GUI thread, in one read snapshot)."""

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def __call__(self, sku_id: str, lot_id: str) -> LotInsight:
        """The insight of lot ``lot_id`` of SKU ``sku_id`` now."""
        now = self._clock.now()
        with self._uow(write=False) as uow:
            sku, lot = required_sku(uow, sku_id), required_lot(uow, lot_id)
            switching = switching_of(uow, sku)
            return LotInsight(
                risk=assess(uow, sku, lot_id, now),
                sampling=sampling_view(uow, sku, lot, switching, now),
                switching=switching,
                lab_samples=tuple(uow.lab_samples.list_for_lot(lot_id)),
                lot_size=lot.quantity,
            )
