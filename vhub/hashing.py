"""Fingerprints of documents and tokens: the one SHA-256 helper."""

import hashlib


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
