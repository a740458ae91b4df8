"""Checks of the structured arguments: lists of dicts and what ``API.Call`` sends.

``Server.Create``'s ``additional_disks``, ``custom_fields`` and ``packages``, a package's
``parameters``, public IP ``ports`` and ``source_restrictions``, snapshot names, the raw
answers ``Requests`` is built from, and ``API.Call``'s method, URL and payload. Each item is
checked with the rules of :mod:`clc.core.validation` and :mod:`clc.core.arguments`; an
error names the item (``additional_disks[1].sizeGB``) and what is allowed. Keys the API
does not know are refused rather than dropped.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any, Final
from urllib.parse import urlsplit

from clc.core import validation
from clc.core.arguments import (
    check_id,
    check_items,
    check_key,
    check_optional_id,
    check_text,
    has_blank_or_control,
    not_a,
)
from clc.errors import InvalidArgumentException

__all__ = [
    "HTTP_METHODS",
    "check_additional_disks",
    "check_api_url",
    "check_cidrs",
    "check_custom_fields",
    "check_horizontal_policy",
    "check_http_method",
    "check_names",
    "check_package_parameters",
    "check_packages",
    "check_payload",
    "check_ports",
    "check_queue_answers",
]

HTTP_METHODS: Final = ("GET", "POST", "PUT", "PATCH", "DELETE")


def _record(item: object, argument: str, what: str, keys: tuple[str, ...]) -> Mapping[Any, Any]:
    """A dict holding only ``keys`` (a key the API does not know is refused, not dropped)."""
    if not isinstance(item, Mapping):
        raise InvalidArgumentException.refused(argument, not_a("a dict", item), what)
    unknown = sorted(str(k) for k in item if k not in keys)
    if unknown:
        raise InvalidArgumentException.refused(
            argument, f"unknown keys {', '.join(unknown)}", f"{what} (keys {', '.join(keys)})"
        )
    return item


def _entries(
    value: object, argument: str, what: str, keys: tuple[str, ...], required: str = ""
) -> list[Any]:
    """The dicts of a list argument (``None`` is an empty list), each holding only ``keys``
    and, when given, the ``required`` one."""
    if value is None:
        return []
    items = check_items(value, argument=argument, what=what)
    records = [_record(item, f"{argument}[{i}]", what, keys) for i, item in enumerate(items)]
    for i, record in enumerate(records):
        if required and required not in record:
            raise InvalidArgumentException.refused(
                f"{argument}[{i}]", f"it has no {required}", what
            )
    return records


def check_additional_disks(
    value: object, *, argument: str = "additional_disks"
) -> list[dict[str, Any]]:
    """Disks to add to a new server: ``{"sizeGB": 1-1024, "type": "raw"|"partitioned",
    "path": mount point}`` (``size`` is accepted for ``sizeGB``, as 2.51 took it)."""
    what = "disks, each a dict with sizeGB (1-1024), type ('raw' or 'partitioned') and path"
    out = []
    for i, disk in enumerate(_entries(value, argument, what, ("sizeGB", "size", "type", "path"))):
        where = f"{argument}[{i}]"
        if "sizeGB" not in disk and "size" not in disk:
            raise InvalidArgumentException.refused(where, "it has no sizeGB", what)
        size = disk["sizeGB"] if "sizeGB" in disk else disk["size"]
        entry: dict[str, Any] = {
            "sizeGB": validation.check_disk_size_gb(size, argument=f"{where}.sizeGB")
        }
        path = disk.get("path")
        if path is not None:
            entry["path"] = validation.check_disk_path(path, argument=f"{where}.path")
        if disk.get("type") is not None:
            entry["type"] = validation.check_disk_type(
                disk["type"], path, argument=f"{where}.type", path_argument=f"{where}.path"
            )
        out.append(entry)
    return out


def check_custom_fields(value: object, *, argument: str = "custom_fields") -> list[dict[str, Any]]:
    """Custom field values: ``{"id": field id, "value": text, number or bool}``."""
    what = "custom fields, each a dict with id and value (text, a number or a bool)"
    out = []
    for i, field in enumerate(_entries(value, argument, what, ("id", "value"), "id")):
        where = f"{argument}[{i}]"
        entry = {"id": check_id(field["id"], argument=f"{where}.id")}
        if "value" in field:
            entry["value"] = _scalar(field["value"], f"{where}.value", what)
        out.append(entry)
    return out


def _scalar(value: object, argument: str, allowed: str) -> Any:
    if isinstance(value, str | bool | int) or (isinstance(value, float) and math.isfinite(value)):
        return value
    raise InvalidArgumentException.refused(
        argument, not_a("text, a number or a bool", value), allowed
    )


def check_packages(value: object, *, argument: str = "packages") -> list[dict[str, Any]]:
    """Blueprint packages to run: ``{"packageId": id, "parameters": {name: text}}``."""
    what = "packages, each a dict with packageId and parameters (a dict of text)"
    out = []
    keys = ("packageId", "parameters")
    for i, package in enumerate(_entries(value, argument, what, keys, "packageId")):
        where = f"{argument}[{i}]"
        out.append(
            {
                "packageId": check_id(package["packageId"], argument=f"{where}.packageId"),
                "parameters": check_package_parameters(
                    package.get("parameters"), argument=f"{where}.parameters"
                ),
            }
        )
    return out


def check_package_parameters(value: object, *, argument: str = "parameters") -> dict[str, str]:
    """A package's parameters: ``None`` or a dict of names to text."""
    allowed = "None or a dict of parameter names to text values"
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise InvalidArgumentException.refused(argument, not_a("a dict", value), allowed)
    for key, item in value.items():
        if not isinstance(key, str) or not key:
            raise InvalidArgumentException.refused(
                argument, f"the key {key!r} is not a non-empty string", allowed
            )
        if not isinstance(item, str):
            raise InvalidArgumentException.refused(
                f"{argument}[{key!r}]", not_a("text", item), allowed
            )
    return dict(value)


