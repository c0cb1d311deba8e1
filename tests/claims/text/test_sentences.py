import pytest

from claims.text.segment import segment
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


@pytest.mark.parametrize(
    "text, pairs",
    [
        # a paragraph that first closes a quotation carried on from the one before, then opens one carried on
        # to the next: no mark pairs with another, and the report between is no quotation
        ('ملاجئهم " . وبخصوص الملف اليمني , قال الجبير إن " انقلاب ميليشيا الحوثي', 0),
        # an ellipsis after a mark does not close anything
        ('وأضاف " . . . لو كانت هناك مشاورات مسبقة " .', 1),
        # marks that tell nothing pair by turns, as before
        ('قال إن " نعم " . وأضاف " لا " .', 2),
    ],
)
def test_straight_marks_pair_by_what_is_around_them(text, pairs):
    assert len(quote_pairs(text, 0, len(text))) == pairs


def test_a_report_after_a_quotation_closed_from_the_paragraph_before_keeps_its_speaker():
    text = (
        'وتكفله بتأمين العيش الكريم للهاربين في ملاجئهم " . وبخصوص الملف اليمني , قال الجبير إن " انقلاب'
        " ميليشيا الحوثي - صالح على الشرعية في اليمن شكل تهديدا لأمن واستقرار هذا البلد ."
    )
    found = [c for c in segment(text) if c.modality != "unattributed"]
    assert [(c.source_mention, c.claim.split()[0]) for c in found] == [("الجبير", "انقلاب")]
