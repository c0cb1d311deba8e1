"""Taking links from the review queue and deciding them.

How a link's status follows a decision (settings.REVIEW_SECOND_OPINION on):

    proposed  --corroborates | unrelated-->  decided
    proposed  --contradicts-->  second_review  --same decision and side, another fact-checker-->  decided
                                               --any other decision but unsure-->  disputed (editors' list)
    proposed | second_review  --unsure-->  status unchanged, back in the queue for someone else
    any status  --editor override-->  decided (proposed again when the editor says unsure)

Nobody is handed a link they have already reviewed, so "unsure" never loops back to the same person
and a second opinion always comes from a different fact-checker.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from claims import pipeline
from claims.models import ClaimLink, Holds, LinkStatus, Relation, Review
from claims.roles import EDITOR, FACT_CHECKER
from claims.selectors import link_detail, queue_links
from claims.services.guards import Conflict, require_role
from hooks.services import emit
from sources.tasks import source_score_task

DECISIONS = (Relation.CORROBORATES, Relation.CONTRADICTS, Relation.UNRELATED, Relation.UNSURE)
OPEN = (LinkStatus.PROPOSED, LinkStatus.SECOND_REVIEW)
TAKE_ATTEMPTS = 5
# How long a skipped link stays out of the skipping reviewer's way. Kept in the cache: losing it
# (a cache restart) only means a skipped link may come back sooner.
SKIP_SECONDS = 30 * 60
SKIPPED_MAX = 200


class ReviewConflict(Conflict):
    """The link is not (or no longer) the caller's to decide; ``state`` is its current state."""


def link_state(link: ClaimLink) -> dict:
    return {
        "status": link.status,
        "decided_relation": link.decided_relation,
        "holds": link.holds,
        "leased_to": link.leased_to.username if link.leased_to_id else None,
        "lease_until": link.lease_until.isoformat() if link.lease_until else None,
    }


def _lease_free(now: datetime) -> Q:
    return Q(leased_to=None) | Q(lease_until__lte=now)


def _skipped_key(user) -> str:
    return f"review:skipped:{user.pk}"


def links_skipped(*, user, now: datetime | None = None) -> list[int]:
    """Ids of the links ``user`` skipped less than SKIP_SECONDS ago."""
    moment = (now or timezone.now()).timestamp()
    return [link_id for link_id, until in cache.get(_skipped_key(user), {}).items() if until > moment]


def _remember_skip(*, link_id: int, user, now: datetime) -> None:
    skipped = {i: until for i, until in cache.get(_skipped_key(user), {}).items() if until > now.timestamp()}
    skipped[link_id] = now.timestamp() + SKIP_SECONDS
    newest = sorted(skipped.items(), key=lambda item: item[1])[-SKIPPED_MAX:]
    cache.set(_skipped_key(user), dict(newest), SKIP_SECONDS)


def _takeable(links: QuerySet[ClaimLink], *, user, now: datetime) -> QuerySet[ClaimLink]:
    reviewed = Review.objects.filter(link=OuterRef("pk"), reviewer=user)
    skipped = links_skipped(user=user, now=now)
    return links.filter(_lease_free(now)).exclude(Exists(reviewed)).exclude(pk__in=skipped)


def _renew_held(*, user, now: datetime) -> int | None:
    held = ClaimLink.objects.filter(status__in=OPEN, leased_to=user, lease_until__gt=now).order_by(
        "-priority", "id"
    )
    link_id = held.values_list("pk", flat=True).first()
    if link_id is None:
        return None
    until = now + timedelta(seconds=settings.REVIEW_LEASE_SECONDS)
    renewed = ClaimLink.objects.filter(pk=link_id, leased_to=user).update(lease_until=until, updated_at=now)
    return link_id if renewed else None


def _lease_one(*, user, filters: Mapping[str, object] | None, now: datetime) -> tuple[bool, int | None]:
    """(whether a takeable link was found, its id if this caller won the lease on it)."""
    with transaction.atomic():
        candidates = _takeable(queue_links(filters=filters), user=user, now=now)
        # SKIP LOCKED lets concurrent callers pass over each other's candidate instead of queueing on it.
        locked = candidates.select_for_update(skip_locked=True, of=("self",))
        link_id = locked.values_list("pk", flat=True).first()
        if link_id is None:
            return False, None
        until = now + timedelta(seconds=settings.REVIEW_LEASE_SECONDS)
        # Backends without row locks (SQLite) rely on this compare-and-set alone.
        won = ClaimLink.objects.filter(_lease_free(now), pk=link_id, status__in=OPEN).update(
            leased_to=user, lease_until=until, updated_at=now
        )
        return True, link_id if won == 1 else None


def link_take_next(*, user, filters: Mapping[str, object] | None = None) -> ClaimLink | None:
    """Lease the highest-priority open link to ``user``, or give back (and renew) the one they hold."""
    require_role(user, FACT_CHECKER)
    now = timezone.now()
    held = _renew_held(user=user, now=now)
    if held is not None:
        return link_detail(held)
    for _ in range(TAKE_ATTEMPTS):
        found, link_id = _lease_one(user=user, filters=filters, now=now)
        if not found:
            return None
        if link_id is not None:
            return link_detail(link_id)
    return None


def link_release(*, link_id: int, user) -> None:
    """Give a leased link back to the queue; releasing a link nobody holds does nothing."""
    if ClaimLink.objects.filter(pk=link_id, leased_to=user).update(leased_to=None, lease_until=None):
        return
    link = ClaimLink.objects.select_related("leased_to").get(pk=link_id)
    if link.leased_to_id and link.lease_until and link.lease_until > timezone.now():
        raise ReviewConflict("another reviewer holds this link", state=link_state(link))


