import pytest

from claims.text.shorten import shorten

CASES = [
    ("قتلى في إدلب", 30, "قتلى في إدلب"),
    ("قال المرصد السوري إن ١٩ مدنياً قتلوا في قصف على إدلب", 30, "قال المرصد السوري إن ١٩…"),
    # The word before the cut keeps its hamza; a comma is not left before the ellipsis.
    ("أكد مسؤولٌ، أن الطائرات قصفت مدينة معرّة النعمان", 14, "أكد مسؤولٌ…"),
    ("قتل  19\nمدنياً", 30, "قتل 19 مدنياً"),
    ("ااااااااااااااااااااااااااا", 10, "ااااااااا…"),
]


@pytest.mark.parametrize(("text", "limit", "expected"), CASES)
def test_shorten_cuts_at_a_word_boundary_with_an_ellipsis(text, limit, expected):
    assert shorten(text, limit) == expected
    assert len(shorten(text, limit)) <= limit
