import pytest

from claims.models import ClaimLink, Review
from tests.api import api_client, client_for, error
from tests.factories import CONFLICT, ClaimFactory, ClaimLinkFactory, SourceFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def checker():
    return UserFactory(role="fact-checker")


def review(client, link_id, **data):
    return client.post(f"/api/v1/links/{link_id}/reviews/", data, format="json")


def test_link_list_filters_as_the_queue():
    ClaimLinkFactory(relation="corroborates", score=0.9)
    wanted = ClaimLinkFactory(relation="contradicts", score=0.7)
    ClaimLinkFactory(relation="contradicts", score=0.3)
    params = {"relation": "contradicts", "score_min": "0.5", "status": "proposed"}
    body = client_for("reader").get("/api/v1/links/", params).json()
    assert [link["id"] for link in body["results"]] == [wanted.pk]


def test_link_detail_shows_both_claims_in_context_with_evidence_and_history(checker):
    source = SourceFactory(
        name="المرصد السوري لحقوق الإنسان", kind="monitor", affiliation="opposition", score=0.8
    )
    link = ClaimLinkFactory(
        claim_a=ClaimFactory(source=source, article__title="قصف إدلب", article__publisher="شام")
    )
    client = api_client(checker)
    client.post("/api/v1/queue/next/")
    review(client, link.pk, decision="unrelated", note="حدثان مختلفان")
    body = client_for("reader").get(f"/api/v1/links/{link.pk}/").json()
    claim_a = body["claim_a"]
    assert (claim_a["sentence"], claim_a["article"]["title"], claim_a["article"]["publisher"]) == (
        link.claim_a.sentence,
        "قصف إدلب",
        "شام",
    )
    assert claim_a["article"]["published_at"] == "2018-03-05T14:00:00Z"
    assert claim_a["source"] == {
        "id": source.pk,
        "name": "المرصد السوري لحقوق الإنسان",
        "name_en": source.name_en,
        "kind": "monitor",
        "affiliation": "opposition",
        "score": 0.8,
    }
    assert body["evidence"] == {"number_conflicts": [CONFLICT], "claims": [link.claim_a_id, link.claim_b_id]}
    assert [(r["reviewer"], r["decision"], r["note"]) for r in body["reviews"]] == [
        (checker.username, "unrelated", "حدثان مختلفان")
    ]


def test_queue_next_leases_and_release_gives_back(checker):
    link = ClaimLinkFactory()
    client = api_client(checker)
    taken = client.post("/api/v1/queue/next/")
    assert (taken.status_code, taken.json()["id"], taken.json()["leased_to"]) == (
        200,
        link.pk,
        checker.username,
    )
    assert client_for("fact-checker").post("/api/v1/queue/next/").status_code == 204
    released = client.post("/api/v1/queue/release/", {"link_id": link.pk}, format="json")
    assert (released.status_code, ClaimLink.objects.get(pk=link.pk).leased_to) == (204, None)


def test_queue_next_takes_filters_from_the_query_string(checker):
    ClaimLinkFactory(priority=9)
    wanted = ClaimLinkFactory(relation="corroborates", priority=1)
    taken = api_client(checker).post("/api/v1/queue/next/?relation=corroborates")
    assert taken.json()["id"] == wanted.pk


def test_queue_next_with_a_bad_filter_is_a_400(checker):
    response = api_client(checker).post("/api/v1/queue/next/?score_min=many")
    assert (response.status_code, response.json()) == (
        400,
        error("invalid", "invalid value for score", {"score": ["Enter a number."]}),
    )


def test_deciding_creates_a_review_and_a_second_decision_is_a_409(checker):
    link = ClaimLinkFactory()
    client = api_client(checker)
    client.post("/api/v1/queue/next/")
    first = review(client, link.pk, decision="corroborates")
    again = review(client, link.pk, decision="unrelated")
    assert first.status_code == 201
    assert {
        k: first.json()[k]
        for k in ("link", "reviewer", "decision", "holds", "is_override", "machine_relation")
    } == {
        "link": link.pk,
        "reviewer": checker.username,
        "decision": "corroborates",
        "holds": "",
        "is_override": False,
        "machine_relation": "contradicts",
    }
    state = {
        "status": "decided",
        "decided_relation": "corroborates",
        "holds": "",
        "leased_to": None,
        "lease_until": None,
    }
    assert (again.status_code, again.json()) == (
        409,
        error("conflict", "this link is already decided", state=state),
    )


