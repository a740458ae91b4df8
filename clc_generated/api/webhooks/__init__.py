# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
"""Endpoint functions of the "webhooks" tag.

``OPERATIONS`` describes each endpoint module of this package (the spec's method,
path, summary, parameters and top-level body fields), readable without importing it.
"""

from typing import Any

OPERATIONS: dict[str, dict[str, Any]] = {
    "add_webhook_target_uri": {
        "method": "POST",
        "path": "/v2/webhooks/{account_alias}/{event}/configuration/targetUris",
        "summary": "Add a target URI to a webhook event",
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
                "name": "event",
                "python_name": "event",
                "in": "path",
                "required": True,
                "type": "str",
                "choices": [],
                "description": "Webhook event name (for example Server.Created).",
            },
        ],
        "body": {
            "content_type": "application/json",
            "type": "WebhookTargetUri",
            "required": True,
            "fields": [
                {
                    "name": "targetUri",
                    "python_name": "target_uri",
                    "in": "body",
                    "required": True,
                    "type": "str",
                    "choices": [],
                    "description": "",
                },
            ],
        },
    },
    "delete_webhook": {
        "method": "DELETE",
        "path": "/v2/webhooks/{account_alias}/{event}/configuration",
        "summary": "Remove the configuration of a webhook event",
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
                "name": "event",
                "python_name": "event",
                "in": "path",
                "required": True,
                "type": "str",
                "choices": [],
                "description": "Webhook event name (for example Server.Created).",
            },
        ],
        "body": None,
    },
    "delete_webhook_target_uri": {
        "method": "DELETE",
        "path": "/v2/webhooks/{account_alias}/{event}/configuration/targetUris",
        "summary": "Remove a target URI from a webhook event",
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
                "name": "event",
                "python_name": "event",
                "in": "path",
                "required": True,
                "type": "str",
                "choices": [],
                "description": "Webhook event name (for example Server.Created).",
            },
            {
                "name": "targetUri",
                "python_name": "target_uri",
                "in": "query",
                "required": True,
                "type": "str",
                "choices": [],
                "description": "The URI to remove (URL-encoded).",
            },
        ],
        "body": None,
    },
    "list_webhooks": {
        "method": "GET",
        "path": "/v2/webhooks/{account_alias}",
        "summary": "List the webhook events of an account and their configuration",
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
    "set_webhook": {
        "method": "PUT",
        "path": "/v2/webhooks/{account_alias}/{event}/configuration",
        "summary": "Replace the configuration of a webhook event",
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
                "name": "event",
                "python_name": "event",
                "in": "path",
                "required": True,
                "type": "str",
                "choices": [],
                "description": "Webhook event name (for example Server.Created).",
            },
        ],
        "body": {
            "content_type": "application/json",
            "type": "WebhookConfiguration",
            "required": True,
            "fields": [
                {
                    "name": "recursive",
                    "python_name": "recursive",
                    "in": "body",
                    "required": False,
                    "type": "bool",
                    "choices": [],
                    "description": "",
                },
                {
                    "name": "targetUris",
                    "python_name": "target_uris",
                    "in": "body",
                    "required": False,
                    "type": "list[dict[str, Any]]",
                    "choices": [],
                    "description": "",
                },
            ],
        },
    },
}
