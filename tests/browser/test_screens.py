"""Every remaining page at desktop and phone width, in Arabic and in English, for the screenshot set."""

import pytest

from tests.factories import FlagFactory
from tests.frontend.data import contradiction

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _history(source, scores):
    for score in scores:
        source.history.create(score=score, low=max(score - 0.2, 0), high=min(score + 0.2, 1))
    source.score, source.score_low, source.score_high = (
        scores[-1],
        max(scores[-1] - 0.2, 0),
        min(scores[-1] + 0.2, 1),
    )
    source.save()


def test_source_pages(live_server, page, login, shoot):
    link = contradiction()
    _history(link.claim_a.source, [0.5, 0.62, 0.58, 0.71])
    _history(link.claim_b.source, [0.5, 0.35])
    login("editor", "editor")
    page.goto(f"{live_server.url}/sources/?ordering=-score")
    assert page.locator("td.spark svg").count() == 2
    shoot("sources")
    page.goto(f"{live_server.url}/sources/{link.claim_a.source_id}/")
    assert page.locator(".chart-box svg circle").count() == 4
    shoot("source")


def test_english_pages_are_left_to_right(live_server, page, login, shoot):
    link = contradiction()
    FlagFactory(article=link.claim_b.article)
    login("editor", "editor")
    page.click("button[name=language][value=en]")
    page.wait_for_selector("html[lang=en]")
    assert page.get_attribute("html", "dir") == "ltr"
    assert page.inner_text("h1") == "Review queue"
    shoot("queue-en")
    page.goto(f"{live_server.url}/pairs/{link.pk}/")
    shoot("pair-en")
    page.goto(f"{live_server.url}/articles/")
    shoot("articles-en")


def test_public_review_page_without_login(live_server, page, shoot):
    from tests.factories import SourceFactory
    from tests.reviewed import claim_in, decide

    sohr = SourceFactory(name="المرصد السوري لحقوق الإنسان", name_en="SOHR")
    claim = claim_in("عنب بلدي", source=sohr, text="قُتل ٢٧ مدنياً وأُصيب آخرون في قصف على سوق إدلب")
    decide(
        claim,
        claim_in("سبوتنيك", text="نفت وزارة الدفاع الروسية قصف أي سوق في إدلب"),
        "contradicts",
        winner=claim,
    )
    decide(claim, claim_in("تلفزيون سوريا", text="مقتل 27 مدنياً بقصف سوق في مدينة إدلب"), "corroborates")
    page.goto(f"{live_server.url}/reviews/{claim.pk}/")
    assert page.get_attribute("html", "dir") == "rtl"
    assert "٢٧" in page.inner_text("body")
    shoot("review-public")
    page.goto(f"{live_server.url}/reviews/{claim.pk}/?lang=en")
    assert page.get_attribute("html", "dir") == "ltr"
    shoot("review-public-en")
