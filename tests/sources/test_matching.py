"""Mention keys, alias resolution and the description of unregistered sources."""

from __future__ import annotations

import pytest

from sources.matching import AliasIndex, Match, UnknownSource, describe_unknown, mention_key

INDEX = AliasIndex.from_registry()
SOHR = "المرصد السوري لحقوق الإنسان"


@pytest.mark.parametrize(
    ("mention", "key"),
    [
        ("لشبكة «شام»", "شبكه شام"),
        ("للمرصد السوري", "المرصد السوري"),
        ("لـ «النظام السوري»", "النظام السوري"),
        ("ووكالة الأناضول", "وكاله الاناضول"),
        ("والمرصد السوري", "المرصد السوري"),
        ("فريق (منسقو الاستجابة)", "فريق منسقو الاستجابه"),
        ("الـمـرصـد الـسـوري", "المرصد السوري"),
        ("المَرصَدُ السُّوريُّ لحقوقِ الإنسانِ", "المرصد السوري لحقوق الانسان"),
        ("وزارة الدفاع", "وزاره الدفاع"),
        ("فرانس برس", "فرانس برس"),
        ("بلدي نيوز", "بلدي نيوز"),
        ("رئيس الهيئة، هانز زومر", "رئيس الهيئه هانز زومر"),
    ],
)
def test_mention_key_folds_spelling_and_drops_prepositions(mention: str, key: str) -> None:
    assert mention_key(mention) == key


@pytest.mark.parametrize(
    ("mention", "canonical"),
    [
        ("المرصد السوري لحقوق الإنسان", SOHR),
        ("المرصد السوري لحقوق الانسان", SOHR),
        ("المرصد السوري", SOHR),
        ("للمرصد السوري", SOHR),
        ("الـمـرصـد الـسـوري", SOHR),
        ("المَرصَدُ السُّوريُّ", SOHR),
        ("SOHR", SOHR),
        ("Syrian Observatory for Human Rights", SOHR),
        ("syriahr.com", SOHR),
        ("لوكالة سبوتنيك", "وكالة سبوتنيك"),
        ("لوكالة «سبوتنيك»", "وكالة سبوتنيك"),
        ("سبوتنيك", "وكالة سبوتنيك"),
        ("لشبكة شام", "شبكة شام"),
        ('لشبكة "شام"', "شبكة شام"),
        ("SANA", "وكالة الأنباء السورية"),
        ("سانا", "وكالة الأنباء السورية"),
        ("لسانا", "وكالة الأنباء السورية"),
        ("لرويترز", "وكالة رويترز"),
        ("AFP", "وكالة فرانس برس"),
        ("أ ف ب", "وكالة فرانس برس"),
        ("الأناضول", "وكالة الأناضول"),
        ("الاناضول", "وكالة الأناضول"),
        ("قسد", "قوات سوريا الديمقراطية"),
        ("SDF", "قوات سوريا الديمقراطية"),
        ("ﻗﻮﺍﺕ ﺳﻮﺭﻳﺎ ﺍﻟﺪﻳﻤﻘﺮﺍﻃﻴﺔ", "قوات سوريا الديمقراطية"),
        ("البنتاغون", "وزارة الدفاع الأمريكية"),
        ("الخوذ البيضاء", "الدفاع المدني السوري"),
        ("منسقو الاستجابة", "منسقو استجابة سوريا"),
        ("فريق (منسقو الاستجابة)", "منسقو استجابة سوريا"),
        ("مصادر محلية في إدلب", "مصادر محلية"),
        ("مصادر ميدانية", "مصادر ميدانية"),
        ("ناشطين", "ناشطون"),
        ("وكالة سبوتنيك الروسية", "وكالة سبوتنيك"),
        ("المرصد السوري ليل أمس", SOHR),
        ("هيئة تحرير الشام (النصرة سابقاً)", "هيئة تحرير الشام"),
        ("تقرير الوكالة الفرنسية", "وكالة فرانس برس"),
        ("بيان قوات سوريا الديمقراطية", "قوات سوريا الديمقراطية"),
        ("قوات النظام والطرف الروسي", "الجيش العربي السوري"),
        ("الناطق باسم فصيل جيش النصر أبو المجد الحمصي", "أبو المجد الحمصي"),
        ("رئيس المركز الروسي في سورية اللواء يوري بورينكوف", "يوري بورينكوف"),
        ("الرئيس بوتين", "فلاديمير بوتين"),
    ],
)
def test_alias_variants_resolve_to_the_canonical_name(mention: str, canonical: str) -> None:
    match = INDEX.resolve(mention)
    assert (match.canonical if match else None) == canonical


