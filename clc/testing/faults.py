"""Fault injection by rule.

A rule selects requests (path pattern, method) and decides when it fires (every
time, with a probability, for the next ``count`` matches, after skipping some),
then does one thing: answer a status code, add latency, drop the connection,
make the jobs the request queues fail, or expire the caller's token.

Text form, used by ``--fault`` and the admin endpoint: comma-separated items,
one action plus optional selectors and triggers::

    status=503,path=/v2/servers/*,method=GET,count=2
    status=429,retry_after=3,probability=0.2
    latency=1500,path=/v2/groups/*
    drop,method=POST,path=/v2/servers/*,count=1
    fail_job,path=/v2/operations/*/servers/powerOff
    expire_token,count=1

``path`` is a shell-style pattern over the request path (``*`` also crosses
``/``; case is ignored); ``method`` takes one method or several joined by ``|``.
"""

from __future__ import annotations

import fnmatch
import math
import random
import re
import threading
from dataclasses import dataclass, field
from typing import Any

ACTIONS = ("status", "latency", "drop", "fail_job", "expire_token")
_MAX_LATENCY_MS = 600_000.0  # ten minutes: longer than any client waits
_STATUSES = (408, 429, 500, 502, 503, 504)


@dataclass
class FaultRule:
    """One rule. Exactly one of the action fields is set (``status``, ``latency_ms`` ...)."""

    status: int | None = None
    latency_ms: float | None = None
    drop: bool = False
    fail_job: bool = False
    expire_token: bool = False
    path: str = "*"
    method: str = "*"
    probability: float = 1.0
    count: int | None = None
    after: int = 0
    retry_after: int | None = None
    message: str | None = None
    # Bookkeeping: how many requests matched and how many the rule acted on.
    matched: int = field(default=0, compare=False)
    fired: int = field(default=0, compare=False)
    _regex: re.Pattern[str] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        actions = [
            self.status is not None,
            self.latency_ms is not None,
            self.drop,
            self.fail_job,
            self.expire_token,
        ]
        if sum(actions) != 1:
            raise ValueError(f"a fault rule needs exactly one action of {', '.join(ACTIONS)}")
        if self.status is not None and self.status not in _STATUSES:
            raise ValueError(f"fault status must be one of {_STATUSES}")
        if not 0.0 <= self.probability <= 1.0:
            raise ValueError("probability must be between 0 and 1")
        if self.latency_ms is not None and not 0.0 <= self.latency_ms <= _MAX_LATENCY_MS:
            raise ValueError(f"latency must be 0 to {_MAX_LATENCY_MS:g} ms")
        for name in ("count", "after", "retry_after"):
            value = getattr(self, name)
            if value is not None and value < 0:
                raise ValueError(f"{name} must not be negative")
        self.method = self.method.upper()
        self._regex = re.compile(fnmatch.translate(self.path.lower()))

    @property
    def action(self) -> str:
        """The kind of fault: ``status``, ``latency``, ``drop``, ``fail_job`` or
        ``expire_token``."""
        if self.status is not None:
            return "status"
        if self.latency_ms is not None:
            return "latency"
        return "drop" if self.drop else "fail_job" if self.fail_job else "expire_token"

    @property
    def exhausted(self) -> bool:
        """Whether the rule has fired its ``count`` times and fires no more."""
        return self.count is not None and self.fired >= self.count

    def selects(self, method: str, path: str) -> bool:
        """Whether the request's method and path match the rule's selectors (whether it then
        fires depends on ``after``, ``count`` and ``probability``)."""
        if self.method != "*" and method.upper() not in self.method.split("|"):
            return False
        assert self._regex is not None
        return bool(self._regex.match(path.lower()))

    def to_dict(self) -> dict[str, Any]:
        """The rule's action and text form, and how many requests it matched and fired on: what
        ``GET /_emulator/faults`` lists."""
        out: dict[str, Any] = {"action": self.action, "rule": format_rule(self)}
        out.update(matched=self.matched, fired=self.fired, exhausted=self.exhausted)
        return out


def parse_rule(text: str) -> FaultRule:
    """Build a rule from its text form (see the module docstring)."""
    kwargs: dict[str, Any] = {}
    for item in filter(None, (p.strip() for p in text.split(","))):
        key, sep, value = item.partition("=")
        key = key.strip().lower().replace("-", "_")
        value = value.strip()
        if key in ("drop", "fail_job", "expire_token") and not sep:
            kwargs[key] = True
        elif key == "status":
            kwargs["status"] = int(value)
        elif key in ("latency", "latency_ms"):
            kwargs["latency_ms"] = float(value)
        elif key in ("path", "method", "message"):
            kwargs[key] = value
        elif key in ("probability", "p"):
            kwargs["probability"] = float(value)
        elif key in ("count", "after", "retry_after"):
            kwargs[key] = int(value)
        else:
            raise ValueError(f"unknown fault rule item {item!r}")
    return FaultRule(**kwargs)


