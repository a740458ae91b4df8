"""How long each queued job takes: one fixed length, or lengths drawn from a range.

Real jobs vary, and a batch of them finishes out of order; a client's waiting
strategy should be tested against that. Drawn lengths come from a seeded generator,
so a run can be repeated: :meth:`JobLengths.reseed` starts the same sequence again.
"""

from __future__ import annotations

import random


class JobLengths:
    """``JobLengths(3)``: every job takes 3 s; ``JobLengths(1.5, 4.5, seed=7)``: uniform."""

    def __init__(self, low: float, high: float | None = None, seed: int = 0) -> None:
        if low < 0:
            raise ValueError(f"job_seconds: must be >= 0, got {low}")
        if high is not None and high < low:
            raise ValueError(f"job_seconds_max: must be >= job_seconds ({low}), got {high}")
        self.low: float = float(low)
        self.high: float | None = None if high is None or high == low else float(high)
        self._rng = random.Random(seed)

    def draw(self) -> float:
        """The next job's length in seconds."""
        if self.high is None:
            return self.low
        return self._rng.uniform(self.low, self.high)

    def reseed(self, seed: int) -> None:
        """Start the sequence of drawn lengths again from ``seed``."""
        self._rng.seed(seed)
