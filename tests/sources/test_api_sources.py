import pytest

from sources.models import Source, SourceAlias
from tests.api import client_for, error
from tests.factories import ClaimFactory, SourceFactory

pytestmark = pytest.mark.django_db


def names(response) -> list[str]:
    return [source["name"] for source in response.json()["results"]]


def test_sources_order_by_score_with_unscored_last():
    SourceFactory(name="أ", score=None)
    SourceFactory(name="ب", score=0.2)
    SourceFactory(name="ت", score=0.9)
    client = client_for("reader")
    assert names(client.get("/api/v1/sources/", {"ordering": "-score"})) == ["ت", "ب", "أ"]
    assert names(client.get("/api/v1/sources/", {"ordering": "score"})) == ["ب", "ت", "أ"]


def test_sources_order_by_claim_count_and_filter_by_kind_and_affiliation():
    busy = SourceFactory(name="مرصد")
    SourceFactory(name="وكالة")
    SourceFactory(name="وزارة", kind="government", affiliation="pro_government")
    ClaimFactory(source=busy)
    ClaimFactory(source=busy)
    client = client_for("reader")
    assert names(client.get("/api/v1/sources/", {"ordering": "-claim_count", "kind": "monitor"})) == [
        "مرصد",
        "وكالة",
    ]
    assert names(client.get("/api/v1/sources/", {"affiliation": "pro_government"})) == ["وزارة"]


def test_source_search_matches_aliases():
    source = SourceFactory(name="المرصد السوري لحقوق الإنسان")
    SourceAlias.objects.create(source=source, alias="المرصد", key="مرصد")
    SourceFactory(name="سانا")
    assert names(client_for("reader").get("/api/v1/sources/", {"q": "المرصد"})) == [
        "المرصد السوري لحقوق الإنسان"
    ]


def test_source_list_has_score_interval_and_outcome_counts():
    source = SourceFactory(score=0.6)
    source.history.create(score=0.5, low=0.1, high=0.9, upheld=1, refuted=2, corroborated=0)
    source.history.create(score=0.6, low=0.3, high=0.8, upheld=3, refuted=1, corroborated=2)
    Source.objects.filter(pk=source.pk).update(score_low=0.3, score_high=0.8)
    ClaimFactory(source=source)
    row = client_for("reader").get("/api/v1/sources/").json()["results"][0]
    assert {
        k: row[k]
        for k in ("score", "score_low", "score_high", "claim_count", "upheld", "refuted", "corroborated")
    } == {
        "score": 0.6,
        "score_low": 0.3,
        "score_high": 0.8,
        "claim_count": 1,
        "upheld": 3,
        "refuted": 1,
        "corroborated": 2,
    }


def test_source_detail_has_aliases_parent_and_history():
    parent = SourceFactory(name="وزارة الدفاع الروسية")
    source = SourceFactory(name="إيغور كوناشينكوف", parent=parent, kind="person")
    SourceAlias.objects.create(source=source, alias="كوناشينكوف", key="كوناشينكوف")
    source.history.create(score=0.4, low=0.1, high=0.7, refuted=1)
    body = client_for("reader").get(f"/api/v1/sources/{source.pk}/").json()
    assert (body["parent"]["name"], [a["alias"] for a in body["aliases"]], body["merges"]) == (
        "وزارة الدفاع الروسية",
        ["كوناشينكوف"],
        [],
    )
    assert [(h["score"], h["refuted"]) for h in body["history"]] == [(0.4, 1)]


def test_an_editor_merges_sources_and_undoes_the_merge():
    target, merged = SourceFactory(), SourceFactory()
    claim = ClaimFactory(source=merged)
    client = client_for("editor")
    response = client.post(f"/api/v1/sources/{target.pk}/merge/", {"merged_id": merged.pk}, format="json")
    merge = response.json()
    claim.refresh_from_db()
    assert (response.status_code, merge["target"], merge["merged"], claim.source_id) == (
        201,
        target.pk,
        merged.pk,
        target.pk,
    )
    assert client.get(f"/api/v1/sources/{merged.pk}/").status_code == 404
    undone = client.post(f"/api/v1/sources/merges/{merge['id']}/undo/")
    claim.refresh_from_db()
    assert (undone.status_code, claim.source_id) == (204, merged.pk)
    again = client.post(f"/api/v1/sources/merges/{merge['id']}/undo/")
    assert again.status_code == 409


def test_merging_a_source_into_itself_is_a_400():
    source = SourceFactory()
    response = client_for("editor").post(
        f"/api/v1/sources/{source.pk}/merge/", {"merged_id": source.pk}, format="json"
    )
    assert (response.status_code, response.json()) == (
        400,
        error(
            "invalid", "invalid value for merged_id", {"merged_id": ["a source cannot be merged into itself"]}
        ),
    )


def test_an_editor_adds_an_alias_and_one_naming_another_source_is_a_409():
    source, other = SourceFactory(), SourceFactory()
    client = client_for("editor")
    created = client.post(f"/api/v1/sources/{source.pk}/aliases/", {"alias": "المرصد"}, format="json")
    taken = client.post(f"/api/v1/sources/{other.pk}/aliases/", {"alias": "المرصد"}, format="json")
    assert (created.status_code, created.json()["alias"], created.json()["source"]) == (
        201,
        "المرصد",
        source.pk,
    )
    assert (taken.status_code, taken.json()["error"]["state"]) == (
        409,
        {"alias": "المرصد", "source": source.pk},
    )
