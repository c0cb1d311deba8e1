"""Events emitted where they happen: the pipeline (eager Celery), reviews, flags and incidents."""

import json
from pathlib import Path

import pytest
from django.utils import timezone

from claims.ingestion import read_paths
from claims.models import Article, ClaimLink, Status
from claims.services import article_fail, articles_ingest, flag_resolve, link_decide, link_take_next
from hooks.models import Delivery
from hooks.services import subscription_create
from incidents.models import Incident
from incidents.services import incident_merge
from tests.factories import ArticleFactory, ClaimLinkFactory, FlagFactory, UserFactory

pytestmark = pytest.mark.django_db
SEEDS = Path(__file__).resolve().parents[2] / "claims" / "fixtures" / "seeds"
PIPELINE = ["article.processed", "link.proposed", "incident.changed"]


def subscribe(url: str, events) -> None:
    subscription_create(owner=UserFactory(role="reader"), target_url=url, events=events)


def received(receiver, event: str) -> list[dict]:
    return [json.loads(r.body)["data"] for r in receiver.received if r.headers["X-Hook-Event"] == event]


def test_an_ingested_article_is_announced_processed_with_its_new_links(
    registry, receiver, django_capture_on_commit_callbacks
):
    subscribe(receiver.url, PIPELINE)
    with django_capture_on_commit_callbacks(execute=True):
        articles_ingest(items=read_paths([SEEDS / "004_1019a7c50d6a06a0.txt"], max_chars=1_000_000))
        articles_ingest(items=read_paths([SEEDS / "001_a4898baba763a058.txt"], max_chars=1_000_000))
    first, second = Article.objects.order_by("id")
    processed = received(receiver, "article.processed")
    assert [(p["article"], p["status"], p["claims"]) for p in processed] == [
        (first.pk, "linked", first.claims.count()),
        (second.pk, "linked", second.claims.count()),
    ]
    assert processed[0]["title"] == first.title
    proposed = [link["id"] for payload in received(receiver, "link.proposed") for link in payload["links"]]
    assert sorted(proposed) == sorted(ClaimLink.objects.values_list("id", flat=True))
    assert set(Delivery.objects.values_list("status", flat=True)) == {"delivered"}


def test_a_failed_article_is_announced_with_its_error(receiver, django_capture_on_commit_callbacks):
    subscribe(receiver.url, ["article.processed"])
    article = ArticleFactory(status=Status.SEGMENTED)
    with django_capture_on_commit_callbacks(execute=True):
        article_fail(article_id=article.pk, error="ValueError: no sentence")
    assert received(receiver, "article.processed") == [
        {"article": article.pk, "status": "failed", "error": "ValueError: no sentence"}
    ]


def test_a_final_decision_is_announced_with_the_machine_proposal(
    receiver, django_capture_on_commit_callbacks
):
    subscribe(receiver.url, ["link.decided"])
    link = ClaimLinkFactory(relation="contradicts")
    checker = UserFactory(username="checker1", role="fact-checker")
    with django_capture_on_commit_callbacks(execute=True):
        link_take_next(user=checker)
        review = link_decide(link_id=link.pk, user=checker, decision="corroborates")
    assert received(receiver, "link.decided") == [
        {
            "link": link.pk,
            "claim_a": link.claim_a_id,
            "claim_b": link.claim_b_id,
            "relation": "corroborates",
            "holds": "",
            "machine_relation": "contradicts",
            "review": review.pk,
            "reviewer": "checker1",
            "override": False,
            "decided_at": review.created_at.isoformat().replace("+00:00", "Z"),
        }
    ]


def test_a_contradiction_awaiting_its_second_opinion_is_not_yet_decided(
    receiver, django_capture_on_commit_callbacks
):
    subscribe(receiver.url, ["link.decided"])
    link = ClaimLinkFactory()
    checker = UserFactory(role="fact-checker")
    with django_capture_on_commit_callbacks(execute=True):
        link_take_next(user=checker)
        link_decide(link_id=link.pk, user=checker, decision="contradicts", holds="a")
    assert receiver.received == []


def test_a_resolved_flag_is_announced(receiver, django_capture_on_commit_callbacks):
    subscribe(receiver.url, ["flag.resolved"])
    flag = FlagFactory()
    editor = UserFactory(username="editor2", role="editor")
    with django_capture_on_commit_callbacks(execute=True):
        flag_resolve(flag_id=flag.pk, user=editor, resolution="صححت الأرقام")
    [payload] = received(receiver, "flag.resolved")
    assert {key: payload[key] for key in ("flag", "article", "resolution", "resolved_by")} == {
        "flag": flag.pk,
        "article": flag.article_id,
        "resolution": "صححت الأرقام",
        "resolved_by": "editor2",
    }


def test_a_merge_of_incidents_is_announced(receiver, django_capture_on_commit_callbacks):
    subscribe(receiver.url, ["incident.changed"])
    target, merged = (Incident.objects.create(kind="air_strike", day=timezone.now().date()) for _ in "ab")
    editor = UserFactory(username="editor3", role="editor")
    with django_capture_on_commit_callbacks(execute=True):
        incident_merge(target_id=target.pk, merged_id=merged.pk, user=editor)
    assert received(receiver, "incident.changed") == [
        {
            "action": "merge",
            "incidents": [target.pk, merged.pk],
            "incident": target.pk,
            "merged": merged.pk,
            "claims": [],
            "user": "editor3",
        }
    ]
