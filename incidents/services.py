"""Grouping claims into incidents as articles arrive, and the editor's merges and splits.

A claim that names an event joins the incident of the claims it is linked to with the surest
incident anchor (a shared town, or a province and the same day); failing that, an earlier claim of
its own article about the same event; failing that, it founds a new incident when it names an
event and a place. Running it again changes nothing: a claim already placed stays where it is.
"""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

from django.db import connection, transaction
from django.db.models import Q

from claims import pipeline
from claims.linking import Prepared
from claims.linking.incident import Founding, founding, incident_match
from claims.models import Article, Claim, ClaimLink, Relation, Status
from claims.services.link import claim_prepared
from claims.text.events import EventFrame, kinds_clash
from claims.text.places import place, related
from hooks.services import emit
from incidents.models import Incident, IncidentChange, IncidentClaim
from incidents.selectors import incident_figures_counted
from sources.services import stored_recount

# How surely two claims must be one incident (claims.linking.incident.IncidentMatch.strength) for
# one to join the other's: a shared town or district, or a province and the same day.
JOIN_STRENGTH = 2.0
LINKED = (Relation.CORROBORATES, Relation.CONTRADICTS, Relation.RELATED)
# A standing incident takes a claim of a compatible kind at its place, or at a place containing
# it or in it no wider than a district (two containers), and within a day of it.
DAY = timedelta(days=1)
JOIN_LEVEL = 2
CANDIDATES = 500
GROUPING_LOCK = 0x1C1DE7


def current(incident: Incident) -> Incident:
    """The incident an editor merged this one into, followed to the end."""
    seen = {incident.pk}
    while incident.merged_into_id and incident.merged_into_id not in seen:
        incident = incident.merged_into
        seen.add(incident.pk)
    return incident


def _linked_claims(claim: Claim) -> tuple[list[Claim], set[int]]:
    """The claims linked to this one, and those of them that are copies of its text."""
    links = list(ClaimLink.objects.filter(Q(claim_a=claim) | Q(claim_b=claim), relation__in=LINKED))
    other = {link.pk: link.claim_b_id if link.claim_a_id == claim.pk else link.claim_a_id for link in links}
    copies = {other[link.pk] for link in links if link.evidence.get("copy")}
    claims = Claim.objects.filter(pk__in=list(other.values())).select_related(
        "article", "source", "incident_membership__incident__merged_into"
    )
    return list(claims), copies


def _membership(claim: Claim) -> IncidentClaim | None:
    try:
        return claim.incident_membership
    except IncidentClaim.DoesNotExist:
        return None


def _best(prepared: Prepared, candidates: list[tuple[Claim, Prepared]]) -> tuple[Claim, float] | None:
    scored = [
        (other, strength)
        for other, other_prepared in candidates
        if (strength := incident_match(prepared, other_prepared, [], 0.0).strength) >= JOIN_STRENGTH
    ]
    return max(scored, key=lambda pair: pair[1], default=None)


def _matching(found: Founding) -> Incident | None:
    """The standing incident of a compatible kind, at the claim's place (or one containing it, or
    in it) and within a day of it, the most specific match first."""
    near = Incident.objects.filter(merged_into=None).exclude(place_key="")
    if found.day:
        near = near.filter(Q(day=None) | Q(day__range=(found.day - DAY, found.day + DAY)))
    best, best_score = None, 0.0
    for incident in near.order_by("-updated_at")[:CANDIDATES]:
        score = _fit(incident, found)
        if score > best_score:
            best, best_score = incident, score
    return best


def _fit(incident: Incident, found: Founding) -> float:
    """3 for the same place, 2 for a place containing the other; a day more for the same day;
    0 when the kinds cannot be one event or the places are not compatible."""
    try:
        there = place(incident.place_key)
    except KeyError:
        return 0.0
    if kinds_clash(EventFrame(frozenset({incident.kind})), EventFrame(frozenset({found.kind}))):
        return 0.0
    if there.key == found.place.key:
        score = 3.0
    elif related(there, found.place) and min(len(there.parents), len(found.place.parents)) >= JOIN_LEVEL:
        score = 2.0
    else:
        return 0.0
    return score + (1.0 if found.day and incident.day == found.day else 0.0)


