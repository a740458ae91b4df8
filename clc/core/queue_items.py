"""The API's answers to queued operations, read into the items ``Requests`` is built from.

An item is a dict of ``request_id``, ``server``, ``self_href``, ``error``, ``queued`` and
``uri`` (v2-experimental operations), whether it came from a generated model or raw JSON.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def items_from_json(obj: Any) -> Iterable[dict[str, Any]]:
    """Normalise the raw JSON shapes 2.51 accepted (for code that builds Requests itself)."""
    if isinstance(obj, dict):
        if "uri" in obj or "operationId" in obj:
            yield _item(obj.get("operationId"), None, None, None, True, obj.get("uri"))
            return
        if "href" in obj and "isQueued" not in obj:
            obj = {"isQueued": True, "links": [obj]}
        obj = [obj]
    for entry in obj:
        links = entry.get("links") or []
        status = next((lk for lk in links if lk.get("rel") == "status"), None)
        if status is None and links and links[0].get("id"):
            status = links[0]
        selfl = next((lk for lk in links if lk.get("rel") == "self"), None)
        yield _item(
            status.get("id") if status else None,
            entry.get("server"),
            selfl.get("href") if selfl else None,
            entry.get("errorMessage"),
            bool(entry.get("isQueued")) and status is not None,
        )


def item_from_model(model: Any) -> dict[str, Any]:
    """The item of a generated model: a queued-operation answer, a lone status link or an
    experimental ``{operationId, uri}`` reference."""
    if hasattr(model, "operation_id"):
        return _item(_s(model.operation_id), None, None, None, True, _s(model.uri) or "?")
    if not hasattr(model, "is_queued"):  # a lone status link
        return _item(_s(model.id), None, None, None, True)
    links = _list(model.links)
    status = next((lk for lk in links if lk.rel == "status"), None)
    selfl = next((lk for lk in links if lk.rel == "self"), None)
    return _item(
        _s(status.id) if status else None,
        _s(getattr(model, "server", None)),
        _s(selfl.href) if selfl else None,
        _s(model.error_message),
        bool(model.is_queued) and status is not None,
    )


def _item(
    rid: Any, server: Any, href: Any, error: Any, queued: bool, uri: Any = None
) -> dict[str, Any]:
    return {
        "request_id": rid,
        "server": server,
        "self_href": href,
        "error": error,
        "queued": queued,
        "uri": uri,
    }


def _s(value: Any) -> str | None:
    # Generated models use a falsy UNSET sentinel for absent fields.
    return value if isinstance(value, str) and value else None


def _list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else []


#: An item the API did not queue because there was nothing to do counts as done.
ALREADY_DONE = "already in desired state"


def not_queued(error: str | None) -> tuple[str, str | None]:
    """``(status, reason)`` of an item the API did not queue: ``succeeded`` when it was
    already in the desired state, else ``failed`` with the API's reason."""
    reason = error or "the API did not queue the request and gave no reason"
    return ("succeeded", None) if ALREADY_DONE in reason else ("failed", reason)


def status_read(alias: str, request_id: str, uri: str | None) -> tuple[Any, dict[str, str]]:
    """The generated module that reads a job's status and its arguments (a v2-experimental
    operation has its own); each flavour calls its function (``sync`` or ``asyncio``)."""
    if uri is not None:
        from clc_generated.api.queue import get_experimental_operation_status

        return get_experimental_operation_status, {
            "account_alias": alias,
            "operation_id": request_id,
        }
    from clc_generated.api.queue import get_queue_status

    return get_queue_status, {"account_alias": alias, "status_id": request_id}
