"""``manage.py drf_create_token USER [-r]`` as DRF's command was used, making a hashed, expiring token."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from tokens import services
from tokens.management.commands.token import user_named


class Command(BaseCommand):
    help = "Make an API token for a user and print its key (kept for scripts; `manage.py token` does more)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("-r", "--reset", action="store_true", help="revoke the user's other tokens first")

    def handle(self, *args, username: str, reset: bool, **options):
        user = user_named(username)
        if reset:
            services.user_tokens_revoke(user=user)
        _, key = services.token_create(user=user, name="drf_create_token")
        self.stdout.write(f"Generated token {key} for user {username}")