def _found(claim: Claim, prepared: Prepared) -> Incident | None:
    found = founding(prepared)
    if found is None:
        return None
    return _matching(found) or Incident.objects.create(
        kind=found.kind, place_key=found.place.key, place_name=found.place.name, day=found.day
    )


def _incident_for(
    claim: Claim,
    prepared: Prepared,
    linked: list[tuple[Claim, Prepared]],
    placed: list[tuple[Claim, Prepared]],
    copies: set[int] = frozenset(),
) -> Incident | None:
    in_incidents = [(other, p) for other, p in linked if _membership(other)]
    # Another outlet's copy of this very text already placed: the same statement, the same incident.
    copy = next((other for other, _ in in_incidents if other.pk in copies), None)
    if copy is not None:
        return current(_membership(copy).incident)
    best = _best(prepared, in_incidents) or _best(prepared, placed)
    if best:
        return current(_membership(best[0]).incident)
    return _found(claim, prepared)


@transaction.atomic
def article_incidents(*, article_id: int) -> int:
    """Place the claims of a linked article in incidents; returns how many were placed.

    Claims of older articles that a claim of this one is linked to, and that no incident holds
    yet, join the same incident when the link anchors them to it.
    """
    article = Article.objects.filter(pk=article_id, status=Status.LINKED).first()
    if article is None:
        return 0
    _serialize()
    claims = list(article.claims.select_related("article", "source").order_by("index"))
    prepared = {claim.pk: claim_prepared(claim) for claim in claims}
    # One claim of the article per incident it placed claims in: a later claim is matched against
    # these, so an article of thousands of claims costs one comparison per incident, not per claim.
    placed: dict[int, tuple[Claim, Prepared]] = {}
    count = 0
    for claim in claims:
        if not prepared[claim.pk].frame.kinds:
            continue
        membership = _membership(claim)
        linked_claims, copies = _linked_claims(claim)
        linked = [(other, claim_prepared(other)) for other in linked_claims]
        incident = (
            current(membership.incident)
            if membership
            else _incident_for(claim, prepared[claim.pk], linked, list(placed.values()), copies)
        )
        if incident is None:
            continue
        if membership is None:
            IncidentClaim.objects.create(claim=claim, incident=incident)
            count += 1
        placed.setdefault(incident.pk, (claim, prepared[claim.pk]))
        count += _adopt_linked(claim, prepared[claim.pk], incident, linked, copies)
    count += _adopt_unplaced(claims, prepared)
    if count:
        emit("incident.changed", lambda: _grouped(article_id, count))
    return count


def _grouped(article_id: int, placed: int) -> dict:
    """What ``incident.changed`` tells after grouping: the incidents now holding the article's claims."""
    held = IncidentClaim.objects.filter(claim__article_id=article_id).values_list("incident_id", flat=True)
    return {"action": "grouped", "article": article_id, "placed": placed, "incidents": sorted(set(held))}


