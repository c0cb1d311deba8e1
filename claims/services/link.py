from __future__ import annotations

import math
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Case, Count, FloatField, Sum, Value, When

from claims.linking import ClaimText, Prepared, candidate_keys, prepare, score_pair
from claims.linking.features import dump, restore
from claims.linking.safety import link_priority, safe_relation
from claims.models import Article, Claim, ClaimKey, ClaimLink, Status

CHUNK = 50
# A key shared by more claims than this says nothing about a pair (a stop word of the corpus).
MAX_KEY_FREQUENCY = 1000
# What scoring reads of a candidate claim (its sentence, numbers and spans are left in the table).
SCORED_FIELDS = (
    "article_id",
    "index",
    "text",
    "modality",
    "features",
    "source_id",
    "source__name",
    "source__affiliation",
)


def _claim_text(claim: Claim) -> ClaimText:
    source = claim.source
    return ClaimText(
        text=claim.text,
        modality=claim.modality,
        source=source.name if source else None,
        affiliation=source.affiliation if source else None,
    )


def _key_counts(keys: set[str]) -> dict[str, int]:
    """How many stored claims hold each key, counted in one query (index only on PostgreSQL)."""
    if not keys:
        return {}
    rows = ClaimKey.objects.filter(key__in=keys).values("key").annotate(n=Count("claim_id"))
    return {row["key"]: row["n"] for row in rows}


def _candidate_ids(
    claim: Claim, keys: list[str], article: Article, counts: dict[str, int] | None = None
) -> list[int]:
    """The claims sharing the most specific keys with ``claim``: each shared key weighs more the
    fewer claims hold it, so two rare names outrank three common words."""
    if counts is None:
        counts = _key_counts(set(keys))
    # A key shared by more than MAX_KEY_FREQUENCY claims says nothing about a pair.
    useful = [k for k in keys if 0 < counts.get(k, 0) <= MAX_KEY_FREQUENCY]
    if not useful:
        return []
    rows = ClaimKey.objects.filter(key__in=useful).exclude(claim_id=claim.pk)
    if settings.LINK_DATE_WINDOW_DAYS and article.published_at:
        window = timedelta(days=settings.LINK_DATE_WINDOW_DAYS)
        rows = rows.filter(
            claim__article__published_at__range=(article.published_at - window, article.published_at + window)
        )
    weight = Case(
        *(When(key=key, then=Value(1.0 / math.log2(1 + counts[key]))) for key in useful),
        default=Value(0.0),
        output_field=FloatField(),
    )
    ranked = rows.values("claim_id").annotate(shared=Sum(weight)).order_by("-shared", "-claim_id")
    return [row["claim_id"] for row in ranked[: settings.LINK_MAX_CANDIDATES * 2]]


def _prepared(claim: Claim) -> Prepared:
    """The claim as the scorer sees it, from its stored features when they are current."""
    text = _claim_text(claim)
    return restore(text, claim.features) or prepare(text)


def _eligible(claim: Claim, other: Claim) -> bool:
    """Across articles always; inside one article only between different sources."""
    return other.article_id != claim.article_id or (
        other.source_id != claim.source_id and None not in (other.source_id, claim.source_id)
    )


def _link_for(claim: Claim, other: Claim, prepared: dict) -> tuple[float, ClaimLink] | None:
    """The link the pair deserves, if any, with the scorer's certainty that it is one topic."""
    result = score_pair(prepared[claim.pk], prepared[other.pk])
    relation = safe_relation(result.relation, result.evidence, claim.text, other.text)
    if relation == "unrelated":
        return None
    first, second = sorted((claim, other), key=lambda c: c.pk)
    independent = bool(claim.source and other.source and claim.source.affiliation != other.source.affiliation)
    link = ClaimLink(
        claim_a=first,
        claim_b=second,
        relation=relation,
        score=min(max(result.score, 0.0), 1.0),
        evidence=result.evidence,
        priority=link_priority(relation, result.score, result.evidence, independent),
    )
    return result.relatedness, link


def _links_for_claim(claim: Claim, others: list[Claim], prepared: dict) -> list[ClaimLink]:
    """At most LINK_MAX_CANDIDATES links: those most surely about the claim's own event.

    The cap keeps by relatedness, not by queue priority: a weak contradiction between two claims
    that merely share words must not push out a clear report of the same event.
    """
    others = [o for o in others if _eligible(claim, o)]
    for other in others:
        if other.pk not in prepared:
            prepared[other.pk] = _prepared(other)
    found = [found for other in others if (found := _link_for(claim, other, prepared))]
    found.sort(key=lambda pair: (-pair[0], -pair[1].priority))
    return [link for _, link in found[: settings.LINK_MAX_CANDIDATES]]


def _candidates(chunk: list[Claim], keys: dict[int, list[str]], article: Article) -> dict[int, list[Claim]]:
    """Each claim's candidates in stored order, with the key counts and the claim rows read once per chunk."""
    counts = _key_counts({key for claim_keys in keys.values() for key in claim_keys})
    ids = {claim.pk: _candidate_ids(claim, keys[claim.pk], article, counts) for claim in chunk}
    every = {i for claim_ids in ids.values() for i in claim_ids}
    rows = Claim.objects.filter(pk__in=every).select_related("source").only(*SCORED_FIELDS)
    found = {other.pk: other for other in rows}
    ordered = sorted(found.values(), key=lambda other: (other.article_id, other.index))
    wanted = {pk: set(claim_ids) for pk, claim_ids in ids.items()}
    return {pk: [o for o in ordered if o.pk in wanted[pk]] for pk in ids}


def claims_create(claims: list[Claim]) -> list[Claim]:
    """Store new claims with what the linker reads in them, and their blocking keys.

    Keys are written in the same transaction as the claims, so an article linked later always sees
    the keys of every article segmented before it: two articles linked at once by two workers
    still meet.
    """
    prepared = [prepare(_claim_text(claim)) for claim in claims]
    for claim, features in zip(claims, prepared, strict=True):
        claim.features = dump(features)
    created = Claim.objects.bulk_create(claims)
    rows = [
        ClaimKey(key=key, claim=claim)
        for claim, features in zip(created, prepared, strict=True)
        for key in candidate_keys(features)
    ]
    ClaimKey.objects.bulk_create(rows, ignore_conflicts=True)
    return created


def _stored_keys(chunk: list[Claim]) -> dict[int, list[str]]:
    keys: dict[int, list[str]] = {claim.pk: [] for claim in chunk}
    for claim_id, key in ClaimKey.objects.filter(claim__in=chunk).values_list("claim_id", "key"):
        keys[claim_id].append(key)
    return keys


def article_link(*, article_id: int, offset: int = 0) -> int | None:
    """Link one chunk of an article's claims. Returns the next offset, or None when the article is done."""
    with transaction.atomic():
        article = Article.objects.select_for_update().filter(pk=article_id, status=Status.SEGMENTED).first()
        if article is None:
            return None
        chunk = list(article.claims.select_related("source").order_by("index")[offset : offset + CHUNK])
        prepared = {claim.pk: _prepared(claim) for claim in chunk}
        keys = _stored_keys(chunk)
        candidates = _candidates(chunk, keys, article)
        links = [link for claim in chunk for link in _links_for_claim(claim, candidates[claim.pk], prepared)]
        # A pair already stored (perhaps decided by a human) is left exactly as it is.
        ClaimLink.objects.bulk_create(links, ignore_conflicts=True)
        if len(chunk) == CHUNK:
            return offset + CHUNK
        article.status = Status.LINKED
        article.save(update_fields=["status", "updated_at"])
    return None
