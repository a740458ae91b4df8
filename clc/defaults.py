"""Default endpoints and tunables.

``ENDPOINT_URL_V2`` is read at each use by the default session, so 2.51 code that
assigns ``clc.defaults.ENDPOINT_URL_V2 = ...`` keeps working. When it is left at the
public endpoint, the ``CLC_V2_API_URL`` environment variable overrides it.
"""

from __future__ import annotations

PUBLIC_ENDPOINT_V2 = "https://api.ctl.io"

ENDPOINT_URL_V2 = PUBLIC_ENDPOINT_V2
ENDPOINT_URL_V1 = "https://api.ctl.io/REST/"

# HTTP timeouts in seconds. Never None: a hung server must cost a bounded time.
# CALL_TIMEOUT bounds one whole call (every attempt, backoff and the login it triggers)
# when the session is given no timeout; the others bound one phase of one attempt.
CALL_TIMEOUT = 120.0
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 60.0
WRITE_TIMEOUT = 60.0
POOL_TIMEOUT = 30.0

# Idle connections are kept longer than the default poll interval (2 s) so that
# waits reuse them instead of reconnecting each round.
KEEPALIVE_EXPIRY = 30.0

# Bound on concurrent requests one session makes for a wait or a batch of reads.
MAX_CONCURRENCY = 16

# A wait with no timeout keeps polling a job whose status cannot be read (the API may be
# down, or restarting) this many seconds, then raises RequestStatusUnknownException.
UNREADABLE_STATUS_PATIENCE = 60.0

# How far past its deadline a call or a wait may end (scheduling, closing sockets).
DEADLINE_MARGIN = 0.5
