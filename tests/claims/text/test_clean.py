import pytest

from claims.text.clean import clean


@pytest.mark.parametrize(
    "raw, cleaned",
    [
        ("قال المرصدُ", "قال المرصد"),
        ("الـــمرصد", "المرصد"),
        ("قتل ١٩ مدنياً", "قتل 19 مدنيا"),
        ("\u200fقال\u200b المرصد", "قال المرصد"),
        ("نص {{ article.visit_count }} نص", "نص   نص"),
        ("<p>قال</p><b>المرصد</b>", "\nقال\n المرصد "),
        ("فقرة\n11\nفقرة", "فقرة\n\nفقرة"),
        ("} وزير الدفاع", "  وزير الدفاع"),
        ("نص&nbsp;هنا", "نص هنا"),
        ("قال\x00 \ud800المرصد", "قال   المرصد"),
        ("قال “نعم” ″لا″", 'قال “نعم” "لا"'),
        # Ta marbuta ends a word: a letter after it starts the next one.
        ("فصائل رافضةوأبدت اللجنة", "فصائل رافضة وأبدت اللجنة"),
        ("المنظمةتقول إن", "المنظمة تقول إن"),
        ("في المدينة. وقالت اللجنة:", "في المدينة. وقالت اللجنة:"),
        ("مدرسةً", "مدرسة"),
        # A space written for a tanween or a shadda split a word's last letter off.
        ("وورد أيض ا عن الناطق", "وورد أيضا عن الناطق"),
        ("خطوة هام ة تندرج تحت مسم ى التريث", "خطوة هامة تندرج تحت مسمى التريث"),
        ("مشير ا إلى أن", "مشيرا إلى أن"),
        ("( ا ف ب ) قامت", "( ا ف ب ) قامت"),
        ("المصدر ا ف ب", "المصدر ا ف ب"),
        # A Latin word glued to an Arabic one: a photo credit run into the sentence after it.
        ("Alexander Astafyevوأضاف أن", "Alexander Astafyev وأضاف أن"),
        ("موقع BBC عربي", "موقع BBC عربي"),
    ],
)
def test_clean_text_drops_scraping_noise_and_marks(raw, cleaned):
    assert clean(raw).text == cleaned


def test_clean_maps_across_a_removed_placeholder():
    raw = "فقرة أولى.\n{{ article.visit_count }}\nقال المرصد"
    cleaned = clean(raw)
    start = cleaned.text.index("قال")
    begin, end = cleaned.to_original(start, len(cleaned.text))
    assert raw[begin:end] == "قال المرصد"


def test_clean_maps_every_kept_letter_to_the_same_letter():
    raw = "وأفــادت «مصادرُ» ميدانيةٌ\u200f بأنّ ٣ قتلوا&amp;"
    cleaned = clean(raw)
    digits = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
    for index, char in enumerate(cleaned.text):
        if char.isalnum():
            begin, _ = cleaned.to_original(index, index + 1)
            assert raw[begin].translate(digits) == char


@pytest.mark.parametrize(
    "raw, found, original",
    [
        ("أعلنَ المرصدُ السوريُّ: «١٩ مدنياً»", "المرصد السوري", "المرصدُ السوريُّ"),
        # Both words of a glued pair, and a word whose split letter was joined back.
        ("فصائل رافضةوأبدت اللجنة", "رافضة", "رافضة"),
        ("فصائل رافضةوأبدت اللجنة", "وأبدت", "وأبدت"),
        ("وقال أيض ا إن", "أيضا", "أيض ا"),
    ],
)
def test_clean_maps_a_span_back_to_the_original(raw, found, original):
    cleaned = clean(raw)
    start = cleaned.text.index(found)
    begin, end = cleaned.to_original(start, start + len(found))
    assert raw[begin:end] == original
