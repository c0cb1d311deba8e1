"""How a delivery is signed; framework-free, so a receiver can copy it as it stands."""

from __future__ import annotations

import hashlib
import hmac


def signature(secret: str, timestamp: str, body: bytes) -> str:
    """The ``X-Hook-Signature`` header: HMAC-SHA256 of ``"<timestamp>.<body>"`` with the secret.

    >>> signature("s3cret", "1700000000", b'{"event": "flag.raised"}')
    'sha256=c5e28a73c771ab517bf98138a61f90b1413c237645cf79322de62cb70a8841f6'
    """
    mac = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return f"sha256={mac.hexdigest()}"
