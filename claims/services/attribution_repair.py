"""Stored claims given the attribution today's rules find for them, claims, links and reviews kept.

Reviews and links point at claims, so claims are never re-created: each stored claim is matched to
the claim the current segmentation finds at the same character span of its article, and only its
source, mention, relay, cue and modality are rewritten. A claim the current rules no longer find is
left as it is and reported.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from django.db import transaction

from claims.models import Article, Claim, Status
from claims.pipeline import enqueue
from claims.text.segment import segment
from sources.models import Source
from sources.selectors import source_junk_reason
from sources.services import SourceInUse, source_delete, source_resolver

REPAIRED_FIELDS = ("source", "source_mention", "via", "via_mention", "cue", "modality")
UNMATCHED_LISTED = 50


def article_attribution_repair(*, article_id: int) -> tuple[Counter, list[int]]:
    """Re-run attribution on one article and rewrite the attribution of each claim whose span the
    new segmentation finds with another one. One transaction.

    An article whose «عثر على جثث» claim was stored with the source «عثر» and whose rules now leave
    it unattributed gets ``source=None``; its links, reviews, text and span are untouched.
    Returns counts (claims, matched, repaired, unmatched, one per field changed) and the ids of the
    claims with no counterpart.
    """
    counts: Counter = Counter()
    unmatched: list[int] = []
    with transaction.atomic():
        article = Article.objects.select_for_update().filter(pk=article_id).first()
        if article is None or article.status not in (Status.SEGMENTED, Status.LINKED):
            return counts, unmatched
        claims = list(Claim.objects.filter(article=article).order_by("index"))
        counts["claims"] = len(claims)
        resolver = source_resolver()
        found = {(s.start, s.end): s for s in segment(article.body, resolve=resolver.canonical_name)}
        changed, touched = [], set()
        for claim in claims:
            span = found.get((claim.start, claim.end))
            if span is None:
                unmatched.append(claim.pk)
                continue
            counts["matched"] += 1
            before = (claim.source_id, claim.via_id)
            fields = _rewrite(claim, span, resolver)
            if fields:
                counts["repaired"] += 1
                counts.update(f"changed_{name}" for name in fields)
                changed.append(claim)
                touched.update(pk for pk in (*before, claim.source_id, claim.via_id) if pk)
        if changed:
            Claim.objects.bulk_update(changed, [*REPAIRED_FIELDS, "features"])
            _rescore(touched)
    counts["unmatched"] = len(unmatched)
    return counts, unmatched


def _rewrite(claim: Claim, span, resolver) -> list[str]:
    """Set on ``claim`` the attribution of ``span``; the names of the fields that changed."""
    source = resolver.source_for(span.source_mention, span.source)
    via = resolver.source_for(span.via_mention, span.via)
    wanted = {
        "source": source.pk if source else None,
        "source_mention": (span.source_mention or "")[:300],
        "via": via.pk if via else None,
        "via_mention": (span.via_mention or "")[:300],
        "cue": (span.cue or "")[:100],
        "modality": span.modality,
    }
    current = {
        **{name: getattr(claim, name) for name in REPAIRED_FIELDS},
        "source": claim.source_id,
        "via": claim.via_id,
    }
    fields = [name for name in REPAIRED_FIELDS if wanted[name] != current[name]]
    for name in fields:
        setattr(claim, f"{name}_id" if name in ("source", "via") else name, wanted[name])
    if "modality" in fields:
        claim.features = None  # the linker reads the modality into them; recomputed when missing
    return fields


def _rescore(source_ids: set[int]) -> None:
    from sources.tasks import source_score_task

    ids = sorted(source_ids)
    transaction.on_commit(lambda: enqueue(source_score_task, ids))


def junk_sources_delete() -> Counter:
    """Delete the sources that are junk (sources.naming) and that nothing cites any more.

    A source some claim still cites or relays stays, and so does one the registry holds or one with
    merges recorded; each deletion is recorded like an editor's (SourceDeletion, reason "reprocess").
    """
    counts: Counter = Counter()
    idle = Source.objects.filter(merged_into=None, from_registry=False, claims=None, relayed_claims=None)
    for source in idle.iterator():
        if source_junk_reason(source) is None:
            continue
        try:
            source_delete(source_id=source.pk, user=None, reason="reprocess")
        except (Source.DoesNotExist, SourceInUse):
            counts["junk_kept"] += 1
        else:
            counts["junk_deleted"] += 1
    return counts


def articles_attribution_repair(
    *, article_ids: Iterable[int] | None = None, batch: int = 100, progress: Callable | None = None
) -> tuple[Counter, dict[int, list[int]], dict[int, str]]:
    """Repair every segmented or linked article (or those given), ``batch`` ids read at a time and one
    transaction per article, then delete the junk sources left uncited. Running it again changes nothing.

    Returns the summed counts; per article, the first claims that have no counterpart any more; and
    the articles the rules failed on (left as they were), with the error.
    """
    totals: Counter = Counter()
    unmatched: dict[int, list[int]] = {}
    failed: dict[int, str] = {}
    articles = Article.objects.filter(status__in=[Status.SEGMENTED, Status.LINKED]).order_by("pk")
    if article_ids is not None:
        articles = articles.filter(pk__in=list(article_ids))
    last = 0
    while ids := list(articles.filter(pk__gt=last).values_list("pk", flat=True)[:batch]):
        for pk in ids:
            try:
                counts, missing = article_attribution_repair(article_id=pk)
            except Exception as error:  # one article the rules cannot read must not stop the rest
                totals["failed"] += 1
                failed[pk] = f"{type(error).__name__}: {error}"[:200]
                continue
            totals.update(counts)
            totals["articles"] += 1
            if missing:
                unmatched[pk] = missing[:UNMATCHED_LISTED]
        last = ids[-1]
        if progress:
            progress(totals)
    totals.update(junk_sources_delete())
    return totals, unmatched, failed
