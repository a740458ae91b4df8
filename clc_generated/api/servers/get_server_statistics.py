# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.server_statistics import ServerStatistics
from ...types import UNSET, Response, Unset, collector_paused


def _get_kwargs(
    account_alias: str,
    server_id: str,
    *,
    type_: str | Unset = UNSET,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    sample_interval: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["type"] = type_

    params["start"] = start

    params["end"] = end

    params["sampleInterval"] = sample_interval

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/servers/{account_alias}/{server_id}/statistics".format(
            account_alias=quote(str(account_alias), safe=""),
            server_id=quote(str(server_id), safe=""),
        ),
    }
    # clc: passed only when there is one: an empty params= makes httpx parse the URL again.
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | ServerStatistics | None:
    if response.status_code == 200:
        response_200 = ServerStatistics.from_dict(response.json())

        return response_200

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
) -> Response[ErrorBody | ServerStatistics]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> ServerStatistics:
    """The 2xx answer's body; any other status raises ``errors.UnexpectedStatus`` and a body
    that is not the documented shape ``errors.InvalidResponse``."""
    if response.status_code == 200:
        try:
            with collector_paused():
                response_200 = ServerStatistics.from_dict(response.json())

                return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise errors.InvalidResponse(response.status_code, error) from error
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    account_alias: str,
    server_id: str,
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = UNSET,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    sample_interval: str | Unset = UNSET,
) -> Response[ErrorBody | ServerStatistics]:
    """Get monitoring statistics of one server

     Not in the documentation; server links advertise it with rel "statistics". Assumed to take the query
    parameters of get_group_statistics and to answer with one entry of its response shape.

    Args:
        account_alias (str): Short code of the account (for example ALIAS); matched case-
            insensitively.
        server_id (str): Server name (for example WA1ALIASWEB01), or its uuid when uuid=true is
            given.
        type_ (str | Unset):
        start (str | Unset):
        end (str | Unset):
        sample_interval (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ServerStatistics]
    """

    kwargs = _get_kwargs(
        account_alias=account_alias,
        server_id=server_id,
        type_=type_,
        start=start,
        end=end,
        sample_interval=sample_interval,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_alias: str,
    server_id: str,
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = UNSET,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    sample_interval: str | Unset = UNSET,
) -> ServerStatistics:
    """Get monitoring statistics of one server

     Not in the documentation; server links advertise it with rel "statistics". Assumed to take the query
    parameters of get_group_statistics and to answer with one entry of its response shape.

    Args:
        account_alias (str): Short code of the account (for example ALIAS); matched case-
            insensitively.
        server_id (str): Server name (for example WA1ALIASWEB01), or its uuid when uuid=true is
            given.
        type_ (str | Unset):
        start (str | Unset):
        end (str | Unset):
        sample_interval (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not a 2xx status (a clc session's client raises
            the clc error for the status first).
        errors.InvalidResponse: If a 2xx answer's body is not the documented shape.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ServerStatistics
    """

    kwargs = _get_kwargs(
        account_alias=account_alias,
        server_id=server_id,
        type_=type_,
        start=start,
        end=end,
        sample_interval=sample_interval,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_success(response)


async def asyncio_detailed(
    account_alias: str,
    server_id: str,
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = UNSET,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    sample_interval: str | Unset = UNSET,
) -> Response[ErrorBody | ServerStatistics]:
    """Get monitoring statistics of one server

     Not in the documentation; server links advertise it with rel "statistics". Assumed to take the query
    parameters of get_group_statistics and to answer with one entry of its response shape.

    Args:
        account_alias (str): Short code of the account (for example ALIAS); matched case-
            insensitively.
        server_id (str): Server name (for example WA1ALIASWEB01), or its uuid when uuid=true is
            given.
        type_ (str | Unset):
        start (str | Unset):
        end (str | Unset):
        sample_interval (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ServerStatistics]
    """

    kwargs = _get_kwargs(
        account_alias=account_alias,
        server_id=server_id,
        type_=type_,
        start=start,
        end=end,
        sample_interval=sample_interval,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_alias: str,
    server_id: str,
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = UNSET,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    sample_interval: str | Unset = UNSET,
) -> ServerStatistics:
    """Get monitoring statistics of one server

     Not in the documentation; server links advertise it with rel "statistics". Assumed to take the query
    parameters of get_group_statistics and to answer with one entry of its response shape.

    Args:
        account_alias (str): Short code of the account (for example ALIAS); matched case-
            insensitively.
        server_id (str): Server name (for example WA1ALIASWEB01), or its uuid when uuid=true is
            given.
        type_ (str | Unset):
        start (str | Unset):
        end (str | Unset):
        sample_interval (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not a 2xx status (a clc session's client raises
            the clc error for the status first).
        errors.InvalidResponse: If a 2xx answer's body is not the documented shape.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ServerStatistics
    """

    kwargs = _get_kwargs(
        account_alias=account_alias,
        server_id=server_id,
        type_=type_,
        start=start,
        end=end,
        sample_interval=sample_interval,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_success(response)
