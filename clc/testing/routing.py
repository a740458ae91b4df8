"""The route table: handlers bound to the spec's operation ids.

A handler is registered under its operation id (``@route`` uses the function's
name); the spec gives it its method, path template, query parameters and whether
it needs a token, so no path is written twice. Handlers are synchronous and run
on the server's event loop while holding the state lock, so each request sees
and leaves a consistent world. Matching ignores case and a trailing slash, as
the real API did.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, overload

from .spec import Operation

if TYPE_CHECKING:
    from .backend import Backend

Handler = Callable[["Ctx"], "Reply"]


@dataclass
class Ctx:
    """What a handler gets: the backend and the parsed request."""

    backend: Backend
    params: dict[str, str]
    query: dict[str, str]  # names lower case
    body: Any


@dataclass
class Reply:
    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Binding:
    handler: Handler
    # False for the one operation that may name another account (get_account checks itself).
    own_account: bool = True


HANDLERS: dict[str, Binding] = {}


@overload
def route(fn: Handler, /) -> Handler: ...
@overload
def route(*, own_account: bool = True) -> Callable[[Handler], Handler]: ...
def route(fn: Handler | None = None, /, *, own_account: bool = True) -> Any:
    """Register ``fn`` as the handler of the spec operation named like it."""

    def register(handler: Handler) -> Handler:
        bind(handler.__name__, handler, own_account=own_account)
        return handler

    return register(fn) if fn is not None else register


def bind(operation_id: str, handler: Handler, *, own_account: bool = True) -> None:
    """Register ``handler`` for ``operation_id`` (for handlers made by a factory)."""
    if operation_id in HANDLERS:
        raise ValueError(f"{operation_id} has two handlers")
    HANDLERS[operation_id] = Binding(handler, own_account)


@dataclass(frozen=True)
class Route:
    operation: Operation
    binding: Binding
    regex: re.Pattern[str]

    @property
    def handler(self) -> Handler:
        return self.binding.handler


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
    """The spec's operations with their handlers, grouped for a short scan.

    Operations are indexed by method and first two path segments; within a group,
    templates with more literal segments are tried first (``.../logging`` before
    ``.../{networkId}``).
    """

    def __init__(self, operations: Iterable[Operation], handlers: dict[str, Binding]) -> None:
        self.routes: list[Route] = []
        self.unbound: list[Operation] = []
        self._index: dict[tuple[str, str], list[Route]] = {}
        for op in operations:
            binding = handlers.get(op.operation_id)
            if binding is None:
                self.unbound.append(op)
                continue
            r = Route(op, binding, compile_template(op.template))
            self.routes.append(r)
            self._index.setdefault((op.method, _prefix(op.template)), []).append(r)
        for group in self._index.values():
            group.sort(key=lambda r: -_literal_segments(r.operation.template))

    def match(self, method: str, path: str) -> tuple[Route, dict[str, str]] | None:
        for r in self._index.get((method, _prefix(path)), ()):
            m = r.regex.match(path)
            if m:
                return r, m.groupdict()
        return None

    def allows(self, path: str) -> bool:
        """Whether any method serves ``path`` (to tell 405 from 404)."""
        return any(r.regex.match(path) for r in self.routes)


def _prefix(path: str) -> str:
    parts = path.split("/", 3)
    return "/".join(parts[:3]).lower()


def _literal_segments(template: str) -> int:
    return sum(1 for s in template.split("/") if s and not _PARAM.fullmatch(s))


def table(spec: dict[str, Any] | None = None) -> Table:
    """The route table of ``spec`` (default: the shipped spec), with every handler loaded."""
    from . import routes  # noqa: F401  (fills HANDLERS)
    from .spec import load_spec, spec_operations

    return Table(spec_operations(spec if spec is not None else load_spec()), HANDLERS)
