from __future__ import annotations

from rest_framework import serializers

from sources.models import CredibilitySnapshot, Source, SourceAlias, SourceMerge

MAX_ID = 2**63 - 1


class SourceBriefOutput(serializers.ModelSerializer):
    class Meta:
        model = Source
        fields = ("id", "name", "name_en", "kind", "affiliation", "score")


class SourceOutput(serializers.ModelSerializer):
    parent = SourceBriefOutput(allow_null=True)
    claim_count = serializers.IntegerField()
    upheld = serializers.SerializerMethodField()
    refuted = serializers.SerializerMethodField()
    corroborated = serializers.SerializerMethodField()

    class Meta:
        model = Source
        fields = (
            *("id", "name", "name_en", "kind", "affiliation", "qualifier", "domain", "parent"),
            *("score", "score_low", "score_high", "claim_count", "upheld", "refuted", "corroborated"),
        )

    # A source never scored has no history yet: its counts are zero, not unknown.
    def get_upheld(self, source: Source) -> int:
        return source.upheld or 0

    def get_refuted(self, source: Source) -> int:
        return source.refuted or 0

    def get_corroborated(self, source: Source) -> int:
        return source.corroborated or 0


class AliasOutput(serializers.ModelSerializer):
    class Meta:
        model = SourceAlias
        fields = ("id", "alias", "key", "source")


class SnapshotOutput(serializers.ModelSerializer):
    class Meta:
        model = CredibilitySnapshot
        fields = ("computed_at", "score", "low", "high", "upheld", "refuted", "corroborated")


class MergeOutput(serializers.ModelSerializer):
    merged_by = serializers.SlugRelatedField(slug_field="username", read_only=True, allow_null=True)

    class Meta:
        model = SourceMerge
        fields = ("id", "target", "merged", "moved", "merged_by", "created_at", "undone_at")


class SourceDetailOutput(SourceOutput):
    aliases = AliasOutput(many=True)
    history = SnapshotOutput(many=True)
    merges = MergeOutput(many=True, source="merges_in")

    class Meta(SourceOutput.Meta):
        fields = (*SourceOutput.Meta.fields, "aliases", "history", "merges")


class MergeInput(serializers.Serializer):
    merged_id = serializers.IntegerField(
        min_value=1, max_value=MAX_ID, help_text="the source merged into this one"
    )


class AliasInput(serializers.Serializer):
    alias = serializers.CharField(max_length=200)
