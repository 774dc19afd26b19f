"""Secrets VHub must read back, kept encrypted in the database.

A webhook's signing secret cannot be hashed like a password: VHub signs every call with it.
So it is stored as a Fernet token (AES-128-CBC and HMAC-SHA256, from `cryptography`) under a
key derived from `SECRET_KEY`, which never enters the database: a copy of the database or a
backup alone does not give the secrets away. Keys from `SECRET_KEY_FALLBACKS` still decrypt,
so the key can be rotated the way Django rotates its signing key; `manage.py
reencrypt_secrets` then rewrites every value under the current key.
"""

import base64
import hashlib
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.db import models

# Separates this key from every other use of SECRET_KEY (sessions, password resets).
PURPOSE = b"vhub.crypto.field-encryption.v1"


def _fernet_key(secret_key: str) -> bytes:
    digest = hashlib.sha256(PURPOSE + b"\x00" + secret_key.encode()).digest()
    return base64.urlsafe_b64encode(digest)


def _fernet() -> MultiFernet:
    keys = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    return MultiFernet([Fernet(_fernet_key(key)) for key in keys])


def encrypt(text: str) -> str:
    return _fernet().encrypt(text.encode()).decode()


def decrypt(token: str) -> str:
    try:
        return _fernet().decrypt(token.encode()).decode()
    except InvalidToken as exc:
        raise ValueError(
            "A stored secret could not be decrypted: SECRET_KEY changed without its old value "
            "in SECRET_KEY_FALLBACKS (docs/security.md)."
        ) from exc


def reencrypt(token: str) -> str:
    """The same secret under the current key (a token of a fallback key becomes current)."""
    return _fernet().rotate(token.encode()).decode()


class EncryptedTextField(models.TextField):
    """Plain text in Python, a Fernet token in the database. Not searchable or orderable."""

    def from_db_value(self, value: str | None, expression: Any, connection: Any) -> str | None:
        return None if value is None else decrypt(value)

    def get_prep_value(self, value: Any) -> Any:
        value = super().get_prep_value(value)
        return None if value is None else encrypt(value)
