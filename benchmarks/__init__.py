"""Benchmarks: this SDK against the original clc-sdk 2.51, side by side on one emulator.

Run from the repository root with the project's interpreter::

    python -m benchmarks            # full run, writes benchmarks/results.md and ratios.png
    python -m benchmarks --smoke    # seconds, small sizes, no targets: keeps the harness alive

Modules: ``sdk251`` (the original SDK's cached venv), ``emulator`` (starting the
emulator and building worlds over HTTP), ``scenarios`` (what is measured and its
sizes), ``runner`` (fresh processes, alternating sides), ``report`` (medians,
ratios, targets, markdown and chart), ``workload/`` (the code that runs inside
each measured process).
"""
