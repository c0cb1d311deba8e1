from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations, models

from claims.models import search_text

BATCH = 2000
INDEX = "claim_search_trgm"


def fill(apps, schema_editor):
    """Fold the text of every stored claim, in batches by id."""
    Claim = apps.get_model("claims", "Claim")
    last = 0
    while True:
        claims = list(Claim.objects.filter(pk__gt=last).order_by("pk").only("pk", "text")[:BATCH])
        if not claims:
            return
        for claim in claims:
            claim.search_text = search_text(claim.text)
        Claim.objects.bulk_update(claims, ["search_text"])
        last = claims[-1].pk


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
            model_name="claim",
            name="search_text",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop, elidable=True),
        TrigramExtension(),
        migrations.RunPython(index, drop_index),
    ]
