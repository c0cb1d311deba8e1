"""Taking, deciding and skipping pairs through the web pages."""

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from claims.models import ClaimLink, LinkStatus, Review
from tests.factories import UserFactory
from tests.frontend.data import contradiction


def _take(client: Client) -> ClaimLink:
    response = client.post(reverse("frontend:take_next"))
    assert response.status_code == 302
    return ClaimLink.objects.get(pk=int(response["Location"].strip("/").split("/")[-1]))


def test_take_next_leases_the_pair_and_opens_it(client_as):
    link = contradiction()
    client = client_as("fact-checker")
    response = client.post(reverse("frontend:take_next"))
    assert response["Location"] == reverse("frontend:pair", args=[link.pk])
    page = client.get(response["Location"]).content.decode()
    assert 'id="decision-form"' in page
    assert 'data-key="x"' in page


def test_take_next_with_an_empty_queue_returns_to_the_queue(client_as):
    response = client_as("fact-checker").post(reverse("frontend:take_next"))
    assert response["Location"] == reverse("frontend:queue")


def test_take_next_passes_the_queue_filters(client_as):
    contradiction()
    response = client_as("fact-checker").post(reverse("frontend:take_next"), {"relation": "corroborates"})
    assert response["Location"] == reverse("frontend:queue")


def test_decision_is_saved_and_shown_in_the_history(client_as):
    link = contradiction()
    client = client_as("fact-checker")
    _take(client)
    response = client.post(
        reverse("frontend:decide", args=[link.pk]),
        {"decision": "contradicts", "holds": "a", "note": "الأرقام متضاربة"},
    )
    assert response["Location"] == reverse("frontend:queue")
    review = Review.objects.get(link=link)
    assert (review.decision, review.holds, review.note) == ("contradicts", "a", "الأرقام متضاربة")
    page = client.get(reverse("frontend:pair", args=[link.pk])).content.decode()
    assert "الأرقام متضاربة" in page
    assert 'class="rel rel-contradicts"' in page


def test_a_decision_moves_on_to_the_next_pair_saying_what_was_saved(client_as):
    first, second = contradiction(priority=3.0), contradiction(priority=2.0)
    client = client_as("fact-checker", language="en")
    _take(client)
    response = client.post(
        reverse("frontend:decide", args=[first.pk]), {"decision": "contradicts", "holds": "b"}
    )
    assert response["Location"] == reverse("frontend:pair", args=[second.pk])
    second.refresh_from_db()
    assert second.leased_to is not None
    page = client.get(response["Location"]).content.decode()
    saved = page.split('<p class="msg msg-success">')[1].split("</p>")[0]
    assert saved == (
        f'Saved on pair {first.pk}: contradicts · claim 2 holds. <a href="/pairs/{first.pk}/">Open it</a>'
    )


def test_an_editor_override_stays_on_the_pair(client_as):
    link = contradiction()
    response = client_as("editor").post(
        reverse("frontend:decide", args=[link.pk]), {"decision": "unrelated", "override": "on"}
    )
    assert response["Location"] == reverse("frontend:pair", args=[link.pk])


def test_an_editor_override_is_not_ticked_for_them(client_as):
    link = contradiction(
        leased_to=UserFactory(role="fact-checker"), lease_until=timezone.now() + timedelta(minutes=5)
    )
    html = client_as("editor").get(reverse("frontend:pair", args=[link.pk])).content.decode()
    assert '<input type="checkbox" name="override" value="on" id="override">' in html


def test_an_editor_deciding_without_ticking_override_is_told_the_pair_is_held(client_as):
    other = UserFactory(username="rival", role="fact-checker")
    link = contradiction(leased_to=other, lease_until=timezone.now() + timedelta(minutes=5))
    response = client_as("editor").post(reverse("frontend:decide", args=[link.pk]), {"decision": "unrelated"})
    assert response.status_code == 409
    assert Review.objects.count() == 0


def test_side_chosen_before_a_non_contradiction_is_dropped(client_as):
    link = contradiction()
    client = client_as("fact-checker")
    _take(client)
    client.post(reverse("frontend:decide", args=[link.pk]), {"decision": "corroborates", "holds": "b"})
    assert list(Review.objects.values_list("decision", "holds")) == [("corroborates", "")]


def test_contradiction_without_a_side_is_refused_with_a_message(client_as):
    link = contradiction()
    client = client_as("fact-checker")
    _take(client)
    response = client.post(reverse("frontend:decide", args=[link.pk]), {"decision": "contradicts"})
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    assert Review.objects.count() == 0


def test_deciding_a_pair_held_by_someone_else_is_a_409_with_the_holder(client_as):
    other = UserFactory(username="rival", role="fact-checker")
    link = contradiction(leased_to=other, lease_until=timezone.now() + timedelta(minutes=5))
    response = client_as("fact-checker").post(
        reverse("frontend:decide", args=[link.pk]), {"decision": "unrelated"}
    )
    assert response.status_code == 409
    assert "rival" in response.content.decode()
    assert Review.objects.count() == 0


