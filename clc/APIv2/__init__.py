"""2.51's package path ``clc.APIv2``, kept so ``import clc.APIv2.group`` style code runs.

Every submodule of :mod:`clc.v2` is also ``clc.APIv2.<name>`` (``clc.APIv2.group`` is
``clc.v2.group``), so the aliases follow the object model without a list to maintain.
Importing this package loads the whole object model, which is why ``import clc`` does
not import it.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys

import clc.v2

for _info in pkgutil.iter_modules(clc.v2.__path__):
    _module = importlib.import_module(f"clc.v2.{_info.name}")
    sys.modules[f"{__name__}.{_info.name}"] = _module
    globals()[_info.name] = _module
