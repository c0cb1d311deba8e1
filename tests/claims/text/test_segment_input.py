"""segment() on noisy input: offsets into the original text, repeated blocks, and input that is not an article."""

import pytest

from claims.text.segment import ClaimSpan, segment


def _frames(text: str) -> list[tuple]:
    return [(c.source_mention, c.source, c.via, c.cue, c.modality, c.claim) for c in segment(text)]


def test_segment_claim_numbers_point_into_the_original_text():
    text = "وأكد الفريق الحقوقي , أن ١٩ مدنياً استشهدوا وأصيب 68 آخرون."
    (claim,) = segment(text)
    assert [(n.value, n.text, text[n.start : n.end]) for n in claim.numbers] == [
        (19, "١٩ مدنياً", "١٩ مدنياً"),
        (68, "68 آخرون", "68 آخرون"),
    ]


def test_segment_spans_index_the_original_text():
    text = "\u200fوأفـــادت مصادرُ ميدانيةٌ بأنّ قوات الأسد بدأت هجوماً.{{ article.visit_count }}"
    (claim,) = segment(text)
    assert (
        text[claim.start : claim.end],
        text[claim.sentence_start : claim.sentence_end],
        claim.source_mention,
        claim.cue,
    ) == (
        "قوات الأسد بدأت هجوماً",
        "وأفـــادت مصادرُ ميدانيةٌ بأنّ قوات الأسد بدأت هجوماً.",
        "مصادرُ ميدانيةٌ",
        "أفـــادت",
    )


def test_segment_repeated_paragraph_is_emitted_once():
    paragraph = "وأفادت مصادر ميدانية بأن قوات الأسد بدأت هجوماً برياً في ريف إدلب."
    text = f"{paragraph}\n{{{{ article.visit_count }}}}\n{paragraph}\nوقالت مصادر محلية إن القصف توقف."
    assert [(c.index, c.source, c.start) for c in segment(text)] == [
        (0, "مصادر ميدانية", paragraph.index("قوات")),
        (1, "مصادر محلية", len(text) - len("القصف توقف.")),
    ]


def test_segment_returns_claim_spans():
    assert all(isinstance(c, ClaimSpan) for c in segment("قال المرصد إن 5 مدنيين قتلوا في القصف."))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t  ",
        "This article has no Arabic at all. None.",
        "<html><body><script>var x = 1;</script></body></html>",
        "\x00\x01\x02\x1f",
        "\ud800\udfff",
        "٠١٢٣ ٤٥٦ {{ x }} } {",
        ". . . ، ، ،",
    ],
)
def test_segment_input_without_arabic_words_gives_no_claims(text):
    assert segment(text) == []


def test_segment_html_and_control_characters_around_a_report():
    text = "<p>\x00وقالت مصادر محلية إن\ud800 القصف توقف.</p>"
    assert _frames(text) == [("مصادر محلية", "مصادر محلية", None, "قالت", "assert", "القصف توقف")]


def test_segment_one_megabyte_without_full_stop_is_one_unattributed_claim():
    text = "تجددت الاشتباكات في ريف إدلب الجنوبي " * 28_000
    claims = segment(text)
    assert [(c.start, c.end, c.modality) for c in claims] == [(0, len(text) - 1, "unattributed")]


def test_segment_long_unpunctuated_report_is_one_attributed_claim():
    text = "قال المرصد إن " + "قتل مدني في ريف إدلب " * 5_000
    assert [(c.source, c.start, c.end) for c in segment(text)] == [("المرصد", 14, len(text) - 1)]


def test_segment_ten_thousand_nested_quotes_are_one_claim():
    text = "قال المرصد " + "«" * 10_000 + "قتل 5" + "»" * 10_000
    assert [(c.source, c.claim) for c in segment(text)] == [("المرصد", "قتل 5")]
