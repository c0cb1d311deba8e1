from __future__ import annotations

from rest_framework import serializers

from claims.serializers import ClaimInLinkOutput
from incidents.models import Incident, IncidentChange
from sources.serializers import MAX_ID


class IncidentOutput(serializers.ModelSerializer):
    claim_count = serializers.IntegerField()
    article_count = serializers.IntegerField()
    source_count = serializers.IntegerField()
    denial_count = serializers.IntegerField()
    first_published = serializers.DateTimeField(allow_null=True)
    last_published = serializers.DateTimeField(allow_null=True)

    class Meta:
        model = Incident
        fields = (
            *("id", "kind", "place_key", "place_name", "day", "claim_count", "article_count", "source_count"),
            *("denial_count", "first_published", "last_published", "created_at", "updated_at"),
        )


class FigureOutput(serializers.Serializer):
    toll = serializers.CharField(help_text="killed, wounded, displaced or arrested")
    value = serializers.FloatField()
    qualifier = serializers.CharField(
        help_text="exact, about, at_least, more_than, at_most, less_than, vague"
    )
    text = serializers.CharField(help_text="the count as the claim words it")
    claim = serializers.IntegerField(source="claim.pk")
    source = serializers.CharField(source="claim.source.name", default=None, allow_null=True)
    camp = serializers.CharField(source="claim.source.affiliation", default="unknown")


class IncidentLinkOutput(serializers.Serializer):
    id = serializers.IntegerField()
    claim_a = serializers.IntegerField(source="claim_a_id")
    claim_b = serializers.IntegerField(source="claim_b_id")
    relation = serializers.CharField()
    status = serializers.CharField()
    decided_relation = serializers.CharField()
    holds = serializers.CharField()


class ChangeOutput(serializers.ModelSerializer):
    user = serializers.SlugRelatedField(slug_field="username", read_only=True)

    class Meta:
        model = IncidentChange
        fields = ("id", "action", "other", "claim_ids", "user", "created_at")


class IncidentDetailOutput(serializers.Serializer):
    """An incident as a fact-checker reasons about it: its claims in publication order, its
    competing tolls by toll kind, its denials and the links between its claims."""

    incident = IncidentOutput()
    claims = ClaimInLinkOutput(many=True, help_text="in the order their articles were published")
    figures = serializers.DictField(
        child=FigureOutput(many=True),
        help_text="per toll (killed, wounded …), every count given, lowest first",
    )
    denials = serializers.ListField(
        child=serializers.IntegerField(), help_text="ids of claims denying the event"
    )
    links = IncidentLinkOutput(many=True)
    copies = serializers.DictField(
        child=serializers.IntegerField(),
        help_text="claim id → the earlier claim whose text it repeats word for word (a wire report "
        "carried by another outlet): one report, not independent confirmation",
    )
    changes = ChangeOutput(many=True, help_text="merges and splits by editors, newest first")


class IncidentMergeInput(serializers.Serializer):
    merged_id = serializers.IntegerField(
        min_value=1, max_value=MAX_ID, help_text="the incident merged into this one"
    )


class IncidentSplitInput(serializers.Serializer):
    claim_ids = serializers.ListField(
        child=serializers.IntegerField(min_value=1, max_value=MAX_ID),
        min_length=1,
        max_length=1000,
        help_text="claims of this incident that form a new incident",
    )
