import pytest

from claims.text.chrome import chrome_spans, strip_chrome
from claims.text.segment import segment
from claims.text.tokens import fold


def _chrome(text: str) -> list[str]:
    folded = fold(text)
    return [text[start:end] for start, end in chrome_spans(folded)]


def _claims(text: str) -> list[tuple]:
    return [(c.claim, c.source_mention, c.modality) for c in segment(text)]


@pytest.mark.parametrize(
    "text, chrome",
    [
        # a menu of interface words: "browse, skip the navigation bar, main functions, search"
        (
            "تصفح تخطي شريط التصفح وظائف رئيسية وظيفة البحث",
            ["تصفح تخطي شريط التصفح وظائف رئيسية وظيفة البحث"],
        ),
        # share buttons with the networks beside them
        ("شارك على فيسبوك تويتر", ["شارك على فيسبوك تويتر"]),
        # a login form
        (
            "البريد الإلكتروني : كلمة السر : حفظ تسجيل الدخول",
            ["البريد الإلكتروني : كلمة السر : حفظ تسجيل الدخول"],
        ),
        # tags and related links run together
        (
            "اقرأ أيضا : المصدر : السورية نت كلمات دلالية : روابط ذات صلة آخر الأخبار",
            ["اقرأ أيضا", "كلمات دلالية : روابط ذات صلة آخر الأخبار"],
        ),
        # a Latin site name set off by a dash, and a byline stamp
        ("SMART News Agency - وكالة سمارت للأنباء -", ["SMART News Agency"]),
        ("First Published : 2017 - 11 - 13", ["First Published"]),
        # a long Latin run in Arabic text
        (
            "أبرد قرية في العالم Your browser does not support the video tag",
            ["Your browser does not support the video tag"],
        ),
        # a list of times since other stories were posted
        (
            "المزيد من قبل 50 دقيقة قبل ساعة قبل 3 ساعات شبكتنا",
            ["المزيد من قبل 50 دقيقة قبل ساعة قبل 3 ساعات شبكتنا"],
        ),
        # the reader addressed by a subscription box
        ("هل تريد الاشتراك في نشرتنا الإخبارية", ["هل تريد الاشتراك في نشرتنا الإخبارية"]),
        # the headline printed again after the site's name
        (
            "مقتل 27 شخصا في قصف قرب دمشق | الوطن | مقتل 27 شخصا في قصف قرب دمشق مقتل 27 شخصا في قصف قرب دمشق",
            ["مقتل 27 شخصا في قصف قرب دمشق"],
        ),
        # the headline printed twice in a row: the second copy goes
        (
            "مقتل 27 مدنيا بقصف سوري روسي على غوطة دمشق مقتل 27 مدنيا بقصف سوري روسي على غوطة دمشق",
            ["مقتل 27 مدنيا بقصف سوري روسي على غوطة دمشق"],
        ),
    ],
)
def test_chrome_spans_cover_site_chrome(text, chrome):
    assert _chrome(text) == chrome


@pytest.mark.parametrize(
    "text",
    [
        "المرصد السوري: مقتل 20 مدنياً",
        "بيروت - رويترز: قال المرصد السوري إن 20 مدنيا قتلوا .",
        "وقال التحالف لوكالة رويترز في بيان عن طريق البريد الإلكتروني إن ألف مقاتل بقوا .",
        "وقال في تغريدة على تويتر إن الهجوم فشل .",
        "ونقل موقع Middle East Eye عن مصادر أن القصف استمر .",
        "وتريد الحكومة تخطي الأزمة .",
    ],
)
def test_chrome_spans_leave_news_text_alone(text):
    assert _chrome(text) == []


def test_strip_chrome_keeps_every_offset():
    folded = fold("شارك على فيسبوك تويتر\nقال المرصد إن 5 قتلوا .")
    stripped = strip_chrome(folded)
    assert stripped == "\n" * 21 + folded[21:]


def test_chrome_in_the_page_tail_opens_a_list_of_other_headlines():
    text = (
        "قال المرصد السوري إن 20 مدنيا قتلوا في غارات على دوما يوم الأحد .\n"
        "وأضاف أن الغارات استهدفت سوقا شعبية وسط المدينة .\n"
        "أخبار ذات صلة بالفيديو : قصف تركي عنيف على عفرين شمالي سوريا"
    )
    assert _claims(text) == [
        ("20 مدنيا قتلوا في غارات على دوما يوم الأحد", "المرصد السوري", "assert"),
        ("الغارات استهدفت سوقا شعبية وسط المدينة", "أضاف", "assert"),
    ]


