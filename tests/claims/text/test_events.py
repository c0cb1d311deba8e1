import pytest

from claims.text.events import EventFrame, count_roles, event_frame, kinds_clash
from claims.text.numbers import extract_numbers


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("قتل 19 مدنياً في غارات روسية على معرة النعمان", {"air_strike", "casualty"}),
        ("سقطت قذائف هاون على حي القصاع", {"shelling"}),
        ("قصف جوي على بلدة حمورية", {"air_strike"}),
        ("هجوم بغاز السارين على خان شيخون", {"chemical", "clashes"}),
        ("انفجار سيارة مفخخة في مدينة أعزاز", {"bombing"}),
        ("زلزال بقوة 7.3 درجات ضرب إقليم كرمانشاه", {"disaster"}),
        ("سيطرت قوات النظام على بلدة تادف بعد انسحاب تنظيم الدولة", {"capture", "withdrawal"}),
        ("وقعت فصائل المعارضة اتفاق إجلاء من الغوطة", {"agreement"}),
        ("روسيا تستخدم حق النقض ضد مشروع القرار", {"vote"}),
        # A pronoun or a plural ending after the trigger, and the imperfect of the verb.
        ("الجيش يوسع سيطرته في محيط مطار كويرس", {"capture"}),
        ("أربعة أشخاص لقوا مصرعهم في قضاء دربنديخان", {"casualty"}),
        ("وسط انسحابات تنظيم الدولة إلى مركز المدينة", {"withdrawal"}),
        ("قوات درع الفرات تشتبك مع قوات النظام قرب تادف", {"clashes"}),
        ("تمكنت قسد الخميس من طرد الجهاديين من أربع قرى", {"capture"}),
        ("داعش يستعيد نصف البوكمال", {"capture"}),
        ("مجزرة جديدة للنظام في حمورية", {"casualty"}),
        ("رفع المتحدث صوته", set()),
        ("تنظيم الدولة الإسلامية ينفذ هجوماً جديداً ضد فصائل إدلب", {"clashes"}),
        # A trigger word in a body's name is no event; a definite subject before the verb is no name.
        ("اجتماع عقده قياديون في مقر يتبع لهيئة تحرير الشام بمدينة إدلب", set()),
        ("هجوم جديد ضد تحرير الشام", {"clashes"}),
        ("الجيش قصف المدينة", {"shelling"}),
        # An aircraft that crashed or fell is no raid; «للجيش» is defined, no «جيش التحرير».
        (
            "طائرة هليكوبتر تابعة للجيش تحطمت أثناء طلعة جوية روتينية اليوم الأحد مما أسفر عن مقتل سبعة أشخاص",
            {"crash", "casualty"},
        ),
        ("الطائرة المروحية تعرضت لخلل فني تسبب بسقوطها في منطقة الشويجة", {"crash"}),
        ("سقوط برميل متفجر على الحي", {"air_strike"}),
        ("طائرة حربية من نوع ميغ , سقطت فوق منطقة الاشتباك", {"crash", "clashes"}),
        # the dead who «fell» in raids of aircraft, and a regime brought down, are no aircraft lost
        ("سقط 20 قتيلا في غارات للطائرات الروسية على سراقب", {"air_strike", "casualty"}),
        ("تسعى الفصائل لإسقاط النظام رغم غارات الطائرات", {"air_strike"}),
        ("تحطم طائرة حربية بعد تنفيذها غارات على ريف إدلب", {"crash", "air_strike"}),
        # who holds the ground is no capture: «الخاضعة لسيطرة», «مناطق سيطرة», «التي يسيطر عليها»
        (
            "قصفت قوات تنظيم الدولة الإسلامية أحياء في مدينة دير الزور الخاضعة لسيطرة الحكومة",
            {"shelling"},
        ),
        ("قصف مناطق سيطرة المعارضة في إدلب", {"shelling"}),
        ("السيطرة بالكامل على دير الزور , التي تعد آخر مدينة كبرى يسيطر عليها تنظيم داعش", {"capture"}),
        ("المدينة التي يسيطر عليها التنظيم منذ عام 2014", set()),
        # an airline's «طيران», or civil aviation, is no raid; the air force's is
        ("علقت السلطات أعمال شركة طيران الإمارات في مطار تونس", set()),
        ("استأنف الطيران المدني السوري رحلاته إلى حلب", set()),
        ("قصف الطيران الروسي بلدة كفرنبل", {"air_strike"}),
        # «مشروع 1070 شقة» is a district, no draft put to a vote; «مشروع قرار» is
        ("سيطرت قوات النظام على مشروع 1070 شقة في حلب", {"capture"}),
        ("صوت مجلس الأمن على مشروع قرار روسي", {"vote"}),
    ],
)
def test_event_kinds_are_read_from_trigger_words_with_their_clitics(text, kinds):
    assert event_frame(text).kinds == frozenset(kinds)


