"""Blocking keys stored as 64-bit hashes under a (key, claim) primary key, in place of the text
beside a surrogate id: the same keys in about 0.6 of the space (measured at 100,000 claims,
0.53 as this migration lays the table out).

The stored keys are rebuilt from the old rows (hashed in the database on PostgreSQL), so no
reindex is needed. Going back leaves the text table empty and marks every claim's features stale:
run ``manage.py reindex`` then.
"""

import hashlib

import django.db.models.deletion
from django.db import migrations, models

OLD = "claims_claimkey"
REBUILD = "claims_claimkey_rebuild"
BATCH = 10_000
# claims.models.key_hash as of this migration: the first 8 bytes of the UTF-8 SHA-256, signed.
PG_HASH = "('x' || left(encode(sha256(convert_to(key, 'UTF8')), 'hex'), 16))::bit(64)::bigint"


def _hash(key: str) -> int:
    return int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big", signed=True)


def hash_old_keys(apps, schema_editor):
    """Copy the stored keys, hashed, aside before their table is replaced."""
    connection = schema_editor.connection
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"CREATE TABLE {quote(REBUILD)} AS SELECT {PG_HASH} AS key, claim_id FROM {quote(OLD)}")
            return
        cursor.execute(f"CREATE TABLE {quote(REBUILD)} (key bigint NOT NULL, claim_id bigint NOT NULL)")
        last = 0
        while True:
            cursor.execute(
                f"SELECT id, key, claim_id FROM {quote(OLD)} WHERE id > %s ORDER BY id LIMIT %s", [last, BATCH]
            )
            rows = cursor.fetchall()
            if not rows:
                return
            last = rows[-1][0]
            cursor.executemany(
                f"INSERT INTO {quote(REBUILD)} (key, claim_id) VALUES (%s, %s)",
                [(_hash(key), claim_id) for _, key, claim_id in rows],
            )


def restore_keys(apps, schema_editor):
    """Fill the new table in claim order, as the link stage writes it (a claim's keys on one or two
    pages for reading them back). On PostgreSQL the primary key is built afterwards in one sorted
    pass (compact, where inserting in claim order would split its pages) and the foreign key is
    checked once for the whole table rather than row by row."""
    connection = schema_editor.connection
    quote = connection.ops.quote_name
    table = apps.get_model("claims", "ClaimKey")._meta.db_table
    claims = apps.get_model("claims", "Claim")._meta.db_table
    insert = (
        f"INSERT INTO {quote(table)} (key, claim_id) SELECT DISTINCT key, claim_id FROM {quote(REBUILD)} "
        "ORDER BY claim_id, key"
    )
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL work_mem = '64MB'")
            cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
            constraints = connection.introspection.get_constraints(cursor, table)
            primary = {name: c["columns"] for name, c in constraints.items() if c["primary_key"]}
            foreign = [name for name, c in constraints.items() if c["foreign_key"]]
            for name in [*foreign, *primary]:
                cursor.execute(f"ALTER TABLE {quote(table)} DROP CONSTRAINT {quote(name)}")
            cursor.execute(insert)
            for name, columns in primary.items():
                cursor.execute(
                    f"ALTER TABLE {quote(table)} ADD CONSTRAINT {quote(name)} "
                    f"PRIMARY KEY ({', '.join(map(quote, columns))})"
                )
            for name in foreign:
                cursor.execute(
                    f"ALTER TABLE {quote(table)} ADD CONSTRAINT {quote(name)} FOREIGN KEY (claim_id) "
                    f"REFERENCES {quote(claims)} (id) DEFERRABLE INITIALLY DEFERRED"
                )
            # Statistics for the link stage's plans at once (VACUUM, for index-only scans, cannot
            # run in the migration's transaction: autovacuum or the operator's does it).
            cursor.execute(f"ANALYZE {quote(table)}")
        else:
            cursor.execute(insert)
        cursor.execute(f"DROP TABLE {quote(REBUILD)}")


def mark_claims_stale(apps, schema_editor):
    """Going back: the text keys are not kept, so every claim is left for ``manage.py reindex``."""
    apps.get_model("claims", "Claim").objects.update(features=None)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0011_link_copy_indexes"),
    ]

    operations = [
        migrations.RunPython(hash_old_keys, mark_claims_stale),
        migrations.DeleteModel(name="ClaimKey"),
        migrations.CreateModel(
            name="ClaimKey",
            fields=[
                ("pk", models.CompositePrimaryKey("key", "claim", blank=True, editable=False, primary_key=True, serialize=False)),
                ("key", models.BigIntegerField()),
                (
                    "claim",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="keys", to="claims.claim"
                    ),
                ),
            ],
        ),
        migrations.RunPython(restore_keys, migrations.RunPython.noop),
    ]
