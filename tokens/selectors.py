"""Reading API tokens: a user reads their own, never anyone else's."""

from __future__ import annotations

from django.db.models import QuerySet

from tokens.models import ApiToken


def token_list(*, user) -> QuerySet[ApiToken]:
    """The user's tokens not revoked, newest first; expired ones included (``expires_at`` says so)."""
    return ApiToken.objects.filter(user_id=user.pk, revoked_at=None)


def token_of(*, user, token_id: int) -> ApiToken:
    """Raises ApiToken.DoesNotExist (a 404) for another user's token, so its existence is not given away."""
    return token_list(user=user).get(pk=token_id)
