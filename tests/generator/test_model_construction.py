"""``from_dict`` builds a model with positional arguments (half the cost of keywords): each
must land in its own field, in the order the class declares them."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re

import clc_generated.models as models


def generated_models() -> list[type]:
    found = []
    for info in pkgutil.iter_modules(models.__path__):
        module = importlib.import_module(f"{models.__name__}.{info.name}")
        found += [
            cls
            for cls in vars(module).values()
            if inspect.isclass(cls)
            and cls.__module__ == module.__name__
            and "__attrs_attrs__" in cls.__dict__
        ]
    return found


def test_from_dict_passes_every_field_in_the_order_the_class_declares_them() -> None:
    checked = 0
    for cls in generated_models():
        source = inspect.getsource(cls.from_dict)
        call = re.search(r"= cls\(([^()]*)\)\n", source)
        assert call, f"{cls.__name__}.from_dict builds no instance"
        passed = [arg.strip() for arg in call.group(1).split(",") if arg.strip()]
        fields = [a.name for a in cls.__attrs_attrs__ if a.init and not a.kw_only]
        assert passed == fields, cls.__name__
        checked += 1
    assert checked > 100