def test_skip_gives_the_pair_back(client_as):
    link = contradiction()
    client = client_as("fact-checker")
    _take(client)
    response = client.post(reverse("frontend:release", args=[link.pk]))
    assert response["Location"] == reverse("frontend:queue")
    link.refresh_from_db()
    assert (link.leased_to_id, link.status) == (None, LinkStatus.PROPOSED)


def test_skip_goes_to_the_next_pair_and_take_next_does_not_bring_the_skipped_one_back(client_as):
    first, second = contradiction(priority=3.0), contradiction(priority=2.0)
    client = client_as("fact-checker")
    assert _take(client) == first
    response = client.post(reverse("frontend:release", args=[first.pk]))
    assert response["Location"] == reverse("frontend:pair", args=[second.pk])
    assert client.post(reverse("frontend:take_next"))["Location"] == reverse(
        "frontend:pair", args=[second.pk]
    )
    client.post(reverse("frontend:release", args=[second.pk]))
    assert client.post(reverse("frontend:take_next"))["Location"] == reverse("frontend:queue")
    assert _take(client_as("fact-checker")) == first


def test_editor_overrides_a_pair_nobody_holds(client_as):
    link = contradiction()
    client_as("editor").post(
        reverse("frontend:decide", args=[link.pk]), {"decision": "unrelated", "override": "on"}
    )
    link.refresh_from_db()
    assert (link.status, link.decided_relation) == (LinkStatus.DECIDED, "unrelated")


def test_fact_checker_cannot_override(client_as):
    link = contradiction()
    response = client_as("fact-checker").post(
        reverse("frontend:decide", args=[link.pk]), {"decision": "unrelated", "override": "on"}
    )
    assert response.status_code == 403


def test_editor_bulk_decides_selected_pairs(client_as):
    first, second = contradiction(), contradiction()
    response = client_as("editor").post(
        reverse("frontend:bulk_decide"), {"links": [first.pk, second.pk], "decision": "unrelated"}
    )
    assert response["Location"] == reverse("frontend:queue")
    assert sorted(Review.objects.values_list("link_id", "decision", "is_override")) == [
        (first.pk, "unrelated", True),
        (second.pk, "unrelated", True),
    ]


@pytest.mark.parametrize("role", ["fact-checker", "editor"])
def test_queue_shows_counts_by_relation_and_status(client_as, role):
    contradiction()
    html = client_as(role).get(reverse("frontend:queue")).content.decode()
    assert '<tr><th scope="row"><span class="rel rel-contradicts">' in html
    assert "<td>1</td><td>0</td><td>0</td><td>0</td><td>1</td>" in html


def test_queue_lists_the_pairs_i_hold(client_as):
    link = contradiction()
    client = client_as("fact-checker")
    _take(client)
    html = client.get(reverse("frontend:queue")).content.decode()
    assert f'<a href="{reverse("frontend:pair", args=[link.pk])}">#{link.pk} ·' in html


def test_queue_filter_that_matches_nothing_shows_an_empty_queue(client_as):
    contradiction()
    html = client_as("reader").get(reverse("frontend:queue"), {"relation": "corroborates"}).content.decode()
    assert 'class="rel rel-contradicts"' not in html


def _listed(html: str) -> list[str]:
    return re.findall(r'<td><a href="/pairs/(\d+)/">', html)


def test_disagreements_are_listed_for_editors_from_the_status_filter(client_as):
    waiting, disputed = contradiction(), contradiction(status=LinkStatus.DISPUTED)
    html = (
        client_as("editor", language="en")
        .get(reverse("frontend:queue"), {"status": "disputed"})
        .content.decode()
    )
    assert "<h1>Reviewer disagreements</h1>" in html
    assert _listed(html) == [str(disputed.pk)]
    assert '<option value="disputed" selected>reviewers disagree</option>' in html
    assert waiting.pk != disputed.pk


def test_the_disagreement_count_on_the_queue_links_to_the_list(client_as):
    contradiction(status=LinkStatus.DISPUTED)
    html = client_as("editor", language="en").get(reverse("frontend:queue")).content.decode()
    assert '<th scope="col"><a href="?status=disputed">reviewers disagree</a></th>' in html
    assert '<td><a href="?status=disputed&amp;relation=contradicts">1</a></td>' in html


def test_the_queue_does_not_list_disputed_pairs(client_as):
    waiting = contradiction()
    contradiction(status=LinkStatus.DISPUTED)
    html = client_as("fact-checker").get(reverse("frontend:queue")).content.decode()
    assert _listed(html) == [str(waiting.pk)]


def test_a_filter_that_is_not_valid_says_so_and_lists_nothing(client_as):
    contradiction()
    html = (
        client_as("editor", language="en")
        .get(reverse("frontend:queue"), {"status": "bogus"})
        .content.decode()
    )
    assert _listed(html) == []
    assert '<p class="msg msg-error">These filters are not valid: Status: ' in html
