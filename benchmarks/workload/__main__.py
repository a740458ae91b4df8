"""One measured run, in a fresh interpreter.

Usage: ``python benchmarks/workload SCENARIO SIDE PARAMS_JSON``

``SIDE`` is ``sdk`` (the ``clc`` package this interpreter imports: this project's
facade or clc-sdk 2.51, the same code for both) or ``bare`` (httpx alone: the floor
and the bare-HTTP baseline). The last line on stdout is one JSON object: the
scenario's result plus the process's peak resident set size.

This folder is run as a script directory, so it never has the repository on its
path: which ``clc`` gets imported is decided by the interpreter and ``PYTHONPATH``
the harness chooses.
"""

from __future__ import annotations

import json
import resource
import sys
import traceback


def peak_rss_kb() -> int:
    """This process's peak RSS: ``VmHWM``, which starts afresh at exec.

    ``getrusage``'s ``ru_maxrss`` survives exec on Linux, so a child reports its
    parent's peak when the parent was bigger; it is only the fallback.
    """
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main() -> int:
    scenario, side, params = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    try:
        if side == "sdk":
            import sdk_side as module
        else:
            import bare_side as module
        result = getattr(module, scenario)(params)
    except Exception as exc:  # reported, never turned into a number
        traceback.print_exc()
        result = {"error": " ".join(f"{type(exc).__name__}: {exc}".split())[:300]}
    result["maxrss_kb"] = peak_rss_kb()
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
