"""An incident's counts and time span (claims, articles, sources, denials, first and last
publication), computed once here and kept by the database.

Memberships are written by grouping, merges and splits and removed with their claims; a claim's
source, modality or article changes with source merges, deletions and attribution repair; an
article's publication time with its metadata. Triggers on those writes recompute the incidents
they touch: on PostgreSQL once a statement (a membership's change or a claim's change that moves
none of the three columns recomputes nothing), on SQLite once a row. ``manage.py recount``
recomputes every incident from its claims.
"""

from django.db import migrations, models

# Every figure of the incidents whose ids ``{ids}`` selects, from their claims.
MEMBERS = """FROM incidents_incidentclaim m JOIN claims_claim c ON c.id = m.claim_id
             WHERE m.incident_id = incidents_incident.id"""
RECOUNT = f"""UPDATE incidents_incident SET
    claim_count = (SELECT count(*) FROM incidents_incidentclaim m WHERE m.incident_id = incidents_incident.id),
    article_count = (SELECT count(DISTINCT c.article_id) {MEMBERS}),
    source_count = (SELECT count(DISTINCT c.source_id) {MEMBERS}),
    denial_count = (SELECT count(*) {MEMBERS} AND c.modality = 'deny'),
    first_published = (SELECT min(a.published_at) FROM incidents_incidentclaim m
        JOIN claims_claim c ON c.id = m.claim_id JOIN claims_article a ON a.id = c.article_id
        WHERE m.incident_id = incidents_incident.id),
    last_published = (SELECT max(a.published_at) FROM incidents_incidentclaim m
        JOIN claims_claim c ON c.id = m.claim_id JOIN claims_article a ON a.id = c.article_id
        WHERE m.incident_id = incidents_incident.id)
    WHERE incidents_incident.id IN ({{ids}})"""
# A claim's change that moves an incident's figures, between its row before (o) and after (n).
CLAIM_MOVED = (
    "o.source_id IS DISTINCT FROM n.source_id OR o.modality IS DISTINCT FROM n.modality"
    " OR o.article_id IS DISTINCT FROM n.article_id"
)
OF_ARTICLE = """SELECT m.incident_id FROM incidents_incidentclaim m JOIN claims_claim c ON c.id = m.claim_id
                WHERE c.article_id = NEW.id"""

