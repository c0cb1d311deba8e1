from __future__ import annotations

from rest_framework import serializers

from hooks.models import Delivery, Event, Subscription


class SubscriptionInput(serializers.Serializer):
    target_url = serializers.CharField(
        max_length=2000, help_text="http:// or https:// URL that receives a POST per event"
    )
    events = serializers.ListField(
        child=serializers.ChoiceField(choices=Event.choices),
        min_length=1,
        max_length=len(Event.values),
        help_text="the events sent to it",
    )


class SubscriptionOutput(serializers.ModelSerializer):
    owner = serializers.SlugRelatedField(slug_field="username", read_only=True)
    events = serializers.ListField(child=serializers.ChoiceField(choices=Event.choices))

    class Meta:
        model = Subscription
        fields = ("id", "owner", "target_url", "events", "active", "created_at")


class SubscriptionCreatedOutput(SubscriptionOutput):
    secret = serializers.CharField(
        help_text="signs every delivery (X-Hook-Signature); shown this once, keep it with the receiver"
    )

    class Meta(SubscriptionOutput.Meta):
        fields = (*SubscriptionOutput.Meta.fields, "secret")


class DeliveryOutput(serializers.ModelSerializer):
    payload = serializers.JSONField(help_text="the event's data, sent as the body's `data`")

    class Meta:
        model = Delivery
        fields = (
            *("id", "subscription", "event", "payload", "status", "attempts", "last_response_code"),
            *("last_error", "created_at", "last_attempt_at", "delivered_at"),
        )
