"""Bidi controls in stored text never reorder what a reviewer reads, and articles holding them say so."""

import re

from django.urls import reverse

from frontend.highlight import Mark, bidi_controls, render, shown
from tests.factories import ClaimLinkFactory
from tests.frontend.data import placed_claim

OVERRIDDEN = "قال المرصد إن \u202e32\u202c مدنياً قتلوا في \u2067إدلب\u2069."
CLAIM = "\u202e32\u202c مدنياً قتلوا في \u2067إدلب\u2069"


def test_shown_text_leaves_out_every_embedding_override_and_isolate():
    controls = "".join(chr(c) for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)])
    assert shown(f"قتل {controls}32 مدنياً") == "قتل 32 مدنياً"


def test_bidi_controls_are_named_by_code_point():
    assert bidi_controls(OVERRIDDEN) == ["U+202C", "U+202E", "U+2067", "U+2069"]
    assert bidi_controls("قتل 32 مدنياً\u200f") == []


def test_render_keeps_offsets_but_shows_no_control():
    start = OVERRIDDEN.index("\u202e32")
    html = render(OVERRIDDEN, [Mark(start, start + 4, "number")])
    assert html == 'قال المرصد إن <mark class="number">32</mark> مدنياً قتلوا في إدلب.'


def test_article_page_shows_the_number_as_stored_and_warns(client_as):
    claim = placed_claim(OVERRIDDEN, CLAIM)
    html = (
        client_as("reader", language="en")
        .get(reverse("frontend:article", args=[claim.article_id]))
        .content.decode()
    )
    assert "\u202e" not in html and "\u2067" not in html
    assert '<p class="claim-text" dir="auto">32 مدنياً قتلوا في إدلب</p>' in html
    assert (
        "This article contains invisible text-direction characters (U+202C, U+202E, U+2067, U+2069)." in html
    )


def test_article_without_controls_has_no_warning(client_as):
    claim = placed_claim("قال المرصد إن 32 مدنياً قتلوا.", "32 مدنياً قتلوا")
    html = client_as("reader").get(reverse("frontend:article", args=[claim.article_id])).content.decode()
    assert 'id="bidi-warning"' not in html


def test_pair_page_shows_the_number_as_stored_and_warns(client_as):
    claim = placed_claim(OVERRIDDEN, CLAIM)
    link = ClaimLinkFactory(
        claim_a=claim, evidence={"number_conflicts": [{"a": "32 مدنياً", "b": "23 مدنياً"}]}
    )
    html = client_as("reader", language="en").get(reverse("frontend:pair", args=[link.pk])).content.decode()
    assert "\u202e" not in html and "\u2067" not in html
    assert html.count('<p class="msg msg-warning bidi">') == 1
    passage = re.sub(r"<[^>]+>", "", html.split('class="passage" dir="auto">')[1].split("</blockquote>")[0])
    assert passage == "قال المرصد إن 32 مدنياً قتلوا في إدلب."
