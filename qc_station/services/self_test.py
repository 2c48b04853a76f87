"""The self-test: run named checks, isolate their failures, report every outcome.

The checks themselves (open and migrate the store, decode the bundled samples, render a
Chinese PDF) touch I/O, so the caller builds them from adapters and passes them in; this
module only runs them in order and keeps the results.
"""

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

CheckFn = Callable[[], tuple[bool, str]]
"""A check: returns (passed, detail for the user); raising counts as failing."""


@dataclass(frozen=True, slots=True)
class SelfTestStep:
    """One named check of the self-test."""

    name: str
    check: CheckFn


@dataclass(frozen=True, slots=True)
class SelfTestOutcome:
    """What one check found, and how long it took."""

    name: str
    ok: bool
    detail: str
    seconds: float


def run_self_test(
    steps: Sequence[SelfTestStep],
    timer: Callable[[], float] = time.perf_counter,
) -> list[SelfTestOutcome]:
    """Run every step in order and return one outcome per step.

    A step that raises fails with the exception as its detail; the later steps still run, so
    one broken part does not hide the state of the others.
    """
    return [_run_step(step, timer) for step in steps]


def all_passed(outcomes: Sequence[SelfTestOutcome]) -> bool:
    """Whether the self-test passed: at least one check ran and none failed."""
    return bool(outcomes) and all(outcome.ok for outcome in outcomes)


def _run_step(step: SelfTestStep, timer: Callable[[], float]) -> SelfTestOutcome:
    """Run one step, turning an exception into a failed outcome."""
    started = timer()
    try:
        ok, detail = step.check()
    except Exception as exc:  # a self-test reports every failure instead of stopping
        ok, detail = False, f"{type(exc).__name__}: {exc}"
    return SelfTestOutcome(step.name, bool(ok), detail, max(0.0, timer() - started))
