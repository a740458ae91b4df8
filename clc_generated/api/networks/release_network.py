# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty_body import EmptyBody
from ...models.empty_object import EmptyObject
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset, collector_paused


def _get_kwargs(
    account_alias: str,
    data_center: str,
    network_id: str,
    *,
    body: EmptyBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2-experimental/networks/{account_alias}/{data_center}/{network_id}/release".format(
            account_alias=quote(str(account_alias), safe=""),
            data_center=quote(str(data_center), safe=""),
            network_id=quote(str(network_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EmptyObject | ErrorBody | None:
    if response.status_code == 200:
        response_200 = EmptyObject.from_dict(response.json())

        return response_200

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
) -> Response[Any | EmptyObject | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> EmptyObject | None:
    """The 2xx answer's body; any other status raises ``errors.UnexpectedStatus`` and a body
    that is not the documented shape ``errors.InvalidResponse``."""
    if response.status_code == 200:
        try:
            with collector_paused():
                response_200 = EmptyObject.from_dict(response.json())

                return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise errors.InvalidResponse(response.status_code, error) from error
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    account_alias: str,
    data_center: str,
    network_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EmptyBody | Unset = UNSET,
) -> Response[Any | EmptyObject | ErrorBody]:
    """Release a network back to the data center

     The live API answered 204 (the Node SDK's recordings) and also 200 with an empty JSON object (the
    Java SDK's recordings); both mean released.

    Args:
        account_alias (str): Short code of the account (for example ALIAS); matched case-
            insensitively.
        data_center (str): Data center short code (for example WA1); matched case-insensitively.
        network_id (str): Network identifier.
        body (EmptyBody | Unset): Body of actions that take no input; clients send an empty object
            or no body at all.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EmptyObject | ErrorBody]
    """

    kwargs = _get_kwargs(
        account_alias=account_alias,
        data_center=data_center,
        network_id=network_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_alias: str,
    data_center: str,
    network_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EmptyBody | Unset = UNSET,
) -> EmptyObject | None:
    """Release a network back to the data center

     The live API answered 204 (the Node SDK's recordings) and also 200 with an empty JSON object (the
    Java SDK's recordings); both mean released.

    Args:
        account_alias (str): Short code of the account (for example ALIAS); matched case-
            insensitively.
        data_center (str): Data center short code (for example WA1); matched case-insensitively.
        network_id (str): Network identifier.
        body (EmptyBody | Unset): Body of actions that take no input; clients send an empty object
            or no body at all.

    Raises:
        errors.UnexpectedStatus: If the answer is not a 2xx status (a clc session's client raises
            the clc error for the status first).
        errors.InvalidResponse: If a 2xx answer's body is not the documented shape.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyObject | None
    """

    kwargs = _get_kwargs(
        account_alias=account_alias,
        data_center=data_center,
        network_id=network_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_success(response)


async def asyncio_detailed(
    account_alias: str,
    data_center: str,
    network_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EmptyBody | Unset = UNSET,
) -> Response[Any | EmptyObject | ErrorBody]:
    """Release a network back to the data center

     The live API answered 204 (the Node SDK's recordings) and also 200 with an empty JSON object (the
    Java SDK's recordings); both mean released.

    Args:
        account_alias (str): Short code of the account (for example ALIAS); matched case-
            insensitively.
        data_center (str): Data center short code (for example WA1); matched case-insensitively.
        network_id (str): Network identifier.
        body (EmptyBody | Unset): Body of actions that take no input; clients send an empty object
            or no body at all.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EmptyObject | ErrorBody]
    """

    kwargs = _get_kwargs(
        account_alias=account_alias,
        data_center=data_center,
        network_id=network_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_alias: str,
    data_center: str,
    network_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EmptyBody | Unset = UNSET,
) -> EmptyObject | None:
    """Release a network back to the data center

     The live API answered 204 (the Node SDK's recordings) and also 200 with an empty JSON object (the
    Java SDK's recordings); both mean released.

    Args:
        account_alias (str): Short code of the account (for example ALIAS); matched case-
            insensitively.
        data_center (str): Data center short code (for example WA1); matched case-insensitively.
        network_id (str): Network identifier.
        body (EmptyBody | Unset): Body of actions that take no input; clients send an empty object
            or no body at all.

    Raises:
        errors.UnexpectedStatus: If the answer is not a 2xx status (a clc session's client raises
            the clc error for the status first).
        errors.InvalidResponse: If a 2xx answer's body is not the documented shape.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyObject | None
    """

    kwargs = _get_kwargs(
        account_alias=account_alias,
        data_center=data_center,
        network_id=network_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_success(response)
