"""The article page: escaped text, claim spans, flags."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.models import Claim, Flag, FlagState
from tests.factories import ArticleFactory, ClaimFactory, ClaimLinkFactory, FlagFactory, SourceFactory
from tests.frontend.data import BODY_A, CLAIM_A, contradiction, placed_claim

HOSTILE = 'قال المرصد <script>alert("x")</script> إن <img src=x onerror="alert(1)"> 5 قتلوا.'


def test_markup_inside_an_article_is_shown_as_text(client_as):
    article = ArticleFactory(title='<b onmouseover="alert(2)">عنوان</b>', body=HOSTILE)
    placed_claim(HOSTILE, '<img src=x onerror="alert(1)"> 5 قتلوا', article=article)
    html = client_as("reader").get(reverse("frontend:article", args=[article.pk])).content.decode()
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "<b onmouseover" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; 5 قتلوا</a>" in html


def test_claim_spans_are_coloured_by_source_and_link_to_their_entry(client_as):
    link = contradiction()
    claim = link.claim_a
    html = client_as("reader").get(reverse("frontend:article", args=[claim.article_id])).content.decode()
    assert (
        f'<a class="span src-0" href="#claim-{claim.pk}" title="المرصد السوري لحقوق الإنسان">{CLAIM_A}</a>'
        in html
    )
    assert f'id="claim-{claim.pk}"' in html
    assert reverse("frontend:pair", args=[link.pk]) in html


def test_editor_flags_an_article_with_its_evidence(client_as):
    link = contradiction()
    article_id = link.claim_a.article_id
    client = client_as("editor")
    response = client.post(
        reverse("frontend:flag", args=[article_id]), {"reason": "أرقام متضاربة", "links": [link.pk]}
    )
    assert response["Location"] == reverse("frontend:article", args=[article_id]) + "#flags"
    flag = Flag.objects.get()
    assert (flag.article_id, flag.reason, list(flag.links.values_list("pk", flat=True))) == (
        article_id,
        "أرقام متضاربة",
        [link.pk],
    )
    assert "أرقام متضاربة" in client.get(response["Location"]).content.decode()


def test_flag_without_reason_is_refused(client_as):
    article = ArticleFactory(body=BODY_A)
    response = client_as("editor").post(reverse("frontend:flag", args=[article.pk]), {"reason": ""})
    assert response.status_code == 400
    assert Flag.objects.count() == 0


def test_editor_resolves_a_flag_once(client_as):
    flag = FlagFactory()
    client = client_as("editor")
    url = reverse("frontend:resolve", args=[flag.article_id, flag.pk])
    first = client.post(url, {"resolution": "صححت الأرقام"})
    second = client.post(url, {"resolution": "مرة ثانية"}, follow=True)
    flag.refresh_from_db()
    assert first["Location"] == reverse("frontend:article", args=[flag.article_id]) + "#flags"
    assert (flag.state, flag.resolution) == (FlagState.RESOLVED, "صححت الأرقام")
    assert 'class="msg msg-error"' in second.content.decode()


def test_reader_sees_flags_but_no_flag_form(client_as):
    flag = FlagFactory()
    html = client_as("reader").get(reverse("frontend:article", args=[flag.article_id])).content.decode()
    assert flag.reason in html
    assert reverse("frontend:flag", args=[flag.article_id]) not in html


def test_contested_lists_flagged_articles(client_as):
    flag = FlagFactory()
    ArticleFactory(title="مقال هادئ")
    html = client_as("editor").get(reverse("frontend:contested")).content.decode()
    assert reverse("frontend:article", args=[flag.article_id]) in html
    assert "مقال هادئ" not in html


def test_the_flag_form_comes_before_the_article_text_and_names_each_pair_fully(client_as):
    link = contradiction()
    other = ClaimFactory(text="قصف مدفعي على ريف إدلب الجنوبي أدى إلى سقوط ضحايا مدنيين وجرحى", source=None)
    decided = ClaimLinkFactory(
        claim_a=link.claim_a, claim_b=other, status="decided", decided_relation="corroborates"
    )
    html = (
        client_as("editor", language="en")
        .get(reverse("frontend:article", args=[link.claim_a.article_id]))
        .content.decode()
    )
    assert html.index('id="flags"') < html.index('class="article-body"')
    labels = re.findall(r'<input type="checkbox" name="links" value="\d+"[^>]*>\s*([^<]*)</label>', html)
    assert labels == [
        f"Pair {link.pk} · proposed: contradicts · المرصد السوري لحقوق الإنسان: 19 مدنياً قتلوا في ريف إدلب يوم الخميس"
        " ↔ وزارة الدفاع الروسية: ما لا يقل عن 23 مدنياً قتلوا في ريف إدلب على يد المسلحين",
        f"Pair {decided.pk} · decided: corroborates · المرصد السوري لحقوق الإنسان: 19 مدنياً قتلوا في ريف إدلب يوم الخميس"
        " ↔ قصف مدفعي على ريف إدلب الجنوبي أدى إلى سقوط ضحايا مدنيين وج…",
    ]


def test_contested_says_why_and_who_flagged(client_as):
    flag = FlagFactory(reason="الأرقام لا تتطابق مع رواية الدفاع المدني")
    html = client_as("reader").get(reverse("frontend:contested")).content.decode()
    reason = html.split('<p class="flag-reason">')[1].split("</p>")[0]
    assert reason.startswith(
        f'<span dir="auto">الأرقام لا تتطابق مع رواية الدفاع المدني</span> <span class="muted">— <bdi>{flag.raised_by.username}</bdi> · '
    )


def _long_article(n: int):
    sentence = "قال المرصد إن 19 مدنياً قتلوا في ريف إدلب. "
    article = ArticleFactory(body=sentence * n, status="linked")
    source, size = SourceFactory(), len(sentence)
    Claim.objects.bulk_create(
        Claim(
            article=article,
            index=i,
            start=i * size + 14,
            end=i * size + 41,
            text=sentence[14:41],
            sentence=sentence[:-1],
            sentence_start=i * size,
            source=source,
            cue="قال",
            modality="assert",
        )
        for i in range(n)
    )
    return article


def test_a_long_article_is_shown_a_page_of_claims_at_a_time_with_the_text_they_cover(client_as):
    article = _long_article(450)
    client = client_as("reader", language="en")
    first = client.get(reverse("frontend:article", args=[article.pk])).content.decode()
    last = client.get(reverse("frontend:article", args=[article.pk]), {"page": 3}).content.decode()
    assert (first.count('<li id="claim-'), last.count('<li id="claim-')) == (200, 50)
    assert "Claims 1–200 of 450 and the text around them." in first
    assert '<ol class="claim-list" start="401">' in last
    body = re.sub(r"<[^>]+>", "", first.split('class="article-body" dir="auto">')[1].split("</div>")[0])
    size = len(article.body) // 450
    assert body == article.body[: 200 * size - 1] + " …"


def test_the_article_page_costs_the_same_queries_for_few_and_many_claims(client_as):
    client = client_as("reader")
    few, many = _long_article(3), _long_article(300)
    with CaptureQueriesContext(connection) as small:
        client.get(reverse("frontend:article", args=[few.pk]))
    with CaptureQueriesContext(connection) as large:
        client.get(reverse("frontend:article", args=[many.pk]))
    assert len(large) == len(small)


def test_the_article_page_and_the_api_list_the_same_claims_in_the_same_order(client_as):
    article = _long_article(450)
    client = client_as("reader")
    shown = []
    for page in (1, 2, 3):
        html = client.get(reverse("frontend:article", args=[article.pk]), {"page": page}).content.decode()
        shown += [int(pk) for pk in re.findall(r'<li id="claim-(\d+)"', html)]
    api, url = [], f"/api/v1/articles/{article.pk}/"
    while url:
        body = client.get(url).json()
        page = body.get("claims", body)
        api += [claim["id"] for claim in page["results"]]
        url = page["next"]
    assert shown == api == list(article.claims.order_by("index").values_list("pk", flat=True))


def test_an_article_refused_for_its_claim_count_says_so_in_arabic(client_as):
    article = ArticleFactory(
        status="failed", error="this article yields 5210 claims, more than the 5000 allowed"
    )
    html = client_as("reader").get(reverse("frontend:article", args=[article.pk])).content.decode()
    error = html.split('id="article-error">')[1].split("</p>")[0]
    assert error == "ينتج هذا المقال 5210 ادعاءً، أكثر من الحد المسموح به وهو 5000"
