# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
"""Contains shared errors types that can be raised from API functions"""


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class InvalidResponse(Exception):
    """Raised by sync() and asyncio() when a 2xx answer's body is not the documented shape"""

    def __init__(self, status_code: int, error: Exception):
        self.status_code = status_code
        self.error = error

        super().__init__(
            f"HTTP {status_code} answer does not have the documented shape: {type(error).__name__}: {error}"
        )


__all__ = ["InvalidResponse", "UnexpectedStatus"]
