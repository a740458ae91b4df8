# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
"""Endpoint functions of the "authentication" tag.

``OPERATIONS`` describes each endpoint module of this package (the spec's method,
path, summary, parameters and top-level body fields), readable without importing it.
"""

from typing import Any

OPERATIONS: dict[str, dict[str, Any]] = {
    "login": {
        "method": "POST",
        "path": "/v2/authentication/login",
        "summary": "Exchange a user name and password for a bearer token",
        "description": "The token is valid for about two weeks and must be sent in the Authorization header of every other call. The response also names the user's account alias and default data center.",
        "parameters": [],
        "body": {
            "content_type": "application/json",
            "type": "LoginRequest",
            "required": True,
            "fields": [
                {
                    "name": "username",
                    "python_name": "username",
                    "in": "body",
                    "required": True,
                    "type": "str",
                    "choices": [],
                    "description": "",
                },
                {
                    "name": "password",
                    "python_name": "password",
                    "in": "body",
                    "required": True,
                    "type": "str",
                    "choices": [],
                    "description": "",
                },
            ],
        },
    },
}