def _serialize() -> None:
    """One grouping at a time: two workers grouping two reports of one event at once would each
    found an incident for it. A transaction-level advisory lock on PostgreSQL (SQLite has one
    writer anyway); grouping an article takes milliseconds, so the wait is short."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [GROUPING_LOCK])


def _adopt_unplaced(claims: list[Claim], prepared: dict[int, Prepared]) -> int:
    """A claim naming an event but no place ("قتل 27 مدنياً في الغارات") speaks of the incident the
    article was just reporting: it joins the incident of the nearest placed claim before it (or,
    at the top of the article, after it) when the kinds of event can be one."""
    held = {
        m.claim_id: m.incident
        for m in IncidentClaim.objects.filter(claim__in=claims).select_related("incident")
    }
    count = 0
    for position, claim in enumerate(claims):
        if claim.pk in held:
            continue
        frame = prepared[claim.pk].frame
        if not frame.kinds or frame.places:
            continue
        order = [*reversed(claims[:position]), *claims[position + 1 :]]
        incident = next((held[other.pk] for other in order if other.pk in held), None)
        if incident and not kinds_clash(frame, EventFrame(frozenset({incident.kind}))):
            IncidentClaim.objects.get_or_create(claim=claim, defaults={"incident": current(incident)})
            count += 1
    return count


def _adopt_linked(
    claim: Claim,
    prepared: Prepared,
    incident: Incident,
    linked: list[tuple[Claim, Prepared]],
    copies: set[int] = frozenset(),
) -> int:
    """Older claims linked to this one and surely about its incident (or copies of its text), that
    no incident holds yet."""
    count = 0
    for other, other_prepared in linked:
        if _membership(other):
            continue
        if other.pk in copies or (other_prepared.frame.kinds and _best(other_prepared, [(claim, prepared)])):
            IncidentClaim.objects.create(claim=other, incident=incident)
            count += 1
    return count


@transaction.atomic
def incident_merge(*, target_id: int, merged_id: int, user) -> Incident:
    """Move every claim of ``merged_id`` into ``target_id``; the merged incident points to its target."""
    if target_id == merged_id:
        raise ValueError("an incident cannot be merged into itself")
    target, merged = (
        Incident.objects.select_for_update().get(pk=target_id, merged_into=None),
        Incident.objects.select_for_update().get(pk=merged_id, merged_into=None),
    )
    claim_ids = list(merged.memberships.values_list("claim_id", flat=True))
    merged.memberships.update(incident=target, placed_by=user)
    merged.merged_into = target
    merged.save(update_fields=["merged_into", "updated_at"])
    target.save(update_fields=["updated_at"])
    IncidentChange.objects.create(
        incident=target, other=merged, action=IncidentChange.Action.MERGE, claim_ids=claim_ids, user=user
    )
    changed = {
        "action": "merge",
        "incidents": [target.pk, merged.pk],
        "incident": target.pk,
        "merged": merged.pk,
    }
    emit("incident.changed", changed | {"claims": claim_ids, "user": user.username})
    return target


@transaction.atomic
def incident_split(*, incident_id: int, claim_ids: list[int], user) -> Incident:
    """Move the given claims of an incident into a new incident of the same kind, place and day."""
    incident = Incident.objects.select_for_update().get(pk=incident_id, merged_into=None)
    moving = incident.memberships.filter(claim_id__in=claim_ids)
    found = sorted(moving.values_list("claim_id", flat=True))
    if sorted(set(claim_ids)) != found:
        missing = sorted(set(claim_ids) - set(found))
        raise ValueError(f"claims not in incident {incident_id}: {', '.join(map(str, missing))}")
    if len(found) == incident.memberships.count():
        raise ValueError("a split must leave at least one claim in the incident")
    new = Incident.objects.create(
        kind=incident.kind, place_key=incident.place_key, place_name=incident.place_name, day=incident.day
    )
    moving.update(incident=new, placed_by=user)
    incident.save(update_fields=["updated_at"])
    IncidentChange.objects.create(
        incident=incident, other=new, action=IncidentChange.Action.SPLIT, claim_ids=found, user=user
    )
    changed = {"action": "split", "incidents": [incident.pk, new.pk], "incident": incident.pk, "new": new.pk}
    emit("incident.changed", changed | {"claims": found, "user": user.username})
    return new


def articles_incidents_requeue() -> Counter:
    """Queue the grouping of every linked article again (after an upgrade, or a lost task)."""
    from incidents.tasks import article_incidents_task

    counts: Counter = Counter()
    for article_id in Article.objects.filter(status=Status.LINKED).values_list("pk", flat=True).iterator():
        counts["queued" if pipeline.enqueue(article_incidents_task, article_id) else "queue_failed"] += 1
    return counts


@transaction.atomic
def incidents_recount() -> list[int]:
    """Set each incident's counts and time span to what its claims give; returns the ids of the
    incidents whose stored figures were wrong. The database keeps them on every write that moves
    them (migration 0002's triggers): a wrong one means those were bypassed."""
    return stored_recount(
        Incident.objects.all(),
        incident_figures_counted(),
        "incidents_incidentclaim",
        "claims_claim",
        "claims_article",
    )
