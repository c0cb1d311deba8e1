from django.db import migrations


class Migration(migrations.Migration):
    """The toll discrepancy a link showed becomes, more generally, the finding it puts forward."""

    dependencies = [
        ("claims", "0009_link_priority_index"),
    ]

    operations = [
        migrations.RenameField(model_name="claimlink", old_name="discrepancy", new_name="finding"),
    ]
