"""Markup, template syntax, SQL and bidi controls in article text: stored verbatim, returned verbatim
as JSON, shown as text (escaped, isolated) in the pages."""

import io
import json

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from claims.models import Article
from claims.services import article_link, article_segment
from claims.text.normalize import normalize_key
from tests.api import client_for
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert('x')</script>"
INJECTIONS = (
    f"{SCRIPT} <img src=x onerror=alert(1)> {{{{ 7*7 }}}} {{% debug %}} '; DROP TABLE claims_article; --"
)
HOSTILE = {
    "url": "https://example.org/a?q=<script>alert(1)</script>&t={{7*7}}&s=';--",
    "title": f"عنوان {INJECTIONS}",
    "publisher": f"<b>ناشر</b> {INJECTIONS}",
    "body": (
        f"قال المرصد السوري لحقوق الإنسان إن 19 مدنياً قتلوا {INJECTIONS} في إدلب. "
        f"وأفادت مصادر محلية بأن {SCRIPT} القصف استهدف سوقاً شعبياً {{{{ 7*7 }}}}."
    ),
}
# Right-to-left override, zero-width space/joiner/non-joiner, isolates, RLM, BOM inside Arabic text.
INVISIBLE = "\u202e\u200b\u200c\u200d\u2067\u2069\u200f\ufeff"
CLEAN = "قال المرصد السوري لحقوق الإنسان إن 19 مدنياً قتلوا في قصف على ريف إدلب."
OBFUSCATED = "قال المرصد\u202e السوري لحقوق\u200b الإنسان\u200d إن 19\u2067 مدنياً\u2069 قتلوا في قصف\u200f على ريف إدلب.\ufeff"


@pytest.fixture
def reader() -> Client:
    client = Client()
    client.force_login(UserFactory(role="reader"))
    return client


def stored(article: Article) -> dict:
    return {name: getattr(article, name) for name in ("url", "title", "publisher", "body")}


def process(article_id: int) -> None:
    article_segment(article_id=article_id)
    offset = 0
    while offset is not None:
        offset = article_link(article_id=article_id, offset=offset)


def test_the_api_stores_and_returns_every_field_verbatim():
    client = client_for("fact-checker")
    created = client.post("/api/v1/articles/", HOSTILE, format="json")
    article = Article.objects.get()
    process(article.pk)
    detail = client.get(f"/api/v1/articles/{article.pk}/")
    assert created.status_code == 201
    assert stored(article) == HOSTILE
    assert {name: detail.json()[name] for name in HOSTILE} == HOSTILE
    assert detail["Content-Type"] == "application/json"
    claims = detail.json()["claims"]["results"]
    assert claims and all(c["text"] == HOSTILE["body"][c["start"] : c["end"]] for c in claims)


def test_ingest_stores_every_field_verbatim(tmp_path):
    path = tmp_path / "hostile.jsonl"
    path.write_text(json.dumps(HOSTILE), encoding="utf-8")
    call_command("ingest", str(path), "--no-progress", stdout=io.StringIO())
    assert stored(Article.objects.get()) == HOSTILE


def test_the_pages_show_markup_and_template_syntax_as_text(reader):
    client_for("fact-checker").post("/api/v1/articles/", HOSTILE, format="json")
    article = Article.objects.get()
    process(article.pk)
    page = reader.get(reverse("frontend:article", args=[article.pk])).content.decode()
    listing = reader.get(reverse("frontend:articles")).content.decode()
    for html in (page, listing):
        assert "<script>alert(" not in html
        assert "<img src=x" not in html
        assert "<b>ناشر</b>" not in html
        assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
        assert "&#x27;; DROP TABLE claims_article; --" in html
    # Template syntax in data is not evaluated: it shows as written, and no debug dump appears.
    assert "{{ 7*7 }}" in page and "{% debug %}" in page and "(built-in)&gt;" not in page
    assert (
        'href="https://example.org/a?q=&lt;script&gt;alert(1)&lt;/script&gt;&amp;t={{7*7}}&amp;s=&#x27;;--"'
        in page
    )
    assert Article.objects.count() == 1  # the table is still there


def test_bidi_controls_and_zero_width_characters_are_stored_but_ignored_when_comparing():
    """They are legitimate in Arabic text (RLM, ZWNJ), so they are kept as written; the normalized
    form drops them, so an obfuscated copy of a report is recognised as the same report."""
    client = client_for("fact-checker")
    first = client.post(
        "/api/v1/articles/", {"body": OBFUSCATED, "title": f"{INVISIBLE}عنوان"}, format="json"
    )
    again = client.post("/api/v1/articles/", {"body": CLEAN}, format="json")
    article = Article.objects.get()
    assert (first.status_code, article.body, article.title) == (201, OBFUSCATED, f"{INVISIBLE}عنوان")
    assert normalize_key(OBFUSCATED) == normalize_key(CLEAN)
    assert (again.status_code, again.json()["reason"]) == (200, f"same content as article {article.pk}")


def test_a_bidi_override_in_a_title_or_publisher_stays_inside_its_own_element(reader):
    """An unclosed U+202E would reverse the text after it up to the end of its paragraph; the pages
    put stored text in elements with dir="auto" or in <bdi>, which isolate it, and leave the
    controls out of titles and article text, where they could make a number read backwards."""
    title, publisher = "\u202eعنوان مقلوب", "\u202eناشر"
    client_for("fact-checker").post(
        "/api/v1/articles/", {"body": CLEAN, "title": title, "publisher": publisher}, format="json"
    )
    article = Article.objects.get()
    page = reader.get(reverse("frontend:article", args=[article.pk])).content.decode()
    listing = reader.get(reverse("frontend:articles")).content.decode()
    assert '<h1 dir="auto">عنوان مقلوب</h1>' in page
    assert f"<bdi>{publisher}</bdi>" in page
    assert 'dir="auto">عنوان مقلوب</a>' in listing
    assert f'dir="auto">{publisher}</td>' in listing
