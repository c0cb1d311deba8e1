"""Input serializers validate a request for one service; Output serializers shape what a selector read."""

from __future__ import annotations

from django.conf import settings
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.settings import api_settings

from claims.evidence import evidence_by_claim, link_evidence
from claims.ingestion import Record, Rejection, parse_record
from claims.models import Article, Claim, ClaimLink, Flag, Holds, IngestJob, Review
from claims.services.review import DECISIONS
from sources.serializers import MAX_ID, SourceBriefOutput

DECISION_CHOICES = [(decision.value, decision.label) for decision in DECISIONS]


def _id(**kwargs) -> serializers.IntegerField:
    return serializers.IntegerField(min_value=1, max_value=MAX_ID, **kwargs)


def _username(**kwargs) -> serializers.SlugRelatedField:
    return serializers.SlugRelatedField(slug_field="username", read_only=True, **kwargs)


@extend_schema_field(OpenApiTypes.DATETIME)
class DateTimeText(serializers.CharField):
    """Read as written by claims.ingestion.parse_record, which also takes a date alone."""


class ArticleIngestInput(serializers.Serializer):
    """Validated by claims.ingestion.parse_record, so the API rejects exactly what `manage.py ingest` does."""

    url = serializers.CharField(required=False, allow_null=True, help_text="absolute http(s) URL")
    title = serializers.CharField(required=False, allow_null=True)
    body = serializers.CharField()
    publisher = serializers.CharField(required=False, allow_null=True)
    published_at = DateTimeText(
        required=False, allow_null=True, help_text="ISO 8601 date-time (a date alone is also taken)"
    )

    def to_internal_value(self, data) -> Record:
        result = parse_record(data, origin=self.context["origin"], max_chars=settings.INGEST_MAX_BODY_CHARS)
        if isinstance(result, Rejection):
            raise serializers.ValidationError({api_settings.NON_FIELD_ERRORS_KEY: [result.reason]})
        return result


class ClaimNumberOutput(serializers.Serializer):
    """A number a claim gives (claims.services.segment.number_json); documents ``numbers``."""

    value = serializers.FloatField(help_text="the number, an integer unless written as a fraction")
    text = serializers.CharField(help_text='the words that give it, "27 مدنياً"')
    qualifier = serializers.CharField(help_text='"exact", "at_least", "about", …')
    counted = serializers.CharField(
        allow_null=True, help_text='what it counts, folded ("مدني"); null: unknown'
    )


@extend_schema_field(ClaimNumberOutput(many=True))
class NumbersField(serializers.JSONField):
    """Stored JSON as it is (an integer stays one), documented as a list of ClaimNumberOutput."""


class NumberConflictOutput(serializers.Serializer):
    a = serializers.CharField(help_text="claim_a's words")
    b = serializers.CharField(help_text="claim_b's words")
    a_value = serializers.FloatField()
    b_value = serializers.FloatField()
    counted = serializers.CharField(allow_null=True, required=False)
    toll = serializers.CharField(required=False, help_text='the toll both give: "killed", "wounded", …')


class EvidenceOutput(serializers.Serializer):
    """What the machine read in a pair of claims (claims.linking); keys absent when nothing was found.
    Other keys the scorer adds (shared_terms, negation, reversals, incident_anchors, …) are allowed."""

    claims = serializers.ListField(child=serializers.IntegerField(), help_text="[claim_a id, claim_b id]")
    similarity = serializers.FloatField(required=False, help_text="token-set similarity, 0 to 1")
    number_conflicts = NumberConflictOutput(many=True, required=False)
    denial = serializers.ChoiceField(
        choices=("a", "b"), required=False, help_text="the claim that denies the event the other reports"
    )
    converse = serializers.ListField(
        child=serializers.ListField(child=serializers.CharField()),
        required=False,
        help_text="opposite words whose subjects are of two sides: one event told by both",
    )
    copy = serializers.BooleanField(
        required=False,
        help_text="the two claims are one text carried by two outlets (a wire report): not independent",
    )
    repeats = serializers.IntegerField(
        required=False,
        allow_null=True,
        help_text="the link that already puts forward what this one shows; null: one made with it",
    )


