"""Summaries of timing samples."""

import statistics
import time
from collections.abc import Callable


def summarize_ms(samples_s: list[float]) -> dict[str, float]:
    """Median, p95 and max of samples in seconds, as milliseconds rounded to 0.01."""
    ordered = sorted(samples_s)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {
        "median_ms": round(statistics.median(ordered) * 1000, 2),
        "p95_ms": round(p95 * 1000, 2),
        "max_ms": round(ordered[-1] * 1000, 2),
        "n": len(ordered),
    }


def time_calls(call: Callable[[], object], repeat: int, warmup: int = 2) -> list[float]:
    """Wall-clock seconds of ``repeat`` calls, after ``warmup`` untimed ones."""
    for _ in range(warmup):
        call()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        samples.append(time.perf_counter() - start)
    return samples