@pytest.mark.parametrize(
    ("mention", "canonical"),
    [
        ("قوات سوريه الديموقراطيه", "قوات سوريا الديمقراطية"),
        ("هيئة تحرير شام", "هيئة تحرير الشام"),
        ("الحكومة السوريه الموقته", "الحكومة السورية المؤقتة"),
        ("واشنطن بست", "واشنطن بوست"),
        ("منسقوا استجابة سوريا", "منسقو استجابة سوريا"),
        ("المرصد السوريي لحقوق الإنسان", SOHR),
        ("اوريانت نيوز", "أورينت نت"),
        ("بوتن", "فلاديمير بوتين"),
    ],
)
def test_misspellings_resolve_by_fuzzy_match(mention: str, canonical: str) -> None:
    match = INDEX.resolve(mention)
    assert (match.canonical, match.method) == (canonical, "fuzzy")
    assert 0.8 <= match.score <= 1.0


@pytest.mark.parametrize(
    ("mention", "canonical"),
    [
        ("الشبكة السورية لحقوق الإنسان", "الشبكة السورية لحقوق الإنسان"),
        ("الشبكة السورية لحقوق الانسان", "الشبكة السورية لحقوق الإنسان"),
        ("وزارة الدفاع الروسية", "وزارة الدفاع الروسية"),
        ("وزاره الدفاع الروسيه", "وزارة الدفاع الروسية"),
        ("وزارة الخارجية التركية", "وزارة الخارجية التركية"),
        ("الجيش السوري الحر", "الجيش السوري الحر"),
        ("قوات الدفاع الوطني", "قوات الدفاع الوطني"),
        ("الحكومة السورية المؤقتة", "الحكومة السورية المؤقتة"),
        ("واشنطن بوست", "واشنطن بوست"),
        ("الخارجية الأميركية", "وزارة الخارجية الأمريكية"),
        ("ان ار تي", "قناة إن آر تي"),
    ],
)
def test_near_names_of_other_bodies_stay_apart(mention: str, canonical: str) -> None:
    assert INDEX.resolve(mention) == Match(canonical, 1.0, "exact")


@pytest.mark.parametrize(
    "mention",
    [
        "المرصد السوري للعدالة",
        "المرصد السوري لحقوق الطفل",
        "وزارة الدفاع الأذربيجانية",
        # Another state's body, its nisba spelt nearly as a registered one's: "السويدية" is not "السعودية".
        "وزيرة الخارجية السويدية",
        "وزير الخارجية السويدي",
        "الحكومة السويدية",
        "وزارة الخارجية",
        "وزارة الصحة التركية",
        "وكالة الأنباء الكويتية",
        "الجيش اللبناني",
        "طيران الأسد",
        "المصادر",
        "البيان",
        "المركز",
        "الغرفة",
        "الفريق الحقوقي",
        "المسيرة",
        # A region an office covers names no newspaper «الشرق الأوسط».
        "نائبة مدير العفو الدولية لمنطقة الشرق الأوسط",
        "محللون متخصصون في شئون الشرق الأوسط",
        "",
        "«»",
    ],
)
def test_unregistered_or_bare_mentions_resolve_to_nothing(mention: str) -> None:
    assert INDEX.resolve(mention) is None


def test_resolve_exact_match_reports_full_score() -> None:
    assert INDEX.resolve("وزارة الدفاع التركية") == Match("وزارة الدفاع التركية", 1.0, "exact")


@pytest.mark.parametrize(
    "mention, canonical",
    [
        ("وكالة الأناضول التركية للأنباء", "وكالة الأناضول"),
        ('وكالة الأنباء الإماراتية الرسمية " وام "', "وكالة أنباء الإمارات"),
        ("لوكالة سبوتنيك الروسية للأنباء", "وكالة سبوتنيك"),
        ("وكالة «سانا» الرسمية", "وكالة الأنباء السورية"),
        ("وكالة الأنباء السورية الرسمية « سانا »", "وكالة الأنباء السورية"),
        ("قناة الجزيرة القطرية", "قناة الجزيرة"),
        ("وكالة الصحافة الفرنسية", "وكالة فرانس برس"),
        ('موقع " شبيغل " الألماني', "دير شبيغل"),
        ("مجلة دير شبيغل الألمانية", "دير شبيغل"),
        ("تليفزيون المسيرة , التابع للحوثيين", "قناة المسيرة"),
        ("تلفزيون المسيرة", "قناة المسيرة"),
    ],
)
def test_registered_outlet_named_with_its_nationality_or_as_official(mention: str, canonical: str) -> None:
    match = INDEX.resolve(mention)
    assert (match.canonical if match else None) == canonical


