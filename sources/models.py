from django.conf import settings
from django.db import models


class Kind(models.TextChoices):
    OUTLET = "outlet", "news outlet"
    AGENCY = "agency", "news agency"
    MONITOR = "monitor", "monitor / NGO"
    GOVERNMENT = "government", "government body"
    MILITARY = "military", "military"
    ARMED_GROUP = "armed_group", "armed group"
    PERSON = "person", "person"
    ANONYMOUS = "anonymous", "anonymous"
    DOCUMENT = "document", "document"


class Affiliation(models.TextChoices):
    PRO_GOVERNMENT = "pro_government", "pro-government"
    OPPOSITION = "opposition", "opposition"
    RUSSIAN_STATE = "russian_state", "Russian state"
    TURKISH_STATE = "turkish_state", "Turkish state"
    IRANIAN_STATE = "iranian_state", "Iranian state"
    SDF = "sdf", "SDF / Kurdish"
    US_COALITION = "us_coalition", "US / coalition"
    INTERNATIONAL = "international", "international"
    INDEPENDENT = "independent", "independent"
    UNKNOWN = "unknown", "unknown"


def save_without(instance: models.Model, kept: tuple[str, ...], args, kwargs) -> dict:
    """The keyword arguments of ``save()`` that leave the columns ``kept`` (kept by the database's
    triggers) as the database has them when an existing row is saved whole: a value read before
    another transaction changed it would otherwise be written back."""
    whole = kwargs.get("update_fields") is None and not args and not kwargs.get("force_insert")
    if whole and not instance._state.adding:
        kwargs["update_fields"] = [
            field.name
            for field in instance._meta.concrete_fields
            if not field.primary_key and field.name not in kept
        ]
    return kwargs


class Source(models.Model):
    name = models.CharField(max_length=200, unique=True)
    name_en = models.CharField(max_length=200, blank=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.PERSON)
    affiliation = models.CharField(max_length=20, choices=Affiliation.choices, default=Affiliation.UNKNOWN)
    qualifier = models.CharField(max_length=100, blank=True)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="children"
    )
    domain = models.CharField(max_length=200, blank=True)
    from_registry = models.BooleanField(default=False)
    # Set when an editor merged this source into another; claims and aliases then live on the target.
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="merged_sources"
    )
    score = models.FloatField(null=True, blank=True)
    score_low = models.FloatField(null=True, blank=True)
    score_high = models.FloatField(null=True, blank=True)
    # The claims citing this source, kept by the database on every write to claims (triggers of
    # migration 0003); ``manage.py recount`` recomputes it.
    claim_count = models.PositiveIntegerField(default=0, db_default=0, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["kind", "affiliation"]), models.Index(fields=["score"])]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        super().save(*args, **save_without(self, ("claim_count",), args, kwargs))


class SourceAlias(models.Model):
    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(max_length=200)
    # normalize_key(alias): one key names one source, so resolution is never ambiguous.
    key = models.CharField(max_length=200, unique=True)

    class Meta:
        ordering = ["alias"]
        verbose_name_plural = "source aliases"

    def __str__(self) -> str:
        return self.alias


class SourceMerge(models.Model):
    """An editor's merge of ``merged`` into ``target``; ``moved`` lists what moved so it can be undone."""

    target = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="merges_in")
    merged = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="merges_out")
    moved = models.JSONField(default=dict)
    merged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    undone_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"source {self.merged_id} merged into {self.target_id}"


class CredibilitySnapshot(models.Model):
    """A source's credibility as computed at one moment; the history is what the charts plot."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="history")
    computed_at = models.DateTimeField(auto_now_add=True)
    score = models.FloatField(null=True)
    low = models.FloatField(null=True)
    high = models.FloatField(null=True)
    upheld = models.PositiveIntegerField(default=0)
    refuted = models.PositiveIntegerField(default=0)
    corroborated = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["source", "computed_at"]
        indexes = [models.Index(fields=["source", "computed_at"])]

    def __str__(self) -> str:
        return f"source {self.source_id} at {self.computed_at:%Y-%m-%d %H:%M}: {self.score}"


class SourceDeletion(models.Model):
    """An editor's (or ``reprocess --sources``') deletion of a source, kept after the source is gone.

    ``source_name`` and ``aliases`` say what was deleted; ``claims`` and ``relayed`` list the claims it
    was cited by, now attributed to ``reattached_to`` or unattributed when that is empty.
    """

    source_id_was = models.PositiveIntegerField()
    source_name = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    reason = models.CharField(max_length=40, blank=True)
    aliases = models.JSONField(default=list)
    claims = models.JSONField(default=list)
    relayed = models.JSONField(default=list)
    reattached_to = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="deletions_in"
    )
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"source {self.source_id_was} «{self.source_name}» deleted"
