"""The gazetteer sources/data/people.json: speakers named with a title resolve to the person or body and its camp.

The mentions are written as the Baly 2018 articles write them (bench/mine_speakers.py counts them).
"""

from __future__ import annotations

import json

import pytest
from django.core.management import call_command

from sources.matching import GAZETTEER_PATH, REGISTRY_PATH, AliasIndex, load_registry
from sources.models import Source, SourceAlias

INDEX = AliasIndex.from_registry()
BY_NAME = {e["name"]: e for e in load_registry()}
GAZETTEER = load_registry(GAZETTEER_PATH)


@pytest.mark.parametrize(
    ("mention", "canonical", "affiliation"),
    [
        ("وزير الخارجية الروسي سيرغي لافروف", "سيرغي لافروف", "russian_state"),
        ("وزير الخارجية الروسي", "سيرغي لافروف", "russian_state"),
        ("الفريق أول سيرغي رودسكوي", "سيرغي رودسكوي", "russian_state"),
        ("الجنرال رودسكوي", "سيرغي رودسكوي", "russian_state"),
        ("المتحدث باسم وزارة الدفاع الروسية اللواء إيغور كوناشينكوف", "إيغور كوناشينكوف", "russian_state"),
        ("الناطق باسم وزارة الدفاع الروسية , إيغور كوناشينكوف", "إيغور كوناشينكوف", "russian_state"),
        ("المتحدث باسم الرئاسة الروسية ديميتري بيسكوف", "ديمتري بيسكوف", "russian_state"),
        ("المفاوض روسي ألكسندر لافرنتييف", "ألكسندر لافرنتييف", "russian_state"),
        ("سكرتير مجلس الأمن الروسي نيكولاي باتروشيف", "نيكولاي باتروشيف", "russian_state"),
        ("المتحدث باسم الهيئة العليا للمفاوضات", "هيئة التفاوض السورية", "opposition"),
        ("المتحدث باسم الهيئة العليا للمفاوضات السورية , منذر ماخوس", "منذر ماخوس", "opposition"),
        ('رئيس " الهيئة العليا للمفاوضات " , نصر الحريري', "نصر الحريري", "opposition"),
        ("المتحدث باسم وفد المعارضة السورية , يحيى العريضي", "يحيى العريضي", "opposition"),
        ("الدكتور العريضي", "يحيى العريضي", "opposition"),
        ("مستشارة الرئيس السوري بثينة شعبان", "بثينة شعبان", "pro_government"),
        ("وزير الخارجية السوري", "وليد المعلم", "pro_government"),
        ("رئيس الإدارة السياسية في الجيش السوري اللواء رياض حداد", "رياض حداد", "pro_government"),
        ("قائد فيلق القدس في الحرس الثوري الايراني قاسم سليماني", "قاسم سليماني", "iranian_state"),
        ("المرشد الأعلى الإيراني", "علي خامنئي", "iranian_state"),
        ("الرئيس الإيراني", "حسن روحاني", "iranian_state"),
        ('وزير الخارجية التركي " مولود جاويش أوغلو "', "مولود جاويش أوغلو", "turkish_state"),
        ("رئيس الوزراء التركي بن علي يلدريم", "بن علي يلدريم", "turkish_state"),
        ("المتحدث باسم الرئاسة التركية , إبراهيم قالن", "إبراهيم قالن", "turkish_state"),
        ("الناطق باسم قوات سوريا الديمقراطية العميد طلال سلو", "طلال سلو", "sdf"),
        ("المتحدث الرسمي باسم وحدات حماية الشعب , ريدور خليل", "ريدور خليل", "sdf"),
        ("وزير الخارجية الأميركي ريكس تيلرسون", "ريكس تيلرسون", "us_coalition"),
        ("المتحدث باسم وزارة الخارجية الأميركية , مارك تونر", "مارك تونر", "us_coalition"),
        ("المتحدث الكولونيل رايان ديلون", "ريان ديلون", "us_coalition"),
        ("الرئيس الفرنسي إيمانويل ماكرون", "إيمانويل ماكرون", "us_coalition"),
        ("التحالف الذي تقوده الولايات المتحدة", "التحالف الدولي", "us_coalition"),
        ("المتحدث باسم الأمم المتحدة ستيفان دوجاريك", "ستيفان دوجاريك", "international"),
        ("رئيس الوزراء العراقي حيدر العبادي", "حيدر العبادي", "unknown"),
        ("وزير الدفاع الإسرائيلي أفيغدور ليبرمان", "أفيغدور ليبرمان", "unknown"),
        ("التحالف الذي تقوده السعودية", "التحالف العربي", "unknown"),
        ("قوات الحشد الشعبي", "قوات الحشد الشعبي", "unknown"),
    ],
)
def test_a_speaker_named_with_a_title_resolves_to_the_gazetteer_entry(
    mention: str, canonical: str, affiliation: str
) -> None:
    match = INDEX.resolve(mention)
    assert (match.canonical if match else None) == canonical
    assert BY_NAME[canonical]["affiliation"] == affiliation