@pytest.mark.parametrize("mention", ["وكالة الأنباء الروسية الرسمية", "موقع الدفاع المدني السوري الرسمي"])
def test_outlet_descriptors_leave_no_body_of_another_kind(mention: str) -> None:
    match = INDEX.resolve(mention)
    assert match is None or match.canonical not in {"الدفاع المدني السوري", "روسيا"}


def test_alias_index_refuses_an_alias_for_two_bodies() -> None:
    with pytest.raises(ValueError):
        AliasIndex([("المرصد", "المرصد السوري لحقوق الإنسان"), ("المرصد", "مرصد تعقب حركة الطيران")])


def test_alias_index_threshold_controls_fuzzy_matching() -> None:
    pairs = [("سبوتنيك", "وكالة سبوتنيك")]
    assert AliasIndex(pairs).resolve("سبوتنك") == Match("وكالة سبوتنيك", 0.9231, "fuzzy")
    assert AliasIndex(pairs, threshold=95).resolve("سبوتنك") is None


def test_person_named_at_the_end_needs_to_be_known_as_a_person() -> None:
    pairs = [("جيش النصر", "جيش النصر"), ("أبو المجد الحمصي", "أبو المجد الحمصي")]
    mention = "الناطق باسم فصيل جيش النصر أبو المجد الحمصي"
    assert AliasIndex(pairs).resolve(mention) == Match("جيش النصر", 1.0, "exact")
    person = AliasIndex(pairs, persons=["أبو المجد الحمصي"]).resolve(mention)
    assert person == Match("أبو المجد الحمصي", 1.0, "exact")


