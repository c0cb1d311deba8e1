import hashlib
from urllib.parse import urlsplit

from django.conf import settings
from django.db import models
from django.db.models import F, Q

from claims.text.normalize import tokenize
from sources.models import Source


def search_text(text: str) -> str:
    """What claim search compares: the folded tokens of normalize_key between single spaces, and a
    space at each end so that a whole word is found as " word ": "في إدلب، ٢٧ قتيلاً" → " في ادلب ، 27 قتيلا "."""
    tokens = tokenize(text)
    return f" {' '.join(tokens)} " if tokens else ""


class Status(models.TextChoices):
    PENDING = "pending", "pending"
    SEGMENTED = "segmented", "segmented"
    LINKED = "linked", "linked"
    FAILED = "failed", "failed"


class Modality(models.TextChoices):
    ASSERT = "assert", "assert"
    ALLEGE = "allege", "allege"
    DENY = "deny", "deny"
    UNATTRIBUTED = "unattributed", "unattributed"


class Relation(models.TextChoices):
    CORROBORATES = "corroborates", "corroborates"
    CONTRADICTS = "contradicts", "contradicts"
    RELATED = "related", "related"
    UNRELATED = "unrelated", "unrelated"
    UNSURE = "unsure", "unsure"


class Article(models.Model):
    url = models.URLField(max_length=1000, null=True, blank=True, unique=True)
    # sha256 of the normalized, de-noised body: the same report re-scraped is one article.
    content_hash = models.CharField(max_length=64, unique=True)
    title = models.CharField(max_length=1000, blank=True)
    # search_text(title), what ?q= of the article list compares.
    search_title = models.TextField(blank=True, default="", editable=False)
    body = models.TextField()
    publisher = models.CharField(max_length=200, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    error = models.TextField(blank=True)
    origin = models.CharField(max_length=300, blank=True, help_text="file or client the article came from")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["status", "id"]), models.Index(fields=["published_at"])]

    def __str__(self) -> str:
        return self.title or self.url or f"article {self.pk}"

    @property
    def outlet(self) -> str:
        """Who published the article: its publisher, else its site, else the article alone. A site is
        one outlet however its address is written («www.alakhbar.ca», «alakhbar.ca», «m.» for mobile)."""
        publisher = " ".join(self.publisher.split()).casefold()
        if publisher:
            return "publisher:" + _bare_host(publisher)
        try:
            host = urlsplit(self.url or "").hostname
        except ValueError:
            host = None
        return f"host:{_bare_host(host)}" if host else f"article:{self.pk}"


def _bare_host(name: str) -> str:
    """A host name without the prefixes that name the same site another way; any other name as it is."""
    if " " in name or "." not in name:
        return name
    for prefix in ("www.", "m."):
        name = name.removeprefix(prefix)
    return name


class Claim(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="claims")
    index = models.PositiveIntegerField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    sentence = models.TextField()
    sentence_start = models.PositiveIntegerField(default=0)
    text = models.TextField()
    source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="claims"
    )
    source_mention = models.CharField(max_length=300, blank=True)
    via = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="relayed_claims"
    )
    via_mention = models.CharField(max_length=300, blank=True)
    cue = models.CharField(max_length=100, blank=True)
    modality = models.CharField(max_length=12, choices=Modality.choices, default=Modality.UNATTRIBUTED)
    numbers = models.JSONField(default=list, blank=True)
    # What the linker read in the text (claims.linking.features.dump), so that a claim met as a
    # candidate is not analysed again; recomputed when missing or made by older code.
    features = models.JSONField(null=True, blank=True, editable=False)
    # search_text(text); on PostgreSQL a trigram index serves "contains" (migration 0006).
    search_text = models.TextField(blank=True, default="", editable=False)

    class Meta:
        ordering = ["article_id", "index"]
        constraints = [
            models.UniqueConstraint(fields=["article", "index"], name="claim_unique_position"),
            models.CheckConstraint(condition=Q(end__gte=F("start")), name="claim_span_ordered"),
        ]
        indexes = [models.Index(fields=["source", "modality"])]

    def __str__(self) -> str:
        return self.text[:80]

    @staticmethod
    def set_search_text(claims: list["Claim"]) -> None:
        """Fill the folded text search reads, for claims about to be bulk-created (no save())."""
        for claim in claims:
            claim.search_text = search_text(claim.text)


def key_hash(key: str) -> int:
    """What ClaimKey stores of a blocking key: the first 8 bytes of its UTF-8 SHA-256, as a signed
    64-bit integer (a key's text is up to 64 characters, about 29 keys a claim). Among ten million
    distinct keys the odds that any two share a hash are about 3 in a million (n² / 2⁶⁵), and a
    shared hash only brings the scorer more candidates. Migration 0012 computes the same value in
    PostgreSQL; another hash needs a migration that rebuilds the stored keys."""
    return int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big", signed=True)


class ClaimKey(models.Model):
    """Blocking index: claims sharing a key are candidates for linking. One row per key hash
    (key_hash) and claim, the pair its primary key; the claim's own index serves its deletion
    and reading a claim's keys."""

    pk = models.CompositePrimaryKey("key", "claim")
    key = models.BigIntegerField()
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="keys")

    def __str__(self) -> str:
        return f"{self.key} → claim {self.claim_id}"


class LinkStatus(models.TextChoices):
    PROPOSED = "proposed", "proposed"
    SECOND_REVIEW = "second_review", "awaiting second review"
    DISPUTED = "disputed", "reviewers disagree"
    DECIDED = "decided", "decided"


