"""Claim search (?q=) finds a word in any of its Arabic spellings and ranks whole words and phrases first."""

import importlib

import pytest
from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.models import Claim, Status, search_text
from claims.services import article_segment
from claims.services.link import claims_create
from tests.api import client_for
from tests.factories import ArticleFactory, ClaimFactory

pytestmark = pytest.mark.django_db

TEXTS = {
    "idlib with hamza": "قال المرصد إن 27 مدنياً قتلوا في قصف على إدلب",
    "idlib without hamza": "أفادت مصادر بسقوط قذائف على مدينة ادلب",
    "alef maqsura": "استهدفت الغارة مستشفى أريحا",
    "indic digits and diacritics": "قُتِلَ ٢٧ شخصاً في الغارة",
    "tatweel": "وصل الـــمرصد إلى حلب",
    "a longer number": "أطلق 270 صاروخاً في يوم",
}


@pytest.fixture
def claims() -> dict[str, int]:
    """The claims of TEXTS, stored as the pipeline stores them (claims_create)."""
    article = ArticleFactory()
    built = [
        ClaimFactory.build(article=article, index=i, text=text, source=None)
        for i, text in enumerate(TEXTS.values())
    ]
    for claim in built:
        claim.search_text = ""
    created = claims_create(built)
    return {name: claim.pk for name, claim in zip(TEXTS, created, strict=True)}


def search(**params) -> list[int]:
    response = client_for("reader").get("/api/v1/claims/", params)
    assert response.status_code == 200, response.json()
    return [claim["id"] for claim in response.json()["results"]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("إدلب", ["idlib without hamza", "idlib with hamza"]),
        ("ادلب", ["idlib without hamza", "idlib with hamza"]),
        ("أدلب", ["idlib without hamza", "idlib with hamza"]),
        ("٢٧", ["indic digits and diacritics", "idlib with hamza"]),
        ("27", ["indic digits and diacritics", "idlib with hamza"]),
        ("مدينه", ["idlib without hamza"]),
        ("مستشفي", ["alef maqsura"]),
        ("أريحا", ["alef maqsura"]),
        ("المرصد", ["tatweel", "idlib with hamza"]),
        ("المـــرصد", ["tatweel", "idlib with hamza"]),
        ("قتل", ["indic digits and diacritics", "idlib with hamza"]),
        ("قُتِلَ", ["indic digits and diacritics", "idlib with hamza"]),
        ("الغارة شخصا", ["indic digits and diacritics"]),
        ("٢٧٠", ["a longer number"]),
        ("في", ["a longer number", "indic digits and diacritics", "idlib with hamza"]),
        ("  ", list(reversed(TEXTS))),
        ("حماة", []),
    ],
)
def test_search_folds_arabic_spellings(claims, query, expected):
    assert search(q=query) == [claims[name] for name in expected]


RANKED = [
    "سقطت قذائف على بلدة في ريف ادلب الجنوبي",
    "قال ناشطون من مدينة إدلبية إن القصف استمر",
    "نزح الأهالي من إدلب",
    "دارت معارك في إدلب وريف حماة",
]


@pytest.fixture
def ranked() -> list[int]:
    article = ArticleFactory()
    return [
        claim.pk
        for claim in claims_create(
            [ClaimFactory.build(article=article, index=i, text=t, source=None) for i, t in enumerate(RANKED)]
        )
    ]


def test_a_whole_word_ranks_before_the_same_letters_inside_a_word_then_newest_first(ranked):
    assert search(q="إدلب") == [ranked[3], ranked[2], ranked[0], ranked[1]]


def test_a_phrase_ranks_before_its_words_apart(ranked):
    assert search(q="ريف إدلب") == [ranked[0], ranked[3]]


def test_ranked_results_page_by_cursor_in_rank_order(ranked):
    client = client_for("reader")
    page = client.get("/api/v1/claims/", {"q": "ادلب", "page_size": 1}).json()
    seen = [claim["id"] for claim in page["results"]]
    while page["next"]:
        page = client.get(page["next"]).json()
        seen += [claim["id"] for claim in page["results"]]
    assert seen == search(q="ادلب") == [ranked[3], ranked[2], ranked[0], ranked[1]]


