"""Sources: sorting, the credibility chart, merging and undoing."""

from django.urls import reverse

from sources.models import Source
from tests.factories import SourceFactory
from tests.frontend.data import contradiction


def _names(html: str, names: list[str]) -> list[str]:
    return sorted(names, key=html.index)


def test_sources_sort_by_score_with_unscored_last(client_as):
    SourceFactory(name="ب", score=0.2, score_low=0.1, score_high=0.4)
    SourceFactory(name="أ", score=0.9, score_low=0.7, score_high=0.95)
    SourceFactory(name="ج")
    html = client_as("reader").get(reverse("frontend:sources"), {"ordering": "-score"}).content.decode()
    assert _names(html, [">أ<", ">ب<", ">ج<"]) == [">أ<", ">ب<", ">ج<"]
    assert "0.70–0.95" in html


def test_sort_header_links_reverse_the_current_order(client_as):
    SourceFactory()
    html = client_as("reader").get(reverse("frontend:sources"), {"ordering": "-score"}).content.decode()
    assert 'href="?ordering=score"' in html


def test_source_detail_draws_its_history(client_as):
    source = SourceFactory(score=0.6, score_low=0.4, score_high=0.8)
    source.history.create(score=0.5, low=0.3, high=0.7)
    source.history.create(score=0.6, low=0.4, high=0.8)
    html = client_as("reader").get(reverse("frontend:source", args=[source.pk])).content.decode()
    assert html.count('<circle class="chart-dot"') == 2
    assert '<span class="badge badge-mid"' in html


def test_source_detail_lists_its_claims_and_decided_outcomes(client_as):
    link = contradiction(status="decided", decided_relation="contradicts", holds="a")
    html = (
        client_as("reader", language="en")
        .get(reverse("frontend:source", args=[link.claim_b.source_id]))
        .content.decode()
    )
    assert link.claim_b.text[:40] in html
    assert "<td><strong>refuted</strong></td>" in html


def test_editor_merges_a_source_and_undoes_it(client_as):
    target, merged = SourceFactory(name="الهدف"), SourceFactory(name="المدمج")
    client = client_as("editor")
    response = client.post(reverse("frontend:merge", args=[target.pk]), {"merged": merged.pk})
    assert response["Location"] == reverse("frontend:source", args=[target.pk])
    assert Source.objects.get(pk=merged.pk).merged_into_id == target.pk
    record = target.merges_in.get()
    client.post(reverse("frontend:merge_undo", args=[target.pk, record.pk]))
    assert Source.objects.get(pk=merged.pk).merged_into_id is None


def test_merging_a_source_into_itself_is_refused_with_a_message(client_as):
    source = SourceFactory()
    response = client_as("editor").post(
        reverse("frontend:merge", args=[source.pk]), {"merged": source.pk}, follow=True
    )
    assert 'class="msg msg-error"' in response.content.decode()
    assert source.merges_in.count() == 0
