# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
"""A client library for accessing CenturyLink Cloud API v2"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
