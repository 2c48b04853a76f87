"""What the SKU card shows about a scanned lot beyond the catalogue: risk, sampling, lab."""

from dataclasses import dataclass

from qc_station.domain.lab import LabSample
from qc_station.domain.risk import RiskAssessment
from qc_station.domain.sampling import SwitchingState
from qc_station.services.lab_service import LabService
from qc_station.services.sampling_service import SamplingService, SamplingView


@dataclass(frozen=True, slots=True)
class LotInsight:
    """The lot's risk score, its sampling (None when discontinued), and its lab samples."""

    risk: RiskAssessment
    sampling: SamplingView | None
    switching: SwitchingState
    lab_samples: tuple[LabSample, ...]
    lot_size: int  # units received; 0 while unknown


class LotInsights:
    """Reads a lot's insight for the SKU card (off the GUI thread)."""

    def __init__(self, labs: LabService, sampling: SamplingService) -> None:
        self._labs = labs
        self._sampling = sampling

    def __call__(self, sku_id: str, lot_id: str) -> LotInsight:
        """The insight of lot ``lot_id`` of SKU ``sku_id`` now."""
        return LotInsight(
            risk=self._labs.risk(sku_id, lot_id),
            sampling=self._sampling.view(sku_id, lot_id),
            switching=self._sampling.switching(sku_id),
            lab_samples=tuple(self._labs.samples_of_lot(lot_id)),
            lot_size=self._sampling.lot_size(lot_id),
        )
