"""Webhooks: external tools subscribe a URL to events, and every event sent to it is logged."""

from datetime import datetime

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models


class Event(models.TextChoices):
    ARTICLE_PROCESSED = "article.processed", "an article was segmented and linked, or failed"
    LINK_PROPOSED = "link.proposed", "the link stage proposed new links"
    LINK_DECIDED = "link.decided", "a link received its final decision"
    FLAG_RAISED = "flag.raised", "an editor flagged an article"
    FLAG_RESOLVED = "flag.resolved", "an editor resolved a flag"
    INCIDENT_CHANGED = "incident.changed", "claims were grouped into incidents, or incidents merged or split"


class PayloadEncoder(DjangoJSONEncoder):
    """Date-times as the API writes them, to the microsecond: "2019-07-23T09:00:00.250000Z"."""

    def default(self, o):
        if isinstance(o, datetime):
            return iso_time(o)
        return super().default(o)


def iso_time(moment: datetime) -> str:
    text = moment.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


class Subscription(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="hooks")
    target_url = models.CharField(max_length=2000)
    events = models.JSONField(default=list, help_text="names of the events sent (Event)")
    # Kept readable: every delivery is signed with it. Shown to the owner once, on creation.
    secret = models.CharField(max_length=100)
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-id"]

    def __str__(self) -> str:
        return f"{self.target_url} ({', '.join(self.events)})"


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", "pending"
    DELIVERED = "delivered", "delivered"
    FAILED = "failed", "failed"


class Delivery(models.Model):
    """One event sent to one subscription, with the outcome of its last attempt."""

    subscription = models.ForeignKey(Subscription, on_delete=models.CASCADE, related_name="deliveries")
    event = models.CharField(max_length=32, choices=Event.choices)
    payload = models.JSONField(default=dict, encoder=PayloadEncoder)
    status = models.CharField(max_length=10, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    last_response_code = models.PositiveSmallIntegerField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-id"]
        indexes = [models.Index(fields=["subscription", "-id"]), models.Index(fields=["status", "id"])]

    def __str__(self) -> str:
        return f"{self.event} to subscription {self.subscription_id} ({self.status})"
