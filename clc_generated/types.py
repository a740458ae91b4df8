# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
"""Contains some shared types for properties"""

import gc
import threading
from collections.abc import Iterator, Mapping, MutableMapping
from contextlib import contextmanager
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


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
    "collector_paused",
    "wrong_type",
]