def link_skip(*, link_id: int, user) -> None:
    """Give a link back and keep it out of this reviewer's next SKIP_SECONDS of taking."""
    link_release(link_id=link_id, user=user)
    _remember_skip(link_id=link_id, user=user, now=timezone.now())


def _check_decision(decision: str, holds: str) -> None:
    if decision not in DECISIONS:
        raise ValidationError({"decision": [f"{decision!r} is not one of {', '.join(DECISIONS)}"]})
    if decision == Relation.CONTRADICTS and holds not in Holds.values:
        raise ValidationError(
            {"holds": [f"a contradiction needs which side holds: {', '.join(Holds.values)}"]}
        )
    if decision != Relation.CONTRADICTS and holds:
        raise ValidationError({"holds": ["only a contradiction says which side holds"]})


def _second_opinion(link: ClaimLink, *, user, decision: str, holds: str) -> str:
    if link.reviews.filter(reviewer=user).exists():
        raise ReviewConflict("the second opinion must come from another fact-checker", state=link_state(link))
    if decision == Relation.UNSURE:
        return LinkStatus.SECOND_REVIEW
    first = link.reviews.exclude(decision=Relation.UNSURE).order_by("-id").first()
    agrees = first is not None and (first.decision, first.holds) == (decision, holds)
    return LinkStatus.DECIDED if agrees else LinkStatus.DISPUTED


def _next_status(link: ClaimLink, *, user, decision: str, holds: str, now: datetime) -> str:
    if link.status not in OPEN:
        raise ReviewConflict(f"this link is already {link.status}", state=link_state(link))
    if link.leased_to_id != user.pk or link.lease_until is None or link.lease_until <= now:
        raise ReviewConflict("you do not hold a live lease on this link", state=link_state(link))
    if link.status == LinkStatus.SECOND_REVIEW:
        return _second_opinion(link, user=user, decision=decision, holds=holds)
    if decision == Relation.UNSURE:
        return LinkStatus.PROPOSED
    if decision == Relation.CONTRADICTS and settings.REVIEW_SECOND_OPINION:
        return LinkStatus.SECOND_REVIEW
    return LinkStatus.DECIDED


def _override_status(decision: str) -> str:
    return LinkStatus.PROPOSED if decision == Relation.UNSURE else LinkStatus.DECIDED


@dataclass
class _Decided:
    review: Review
    source_ids: set[int]


def _decide(*, link_id: int, user, decision: str, holds: str, note: str, override: bool) -> _Decided:
    now = timezone.now()
    link = (
        ClaimLink.objects.select_for_update(of=("self",)).select_related("claim_a", "claim_b").get(pk=link_id)
    )
    if override:
        status = _override_status(decision)
    else:
        status = _next_status(link, user=user, decision=decision, holds=holds, now=now)
    final = status == LinkStatus.DECIDED
    changed = ClaimLink.objects.filter(pk=link.pk, status=link.status, leased_to=link.leased_to_id).update(
        status=status,
        decided_relation=decision if final else "",
        holds=holds if final else "",
        leased_to=None,
        lease_until=None,
        updated_at=now,
    )
    if changed != 1:
        link.refresh_from_db()
        raise ReviewConflict("the link changed while it was being decided", state=link_state(link))
    review = Review.objects.create(
        link=link,
        reviewer=user,
        decision=decision,
        holds=holds,
        note=note,
        is_override=override,
        machine_relation=link.relation,
        machine_score=link.score,
        machine_evidence=link.evidence,
    )
    if final:
        emit("link.decided", _decided(link, review))
    rescore = final or link.status == LinkStatus.DECIDED
    sources = {link.claim_a.source_id, link.claim_b.source_id} - {None} if rescore else set()
    return _Decided(review, sources)


def _decided(link: ClaimLink, review: Review) -> dict:
    """What ``link.decided`` tells: the pair, the humans' relation and side, the machine's proposal."""
    return {
        "link": link.pk,
        "claim_a": link.claim_a_id,
        "claim_b": link.claim_b_id,
        "relation": review.decision,
        "holds": review.holds,
        "machine_relation": link.relation,
        "review": review.pk,
        "reviewer": review.reviewer.username,
        "override": review.is_override,
        "decided_at": review.created_at,
    }


def _rescore_on_commit(source_ids: set[int]) -> None:
    if source_ids:
        ids = sorted(source_ids)
        transaction.on_commit(lambda: pipeline.enqueue(source_score_task, ids))


@transaction.atomic
def link_decide(
    *, link_id: int, user, decision: str, holds: str = "", note: str = "", override: bool = False
) -> Review:
    """Record a decision on a link the user holds (or, for an editor's override, any link)."""
    _check_decision(decision, holds)
    require_role(user, EDITOR if override else FACT_CHECKER)
    decided = _decide(
        link_id=link_id, user=user, decision=decision, holds=holds, note=note, override=override
    )
    _rescore_on_commit(decided.source_ids)
    return decided.review


@transaction.atomic
def links_bulk_decide(
    *, user, link_ids: Iterable[int], decision: str, holds: str = "", note: str = ""
) -> list[Review]:
    """An editor's decision on many links at once; each link still gets its own (override) Review."""
    _check_decision(decision, holds)
    require_role(user, EDITOR)
    ids = sorted(set(link_ids))
    missing = sorted(set(ids) - set(ClaimLink.objects.filter(pk__in=ids).values_list("pk", flat=True)))
    if missing:
        raise ValidationError({"link_ids": [f"no link with id {', '.join(map(str, missing))}"]})
    results = [
        _decide(link_id=link_id, user=user, decision=decision, holds=holds, note=note, override=True)
        for link_id in ids
    ]
    _rescore_on_commit(set().union(*(result.source_ids for result in results)))
    return [result.review for result in results]
