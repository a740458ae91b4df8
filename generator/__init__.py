"""Regenerates ``clc_generated/`` from ``spec/clc-v2.yaml``; run ``python -m generator``."""
