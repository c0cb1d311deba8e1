"""``manage.py token create|list|rotate|revoke``: a user's API tokens from the shell."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from tokens import services
from tokens.models import ApiToken
from tokens.selectors import token_list


def user_named(username: str):
    try:
        return get_user_model().objects.get_by_natural_key(username)
    except get_user_model().DoesNotExist:
        raise CommandError(f"no user named {username!r}") from None


class Command(BaseCommand):
    help = "Create (key printed once), list, rotate or revoke a user's API tokens."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        create = actions.add_parser("create", help="make a token; its key is printed this once")
        create.add_argument("username")
        create.add_argument("--name", default="", help="what the token is for")
        actions.add_parser("list", help="a user's live tokens: id, prefix, dates").add_argument("username")
        rotate = actions.add_parser("rotate", help="revoke a token and print its successor's key")
        rotate.add_argument("username")
        rotate.add_argument("token_id", type=int)
        revoke = actions.add_parser("revoke", help="revoke one token, or --all of the user's")
        revoke.add_argument("username")
        revoke.add_argument("token_id", type=int, nargs="?")
        revoke.add_argument("--all", action="store_true")

    def handle(self, *args, action: str, username: str, **options):
        user = user_named(username)
        try:
            getattr(self, f"_{action}")(user, **options)
        except ApiToken.DoesNotExist:
            raise CommandError(f"{username} has no live token {options['token_id']}") from None

    def _create(self, user, *, name: str, **options) -> None:
        token, key = services.token_create(user=user, name=name)
        self.stdout.write(f"token {token.pk} of {user.username}, expires {token.expires_at:%Y-%m-%d}: {key}")

    def _list(self, user, **options) -> None:
        for token in token_list(user=user):
            used = f"{token.last_used_at:%Y-%m-%d %H:%M}" if token.last_used_at else "never"
            self.stdout.write(
                f"{token.pk}\t{token.prefix}…\t{token.name or '-'}\tcreated {token.created_at:%Y-%m-%d}"
                f"\tlast used {used}\texpires {token.expires_at:%Y-%m-%d}"
            )

    def _rotate(self, user, *, token_id: int, **options) -> None:
        token, key = services.token_rotate(user=user, token_id=token_id)
        self.stdout.write(f"token {token_id} revoked; token {token.pk} replaces it: {key}")

    def _revoke(self, user, *, token_id: int | None, all: bool, **options) -> None:
        if all == (token_id is not None):
            raise CommandError("give either a token id or --all")
        if all:
            self.stdout.write(f"{services.user_tokens_revoke(user=user)} token(s) of {user.username} revoked")
        else:
            services.token_revoke(user=user, token_id=token_id)
            self.stdout.write(f"token {token_id} revoked")
