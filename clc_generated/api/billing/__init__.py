# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
"""Endpoint functions of the "billing" tag.

``OPERATIONS`` describes each endpoint module of this package (the spec's method,
path, summary, parameters and top-level body fields), readable without importing it.
"""

from typing import Any

OPERATIONS: dict[str, dict[str, Any]] = {
    "get_invoice": {
        "method": "GET",
        "path": "/v2/invoice/{account_alias}/{year}/{month}",
        "summary": "Get the invoice of an account for a month",
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
                "name": "year",
                "python_name": "year",
                "in": "path",
                "required": True,
                "type": "int",
                "choices": [],
                "description": "",
            },
            {
                "name": "month",
                "python_name": "month",
                "in": "path",
                "required": True,
                "type": "int",
                "choices": [],
                "description": "Month number, 1-12.",
            },
            {
                "name": "pricingAccountAlias",
                "python_name": "pricing_account_alias",
                "in": "query",
                "required": False,
                "type": "str",
                "choices": [],
                "description": "Alias of the account whose prices apply (for sub-accounts billed by a parent). Listed in the documentation's URI table though absent from its URL; the recorded traffic uses it.",
            },
        ],
        "body": None,
    },
    "get_server_pricing": {
        "method": "GET",
        "path": "/v2/billing/{account_alias}/serverPricing/{server_id}",
        "summary": "Get the hourly unit prices of a server's resources",
        "description": 'Not in the documentation. The Python SDK (Server.PriceUnits) and the .NET SDK (GetServerResourceUnitPricing) call it and read cpu, memoryGB, storageGB and managedOS; server links advertise it with rel "billing".',
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
                "name": "serverId",
                "python_name": "server_id",
                "in": "path",
                "required": True,
                "type": "str",
                "choices": [],
                "description": "Server name (for example WA1ALIASWEB01), or its uuid when uuid=true is given.",
            },
        ],
        "body": None,
    },
}
