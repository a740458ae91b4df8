"""Benchmarks: this SDK against the original clc-sdk 2.51 and a best client, on one emulator.

Run from the repository root with the project's interpreter::

    python -m benchmarks              # --scale 0.2: a short run, results in benchmarks/
    python -m benchmarks --scale 1    # the full sizes: 5,000-server inventory, 500 clients...
    python -m benchmarks --smoke      # seconds, tiny sizes, no verdicts: keeps the harness alive

Modules: ``sdk251`` (the original SDK's cached venv), ``emulator`` (starting the
emulator, building worlds over HTTP, reading its job timeline), ``scenarios`` (what is
measured, on which sides, at which sizes), ``runner`` (fresh processes, alternating
sides), ``floors`` (the physical floor and the best 2 s poller from a best-client run),
``emulator_profile`` (the emulator under cProfile, summarised), ``report`` (medians and
spreads, targets, markdown and chart), ``workload/`` (the code that runs inside each
measured process).
"""