class Holds(models.TextChoices):
    A = "a", "claim A holds"
    B = "b", "claim B holds"
    NEITHER = "neither", "neither holds"
    UNKNOWN = "unknown", "cannot tell"


class ClaimLink(models.Model):
    """An unordered pair of claims, stored once with claim_a.id < claim_b.id."""

    claim_a = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="links_as_a")
    claim_b = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="links_as_b")
    relation = models.CharField(max_length=12, choices=Relation.choices)
    score = models.FloatField()
    evidence = models.JSONField(default=dict, blank=True)
    priority = models.FloatField(default=0.0)
    # What the pair puts forward, shared by every pair that repeats it: a conflicting toll
    # ("killed:20-27:<place>"), or two statements whatever outlet carries each copy ("pair:12-40")
    # (claims.linking.safety.finding). The queue shows each finding once.
    finding = models.CharField(max_length=200, blank=True, db_index=True)
    status = models.CharField(max_length=16, choices=LinkStatus.choices, default=LinkStatus.PROPOSED)
    decided_relation = models.CharField(max_length=12, choices=Relation.choices, blank=True)
    holds = models.CharField(max_length=8, choices=Holds.choices, blank=True)
    leased_to = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    lease_until = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-priority", "id"]
        constraints = [
            models.UniqueConstraint(fields=["claim_a", "claim_b"], name="link_unique_pair"),
            models.CheckConstraint(condition=Q(claim_a__lt=F("claim_b")), name="link_pair_ordered"),
            models.CheckConstraint(condition=Q(score__gte=0) & Q(score__lte=1), name="link_score_unit"),
        ]
        indexes = [
            models.Index(fields=["status", "-priority", "id"], name="link_queue"),
            # Every link in the list's order: a page is read from its head, whatever the statuses.
            models.Index(fields=["-priority", "id"], name="link_priority"),
            # The open queue in its own order: "next" reads its head without sorting every open link.
            models.Index(
                fields=["-priority", "id"],
                condition=Q(status__in=["proposed", "second_review"]),
                name="link_open_queue",
            ),
            # The copies of one text (claims.services.link._text_roots): few links, read per chunk.
            models.Index(fields=["claim_a"], condition=Q(evidence__copy=True), name="link_copy_a"),
            models.Index(fields=["claim_b"], condition=Q(evidence__copy=True), name="link_copy_b"),
            models.Index(fields=["relation", "status"]),
            models.Index(fields=["leased_to", "lease_until"]),
        ]

    def __str__(self) -> str:
        return f"{self.relation} {self.claim_a_id}–{self.claim_b_id} ({self.status})"


class Review(models.Model):
    """A human decision on a link. Append-only: a database trigger refuses UPDATE and DELETE."""

    link = models.ForeignKey(ClaimLink, on_delete=models.PROTECT, related_name="reviews")
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="reviews")
    created_at = models.DateTimeField(auto_now_add=True)
    decision = models.CharField(max_length=12, choices=Relation.choices)
    holds = models.CharField(max_length=8, choices=Holds.choices, blank=True)
    note = models.TextField(blank=True)
    is_override = models.BooleanField(default=False)
    # What the machine proposed when the human decided, kept beside the decision.
    machine_relation = models.CharField(max_length=12, choices=Relation.choices)
    machine_score = models.FloatField()
    machine_evidence = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["link_id", "created_at", "id"]
        indexes = [models.Index(fields=["reviewer", "created_at"])]

    def __str__(self) -> str:
        return f"{self.decision} on link {self.link_id} by user {self.reviewer_id}"


class FlagState(models.TextChoices):
    OPEN = "open", "open"
    RESOLVED = "resolved", "resolved"


class Flag(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="flags")
    raised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="flags_raised"
    )
    reason = models.TextField()
    links = models.ManyToManyField(ClaimLink, blank=True, related_name="flags")
    state = models.CharField(max_length=8, choices=FlagState.choices, default=FlagState.OPEN)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="flags_resolved",
    )
    resolution = models.TextField(blank=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["state", "article"])]

    def __str__(self) -> str:
        return f"{self.state} flag on article {self.article_id}"


class JobStatus(models.TextChoices):
    QUEUED = "queued", "queued"
    RUNNING = "running", "running"
    DONE = "done", "done"
    FAILED = "failed", "failed"


class IngestJob(models.Model):
    """A file uploaded on the ingest page, ingested in the background a batch of lines at a time.

    The counts and reasons are those `manage.py ingest` reports; lines_read says how far it got,
    so a job whose worker died goes on from there.
    """

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="ingest_jobs"
    )
    file_name = models.CharField(max_length=200)
    # The file as uploaded, kept in the database so that a worker on any machine reads it;
    # emptied once the job is done.
    content = models.BinaryField(default=b"", editable=False)
    status = models.CharField(max_length=8, choices=JobStatus.choices, default=JobStatus.QUEUED)
    lines_total = models.PositiveIntegerField()
    lines_read = models.PositiveIntegerField(default=0)
    new_count = models.PositiveIntegerField(default=0)
    duplicate_count = models.PositiveIntegerField(default=0)
    rejected_count = models.PositiveIntegerField(default=0)
    queue_failures = models.PositiveIntegerField(default=0)
    # Duplicate and rejected lines, {"origin", "outcome", "reason", "article"}, the first thousand.
    problems = models.JSONField(default=list, blank=True)
    error = models.TextField(blank=True)
    # The articles it stored, whose processing its page follows.
    articles = models.ManyToManyField(Article, blank=True, related_name="ingest_jobs")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["created_by", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.file_name} ({self.status}, {self.lines_read}/{self.lines_total} lines)"