@pytest.mark.parametrize(
    ("mention", "described"),
    [
        ("مصادر محلية من بنش", UnknownSource("مصادر محلية من بنش", "anonymous", "unknown", "محلية", None)),
        (
            "ومصادر عسكرية روسية",
            UnknownSource("مصادر عسكرية روسية", "anonymous", "russian_state", "عسكرية", None),
        ),
        ("مصادر في المعارضة", UnknownSource("مصادر في المعارضة", "anonymous", "opposition", None, None)),
        ("ناشطين", UnknownSource("ناشطين", "anonymous", "unknown", None, None)),
        ("شهود عيان", UnknownSource("شهود عيان", "anonymous", "unknown", "عيان", None)),
        (
            "مواقع وحسابات موالية للنظام",
            UnknownSource("مواقع وحسابات موالية للنظام", "outlet", "pro_government", None, None),
        ),
        ("الطبيب", UnknownSource("الطبيب", "person", "unknown", None, None)),
        ('الدكتور "محمد هنداوي"', UnknownSource("محمد هنداوي", "person", "unknown", None, None)),
        (
            "الدكتور محمد هنداوي مسؤول الرعاية الصحية في مديرية صحة حماة الحرة",
            UnknownSource(
                "محمد هنداوي", "person", "opposition", None, "الرعاية الصحية في مديرية صحة حماة الحرة"
            ),
        ),
        (
            "الناطق باسم فصيل جيش النصر أبو المجد الحمصي",
            UnknownSource("أبو المجد الحمصي", "person", "unknown", None, "فصيل جيش النصر"),
        ),
        (
            "(الناطق باسم جيش النصر)",
            UnknownSource("الناطق باسم جيش النصر", "person", "unknown", None, "جيش النصر"),
        ),
        ("المتحدث باسم", UnknownSource("المتحدث باسم", "person", "unknown", None, None)),
        (
            "رئيس المركز الروسي في سورية اللواء يوري بورينكوف",
            UnknownSource("يوري بورينكوف", "person", "russian_state", None, "المركز الروسي في سورية"),
        ),
        (
            "رئيس الهيئة الاتحادية للهجرة واللجوء، هانز و أيكهارد زومر",
            UnknownSource(
                "هانز و أيكهارد زومر", "person", "unknown", None, "الهيئة الاتحادية للهجرة واللجوء"
            ),
        ),
        (
            "وزير الدفاع السوري",
            UnknownSource("وزير الدفاع السوري", "person", "pro_government", None, "وزارة الدفاع السوري"),
        ),
        (
            "الكاتب الأمريكي إريك كورتليسا",
            UnknownSource("إريك كورتليسا", "person", "unknown", None, None),
        ),
        ("المسؤول الألماني", UnknownSource("المسؤول الألماني", "person", "unknown", None, None)),
        ("زومر", UnknownSource("زومر", "person", "unknown", None, None)),
        ("لوكالة «الأنباء»", UnknownSource("وكالة الأنباء", "agency", "unknown", None, None)),
        ('قناة "الحدث"', UnknownSource("قناة الحدث", "outlet", "unknown", None, None)),
        (
            "وزارة الدفاع الأذربيجانية",
            UnknownSource("وزارة الدفاع الأذربيجانية", "government", "unknown", None, None),
        ),
        ("الرئاسة اللبنانية", UnknownSource("الرئاسة اللبنانية", "government", "unknown", None, None)),
        ("الجيش اللبناني", UnknownSource("الجيش اللبناني", "military", "unknown", None, None)),
        ("جيش النظام", UnknownSource("جيش النظام", "military", "pro_government", None, None)),
        ("قوات عسكرية تركية", UnknownSource("قوات عسكرية تركية", "military", "turkish_state", None, None)),
        ("فصائل الجيش الحر", UnknownSource("فصائل الجيش الحر", "armed_group", "opposition", None, None)),
        ("جيش العزة", UnknownSource("جيش العزة", "armed_group", "unknown", None, None)),
        (
            "مرصد تعقب حركة الطيران التابع للثوار",
            UnknownSource("مرصد تعقب حركة الطيران التابع للثوار", "monitor", "opposition", None, "الثوار"),
        ),
        (
            "الشبكة الكردية لحقوق الإنسان",
            UnknownSource("الشبكة الكردية لحقوق الإنسان", "monitor", "unknown", None, None),
        ),
        ("بيان المنسقين", UnknownSource("بيان المنسقين", "document", "unknown", None, "المنسقين")),
        (
            "بيان للمكتب الصحافي للرئاسة التركية",
            UnknownSource(
                "بيان للمكتب الصحافي للرئاسة التركية",
                "document",
                "unknown",
                None,
                "المكتب الصحافي للرئاسة التركية",
            ),
        ),
        ("الغرفة", UnknownSource("الغرفة", "armed_group", "unknown", None, None)),
        ("الجهات المنفذة", UnknownSource("الجهات المنفذة", "anonymous", "unknown", None, None)),
        ("", UnknownSource("", "anonymous", "unknown", None, None)),
    ],
)
def test_describe_unknown_reads_kind_and_camp_from_the_wording(
    mention: str, described: UnknownSource
) -> None:
    assert describe_unknown(mention) == described


@pytest.mark.parametrize(
    "mention, canonical",
    [
        # A nationality or a side said of an unnamed kind of source is part of what it is.
        ("وسائل إعلام إسرائيلية", None),
        ("وسائل الإعلام الرسمية", None),
        ("مصادر أمنية عراقية", None),
        # The kind as the registry names it, whatever place or complement follows.
        ("مصدر عسكري في المحافظة", "مصادر عسكرية"),
        ("مصادر موالية للنظام السوري", "مصادر موالية للنظام"),
        ("وسائل الإعلام الروسية", "وسائل إعلام روسية"),
        ("مصادر أهلية", "مصادر محلية"),
    ],
)
def test_an_unnamed_kind_described_further_is_the_articles_own_name(mention, canonical):
    assert AliasIndex.from_registry().canonical_name(mention) == canonical


@pytest.mark.parametrize(
    ("mention", "canonical"),
    [
        # a relative adjective after a title is another word than a family name one long vowel apart
        ("المحلل السياسي", None),
        ("السياسي", None),
        ("العمري", None),  # not «هادي العامري»
        # nor is any other common word a letter away from a name: «الريف» no «ظريف», «القادة» no «القاعدة»
        ("الريف", None),
        ("القادة", None),
        ("الزور", None),
        ("النار", None),
        # the family name itself, and a spelling with letters swapped, still resolve
        ("السيسي", "عبد الفتاح السيسي"),
        ("البرازاني", "مسعود بارزاني"),
    ],
)
def test_a_common_word_with_the_article_is_no_misspelt_name(mention: str, canonical: str | None) -> None:
    assert INDEX.canonical_name(mention) == canonical
