"""What every part of the backend shares: the backend, its world and its limits."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..limits import Limits
    from ..state import State
    from . import Backend

Rec = dict[str, Any]


class Part:
    """One resource family's behaviour; ``backend`` reaches the others."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend

    @property
    def state(self) -> State:
        return self.backend.state

    @property
    def limits(self) -> Limits:
        return self.backend.limits

    def submit(self, dc: str, effects: list[list[Any]], **options: Any) -> str:
        return self.backend.submit(dc, effects, **options)

    def table(self, name: str) -> dict[str, Rec]:
        """A top-level collection of the world, keyed by id."""
        return self.state.data[name]  # type: ignore[no-any-return]
