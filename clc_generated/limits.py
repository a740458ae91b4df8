# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
"""Limits the API puts on values, from the component schemas of spec/clc-v2.yaml.

Each constant is one schema (``CPU`` is ``Cpu``): a whole number's inclusive bounds, or a
text's lengths and pattern. Values outside them are refused by the API.
"""

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class IntegerLimit:
    """Inclusive bounds of a whole number."""

    minimum: int
    maximum: int


@dataclass(frozen=True)
class TextLimit:
    """Lengths and pattern of a text; ``max_length_with_alias`` caps account alias + text."""

    min_length: int | None
    max_length: int | None
    pattern: str | None
    max_length_with_alias: int | None = None


SERVER_NAME: Final = TextLimit(
    min_length=1, max_length=8, pattern="^[A-Za-z0-9-]+$", max_length_with_alias=10
)
"""The short name a new server is built from: letters, digits and hyphens, one to eight of them; the account alias and the name together may not exceed ten characters (x-clc-max-length-with-alias). The API adds the data center, the alias and two digits."""

CPU: Final = IntegerLimit(minimum=1, maximum=16)
"""Number of processors (documented 1-16)."""

MEMORY_GB: Final = IntegerLimit(minimum=1, maximum=128)
"""Memory in GB (documented 1-128)."""

DISK_SIZE_GB: Final = IntegerLimit(minimum=1, maximum=1024)
"""Size of one disk in GB (documented up to 1024 GB per disk)."""

SNAPSHOT_EXPIRATION_DAYS: Final = IntegerLimit(minimum=1, maximum=10)
"""Days to keep a snapshot (documented 1-10)."""

PORT: Final = IntegerLimit(minimum=1, maximum=65535)
"""A TCP or UDP port number."""

DIGIT_STRING: Final = TextLimit(
    min_length=None, max_length=None, pattern="^[0-9]+$", max_length_with_alias=None
)
"""A whole number written as a string of digits."""
