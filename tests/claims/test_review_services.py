from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone, translation

from claims.models import ClaimLink, Review
from claims.services import (
    ReviewConflict,
    link_decide,
    link_release,
    link_skip,
    link_take_next,
    links_bulk_decide,
)
from claims.services.review import SKIP_SECONDS
from sources.models import CredibilitySnapshot
from tests.factories import ClaimLinkFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def checkers():
    return UserFactory(role="fact-checker"), UserFactory(role="fact-checker")


@pytest.fixture
def editor():
    return UserFactory(role="editor")


def take(user, **filters):
    link = link_take_next(user=user, filters=filters or None)
    return link.pk if link else None


def decide(link_id, user, decision, holds="", **kwargs):
    return link_decide(link_id=link_id, user=user, decision=decision, holds=holds, **kwargs)


def state(link_id):
    link = ClaimLink.objects.get(pk=link_id)
    return link.status, link.decided_relation, link.holds, link.leased_to_id


def test_take_next_leases_the_highest_priority_link_for_the_configured_time(checkers, settings):
    low, high = ClaimLinkFactory(priority=1.0), ClaimLinkFactory(priority=2.5)
    before = timezone.now()
    assert take(checkers[0]) == high.pk
    high.refresh_from_db()
    assert high.leased_to == checkers[0]
    assert before + timedelta(seconds=settings.REVIEW_LEASE_SECONDS) <= high.lease_until
    assert high.lease_until <= timezone.now() + timedelta(seconds=settings.REVIEW_LEASE_SECONDS)
    assert ClaimLink.objects.get(pk=low.pk).leased_to is None


def test_two_reviewers_never_get_the_same_link(checkers):
    first, second = ClaimLinkFactory(), ClaimLinkFactory()
    assert [take(checkers[0]), take(checkers[1]), take(UserFactory(role="fact-checker"))] == [
        first.pk,
        second.pk,
        None,
    ]


def test_a_reviewer_asking_again_gets_the_link_they_hold(checkers):
    first, _ = ClaimLinkFactory(), ClaimLinkFactory()
    assert [take(checkers[0]), take(checkers[0])] == [first.pk, first.pk]


def test_an_expired_lease_returns_the_link_to_the_queue(checkers):
    link = ClaimLinkFactory()
    assert take(checkers[0]) == link.pk
    ClaimLink.objects.filter(pk=link.pk).update(lease_until=timezone.now() - timedelta(seconds=1))
    assert take(checkers[1]) == link.pk
    assert state(link.pk) == ("proposed", "", "", checkers[1].pk)


def test_an_expired_lease_cannot_be_used_to_decide(checkers):
    link = ClaimLinkFactory()
    take(checkers[0])
    ClaimLink.objects.filter(pk=link.pk).update(lease_until=timezone.now() - timedelta(seconds=1))
    with pytest.raises(ReviewConflict, match="you do not hold a live lease on this link"):
        decide(link.pk, checkers[0], "corroborates")


def test_take_next_applies_the_queue_filters(checkers):
    ClaimLinkFactory(priority=3.0)
    corroboration = ClaimLinkFactory(relation="corroborates", priority=1.0)
    assert take(checkers[0], relation="corroborates") == corroboration.pk


def test_invalid_queue_filters_are_a_validation_error(checkers):
    with pytest.raises(ValidationError) as raised:
        take(checkers[0], relation="maybe")
    assert raised.value.message_dict == {
        "relation": ["Select a valid choice. maybe is not one of the available choices."]
    }


def test_a_reader_cannot_take_links():
    ClaimLinkFactory()
    with pytest.raises(PermissionDenied):
        take(UserFactory(role="reader"))


def test_deciding_a_link_not_held_is_a_conflict_with_the_current_state(checkers):
    link = ClaimLinkFactory()
    take(checkers[0])
    with pytest.raises(ReviewConflict) as raised:
        decide(link.pk, checkers[1], "corroborates")
    lease = ClaimLink.objects.get(pk=link.pk).lease_until
    assert raised.value.state == {
        "status": "proposed",
        "decided_relation": "",
        "holds": "",
        "leased_to": checkers[0].username,
        "lease_until": lease.isoformat(),
    }
    assert Review.objects.count() == 0