class ArticleBriefOutput(serializers.ModelSerializer):
    class Meta:
        model = Article
        fields = ("id", "url", "title", "publisher", "published_at")


class ArticleOutput(serializers.ModelSerializer):
    claim_count = serializers.IntegerField()
    open_flag_count = serializers.IntegerField()

    class Meta:
        model = Article
        fields = (
            *("id", "url", "title", "publisher", "published_at", "status", "error", "origin"),
            *("created_at", "updated_at", "claim_count", "open_flag_count"),
        )


class ContestedArticleOutput(ArticleOutput):
    contradiction_count = serializers.IntegerField(help_text="decided contradictions involving its claims")

    class Meta(ArticleOutput.Meta):
        fields = (*ArticleOutput.Meta.fields, "contradiction_count")


class IngestOutput(serializers.Serializer):
    duplicate = serializers.BooleanField()
    reason = serializers.CharField(help_text="why it is a duplicate; empty for a new article")
    queued = serializers.BooleanField(
        allow_null=True, help_text="false: stored but not queued for processing"
    )
    article = ArticleOutput()


class ClaimFields(serializers.ModelSerializer):
    numbers = NumbersField(read_only=True)
    source = SourceBriefOutput(allow_null=True)
    via = SourceBriefOutput(allow_null=True)

    class Meta:
        model = Claim
        fields = (
            *("id", "index", "start", "end", "sentence", "text", "source", "source_mention"),
            *("via", "via_mention", "cue", "modality", "numbers"),
        )


class ClaimOutput(ClaimFields):
    article = ArticleBriefOutput()
    link_count = serializers.IntegerField()

    class Meta(ClaimFields.Meta):
        fields = (*ClaimFields.Meta.fields, "article", "link_count")


class ClaimInLinkOutput(serializers.ModelSerializer):
    """A claim shown in its context: its sentence, its article and its source."""

    numbers = NumbersField(read_only=True)
    source = SourceBriefOutput(allow_null=True)
    article = ArticleBriefOutput()

    class Meta:
        model = Claim
        fields = (
            "id",
            "text",
            "sentence",
            "cue",
            "modality",
            "numbers",
            "source",
            "source_mention",
            "article",
        )


class ClaimBriefOutput(serializers.ModelSerializer):
    """A claim as a list of links shows it: what it says and who says it. Its sentence, numbers and
    article are in the link's detail (a page of 50 links in full was 111 kB and most of its time)."""

    source = SourceBriefOutput(allow_null=True)
    article = serializers.IntegerField(source="article_id", help_text="the claim's article id")

    class Meta:
        model = Claim
        fields = ("id", "text", "modality", "source", "article")


@extend_schema_field(EvidenceOutput)
class ReviewEvidenceField(serializers.JSONField):
    """The evidence the reviewer saw, "a" and "b" meaning the link's claim_a and claim_b."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, review: Review) -> dict:
        link = review.link
        return evidence_by_claim(review.machine_evidence, claim_a=link.claim_a, claim_b=link.claim_b)


class ReviewOutput(serializers.ModelSerializer):
    reviewer = _username()
    machine_evidence = ReviewEvidenceField()

    class Meta:
        model = Review
        fields = (
            *("id", "link", "reviewer", "created_at", "decision", "holds", "note", "is_override"),
            *("machine_relation", "machine_score", "machine_evidence"),
        )


class LinkOutput(serializers.ModelSerializer):
    claim_a = ClaimBriefOutput()
    claim_b = ClaimBriefOutput()
    leased_to = _username(allow_null=True)

    class Meta:
        model = ClaimLink
        fields = (
            *("id", "claim_a", "claim_b", "relation", "score", "priority", "status", "decided_relation"),
            *("holds", "leased_to", "lease_until", "created_at", "updated_at"),
        )


@extend_schema_field(EvidenceOutput)
class LinkEvidenceField(serializers.JSONField):
    """The machine's evidence, "a" and "b" always meaning claim_a and claim_b (see claims.evidence)."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, link: ClaimLink) -> dict:
        return link_evidence(link)