@pytest.mark.parametrize(
    "text, claims",
    [
        # a login form word is never a speaker
        ("خطأ في إسم المستخدم أو كلمة السر", []),
        ("شارك على فيسبوك تويتر", []),
        # a masthead, a broadcaster's menu and an app prompt after the site's name
        ("| مرآة سوريا | Syrian Mirror الأحد , يناير 21 2018", []),
        ("روابط الدخول تصفح بي بي سي بحث في بي بي سي BBC Arabic تصفح", []),
        ("- النهار هل تريد الاشتراك", []),
        ("| الوفد حمل تطبيق الوفد على ايفون واي باد حمل تطبيق الوفد على اندرويد", []),
        # a sign-in widget's template, its placeholders around words of any kind
        (
            "{ * backButton * } { * / registrationForm * } شكرا للتسجيللقد تم إرسال رسالة تأكيد على البريد"
            " التالي { * emailAddressData * } .",
            [],
        ),
        (
            "إنشاء كلمة مرور جديدةستتلقى بريدا إلكترونيا يحمل رابطا { * # forgotPasswordForm * }"
            " { * signInEmailAddress * } { * / forgotPasswordForm * }",
            [],
        ),
        # the headline stays one claim after its repeated copy is dropped
        (
            "مقتل 27 مدنيا بقصف سوري روسي على غوطة دمشق مقتل 27 مدنيا بقصف سوري روسي على غوطة دمشق",
            [("مقتل 27 مدنيا بقصف سوري روسي على غوطة دمشق", None, "unattributed")],
        ),
        ("المرصد السوري: مقتل 20 مدنياً", [("مقتل 20 مدنياً", "المرصد السوري", "assert")]),
        (
            "بيروت - رويترز: قال المرصد السوري إن 20 مدنيا قتلوا .",
            [("20 مدنيا قتلوا", "المرصد السوري", "assert")],
        ),
    ],
)
def test_segment_reads_no_claim_from_chrome(text, claims):
    assert _claims(text) == claims


@pytest.mark.parametrize(
    "text, kept",
    [
        # what a login form leaves beside itself, and a lone time stamp
        (
            "خطأ في إسم المستخدم أو كلمة السر الرجاء إدخال\nقال المرصد إن 5 قتلوا .",
            ["قال المرصد ان 5 قتلوا ."],
        ),
        ("12 : 00 صباحا دمشق\nقال المرصد إن 5 قتلوا .", ["قال المرصد ان 5 قتلوا ."]),
        ("27 شباط , 2017 16 : 15 : 49", []),
        # a headline beside chrome and a dated headline stay, without the page's stamp
        ("حجم الخط\nالمرصد السوري: مقتل 20 مدنيا", ["المرصد السوري: مقتل 20 مدنيا"]),
        (
            "2017 / 5 / 23 الساعة 17 : 01 - تنظيم الدولة يتبنى هجومين بحمص وريف دمشق",
            [" - تنظيم الدوله يتبني هجومين بحمص وريف دمشق"],
        ),
    ],
)
def test_strip_chrome_blanks_leftovers_of_chrome_lines(text, kept):
    stripped = strip_chrome(fold(text))
    assert len(stripped) == len(text)
    assert [line for line in stripped.split("\n") if line.strip()] == kept


