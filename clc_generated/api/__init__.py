# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
"""Contains methods for accessing the API"""
