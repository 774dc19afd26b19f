"""Authenticator codes for the load test's accounts (no Django: locust imports it too)."""

import hashlib
import hmac
import struct
import time


def totp_key(username: str) -> str:
    """The benchmark accounts' authenticator key (run_loadtest registers the same)."""
    # SHA-1 only derives a fixed benchmark key from a user name; it protects nothing.
    return hashlib.sha1(f"bench-totp:{username}".encode()).hexdigest()  # noqa: S324


def totp(key_hex: str, at: float | None = None) -> str:
    """RFC 6238 (30-second steps, 6 digits, SHA-1), as django-otp's TOTPDevice checks it."""
    counter = struct.pack(">Q", int(at or time.time()) // 30)
    digest = hmac.new(bytes.fromhex(key_hex), counter, hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    code = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{code % 1_000_000:06d}"
