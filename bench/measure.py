"""What the bench scripts share: alternating repetitions, and medians with their spread.

Each comparison runs its candidates in turn within one run (who goes first alternates),
so that a busy moment of the machine falls on both sides.
"""

import statistics
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def alternate(candidates: dict[str, Callable[[], T]], repetitions: int) -> dict[str, list[T]]:
    """Run every candidate `repetitions` times, alternating the order; their results."""
    names = list(candidates)
    results: dict[str, list[T]] = {name: [] for name in names}
    for repetition in range(repetitions):
        order = names if repetition % 2 == 0 else names[::-1]
        for name in order:
            results[name].append(candidates[name]())
    return results


def spread(values: list[float], unit: str = "s", scale: float = 1.0) -> str:
    """`median (min-max)`, scaled into the unit shown."""
    low, mid, high = min(values) * scale, statistics.median(values) * scale, max(values) * scale
    return f"{mid:8.2f} {unit} ({low:.2f}-{high:.2f})"


def ratio_line(
    name: str,
    ours: list[float],
    floor: list[float],
    goal: str,
    unit: str = "s",
    against: str = "floor",
) -> str:
    """One printed row: both medians with spread, their ratio, the lowest and highest
    ratio of one round's pair (the lists come from `alternate`, a value a round) and
    the goal it is held to. The rounds' range says whether the goal held in each
    round or only in the medians: on this machine a round can run at half speed."""
    value = statistics.median(ours) / statistics.median(floor)
    sides = f"{spread(ours, unit)}   {against} {spread(floor, unit)}"
    rounds = [mine / theirs for mine, theirs in zip(ours, floor, strict=True) if theirs]
    per_round = f" (rounds {min(rounds):.2f}-{max(rounds):.2f})" if len(rounds) > 1 else ""
    return f"{name:34} {sides}   ratio {value:5.2f}x{per_round}  (goal {goal})"
