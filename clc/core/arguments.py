"""Checks of argument types and shapes, made at the top of every public entry point.

:mod:`clc.core.validation` holds the API's value rules (cpu, memory, server names, disk
sizes...); this module holds what surrounds them: text and ids, flags, seconds, objects
passed where the SDK expects one of its own, and lists. The structured arguments
(``Server.Create``'s disks, custom fields and packages, ports, ``API.Call``) are in
:mod:`clc.core.argument_lists`. Each check returns the value to use or raises
:class:`~clc.errors.InvalidArgumentException` naming the argument and what is allowed; none
makes a request, so a refused call has sent nothing (the login included).

========================  =====================================================================
argument                  rule
========================  =====================================================================
name, description         a string of at most 255 characters (the API's limit on group,
                          network and policy names and on descriptions); names not blank
id                        a non-empty string of at most 255 characters without whitespace
                          (server, group, network, template, policy, package ids)
account alias             1 to 10 letters or digits
location                  a data center code: 2 to 10 letters or digits (``VA1``)
flag                      ``True`` or ``False`` (``"false"`` is a string, not a flag)
seconds                   a finite number, within the range each entry point states
========================  =====================================================================
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from typing import Any, Final, TypeVar

from clc.core.validation import _show, check_password, check_whole_number
from clc.errors import InvalidArgumentException

__all__ = [
    "ID_MAX",
    "TEXT_MAX",
    "check_alias",
    "check_flag",
    "check_id",
    "check_instance",
    "check_items",
    "check_key",
    "check_location",
    "check_model",
    "check_models",
    "check_option",
    "check_optional_id",
    "check_optional_password",
    "check_optional_text",
    "check_seconds",
    "check_text",
    "check_wait",
    "check_whole_number",
]

T = TypeVar("T")

TEXT_MAX: Final = 255
ID_MAX: Final = 255
_ALIAS_RE: Final = re.compile(r"[A-Za-z0-9]{1,10}")
_LOCATION_RE: Final = re.compile(r"[A-Za-z0-9]{2,10}")


def has_blank_or_control(value: str) -> bool:
    """Whether ``value`` holds whitespace or a control character. Every whitespace
    character but the ASCII space is unprintable, so this is ``any(c.isspace() or not
    c.isprintable())`` without a Python-level loop (ids are checked for every object)."""
    return " " in value or not value.isprintable()


def not_a(kind: str, value: object) -> str:
    """The problem of a value of the wrong type: ``5 (int) is not a string``."""
    return f"{_show(value)} ({type(value).__name__}) is not {kind}"


def check_text(
    value: object, *, argument: str, max_len: int = TEXT_MAX, allow_empty: bool = False
) -> str:
    """A name or description: a string of at most ``max_len`` characters, not blank unless
    ``allow_empty``."""
    allowed = f"a string of at most {max_len} characters"
    if not allow_empty:
        allowed = f"a non-blank string of at most {max_len} characters"
    if not isinstance(value, str):
        raise InvalidArgumentException.refused(argument, not_a("a string", value), allowed)
    if not allow_empty and not value.strip():
        raise InvalidArgumentException.refused(argument, "it is blank", allowed)
    if len(value) > max_len:
        raise InvalidArgumentException.refused(
            argument, f"it is {len(value)} characters long", allowed
        )
    return value


def check_optional_text(
    value: object, *, argument: str, max_len: int = TEXT_MAX, allow_empty: bool = True
) -> str | None:
    """``None``, or what :func:`check_text` accepts."""
    if value is None:
        return None
    return check_text(value, argument=argument, max_len=max_len, allow_empty=allow_empty)


def check_id(value: object, *, argument: str) -> str:
    """The id of something the API holds: a non-empty string without whitespace."""
    allowed = f"an id: a non-empty string of at most {ID_MAX} characters without whitespace"
    if not isinstance(value, str):
        raise InvalidArgumentException.refused(argument, not_a("a string", value), allowed)
    if not value:
        raise InvalidArgumentException.refused(argument, "it is empty", allowed)
    if len(value) > ID_MAX:
        raise InvalidArgumentException.refused(
            argument, f"it is {len(value)} characters long", allowed
        )
    if has_blank_or_control(value):
        raise InvalidArgumentException.refused(
            argument, f"{_show(value)} contains whitespace or control characters", allowed
        )
    return value


def check_optional_id(value: object, *, argument: str) -> str | None:
    """``None``, or what :func:`check_id` accepts."""
    return None if value is None else check_id(value, argument=argument)


def check_key(value: object, *, argument: str = "key") -> str:
    """What ``Get``/``Search`` look for: any string (an id, a name, part of one)."""
    if not isinstance(value, str):
        raise InvalidArgumentException.refused(
            argument, not_a("a string", value), "a string (an id or name)"
        )
    return value


def check_option(value: object, options: tuple[str, ...], *, argument: str) -> str:
    """One of ``options`` (snake_case names), matched in any case and in camelCase too;
    returned as listed."""
    allowed = ", ".join(repr(o) for o in options) + " (any case, or in camelCase)"
    if not isinstance(value, str):
        raise InvalidArgumentException.refused(argument, not_a("a string", value), allowed)
    folded = value.replace("_", "").lower()
    for option in options:
        if option.replace("_", "").lower() == folded:
            return option
    raise InvalidArgumentException.refused(argument, f"{_show(value)} is not one of them", allowed)


def check_alias(value: object, *, argument: str = "alias") -> str | None:
    """An account alias, or ``None`` for the session's own."""
    return _code(value, argument, _ALIAS_RE, "an account alias: 1 to 10 letters or digits")


