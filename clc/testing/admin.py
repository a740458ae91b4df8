"""Control endpoints outside the API (``/_emulator/...``), for tests in other processes.

They need no token: the emulator listens on loopback and is a test tool.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import queue
from .faults import FaultRule

if TYPE_CHECKING:
    from .app import EmulatorApp


def build_admin(app: EmulatorApp) -> Starlette:
    state = app.state

    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok", "alias": state.alias, "requests": app.requests_served})

    async def list_faults(request: Request) -> Response:
        return JSONResponse([r.to_dict() for r in app.faults.rules])

    async def add_fault(request: Request) -> Response:
        data: Any = await request.json()
        try:
            if isinstance(data, str):
                rule = app.faults.add(data)
            elif isinstance(data, dict) and isinstance(data.get("rule"), str):
                rule = app.faults.add(data["rule"])
            elif isinstance(data, dict):
                rule = app.faults.add(FaultRule(**data))
            else:
                raise ValueError("send a rule string or its fields as an object")
        except (TypeError, ValueError) as exc:
            return JSONResponse({"message": str(exc)}, status_code=400)
        return JSONResponse(rule.to_dict(), status_code=201)

    async def clear_faults(request: Request) -> Response:
        app.faults.clear()
        return Response(status_code=204)

    async def clock(request: Request) -> Response:
        if request.method == "POST":
            data: Any = await request.json()
            if not isinstance(data, dict):
                return JSONResponse({"message": "expected an object"}, status_code=400)
            if data.get("freeze"):
                state.clock.freeze()
            if data.get("resume"):
                state.clock.resume()
            if "advance" in data:
                try:
                    state.clock.advance(float(data["advance"]))
                except (TypeError, ValueError) as exc:
                    return JSONResponse({"message": str(exc)}, status_code=400)
        return JSONResponse({"now": state.clock.now(), "frozen": state.clock.frozen})

    async def expire_tokens(request: Request) -> Response:
        with state.lock:
            state.expire_token()
        return Response(status_code=204)

    async def fail_jobs(request: Request) -> Response:
        with state.lock:
            n = queue.fail_pending(state)
        return JSONResponse({"failed": n})

    async def save(request: Request) -> Response:
        state.save()
        return Response(status_code=204)

    prefix = "/_emulator"
    return Starlette(
        routes=[
            Route(f"{prefix}/health", health, methods=["GET"]),
            Route(f"{prefix}/faults", list_faults, methods=["GET"]),
            Route(f"{prefix}/faults", add_fault, methods=["POST"]),
            Route(f"{prefix}/faults", clear_faults, methods=["DELETE"]),
            Route(f"{prefix}/clock", clock, methods=["GET", "POST"]),
            Route(f"{prefix}/tokens/expire", expire_tokens, methods=["POST"]),
            Route(f"{prefix}/jobs/fail", fail_jobs, methods=["POST"]),
            Route(f"{prefix}/state/save", save, methods=["POST"]),
        ]
    )
