"""``--filter field=value`` and ``--query EXPRESSION`` (JMESPath) over a command's result.

Filters run first and keep the records of a list whose field equals the value; the
query then reshapes what is left. Both are checked before any request is made.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from clc.errors import InvalidArgumentException

if TYPE_CHECKING:
    from jmespath.parser import ParsedResult


@dataclass(frozen=True)
class Filter:
    """``field=value``: ``field`` is a key or a dotted path (``details.powerState``),
    matched exactly, then ignoring case and underscores (``power_state`` finds
    ``powerState``); values compare as text, ignoring case."""

    path: tuple[str, ...]
    value: str

    @classmethod
    def parse(cls, text: str) -> Filter:
        field, sep, value = text.partition("=")
        if not sep or not field.strip():
            raise InvalidArgumentException(
                f"--filter {text!r}: expected FIELD=VALUE, for example status=active"
            )
        return cls(tuple(field.strip().split(".")), value.strip())

    def matches(self, record: Any) -> bool:
        found = record
        for key in self.path:
            found = _field(found, key)
            if found is _MISSING:
                return False
        return _as_text(found).casefold() == self.value.casefold()


_MISSING = object()


def _field(record: Any, key: str) -> Any:
    if not isinstance(record, dict):
        return _MISSING
    if key in record:
        return record[key]
    wanted = key.replace("_", "").replace("-", "").casefold()
    for name, value in record.items():
        if str(name).replace("_", "").casefold() == wanted:
            return value
    return _MISSING


def _as_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


@dataclass(frozen=True)
class Selection:
    filters: tuple[Filter, ...] = ()
    query: ParsedResult | None = None

    @classmethod
    def parse(cls, filters: tuple[str, ...], query: str | None) -> Selection:
        parsed = None
        if query:
            import jmespath
            from jmespath.exceptions import JMESPathError

            try:
                parsed = jmespath.compile(query)
            except JMESPathError as exc:
                detail = " ".join(str(exc).split())
                raise InvalidArgumentException(
                    f"--query {query!r} is not valid JMESPath: {detail}"
                ) from exc
        return cls(tuple(Filter.parse(f) for f in filters), parsed)

    @property
    def reshapes(self) -> bool:
        return self.query is not None

    def apply(self, data: Any) -> Any:
        if self.filters:
            if not isinstance(data, list):
                raise InvalidArgumentException(
                    "--filter applies to a list of records and this command returned one "
                    "object: use --query instead"
                )
            data = [item for item in data if all(f.matches(item) for f in self.filters)]
        if self.query is not None:
            data = self.query.search(data)
        return data
