"""The SDK's rules, without state or the object model: redaction of secrets, the retry
policy and its HTTP transport, argument checks, and the waiting engine.

Nothing here imports :mod:`clc.session` or :mod:`clc.v2`; the public names a user
configures (``clc.RetryPolicy``) are re-exported by :mod:`clc`.
"""
