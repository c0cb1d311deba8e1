"""Reads of the claims app, with their joins applied so no caller can cause N+1 queries."""

from __future__ import annotations

from collections.abc import Mapping

from django.core.exceptions import ValidationError
from django.db.models import (
    Count,
    Exists,
    F,
    Func,
    IntegerField,
    Min,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
)
from django.db.models.functions import Coalesce
from django.utils.datastructures import MultiValueDict

from claims.filters import LinkFilter
from claims.models import (
    Article,
    Claim,
    ClaimLink,
    Flag,
    FlagState,
    Holds,
    IngestJob,
    LinkStatus,
    Relation,
    Review,
    Status,
)

LINK_JOINS = ("claim_a__article", "claim_a__source", "claim_b__article", "claim_b__source", "leased_to")
BODIES = ("claim_a__article__body", "claim_b__article__body")
PENDING = (LinkStatus.PROPOSED, LinkStatus.SECOND_REVIEW)


def _count(queryset: QuerySet) -> Coalesce:
    """A correlated COUNT(*) of ``queryset``, for annotations."""
    counted = queryset.order_by().annotate(n=Func(F("pk"), function="COUNT")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def _as_query(filters: Mapping[str, object]) -> MultiValueDict:
    """Query parameters as given, or a plain mapping whose values are single values or lists."""
    if isinstance(filters, MultiValueDict):
        return filters
    return MultiValueDict({k: list(v) if isinstance(v, list | tuple) else [v] for k, v in filters.items()})


def _filtered(links: QuerySet[ClaimLink], filters: Mapping[str, object] | None) -> QuerySet[ClaimLink]:
    if not filters:
        return links
    filterset = LinkFilter(data=_as_query(filters), queryset=links)
    if not filterset.is_valid():
        raise ValidationError({name: [str(e) for e in errors] for name, errors in filterset.errors.items()})
    return filterset.qs


def link_list(*, filters: Mapping[str, object] | None = None) -> QuerySet[ClaimLink]:
    links = ClaimLink.objects.select_related(*LINK_JOINS).defer(*BODIES)
    return _filtered(links, filters).order_by("-priority", "id")


# What a list of links shows of each claim (claims.serializers.ClaimBriefOutput): the claims'
# linker features, sentences and the link's evidence stay in the database.
BRIEF_JOINS = ("claim_a__source", "claim_b__source", "leased_to")
BRIEF_DEFERRED = (
    "evidence",
    *(
        f"claim_{side}__{name}"
        for side in "ab"
        for name in ("features", "search_text", "sentence", "numbers")
    ),
)


def link_brief_list(*, filters: Mapping[str, object] | None = None) -> QuerySet[ClaimLink]:
    """Links as a list shows them, highest priority first."""
    links = ClaimLink.objects.select_related(*BRIEF_JOINS).defer(*BRIEF_DEFERRED)
    return _filtered(links, filters).order_by("-priority", "id")


def queue_links(*, filters: Mapping[str, object] | None = None) -> QuerySet[ClaimLink]:
    """Links waiting for a human decision, highest priority first."""
    return link_list(filters=filters).filter(status__in=PENDING)


def link_history(link: ClaimLink | int) -> QuerySet[Review]:
    # The link's claims come along: a review's evidence is shown with its sides named by them.
    joins = ("reviewer", "link__claim_a", "link__claim_b")
    return Review.objects.filter(link_id=getattr(link, "pk", link)).select_related(*joins).order_by("id")


def link_reviews(link_id: int) -> QuerySet[Review]:
    """A link's history; an unknown link is an error rather than an empty history."""
    ClaimLink.objects.only("id").get(pk=link_id)
    return link_history(link_id)


def link_detail(pk: int) -> ClaimLink:
    history = Prefetch("reviews", queryset=link_history(pk))
    return link_list().prefetch_related(history).get(pk=pk)


def decided_links(*, filters: Mapping[str, object] | None = None) -> QuerySet[ClaimLink]:
    """Decided links with the time of their last review, oldest first, for exports."""
    last = Review.objects.filter(link=OuterRef("pk")).order_by("-id").values("created_at")[:1]
    decided = link_list(filters=filters).filter(status=LinkStatus.DECIDED)
    return decided.annotate(decided_at=Subquery(last)).order_by("id")


# A decided link rates its claims when it is a corroboration or a contradiction that says which
# side holds ("cannot tell" rates neither side).
RATES = Q(status=LinkStatus.DECIDED) & (
    Q(decided_relation=Relation.CORROBORATES)
    | Q(decided_relation=Relation.CONTRADICTS, holds__in=(Holds.A, Holds.B, Holds.NEITHER))
)


def rating_links() -> QuerySet[ClaimLink]:
    """Decided links that say something of their claims' truth, with the time of their last review."""
    last = Review.objects.filter(link=OuterRef("pk")).order_by("-id").values("created_at")[:1]
    return ClaimLink.objects.filter(RATES).annotate(decided_at=Subquery(last)).order_by("id")


def _other_side(side: str) -> Prefetch:
    other = "b" if side == "a" else "a"
    joined = rating_links().select_related(f"claim_{other}__article", f"claim_{other}__source")
    return Prefetch(f"links_as_{side}", queryset=joined.defer(f"claim_{other}__article__body"))


def reviewed_claims(*, links: QuerySet[ClaimLink] | None = None) -> QuerySet[Claim]:
    """Claims whose review is published, by id, each with its article, source and rating links
    (``links_as_a`` / ``links_as_b``, the other claim of each with its article and source).

    Published: at least one decided link rates the claim (RATES) and no editor has an open flag
    on its article; a flag withholds the review until an editor resolves it. With ``links``, only
    claims rated by one of those links (the export's filters), still rated by all of theirs.
    claims.claimreview.claim_verdict may yet find no rating (a corroboration by the same outlet).
    """
    rating = rating_links() if links is None else links.filter(RATES)
    touching = Exists(rating.filter(claim_a=OuterRef("pk"))) | Exists(rating.filter(claim_b=OuterRef("pk")))
    flagged = Flag.objects.filter(article=OuterRef("article_id"), state=FlagState.OPEN)
    joined = Claim.objects.select_related("article", "source").defer("article__body")
    published = joined.filter(touching).exclude(Exists(flagged))
    return published.prefetch_related(_other_side("a"), _other_side("b")).order_by("id")


def _open_flags() -> QuerySet[Flag]:
    return Flag.objects.filter(article=OuterRef("pk"), state=FlagState.OPEN)


def _confirmed_contradictions() -> QuerySet[ClaimLink]:
    touching = Q(claim_a__article=OuterRef("pk")) | Q(claim_b__article=OuterRef("pk"))
    return ClaimLink.objects.filter(
        touching, status=LinkStatus.DECIDED, decided_relation=Relation.CONTRADICTS
    )


def _with_counts(articles: QuerySet[Article]) -> QuerySet[Article]:
    return articles.annotate(
        claim_count=_count(Claim.objects.filter(article=OuterRef("pk"))),
        open_flag_count=_count(_open_flags()),
    )


def article_list() -> QuerySet[Article]:
    return _with_counts(Article.objects.defer("body"))


def contested_articles() -> QuerySet[Article]:
    """Articles with an open flag or a confirmed contradiction, flagged or not."""
    contested = Q(Exists(_open_flags())) | Q(Exists(_confirmed_contradictions()))
    return article_list().filter(contested).annotate(contradiction_count=_count(_confirmed_contradictions()))


def flag_list() -> QuerySet[Flag]:
    evidence = Prefetch("links", queryset=ClaimLink.objects.only("id"))
    joins = ("article", "raised_by", "resolved_by")
    return Flag.objects.select_related(*joins).defer("article__body").prefetch_related(evidence)


def open_flag_list() -> QuerySet[Flag]:
    """Open flags with who raised them, without the evidence links: why an article is contested."""
    return Flag.objects.filter(state=FlagState.OPEN).select_related("raised_by").defer("article__body")


def article_with_flags(pk: int) -> Article:
    """An article, its counts and its flags, without its claims (see article_claims)."""
    flags = Prefetch("flags", queryset=flag_list().order_by("-id"))
    return _with_counts(Article.objects.all()).prefetch_related(flags).get(pk=pk)


def article_claims(article_id: int) -> QuerySet[Claim]:
    """An article's claims in text order, with their sources, to be read a page at a time."""
    return Claim.objects.filter(article_id=article_id).select_related("source", "via").order_by("index")


def article_source_ids(article_id: int) -> list[int | None]:
    """The sources an article's claims cite, in order of first appearance (None: unattributed)."""
    first = Claim.objects.filter(article_id=article_id).values("source_id").annotate(first=Min("index"))
    return [row["source_id"] for row in first.order_by("first")]


def claim_list() -> QuerySet[Claim]:
    links = ClaimLink.objects.filter(Q(claim_a=OuterRef("pk")) | Q(claim_b=OuterRef("pk")))
    joined = Claim.objects.select_related("article", "source", "via").defer("article__body")
    return joined.annotate(link_count=_count(links))


def claim_detail(pk: int) -> Claim:
    return claim_list().get(pk=pk)


def ingest_job_list() -> QuerySet[IngestJob]:
    """Ingest jobs, newest first, with their uploader and without the files they read."""
    return IngestJob.objects.select_related("created_by").defer("content").order_by("-created_at", "-id")


def ingest_job_processing(job_id: int) -> dict[str, int]:
    """How many of the articles a job stored are in each processing status: {"pending": 3, …}."""
    counts = dict.fromkeys(Status.values, 0)
    rows = Article.objects.filter(ingest_jobs=job_id).order_by().values_list("status").annotate(n=Count("id"))
    counts.update(rows)
    return counts


def ingest_job_failed_articles(job_id: int, *, limit: int = 100) -> QuerySet[Article]:
    """The first articles of a job that failed processing, with their errors."""
    failed = Article.objects.filter(ingest_jobs=job_id, status=Status.FAILED).order_by("id")
    return failed.only("id", "title", "origin", "error")[:limit]