def check_ports(value: object, *, argument: str = "ports") -> list[tuple[str, int, int | None]]:
    """Ports to open: ``{"protocol": TCP/UDP/ICMP, "port": 1-65535, "port_to": end of a
    range}``; ``(protocol, port, port_to)`` each (ICMP has no port: 0)."""
    what = "ports, each a dict with protocol ('TCP', 'UDP' or 'ICMP'), port and port_to"
    if value is None:
        raise InvalidArgumentException.refused(argument, "it is None", f"a list of {what}")
    out = []
    keys = ("protocol", "port", "port_to")
    for i, port in enumerate(_entries(value, argument, what, keys, "protocol")):
        where = f"{argument}[{i}]"
        out.append(
            validation.check_port_spec(
                port["protocol"], port.get("port"), port.get("port_to"), prefix=where
            )
        )
    return out


def check_cidrs(value: object, *, argument: str = "cidrs") -> list[str]:
    """Networks in CIDR notation (source restrictions)."""
    items = check_items(value, argument=argument, what="networks in CIDR notation")
    return [validation.check_cidr(c, argument=f"{argument}[{i}]") for i, c in enumerate(items)]


def check_names(value: object, *, argument: str = "names") -> list[str] | None:
    """``None`` (all), or a list of names (a lone string would be read as its characters)."""
    if value is None:
        return None
    items = check_items(value, argument=argument, what="names (strings)")
    return [check_key(n, argument=f"{argument}[{i}]") for i, n in enumerate(items)]


def check_queue_answers(value: object, *, argument: str = "requests_lst") -> Any:
    """What the API answers to a queued operation, as ``Requests`` takes it: ``None``, a dict
    or a list of dicts, whose ``links`` are lists of dicts."""
    allowed = (
        "None, or the API's answer to a queued operation: a dict, a clc_generated model or a "
        "list of them"
    )
    if value is None:
        return []
    entries = (
        [value]
        if isinstance(value, Mapping) or _is_model(value)
        else check_items(value, argument=argument, what="the API's answers (dicts)")
    )
    for i, entry in enumerate(entries):
        if _is_model(entry):
            continue
        if not isinstance(entry, Mapping):
            raise InvalidArgumentException.refused(
                f"{argument}[{i}]", not_a("a dict", entry), allowed
            )
        links = entry.get("links")
        if links is not None and not (
            isinstance(links, list) and all(isinstance(lk, Mapping) for lk in links)
        ):
            raise InvalidArgumentException.refused(
                f"{argument}[{i}].links", not_a("a list of dicts", links), allowed
            )
    return value


# Horizontal autoscale policies: periods and steps as the API documents them.
THRESHOLD_PERIODS: Final = ("00:05:00", "00:10:00", "00:15:00", "00:30:00")
COOL_DOWN_PERIODS: Final = ("00:15:00", "00:20:00", "00:30:00")
SCALE_BY: Final = (1, 2, 4)


