"""Source.claim_count: the claims citing a source, counted once here and kept by the database.

Claims are written by the segment stage, attribution repair, source merges and deletions and by
cascades from articles; triggers on claims_claim keep the count whichever of them writes. On
PostgreSQL one trigger a statement nets the statement's rows by source and updates each source
once, in id order (two transactions writing claims of the same sources lock them in one order); on
SQLite a trigger a row. ``manage.py recount`` recomputes the counts from the claims.
"""

from django.db import migrations, models

FILL = """UPDATE sources_source SET claim_count =
    (SELECT count(*) FROM claims_claim WHERE claims_claim.source_id = sources_source.id)"""

POSTGRES = [
    """CREATE FUNCTION sources_claim_count() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        delta record;
    BEGIN
        IF TG_OP = 'INSERT' THEN
            FOR delta IN SELECT source_id, count(*) AS n FROM new_claims WHERE source_id IS NOT NULL
                         GROUP BY source_id ORDER BY source_id LOOP
                UPDATE sources_source SET claim_count = claim_count + delta.n WHERE id = delta.source_id;
            END LOOP;
        ELSIF TG_OP = 'DELETE' THEN
            FOR delta IN SELECT source_id, count(*) AS n FROM old_claims WHERE source_id IS NOT NULL
                         GROUP BY source_id ORDER BY source_id LOOP
                UPDATE sources_source SET claim_count = claim_count - delta.n WHERE id = delta.source_id;
            END LOOP;
        ELSE
            FOR delta IN SELECT source_id, sum(n) AS n FROM (
                             SELECT source_id, 1 AS n FROM new_claims WHERE source_id IS NOT NULL
                             UNION ALL
                             SELECT source_id, -1 FROM old_claims WHERE source_id IS NOT NULL
                         ) moved GROUP BY source_id HAVING sum(n) <> 0 ORDER BY source_id LOOP
                UPDATE sources_source SET claim_count = claim_count + delta.n WHERE id = delta.source_id;
            END LOOP;
        END IF;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER sources_claim_count_insert AFTER INSERT ON claims_claim
       REFERENCING NEW TABLE AS new_claims FOR EACH STATEMENT EXECUTE FUNCTION sources_claim_count()""",
    """CREATE TRIGGER sources_claim_count_update AFTER UPDATE ON claims_claim
       REFERENCING OLD TABLE AS old_claims NEW TABLE AS new_claims
       FOR EACH STATEMENT EXECUTE FUNCTION sources_claim_count()""",
    """CREATE TRIGGER sources_claim_count_delete AFTER DELETE ON claims_claim
       REFERENCING OLD TABLE AS old_claims FOR EACH STATEMENT EXECUTE FUNCTION sources_claim_count()""",
]
POSTGRES_REVERSE = [
    "DROP TRIGGER sources_claim_count_insert ON claims_claim",
    "DROP TRIGGER sources_claim_count_update ON claims_claim",
    "DROP TRIGGER sources_claim_count_delete ON claims_claim",
    "DROP FUNCTION sources_claim_count()",
]
SQLITE = [
    """CREATE TRIGGER sources_claim_count_insert AFTER INSERT ON claims_claim
       WHEN NEW.source_id IS NOT NULL
       BEGIN UPDATE sources_source SET claim_count = claim_count + 1 WHERE id = NEW.source_id; END""",
    """CREATE TRIGGER sources_claim_count_update AFTER UPDATE OF source_id ON claims_claim
       WHEN OLD.source_id IS NOT NEW.source_id
       BEGIN
           UPDATE sources_source SET claim_count = claim_count - 1 WHERE id = OLD.source_id;
           UPDATE sources_source SET claim_count = claim_count + 1 WHERE id = NEW.source_id;
       END""",
    """CREATE TRIGGER sources_claim_count_delete AFTER DELETE ON claims_claim
       WHEN OLD.source_id IS NOT NULL
       BEGIN UPDATE sources_source SET claim_count = claim_count - 1 WHERE id = OLD.source_id; END""",
]
SQLITE_REVERSE = [
    "DROP TRIGGER sources_claim_count_insert",
    "DROP TRIGGER sources_claim_count_update",
    "DROP TRIGGER sources_claim_count_delete",
]


def forwards(apps, schema_editor):
    # The triggers first: creating one locks claims against writes until the migration commits,
    # so the count below misses none.
    for sql in {"sqlite": SQLITE, "postgresql": POSTGRES}.get(schema_editor.connection.vendor, []):
        schema_editor.execute(sql)
    schema_editor.execute(FILL)


def backwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for sql in {"sqlite": SQLITE_REVERSE, "postgresql": POSTGRES_REVERSE}.get(vendor, []):
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [
        ("sources", "0002_sourcedeletion"),
        ("claims", "0012_claimkey_hash"),
    ]

    operations = [
        migrations.AddField(
            model_name="source",
            name="claim_count",
            field=models.PositiveIntegerField(default=0, db_default=0, editable=False),
        ),
        migrations.RunPython(forwards, backwards),
    ]
