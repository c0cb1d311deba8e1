"""What the pair page shows of the two claims and the machine's evidence."""

from django.urls import reverse
from django.utils import translation

from tests.frontend.data import contradiction


def _page(client_as, role="fact-checker", **kwargs) -> str:
    link = contradiction(**kwargs)
    return client_as(role, language="en").get(reverse("frontend:pair", args=[link.pk])).content.decode()


def test_conflicting_numbers_are_marked_with_their_qualifiers(client_as):
    html = _page(client_as)
    assert '<mark class="sentence claim number conflict">19 مدنياً</mark>' in html
    assert (
        '<mark class="sentence claim number conflict">23 مدنياً</mark><small class="qualifier">at least</small>'
        in html
    )


def test_shared_terms_are_marked_inside_the_claims(client_as):
    html = _page(client_as)
    assert '<mark class="sentence claim term">إدلب</mark>' in html
    assert '<mark class="sentence claim term">ريف</mark>' in html
    assert "حلب - تواصل القصف على ريف إدلب. <mark" in html


def test_each_claim_is_shown_in_its_sentence_and_context(client_as):
    html = _page(client_as)
    assert '<mark class="sentence">قال المرصد السوري إن </mark>' in html
    assert "… " not in html.split('class="passage"')[1][:5]
    assert "وأضاف أن القصف مستمر." in html


def test_source_kind_affiliation_badge_and_allegation_are_shown(client_as):
    html = _page(client_as)
    assert '<span class="tag">monitor / NGO</span>' in html
    assert '<span class="tag">Russian state</span>' in html
    assert '<span class="modality modality-allege">allegation</span>' in html
    assert "«<bdi>زعمت</bdi>»" in html
    assert '<span class="badge badge-none">not scored</span>' in html


def test_evidence_list_is_shown(client_as):
    html = _page(client_as)
    assert '<dt>conflicting numbers</dt><dd dir="auto">19 مدنياً ≠ 23 مدنياً</dd>' in html
    assert '<dt>word overlap</dt><dd dir="auto">71%</dd>' in html


def test_held_pair_shows_every_shortcut(client_as):
    link = contradiction()
    client = client_as("fact-checker")
    client.post(reverse("frontend:take_next"))
    html = client.get(reverse("frontend:pair", args=[link.pk])).content.decode()
    keys = ("c", "x", "u", "s", "t", "1", "2", "0", "9", "n")
    assert [html.count(f'data-key="{key}"') for key in keys] == [1] * len(keys)
    assert [f"<kbd>{key}</kbd>" in html for key in keys] == [True] * len(keys)


def test_reader_sees_the_pair_without_decision_buttons(client_as):
    html = _page(client_as, role="reader")
    assert 'id="decision-form"' not in html
    assert "Decision history" in html


def test_arabic_is_the_default_language():
    with translation.override("ar"):
        assert translation.get_language_bidi() is True