def test_an_editor_override_is_another_review(checker):
    link = ClaimLinkFactory()
    client = api_client(checker)
    client.post("/api/v1/queue/next/")
    review(client, link.pk, decision="corroborates")
    override = review(client_for("editor"), link.pk, decision="contradicts", holds="a", override=True)
    history = client_for("reader").get(f"/api/v1/links/{link.pk}/reviews/").json()["results"]
    assert override.status_code == 201
    assert [(r["decision"], r["holds"], r["is_override"]) for r in history] == [
        ("corroborates", "", False),
        ("contradicts", "a", True),
    ]


def test_second_review_through_the_api(checker):
    link = ClaimLinkFactory()
    first, second = api_client(checker), client_for("fact-checker")
    first.post("/api/v1/queue/next/")
    review(first, link.pk, decision="contradicts", holds="a")
    assert first.post("/api/v1/queue/next/").status_code == 204
    assert second.post("/api/v1/queue/next/").json()["status"] == "second_review"
    review(second, link.pk, decision="contradicts", holds="b")
    disputed = client_for("editor").get("/api/v1/links/", {"status": "disputed"}).json()["results"]
    assert [link_["id"] for link_ in disputed] == [link.pk]


def test_a_contradiction_needs_the_side_that_holds(checker):
    link = ClaimLinkFactory()
    client = api_client(checker)
    client.post("/api/v1/queue/next/")
    response = review(client, link.pk, decision="contradicts")
    assert (response.status_code, response.json()) == (
        400,
        error(
            "invalid",
            "invalid value for holds",
            {"holds": ["a contradiction needs which side holds: a, b, neither, unknown"]},
        ),
    )


def test_bulk_decide_by_an_editor():
    links = [ClaimLinkFactory(relation="corroborates") for _ in range(2)]
    response = client_for("editor").post(
        "/api/v1/links/bulk-decide/",
        {"link_ids": [link.pk for link in links], "decision": "corroborates", "note": "نفس الحدث"},
        format="json",
    )
    assert response.status_code == 201
    assert [(r["link"], r["is_override"], r["note"]) for r in response.json()] == [
        (links[0].pk, True, "نفس الحدث"),
        (links[1].pk, True, "نفس الحدث"),
    ]
    assert Review.objects.count() == 2


def test_reviews_of_an_unknown_link_are_a_404():
    assert client_for("reader").get("/api/v1/links/999/reviews/").status_code == 404


NINETEEN = {"a": "19 مدنياً", "b": "23 مدنياً", "a_value": 19, "b_value": 23}
TWENTY_THREE_FIRST = {"a": "23 مدنياً", "b": "19 مدنياً", "a_value": 23, "b_value": 19}


@pytest.mark.parametrize(
    ("stored", "named"), [(NINETEEN, True), (NINETEEN, False), (TWENTY_THREE_FIRST, False)]
)
def test_link_detail_evidence_sides_are_claim_a_and_claim_b(stored, named):
    link = ClaimLinkFactory(
        claim_a=ClaimFactory(text="قتل 19 مدنياً في ريف إدلب"),
        claim_b=ClaimFactory(text="قتل 23 مدنياً في ريف إدلب"),
    )
    ids = [link.claim_a_id, link.claim_b_id]
    evidence = {"number_conflicts": [stored], **({"claims": ids} if named else {})}
    ClaimLink.objects.filter(pk=link.pk).update(evidence=evidence)
    body = client_for("reader").get(f"/api/v1/links/{link.pk}/").json()
    assert body["evidence"] == {"number_conflicts": [NINETEEN], "claims": ids}


def test_review_evidence_sides_are_claim_a_and_claim_b_in_link_detail_and_history(checker):
    link = ClaimLinkFactory(
        claim_a=ClaimFactory(text="قتل 19 مدنياً في ريف إدلب"),
        claim_b=ClaimFactory(text="قتل 23 مدنياً في ريف إدلب"),
    )
    ClaimLink.objects.filter(pk=link.pk).update(evidence={"number_conflicts": [TWENTY_THREE_FIRST]})
    client = api_client(checker)
    client.post("/api/v1/queue/next/")
    posted = review(client, link.pk, decision="contradicts", holds="a").json()
    detail = client_for("reader").get(f"/api/v1/links/{link.pk}/").json()
    history = client_for("reader").get(f"/api/v1/links/{link.pk}/reviews/").json()
    expected = {"number_conflicts": [NINETEEN], "claims": [link.claim_a_id, link.claim_b_id]}
    assert [
        posted["machine_evidence"],
        detail["reviews"][0]["machine_evidence"],
        history["results"][0]["machine_evidence"],
    ] == [expected] * 3
