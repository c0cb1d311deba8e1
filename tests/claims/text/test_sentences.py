import pytest

from claims.text.sentences import MAX_QUOTE, quote_pairs, split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("قال المرصد إن 5 قتلوا. وأضاف أن 3 جرحوا.", ["قال المرصد إن 5 قتلوا.", "وأضاف أن 3 جرحوا."]),
        ("الخسائر البشرية.ونشر المرصد", ["الخسائر البشرية.", "ونشر المرصد"]),
        ("قال «قتل 5. وجرح 3». وأضاف", ["قال «قتل 5. وجرح 3».", "وأضاف"]),
        ('وتقول الرسالة: "قبل أن ينفذوا. ولن نقصر".', ['وتقول الرسالة: "قبل أن ينفذوا. ولن نقصر".']),
        ("بلغت 2.5 مليون دولار", ["بلغت 2.5 مليون دولار"]),
        ("قال د. محمد إن", ["قال د. محمد إن"]),
        ("عند الساعة 11 . 38 أطلقت . وأضاف", ["عند الساعة 11 . 38 أطلقت .", "وأضاف"]),
        ("لوكالة ( د . ب . أ ) إن الهجوم فشل .", ["لوكالة ( د . ب . أ ) إن الهجوم فشل ."]),
        ("في عام 2017 . 15 قتيلا", ["في عام 2017 .", "15 قتيلا"]),
        ("وأعلن مؤخر ا . وأضاف", ["وأعلن مؤخر ا .", "وأضاف"]),
        ("عنوان\n\nنص المقال", ["عنوان", "نص المقال"]),
        ("الفائتة…تنظيم الدولة", ["الفائتة…", "تنظيم الدولة"]),
        ("   \n  ", []),
    ],
)
def test_split_sentences_ends_at_full_stops_outside_quotes_and_numbers(text, sentences):
    assert _sentences(text) == sentences


def test_quote_pairs_pairs_guillemets_curly_and_straight_quotes():
    text = 'قال «نعم» و"لا" و“ربما”'
    assert quote_pairs(text, 0, len(text)) == {4: 8, 11: 14, 17: 22}


def test_quote_pairs_ignores_an_odd_number_of_straight_quotes():
    text = 'قال "نعم و"لا و"ربما'
    assert quote_pairs(text, 0, len(text)) == {}


def test_quote_pairs_keeps_inner_pairs_of_ten_thousand_nested_guillemets():
    text = "«" * 10_000 + "نعم" + "»" * 10_000
    pairs = quote_pairs(text, 0, len(text))
    # Spans longer than a plausible quotation are dropped; the innermost ones are kept.
    assert (pairs[9_999], 0 in pairs, max(c - o for o, c in pairs.items()) <= MAX_QUOTE) == (
        10_003,
        False,
        True,
    )


def test_split_sentences_keeps_a_title_initial_and_the_name_on_the_next_line_together():
    text = "التي يترأسها د .\nرون فونداك , كتب الناشطون . وقال آخرون .\nسطر ثان"
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "التي يترأسها د .\nرون فونداك , كتب الناشطون .",
        "وقال آخرون .",
        "سطر ثان",
    ]
