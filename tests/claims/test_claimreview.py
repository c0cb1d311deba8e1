"""One ClaimReview per reviewed claim, rated from all its decided links, checked with a JSON-LD processor."""

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from pyld import jsonld

from tests.api import client_for
from tests.factories import ArticleFactory, ClaimFactory, ClaimLinkFactory, FlagFactory, SourceFactory
from tests.reviewed import claim_in, decide

pytestmark = pytest.mark.django_db

SCHEMA = "http://schema.org/"
SCHEMA_CONTEXT = json.loads((Path(__file__).parent / "data" / "schemaorg-context.jsonld").read_text())
EXPORT = "/api/v1/export/claimreview.jsonld"


def offline_loader(url: str, options=None) -> dict:
    """Serves the bundled schema.org context; any other address is a test failure, not a download."""
    assert url.rstrip("/") in ("https://schema.org", "http://schema.org"), url
    return {"contextUrl": None, "documentUrl": url, "document": SCHEMA_CONTEXT}


def export(**params) -> list[dict]:
    response = client_for("reader").get(EXPORT, params)
    assert response.status_code == 200
    return json.loads(b"".join(response.streaming_content).decode())


def by_claim(reviews: list[dict]) -> dict[str, dict]:
    return {review["itemReviewed"]["text"]: review for review in reviews}


def values(node: dict, prop: str) -> list:
    return [item.get("@value", item.get("@id")) for item in node.get(SCHEMA + prop, [])]


def test_expanded_claimreview_has_its_type_rating_dates_and_appearances():
    sohr = SourceFactory(name="المرصد السوري لحقوق الإنسان", name_en="SOHR")
    claim = claim_in("عنب بلدي", source=sohr, text="قتل 19 مدنياً في قصف على إدلب")
    copy = claim_in("الجزيرة", source=sohr, day=4, text="مقتل 19 مدنياً بقصف على إدلب")
    decide(claim, copy, "corroborates")
    decide(claim, claim_in("سبوتنيك", text="لم يقتل أي مدني في إدلب"), "contradicts", winner=claim)
    [document] = [r for r in export() if r["itemReviewed"]["text"] == claim.text]

    [review] = jsonld.expand(document, {"documentLoader": offline_loader})
    [rating] = review[SCHEMA + "reviewRating"]
    [item] = review[SCHEMA + "itemReviewed"]
    [first] = item[SCHEMA + "firstAppearance"]
    assert review["@type"] == [SCHEMA + "ClaimReview"]
    assert values(review, "url") == [f"http://testserver/reviews/{claim.pk}/"]
    assert values(review, "datePublished") == ["2018-03-07"]
    assert (rating["@type"], values(rating, "ratingValue"), values(rating, "alternateName")) == (
        [SCHEMA + "Rating"],
        [5],
        ["صحيح"],
    )
    assert (values(rating, "bestRating"), values(rating, "worstRating")) == ([5], [1])
    assert item["@type"] == [SCHEMA + "Claim"]
    assert values(item, "datePublished") == ["2018-03-05"]
    assert values(first, "url") == [copy.article.url]
    assert [values(a, "url") + values(a, "datePublished") for a in item[SCHEMA + "appearance"]] == [
        [copy.article.url, "2018-03-04"],
        [claim.article.url, "2018-03-05"],
    ]
    assert [values(a, "name") for a in item[SCHEMA + "author"]] == [["المرصد السوري لحقوق الإنسان"]]


def test_a_claim_with_conflicting_decided_links_gets_one_disputed_review():
    claim = claim_in("عنب بلدي", text="قتل 20 مدنياً في قصف على سوق معرة النعمان")
    winner = claim_in("سبوتنيك", text="قتل 27 مدنياً في قصف على سوق معرة النعمان")
    backer = claim_in("تلفزيون سوريا", text="قتل 20 شخصاً في قصف السوق")
    decide(claim, winner, "contradicts", winner=winner)
    decide(claim, backer, "corroborates", at=datetime(2018, 3, 9, tzinfo=UTC))
    reviews = by_claim(export())
    mine = [review for review in export() if review["url"].endswith(f"/reviews/{claim.pk}/")]
    assert len(mine) == 1
    assert mine[0]["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 3,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "متنازع عليه",
    }
    assert mine[0]["datePublished"] == "2018-03-09"
    assert {text: r["reviewRating"]["alternateName"] for text, r in reviews.items()} == {
        claim.text: "متنازع عليه",
        winner.text: "صحيح",
        backer.text: "تؤكده مصادر مستقلة",
    }


def test_a_contradiction_neither_side_wins_refutes_both():
    first, second = claim_in("عنب بلدي"), claim_in("سانا")
    decide(first, second, "contradicts", winner=None)
    assert [r["reviewRating"]["ratingValue"] for r in export()] == [1, 1]


def test_undecided_and_unrated_links_give_no_review():
    ClaimLinkFactory(status="proposed")
    ClaimLinkFactory(status="second_review", decided_relation="contradicts", holds="a")
    ClaimLinkFactory(status="disputed", decided_relation="contradicts", holds="a")
    decide(claim_in("عنب بلدي"), claim_in("سانا"), "unrelated")
    ClaimLinkFactory(status="decided", decided_relation="contradicts", holds="unknown")
    assert export() == []


