from django.db import migrations

SQLITE = [
    """CREATE TRIGGER review_no_update BEFORE UPDATE ON claims_review
       BEGIN SELECT RAISE(ABORT, 'reviews are append-only'); END""",
    """CREATE TRIGGER review_no_delete BEFORE DELETE ON claims_review
       BEGIN SELECT RAISE(ABORT, 'reviews are append-only'); END""",
]
SQLITE_REVERSE = ["DROP TRIGGER review_no_update", "DROP TRIGGER review_no_delete"]
POSTGRES = [
    """CREATE FUNCTION review_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'reviews are append-only'; END $$""",
    """CREATE TRIGGER review_append_only BEFORE UPDATE OR DELETE ON claims_review
       FOR EACH ROW EXECUTE FUNCTION review_append_only()""",
]
POSTGRES_REVERSE = ["DROP TRIGGER review_append_only ON claims_review", "DROP FUNCTION review_append_only()"]


def forwards(apps, schema_editor):
    statements = {"sqlite": SQLITE, "postgresql": POSTGRES}.get(schema_editor.connection.vendor, [])
    for sql in statements:
        schema_editor.execute(sql)


def backwards(apps, schema_editor):
    statements = {"sqlite": SQLITE_REVERSE, "postgresql": POSTGRES_REVERSE}.get(schema_editor.connection.vendor, [])
    for sql in statements:
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("claims", "0001_initial")]
    operations = [migrations.RunPython(forwards, backwards)]