@pytest.mark.parametrize(
    ("text", "weekday", "offset"),
    [
        ("قتل 27 شخصاً في غارات يوم الاثنين", 0, None),
        ("الزلزال وقع مساء أمس الأحد", 6, -1),
        ("ضرب زلزال المنطقة الليلة الماضية", None, -1),
        ("أعلنت الوزارة اليوم الخميس", 3, 0),
        ("قتل شخصان بين الخميس والجمعة", None, None),
        ("أحد السكان فقد عائلته", None, None),
    ],
)
def test_the_event_day_is_a_named_weekday_or_a_day_counted_from_publication(text, weekday, offset):
    frame = event_frame(text)
    assert (frame.weekday, frame.day_offset) == (weekday, offset)


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        ("مقتل 4 أشخاص في ضربات جوية على عربين", "مقتل 328 شخصاً في زلزال كرمانشاه", True),
        ("انفجار سيارة مفخخة في أعزاز", "غارات جوية على أعزاز", True),
        ("هجوم كيماوي بطائرات النظام", "غارات جوية للنظام", False),
        ("مقتل 20 مدنياً", "غارات على السوق", False),
        ("سيطرت قوات النظام على تادف", "اشتباكات عنيفة في محيط تادف", False),
        ("مقتل 20 مدنياً", "قالت الوزارة إن الوضع هادئ", False),
        ("تحطم طائرة هليكوبتر للجيش ومقتل سبعة أشخاص", "مقتل عشرين شخصا في غارة جوية على مدينة الباب", True),
    ],
)
def test_kinds_of_two_events_clash_only_when_they_cannot_be_one(a, b, clash):
    assert kinds_clash(event_frame(a), event_frame(b)) is clash


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("مقتل 27 شخصا وإصابة العشرات", ("killed", "wounded")),
        ("ما لا يقل عن 328 شخصا قتلوا وأصيب أكثر من 2500", ("killed", "wounded")),
        ("وأكد المرصد أن 19 مدنياً استشهدوا في قصف", ("killed",)),
        ("أربعة أشخاص آخرين قتلوا في مدينة عربين", ("part",)),
        ("منهم 5 أطفال", ("part",)),
        ("نزوح 400 ألف شخص من المدينة", ("displaced",)),
        ("على بعد 30 كيلومترا جنوب غرب حلبجة", (None,)),
    ],
)
def test_counts_know_which_toll_they_give(text, roles):
    spans = [(n.start, n.end) for n in extract_numbers(text)]
    assert count_roles(text, spans) == roles


def test_event_frame_keeps_the_places_it_is_given():
    assert event_frame("غارات على دوما", ("SY0302",)) == EventFrame(
        frozenset({"air_strike"}), None, None, ("SY0302",), lead="air_strike"
    )


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        # A capture «بدعم جوي» is a capture; a toll with its raid is the raid.
        (
            "أنباء أشارت إلى استعادة تنظيم داعش سيطرته على مدينة البوكمال والتي سيطرت عليها القوات السورية بدعم جوي",
            "capture",
        ),
        ("بمقتل ثلاثة أشخاص وجرح آخرين في غارات للطيران الروسي على قرية الحوايج", "air_strike"),
        ("قصف مدفعي وجوي على بلدة كفرنبل", "air_strike"),
        ("قتل 19 مدنياً في إدلب", "casualty"),
        ("نفت الوزارة صحة هذه الأنباء", None),
        # Forces moved in are a deployment; a capture named only as the aim is not what happened.
        ("دخول أي من مسلحيها إلى سوريا الأربعاء في إطار القتال للسيطرة على مدينة البوكمال", "deployment"),
        ("أرسلت روسيا تعزيزات عسكرية إلى منطقة عفرين", "deployment"),
        ("شنت الطائرات غارات بهدف استعادة البلدة", "air_strike"),
        # Moving in and taking the town is the capture.
        ("دخول قوات النظام إلى المدينة والسيطرة عليها", "capture"),
        # «نشر» with no forces after it is publishing.
        ("ونشر ناشطون على صفحات التواصل الاجتماعي صورا تظهر رفع علم النظام", None),
    ],
)
def test_the_event_a_claim_is_about_is_the_kind_it_names_first(text: str, lead: str | None) -> None:
    assert event_frame(text).lead == lead


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("قتل 20 مدنياً يوم الاثنين 22 تموز 2019 في معرة النعمان", (2019, 7, 22)),
        ("الأحد 21 كانون الثاني / يناير 2018 مصادر تنفي", (2018, 1, 21)),
        ("في 4 نيسان (أبريل) 2017 قصفت الطائرات خان شيخون", (2017, 4, 4)),
        ("قتل 5 أشخاص في 2 من آذار", (None, 3, 2)),
        ("غارات في 3 ديسمبر و5 ديسمبر", None),
        ("قتل 22 مدنياً", None),
    ],
)
def test_a_calendar_date_is_read_in_either_month_naming(text, named):
    assert event_frame(text).date == named


