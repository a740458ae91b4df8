"""The OpenAPI spec: where to find it, its operations, and checking exchanges against it.

Validation is opt-in (tests turn it on) because it costs far more than serving
a request. Form-encoded bodies are not checked: the spec describes JSON bodies,
and the form path exists only for older clients that the real API also served.
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ApiError

SPEC_URI = "urn:clc-v2-spec"
_METHODS = ("get", "put", "post", "delete", "patch")


def spec_path() -> Path | None:
    """The spec shipped in the wheel, else the one in a source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "clc-v2.yaml", here.parent.parent / "spec" / "clc-v2.yaml"):
        if candidate.is_file():
            return candidate
    return None


@functools.cache
def load_spec(path: Path | None = None) -> dict[str, Any]:
    """The parsed spec (the shipped one unless ``path`` names another); cached per path."""
    import yaml

    path = path or spec_path()
    if path is None:
        raise FileNotFoundError("clc-v2.yaml not found next to clc/testing or in spec/")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open("rb") as fh:
        data: dict[str, Any] = yaml.load(fh, Loader=loader)  # a safe loader
    return data


@dataclass(frozen=True)
class Operation:
    """What the emulator needs to know about one operation of the spec."""

    operation_id: str
    method: str
    template: str
    auth: bool
    query: frozenset[str]  # the query parameters it takes, lower case


def _parameter(spec: dict[str, Any], param: dict[str, Any]) -> dict[str, Any]:
    ref = param.get("$ref")
    if ref is None:
        return param
    found: dict[str, Any] = spec["components"]["parameters"][ref.rsplit("/", 1)[1]]
    return found


def spec_operations(spec: dict[str, Any]) -> list[Operation]:
    """Every operation of ``spec``, in document order."""
    default_security = spec.get("security", [])
    out: list[Operation] = []
    for path, item in spec["paths"].items():
        shared = [_parameter(spec, p) for p in item.get("parameters", [])]
        for method in _METHODS:
            op = item.get(method)
            if op is None:
                continue
            params = shared + [_parameter(spec, p) for p in op.get("parameters", [])]
            out.append(
                Operation(
                    operation_id=op["operationId"],
                    method=method.upper(),
                    template=path,
                    auth=bool(op.get("security", default_security)),
                    query=frozenset(p["name"].lower() for p in params if p["in"] == "query"),
                )
            )
    return out


def _pointer(*parts: str) -> str:
    return "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


class SpecViolation(AssertionError):
    """The emulator answered something the spec does not allow (a bug to fix)."""


class Validator:
    """Checks requests and responses of known operations against the spec."""

    def __init__(self, spec: dict[str, Any]) -> None:
        from openapi_schema_validator import OAS30Validator
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT4

        self.spec = spec
        resource: Any = Resource(contents=spec, specification=DRAFT4)  # type: ignore[call-arg]
        self._registry: Any = Registry().with_resource(SPEC_URI, resource)
        self._cls: Any = OAS30Validator
        self._cache: dict[str, Any] = {}
        self._lock = threading.Lock()
        self.violations: list[str] = []

    @classmethod
    def load(cls, path: Path | None = None) -> Validator:
        return cls(load_spec(path))

    def _validator(self, pointer: str) -> Any:
        with self._lock:
            v = self._cache.get(pointer)
            if v is None:
                v = self._cls({"$ref": f"{SPEC_URI}#{pointer}"}, registry=self._registry)
                self._cache[pointer] = v
            return v

    def _operation(self, template: str, method: str) -> dict[str, Any] | None:
        item = self.spec["paths"].get(template)
        if item is None:
            return None
        op: dict[str, Any] | None = item.get(method.lower())
        return op

    def _resolve(self, obj: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
        """Follow one ``$ref`` of a response or request body object."""
        ref = obj.get("$ref")
        if not ref:
            return obj, None
        parts = ref.lstrip("#/").split("/")
        target: Any = self.spec
        for p in parts:
            target = target[p.replace("~1", "/").replace("~0", "~")]
        return target, "/" + "/".join(parts)

    def check_request(self, template: str, method: str, body: Any, content_type: str) -> None:
        """Refuse a body the spec does not allow with the API's 400 (fields named).

        Nulls are checked like any value: the spec marks nullable every field the real API
        accepted null in, at any depth.
        """
        op = self._operation(template, method)
        if op is None or "requestBody" not in op:
            return
        if "x-www-form-urlencoded" in content_type.lower():
            return
        rb, where = self._resolve(op["requestBody"])
        base = where or "/" + _pointer("paths", template, method.lower(), "requestBody")
        if body is None:
            if rb.get("required"):
                raise ApiError(400, "The request is invalid.", {"body": ["A body is required."]})
            return
        if "application/json" not in rb.get("content", {}):
            return
        pointer = f"{base}/content/application~1json/schema"
        errors = sorted(self._validator(pointer).iter_errors(body), key=lambda e: list(e.path))
        if errors:
            state: dict[str, list[str]] = {}
            for e in errors[:10]:
                field = ".".join(["body", *(str(p) for p in e.path)])
                state.setdefault(field, []).append(e.message[:300])
            raise ApiError(400, "The request is invalid.", state)

    def check_response(self, template: str, method: str, status: int, body: Any) -> None:
        op = self._operation(template, method)
        if op is None:
            return
        responses = op.get("responses", {})
        key = str(status) if str(status) in responses else "default"
        if key not in responses:
            self.fail(f"{method} {template}: status {status} is not in the spec")
            return
        resp, where = self._resolve(responses[key])
        content = resp.get("content") or {}
        if "application/json" not in content:
            if body is not None:
                self.fail(f"{method} {template} {status}: the spec allows no body")
            return
        base = where or "/" + _pointer("paths", template, method.lower(), "responses", key)
        errors = list(self._validator(f"{base}/content/application~1json/schema").iter_errors(body))
        if errors:
            e = errors[0]
            at = "/".join(str(p) for p in e.path)
            self.fail(f"{method} {template} {status}: at /{at}: {e.message}"[:2000])

    def fail(self, message: str) -> None:
        """Record a broken promise of the emulator and raise it."""
        with self._lock:
            self.violations.append(message)
        raise SpecViolation(message)
