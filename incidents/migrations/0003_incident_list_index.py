"""The incidents list's order (newest change first, ties by id) among standing incidents, in
one partial index: PostgreSQL reads a page from its head. The index on (merged_into, -updated_at)
it replaces could not order by updated_at after «merged_into IS NULL», an inequality for the
planner, so every standing incident was sorted for a page."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('incidents', '0002_counts'),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name='incident',
            name='incidents_i_merged__229f05_idx',
        ),
        migrations.AddIndex(
            model_name='incident',
            index=models.Index(condition=models.Q(('merged_into', None)), fields=['-updated_at', '-id'], name='incident_list_order'),
        ),
    ]
