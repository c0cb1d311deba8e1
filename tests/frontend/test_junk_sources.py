"""The article's sources panel hides junk mentions; an editor merges or deletes them in two clicks."""

from django.urls import reverse

from claims.models import Claim
from sources.models import Source, SourceMerge
from tests.factories import ArticleFactory, ClaimFactory, SourceFactory


def _article_with_junk():
    article = ArticleFactory()
    right = SourceFactory(name="المرصد السوري لحقوق الإنسان")
    found, site = SourceFactory(name="عثر"), SourceFactory(name="الموقع")
    for source in (right, found, site, right):
        ClaimFactory(article=article, source=source)
    return article, right, found, site


def test_panel_hides_junk_and_counts_it(client_as):
    article, right, found, site = _article_with_junk()
    html = (
        client_as("reader", language="en")
        .get(reverse("frontend:article", args=[article.pk]))
        .content.decode()
    )
    panel = html[html.index('id="sources-panel"') : html.index('id="flags"')]
    assert right.name in panel
    assert "2 unresolved mentions hidden" in panel
    assert ">عثر<" not in panel
    assert reverse("frontend:merge_into", args=[found.pk]) not in html
    assert reverse("frontend:source_delete", args=[found.pk]) not in html


def test_editor_can_expand_hidden_mentions_and_merge_or_delete_them(client_as):
    article, right, found, site = _article_with_junk()
    html = (
        client_as("editor", language="en")
        .get(reverse("frontend:article", args=[article.pk]))
        .content.decode()
    )
    assert "<summary>2 unresolved mentions hidden</summary>" in html
    for junk in (found, site):
        assert f'action="{reverse("frontend:merge_into", args=[junk.pk])}"' in html
        assert f'action="{reverse("frontend:source_delete", args=[junk.pk])}"' in html
    assert f'<option value="{right.pk}">{right.name}</option>' in html


def test_panel_merge_goes_back_to_the_article_and_offers_the_undo(client_as):
    article, right, found, site = _article_with_junk()
    client = client_as("editor", language="en")
    page = reverse("frontend:article", args=[article.pk])
    response = client.post(
        reverse("frontend:merge_into", args=[found.pk]), {"target": right.pk, "next": page + "#sources-panel"}
    )
    assert response["Location"] == page + "#sources-panel"
    assert Source.objects.get(pk=found.pk).merged_into_id == right.pk
    html = client.get(page).content.decode()
    assert "1 unresolved mention hidden" in html
    merge = SourceMerge.objects.get()
    undo = reverse("frontend:merge_undo", args=[right.pk, merge.pk])
    assert f'action="{undo}"' in html
    assert client.post(undo, {"next": page})["Location"] == page
    assert Source.objects.get(pk=found.pk).merged_into_id is None
    assert Claim.objects.filter(source=found).count() == 1


def test_panel_delete_keeps_the_claims_unattributed(client_as):
    article, right, found, site = _article_with_junk()
    claim = Claim.objects.get(source=site)
    page = reverse("frontend:article", args=[article.pk])
    response = client_as("editor").post(reverse("frontend:source_delete", args=[site.pk]), {"next": page})
    assert response["Location"] == page
    assert Source.objects.filter(pk=site.pk).exists() is False
    assert Claim.objects.get(pk=claim.pk).source_id is None


def test_source_page_merges_a_junk_source_into_the_one_cited_beside_it(client_as):
    article, right, found, site = _article_with_junk()
    client = client_as("editor", language="en")
    html = client.get(reverse("frontend:source", args=[found.pk])).content.decode()
    assert 'id="junk-tag"' in html
    assert f'<optgroup label="Cited in the same articles"><option value="{right.pk}">' in html
    response = client.post(reverse("frontend:merge_into", args=[found.pk]), {"target": right.pk})
    assert response["Location"] == reverse("frontend:source", args=[right.pk])
    assert Claim.objects.filter(source=right).count() == 3


def test_source_page_deletes_reattaching_claims_to_the_source_chosen(client_as):
    article, right, found, site = _article_with_junk()
    response = client_as("editor").post(
        reverse("frontend:source_delete", args=[site.pk]), {"reattach_to": right.pk}
    )
    assert response["Location"] == reverse("frontend:sources")
    assert Claim.objects.filter(source=right).count() == 3


def test_readers_cannot_merge_or_delete(client_as):
    article, right, found, site = _article_with_junk()
    client = client_as("reader")
    html = client.get(reverse("frontend:source", args=[found.pk])).content.decode()
    assert reverse("frontend:source_delete", args=[found.pk]) not in html
    assert client.post(reverse("frontend:source_delete", args=[found.pk])).status_code == 403
    assert (
        client.post(reverse("frontend:merge_into", args=[found.pk]), {"target": right.pk}).status_code == 403
    )
    assert Source.objects.filter(pk=found.pk, merged_into=None).exists()


def test_deleting_a_source_with_merges_is_refused_with_a_message_in_arabic(client_as):
    article, right, found, site = _article_with_junk()
    client = client_as("editor")
    client.post(reverse("frontend:merge_into", args=[found.pk]), {"target": site.pk})
    response = client.post(reverse("frontend:source_delete", args=[site.pk]), follow=True)
    assert "يُدمج مصدر السجل" in response.content.decode()
    assert Source.objects.filter(pk=site.pk).exists()
