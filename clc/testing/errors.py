"""Errors the emulator answers with, in the real API's body shapes.

Handlers raise these; the app turns them into responses. The real API answered
``{"message": ...}`` for most failures and added ``modelState`` (field -> list of
reasons) when a request body failed validation.
"""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """An HTTP error response with a JSON body."""

    def __init__(
        self,
        status: int,
        message: str,
        model_state: dict[str, list[str]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.model_state = model_state
        self.headers: dict[str, str] = headers or {}

    def body(self) -> dict[str, Any]:
        out: dict[str, Any] = {"message": self.message}
        if self.model_state:
            out["modelState"] = self.model_state
        return out


def invalid(field: str, reason: str) -> ApiError:
    """A 400 naming one body field, as the API's model validation did."""
    return ApiError(400, "The request is invalid.", {f"body.{field}": [reason]})


def not_found(what: str) -> ApiError:
    return ApiError(404, f"{what} not found.")


UNAUTHORIZED = "Authorization has been denied for this request."


def unauthorized() -> ApiError:
    return ApiError(401, UNAUTHORIZED)
