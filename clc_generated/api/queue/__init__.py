# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
"""Endpoint functions of the "queue" tag.

``OPERATIONS`` describes each endpoint module of this package (the spec's method,
path, summary, parameters and top-level body fields), readable without importing it.
"""

from typing import Any

OPERATIONS: dict[str, dict[str, Any]] = {
    "get_experimental_operation_status": {
        "method": "GET",
        "path": "/v2-experimental/operations/{account_alias}/status/{operation_id}",
        "summary": "Get the status of a v2-experimental operation",
        "description": "Documented only as the uri returned by claim_network (with example bodies there); the Node and Java SDKs poll it, and the recorded traffic has it.",
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
            {
                "name": "operationId",
                "python_name": "operation_id",
                "in": "path",
                "required": True,
                "type": "str",
                "choices": [],
                "description": "The operationId of an OperationReference.",
            },
        ],
        "body": None,
    },
    "get_queue_status": {
        "method": "GET",
        "path": "/v2/operations/{account_alias}/status/{status_id}",
        "summary": "Get the status of a queued job",
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
            {
                "name": "statusId",
                "python_name": "status_id",
                "in": "path",
                "required": True,
                "type": "str",
                "choices": [],
                "description": "Id of the status link (for example wa1-12345).",
            },
        ],
        "body": None,
    },
}
