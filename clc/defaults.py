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
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 60.0
WRITE_TIMEOUT = 60.0
POOL_TIMEOUT = 30.0

# Idle connections are kept longer than the default poll interval (2 s) so that
# waits reuse them instead of reconnecting each round.
KEEPALIVE_EXPIRY = 30.0

# Bound on concurrent requests one session makes for a wait or a batch of reads.
MAX_CONCURRENCY = 16

# Consecutive failed status polls after which a queued request counts as failed.
MAX_POLL_FAILURES = 3
