"""DRF's plain-text tokens (table authtoken_token) become hashed tokens, then the plain keys are deleted.

A key issued before keeps working, as ``Authorization: Token <key>``, for API_TOKEN_EXPIRY_DAYS from
this migration. The table is read with SQL because rest_framework.authtoken is no longer installed;
a database that never had it has nothing to move.
"""

import hashlib
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.db import migrations
from django.utils import timezone
from django.utils.dateparse import parse_datetime

LEGACY = "authtoken_token"


def hash_legacy_tokens(apps, schema_editor):
    connection = schema_editor.connection
    if LEGACY not in connection.introspection.table_names():
        return
    ApiToken = apps.get_model("tokens", "ApiToken")
    expires_at = timezone.now() + timedelta(days=settings.API_TOKEN_EXPIRY_DAYS)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT key, user_id, created FROM {LEGACY}")
        rows = cursor.fetchall()
        for key, user_id, created in rows:
            ApiToken.objects.create(
                user_id=user_id,
                name="issued before tokens were hashed",
                prefix=key[:8],
                digest=hashlib.sha256(key.encode()).hexdigest(),
                created_at=_aware(created),
                expires_at=expires_at,
            )
        # No plain key stays in the database; the empty table also keeps no user from being deleted.
        cursor.execute(f"DELETE FROM {LEGACY}")


def _aware(created) -> datetime:
    """SQLite hands the column back as text without a zone; it was written in UTC."""
    moment = parse_datetime(created) if isinstance(created, str) else created
    return moment if timezone.is_aware(moment) else timezone.make_aware(moment, UTC)


class Migration(migrations.Migration):
    dependencies = [("tokens", "0001_initial")]

    operations = [migrations.RunPython(hash_legacy_tokens, migrations.RunPython.noop)]
