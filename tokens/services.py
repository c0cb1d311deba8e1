"""Making, rotating and revoking API tokens.

A key is 40 hex characters, as DRF's keys were, sent as ``Authorization: Token <key>``. Only its
SHA-256 digest and first characters are stored; the key is in the answer that creates it and nowhere
else. Tokens expire API_TOKEN_EXPIRY_DAYS after they are made, and all of a user's tokens are revoked
when the user's password changes (tokens.validators).
"""

from __future__ import annotations

import secrets
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from tokens.models import PREFIX_CHARS, ApiToken, key_digest
from tokens.selectors import token_list, token_of


def new_key() -> str:
    return secrets.token_hex(20)


def token_create(*, user, name: str = "") -> tuple[ApiToken, str]:
    """A new token of ``user`` and its key, which is not kept: hand it over now."""
    key, now = new_key(), timezone.now()
    token = ApiToken.objects.create(
        user=user,
        name=name,
        prefix=key[:PREFIX_CHARS],
        digest=key_digest(key),
        created_at=now,
        expires_at=now + timedelta(days=settings.API_TOKEN_EXPIRY_DAYS),
    )
    return token, key


@transaction.atomic
def token_rotate(*, user, token_id: int) -> tuple[ApiToken, str]:
    """Revoke one of the user's tokens and make its successor, under the same name."""
    old = token_list(user=user).select_for_update().get(pk=token_id)
    _revoke(ApiToken.objects.filter(pk=old.pk))
    return token_create(user=user, name=old.name)


def token_revoke(*, user, token_id: int) -> None:
    """Revoke one of the user's own tokens; another user's is ApiToken.DoesNotExist."""
    _revoke(ApiToken.objects.filter(pk=token_of(user=user, token_id=token_id).pk))


def user_tokens_revoke(*, user) -> int:
    """Revoke every live token of the user (a changed password, a departure); returns how many."""
    return _revoke(token_list(user=user))


def _revoke(tokens) -> int:
    # Only still-live rows: revoking twice keeps the first time.
    return tokens.filter(revoked_at=None).update(revoked_at=timezone.now())