@pytest.mark.parametrize(
    "text, chrome",
    [
        # a broadcaster's menu: "accessibility links, live broadcast, next programme, other options"
        (
            "Accessibility links البث المباشر البرنامج المقبل البث المباشر البرنامج المقبل خيارات أخرى",
            ["Accessibility links البث المباشر البرنامج المقبل البث المباشر البرنامج المقبل خيارات أخرى"],
        ),
        # a prompt to get the site's app, whatever the site's name
        (
            "حمل تطبيق الوفد على ايفون واي باد حمل تطبيق الوفد على اندرويد",
            ["حمل تطبيق الوفد على ايفون واي باد حمل تطبيق الوفد على اندرويد"],
        ),
        ("تطبيق أخبار 24 متوفر الآن للتحميل", ["تطبيق أخبار 24 متوفر الآن للتحميل"]),
        # a subscription box with its messages, words broken where the scraper dropped a shadda
        (
            "هل تريد الاشتراك في نشرتنا الإخباري ة ? جاري الت سجيل",
            ["هل تريد الاشتراك في نشرتنا الإخباري ة", "جاري الت سجيل"],
        ),
        # "read also" broken by the scraper
        ("اق - - رأ أيضا", ["اق - - رأ أيضا"]),
        # a masthead: the site's Latin name and the day's date
        ("Syrian Mirror الأحد , يناير 21 2018", ["Syrian Mirror الأحد , يناير 21 2018"]),
        # a prayer-times box, and one with empty template slots
        (
            "الفجر 05 : 16 الشروق 06 : 42 الظهر 11 : 59 العصر 02 : 55 المغرب 05 : 16",
            ["الفجر 05 : 16 الشروق 06 : 42 الظهر 11 : 59 العصر 02 : 55 المغرب 05 : 16"],
        ),
        (
            "الفجر { { fajer } } الشروق { { shorook } } الظهر { { dohor } } المغرب { { moghreb } }",
            ["الفجر { { fajer } } الشروق { { shorook } } الظهر { { dohor } } المغرب { { moghreb } }"],
        ),
        # a link printed out by the scraper, after a print button
        (
            "طباعة الرابط http : / / p . dw . com / p / 2pzgk",
            ["طباعة الرابط http : / / p . dw . com / p / 2pzgk"],
        ),
        # the site promising its news to the reader
        ("سجل الآن ليصلكم جديد الأخبار", ["ليصلكم جديد الأخبار"]),
        # an ad-blocker notice and a login form's message
        ("تم اكتشاف مانع الإعلانات", ["مانع الإعلانات"]),
        ("الرجاء إدخال المعلومات بشكل صحيح", ["الرجاء إدخال المعلومات بشكل صحيح"]),
        # a site's menu mined from its pages (data/chrome_sites.txt), before the headline
        (
            "برامج التلفزيون دروس الألمانية الألمانية للمتقدمين Community D عل م الألمانية / أخبار مقتل 20 مدنيا",
            ["برامج التلفزيون دروس الألمانية الألمانية للمتقدمين Community D عل م الألمانية"],
        ),
        (
            "روابط الدخول تصفح بي بي سي بحث في بي بي سي BBC Arabic تصفح",
            ["روابط الدخول تصفح بي بي سي بحث في بي بي سي BBC Arabic تصفح"],
        ),
        # a wire report's credit line, in brackets or run into the page's words
        (
            "وقتل 20 مدنيا . ( إعداد معاذ عبد العزيز للنشرة العربية - تحرير أحمد حسن )",
            ["إعداد معاذ عبد العزيز للنشرة العربية - تحرير أحمد حسن"],
        ),
        (
            "إعداد منير البويطي للنشرة العربية - تحرير أحمد صبحي خليفة Reuters News 2017",
            ["إعداد منير البويطي للنشرة العربية - تحرير أحمد صبحي خليفة"],
        ),
    ],
)
def test_chrome_spans_cover_mined_classes_of_chrome(text, chrome):
    assert _chrome(text) == chrome


@pytest.mark.parametrize(
    "text",
    [
        # the same words in news sentences
        "وقال التلفزيون الرسمي في البث المباشر إن القصف استمر .",
        "وناقش الوفد البرنامج المقبل للمفاوضات .",
        "وحمل تطبيق الاتفاق على الأرض صعوبات كبيرة .",
        "وأعلنت الشركة أن تطبيق الهاتف متوفر على أندرويد .",
        "وقال إن الاشتراك في المفاوضات مشروط بوقف القصف .",
        "أقر أيضا المجلس القرار بالإجماع .",
        "ونقل موقع Middle East Eye الأحد عن مصادر أن القصف استمر .",
        "وقع الانفجار بعد صلاة الفجر وقبل الظهر في مدينة الرقة .",
        "ونشر الرابط على موقعه الرسمي .",
        "ويخشى السكان ألا تصلهم المساعدات قبل الشتاء .",
        "وقال إن الإعلانات الحكومية تضمنت أرقاما غير دقيقة .",
        "وقال المتحدث إنه يرجو إدخال المساعدات بشكل صحيح وسريع .",
        "وتابعت وزارة الدفاع الروسية التطورات على مواقع التواصل الاجتماعي .",
        "وأكدت القوات الألمانية أنها لن تشارك في الهجوم .",
        "وأعلنت الحكومة إعداد خطة جديدة لإعادة الإعمار .",
    ],
)
def test_chrome_spans_leave_news_with_nearby_words_alone(text):
    assert _chrome(text) == []


