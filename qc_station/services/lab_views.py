"""What the lab-sample screen shows about one sample: the sample, its lot's decision, names."""

from dataclasses import dataclass

from qc_station.domain.lab import LabSample
from qc_station.domain.lab_selection import LabSelection
from qc_station.errors import NotFound
from qc_station.services.ports import LabSampleSummary, UnitOfWorkFactory


@dataclass(frozen=True, slots=True)
class LabSampleDetail:
    """A sample with its SKU and lot, the decision that sampled the lot, and people's names."""

    summary: LabSampleSummary
    selection: LabSelection | None
    names: dict[str, str]  # user id -> display name, for everyone named in the custody

    def name(self, user_id: str) -> str:
        """The display name of ``user_id`` (the id itself when the user is unknown)."""
        return self.names.get(user_id, user_id)


def people_of(sample: LabSample) -> set[str]:
    """The user ids a sample's custody names."""
    ids = {sample.selected_by}
    if sample.collection is not None:
        ids.add(sample.collection.collected_by)
    if sample.dispatch is not None:
        ids.add(sample.dispatch.dispatched_by)
    if sample.receipt is not None:
        ids.add(sample.receipt.recorded_by)
    if sample.report is not None:
        ids.add(sample.report.recorded_by)
    return {i for i in ids if i}


def load_detail(uow_factory: UnitOfWorkFactory, sample_id: str) -> LabSampleDetail:
    """Read one sample's detail in one snapshot."""
    with uow_factory(write=False) as uow:
        summary = uow.lab_samples.summary(sample_id)
        if summary is None:
            raise NotFound(f"lab sample {sample_id} does not exist")
        selection = uow.lab_selections.get(summary.sample.lot_id)
        ids = people_of(summary.sample)
        if selection is not None and selection.override_by:
            ids.add(selection.override_by)
        names = {}
        for user_id in ids:
            user = uow.users.get(user_id)
            if user is not None:
                names[user_id] = user.display_name
    return LabSampleDetail(summary, selection, names)
