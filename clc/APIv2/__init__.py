"""2.51's package path ``clc.APIv2``, kept so ``import clc.APIv2.group`` style code runs.

Each 2.51 submodule name is an alias of the facade module that now holds the same
classes (``clc.APIv2.group`` is ``clc.group``). Importing this package loads the
whole object model, which is why ``import clc`` does not import it.
"""

from __future__ import annotations

import importlib
import sys

# 2.51 module name -> facade module.
_ALIASES = {
    "account": "clc.account",
    "alert": "clc.alert",
    "anti_affinity": "clc.anti_affinity",
    "api": "clc.api",
    "datacenter": "clc.datacenter",
    "disk": "clc.disk",
    "group": "clc.group",
    "horizontal_autoscale": "clc.horizontal_autoscale",
    "network": "clc.network",
    "public_ip": "clc.public_ip",
    "queue": "clc.queue",
    "server": "clc.server",
    "template": "clc.template",
    "time_utils": "clc.time_utils",
}

for _name, _target in _ALIASES.items():
    _module = importlib.import_module(_target)
    sys.modules[f"{__name__}.{_name}"] = _module
    globals()[_name] = _module
