from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations, models

from claims.models import search_text

BATCH = 2000
INDEX = "claim_search_trgm"


def _fold(model, source: str, target: str) -> None:
    """Fold ``source`` into ``target`` on every row, in batches by id."""
    last = 0
    while True:
        rows = list(model.objects.filter(pk__gt=last).order_by("pk").only("pk", source)[:BATCH])
        if not rows:
            return
        for row in rows:
            setattr(row, target, search_text(getattr(row, source)))
        model.objects.bulk_update(rows, [target])
        last = rows[-1].pk


def fill(apps, schema_editor):
    _fold(apps.get_model("claims", "Claim"), "text", "search_text")
    _fold(apps.get_model("claims", "Article"), "title", "search_title")


def index(apps, schema_editor):
    # Only PostgreSQL has trigram indexes; elsewhere "contains" scans the table.
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"CREATE INDEX {INDEX} ON claims_claim USING gin (search_text gin_trgm_ops)")


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("claims", "0005_claim_features")]

    operations = [
        migrations.AddField(
            model_name="article",
            name="search_title",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.AddField(
            model_name="claim",
            name="search_text",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop, elidable=True),
        TrigramExtension(),
        migrations.RunPython(index, drop_index),
    ]