def test_a_decision_keeps_the_machine_proposal_and_clears_the_lease(checkers):
    link = ClaimLinkFactory(relation="contradicts", score=0.8, evidence={"number_conflicts": [[19, 23]]})
    take(checkers[0])
    review = decide(link.pk, checkers[0], "corroborates", note="الرقمان لحدثين مختلفين")
    assert (review.decision, review.holds, review.note, review.is_override) == (
        "corroborates",
        "",
        "الرقمان لحدثين مختلفين",
        False,
    )
    assert (review.machine_relation, review.machine_score, review.machine_evidence) == (
        "contradicts",
        0.8,
        {"number_conflicts": [[19, 23]]},
    )
    assert state(link.pk) == ("decided", "corroborates", "", None)


def test_an_override_is_another_review_and_the_first_is_kept(checkers, editor):
    link = ClaimLinkFactory()
    take(checkers[0])
    first = decide(link.pk, checkers[0], "unrelated")
    with pytest.raises(ReviewConflict, match="this link is already decided"):
        decide(link.pk, checkers[0], "corroborates")
    second = decide(link.pk, editor, "contradicts", holds="b", override=True)
    assert list(Review.objects.values_list("pk", "decision", "is_override")) == [
        (first.pk, "unrelated", False),
        (second.pk, "contradicts", True),
    ]
    assert state(link.pk) == ("decided", "contradicts", "b", None)


def test_only_an_editor_may_override(checkers):
    link = ClaimLinkFactory()
    with pytest.raises(PermissionDenied):
        decide(link.pk, checkers[0], "unrelated", override=True)


@pytest.mark.parametrize(
    ("decision", "holds", "errors"),
    [
        ("contradicts", "", {"holds": ["a contradiction needs which side holds: a, b, neither, unknown"]}),
        ("corroborates", "a", {"holds": ["only a contradiction says which side holds"]}),
        (
            "related",
            "",
            {"decision": ["'related' is not one of corroborates, contradicts, unrelated, unsure"]},
        ),
    ],
)
def test_malformed_decisions_are_refused(checkers, decision, holds, errors):
    link = ClaimLinkFactory()
    take(checkers[0])
    with pytest.raises(ValidationError) as raised:
        decide(link.pk, checkers[0], decision, holds)
    assert raised.value.message_dict == errors


def test_a_contradiction_is_decided_when_a_second_fact_checker_agrees(checkers):
    link = ClaimLinkFactory()
    take(checkers[0])
    decide(link.pk, checkers[0], "contradicts", "a")
    assert state(link.pk) == ("second_review", "", "", None)
    assert take(checkers[0]) is None
    assert take(checkers[1]) == link.pk
    decide(link.pk, checkers[1], "contradicts", "a")
    assert state(link.pk) == ("decided", "contradicts", "a", None)


@pytest.mark.parametrize(
    ("decision", "holds"), [("contradicts", "b"), ("corroborates", ""), ("unrelated", "")]
)
def test_a_second_opinion_that_disagrees_sends_the_link_to_the_editors(checkers, decision, holds):
    link = ClaimLinkFactory()
    take(checkers[0])
    decide(link.pk, checkers[0], "contradicts", "a")
    take(checkers[1])
    decide(link.pk, checkers[1], decision, holds)
    assert state(link.pk) == ("disputed", "", "", None)


def test_the_first_reviewer_cannot_give_the_second_opinion(checkers):
    link = ClaimLinkFactory()
    take(checkers[0])
    decide(link.pk, checkers[0], "contradicts", "a")
    until = timezone.now() + timedelta(minutes=5)
    ClaimLink.objects.filter(pk=link.pk).update(leased_to=checkers[0], lease_until=until)
    with pytest.raises(ReviewConflict, match="the second opinion must come from another fact-checker"):
        decide(link.pk, checkers[0], "contradicts", "a")


def test_without_second_opinions_a_contradiction_is_decided_at_once(checkers, settings):
    settings.REVIEW_SECOND_OPINION = False
    link = ClaimLinkFactory()
    take(checkers[0])
    decide(link.pk, checkers[0], "contradicts", "neither")
    assert state(link.pk) == ("decided", "contradicts", "neither", None)