def check_location(value: object, *, argument: str = "location") -> str | None:
    """A data center code (``VA1``), or ``None`` for the session's default."""
    return _code(value, argument, _LOCATION_RE, "a data center code: 2 to 10 letters or digits")


def _code(value: object, argument: str, pattern: re.Pattern[str], what: str) -> str | None:
    if value is None:
        return None
    allowed = f"None (the session's) or {what}"
    if not isinstance(value, str):
        raise InvalidArgumentException.refused(argument, not_a("a string", value), allowed)
    if not pattern.fullmatch(value) or not value.isascii():
        raise InvalidArgumentException.refused(argument, f"{_show(value)} is not {what}", allowed)
    return value


def check_flag(value: object, *, argument: str) -> bool:
    """``True`` or ``False``, nothing that merely looks like one (``bool("false")`` is True)."""
    if not isinstance(value, bool):
        raise InvalidArgumentException.refused(argument, not_a("a bool", value), "True or False")
    return value


def check_seconds(
    value: object, *, argument: str, low: float, high: float, low_open: bool = False
) -> float:
    """A finite number of seconds from ``low`` (excluded when ``low_open``) to ``high``."""
    bound = "more than" if low_open else "at least"
    allowed = f"a number of seconds {bound} {low:g} and at most {high:g}"
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidArgumentException.refused(argument, not_a("a number", value), allowed)
    if not math.isfinite(value):
        raise InvalidArgumentException.refused(argument, f"{value} is not finite", allowed)
    if value < low or (low_open and value == low) or value > high:
        raise InvalidArgumentException.refused(argument, f"{value:g} is out of range", allowed)
    return float(value)


#: The longest wait or poll interval, in seconds (30 days).
WAIT_MAX: Final = 30 * 86400.0


def check_wait(poll_freq: object, timeout: object) -> None:
    """``WaitUntilComplete``'s ``poll_freq`` (0 to 30 days) and ``timeout`` (``None``, or 0
    to 30 days)."""
    check_seconds(poll_freq, argument="poll_freq", low=0, high=WAIT_MAX)
    if timeout is not None:
        check_seconds(timeout, argument="timeout", low=0, high=WAIT_MAX)


def check_optional_password(value: object, *, argument: str = "password") -> str | None:
    """``None`` (the API's choice), or a non-empty string: ``""`` is refused, not dropped."""
    return None if value is None else check_password(value, argument=argument)


def check_instance(value: object, cls: type[T], *, argument: str, allowed: str = "") -> T:
    """An object of class ``cls`` (a parent passed to a child's constructor, a transport)."""
    if not isinstance(value, cls):
        raise InvalidArgumentException.refused(
            argument, not_a(f"a {cls.__name__}", value), allowed or f"a {cls.__name__}"
        )
    return value


def check_model(value: object, *, argument: str) -> None:
    """The data an object is built from: ``None`` (read it from the API), a dict of the
    API's fields, or a model of the generated client."""
    if value is None or isinstance(value, Mapping) or callable(getattr(value, "to_dict", None)):
        return
    raise InvalidArgumentException.refused(
        argument,
        not_a("a dict or a generated model", value),
        "None, a dict of the API's fields or a clc_generated model",
    )


def check_models(value: object, *, argument: str, what: str) -> list[Any]:
    """``None`` (none), or a list of what objects are built from (see :func:`check_model`)."""
    if value is None:
        return []
    items = check_items(value, argument=argument, what=what)
    for i, item in enumerate(items):
        check_model(item, argument=f"{argument}[{i}]")
    return items


def check_items(value: object, *, argument: str, what: str) -> list[Any]:
    """The items of a list, tuple or other iterable (not a string or a dict, whose items
    would be characters or keys)."""
    allowed = f"a list of {what}"
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        raise InvalidArgumentException.refused(argument, not_a("a list", value), allowed)
    return list(value)
