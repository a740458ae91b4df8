# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
"""Contains endpoint functions for accessing the API"""
