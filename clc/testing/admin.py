"""Control endpoints outside the API (``/_emulator/...``), for tests in other processes.

They need no token: the emulator listens on loopback and is a test tool. Bad
input gets a 400 in the API's error shape (``{"message": ...}``), never a 500.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import jobs
from .bodies import parse_json
from .errors import ApiError
from .faults import rule_from_fields

if TYPE_CHECKING:
    from .app import EmulatorApp


def _refused(message: str) -> JSONResponse:
    return JSONResponse({"message": message}, status_code=400)


async def _json_body(request: Request) -> Any:
    """The request's JSON (``None`` when empty); ``ApiError`` when it is not JSON."""
    raw = await request.body()
    return parse_json(raw) if raw.strip() else None


def _error(err: ApiError) -> JSONResponse:
    return JSONResponse(err.body(), status_code=err.status)


def build_admin(app: EmulatorApp) -> Starlette:
    state = app.state

    async def health(request: Request) -> Response:
        return JSONResponse(
            {
                "status": "ok",
                "alias": state.alias,
                "requests": app.requests_served,
                "lastJob": state.data["seq"].get("job", 0),
            }
        )

    async def list_faults(request: Request) -> Response:
        return JSONResponse([r.to_dict() for r in app.faults.rules])

    async def add_fault(request: Request) -> Response:
        try:
            data = await _json_body(request)
        except ApiError as err:
            return _error(err)
        try:
            if isinstance(data, str):
                rule = app.faults.add(data)
            elif isinstance(data, dict) and isinstance(data.get("rule"), str):
                rule = app.faults.add(data["rule"])
            elif isinstance(data, dict):
                rule = app.faults.add(rule_from_fields(data))
            else:
                raise ValueError('send a rule string, {"rule": ...} or the rule\'s fields')
        except ValueError as exc:
            return _refused(str(exc))
        return JSONResponse(rule.to_dict(), status_code=201)

    async def clear_faults(request: Request) -> Response:
        app.faults.clear()
        return Response(status_code=204)

    async def clock(request: Request) -> Response:
        if request.method == "POST":
            try:
                data = await _json_body(request)
            except ApiError as err:
                return _error(err)
            if not isinstance(data, dict):
                return _refused('expected an object: {"advance": seconds}, freeze or resume')
            seconds = data.get("advance", 0)
            if (
                isinstance(seconds, bool)
                or not isinstance(seconds, int | float)
                or not math.isfinite(seconds)
                or seconds < 0
            ):
                return _refused("advance takes a finite number of seconds, 0 or more")
            if data.get("freeze"):
                state.clock.freeze()
            if data.get("resume"):
                state.clock.resume()
            if seconds:
                state.clock.advance(float(seconds))
        return JSONResponse({"now": state.clock.now(), "frozen": state.clock.frozen})

    async def expire_tokens(request: Request) -> Response:
        with state.lock:
            state.expire_token()
        app.commit(True)
        return Response(status_code=204)

    async def fail_jobs(request: Request) -> Response:
        with state.lock:
            n = jobs.fail_pending(state)
        app.commit(n > 0)
        return JSONResponse({"failed": n})

    async def list_jobs(request: Request) -> Response:
        """Every job queued after sequence number ``after``: when it started and ends."""
        try:
            after = int(request.query_params.get("after", "0"))
        except ValueError:
            return _refused("after: expected a job sequence number")
        now = state.clock.now()
        with state.lock:
            timeline = [
                {
                    "id": j["id"],
                    "seq": j["seq"],
                    "start": j["start"],
                    "end": j["start"] + j["duration"],
                    "status": jobs.status_of(j, now),
                }
                for j in state.data["jobs"].values()
                if j["seq"] > after
            ]
        return JSONResponse(timeline)

    async def seed_job_lengths(request: Request) -> Response:
        try:
            data = await _json_body(request)
        except ApiError as err:
            return _error(err)
        seed = data.get("seed") if isinstance(data, dict) else None
        if isinstance(seed, bool) or not isinstance(seed, int):
            return _refused('seed: expected an integer, as {"seed": 7}')
        with state.lock:
            state.job_lengths.reseed(seed)
        return Response(status_code=204)

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
            Route(f"{prefix}/jobs", list_jobs, methods=["GET"]),
            Route(f"{prefix}/jobs/fail", fail_jobs, methods=["POST"]),
            Route(f"{prefix}/jobs/seed", seed_job_lengths, methods=["POST"]),
            Route(f"{prefix}/state/save", save, methods=["POST"]),
        ]
    )
