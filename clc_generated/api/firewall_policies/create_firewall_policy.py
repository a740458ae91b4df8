# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.firewall_policy_request import FirewallPolicyRequest
from ...models.links_envelope import LinksEnvelope
from ...types import Response, collector_paused


def _get_kwargs(
    source_account_alias: str,
    data_center: str,
    *,
    body: FirewallPolicyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2-experimental/firewallPolicies/{source_account_alias}/{data_center}".format(
            source_account_alias=quote(str(source_account_alias), safe=""),
            data_center=quote(str(data_center), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | LinksEnvelope | None:
    if response.status_code == 201:
        response_201 = LinksEnvelope.from_dict(response.json())

        return response_201

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
) -> Response[ErrorBody | LinksEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> LinksEnvelope:
    """The 2xx answer's body; any other status raises ``errors.UnexpectedStatus`` and a body
    that is not the documented shape ``errors.InvalidResponse``."""
    if response.status_code == 201:
        try:
            with collector_paused():
                response_201 = LinksEnvelope.from_dict(response.json())

                return response_201

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise errors.InvalidResponse(response.status_code, error) from error
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    source_account_alias: str,
    data_center: str,
    *,
    client: AuthenticatedClient | Client,
    body: FirewallPolicyRequest,
) -> Response[ErrorBody | LinksEnvelope]:
    """Create an intra data center firewall policy

     The documentation marks destinationAccount required, but the recorded traffic creates policies
    without it (the source account is then the destination).

    Args:
        source_account_alias (str): Alias of the account that owns the source network of the
            policy.
        data_center (str): Data center short code (for example WA1); matched case-insensitively.
        body (FirewallPolicyRequest): A new policy, or the changes to one. The Java SDK sends
            destinationAccount as null in an update, which the live API accepted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | LinksEnvelope]
    """

    kwargs = _get_kwargs(
        source_account_alias=source_account_alias,
        data_center=data_center,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    source_account_alias: str,
    data_center: str,
    *,
    client: AuthenticatedClient | Client,
    body: FirewallPolicyRequest,
) -> LinksEnvelope:
    """Create an intra data center firewall policy

     The documentation marks destinationAccount required, but the recorded traffic creates policies
    without it (the source account is then the destination).

    Args:
        source_account_alias (str): Alias of the account that owns the source network of the
            policy.
        data_center (str): Data center short code (for example WA1); matched case-insensitively.
        body (FirewallPolicyRequest): A new policy, or the changes to one. The Java SDK sends
            destinationAccount as null in an update, which the live API accepted.

    Raises:
        errors.UnexpectedStatus: If the answer is not a 2xx status (a clc session's client raises
            the clc error for the status first).
        errors.InvalidResponse: If a 2xx answer's body is not the documented shape.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LinksEnvelope
    """

    kwargs = _get_kwargs(
        source_account_alias=source_account_alias,
        data_center=data_center,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_success(response)


async def asyncio_detailed(
    source_account_alias: str,
    data_center: str,
    *,
    client: AuthenticatedClient | Client,
    body: FirewallPolicyRequest,
) -> Response[ErrorBody | LinksEnvelope]:
    """Create an intra data center firewall policy

     The documentation marks destinationAccount required, but the recorded traffic creates policies
    without it (the source account is then the destination).

    Args:
        source_account_alias (str): Alias of the account that owns the source network of the
            policy.
        data_center (str): Data center short code (for example WA1); matched case-insensitively.
        body (FirewallPolicyRequest): A new policy, or the changes to one. The Java SDK sends
            destinationAccount as null in an update, which the live API accepted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | LinksEnvelope]
    """

    kwargs = _get_kwargs(
        source_account_alias=source_account_alias,
        data_center=data_center,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    source_account_alias: str,
    data_center: str,
    *,
    client: AuthenticatedClient | Client,
    body: FirewallPolicyRequest,
) -> LinksEnvelope:
    """Create an intra data center firewall policy

     The documentation marks destinationAccount required, but the recorded traffic creates policies
    without it (the source account is then the destination).

    Args:
        source_account_alias (str): Alias of the account that owns the source network of the
            policy.
        data_center (str): Data center short code (for example WA1); matched case-insensitively.
        body (FirewallPolicyRequest): A new policy, or the changes to one. The Java SDK sends
            destinationAccount as null in an update, which the live API accepted.

    Raises:
        errors.UnexpectedStatus: If the answer is not a 2xx status (a clc session's client raises
            the clc error for the status first).
        errors.InvalidResponse: If a 2xx answer's body is not the documented shape.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LinksEnvelope
    """

    kwargs = _get_kwargs(
        source_account_alias=source_account_alias,
        data_center=data_center,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_success(response)