@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("وسيطر تنظيم الدولة الإسلامية منذ صيف 2014 على أجزاء واسعة من محافظة دير الزور", True),
        ("ومنذ عام 2013 تحاصر قوات النظام الغوطة الشرقية", True),
        ("خسر التنظيم المتطرف خلال الأسابيع الماضية الجزء الأكبر من المحافظة", True),
        ("قتل 12 مدنياً في غارات على معرة النعمان أمس", False),
        # Hours since the morning are the event's own time.
        ("منذ ساعات الصباح تتعرض المدينة لقصف عنيف", False),
        ("هجوم للمعارضة الشهر الماضي على مجمع للجيش", False),
        # A year named on its own: a time gone by, or a year's total.
        ("فصائل معارضة طردت التنظيم في العام 2014 من محافظة إدلب", True),
        ("قتل 500 مدني خلال عام 2019", True),
        ("قصفت الطائرات يوم الثلاثاء 5 كانون الأول عام 2017 بلدة حمورية", False),
        # A month of a year without its day: a time gone by.
        ("وفي حزيران / يونيو 1990 تسبب زلزال قرب بحر قزوين بمقتل 40 ألف شخص", True),
        ("خلال آذار 2017 قتل مئات المدنيين في الرقة", True),
        ("قتل 20 شخصا يوم 3 حزيران 2019 في غارة على أريحا", False),
        # The whole war: a base used «خلال الحرب السورية» is no strike of one day.
        ("واستخدمت روسيا قاعدة حميميم في تنفيذ ضربات جوية دعما للأسد خلال الحرب السورية", True),
        ("قتل مئات الآلاف طوال سنوات النزاع", True),
        ("قتل 12 مدنياً في غارة على بلدة خلالة أمس", False),
        ("أكثر من 120 غارة جوية أمريكية على اليمن في 2017", True),
        # Weeks or more before: another event than the day's.
        ("وكانت الدفاعات الجوية قد أعلنت قبل نحو شهرين إسقاط صاروخ باليستي كان يستهدف مطار الرياض", True),
        ("قبل ثلاثة أسابيع قتل 20 شخصا في قصف على دوما", True),
        ("قتل 20 شخصا في قصف على دوما قبل يومين", False),
        ("تقدمت القوات نحو المدينة وسيطرت عليها", False),
        # A month without its day, or the last one: a time gone by; the current one is the day's.
        ("قام نظام الأسد في سبتمبر / أيلول بإجلاء المئات من المقاتلين من حي الوعر", True),
        ("نجحت الفصائل مطلع أغسطس / آب الماضي في كسر الحصار عن حلب", True),
        ("قتل 20 مدنيا في غارات على إدلب في أيار الجاري", False),
        ("قتل 12 مدنياً في غارات على دوما في 3 شباط", False),
        # An entry of a chronology, dated by its day alone; a range of numbers is none.
        ("14 - إجلاء مدنيين ومقاتلين من أربع مناطق محاصرة في سوريا", True),
        ("نيسان 1 - خروج الدفعة الثالثة من مسلحي حي الوعر في حمص", True),
        ("20 - 30 مقاتلا وصلوا إلى المدينة أمس", False),
        # Last year, whatever day of it is named; last month may still be the news.
        ("انه في العاشر من حزيران العام الماضي , سيطر تنظيم داعش على كامل مدينة الموصل", True),
        ("وكانت الطائرات قصفت البلدة في السنة الفائتة", True),
    ],
)
def test_a_state_or_a_period_is_background_not_an_event(text: str, background: bool) -> None:
    assert event_frame(text).background is background


@pytest.mark.parametrize(
    ("text", "captor"),
    [
        ("تنظيم الدولة الإسلامية استعاد نصف مدينة البوكمال من جيش النظام وحلفائه", "islamic_state"),
        ('استعادة تنظيم " الدولة الاسلامية " السيطرة التامة على مدينة البوكمال', "islamic_state"),
        ('تنظيم " داعش " استعاد أمس السيطرة على حوالى 50 في المئة من البوكمال', "islamic_state"),
        ("وسيطرت قوات النظام والميليشيات الموالية لها اليوم على بلدة تادف", "regime"),
        # «الجيش» alone is the Syrian army; named with another camp it is that camp.
        ("قوات الجيش والقوات الحليفة سيطرت على مساحات جديدة في محيط المدينة", "regime"),
        ("سيطر الجيش السوري الحر على دوار تادف", "opposition"),
        ("سيطر الجيش التركي على تلة استراتيجية قرب الباب", "turkey"),
        # Ground lost names no captor, a pronoun none either.
        ("الجيش السوري يخسر السيطرة على نصف مدينة البوكمال", None),
        ("سيطرته وحلفائه على كامل البوكمال", None),
        # An aim is no capture.
        ("تقدمت قوات النظام في محاولة للسيطرة على البلدة", None),
    ],
)
def test_the_captor_is_the_subject_of_the_capture_word(text, captor):
    assert event_frame(text).captor == captor
