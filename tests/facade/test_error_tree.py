"""One error tree: every exception class of the SDK lives in clc.errors, is drawn in its
docstring, is exported from clc, and survives pickle and copy with its attributes."""

from __future__ import annotations

import ast
import copy
import inspect
import pickle
import re
from pathlib import Path

import pytest

import clc
import clc.errors

ROOT = Path(__file__).resolve().parents[2]
ERRORS = [
    obj
    for name, obj in vars(clc.errors).items()
    if inspect.isclass(obj) and issubclass(obj, BaseException) and obj.__name__ == name
]
ALIASES = {
    "RateLimitedError": "RateLimitedException",
    "InvalidArgumentError": "InvalidArgumentException",
}


def test_no_exception_class_outside_the_tree() -> None:
    for path in (ROOT / "clc").rglob("*.py"):
        if "testing" in path.parts or path.name == "errors.py":
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ClassDef):
                bases = {ast.unparse(b) for b in node.bases}
                assert not any(b.endswith(("Exception", "Error")) for b in bases), (
                    f"{path.relative_to(ROOT)}: {node.name} is an exception outside clc.errors"
                )


@pytest.mark.parametrize("cls", ERRORS, ids=lambda c: c.__name__)
def test_drawn_exported_and_rooted(cls: type[BaseException]) -> None:
    assert issubclass(cls, clc.CLCException)
    drawn = re.search(rf"(── |^    ){cls.__name__}\b", clc.errors.__doc__ or "", re.M)
    assert drawn, f"{cls.__name__} is missing from the drawing in clc/errors.py"
    assert getattr(clc, cls.__name__) is cls


def test_aliases_are_the_same_class() -> None:
    for alias, name in ALIASES.items():
        assert getattr(clc, alias) is getattr(clc, name)
        assert f"alias: {alias}" in (clc.errors.__doc__ or "")


def _instance(cls: type[clc.CLCException]) -> clc.CLCException:
    if cls is clc.InvalidArgumentException:
        return cls.refused("cpu", "99 is out of range", "an integer from 1 to 16")
    if issubclass(cls, clc.APIFailedResponse):
        return clc.errors.error_for_status(
            {clc.RateLimitedException: 429, clc.BadRequestException: 400}.get(cls, 500),
            '{"message": "no", "modelState": {"cpu": ["too many"]}}',
            "POST",
            "https://api.example/v2/servers/DEMO",
        )
    signature = inspect.signature(cls)
    kwargs = {
        name: "x" for name, p in signature.parameters.items()
        if p.kind is p.KEYWORD_ONLY and p.default is p.empty
    }  # fmt: skip
    return cls("it failed", **kwargs)


@pytest.mark.parametrize("cls", ERRORS, ids=lambda c: c.__name__)
def test_pickles_and_copies_with_its_attributes(cls: type[clc.CLCException]) -> None:
    error = _instance(cls)
    for again in (pickle.loads(pickle.dumps(error)), copy.copy(error), copy.deepcopy(error)):
        assert type(again) is type(error)
        assert str(again) == str(error)
        assert vars(again) == vars(error)
