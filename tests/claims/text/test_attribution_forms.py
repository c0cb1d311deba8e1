"""Reporting forms of real news, one class of construction per test, read with the shipped registry."""

import pytest

from claims.text.segment import segment
from sources.matching import AliasIndex

RESOLVE = AliasIndex.from_registry().canonical_name


def _frames(text: str) -> list[tuple]:
    return [
        (c.source_mention, c.source, c.cue, c.modality, c.claim)
        for c in segment(text, resolve=RESOLVE)
        if c.modality != "unattributed"
    ]


def _opening(text: str) -> list[tuple[str | None, str]]:
    """Each attributed claim's mention and the first three words of its content."""
    return [(f[0], " ".join(f[4].split()[:3])) for f in _frames(text)]


def _named(text: str) -> list[tuple[str | None, str | None, str]]:
    """Each attributed claim's mention, the source it resolves to and the first three words of its content."""
    return [(f[0], f[1], " ".join(f[4].split()[:3])) for f in _frames(text)]


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            "رويترز قال الرئيس التركي رجب طيب إردوغان إن القمة الثلاثية قد تصدر عنها خطوات حاسمة .",
            [
                (
                    "الرئيس التركي رجب طيب إردوغان",
                    "رجب طيب أردوغان",
                    "قال",
                    "assert",
                    "القمة الثلاثية قد تصدر عنها خطوات حاسمة",
                )
            ],
        ),
        (
            "والأمر يتعلق ب - 12 قرية في محافظة حماة قال التنظيم الإرهابي إنه سيطر عليها اليوم الاثنين .",
            [("التنظيم الإرهابي", "التنظيم الإرهابي", "قال", "assert", "إنه سيطر عليها اليوم الاثنين")],
        ),
        (
            "بعد أن أكدت روسيا أن قواتها لم تشارك في الهجوم.",
            [("روسيا", "روسيا", "أكدت", "deny", "قواتها لم تشارك في الهجوم")],
        ),
        (
            "وبهذا الصدد قال المتحدث باسم الوزارة إن الهجوم فشل.",
            [("المتحدث باسم الوزارة", "المتحدث باسم الوزارة", "قال", "assert", "الهجوم فشل")],
        ),
    ],
)
def test_segment_past_verb_with_subject_and_an_opens_an_unpunctuated_clause(text, frames):
    assert _frames(text) == frames


def test_segment_addressee_after_an_embedded_verb_is_not_the_speaker():
    text = (
        "وذكرت وسائل الإعلام الرسمية أن الملك سلمان قال للرئيس ترامب إن أي قرار بنقل السفارة سيلهب المشاعر ."
    )
    assert [c.source_mention for c in segment(text)] == ["وسائل الإعلام الرسمية"]


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            "وكان المرصد قد أفاد بمقتل 20 مدنيا في القصف.",
            [("المرصد", "المرصد السوري لحقوق الإنسان", "أفاد", "assert", "بمقتل 20 مدنيا في القصف")],
        ),
        (
            "وكان المرصد أفاد بمقتل 20 مدنيا في القصف.",
            [("المرصد", "المرصد السوري لحقوق الإنسان", "أفاد", "assert", "بمقتل 20 مدنيا في القصف")],
        ),
        (
            "وكانت أنقرة أعلنت , الجمعة , حصولها على ضمانات جديدة من واشنطن بشأن الفصائل الكردية .",
            [
                (
                    "أنقرة",
                    "تركيا",
                    "أعلنت",
                    "assert",
                    "حصولها على ضمانات جديدة من واشنطن بشأن الفصائل الكردية",
                )
            ],
        ),
        (
            'و كان عضو وفد المعارضة في الأستانة , أحمد عثمان قد قال إن " الوفدين توصلا إلى نتيجة ايجابية " .',
            [
                (
                    "عضو وفد المعارضة في الأستانة , أحمد عثمان",
                    "أحمد عثمان",
                    "قال",
                    "assert",
                    "الوفدين توصلا إلى نتيجة ايجابية",
                )
            ],
        ),
    ],
)
def test_segment_pluperfect_subject_sits_between_kana_and_the_verb(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text",
    ["وكان ترامب قد خالف السياسة الأمريكية.", "وكانت القوات قتلت 20 مدنيا."],
)
def test_segment_pluperfect_of_a_verb_that_does_not_report_is_no_frame(text):
    assert _frames(text) == []


@pytest.mark.parametrize(
    "text, mention, source",
    [
        (
            "قال الأمير تركي الفيصل , الرئيس السابق للمخابرات السعودية , إن القرار سيغذي العنف في المنطقة .",
            "الأمير تركي الفيصل",
            "تركي الفيصل",
        ),
        (
            "وقال رئيس إدارة العمليات العامة في هيئة الأركان الروسية الفريق أول سيرغي رودسكوي إن المسلحين قصفوا المدينة.",
            "رئيس إدارة العمليات العامة في هيئة الأركان الروسية الفريق أول سيرغي رودسكوي",
            "سيرغي رودسكوي",
        ),
        (
            "وقالت الهيئة العليا للمفاوضات إن النظام يعرقل الحل.",
            "الهيئة العليا للمفاوضات",
            "هيئة التفاوض السورية",
        ),
        (
            "وقال الكولونيل ريان ديلون إن القوات العراقية أقامت صلة بمنطقة الحدود .",
            "الكولونيل ريان ديلون",
            "ريان ديلون",
        ),
        ("وقال المرصد إن 20 مدنيا قتلوا في إدلب.", "المرصد", "المرصد السوري لحقوق الإنسان"),
        ("قال الأمير إن القرار سيئ.", "الأمير", "الأمير"),
    ],
)
def test_segment_whole_names_keep_titles_ranks_and_bodies(text, mention, source):
    assert [(c.source_mention, c.source) for c in segment(text, resolve=RESOLVE)] == [(mention, source)]


@pytest.mark.parametrize(
    "text, source",
    [
        (
            'وقال رئيس " الاتحاد السوري الحر " لكرة الطائرة في الشمال السوري , عمار السعيد , إن 21 فريقا شاركوا '
            "في البطولة .",
            "عمار السعيد",
        ),
        (
            'وذكر لاعب نادي " كفرنبل " الرياضي , خالد الأسود , أنه شارك في عدة دوريات لكرة الطائرة .',
            "خالد الأسود",
        ),
        (
            "وأعلن وزير الخارجية الكويتي , صباح خالد الحمد الصباح , أن الرسالة تتعلق بأسس الحوار مع إيران .",
            "صباح خالد الحمد الصباح",
        ),
        ("وقال وزير الخارجية الإماراتي عبد الله بن زايد إن المؤتمر لم يتحدد موعده .", "عبد الله بن زايد"),
        ("وقال وزير الخارجية الكويتي إن المؤتمر لم يتحدد موعده .", "وزير الخارجية الكويتي"),
        (
            "وقال الرئيس السابق لهيئة الأركان العامة إن المؤتمر لم يتحدد موعده .",
            "الرئيس السابق لهيئة الأركان العامة",
        ),
    ],
)
def test_segment_titled_person_the_registry_does_not_know_is_the_name_without_the_title(text, source):
    assert [c.source for c in segment(text, resolve=RESOLVE) if c.modality != "unattributed"] == [source]


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "وكشف عضو اللجنة الشرعية في هيئة تحرير الشام , عبدالله المحيسني , أن الاتفاق أبرم مع وفد إيراني . "
            "ورفضت اللجنة السياسية في جنوب دمشق الاتفاق . وقالت اللجنة في بيان لها إن أي اتفاق لا يعنيها .",
            "اللجنة السياسية",
        ),
        (
            'أعلنت فصائل معارضة عن تشكيل غرفة عمليات " جيش محمد " لقتال قوات النظام . '
            "وأعلنت الغرفة عن انطلاق معركة جديدة للسيطرة على مدينة البعث .",
            "غرفة عمليات جيش محمد",
        ),
        (
            "أعلنت فصائل معارضة عن تشكيل غرفة عمليات «جيش محمد» لقتال قوات النظام . "
            "وأعلنت الغرفة عن انطلاق معركة جديدة للسيطرة على مدينة البعث .",
            "غرفة عمليات جيش محمد",
        ),
        (
            "وقالت اللجنة الدولية للصليب الأحمر إن القافلة وصلت . وقالت اللجنة إن القافلة دخلت المدينة .",
            "اللجنة الدولية للصليب الأحمر",
        ),
    ],
)
def test_segment_bare_head_noun_is_the_body_named_before_not_a_person_described_by_it(text, source):
    assert [c.source for c in segment(text, resolve=RESOLVE) if c.modality != "unattributed"][-1] == source


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "وقالت الممثلة الخاصة الجديدة برنيل دالر كارديل إن لبنان متمسك بالقرارات الدولية . "
            "وأكدت كاردل أن الأمم المتحدة تدعم لبنان .",
            "برنيل دالر كارديل",
        ),
        (
            "وقال الكاتب أفيجدور ماركوس إن الوضع هادئ . وأكد أفيغدور ماركوس أن الحملة مستمرة .",
            "أفيجدور ماركوس",
        ),
        (
            "وقال الباحث إيغور سيتشينكوف إن الوضع هادئ . وأكد سيتشنكوف أن الحملة مستمرة .",
            "إيغور سيتشينكوف",
        ),
    ],
)
def test_segment_a_name_spelt_another_way_in_one_article_is_one_source(text, source):
    assert {c.source for c in segment(text, resolve=RESOLVE) if c.modality != "unattributed"} == {source}


@pytest.mark.parametrize(
    "text, source",
    [
        ("وقال مسئولون روس إن قرار الولايات المتحدة إمداد أوكرانيا بالسلاح خطير .", "مسؤولون روس"),
        (
            "ونقلت الوكالة عن مسؤولين إسرائيليين وأميركيين قولهم إن الهجوم استهدف مخازن أسلحة .",
            "مسؤولون إسرائيليون وأميركيون",
        ),
        ("وقال مسؤولين عسكريين سوريين إن الطائرة أسقطت .", "مسؤولون عسكريون سوريون"),
        ("وأفاد ناشطين أن القصف استهدف السوق .", "ناشطون"),
    ],
)
def test_segment_unnamed_people_are_their_kind_in_the_nominative(text, source):
    assert [c.source for c in segment(text, resolve=RESOLVE) if c.modality != "unattributed"] == [source]


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "السلاح الأمريكي سيدفع كييف لاستخدام القوة . وتتهم كييف موسكو بإرسال قوات وأسلحة ثقيلة إلى شرق البلاد .",
            "كييف",
        ),
        (
            "وقال الرئيس إلهام علييف إن القرار نهائي . وعزز القرار سلطة عائلة علييف . وقال علييف إن القرار نهائي .",
            "إلهام علييف",
        ),
    ],
)
def test_segment_a_surname_takes_no_verb_kin_or_state_for_its_given_name(text, source):
    assert [c.source for c in segment(text, resolve=RESOLVE) if c.modality != "unattributed"][-1] == source


def test_segment_source_in_a_body_keeps_the_body_and_reads_both_agencies_as_the_outlet():
    text = "وأفادت مصادر في الجيش السوري لوكالتي رويترز وسبوتنيك بأن الطائرات قصفت المدينة."
    (claim,) = segment(text)
    assert (claim.source_mention, claim.via_mention, claim.claim) == (
        "مصادر في الجيش السوري",
        "لوكالتي رويترز وسبوتنيك",
        "الطائرات قصفت المدينة",
    )


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            "وقالت الوكالة إن الجيش تقدم , زاعمة أن الطائرات الروسية قصفت المدينة .",
            [
                ("الوكالة", "الوكالة", "قالت", "assert", "الجيش تقدم"),
                ("زاعمة", "الوكالة", "زاعمة", "allege", "الطائرات الروسية قصفت المدينة"),
            ],
        ),
        (
            "وأبدت اللجنة السياسية في جنوب دمشق , في بيان لها , عدم موافقتها على الاتفاق , مشيرة إلى أنها ليست طرفا فيه .",
            [
                (
                    "اللجنة السياسية في جنوب دمشق",
                    "اللجنة السياسية",
                    "أبدت",
                    "deny",
                    "عدم موافقتها على الاتفاق",
                ),
                ("مشيرة", "اللجنة السياسية", "مشيرة", "deny", "أنها ليست طرفا فيه"),
            ],
        ),
        (
            "وقال المتحدث باسم الوزارة إن الهجوم فشل , مضيف ا أن 20 مدنيا قتلوا .",
            [
                ("المتحدث باسم الوزارة", "المتحدث باسم الوزارة", "قال", "assert", "الهجوم فشل"),
                ("مضيف ا", "المتحدث باسم الوزارة", "مضيف ا", "assert", "20 مدنيا قتلوا"),
            ],
        ),
    ],
)
def test_segment_participle_of_saying_continues_or_opens_a_claim(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            "المرصد السوري: مقتل 20 مدنياً في قصف على إدلب",
            [
                (
                    "المرصد السوري",
                    "المرصد السوري لحقوق الإنسان",
                    ":",
                    "assert",
                    "مقتل 20 مدنياً في قصف على إدلب",
                )
            ],
        ),
        (
            "زعيم هولندي : تركيا بلد إسلامي ولا نريدها أبدا في الاتحاد الأوروبي",
            [
                (
                    "زعيم هولندي",
                    "زعيم هولندي",
                    ":",
                    "assert",
                    "تركيا بلد إسلامي ولا نريدها أبدا في الاتحاد الأوروبي",
                )
            ],
        ),
        ("المصدر : ( رويترز ) 23 أيلول 2014", []),
        ("البريد الإلكتروني : كلمة السر : أدخل الرمز الذي في الصورة", []),
    ],
)
def test_segment_headline_source_and_colon_is_a_report_but_a_byline_is_not(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, modality",
    [
        ("قال المصدر إن الجيش ليس لديه أي نية لاقتحام المدينة.", "deny"),
        ("وقال الجيش الروسي إنه لم ينفذ أي هجوم على المدينة.", "deny"),
        ("وأكدت وزارة الخارجية عدم المساس بوحدة الأراضي السورية.", "deny"),
        ("وقال الحريري إن دول الخليج العربية لا تعتزم اتخاذ أي إجراءات ضد لبنان.", "deny"),
        ("ونفى المصدر وجود ضحايا.", "deny"),
        ("وقال التحالف إنه لم يتبق في العراق وسوريا سوى أقل من 1000 مقاتل.", "assert"),
        ("وقال المرصد إن المعارك لا تزال مستمرة.", "assert"),
        ("وقال المرصد إن 20 مدنيا قتلوا في القصف الذي لم يتوقف.", "assert"),
        ("قال الجيش انه لا يوجد خطر لاستخراج معلومات سرية من الطائرة .", "assert"),
        # A speaker left unnamed is no denial of what he says.
        ("وقالت الوكالة إن مصدرا عسكريا لم تسمه أو تبين منصبه أكد لها سقوط الطائرة.", "assert"),
        ("وقال المتحدث إن مسؤولا لم يكشف عن اسمه أكد مقتل القائد.", "assert"),
        # A wish or an aim negated denies no event.
        ("وقال القائد إنهم لا يريدون أن يتقدم النظام إلى تادف.", "assert"),
        ("وقال المتحدث إن المعركة لا تهدف إلى اقتحام المدينة.", "assert"),
    ],
)
def test_segment_denial_in_the_content_after_a_neutral_verb_is_deny(text, modality):
    assert [c.modality for c in segment(text)] == [modality]


def test_segment_verbal_noun_of_negation_is_the_object_not_part_of_the_name():
    (claim,) = segment("وأكد الوزير عدم المساس بحقوق المدنيين.")
    assert (claim.source_mention, claim.claim) == ("الوزير", "عدم المساس بحقوق المدنيين")


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            "قتل 20 مدنيا في القصف، وفق آخر حصيلة للمرصد السوري لحقوق الإنسان.",
            [
                (
                    "حصيلة للمرصد السوري لحقوق الإنسان",
                    "المرصد السوري لحقوق الإنسان",
                    "وفق آخر",
                    "assert",
                    "قتل 20 مدنيا في القصف",
                )
            ],
        ),
        (
            "قتل 20 مدنيا في القصف، بحسب ما أفادت وكالة سانا.",
            [
                (
                    "وكالة سانا",
                    "وكالة الأنباء السورية",
                    "بحسب ما أفادت",
                    "assert",
                    "قتل 20 مدنيا في القصف",
                )
            ],
        ),
        (
            "وتقدمت القوات في المدينة استناداً إلى مصادر ميدانية، وقتل 20 عنصرا.",
            [("مصادر ميدانية", "مصادر ميدانية", "استناداً إلى", "assert", "وتقدمت القوات في المدينة")],
        ),
        (
            "وقتل 20 مدنيا وفق روايات #شهود_عيان في المدينة.",
            [("روايات #شهود_عيان في المدينة", "شهود عيان", "وفق", "assert", "وقتل 20 مدنيا")],
        ),
    ],
)
def test_segment_postposed_source_after_a_preposition(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            "وهذا يتناقض مع ما قاله المتحدث باسم الوزارة أن الهجوم لم يقع.",
            [("المتحدث باسم الوزارة", "المتحدث باسم الوزارة", "ما قاله", "deny", "الهجوم لم يقع")],
        ),
        (
            "وتتهم كييف موسكو بإرسال قوات وأسلحة ثقيلة إلى شرق البلاد وهو ما تنفيه روسيا .",
            [
                ("كييف", "كييف", "تتهم", "allege", "موسكو بإرسال قوات وأسلحة ثقيلة إلى شرق البلاد"),
                ("روسيا", "روسيا", "ما تنفيه", "deny", "موسكو بإرسال قوات وأسلحة ثقيلة إلى شرق البلاد"),
            ],
        ),
    ],
)
def test_segment_relative_ma_with_a_reporting_verb(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            "سانا من جهتها قالت إن الجيش سيطر على المدينة",
            [("سانا", "وكالة الأنباء السورية", "قالت", "assert", "الجيش سيطر على المدينة")],
        ),
        (
            "والمرصد السوري بدوره قال إن 20 مدنيا قتلوا",
            [("المرصد السوري", "المرصد السوري لحقوق الإنسان", "قال", "assert", "20 مدنيا قتلوا")],
        ),
        (
            "الدفاع المدني السوري يقول إن 20 مدنيا قتلوا في القصف",
            [("الدفاع المدني السوري", "الدفاع المدني السوري", "يقول", "assert", "20 مدنيا قتلوا في القصف")],
        ),
    ],
)
def test_segment_subject_first_without_punctuation(text, frames):
    assert _frames(text) == frames


def test_segment_body_named_with_its_purpose_resolves_to_the_body():
    text = (
        "قال # التحالف الدولي لمحاربة تنظيم داعش بقيادة الولايات المتحدة إنه لم يتبق سوى أقل من 1000 مقاتل ."
    )
    assert [(c.source_mention, c.source) for c in segment(text, resolve=RESOLVE)] == [
        ("التحالف الدولي لمحاربة تنظيم داعش بقيادة الولايات المتحدة", "التحالف الدولي")
    ]


@pytest.mark.parametrize(
    "mention, canonical",
    [("الأمير", None), ("تركي", None), ("بوتن", "فلاديمير بوتين"), ("المرصد", "المرصد السوري لحقوق الإنسان")],
)
def test_resolver_one_word_mentions_match_only_close_spellings(mention, canonical):
    assert RESOLVE(mention) == canonical


@pytest.mark.parametrize(
    "text, sources",
    [
        ("وعثر الأهالي على جثث في المدينة.", []),
        # Russia affirmed its victory: the state speaks, its victory is what it affirmed, never a source.
        ("وأكدت روسيا انتصارها على داعش في سوريا.", ["روسيا"]),
    ],
)
def test_segment_verbs_and_clauses_are_never_sources(text, sources):
    assert [c.source for c in segment(text, resolve=RESOLVE) if c.source] == sources


@pytest.mark.parametrize(
    "text, mention, source",
    [
        (
            "وقال مبعوث الأمم المتحدة إلى سوريا ستافان دي ميستورا الذي حضر اجتماعات آستانة إن الخطة ينبغي تقييمها .",
            "مبعوث الأمم المتحدة إلى سوريا ستافان دي ميستورا الذي حضر اجتماعات آستانة",
            "ستيفان دي ميستورا",
        ),
        (
            "وقال السفير الروسي إلى الأمم المتحدة إن الخطة فشلت .",
            "السفير الروسي إلى الأمم المتحدة",
            "السفير الروسي إلى الأمم المتحدة",
        ),
        ("وأشار المبعوث إلى أن الخطة فشلت .", "المبعوث", "المبعوث"),
    ],
)
def test_segment_envoy_keeps_where_he_is_sent_and_is_not_that_body(text, mention, source):
    assert [(c.source_mention, c.source) for c in segment(text, resolve=RESOLVE)] == [(mention, source)]


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            "ووصف ابو محمد العدناني الضربات الجوية الاميركية بانها غير مؤثرة .",
            [
                (
                    "ابو محمد العدناني",
                    "أبو محمد العدناني",
                    "وصف",
                    "assert",
                    "الضربات الجوية الاميركية بانها غير مؤثرة",
                )
            ],
        ),
        (
            'وأبلغت سعيدة قراش المتحدثة الرسمية باسم رئاسة الجمهورية التونسية إذاعة شمس المحلية بأن " هناك معلومات جدية " .',
            [
                (
                    "سعيدة قراش المتحدثة الرسمية باسم رئاسة الجمهورية التونسية",
                    "سعيدة قراش",
                    "أبلغت",
                    "assert",
                    "هناك معلومات جدية",
                )
            ],
        ),
    ],
)
def test_segment_weak_verb_reaches_an_a_few_words_on(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            "وقال صهيب الرحيل , وهو مسؤول في ألوية الفرقان , إحدى فصائل الجيش الحر , التي تعمل في المنطقة إن "
            '" الميليشيات الإيرانية تسعى لتعزيز نفوذها " .',
            [("صهيب الرحيل", "صهيب الرحيل", "قال", "assert", "الميليشيات الإيرانية تسعى لتعزيز نفوذها")],
        ),
        (
            'وقال وفد المعارضة الذي حضر المحادثات " الأمم المتحدة تحكم على أي مبادرة " .',
            [
                (
                    "وفد المعارضة الذي حضر المحادثات",
                    "وفد المعارضة",
                    "قال",
                    "assert",
                    "الأمم المتحدة تحكم على أي مبادرة",
                )
            ],
        ),
    ],
)
def test_segment_description_between_source_and_content_is_skipped(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            'لكن " المرصد السوري " أشار إلى أن لديها عددا من مواطنيها .',
            [("المرصد السوري", "المرصد السوري لحقوق الإنسان", "أشار", "assert", "لديها عددا من مواطنيها")],
        ),
        (
            "الجيش الإسرائيلي يؤكد إسقاط القوات السورية لطائرة بدون طيار",
            [
                (
                    "الجيش الإسرائيلي",
                    "الجيش الإسرائيلي",
                    "يؤكد",
                    "assert",
                    "إسقاط القوات السورية لطائرة بدون طيار",
                )
            ],
        ),
        (
            "رويترز تعهد الرئيس الإيراني حسن روحاني يوم السبت بانفتاح إيران على العالم .",
            [
                (
                    "الرئيس الإيراني حسن روحاني",
                    "حسن روحاني",
                    "تعهد",
                    "assert",
                    "بانفتاح إيران على العالم",
                )
            ],
        ),
        ("ترامب أبلغ الرئيس التركي رجب طيب أردوغان أن واشنطن بدأت تعدل الدعم العسكري .", []),
        ("اقرأ أيضا الجيش السوري الحر يبدأ عملية برية في عفرين بدعم تركي", []),
    ],
)
def test_segment_subject_first_quoted_or_sentence_initial(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            'وجاء في بيان صدر عن وزارة الدفاع الروسية أن طائرة " سكالبل " الطبية قامت بإيصال 4 صحافيين روس .',
            [
                (
                    "وزارة الدفاع الروسية",
                    "وزارة الدفاع الروسية",
                    "جاء في",
                    "assert",
                    'طائرة " سكالبل " الطبية قامت بإيصال 4 صحافيين روس',
                )
            ],
        ),
        (
            'وورد في بيان للجيش الإسرائيلي أنه تم اطلاق " عدة صواريخ مضادة للطائرات " بعد الغارة .',
            [
                (
                    "بيان للجيش الإسرائيلي",
                    "الجيش الإسرائيلي",
                    "ورد في",
                    "assert",
                    'أنه تم اطلاق " عدة صواريخ مضادة للطائرات " بعد الغارة',
                )
            ],
        ),
        ("وجاء ذلك في وقت متأخر من الليل بعد اجتماع طويل .", []),
    ],
)
def test_segment_what_a_document_says_after_jaa_fi(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            "ويرد معارضون بأن النظام هو من قصف المدينة.",
            [("معارضون", "معارضون", "يرد", "assert", "النظام هو من قصف المدينة")],
        ),
        (
            "وتعهد الأسد من قبل باستعادة كل الأراضي السورية .",
            [("الأسد", "بشار الأسد", "تعهد", "assert", "من قبل باستعادة كل الأراضي السورية")],
        ),
        (
            'كما أعربت الخارجية الروسية عن " قلقها " من الوضع على الحدود .',
            [
                (
                    "الخارجية الروسية",
                    "وزارة الخارجية الروسية",
                    "أعربت",
                    "assert",
                    '" قلقها " من الوضع على الحدود',
                )
            ],
        ),
        (
            "وكرر وزير الدفاع الإسرائيلي أفيغدور ليبرمان أن بلاده لن تسمح بوجود قوات إيرانية في سوريا .",
            [
                (
                    "وزير الدفاع الإسرائيلي أفيغدور ليبرمان",
                    "أفيغدور ليبرمان",
                    "كرر",
                    "assert",
                    "بلاده لن تسمح بوجود قوات إيرانية في سوريا",
                )
            ],
        ),
        ("ورد الجيش على مصادر النيران .", []),
    ],
)
def test_segment_verbs_of_replying_promising_expressing_and_repeating(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            "أما التحالف الذي تقوده الولايات المتحدة فيدعي أنه يكافح مسلحي داعش في سوريا منذ عام 2014 .",
            [
                (
                    "التحالف الذي تقوده الولايات المتحدة",
                    "التحالف الدولي",
                    "يدعي",
                    "allege",
                    "أنه يكافح مسلحي داعش في سوريا منذ عام 2014",
                )
            ],
        ),
        (
            "أما المعارضة فقالت إن النظام قصف المدينة .",
            [("المعارضة", "المعارضة", "قالت", "assert", "النظام قصف المدينة")],
        ),
    ],
)
def test_segment_topic_after_amma_speaks_through_fa_and_the_verb(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "mention, canonical",
    [
        ("الرئيس الأمريكي باراك أوباما", "باراك أوباما"),
        ("الرئيس الأمريكي", "البيت الأبيض"),
        ("الرئيس التركي في كلمة", "رجب طيب أردوغان"),
        ("التحالف الذي تقوده الولايات المتحدة", "التحالف الدولي"),
    ],
)
def test_resolver_office_followed_by_a_name_is_not_the_office(mention, canonical):
    assert RESOLVE(mention) == canonical


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "وقال نائب رئيس لجنة الشؤون الدولية في مجلس النواب الروسي الكسي شيبا , إن البيان محاولة لمصادرة النصر .",
            "الكسي شيبا",
        ),
        (
            "وأفاد المفاوض الروسي ألكسندر لافرنتييف بأن هذا المؤتمر سيركز على السعي إلى حل وسط .",
            "ألكسندر لافرنتييف",
        ),
    ],
)
def test_segment_person_named_after_a_title_keeps_a_given_name_that_looks_definite(text, source):
    assert [c.source for c in segment(text, resolve=RESOLVE)] == [source]


@pytest.mark.parametrize(
    "text, mentions",
    [
        ("البريد الإلكتروني : الاسم المستعاركلمة السر : أكد كلمة السر : أدخل الرمز الذي في الصورة", []),
        ("وقالت حركة أحرار الشام إن مقاتليها صدوا الهجوم .", ["حركة أحرار الشام"]),
        ('" رد الفعل هنا كان مفاجأة تامة " , قال الأمير تركي .', ["الأمير تركي"]),
    ],
)
def test_segment_things_that_cannot_speak_are_not_sources_and_spaced_punctuation_is_read(text, mentions):
    assert [c.source_mention for c in segment(text) if c.source] == mentions


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            'وتجري الجهات المختصة التحقيقات لمعرفة أسباب الحادث , حسبما ذكرت وكالة الأنباء الإماراتية الرسمية " وام " .',
            [
                (
                    'وكالة الأنباء الإماراتية الرسمية " وام "',
                    "وكالة أنباء الإمارات",
                    "حسبما ذكرت",
                    "assert",
                    "وتجري الجهات المختصة التحقيقات لمعرفة أسباب الحادث",
                )
            ],
        ),
        (
            'واعتبر الجيش السوري الحر - في بيان له - أن الاتفاق " المريب " يعتبر جريمة ضد الإنسانية .',
            [
                (
                    "الجيش السوري الحر",
                    "الجيش السوري الحر",
                    "اعتبر",
                    "assert",
                    'الاتفاق " المريب " يعتبر جريمة ضد الإنسانية',
                )
            ],
        ),
        (
            'وفي بيان رسمي قال بطريرك الكنيسة الروسية كيريل " لقد اتخذت روسيا قرارا مسئولا " .',
            [("بطريرك الكنيسة الروسية كيريل", "كيريل", "قال", "assert", "لقد اتخذت روسيا قرارا مسئولا")],
        ),
    ],
)
def test_segment_quoted_outlet_name_dashed_channel_and_name_before_a_quotation(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            "أعلن نظام الأسد مشاركته في مؤتمر سوتشي .",
            [("نظام الأسد", "الحكومة السورية", "أعلن", "assert", "مشاركته في مؤتمر سوتشي")],
        ),
        (
            "وأعلن الدفاع المدني اللبناني أن 20 لاجئا قضوا جراء العاصفة .",
            [
                (
                    "الدفاع المدني اللبناني",
                    "الدفاع المدني اللبناني",
                    "أعلن",
                    "assert",
                    "20 لاجئا قضوا جراء العاصفة",
                )
            ],
        ),
    ],
)
def test_segment_verbal_noun_with_a_suffix_and_another_countrys_body(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, sources",
    [
        (
            "والتقى وزير الخارجية الأمريكي جون كيري نظيره الروسي . وقال كيري إن المحادثات قد تحدث قريبا .",
            ["جون كيري"],
        ),
        (
            "وكان الداعية عبدالله المحيسني في إدلب . وقال المحيسني إن الاتفاق تضمن إدخال مواد غذائية .",
            ["عبدالله المحيسني"],
        ),
        ("أما المعارضة فقالت إن النظام قصف المدينة .", ["المعارضة"]),
    ],
)
def test_segment_surname_alone_takes_the_given_name_the_article_writes_before_it(text, sources):
    assert [c.source for c in segment(text, resolve=RESOLVE) if c.source] == sources


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            "ووثقت الشبكة السورية لحقوق الإنسان اليوم الخميس مقتل 32 شخصا معظمهم بمحافظة حلب .",
            [
                (
                    "الشبكة السورية لحقوق الإنسان",
                    "الشبكة السورية لحقوق الإنسان",
                    "وثقت",
                    "assert",
                    "مقتل 32 شخصا معظمهم بمحافظة حلب",
                )
            ],
        ),
        ("وسجل الفريق هدفا في الدقيقة العاشرة .", []),
    ],
)
def test_segment_monitors_document_a_toll_and_a_team_is_no_rank(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, mention, source",
    [
        (
            'ومن جهة أخرى , أعلن لواء " خالد بن الوليد " , انسحابه من " جبهة ثوار سوريا " .',
            'لواء " خالد بن الوليد "',
            "خالد بن الوليد",
        ),
        (
            "وقال ولي العهد السعودي الأمير محمد بن سلمان إن المملكة ستواصل الإصلاح .",
            "ولي العهد السعودي الأمير محمد بن سلمان",
            "محمد بن سلمان",
        ),
    ],
)
def test_segment_brigade_and_names_with_bin_keep_the_whole_name(text, mention, source):
    assert [(c.source_mention, c.source) for c in segment(text, resolve=RESOLVE)] == [(mention, source)]


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            "بدورها أفادت مسار برس بمقتل شخص وإصابة ثلاثة آخرين جراء غارات جوية على مدينة سرمدا .",
            [
                (
                    "مسار برس",
                    "وكالة مسار برس",
                    "أفادت",
                    "assert",
                    "بمقتل شخص وإصابة ثلاثة آخرين جراء غارات جوية على مدينة سرمدا",
                )
            ],
        ),
    ],
)
def test_segment_bi_marks_what_afada_reports(text, frames):
    assert _frames(text) == frames


def test_segment_call_for_is_a_report_of_its_speaker():
    (claim,) = segment(
        "ودعا وزير الخارجية الكويتي إلى حوار صريح بين إيران وجيرانها الإقليميين .", resolve=RESOLVE
    )
    assert (claim.source_mention, claim.cue, claim.claim) == (
        "وزير الخارجية الكويتي",
        "دعا",
        "حوار صريح بين إيران وجيرانها الإقليميين",
    )


@pytest.mark.parametrize(
    "text, mention, source",
    [
        (
            'وقال بوشكوف على حسابه على موقع تويتر : " بيان ترامب لا علاقة له بالوقائع " .',
            "بوشكوف",
            "بوشكوف",
        ),
        (
            "وقد تعهدت إسرائيل مرارا بمنع حزب الله من الحصول على أسلحة متطورة .",
            "إسرائيل",
            "إسرائيل",
        ),
        (
            "وأعلن مساعد مدير مكتب الرئيس الإيراني برويز إسماعيلي , اليوم الثلاثاء , عن الزيارة .",
            "مساعد مدير مكتب الرئيس الإيراني برويز إسماعيلي",
            "برويز إسماعيلي",
        ),
        ("وقال بن علي يلدريم إن الهجوم فشل .", "بن علي يلدريم", "بن علي يلدريم"),
    ],
)
def test_segment_channel_on_an_account_adverbs_and_names_beginning_with_bi(text, mention, source):
    assert [(c.source_mention, c.source) for c in segment(text, resolve=RESOLVE)] == [(mention, source)]


@pytest.mark.parametrize(
    "text, mention, source",
    [
        # A name after the title, up to the adverbials before «أن».
        (
            "وقال الناطق باسم الكرملين ديمتري بيسكوف لوكالة الانباء الروسية ريا نوفوستي انه استغرق اربع ساعات .",
            "الناطق باسم الكرملين ديمتري بيسكوف",
            "ديمتري بيسكوف",
        ),
        (
            "وقال مدير المرصد رامي عبد الرحمن إن هذا أول انتشار للقوات التركية .",
            "مدير المرصد رامي عبد الرحمن",
            "رامي عبد الرحمن",
        ),
        # A description after the name; the person is the name between a rank and a title.
        (
            "وقال أحمد طعمة رئيس الوفد إن المعارضة لن تحضر الجلسة .",
            "أحمد طعمة رئيس الوفد",
            "أحمد طعمة",
        ),
        (
            "وقال الكولونيل ريان ديلون المتحدث باسم التحالف إن الغارات مستمرة .",
            "الكولونيل ريان ديلون المتحدث باسم التحالف",
            "ريان ديلون",
        ),
    ],
)
def test_segment_name_after_title_joins_the_mention(text, mention, source):
    assert [(c.source_mention, c.source) for c in segment(text, resolve=RESOLVE)][:1] == [(mention, source)]


@pytest.mark.parametrize(
    "text, mention",
    [
        # What is described, or whom it was told to, is not part of the speaker.
        ("ووصف ابو محمد العدناني الضربات الجوية الاميركية بأنها غير مؤثرة .", "ابو محمد العدناني"),
        (
            "وعلم المرصد السوري لحقوق الإنسان من عدد من المصادر الموثوقة أن الطائرات قصفت البلدة .",
            "المرصد السوري لحقوق الإنسان",
        ),
    ],
)
def test_segment_object_after_the_speaker_stays_out_of_the_mention(text, mention):
    assert segment(text, resolve=RESOLVE)[0].source_mention == mention


def test_segment_title_alone_names_the_person_the_article_gave_it():
    text = (
        "زارت الممثلة الخاصة للامين العام برنيل دالر كارديل امس رئيس الجمهورية العماد ميشال عون في قصر بعبدا . "
        'وشدد رئيس الجمهورية على ان " لبنان كان دائما في موقع الدفاع عن النفس " .'
    )
    assert [(c.source_mention, c.source) for c in segment(text, resolve=RESOLVE) if c.source] == [
        ("رئيس الجمهورية", "ميشال عون")
    ]


def test_segment_title_of_someone_else_in_a_genitive_is_not_the_person():
    text = (
        "وقال الرئيس الإيراني حسن روحاني إن الاتفاق صامد . وكان مدير مكتب الرئيس الإيراني محمود واعظي قد زار "
        "موسكو . وأكد الرئيس الإيراني أن بلاده لن تتراجع ."
    )
    assert [c.source for c in segment(text, resolve=RESOLVE) if c.source] == ["حسن روحاني", "حسن روحاني"]


@pytest.mark.parametrize(
    "text, frames",
    [
        # A participle opening a sentence adds to the speaker of the sentence before.
        (
            "وقال ولى العهد السعودى إن موقع اليمن مهم . "
            "مؤكدا أن أرامكو السعودية ستثبت نفسها على أرض الواقع .",
            [
                ("ولى العهد السعودى", "قال", "موقع اليمن مهم"),
                ("مؤكدا", "مؤكدا", "أرامكو السعودية ستثبت نفسها على أرض الواقع"),
            ],
        ),
        # A short phrase of time or place before the verb still opens the clause; «لقد» opens direct speech.
        (
            "وبعد اللقاء قالت كارديل لقد أجرينا محادثات موسعة حول القضايا الرئيسية .",
            [("كارديل", "قالت", "لقد أجرينا محادثات موسعة حول القضايا الرئيسية")],
        ),
        (
            "وفي الرياض , أكد مصدر مسؤول في وزارة الخارجية السعودية أن المملكة ترحب بالنتائج .",
            [("مصدر مسؤول في وزارة الخارجية السعودية", "أكد", "المملكة ترحب بالنتائج")],
        ),
    ],
)
def test_segment_clause_openers(text, frames):
    assert [(m, cue, claim) for m, _, cue, _, claim in _frames(text)] == frames


def test_segment_narration_after_a_place_phrase_stays_unattributed():
    assert _frames("وفي المدينة قتل 20 شخصا بقصف جوي .") == []


@pytest.mark.parametrize(
    "text, frames",
    [
        # After «إلا أن» or the writer's «ويذكر أن» a clause opens with its own subject; a time set off by
        # commas may stand between the verb and its «أن».
        (
            "إلا أن المعارضة أعلنت أن الطائرات الروسية قصفت المواقع .",
            [("المعارضة", "أعلنت", "الطائرات الروسية قصفت المواقع")],
        ),
        (
            "ويذكر أن الهيئة السياسية لجيش الإسلام أعلنت , يوم الثلاثاء الفائت , أنها وافقت على إخراج 29 أسيرا .",
            [("الهيئة السياسية لجيش الإسلام", "أعلنت", "أنها وافقت على إخراج 29 أسيرا")],
        ),
        # A relative clause between «كان» and the verb belongs to the subject.
        (
            "وكان التحالف الذي تقوده الولايات المتحدة قال في 5 ديسمبر / كانون الأول إن أقل من 3000 مقاتل ما زالوا .",
            [("التحالف الذي تقوده الولايات المتحدة", "قال", "أقل من 3000 مقاتل ما زالوا")],
        ),
        # A headline after the time of a scraped page: «ص» (a.m.) is not part of the source.
        (
            "اليوم السابع الأحد , 21 يناير 2018 10 : 22 ص ولى العهد السعودى : أزمة قطر صغيرة ولن تؤثر على المستثمرين",
            [("ولى العهد السعودى", ":", "أزمة قطر صغيرة ولن تؤثر على المستثمرين")],
        ),
    ],
)
def test_segment_embedded_and_headline_subjects(text, frames):
    assert [(m, cue, claim) for m, _, cue, _, claim in _frames(text)] == frames


def test_segment_participle_after_a_verb_without_subject_keeps_the_speaker():
    text = (
        "وقال البطريرك كيريل إن الحرب عادلة . وتحدث عن معاناة المسيحيين في المنطقة وتدمير الكنائس , "
        'مضيفا أن " معاناة المسلمين لا تقل عن ذلك " .'
    )
    assert [(c.source, c.cue) for c in segment(text, resolve=RESOLVE) if c.source][-1] == (
        "كيريل",
        "مضيفا",
    )


@pytest.mark.parametrize(
    "text, mention, source",
    [
        # A family name written with the article still ends the person's name.
        (
            "وقال وزير الخارجية عادل الجبير إن الرياض تدعم المعارضة .",
            "وزير الخارجية عادل الجبير",
            "عادل الجبير",
        ),
        # Whom it was said to, and where, stay out of the speaker.
        (
            "وقال الرئيس دونالد ترامب لنظيره التركي إن واشنطن ستوقف الدعم .",
            "الرئيس دونالد ترامب",
            "دونالد ترامب",
        ),
        (
            "وقال الرئيس الكوبي راؤول كاسترو في التلفزيون الرسمي إن فيدل توفي .",
            "الرئيس الكوبي راؤول كاسترو",
            "راؤول كاسترو",
        ),
    ],
)
def test_segment_person_name_ends_before_addressee_and_place(text, mention, source):
    assert [(c.source_mention, c.source) for c in segment(text, resolve=RESOLVE)] == [(mention, source)]


@pytest.mark.parametrize(
    "text, frames",
    [
        # A verb without subject later in the sentence shares the subject of the verb that opens it.
        (
            'وندد أوباما بالهجوم المسلح وقال إن عمليات إطلاق نار " لا يوجد مثلها في العالم " .',
            [("أوباما", "باراك أوباما", "قال", 'عمليات إطلاق نار " لا يوجد مثلها في العالم "')],
        ),
        # "من جانبه" before the verb; a title after the name up to the preposition the verb takes.
        (
            "من جانبه أعرب طلعت تاج الدين رئيس الإدارة الروحية المركزية للمسلمين في روسيا عن دعمه للتدخل"
            ' العسكري , وقال إن السوريين " هم جيراننا " .',
            [
                (
                    "طلعت تاج الدين رئيس الإدارة الروحية المركزية للمسلمين في روسيا",
                    "طلعت تاج الدين",
                    "أعرب",
                    "دعمه للتدخل العسكري",
                ),
                ("قال", "طلعت تاج الدين", "قال", 'السوريين " هم جيراننا "'),
            ],
        ),
        # A sentence opening on «وأن» goes on with the report before it.
        (
            'وأفاد مراسل " العربية " بأن القصف استمر طوال الليل . وأن هناك مخاوف من حدوث عمليات انتقامية .',
            [
                ('مراسل " العربية "', "قناة العربية", "أفاد", "القصف استمر طوال الليل"),
                (None, "قناة العربية", "وأن", "هناك مخاوف من حدوث عمليات انتقامية"),
            ],
        ),
    ],
)
def test_segment_speaker_carried_within_and_across_sentences(text, frames):
    assert [(m, source, cue, claim) for m, source, cue, _, claim in _frames(text)] == frames


def test_segment_object_of_a_verb_is_not_a_speaker_for_the_next_verb():
    assert _frames("وقصفت طائرات روسية المدينة وقالت إن الهدف مواقع للتنظيم .") == []


def test_segment_headline_in_present_tense_after_page_marks():
    assert _frames("> > ترامب يؤكد ما قاله أردوغان بشأن تعديل دعم أمريكا لأكراد سوريا") == [
        ("ترامب", "دونالد ترامب", "يؤكد", "assert", "ما قاله أردوغان بشأن تعديل دعم أمريكا لأكراد سوريا")
    ]


@pytest.mark.parametrize(
    "text, mention, cue",
    [
        # A dateline in quotation marks before a verb whose subject follows it.
        (
            '" رويترز " أعلن المنسق العام للهيئة العليا للمفاوضات رياض حجاب أنه سيستقيل .',
            "المنسق العام للهيئة العليا للمفاوضات رياض حجاب",
            "أعلن",
        ),
        # «وسبق أن» before the verb.
        (
            "وسبق أن صرح الشيخ محمد عبد الفتاح , إمام مسجد الروضة , بأن الصوفيين لا يقيمون الحضرة في المسجد .",
            "الشيخ محمد عبد الفتاح",
            "صرح",
        ),
        # A correspondent named by a possessive: "مراسلنا".
        ("وأكد مراسلنا مقتل أحد المشتبه بهم في حادث إطلاق النار .", "مراسلنا", "أكد"),
    ],
)
def test_segment_more_clause_openings(text, mention, cue):
    assert [(c.source_mention, c.cue) for c in segment(text, resolve=RESOLVE) if c.source][:1] == [
        (mention, cue)
    ]


@pytest.mark.parametrize(
    "text, mention",
    [
        # A report inside a report is the inner speaker's.
        (
            'وقال موقع " ميزان " التابع للسلطة القضائية الإيرانية إن مدعي طهران عباس جعفري دولت أبادي قال إن'
            " المحكمة العليا أيدت الحكم .",
            "مدعي طهران عباس جعفري دولت أبادي",
        ),
        (
            "وأشارت وكالة تاس الروسية إلى أن الخارجية الروسية أشارت إلى أن القرار الأمريكي يقوض الاتفاقيات .",
            "الخارجية الروسية",
        ),
    ],
)
def test_segment_report_inside_a_report_is_the_inner_speakers(text, mention):
    assert [c.source_mention for c in segment(text, resolve=RESOLVE) if c.source][-1] == mention


def test_segment_body_spoken_to_after_a_bare_name_is_not_the_speaker():
    text = "وقال كيري لمجلس الأمن التابع للأمم المتحدة إن الولايات المتحدة ستواصل عملياتها الجوية ."
    assert [c.source_mention for c in segment(text, resolve=RESOLVE)] == ["كيري"]


def test_segment_name_set_off_by_commas_may_end_in_a_family_name_with_the_article():
    text = 'في السياق , نفى نائب قائد " جيش اليرموك " , سليمان الشريف , سيطرة النظام على البلدات .'
    [claim] = segment(text, resolve=RESOLVE)
    assert (claim.source_mention, claim.claim) == (
        'نائب قائد " جيش اليرموك " , سليمان الشريف',
        "سيطرة النظام على البلدات",
    )


@pytest.mark.parametrize(
    "text",
    [
        "وقالت إذاعة تابعة لوزارة الداخلية , التي تسيطر عليها جماعة الحوثي في اليمن , اليوم الإثنين , إن"
        " الرئيس السابق علي عبد الله صالح قتل .",
        # Run into the headline of a scraped page; the asides set off by commas do not count as distance.
        "تضارب حول مقتل الرئيس اليمني السابق علي عبد الله صالح قالت إذاعة تابعة لوزارة الداخلية , التي تسيطر"
        " عليها جماعة الحوثي في اليمن , اليوم الإثنين , إن الرئيس السابق علي عبد الله صالح قتل .",
    ],
)
def test_segment_affiliated_outlet_keeps_its_affiliation(text):
    assert [(c.source_mention, c.claim) for c in segment(text, resolve=RESOLVE) if c.source] == [
        ("إذاعة تابعة لوزارة الداخلية", "الرئيس السابق علي عبد الله صالح قتل")
    ]


def test_every_participle_of_saying_names_a_reporting_verb():
    from claims.text.lexicon import CUES, SAYING_PARTICIPLES

    assert {v for v in SAYING_PARTICIPLES.values() if v not in CUES} == set()


@pytest.mark.parametrize("participle", ["مستنكرا", "مشيدا", "منتقدا", "متمنيا", "واصفا"])
def test_segment_participle_opening_a_sentence_never_fails(participle):
    assert segment(f"{participle} أن الهجوم وقع .", resolve=RESOLVE)


@pytest.mark.parametrize(
    "text, frames",
    [
        # The subject of «أن» set off from its verb by a comma: the inner report is the subject's.
        (
            'وأشارت " رويترز " إلى أن وزارة العدل الأميركية , قالت إن الإمام متهم بقتل شخص أثناء هجوم على منشأة'
            " اتحادية .",
            [
                (
                    "وزارة العدل الأميركية",
                    "وزارة العدل الأميركية",
                    "قالت",
                    "assert",
                    "الإمام متهم بقتل شخص أثناء هجوم على منشأة اتحادية",
                )
            ],
        ),
        # An aside between commas («وهو …») describing the subject stays out of the mention.
        (
            "وذكرت وكالة إنترفاكس للأنباء أن فرانز كلينتسفيتش عضو لجنة الأمن في مجلس الاتحاد الروسي , وهو المجلس"
            " الأعلى للبرلمان , قال إن كييف ستعتبر إمدادات السلاح دعما لتصرفاتها .",
            [
                (
                    "فرانز كلينتسفيتش عضو لجنة الأمن في مجلس الاتحاد الروسي",
                    "فرانز كلينتسيفيتش",
                    "قال",
                    "assert",
                    "كييف ستعتبر إمدادات السلاح دعما لتصرفاتها",
                )
            ],
        ),
        # The channel between the verb and its content («في بيان») does not keep the subject away.
        (
            "وأشارت رويترز إلى أن وزارة العدل الأميركية , قالت في بيان إن الإمام متهم بقتل شخص .",
            [("وزارة العدل الأميركية", "وزارة العدل الأميركية", "قالت", "assert", "الإمام متهم بقتل شخص")],
        ),
        # After «غير أن», with a present verb.
        (
            "غير أن الدكتور القصبي , وهو رئيس لجنة التضامن الاجتماعي بمجلس النواب ( البرلمان ) , يرى أن تلك"
            " المخاوف غير مبررة .",
            [("الدكتور القصبي", "الدكتور القصبي", "يرى", "assert", "تلك المخاوف غير مبررة")],
        ),
        # A report inside a report reaches its «أن» past a time set off by commas.
        (
            'وذكر موقع " ميزان " التابع للسلطة القضائية الإيرانية , اليوم الاثنين , أن مدعي طهران عباس جعفري'
            " دولت أبادي قال إن المحكمة العليا أيدت الحكم .",
            [
                (
                    "مدعي طهران عباس جعفري دولت أبادي",
                    "مدعي طهران عباس جعفري دولت أبادي",
                    "قال",
                    "assert",
                    "المحكمة العليا أيدت الحكم",
                )
            ],
        ),
    ],
)
def test_segment_subject_set_off_by_commas_before_its_verb(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, mentions",
    [
        # An object the comma ends is no subject: the subject of the sentence speaks.
        (
            "ونشر معارضون سوريون على وسائل التواصل الاجتماعي صورا ومقاطع فيديو , قالوا إنها تظهر دخول الآليات .",
            ["معارضون سوريون"],
        ),
        # Nor a time phrase, nor the content of a report before the comma: the speaker goes on.
        ("قال المرصد إن الطائرات قصفت البلدة . وفي وقت سابق , قال إن الهجوم أوقع قتلى .", ["المرصد", "قال"]),
        ("وأكد الوزير أن الاتفاق صامد , قال إن الخروقات محدودة .", ["الوزير", "قال"]),
    ],
)
def test_segment_phrase_before_a_comma_that_cannot_speak_is_no_set_off_subject(text, mentions):
    assert [f[0] for f in _frames(text)] == mentions


@pytest.mark.parametrize(
    "text, frames",
    [
        # «لما قالوا إنه»: a verb without subject in a relative clause on the object; the sentence's subject speaks.
        (
            "وأرسل سكان قرب معبر باب الهوى الحدودي مع تركيا في سوريا صورا لرويترز لما قالوا إنه قطاع من الجدار"
            " الحدودي تزيله السلطات التركية .",
            [("سكان", "سكان", "لما قالوا", "assert", "إنه قطاع من الجدار الحدودي تزيله السلطات التركية")],
        ),
        (
            "وأذاع التلفزيون الرسمي الإيراني الأسبوع الماضي ما قال إنها اعترافات جلالي .",
            [
                (
                    "التلفزيون الرسمي الإيراني",
                    "التلفزيون الرسمي الإيراني",
                    "ما قال",
                    "assert",
                    "إنها اعترافات جلالي",
                )
            ],
        ),
        # No subject that can speak: the relative clause is not the last speaker's.
        (
            "قال المرصد إن القصف استمر . ونشرت الصفحة صورا لما قالت إنها آثار القصف .",
            [("المرصد", "المرصد السوري لحقوق الإنسان", "قال", "assert", "القصف استمر")],
        ),
    ],
)
def test_segment_relative_ma_without_subject_is_the_sentence_subjects(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # A verb without subject right after an indefinite noun is a relative clause on it; a plural in «ون» heads
        # no genitive, so the noun after it is the object, not part of the speaker.
        (
            "ونشر ناشطون سوريون مقطع فيديو قالوا إنه يظهر القصف .",
            [("ناشطون سوريون", "ناشطون سوريون", "قالوا", "assert", "إنه يظهر القصف")],
        ),
        (
            "ونشر ناشطون مقطع فيديو قالوا إنه يظهر القصف .",
            [("ناشطون", "ناشطون", "قالوا", "assert", "إنه يظهر القصف")],
        ),
        # «قريبة من» joins the body a source is close to, like «المقربة من».
        (
            "وقالت مصادر قريبة من الحكومة إن الاتفاق تم .",
            [("مصادر قريبة من الحكومة", "مصادر قريبة", "قالت", "assert", "الاتفاق تم")],
        ),
        # A subject that cannot speak leaves the relative clause unattributed, not the last speaker's.
        (
            "قال المرصد إن القصف استمر . وأظهرت الصور دمارا كبيرا قال إنه نتيجة الغارات .",
            [("المرصد", "المرصد السوري لحقوق الإنسان", "قال", "assert", "القصف استمر")],
        ),
    ],
)
def test_segment_relative_clause_on_an_indefinite_object_is_the_sentence_subjects(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # A title, its adjective and the person's name before the preposition the verb governs: the name is the
        # speaker's, and a verb without subject after it keeps that person.
        (
            "وأشار الرئيس الروسي فلاديمير بوتين إلى المؤتمر في منتجع سوتشي . وقال إنه سيشمل جميع الأعراق .",
            [
                (
                    "الرئيس الروسي فلاديمير بوتين",
                    "فلاديمير بوتين",
                    "أشار",
                    "assert",
                    "المؤتمر في منتجع سوتشي",
                ),
                ("قال", "فلاديمير بوتين", "قال", "assert", "إنه سيشمل جميع الأعراق"),
            ],
        ),
        (
            "وأعرب الرئيس التركي رجب طيب أردوغان عن قلقه من التصعيد .",
            [("الرئيس التركي رجب طيب أردوغان", "رجب طيب أردوغان", "أعرب", "assert", "قلقه من التصعيد")],
        ),
        (
            "ودعا الرئيس السوري بشار الأسد إلى الحوار .",
            [("الرئيس السوري بشار الأسد", "بشار الأسد", "دعا", "assert", "الحوار")],
        ),
        # Places and whom the call is made to are the object, not a name.
        (
            "ودعا الرئيس الروسي حلب وإدلب إلى ضبط النفس .",
            [("الرئيس الروسي", "فلاديمير بوتين", "دعا", "assert", "حلب وإدلب إلى ضبط النفس")],
        ),
        (
            "ودعا الرئيس الروسي نظيره الأمريكي إلى ضبط النفس .",
            [("الرئيس الروسي", "فلاديمير بوتين", "دعا", "assert", "نظيره الأمريكي إلى ضبط النفس")],
        ),
    ],
)
def test_segment_person_named_after_title_and_adjective_before_a_governed_preposition(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # The accused follows the accuser: a name after a closed body, or a plural nisba after a singular noun, is
        # the object of «اتهم», not part of the speaker; so is a name set off by a comma after a quoted one.
        (
            "واتهمت السلطات الإيرانية أحمد رضا جلالي , وهو طبيب ومحاضر , بتقديم معلومات لإسرائيل .",
            [
                (
                    "السلطات الإيرانية",
                    "إيران",
                    "اتهمت",
                    "allege",
                    "أحمد رضا جلالي , وهو طبيب ومحاضر , بتقديم معلومات لإسرائيل",
                )
            ],
        ),
        (
            'كما اتهم التحالف الحوثيين باستخدام " المنافذ المستخدمة للأعمال الإغاثية في تهريب الصواريخ " .',
            [
                (
                    "التحالف",
                    "التحالف",
                    "اتهم",
                    "allege",
                    'الحوثيين باستخدام " المنافذ المستخدمة للأعمال الإغاثية في تهريب الصواريخ "',
                )
            ],
        ),
        (
            'واتهم " أبو اليقظان " , أحرار الشام بأنها تضم قسما يوالي تركيا . وأضاف : " اضرب في الرأس " .',
            [
                ("أبو اليقظان", "أبو اليقظان", "اتهم", "allege", "أحرار الشام بأنها تضم قسما يوالي تركيا"),
                ("أضاف", "أبو اليقظان", "أضاف", "assert", "اضرب في الرأس"),
            ],
        ),
        # Adjectives and a «لـ» genitive stay with the accuser.
        (
            "واتهم المرصد السوري لحقوق الإنسان قوات النظام بقصف المدينة .",
            [
                (
                    "المرصد السوري لحقوق الإنسان",
                    "المرصد السوري لحقوق الإنسان",
                    "اتهم",
                    "allege",
                    "قوات النظام بقصف المدينة",
                )
            ],
        ),
        (
            "واتهمت الفصائل السورية المسلحة النظام بخرق الهدنة .",
            [("الفصائل السورية المسلحة", "الفصائل السورية المسلحة", "اتهمت", "allege", "النظام بخرق الهدنة")],
        ),
    ],
)
def test_segment_accused_after_the_accuser_is_not_the_speaker(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, sources",
    [
        # «عبد» and a definite divine name make one given name before a surname used alone later.
        ("واستقبل الرئيس عبد الفتاح السيسي الوفد . وقال السيسي إن مصر آمنة .", ["عبد الفتاح السيسي"]),
        # A title used alone names the person the article set it after, with a comma.
        (
            "واستقبل الوفد عبد الهادي القصبي , رئيس المجلس الأعلى للطرق الصوفية , أمس . وقال رئيس المجلس الأعلى"
            " للطرق الصوفية إن الاحتفالات آمنة .",
            ["عبد الهادي القصبي"],
        ),
        # A place or a time before the comma is no name.
        (
            "ووصل الوفد إلى القاهرة , رئيس المجلس الأعلى للطرق الصوفية , أمس . وقال رئيس المجلس الأعلى للطرق"
            " الصوفية إن الاحتفالات آمنة .",
            ["رئيس المجلس الأعلى للطرق الصوفية"],
        ),
    ],
)
def test_segment_given_name_with_abd_and_a_name_before_a_title(text, sources):
    assert [f[1] for f in _frames(text)] == sources


@pytest.mark.parametrize(
    "text, frames",
    [
        # A plural nisba after a singular one qualifies nothing before it: it opens the object.
        (
            "قال الدكتور عبد الهادي القصبي إن الاحتفالات مستمرة . وحذر القصبي المصريين من الوقوع في الفتنة .",
            [
                (
                    "الدكتور عبد الهادي القصبي",
                    "الدكتور عبد الهادي القصبي",
                    "قال",
                    "assert",
                    "الاحتفالات مستمرة",
                ),
                ("القصبي", "الدكتور عبد الهادي القصبي", "حذر", "assert", "المصريين من الوقوع في الفتنة"),
            ],
        ),
        # Adjectives that agree stay in the source.
        (
            "وقال الناشطون السوريون إن القصف استمر .",
            [("الناشطون السوريون", "الناشطون السوريون", "قال", "assert", "القصف استمر")],
        ),
        (
            "وقال المسؤول العسكري الأمريكي إن القصف استمر .",
            [("المسؤول العسكري الأمريكي", "المسؤول العسكري الأمريكي", "قال", "assert", "القصف استمر")],
        ),
    ],
)
def test_segment_plural_adjective_after_a_singular_name_is_the_object(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # Digits and Latin words of the page before a headline's source are no part of it.
        (
            "Euronews 19 / 12 / 2017 المرصد السوري : مقتل 20 مدنيا في قصف على إدلب",
            [
                (
                    "المرصد السوري",
                    "المرصد السوري لحقوق الإنسان",
                    ":",
                    "assert",
                    "مقتل 20 مدنيا في قصف على إدلب",
                )
            ],
        ),
        # The page's Arabic words run into the source: the longest known phrase before the colon or the verb.
        (
            "Search CNN Arabic Navigation عناوين الأخبار الجيش السوري : الدفاعات الجوية اسقطت طائرة إسرائيلية",
            [("الجيش السوري", "الجيش العربي السوري", ":", "assert", "الدفاعات الجوية اسقطت طائرة إسرائيلية")],
        ),
        (
            "Search CNN Arabic Navigation عناوين الأخبار القوات المسلحة الإماراتية تعلن مقتل طاقم طائرة عسكرية",
            [
                (
                    "القوات المسلحة الإماراتية",
                    "القوات المسلحة الإماراتية",
                    "تعلن",
                    "assert",
                    "مقتل طاقم طائرة عسكرية",
                )
            ],
        ),
        # A label that cannot speak is no source, nor is the speaker of a verb before a colon read again.
        ("Search CNN Arabic Navigation عناوين الأخبار الحصيلة النهائية للقصف : 20 قتيلا في إدلب وريفها", []),
        (
            'وأضاف المتحدث باسم الجيش : " الدفاعات الجوية اسقطت طائرة " .',
            [("المتحدث باسم الجيش", "المتحدث باسم الجيش", "أضاف", "assert", "الدفاعات الجوية اسقطت طائرة")],
        ),
    ],
)
def test_segment_headline_source_after_the_words_of_a_scraped_page(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # The preposition the verb governs and a verbal noun mark its content: the phrase before them speaks,
        # known or not, and «تحدث عن» reports as well.
        (
            'وأعلنت الغرفة عن انطلاق معركة " ما لنا غيرك يا الله " .',
            [("الغرفة", "الغرفة", "أعلنت", "assert", 'انطلاق معركة " ما لنا غيرك يا الله "')],
        ),
        (
            "وتحدثت مصادر موالية للنظام السوري عن استعداد النظام لمعركة حاسمة في مدينة حلب .",
            [
                (
                    "مصادر موالية للنظام السوري",
                    "مصادر موالية للنظام",
                    "تحدثت",
                    "assert",
                    "استعداد النظام لمعركة حاسمة في مدينة حلب",
                )
            ],
        ),
        # A verbal noun opening the phrase is the object; a topic that is no verbal noun is no report.
        ("وأعلنت السيطرة على مدينة البعث .", []),
        ("وأعلن انطلاق المعركة عن طريق الفصائل .", []),
        ("وتحدث الطفل عن المدرسة .", []),
        # A word in the accusative, its «اً» spaced off, is an adverb and no subject: the speaker goes on.
        (
            "قال المرصد إن القصف استمر . وأعلن مؤخر ا عن سيطرته على قريتي حتاش وحزيمة .",
            [
                ("المرصد", "المرصد السوري لحقوق الإنسان", "قال", "assert", "القصف استمر"),
                ("أعلن", "المرصد السوري لحقوق الإنسان", "أعلن", "assert", "سيطرته على قريتي حتاش وحزيمة"),
            ],
        ),
    ],
)
def test_segment_governed_preposition_and_verbal_noun_mark_the_content(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # A statement and whoever issued it («صادر عن») name the source; the issuer is the source.
        (
            "وقال بيان صادر عن رئاسة الأركان التركية , الجمعة , إن فعاليات تشكيل نقاط المراقبة بدأت .",
            [
                (
                    "بيان صادر عن رئاسة الأركان التركية",
                    "هيئة الأركان التركية",
                    "قال",
                    "assert",
                    "فعاليات تشكيل نقاط المراقبة بدأت",
                )
            ],
        ),
        (
            "وذكر بيان صادر عن وزارة الدفاع الروسية أن الطائرات دمرت مستودعا .",
            [
                (
                    "بيان صادر عن وزارة الدفاع الروسية",
                    "وزارة الدفاع الروسية",
                    "ذكر",
                    "assert",
                    "الطائرات دمرت مستودعا",
                )
            ],
        ),
        # Only a document is issued.
        (
            "وقال مصدر صادر عن الوزارة إن الهجوم فشل .",
            [("مصدر صادر", "مصدر صادر", "قال", "assert", "الهجوم فشل")],
        ),
    ],
)
def test_segment_statement_issued_by_a_body_is_the_bodys(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # A time of any length in the phrase that opens the sentence before the verb does not count.
        (
            "وخلال الجولة السابقة في منتصف ايلول الفائت اعلنت روسيا وتركيا عن اتفاق على نشر قوات في منطقة ادلب .",
            [("روسيا وتركيا", "روسيا وتركيا", "اعلنت", "assert", "اتفاق على نشر قوات في منطقة ادلب")],
        ),
        (
            "وفي يوليو الماضي أعلن القائد العام للجيش الوطني الليبي المشير خليفة حفتر , تحرير مدينة بنغازي .",
            [
                (
                    "القائد العام للجيش الوطني الليبي المشير خليفة حفتر",
                    "خليفة حفتر",
                    "أعلن",
                    "assert",
                    "تحرير مدينة بنغازي",
                )
            ],
        ),
        # A longer phrase with a clause of its own is narration, and the verb after it is no clause opening.
        ("وفي مدينة حلب التي شهدت معارك عنيفة منذ أشهر قال إن القصف استمر .", []),
    ],
)
def test_segment_time_inside_an_opening_phrase_does_not_count(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # «بـ» and the body a title or a body belongs to stay in the source, and a name set off after it joins.
        (
            "فيما قال رئيس لجنة الشؤون الخارجية بمجلس الشيوخ الروسي , كونستانتين كوساشيف , إن فيدل كاسترو عاش"
            " حياة مليئة بالحلم الثوري .",
            [
                (
                    "رئيس لجنة الشؤون الخارجية بمجلس الشيوخ الروسي , كونستانتين كوساشيف",
                    "قسطنطين كوساتشوف",
                    "قال",
                    "assert",
                    "فيدل كاسترو عاش حياة مليئة بالحلم الثوري",
                )
            ],
        ),
        (
            "وذكرت وكالة الأنباء السعودية نقلا عن التحالف بقيادة السعودية أن الصاروخ كان موجها إلى مناطق سكنية .",
            [
                (
                    "التحالف بقيادة السعودية",
                    "التحالف العربي",
                    "ذكرت",
                    "assert",
                    "الصاروخ كان موجها إلى مناطق سكنية",
                )
            ],
        ),
        # Not after a verbal noun: "driving" is no body.
        ("وسمح بإقامة الحفلات الموسيقية وأعلن السماح للنساء بقيادة السيارات في العام المقبل .", []),
    ],
)
def test_segment_body_after_bi_belongs_to_a_title_or_a_body(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # A noun of fear right after the verb governs «من أن» and what is feared.
        (
            "وأبدى عدد من أتباع الطرق الصوفية قلقهم من أن يحول الإرهابيون هجماتهم إلى استهداف التجمعات .",
            [
                (
                    "عدد من أتباع الطرق الصوفية",
                    "عدد من أتباع الطرق الصوفية",
                    "أبدى",
                    "assert",
                    "يحول الإرهابيون هجماتهم إلى استهداف التجمعات",
                )
            ],
        ),
        (
            "وأعرب المبعوث الأممي عن خشيته من أن ينهار الاتفاق .",
            [("المبعوث الأممي", "المبعوث الأممي", "أعرب", "assert", "ينهار الاتفاق")],
        ),
        # Not a fear that another verb raised after the object of this one.
        (
            "وأعلن المرصد مقتل عشرة مدنيين , وأثار ذلك مخاوف من أن يتصاعد القصف .",
            [
                (
                    "المرصد",
                    "المرصد السوري لحقوق الإنسان",
                    "أعلن",
                    "assert",
                    "مقتل عشرة مدنيين , وأثار ذلك مخاوف من أن يتصاعد القصف",
                )
            ],
        ),
    ],
)
def test_segment_noun_of_fear_governs_min_anna(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, mentions",
    [
        # The known name in a run of page words is the whole name, not the genitive of its title.
        ("وزير الخارجية الأميركي : لا حل عسكريا في سوريا على الإطلاق", ["وزير الخارجية الأميركي"]),
        # An indefinite description in the page's words names no speaker; nor does a document with no issuer.
        ("الشبكات الاجتماعية عن ترك برس موقع إخباري مستقل يرصد الأخبار والمقالات التركية", []),
        ('ودانت في بيان أصدرته : " التجاهل المتعمد لقيم المناطق ذات الأغلبية المسيحية " .', []),
        # A Latin name inside an Arabic phrase opens no line of the page.
        ('خلال لقاء لقناة RT الروسية يقول " هناك قرار بالذهاب إلى سوتشي " .', []),
        # A headline subject alone keeps its report.
        ("استراليا تعلن بأنها ستنهي ضرباتها الجوية في سوريا والعراق", ["استراليا"]),
        # One indefinite noun in «اً» after «إن» is what an impersonal «يُعتقد» is about, not a speaker; the one
        # who speaks is the man the "وهو …" aside describes.
        (
            'قال " جوني أتاسي " , وهو سوري يبلغ من العمر 26 عاما , ل - هيومن رايتس ووتش إن قاربا يعتقد أنه يتبع'
            " سفن خفر السواحل .",
            ["جوني أتاسي"],
        ),
    ],
)
def test_segment_page_words_and_impersonal_verbs_name_no_speaker(text, mentions):
    assert [f[0] for f in _frames(text)] == mentions


@pytest.mark.parametrize(
    "text, frames",
    [
        # A verb of accusing with the accused as a pronoun suffix, then the accuser and the charge.
        (
            "واتهمه الجيش بالتعاون مع التنظيم .",
            [("الجيش", "الجيش", "اتهمه", "allege", "بالتعاون مع التنظيم")],
        ),
        # «بـ» right after it opens the charge: no accuser follows the verb, which goes on with the subject of
        # the report it is joined to.
        (
            "ووصف خصوم سنة للخنجر رجل الأعمال بأنه يروج لنفسه ويتهمونه بتقديم تعطشه للسلطة على استقرار العراق .",
            [
                ("خصوم سنة للخنجر", "خصوم سنة للخنجر", "وصف", "assert", "رجل الأعمال بأنه يروج لنفسه"),
                ("يتهمونه", "خصوم سنة للخنجر", "يتهمونه", "allege", "بتقديم تعطشه للسلطة على استقرار العراق"),
            ],
        ),
    ],
)
def test_segment_accused_as_a_pronoun_suffix(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # With the article, a word in «ت» is a verbal noun (تفعّل), which the verb's «على» governs.
        (
            "وأكد المنسحبون على التمسك بثوابت أخرى منها قضية المعتقلين .",
            [("المنسحبون", "المنسحبون", "أكد", "assert", "التمسك بثوابت أخرى منها قضية المعتقلين")],
        ),
    ],
)
def test_segment_definite_verbal_noun_in_ta_after_a_governed_preposition(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # With no accused before the charge, «اتُّهمت بـ» is a passive and reports nothing.
        ('" أصالة " لم تكن الفنانة كندا علوش , السورية الوحيدة التي اتهمت بحيازتها للمخدرات .', []),
        # With the accused as a suffix, the speaker goes on.
        (
            "وقالت كمبش إن المليشيات هي المسيطرة على الأرض , واتهمتها بإثارة المشاكل الطائفية في ديالى .",
            [
                ("كمبش", "كمبش", "قالت", "assert", "المليشيات هي المسيطرة على الأرض"),
                ("اتهمتها", "كمبش", "اتهمتها", "allege", "بإثارة المشاكل الطائفية في ديالى"),
            ],
        ),
    ],
)
def test_segment_verb_of_accusing_with_no_accused_is_a_passive(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # The subject of a verb that reports nothing speaks the verb without subject opening the next sentence.
        (
            'ونشر فلينت إعلانا ضخما في صحيفة " واشنطن بوست " عرض فيه المكافأة . '
            "وقال إن الإطاحة بترامب قد تكون صعبة .",
            [("قال", "فلينت", "قال", "assert", "الإطاحة بترامب قد تكون صعبة")],
        ),
        (
            'وحذر قدورة فارس , رئيس " نادي الأسير الفلسطيني " من مغبة حدوث تدهور في الوضع الصحي للمضربين . '
            "وقال إنه قد انضم إلى الإضراب 235 معتقلا إداريا وأمنيا .",
            [("قال", "قدورة فارس", "قال", "assert", "انضم إلى الإضراب 235 معتقلا إداريا وأمنيا")],
        ),
        (
            "وأبان المستشار في مكتب سمو وزير الدفاع أن هناك جماعات من المليشيات الحوثية تواجدت قبل بدء العمليات"
            " داخل مدينة عدن . وأفاد أنه بمجرد أن يصل البلاغ من اللجان الشعبية يتم التعامل معها .",
            [
                (
                    "أفاد",
                    "المستشار",
                    "أفاد",
                    "assert",
                    "أنه بمجرد أن يصل البلاغ من اللجان الشعبية يتم التعامل معها",
                )
            ],
        ),
        # A passive has a subject too; a feminine verb goes with a feminine one.
        (
            "وأصيب منصور بطلقتين في قدمه خلال الحادث الإرهابي . "
            'وتابع : " لقد كان الجميع على الأرض مرغمين على خفض رؤوسهم " .',
            [("تابع", "منصور", "تابع", "assert", "لقد كان الجميع على الأرض مرغمين على خفض رؤوسهم")],
        ),
        (
            "وبحثت كاردل التي وصلت إلى لبنان الاسبوع الماضي , مع الرؤساء الثلاثة , في القضايا الرئيسية المدرجة"
            ' على جدول أعمال التعاون بين لبنان والأمم المتحدة . وقالت : " إن للبنان والامم المتحدة تاريخا طويلا'
            ' سويا " .',
            [("قالت", "كاردل", "قالت", "assert", "للبنان والامم المتحدة تاريخا طويلا سويا")],
        ),
        # A verbal noun or a particle after «و» opens no verb: the report goes on, or the last speaker speaks.
        (
            "وتبرير الوكالة استخدام تقنيات مشددة خلال الاستجواب يستند إلى تأكيدات غير دقيقة بالنسبة لفاعليتها . "
            "وأن التحقيقات مع المعتقلين كانت قاسية .",
            [],
        ),
        (
            "أكد الرئيس الإيراني حسن روحاني على أهمية انسحاب القوات الأجنبية من سوريا . وربما يفهم ذلك على أنه"
            ' تلميح إلى الوجود العسكري التركي في سوريا . وقال أيضا " ينبغي السماح لكل الأطراف الفاعلة بالمشاركة'
            ' في مؤتمر الشعب السوري " .',
            [
                (
                    "الرئيس الإيراني حسن روحاني",
                    "حسن روحاني",
                    "أكد",
                    "assert",
                    "أهمية انسحاب القوات الأجنبية من سوريا",
                ),
                (
                    "قال",
                    "حسن روحاني",
                    "قال",
                    "assert",
                    "ينبغي السماح لكل الأطراف الفاعلة بالمشاركة في مؤتمر الشعب السوري",
                ),
            ],
        ),
    ],
)
def test_segment_subject_of_a_sentence_that_reports_nothing_speaks_the_next(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # A masculine verb does not go on with a speaker that a feminine verb named, nor the reverse.
        (
            "وأعلن تشابلن أن الكنيسة تدعم قرار روسيا استخدام قواتها الجوية في سوريا . "
            'وأضافت أن " هذا القرار ينسجم مع القانون الدولي " .',
            [
                (
                    "تشابلن",
                    "تشابلن",
                    "أعلن",
                    "assert",
                    "الكنيسة تدعم قرار روسيا استخدام قواتها الجوية في سوريا",
                )
            ],
        ),
        (
            'وقال " معلوي " : قالت مندوبة الولايات المتحدة في مجلس الأمن الدولي " إن الصواريخ التي تطلق على'
            ' السعودية مصدرها إيران " . وأضاف : هذا ما تتفق عليه جميع القوى الإقليمية والدولية .',
            [
                (
                    "مندوبة الولايات المتحدة في مجلس الأمن الدولي",
                    "مجلس الأمن الدولي",
                    "قالت",
                    "assert",
                    "الصواريخ التي تطلق على السعودية مصدرها إيران",
                )
            ],
        ),
        # «ولفت» is masculine: its «ت» is the verb's own.
        (
            'وعن خسائر النظام قال الشريف " تم تدمير ثلاث دبابات واغتنام شيلكا ودبابة " , ولفت إلى أن عدد القتلى'
            " الكلي لم يتم حصره بشكل نهائي .",
            [
                ("الشريف", "الشريف", "قال", "assert", "تم تدمير ثلاث دبابات واغتنام شيلكا ودبابة"),
                ("لفت", "الشريف", "لفت", "deny", "عدد القتلى الكلي لم يتم حصره بشكل نهائي"),
            ],
        ),
        # The verb of an outlet quoting someone, or of a document, agrees with the outlet or the document.
        (
            'ونقلت عن روبرت ستولف قوله : " الإجراء مفاجئ ويناقض الموقف الأمريكي " . وأضاف أن هذا أمر نادر .',
            [
                ("روبرت ستولف", "روبرت ستولف", "نقلت", "assert", "الإجراء مفاجئ ويناقض الموقف الأمريكي"),
                ("أضاف", "روبرت ستولف", "أضاف", "assert", "هذا أمر نادر"),
            ],
        ),
        (
            "وذكر تقرير للأمم المتحدة أن 44 مرفقا صحيا تعرضت للهجمات في يوليو / تموز وحده . وقالت إن أربعة"
            " مستشفيات وبنكا للدم تعرضت للقصف الجوي في شرقي مدينة حلب .",
            [
                (
                    "تقرير للأمم المتحدة",
                    "الأمم المتحدة",
                    "ذكر",
                    "assert",
                    "44 مرفقا صحيا تعرضت للهجمات في يوليو / تموز وحده",
                ),
                (
                    "قالت",
                    "الأمم المتحدة",
                    "قالت",
                    "assert",
                    "أربعة مستشفيات وبنكا للدم تعرضت للقصف الجوي في شرقي مدينة حلب",
                ),
            ],
        ),
    ],
)
def test_segment_verb_without_subject_agrees_with_the_speaker_it_continues(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # «عنه» after a verb of quoting is whom the outlet quotes, the speaker named before; the outlet is the channel.
        (
            'وقال بوتين كما نقلت عنه وكالة انترفاكس " خلال نحو عامين , قضت القوات المسلحة الروسية بالتعاون مع'
            " الجيش السوري على الإرهابيين الدوليين إلى حد كبير .",
            [
                (
                    "عنه",
                    "فلاديمير بوتين",
                    "نقلت",
                    "assert",
                    "خلال نحو عامين , قضت القوات المسلحة الروسية بالتعاون مع الجيش السوري على الإرهابيين الدوليين"
                    " إلى حد كبير",
                ),
            ],
        ),
        # «فيه» after «جاء» takes up the document named just before it, and its issuer speaks.
        (
            'ونشرت وكالة الأنباء السورية الرسمية بيان الجيش والذي جاء فيه : " 4 طائرات للعدو الإسرائيلي أقدمت'
            ' عند الساعة 2 : 40 فجر اليوم على اختراق مجالنا الجوي " .',
            [
                (
                    "بيان الجيش",
                    "الجيش",
                    "جاء فيه",
                    "assert",
                    "4 طائرات للعدو الإسرائيلي أقدمت عند الساعة 2 : 40 فجر اليوم على اختراق مجالنا الجوي",
                )
            ],
        ),
        # «جاء فيه» with no document before it reads nothing.
        ('وجاء فيه : " لا أريد أن أضيع وقتي " .', []),
    ],
)
def test_segment_pronoun_after_a_verb_of_quoting_and_a_document_taken_up_by_fihi(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # After «وفق»/«حسب», a document described by a relative clause up to a comma speaks what «فقد»/«فإن» resumes;
        # «نص» before the document is the document's.
        (
            "ووفق نص البيان المشترك الذي نشره الكرملين على موقعه الإلكتروني , فقد اتفق الرئيسان على مواصلة الجهود"
            ' المشتركة في التصدي لتنظيم " الدولة الإسلامية " .',
            [
                (
                    "البيان المشترك الذي نشره الكرملين على موقعه الإلكتروني",
                    "البيان المشترك",
                    "وفق نص",
                    "assert",
                    'اتفق الرئيسان على مواصلة الجهود المشتركة في التصدي لتنظيم " الدولة الإسلامية "',
                )
            ],
        ),
        # An agreement is no document that speaks.
        (
            "وحسب هذا الاتفاق الذي أبرم مع حكومة رواندا , فإن هذا البلد الأفريقي قبل استقبال عشرة آلاف مهاجر .",
            [],
        ),
    ],
)
def test_segment_document_described_by_a_relative_clause_after_a_reporting_preposition(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # A participle of saying goes with a known name opening the sentence before its object.
        (
            "وأمر بوتين القوات الروسية في سوريا بالبدء في الانسحاب قائلا إنه بعد حملة عسكرية دامت عامين"
            ' " أنجزت موسكو ودمشق مهمة تدمير تنظيم الدولة " .',
            [
                (
                    "بوتين",
                    "فلاديمير بوتين",
                    "قائلا",
                    "assert",
                    'إنه بعد حملة عسكرية دامت عامين " أنجزت موسكو ودمشق مهمة تدمير تنظيم الدولة "',
                )
            ],
        ),
        # A country that slid into a crisis is not who speaks the participle, a clause later: the subject of the
        # clause «عندما» opens is.
        (
            "وانزلق لبنان إلى أزمة في الرابع من نوفمبر تشرين الثاني عندما استقال رئيس الوزراء سعد الحريري من"
            " منصبه خلال وجوده في السعودية قائلا إنه يخشى الاغتيال وانتقد إيران وحليفها اللبناني حزب الله .",
            [
                (
                    "رئيس الوزراء سعد الحريري",
                    "سعد الحريري",
                    "قائلا",
                    "assert",
                    "إنه يخشى الاغتيال وانتقد إيران وحليفها اللبناني حزب الله",
                )
            ],
        ),
    ],
)
def test_segment_participle_takes_a_known_subject_that_agrees_with_it(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # A headline run into the first sentence: a strong verb, a known subject and a verbal noun.
        (
            "14 قتيلا بهجوم كاليفورنيا ومقتل مشتبه بهما واعتقال آخر أعلنت شرطة مدينة سان برناردينو بولاية"
            " كاليفورنيا الأميركية مقتل رجل وامرأة مشتبه بهما في ارتكاب عملية إطلاق النار .",
            [
                (
                    "شرطة مدينة سان برناردينو بولاية كاليفورنيا الأميركية",
                    "شرطة سان برناردينو",
                    "أعلنت",
                    "assert",
                    "مقتل رجل وامرأة مشتبه بهما في ارتكاب عملية إطلاق النار",
                )
            ],
        ),
        # An embedded clause after «بعد أن».
        (
            "وتجري الجهات المختصة التحقيقات بعد أن أعلنت وزارة الدفاع الروسية مقتل جنديين في الهجوم .",
            [("وزارة الدفاع الروسية", "وزارة الدفاع الروسية", "أعلنت", "assert", "مقتل جنديين في الهجوم")],
        ),
        # «بعد أن» after the object opens a clause of its own, not the content of a name set after the subject.
        (
            "أخبار 24 أعلن التلفزيون الإيراني فوز الرئيس حسن روحاني بولاية رئاسية ثانية , بعد أن حصد"
            " وفقا لنتائج أولية نحو 23 مليون صوت .",
            [
                (
                    "التلفزيون الإيراني",
                    "التلفزيون الرسمي الإيراني",
                    "أعلن",
                    "assert",
                    "فوز الرئيس حسن روحاني بولاية رئاسية ثانية , بعد أن حصد وفقا لنتائج أولية نحو 23 مليون صوت",
                )
            ],
        ),
        # A subject that names no source does not make the clause a report.
        ("وقال إنه سيبقى في مكانه بعد أن أعلن رجل مقتل ابنه .", []),
    ],
)
def test_segment_strong_verb_known_subject_and_verbal_noun_open_an_unpunctuated_clause(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # The person's name after a title, then whom it was said to, then «أن».
        (
            "وقال وزير الخارجية الأمريكي جون كيري لمجلس الأمن التابع للأمم المتحدة إن الولايات المتحدة ستواصل"
            " عملياتها الجوية .",
            [
                (
                    "وزير الخارجية الأمريكي جون كيري",
                    "جون كيري",
                    "قال",
                    "assert",
                    "الولايات المتحدة ستواصل عملياتها الجوية",
                )
            ],
        ),
        # Whom it was said to named by a title and a name, and the call it was said in.
        (
            'قال الرئيس الإيراني حسن روحاني لنظيره السوري بشار الأسد في مكالمة هاتفية أمس , إن " إيران ستقف'
            ' بجانب الشعب السوري " .',
            [
                (
                    "الرئيس الإيراني حسن روحاني",
                    "حسن روحاني",
                    "قال",
                    "assert",
                    "إيران ستقف بجانب الشعب السوري",
                )
            ],
        ),
        # «أول من أمس» is a time between the name and «أن».
        (
            "فبعدما صرح وزير الخارجية التركي مولود جاويش أوغلو أول من أمس بأن الرئيس الأميركي وعد بعدم تزويد"
            " الوحدات بالأسلحة .",
            [
                (
                    "وزير الخارجية التركي مولود جاويش أوغلو",
                    "مولود جاويش أوغلو",
                    "صرح",
                    "assert",
                    "الرئيس الأميركي وعد بعدم تزويد الوحدات بالأسلحة",
                )
            ],
        ),
    ],
)
def test_segment_name_after_a_title_keeps_before_whom_it_was_said_to(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # A bare «الوكالة» is the agency named last, also when it was named only as the channel of a quote.
        (
            "وقالت وكالة فرانس برس إن القصف استمر . ونقلت سانا عن مصدر عسكري أن الجيش تقدم ."
            " وأضافت الوكالة أن الجيش سيطر على البلدة .",
            [
                ("وكالة فرانس برس", "وكالة فرانس برس", "قالت", "assert", "القصف استمر"),
                ("مصدر عسكري", "مصادر عسكرية", "نقلت", "assert", "الجيش تقدم"),
                ("الوكالة", "وكالة الأنباء السورية", "أضافت", "assert", "الجيش سيطر على البلدة"),
            ],
        ),
        (
            "وقالت وكالة فرانس برس إن القصف استمر . وذكرت وكالة سبوتنيك الروسية أن الجيش تقدم ."
            " وأشارت الوكالة إلى أن الجيش سيطر على البلدة .",
            [
                ("وكالة فرانس برس", "وكالة فرانس برس", "قالت", "assert", "القصف استمر"),
                ("وكالة سبوتنيك الروسية", "وكالة سبوتنيك", "ذكرت", "assert", "الجيش تقدم"),
                ("الوكالة", "وكالة سبوتنيك", "أشارت", "assert", "الجيش سيطر على البلدة"),
            ],
        ),
        # «بحسب الوكالة» set off by commas inside the clause: the time after it is the content's.
        (
            "وقالت وكالة سانا إن القافلة انطلقت . ووصلت , بحسب الوكالة , قبل ظهر أمس 75 حافلة و 20 سيارة إسعاف .",
            [
                ("وكالة سانا", "وكالة الأنباء السورية", "قالت", "assert", "القافلة انطلقت"),
                (
                    "الوكالة",
                    "وكالة الأنباء السورية",
                    "بحسب",
                    "assert",
                    "قبل ظهر أمس 75 حافلة و 20 سيارة إسعاف",
                ),
            ],
        ),
    ],
)
def test_segment_bare_agency_is_the_agency_named_last(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # A country's name heads no genitive: the definite noun after it is the accused.
        (
            "واتهمت تركيا الوحدات الكردية بقصف المدينة .",
            [("تركيا", "تركيا", "اتهمت", "allege", "الوحدات الكردية بقصف المدينة")],
        ),
        (
            "واتهمت روسيا الولايات المتحدة بدعم الإرهابيين .",
            [("روسيا", "روسيا", "اتهمت", "allege", "الولايات المتحدة بدعم الإرهابيين")],
        ),
        # A verbal noun after a title is the object, not the person's name.
        (
            "كما نفى المتحدث وجود أي اتفاق مع المعارضة .",
            [("المتحدث", "المتحدث", "نفى", "deny", "وجود أي اتفاق مع المعارضة")],
        ),
        (
            "ونفت الخارجية الروسية استهداف المدنيين في حلب .",
            [("الخارجية الروسية", "وزارة الخارجية الروسية", "نفت", "deny", "استهداف المدنيين في حلب")],
        ),
    ],
)
def test_segment_object_after_a_country_or_a_title_is_no_part_of_the_speaker(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # A person or a source described by the body it belongs to keeps the body in its name.
        (
            "كما أكد قيادى بارز فى حزب المؤتمر الشعبى العام مقتل الرئيس اليمنى السابق .",
            [
                (
                    "قيادى بارز فى حزب المؤتمر الشعبى العام",
                    "قيادى بارز فى حزب المؤتمر الشعبى العام",
                    "أكد",
                    "assert",
                    "مقتل الرئيس اليمنى السابق",
                )
            ],
        ),
        (
            "وقالت مصادر في مستشفى ممدوح أباظة إن الجرحى وصلوا .",
            [
                (
                    "مصادر في مستشفى ممدوح أباظة",
                    "مصادر في مستشفى ممدوح أباظة",
                    "قالت",
                    "assert",
                    "الجرحى وصلوا",
                )
            ],
        ),
        # Where a source is stays out of its name.
        (
            "وقالت مصادر محلية في إدلب إن القصف استمر .",
            [("مصادر محلية في إدلب", "مصادر محلية", "قالت", "assert", "القصف استمر")],
        ),
    ],
)
def test_segment_source_described_by_its_body_keeps_the_body(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # The predicate of the content says it is untrue, after a neutral verb.
        (
            "وقالت الوزارة في بيان إن ما تناقلته وسائل الإعلام عن انسحاب القوات عار عن الصحة .",
            [
                (
                    "الوزارة",
                    "الوزارة",
                    "قالت",
                    "deny",
                    "ما تناقلته وسائل الإعلام عن انسحاب القوات عار عن الصحة",
                )
            ],
        ),
        (
            "وقال المصدر إن الأنباء التي تحدثت عن مقتل القائد غير صحيحة .",
            [("المصدر", "المصدر", "قال", "deny", "الأنباء التي تحدثت عن مقتل القائد غير صحيحة")],
        ),
        # Negation of the main clause, and «عدم» opening the content.
        (
            "وقال المتحدث باسم التحالف الكولونيل ريان ديلون إن طائرات التحالف لم تنفذ أي غارة على المدينة .",
            [
                (
                    "المتحدث باسم التحالف الكولونيل ريان ديلون",
                    "ريان ديلون",
                    "قال",
                    "deny",
                    "طائرات التحالف لم تنفذ أي غارة على المدينة",
                )
            ],
        ),
        (
            "وأكدت الوزارة عدم مشاركة طائراتها في الغارة .",
            [("الوزارة", "الوزارة", "أكدت", "deny", "عدم مشاركة طائراتها في الغارة")],
        ),
        # No harm done is reported as a fact: it denies no report of the attack it followed.
        (
            "وأكدت الوزارة عدم وقوع إصابات بين المدنيين .",
            [("الوزارة", "الوزارة", "أكدت", "assert", "عدم وقوع إصابات بين المدنيين")],
        ),
        (
            "وقال مسؤول تركي إنه لم تقع إصابات , وأن الجيش التركي رد بعد الهجوم .",
            [
                (
                    "مسؤول تركي",
                    "مسؤول تركي",
                    "قال",
                    "assert",
                    "إنه لم تقع إصابات , وأن الجيش التركي رد بعد الهجوم",
                )
            ],
        ),
        (
            "وقال المتحدث إن القوات تقدمت ودخلت البلدة .",
            [("المتحدث", "المتحدث", "قال", "assert", "القوات تقدمت ودخلت البلدة")],
        ),
    ],
)
def test_segment_denial_in_the_content_of_a_neutral_verb(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # The pieces of an ellipsis inside a quotation put the speaker no further back.
        (
            'واكد دي ميستورا من جهته مقتل طبيب الاطفال الوحيد في حلب في الغارات . واضاف " لا يزال ( الاتفاق )'
            ' قائما في مناطق عدة , بالكاد لا يزال حيا .\nو ( . . . ) قد ينهار في اي وقت " .\nودعا الى عقد'
            " اجتماع لمجموعة دعم سوريا برئاسة واشنطن وموسكو .",
            [
                (
                    "دي ميستورا",
                    "ستيفان دي ميستورا",
                    "اكد",
                    "assert",
                    "مقتل طبيب الاطفال الوحيد في حلب في الغارات",
                ),
                (
                    "اضاف",
                    "ستيفان دي ميستورا",
                    "اضاف",
                    "assert",
                    "لا يزال ( الاتفاق ) قائما في مناطق عدة , بالكاد لا يزال حيا",
                ),
                (
                    "دعا",
                    "ستيفان دي ميستورا",
                    "دعا",
                    "assert",
                    "عقد اجتماع لمجموعة دعم سوريا برئاسة واشنطن وموسكو",
                ),
            ],
        ),
    ],
)
def test_segment_ellipsis_pieces_do_not_put_the_speaker_out_of_reach(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # A listed verbal noun right after the verb is what it reports; the speaker goes on.
        (
            'في السياق , نفى نائب قائد " جيش اليرموك " , سليمان الشريف , سيطرة النظام على تلك المواقع .'
            " وأوضح أن النقاط هي تحت سيطرة الجيش الحر بالكامل حاليا , وأكد مقتل قائد الحملة .",
            [
                (
                    'نائب قائد " جيش اليرموك " , سليمان الشريف',
                    "سليمان الشريف",
                    "نفى",
                    "deny",
                    "سيطرة النظام على تلك المواقع",
                ),
                ("أوضح", "سليمان الشريف", "أوضح", "assert", "النقاط هي تحت سيطرة الجيش الحر بالكامل حاليا"),
                ("أكد", "سليمان الشريف", "أكد", "assert", "مقتل قائد الحملة"),
            ],
        ),
    ],
)
def test_segment_verbal_noun_after_the_verb_is_no_subject(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # A definite plural of a nisba names people who speak.
        (
            "Euronews 19 / 12 / 2017 الحوثيون : الهجوم الصاروخي افتتاح لمرحلة جديدة في المواجهة مع السعودية",
            [
                (
                    "الحوثيون",
                    "الحوثيون",
                    ":",
                    "assert",
                    "الهجوم الصاروخي افتتاح لمرحلة جديدة في المواجهة مع السعودية",
                )
            ],
        ),
        # A title heading a definite genitive, run into the page's words before it.
        (
            "سياسة | كارديل أبلغت عون والحريري استمرار الدعم للبنان رئيس الجمهورية : اسرائيل تحضر لبناء جدار فاصل",
            [("رئيس الجمهورية", "رئيس الجمهورية", ":", "assert", "اسرائيل تحضر لبناء جدار فاصل")],
        ),
        # A name after a preposition is its object, not a headline's source.
        ("وتحدث الوفد مع رئيس الجمهورية : عن الوضع في الجنوب وعن الحدود .", []),
    ],
)
def test_segment_headline_source_run_into_the_page(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # After an indefinite source, «من» and a body is the body it is one of.
        (
            "وصرح فصيل آخر للمعارضة من الجيش السوري الحر بأنه يعتقد أن هناك غارة وشيكة على شمال غرب سوريا .",
            [
                (
                    "فصيل آخر للمعارضة من الجيش السوري الحر",
                    "الجيش السوري الحر",
                    "صرح",
                    "assert",
                    "بأنه يعتقد أن هناك غارة وشيكة على شمال غرب سوريا",
                )
            ],
        ),
        # After a definite source, «من» opens whom something is asked of.
        (
            "وطلب وفد المعارضة من الحكومة أن تفرج عن المعتقلين .",
            [("وفد المعارضة", "وفد المعارضة", "طلب", "assert", "تفرج عن المعتقلين")],
        ),
    ],
)
def test_segment_indefinite_source_keeps_the_body_it_is_one_of(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # «لـ» and a proper name right before «أن» is the outlet it spoke to, not part of the speaker.
        (
            "وقال المتحدث باسم الجيش الحر لفرانس برس إن الهجوم فشل .",
            [("المتحدث باسم الجيش الحر", "الجيش السوري الحر", "قال", "assert", "الهجوم فشل")],
        ),
        (
            "وصرح فصيل آخر للمعارضة من الجيش السوري الحر لرويترز بأنه يعتقد أن هناك غارة وشيكة .",
            [
                (
                    "فصيل آخر للمعارضة من الجيش السوري الحر",
                    "الجيش السوري الحر",
                    "صرح",
                    "assert",
                    "بأنه يعتقد أن هناك غارة وشيكة",
                )
            ],
        ),
        # A body or a place after «لـ» stays in the name.
        (
            "وقال الأمين العام لحزب الله إن المقاومة مستمرة .",
            [("الأمين العام لحزب الله", "حزب الله", "قال", "assert", "المقاومة مستمرة")],
        ),
        (
            "وقال المبعوث الأممي لسوريا إن المحادثات ستستأنف .",
            [("المبعوث الأممي لسوريا", "المبعوث الأممي لسوريا", "قال", "assert", "المحادثات ستستأنف")],
        ),
    ],
)
def test_segment_outlet_spoken_to_is_no_part_of_the_speaker(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # «كتائب» heads an armed body that speaks, also through a relative clause on the object.
        (
            "وبثت كتائب الحمزة , وهي أيضا جزء من حملة درع الفرات , تسجيل فيديو على الإنترنت لما قالت إنها قافلة"
            " لقواته تتجه صوب إدلب .",
            [("كتائب الحمزة", "كتائب الحمزة", "لما قالت", "assert", "إنها قافلة لقواته تتجه صوب إدلب")],
        ),
        (
            "وقالت كتيبة المدفعية في بيان إنها استهدفت مواقع للنظام .",
            [("كتيبة المدفعية", "كتيبة المدفعية", "قالت", "assert", "إنها استهدفت مواقع للنظام")],
        ),
    ],
)
def test_segment_armed_body_heads_speak(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # A verb of judging and a verbal noun after it, with the speaker carried on by «لكنه».
        (
            'وقال موفد الامم المتحدة الى سوريا ستافان دي ميستورا الخميس : " حان الوقت لاحراز تقدم " . لكنه'
            " استبعد امكان التوصل الى تسوية سياسية في جولة مفاوضات جديدة في جنيف .",
            [
                (
                    "موفد الامم المتحدة الى سوريا ستافان دي ميستورا",
                    "ستيفان دي ميستورا",
                    "قال",
                    "assert",
                    "حان الوقت لاحراز تقدم",
                ),
                (
                    "استبعد",
                    "ستيفان دي ميستورا",
                    "استبعد",
                    "assert",
                    "امكان التوصل الى تسوية سياسية في جولة مفاوضات جديدة في جنيف",
                ),
            ],
        ),
        # And after its subject.
        (
            "ورجح المرصد ارتفاع الحصيلة بسبب وجود جرحى بحالات خطرة .",
            [
                (
                    "المرصد",
                    "المرصد السوري لحقوق الإنسان",
                    "رجح",
                    "assert",
                    "ارتفاع الحصيلة بسبب وجود جرحى بحالات خطرة",
                )
            ],
        ),
        # With nobody named before, nobody judges.
        ("وتوقع ارتفاع الأسعار في الأسواق .", []),
    ],
)
def test_segment_verb_of_judging_with_a_verbal_noun(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            "ووصف الأسد مقاتلي المعارضة المدعومين من أمريكا بالخونة .",
            [("الأسد", "بشار الأسد", "وصف", "assert", "مقاتلي المعارضة المدعومين من أمريكا بالخونة")],
        ),
        (
            "ووصف رئيس الوفد الحكومي بشار الجعفري وجود قوات تركية في سوريا بأنه عدوان سافر .",
            [
                (
                    "رئيس الوفد الحكومي بشار الجعفري",
                    "بشار الجعفري",
                    "وصف",
                    "assert",
                    "وجود قوات تركية في سوريا بأنه عدوان سافر",
                )
            ],
        ),
        (
            "ووصف الرئيس التركي رجب طيب أردوغان العملية بأنها ناجحة .",
            [("الرئيس التركي رجب طيب أردوغان", "رجب طيب أردوغان", "وصف", "assert", "العملية بأنها ناجحة")],
        ),
        (
            # Inside a report, what the verb of describing describes is not who speaks.
            "وقال المكتب إن الرئيس وصف الفصائل المدعومة من الولايات المتحدة بأنها خائنة .",
            [
                (
                    "المكتب",
                    "المكتب",
                    "قال",
                    "assert",
                    "الرئيس وصف الفصائل المدعومة من الولايات المتحدة بأنها خائنة",
                )
            ],
        ),
    ],
)
def test_segment_verb_of_describing_keeps_its_object_in_the_claim(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            "روسيا تحذر : لن نسمح بضرب دمشق",
            [("روسيا", "روسيا", "تحذر", "assert", "لن نسمح بضرب دمشق")],
        ),
        (
            "إسرائيل تهدد : سنرد بقوة على أي هجوم",
            [("إسرائيل", "إسرائيل", "تهدد", "assert", "سنرد بقوة على أي هجوم")],
        ),
        # What is no source does not speak through a verb before a colon.
        ("الطقس يتحسن : أمطار غزيرة في الشمال", []),
    ],
)
def test_segment_headline_source_and_verb_before_colon(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    ("text", "frames"),
    [
        (
            "وبيّنت الوزارة في بيانها أن الطائرات لم تنفذ أي طلعات في المنطقة.",
            [("الوزارة", "الوزارة", "بيّنت", "deny", "الطائرات لم تنفذ أي طلعات في المنطقة")],
        ),
        (
            "ويبين التقرير أن القصف أدى إلى مقتل 5 مدنيين.",
            [("التقرير", "التقرير", "يبين", "assert", "القصف أدى إلى مقتل 5 مدنيين")],
        ),
        # «بين» itself is the preposition: nothing reported.
        ("وقعت اشتباكات بين الجيش والفصائل أن تكون الهدنة انتهت", []),
    ],
)
def test_segment_bayyana_reports_where_it_cannot_be_the_preposition(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    ("text", "frames"),
    [
        (
            "ونفذ البنتاغون ضربات ضد تنظيم الدولة الذي تقول وزارة الدفاع الامريكية انه تضاعف حجما العام الماضي .",
            [
                (
                    "وزارة الدفاع الامريكية",
                    "وزارة الدفاع الأمريكية",
                    "تقول",
                    "assert",
                    "انه تضاعف حجما العام الماضي",
                )
            ],
        ),
        (
            "وتسلم الرئيس رسالة نقلها وزير الخارجية الكويتي , صباح خالد الحمد الصباح , الذي كان أعلن أن الرسالة"
            " تتعلق بأسس الحوار .",
            [
                (
                    "وزير الخارجية الكويتي , صباح خالد الحمد الصباح",
                    "صباح خالد الحمد الصباح",
                    "أعلن",
                    "assert",
                    "الرسالة تتعلق بأسس الحوار",
                )
            ],
        ),
        # The verb does not agree with the pronoun: its subject is someone else, not the name before «التي».
        ("وتحدث الكاتب عن الدولة العثمانية التي رأى أنها الجديرة بزعامة العالم الإسلامي .", []),
        # After «في» the name is where the speaker is: the ambassador speaks, not Paris.
        ("وجاء ذلك ردا على تصريحات أدلى بها سفير موسكو في باريس الذي قال إن قبول الأسد ممكن .", []),
        # What is set off before «التي» is no name, and a verb far from its «أن» is not the one that says it.
        (
            "ونشرت الإدارة وثيقة استراتيجيتها الجديدة , التي نشرت على موقع البيت الأبيض في وقت سابق , أن أهم"
            " المخاطر هي روسيا .",
            [],
        ),
    ],
)
def test_segment_reporting_verb_in_a_relative_clause(text, frames):
    assert _frames(text) == frames


def test_segment_relative_clause_on_the_subject_of_a_reporting_verb_is_no_report_of_its_own():
    text = "وأضاف المصدر , الذي طلب عدم الكشف عن اسمه , أن الجرحى يتلقون العلاج في مستشفيات العاصمة ."
    assert [frame[2] for frame in _frames(text)] == ["أضاف"]


@pytest.mark.parametrize(
    ("text", "frames"),
    [
        (
            "إلا أن المعارضة السورية أعلنت أن الطائرات الروسية قصفت مواقعها , كما أدان رئيس الائتلاف السوري خالد"
            " خوجة بشدة الغارات الروسية أمس , مشيرا إلى أنها أودت بحياة 36 شخصا .",
            [
                ("المعارضة السورية", "المعارضة السورية", "أعلنت", "assert", "الطائرات الروسية قصفت مواقعها"),
                ("رئيس الائتلاف السوري خالد خوجة", "خالد خوجة", "مشيرا", "assert", "أنها أودت بحياة 36 شخصا"),
            ],
        ),
        (
            "وبدأت حركة نزوح من المدينة , فيما انتقد ليبرمان ردود الفعل على قرار ترامب , قائلا إن ذلك خلق لديه"
            " انطباعا سيئا .",
            [("ليبرمان", "أفيغدور ليبرمان", "قائلا", "assert", "ذلك خلق لديه انطباعا سيئا")],
        ),
        # «فيما» before a present verb means "as for": no clause, no subject of its own.
        (
            "وقال الكاتب إن واشنطن تقبل بالأمر الواقع فيما يتعلق بترشح المشير لرئاسة مصر , مضيفا أن الصفحة طويت .",
            [
                (
                    "الكاتب",
                    "الكاتب",
                    "قال",
                    "assert",
                    "واشنطن تقبل بالأمر الواقع فيما يتعلق بترشح المشير لرئاسة مصر",
                ),
                ("مضيفا", "الكاتب", "مضيفا", "assert", "الصفحة طويت"),
            ],
        ),
        # A present verb tells nothing of its subject: the participle goes on with the report before it.
        (
            "وقال الوزير إن للقدس وضعا خاصا , في حين تسعى إسرائيل لإعلانها عاصمة لها , لافتا إلى أنه لا يحق"
            " لواشنطن إلغاء القرارات .",
            [
                (
                    "الوزير",
                    "الوزير",
                    "قال",
                    "assert",
                    "للقدس وضعا خاصا , في حين تسعى إسرائيل لإعلانها عاصمة لها",
                ),
                ("لافتا", "الوزير", "لافتا", "assert", "أنه لا يحق لواشنطن إلغاء القرارات"),
            ],
        ),
        # «أدانت» is feminine, «مشيرا» masculine: the ministry is not who goes on.
        (
            "وقال الوزير إن الهجوم فشل , فيما أدانت الخارجية الروسية الهجوم , مشيرا إلى أن الجيش استعاد المواقع .",
            [
                ("الوزير", "الوزير", "قال", "assert", "الهجوم فشل , فيما أدانت الخارجية الروسية الهجوم"),
                ("مشيرا", "الوزير", "مشيرا", "assert", "الجيش استعاد المواقع"),
            ],
        ),
    ],
)
def test_segment_participle_after_a_clause_with_its_own_subject(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    ("text", "frames"),
    [
        (
            "كر ر وزير الدفاع الإسرائيلي أفيغدور ليبرمان أن بلاده لن تسمح بوجود قوات إيرانية في سوريا .",
            [
                (
                    "وزير الدفاع الإسرائيلي أفيغدور ليبرمان",
                    "أفيغدور ليبرمان",
                    "كر ر",
                    "assert",
                    "بلاده لن تسمح بوجود قوات إيرانية في سوريا",
                )
            ],
        ),
        (
            "وحذ ر البنتاغون من انه من الصعب تحديد مصدر الأسلحة .",
            [("البنتاغون", "وزارة الدفاع الأمريكية", "حذ ر", "assert", "انه من الصعب تحديد مصدر الأسلحة")],
        ),
        # A letter split off the front of a word («ق تل») is not read onto the word before it.
        ("ووقعت اشتباكات عنيفة ق تل فيها عشرة عناصر .", []),
    ],
)
def test_segment_reporting_verb_split_where_its_shadda_was(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    ("text", "frames"),
    [
        (
            "الأخيرة في العراق أعلن ستيفان ديوجاريك , المتحدث الرسمي باسم الأمين العام للأمم المتحدة , أنطونيو"
            " غوتيريش , أن الأخير يعارض الإعدام .",
            [("ستيفان ديوجاريك", "ستيفان دوجاريك", "أعلن", "assert", "الأخير يعارض الإعدام")],
        ),
        # What is set off is no title: the «أن» is too far for a clause no punctuation opened.
        (
            "الأخيرة في العراق أعلن ستيفان ديوجاريك , المعارك الدائرة في المناطق الشرقية من البلاد منذ أسابيع"
            " طويلة , أن الأخير يعارض الإعدام .",
            [],
        ),
    ],
)
def test_segment_title_set_off_by_commas_is_an_aside_in_unpunctuated_text(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    ("text", "frames"),
    [
        (
            "ويرجح خبراء أن تكون مبادرة التنسيق أميركية . ويشير هؤلاء إلى أن روسيا لن تمانع بإقامة غرفة تنسيق .",
            [
                ("خبراء", "خبراء", "يرجح", "assert", "تكون مبادرة التنسيق أميركية"),
                ("يشير", "خبراء", "يشير", "assert", "روسيا لن تمانع بإقامة غرفة تنسيق"),
            ],
        ),
        # «قالت» is feminine, «يشير» masculine: the ministry is not whom «هؤلاء» takes up.
        (
            "وقالت الوزارة إن الهجوم فشل . ويشير هؤلاء إلى أن روسيا لن تمانع .",
            [("الوزارة", "الوزارة", "قالت", "assert", "الهجوم فشل")],
        ),
        # After a verb that takes an object, the demonstrative is what is described.
        ("ووصف هؤلاء بأنهم إرهابيون .", []),
    ],
)
def test_segment_demonstrative_subject_takes_up_the_speakers_named_before(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    ("text", "frames"),
    [
        (
            "ومن جانبهم أعرب رؤساء الشركات الصينية عن استعدادهم للاستثمار .",
            [("رؤساء الشركات الصينية", "رؤساء الشركات الصينية", "أعرب", "assert", "استعدادهم للاستثمار")],
        ),
        # «جانبها الشرقي» is a side of a place, no «من جانبها» that opens a clause.
        ("ومن جانبها الشرقي أعربت المدينة عن استعدادها للاستثمار .", []),
    ],
)
def test_segment_min_janibihi_with_its_conjunction_opens_the_sentence(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    ("text", "frames"),
    [
        (
            "من جهته اعتبر عبد الملك الحوثي زعيم جماعة أنصار الله أن جماعته بدأت في تطبيق خطة ردع جديدة .",
            [
                (
                    "عبد الملك الحوثي زعيم جماعة أنصار الله",
                    "عبد الملك الحوثي",
                    "اعتبر",
                    "assert",
                    "جماعته بدأت في تطبيق خطة ردع جديدة",
                )
            ],
        ),
        (
            "وقال جير لوندستاد مدير معهد نوبل النرويجي إن هناك عددا قياسيا من المرشحين .",
            [
                (
                    "جير لوندستاد مدير معهد نوبل النرويجي",
                    "جير لوندستاد",
                    "قال",
                    "assert",
                    "هناك عددا قياسيا من المرشحين",
                )
            ],
        ),
        # Before «بأنه», what follows the name of a verb of describing is what it describes.
        (
            "ووصف الجعفري وجود قوات تركية بأنه احتلال .",
            [("الجعفري", "الجعفري", "وصف", "assert", "وجود قوات تركية بأنه احتلال")],
        ),
        # One word before the title is no personal name: the whole phrase names the source.
        (
            "ونقلت الوكالة عن معاون رئيس بلدية الريحانية قوله إن الوضع هادئ .",
            [("معاون رئيس بلدية الريحانية", "معاون رئيس بلدية الريحانية", "نقلت", "assert", "الوضع هادئ")],
        ),
    ],
)
def test_segment_name_before_a_title_heading_a_longer_genitive(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    ("text", "frames"),
    [
        (
            "وطالبت روسيا تركيا بالاعتذار عن الحظر قائلة إن تركيا لم تقدم أي تفسير .",
            [
                ("روسيا", "روسيا", "طالبت", "assert", "تركيا بالاعتذار عن الحظر"),
                ("قائلة", "روسيا", "قائلة", "deny", "تركيا لم تقدم أي تفسير"),
            ],
        ),
        # Countries joined by «و» are one subject.
        (
            "وقالت فرنسا وألمانيا إن الحل سياسي .",
            [("فرنسا وألمانيا", "فرنسا وألمانيا", "قالت", "assert", "الحل سياسي")],
        ),
    ],
)
def test_segment_country_after_a_country_is_the_object(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    ("text", "frames"),
    [
        (
            "وأدانت السويد الحكم في أكتوبر , وقالت إنها ناقشت الأمر مع مبعوثين إيرانيين .",
            [("السويد", "السويد", "قالت", "assert", "إنها ناقشت الأمر مع مبعوثين إيرانيين")],
        ),
        (
            "وطالبت تونس الإمارات بالاعتذار عن الحظر قائلة إن الإمارات لم تقدم أي تفسير .",
            [
                ("تونس", "تونس", "طالبت", "assert", "الإمارات بالاعتذار عن الحظر"),
                ("قائلة", "تونس", "قائلة", "deny", "الإمارات لم تقدم أي تفسير"),
            ],
        ),
        # A state's name before a colon labels where the news comes from; it says nothing.
        ("تونس : مقتل مساعد كبير لزعيم القاعدة في المغرب الإسلامي", []),
    ],
)
def test_segment_state_opening_the_sentence_speaks_for_its_government(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    ("text", "frames"),
    [
        (
            "ولم يستبعد المسؤول أن تكون الطائرة روسية .",
            [("المسؤول", "المسؤول", "ولم يستبعد", "assert", "تكون الطائرة روسية")],
        ),
        (
            "ولم ينف المتحدث أن القوات انسحبت .",
            [("المتحدث", "المتحدث", "ولم ينف", "assert", "القوات انسحبت")],
        ),
        (
            "ولم تستبعد مصادر إمكان أن يكون السبب نيران روسية صديقة .",
            [("مصادر", "مصادر", "ولم تستبعد", "assert", "إمكان أن يكون السبب نيران روسية صديقة")],
        ),
        # A negated verb that does not deny reports nothing: the ministry did not say it.
        ("ولم تؤكد الوزارة أن القوات انسحبت .", []),
        # «أحد» under a negation is no one.
        ("ولا ينفي أحد أن حراك الريف لم يتوقف .", []),
    ],
)
def test_segment_negated_verb_of_denying_asserts(text, frames):
    assert _frames(text) == frames


def test_segment_shadda_split_joins_no_verb_the_shadda_makes_another():
    # «تذكّر» («remind»), split at its shadda, is not «تذكر» («mention»).
    assert _frames("وتذك ر الصحيفة بالانقلاب الذي حصل أن الأمور تغيرت .") == []


@pytest.mark.parametrize(
    ("text", "frames"),
    [
        (
            'وأفاد " أحمد سليمان " القيادي في لواء الشمال , أن عناصر اللواء ألقوا القبض على أحد أمنيي التنظيم .',
            [
                (
                    '" أحمد سليمان " القيادي في لواء الشمال',
                    "أحمد سليمان",
                    "أفاد",
                    "assert",
                    "عناصر اللواء ألقوا القبض على أحد أمنيي التنظيم",
                )
            ],
        ),
        (
            'وقال " أبو شام " لبلدي نيوز " إن قوات النظام انسحبت من القرية " .',
            [("أبو شام", "أبو شام", "قال", "assert", "قوات النظام انسحبت من القرية")],
        ),
        # A definite word that is no title after the quoted word describes no speaker.
        ('وأفاد " أبو شام " المحاصرة منذ أشهر أن القوات تقدمت .', []),
    ],
)
def test_segment_quoted_name_then_its_title_or_the_outlet_told(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    ("text", "frames"),
    [
        (
            'واعتبرت أيضا المنظمة الأميركية " فريدوم هاوس " أن الرئيس هو المسؤول الأول .',
            [
                (
                    'المنظمة الأميركية " فريدوم هاوس "',
                    "فريدوم هاوس",
                    "اعتبرت",
                    "assert",
                    "الرئيس هو المسؤول الأول",
                )
            ],
        ),
        (
            "إردوغان أكد أيضا أن بلاده ستخطو خطوة جديدة في إدلب .",
            [("إردوغان", "رجب طيب أردوغان", "أكد", "assert", "بلاده ستخطو خطوة جديدة في إدلب")],
        ),
        (
            "وأعلن الجيش رسميا أن القوات تقدمت .",
            [("الجيش", "الجيش", "أعلن", "assert", "القوات تقدمت")],
        ),
        # The adverb opens no content of its own: a sentence without a reporting verb stays unattributed.
        ("ووصلت القوات أيضا إلى أطراف المدينة .", []),
    ],
)
def test_segment_adverb_between_verb_and_subject_or_content(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    ("text", "frames"),
    [
        (
            "وفي نيسان / أبريل تحدثت وسائل الإعلام الإسرائيلية عن اعتراض طائرة بلا طيار .",
            [
                (
                    "وسائل الإعلام الإسرائيلية",
                    "وسائل الإعلام الإسرائيلية",
                    "تحدثت",
                    "assert",
                    "اعتراض طائرة بلا طيار",
                )
            ],
        ),
        (
            "وفي أيار / مايو قالت المنظمة إن السلطات تضطهد المعارضين .",
            [("المنظمة", "المنظمة", "قالت", "assert", "السلطات تضطهد المعارضين")],
        ),
        # The months open the clause of any verb; one that reports nothing makes no claim.
        ("وفي أيار / مايو وصلت القوات إلى أطراف المدينة .", []),
    ],
)
def test_segment_month_named_twice_in_the_opening_phrase(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    ("text", "frames"),
    [
        (
            "أما وزير الخارجية تيلرسون , والذي يتوقع أن يجتمع مع نظيره , فقد صرح لشبكة " + '" CBS "'
            " أن إيران تنفذ الاتفاق .",
            [("وزير الخارجية تيلرسون", "ريكس تيلرسون", "صرح", "assert", "إيران تنفذ الاتفاق")],
        ),
        ("أما الجيش فقد أعلن أن القوات تقدمت .", [("الجيش", "الجيش", "أعلن", "assert", "القوات تقدمت")]),
        # A place after «أما» is no topic that speaks.
        ("أما في حلب فقد أعلن أن القوات تقدمت .", []),
    ],
)
def test_segment_topic_after_amma_resumed_by_fa_speaks(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    ("text", "frames"),
    [
        (
            "من جهتها كشفت القناة العاشرة الإسرائيلية أن طائرات كانت تقوم بطلعة .",
            [
                (
                    "القناة العاشرة الإسرائيلية",
                    "القناة العاشرة الإسرائيلية",
                    "كشفت",
                    "assert",
                    "طائرات كانت تقوم بطلعة",
                )
            ],
        ),
        (
            "وقالت الفرقة الرابعة إن القوات تقدمت .",
            [("الفرقة الرابعة", "الفرقة الرابعة", "قالت", "assert", "القوات تقدمت")],
        ),
        # An ordinal in a time after the source is no part of it.
        (
            "وقال الجيش في اليوم العاشر إن القوات تقدمت .",
            [("الجيش", "الجيش", "قال", "assert", "القوات تقدمت")],
        ),
    ],
)
def test_segment_ordinal_numbering_a_channel_or_unit_is_part_of_its_name(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    ("text", "frames"),
    [
        (
            'وأك دت " وكالة إباء " أن إصابات وقعت في صفوف العناصر .',
            [("وكالة إباء", "وكالة إباء", "أك دت", "assert", "إصابات وقعت في صفوف العناصر")],
        ),
        ("والناشطون أك دوا أن القصف مستمر .", [("الناشطون", "ناشطون", "أك دوا", "assert", "القصف مستمر")]),
        # A split word that joins into no reporting verb stays two words.
        (
            "وقال المصدر إن القوات ست دخل المدينة .",
            [("المصدر", "المصدر", "قال", "assert", "القوات ست دخل المدينة")],
        ),
    ],
)
def test_segment_shadda_split_before_the_ending_of_the_past(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    ("text", "frames"),
    [
        (
            "وجاء في مرسوم نشر على موقع الرئاسة أن الوزير عين نائبا أول للرئيس .",
            [
                (
                    "مرسوم نشر على موقع الرئاسة",
                    "نشر على موقع الرئاسة",
                    "جاء في",
                    "assert",
                    "الوزير عين نائبا أول للرئيس",
                )
            ],
        ),
        (
            "وجاء في برقية صادرة عن السفارة الأميركية في باكو نشرها موقع ويكيليكس عام 2010 أن الوضع خطير .",
            [("السفارة الأميركية في باكو", "السفارة الأميركية", "جاء في", "assert", "الوضع خطير")],
        ),
        # A document made definite by its genitive takes no clause without «الذي»: «بعد أن» is no content.
        ("وجاء في بيان الخارجية بعد أن التقى الوزير نظيره إن الطرفين اتفقا .", []),
    ],
)
def test_segment_clause_describing_an_indefinite_document(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    ("text", "frames"),
    [
        (
            'وخلص ترامب " نقوم بعمل مكثف , وسنرى ما سينتج منه " .',
            [("ترامب", "دونالد ترامب", "خلص", "assert", "نقوم بعمل مكثف , وسنرى ما سينتج منه")],
        ),
        (
            "وردا على سؤال حول الاتفاق , أجاب مكماستر إن إيران تجاوزت الخط .",
            [("مكماستر", "مكماستر", "أجاب", "assert", "إيران تجاوزت الخط")],
        ),
        ("وألمح الوزير إلى أن القوات ستنسحب .", [("الوزير", "الوزير", "ألمح", "assert", "القوات ستنسحب")]),
        # Without «أن», a quotation or a colon these verbs report nothing: a meeting that came to results.
        ("وخلص الاجتماع إلى نتائج مهمة .", []),
    ],
)
def test_segment_verbs_of_concluding_answering_and_hinting(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    ("text", "frames"),
    [
        (
            "وبحسب مسؤولين إسرائيليين وأميركيين فقد تم تخصيص ساعة للاجتماع .",
            [
                (
                    "مسؤولين إسرائيليين وأميركيين",
                    "مسؤولون إسرائيليون وأميركيون",
                    "بحسب",
                    "assert",
                    "تم تخصيص ساعة للاجتماع",
                )
            ],
        ),
        (
            "وقال مسؤولون محليون لقد قتل 20 مدنيا .",
            [("مسؤولون محليون", "مسؤولون محليون", "قال", "assert", "لقد قتل 20 مدنيا")],
        ),
        # «وقد» inside a sentence without a source opens no report.
        ("ووصلت القوات إلى المدينة وقد قتل 20 مدنيا .", []),
    ],
)
def test_segment_qad_with_a_particle_ends_an_indefinite_source(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    ("text", "frames"),
    [
        (
            "لكن منتقدي هذا الحكم يقولون إن العائلة قمعت المعارضة .",
            [("منتقدي هذا الحكم", "منتقدي هذا الحكم", "يقولون", "assert", "العائلة قمعت المعارضة")],
        ),
        (
            "وقال مدير هذه المنظمة إن القصف مستمر .",
            [("مدير هذه المنظمة", "مدير هذه المنظمة", "قال", "assert", "القصف مستمر")],
        ),
        # A demonstrative before a word of time points to when, not to whose.
        ("وقال الوزير هذا الأسبوع إن القصف مستمر .", [("الوزير", "الوزير", "قال", "assert", "القصف مستمر")]),
    ],
)
def test_segment_demonstrative_before_the_genitive_of_a_source(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    ("text", "frames"),
    [
        (
            "( @ noamamir74 ) الناطق باسم الجيش الإسرائيلي أوضح أن سلاح الجو هاجم بطارية .",
            [("الناطق باسم الجيش الإسرائيلي", "الجيش الإسرائيلي", "أوضح", "assert", "سلاح الجو هاجم بطارية")],
        ),
        # Words in brackets that are no handle leave the subject inside the sentence.
        ("( مقتل 3 ) الجيش أوضح أن القصف مستمر .", []),
    ],
)
def test_segment_subject_after_the_handle_signing_an_embedded_tweet(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    ("text", "frames"),
    [
        (
            "وأعلنت , مساء أمس , وزارة الدفاع أن القوات تقدمت .",
            [("وزارة الدفاع", "وزارة الدفاع", "أعلنت", "assert", "القوات تقدمت")],
        ),
        (
            'وبحسب ما نشره , الأربعاء , موقع " جنوب لبنان " , المقرب من الحزب , فإن القتلى ثمانية .',
            [('موقع " جنوب لبنان "', "موقع جنوب لبنان", "بحسب ما نشره", "assert", "القتلى ثمانية")],
        ),
        # With «أن» right after the time there is no subject to find.
        ("وأضاف , الأربعاء , أن القوات تقدمت .", []),
    ],
)
def test_segment_time_set_off_by_commas_between_verb_and_subject(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    ("text", "frames"),
    [
        (
            'وقال " فلان في " كذا . - أعلن " مجلس مسلحي الغوطة " في القلمون , عن توحيد العمل العسكري .',
            [
                (
                    '" مجلس مسلحي الغوطة " في القلمون',
                    "مجلس مسلحي الغوطة",
                    "أعلن",
                    "assert",
                    "توحيد العمل العسكري",
                )
            ],
        ),
        # Marks that enclose more than a short run of words pair nothing of their own.
        ('وقال " فلان في " كذا . - أعلن " أن القوات تقدمت " .', []),
    ],
)
def test_segment_short_quoted_name_in_a_paragraph_of_unpaired_marks(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    ("text", "frames"),
    [
        (
            "ونقلت قناة ( إن . تي . في ) التركية عن إردوغان قوله للصحفيين بأن روسيا تدعم العملية من الجو .",
            [("إردوغان", "رجب طيب أردوغان", "نقلت", "assert", "روسيا تدعم العملية من الجو")],
        ),
        # «إن» opening a bracket without the dots of initials is the complementizer: no outlet's name.
        ("وقالت القناة ( إن القوات تقدمت ) .", []),
    ],
)
def test_segment_outlet_spelt_in_initials_in_brackets(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            'وقال المصدر إن هناك " ردود فعل واضحة داخل قيادات الجبهة " . '
            'وأضاف أن " الرسالة وصفت طريقة التعامل مع المرحلة الحالية بالتغلب وفرض السيطرة " .',
            [
                ("المصدر", "المصدر", "قال", "assert", 'هناك " ردود فعل واضحة داخل قيادات الجبهة "'),
                (
                    "أضاف",
                    "المصدر",
                    "أضاف",
                    "assert",
                    "الرسالة وصفت طريقة التعامل مع المرحلة الحالية بالتغلب وفرض السيطرة",
                ),
            ],
        ),
        (
            'قال المتحدث باسم الكرملين إن اللقاء استمر أربع ساعات . وتابع : " نحمل النظام المسؤولية عن أي خرق " .',
            [
                ("المتحدث باسم الكرملين", "الكرملين", "قال", "assert", "اللقاء استمر أربع ساعات"),
                ("تابع", "الكرملين", "تابع", "assert", "نحمل النظام المسؤولية عن أي خرق"),
            ],
        ),
    ],
)
def test_segment_verb_without_subject_is_the_mention_of_the_speaker_it_carries(text, frames):
    assert _frames(text) == frames


def test_segment_verb_without_a_speaker_in_reach_names_none():
    text = "وأضاف أن الهجوم فشل ."
    assert [(c.source_mention, c.modality) for c in segment(text, resolve=RESOLVE)] == [
        (None, "unattributed")
    ]


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            "في الأثناء قصفت قوات النظام بالمدفعية الثقيلة والهاون مدينة في ريف حمص الشمالي , بحسب ما أفادت به سوريا مباشر .",
            [
                (
                    "سوريا مباشر",
                    "سوريا مباشر",
                    "بحسب ما أفادت",
                    "assert",
                    "في الأثناء قصفت قوات النظام بالمدفعية الثقيلة والهاون مدينة في ريف حمص الشمالي",
                )
            ],
        ),
        (
            "وقتل خمسة مدنيين في الغارة , وفق ما صرح به مدير الدفاع المدني في المدينة .",
            [
                (
                    "مدير الدفاع المدني في المدينة",
                    "الدفاع المدني السوري",
                    "وفق ما صرح",
                    "assert",
                    "وقتل خمسة مدنيين في الغارة",
                )
            ],
        ),
    ],
)
def test_segment_pronoun_taking_up_the_relative_is_no_subject(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            "وأكد مراسلنا مقتل أحد المشتبه بهم في حادث إطلاق النار بكاليفورنيا , مشيرا إلى أن شرطيا أصيب بجروح"
            " أثناء تبادل لإطلاق النار مع مسلحين .",
            [
                (
                    "مراسلنا",
                    "مراسلنا",
                    "أكد",
                    "assert",
                    "مقتل أحد المشتبه بهم في حادث إطلاق النار بكاليفورنيا",
                ),
                (
                    "مشيرا",
                    "مراسلنا",
                    "مشيرا",
                    "assert",
                    "شرطيا أصيب بجروح أثناء تبادل لإطلاق النار مع مسلحين",
                ),
            ],
        ),
        (
            'وقال المصدر إن هناك " ردود فعل واضحة داخل قيادات الجبهة " , مشيرا إلى أن " بعض القيادات بدأت تعزل'
            ' نفسها عن الدائرة المحيطة بأبي محمد الجولاني " .',
            [
                ("المصدر", "المصدر", "قال", "assert", 'هناك " ردود فعل واضحة داخل قيادات الجبهة "'),
                (
                    "مشيرا",
                    "المصدر",
                    "مشيرا",
                    "assert",
                    "بعض القيادات بدأت تعزل نفسها عن الدائرة المحيطة بأبي محمد الجولاني",
                ),
            ],
        ),
        (
            "ونفى المتحدث باسم الجيش وقوع إصابات , موضحا أن الصاروخ سقط في أرض خالية .",
            [
                ("المتحدث باسم الجيش", "المتحدث باسم الجيش", "نفى", "deny", "وقوع إصابات"),
                ("موضحا", "المتحدث باسم الجيش", "موضحا", "assert", "الصاروخ سقط في أرض خالية"),
            ],
        ),
        (
            "وقالت الوزارة إن المعبر سيفتح غدا , لافتة إلى أنها لم تتلق أي طلب من الجانب الآخر .",
            [
                ("الوزارة", "الوزارة", "قالت", "assert", "المعبر سيفتح غدا"),
                ("لافتة", "الوزارة", "لافتة", "deny", "أنها لم تتلق أي طلب من الجانب الآخر"),
            ],
        ),
    ],
)
def test_segment_participle_after_a_report_of_the_same_speaker_is_a_claim_of_its_own(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            "وفي الرياض , عب ر مصدر مسؤول في وزارة الخارجية السعودية عن ترحيب المملكة بنتائج الاجتماع الموسع الثاني"
            " للمعارضة السورية .",
            [
                (
                    "مصدر مسؤول في وزارة الخارجية السعودية",
                    "وزارة الخارجية السعودية",
                    "عب ر",
                    "assert",
                    "ترحيب المملكة بنتائج الاجتماع الموسع الثاني للمعارضة السورية",
                )
            ],
        ),
        (
            'وقال المتحدث إن الطائرات قصفت الملعب . وبي ن أن " الغارات أسفرت عن تدمير أجزاء واسعة منه " .',
            [
                ("المتحدث", "المتحدث", "قال", "assert", "الطائرات قصفت الملعب"),
                ("بي ن", "المتحدث", "بي ن", "assert", "الغارات أسفرت عن تدمير أجزاء واسعة منه"),
            ],
        ),
        (
            "من جهته , عب ر وزير الخارجية التركي عن قلق بلاده من التصعيد في إدلب .",
            [
                (
                    "وزير الخارجية التركي",
                    "مولود جاويش أوغلو",
                    "عب ر",
                    "assert",
                    "قلق بلاده من التصعيد في إدلب",
                )
            ],
        ),
        ("وعبر الحدود دخلت قافلة المساعدات إلى المدينة .", []),
    ],
)
def test_segment_verb_split_at_its_shadda_is_no_preposition(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, mention, claim",
    [
        (
            "وأكد ناشطون لبلدي نيوز أنه لا يوجد أي اتفاق بين فصائل الثوار وقوات النظام .",
            "ناشطون",
            "أنه لا يوجد أي اتفاق بين فصائل الثوار وقوات النظام",
        ),
        (
            "وقال مسؤول حكومي لرويترز إن القوات الخاصة في تونس قتلت السبت مساعدا كبيرا لزعيم التنظيم .",
            "مسؤول حكومي",
            "القوات الخاصة في تونس قتلت السبت مساعدا كبيرا لزعيم التنظيم",
        ),
        (
            "وقال مسؤولون أمريكيون لفرانس برس إن الضربة كانت محدودة .",
            "مسؤولون أمريكيون",
            "الضربة كانت محدودة",
        ),
        # After a name that is no plural and no adjective, a word in «لـ» is the name's own.
        (
            "وقال وزير الخارجية سيرغي لافروف إن الهدنة صامدة .",
            "وزير الخارجية سيرغي لافروف",
            "الهدنة صامدة",
        ),
    ],
)
def test_segment_outlet_after_a_word_that_takes_no_genitive_is_not_the_speaker(text, mention, claim):
    assert [(c.source_mention, c.claim) for c in segment(text, resolve=RESOLVE)] == [(mention, claim)]


@pytest.mark.parametrize(
    "text, mention, source",
    [
        (
            'وفي الموصل , قال مظفر الشيخ , النقيب في قوات جهاز الشرطة المحلية , ل - " الأناضول " : إن " طائرات'
            ' حربية شنت 3 ضربات جوية على موقع ملعب نادي الموصل " .',
            "مظفر الشيخ",
            "مظفر الشيخ",
        ),
        ("وقال محمد الأمير إن القصف استمر حتى الصباح .", "محمد الأمير", "محمد الأمير"),
        # A title with a genitive after it still describes the name before it.
        (
            "وقال يحيى العريضي الناطق باسم المعارضة إن الوفد جاهز .",
            "يحيى العريضي الناطق باسم المعارضة",
            "يحيى العريضي",
        ),
    ],
)
def test_segment_title_word_ending_a_name_is_its_family_name(text, mention, source):
    assert [(c.source_mention, c.source) for c in segment(text, resolve=RESOLVE)] == [(mention, source)]


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            "السعودية : تقرير الأمم المتحدة عن اليمن مضلل وغير دقيق",
            [("السعودية", "السعودية", ":", "deny", "تقرير الأمم المتحدة عن اليمن مضلل وغير دقيق")],
        ),
        (
            "الأردن : لن نسمح بإعادة فتح السفارة الإسرائيلية في عمان",
            [("الأردن", "الأردن", ":", "assert", "لن نسمح بإعادة فتح السفارة الإسرائيلية في عمان")],
        ),
        (
            "الولايات المتحدة : لن نرسل قوات برية إلى سوريا",
            [("الولايات المتحدة", "الولايات المتحدة", ":", "assert", "لن نرسل قوات برية إلى سوريا")],
        ),
        # A capital for its government, in the first person.
        (
            "الرياض : لن نسمح بأي تدخل في شؤوننا الداخلية",
            [("الرياض", "الحكومة السعودية", ":", "assert", "لن نسمح بأي تدخل في شؤوننا الداخلية")],
        ),
        (
            "قطر : الاتهامات الموجهة إلينا مضللة وتهدف إلى تشويه صورتنا",
            [("قطر", "قطر", ":", "deny", "الاتهامات الموجهة إلينا مضللة وتهدف إلى تشويه صورتنا")],
        ),
    ],
)
def test_segment_state_before_a_headline_colon_speaks_when_the_words_are_spoken(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text",
    [
        "لندن : قدمت وزيرة التنمية البريطانية استقالتها أمس",  # a city: the dateline
        "موسكو : السلاح الأمريكي سيدفع كييف لاستخدام القوة",  # nor a capital, unless in the first person
        "مصر : السجن 3 سنوات لبريطانية بتهمة تهريب المخدرات",  # a story filed under a country
        "سوريا : مصرع 9 بقصف للنظام على ريف إدلب",
        "الأردن : الأزمة العراقية إلى أين وماذا بعد",
        "وقال إن السويد : لن تقبل بذلك أبدا في أي حال",
    ],
)
def test_segment_city_dateline_or_country_topic_before_a_colon_is_no_speaker(text):
    assert not [f for f in _frames(text) if f[2] == ":"]


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            "الهيئة اتهمت التنظيم بالتواطؤ مع جيش النظام السوري في هجومه على هذه القرى",
            [
                (
                    "الهيئة",
                    "الهيئة",
                    "اتهمت",
                    "allege",
                    "التنظيم بالتواطؤ مع جيش النظام السوري في هجومه على هذه القرى",
                )
            ],
        ),
        (
            "روسيا تتهم واشنطن بدعم الإرهابيين في سوريا",
            [("روسيا", "روسيا", "تتهم", "allege", "واشنطن بدعم الإرهابيين في سوريا")],
        ),
        (
            "واتهمت أنقرة واشنطن بتسليح الوحدات الكردية",
            [("أنقرة", "تركيا", "اتهمت", "allege", "واشنطن بتسليح الوحدات الكردية")],
        ),
        (
            "دي ميستورا يشيد باتخاذ خطوة أولى نحو إطلاق سراح المعتقلين في سوريا",
            [
                (
                    "دي ميستورا",
                    "ستيفان دي ميستورا",
                    "يشيد",
                    "assert",
                    "باتخاذ خطوة أولى نحو إطلاق سراح المعتقلين في سوريا",
                )
            ],
        ),
        (
            "وندد الائتلاف الوطني بقصف المستشفى في إدلب",
            [("الائتلاف الوطني", "الائتلاف الوطني السوري", "ندد", "assert", "بقصف المستشفى في إدلب")],
        ),
        (
            "ورحبت الخارجية الفرنسية بالإفراج عن الصحفيين المختطفين",
            [
                (
                    "الخارجية الفرنسية",
                    "وزارة الخارجية الفرنسية",
                    "رحبت",
                    "assert",
                    "بالإفراج عن الصحفيين المختطفين",
                )
            ],
        ),
        (
            "أفتى شرعي مصري بارز في هيئة تحرير الشام , بقتل جنود حركة أحرار الشام , رميا بالرصاص",
            [
                (
                    "شرعي مصري بارز في هيئة تحرير الشام",
                    "هيئة تحرير الشام",
                    "أفتى",
                    "assert",
                    "بقتل جنود حركة أحرار الشام , رميا بالرصاص",
                )
            ],
        ),
        (
            "وقال المرصد إن الطائرات الروسية قصفت السوق , وهو ما نفته موسكو .",
            [
                ("المرصد", "المرصد السوري لحقوق الإنسان", "قال", "assert", "الطائرات الروسية قصفت السوق"),
                ("موسكو", "روسيا", "ما نفته", "deny", "الطائرات الروسية قصفت السوق"),
            ],
        ),
    ],
)
def test_segment_verbs_of_accusing_and_stance_take_their_content_after_bi(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text",
    [
        "وأقر مجلس النواب الأمريكي بالإجماع حزمة عقوبات جديدة",  # passing a law, not saying
        "ويشيد المبنى بالحجر الأبيض",  # a thing built, not praise
        "وأشاد أهالي البلدة بالمدرسة الجديدة",  # praise of a thing, no verbal noun
        'لكنها تستبعد كلمة " الأموال " .',
        "ورحب الروس بهذا العرض إلا أنهم اشترطوا المقايضة بالسلع",
    ],
)
def test_segment_verbs_of_stance_without_a_verbal_noun_after_bi_report_nothing(text):
    assert _frames(text) == []


@pytest.mark.parametrize(
    "text, mention, claim",
    [
        (
            'وقال الشرعي " محمد أبو عثمان الحلبي " إن " أبو اليقظان " اعتقل في تركيا',
            'الشرعي " محمد أبو عثمان الحلبي "',
            '" أبو اليقظان " اعتقل في تركيا',
        ),
        (
            'وقال القيادي " أبو محمد الجولاني " إن الهيئة لن تنسحب من المدينة',
            'القيادي " أبو محمد الجولاني "',
            "الهيئة لن تنسحب من المدينة",
        ),
        (
            'وأكد المتحدث " يوسف حمود " أن الفصائل صدت الهجوم',
            'المتحدث " يوسف حمود "',
            "الفصائل صدت الهجوم",
        ),
        (  # a quotation of what was said after a title is the content, not a name
            'وقال الناطق باسم الجيش " إن القوات تقدمت في المدينة "',
            "الناطق باسم الجيش",
            "القوات تقدمت في المدينة",
        ),
    ],
)
def test_segment_quoted_name_after_a_title_joins_the_mention(text, mention, claim):
    assert [(f[0], f[4]) for f in _frames(text)] == [(mention, claim)]


@pytest.mark.parametrize(
    "text, mention, claim",
    [
        (
            'وسجل المرصد تنفيذ " داعش " هجمات مضادة استهدفت قوات النظام المتقدمة نحو البوكمال .',
            "المرصد",
            'تنفيذ " داعش " هجمات مضادة استهدفت قوات النظام المتقدمة نحو البوكمال',
        ),
        (
            "وأبدت اللجنة السياسية في جنوب دمشق , في بيان لها , عدم موافقتها على اتفاق المدن الأربع .",
            "اللجنة السياسية في جنوب دمشق",
            "عدم موافقتها على اتفاق المدن الأربع",
        ),
        (
            "فيما نفت المكاتب الإعلامية في وادي بردى دخول ورشة صيانة لإصلاح الأضرار في نبع عين الفيجة .",
            "المكاتب الإعلامية في وادي بردى",
            "دخول ورشة صيانة لإصلاح الأضرار في نبع عين الفيجة",
        ),
        (
            "أكد الرئيسان الإيراني والتركي خلال اتصال هاتفي بينهما , الأربعاء , استعداد البلدين لفتح صفحة جديدة .",
            "الرئيسان الإيراني والتركي",
            "استعداد البلدين لفتح صفحة جديدة",
        ),
        (
            "وكانت القيادة العامة للقوات المسلحة الإماراتية , قد أعلنت في وقت سابق , فقدان طائرة مقاتلة ضمن قواتها .",
            "القيادة العامة للقوات المسلحة الإماراتية",
            "فقدان طائرة مقاتلة ضمن قواتها",
        ),
    ],
)
def test_segment_verbal_noun_object_after_a_named_subject_is_the_content(text, mention, claim):
    [(found_mention, _, _, _, found_claim)] = _frames(text)
    assert found_mention == mention and claim in found_claim


@pytest.mark.parametrize(
    "text",
    [
        "كما دعا المتطرفين في ليبيا الى الاتحاد .",  # «ين»: whom he called on, not who called
        "وسجل غياب قطاع البادية في هيئة تحرير الشام عن المشاركة في المعارك .",  # a passive: what was noted
        "وأعلنت السيطرة على البلدة .",
    ],
)
def test_segment_verbal_noun_after_an_object_or_a_passive_reports_nothing(text):
    assert _frames(text) == []


@pytest.mark.parametrize(
    "text, mention, claim",
    [
        (
            "ولم يشر البيت الأبيض بشكل محدد في إعلانه للمكالمة , ولكنه قال إن الزعيمين ناقشا أيضا شراء عتاد عسكري .",
            "البيت الأبيض",
            "الزعيمين ناقشا أيضا شراء عتاد عسكري",
        ),
        (
            "وكان المستشار للأمن القومي في البيت الأبيض , هربرت مكماستر , قد تطرق إلى هذا الشأن , يوم أمس , "
            "وقال إن الإدارة معنية برؤية رقابة صارمة أكثر على إيران .",
            "المستشار للأمن القومي في البيت الأبيض , هربرت مكماستر",
            "الإدارة معنية برؤية رقابة صارمة أكثر على إيران",
        ),
    ],
)
def test_segment_verb_without_subject_shares_a_negated_or_auxiliary_opening_subject(text, mention, claim):
    assert [(f[0], f[4]) for f in _frames(text)] == [(mention, claim)]


def test_segment_verb_without_subject_that_does_not_agree_with_the_opening_verb_has_another_subject():
    text = (
        "وكان الأمير سعود قد دعم مبادرة السلام العربية التي طرحت عام 2002 ودعت إلى تطبيع العلاقات "
        "بين الدول العربية وإسرائيل ."
    )
    assert all(f[0] != "الأمير سعود" for f in _frames(text))


def _said(text: str) -> list[tuple]:
    """Source, cue, modality and the first words of each claim: enough to tell a frame from its neighbours."""
    return [(f[1], f[2], f[3], " ".join(f[4].split()[:3])) for f in _frames(text)]


@pytest.mark.parametrize(
    "text, said",
    [
        (
            "أمين سر المجلس الأعلى للامن القومي الايراني يتوعد بالرد على أحداث خان طومان الأخيرة .",
            [("أمين سر المجلس الأعلى للامن القومي الايراني", "يتوعد", "assert", "بالرد على أحداث")],
        ),
        (
            "بدوره أمين سر مجمع تشخيص مصلحة النظام والقائد السابق للحرس الثوري يتهم السعودية وتركيا بتقديم الدعم "
            "الناري للتكفيريين .",
            [("الحرس الثوري الإيراني", "يتهم", "allege", "السعودية وتركيا بتقديم")],
        ),
        (
            "موسكو تعلن تمديد هدنة حلب ثلاثة أيام إضافية , وواشنطن تؤكد عزمها مع موسكو على إبقاء التهدئة سارية "
            "المفعول , وبالمقابل تستمر المعارك في ريف حلب الجنوبي .",
            [
                ("روسيا", "تعلن", "assert", "تمديد هدنة حلب"),
                ("الولايات المتحدة", "تؤكد", "assert", "عزمها مع موسكو"),
            ],
        ),
        (
            'تستمر المعارك في ريف حلب , والجماعات المسلحة تتحدث عن صد هجوم " عنيف " على مواقعها جنوب غرب حلب .',
            [("الجماعات المسلحة", "تتحدث", "assert", 'صد هجوم "')],
        ),
        (
            "الجيش السوري يتقدم في ريف حلب , ومراسل الميادين في ريف حلب يتحدث عن أربع وجهات محتملة لتقدم الجيش "
            "السوري .",
            [("قناة الميادين", "يتحدث", "assert", "أربع وجهات محتملة")],
        ),
        (
            "الدفاع الروسية تقول إن واشنطن تقدم غطاء للمسلحين ضدهم ولافروف ينفي ضمان انسحاب القوات الموالية "
            "لطهران من سوريا .",
            [
                ("وزارة الدفاع الروسية", "تقول", "assert", "واشنطن تقدم غطاء"),
                ("سيرغي لافروف", "ينفي", "deny", "ضمان انسحاب القوات"),
            ],
        ),
        (
            "هاجمت الجماعات المسلحة وعلى رأسها جيش الفتح الذي أعلن السيطرة على خان طومان بمشاركة داعش .",
            [("جيش الفتح", "أعلن", "assert", "السيطرة على خان")],
        ),
        (
            "الخارجية الروسية تنفي استهداف المدنيين في إدلب , والمرصد السوري يتحدث عن مقتل 12 مدنيا في الغارات .",
            [
                ("وزارة الخارجية الروسية", "تنفي", "deny", "استهداف المدنيين في"),
                ("المرصد السوري لحقوق الإنسان", "يتحدث", "assert", "مقتل 12 مدنيا"),
            ],
        ),
    ],
)
def test_segment_ticker_subject_then_present_verb_and_a_nominal_object(text, said):
    assert _said(text) == said


@pytest.mark.parametrize(
    "text",
    [
        "الجيش السوري يقترب من خان طومان .",
        "يواصل الجيش السوري تقدمه في ريف حلب , والفصائل المسلحة تنسحب من مواقعها .",
        "تستمر المعارك في ريف حلب , والجيش السوري يتقدم نحو خان طومان .",
    ],
)
def test_segment_ticker_subject_then_a_verb_that_is_no_speech_reports_nothing(text):
    assert _frames(text) == []


@pytest.mark.parametrize(
    "text, said",
    [
        (
            "وفي هذا السياق يتقدم الجيش الى مشارف خان طومان , وف ق ما أفاد به مراسل الميادين .",
            [("قناة الميادين", "وف ق ما أفاد", "assert", "وفي هذا السياق")],
        ),
        (
            "وقتل ثلاثة مدنيين في قصف على بلدة كفرنبل , بحسب ما أفادت به مصادر محلية .",
            [("مصادر محلية", "بحسب ما أفادت", "assert", "وقتل ثلاثة مدنيين")],
        ),
    ],
)
def test_segment_postposed_relative_report_also_when_the_preposition_was_split(text, said):
    assert _said(text) == said


@pytest.mark.parametrize(
    "text, said",
    [
        (
            "وتتواصل المعارك في ريف حلب , وبحسب مراسل الميادين الهجوم شمل عدة محاور من شمال خان طومان وصولا "
            "إلى العيس .",
            [("قناة الميادين", "بحسب", "assert", "الهجوم شمل عدة")],
        ),
        (
            "واستهدفت الطائرات بلدة كفرنبل , ووفق المرصد السوري الغارات أدت إلى مقتل خمسة مدنيين .",
            [("المرصد السوري لحقوق الإنسان", "وفق", "assert", "الغارات أدت إلى")],
        ),
        (  # postposed: the content is the clause before
            "واستهدفت الطائرات بلدة كفرنبل , وفق المرصد السوري .",
            [("المرصد السوري لحقوق الإنسان", "وفق", "assert", "واستهدفت الطائرات بلدة")],
        ),
    ],
)
def test_segment_preposition_opening_a_clause_after_a_comma_reports_the_clause_after_its_source(text, said):
    assert _said(text) == said


@pytest.mark.parametrize(
    "text, mention, source, claim",
    [
        (
            "وقال مسئول روسي لم يكشف عن هويته إن الاتفاق كان جاهزا بالفعل لتوقيعه , إلا أن الموافقة النهائية تعتمد "
            "على مناقشات سياسية رفيعة المستوى .",
            "مسئول روسي لم يكشف عن هويته",
            "مسئول روسي",
            "الاتفاق كان جاهزا",
        ),
        (
            "وقال مصدر عسكري طلب عدم الكشف عن اسمه إن القوات تقدمت نحو المدينة .",
            "مصدر عسكري طلب عدم الكشف عن اسمه",
            "مصادر عسكرية",
            "القوات تقدمت نحو",
        ),
        (
            "وأكد مسؤول أمريكي رفض الكشف عن هويته أن الإدارة تدرس فرض عقوبات جديدة .",
            "مسؤول أمريكي رفض الكشف عن هويته",
            "مسؤول أمريكي",
            "الإدارة تدرس فرض",
        ),
        (
            "وأوضح دبلوماسي غربي فضل عدم الكشف عن اسمه لوكالة فرانس برس أن المحادثات متعثرة .",
            "دبلوماسي غربي فضل عدم الكشف عن اسمه",
            "دبلوماسي غربي",
            "المحادثات متعثرة",
        ),
    ],
)
def test_segment_anonymity_clause_belongs_to_the_mention_not_the_source(text, mention, source, claim):
    assert _named(text) == [(mention, source, claim)]


@pytest.mark.parametrize(
    "text, mention, claim",
    [
        (
            "غرد الحريري لأول مرة منذ 6 نوفمبر على حسابه على تويتر قائلا إن كل شيء على ما يرام .",
            "الحريري",
            "كل شيء على",
        ),
        (
            "وقال الرئيس الفرنسي إيمانويل ماكرون للمرة الثانية إن بلاده لن تتراجع .",
            "الرئيس الفرنسي إيمانويل ماكرون",
            "بلاده لن تتراجع",
        ),
        (
            "التقى البطريرك الماروني اللبناني بشارة بطرس الراعي بعد ظهر اليوم مع رئيس وزراء لبنان المستقيل سعد "
            "الحريري , قائلا إن الحريري سيعود إلى لبنان في أقرب وقت ممكن وإنه يؤيد أسباب استقالته .",
            "البطريرك الماروني اللبناني بشارة بطرس الراعي",
            "الحريري سيعود إلى",
        ),
    ],
)
def test_segment_which_time_is_no_part_of_the_mention_and_a_participle_after_a_titled_subject(
    text, mention, claim
):
    assert _opening(text) == [(mention, claim)]


@pytest.mark.parametrize(
    "text, mention",
    [
        (
            "التقى البطريرك الماروني اللبناني بشارة بطرس الراعي بعد ظهر اليوم مع رئيس وزراء لبنان المستقيل سعد "
            "الحريري , قائلا إن الحريري سيعود إلى لبنان في أقرب وقت ممكن .",
            "البطريرك الماروني اللبناني بشارة بطرس الراعي",
        ),
        (
            "استقبل الرئيس العراقي فؤاد محمد الكردي بعد ظهر اليوم السفير الروسي , مؤكدا أن العراق يرفض أي تدخل في "
            "شؤونه الداخلية .",
            "الرئيس العراقي فؤاد محمد الكردي",
        ),
        # The object after a name of two words is no family name.
        (
            "التقى الرئيس الأمريكي دونالد ترامب الرئيس الروسي فلاديمير بوتين على هامش القمة , قائلا إن اللقاء كان "
            "جيدا .",
            "الرئيس الأمريكي دونالد ترامب",
        ),
        (
            "استقبل الرئيس الفلسطيني محمود عباس الوفد المصري في رام الله , مؤكدا أن المصالحة خيار استراتيجي .",
            "الرئيس الفلسطيني محمود عباس",
        ),
    ],
)
def test_segment_two_given_names_after_a_title_take_a_family_name_in_ya(text, mention):
    assert [f[0] for f in _frames(text)] == [mention]


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            '" تاس " : تعاون بوتين مع مصر يعزز موقفه في انتخابات الرئاسة',
            [("تاس", ":", "تعاون بوتين مع مصر يعزز موقفه في انتخابات الرئاسة")],
        ),
        (
            '" رويترز " : السعودية تعتزم رفع أسعار النفط الشهر المقبل',
            [("رويترز", ":", "السعودية تعتزم رفع أسعار النفط الشهر المقبل")],
        ),
        (
            "البطريرك الراعي من الرياض : مقتنع باستقالة الحريري !",
            [("البطريرك الراعي", ":", "مقتنع باستقالة الحريري")],
        ),
        (
            "وزير الخارجية الروسي من موسكو: العلاقات مع مصر تتطور بشكل ممتاز",
            [("وزير الخارجية الروسي", ":", "العلاقات مع مصر تتطور بشكل ممتاز")],
        ),
        (
            "وزير الخارجية السعودي من باريس : لا حل في سوريا بوجود الأسد",
            [("وزير الخارجية السعودي", ":", "لا حل في سوريا بوجود الأسد")],
        ),
        # A source that told an outlet: the outlet in quotation marks carries it.
        (
            'مصدر عسكري لـ " سبوتنيك " : الجيش السوري يتقدم في ريف حماة',
            [("مصدر عسكري", ":", "الجيش السوري يتقدم في ريف حماة")],
        ),
        (
            'مصادر محلية لـ " عنب بلدي " : قصف مدفعي يستهدف أحياء درعا البلد',
            [("مصادر محلية", ":", "قصف مدفعي يستهدف أحياء درعا البلد")],
        ),
        # A section, a label or a topic before the colon names no speaker; a dateline names the agency.
        ("الاقتصاد : ارتفاع أسعار الذهب في الأسواق المحلية اليوم", []),
        ("عاجل : انفجار يهز وسط العاصمة دمشق صباح اليوم", []),
        ('" عاجل " : انفجار يهز وسط العاصمة دمشق صباح اليوم', []),
        ("فيديو : لحظة سقوط الطائرة في ريف إدلب الجنوبي", []),
        ("بالصور : دمار واسع في أحياء حلب الشرقية بعد القصف", []),
        ("تقرير : المعارضة تخسر مواقع جديدة في ريف دمشق", []),
        ("عودة النازحين من لبنان : أكثر من ألف عائلة تعود إلى القلمون", []),
        (
            "دمشق - سانا : استشهد مدنيان وأصيب آخرون بقذائف أطلقتها المجموعات الإرهابية",
            [("سانا", ":", "استشهد مدنيان وأصيب آخرون بقذائف أطلقتها المجموعات الإرهابية")],
        ),
    ],
)
def test_segment_headline_source_in_quotation_marks_or_from_a_place(text, frames):
    assert [(f[0], f[2], f[4]) for f in _frames(text)] == frames


def test_segment_headline_source_that_told_a_quoted_outlet_reports_through_it():
    (claim,) = [c for c in segment('مصدر عسكري لـ " سبوتنيك " : الجيش السوري يتقدم', resolve=RESOLVE)]
    assert (claim.source, claim.via) == ("مصادر عسكرية", "وكالة سبوتنيك")


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            "وبالتزامن مع حالة الغضب في العالم الإسلامي , بعد إعلان الرئيس الأمريكي دونالد ترامب الاعتراف بالقدس "
            'عاصمة إسرائيل , أشارت " تاس " , إلى أن بوتين يسعى إلى تعزيز نفوذه في المنطقة .',
            [
                ("الرئيس الأمريكي دونالد ترامب", "إعلان", "الاعتراف بالقدس عاصمة إسرائيل"),
                ("تاس", "أشارت", "بوتين يسعى إلى تعزيز نفوذه في المنطقة"),
            ],
        ),
        (
            "وجاء القرار عقب تأكيد وزارة الدفاع الروسية أن الطائرات قصفت مواقع التنظيم قرب دير الزور .",
            [("وزارة الدفاع الروسية", "تأكيد", "الطائرات قصفت مواقع التنظيم قرب دير الزور")],
        ),
        # The genitive is what is announced or confirmed, not who speaks.
        ("وجاء ذلك بعد إعلان الحرب على الإرهاب في المنطقة .", []),
        ("وتراجعت الأسعار بعد تأكيد المعلومات عن فرض عقوبات جديدة على الشركات .", []),
        # «نفى» the verb folds like «نفي» the noun and keeps its own frame.
        (
            "ونفى مراسل العربية حدوث أي تلوث في المياه في مدينة حمص .",
            [("مراسل العربية", "نفى", "حدوث أي تلوث في المياه في مدينة حمص")],
        ),
    ],
)
def test_segment_verbal_noun_of_announcing_with_its_subject_in_the_genitive(text, frames):
    assert [(f[0], f[2], f[4]) for f in _frames(text)] == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # A subject set off by commas, a title between them, and the outlet it was told to (Enab Baladi).
        (
            "الرائد عصام الريس , الناطق باسم الجبهة الجنوبية , قال لعنب بلدي إن المعركة تهدف أيض ا للسيطرة على"
            " سرية عباس وسرية الكتاف .",
            [
                (
                    "الرائد عصام الريس",
                    "عصام الريس",
                    "قال",
                    "assert",
                    "المعركة تهدف أيض ا للسيطرة على سرية عباس وسرية الكتاف",
                )
            ],
        ),
        # The outlet right after the verb is whom it was told to, never the speaker.
        (
            "وقال لعنب بلدي إن المعركة تهدف أيضا للسيطرة على سرية عباس .",
            [],
        ),
        # A given name and a surname after a postposed «بحسب», with or without a title after them.
        (
            "وقتل عدد من قوات الأسد وميليشيات الدفاع الوطني في المرحلة الأولى للمعركة , بحسب صهيب ارحيل ,"
            " المتحدث الإعلامي باسم ألوية الفرقان .",
            [
                (
                    "صهيب ارحيل",
                    "صهيب ارحيل",
                    "بحسب",
                    "assert",
                    "وقتل عدد من قوات الأسد وميليشيات الدفاع الوطني في المرحلة الأولى للمعركة",
                )
            ],
        ),
        # Who the speaker is, between commas after the name, is not what was said.
        (
            "كشف حازم حسني , المتحدث باسم حملة الفريق سامي عنان , موقف الحملة من دعم جماعة الإخوان المحتمل .",
            [("حازم حسني", "حازم حسني", "كشف", "assert", "موقف الحملة من دعم جماعة الإخوان المحتمل")],
        ),
        # Where a site published it («على الإنترنت») sits between the outlet and «عن» the speaker it quotes.
        (
            "نقل موقع تابع للسلطة القضائية الإيرانية على الإنترنت الاثنين عن ممثل الادعاء العام في طهران قوله ,"
            " إن المحكمة الإيرانية العليا أيدت حكما بالإعدام بحق أكاديمي إيراني .",
            [
                (
                    "ممثل الادعاء العام في طهران",
                    "ممثل الادعاء العام",
                    "نقل",
                    "assert",
                    "المحكمة الإيرانية العليا أيدت حكما بالإعدام بحق أكاديمي إيراني",
                )
            ],
        ),
        # A country's name heads no genitive: «رجلا» after it is the object, and the later «وقالت» is the state's.
        (
            "وأعدمت إيران رجلا شنقا في 2012 فيما يتعلق بعمليات القتل وقالت إنه كان عميلا لجهاز المخابرات"
            " الإسرائيلي .",
            [("إيران", "إيران", "قالت", "assert", "إنه كان عميلا لجهاز المخابرات الإسرائيلي")],
        ),
        # «وزاد» with a colon or «أن» continues the last speaker; «زاد» without them is "increased".
        (
            'وقال المسؤول الأمني إن الحملة مستمرة . وزاد : " نحن بحاجة لكل أمير وشرعي ومقاتل داخل صفوف الهيئة " .',
            [
                ("المسؤول الأمني", "المسؤول الأمني", "قال", "assert", "الحملة مستمرة"),
                (
                    "زاد",
                    "المسؤول الأمني",
                    "زاد",
                    "assert",
                    "نحن بحاجة لكل أمير وشرعي ومقاتل داخل صفوف الهيئة",
                ),
            ],
        ),
        ("وزاد عدد القتلى إلى 20 شخصا .", []),
        # «ويدعى» (is named) spelt like «يدّعي» (claims): «وهو» after the name describes him, it says nothing.
        (
            "ووجهت شرطة العاصمة أيضا للشاب , ويدعى أحمد حسن وهو من منطقة سري بجنوب إنجلترا , تهمة الضلوع في"
            " تفجيرات .",
            [],
        ),
    ],
)
def test_segment_names_asides_and_outlets_around_the_verb(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # A relative clause after a postposed source reports too: «الذي أشار إلى» and a verbal noun, quoted or not.
        (
            "وقتل عدد من قوات الأسد في المرحلة الأولى للمعركة , بحسب المرصد السوري , الذي أشار إلى مقتل نحو 30"
            " عنصرا من قوات الأسد .",
            [
                (
                    "المرصد السوري",
                    "المرصد السوري لحقوق الإنسان",
                    "بحسب",
                    "assert",
                    "وقتل عدد من قوات الأسد في المرحلة الأولى للمعركة",
                ),
                (
                    "المرصد السوري",
                    "المرصد السوري لحقوق الإنسان",
                    "أشار",
                    "assert",
                    "مقتل نحو 30 عنصرا من قوات الأسد",
                ),
            ],
        ),
        # A scraper's line break after a title's initial («د .») does not cut the sentence; «إلى» and whom it was
        # written to come between the subject and the colon.
        (
            'وفي الرسالة التي يترأسها د .\nرون فونداك , كتب الناشطون إلى غرنيبلات : " نحن قلقون جدا من التقارير "'
            ' .\nوأضافوا أن " مكانة القدس هي في لب الصراع " .',
            [
                ("الناشطون", "ناشطون", "كتب", "assert", "نحن قلقون جدا من التقارير"),
                ("أضافوا", "ناشطون", "أضافوا", "assert", "مكانة القدس هي في لب الصراع"),
            ],
        ),
    ],
)
def test_segment_relative_clauses_initials_and_addressees(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            "وقال المرصد إن القصف استمر , مشيرا إلى وقوع اشتباكات عنيفة في المنطقة .",
            [
                ("المرصد", "المرصد السوري لحقوق الإنسان", "قال", "assert", "القصف استمر"),
                ("مشيرا", "المرصد السوري لحقوق الإنسان", "مشيرا", "assert", "وقوع اشتباكات عنيفة في المنطقة"),
            ],
        ),
        # Not a verbal noun, and not after a comma: no claim of its own.
        (
            "وقال المرصد إن القصف استمر , مشيرا إلى المنطقة الشرقية .",
            [
                (
                    "المرصد",
                    "المرصد السوري لحقوق الإنسان",
                    "قال",
                    "assert",
                    "القصف استمر , مشيرا إلى المنطقة الشرقية",
                )
            ],
        ),
        (
            "ويعتبر ناشطون أن المعركة كشفت عن قدرة كبيرة , حيث كان لافتا استنفار قواته ووصول تعزيزاته .",
            [
                (
                    "ناشطون",
                    "ناشطون",
                    "يعتبر",
                    "assert",
                    "المعركة كشفت عن قدرة كبيرة , حيث كان لافتا استنفار قواته ووصول تعزيزاته",
                )
            ],
        ),
    ],
)
def test_segment_participle_of_saying_and_a_verbal_noun_after_a_comma(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            "وقال المرصد إن القصف استمر . وقتل 20 شخصا في الغارة حسب قوله .",
            [
                ("المرصد", "المرصد السوري لحقوق الإنسان", "قال", "assert", "القصف استمر"),
                ("قوله", "المرصد السوري لحقوق الإنسان", "حسب قوله", "assert", "وقتل 20 شخصا في الغارة"),
            ],
        ),
        (
            "وقال المرصد إن القصف استمر . وقتل 20 شخصا في الغارة , على حد تعبيره .",
            [
                ("المرصد", "المرصد السوري لحقوق الإنسان", "قال", "assert", "القصف استمر"),
                (
                    "تعبيره",
                    "المرصد السوري لحقوق الإنسان",
                    "على حد تعبيره",
                    "assert",
                    "وقتل 20 شخصا في الغارة",
                ),
            ],
        ),
        (
            "وقال المرصد إن القصف استمر . وقتل 20 شخصا , بحسبه .",
            [
                ("المرصد", "المرصد السوري لحقوق الإنسان", "قال", "assert", "القصف استمر"),
                ("بحسبه", "المرصد السوري لحقوق الإنسان", "بحسبه", "assert", "وقتل 20 شخصا"),
            ],
        ),
        (
            "وقال المرصد إن القصف استمر . وقتل 20 شخصا في الغارة , بحسب زعمه .",
            [
                ("المرصد", "المرصد السوري لحقوق الإنسان", "قال", "assert", "القصف استمر"),
                ("زعمه", "المرصد السوري لحقوق الإنسان", "بحسب زعمه", "allege", "وقتل 20 شخصا في الغارة"),
            ],
        ),
        # The pronoun agrees with the speaker: «قولها» is no man's.
        (
            "وقال الحريري إن المعارضة ذاهبة إلى جنيف . وتمسكت المعارضة بطلبها بألا يكون للأسد دور حسب قولها .",
            [("الحريري", "الحريري", "قال", "assert", "المعارضة ذاهبة إلى جنيف")],
        ),
        # «حسبما وصفه ناشطون»: a verb and its object, the speaker after it.
        (
            "ويعتبر القصف هو الأعنف منذ خمس سنوات حسبما وصفه ناشطون ميدانيون في أحياء حلب .",
            [
                (
                    "ناشطون ميدانيون في أحياء حلب",
                    "ناشطون ميدانيون",
                    "حسبما وصفه",
                    "assert",
                    "ويعتبر القصف هو الأعنف منذ خمس سنوات",
                )
            ],
        ),
        # An organisation named by its head noun after «بحسب».
        (
            "وبلغ عدد المعتقلين 424 , بحسب مؤسسة حرية الفكر والتعبير .",
            [
                (
                    "مؤسسة حرية الفكر والتعبير",
                    "مؤسسة حرية الفكر والتعبير",
                    "بحسب",
                    "assert",
                    "وبلغ عدد المعتقلين 424",
                )
            ],
        ),
    ],
)
def test_segment_a_preposition_that_takes_up_the_last_speaker_by_a_pronoun(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # A title and a name before a verb in the present: the verb ends the name.
        (
            "الرئيس التركي رجب طيب إردوغان يعلن أن العملية بدأت",
            [("الرئيس التركي رجب طيب إردوغان", "رجب طيب أردوغان", "يعلن", "assert", "العملية بدأت")],
        ),
        # A headline's strong verb, «عن» and what was announced.
        (
            "الرئيس التركي أردوغان يعلن عن عملية كبيرة في إدلب",
            [("الرئيس التركي أردوغان", "رجب طيب أردوغان", "يعلن", "assert", "عملية كبيرة في إدلب")],
        ),
        # «وفيه» (in it) before the verb: the one who spoke last.
        (
            "وقال ليتفينينكو إنه هرب . وفيه أكد أن القصف استمر .",
            [
                ("ليتفينينكو", "ليتفينينكو", "قال", "assert", "إنه هرب"),
                ("أكد", "ليتفينينكو", "أكد", "assert", "القصف استمر"),
            ],
        ),
    ],
)
def test_segment_titled_subject_before_a_present_verb_and_pronoun_adjuncts(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # The feeling a verb of expressing names, then «أن» and what it is about; inside an agency's report the
        # speaker is the one it relays.
        (
            "وقالت وكالة الصحافة الفرنسية إن أردوغان أعرب عن الأمل في أن تؤدي رسالته إلى تطبيع سريع .",
            [("أردوغان", "رجب طيب أردوغان", "أعرب", "assert", "تؤدي رسالته إلى تطبيع سريع")],
        ),
        (
            "وأعرب المرصد عن قلقه من أن يتصاعد القتال .",
            [("المرصد", "المرصد السوري لحقوق الإنسان", "أعرب", "assert", "يتصاعد القتال")],
        ),
    ],
)
def test_segment_a_verb_of_expressing_a_feeling_and_what_it_is_about(text, frames):
    assert _frames(text) == frames


def test_segment_a_source_from_a_body_named_by_a_genitive_before_its_verb():
    assert _frames("مصدر عسكري من قاطع البادية قال إن الحملة شملت عددا كبيرا .") == [
        ("مصدر عسكري من قاطع البادية", "مصادر عسكرية", "قال", "assert", "الحملة شملت عددا كبيرا")
    ]


@pytest.mark.parametrize(
    "text, frames",
    [
        # «أما» and a topic set off by a comma, the verb after it without «فـ»; a spokesman named is the person.
        (
            "أما المتحدث باسم البيت الأبيض جون إيرنست , قال في تعليقه على العملية , إن الولايات المتحدة تشجع"
            " الأتراك .",
            [
                (
                    "المتحدث باسم البيت الأبيض جون إيرنست",
                    "جون إيرنست",
                    "قال",
                    "assert",
                    "الولايات المتحدة تشجع الأتراك",
                )
            ],
        ),
        # No person after the title: the body it speaks for.
        (
            "وقال المتحدث باسم التحالف بقيادة الولايات المتحدة إن موقع الضربة خارج منطقة عمليات التحالف .",
            [
                (
                    "المتحدث باسم التحالف بقيادة الولايات المتحدة",
                    "التحالف الدولي",
                    "قال",
                    "assert",
                    "موقع الضربة خارج منطقة عمليات التحالف",
                )
            ],
        ),
    ],
)
def test_segment_topics_and_named_spokesmen(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # A present verb of saying joined by «و» to a report in the same sentence goes on with its speaker.
        (
            "مراسل الميادين في حلب يفيد باندلاع اشتباكات عنيفة على جبهة خان طومان ويشير إلى أن المسلحين استهدفوا"
            " بالصواريخ الطريق .",
            [
                (
                    "مراسل الميادين في حلب",
                    "قناة الميادين",
                    "يفيد",
                    "assert",
                    "باندلاع اشتباكات عنيفة على جبهة خان طومان",
                ),
                ("يشير", "قناة الميادين", "يشير", "assert", "المسلحين استهدفوا بالصواريخ الطريق"),
            ],
        ),
        # A verb of believing so joined reads as impersonal: it is believed, no claim of the speaker's own.
        (
            "وقال قائد الشرطة إن شرطيا أصيب بعد تبادل لإطلاق النار , ويعتقد أنهما كانا يحملان متفجرات .",
            [("قائد الشرطة", "قائد الشرطة", "قال", "assert", "شرطيا أصيب بعد تبادل لإطلاق النار")],
        ),
    ],
)
def test_segment_a_present_verb_joined_to_a_report_goes_on_with_its_speaker(text, frames):
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # «عبد» and «بن» join the word after them inside a name between a title and the verb.
        (
            "مدير المرصد السوري رامي عبد الرحمن قال إن القصف استمر .",
            [("مدير المرصد السوري رامي عبد الرحمن", "رامي عبد الرحمن", "قال", "assert", "القصف استمر")],
        ),
        (
            "وزير الخارجية عبد الله بن زايد قال إن الحل سياسي .",
            [("وزير الخارجية عبد الله بن زايد", "عبد الله بن زايد", "قال", "assert", "الحل سياسي")],
        ),
    ],
)
def test_segment_compound_names_between_a_title_and_the_verb(text, frames):
    assert _frames(text) == frames


def test_segment_withheld_name_between_a_quoted_speaker_and_the_saying():
    assert _frames("ونقلت رويترز عن مسؤول أمريكي طلب عدم نشر اسمه قوله إن القصف استمر.") == [
        ("مسؤول أمريكي طلب عدم نشر اسمه", "مسؤول أمريكي", "نقلت", "assert", "القصف استمر")
    ]


def test_segment_a_title_without_the_article_between_commas_is_an_aside_after_the_verb_too():
    """One notion of an aside serves a subject set off before its verb and after it."""
    assert _frames(
        "كشف حازم حسني , عضو حملة الفريق سامي عنان , موقف الحملة من دعم جماعة الإخوان المحتمل ."
    ) == [("حازم حسني", "حازم حسني", "كشف", "assert", "موقف الحملة من دعم جماعة الإخوان المحتمل")]


def test_segment_a_noun_of_saying_without_a_pronoun_names_its_speaker_after_it():
    """«حسب رواية المرصد» is the Observatory's account, not the last speaker's («حسب روايته»)."""
    assert _frames("وقال الجيش إن القصف استمر . وقتل 20 شخصا , حسب رواية المرصد .")[1] == (
        "رواية المرصد",
        "المرصد السوري لحقوق الإنسان",
        "حسب",
        "assert",
        "وقتل 20 شخصا",
    )


@pytest.mark.parametrize(
    "text, mention, claim",
    [
        (
            'وقال إبرهيم الجباوي وهو مسؤول في فصيل تابع ل - " الجيش السوري الحر " مطلع على الوضع إن الفصائل'
            " تحاول إقناع مقاتلي المعارضة بالإجلاء إلى إدلب .",
            "إبرهيم الجباوي",
            "الفصائل تحاول إقناع مقاتلي المعارضة بالإجلاء إلى إدلب",
        ),
        (
            "وقال إبرهيم الجباوي , وهو مسؤول في فصيل تابع للجيش , إن الفصائل تحاول إقناع مقاتلي المعارضة بالإجلاء .",
            "إبرهيم الجباوي",
            "الفصائل تحاول إقناع مقاتلي المعارضة بالإجلاء",
        ),
    ],
)
def test_segment_an_affiliation_and_a_quoted_name_inside_a_description_of_the_speaker(text, mention, claim):
    """«تابع» there is "affiliated", not «وتابع» going on speaking; the quoted army is a name, not the content."""
    assert [(m, c) for m, _, _, _, c in _frames(text)] == [(mention, claim)]


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            'نسبت حسابات رسمية لأكراد سوريا على وسائل التواصل الاجتماعي الى قائد " وحدات حماية الشعب " الكردية'
            " سيبان حمو , أن روسيا وعدت بتمثيل المنطقة في محادثات السلام . كما نسبت اليه أن موسكو وعدت بمشاركة"
            " 155 ممثلا من المنطقة في المؤتمر .",
            [
                (
                    'قائد " وحدات حماية الشعب " الكردية سيبان حمو',
                    "سيبان حمو",
                    "نسبت",
                    "assert",
                    "روسيا وعدت بتمثيل المنطقة في محادثات السلام",
                ),
                ("اليه", "سيبان حمو", "نسبت", "assert", "موسكو وعدت بمشاركة 155 ممثلا من المنطقة في المؤتمر"),
            ],
        ),
        (
            'ونسب التلفزيون إلى بوزداج قوله " ستستمر العملية القضائية بشأن ذلك " .',
            [("بوزداج", "بوزداج", "نسب", "assert", "ستستمر العملية القضائية بشأن")],
        ),
        ("تنسب حسم نفسها للإخوان في أي وقت .", []),
    ],
)
def test_segment_ascribing_words_to_someone_names_the_one_after_ila(text, frames):
    """«نسب X إلى Y أن/قوله»: Y is the speaker and X the channel; «نسبت إليه» takes up the last speaker."""
    assert _frames(text) == frames


@pytest.mark.parametrize(
    "text, claim",
    [
        (
            'قال لافروف إن المؤتمر مهم . وتحدث عن " دعم واسع " لمحادثات سوتشى وسط السوريين .',
            '" دعم واسع " لمحادثات سوتشى وسط السوريين',
        ),
        ("قال لافروف إن المؤتمر مهم . وتحدث عن استعداد روسيا للحوار .", "استعداد روسيا للحوار"),
    ],
)
def test_segment_spoke_of_a_verbal_noun_with_the_speaker_dropped_goes_on_with_the_last(text, claim):
    assert _frames(text)[-1] == ("تحدث", "سيرغي لافروف", "تحدث", "assert", claim)


def test_segment_spoke_of_a_place_is_no_report():
    assert _frames("قال لافروف إن المؤتمر مهم . وتحدث عن مدينة حلب القديمة .") == [
        ("لافروف", "سيرغي لافروف", "قال", "assert", "المؤتمر مهم")
    ]


@pytest.mark.parametrize(
    "text, frame",
    [
        (
            "وكان رئيس الوزراء العراقي , حيدر العبادي , قد تعهد في وقت سابق بنزع سلاح الفصائل الشيعية العسكرية .",
            (
                "رئيس الوزراء العراقي , حيدر العبادي",
                "حيدر العبادي",
                "تعهد",
                "assert",
                "بنزع سلاح الفصائل الشيعية العسكرية",
            ),
        ),
        (
            "وكان رئيس الوزراء العراقي , حيدر العبادي , قد قال إن الفصائل ستنزع سلاحها .",
            ("رئيس الوزراء العراقي , حيدر العبادي", "حيدر العبادي", "قال", "assert", "الفصائل ستنزع سلاحها"),
        ),
    ],
)
def test_segment_a_pluperfect_whose_subject_is_a_title_and_a_name_set_off_by_commas(text, frame):
    assert _frames(text) == [frame]


@pytest.mark.parametrize(
    "text, frame",
    [
        (
            "دبت الخلافات بين البغدادي والجولاني قبل أن يعلن البغدادي أن النصرة جزء من تنظيم الدولة الإسلامية .",
            ("البغدادي", "أبو بكر البغدادي", "يعلن", "assert", "النصرة جزء من تنظيم الدولة الإسلامية"),
        ),
        (
            "وانسحب المقاتلون بعد أن تؤكد الأمم المتحدة أن الممر آمن .",
            ("الأمم المتحدة", "الأمم المتحدة", "تؤكد", "assert", "الممر آمن"),
        ),
    ],
)
def test_segment_a_present_verb_after_before_that_or_after_that_is_embedded_speech(text, frame):
    assert _frames(text) == [frame]


@pytest.mark.parametrize(
    "text, mention, claim",
    [
        (
            'وقال مصدر آخر من " البيشمركة " مشارك في الاشتباكات , بحديث إلى " سمارت " أن هناك قوات قدمت من سوريا .',
            'مصدر آخر من " البيشمركة " مشارك في الاشتباكات',
            "هناك قوات قدمت من سوريا",
        ),
        (
            'وقال مصدر عسكري من " قاطع البادية " إن الحملة الأمنية مستمرة .',
            'مصدر عسكري من " قاطع البادية "',
            "الحملة الأمنية مستمرة",
        ),
    ],
)
def test_segment_the_body_an_unnamed_source_belongs_to_may_be_in_quotes(text, mention, claim):
    assert [(m, c) for m, _, _, _, c in _frames(text)] == [(mention, claim)]


@pytest.mark.parametrize(
    "text, frame",
    [
        (
            "نقلت وكالة الإعلام الروسية عن وزير الدفاع سيرجي شويجو قوله امس الثلاثاء إن روسيا بدأت التأسيس لوجود عسكري دائم .",
            (
                "وزير الدفاع سيرجي شويجو",
                "سيرغي شويغو",
                "نقلت",
                "assert",
                "روسيا بدأت التأسيس لوجود عسكري دائم",
            ),
        ),
        (
            "المتحدث باسم الكرملين ( ديمتري بيسكوف ) , قال إن روسيا ستبقي على قاعدة حميميم .",
            (
                "المتحدث باسم الكرملين ( ديمتري بيسكوف )",
                "ديمتري بيسكوف",
                "قال",
                "assert",
                "روسيا ستبقي على قاعدة حميميم",
            ),
        ),
        (
            "المتحدث باسم الكرملين ( ديمتري بيسكوف ) قال إن روسيا ستبقي على قاعدة حميميم .",
            (
                "المتحدث باسم الكرملين ( ديمتري بيسكوف )",
                "ديمتري بيسكوف",
                "قال",
                "assert",
                "روسيا ستبقي على قاعدة حميميم",
            ),
        ),
    ],
)
def test_segment_a_name_ends_at_its_saying_and_a_bracketed_name_opens_a_subject(text, frame):
    assert _frames(text) == [frame]


def test_segment_a_participle_after_a_known_name_and_its_object_is_that_speakers():
    text = (
        "قال بيسكوف إن القاعدة باقية . وجدد بيسكوف دعوة موسكو إلى وقف التهديدات المتبادلة , مشيرا إلى أن"
        " الموضوع الرئيسي هو التعايش ."
    )
    assert _frames(text)[-1] == ("بيسكوف", "ديمتري بيسكوف", "مشيرا", "assert", "الموضوع الرئيسي هو التعايش")


@pytest.mark.parametrize(
    "text, source",
    [
        ("من جهته أوضح وزير الخارجية الروسي سيرجي لافروف أن بلاده لا تعتزم نقل قواتها .", "سيرغي لافروف"),
        ("وقال المتحدث كونريكوس لفرانس برس إن الجيش قصف المواقع .", "كونريكوس"),
    ],
)
def test_segment_a_name_opening_with_lam_is_a_name_unless_it_is_an_outlet_told(text, source):
    """«لافروف» is no «لـ» and an outlet «افروف»; «لفرانس برس» is the agency the spokesman spoke to."""
    assert [s for _, s, _, _, _ in _frames(text)] == [source]


@pytest.mark.parametrize(
    "text, mention",
    [
        (
            'غير أن جيراسيموف قال لصحيفة " كومسومولسكايا برافدا " , أمس , إن الولايات المتحدة تدرب مقاتلين .',
            "جيراسيموف",
        ),
        ('غير أن الجيش قال , أمس , لصحيفة " برافدا " إن الولايات المتحدة تدرب مقاتلين .', "الجيش"),
    ],
)
def test_segment_a_subject_first_keeps_its_content_past_the_outlet_told_and_a_time(text, mention):
    assert [(m, c) for m, _, _, _, c in _frames(text)] == [(mention, "الولايات المتحدة تدرب مقاتلين")]


@pytest.mark.parametrize(
    "text",
    [
        'القوات ستنسحب , بحسب ما قال مصدر لوكالة " رويترز " .',
        "القوات ستنسحب , بحسب ما قال مصدر لوكالة «رويترز» .",
    ],
)
def test_segment_an_outlet_named_in_marks_at_the_end_is_no_content(text):
    """The report comes before «بحسب ما قال»; the quoted agency closing the sentence is whom it was told to."""
    assert [(m, c) for m, _, _, _, c in _frames(text)] == [("مصدر", "القوات ستنسحب")]


def test_segment_a_participle_with_an_names_what_it_reveals():
    text = 'وشدد المعارض على أن " نصر الله يقود حربا طائفية " , كاشفا عن " خلاف نشب مؤخرا بين حزب الله وحركة أمل " .'
    assert [(c, claim) for _, _, c, _, claim in _frames(text)] == [
        ("شدد", "نصر الله يقود حربا طائفية"),
        ("كاشفا", "خلاف نشب مؤخرا بين حزب الله وحركة أمل"),
    ]


@pytest.mark.parametrize(
    "text, frame",
    [
        (
            "وبين المتحدث أن القوات انسحبت من المدينة .",
            ("المتحدث", "بين", "القوات انسحبت من المدينة"),
        ),
        (
            "وبين مدير المرصد رامي عبد الرحمن أن 20 مدنيا قتلوا .",
            ("مدير المرصد رامي عبد الرحمن", "بين", "20 مدنيا قتلوا"),
        ),
    ],
)
def test_segment_bayyana_spelt_like_between_reports_when_a_speaker_and_an_follow(text, frame):
    assert [(m, c, claim) for m, _, c, _, claim in _frames(text)] == [frame]


@pytest.mark.parametrize(
    "text",
    [
        "وبين الجيش والفصائل أن الاتفاق انهار .",  # between two parties
        "ما بين الجيش أن الهدنة انهارت .",
    ],
)
def test_segment_between_is_no_verb_of_saying(text):
    assert _frames(text) == []


def test_segment_a_withheld_name_set_off_by_commas_is_no_content():
    text = "وأكد عضو في المجلس المحلي، فضل عدم ذكر اسمه، أن القصف استمر ساعات ."
    assert _frames(text) == [
        ("عضو في المجلس المحلي", "عضو في المجلس المحلي", "أكد", "assert", "القصف استمر ساعات")
    ]


def test_segment_the_name_a_speaker_goes_by_belongs_to_the_mention():
    text = "وقال ناشط إعلامي من المدينة يدعى أبو محمد إن القصف لم يتوقف ."
    assert [(m, claim) for m, _, _, _, claim in _frames(text)] == [
        ("ناشط إعلامي من المدينة يدعى أبو محمد", "القصف لم يتوقف")
    ]


@pytest.mark.parametrize(
    "text, mention",
    [
        ("وبث ناشطون صورا قالوا إنها لضحايا القصف .", "ناشطون"),
        ("وتناقلت حسابات موالية مقطع فيديو زعموا أنه لجثة الطيار .", None),
    ],
)
def test_segment_a_verb_opening_the_sentence_is_never_part_of_a_source(text, mention):
    """The subject of the sentence speaks the relative clause on its object, or no one does: «وتناقلت …» is
    never a source."""
    assert [m for m, _, _, _, _ in _frames(text)] == ([mention] if mention else [])


@pytest.mark.parametrize(
    "text, frame",
    [
        (
            'ونفى مصدر في الفصائل لـ"سمارت" صحة الأنباء عن انسحاب المقاتلين .',
            ("مصدر في الفصائل", "صحة الأنباء عن انسحاب المقاتلين"),
        ),
        (
            "ونفى مصدر في الفصائل لعنب بلدي صحة الأنباء عن انسحاب المقاتلين .",
            ("مصدر في الفصائل", "صحة الأنباء عن انسحاب المقاتلين"),
        ),
    ],
)
def test_segment_the_outlet_told_before_a_verbal_noun_is_neither_speaker_nor_content(text, frame):
    """«لـ» and an outlet in marks, or one the registry names, between the speaker and what it denies."""
    assert [(m, claim) for m, _, _, _, claim in _frames(text)] == [frame]


@pytest.mark.parametrize(
    "text, claim",
    [
        ("وتحدث ناشطون عن اشتباكات عنيفة في محيط البلدة .", "اشتباكات عنيفة في محيط البلدة"),
        ("وتحدثت مصادر محلية عن حالات اختناق بين المدنيين .", "حالات اختناق بين المدنيين"),
    ],
)
def test_segment_spoke_of_a_plural_of_events_reports_it(text, claim):
    assert [c for _, _, _, _, c in _frames(text)] == [claim]


def test_segment_spoke_of_a_topic_reports_nothing():
    assert _frames("وتحدث الرئيس عن العلاقات بين البلدين .") == []


@pytest.mark.parametrize(
    "text, source",
    [
        ("وأكد مدير الدفاع المدني في إدلب مصطفى الحاج يوسف أن الفرق انتشلت 12 جثة .", "مصطفى الحاج يوسف"),
        ("وأكد رئيس المجلس المحلي لمدينة دوما أكرم طعمة أن الفرق انتشلت 12 جثة .", "أكرم طعمة"),
        ("وأكد مسؤول أميركي في واشنطن صحتها , لكنه أوضح أن الاتفاق لا يزال مبدئيا .", "مسؤول أميركي"),
    ],
)
def test_segment_a_name_after_a_place_in_a_title_is_the_person(text, source):
    """The place of an office («في إدلب», «لمدينة دوما») ends the title; «الحاج» inside a name is part of it;
    a single word after a place («صحتها») is no name."""
    assert [s for _, s, _, _, _ in _frames(text)][-1] == source


@pytest.mark.parametrize(
    "text, mention",
    [
        ("وأبلغ مسؤول عسكري أمريكي رويترز بأن الضربة دمرت المطار .", "مسؤول عسكري أمريكي"),
        ("وأبلغ مسؤول عسكري أمريكي وكالة رويترز بأن الضربة دمرت المطار .", "مسؤول عسكري أمريكي"),
        ("وأبلغ الرئيس نظيره التركي أن الضربة دمرت المطار .", "الرئيس"),
    ],
)
def test_segment_whom_a_speaker_informed_is_no_part_of_the_speaker(text, mention):
    """After «أبلغ», an outlet or a counterpart right after the speaker is whom it was told to."""
    assert [(m, c) for m, _, _, _, c in _frames(text)] == [(mention, "الضربة دمرت المطار")]


@pytest.mark.parametrize(
    "text, mention, claim",
    [
        (
            "ويتهم ناشطون قوات النظام بارتكاب مجزرة في البلدة .",
            "ناشطون",
            "قوات النظام بارتكاب مجزرة في البلدة",
        ),
        ("ووصفت دمشق الضربة بأنها عدوان سافر .", "دمشق", "الضربة بأنها عدوان سافر"),
    ],
)
def test_segment_the_accused_or_described_after_a_plural_or_a_capital_is_no_part_of_the_speaker(
    text, mention, claim
):
    """A plural in «ون» and a capital standing for its government head no genitive: the noun after them is
    the object of the verb of accusing or describing, never the source."""
    assert [(m, c) for m, _, _, _, c in _frames(text)] == [(mention, claim)]


def test_segment_admitted_with_bi_reports_the_verbal_noun():
    assert [c for _, _, _, _, c in _frames("وأقرت وزارة الدفاع بوقوع خسائر في صفوف قواتها .")] == [
        "بوقوع خسائر في صفوف قواتها"
    ]


@pytest.mark.parametrize(
    "text, mention",
    [
        ("الجيش أكد في بيان أن موسكو لن تتخلى عن دمشق", "الجيش"),
        (
            "وزير الخارجية الروسي سيرغي لافروف أكد في مؤتمر صحفي أن موسكو لن تتخلى عن دمشق",
            "وزير الخارجية الروسي سيرغي لافروف",
        ),
    ],
)
def test_segment_unpunctuated_subject_first_with_where_it_was_said(text, mention):
    """A transcript's subject, its verb, where it spoke («في بيان», «في مؤتمر صحفي») and «أن»."""
    assert [(m, c) for m, _, _, _, c in _frames(text)] == [(mention, "موسكو لن تتخلى عن دمشق")]


def test_segment_unpunctuated_subject_first_told_to_us():
    text = "الناطق باسم الجيش الحر قال لنا إن المقاتلين صدوا الهجوم"
    assert [(m, c) for m, _, _, _, c in _frames(text)] == [
        ("الناطق باسم الجيش الحر", "المقاتلين صدوا الهجوم")
    ]


def test_segment_a_verb_whose_object_is_followed_by_bi_al_reports_nothing():
    """Inside a report, «رصدت كتائب المتشددين بالقاعدة الأمريكية» (satellites spotted the battalions at the
    base) is no frame: the battalions are what was seen, so the next «وقال» still goes to Gerasimov."""
    text = (
        "غير أن جيراسيموف قال إن الولايات المتحدة تدرب مقاتلين . وأضاف أن أقمارا صناعية روسية , رصدت كتائب"
        ' المتشددين بالقاعدة الأمريكية . وقال : " هم في واقع الأمر يتدربون هناك " .'
    )
    assert [(m, s) for m, s, _, _, _ in _frames(text)] == [
        ("جيراسيموف", "فاليري جيراسيموف"),
        ("أضاف", "فاليري جيراسيموف"),
        ("قال", "فاليري جيراسيموف"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "وقال فيكتور بونداريف رئيس لجنة الأمن والدفاع إن الاتفاق يقضي بتوسيع المنشأة .",
        "وقال فيكتور بونداريف رئيس لجنة الأمن والدفاع في مجلس الاتحاد الروسي للوكالة إن الاتفاق يقضي بتوسيع المنشأة .",
    ],
)
def test_segment_a_name_before_a_long_title_is_the_speaker_not_the_body_of_the_title(text):
    """The title («رئيس لجنة الأمن والدفاع في مجلس الاتحاد الروسي») describes the person named before it; the
    body it names inside is not who spoke."""
    ((mention, source, _, _, _),) = _frames(text)
    assert mention.startswith("فيكتور بونداريف رئيس لجنة الأمن والدفاع") and source == "فيكتور بونداريف"


def test_segment_a_headline_opened_by_a_long_title():
    """«المتحدث باسم وزارة الدفاع الروسية :» names its speaker in five words: a title heads the name."""
    assert _frames("المتحدث باسم وزارة الدفاع الروسية : الطائرات لم تقصف السوق") == [
        (
            "المتحدث باسم وزارة الدفاع الروسية",
            "وزارة الدفاع الروسية",
            ":",
            "deny",
            "الطائرات لم تقصف السوق",
        )
    ]


@pytest.mark.parametrize(
    "text, mention",
    [
        ('وحزب الله يتهم " النصرة " بإطلاق الصواريخ .', "حزب الله"),
        ("وروسيا تنفي استهداف المدنيين .", "روسيا"),
    ],
)
def test_segment_the_conjunction_glued_to_a_subject_first_is_no_part_of_the_mention(text, mention):
    assert [m for m, _, _, _, _ in _frames(text)] == [mention]


@pytest.mark.parametrize(
    "text, cue",
    [
        ("ومما قاله المتحدث أن الهجوم فشل .", "مما قاله"),
        ("وما قاله المتحدث أن الهجوم فشل .", "ما قاله"),
    ],
)
def test_segment_what_a_speaker_said_with_the_conjunction_glued_to_the_relative(text, cue):
    assert [(m, c, claim) for m, _, c, _, claim in _frames(text)] == [("المتحدث", cue, "الهجوم فشل")]


@pytest.mark.parametrize(
    "text, mention",
    [
        ("وما زال المتحدث يقول إن الهجوم فشل .", "المتحدث"),
        ("ولا يزال النظام يزعم أن الفصائل تستخدم المدنيين دروعا .", "النظام"),
    ],
)
def test_segment_still_is_no_part_of_the_subject_after_it(text, mention):
    assert [m for m, _, _, _, _ in _frames(text)] == [mention]


@pytest.mark.parametrize(
    "text",
    [
        'وأعلن "جيش الإسلام" عبر معرفاته الرسمية مقتل 10 عناصر من قوات النظام .',
        "وأعلن جيش الإسلام عبر حساباته مقتل 10 عناصر من قوات النظام .",
    ],
)
def test_segment_the_accounts_a_body_announced_through_are_no_content(text):
    assert [c for _, _, _, _, c in _frames(text)] == ["مقتل 10 عناصر من قوات النظام"]


def test_segment_reads_the_verb_a_subheading_was_glued_to():
    # A scraped subheading («فصائل رافضة») run into the verb of the next sentence.
    text = (
        "فصائل رافضةوأبدت اللجنة السياسية في جنوب دمشق , في بيان لها , عدم موافقتها على اتفاق المدن"
        " الأربع , مشيرة إلى أنها ليست طرفا فيها ولا تعبر عنها ."
    )
    assert [(f[0], f[2], " ".join(f[4].split()[:3])) for f in _frames(text)] == [
        ("اللجنة السياسية في جنوب دمشق", "أبدت", "عدم موافقتها على"),
        ("مشيرة", "مشيرة", "أنها ليست طرفا"),
    ]


@pytest.mark.parametrize(
    "text, mention, claim",
    [
        # A relative clause on the statement, «فيه» taking it up: the subject of the sentence speaks.
        (
            "وأصدرت وزارة الدفاع الروسية بيانا قالت فيه إن الطائرات دمرت مقرا للتنظيم .",
            "وزارة الدفاع الروسية",
            "الطائرات دمرت مقرا",
        ),
        (
            "وأصدرت القيادة العامة بيانا يوم الأحد الماضي , قالت فيه إن قواتها استعادت السيطرة على البلدة .",
            "القيادة العامة",
            "قواتها استعادت السيطرة",
        ),
        # The time the report came in, taken up by «فيه» before the verb's subject.
        (
            "في الوقت الذي أعلنت فيه وزارة الدفاع الروسية مقتل 30 مسلحا في إدلب .",
            "وزارة الدفاع الروسية",
            "مقتل 30 مسلحا",
        ),
    ],
)
def test_segment_reads_the_speaker_of_a_report_taken_up_by_fihi(text, mention, claim):
    assert _opening(text) == [(mention, claim)]


@pytest.mark.parametrize(
    "text, mention, claim",
    [
        # «كان» and «قد» (or the verb) bracket the subject, whatever it holds.
        (
            "وكان مصدر عسكري سوري يوم السبت الماضي قد أعلن أن قوات الحكومة استعادت السيطرة على مدينة الميادين .",
            "مصدر عسكري سوري",
            "قوات الحكومة استعادت",
        ),
        (
            'كانت وكالة " تاس " الروسية للأنباء ذكرت أن الرئيس الروسي وصل إلى قاعدة عسكرية روسية في سوريا .',
            'وكالة " تاس " الروسية للأنباء',
            "الرئيس الروسي وصل",
        ),
        (
            'وكان الأمين العام للأمم المتحدة " أنطونيو غوتيريش " قد صرح أن استخدام الأسلحة الكيميائية يشكل انتهاكا .',
            'الأمين العام للأمم المتحدة " أنطونيو غوتيريش "',
            "استخدام الأسلحة الكيميائية",
        ),
        (
            "وكان مدير العلاقات الإعلامية في هيئة تحرير الشام , عماد الدين مجاهد , قد أفاد بأن الاتفاق جاء استجابة"
            " لطلب الأهالي .",
            "مدير العلاقات الإعلامية في هيئة تحرير الشام , عماد الدين مجاهد",
            "الاتفاق جاء استجابة",
        ),
        (
            "وكان بيان الدول الضامنة أعلن أن الدول الضامنة تؤكد استعدادها لعقد المؤتمر .",
            "بيان الدول الضامنة",
            "الدول الضامنة تؤكد",
        ),
        # «دائرة» heads a body as «حركة» and «غرفة» do.
        (
            "أعلنت دائرة صحة ذي قار , اليوم الخميس , أن حصيلة التفجير ارتفعت الى 43 قتيلا وجريحا .",
            "دائرة صحة ذي قار",
            "حصيلة التفجير ارتفعت",
        ),
    ],
)
def test_segment_pluperfect_subjects_and_bodies_headed_by_daira(text, mention, claim):
    assert _opening(text) == [(mention, claim)]


@pytest.mark.parametrize(
    "text",
    [
        "وكان في وقت سابق قد أعلن أن القوات انسحبت .",  # a time, no subject
        "وكانت أكبر طائرة موجودة وقتها وقال : لم يضع في حساباته ثقل الوقود .",  # «وقال» no predicate of «كان»
    ],
)
def test_segment_auxiliary_brackets_no_time_and_no_joined_verb(text):
    # No speaker but the verb itself («وقال» naming the one before): not even an empty mention.
    claims = segment(text, resolve=RESOLVE)
    assert [
        c.source_mention for c in claims if c.source_mention is not None and c.source_mention != c.cue
    ] == []


@pytest.mark.parametrize(
    "text, mention, claim",
    [
        # Subject first, then the verb, a time without commas, and «أن».
        (
            "لكن الناطق باسم المعارضة يحيى العريضي قال أول من أمس إن مقاطعة الحكومة تمثل إحراجا لروسيا .",
            "الناطق باسم المعارضة يحيى العريضي",
            "مقاطعة الحكومة تمثل",
        ),
        (
            "إلا أن الإعلام السوري الحكومي ذكر في وقت سابق أن الجيش تقدم في المدينة .",
            "الإعلام السوري الحكومي",
            "الجيش تقدم في",
        ),
        # One indefinite noun in «اً» after «أن» that names who speaks.
        ("غير أن مسؤولا ذكر أن الوكالات الأمنية تحقق في الحادث .", "مسؤولا", "الوكالات الأمنية تحقق"),
        # A name in quotation marks inside the subject.
        (
            'كذلك صحيفة " ديلي ميل " البريطانية أشارت إلى أن تنظيم داعش هو الذي قام بالهجوم .',
            'صحيفة " ديلي ميل " البريطانية',
            "تنظيم داعش هو",
        ),
    ],
)
def test_segment_subject_first_with_time_accusative_or_quoted_name(text, mention, claim):
    assert _opening(text) == [(mention, claim)]


def test_segment_one_thing_in_tanween_after_inna_is_no_speaker():
    # «إن قاربا يعتقد أنه»: what the impersonal verb is about.
    assert _frames("وقال إن قاربا يعتقد أنه كان يحمل مهاجرين غرق .") == []


@pytest.mark.parametrize(
    "text, mention, claim",
    [
        # Subject first, a time between the verb and «أن».
        ("روسيا أعلنت أمس أنها قصفت مواقع في إدلب .", "روسيا", "أنها قصفت مواقع"),
        ("روسيا أعلنت في سبتمبر / أيلول الماضي أنها قصفت مواقع في إدلب .", "روسيا", "أنها قصفت مواقع"),
        # A name and its short form in brackets before the verb.
        (
            "صندوق الأمم المتحدة للطفولة ( يونيسيف ) أوضح أن أطفالا قتلوا أيضا في القصف .",
            "صندوق الأمم المتحدة للطفولة ( يونيسيف )",
            "أطفالا قتلوا أيضا",
        ),
        (
            "منظمة الصحة العالمية ( WHO ) أوضحت أن أطفالا قتلوا .",
            "منظمة الصحة العالمية ( WHO )",
            "أطفالا قتلوا",
        ),
    ],
)
def test_segment_subject_first_with_a_time_or_a_short_form_in_brackets(text, mention, claim):
    assert _opening(text) == [(mention, claim)]


@pytest.mark.parametrize(
    "text",
    [
        # A name cut off, its adjectives left before the verb.
        'حراك " المعارضة السورية " , السياسية والعسكرية أعلن اليوم أن المنسق العام بحث الهجوم مع كيري .',
        # A name set off by commas after the verb is no subject before it.
        'اعتبر مدير مكتب التحقيقات الفدرالي الأمريكي " FBI " , كريستوفر راي , أن تنظيم داعش يمثل أكبر تهديد .',
        # A report inside the content of another keeps to it.
        "وأشار إلى أن شخصا آخر اعترف بعد أيام بأن المتهم بريء .",
    ],
)
def test_segment_no_subject_first_from_adjectives_a_set_off_name_or_inside_content(text):
    assert [f[0] for f in _frames(text)] in ([], [None], ["أشار"])


@pytest.mark.parametrize(
    "text, mention, claim",
    [
        # «كان قد» between the subject and the verb.
        (
            "لكن وزير الخارجية الامريكي الحالي تيلرسون كان قد أكد في مقابلة صحفية قبل أيام بأن ايران ملتزمة"
            " ببنود الاتفاق .",
            "وزير الخارجية الامريكي الحالي تيلرسون",
            "ايران ملتزمة ببنود",
        ),
        # A verb in the present on the statement, «فيه» taking it up: the sentence's subject speaks.
        (
            "وأصدرت الحكومة السعودية بيانا تؤكد فيه أن قوات التحالف حرصت على التقيد بالقانون .",
            "الحكومة السعودية",
            "قوات التحالف حرصت",
        ),
    ],
)
def test_segment_kana_qad_after_the_subject_and_a_present_taken_up_by_fihi(text, mention, claim):
    assert _opening(text) == [(mention, claim)]


def test_segment_present_taken_up_by_fihi_needs_a_subject_that_names_a_source():
    text = (
        "واشنطن وجهت تحذيرا جديا , مما اضطر الأمريكي لبعث رسائل يطلب فيها أن يمنح شعاعا آمنا بعمق 55"
        " كيلومترا حول التنف ."
    )
    assert _frames(text) == []


@pytest.mark.parametrize(
    "text, mention, claim",
    [
        # «هذا الأسبوع»: a demonstrative and a word of time.
        (
            "لكن الحزب الديمقراطي الكردستاني قال هذا الأسبوع إنه سيتخلى عن شروطه .",
            "الحزب الديمقراطي الكردستاني",
            "إنه سيتخلى عن",
        ),
        # Where or when it was said, between the verb and «أن».
        (
            "وزير الخارجية القطري يقول خلال زيارته موسكو إن بلاده مؤمنة بحل الأزمة الخليجية عن طريق الحوار .",
            "وزير الخارجية القطري",
            "بلاده مؤمنة بحل",
        ),
        # A title and a long name opening the line, the verb and «أن».
        (
            "سفير دولة قطر في لبنان علي بن حمد المري يؤكد أن ما تتعرض له بلاده من حصار يشكل مخالفة للقانون"
            " الدولي .",
            "سفير دولة قطر في لبنان علي بن حمد المري",
            "ما تتعرض له",
        ),
        (
            "وزير الاقتصاد والتجارة القطري الشيخ أحمد بن جاسم بن محمد آل ثاني يقول إن الموردين لدولة قطر هم"
            " من تضرروا .",
            "وزير الاقتصاد والتجارة القطري الشيخ أحمد بن جاسم بن محمد آل ثاني",
            "الموردين لدولة قطر",
        ),
    ],
)
def test_segment_subject_first_with_this_week_a_circumstance_or_a_long_titled_name(text, mention, claim):
    assert _opening(text) == [(mention, claim)]


@pytest.mark.parametrize(
    "text, mention, claim",
    [
        # A title and the name after it taken up by «الذي».
        (
            "نال هذا القرار إعجاب رئيس الوزراء الإسرائيلي بنيامين نتنياهو الذي صرح أن اليوم يعد يوما تاريخيا .",
            "رئيس الوزراء الإسرائيلي بنيامين نتنياهو",
            "اليوم يعد يوما",
        ),
        # A titled name set off by commas, the outlet told and a time set off between the verb and «أن».
        (
            "وكان ذلك واضحا لقائد العمليات العسكرية في حلب , اللواء زيد صالح , الذي قال لوكالة أنباء رويترز ,"
            " في وقت سابق , إنه ينبغي أن تنتهي المعركة في أسرع وقت .",
            "اللواء زيد صالح",
            "إنه ينبغي أن",
        ),
    ],
)
def test_segment_relative_clause_on_a_titled_name(text, mention, claim):
    assert _opening(text) == [(mention, claim)]


@pytest.mark.parametrize(
    "text, mention, claim",
    [
        # A state or its capital heads no verbal noun: the verbal noun opens what it reported.
        ("وأعلنت تركيا انطلاق عملية عسكرية في إدلب .", "تركيا", "انطلاق عملية عسكرية"),
        ("ونفت موسكو استخدام أسلحة كيميائية .", "موسكو", "استخدام أسلحة كيميائية"),
        ("وأعلنت بغداد تحقيق النصر النهائي على التنظيم .", "بغداد", "تحقيق النصر النهائي"),
    ],
)
def test_segment_a_state_and_the_verbal_noun_it_reports(text, mention, claim):
    assert _opening(text) == [(mention, claim)]


@pytest.mark.parametrize(
    "text, mention",
    [
        # The one who held the press conference the sentence opens on.
        (
            "وفي مؤتمر صحفي عقده وزير الخارجية الأمريكي ريكس تيلرسون بعد لقائه مع نظيره التركي , قال إن"
            " الدولتين بحثتا الخيارات .",
            "وزير الخارجية الأمريكي ريكس تيلرسون",
        ),
        # The author of the statement the sentence opens on.
        (
            "وفي تصريح للمستشار أحمد أبو زيد المتحدث الرسمي باسم وزارة الخارجية , أشار إلى أن الوزارة تتابع"
            " القضية .",
            "للمستشار أحمد أبو زيد المتحدث الرسمي باسم وزارة الخارجية",
        ),
    ],
)
def test_segment_speaker_named_in_the_opening_phrase(text, mention):
    assert [f[0] for f in _frames(text)] == [mention]


@pytest.mark.parametrize(
    "text",
    [
        # Whom it was said to, not who said it.
        "وفي تصريحات لوكالة الأنباء التشيكية ( سي تي كيه ) , أوضح أن ما حدث مفاجأة غير سارة .",
        # A phrase opening on a preposition is no subject.
        "وفي مؤتمر صحفي عقده تيلرسون , قال إن الدولتين بحثتا الخيارات .",
    ],
)
def test_segment_opening_phrase_names_no_outlet_told_and_is_no_subject(text):
    assert [f[0] for f in _frames(text) if f[0] and f[0].startswith(("وفي", "لوكالة"))] == []


@pytest.mark.parametrize(
    "text, mention, claim",
    [
        # Doubting a report disputes it: «شكك» and what follows «بـ» or «في».
        (
            "من جهتها , شككت وزارة الدفاع الأميركية بإعلان موسكو عن سحب قسم كبير من قواتها في سورية .",
            "وزارة الدفاع الأميركية",
            "بإعلان موسكو عن",
        ),
        ("وشكك المرصد في صحة الأنباء عن انسحاب القوات .", "المرصد", "صحة الأنباء عن"),
        ("وشكك مسؤولون أمريكيون في أن روسيا ستسحب قواتها .", "مسؤولون أمريكيون", "روسيا ستسحب قواتها"),
    ],
)
def test_segment_doubting_is_a_denial(text, mention, claim):
    assert [(f[0], f[3], " ".join(f[4].split()[:3])) for f in _frames(text)] == [(mention, "deny", claim)]


def test_segment_a_given_name_opening_on_ba_is_no_verbal_noun():
    # «بثينة» is a name, not «بـ» and a verbal noun that would open the object.
    text = "مستشارة الرئيس السوري بثينة شعبان تؤكد أن الغارات الأميركية كانت مقصودة ."
    assert [f[0] for f in _frames(text)] == ["مستشارة الرئيس السوري بثينة شعبان"]


@pytest.mark.parametrize(
    "text, mention, claim",
    [
        # «ورد عن» / «جاء عن»: what was reported from someone, who follows «عن».
        (
            "لقاء بوتين والأسد ( AFP ) وورد أيض ا عن الناطق باسم بوتين أن الملك السعودي تلقى بترحاب اتفاق وقف"
            " إطلاق النار في سوريا .",
            "الناطق باسم بوتين",
            "الملك السعودي تلقى",
        ),
        (
            "وجاء عن مصدر في وزارة الدفاع قوله إن الطائرات قصفت السوق .",
            "مصدر في وزارة الدفاع",
            "الطائرات قصفت السوق",
        ),
        # A subject after «غير أن», the verb, a time and the preposition it governs, then «أن».
        (
            "غير ان غوتيريش اشار في الوقت نفسه الى ان التحالف اتخذ بعض الاجراءات لتحسين حماية الاطفال .",
            "غوتيريش",
            "التحالف اتخذ بعض",
        ),
        # «هذه» and a definite noun after a place open the object, not the place's genitive.
        (
            "وفيما هدد الرئيس الأمريكي دونالد ترامب باللجوء الى القوة ضد كوريا الشمالية , وصفت روسيا هذه"
            ' المناورات بأنها " استفزاز تام " .',
            "روسيا",
            "هذه المناورات بأنها",
        ),
        # A quotation that ends on «أيضا»: its closing mark opens nothing.
        (
            "وقتل عدد من قوات الأسد , بحسب صهيب ارحيل , المتحدث الإعلامي باسم ألوية الفرقان , الذي أشار إلى"
            ' " مقتل نحو 30 عنصر ا من قوات الأسد وجرح عدد كبير أيض ا " .',
            "صهيب ارحيل , المتحدث الإعلامي باسم ألوية الفرقان",
            "مقتل نحو 30",
        ),
    ],
)
def test_segment_reported_from_someone_a_governed_that_and_an_object_after_a_place(text, mention, claim):
    assert (mention, claim) in _opening(text)


@pytest.mark.parametrize(
    "text",
    [
        # «علماً بأن» is the writer's remark, not a verb of two speakers.
        "وشاركت منصة موسكو في الاجتماع , علم ا بأن منصة القاهرة غابت عنه .",
        "ورد عن السوق .",
    ],
)
def test_segment_no_report_in_a_writers_remark_or_a_bare_reported_from(text):
    assert _frames(text) == []


@pytest.mark.parametrize(
    "text, mention, source, claim",
    [
        # «بحسب ما جاء في» a document: the document, and whoever published it is the source.
        (
            "أدرج التحالف العربي على لائحة سوداء للامم المتحدة جراء قتل وتشويه 683 طفلا , بحسب ما جاء في تقرير"
            " نشرته المنظمة الدولية الخميس .",
            "تقرير نشرته المنظمة الدولية",
            "المنظمة الدولية",
            "أدرج التحالف العربي",
        ),
        # «تحدث عن أن», a time between the subject and «عن».
        (
            "وتحدثت وسائل اعلام وقتذاك عن ان السعودية هددت بوقف تمويل برامج انسانية للامم المتحدة .",
            "وسائل اعلام",
            "مصادر إعلامية",
            "السعودية هددت بوقف",
        ),
        # A report run into the words before it, with no punctuation: a strong verb, a known subject or a state,
        # a time set off by commas, and a verbal noun, or «عن» and what it announced.
        (
            "جاء القرار الأسترالي بعد خسارة تنظيم الدولة لمعقليه في سوريا والعراق - أ ف ب أعلنت أستراليا , الجمعة ,"
            " إنهاء ضرباتها الجوية ضد تنظيم الدولة في العراق وسوريا .",
            "أستراليا",
            "أستراليا",
            "إنهاء ضرباتها الجوية",
        ),
        (
            "عملية قتل جماعي بحق عشيرة البوعبيد أعلن مدير ناحية البغدادي , مال الله العبيدي , الأربعاء , عن قيام"
            " عناصر داعش بقتل 150 شخصا من قبيلة البوعبيد .",
            "مدير ناحية البغدادي , مال الله العبيدي",
            "مال الله العبيدي",
            "قيام عناصر داعش",
        ),
    ],
)
def test_segment_what_comes_between_a_report_and_its_source_or_content(text, mention, source, claim):
    assert _named(text) == [(mention, source, claim)]


def test_segment_a_verbal_noun_after_tamma_has_no_speaker():
    # «تم كشف النقاب عن أن»: «النقاب» (the veil) is no speaker.
    assert _frames("وبعد قتله تم كشف النقاب عن أن ليتفينينكو كان يتلقى أموالا من جهاز الخدمة السرية .") == []


@pytest.mark.parametrize(
    "text, mention, source, claim",
    [
        # «حذر … من أن»: «من» is the preposition the verb governs, after a name as after a title.
        (
            "وحذر وزير الخارجية الروسي سيرغي لافروف من أن الهجوم سيكون كارثيا .",
            "وزير الخارجية الروسي سيرغي لافروف",
            "سيرغي لافروف",
            "الهجوم سيكون كارثيا",
        ),
        ("وحذر الوزير من أن الهجوم سيكون كارثيا .", "الوزير", "الوزير", "الهجوم سيكون كارثيا"),
        # A participle of warning and «من أن» after a postposed report.
        (
            "ارتفع عدد الحالات المشتبه باصابتها بالكوليرا في اليمن الى مليون حالة , بحسب ما أعلنت أمس الخميس"
            " اللجنة الدولية للصليب الاحمر , محذرة من ان النزاع في البلد الفقير يحرم 80 بالمئة من الشعب اليمني .",
            "محذرة",
            "اللجنة الدولية للصليب الأحمر",
            "النزاع في البلد",
        ),
        # «استدرك»: to add a reservation.
        (
            "واستدركت الوزيرة بأن أستراليا ستترك طائرتين في تصرف التحالف .",
            "الوزيرة",
            "الوزيرة",
            "أستراليا ستترك طائرتين",
        ),
        # «سبق لـX أن»: «أن» opens a clause after the title, no part of a name.
        (
            "وسبق للرئيس السوداني أن ثمن دور روسيا في الدولي , مؤكدا أنها جنبت السودان مؤامرات .",
            "للرئيس السوداني",
            "الرئيس السوداني",
            "أنها جنبت السودان",
        ),
    ],
)
def test_segment_warning_from_that_and_a_title_before_that(text, mention, source, claim):
    assert _named(text)[-1:] == [(mention, source, claim)]


def test_segment_the_name_a_witness_goes_by_is_the_source_and_is_taken_up_by_the_surname():
    text = (
        'وقال شاهد عيان يدعى سليم منصور إن الإمام كان قد اعتلى للتو المنصة . وتابع منصور : " لقد عرفنا حينئذ'
        ' أن المسجد كان تحت هجوم المسلحين " .'
    )
    assert _named(text) == [
        ("شاهد عيان يدعى سليم منصور", "سليم منصور", "الإمام كان قد"),
        ("منصور", "سليم منصور", "لقد عرفنا حينئذ"),
    ]


def test_segment_but_he_said_takes_up_the_subject_of_the_sentence_before():
    text = (
        'ورفض اللفتنانت كولونيل كريس لوغان الخميس التعليق على مهمة البارجة . لكنه قال " سنواصل بانتظام تسيير'
        ' دوريات كما فعلنا بشكل روتيني في الماضي " .'
    )
    assert _named(text) == [("قال", "كريس لوغان", "سنواصل بانتظام تسيير")]


@pytest.mark.parametrize(
    "text, mention, source, claim",
    [
        # «لـ» and a word before «نيوز» is the news site it was said to, not the speaker.
        (
            "وقال اللاجئ السوري إن الرحلة كانت صعبة . وأضاف لمهاجر نيوز أنه يريد البقاء في ألمانيا .",
            "أضاف",
            "اللاجئ السوري",
            "أنه يريد البقاء",
        ),
        # A short name in quotation marks after the verb that opens the sentence is its subject.
        (
            'وهاجمت " فتح الشام " فصائل من المعارضة السورية , وقالت إن الفصائل تقاتل تحت راية التحالف الدولي .',
            "فتح الشام",
            "جبهة فتح الشام",
            "الفصائل تقاتل تحت",
        ),
        # States are a speaker's head noun: the subject of the opening verb speaks in «وقالت».
        (
            'وربطت الدول المنسحبة تغيير موقفها بعودة الأمور إلى نصابها , وقالت إن " جل الدول ساندت هذا الموقف " .',
            "الدول المنسحبة",
            "الدول المنسحبة",
            "جل الدول ساندت",
        ),
    ],
)
def test_segment_a_news_site_told_a_quoted_subject_and_states_speaking(text, mention, source, claim):
    assert _named(text)[-1:] == [(mention, source, claim)]


def test_segment_a_belief_inside_a_report_is_what_was_reported():
    # «واشنطن» opens on «و» of its own: no clause glued to its subject inside what the official revealed.
    text = "وكشف مسؤول أمريكي أن واشنطن تعتقد أن روسيا ستجري انسحابا رمزيا من سوريا ."
    assert _named(text) == [("مسؤول أمريكي", "مسؤول أمريكي", "واشنطن تعتقد أن")]


def test_segment_transport_after_a_noun_is_no_verb_of_relaying():
    text = 'كما أعلنت القوات المسلحة الاماراتية عن شراء خمس طائرات نقل عسكرية من نوع " سي 295 ام دبليو " .'
    assert [m for m, _, _ in _named(text)] == ["القوات المسلحة الاماراتية"]


@pytest.mark.parametrize(
    "text, mention, source, modality, claim",
    [
        # «سارع إلى» and a verbal noun of saying: the subject said it, verb first or subject first past an aside.
        (
            "وسارعت وزارة الدفاع الروسية إلى نفي أن تكون طائراتها قصفت السوق .",
            "وزارة الدفاع الروسية",
            "وزارة الدفاع الروسية",
            "deny",
            "تكون طائراتها قصفت",
        ),
        (
            "إلا أن روسيا - العضو الدائم بمجلس الأمن - سارعت إلى إعلان أنها لن تدعم اقتراحات هيلي .",
            "روسيا",
            "روسيا",
            "assert",
            "أنها لن تدعم",
        ),
        ("لكن موسكو سارعت إلى نفي الاتهامات الأمريكية .", "موسكو", "روسيا", "deny", "الاتهامات الأمريكية"),
    ],
)
def test_segment_hastening_to_deny_or_announce(text, mention, source, modality, claim):
    assert [(f[0], f[1], f[3], " ".join(f[4].split()[:3])) for f in _frames(text)] == [
        (mention, source, modality, claim)
    ]


def test_segment_hastening_to_anything_else_reports_nothing():
    assert _frames("وسارعت القوات إلى السيطرة على البلدة .") == []


def test_segment_a_state_the_gazetteer_does_not_hold_speaks_in_its_headline():
    text = "المغرب : اضطررنا وثماني دول عربية للانسحاب من القمة العربية الإفريقية لأنها أخلت بالضوابط"
    assert _named(text) == [("المغرب", "المغرب", "اضطررنا وثماني دول")]


def test_segment_but_then_a_subject_denies_with_a_nominal_object():
    """«إلا أن» opens a clause on its subject as a line does; the report before it ends before «إلا أن»,
    and a body named with a person's name («مكتب صالح») takes no plural after it."""
    text = (
        "قالت إذاعة تابعة لوزارة الداخلية , اليوم الإثنين , إن الرئيس السابق علي عبد الله صالح قتل , إلا أن مكتب"
        " صالح نفى الشائعات التي تتردد حول مقتله ."
    )
    assert [(f[0], f[3], f[4]) for f in _frames(text)] == [
        ("إذاعة تابعة لوزارة الداخلية", "assert", "الرئيس السابق علي عبد الله صالح قتل"),
        ("مكتب صالح", "deny", "الشائعات التي تتردد حول مقتله"),
    ]


@pytest.mark.parametrize(
    "text, mention, source",
    [
        # «فيه» takes up the document before the comma; the one it is of («لـ» and a title) speaks in it.
        (
            "تبع ذلك تصريح آخر لوزير الخارجية الصيني وانغ يي , قال فيه إن نشر المنظومة يتجاوز احتياجات الدفاع .",
            "لوزير الخارجية الصيني وانغ يي",
            "وانغ يي",
        ),
        # The document an organisation issued, in «اً» after it, is no part of its name.
        (
            "ونشر المرصد بيانا , قال فيه إن القصف أدى إلى مقتل 20 مدنيا .",
            "المرصد",
            "المرصد السوري لحقوق الإنسان",
        ),
    ],
)
def test_segment_the_one_a_document_is_of_speaks_in_it(text, mention, source):
    assert [(f[0], f[1]) for f in _frames(text)] == [(mention, source)]


def test_segment_a_statement_given_to_an_outlet_is_not_the_outlets():
    text = "وفي تصريح لوكالة رويترز , قال فيه إن نشر المنظومة يتجاوز احتياجات الدفاع ."
    assert all(f[1] != "وكالة رويترز" for f in _frames(text))


def test_segment_a_plural_after_a_quoted_name_is_the_object():
    text = (
        'وناشد وزير الداخلية " توماس دي ميزير " المعنيين بالأمر بالاستفادة من هذا العرض , وقال : " إذا قررتم'
        ' العودة طواعية فسيمكنكم الحصول على مساعدة " .'
    )
    assert [(f[0], f[1]) for f in _frames(text)] == [('وزير الداخلية " توماس دي ميزير "', "توماس دي ميزير")]


def test_segment_a_preposition_glued_to_a_demonstrative_opens_no_sentence_whose_subject_speaks_next():
    # «ولذلك أسباب تعود ربما» is no verb and its subject: the «وأضاف» after it names no such speaker.
    text = (
        'وقال اللاجئ : " لن يعود طالبو اللجوء .\nولذلك أسباب تعود ربما , لانعدام الأمان في بلادهم " .\nوأضاف علي ,'
        " الذي يعيش مع زوجته , أنه ربما تفيد هذه المكافأة في حالة طالبي اللجوء ."
    )
    assert all("أسباب" not in (c.source or "") for c in segment(text, resolve=RESOLVE))


@pytest.mark.parametrize(
    "text, mention",
    [
        # Two speakers who withheld their names, after a relative pronoun in the dual: the clause is the
        # mention's, not the content's (whose «عدم» had read as a denial).
        (
            "وقال المسؤولان اللذان اشترطا عدم نشر اسميهما إن البنتاغون قد يعلن الاثنين نشر ألفي عسكري في سوريا .",
            "المسؤولان اللذان اشترطا عدم نشر اسميهما",
        ),
        (
            "وقال مسؤولان أمريكيان اشترطا عدم نشر اسميهما إن البنتاغون قد يعلن الاثنين نشر ألفي عسكري في سوريا .",
            "مسؤولان أمريكيان اشترطا عدم نشر اسميهما",
        ),
        ("وقال المصدر الذي فضل عدم الكشف عن هويته إن القصف استمر .", "المصدر الذي فضل عدم الكشف عن هويته"),
        # Set off by commas, the clause is an aside on the speaker, no part of the mention.
        (
            "وقال المسؤولان , اللذان اشترطا عدم نشر اسميهما , إن البنتاغون قد يعلن الاثنين نشر ألفي عسكري .",
            "المسؤولان",
        ),
    ],
)
def test_segment_a_withheld_name_after_a_relative_or_of_two_speakers_is_the_mentions(text, mention):
    assert [(f[0], f[3]) for f in _frames(text)] == [(mention, "assert")]


@pytest.mark.parametrize(
    "text, claims",
    [
        # a document named without its issuer speaks for whoever put it out at the sentence's opening, and the
        # clause of putting it out is no claim of its own
        (
            "نشرت وزارة الدفاع الأميركية ( البنتاغون ) , الاثنين , تقريرا فصليا كشف أن عدد الجنود الأميركيين"
            " المنتشرين في سوريا ارتفع . وأضاف التقرير أن العدد بلغ 2000 .",
            [
                (
                    "تقريرا فصليا",
                    "وزارة الدفاع الأمريكية",
                    "assert",
                    "عدد الجنود الأميركيين المنتشرين في سوريا ارتفع",
                ),
                ("التقرير", "وزارة الدفاع الأمريكية", "assert", "العدد بلغ 2000"),
            ],
        ),
        (
            "أصدرت منظمة العفو الدولية , أمس , بيانا يؤكد أن المعتقلين تعرضوا للتعذيب في السجون .",
            [("بيانا", "منظمة العفو الدولية", "assert", "المعتقلين تعرضوا للتعذيب في السجون")],
        ),
        (
            "وأصدر المرصد السوري لحقوق الإنسان تقريرا جديدا قال فيه إن 20 مدنيا قتلوا في القصف .",
            [
                (
                    "المرصد السوري لحقوق الإنسان",
                    "المرصد السوري لحقوق الإنسان",
                    "assert",
                    "20 مدنيا قتلوا في القصف",
                )
            ],
        ),
        # an adjective after a document is no issuer: the study is named by itself
        (
            "وأظهرت دراسة جديدة أن الغارات قتلت مئات المدنيين .",
            [("دراسة جديدة", "دراسة جديدة", "assert", "الغارات قتلت مئات المدنيين")],
        ),
        (
            "وحذر تقرير استراتيجي من أن هزيمة داعش في مناطق سيطرته لن تنهي التهديد .",
            [("تقرير استراتيجي", "تقرير استراتيجي", "assert", "هزيمة داعش في مناطق سيطرته لن تنهي التهديد")],
        ),
    ],
)
def test_segment_document_speaks_for_whoever_issued_it(text, claims):
    assert [
        (c.source_mention, c.source, c.modality, c.claim) for c in segment(text, resolve=RESOLVE)
    ] == claims


def test_segment_document_for_a_body_the_registry_knows():
    # "للبنتاغون" after a document is whose report it is, a body the registry knows
    assert _named("وقال تقرير للبنتاغون إن الدعم جاء من الدوحة .") == [
        ("تقرير للبنتاغون", "وزارة الدفاع الأمريكية", "الدعم جاء من")
    ]


@pytest.mark.parametrize(
    "text, frames",
    [
        # a verbal noun of reporting, its subject, and an indefinite verbal noun heading the object
        (
            "بعد إعلان الناطق باسم الجيش الإسرائيلي مهاجمة مواقع في سوريا , كاشفا أن المضادات الأرضية السورية"
            " أطلقت عدة صواريخ , نافيا سقوط طائرة له خلال الغارات .",
            [
                ("الناطق باسم الجيش الإسرائيلي", "الجيش الإسرائيلي", "مهاجمة مواقع في"),
                ("كاشفا", "الجيش الإسرائيلي", "المضادات الأرضية السورية"),
                ("نافيا", "الجيش الإسرائيلي", "سقوط طائرة له"),
            ],
        ),
        (
            "وذلك إثر تأكيد المرصد السوري مقتل 20 مدنيا في القصف .",
            [("المرصد السوري", "المرصد السوري لحقوق الإنسان", "مقتل 20 مدنيا")],
        ),
        # a noun that is no verbal noun is no report: a state of emergency declared
        ("بعد إعلان الرئيس حالة الطوارئ في البلاد .", []),
    ],
)
def test_segment_verbal_noun_of_reporting_with_a_verbal_noun_object(text, frames):
    assert _named(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # two asides on the speaker, the second describing the first's party, and a long channel
        (
            "وقال عمر دراج , أحد قياديي حزب الحرية والعدالة , الذراع السياسية لجماعة الاخوان , في بيان نشر على"
            ' صفحته على فايسبوك في ساعة متأخرة من ليل الجمعة : " إن عددا من رموز الجماعة سيغادرون الدوحة " .',
            [("عمر دراج , أحد قياديي حزب الحرية والعدالة", "عمر دراج", "عددا من رموز")],
        ),
        # a preacher's title joins his name
        (
            'وقال الداعية وجدي غنيم في تسجيل فيديو على صفحته : " قررت أن أنقل دعوتي خارج قطر " .',
            [("الداعية وجدي غنيم", "وجدي غنيم", "قررت أن أنقل")],
        ),
        # a preposition the verb governs ends the channel: what follows is the content
        (
            "ولفتت الصحيفة في مقال نشرته اليوم إلى التظاهرات احتجاجا على زيارة الرئيس التركي لتونس , معتبرة أنه"
            " مسؤول عن مأساة آلاف الشباب .",
            [
                ("الصحيفة", "الصحيفة", "التظاهرات احتجاجا على"),
                ("معتبرة", "الصحيفة", "أنه مسؤول عن"),
            ],
        ),
        # a comma after an aside opens content that is no apposition
        (
            "وقال المتحدث , أحد قادة الفصيل , الهجوم استهدف المدينة , في حين نفى الجيش ذلك .",
            [("المتحدث , أحد قادة الفصيل", "المتحدث", "الهجوم استهدف المدينة")],
        ),
    ],
)
def test_segment_speaker_described_at_length(text, frames):
    assert _named(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # after a verb of passing speech on, «عن» ends the channel when it names whom the speech is from
        (
            'ونقلت الوكالة في تقرير منفصل عن شويجو قوله " اعتمد القائد الأعلى الأسبوع الماضي هيكل القاعدتين " .',
            [("شويجو", "شويجو", "اعتمد القائد الأعلى")],
        ),
        (
            "ونقلت الوكالة في بيان لها عن مصدر عسكري أن القاعدتين ستبقيان .",
            [("مصدر عسكري", "مصادر عسكرية", "القاعدتين ستبقيان")],
        ),
        # a report about something is no one quoted
        (
            "ونقلت الصحيفة في تقرير عن الأوضاع في حلب أن القصف مستمر .",
            [("الصحيفة", "الصحيفة", "القصف مستمر")],
        ),
    ],
)
def test_segment_speech_passed_on_through_a_channel(text, frames):
    assert _named(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # initials spelt out in marks after a noun of the media: a name, not «أن»
        (
            'وقالت شبكة " أن بي سي " إن ولي العهد يسعى إلى تحالف .',
            [('شبكة " أن بي سي "', "شبكة أن بي سي", "ولي العهد يسعى")],
        ),
        # «بـ» and the body a title belongs to, with the article
        (
            "وأدى النزاع إلى مقتل نحو 10 آلاف شخص , بحسب منسق الشؤون الإنسانية بالأمم المتحدة في اليمن جيمي"
            " ماكغولدريك .",
            [
                (
                    "منسق الشؤون الإنسانية بالأمم المتحدة في اليمن جيمي ماكغولدريك",
                    "جيمي ماكغولدريك",
                    "وأدى النزاع إلى",
                )
            ],
        ),
        # a given name that is also a word of time, after a title; a time after a title stays a time
        (
            "وقال الشيخ صباح خالد الحمد إن القمة نجحت .",
            [("الشيخ صباح خالد الحمد", "صباح خالد الحمد", "القمة نجحت")],
        ),
        ("وقال الوزير صباح اليوم إن القمة نجحت .", [("الوزير", "الوزير", "القمة نجحت")]),
    ],
)
def test_segment_names_that_look_like_other_words(text, frames):
    assert _named(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            "ورأى الكثير من السوريين أن العام الفائت كان عاما صعبا .",
            [("الكثير من السوريين", "العام الفائت كان")],
        ),
        ("وقال العديد من السكان إن القصف استمر .", [("العديد من السكان", "القصف استمر")]),
    ],
)
def test_segment_quantity_of_people_with_min_is_the_speaker(text, frames):
    assert _opening(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # the accuser, the accused and the charge, when the phrase after the verb runs into the charge
        (
            "واتهم لافروف الولايات المتحدة بالدفع باتجاه عسكرة المنطقة .",
            [("لافروف", "سيرغي لافروف", "الولايات المتحدة بالدفع")],
        ),
        (
            'واتهم وائل علوان الناطق باسم " فيلق الرحمن " النظام السوري باستهداف المعرض .',
            [('وائل علوان الناطق باسم " فيلق الرحمن "', "وائل علوان", "النظام السوري باستهداف")],
        ),
        (
            "ويتهم المجتمع الدولي قوات النظام بشن الهجوم .",
            [("المجتمع الدولي", "المجتمع الدولي", "قوات النظام بشن")],
        ),
        # an adjective and a title after a name are no accused
        (
            "بعد أن اتهم الرئيس السوري باريس برعاية الإرهاب .",
            [("الرئيس السوري", "بشار الأسد", "باريس برعاية الإرهاب")],
        ),
        # one phrase only: the accused, and the one who spoke last accuses
        (
            "بدورها قالت هيئة تحرير الشام في بيان أصدرته إن تنظيم الدولة اجتاح عدة قرى واتهمت الجيش السوري بالسماح"
            " لمقاتلي التنظيم بعبور أراض .",
            [
                ("هيئة تحرير الشام", "هيئة تحرير الشام", "تنظيم الدولة اجتاح"),
                ("اتهمت", "هيئة تحرير الشام", "الجيش السوري بالسماح"),
            ],
        ),
    ],
)
def test_segment_accuser_accused_and_charge(text, frames):
    assert _named(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        # a reporting verb split after its first letter, where its damma was, is one verb again
        ("ون قل عن بوتين قوله إن المؤتمر سيعقد قريبا .", [("بوتين", "المؤتمر سيعقد قريبا")]),
        ("وت شير بعض الدلالات إلى أن القصف استمر .", [("بعض الدلالات", "القصف استمر")]),
        # the passive that no one speaks: «يُعتبر», «يُدعى»
        ("وي عتبر المرصد أن القصف استمر .", []),
        ("ي دعى القائد أبو فاروق .", []),
    ],
)
def test_segment_verb_split_after_its_first_letter(text, frames):
    assert _opening(text) == frames


@pytest.mark.parametrize(
    "text, expected",
    [
        # «على هامش» is a preposition and the place where it was said, not the given name «علي».
        (
            "وقال لافروف على هامش مشاركته في اجتماع وزراء خارجية دول مجموعة العشرين في بون إن الحل سياسي .",
            [("لافروف", "سيرغي لافروف", "الحل سياسي")],
        ),
        # A verb that weighs its object reads a long circumstance of the speech before «أن» too.
        (
            "وقال المعلم " + '" إن هذا التحالف دمر بغاراته الجوية كل شيء في سوريا " . '
            "واعتبر على هامش مشاركته بأعمال اللجنة الحكومية السورية الروسية المشتركة للتعاون الاقتصادي "
            'التجاري في سوتشي أن " الأزمة في سوريا تدخل فصلها الأخير " .',
            [("المعلم", "المعلم", "هذا التحالف دمر"), ("اعتبر", "المعلم", "الأزمة في سوريا")],
        ),
        # «كما» before the verb that names the subject: the later verb without one is hers.
        (
            'وقالت " فتح الشام " إن الفصائل تقاتل تحت راية التحالف الدولي . '
            "كما لمحت هيلي أيضا إلى استهداف الحرس الثوري الإيراني , وقالت "
            '" بإمكاننا استكشاف مجالات العقوبات ضد إيران " .',
            [
                ("فتح الشام", "جبهة فتح الشام", "الفصائل تقاتل تحت"),
                ("هيلي", "نيكي هيلي", "بإمكاننا استكشاف مجالات"),
            ],
        ),
        # A subject named before its verb, which is no report: a later «وقال» in the sentence is its.
        (
            "وقال التحالف الدولي إن الضربات مستمرة . "
            "رئيس الوزراء الهولندي مارك روته سارع إلى التنديد بما تضمنته مقاطع الفيديو , "
            "وقال إن في بلاده حرية للتعبير .",
            [
                ("التحالف الدولي", "التحالف الدولي", "الضربات مستمرة"),
                ("رئيس الوزراء الهولندي مارك روته", "مارك روته", "في بلاده حرية"),
            ],
        ),
        # A title whose «و» is its first letter opens no verbal sentence.
        (
            "وزيرة الخارجية السويدية مارغوت فالستروم دعت إلى التهدئة , وقالت إن الحل سياسي .",
            [("وزيرة الخارجية السويدية مارغوت فالستروم", "مارغوت فالستروم", "الحل سياسي")],
        ),
    ],
)
def test_segment_subject_of_a_verb_without_one_later_in_the_sentence(text, expected):
    assert _named(text) == expected


def test_segment_outlet_set_off_between_the_speaker_and_what_he_said():
    """ "وقال …، بحسب ما أوردت الوكالة …، «…»": the speaker said it and the outlet carried it."""
    text = (
        'وهنأ الرئيس السوري بشار الأسد الجيش على " كسر " الحصار على المدينة . '
        "وقال في مكالمة هاتفية مع قادة الجيش , بحسب ما أوردت الوكالة السورية الرسمية , "
        '" لقد أثبتم بصمودكم في وجه أعتى التنظيمات الإرهابية أنكم على قدر المسؤولية " .'
    )
    claims = [c for c in segment(text, resolve=RESOLVE) if c.modality != "unattributed"]
    assert [(c.source_mention, c.source, c.via, c.claim.split()[:2]) for c in claims] == [
        ("قال", "بشار الأسد", "الوكالة السورية الرسمية", ["لقد", "أثبتم"])
    ]
    named = segment("وقال الأسد , بحسب ما أوردت سانا , إن الجيش انتصر .", resolve=RESOLVE)
    assert [(c.source, c.claim) for c in named] == [("بشار الأسد", "الجيش انتصر")]
    # Postposed after its content, «بحسب» is still the source.
    after = segment("وقتل 5 مدنيين , بحسب ما أفاد المرصد السوري .", resolve=RESOLVE)
    assert [c.source for c in after] == ["المرصد السوري لحقوق الإنسان"]


@pytest.mark.parametrize(
    "text, modality",
    [
        ("وقال المصدر إن الهجوم لم يسفر عن وقوع أي إصابات .", "assert"),
        ("وقالت الوزارة إن الطائرات الروسية لم تقصف السوق .", "deny"),
        ("وأكد المصدر أنه لم يقع أي هجوم على الموقع .", "deny"),
        # «عدم» after a colon or «أن» opens a sentence about it; as the verb's object it denies.
        ("روحاني : عدم تدخل إيران في شؤون لبنان شرط مهم لاستقرار المنطقة", "assert"),
        ("وأكدت الوزارة عدم مشاركة طائراتها في الغارة .", "deny"),
        # a call to refrain denies nothing
        ("ودعا الحريري إيران إلى عدم التدخل في شؤون لبنان وجيرانه .", "assert"),
    ],
)
def test_segment_absence_of_harm_is_reported_not_denied(text, modality):
    assert [c.modality for c in segment(text, resolve=RESOLVE)] == [modality]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A stance the subject takes, its verbal noun with a possessive: it ends the subject.
        (
            "وأكد ترامب دعمه للمصالحة الجارية تحت إشراف الأمم المتحدة في ليبيا .",
            [("ترامب", "دونالد ترامب", "دعمه للمصالحة الجارية")],
        ),
        # «كذلك» between the subject and «بـ» and a verbal noun.
        (
            "ورحب الأسد كذلك بقيام الأمم المتحدة بدور في الانتخابات السورية .",
            [("الأسد", "بشار الأسد", "بقيام الأمم المتحدة")],
        ),
        # A capital before its verb speaks for its government.
        (
            "لكن الرياض نفت ممارستها اي ضغوط في هذا السياق .",
            [("الرياض", "الحكومة السعودية", "ممارستها اي ضغوط")],
        ),
        (
            "وقالت الدوحة إنها ترفض الاتهامات الموجهة إليها .",
            [("الدوحة", "الحكومة القطرية", "إنها ترفض الاتهامات")],
        ),
    ],
)
def test_segment_stance_nouns_and_capitals_as_speakers(text, expected):
    assert _named(text) == expected


def test_segment_keeps_a_sentence_whose_content_no_frame_could_tell_apart():
    """A verb whose subject phrase runs to the end of the sentence says nothing found: its words stay the
    publisher's, never dropped."""
    claims = segment("وأكد المجلس البلدي لمدينة حلب الشرقية الجديدة .", resolve=RESOLVE)
    assert [(c.modality, c.claim) for c in claims] == [
        ("unattributed", "وأكد المجلس البلدي لمدينة حلب الشرقية الجديدة")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # «واصل» before a colon and a quotation goes on speaking; "تواصل مطاردة …" goes on with a deed.
        (
            'وقال شاهد عيان إن الإمام اعتلى المنصة . وواصل : " لقد عرفنا حينئذ أن المسجد كان تحت هجوم " .',
            [("شاهد عيان", "شهود عيان", "الإمام اعتلى المنصة"), ("واصل", "شهود عيان", "لقد عرفنا حينئذ")],
        ),
        ('ال - " بي بي سي " تواصل مطاردة أسرار " ال سعود " .', []),
        # An aside between dashes holds a verb of its own; the manner of speaking and the quotation follow it.
        (
            "وعلقت هيلي على استهداف الحوثي للرياض - للمرة الثانية بصاروخ أعلن التحالف العربي التصدي له - بالقول "
            '" إنه يحمل جميع السمات المميزة للهجمات السابقة " .',
            [("هيلي", "نيكي هيلي", "إنه يحمل جميع")],
        ),
    ],
)
def test_segment_speaking_on_and_dashed_asides(text, expected):
    assert _named(text) == expected


def test_segment_headline_subject_in_quotation_marks_and_the_verb_joined_to_it():
    text = (
        '" حزب الله " يكشف عن وجهة عناصر " تنظيم الدولة " داخل سوريا ويؤكد : الجثث تعود للعسكريين اللبنانيين'
    )
    assert _named(text) == [
        ("حزب الله", "حزب الله", 'وجهة عناصر "'),
        ("يؤكد", "حزب الله", "الجثث تعود للعسكريين"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # «البارز» and «رفيع» qualify the speaker: the name runs on through them, and after an aside on him a
        # circumstance of the speech comes before «إن».
        (
            "وقال أحد القادة البارزين في المعارضة السورية , وهو خالد خوجة , عند الإعلان عن الاتفاق إن الحديث يجري"
            " عن وقف إطلاق النار .",
            [("أحد القادة البارزين في المعارضة السورية", "أحد القادة البارزين", "الحديث يجري عن")],
        ),
        (
            "وقال القادة العسكريون البارزون إن الهجوم فشل .",
            [("القادة العسكريون البارزون", "القادة العسكريون البارزون", "الهجوم فشل")],
        ),
    ],
)
def test_segment_adjectives_of_rank_stay_in_the_speakers_name(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # What was said first, then «، قال X،» and a participle that goes on with the same speaker.
        (
            "تم اسقاط طائرة بدون طيار اسرائيلية في الأراضي السورية يوم الإثنين , قال الجيش الإسرائيلي , مؤكدا"
            " تقارير سابقة بأن الطائرة اسقطت .",
            [("الجيش الإسرائيلي", "الجيش الإسرائيلي", "تم اسقاط طائرة")],
        ),
        (
            "الهجوم كان متوقعا , قال مسؤول أمريكي لرويترز , مضيفا أن القوات مستعدة .",
            [
                ("مسؤول أمريكي", "مسؤول أمريكي", "الهجوم كان متوقعا"),
                ("مضيفا", "مسؤول أمريكي", "القوات مستعدة"),
            ],
        ),
        # Whom it was said to, after the speaker, is no content.
        ('" لن نسمح بذلك " , قال الوزير للصحفيين .', [("الوزير", "الوزير", "لن نسمح بذلك")]),
    ],
)
def test_segment_verb_after_what_was_said(text, expected):
    assert _named(text) == expected


def test_segment_cue_words_inside_a_quotation_the_paragraph_break_left_open():
    """The scraper broke the quotation at a paragraph: its words are the speaker's, «نقل» among them no cue."""
    text = (
        'وقال ليبرمان الأحد : " في كل مرة نرصد فيها نقل اسلحة من سوريا باتجاه لبنان , فإننا سنتحرك لوقفها .\n'
        'لن يكون هناك أي تسوية حول هذا الموضوع " .'
    )
    assert [(c.source, c.modality) for c in segment(text, resolve=RESOLVE)] == [
        ("أفيغدور ليبرمان", "assert"),
        (None, "unattributed"),
    ]
    assert "نقل اسلحة" in segment(text, resolve=RESOLVE)[0].claim


def test_segment_an_embassy_speaks_in_a_clause_of_its_own():
    text = (
        "ومن جهته , اوضح مسؤول أميركي أن المقاتلة تحطمت خلال مناورة للتزود بالوقود في الجو , فيما نعت السفارة"
        ' الأميركية في بغداد العميد صديق , مشيرة إلى أنه كان " في الأيام الأخيرة من تدريبه " .'
    )
    assert _named(text) == [
        ("مسؤول أميركي", "مسؤول أميركي", "المقاتلة تحطمت خلال"),
        ("السفارة الأميركية", "السفارة الأميركية", 'أنه كان "'),
    ]


def test_segment_warning_that_after_an_aside():
    text = (
        'حذر وزير الدفاع الاسرائيلي موشيه يعالون , في بيان اليوم , من ان اسرائيل " سترد بقوة " على اي تهديد .'
    )
    assert _named(text) == [("وزير الدفاع الاسرائيلي موشيه يعالون", "موشيه يعلون", 'اسرائيل " سترد')]


@pytest.mark.parametrize(
    "text",
    [
        # A teaser cut off after a comma or a preposition, the next one's stamp (chrome) right after it.
        'وقال ترامب , في حديث حصري لوكالة " رويترز " , امس الأربعاء , 2018 - 01 - 18 09 : 41 : 50 قال رئيس الوزراء',
        "وكشفت وزيرة الدفاع الألمانية أورزولا فون دير لاين عن 2018 - 01 - 19 09 : 30 : 37 شارك رئيس الوزراء",
        # and after a verb of describing
        "مما اسفر عن اصابته بجروح وصفت",
    ],
)
def test_segment_a_sentence_cut_off_after_its_verb_reads_without_error(text):
    claims = segment(text, resolve=RESOLVE)
    assert claims and all(c.claim for c in claims)


@pytest.mark.parametrize(
    "text, expected",
    [
        # A body's name after «في»: the speaker is one in it, not a bare «مصدر».
        (
            "وقال مصدر في المخابرات العسكرية إن الهجوم فشل .",
            [("مصدر في المخابرات العسكرية", "الهجوم فشل")],
        ),
        # A second title joined by «و» describes the person named before it.
        (
            "وأفاد الناشط الإعلامي عمار سلمو وعضو تنسيقية مدينة تادف أن قوات النظام قصفت المدينة .",
            [("الناشط الإعلامي عمار سلمو", "قوات النظام قصفت المدينة")],
        ),
        # What a title is in charge of («لشؤون سوريا») is no outlet spoken to; the name set off after it is his.
        (
            "وقال مندوب البرلمان الروسي لشؤون سوريا , ديمتري بيليك , إن السفن ستبقى .",
            [("مندوب البرلمان الروسي لشؤون سوريا , ديمتري بيليك", "السفن ستبقى")],
        ),
        # A rank opening the name set off by commas, and a name set off in brackets.
        (
            "وقال المتحدث باسم الجيش، العقيد أحمد المسماري، إن القوات تقدمت .",
            [("المتحدث باسم الجيش، العقيد أحمد المسماري", "القوات تقدمت")],
        ),
        (
            "وقال رئيس هيئة الأركان الروسية , ( فاليري غيراسيموف ) , إن التنظيم هزم .",
            [("رئيس هيئة الأركان الروسية , ( فاليري غيراسيموف )", "التنظيم هزم")],
        ),
        # A rank followed by «في» opens a description, not a name: the name before it stays the mention.
        (
            "وقال مظفر الشيخ , النقيب في قوات جهاز الشرطة المحلية , إن الطائرات قصفت الملعب .",
            [("مظفر الشيخ", "الطائرات قصفت الملعب")],
        ),
        # Where it was said, in brackets, is no part of the name.
        ("وقالت الوزارة ( في بيان ) إن القصف استمر .", [("الوزارة", "القصف استمر")]),
    ],
)
def test_segment_names_joined_to_their_titles_and_bodies(text, expected):
    assert [(f[0], f[4]) for f in _frames(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A report inside a report: the counterpart a verb of informing told stands between it and «أن».
        (
            "وقالت وكالات أنباء السورية إن الرئيس الروسي فلاديمير بوتين أبلغ نظيره السوري , إنه يريد العمل مع"
            " إيران وتركيا .",
            [("فلاديمير بوتين", "إنه يريد العمل مع إيران وتركيا")],
        ),
        # A name in brackets opening the clause after «أن», and a briefing where it was said.
        (
            'وذكرت الوكالة أن ( غيراسيموف ) قال " جميع مسلحي داعش على أراضي سوريا تم القضاء عليهم " .',
            [("فاليري جيراسيموف", "جميع مسلحي داعش على أراضي سوريا تم القضاء عليهم")],
        ),
        (
            'غيراسيموف قال في إحاطة أمام الملحقين " جميع مسلحي داعش على أراضي سوريا تم القضاء عليهم " .',
            [("فاليري جيراسيموف", "جميع مسلحي داعش على أراضي سوريا تم القضاء عليهم")],
        ),
        # «أن» carrying a pronoun is the claim's subject and stays in it; a bare «أن» does not.
        ("وقال مسؤول تركي إنها ستبقى مستمرة .", [("مسؤول تركي", "إنها ستبقى مستمرة")]),
        ("وقالت الوزارة إن الجيش قصف المدينة .", [("الوزارة", "الجيش قصف المدينة")]),
    ],
)
def test_segment_reports_inside_reports_and_the_subject_of_the_content(text, expected):
    assert [(f[1], f[4]) for f in _frames(text)] == expected


def test_segment_headline_names_a_person_by_the_family_name_the_article_gives_in_full():
    text = (
        "مورغولوف : المناورات الأمريكية تعقد الوضع بشبه الجزيرة الكورية\n"
        "أكد نائب وزير الخارجية الروسي ايغور مورغولوف أن تواصل المناورات يزيد الوضع تعقيدا ."
    )
    frames = _frames(text)
    assert [(f[0], f[2], f[4]) for f in frames][0] == (
        "مورغولوف",
        ":",
        "المناورات الأمريكية تعقد الوضع بشبه الجزيرة الكورية",
    )
    # A word the article never writes after a given name is no person's name: "كفرنبل" is a town.
    assert (
        _frames("كفرنبل : مباراة بكرة الطائرة بين ناديي كفرنبل والفطيرة\nوأقيمت المباراة في كفرنبل .") == []
    )


def test_segment_participle_after_a_verb_without_subject_goes_on_with_the_speaker_before():
    text = "وقال المسؤول إن الوضع صعب . وعلل ذلك قائلا إن القصف استمر ."
    assert [(f[1], f[2], f[4]) for f in _frames(text)] == [
        ("المسؤول", "قال", "الوضع صعب"),
        ("المسؤول", "قائلا", "القصف استمر"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Whom a call, a demand or a warning is addressed to follows the speaker: no part of its name.
        (
            "ودعا الائتلاف الوطني المجتمع الدولي إلى التحرك .",
            [("الائتلاف الوطني", "المجتمع الدولي إلى التحرك")],
        ),
        ("وحذر لافروف واشنطن من التصعيد .", [("لافروف", "واشنطن من التصعيد")]),
        (
            "ودعا الرئيس الفرنسي إيمانويل ماكرون العراق إلى حل الفصائل .",
            [("الرئيس الفرنسي إيمانويل ماكرون", "العراق إلى حل الفصائل")],
        ),
        # A demand: «طالب» and «بـ» with a verbal noun, the addressee between.
        (
            "وطالب المرصد السوري المجتمع الدولي بالتحرك الفوري .",
            [("المرصد السوري", "المجتمع الدولي بالتحرك الفوري")],
        ),
        ("وطالب الأهالي بالإفراج عن المعتقلين .", [("الأهالي", "بالإفراج عن المعتقلين")]),
        # One body's name is not split: «هيئة تحرير» heads the genitive «الشام».
        ("ودعت هيئة تحرير الشام الفصائل إلى الاندماج .", [("هيئة تحرير الشام", "الفصائل إلى الاندماج")]),
        # A rhetorical question quoted after «تساءل» is the speaker's too.
        (
            'وقال العدناني إن المعركة طويلة . وتساءل " اتعجز امريكا عن النزول الى الارض ? " .',
            [("العدناني", "المعركة طويلة"), ("تساءل", "اتعجز امريكا عن النزول الى الارض")],
        ),
    ],
)
def test_segment_calls_and_demands_with_their_addressee(text, expected):
    assert [(f[0], f[4]) for f in _frames(text)] == expected


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            "وقال المحلل السياسي أحمد رمضان إن النظام يحاول كسب الوقت . أما عن هدف النظام من أسر الضابطين "
            "فأوضح أن للأمر دافعين .",
            [("المحلل السياسي أحمد رمضان", "النظام يحاول كسب"), ("أوضح", "للأمر دافعين")],
        ),
        (
            "وقال المحلل السياسي أحمد رمضان إن النظام يحاول كسب الوقت . أما بالنسبة لموقف موسكو فقال إن روسيا "
            "لن تتدخل .",
            [("المحلل السياسي أحمد رمضان", "النظام يحاول كسب"), ("قال", "روسيا لن تتدخل")],
        ),
    ],
)
def test_segment_topic_after_amma_and_a_preposition_is_what_is_spoken_of(text, frames):
    """«أما عن X فأوضح»: X is the subject matter; the speaker before goes on."""
    assert _opening(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            "وسبق لوزير الخارجية الروسي سيرغي لافروف أن قال إن موسكو لن تتدخل .",
            [("سيرغي لافروف", "موسكو لن تتدخل")],
        ),
        (
            "وسبق لجيش الاحتلال الإسرائيلي أن أعلن أن طائراته قصفت مواقع في سوريا .",
            [("الجيش الإسرائيلي", "طائراته قصفت مواقع")],
        ),
        (
            "وسبق لبيتر ألتماير رئيس مكتب المستشارية أن أعلن أن ألمانيا ستستقبل اللاجئين .",
            [("بيتر ألتماير", "ألمانيا ستستقبل اللاجئين")],
        ),
        (
            "وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو لن تتدخل . وسبق له أن قال إن الاتفاق سيء .",
            [("سيرغي لافروف", "موسكو لن تتدخل"), ("سيرغي لافروف", "الاتفاق سيء")],
        ),
    ],
)
def test_segment_sabaqa_li_names_who_had_said_it_before(text, frames):
    """«وسبق لـX أن قال»: «سبق لـ» and «أن» bracket the subject; «له» takes up the speaker before."""
    assert [(f[1], " ".join(f[4].split()[:3])) for f in _frames(text)] == frames


@pytest.mark.parametrize(
    "text, claim",
    [
        (
            "وقال الرئيس السوداني عمر البشير إن روسيا جنبت السودان مؤامرات , دون أن يفصح عن طبيعتها .",
            "روسيا جنبت السودان مؤامرات",
        ),
        ("وقال المرصد إن 20 مدنيا قتلوا , من دون ذكر تفاصيل إضافية .", "20 مدنيا قتلوا"),
        # «دون أن» with a verb that is no disclosing stays in what was said
        ("وقال مصدر عسكري إن الجيش انسحب من البلدة , دون أن يقاتل .", "الجيش انسحب من البلدة , دون أن يقاتل"),
    ],
)
def test_segment_what_the_source_left_unsaid_ends_the_claim(text, claim):
    assert [f[4] for f in _frames(text)] == [claim]


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            "وانسحبت الفصائل من الأحياء نتيجة هجمات النظام , وهو ما أكده القيادي العسكري السابق , مشيرا إلى أن "
            "الفصائل انسحبت دون قتال .",
            [("القيادي العسكري السابق", "وانسحبت الفصائل من"), ("مشيرا", "الفصائل انسحبت دون")],
        ),
        (
            "وقال المرصد إن الطيران قصف البلدة , مشيرا إلى اشتباكات عنيفة في محيطها .",
            [("المرصد", "الطيران قصف البلدة"), ("مشيرا", "اشتباكات عنيفة في")],
        ),
        (
            "وقال قائد البحرية الروسية فلاديمير كوروليوف إن السفن ستبقى في سوريا . وعلل سبب عدم سحب السفن , "
            'قائلا : " حضورنا البحري في سوريا يمثل جبهة روسية " , وفق قوله .',
            [("قائد البحرية الروسية فلاديمير كوروليوف", "السفن ستبقى في"), ("قائلا", "حضورنا البحري في")],
        ),
    ],
)
def test_segment_participle_after_a_confirmation_or_a_verb_and_its_object(text, frames):
    """ "وهو ما أكده X، مشيرا إلى أن": X confirmed the clause before and goes on; "مشيرا إلى اشتباكات": a plural
    verbal noun says what was said; "وعلل سبب …، قائلا:": the verb's object is no speaker."""
    assert _opening(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            "ورفضت مرجعية النجف الشيعية استغلال الفصائل المتطوعة لدورها العسكري , ما يعني , بحسب محللين , تقليص "
            "الدور السياسي لقادة هذه الفصائل .",
            [("محللين", "ما يعني ,")],
        ),
        (
            "وأعلن العبادي , الأسبوع الماضي , انتصار القوات العراقية , ما يضع , بحسب مراقبين , الدولة العراقية "
            "أمام تحدي التعامل مع الميليشيات .",
            [("العبادي", "الأسبوع الماضي ,"), ("مراقبين", "ما يضع ,")],
        ),
        (
            "وقتل 20 مدنيا , بحسب المرصد , في قصف جوي على البلدة .",
            [("المرصد", "وقتل 20 مدنيا")],
        ),
        (
            "وقال الأكاديمي العراقي محمد عاشور إن الحشد انتهى دوره . ووفقا لعاشور , ركزت المرجعية الشيعية على "
            "التعويضات .",
            [("الأكاديمي العراقي محمد عاشور", "الحشد انتهى دوره"), ("عاشور", "ركزت المرجعية الشيعية")],
        ),
    ],
)
def test_segment_source_set_off_by_commas_inside_a_short_clause(text, frames):
    """A source set off by commas after a clause's first few words interrupts it: what follows is still said."""
    assert _opening(text) == frames


def test_segment_a_headline_family_name_with_the_article_is_the_person_the_article_names():
    """ "الحريري :" heading a page that writes "سعد الحريري" below: a relative-adjective family name."""
    text = (
        "الحريري : دول الخليج لا تعتزم اتخاذ إجراءات ضد لبنان\n\n"
        "قال رئيس الوزراء اللبناني سعد الحريري إن لدى بلاده علاقات جيدة مع السعودية ."
    )
    assert [(f[1], " ".join(f[4].split()[:3])) for f in _frames(text)] == [
        ("سعد الحريري", "دول الخليج لا"),
        ("سعد الحريري", "لدى بلاده علاقات"),
    ]
    # a relative adjective the article writes only after a title is no family name
    text = "السوري : لا صحة للأنباء عن انسحاب القوات\n\nوقال وزير الخارجية السوري إن القوات باقية ."
    assert [f[4] for f in _frames(text)] == ["القوات باقية"]


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            "وفي 4 آب / أغسطس 2017 أعلن مسؤولون العثور على مقبرة جماعية أخرى تضم رفات 40 رجلا .",
            [("مسؤولون", "العثور على مقبرة")],
        ),
        # a noun in «ون» that is no plural keeps the name after it
        (
            "وقال تليفزيون المسيرة التابع للحوثيين إن الرئيس السابق قتل .",
            [("تليفزيون المسيرة التابع للحوثيين", "الرئيس السابق قتل")],
        ),
        (
            'قال الشاهد سعد عباس النعيمي لوكالة فرانس برس " كنت أشاهد عناصر داعش يأتون بمركبات " .',
            [("الشاهد سعد عباس النعيمي", "كنت أشاهد عناصر")],
        ),
        (
            'غير أن جيراسيموف قال لصحيفة " كومسومولسكايا برافدا " , أمس , إن الولايات المتحدة تدرب مقاتلين .',
            [("جيراسيموف", "الولايات المتحدة تدرب")],
        ),
        (
            'ورد ماكرون على الأسد قائلا " لا أعتقد أن سوريا يمكن اختزالها في بشار الأسد " .',
            [("ماكرون", "لا أعتقد أن")],
        ),
    ],
)
def test_segment_subject_ends_where_its_object_or_what_was_told_begins(text, frames):
    """An indefinite plural in «ون» takes no word with the article; a quotation after an outlet's own name is
    what was said to it; «ورد» is «ردّ» before a name and «على»."""
    assert _opening(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            "نائب رئيس لجنة الدفاع بالبرلمان الروسي : لن نتدخل إذا نشب نزاع بين قوات سورية وتركية",
            [("نائب رئيس لجنة الدفاع بالبرلمان الروسي", "لن نتدخل إذا")],
        ),
        (
            "هدد مفتي سوريا أحمد حسون أوروبا وأمريكا بعمليات انتحارية يقوم بتنفيذها أشخاص في أوروبا .",
            [("مفتي سوريا أحمد حسون", "أوروبا وأمريكا بعمليات")],
        ),
        ("وتوعد زعيم التنظيم الولايات المتحدة بهجمات جديدة .", [("زعيم التنظيم", "الولايات المتحدة بهجمات")]),
        ("وهدد الجيش التركي بقصف مواقع الوحدات الكردية في عفرين .", [("الجيش التركي", "بقصف مواقع الوحدات")]),
        # a threat by deed, with no «بـ» and what is threatened, says nothing
        ("ويهدد تنظيم الدولة المدينة منذ أشهر .", []),
    ],
)
def test_segment_headline_title_in_a_body_and_threats(text, frames):
    assert _opening(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        ("ويذكر أن روسيا أعلنت عن سحب جزء من قواتها في سوريا .", [("روسيا", "سحب جزء من")]),
        ("ويشار إلى أن المرصد وثق مقتل 18 شخصا .", [("المرصد", "مقتل 18 شخصا")]),
        ("ويذكر أن المرصد كان قد أفاد بمقتل 20 مدنيا .", [("المرصد", "بمقتل 20 مدنيا")]),
        # the writer's aside before a sentence with no speaker stays the writer's
        ("ويذكر أن الطائرات قصفت البلدة .", []),
    ],
)
def test_segment_a_report_after_the_writers_yudhkar_anna_has_its_own_speaker(text, frames):
    assert _opening(text) == frames


@pytest.mark.parametrize(
    "text, source",
    [
        ("وقال المعارض السوري بسام جعارة إن النظام يكذب .", "بسام جعارة"),
        ("وقال الأكاديمي العراقي محمد عاشور إن الحشد انتهى .", "محمد عاشور"),
        # a body named with its adjectives is no description of a person
        ("وقال الحزب الديمقراطي الكردستاني إن الاستفتاء قائم .", "الحزب الديمقراطي الكردستاني"),
    ],
)
def test_segment_a_person_described_by_what_and_where_from_is_the_name_after(text, source):
    assert [f[1] for f in _frames(text)] == [source]


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            "وحملت الأمم المتحدة النظام السوري مسؤولية الهجوم الكيميائي .",
            [("الأمم المتحدة", "allege", "النظام السوري مسؤولية")],
        ),
        (
            'وحمل لبنانيون ميليشيا " حزب الله " مسؤولية مقتل الجنود اللبنانيين .',
            [("لبنانيون", "allege", 'ميليشيا " حزب')],
        ),
        # carrying is no holding to account
        ("وحمل المتظاهرون لافتات كتب عليها شعارات .", []),
        ('وقالت الشركة إن القرص يحمل اسم " فيكستارس " .', [("الشركة", "assert", "القرص يحمل اسم")]),
    ],
)
def test_segment_holding_someone_responsible_is_an_allegation(text, frames):
    assert [(f[0], f[3], " ".join(f[4].split()[:3])) for f in _frames(text)] == frames


def test_segment_a_circumstance_after_qawlahu_before_inna_is_skipped():
    """ "عن X قوله خلال فعاليات … في سيئول إن": where it was said, between «قوله» and «إن»."""
    text = (
        "ونقلت وكالة سبوتنيك عن مورغولوف قوله خلال فعاليات نادي فالداي الدولي في سيئول إن بيونغ يانغ لم ترفض "
        "خارطة الطريق ."
    )
    assert _opening(text) == [("مورغولوف", "بيونغ يانغ لم")]


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            'وتابع الجار الله : " النظام السوري حاليا يتكلم بأكثر من أحلامه وقدراته " .',
            [("الجار الله", "النظام السوري حاليا")],
        ),
        (
            "وأوضح أحمد الجار الله أن النظام السوري يعيش حالة من اليأس .",
            [("أحمد الجار الله", "النظام السوري يعيش")],
        ),
        # the compound name ends before what follows it: the object, or whom he told
        (
            "وأكد رئيس الوزراء رامي الحمد الله أن القرار لا شرعية له . ورحب الحمد الله بهم وبزيارتهم , مؤكدا أنها "
            "تأتي في سياق التضامن .",
            [("رئيس الوزراء رامي الحمد الله", "القرار لا شرعية"), ("الحمد الله", "أنها تأتي في")],
        ),
        ("وقال المسؤول إن الله وحده يعلم ما سيحدث .", [("المسؤول", "الله وحده يعلم")]),
    ],
)
def test_segment_a_family_name_in_allah_is_one_name(text, frames):
    assert _opening(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        ('وقال كيري لمجلس الأمن : " الحرب يجب أن تنتهي الآن " .', [("كيري", "الحرب يجب أن")]),
        (
            'قال الطبيب ضياء العبد الله لمركز توثيق الانتهاكات في سوريا : " وقعت أول مجزرة في مدينة حلب " .',
            [("الطبيب ضياء العبد الله", "وقعت أول مجزرة")],
        ),
        # residents who speak in the participle are nobody addressed
        ('ونقل مشاهدته لسكان يلقون التحية الصباحية قائلين : " صباح النصر " .', []),
    ],
)
def test_segment_whom_a_speaker_addressed_before_a_colon_is_no_content(text, frames):
    assert _opening(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            'قال الطبيب عثمان الحاج عثمان في معرض الحديث عن استهداف مشفى دار الشفاء " قصف المشفى قصة حزينة " .',
            [("الطبيب عثمان الحاج عثمان", "قصف المشفى قصة")],
        ),
        (
            "وقال وزير الخارجية في معرض رده على سؤال حول المفاوضات إن الحكومة لن تشارك .",
            [("وزير الخارجية", "الحكومة لن تشارك")],
        ),
        ("وأكد المتحدث في سياق حديثه أن القوات انسحبت .", [("المتحدث", "القوات انسحبت")]),
        # an exhibition is no occasion of a saying
        ("ووقعت الشركة الصفقة الأكبر في معرض دبي للطيران .", []),
    ],
)
def test_segment_the_occasion_of_a_saying_is_neither_name_nor_content(text, frames):
    assert _opening(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        ("وقال رئيس التحرير إن الحكومة لن تتراجع .", [("رئيس التحرير", "الحكومة لن تتراجع")]),
        # the page's masthead says nothing
        ("رئيس مجلس الادارة : محمد داودية - رئيس التحرير المسؤول : محمد حسن التل", []),
        # an official who announces a withdrawal
        ("وأعلن مسؤول أمريكي انسحاب القوات من المدينة .", [("مسؤول أمريكي", "انسحاب القوات من")]),
    ],
)
def test_segment_an_editor_in_chief_and_the_masthead(text, frames):
    assert _opening(text) == frames


def test_segment_a_titled_person_with_a_name_of_his_own_is_not_the_one_before():
    """ "الطبيب أبو محمد" after "الطبيب ضياء العبد الله" is another doctor; "الرئيس عون" the same Aoun."""
    text = (
        'قال الطبيب ضياء العبد الله : " وقعت أول مجزرة في مدينة حلب " .\n'
        'قال الطبيب أبو محمد - أحد الكوادر الطبية - : " في البداية كانت الأمور صعبة " .'
    )
    assert [f[1] for f in _named(text)] == ["ضياء العبد الله", "أبو محمد"]


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            "وتأتي تصريحات لافروف بعد يوم من تصريح لوزير الدفاع سيرغي شويغو قال فيه إن روسيا بدأت التأسيس لوجود "
            "عسكري دائم .",
            [("سيرغي شويغو", "روسيا بدأت التأسيس")],
        ),
        (
            "تبعها لاحقا تصريحات من رئيس الوزراء التركي بن علي يلدريم أفاد فيها بأن أنقرة ستضطلع بدور أكثر فعالية .",
            [("بن علي يلدريم", "أنقرة ستضطلع بدور")],
        ),
        (
            "وأصدرت وزارة الدفاع بيانا أكدت فيه انسحاب القوات من المدينة .",
            [("وزارة الدفاع", "انسحاب القوات من")],
        ),
        # a weak verb and a verbal noun in a document say nothing marked
        ("وأصدرت وزارة الدفاع بيانا تحدثت فيه عن انسحاب القوات .", []),
    ],
)
def test_segment_whoever_a_document_came_from_speaks_in_it(text, frames):
    assert [(f[1], " ".join(f[4].split()[:3])) for f in _frames(text)] == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        ("واختتم الوزير كلمته بالقول إن الحكومة لن تتراجع .", [("الوزير", "الحكومة لن تتراجع")]),
        (
            "ورد المبعوث الأمريكي بالقول إن الحوثيين يتفاوضون بسوء نية .",
            [("المبعوث الأمريكي", "الحوثيين يتفاوضون بسوء")],
        ),
        ("واكتفى المتحدث بالقول إن القوات انسحبت .", [("المتحدث", "القوات انسحبت")]),
        (
            'وختم مدير المكتب السياسي في لواء المعتصم حديثه مع " أورينت نت " بالتأكيد على أن المرحلة القادمة صعبة .',
            [("مدير المكتب السياسي في لواء المعتصم", "المرحلة القادمة صعبة")],
        ),
        # the subject's own speech or article, with its pronoun, is no part of its name
        (
            "وتستهل الصحيفة افتتاحيتها بالقول إن بوتين يدرك أنه يجب بحث مستقبل سوريا .",
            [("الصحيفة", "بوتين يدرك أنه")],
        ),
        # after a report in the sentence, it says how that report was made
        (
            'وقال الوزير إن الأمر اقترب من النهاية , مهددا بالقول " وقد أعذر من أنذر " .',
            [("الوزير", "الأمر اقترب من")],
        ),
    ],
)
def test_segment_the_verbal_noun_of_saying_after_a_verb_that_is_none(text, frames):
    assert _opening(text) == frames


@pytest.mark.parametrize(
    "text, frames",
    [
        (
            'وقال ترامب في تغريدة على " تويتر " : " إيران اختبرت للتو صاروخا بالستيا " .',
            [("ترامب", "إيران اختبرت للتو")],
        ),
        (
            'وكتب الناشط عبر حسابه في " فيسبوك " : " الطائرات قصفت البلدة " .',
            [("الناشط", "الطائرات قصفت البلدة")],
        ),
        (
            'وقال الناشط الحقوقي محمد عجلون لـ " القدس العربي " ان حركة النزوح ازدادت .',
            [("الناشط الحقوقي محمد عجلون", "حركة النزوح ازدادت")],
        ),
        (
            'وأوضح المحلل حسن هاشميان في تصريحات مع " المجلة " أن " الطفل له حيز أساسي " .',
            [("المحلل حسن هاشميان", "الطفل له حيز")],
        ),
    ],
)
def test_segment_a_platform_or_outlet_named_in_quotation_marks_is_no_content(text, frames):
    assert _opening(text) == frames


def test_segment_a_ministry_named_by_its_field_alone_is_the_one_named_before():
    """ "وقالت الخارجية" after "رحبت وزارة الخارجية الأمريكية …"; a minister named before is no ministry."""
    text = (
        "رحبت وزارة الخارجية الأمريكية بعملية إجلاء المرضى من الغوطة الشرقية . "
        'وقالت الخارجية في بيان , " ترحب الولايات المتحدة بالإجلاء الطبي " .'
    )
    minister = (
        "والتقى وزير الخارجية الأمريكي جون كيري نظيره الروسي في جنيف . "
        'وقالت الخارجية السويسرية إن " القرار يهدف إلى تفادي الاختلاس " .'
    )
    assert [f[1] for f in _named(text)] == ["وزارة الخارجية الأمريكية"]
    assert "جون كيري" not in [f[1] for f in _named(minister)]


def test_segment_a_time_taken_up_by_fihi_has_its_subject_after():
    """ "في الوقت الذي أكد فيه الجيش الإسرائيلي شنه للغارة": «فيه» takes up the time; the army confirmed."""
    text = "ويشار إلى أن هذه الأنباء تأتي في الوقت الذي أكد فيه الجيش الإسرائيلي شنه للغارة في سوريا ."
    assert _opening(text) == [("الجيش الإسرائيلي", "شنه للغارة في")]


@pytest.mark.parametrize(
    "text, sources",
    [
        # a page that writes the preposition «على» with «ى» writes «علي» for the given name only
        (
            "وقال علي حيدر إن القوات انسحبت من المدينة . وشدد على أن الجيش سيطر على البلدة وعلى القرى المجاورة "
            "وعلى الطريق الدولي وعلى التلال .",
            ["علي حيدر", "علي حيدر"],
        ),
        (
            "أكد علي أكبر ولايتي أن الغزو العسكري لسورية سيكون انتحارا . وسيطر الجيش على القرى وعلى الطرق وعلى التلال وعلى المعابر وعلى السدود .",
            ["علي أكبر ولايتي"],
        ),
        # a page that writes both with «ي» keeps them together: no name is made of the preposition
        ("وشدد المتحدث علي أن القوات انسحبت .", ["المتحدث"]),
    ],
)
def test_segment_the_given_name_ali_where_the_page_writes_ala_apart(text, sources):
    assert [f[1] for f in _named(text)] == sources


def test_segment_a_verbal_noun_opens_no_subject_before_its_verb():
    """ "أكد أبو الغيط أن مقتل الرئيس اليمني السابق … يهدد «…»": what happened threatens; Aboul Gheit speaks."""
    text = (
        "أكد أحمد أبو الغيط , الأمين العام للجامعة العربية , أن مقتل الرئيس اليمني السابق علي عبد الله صالح "
        'يهدد " بانفجار الأوضاع الأمنية " في اليمن . وسيطر الجيش على القرى وعلى الطرق وعلى التلال وعلى المعابر '
        "وعلى السدود ."
    )
    assert [f[1] for f in _named(text)] == ["أحمد أبو الغيط"]


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "خسرو كوران القيادي في الحزب الديموقراطي الكردستاني الذي يتزعمه رئيس كردستان مسعود بارزاني , قال إن "
            "المسؤولين الأكراد كانوا يدعون دوما إلى حل المشاكل بين بغداد وأربيل .",
            "خسرو كوران",
        ),
        (
            "وزير الخارجية الروسي سيرغي لافروف الذي وصل إلى أنقرة أمس , قال إن بلاده لا تعتقد أن العرض سيحفز "
            "اللاجئين على العودة .",
            "سيرغي لافروف",
        ),
    ],
)
def test_segment_a_relative_clause_on_the_subject_before_the_comma_and_the_verb(text, source):
    """ "X الذي … , قال إن": the clause describes the subject; X speaks, and no claim is made of the clause."""
    assert [f[1] for f in _named(text)] == [source]
    assert len(segment(text)) == 1


@pytest.mark.parametrize(
    "text, source",
    [
        ("وقالت متحدثة باسم الجيش الإسرائيلي إنهم لا يعلقون على تقارير أجنبية .", "الجيش الإسرائيلي"),
        (
            "لكن متحدثة باسم الخارجية الأمريكية حذرت من أن التنظيم ما زال يشكل تهديدا .",
            "وزارة الخارجية الأمريكية",
        ),
    ],
)
def test_segment_the_participle_mutahaditha_before_bism_is_a_title(text, source):
    """ "متحدثة باسم": a spokeswoman, no circumstance of saying ("متحدثاً") that ends the subject."""
    assert [f[1] for f in _named(text)] == [source]


def test_segment_therefore_opens_the_clause_and_names_no_one():
    """ "لهذا قال : …": «لهذا» is no speaker; the one named before says it."""
    text = "وقال الشيخ ماهر حمود إن السعودية لا تتبع الشريعة في سياساتها , لهذا قال : ان الامة معطلة ."
    assert [f[1] for f in _named(text)] == ["ماهر حمود", "ماهر حمود"]


def test_segment_whom_a_speaker_told_is_no_part_of_the_speaker():
    """ "وأبلغ مسؤولون أتراك الصحافيين أن …": the journalists were told; the officials speak."""
    text = "وأبلغ مسؤولون أتراك الصحافيين أنهم يتوقعون انهيار حكومة الأسد تحت الضغط الشعبي ."
    assert _named(text) == [("مسؤولون أتراك", "مسؤولون أتراك", "أنهم يتوقعون انهيار")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'واتهمت " تحرير الشام " فصيل " صقور الشام " بالمسؤولية عن الاغتيال .',
            [("تحرير الشام", "هيئة تحرير الشام", 'فصيل " صقور')],
        ),
        (
            'وحملت " تحرير الشام " مسؤولية الاغتيال لـ " صقور الشام " .',
            [("تحرير الشام", "هيئة تحرير الشام", "مسؤولية الاغتيال لـ")],
        ),
        # with no «لـ» after the responsibility, the phrase before it is the one held responsible
        (
            "أعلن مجلس المحافظة أن الحادث تسبب بمقتل 44 شخصا , فيما حمل مديرية مكافحة المتفجرات مسؤولية ذلك .",
            [("مجلس المحافظة", "مجلس المحافظة", "الحادث تسبب بمقتل")],
        ),
    ],
)
def test_segment_an_accuser_in_quotation_marks_and_the_responsibility_laid_on_another(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, source",
    [
        ("وقال مراسل لوكالة فرانس برس في الاحياء الشرقية من حلب إن حجم الدمار كبير .", "وكالة فرانس برس"),
        ("وقال مراسل فرانس برس إن حجم الدمار كبير .", "وكالة فرانس برس"),
        # an anonymous source who spoke to an outlet is no part of it
        ("وقال مصدر لوكالة فرانس برس إن حجم الدمار كبير .", "مصدر"),
    ],
)
def test_segment_an_outlets_correspondent_reports_for_the_outlet(text, source):
    assert [f[1] for f in _named(text)] == [source]


def test_segment_a_long_relative_clause_between_kana_and_its_verb():
    """ "وكانت بعض دول الاتحاد الأوروبي التي سحبت سفراءها … أشارت إلى …": the clause describes the subject."""
    text = (
        "وكانت بعض دول الاتحاد الأوروبي التي سحبت سفراءها من سوريا مع تدهور الأوضاع في البلاد أشارت إلى "
        "استعدادها لمزيد من الاتصالات مع دمشق ."
    )
    assert [f[1] for f in _named(text)] == ["الاتحاد الأوروبي"]


@pytest.mark.parametrize(
    "text, source",
    [
        # a name set off by commas after a title, past a rank and a locator of the body
        (
            'وكان المتحدث باسم حركة " نور الدين الزنكي " , النقيب عبد السلام عبد الرزاق , قال في وقت سابق اليوم'
            ' ل - " سمارت " , إن النظام قصف المدينة .',
            "عبد السلام عبد الرزاق",
        ),
        (
            "وقال مسؤول جهاز الأمن والمعلومات في إقليم كردستان بشمال العراق , لاهور طالباني , إنه ' في النهاية"
            " سيكون مصيره إما القتل أو الاعتقال ' .",
            "لاهور طالباني",
        ),
        # a name between an honorific and the description of who the person is
        (
            "قال المهندس معن الشيخ أحد أبناء دير الزور ( مطلع بشكل مباشر على أوضاع المحاصرين في الحويجة ) , إن"
            " الحويجة محاصرة منذ أشهر .",
            "معن الشيخ",
        ),
        ("وقال الدكتور أيمن سلامة أستاذ القانون الدولي العام إن القرار ملزم .", "أيمن سلامة"),
        (
            "وقال اللفتانانت كولونيل ايرل براون المتحدث باسم القيادة المركزية إن الغارة نفذت ليلا .",
            "ايرل براون",
        ),
        # «أحد» after a personal name describes it
        ("وقال أسامة الوادي أحد شرعييها إن الهيئة لن تنسحب .", "أسامة الوادي"),
        # whom a spokesman speaks for is no name
        ("وقال المتحدث باسم مكتب رئيس الوزراء البريطاني إن الحكومة تدرس الأمر .", None),
    ],
)
def test_segment_a_persons_name_beside_a_title_or_description_is_the_source(text, source):
    found = [f[1] for f in _named(text)]
    assert len(found) == 1
    if source is not None:
        assert found == [source]
    else:
        assert found[0] not in ("باسم مكتب", "مكتب")


@pytest.mark.parametrize(
    "text, sources",
    [
        # «المصدر» takes up the unnamed one who spoke before, and an aside withholding a name names nobody
        (
            "قال أحد المحاصرين في حويجة قاطع بمدينة دير الزور إن عناصر من الجيش الروسي يديرون الحصار . وأضاف"
            " المصدر ( فضل عدم ذكر اسمه لأسباب أمنية ) أن المحاصرين لاحظوا تحركات . وأكد المصدر أن الجسر"
            " بني قبل يومين .",
            ["أحد المحاصرين", "أحد المحاصرين", "أحد المحاصرين"],
        ),
        # but not a titled person the article named
        (
            "وقال رئيس الوزراء العراقي إن القوات تقدمت . وقال المصدر إن الطريق مقطوع .",
            ["رئيس الوزراء العراقي", "المصدر"],
        ),
        # a given name after a title is the full name the article writes with «بن»
        (
            "وأبدت إيران امتعاضها تجاه تصريحات ولي العهد السعودي الأمير محمد بن سلمان . وكان الأمير محمد قد"
            ' وصف خامنئي في لقاء صحفي بأنه " هتلر الجديد " .',
            ["محمد بن سلمان"],
        ),
        # a verbal noun in «بـ» before a name is no given name of it
        (
            "وفي أغسطس الماضي سمحت إسرائيل بدخول ندى أمين لأسباب إنسانية . وتقول ندى أمين إن والدها كان يهوديا ."
            " وقالت ندى لرويترز إنها خضعت للاستجواب .",
            ["ندى أمين", "ندى أمين"],
        ),
    ],
)
def test_segment_unnamed_and_partly_named_speakers_are_taken_up(text, sources):
    assert [f[1] for f in _named(text)][-len(sources) :] == sources


@pytest.mark.parametrize(
    "text, expected",
    [
        # a relative clause on the subject ends before the preposition the verb governs
        (
            "وأشار الأمير محمد الذي يتولى كذلك منصب وزير الدفاع إلى أن الأمر يتطلب مواجهة نزعة التوسع .",
            ("الأمير محمد الذي يتولى كذلك منصب وزير الدفاع", "الأمر يتطلب مواجهة"),
        ),
        # a "وهو …" aside with a verb in the present between the subject and «إن»
        (
            "وقال فايز الدويري , وهو لواء أردني متقاعد يتابع الشأن السوري عن كثب , إن إيران تبذل جهدا لمد"
            " خطوط الإمداد .",
            ("فايز الدويري", "إيران تبذل جهدا"),
        ),
        # «إليه» after «ما أشار»: the subject follows it
        (
            "وتمكن تنظيم الدولة - وفق ما أشار إليه ناشطون - من شن هجوم مضاد الليلة الماضية .",
            ("ناشطون", "وتمكن تنظيم الدولة"),
        ),
    ],
)
def test_segment_asides_between_a_speaker_and_the_content(text, expected):
    assert [(f[0], " ".join(f[4].split()[:3])) for f in _frames(text)] == [expected]


def test_segment_a_quoted_object_leaves_the_subject_to_speak_next():
    """'كما دان الجبير سياسة " القمع "': the noun before the quotation is the object; «وقال» is Jubeir's."""
    text = (
        'كما دان الجبير سياسة " القمع والتهجير القسري " التي تنتهجها حكومة ميانمار . وقال إن بلادي تشعر'
        " بقلق بالغ ."
    )
    assert [f[1] for f in _named(text)] == ["عادل الجبير"]


def test_segment_pointed_to_him_as_names_no_speaker():
    """ "عندما أشار إليه برتبة آية الله": «أشار إليه» without «ما» before it is no report."""
    text = "أنقذ شريعتمداري الخميني من الإعدام عندما أشار إليه برتبة آية الله وهي منزلة لا يعدم صاحبها ."
    assert _named(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # subject first, the outlet told, then a verbal noun: what a strong verb reports, set off by commas or not
        (
            "لكن مصادر عسكرية من عفرين , نفت لعنب بلدي , اليوم الخميس 29 حزيران , انسحاب القوات الروسية من"
            " المنطقة , مشيرة إلى أن ما تم تناقله عبارة عن إشاعات لا صحة لها .",
            [
                ("مصادر عسكرية من عفرين", "مصادر عسكرية", "انسحاب القوات الروسية"),
                ("مشيرة", "مصادر عسكرية", "ما تم تناقله"),
            ],
        ),
        (
            "لكن مصادر عسكرية نفت لعنب بلدي انسحاب القوات الروسية من المنطقة .",
            [("مصادر عسكرية", "مصادر عسكرية", "انسحاب القوات الروسية")],
        ),
        (
            "مصادر تنفي لعنب بلدي انسحاب القوات الروسية من عفرين .",
            [("مصادر", "مصادر", "انسحاب القوات الروسية")],
        ),
        # «من» and a place in the subject, then the verb
        (
            "لكن مصادر عسكرية من عفرين نفت أن القوات انسحبت .",
            [("مصادر عسكرية من عفرين", "مصادر عسكرية", "القوات انسحبت")],
        ),
    ],
)
def test_segment_subject_first_with_the_outlet_told_and_a_verbal_noun(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وقال الوزير إنه لا يحق للولايات المتحدة الاميركية وحدها ان تلغي قرارات مجلس الامن .",
        "وقال المفتي إنه لا يجوز استغلال الفتوى لتحقيق أغراض سياسية .",
        "وقال أردوغان إنه لا ينبغي لأحد أن ينتظر من تركيا أن تعمل مع المنظمات الإرهابية .",
    ],
)
def test_segment_a_negated_right_or_duty_is_a_norm_asserted_not_a_denial(text):
    assert [f[3] for f in _frames(text)] == ["assert"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'وقال ترامب " لم يحترموا روح هذا الاتفاق " الموقع في 2015 بين طهران والقوى الست الكبرى .',
            [("ترامب", "دونالد ترامب", '" لم يحترموا')],
        ),
        (
            'ويقول إريك " التحرش هو المخالفة الأكثر وقوعا " , وهو تلقى 64 شكوى .',
            [("إريك", "إريك", '" التحرش هو')],
        ),
        # a name in quotation marks after a title is still the name
        (
            'وقال وزير الخارجية " أحمد أبو الغيط " إن الوضع صعب .',
            [('وزير الخارجية " أحمد أبو الغيط "', "أحمد أبو الغيط", "الوضع صعب")],
        ),
    ],
)
def test_segment_a_short_quotation_after_the_speaker_that_reads_as_a_sentence_is_what_he_said(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "إلا أن مدير المرصد السوري رامي عبد الرحمن شدد بدوره على أن تنظيم داعش لا يزال يسيطر على قرى عدة .",
            [("مدير المرصد السوري رامي عبد الرحمن", "رامي عبد الرحمن", "تنظيم داعش لا")],
        ),
        (
            'وقال الوزير إن الوضع صعب . ويقول بدوره : " ربما هناك بعض التسرع والمبالغة في تقدير الخطر " .',
            [("الوزير", "الوزير", "الوضع صعب"), ("يقول", "الوزير", "ربما هناك بعض")],
        ),
        # «in its turn» is no speaker
        ("جمعيات الإنترنت أيضا ترى بدورها أن هذا المبدأ يمنع الشركات من تفضيل مواقع على أخرى .", []),
    ],
)
def test_segment_in_his_turn_after_the_verb(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "وتزامنا مع إعلان هيئة الأركان الروسية , أن قوات النظام ستدخل الريف الجنوبي الغربي .",
            [("هيئة الأركان الروسية", "هيئة الأركان العامة الروسية", "قوات النظام ستدخل")],
        ),
        (
            "وعقب تصريح أنقرة أن منبج هي الهدف الثاني لفصائل درع الفرات .",
            [("أنقرة", "تركيا", "منبج هي الهدف")],
        ),
        (
            "وكان أبرزها إعلان وزارة التربية والتعليم عن تحديد يوم 23 سبتمبر لبدء الموسم الدراسى .",
            [("وزارة التربية والتعليم", "وزارة التربية والتعليم", "تحديد يوم 23")],
        ),
        # the outlet a statement was made to, and an adjective, are no speakers of «تصريح»
        (
            "وأوضح قائد القوات الجوية اللواء ابراهيم الشامي في تصريح لقناة المسيرة بأن المعادلة في السماء على"
            " وشك أن تتغير .",
            [("قائد القوات الجوية اللواء ابراهيم الشامي", "ابراهيم الشامي", "المعادلة في السماء")],
        ),
        ("وذكر السفير في تصريح صحفي أن العلاقات جيدة .", [("السفير", "السفير", "العلاقات جيدة")]),
    ],
)
def test_segment_a_verbal_noun_of_saying_and_its_subject_in_the_genitive(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "وقال وزير الخارجية السعودي عادل الجبير إن الحريري حر في مغادرة المملكة . ولفت الوزير الفرنسي إلى"
            " تطابق وجهات النظر في قضايا عدة .",
            [
                ("وزير الخارجية السعودي عادل الجبير", "عادل الجبير", "الحريري حر في"),
                ("الوزير الفرنسي", "الوزير الفرنسي", "تطابق وجهات النظر"),
            ],
        ),
        (
            "وقال الجيش الروسي إنه أنجز مهمته في سوريا . وقال الجيش الأمريكي إنه نفذ ضربة جوية ضد متشددي"
            " التنظيم .",
            [
                ("الجيش الروسي", "القوات الروسية", "إنه أنجز مهمته"),
                ("الجيش الأمريكي", "الجيش الأمريكي", "إنه نفذ ضربة"),
            ],
        ),
        # one country, spelt two ways: the same minister
        (
            "وقال وزير الخارجية الأميركي ريكس تيلرسون إن الحل سياسي . وأضاف الوزير الأمريكي أن بلاده لن تنسحب .",
            [
                ("وزير الخارجية الأميركي ريكس تيلرسون", "ريكس تيلرسون", "الحل سياسي"),
                ("الوزير الأمريكي", "ريكس تيلرسون", "بلاده لن تنسحب"),
            ],
        ),
    ],
)
def test_segment_a_title_of_another_country_is_not_the_official_named_before(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the writer's «worth mentioning that», then a report with its own subject
        (
            "جدير بالذكر أن الولايات المتحدة أعلنت مؤخرا عدم نيتها سحب قواتها من سوريا .",
            [("الولايات المتحدة", "الولايات المتحدة", "عدم نيتها سحب")],
        ),
        (
            "والجدير بالذكر أن روسيا أعلنت أنها ستسحب قواتها .",
            [("روسيا", "روسيا", "أنها ستسحب قواتها")],
        ),
        # when it was said between a strong verb and the verbal noun it reports
        ("الجيش أعلن أمس الخميس سيطرته على البوكمال .", [("الجيش", "الجيش", "سيطرته على البوكمال")]),
    ],
)
def test_segment_subject_first_after_the_writers_remark_or_with_a_time(text, expected):
    assert _named(text) == expected


def test_segment_a_name_repeated_on_a_page_that_writes_the_preposition_apart():
    # «علي بركة» in every paragraph, «على» with «ى» six times: the page tells the name from the preposition
    text = (
        "اتصلنا بالقيادي علي بركة . وقال علي بركة إن العلاقات على ما يرام وتقوم على الثقة . وأكد علي بركة أن"
        " الحركة تعمل على التهدئة وعلى الحوار وعلى المصالحة . وأضاف علي بركة أن الوفد حصل على وعود ."
    )
    assert [(mention, words) for mention, _, words in _named(text)] == [
        ("علي بركة", "العلاقات على ما"),
        ("علي بركة", "الحركة تعمل على"),
        ("علي بركة", "الوفد حصل على"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # «غير أن» and «إلا أن» with the subject's pronoun: "but he", as «لكنه»
        (
            "ولم يعلق الجيش على التقارير , غير أنه أكد أن الطائرات لم تقصف السوق .",
            [("الجيش", "الجيش", "الطائرات لم تقصف")],
        ),
        (
            "ورفضت الوزارة التعليق على الصور , إلا أنها قالت إن التحقيق مستمر .",
            [("الوزارة", "الوزارة", "التحقيق مستمر")],
        ),
    ],
)
def test_segment_but_he_written_with_that_and_a_pronoun(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an interview with a newspaper named in quotation marks, and when it was put out, between the
        # speaker and «إن»
        (
            'وقال السراج , في حوار مع جريدة " واشنطن بوست " الأميركية , ن شر مساء أمس الثلاثاء , إن القضاء على'
            " مهربي البشر يتطلب جهودا مشتركة .",
            [("السراج", "السراج", "القضاء على مهربي")],
        ),
        (
            "وقال السراج , في حوار مع جريدة واشنطن بوست نشر مساء أمس , إن القضاء على مهربي البشر يتطلب جهودا"
            " مشتركة .",
            [("السراج", "السراج", "القضاء على مهربي")],
        ),
    ],
)
def test_segment_an_interview_and_its_date_set_off_before_the_content(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # «تعهد» and «بـ» with a verbal noun: what was pledged, no part of who pledged it; the participle after
        # it goes on with the same speaker
        (
            "وتعهد الوزير بإجراء تحقيق , مضيفا أن الجيش سيحاسب المسؤولين .",
            [("الوزير", "الوزير", "بإجراء تحقيق"), ("مضيفا", "الوزير", "الجيش سيحاسب المسؤولين")],
        ),
        # «بالـ» after a head it completes is part of the name
        ("وأكد مصدر بالوزارة أن الحل سياسي .", [("مصدر بالوزارة", "مصدر بالوزارة", "الحل سياسي")]),
    ],
)
def test_segment_a_pledge_and_what_it_pledged(text, expected):
    assert _named(text) == expected


def test_segment_a_headline_by_a_family_name_with_the_article_and_a_denied_verbal_noun():
    # «السراج» heads the page over «فائز السراج» below (a given name the list knows before it); «ونفى إقامة …»
    # denies the auctions, which are no speaker
    text = (
        "السراج : القضاء على مهربي البشر يتطلب جهودا من جميع الدول\n"
        "طرابلس - قال رئيس المجلس الرئاسي فائز السراج إن ليبيا تعمل على إنهاء عمل شبكات التهريب .\n"
        "ونفى إقامة مزادات للمهاجرين في أي مركز احتجاز , وقال إن التحقيقات مستمرة .\n"
    )
    assert _named(text) == [
        ("السراج", "فائز السراج", "القضاء على مهربي"),
        ("رئيس المجلس الرئاسي فائز السراج", "فائز السراج", "ليبيا تعمل على"),
        ("نفى", "فائز السراج", "إقامة مزادات للمهاجرين"),
        ("قال", "فائز السراج", "التحقيقات مستمرة"),
    ]


def test_segment_a_noun_after_another_noun_is_no_family_name():
    # «الحرس» after «دوريات» is a noun in construct, not someone's family name: the guard speaks as itself
    assert _named("وانتشرت دوريات الحرس في المدينة , وقال الحرس إن المعارك مستمرة .") == [
        ("الحرس", "الحرس", "المعارك مستمرة")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # «رئيس تحرير» is an editor's title, whatever follows it; «كتب» and a quotation report what was written
        (
            'وكتبت رئيسة تحرير المجلة نانسي غيبز " لقد قدمت ميركل قيادة اخلاقية ثابتة " .',
            [("رئيسة تحرير المجلة نانسي غيبز", "نانسي غيبز", "لقد قدمت ميركل")],
        ),
        (
            "وقال رئيس تحرير الصحيفة جون سميث إن الحل سياسي .",
            [("رئيس تحرير الصحيفة جون سميث", "جون سميث", "الحل سياسي")],
        ),
        # after another title the verbal noun is what was announced
        ("وأعلن مسؤول تحرير البلدة .", [("مسؤول", "مسؤول", "تحرير البلدة")]),
    ],
)
def test_segment_an_editors_title(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an outlet of the registry after a foreign name with its rank: whom he spoke to, no part of his name
        (
            'قال المتحدث العسكري اللفتنانت كولونيل جوناثان كونريكوس لرويترز " كانت طائرة استطلاع دون طيار " .',
            [
                (
                    "المتحدث العسكري اللفتنانت كولونيل جوناثان كونريكوس",
                    "جوناثان كونريكوس",
                    "كانت طائرة استطلاع",
                )
            ],
        ),
    ],
)
def test_segment_the_outlet_a_named_speaker_spoke_to(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a headline's speaker no registry holds, «لـ» with the scraper's dash and the outlet in quotation marks
        (
            'محمد بركة ل - " جنوبية " : حماس لا تتلقى تعليماتها من جهات خارجية',
            [("محمد بركة", "محمد بركة", "حماس لا تتلقى")],
        ),
        # a greeting to a quoted body says nothing of a speaker
        ('تحية لـ " الخوذ البيضاء " : أبطال سوريا', []),
    ],
)
def test_segment_a_headline_told_to_a_quoted_outlet(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, source",
    [
        # «رفعت» (raised) before a definite plural: no given name
        ("ورفعت المحافظات مذكرة إلى الوزارة . وقالت المحافظات إن الرواتب تأخرت .", "المحافظات"),
    ],
)
def test_segment_a_word_before_a_definite_noun_that_only_looks_like_a_given_name(text, source):
    assert [found for _, found, _ in _named(text)] == [source]


def test_segment_an_aside_holding_an_outlets_quoted_name():
    # «رأي» of the newspaper's name reads as a verb; inside the quoted name after «صحيفة» it is part of the aside
    text = 'وقال عبد الباري عطوان , رئيس تحرير صحيفة " رأي اليوم " , إن اللقاء أظهر رغبة الطرفين .'
    assert _named(text) == [("عبد الباري عطوان", "عبد الباري عطوان", "اللقاء أظهر رغبة")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # «برأي» (in the view of) and who holds the view, as «بحسب»
        (
            "وبرأي المحلل أحمد حسن فإن الحكومة لم تتبرأ من علاقتها بالإخوان .",
            [("المحلل أحمد حسن", "أحمد حسن", "الحكومة لم تتبرأ")],
        ),
        # public opinion, or the writer's own, names no source
        ("وبرأي الشارع فإن الحكومة فشلت .", []),
    ],
)
def test_segment_in_the_view_of(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a named page announces like an outlet, with «أن» or a verbal noun
        (
            'وكشفت صفحة " أخبار مصياف " الموالية , الأربعاء 20 كانون الثاني , مقتل العميد عمران عمران .',
            [('صفحة " أخبار مصياف " الموالية', "أخبار مصياف", "مقتل العميد عمران")],
        ),
        (
            "وذكرت صفحة الرئاسة السورية على فيسبوك أن الأسد استقبل الوفد .",
            [("صفحة الرئاسة السورية", "الرئاسة السورية", "الأسد استقبل الوفد")],
        ),
        # his page is where he wrote: the speaker is who wrote
        ("وقال أحمد حسن عبر صفحته إن القصف مستمر .", [("أحمد حسن", "أحمد حسن", "القصف مستمر")]),
        # a login form's words are no speaker
        ("أكد كلمة السر : أدخل كلمة السر", []),
    ],
)
def test_segment_a_page_that_speaks(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an entry of a live page opens on its time and time zone, then its headline
        (
            "17 : 00 GMT عسيري : عاصفة الحزم ستضرب أي تجمع قبلي يستضيف الحوثيين",
            [("عسيري", "أحمد عسيري", "عاصفة الحزم ستضرب")],
        ),
        (
            "12 : 10 GMT المتحدث باسم الخارجية الروسية : موسكو لن تسمح بذلك",
            [("المتحدث باسم الخارجية الروسية", "وزارة الخارجية الروسية", "موسكو لن تسمح")],
        ),
        # a woman's given name opens a headline's speaker as a man's does
        (
            "نوال السعداوي : الديمقراطية مساواة كاملة بين الناس",
            [("نوال السعداوي", "نوال السعداوي", "الديمقراطية مساواة كاملة")],
        ),
    ],
)
def test_segment_a_headline_after_a_live_pages_time(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # why the name is withheld, then the words quoted
        (
            'وقال دبلوماسي غربي في العراق طلب عدم نشر اسمه لأنه ليس مخولا سلطة الحديث لوسائل الإعلام " إيران تحاول'
            ' بسط نفوذها على عملية اختيار خليفة السيستاني " .',
            [("دبلوماسي غربي في العراق طلب عدم نشر اسمه", "دبلوماسي غربي", "إيران تحاول بسط")],
        ),
        # a reason with no words after it is what the source said
        (
            "وقال مسؤول طلب عدم نشر اسمه لأنه يخشى على حياته ، فالوضع خطير .",
            [("مسؤول طلب عدم نشر اسمه", "مسؤول", "لأنه يخشى على")],
        ),
    ],
)
def test_segment_the_reason_a_name_is_withheld(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a participle, then at the same time or in its turn, set off by commas or not, then «على/إلى أن»
        (
            "وأشار الباحث إلى أن رد روسيا إدانة بالغة , مشددا , في الوقت نفسه , إلى أن قرارات مجلس الأمن لا تصلح .",
            [("الباحث", "الباحث", "رد روسيا إدانة"), ("مشددا", "الباحث", "قرارات مجلس الأمن")],
        ),
        (
            "وأشار الباحث إلى أن رد روسيا إدانة بالغة , مشددا في الوقت ذاته على أن القرارات لا تصلح .",
            [("الباحث", "الباحث", "رد روسيا إدانة"), ("مشددا", "الباحث", "القرارات لا تصلح")],
        ),
    ],
)
def test_segment_a_participle_said_in_passing(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # «الأمر الذي» takes up the clause before, as «وهو ما» does: another party denies or confirms it
        (
            "وتتهم البحرين إيران بمساندة أنشطة مسلحين فيها , الأمر الذي تنفيه طهران .",
            [("البحرين", "البحرين", "إيران بمساندة أنشطة"), ("طهران", "إيران", "إيران بمساندة أنشطة")],
        ),
        (
            "وقال المرصد إن الطائرات الروسية قصفت السوق , وهو الأمر الذي نفته موسكو .",
            [
                ("المرصد", "المرصد السوري لحقوق الإنسان", "الطائرات الروسية قصفت"),
                ("موسكو", "روسيا", "الطائرات الروسية قصفت"),
            ],
        ),
        # what the matter shows names no speaker
        ("وجددت المحكمة حبسه 45 يوما , الأمر الذي يؤكد هزلية تلك الاتهامات .", []),
        # what the matter led to is no one's statement
        (
            "وقال المرصد إن الطائرات الروسية قصفت السوق , الأمر الذي دفع السكان إلى النزوح .",
            [("المرصد", "المرصد السوري لحقوق الإنسان", "الطائرات الروسية قصفت")],
        ),
        # a verbal noun of reporting, its subject, and a verbal noun whose object is quoted
        (
            'وتزامن ذلك مع اعلان رئيس الوزراء حيدر العبادي تحقيق " النصر الكبير " في المدينة .',
            [("رئيس الوزراء حيدر العبادي", "حيدر العبادي", 'تحقيق " النصر')],
        ),
    ],
)
def test_segment_the_matter_taken_up_and_a_quoted_object(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a title, its adjective and the person's name before the verb and «إن»
        (
            "العقيد المنشق محمد الأسمر قال إن قوات النظام سوف تتابع تقدمها .",
            [("العقيد المنشق محمد الأسمر", "محمد الأسمر", "قوات النظام سوف")],
        ),
        (
            "الناشط الإعلامي محمد فايز الأسمر قال إن قوات النظام سوف تتابع تقدمها .",
            [("الناشط الإعلامي محمد فايز الأسمر", "محمد فايز الأسمر", "قوات النظام سوف")],
        ),
        # a headline's subject and what it reveals of a topic say nothing
        ("رئيس المخابرات السعودية السابق تركي الفيصل يكشف كواليس السياسة في المملكة", []),
    ],
)
def test_segment_a_titled_name_before_its_verb(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # «جزم» (held for certain) reports as «أكد» does, a verbal noun or «أن» after it
        (
            "وتضاربت الأنباء حول مقتله , إذ جزمت مصادر إعلامية عدة إصابته برصاصة في الرأس .",
            [("مصادر إعلامية عدة", "مصادر إعلامية", "إصابته برصاصة في")],
        ),
        ("ويجزم ناشطون أن الطائرات روسية .", [("ناشطون", "ناشطون", "الطائرات روسية")]),
    ],
)
def test_segment_held_for_certain(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the speaker, the outlet he spoke to, and the outlet that carried his words on: the speaker speaks
        (
            'وقال لافروف لوكالة " نوفوستي " بحسب ما نقل موقع " روسيا اليوم " إن الوجود الأمريكي غير قانوني .',
            [("لافروف", "سيرغي لافروف", "الوجود الأمريكي غير")],
        ),
        (
            "وقال لافروف بحسب ما ذكرت سانا إن الوجود الأمريكي غير قانوني .",
            [("لافروف", "سيرغي لافروف", "الوجود الأمريكي غير")],
        ),
    ],
)
def test_segment_a_speaker_whose_words_an_outlet_carried_on(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quotation right after the bare verb is what the last speaker said, not a quoted name
        (
            'وقال ولي العهد إن موقع اليمن مهم . وأضاف " هذه هي الأزمة التي نواجهها " .',
            [("ولي العهد", "ولي العهد", "موقع اليمن مهم"), ("أضاف", "ولي العهد", "هذه هي الأزمة")],
        ),
        (
            "وقال المرصد إن القصف استهدف المدينة . وتابع « نحن لم نقصف أي سوق » .",
            [
                ("المرصد", "المرصد السوري لحقوق الإنسان", "القصف استهدف المدينة"),
                ("تابع", "المرصد السوري لحقوق الإنسان", "نحن لم نقصف"),
            ],
        ),
        # a name in quotation marks is still the speaker
        (
            'وقالت " هيومن رايتس ووتش " إن القصف استهدف المدينة .',
            [("هيومن رايتس ووتش", "هيومن رايتس ووتش", "القصف استهدف المدينة")],
        ),
    ],
)
def test_segment_a_quotation_after_the_bare_verb(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # «اعترف»/«أقر» and «بـ» with a short verbal noun: what was admitted
        (
            "لكن رئيس وزرائها بنيامين نتانياهو اعترف في تسجيل مسرب بقصف سوريا عشرات المرات .",
            [("رئيس وزرائها بنيامين نتانياهو", "بنيامين نتنياهو", "بقصف سوريا عشرات")],
        ),
        (
            "وقبل أيام , أقرت وسائل إعلام رسمية سورية , السبت , بشن الطائرات الحربية الإسرائيلية هجوما على موقع عسكري .",
            [("وسائل إعلام رسمية سورية", "وسائل إعلام رسمية سورية", "بشن الطائرات الحربية")],
        ),
        # «بالـ» after «أقر» tells how a law was passed
        ("وأقر مجلس النواب الأمريكي بالإجماع حزمة عقوبات جديدة .", []),
    ],
)
def test_segment_admitted_with_a_short_verbal_noun(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an impersonal «يُذكر أن»/«يشار إلى أن» names no one; a source set off after the content says it
        (
            "يشار إلى أنه ومنذ العام 2014 , قدمت الولايات المتحدة نحو مليار دولار من المساعدات للعراق , بحسب البيان .",
            [("البيان", "البيان", "أنه ومنذ العام")],
        ),
        (
            "يذكر أن الطيران الروسي قصف المدينة أمس , بحسب ما أفاد ناشطون .",
            [("ناشطون", "ناشطون", "الطيران الروسي قصف")],
        ),
        # set off by the comma after it
        (
            "يشار إلى أن الولايات المتحدة قدمت نحو 1 . 78 مليار دولار إلى العراق بحسب البيان , وتعهدت أيضا بتقديم أكثر من 265 مليونا .",
            [("البيان", "البيان", "الولايات المتحدة قدمت"), ("تعهدت", "البيان", "بتقديم أكثر من")],
        ),
        # inside the clause, not set off, it sources that part alone
        (
            "يذكر أن الجيش السوري يخوض قتالا مريرا ضد مجموعات متطرفة , أدت وفق آخر إحصائيات من الأمم المتحدة إلى مقتل الآلاف .",
            [],
        ),
    ],
)
def test_segment_a_source_set_off_after_an_impersonal_report(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # «إن» in a name spelled out letter by letter is the letter N, not the «إن» that opens what was said
        (
            "وقالت شبكة سي إن إن إن القصف استهدف المدينة .",
            [("شبكة سي إن إن", "سي إن إن", "القصف استهدف المدينة")],
        ),
        (
            'ونفى السراج إقامة مزادات للمهاجرين من النوع الذي صورته " سي إن إن " في أي مركز احتجاز .',
            [("السراج", "السراج", "إقامة مزادات للمهاجرين")],
        ),
        (
            "وقالت شبكة إن بي سي الأمريكية إن القصف استهدف المدينة .",
            [("شبكة إن بي سي الأمريكية", "شبكة إن بي سي الأمريكية", "القصف استهدف المدينة")],
        ),
    ],
)
def test_segment_a_name_spelled_out_in_letters(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # whom «عن» passes speech on from, in quotation marks, with «قولها» or «إعلانها» after the name
        (
            'ونقلت وكالة سبأ عن " القوة الصاروخية " قولها إن الصاروخ هو من نوع بركان .',
            [("القوة الصاروخية", "القوة الصاروخية", "الصاروخ هو من")],
        ),
        (
            "ونقلت وكالة سبأ عن القوة الصاروخية إعلانها أن الصاروخ هو من نوع بركان .",
            [("القوة الصاروخية", "القوة الصاروخية", "الصاروخ هو من")],
        ),
        # «تجدر الإشارة إلى أن» is the writer's aside; the subject after it speaks
        (
            "تجدر الإشارة إلى أن وسائل إعلام سعودية نفت وقوع أي إصابات أو أضرار جراء اعتراض الصاروخ .",
            [("وسائل إعلام سعودية", "وسائل إعلام سعودية", "وقوع أي إصابات")],
        ),
        # a year by its number after the verb is when, not who; «من جهته» is no part of the name
        ("لكن اللجنة خلصت عام 1979 إلى أن كينيدى اغتيل .", [("اللجنة", "اللجنة", "كينيدى اغتيل")]),
        ("وقال المدعي العام إن كينيدى اغتيل .", [("المدعي العام", "المدعي العام", "كينيدى اغتيل")]),
        (
            "وقالت وزارة الخارجية الروسية من جانبها إن الاعتراف يحكم بالإعدام .",
            [("وزارة الخارجية الروسية", "وزارة الخارجية الروسية", "الاعتراف يحكم بالإعدام")],
        ),
        # what it was about after «عن», then a colon and what was said
        (
            'كتب ترامب عن حجب الوثائق : " الشعب الأمريكى يتوقع ويستحق الحرية " , مضيفا أن " ذلك ليستطيع الناس الاطلاع " .',
            [
                ("ترامب", "دونالد ترامب", "الشعب الأمريكى يتوقع"),
                ("مضيفا", "دونالد ترامب", "ذلك ليستطيع الناس"),
            ],
        ),
        # «على تويتر» is where it was posted («على» folds to «علي», a given name too)
        ("وقال ترامب على تويتر إن الهجوم فشل .", [("ترامب", "دونالد ترامب", "الهجوم فشل")]),
        (
            'وكتب ترامب على تويتر : " الشعب الأمريكي يستحق الحقيقة " .',
            [("ترامب", "دونالد ترامب", "الشعب الأمريكي يستحق")],
        ),
    ],
)
def test_segment_speakers_named_apart_from_their_words(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name the registry does not know, then a verbal noun whose pronoun is its own: the name speaks
        ("ونفى فلين قيامه بأي عمل خاطئ .", [("فلين", "فلين", "قيامه بأي عمل")]),
        ("وأعلن التنظيم مسؤوليته عن الهجوم .", [("التنظيم", "التنظيم", "مسؤوليته عن الهجوم")]),
        # with no pronoun the verbal noun is no subject's
        ("وأعلنت السيطرة على البلدة .", []),
        # «خلال كلمة له» after the verb is where it was said, no subject; the speaker before goes on
        (
            "وقال سلو إن المدينة ستسلم . وأضاف خلال كلمة له من قلب الرقة , أن المحافظة ستكون جزءا من سوريا .",
            [("سلو", "طلال سلو", "المدينة ستسلم"), ("أضاف", "طلال سلو", "المحافظة ستكون جزءا")],
        ),
        # a bare name before a country: the accuser, then the accused; the verb after it goes on with him
        (
            "ويتهم ترامب إيران بدعم الإرهاب ويقول إن اتفاق عام 2015 لا يفعل ما يكفي .",
            [("ترامب", "دونالد ترامب", "إيران بدعم الإرهاب"), ("يقول", "دونالد ترامب", "اتفاق عام 2015")],
        ),
        ("واتهم رئيس إيران واشنطن بدعم الإرهاب .", [("رئيس إيران", "حسن روحاني", "واشنطن بدعم الإرهاب")]),
        # what it is called after «بـ», whose tatweel the scrape wrote as a dash
        (
            'ووصف الرئيس الفرنسي إيمانويل ماكرون القرار ب - " المؤسف " .',
            [("الرئيس الفرنسي إيمانويل ماكرون", "إيمانويل ماكرون", "القرار ب -")],
        ),
        # the subject of the verb opening the sentence speaks in «وقال» after it; «بـ» and a noun after a name is
        # its object
        (
            'ورحب العبادي بتصريحات السيستاني , وقال في بيان : " نرحب بدعوة المرجعية الدينية " .',
            [("العبادي", "حيدر العبادي", "نرحب بدعوة المرجعية")],
        ),
    ],
)
def test_segment_a_subject_known_by_what_it_does(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a speaker that is no outlet says what it relays; the relayed speaker says it as well
        (
            "وقال مسؤول روسي إن بوتين أكد أن روسيا ستواصل دعم الحكومة السورية .",
            [
                ("مسؤول روسي", "مسؤول روسي", "بوتين أكد أن"),
                ("بوتين", "فلاديمير بوتين", "روسيا ستواصل دعم"),
            ],
        ),
        # an outlet relaying is the channel: the relayed speaker alone
        (
            "وذكرت وكالة سانا أن وزير الخارجية وليد المعلم أكد أن سوريا لن تسمح بأي عدوان .",
            [("وزير الخارجية وليد المعلم", "وليد المعلم", "سوريا لن تسمح")],
        ),
        # what a strong verb inside an outlet's report announces, with its verbal noun and no «أن»
        (
            "وذكرت قناة المسيرة أن القوة الصاروخية أعلنت إطلاق صاروخ باليستي على قصر اليمامة .",
            [("القوة الصاروخية", "القوة الصاروخية", "إطلاق صاروخ باليستي")],
        ),
        (
            "وقالت الوكالة إن الجيش أعلن السيطرة على البلدة بالكامل .",
            [("الجيش", "الجيش", "السيطرة على البلدة")],
        ),
        # the outlet's own correspondent reports for it; an appeal inside a report is no report of its own
        (
            "وقالت الوكالة الوطنية للإعلام إن مندوبها أكد تنفيذ الطيران الإسرائيلي لغارتين على تلة الرشاحة .",
            [("الوكالة الوطنية للإعلام", "الوكالة الوطنية للإعلام", "مندوبها أكد تنفيذ")],
        ),
        (
            "وقالت الصحيفة إن روسيا دعت الإدارة الكردية لحضور المؤتمر .",
            [("الصحيفة", "الصحيفة", "روسيا دعت الإدارة")],
        ),
        # whom a verb of informing told, a short name and «also», before «أن»
        (
            "وقالت وكالات أنباء سورية إن بوتين أبلغ الأسد أيضا أنه يريد العمل مع إيران وتركيا .",
            [("بوتين", "فلاديمير بوتين", "أنه يريد العمل")],
        ),
        (
            "بوتين أبلغ الأسد أنه يريد العمل مع إيران وتركيا .",
            [("بوتين", "فلاديمير بوتين", "أنه يريد العمل")],
        ),
        # «وأضافت» goes on with the one who relays, not the one relayed
        (
            "وتقول عدلي إن طبيبات المركز أعلن استمرارهن في تقديم المشورة . وأضافت أن المركز سيفتح أبوابه من جديد .",
            [
                ("عدلي", "عدلي", "طبيبات المركز أعلن"),
                ("طبيبات المركز", "طبيبات المركز", "استمرارهن في تقديم"),
                ("أضافت", "عدلي", "المركز سيفتح أبوابه"),
            ],
        ),
    ],
)
def test_segment_a_report_inside_a_report(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # «من جهته» between a subject that opens the clause and «أن»
        (
            'لكن " المرصد السوري لحقوق الإنسان " المعارض أكد من جهته أن المدينة لازالت تحت الحصار .',
            [
                (
                    '" المرصد السوري لحقوق الإنسان " المعارض',
                    "المرصد السوري لحقوق الإنسان",
                    "المدينة لازالت تحت",
                )
            ],
        ),
        # a country's name heads no genitive: the definite noun after it is what it denies
        ("ونفت روسيا الاتهامات الأمريكية بشأن الهجوم .", [("روسيا", "روسيا", "الاتهامات الأمريكية بشأن")]),
        # but «و» joins a second subject
        ("وقالت فرنسا وألمانيا إن الحل سياسي .", [("فرنسا وألمانيا", "فرنسا وألمانيا", "الحل سياسي")]),
    ],
)
def test_segment_a_subject_with_its_side_or_a_country_with_its_object(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # how long ago it was carried, between the verb and «عن»: the chain goes on to whom it quotes
        (
            "وكانت رويترز قد نقلت قبل يومين عن مصدر عسكري قوله إن القوات تقدمت نحو المدينة .",
            [("مصدر عسكري", "مصادر عسكرية", "القوات تقدمت نحو")],
        ),
        ("وقال المسؤول قبل قليل إن القوات تقدمت نحو المدينة .", [("المسؤول", "المسؤول", "القوات تقدمت نحو")]),
        # «مصدر آخر» is a second source: a bare «المصدر» after it takes up the one the article follows
        (
            "وقال أحد المحاصرين في الحويجة إن المدنيين سلموا أنفسهم للنظام . وكانت رويترز قد نقلت قبل يومين عن"
            " مصدر آخر في الحويجة قوله إن المدنيين باتوا في عداد المفقودين . وأضاف المصدر أن القصف مستمر .",
            [
                ("أحد المحاصرين في الحويجة", "أحد المحاصرين", "المدنيين سلموا أنفسهم"),
                ("مصدر آخر في الحويجة", "مصدر آخر", "المدنيين باتوا في"),
                ("المصدر", "أحد المحاصرين", "القصف مستمر"),
            ],
        ),
    ],
)
def test_segment_a_time_ago_and_another_source(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a headline's subject, a verb of judging likely and the verbal noun it judges
        ("روسيا ترجح مقتل البغدادي في غارة على الرقة", [("روسيا", "روسيا", "مقتل البغدادي في")]),
        (
            "المرصد يستبعد سقوط المدينة خلال أيام",
            [("المرصد", "المرصد السوري لحقوق الإنسان", "سقوط المدينة خلال")],
        ),
        # not a definite noun, which is no verbal noun
        ("روسيا ترجح الخيار العسكري في إدلب", []),
    ],
)
def test_segment_a_headline_judging_likely(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # whoever put the pictures out says what a verb without subject after them says of them
        (
            "ونشرت صفحات موالية صورا قالت إنها لقتلى من الفصائل في ريف حماة .",
            [("صفحات موالية", "مواقع إعلام موالية للنظام", "إنها لقتلى من")],
        ),
        (
            "وأمس الجمعة , بثت شبكات موالية لنظام الأسد صورا لمجموعة من الشباب قالت إن المحاصرين سلموا أنفسهم .",
            [("شبكات موالية لنظام الأسد", "شبكات موالية لنظام الأسد", "المحاصرين سلموا أنفسهم")],
        ),
        (
            "حيث نشرت عدد من الحسابات على مواقع التواصل صورة مفبركة للبغدادي قالت إنها التقطت بعد مقتله .",
            [("عدد من الحسابات على مواقع التواصل", "عدد من الحسابات على مواقع التواصل", "إنها التقطت بعد")],
        ),
        (
            "وتداولت حسابات معارضة مقطع فيديو زعمت أنه يظهر قصفا على المدينة .",
            [("حسابات معارضة", "معارضة", "أنه يظهر قصفا")],
        ),
    ],
)
def test_segment_who_put_the_pictures_out(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a noun that opens an object after a known name: what was stressed, not part of the speaker
        (
            "وأكد بوتين أهمية العملية الديمقراطية .",
            [("بوتين", "فلاديمير بوتين", "أهمية العملية الديمقراطية")],
        ),
        ("وأكد بوتين ضرورة الحل السياسي للأزمة .", [("بوتين", "فلاديمير بوتين", "ضرورة الحل السياسي")]),
        # «على» before such a noun is the preposition, not the given name «علي»
        (
            'أكد بوتين على أهمية العملية الديمقراطية وقال " إن مشاركة كل الجماعات ستتيح مناقشة المشكلات " .',
            [
                ("بوتين", "فلاديمير بوتين", "أهمية العملية الديمقراطية"),
                ("قال", "فلاديمير بوتين", "مشاركة كل الجماعات"),
            ],
        ),
        # a demonstrative after a title still belongs to the name
        ("وقال مدير هذه المنظمة إن القصف مستمر .", [("مدير هذه المنظمة", "مدير هذه المنظمة", "القصف مستمر")]),
    ],
)
def test_segment_an_object_noun_after_a_known_name(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, modality",
    [
        # the content's predicate calls the report unreal or fabricated: a denial after a neutral verb
        ("وقال بيسكوف إن خلق انطباع بأن روسيا تنسحب من سوريا غير واقعي .", "deny"),
        ("وقال المتحدث إن الصور المتداولة مفبركة .", "deny"),
        ("وقال المتحدث إن هذه الاتهامات ملفقة .", "deny"),
        # an adjective of a noun inside the content denies nothing
        ("وقال المتحدث إن الصور المفبركة انتشرت على مواقع التواصل .", "assert"),
    ],
)
def test_segment_content_called_unreal_is_a_denial(text, modality):
    assert [f[3] for f in _frames(text)] == [modality]


@pytest.mark.parametrize(
    "text, modality",
    [
        # a relative clause set off by commas on the content's subject, then the negated main verb: a denial
        ("وقالت المصادر إن الفصائل , التي انطلقت العام الماضي , لم تبدأ بعد العملية .", "deny"),
        # the negation inside the relative clause, or after the main verb, denies nothing of the report
        ("وقالت المصادر إن الفصائل , التي لم تنسحب من المدينة , قصفت الأحياء .", "assert"),
        ("وقالت المصادر إن الفصائل , التي انطلقت العام الماضي , قصفت الأحياء ولم تنسحب .", "assert"),
    ],
)
def test_segment_a_denial_after_a_relative_clause_set_off(text, modality):
    assert [f[3] for f in _frames(text)] == [modality]


@pytest.mark.parametrize(
    "text, expected",
    [
        # when the statement was put out, set off or not, between «صدر» and «عن»: the issuer speaks
        (
            "وقال بيان صدر , اليوم الجمعة , عن مكتب وزير الخارجية الأمريكي إن الولايات المتحدة تدين الهجوم .",
            [
                (
                    "بيان صدر , اليوم الجمعة , عن مكتب وزير الخارجية الأمريكي",
                    "وزارة الخارجية الأمريكية",
                    "الولايات المتحدة تدين",
                )
            ],
        ),
        (
            "وقال بيان صادر اليوم الاثنين عن منظمة اليونسكو إن المقابلات مع المرشحين ستبدأ غدا .",
            [("بيان صادر اليوم الاثنين عن منظمة اليونسكو", "منظمة اليونسكو", "المقابلات مع المرشحين")],
        ),
    ],
)
def test_segment_a_statement_put_out_on_a_day(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # «عن» after «صادر» names the statement's issuer: the channel reaches on to «إن»
        (
            "وقالت الحركة في بيان نشر على الإنترنت صادر عن اجتماع طارئ لمجلس الشورى إنها عينت هاشم الشيخ أميرا .",
            [("الحركة", "الحركة", "إنها عينت هاشم")],
        ),
        # a document as the object, in the accusative, then «قال فيه»: whose document it is speaks
        (
            "ونشرت صحيفة الغارديان مقالا للكاتب روبرت فيسك قال فيه إن الحرب لم تنته .",
            [("للكاتب روبرت فيسك", "روبرت فيسك", "الحرب لم تنته")],
        ),
    ],
)
def test_segment_a_channel_and_its_document(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # «وبين أن» opening a sentence is «وبيّن» (explained), the speaker before goes on
        (
            "وأكد الوزير بشير الحلبي أن الحكومة ماضية في خطتها . وبين أن الجيش يساعد القرويين في الجولان .",
            [
                ("الوزير بشير الحلبي", "بشير الحلبي", "الحكومة ماضية في"),
                ("بين", "بشير الحلبي", "الجيش يساعد القرويين"),
            ],
        ),
        # the preposition «بين» inside a sentence, or before a name, reports nothing
        ("وقارن التقرير بين أن يبقى الأسد وبين أن يرحل عن السلطة .", []),
        ("وبين أنقرة وموسكو خلافات كبيرة حول مستقبل إدلب .", []),
    ],
)
def test_segment_explained_without_its_shadda(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name in quotation marks before a strong verb and the verbal noun it reports is the subject
        (
            '" الإعلام الحربي " أعلن التقاء القوات عند الحدود مع العراق .',
            [("الإعلام الحربي", "الإعلام الحربي المركزي", "التقاء القوات عند")],
        ),
        (
            'لكن " المرصد السوري " أعلن مقتل عشرة مدنيين في القصف .',
            [("المرصد السوري", "المرصد السوري لحقوق الإنسان", "مقتل عشرة مدنيين")],
        ),
        # a dateline in quotation marks: the subject follows the verb
        (
            '" رويترز " أعلن الاتحاد الأوروبي فرض عقوبات جديدة على دمشق .',
            [("الاتحاد الأوروبي", "الاتحاد الأوروبي", "فرض عقوبات جديدة")],
        ),
    ],
)
def test_segment_a_quoted_subject_before_a_reported_verbal_noun(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # «د.» / «م.» (doctor, engineer) abbreviated, dot spaced or not, open the name
        ("وقال د. محمد العلي إن الوضع خطير .", [("د. محمد العلي", "محمد العلي", "الوضع خطير")]),
        (
            "وأوضحت الكاتبة الدرامية والروائية د . اميرة ابوالفتوح أن مشكلة سد النهضة بدأت منذ عهد مبارك .",
            [("الكاتبة الدرامية والروائية د . اميرة ابوالفتوح", "اميرة ابوالفتوح", "مشكلة سد النهضة")],
        ),
        ("وقال م. خالد الحسن إن السد سيكتمل .", [("م. خالد الحسن", "خالد الحسن", "السد سيكتمل")]),
        # «نهاية»/«بداية» before a time word is when it was said, no part of the speaker
        (
            "وقال مسؤول إيراني نهاية العام الماضي إن أكثر من ألف إيراني قتلوا في سوريا .",
            [("مسؤول إيراني", "مسؤول إيراني", "أكثر من ألف")],
        ),
        (
            "وقال مسؤول إيراني إن نهاية الحرب باتت قريبة .",
            [("مسؤول إيراني", "مسؤول إيراني", "نهاية الحرب باتت")],
        ),
        # «بـ» and a noun of manner after the verb is how it was said, no speaker
        (
            "وأكد الوزير عادل الجبير أن الحل سياسي . وقال بصراحة إن استقالة الحريري كانت مفاجئة .",
            [
                ("الوزير عادل الجبير", "عادل الجبير", "الحل سياسي"),
                ("قال", "عادل الجبير", "استقالة الحريري كانت"),
            ],
        ),
        (
            "وأكد الوزير عادل الجبير أن الحل سياسي . وتحدث بعبارات حادة عن أن روحاني يعمل على تقسيم الشعب .",
            [("الوزير عادل الجبير", "عادل الجبير", "الحل سياسي"), ("تحدث", "عادل الجبير", "روحاني يعمل على")],
        ),
        # a given name in «بـ» is a name, and «وحدة» (a unit) opens one
        ("وقالت بثينة شعبان إن الحل سياسي .", [("بثينة شعبان", "بثينة شعبان", "الحل سياسي")]),
        (
            "وقالت وحدة الإعلام الحربي إن القوات تقدمت نحو البلدة .",
            [("وحدة الإعلام الحربي", "الإعلام الحربي المركزي", "القوات تقدمت نحو")],
        ),
    ],
)
def test_segment_titles_times_and_manner_around_the_speaker(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # after «لكن», a known subject and its verb of saying open the clause a participle goes on with
        (
            "لكن الوزير علق على الأمر قائلا إن الحكومة لن تتراجع .",
            [("الوزير", "الوزير", "الحكومة لن تتراجع")],
        ),
        # not when the verb after the subject is no verb of saying
        ("لكن القوات تقدمت في المنطقة مؤكدة أنها ستواصل العملية .", []),
    ],
)
def test_segment_a_participle_after_a_subject_first_clause(text, expected):
    assert _named(text) == expected