# The fields a rule takes as an object (``POST /_emulator/faults {...}``), by JSON type.
_FIELD_TYPES: dict[str, tuple[type, ...]] = {
    "status": (int,),
    "latency_ms": (int, float),
    "drop": (bool,),
    "fail_job": (bool,),
    "expire_token": (bool,),
    "path": (str,),
    "method": (str,),
    "probability": (int, float),
    "count": (int,),
    "after": (int,),
    "retry_after": (int,),
    "message": (str,),
}


def rule_from_fields(fields: dict[str, Any]) -> FaultRule:
    """A rule from an object of its fields (null = absent); ``ValueError`` names a bad one."""
    given = {k: v for k, v in fields.items() if v is not None}
    for key, value in given.items():
        kinds = _FIELD_TYPES.get(key)
        if kinds is None:
            raise ValueError(f"unknown fault rule field {key[:40]!r}")
        wrong_bool = isinstance(value, bool) and bool not in kinds
        if wrong_bool or not isinstance(value, kinds):
            raise ValueError(
                f"fault rule field {key} must be {' or '.join(k.__name__ for k in kinds)}"
            )
        if isinstance(value, float) and not math.isfinite(value):
            raise ValueError(f"fault rule field {key} must be a finite number")
    return FaultRule(**given)


def format_rule(rule: FaultRule) -> str:
    parts: list[str] = []
    if rule.status is not None:
        parts.append(f"status={rule.status}")
    elif rule.latency_ms is not None:
        parts.append(f"latency={rule.latency_ms:g}")
    else:
        parts.append(rule.action)
    if rule.path != "*":
        parts.append(f"path={rule.path}")
    if rule.method != "*":
        parts.append(f"method={rule.method}")
    if rule.probability != 1.0:
        parts.append(f"probability={rule.probability:g}")
    if rule.count is not None:
        parts.append(f"count={rule.count}")
    if rule.after:
        parts.append(f"after={rule.after}")
    if rule.retry_after is not None:
        parts.append(f"retry_after={rule.retry_after}")
    return ",".join(parts)


class Faults:
    """The live rule set; thread-safe, consulted once per request."""

    def __init__(self, rules: list[FaultRule] | None = None, *, seed: int | None = None) -> None:
        self._lock = threading.Lock()
        self._seed = seed
        self._rules: list[FaultRule] = []
        # One random stream per rule, seeded from the rule's text: with a seed, a rule fires
        # on the same requests whatever other rules or tests ran before it.
        self._random: dict[int, random.Random] = {}
        for rule in rules or []:
            self.add(rule)

    def add(self, rule: FaultRule | str | None = None, **kwargs: Any) -> FaultRule:
        """Add a rule given as an object, as text, or as keyword fields."""
        if isinstance(rule, str):
            rule = parse_rule(rule)
        elif rule is None:
            rule = FaultRule(**kwargs)
        stream = random.Random(None if self._seed is None else f"{self._seed}/{format_rule(rule)}")
        with self._lock:
            self._rules.append(rule)
            self._random[id(rule)] = stream
        return rule

    def remove(self, rule: FaultRule) -> None:
        """Stop applying ``rule``."""
        with self._lock:
            self._rules = [r for r in self._rules if r is not rule]
            self._random.pop(id(rule), None)

    def clear(self) -> None:
        """Remove every rule."""
        with self._lock:
            self._rules = []
            self._random = {}

    @property
    def rules(self) -> list[FaultRule]:
        """A copy of the current rules, in the order they are consulted."""
        with self._lock:
            return list(self._rules)

    def __bool__(self) -> bool:
        return bool(self._rules)

    def pick(self, method: str, path: str) -> list[FaultRule]:
        """The rules that fire for this request (each counted as it fires)."""
        fired: list[FaultRule] = []
        with self._lock:
            for rule in self._rules:
                if rule.exhausted or not rule.selects(method, path):
                    continue
                rule.matched += 1
                if rule.matched <= rule.after:
                    continue
                if rule.probability < 1.0 and self._random[id(rule)].random() >= rule.probability:
                    continue
                rule.fired += 1
                fired.append(rule)
        return fired
