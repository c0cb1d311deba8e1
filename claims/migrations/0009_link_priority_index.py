# Renumber after 0008 lands (it must then depend on 0008, not 0007).

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('claims', '0008_ingestjob'),
    ]

    operations = [
        migrations.AddIndex(
            model_name='claimlink',
            index=models.Index(fields=['-priority', 'id'], name='link_priority'),
        ),
    ]