@pytest.mark.parametrize(
    "text, stamp",
    [
        # a list of other stories, each opened by its day in two calendars
        (
            "لكن المسؤولين يشككون في ذلك . . . السبت 7 ربيع الأول 1439 هـ - - 25 نوفمبر 2017 م أكد مسؤولان"
            " أميركيان الجمعة أن البنتاغون سيعلن وجود 2000 عسكري .",
            "السبت 7 ربيع الأول 1439 هـ - - 25 نوفمبر 2017 م",
        ),
        # a cue of publishing with a colon, the hour after the date
        (
            "نشر فى : السبت 25 نوفمبر 2017 - 10 : 39 م | المعارضة السورية تقول إن مؤتمر سوتشي لا يخدم الحل .",
            "نشر فى : السبت 25 نوفمبر 2017 - 10 : 39 م",
        ),
        (
            "تم نشره يوم 20 يناير , 2018 12 : 58 ص القاهرة ( رويترز ) - قال رئيس الأركان إن",
            "تم نشره يوم 20 يناير , 2018 12 : 58 ص",
        ),
        # the weekday and the hour after a headline, with no mark between
        (
            "روسيا تعلن عبور النظام إلى شرق الفرات الاثنين 18 أيلول 2017 | 4 : 49 مساء بتوقيت دمشق بلدي نيوز",
            "الاثنين 18 أيلول 2017 | 4 : 49 مساء بتوقيت دمشق",
        ),
        # a story cut short before the next one's date, written in numbers
        (
            "لقتال جماعة الحوثي ( . . . ) 03 - 01 - 2018 وصل اللواء علي صالح الأحمر إلى مسقط .",
            "03 - 01 - 2018",
        ),
        # the hour and the date a page was posted and updated, one run of chrome
        (
            "11 : 10 09 . 10 . 2017 ( محدثة 10 : 03 10 . 10 . 2017 ) الموضوع : أعلنت الأركان",
            "11 : 10 09 . 10 . 2017 ( محدثة 10 : 03 10 . 10 . 2017",
        ),
        # a date naming the month in two calendars
        (
            "قتل خمسة .\n21 يناير / كانون الثاني 2018\nوقال المرصد إن القصف استمر .",
            "21 يناير / كانون الثاني 2018",
        ),
        # a date alone on its line
        ("قتل خمسة .\n21 كانون الثاني 2018\nوقال المرصد إن القصف استمر .", "21 كانون الثاني 2018"),
        # the weekday after a closing bracket
        (
            "( فيديو + صور ) الثلاثاء - 31 كانون الأول - 2013 - تحول تنظيم الدولة",
            "الثلاثاء - 31 كانون الأول - 2013",
        ),
        # the year first, the hour and its zone, and the date in the other calendar
        (
            "2015 / 12 / 27 الساعة 22 : 43 ( مكة المكرمة ) 1437 / 3 / 17 ه - اغتيال صحفي سوري في غازي عنتاب",
            "2015 / 12 / 27 الساعة 22 : 43 ( مكة المكرمة ) 1437 / 3 / 17 ه",
        ),
    ],
)
def test_chrome_spans_cover_date_stamps(text, stamp):
    assert stamp in _chrome(text)


@pytest.mark.parametrize(
    "text",
    [
        # a date the sentence governs
        "وقتل يوم الأحد 21 كانون الثاني 2018 خمسة مدنيين .",
        "وقد تعرض المستوصف للقصف عدة مرات كان آخرها قصف بالبراميل المتفجرة بتاريخ 13 نيسان 2014 .",
        "وكان بوتين وصل اليوم ( الاثنين 11 ديسمبر 2017 ) إلى القاهرة .",
        # a timeline: the date opening a line dates the event after it
        "الانتفاضة .\n29 مارس 2011 قدمت الحكومة السورية استقالتها .",
        "وقال المتحدث في 03/01/2018 إن القصف استمر .",
        # a range in brackets, and a date at a sentence's end after a comma
        "أول رئيس للجمهورية الإسلامية , أبو الحسن بني صدر ( 4 فبراير 1980 - 21 يونيو 1981 ) .",
        "وقدم وحيدي رشاشا إيرانيا أثناء زيارة طهران , 28 نوفمبر , 2010 .",
        # a year first, with neither hour nor second date; a span of two years
        "ووقع الهجوم في 2017 / 3 / 4 على السوق .",
        "قتل خمسة أشخاص في الفترة 2017 / 2018 في المدينة .",
    ],
)
def test_chrome_spans_leave_dates_of_sentences_alone(text):
    assert _chrome(text) == []
