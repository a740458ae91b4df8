"""Reading request bodies the way the real API's model binder did.

Bodies may be JSON or form-encoded (older clients send dicts form-encoded, so
every value arrives as a string and a one-item list as a bare value). Names
match case-insensitively and a JSON ``null`` counts as absent. Problems are
collected per field and raised together as one 400 with ``modelState``.
"""

from __future__ import annotations

import re
from typing import Any

from .errors import ApiError
from .limits import Range

# Longer digit strings are refused before conversion (Python refuses past 4,300 digits).
_MAX_DIGITS = 30


class Fields:
    def __init__(self, body: Any, *, required_body: bool = True) -> None:
        self.errors: dict[str, list[str]] = {}
        if body is None:
            body = {}
            if required_body:
                self.errors["body"] = ["A request body is required."]
        if not isinstance(body, dict):
            raise ApiError(400, "The request is invalid.", {"body": ["Expected a JSON object."]})
        self.raw = body
        self._lower = {str(k).lower(): v for k, v in body.items() if v is not None}

    def has(self, name: str) -> bool:
        return name.lower() in self._lower

    def get(self, name: str) -> Any:
        return self._lower.get(name.lower())

    def error(self, name: str, reason: str) -> None:
        self.errors.setdefault(f"body.{name}", []).append(reason)

    def check(self) -> None:
        if self.errors:
            raise ApiError(400, "The request is invalid.", self.errors)

    def adopt(self, sub: Fields, prefix: str) -> None:
        """Take the errors of a nested object's reader, each named under ``prefix``."""
        for k, reasons in sub.errors.items():
            self.errors.setdefault(f"{prefix}.{k.removeprefix('body.')}", []).extend(reasons)

    # -- typed readers -------------------------------------------------------------------

    def text(
        self,
        name: str,
        *,
        required: bool = False,
        max_len: int | None = None,
        pattern: str | None = None,
        choices: tuple[str, ...] | None = None,
    ) -> str | None:
        value = self.get(name)
        if isinstance(value, list) and len(value) == 1:
            value = value[0]
        if value is None or (value == "" and required):
            if required:
                self.error(name, f"The {name} field is required.")
            return None
        if not isinstance(value, str):
            self.error(name, f"The {name} field must be a string.")
            return None
        if max_len is not None and len(value) > max_len:
            self.error(name, f"The {name} field must be at most {max_len} characters long.")
        if pattern is not None and not re.fullmatch(pattern, value):
            self.error(name, f"The {name} field has characters that are not allowed.")
        if choices is not None and value.lower() not in [c.lower() for c in choices]:
            self.error(name, f"The {name} field must be one of: {', '.join(choices)}.")
            return None
        if choices is not None:
            return next(c for c in choices if c.lower() == value.lower())
        return value

    def integer(
        self,
        name: str,
        *,
        required: bool = False,
        lo: int | None = None,
        hi: int | None = None,
        within: Range | None = None,
    ) -> int | None:
        """A whole number (a JSON number or a string of digits), ``lo``..``hi`` or ``within``."""
        if within is not None:
            lo, hi = within.low, within.high
        value = self.get(name)
        if isinstance(value, list) and len(value) == 1:
            value = value[0]
        if value is None:
            if required:
                self.error(name, f"The {name} field is required.")
            return None
        number: int | None = None
        if isinstance(value, bool):
            number = None
        elif isinstance(value, int):
            number = value
        elif isinstance(value, float) and value.is_integer():
            number = int(value)
        elif isinstance(value, str) and re.fullmatch(r"\s*-?[0-9]+\s*", value):
            if len(value.strip().lstrip("-")) > _MAX_DIGITS:
                self.error(name, f"The {name} field is too large a number.")
                return None
            number = int(value)
        if number is None:
            self.error(name, f"The {name} field must be a whole number.")
            return None
        if (lo is not None and number < lo) or (hi is not None and number > hi):
            self.error(name, f"The {name} field must be between {lo} and {hi}.")
            return None
        return number

    def flag(self, name: str, *, default: bool = False) -> bool:
        value = self.get(name)
        if isinstance(value, list) and len(value) == 1:
            value = value[0]
        if value is None:
            return default
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "false"):
            return value.lower() == "true"
        self.error(name, f"The {name} field must be true or false.")
        return default

    def array(self, name: str, *, required: bool = False) -> list[Any]:
        value = self.get(name)
        if value is None:
            if required:
                self.error(name, f"The {name} field is required.")
            return []
        if isinstance(value, list):
            return value
        if isinstance(value, str):
            return [value]  # form-encoded single value
        self.error(name, f"The {name} field must be a list.")
        return []

    def obj(self, name: str) -> dict[str, Any] | None:
        value = self.get(name)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.error(name, f"The {name} field must be an object.")
            return None
        return value


def required_text(body: Any, name: str, *, max_len: int | None = None) -> str:
    """The one text field a body must carry (a 400 naming it when it is missing or not text)."""
    f = Fields(body)
    value = f.text(name, required=True, max_len=max_len)
    f.check()
    assert value is not None  # text() returns None only with an error, and check() raised it
    return value