def test_a_corroboration_by_the_same_outlet_or_source_repeats_the_claim_and_rates_nothing():
    sohr = SourceFactory(name="المرصد السوري لحقوق الإنسان")
    decide(claim_in("عنب بلدي"), claim_in("عنب بلدي"), "corroborates")
    decide(claim_in("الجزيرة", source=sohr), claim_in("العربية", source=sohr), "corroborates")
    assert export() == []


def test_a_corroboration_by_a_wire_copy_repeats_the_claim_and_rates_nothing():
    """Two outlets carry one wire sentence, each naming its own source: still one report."""
    link = decide(claim_in("الشرق الأوسط"), claim_in("القدس العربي"), "corroborates")
    assert len(export()) == 2
    link.evidence = {**link.evidence, "copy": True}
    link.save()
    assert export() == []


def test_an_open_flag_on_the_article_withholds_its_claims_reviews_until_resolved():
    kept, flagged = claim_in("عنب بلدي"), claim_in("سانا")
    decide(kept, flagged, "contradicts", winner=kept)
    flag = FlagFactory(article=flagged.article)
    assert [r["itemReviewed"]["text"] for r in export()] == [kept.text]
    flag.state = "resolved"
    flag.save()
    assert len(export()) == 2


def test_arabic_text_hamza_forms_and_arabic_indic_digits_survive_the_export():
    text = "أعلن مسؤولٌ في إدلب أنّ ٢٧ مدنياً قُتلوا وأُصيب ١٤ آخرون في هجوم على مأوى لللاجئين، وسئل عن المسؤولية"
    source = SourceFactory(name="الدفاع المدني السوري «الخوذ البيضاء»", name_en="")
    claim = claim_in("عنب بلدي", source=source, text=text)
    decide(claim, claim_in("سانا"), "contradicts", winner=claim)
    response = client_for("reader").get(EXPORT)
    raw = b"".join(response.streaming_content).decode()
    review = by_claim(json.loads(raw))[text]
    assert text in raw
    assert review["itemReviewed"]["author"]["name"] == "الدفاع المدني السوري «الخوذ البيضاء»"
    assert review["claimReviewed"] == "أعلن مسؤولٌ في إدلب أنّ ٢٧ مدنياً قُتلوا وأُصيب ١٤ آخرون في هجوم على مأوى…"
    assert len(review["claimReviewed"]) <= 75
    assert review["headline"] == (
        "الدفاع المدني السوري «الخوذ البيضاء»: أعلن مسؤولٌ في إدلب أنّ ٢٧ مدنياً قُتلوا وأُصيب ١٤ آخرون في هجوم على…"
    )


def test_a_claim_the_article_makes_itself_is_authored_by_its_publisher():
    claim = ClaimFactory(article=ArticleFactory(publisher="عنب بلدي"), source=None, modality="unattributed")
    decide(claim, claim_in("سانا"), "contradicts", winner=claim)
    assert by_claim(export())[claim.text]["itemReviewed"]["author"] == {
        "@type": "Organization",
        "name": "عنب بلدي",
    }


def test_an_article_without_an_address_is_no_appearance():
    claim = ClaimFactory(article=ArticleFactory(url=None))
    decide(claim, claim_in("سانا"), "contradicts", winner=claim)
    item = by_claim(export())[claim.text]["itemReviewed"]
    assert ("appearance" in item, "firstAppearance" in item, item["datePublished"]) == (
        False,
        False,
        "2018-03-05",
    )


def test_filters_choose_claims_that_are_still_rated_from_all_their_links():
    russian = SourceFactory(affiliation="russian_state")
    claim = claim_in("عنب بلدي")
    decide(claim, claim_in("سبوتنيك", source=russian), "contradicts", winner=claim)
    decide(claim, claim_in("سانا"), "contradicts", winner=None)
    reviews = export(affiliation="russian_state")
    assert [
        r["reviewRating"]["alternateName"] for r in reviews if r["itemReviewed"]["text"] == claim.text
    ] == ["متنازع عليه"]
    assert len(reviews) == 2


def reviewed_claims_with_history():
    """A claim contradicted, corroborated and carried again by its source elsewhere."""
    source = SourceFactory()
    claim = claim_in("عنب بلدي", source=source)
    decide(claim, claim_in("سانا"), "contradicts", winner=claim)
    decide(claim, claim_in("تلفزيون سوريا"), "corroborates")
    decide(claim, claim_in("الجزيرة", source=source), "corroborates")


def export_queries() -> int:
    client = client_for("reader")
    with CaptureQueriesContext(connection) as captured:
        b"".join(client.get(EXPORT).streaming_content)
    return len(captured)


def test_export_queries_stay_the_same_as_reviewed_claims_grow():
    reviewed_claims_with_history()
    one = export_queries()
    for _ in range(4):
        reviewed_claims_with_history()
    assert (one, export_queries()) == (5, 5)
    assert len(export()) == 5 * 3