def test_unsure_returns_the_link_to_the_queue_for_someone_else(checkers):
    link = ClaimLinkFactory()
    take(checkers[0])
    decide(link.pk, checkers[0], "unsure")
    assert state(link.pk) == ("proposed", "", "", None)
    assert [take(checkers[0]), take(checkers[1])] == [None, link.pk]


def test_a_disputed_link_is_settled_by_an_editor_override(checkers, editor):
    link = ClaimLinkFactory()
    take(checkers[0])
    decide(link.pk, checkers[0], "contradicts", "a")
    take(checkers[1])
    decide(link.pk, checkers[1], "contradicts", "b")
    decide(link.pk, editor, "contradicts", "b", override=True)
    assert state(link.pk) == ("decided", "contradicts", "b", None)


def test_bulk_decide_gives_each_link_its_own_override_review(editor):
    links = [ClaimLinkFactory(relation="corroborates") for _ in range(3)]
    reviews = links_bulk_decide(user=editor, link_ids=[link.pk for link in links], decision="corroborates")
    assert [(r.link_id, r.decision, r.is_override) for r in reviews] == [
        (link.pk, "corroborates", True) for link in links
    ]
    assert [state(link.pk) for link in links] == [("decided", "corroborates", "", None)] * 3


def test_bulk_decide_with_an_unknown_id_writes_nothing(editor):
    link = ClaimLinkFactory()
    with pytest.raises(ValidationError) as raised:
        links_bulk_decide(user=editor, link_ids=[link.pk, 999], decision="unrelated")
    assert raised.value.message_dict == {"link_ids": ["no link with id 999"]}
    assert (Review.objects.count(), state(link.pk)) == (0, ("proposed", "", "", None))


def test_bulk_decide_is_for_editors(checkers):
    link = ClaimLinkFactory()
    with pytest.raises(PermissionDenied):
        links_bulk_decide(user=checkers[0], link_ids=[link.pk], decision="unrelated")


def test_release_gives_the_link_back_and_refuses_another_reviewers_lease(checkers):
    link = ClaimLinkFactory()
    take(checkers[0])
    with pytest.raises(ReviewConflict, match="another reviewer holds this link"):
        link_release(link_id=link.pk, user=checkers[1])
    link_release(link_id=link.pk, user=checkers[0])
    assert state(link.pk) == ("proposed", "", "", None)
    assert take(checkers[1]) == link.pk


def test_a_final_decision_recomputes_both_sources_credibility(checkers, django_capture_on_commit_callbacks):
    link = ClaimLinkFactory()
    take(checkers[0])
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        decide(link.pk, checkers[0], "corroborates")
    sources = {link.claim_a.source_id, link.claim_b.source_id}
    # One rescoring of both sources, and the link.decided webhook event.
    assert len(callbacks) == 2
    assert set(CredibilitySnapshot.objects.values_list("source_id", flat=True)) == sources


def test_a_first_contradiction_awaiting_agreement_does_not_touch_credibility(
    checkers, django_capture_on_commit_callbacks
):
    link = ClaimLinkFactory()
    take(checkers[0])
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        decide(link.pk, checkers[0], "contradicts", "a")
    assert (len(callbacks), CredibilitySnapshot.objects.count()) == (0, 0)


def test_a_skipped_link_stays_out_of_the_skippers_way_but_not_of_others(checkers):
    first, second = ClaimLinkFactory(priority=2.0), ClaimLinkFactory(priority=1.0)
    assert take(checkers[0]) == first.pk
    link_skip(link_id=first.pk, user=checkers[0])
    assert take(checkers[0]) == second.pk
    link_skip(link_id=second.pk, user=checkers[0])
    assert [take(checkers[0]), take(checkers[1])] == [None, first.pk]
    assert state(second.pk) == ("proposed", "", "", None)


def test_a_skipped_link_comes_back_after_a_while(checkers, monkeypatch):
    link = ClaimLinkFactory()
    take(checkers[0])
    link_skip(link_id=link.pk, user=checkers[0])
    later = timezone.now() + timedelta(seconds=SKIP_SECONDS + 1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert take(checkers[0]) == link.pk


def test_skipping_a_link_another_reviewer_holds_is_a_conflict(checkers):
    link = ClaimLinkFactory()
    take(checkers[0])
    with pytest.raises(ReviewConflict):
        link_skip(link_id=link.pk, user=checkers[1])
    assert take(checkers[1]) is None
