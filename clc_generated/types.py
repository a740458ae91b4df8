# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
"""Contains some shared types for properties"""

import gc
import marshal
import threading
from collections.abc import Iterator, Mapping, MutableMapping
from contextlib import contextmanager
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, Protocol, TypeVar, cast

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    # clc: one UNSET, also through pickle and copy (a model sent to another process keeps
    # "not set" apart from any value, and compares equal); shown as UNSET in reprs.
    def __reduce__(self) -> str:
        return "UNSET"

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


_collector_lock = threading.Lock()
_collector_pauses = 0
_collector_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while an answer is decoded into models.

    Decoding a large answer creates hundreds of thousands of objects that all stay alive;
    the collector, set off by the allocations, would walk them over and over and find no
    garbage (half the time of reading a 5,000-server group tree). Pauses are counted
    across threads: the last one to end switches the collector back on, and only if it
    was on before the first began.

    When the pause built more than a middle-generation collection's worth of objects, that
    collection runs as it ends: the collector would otherwise walk them all once as the
    youngest generation and again soon after as the middle one. (``gc.freeze()`` and
    ``unfreeze()`` would save both walks, but they carry the program's young garbage into
    the oldest generation without counting it, so cyclic garbage would no longer be
    collected on its own.)
    """
    global _collector_pauses, _collector_was_enabled
    with _collector_lock:
        if _collector_pauses == 0:
            _collector_was_enabled = gc.isenabled()
            gc.disable()
        _collector_pauses += 1
    try:
        yield
    finally:
        with _collector_lock:
            _collector_pauses -= 1
            if _collector_pauses == 0 and _collector_was_enabled:
                gc.enable()
                young, middle = gc.get_threshold()[:2]
                if young and gc.get_count()[0] > young * middle:
                    gc.collect(1)


M = TypeVar("M")
M_co = TypeVar("M_co", covariant=True)


class CheckedModel(Protocol[M_co]):
    """A model whose arrays may be decoded on read: it checks objects without building them
    and says whether they are plain JSON of its fields alone."""

    @staticmethod
    def check_all(items: list[Any]) -> bool: ...

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> M_co: ...


class Undecoded(Generic[M]):
    """A JSON array of objects, already checked, held until the attribute is first read.

    Items that are plain JSON of the model's fields alone (flat: scalars and arrays of
    them, no NaN, as its ``check_all`` says) are held as ``marshal`` bytes rather than as
    the parsed dicts and lists: a bytes object is one object the cyclic collector does not
    track, where a server's 13 links are 26 containers it would walk on every collection for
    as long as the model lives (most of the collector's time after reading a 5,000-server
    tree). ``marshal`` gives such values back exactly; the bytes are made here and read only
    by ``decode``. Other items (keys the spec does not name, a caller's own types) are kept
    as given."""

    __slots__ = ("items", "model")

    def __init__(self, items: list[Any], model: CheckedModel[M], plain: bool) -> None:
        self.items: bytes | list[Any] = items
        if plain:
            try:
                self.items = marshal.dumps(items)
            except ValueError:  # a subclass of dict, str, int or float, or another mapping
                pass
        self.model = model

    def decode(self) -> list[M]:
        held = self.items
        items: list[Any] = marshal.loads(held) if isinstance(held, bytes) else held
        from_dict = self.model.from_dict
        return [from_dict(item) for item in items]


def checked_array(data: object, model: CheckedModel[M]) -> list[M]:
    """``data``, a JSON array of ``model`` objects, checked now as ``from_dict`` would check
    it (a bad item raises here, while the answer is decoded); its objects are built when the
    attribute holding it is first read. Most such arrays (a server's links) are never read,
    and building them was the largest part of decoding a server."""
    if not isinstance(data, list):
        raise wrong_type(getattr(model, "__name__", "array"), data, (list,))
    return cast(list[M], Undecoded(data, model, model.check_all(data)))


def decode_when_read(cls: type, *names: str) -> None:
    """Make the attributes ``names`` of the attrs class ``cls`` (slotted) decode an
    ``Undecoded`` array on first read, and keep the decoded list. Every read goes through
    the attribute (``==``, ``repr``, ``to_dict``, pickling), so none sees the raw array."""
    for name in names:
        slot = cls.__dict__[name]  # the slot's member descriptor

        def read(self: Any, slot: Any = slot) -> Any:
            value = slot.__get__(self, type(self))
            if type(value) is Undecoded:
                value = value.decode()
                slot.__set__(self, value)
            return value

        setattr(cls, name, property(read, slot.__set__, slot.__delete__, slot.__doc__))


def wrong_type(key: str, value: object, allowed: tuple[type, ...]) -> TypeError:
    """The error of a field whose JSON value is not of its declared type."""
    names = " or ".join(t.__name__ for t in allowed)
    return TypeError(f"{key}: {type(value).__name__} is not {names}")


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "checked_array",
    "collector_paused",
    "decode_when_read",
    "wrong_type",
]
