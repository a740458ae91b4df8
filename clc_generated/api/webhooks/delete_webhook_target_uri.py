# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...types import UNSET, Response


def _get_kwargs(
    account_alias: str,
    event: str,
    *,
    target_uri: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["targetUri"] = target_uri

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/webhooks/{account_alias}/{event}/configuration/targetUris".format(
            account_alias=quote(str(account_alias), safe=""),
            event=quote(str(event), safe=""),
        ),
    }
    # clc: passed only when there is one: an empty params= makes httpx parse the URL again.
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorBody | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorBody.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> None:
    """The 2xx answer's body; any other status raises ``errors.UnexpectedStatus`` and a body
    that is not the documented shape ``errors.InvalidResponse``."""
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    account_alias: str,
    event: str,
    *,
    client: AuthenticatedClient | Client,
    target_uri: str,
) -> Response[Any | ErrorBody]:
    """Remove a target URI from a webhook event

    Args:
        account_alias (str): Short code of the account (for example ALIAS); matched case-
            insensitively.
        event (str): Webhook event name (for example Server.Created).
        target_uri (str): The URI to remove (URL-encoded).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = _get_kwargs(
        account_alias=account_alias,
        event=event,
        target_uri=target_uri,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_alias: str,
    event: str,
    *,
    client: AuthenticatedClient | Client,
    target_uri: str,
) -> None:
    """Remove a target URI from a webhook event

    Args:
        account_alias (str): Short code of the account (for example ALIAS); matched case-
            insensitively.
        event (str): Webhook event name (for example Server.Created).
        target_uri (str): The URI to remove (URL-encoded).

    Raises:
        errors.UnexpectedStatus: If the answer is not a 2xx status (a clc session's client raises
            the clc error for the status first).
        errors.InvalidResponse: If a 2xx answer's body is not the documented shape.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    kwargs = _get_kwargs(
        account_alias=account_alias,
        event=event,
        target_uri=target_uri,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_success(response)


async def asyncio_detailed(
    account_alias: str,
    event: str,
    *,
    client: AuthenticatedClient | Client,
    target_uri: str,
) -> Response[Any | ErrorBody]:
    """Remove a target URI from a webhook event

    Args:
        account_alias (str): Short code of the account (for example ALIAS); matched case-
            insensitively.
        event (str): Webhook event name (for example Server.Created).
        target_uri (str): The URI to remove (URL-encoded).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = _get_kwargs(
        account_alias=account_alias,
        event=event,
        target_uri=target_uri,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_alias: str,
    event: str,
    *,
    client: AuthenticatedClient | Client,
    target_uri: str,
) -> None:
    """Remove a target URI from a webhook event

    Args:
        account_alias (str): Short code of the account (for example ALIAS); matched case-
            insensitively.
        event (str): Webhook event name (for example Server.Created).
        target_uri (str): The URI to remove (URL-encoded).

    Raises:
        errors.UnexpectedStatus: If the answer is not a 2xx status (a clc session's client raises
            the clc error for the status first).
        errors.InvalidResponse: If a 2xx answer's body is not the documented shape.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    kwargs = _get_kwargs(
        account_alias=account_alias,
        event=event,
        target_uri=target_uri,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_success(response)