def check_horizontal_policy(value: object, *, argument: str = "policy_obj") -> dict[str, Any]:
    """A horizontal autoscale policy's fields (camelCase, as the API names them): ``name``,
    ``minimumServerCount``, ``thresholdPeriod`` and ``coolDownPeriod`` (``hh:mm:ss``), and
    ``scaleOut``/``scaleIn`` (``{"scaleBy": 1|2|4, "cpuPercentThreshold": 0-100,
    "memoryPercentThreshold": 0-100}``). Returns the fields to send (``links`` dropped)."""
    what = (
        "a dict of the policy's fields: name, minimumServerCount, thresholdPeriod, "
        "coolDownPeriod, scaleOut, scaleIn"
    )
    keys = ("id", "name", "minimumServerCount", "thresholdPeriod", "coolDownPeriod")
    record = _record(value, argument, what, (*keys, "scaleOut", "scaleIn", "links"))
    data = {k: v for k, v in record.items() if k != "links"}
    check_text(data.get("name"), argument=f"{argument}['name']")
    check_optional_id(data.get("id"), argument=f"{argument}['id']")
    if data.get("minimumServerCount") is not None:
        data["minimumServerCount"] = validation.check_whole_number(
            data["minimumServerCount"],
            argument=f"{argument}['minimumServerCount']",
            low=0,
            high=10**6,
        )
    for key, periods in (
        ("thresholdPeriod", THRESHOLD_PERIODS),
        ("coolDownPeriod", COOL_DOWN_PERIODS),
    ):
        if data.get(key) is not None and data[key] not in periods:
            raise InvalidArgumentException.refused(
                f"{argument}['{key}']",
                f"{data[key]!r} is not one of the periods",
                ", ".join(periods),
            )
    for key in ("scaleOut", "scaleIn"):
        if data.get(key) is not None:
            _check_scale_rule(data[key], f"{argument}['{key}']")
    return data


def _check_scale_rule(rule: object, argument: str) -> None:
    what = "a dict of scaleBy (1, 2 or 4), cpuPercentThreshold and memoryPercentThreshold (0-100)"
    keys = ("scaleBy", "cpuPercentThreshold", "memoryPercentThreshold")
    rule = _record(rule, argument, what, keys)
    if rule.get("scaleBy") is not None and (
        isinstance(rule["scaleBy"], bool) or rule["scaleBy"] not in SCALE_BY
    ):
        raise InvalidArgumentException.refused(
            f"{argument}['scaleBy']", f"{rule['scaleBy']!r} is not 1, 2 or 4", what
        )
    for key in keys[1:]:
        percent = rule.get(key)
        if percent is not None and (
            isinstance(percent, bool)
            or not isinstance(percent, int | float)
            or not 0 <= percent <= 100
        ):
            raise InvalidArgumentException.refused(
                f"{argument}['{key}']", f"{percent!r} is not a percentage", what
            )


def _is_model(value: object) -> bool:
    """A model of the generated client (it turns itself into the API's JSON)."""
    return not isinstance(value, Mapping) and callable(getattr(value, "to_dict", None))


def check_http_method(value: object, *, argument: str = "method") -> str:
    """An HTTP method the API uses, in any case; returned upper-case."""
    allowed = ", ".join(HTTP_METHODS) + " (any case)"
    if not isinstance(value, str):
        raise InvalidArgumentException.refused(argument, not_a("a string", value), allowed)
    method = value.strip().upper()
    if method not in HTTP_METHODS:
        raise InvalidArgumentException.refused(argument, f"{value!r} is not a method", allowed)
    return method


def check_api_url(value: object, *, argument: str = "url") -> str:
    """A path of the API: relative to ``/v2/`` or from the endpoint's root, never another
    host (the bearer token goes wherever the request goes)."""
    allowed = "a path such as 'servers/ALIAS/ID' or '/v2/servers/ALIAS/ID' (query allowed)"
    if not isinstance(value, str):
        raise InvalidArgumentException.refused(argument, not_a("a string", value), allowed)
    if not value.strip():
        raise InvalidArgumentException.refused(argument, "it is blank", allowed)
    if has_blank_or_control(value):
        raise InvalidArgumentException.refused(
            argument, "it contains whitespace or control characters", allowed
        )
    parts = urlsplit(value)
    if parts.scheme or parts.netloc or value.startswith(("//", "\\")):
        raise InvalidArgumentException.refused(
            argument, f"{value[:40]!r} names a host, not a path of the API", allowed
        )
    return value


def check_payload(value: object, method: str, *, argument: str = "payload") -> Any:
    """``API.Call``'s payload: ``None``, text or bytes sent as they are, or data sent as JSON
    (for GET: a dict sent as the query string)."""
    if value is None or isinstance(value, str | bytes):
        return value
    if method == "GET":
        allowed = "for GET: None, text, or a dict of query parameters"
        if not isinstance(value, Mapping):
            raise InvalidArgumentException.refused(argument, not_a("a dict", value), allowed)
        for key, item in value.items():
            if not isinstance(key, str) or not isinstance(item, str | int | float):
                raise InvalidArgumentException.refused(
                    argument, f"the parameter {key!r} is not text or a number", allowed
                )
        return value
    allowed = "None, text or bytes (sent as is), or dicts, lists and scalars JSON can encode"
    if not isinstance(value, Mapping | list):
        raise InvalidArgumentException.refused(argument, not_a("a dict or a list", value), allowed)
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError, RecursionError) as exc:
        raise InvalidArgumentException.refused(
            argument, f"JSON cannot encode it ({type(exc).__name__}: {exc})"[:200], allowed
        ) from None
    return value
