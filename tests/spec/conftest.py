"""Session fixtures of the spec conformance tests (helpers live in spec_support)."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from spec_support import CATALOG_PATH, CORE_HOST, REPO, SPEC_PATH, TRAFFIC_PATHS, Spec, load_json


@pytest.fixture(scope="session")
def spec_document() -> dict[str, Any]:
    if not SPEC_PATH.is_file():
        pytest.fail(f"spec missing: {SPEC_PATH.relative_to(REPO)}", pytrace=False)
    document: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return document


@pytest.fixture(scope="session")
def spec(spec_document: dict[str, Any]) -> Spec:
    return Spec(spec_document)


@pytest.fixture(scope="session")
def catalog_operations() -> list[dict[str, Any]]:
    """The catalog's operations on the core API host."""
    catalog = load_json(CATALOG_PATH)
    operations = [op for op in catalog["operations"] if op.get("host") == CORE_HOST]
    assert operations, "the catalog lists no operation on the core API host"
    return operations


@pytest.fixture(scope="session")
def traffic() -> list[dict[str, Any]]:
    """Every recorded exchange, of both SDKs."""
    exchanges: list[dict[str, Any]] = []
    for path in TRAFFIC_PATHS:
        recorded: list[dict[str, Any]] = load_json(path)
        assert recorded, f"the recorded traffic file {path.name} is empty"
        exchanges += recorded
    return exchanges
