"""Running a generated operation from its command's options.

The values are checked and typed before any request: the request body is ``--body``
with the field options laid over it, and every value is converted to the type the
generated ``sync_detailed`` declares (models through their ``from_dict``). The call
goes through the session's generated client (login, retries, errors as
``clc.CLCException``); the API's answer is printed as it came.
"""

from __future__ import annotations

import datetime
import json
import types
import typing
from typing import Any, Literal, Union

from clc.cli.api_commands import DEFAULTED, command_name, option_dest
from clc.cli.invocation import Invocation
from clc.cli.operations import Operation
from clc.errors import InvalidArgumentException

_NO_BODY = object()


def call_operation(op: Operation, inv: Invocation, values: dict[str, Any]) -> None:
    args = {
        field.python_name: values.get(option_dest(field))
        for field in op.parameters
        if values.get(option_dest(field)) is not None or field.python_name in DEFAULTED
    }
    body = assemble_body(op, values)
    session = inv.session
    if args.get("account_alias", "") is None:
        args["account_alias"] = session.alias
    module = op.endpoint()
    hints = typing.get_type_hints(module.sync_detailed)
    kwargs = {
        name: coerce(value, hints.get(name, Any), f"--{command_name(name)}")
        for name, value in args.items()
    }
    if body is not _NO_BODY:
        kwargs["body"] = coerce(body, hints.get("body", Any), "the request body")
    response = _send(module.sync_detailed, session, kwargs)
    if response.content:
        try:
            data = json.loads(response.content)
        except ValueError:
            data = response.content.decode("utf-8", "replace")
        inv.emit(data)


def _send(fn: Any, session: Any, kwargs: dict[str, Any]) -> Any:
    import httpx

    from clc import errors

    try:
        response = fn(client=session.client, **kwargs)
    except httpx.TimeoutException as exc:
        raise errors.HTTPTimeoutException(f"HTTP timeout: {type(exc).__name__}: {exc}") from exc
    except httpx.HTTPError as exc:
        raise errors.TransportException(
            f"HTTP request to {session.base_url} failed: {type(exc).__name__}: {exc}"
        ) from exc
    status = int(response.status_code)
    if not 200 <= status < 300:  # the transport raises first; kept for other transports
        text = response.content.decode("utf-8", "replace")
        raise errors.error_for_status(status, text, "?", fn.__module__)
    return response


def assemble_body(op: Operation, values: dict[str, Any]) -> Any:
    """``--body`` with the given field options laid over it, checked for required fields."""
    if op.body is None:
        return _NO_BODY
    body = values.get("body_json")
    given = {
        field.name: values[option_dest(field)]
        for field in op.body.fields
        if values.get(option_dest(field)) is not None
    }
    if given:
        if body is None:
            body = {}
        if not isinstance(body, dict):
            raise InvalidArgumentException(
                "--body is not a JSON object, so field options cannot be laid over it"
            )
        body = {**body, **given}
    if body is None:
        if op.body.required and not any(f.required for f in op.body.fields):
            raise InvalidArgumentException(
                f"this operation needs a request body: --body JSON|@FILE ({op.body.type})"
            )
        if not op.body.required:
            return _NO_BODY
        body = {}
    if isinstance(body, dict):
        missing = [f for f in op.body.fields if f.required and f.name not in body]
        if missing:
            names = ", ".join(f"--{command_name(f.python_name)}" for f in missing)
            keys = ", ".join(f.name for f in missing)
            raise InvalidArgumentException(f"missing {names} (or {keys} in --body)")
    return body


def coerce(value: Any, hint: Any, where: str) -> Any:
    """``value`` (from JSON or an option) as the generated type ``hint``."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        choices = [a for a in args if a is not type(None) and getattr(a, "__name__", "") != "Unset"]
        problems: list[InvalidArgumentException] = []
        for choice in choices:
            try:
                return coerce(value, choice, where)
            except InvalidArgumentException as exc:
                problems.append(exc)
        raise problems[0] if problems else InvalidArgumentException(f"{where}: no value allowed")
    if origin is list:
        if not isinstance(value, list):
            raise InvalidArgumentException(f"{where}: expected a JSON array")
        item = args[0] if args else Any
        return [coerce(v, item, f"{where}[{i}]") for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            raise InvalidArgumentException(f"{where}: expected a JSON object")
        return {k: coerce(v, args[1] if args else Any, f"{where}.{k}") for k, v in value.items()}
    if origin is Literal:
        if value not in args:
            raise InvalidArgumentException(
                f"{where}: {value!r} is not one of {', '.join(map(str, args))}"
            )
        return value
    if hint is Any or hint is object:
        return value
    if isinstance(hint, type) and hasattr(hint, "from_dict"):
        return _model(value, hint, where)
    return _scalar(value, hint, where)


def _model(value: Any, model: type, where: str) -> Any:
    if not isinstance(value, dict):
        raise InvalidArgumentException(f"{where}: expected a JSON object ({model.__name__})")
    try:
        return model.from_dict(value)  # type: ignore[attr-defined]
    except KeyError as exc:
        raise InvalidArgumentException(
            f"{where}: {model.__name__} needs the field {exc.args[0]}"
        ) from exc
    except (TypeError, ValueError, AttributeError) as exc:
        raise InvalidArgumentException(f"{where}: not a valid {model.__name__}: {exc}") from exc


def _scalar(value: Any, hint: Any, where: str) -> Any:
    if hint is datetime.datetime or hint is datetime.date:
        from dateutil.parser import isoparse

        try:
            parsed = isoparse(str(value))
        except ValueError as exc:
            raise InvalidArgumentException(f"{where}: {value!r} is not an ISO 8601 date") from exc
        return parsed if hint is datetime.datetime else parsed.date()
    if hint is bool and not isinstance(value, bool):
        raise InvalidArgumentException(f"{where}: expected true or false, got {value!r}")
    if hint in (int, float) and (isinstance(value, bool) or not isinstance(value, (int, float))):
        raise InvalidArgumentException(f"{where}: expected a number, got {value!r}")
    if hint is int and isinstance(value, float) and not value.is_integer():
        raise InvalidArgumentException(f"{where}: expected an integer, got {value!r}")
    if hint is str and not isinstance(value, str):
        raise InvalidArgumentException(f"{where}: expected a string, got {value!r}")
    if hint in (int, float):
        return hint(value)
    return value
