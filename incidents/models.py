"""Incidents: one real event (a raid, a capture, a toll) as the claims of every outlet report it."""

from django.conf import settings
from django.db import models

from sources.models import save_without

COUNTS = ("claim_count", "article_count", "source_count", "denial_count", "first_published", "last_published")


class Incident(models.Model):
    kind = models.CharField(max_length=20, help_text="event kind (claims.text.events)")
    place_key = models.CharField(max_length=60, blank=True, help_text="gazetteer key (claims.text.places)")
    place_name = models.CharField(max_length=200, blank=True)
    day = models.DateField(null=True, blank=True, help_text="the event's day, when a claim dates it")
    # An incident merged by an editor into another keeps its id, so old links to it still resolve.
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="merged"
    )
    # What the incident's claims add up to, kept by the database on every write to its memberships,
    # to its claims' source, modality or article and to their articles' publication time (triggers
    # of migration 0002); ``manage.py recount`` recomputes them.
    claim_count = models.PositiveIntegerField(default=0, db_default=0, editable=False)
    article_count = models.PositiveIntegerField(default=0, db_default=0, editable=False)
    source_count = models.PositiveIntegerField(default=0, db_default=0, editable=False)
    denial_count = models.PositiveIntegerField(default=0, db_default=0, editable=False)
    first_published = models.DateTimeField(null=True, editable=False)
    last_published = models.DateTimeField(null=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-updated_at", "-id"]
        indexes = [
            # The list's order among standing incidents, ties by id: a page is the index's head.
            # Partial, as PostgreSQL orders by an index's later columns only after equalities,
            # not after «merged_into IS NULL».
            models.Index(
                fields=["-updated_at", "-id"],
                condition=models.Q(merged_into=None),
                name="incident_list_order",
            ),
            models.Index(fields=["day"]),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.place_name} {self.day or ''}".strip()

    def save(self, *args, **kwargs) -> None:
        super().save(*args, **save_without(self, COUNTS, args, kwargs))


class IncidentClaim(models.Model):
    """A claim's place in an incident: at most one per claim."""

    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="memberships")
    claim = models.OneToOneField("claims.Claim", on_delete=models.CASCADE, related_name="incident_membership")
    # Set when an editor placed the claim (merge, split): recomputation never moves it.
    placed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"claim {self.claim_id} in incident {self.incident_id}"


class IncidentChange(models.Model):
    """What an editor did to incidents (merge, split), kept as history."""

    class Action(models.TextChoices):
        MERGE = "merge", "merge"
        SPLIT = "split", "split"

    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="changes")
    other = models.ForeignKey(Incident, null=True, on_delete=models.SET_NULL, related_name="+")
    action = models.CharField(max_length=8, choices=Action.choices)
    claim_ids = models.JSONField(default=list, blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.action} of incident {self.incident_id}"