def test_segmented_claims_are_searchable(registry):
    body = "قال المرصد السوري لحقوق الإنسان إن 19 مدنياً قتلوا في قصف على ريف إدلب."
    article = ArticleFactory(body=body, status=Status.PENDING)
    assert article_segment(article_id=article.pk)
    assert list(Claim.objects.values_list("search_text", flat=True)) == [
        " 19 مدنيا قتلوا في قصف علي ريف ادلب "
    ]
    assert search(q="ادلب", article=article.pk) == [Claim.objects.get().pk]


def test_a_word_with_the_article_is_found_with_it_whatever_the_index_reads():
    """The index is read for «مرصد», «حي» is too short to be read without «ال»: every claim found
    still holds the word with its article, whole or inside a longer word."""
    article = ArticleFactory()
    texts = [
        "قال المرصد إن القصف استمر",
        "سجل مرصد الزلازل هزة",
        "وقال والمرصد",
        "قصف في الحي الشرقي",
        "حي الشرقي",
    ]
    ids = [
        claim.pk
        for claim in claims_create(
            [ClaimFactory.build(article=article, index=i, text=t, source=None) for i, t in enumerate(texts)]
        )
    ]
    assert [search(q="المرصد"), search(q="الحي الشرقي"), search(q="مرصد")] == [
        [ids[0], ids[2]],
        [ids[3]],
        [ids[1], ids[2], ids[0]],
    ]


@pytest.mark.parametrize("count", [1, 3])
def test_search_asks_the_database_as_often_for_1_and_3_matches(count):
    ClaimFactory.create_batch(count, text="قصف على إدلب")
    client = client_for("reader")
    client.get("/api/v1/claims/")  # authenticate once, outside the count
    with CaptureQueriesContext(connection) as queries:
        assert len(client.get("/api/v1/claims/", {"q": "ادلب"}).json()["results"]) == count
    # The newest claim's id (where ranking stops), the page's ids, then its rows with their joins by id
    # (claims.filters.claims_matching, config.api.SearchParts).
    assert len(queries) == 5


def test_the_migration_folds_the_text_of_claims_and_titles_already_stored():
    article = ArticleFactory(title="تقريرٌ عن إدلب", search_title="")
    claim = ClaimFactory(article=article, text="قُتل ٢٧ مدنياً في إدلب", search_text="")
    migration = importlib.import_module("claims.migrations.0006_claim_search_text")
    migration.fill(apps, None)
    claim.refresh_from_db()
    claim.article.refresh_from_db()
    assert (claim.search_text, claim.article.search_title) == (" قتل 27 مدنيا في ادلب ", " تقرير عن ادلب ")


def test_article_search_folds_the_title_as_claim_search_folds_the_text():
    hamza = ArticleFactory(title="قصف على مستشفى في إدلب")
    plain = ArticleFactory(title="غارات على ادلب وريفها")
    ArticleFactory(title="معارك في حماة")

    def titles(query: str) -> list[int]:
        return [
            a["id"] for a in client_for("reader").get("/api/v1/articles/", {"q": query}).json()["results"]
        ]

    assert [titles("إدلب"), titles("ادلب"), titles("مستشفي إدلب")] == [
        [plain.pk, hamza.pk],
        [plain.pk, hamza.pk],
        [hamza.pk],
    ]


def test_ingested_articles_are_searchable_by_title():
    response = client_for("fact-checker").post(
        "/api/v1/articles/", {"body": "نص التقرير", "title": "قصفٌ على مدينةِ إدلب"}, format="json"
    )
    assert response.status_code == 201
    assert [
        a["id"] for a in client_for("reader").get("/api/v1/articles/", {"q": "مدينه ادلب"}).json()["results"]
    ] == [response.json()["article"]["id"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("في إدلب، ٢٧ قتيلاً", " في ادلب ، 27 قتيلا "),
        ("الـــمرصدُ «السوريّ»", " المرصد « السوري » "),
        ("", ""),
        (" \u200f\u0640 ", ""),
    ],
)
def test_search_text_is_the_folded_tokens_between_spaces_and_empty_for_no_words(text, expected):
    assert search_text(text) == expected
