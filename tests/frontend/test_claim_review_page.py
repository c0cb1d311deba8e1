"""The public page of a reviewed claim: no login, Arabic right to left by default, English on request."""

import json
import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.factories import ClaimLinkFactory, FlagFactory, SourceFactory
from tests.reviewed import claim_in, decide

pytestmark = pytest.mark.django_db


@pytest.fixture
def reviewed():
    sohr = SourceFactory(name="المرصد السوري لحقوق الإنسان", name_en="SOHR")
    claim = claim_in("عنب بلدي", source=sohr, text="قُتل ٢٧ مدنياً وأُصيب آخرون في قصف على سوق إدلب")
    denial = claim_in("سبوتنيك", text="نفت وزارة الدفاع الروسية قصف أي سوق في إدلب")
    backer = claim_in("تلفزيون سوريا", text="مقتل 27 مدنياً بقصف سوق في مدينة إدلب")
    decide(claim, denial, "contradicts", winner=claim)
    decide(claim, backer, "corroborates")
    return claim


def page(claim_id: int, **params):
    return Client().get(f"/reviews/{claim_id}/", params)


def ld(html: str) -> dict:
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


def test_anyone_reads_a_reviewed_claim_in_arabic_right_to_left(reviewed):
    response = page(reviewed.pk)
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl">' in html
    assert "قُتل ٢٧ مدنياً وأُصيب آخرون في قصف على سوق إدلب" in html
    assert "المرصد السوري لحقوق الإنسان" in html
    assert 'عنب بلدي</span> · <time datetime="2018-03-05">2018-03-05</time>' in html
    assert f'href="{reviewed.article.url}"' in html
    assert "صحيح" in html and "تدقيق ادعاء" in html
    assert "نفت وزارة الدفاع الروسية قصف أي سوق في إدلب" in html
    assert "مقتل 27 مدنياً بقصف سوق في مدينة إدلب" in html
    switch = f'<a class="link" href="/reviews/{reviewed.pk}/?lang=en" lang="en" dir="ltr" hreflang="en">'
    assert switch + "English</a>" in html


def test_the_english_page_is_left_to_right_with_english_names(reviewed):
    html = page(reviewed.pk, lang="en").content.decode()
    assert '<html lang="en" dir="ltr">' in html
    assert "Fact check" in html and "Upheld" in html and "Contradicting claims" in html
    assert "قُتل ٢٧ مدنياً وأُصيب آخرون في قصف على سوق إدلب" in html
    assert ld(html)["reviewRating"]["alternateName"] == "Upheld"


def test_the_page_carries_its_claimreview_whose_url_is_the_page(reviewed):
    review = ld(page(reviewed.pk).content.decode())
    assert (review["@type"], review["url"], review["reviewRating"]["alternateName"]) == (
        "ClaimReview",
        f"http://testserver/reviews/{reviewed.pk}/",
        "صحيح",
    )
    english = ld(page(reviewed.pk, lang="en").content.decode())
    assert english["url"] == f"http://testserver/reviews/{reviewed.pk}/?lang=en"


def test_the_claimreview_in_the_page_cannot_close_its_script_element():
    claim = claim_in("عنب بلدي", text="قال إن </script><script>alert(1)</script> قتلوا")
    decide(claim, claim_in("سانا"), "contradicts", winner=claim)
    html = page(claim.pk).content.decode()
    assert "<script>alert(1)" not in html
    assert ld(html)["itemReviewed"]["text"] == "قال إن </script><script>alert(1)</script> قتلوا"


def test_claims_without_a_published_review_have_no_page():
    proposed = ClaimLinkFactory(status="second_review", decided_relation="contradicts", holds="a")
    unrelated = decide(claim_in("عنب بلدي"), claim_in("سانا"), "unrelated")
    same_outlet = decide(claim_in("الجزيرة"), claim_in("الجزيرة"), "corroborates")
    flagged = claim_in("عنب بلدي")
    decide(flagged, claim_in("سانا"), "contradicts", winner=flagged)
    FlagFactory(article=flagged.article)
    ids = [proposed.claim_a_id, unrelated.claim_a_id, same_outlet.claim_a_id, flagged.pk, 999999]
    assert [page(pk).status_code for pk in ids] == [404] * 5


def _queries(claim_id: int) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert page(claim_id).status_code == 200
    return len(captured)


def test_page_queries_stay_the_same_as_decisions_grow(reviewed):
    one = _queries(reviewed.pk)
    for publisher in ("الجزيرة", "العربية", "سانا"):
        decide(reviewed, claim_in(publisher), "corroborates")
    assert (one, _queries(reviewed.pk)) == (3, 3)
