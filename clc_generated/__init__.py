# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
"""A client library for accessing CenturyLink Cloud API v2"""

# The client classes load on first use, so importing an endpoint index or a model does
# not import the HTTP stack.
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(".client", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
