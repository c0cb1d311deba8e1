import io
import re

import pytest
from django.core.management import CommandError, call_command

from tests.factories import UserFactory
from tokens.models import ApiToken, key_digest

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    out = io.StringIO()
    call_command("token", *args, stdout=out)
    return out.getvalue()


def test_create_list_rotate_and_revoke_from_the_shell():
    UserFactory(username="tool", role="reader")
    created = run("create", "tool", "--name", "scraper")
    key = re.search(r": ([0-9a-f]{40})$", created.strip()).group(1)
    first = ApiToken.objects.get(digest=key_digest(key))
    listed = run("list", "tool")
    rotated = run("rotate", "tool", str(first.pk))
    second = ApiToken.objects.exclude(pk=first.pk).get()
    assert listed.startswith(f"{first.pk}\t{key[:8]}…\tscraper\tcreated ")
    assert rotated.startswith(f"token {first.pk} revoked; token {second.pk} replaces it: ")
    assert run("revoke", "tool", str(second.pk)) == f"token {second.pk} revoked\n"
    assert (run("list", "tool"), ApiToken.objects.filter(revoked_at=None).count()) == ("", 0)


def test_revoke_all_and_unknown_names_and_ids():
    UserFactory(username="tool", role="reader")
    run("create", "tool")
    run("create", "tool")
    assert run("revoke", "tool", "--all") == "2 token(s) of tool revoked\n"
    with pytest.raises(CommandError, match="no user named 'nobody'"):
        run("list", "nobody")
    with pytest.raises(CommandError, match="tool has no live token 999"):
        run("revoke", "tool", "999")


def test_drf_create_token_with_reset_revokes_the_users_other_tokens():
    UserFactory(username="tool", role="reader")
    call_command("drf_create_token", "tool", stdout=io.StringIO())
    call_command("drf_create_token", "tool", "-r", stdout=io.StringIO())
    assert ApiToken.objects.filter(revoked_at=None).count() == 1