POSTGRES = [
    f"""CREATE FUNCTION incidents_members_recount() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            {RECOUNT.format(ids="SELECT incident_id FROM new_members")};
        ELSIF TG_OP = 'DELETE' THEN
            {RECOUNT.format(ids="SELECT incident_id FROM old_members")};
        ELSE
            {RECOUNT.format(ids='''SELECT unnest(ARRAY[o.incident_id, n.incident_id])
                FROM new_members n JOIN old_members o ON o.id = n.id
                WHERE o.incident_id <> n.incident_id OR o.claim_id <> n.claim_id''')};
        END IF;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER incidents_members_insert AFTER INSERT ON incidents_incidentclaim
       REFERENCING NEW TABLE AS new_members FOR EACH STATEMENT EXECUTE FUNCTION incidents_members_recount()""",
    """CREATE TRIGGER incidents_members_update AFTER UPDATE ON incidents_incidentclaim
       REFERENCING OLD TABLE AS old_members NEW TABLE AS new_members
       FOR EACH STATEMENT EXECUTE FUNCTION incidents_members_recount()""",
    """CREATE TRIGGER incidents_members_delete AFTER DELETE ON incidents_incidentclaim
       REFERENCING OLD TABLE AS old_members FOR EACH STATEMENT EXECUTE FUNCTION incidents_members_recount()""",
    f"""CREATE FUNCTION incidents_claims_recount() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        {RECOUNT.format(ids=f'''SELECT m.incident_id FROM incidents_incidentclaim m
            JOIN new_claims n ON n.id = m.claim_id JOIN old_claims o ON o.id = n.id
            WHERE {CLAIM_MOVED}''')};
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER incidents_claims_update AFTER UPDATE ON claims_claim
       REFERENCING OLD TABLE AS old_claims NEW TABLE AS new_claims
       FOR EACH STATEMENT EXECUTE FUNCTION incidents_claims_recount()""",
    f"""CREATE FUNCTION incidents_article_recount() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        {RECOUNT.format(ids=OF_ARTICLE)};
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER incidents_article_update AFTER UPDATE OF published_at ON claims_article
       FOR EACH ROW WHEN (OLD.published_at IS DISTINCT FROM NEW.published_at)
       EXECUTE FUNCTION incidents_article_recount()""",
]
POSTGRES_REVERSE = [
    "DROP TRIGGER incidents_members_insert ON incidents_incidentclaim",
    "DROP TRIGGER incidents_members_update ON incidents_incidentclaim",
    "DROP TRIGGER incidents_members_delete ON incidents_incidentclaim",
    "DROP FUNCTION incidents_members_recount()",
    "DROP TRIGGER incidents_claims_update ON claims_claim",
    "DROP FUNCTION incidents_claims_recount()",
    "DROP TRIGGER incidents_article_update ON claims_article",
    "DROP FUNCTION incidents_article_recount()",
]
SQLITE = [
    f"""CREATE TRIGGER incidents_members_insert AFTER INSERT ON incidents_incidentclaim
       BEGIN {RECOUNT.format(ids="NEW.incident_id")}; END""",
    f"""CREATE TRIGGER incidents_members_update AFTER UPDATE OF incident_id, claim_id ON incidents_incidentclaim
       BEGIN {RECOUNT.format(ids="OLD.incident_id, NEW.incident_id")}; END""",
    f"""CREATE TRIGGER incidents_members_delete AFTER DELETE ON incidents_incidentclaim
       BEGIN {RECOUNT.format(ids="OLD.incident_id")}; END""",
    f"""CREATE TRIGGER incidents_claims_update AFTER UPDATE OF source_id, modality, article_id ON claims_claim
       WHEN {CLAIM_MOVED.replace("IS DISTINCT FROM", "IS NOT").replace("o.", "OLD.").replace("n.", "NEW.")}
       BEGIN {RECOUNT.format(ids="SELECT incident_id FROM incidents_incidentclaim WHERE claim_id = NEW.id")}; END""",
    f"""CREATE TRIGGER incidents_article_update AFTER UPDATE OF published_at ON claims_article
       WHEN OLD.published_at IS NOT NEW.published_at
       BEGIN {RECOUNT.format(ids=OF_ARTICLE)}; END""",
]
SQLITE_REVERSE = [
    "DROP TRIGGER incidents_members_insert",
    "DROP TRIGGER incidents_members_update",
    "DROP TRIGGER incidents_members_delete",
    "DROP TRIGGER incidents_claims_update",
    "DROP TRIGGER incidents_article_update",
]


def forwards(apps, schema_editor):
    # The triggers first: creating one locks its table against writes until the migration
    # commits, so the recount below misses none.
    for sql in {"sqlite": SQLITE, "postgresql": POSTGRES}.get(schema_editor.connection.vendor, []):
        schema_editor.execute(sql)
    schema_editor.execute(RECOUNT.format(ids="SELECT id FROM incidents_incident"))


def backwards(apps, schema_editor):
    for sql in {"sqlite": SQLITE_REVERSE, "postgresql": POSTGRES_REVERSE}.get(schema_editor.connection.vendor, []):
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [
        ("incidents", "0001_initial"),
        ("claims", "0012_claimkey_hash"),
    ]

    operations = [
        migrations.AddField(
            model_name="incident",
            name="claim_count",
            field=models.PositiveIntegerField(default=0, db_default=0, editable=False),
        ),
        migrations.AddField(
            model_name="incident",
            name="article_count",
            field=models.PositiveIntegerField(default=0, db_default=0, editable=False),
        ),
        migrations.AddField(
            model_name="incident",
            name="source_count",
            field=models.PositiveIntegerField(default=0, db_default=0, editable=False),
        ),
        migrations.AddField(
            model_name="incident",
            name="denial_count",
            field=models.PositiveIntegerField(default=0, db_default=0, editable=False),
        ),
        migrations.AddField(
            model_name="incident",
            name="first_published",
            field=models.DateTimeField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="incident",
            name="last_published",
            field=models.DateTimeField(editable=False, null=True),
        ),
        migrations.RunPython(forwards, backwards),
    ]
