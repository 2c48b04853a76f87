"""Who works when: the weekly shift rota and handing the day's tasks to inspectors."""

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from qc_station.services.demo_spec import ShiftSpec
from qc_station.services.demo_world import Task


@dataclass(frozen=True, slots=True)
class OnDuty:
    """One person's working time on one day (local time)."""

    user_id: str
    start: datetime
    end: datetime
    break_start: datetime
    break_end: datetime

    def covers(self, moment: datetime) -> bool:
        """Whether the person is at work (and not on a break) at ``moment``."""
        on_break = self.break_start <= moment < self.break_end
        return self.start <= moment < self.end and not on_break


@dataclass(frozen=True, slots=True)
class Slot:
    """A task done by an inspector from ``start`` to ``end`` (local time)."""

    task: Task
    inspector_id: str
    start: datetime
    end: datetime


def _at(day: date, clock: time, tz: tzinfo) -> datetime:
    return datetime.combine(day, clock, tzinfo=tz)


def _duty(user_id: str, shift: ShiftSpec, day: date, tz: tzinfo) -> OnDuty:
    return OnDuty(
        user_id,
        _at(day, shift.start, tz),
        _at(day, shift.end, tz),
        _at(day, shift.break_start, tz),
        _at(day, shift.break_end, tz),
    )


def crew(
    user_ids: Sequence[str], shifts: Sequence[ShiftSpec], day: date, tz: tzinfo, *, rest: bool
) -> list[OnDuty]:
    """Who works on ``day``: shifts rotate weekly; with ``rest`` each has one day off a week."""
    week = day.isocalendar().week
    duties = []
    for index, user_id in enumerate(user_ids):
        if rest and (index + 6) % 7 == day.weekday():
            continue
        shift = shifts[(index + week) % len(shifts)]
        duties.append(_duty(user_id, shift, day, tz))
    return duties


def on_duty(duties: Sequence[OnDuty], moment: datetime, rng: random.Random) -> str:
    """Someone at work at ``moment`` (the first of the day if nobody is)."""
    present = [d.user_id for d in duties if d.covers(moment)]
    if present:
        return rng.choice(present)
    later = [d for d in duties if d.start >= moment]
    return min(later, key=lambda d: d.start).user_id if later else duties[-1].user_id


def _start_for(duty: OnDuty, ready: datetime, free: datetime, length: timedelta) -> datetime:
    start = max(ready, free, duty.start)
    if start < duty.break_end and start + length > duty.break_start:
        start = max(start, duty.break_end)
    return start


def assign(tasks: Sequence[Task], duties: Sequence[OnDuty], rng: random.Random) -> list[Slot]:
    """Give each task, in order of readiness, to the inspector who can start it first.

    A task nobody can finish before the end of their shift is left undone (a backlog).
    """
    free = {d.user_id: d.start for d in duties}
    slots = []
    for task in sorted(tasks, key=lambda t: t.ready):
        length = timedelta(seconds=round(task.minutes * 60))
        options = []
        for duty in duties:
            start = _start_for(duty, task.ready, free[duty.user_id], length)
            if start + length <= duty.end:
                options.append((start, rng.random(), duty.user_id))
        if not options:
            continue
        start, _, user_id = min(options)
        end = start + length
        free[user_id] = end + timedelta(seconds=rng.randint(10, 150))
        slots.append(Slot(task, user_id, start, end))
    return slots
