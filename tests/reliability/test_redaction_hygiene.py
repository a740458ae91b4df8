"""Unit tests of clc.core.redaction: Secret, redact, safe_url and the httpx logging hooks."""

from __future__ import annotations

import logging
import pickle
from collections.abc import Iterator

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from clc.core.redaction import MASK, HttpLogger, Secret, redact, safe_url

PASSWORD = "pw-Pl@nted 1&2/ü"
TOKEN = "tok-PLANTED-4242"
SERVER_PW = "srv-PLANTED-77"


@pytest.fixture
def http_log(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    with caplog.at_level(logging.DEBUG, logger="clc.http"):
        yield caplog


def test_secret_never_shows_itself() -> None:
    s = Secret(PASSWORD)
    for text in (
        repr(s),
        str(s),
        f"{s}",
        f"{s!r}",
        "{}".format(s),  # noqa: UP032
        f"{s:>20}",
        repr([s]),
        repr({"p": s}),
    ):
        assert PASSWORD not in text
        assert MASK in text
    assert s.reveal() == PASSWORD
    assert Secret(s).reveal() == PASSWORD
    assert s == Secret(PASSWORD) and s != Secret("other") and s != PASSWORD
    assert hash(s) == hash(Secret(PASSWORD))
    assert bool(s) and not bool(Secret(""))
    with pytest.raises(TypeError):
        pickle.dumps(s)
    with pytest.raises(TypeError):
        Secret(123)  # type: ignore[arg-type]


@given(secret=st.text(min_size=1), before=st.text(), after=st.text())
def test_redact_removes_every_form_of_the_secret(secret: str, before: str, after: str) -> None:
    import json
    from urllib.parse import quote, quote_plus

    for form in (secret, quote(secret, safe=""), quote_plus(secret), json.dumps(secret)[1:-1]):
        text = redact(before + form + after, [secret])
        assert secret not in text or secret in MASK


def test_redact_ignores_empty_and_none_and_takes_secret_objects() -> None:
    assert redact("abc", ["", None]) == "abc"
    assert redact(f"x {TOKEN} y", [Secret(TOKEN)]) == "x *** y"
    assert redact("aXYZb XY", ["XY", "XYZ"]) == "a***b ***"


def test_safe_url_masks_query_secrets_and_userinfo() -> None:
    url = f"https://bob:{TOKEN}@api.example/v2/x?token={TOKEN}&page=2&apiKey=k1"
    shown = safe_url(url)
    assert TOKEN not in shown and "bob" not in shown and "k1" not in shown
    assert "page=2" in shown and shown.startswith("https://api.example/v2/x?")
    assert safe_url("https://api.example/v2/x") == "https://api.example/v2/x"


def _client(logger: HttpLogger, handler: httpx.MockTransport) -> httpx.Client:
    return httpx.Client(
        base_url="https://api.example", transport=handler, event_hooks=logger.event_hooks()
    )


def _api(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/authentication/login"):
        return httpx.Response(
            200,
            json={"userName": "bob", "bearerToken": TOKEN, "accountAlias": "DEMO"},
            headers={"Set-Cookie": f"session={TOKEN}"},
        )
    if request.url.path.endswith("/credentials"):
        return httpx.Response(200, json={"userName": "root", "password": SERVER_PW})
    return httpx.Response(
        200,
        json={"id": "VA1DEMOWEB01", "details": {"password": SERVER_PW}, "token": TOKEN},
        headers={"X-Request-Id": "req-1", "Set-Cookie": f"c={TOKEN}", "Retry-After": "1"},
    )


@pytest.mark.parametrize("log_bodies", [False, True])
def test_http_logger_never_logs_secrets(
    http_log: pytest.LogCaptureFixture, log_bodies: bool
) -> None:
    logger = HttpLogger(log_bodies=log_bodies)
    with _client(logger, httpx.MockTransport(_api)) as client:
        client.post("/v2/authentication/login", json={"username": "bob", "password": PASSWORD})
        auth = {"Authorization": f"Bearer {TOKEN}", "Cookie": f"c={TOKEN}"}
        client.get("/v2/servers/DEMO/VA1DEMOWEB01/credentials", headers=auth)
        client.patch(
            "/v2/servers/DEMO/VA1DEMOWEB01",
            headers=auth,
            json=[
                {
                    "op": "set",
                    "member": "password",
                    "value": {"current": SERVER_PW, "password": PASSWORD},
                }
            ],
        )
        client.get(f"/v2/servers/DEMO/VA1DEMOWEB01?token={TOKEN}", headers=auth)
    text = "\n".join(r.getMessage() for r in http_log.records)
    assert len(http_log.records) == 8
    for planted in (PASSWORD, TOKEN, SERVER_PW, "Bearer", "authorization", "cookie"):
        assert planted.lower() not in text.lower()
    assert "--> POST https://api.example/v2/authentication/login" in text
    assert "<-- 200 GET https://api.example/v2/servers/DEMO/VA1DEMOWEB01?token=***" in text
    assert "x-request-id: req-1" in text and "retry-after: 1" in text
    assert "ms headers=" in text
    if log_bodies:
        assert "body=<not logged>" in text
        assert '"id":"VA1DEMOWEB01"' in text and '"password":"***"' in text


def test_allow_list_cannot_let_authorization_through(http_log: pytest.LogCaptureFixture) -> None:
    logger = HttpLogger(allowed_headers=["Authorization", "Cookie", "Set-Cookie", "Accept"])
    with _client(logger, httpx.MockTransport(_api)) as client:
        client.get("/v2/x", headers={"Authorization": f"Bearer {TOKEN}", "Accept": "x/y"})
    text = "\n".join(r.getMessage() for r in http_log.records)
    assert TOKEN not in text and "accept: x/y" in text


def test_secrets_callable_is_a_last_line_of_defence(http_log: pytest.LogCaptureFixture) -> None:
    logger = HttpLogger(secrets=lambda: [Secret("DEMO")])
    with _client(logger, httpx.MockTransport(_api)) as client:
        client.get("/v2/servers/DEMO/x")
    text = "\n".join(r.getMessage() for r in http_log.records)
    assert "DEMO" not in text and "/v2/servers/***/x" in text


def test_non_json_and_malformed_bodies_are_not_shown(http_log: pytest.LogCaptureFixture) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/bad":
            return httpx.Response(
                200,
                content=b"{not json " + TOKEN.encode(),
                headers={"Content-Type": "application/json"},
            )
        return httpx.Response(200, text=f"plain {TOKEN}")

    with _client(HttpLogger(log_bodies=True), httpx.MockTransport(handler)) as client:
        client.get("/bad")
        client.post("/plain", content=f"form={TOKEN}".encode())
    text = "\n".join(r.getMessage() for r in http_log.records)
    assert TOKEN not in text
    assert "malformed JSON, not shown" in text and "not shown" in text


def test_logger_is_quiet_above_debug(caplog: pytest.LogCaptureFixture) -> None:
    with (
        caplog.at_level(logging.INFO, logger="clc.http"),
        _client(HttpLogger(), httpx.MockTransport(_api)) as client,
    ):
        client.get("/v2/x")
    assert caplog.records == []
