"""``qc-station bench label``: per-field accuracy of label reading, seconds per label, and
the longest stall of the GUI event loop while labels are read on the OCR lane.

The labels are the bench's own: rendered with the bundled CJK font and "photographed"
(tilt, perspective, blur, uneven light, upside down, noise), with their truth known.
"""

import os
import statistics
import time
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer

from qc_station.adapters.ocr.rapid_reader import RapidLabelReader
from qc_station.adapters.ocr.self_check import sample_label
from qc_station.bench.label_set import LabelCase, label_set
from qc_station.bench.preview_bench import GuiProbe
from qc_station.bench.stats import summarize_ms
from qc_station.domain.label_fields import FIELD_NAMES, extract_fields
from qc_station.services.label_serialization import label_entry
from qc_station.ui.launch import application
from qc_station.ui.tasks import TaskRunner

FIELDS = (*FIELD_NAMES, "elements_missing")
TIMEOUT_MS = 60_000
TARGETS = {"field_accuracy_pct": 95, "ms_per_label": 1500, "gui_stall_ms": 50}


def compare(entry: Mapping[str, Any], truth: Mapping[str, Any]) -> dict[str, bool]:
    """Which fields of a ``label`` entry equal the truth (absent ones included)."""
    return {name: _normal(entry.get(name)) == _normal(truth.get(name)) for name in FIELDS}


def _normal(value: Any) -> Any:
    if isinstance(value, dict):
        return (value.get("value"), value.get("unit"))
    if isinstance(value, list | tuple):
        return tuple(_normal(v) for v in value)
    return value


def field_accuracy(results: Sequence[dict[str, bool]]) -> dict[str, float]:
    """Per field, the share of labels read right, in per cent."""
    if not results:
        return {}
    return {name: round(100.0 * sum(r[name] for r in results) / len(results), 1) for name in FIELDS}


def run_label_bench(count: int = 48, seed: int = 2026) -> dict[str, Any]:
    """Read ``count`` rendered labels on the OCR lane under a running event loop."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = application()
    cases = label_set(count, seed)
    reader = RapidLabelReader()
    started = time.perf_counter()
    reader.warm_up()
    load_s = time.perf_counter() - started
    reference_s = _reference_seconds(reader)
    tasks = TaskRunner(app)
    probe = GuiProbe()
    probe.start()
    try:
        timed = [_read_on_lane(tasks, reader, case) for case in cases]
    finally:
        probe.stop()
        tasks.shutdown()
    results = [
        compare(entry, case.truth.as_json()) for case, (entry, _s) in zip(cases, timed, strict=True)
    ]
    seconds = [s for _entry, s in timed]
    return {
        "labels": len(cases),
        "field_accuracy_pct": field_accuracy(results),
        "all_fields_right_pct": round(
            100.0 * sum(all(r.values()) for r in results) / len(results), 1
        ),
        "by_condition_all_right_pct": _by(cases, results, lambda c: str(c.condition)),
        "by_variant_all_right_pct": _by(cases, results, lambda c: c.variant),
        "ms_per_label": summarize_ms(seconds),
        "reference_label_s": round(reference_s, 2),
        "model_load_s": round(load_s, 2),
        "gui_stall_max_ms": round(probe.longest_gap_s * 1000, 1),
        "misread": _misread(cases, timed, results),
        "targets": TARGETS,
    }


def _reference_seconds(reader: RapidLabelReader) -> float:
    """The self-test's two-line sample, median of three reads: how fast this machine is now,
    to compare runs made on different days."""
    image = sample_label()
    samples = []
    for _ in range(3):
        started = time.perf_counter()
        reader.read_array(image)
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def _read_on_lane(
    tasks: TaskRunner, reader: RapidLabelReader, case: LabelCase
) -> tuple[dict[str, Any], float]:
    """One label read as the window reads it: on the OCR lane, the event loop running."""
    loop = QEventLoop()
    box: list[tuple[dict[str, Any], float]] = []

    def work() -> tuple[dict[str, Any], float]:
        start = time.perf_counter()
        text = reader.read_array(case.image)
        entry = label_entry(case.name, extract_fields(text.texts), text.texts)
        return entry, time.perf_counter() - start

    def done(result: tuple[dict[str, Any], float]) -> None:
        box.append(result)
        loop.quit()

    def failed(error: BaseException) -> None:
        loop.quit()
        raise error

    tasks.run(work, done, failed, lane="ocr")
    QTimer.singleShot(TIMEOUT_MS, loop.quit)
    loop.exec()
    if not box:
        raise TimeoutError(f"label {case.name} was not read within {TIMEOUT_MS} ms")
    return box[0]


def _by(
    cases: Sequence[LabelCase], results: Sequence[dict[str, bool]], key: Any
) -> dict[str, float]:
    groups: dict[str, list[bool]] = {}
    for case, result in zip(cases, results, strict=True):
        groups.setdefault(key(case), []).append(all(result.values()))
    return {name: round(100.0 * sum(v) / len(v), 1) for name, v in sorted(groups.items())}


def _misread(
    cases: Sequence[LabelCase],
    timed: Sequence[tuple[dict[str, Any], float]],
    results: Sequence[dict[str, bool]],
) -> list[dict[str, Any]]:
    """Each wrong field: the label, what it should say and what was read."""
    wrong = []
    for case, (entry, _s), result in zip(cases, timed, results, strict=True):
        truth = case.truth.as_json()
        for name, right in result.items():
            if not right:
                wrong.append(
                    {
                        "label": case.name,
                        "field": name,
                        "truth": truth.get(name),
                        "read": entry.get(name),
                    }
                )
    return wrong
