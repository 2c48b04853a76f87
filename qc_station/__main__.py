"""``python -m qc_station``: the same as the ``qc-station`` command."""

from qc_station.cli import run

run()
