"""The review loop in Chromium: undo before a decision is written, moving on, skipping, what stays in view."""

import pytest

from claims.models import ClaimLink, Review
from tests.frontend.data import contradiction

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _take(live_server, page, link):
    page.keyboard.press("t")
    page.wait_for_url(f"{live_server.url}/pairs/{link.pk}/")


def test_a_decision_can_be_undone_before_it_is_written(live_server, page, login):
    link = contradiction()
    login("factchecker", "fact-checker")
    _take(live_server, page, link)
    page.keyboard.press("u")
    assert page.is_visible("#pending")
    page.keyboard.press("Escape")
    assert page.is_hidden("#pending")
    page.wait_for_timeout(5_000)
    assert (Review.objects.count(), page.url) == (0, f"{live_server.url}/pairs/{link.pk}/")


def test_a_decision_is_written_after_the_undo_window_and_the_next_pair_opens(live_server, page, login):
    first, second = contradiction(priority=3.0), contradiction(priority=2.0)
    login("factchecker", "fact-checker")
    _take(live_server, page, first)
    page.keyboard.press("u")
    page.wait_for_url(f"{live_server.url}/pairs/{second.pk}/", timeout=10_000)
    assert page.inner_text(".msg-success").startswith(f"حُفظ في الزوج {first.pk}: لا علاقة.")
    assert list(Review.objects.values_list("link_id", "decision")) == [(first.pk, "unrelated")]
    assert ClaimLink.objects.get(pk=second.pk).leased_to is not None


def test_cannot_tell_has_its_own_key(live_server, page, login):
    link = contradiction()
    login("factchecker", "fact-checker")
    _take(live_server, page, link)
    page.keyboard.press("d")
    assert page.inner_text("#pending [data-what]") == "لا أستطيع الحكم"
    page.keyboard.press("Enter")
    page.wait_for_selector(".msg-success")
    assert list(Review.objects.values_list("decision", flat=True)) == ["unsure"]


def test_skip_then_take_does_not_bring_the_same_pair_back(live_server, page, login):
    first, second = contradiction(priority=3.0), contradiction(priority=2.0)
    login("factchecker", "fact-checker")
    _take(live_server, page, first)
    page.keyboard.press("s")
    page.wait_for_url(f"{live_server.url}/pairs/{second.pk}/")
    page.goto(f"{live_server.url}/")
    _take(live_server, page, second)


@pytest.mark.parametrize("role", ["fact-checker", "editor"])
def test_decision_buttons_are_in_view_on_a_laptop_screen(live_server, page, login, role):
    link = contradiction()
    login("checker", role)
    page.set_viewport_size({"width": 1366, "height": 768})
    if role == "fact-checker":
        _take(live_server, page, link)
    else:
        page.goto(f"{live_server.url}/pairs/{link.pk}/")
    for value in ("corroborates", "contradicts", "unrelated", "unsure"):
        box = page.locator(f"button[value={value}]").bounding_box()
        assert 0 <= box["y"] and box["y"] + box["height"] <= 768
    assert page.is_visible("input[name=holds][value=a]")
