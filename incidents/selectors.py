"""Reading incidents: the list, and one incident as a fact-checker reasons about it.

"Who says 20 were killed at the Maarat market, who says 27, who denies the strike": the claims
of an incident in the order they were published, grouped by source and camp, its competing tolls
side by side, its denials and the links between its claims.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import (
    Aggregate,
    Count,
    DateTimeField,
    Expression,
    Field,
    IntegerField,
    Max,
    Min,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
)
from django.db.models.functions import Coalesce

from claims.linking.safety import copy_roots
from claims.models import Claim, ClaimLink, Modality
from claims.services.link import claim_prepared
from incidents.models import Incident, IncidentClaim

TOLLS = ("killed", "wounded", "displaced", "arrested")


def _of_members(aggregate: Aggregate, output_field: Field) -> Subquery:
    """``aggregate`` over an incident's claims, as a correlated subquery."""
    members = IncidentClaim.objects.filter(incident=OuterRef("pk")).order_by().values("incident")
    return Subquery(members.annotate(value=aggregate).values("value"), output_field=output_field)


def _counted(aggregate: Aggregate) -> Coalesce:
    return Coalesce(_of_members(aggregate, IntegerField()), 0)


def incident_figures_counted() -> dict[str, Expression]:
    """An incident's counts and time span computed from its claims: what the stored fields of
    Incident keep (``recount`` checks them against these)."""
    return {
        "claim_count": _counted(Count("pk")),
        "article_count": _counted(Count("claim__article", distinct=True)),
        "source_count": _counted(Count("claim__source", distinct=True)),
        "denial_count": _counted(Count("pk", filter=Q(claim__modality=Modality.DENY))),
        "first_published": _of_members(Min("claim__article__published_at"), DateTimeField()),
        "last_published": _of_members(Max("claim__article__published_at"), DateTimeField()),
    }


def incident_list() -> QuerySet[Incident]:
    """Incidents that stand on their own (not merged away), with their stored counts and time span."""
    return Incident.objects.filter(merged_into=None)


@dataclass(frozen=True)
class Figure:
    """One toll as one claim gives it: "27 مدنياً" (at least) by the Observatory."""

    toll: str
    value: float
    qualifier: str
    text: str
    claim: Claim


@dataclass
class IncidentView:
    incident: Incident
    claims: list[Claim]
    camps: dict[str, list[Claim]] = field(default_factory=dict)
    figures: dict[str, list[Figure]] = field(default_factory=dict)
    denials: list[Claim] = field(default_factory=list)
    links: list[ClaimLink] = field(default_factory=list)
    # A claim that repeats an earlier one's text word for word (a wire report carried by another
    # outlet) → that earliest claim: one report, however many outlets print it.
    copy_of: dict[int, Claim] = field(default_factory=dict)


def _copies(claims: list[Claim], links: list[ClaimLink]) -> dict[int, Claim]:
    """Each claim that copies an earlier claim of the incident, with the earliest claim it copies."""
    order = {claim.pk: position for position, claim in enumerate(claims)}
    by_id = {claim.pk: claim for claim in claims}
    pairs = [(link.claim_a_id, link.claim_b_id) for link in links if (link.evidence or {}).get("copy")]
    roots = copy_roots(pairs, order=order.__getitem__)
    return {pk: by_id[root] for pk, root in roots.items() if root != pk}


def incident_claims(incident: Incident) -> QuerySet[Claim]:
    return (
        Claim.objects.filter(incident_membership__incident=incident)
        .select_related("article", "source", "via")
        .order_by("article__published_at", "article_id", "index")
    )


def _figures(claims: list[Claim]) -> dict[str, list[Figure]]:
    figures: dict[str, list[Figure]] = {}
    for claim in claims:
        prepared = claim_prepared(claim)
        for number, toll in zip(prepared.numbers, prepared.roles, strict=True):
            if toll in TOLLS:
                figures.setdefault(toll, []).append(
                    Figure(toll, number.value, number.qualifier, number.text, claim)
                )
    return {toll: sorted(rows, key=lambda f: f.value) for toll, rows in figures.items()}


def _camp(claim: Claim) -> str:
    return claim.source.affiliation if claim.source else "unknown"


def incident_detail(pk: int) -> IncidentView:
    """One incident (an id merged away answers for the incident it was merged into)."""
    incident = Incident.objects.select_related("merged_into").get(pk=pk)
    while incident.merged_into_id:
        incident = Incident.objects.select_related("merged_into").get(pk=incident.merged_into_id)
    claims = list(incident_claims(incident))
    camps: dict[str, list[Claim]] = {}
    for claim in claims:
        camps.setdefault(_camp(claim), []).append(claim)
    ids = [claim.pk for claim in claims]
    links = list(
        ClaimLink.objects.filter(claim_a_id__in=ids, claim_b_id__in=ids)
        .select_related("claim_a__source", "claim_b__source", "claim_a__article", "claim_b__article")
        .order_by("-priority", "id")
    )
    return IncidentView(
        incident=incident,
        claims=claims,
        camps=camps,
        figures=_figures(claims),
        denials=[claim for claim in claims if claim.modality == Modality.DENY],
        links=links,
        copy_of=_copies(claims, links),
    )
