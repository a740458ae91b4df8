# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
"""Endpoint functions of the "accounts" tag.

``OPERATIONS`` describes each endpoint module of this package (the spec's method,
path, summary, parameters and top-level body fields), readable without importing it.
"""

from typing import Any

OPERATIONS: dict[str, dict[str, Any]] = {
    "get_account": {
        "method": "GET",
        "path": "/v2/accounts/{account_alias}",
        "summary": "Get the details of an account",
        "description": 'Not in the API documentation. The Python SDK (Account) and its Ansible modules read this resource; the server resource links to it with rel "account". See the Account schema for where its keys come from.',
        "parameters": [
            {
                "name": "accountAlias",
                "python_name": "account_alias",
                "in": "path",
                "required": True,
                "type": "str",
                "choices": [],
                "description": "Short code of the account (for example ALIAS); matched case-insensitively.",
            },
        ],
        "body": None,
    },
    "get_custom_fields": {
        "method": "GET",
        "path": "/v2/accounts/{account_alias}/customFields",
        "summary": "List the custom fields defined for an account",
        "description": "",
        "parameters": [
            {
                "name": "accountAlias",
                "python_name": "account_alias",
                "in": "path",
                "required": True,
                "type": "str",
                "choices": [],
                "description": "Short code of the account (for example ALIAS); matched case-insensitively.",
            },
        ],
        "body": None,
    },
}
