"""The fact-checker's and editor's main flows in Chromium, with screenshots of every page."""

import json

import pytest

from claims.models import Flag, Review
from sources.models import Source
from tests.factories import ArticleFactory
from tests.frontend.data import contradiction, placed_claim

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _badge(page, side: str) -> str:
    return page.inner_text(f"#side-{side}-title + .source .badge")


def test_login_shows_the_arabic_queue(live_server, page, login, shoot):
    page.goto(f"{live_server.url}/login/")
    assert page.get_attribute("html", "dir") == "rtl"
    shoot("login")
    login("factchecker", "fact-checker")
    assert page.inner_text("h1") == "طابور المراجعة"


def test_take_a_pair_and_corroborate_it_with_the_keyboard(live_server, page, login, shoot):
    link = contradiction()
    login("factchecker", "fact-checker")
    shoot("queue")
    page.keyboard.press("t")
    page.wait_for_url(f"{live_server.url}/pairs/{link.pk}/")
    assert _badge(page, "a") == "بلا درجة"
    shoot("pair")
    page.keyboard.press("n")
    page.keyboard.type("المصدران يتفقان على المكان")
    page.keyboard.press("Escape")
    page.keyboard.press("c")
    assert page.inner_text("#pending [data-what]") == "يؤيد"
    page.wait_for_selector(".msg-success")
    assert page.url == f"{live_server.url}/"
    page.goto(f"{live_server.url}/pairs/{link.pk}/")
    assert page.inner_text(".history tbody tr td:nth-child(3)") == "يؤيد"
    assert "المصدران يتفقان على المكان" in page.inner_text(".history")
    assert _badge(page, "a").startswith("المصداقية 0.")
    assert Source.objects.get(pk=link.claim_a.source_id).score is not None
    shoot("pair-decided")


def test_contradiction_needs_a_side_and_takes_it_from_the_keyboard(live_server, page, login, settings):
    settings.REVIEW_SECOND_OPINION = False
    link = contradiction()
    login("factchecker", "fact-checker")
    page.goto(f"{live_server.url}/")
    page.keyboard.press("t")
    page.wait_for_url(f"{live_server.url}/pairs/{link.pk}/")
    page.keyboard.press("x")
    assert page.inner_text("#holds-hint") != ""
    assert Review.objects.count() == 0
    page.keyboard.press("1")
    page.keyboard.press("x")
    page.keyboard.press("Enter")
    page.wait_for_selector(".msg-success")
    assert list(Review.objects.values_list("decision", "holds")) == [("contradicts", "a")]
    page.goto(f"{live_server.url}/pairs/{link.pk}/")
    assert page.inner_text(".history tbody tr td:nth-child(4)") == "الادعاء 1 صحيح"
    assert _badge(page, "a").startswith("المصداقية 0.")
    assert _badge(page, "b").startswith("المصداقية 0.")


def test_editor_flags_and_resolves_an_article(live_server, page, login, shoot):
    link = contradiction()
    login("editor", "editor")
    page.goto(f"{live_server.url}/articles/{link.claim_a.article_id}/")
    page.click(".flag-details summary")
    page.fill("#id_reason", "الأرقام متضاربة مع رواية وزارة الدفاع")
    page.check(f"input[name=links][value='{link.pk}']")
    page.click(".flag-form button[type=submit]")
    page.wait_for_selector(".msg-success")
    assert page.url.endswith("#flags")
    assert "الأرقام متضاربة مع رواية وزارة الدفاع" in page.inner_text(".flag")
    assert Flag.objects.get().links.get().pk == link.pk
    shoot("article")
    page.goto(f"{live_server.url}/contested/")
    shoot("contested")
    page.click("table a")
    page.fill("input[name=resolution]", "تحقق المحرر من الرقمين")
    page.click(".flag button[type=submit]")
    page.wait_for_selector(".flag-resolved")
    assert Flag.objects.get().state == "resolved"


def test_jsonl_upload_shows_the_bad_line_and_its_reason(live_server, page, login, shoot):
    good = {
        "url": "https://example.org/r1",
        "title": "قصف على إدلب",
        "body": "قال المرصد السوري إن 19 مدنياً قتلوا في إدلب.",
        "publisher": "عنب بلدي",
        "published_at": "2018-03-05",
    }
    content = json.dumps(good, ensure_ascii=False) + "\n" + '{"title": "سطر ناقص", "body": \n'
    login("factchecker", "fact-checker")
    page.goto(f"{live_server.url}/ingest/")
    page.set_input_files(
        "#id_upload",
        files=[{"name": "batch.jsonl", "mimeType": "application/jsonl", "buffer": content.encode()}],
    )
    page.click("form.ingest button[type=submit]")
    # The upload is a job; the ingest page links to its page, which follows it until it is done.
    page.click(".messages a")
    page.wait_for_selector("[data-done=true]", timeout=60_000)
    rows = page.locator(".job-problems tbody tr")
    assert rows.count() == 1
    assert rows.nth(0).inner_text().split("\t")[:2] == ["batch.jsonl:2", "مرفوض"]
    assert "السطر 2 ليس JSON صالحاً" in rows.nth(0).inner_text()
    assert page.locator(".job-counts").inner_text() == "جديد: 1، مكرر: 0، مرفوض: 1."
    shoot("ingest")


def test_markup_in_an_article_is_shown_as_text_and_never_runs(live_server, page, login):
    body = 'قال المرصد <script>window.__ran = "script"</script> إن <img src=x onerror="window.__ran = \'img\'; alert(1)"> 7 قتلوا.'
    article = ArticleFactory(title="<script>alert('title')</script>", body=body)
    placed_claim(body, "<img src=x onerror=\"window.__ran = 'img'; alert(1)\"> 7 قتلوا", article=article)
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    login("reader", "reader")
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    text = page.inner_text(".article-body")
    assert '<script>window.__ran = "script"</script>' in text
    assert "<img src=x onerror=" in text
    assert page.inner_text("h1") == "<script>alert('title')</script>"
    assert page.evaluate("window.__ran === undefined") is True
    assert page.locator(".article-body img, .article-body script").count() == 0
    assert dialogs == []
