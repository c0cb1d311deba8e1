"""API tokens, stored as SHA-256 digests: the key itself is shown once, when it is made."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.db import models
from django.utils import timezone

PREFIX_CHARS = 8


def key_digest(key: str) -> str:
    """The stored form of a key. A key holds 160 random bits, so a fast hash is enough: there is no
    dictionary to try, unlike with passwords.

    ``key_digest("0123abcd" * 5)`` → "d8b0…" (64 hex characters).
    """
    return hashlib.sha256(key.encode("utf-8", "replace")).hexdigest()


class ApiToken(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(
        max_length=100, blank=True, help_text="what the token is for, e.g. the tool using it"
    )
    prefix = models.CharField(
        max_length=PREFIX_CHARS, help_text="the key's first characters, to recognise it"
    )
    digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    last_used_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-id"]
        indexes = [models.Index(fields=["user", "revoked_at"], name="token_user_live")]

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.user_id}, {self.name or 'unnamed'})"
