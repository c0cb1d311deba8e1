"""What the pair page shows of the two claims and the machine's evidence."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from claims.models import ClaimLink
from tests.factories import ClaimLinkFactory
from tests.frontend.data import EVIDENCE, EVIDENCE_REVERSED, contradiction, placed_claim


def _page(client_as, role="fact-checker", **kwargs) -> str:
    link = contradiction(**kwargs)
    return client_as(role, language="en").get(reverse("frontend:pair", args=[link.pk])).content.decode()


def test_conflicting_numbers_are_marked_with_their_qualifiers_beside_the_quote(client_as):
    html = _page(client_as)
    assert '<mark class="sentence claim number conflict">19 مدنياً</mark>' in html
    assert '<mark class="sentence claim number conflict" title="at least">23 مدنياً</mark>' in html
    assert "<li><bdi>23 مدنياً</bdi>: at least</li>" in _sides(html)[1]
    assert "<bdi>19 مدنياً</bdi>" not in _sides(html)[0]


def test_shared_terms_are_marked_inside_the_claims(client_as):
    html = _page(client_as)
    assert '<mark class="sentence claim term">إدلب</mark>' in html
    assert '<mark class="sentence claim term">ريف</mark>' in html
    assert (
        '<details class="context"><summary>text before</summary>حلب - تواصل القصف على ريف إدلب. </details>'
        '<mark class="sentence">قال المرصد السوري إن </mark>'
    ) in html


def test_each_claim_is_shown_in_its_sentence_the_context_folded(client_as):
    html = _page(client_as)
    passage = html.split('class="passage" dir="auto">')[1].split("</blockquote>")[0]
    assert passage.endswith(
        '<mark class="sentence">.</mark><details class="context"><summary>text after</summary>'
        " وأضاف أن القصف مستمر.</details>"
    )
    assert "… " not in passage


def test_a_long_sentence_is_folded_around_the_claim(client_as):
    before = " ".join(["وتواصل القصف على القرى المحيطة بالمدينة"] * 20)
    after = " ".join(["وسط نزوح الأهالي نحو الحدود التركية"] * 20)
    body = f"{before} وقال المرصد إن 19 مدنياً قتلوا في ريف إدلب {after}."
    claim = placed_claim(body, "19 مدنياً قتلوا في ريف إدلب")
    link = ClaimLinkFactory(claim_a=claim, evidence={})
    html = client_as("reader", language="en").get(reverse("frontend:pair", args=[link.pk])).content.decode()
    passage = html.split('class="passage" dir="auto">')[1].split("</blockquote>")[0]
    shown = re.sub(r"<details.*?</details>", "", passage)
    text = re.sub(r"<[^>]+>", "", shown)
    start = body.index(text)
    assert (body[start - 1], body[start + len(text)]) == (" ", " ")
    assert len(claim.text) + 240 <= len(text) <= len(claim.text) + 260
    assert '<mark class="sentence claim">19 مدنياً قتلوا في ريف إدلب</mark>' in shown
    assert re.sub(r"<[^>]+>|text before|text after", "", passage) == body


def test_source_kind_affiliation_badge_and_allegation_are_shown(client_as):
    html = _page(client_as)
    assert '<span class="tag">monitor / NGO</span>' in html
    assert '<span class="tag">Russian state</span>' in html
    assert '<span class="modality modality-allege">allegation</span>' in html
    assert "«<bdi>زعمت</bdi>»" in html
    assert '<span class="badge badge-none">not scored</span>' in html


def test_evidence_list_is_shown(client_as):
    html = _page(client_as)
    assert (
        '<dt>conflicting numbers</dt><dd dir="auto"><mark class="number conflict">19 مدنياً</mark>'
        ' ≠ <mark class="number conflict">23 مدنياً</mark></dd>'
    ) in html
    assert '<dt>word overlap</dt><dd dir="auto">71%</dd>' in html


def test_held_pair_shows_every_shortcut(client_as):
    link = contradiction()
    client = client_as("fact-checker")
    client.post(reverse("frontend:take_next"))
    html = client.get(reverse("frontend:pair", args=[link.pk])).content.decode()
    keys = ("c", "x", "u", "d", "s", "t", "1", "2", "0", "9", "n")
    assert [html.count(f'data-key="{key}"') for key in keys] == [1] * len(keys)
    assert [f"<kbd>{key}</kbd>" in html for key in keys] == [True] * len(keys)


def test_reader_sees_the_pair_without_decision_buttons(client_as):
    html = _page(client_as, role="reader")
    assert 'id="decision-form"' not in html
    assert "Decision history" in html


def test_arabic_is_the_default_language():
    with translation.override("ar"):
        assert translation.get_language_bidi() is True


def _sides(html: str) -> tuple[str, str]:
    first = html.split('id="side-a-title"')[1].split('id="side-b-title"')[0]
    return first, html.split('id="side-b-title"')[1].split("</article>")[0]


def _evidence(html: str) -> str:
    return html.split('id="evidence-title"')[1].split("</dl>")[0]


@pytest.mark.parametrize("stored", ["named", "reversed", "in order"])
def test_each_conflicting_number_is_shown_under_its_own_claim(client_as, stored):
    link = contradiction(evidence={})
    evidence = {
        "named": {**EVIDENCE, "claims": [link.claim_a_id, link.claim_b_id]},
        "reversed": EVIDENCE_REVERSED,
        "in order": EVIDENCE,
    }[stored]
    ClaimLink.objects.filter(pk=link.pk).update(evidence=evidence)
    html = (
        client_as("fact-checker", language="en")
        .get(reverse("frontend:pair", args=[link.pk]))
        .content.decode()
    )
    first, second = _sides(html)
    assert (first.count('number conflict">19 مدنياً</mark>'), first.count("conflict")) == (1, 1)
    assert (second.count('number conflict" title="at least">23 مدنياً</mark>'), second.count("conflict")) == (
        1,
        1,
    )
    conflict = (
        '<dt>conflicting numbers</dt><dd dir="auto"><mark class="number conflict">19 مدنياً</mark>'
        ' ≠ <mark class="number conflict">23 مدنياً</mark></dd>'
    )
    assert conflict in _evidence(html)
    assert '<dd dir="auto">claim 1: statement / claim 2: allegation</dd>' in _evidence(html)
