"""Marking text for display: everything escaped, marks nested by splitting, passages cut at spaces."""

from frontend.highlight import Mark, Passage, passage, phrase_marks, render, term_marks


def test_render_escapes_markup_in_text_and_marks():
    text = '<script>alert(1)</script> قتل 19 <img src=x onerror="alert(2)">'
    html = render(text, [Mark(30, 32, "number", title='"><b>')])
    assert html == (
        "&lt;script&gt;alert(1)&lt;/script&gt; قتل "
        '<mark class="number" title="&quot;&gt;&lt;b&gt;">19</mark>'
        " &lt;img src=x onerror=&quot;alert(2)&quot;&gt;"
    )


def test_render_splits_overlapping_marks_into_pieces_with_both_classes():
    html = render("مقتل 19 مدنياً", [Mark(0, 14, "claim"), Mark(5, 7, "number conflict", label="نحو")])
    assert html == (
        '<mark class="claim">مقتل </mark><mark class="claim number conflict" title="نحو">19</mark>'
        '<mark class="claim"> مدنياً</mark>'
    )


def test_render_keeps_the_quoted_text_verbatim_with_qualifiers_as_titles_only():
    text = "على بعد 1 كم من البلدة"
    html = render(text, [Mark(8, 12, "number", label="أقل من")])
    assert html == 'على بعد <mark class="number" title="أقل من">1 كم</mark> من البلدة'


def test_render_links_a_mark_with_href_and_drops_marks_outside_the_text():
    html = render("قال المرصد", [Mark(0, 3, "span src-1", href="#claim-4", title="المرصد"), Mark(5, 40, "x")])
    assert html == '<a class="span src-1" href="#claim-4" title="المرصد">قال</a> المرصد'


def test_term_marks_match_folded_words_only_inside_the_range():
    text = "قتل مدنيون في إدلب، وإدلب"
    marks = term_marks(
        text, ["ادلب"], lambda word: [word.replace("إ", "ا").removeprefix("و")], start=0, end=18
    )
    assert marks == [Mark(14, 18, "term")]


def test_term_marks_keep_diacritics_inside_the_word():
    assert term_marks("قُتِلَ مدنياً", ["مدنيا"], lambda w: [w.replace("ً", "")]) == [Mark(7, 13, "term")]


def test_phrase_marks_find_every_occurrence_with_label():
    marks = phrase_marks("19 مدنياً ثم 19 مدنياً", "19 مدنياً", "number", label="نحو")
    assert marks == [Mark(0, 9, "number", label="نحو"), Mark(13, 22, "number", label="نحو")]


def test_passage_keeps_sentence_and_context_cut_at_spaces():
    body = "أول جملة طويلة هنا. قال المرصد إن 19 مدنياً قتلوا. ثم جملة أخرى بعدها."
    sentence = "قال المرصد إن 19 مدنياً قتلوا."
    start = body.index(sentence)
    claim_start = body.index("19")
    found = passage(
        body,
        sentence=sentence,
        sentence_start=start,
        start=claim_start,
        end=claim_start + 9,
        claim="",
        radius=8,
    )
    assert found == Passage(
        text="طويلة هنا. قال المرصد إن 19 مدنياً قتلوا. ثم جملة",
        sentence=(11, 41),
        claim=(25, 34),
        cut_before=True,
        cut_after=True,
    )


def test_passage_falls_back_to_the_sentence_when_offsets_do_not_match():
    found = passage(
        "نص آخر", sentence="قال المرصد إن 19 قتلوا", sentence_start=0, start=0, end=5, claim="19 قتلوا"
    )
    assert found == Passage(text="قال المرصد إن 19 قتلوا", sentence=(0, 22), claim=(14, 22))
