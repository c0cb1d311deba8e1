from claims.text.numbers import extract_numbers
from claims.text.quantities import number_windows, read_numbers
from claims.text.tokens import fold, tokenize


def test_number_windows_cover_digits_and_number_words_with_their_context():
    text = (
        "قال المرصد إن ما لا يقل عن 32 من عناصر التنظيم قتلوا في اشتباكات عنيفة اندلعت فجر اليوم في محيط "
        "البلدة الواقعة جنوب المدينة مع قوات النظام وأصيب عشرات آخرون"
    )
    toks = tokenize(fold(text))
    windows = number_windows(toks, 0, len(toks))
    assert [text[s:e] for s, e in windows] == [
        "المرصد إن ما لا يقل عن 32 من عناصر التنظيم قتلوا في اشتباكات",
        "جنوب المدينة مع قوات النظام وأصيب عشرات آخرون",
    ]


def test_number_windows_are_empty_without_numbers():
    toks = tokenize(fold("وأفادت مصادر ميدانية بأن قوات الأسد بدأت هجوماً برياً"))
    assert number_windows(toks, 0, len(toks)) == []


def test_read_numbers_equals_reading_the_whole_text():
    text = "أعلن المركز أن 23 جنديا سوريا قتلوا وأصيب ٧ آخرون، ونزح أكثر من 66 ألف أسرة خلال الشهرين الأخيرين"
    toks = tokenize(fold(text))
    windows = number_windows(toks, 0, len(toks))
    assert read_numbers(text, windows) == tuple(extract_numbers(text))


def test_read_numbers_skips_a_phrase_the_extractor_cannot_read_without_failing():
    text = "بعد خمس و ثلاثين عاما على الحرب قتل 19 مدنيا"
    toks = tokenize(fold(text))
    assert [n.value for n in read_numbers(text, number_windows(toks, 0, len(toks)))] in ([], [19], [35, 19])