@pytest.mark.parametrize(
    "mention",
    ["الجعفري", "الحريري", "المعلم", "أحمد حسن", "رئيس الوزراء التركي", "بيروت"],
)
def test_a_name_or_office_shared_by_several_people_stays_unresolved(mention: str) -> None:
    """Two Jaafaris, two Hariris, a common noun, an office that changed hands during the war."""
    assert INDEX.resolve(mention) is None


def test_an_office_held_by_several_people_during_the_war_names_the_body() -> None:
    assert INDEX.resolve("وزير الخارجية الأمريكي").canonical == "وزارة الخارجية الأمريكية"


def test_the_gazetteer_says_where_it_comes_from_and_adds_entries_of_its_own() -> None:
    data = json.loads(GAZETTEER_PATH.read_text(encoding="utf-8"))
    assert "Baly 2018" in data["about"] and "by hand" in data["about"]
    registry = {e["name"] for e in load_registry(REGISTRY_PATH)}
    assert len(GAZETTEER) >= 150
    assert not registry & {e["name"] for e in GAZETTEER}
    assert sum(e["kind"] == "person" for e in GAZETTEER) >= 150


def test_a_minister_has_their_government_as_parent() -> None:
    assert BY_NAME["مولود جاويش أوغلو"]["parent"] == "وزارة الخارجية التركية"
    assert BY_NAME["وليد المعلم"]["parent"] == "وزارة الخارجية السورية"


@pytest.mark.django_db
def test_loadsources_loads_the_gazetteer_with_the_registry_and_twice_changes_nothing() -> None:
    call_command("loadsources", verbosity=0)
    sources, aliases = Source.objects.count(), SourceAlias.objects.count()
    assert sources == len(BY_NAME)
    lafrov = Source.objects.get(name="سيرغي لافروف")
    assert SourceAlias.objects.get(alias="وزير الخارجية الروسي").source == lafrov
    assert Source.objects.get(name="سيرغي رودسكوي").parent.name == "هيئة الأركان العامة الروسية"
    call_command("loadsources", verbosity=0)
    assert (Source.objects.count(), SourceAlias.objects.count()) == (sources, aliases)


@pytest.mark.django_db
def test_an_alias_the_files_moved_to_another_entry_follows_them(tmp_path) -> None:
    """A database loaded before "الرئيس الروسي" named Putin rather than the Kremlin is brought up to date."""
    call_command("loadsources", verbosity=0)
    kremlin = Source.objects.get(name="الكرملين")
    SourceAlias.objects.filter(alias="الرئيس الروسي").update(source=kremlin)
    call_command("loadsources", verbosity=0)
    assert SourceAlias.objects.get(alias="الرئيس الروسي").source.name == "فلاديمير بوتين"


@pytest.mark.django_db
def test_the_gazetteer_loads_alone_after_the_registry(tmp_path) -> None:
    call_command("loadsources", str(REGISTRY_PATH), verbosity=0)
    call_command("loadsources", str(GAZETTEER_PATH), verbosity=0)
    assert Source.objects.get(name="وليد المعلم").parent.name == "وزارة الخارجية السورية"
