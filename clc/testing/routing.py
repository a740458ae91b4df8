"""The route table: path templates compiled once, handlers as plain functions.

Handlers are synchronous and run on the server's event loop while holding the
state lock, so each request sees and leaves a consistent world. Templates use
the spec's ``{param}`` syntax; matching ignores case and a trailing slash, as
the real API did.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .state import State

Handler = Callable[["Ctx"], "Reply"]


@dataclass
class Ctx:
    """What a handler gets: the world, the parsed request and fault flags."""

    state: State
    method: str
    path: str
    params: dict[str, str]
    query: dict[str, str]
    body: Any
    token: str | None = None
    fail_jobs: bool = False


@dataclass
class Reply:
    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Route:
    method: str
    template: str
    handler: Handler
    regex: re.Pattern[str]
    auth: bool


_PARAM = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def compile_template(template: str) -> re.Pattern[str]:
    pattern = ""
    pos = 0
    for m in _PARAM.finditer(template):
        pattern += re.escape(template[pos : m.start()]) + f"(?P<{m.group(1)}>[^/]+)"
        pos = m.end()
    pattern += re.escape(template[pos:].rstrip("/"))
    return re.compile(f"^{pattern}/?$", re.IGNORECASE)


class Table:
    """Routes grouped by method and first two path segments for a short scan."""

    def __init__(self) -> None:
        self.routes: list[Route] = []
        self._index: dict[tuple[str, str], list[Route]] = {}

    def add(self, method: str, template: str, handler: Handler, *, auth: bool = True) -> None:
        route = Route(method, template, handler, compile_template(template), auth)
        self.routes.append(route)
        self._index.setdefault((method, _prefix(template)), []).append(route)

    def route(
        self, method: str, template: str, *, auth: bool = True
    ) -> Callable[[Handler], Handler]:
        def register(fn: Handler) -> Handler:
            self.add(method, template, fn, auth=auth)
            return fn

        return register

    def match(self, method: str, path: str) -> tuple[Route, dict[str, str]] | None:
        for route in self._index.get((method, _prefix(path)), ()):
            m = route.regex.match(path)
            if m:
                return route, m.groupdict()
        return None

    def allows(self, path: str) -> bool:
        """Whether any method serves ``path`` (to tell 405 from 404)."""
        return any(r.regex.match(path) for r in self.routes)


def _prefix(path: str) -> str:
    parts = path.split("/", 3)
    return "/".join(parts[:3]).lower()


TABLE = Table()
route = TABLE.route
