"""A reader's first page: contested reports, confirmed contradictions, sources by credibility, latest articles."""

import re

from django.urls import reverse

from claims.models import LinkStatus
from tests.factories import ArticleFactory, FlagFactory, SourceFactory
from tests.frontend.data import contradiction


def _section(html: str, title_id: str) -> str:
    return html.split(f'id="{title_id}"')[1].split("</section>")[0]


def _links(html: str, prefix: str) -> list[str]:
    return re.findall(rf'<a href="/{prefix}/(\d+)/', html)


def test_a_reader_lands_on_an_overview_not_on_a_queue_they_cannot_work(client_as):
    decided = contradiction(status=LinkStatus.DECIDED, decided_relation="contradicts", holds="a")
    contradiction()
    flagged = FlagFactory(article=ArticleFactory(title="تقرير موضع خلاف")).article
    low = SourceFactory(name="مصدر ضعيف", score=0.2, score_low=0.1, score_high=0.3)
    high = SourceFactory(name="مصدر موثوق", score=0.9, score_low=0.8, score_high=0.95)
    SourceFactory(name="مصدر بلا درجة")
    html = client_as("reader", language="en").get(reverse("frontend:queue")).content.decode()
    assert "<h1>Overview</h1>" in html
    assert 'id="decision-form"' not in html and 'data-key="t"' not in html
    contested = {int(pk) for pk in _links(_section(html, "contested-title"), "articles")}
    assert contested == {flagged.pk, decided.claim_a.article_id, decided.claim_b.article_id}
    assert _links(_section(html, "contradictions-title"), "pairs") == [str(decided.pk)]
    assert _links(_section(html, "sources-title"), "sources") == [str(high.pk), str(low.pk)]
    assert len(_links(_section(html, "articles-title"), "articles")) == 5


def test_fact_checkers_still_land_on_the_queue(client_as):
    html = client_as("fact-checker", language="en").get(reverse("frontend:queue")).content.decode()
    assert "<h1>Review queue</h1>" in html


def test_a_reader_may_open_the_contested_reports_as_the_api_allows(client_as):
    FlagFactory()
    assert client_as("reader").get(reverse("frontend:contested")).status_code == 200
