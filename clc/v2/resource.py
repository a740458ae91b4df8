"""What every facade object shares: its generated model, its ``data`` and 2.51-style attributes.

Objects are built from generated models (``_from_generated``) and keep the model: documented
attributes are typed properties that read the model's typed attributes, so a field renamed
or retyped in the spec fails the type check of the facade. ``data`` is the model's
``to_dict()`` (the API's camelCase keys), a plain dict kept for 2.51 code that reads and
serialises ``obj.data``. Any other attribute falls back, at run time only, to
:meth:`Resource.__getattr__`, which maps snake_case to the API's camelCase
(case-insensitively) in ``data`` and its nested sections and raises ``AttributeError`` (never
``KeyError``) when absent, so ``hasattr`` works. Type checkers do not see that fallback: a
misspelt attribute is a type error.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, ParamSpec, Protocol, TypeVar

from clc.errors import InvalidAPIResponseException
from clc_generated.types import Unset

_MISSING = object()

T = TypeVar("T")
P = ParamSpec("P")
M = TypeVar("M", bound="GeneratedModel")
M_co = TypeVar("M_co", covariant=True)


class GeneratedModel(Protocol):
    """What the facade needs of a ``clc_generated.models`` class instance."""

    def to_dict(self) -> dict[str, Any]: ...


class ModelClass(Protocol[M_co]):
    """A ``clc_generated.models`` class: builds its instance from the API's JSON."""

    def from_dict(self, src_dict: Mapping[str, Any], /) -> M_co: ...


def given(value: T | Unset) -> T | None:
    """A model attribute's value, ``None`` when the API left it out."""
    return None if isinstance(value, Unset) else value


def listed(value: list[T] | Unset | None) -> list[T]:
    """A model's list attribute, empty when the API left it out."""
    return [] if value is None or isinstance(value, Unset) else list(value)


def model_of(cls: ModelClass[M], obj: object) -> M:
    """``obj`` as a model of ``cls``: a model as is, a dict (2.51 callers pass the API's
    JSON) parsed; a dict that is not the documented shape raises
    :class:`clc.InvalidAPIResponseException`."""
    if isinstance(obj, Mapping):
        try:
            return cls.from_dict(obj)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            name = getattr(cls, "__name__", "model")
            raise InvalidAPIResponseException(f"not a {name}: {type(exc).__name__}: {exc}") from exc
    return obj  # type: ignore[return-value]


def camel(name: str) -> str:
    """``address_line1`` -> ``addressLine1`` (camelCase names pass through)."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def lookup(source: Any, name: str) -> Any:
    """The value of ``name`` (snake or camel, any case) in a dict, or ``_MISSING``."""
    if not isinstance(source, dict):
        return _MISSING
    for key in (name, camel(name)):
        if key in source:
            return source[key]
    wanted = camel(name).lower()
    for key, value in source.items():
        if isinstance(key, str) and key.lower() == wanted:
            return value
    return _MISSING


def to_data(model: Any) -> dict[str, Any]:
    """The raw dict of a generated model (or a dict given by 2.51-style callers)."""
    if model is None:
        return {}
    if isinstance(model, dict):
        return dict(model)
    result = model.to_dict()
    return result if isinstance(result, dict) else {}


class _Link(Protocol):
    @property
    def rel(self) -> str | Unset: ...
    @property
    def id(self) -> str | Unset: ...


L = TypeVar("L", bound=_Link)


def links_to(links: list[L] | Unset, rel: str) -> list[L]:
    """The model's links of relation ``rel``."""
    return [link for link in listed(links) if link.rel == rel]


def signature_of(fn: Callable[P, T]) -> Callable[[Callable[..., Any]], Callable[P, T]]:
    """Give a delegating method ``fn``'s signature and docstring, for type checkers and for
    ``inspect``: how a class exposes a function kept in its own module."""

    def decorate(method: Callable[..., Any]) -> Callable[P, T]:
        method.__doc__ = fn.__doc__
        method.__wrapped__ = fn  # type: ignore[attr-defined]  # inspect.signature follows it
        return method

    return decorate


def matches(key: str, values: Iterable[Any], exact: bool) -> bool:
    """Case-insensitive exact or substring match of ``key`` against any of ``values``."""
    k = key.lower()
    for value in values:
        if value is None:
            continue
        v = str(value).lower()
        if (exact and v == k) or (not exact and k in v):
            return True
    return False


class Resource(Generic[M]):
    """Base of the data-backed facade objects: ``M`` is the generated model they read."""

    # Sections of ``data`` searched after the top level (e.g. ``details``, ``changeInfo``).
    _SECTIONS: ClassVar[tuple[str, ...]] = ()
    # Attribute names whose API key is not their camelCase form.
    _KEYS: ClassVar[dict[str, str]] = {}

    _model: M
    _data: dict[str, Any] | None = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "__repr__" in cls.__dict__:
            # setattr: a wrapper, not a new declaration of __repr__ for type checkers.
            setattr(cls, "__repr__", _never_raises(cls.__dict__["__repr__"]))  # noqa: B010

    @property
    def model(self) -> M:
        """The generated model the object was read from (what its documented attributes
        read), typed: ``server.model.details``."""
        return self._model

    @property
    def data(self) -> dict[str, Any]:
        """The API's JSON of the object (camelCase keys), as 2.51 kept it.

        Built from the model on first use: reading thousands of servers for their typed
        attributes does not pay for a second copy of each."""
        if self._data is None:
            self._data = self._model.to_dict()
        return self._data

    @data.setter
    def data(self, value: dict[str, Any]) -> None:
        self._data = value

    def _adopt(self, model: M) -> None:
        """Read ``model`` from now on; ``data`` becomes its JSON (when next read)."""
        self._model = model
        self._data = None

    if not TYPE_CHECKING:
        # 2.51's dynamic attributes, at run time only: type checkers report unknown names.
        def __getattr__(self, name: str) -> Any:
            if name.startswith("__") or name in ("data", "session", "_model"):
                raise AttributeError(name)
            try:
                data = self.data
            except AttributeError:  # neither read nor given yet
                data = None
            if isinstance(data, dict):
                key = self._KEYS.get(name, name)
                for source in (data, *(data.get(s) for s in self._SECTIONS)):
                    value = lookup(source, key)
                    if value is not _MISSING:
                        return value
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


def _never_raises(method: Callable[[Any], str]) -> Callable[[Any], str]:
    """``repr()`` of an object whose constructor failed half-way (a traceback shows it in
    its locals) must not raise: it says the object is incomplete instead."""

    @functools.wraps(method)
    def safe_repr(self: Any) -> str:
        try:
            return method(self)
        except Exception:
            return f"<clc.{type(self).__name__} (incomplete)>"

    return safe_repr