class LinkDetailOutput(LinkOutput):
    claim_a = ClaimInLinkOutput()
    claim_b = ClaimInLinkOutput()
    evidence = LinkEvidenceField(
        help_text='"claims": [claim_a id, claim_b id]; every "a"/"b" entry refers to that order'
    )
    reviews = ReviewOutput(many=True, help_text="every decision on this link, oldest first")

    class Meta(LinkOutput.Meta):
        fields = (*LinkOutput.Meta.fields, "evidence", "reviews")


class FlagOutput(serializers.ModelSerializer):
    article = ArticleBriefOutput()
    raised_by = _username()
    resolved_by = _username(allow_null=True)
    link_ids = serializers.PrimaryKeyRelatedField(source="links", many=True, read_only=True)

    class Meta:
        model = Flag
        fields = (
            *("id", "article", "raised_by", "reason", "link_ids", "state"),
            *("resolved_by", "resolution", "resolved_at", "created_at"),
        )


class ClaimsPageOutput(serializers.Serializer):
    next = serializers.URLField(
        allow_null=True, help_text="the next page of /api/v1/articles/{id}/claims/; null: no more claims"
    )
    results = ClaimFields(many=True)


class ArticleDetailOutput(ArticleOutput):
    claims = ClaimsPageOutput(
        source="claims_page", help_text="its first claims in text order; the rest are paged from `next`"
    )
    flags = FlagOutput(many=True)

    class Meta(ArticleOutput.Meta):
        fields = (*ArticleOutput.Meta.fields, "body", "claims", "flags")


class ReviewInput(serializers.Serializer):
    decision = serializers.ChoiceField(choices=DECISION_CHOICES)
    holds = serializers.ChoiceField(
        choices=Holds.choices,
        allow_blank=True,
        default="",
        help_text="which side holds; required for contradicts",
    )
    note = serializers.CharField(max_length=5000, allow_blank=True, default="")
    override = serializers.BooleanField(default=False, help_text="editors: decide a link whatever its state")


class BulkDecideInput(serializers.Serializer):
    link_ids = serializers.ListField(child=_id(), min_length=1, max_length=1000)
    decision = serializers.ChoiceField(choices=DECISION_CHOICES)
    holds = serializers.ChoiceField(choices=Holds.choices, allow_blank=True, default="")
    note = serializers.CharField(max_length=5000, allow_blank=True, default="")


class ReleaseInput(serializers.Serializer):
    link_id = _id()


class FlagInput(serializers.Serializer):
    article_id = _id()
    reason = serializers.CharField(max_length=5000)
    link_ids = serializers.ListField(child=_id(), max_length=200, default=list)


class FlagResolveInput(serializers.Serializer):
    resolution = serializers.CharField(max_length=5000)


class IngestProblemOutput(serializers.Serializer):
    origin = serializers.CharField(help_text='the file and line, "batch.jsonl:2"')
    outcome = serializers.ChoiceField(choices=[("duplicate", "duplicate"), ("rejected", "rejected")])
    reason = serializers.CharField()
    article = serializers.IntegerField(allow_null=True, help_text="the stored article a duplicate repeats")


class IngestProcessingOutput(serializers.Serializer):
    pending = serializers.IntegerField()
    segmented = serializers.IntegerField()
    linked = serializers.IntegerField()
    failed = serializers.IntegerField()


class IngestJobOutput(serializers.ModelSerializer):
    created_by = _username(allow_null=True)
    new = serializers.IntegerField(source="new_count")
    duplicate = serializers.IntegerField(source="duplicate_count")
    rejected = serializers.IntegerField(source="rejected_count")
    problems = IngestProblemOutput(
        many=True, help_text="duplicate and rejected lines with their reasons, the first 1000 in file order"
    )
    processing = IngestProcessingOutput(help_text="the articles it stored, by processing status")

    class Meta:
        model = IngestJob
        fields = (
            *("id", "file_name", "created_by", "created_at", "updated_at", "finished_at", "status"),
            *("lines_total", "lines_read", "new", "duplicate", "rejected", "queue_failures", "problems"),
            *("processing", "error"),
        )
