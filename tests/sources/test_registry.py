"""Integrity of sources/data/registry.json and people.json, and coverage of every source named in the seed articles."""

from __future__ import annotations

from collections import defaultdict

import pytest

from sources.matching import REGISTRY_PATH, AliasIndex, load_registry, mention_key

KINDS = {
    "outlet",
    "agency",
    "monitor",
    "government",
    "military",
    "armed_group",
    "person",
    "anonymous",
    "document",
}
AFFILIATIONS = {
    "pro_government",
    "opposition",
    "russian_state",
    "turkish_state",
    "iranian_state",
    "sdf",
    "us_coalition",
    "international",
    "independent",
    "unknown",
}
FIELDS = {"name", "name_en", "kind", "affiliation", "parent", "domain", "aliases"}

ENTRIES = load_registry()
BY_NAME = {e["name"]: e for e in ENTRIES}
INDEX = AliasIndex.from_registry()

# Every source named in data/seeds/, as written there, and the entry it must resolve to.
SEED_MENTIONS = [
    ("000", "مواقع إعلام موالية للنظام", "مواقع إعلام موالية للنظام"),
    ("000", "مصادر عسكرية", "مصادر عسكرية"),
    ("000", 'لشبكة "شام"', "شبكة شام"),
    ("000", "مواقع وحسابات موالية للنظام", "مواقع إعلام موالية للنظام"),
    ("000", 'الدكتور "محمد هنداوي"', "محمد هنداوي"),
    ("000", "مديرية صحة حماة الحرة", "مديرية صحة حماة الحرة"),
    ("000", "قنوات النظام", "مواقع إعلام موالية للنظام"),
    ("000", "مواقع إعلامية للنظام وروسيا", "مواقع إعلام موالية للنظام"),
    ("000", "واشنطن", "الولايات المتحدة"),
    ("000", "وزارة الخارجية الروسية", "وزارة الخارجية الروسية"),
    ("000", "رئيس الهيئة الاتحادية للهجرة واللجوء، هانز و أيكهارد زومر", "هانز إيكهارد زومر"),
    ("000", "الهيئة الاتحادية للهجرة واللجوء", "المكتب الاتحادي للهجرة واللاجئين"),
    ("000", 'صحيفة "فيلت أم زونتاغ"', "فيلت أم زونتاغ"),
    ("000", "زومر", "هانز إيكهارد زومر"),
    ("000", "فريق منسقو استجابة سوريا", "منسقو استجابة سوريا"),
    ("000", 'مراسل صحيفة "صنداي تايمز" البريطانية', "صنداي تايمز"),
    ("000", "تنظيم داعش", "تنظيم داعش"),
    ("000", '"أبو طاهر الطاجيكي"', "أبو طاهر الطاجيكي"),
    ("000", "أبو بكر البغدادي", "أبو بكر البغدادي"),
    ("000", "قوات سوريا الديمقراطية المدعومة من التحالف الدولي", "قوات سوريا الديمقراطية"),
    ("000", "التحالف الدولي", "التحالف الدولي"),
    ("000", "الرئاسة التركية", "الرئاسة التركية"),
    ("000", "المكتب الصحافي للرئاسة التركية", "الرئاسة التركية"),
    ("000", "الرئيس التركي رجب طيب أردوغان", "رجب طيب أردوغان"),
    ("000", "فلاديمير بوتين", "فلاديمير بوتين"),
    ("000", "حسن روحاني", "حسن روحاني"),
    ("000", "الرئيس الأميركي دونالد ترمب", "دونالد ترامب"),
    ("000", 'المقدم "محمد حمادين"', "محمد حمادين"),
    ("000", "الجيش الوطني", "الجيش الوطني السوري"),
    ("000", "مصادر محلية", "مصادر محلية"),
    ("000", "فصائل المعارضة", "فصائل المعارضة"),
    ("000", "وكالة الصحافة الفرنسية", "وكالة فرانس برس"),
    ("000", "الوكالة الفرنسية", "وكالة فرانس برس"),
    ("000", "الخبير في الحركات المتشددة هشام الهاشمي", "هشام الهاشمي"),
    ("000", "الاستخبارات العراقية", "الاستخبارات العراقية"),
    ("000", "وكالة «أعماق» التابعة للتنظيم", "وكالة أعماق"),
    ("000", 'الكاتب الأمريكي "إريك كورتليسا"', "إريك كورتليسا"),
    ("000", 'موقع "تايمز أوف إسرائيل"', "تايمز أوف إسرائيل"),
    ("000", "الرئيس الأمريكي دونالد ترامب", "دونالد ترامب"),
    ("000", "رئيس الوزراء الإسرائيلي بنيامين نتنياهو", "بنيامين نتنياهو"),
    ("000", "الكونغرس", "الكونغرس الأمريكي"),
    ("000", "أهرون دافيد ميلر", "آرون ديفيد ميلر"),
    ("000", "سناتور كارولاينا الجنوبية ليندزي غراهام", "ليندسي غراهام"),
    ("000", "وكالات إعلامية روسية", "وسائل إعلام روسية"),
    ("000", 'وكالة "سبوتنيك" الروسية', "وكالة سبوتنيك"),
    ("000", 'قناة "ان ار تي" الكردية', "قناة إن آر تي"),
    ("000", "مصادر إعلامية", "مصادر إعلامية"),
    ("000", "نشطاء", "ناشطون"),
    ("000", "البيت الأبيض", "البيت الأبيض"),
    ("000", "القائم بأعمال وزير الدفاع الأمريكي باتريك شاناهان", "باتريك شاناهان"),
    ("000", "وزارة الدفاع الأمريكية", "وزارة الدفاع الأمريكية"),
    ("000", "السفير الروسي لدى الولايات المتحدة ، أناتولي أنتونوف", "أناتولي أنتونوف"),
    ("000", "هيئة تحرير الشام", "هيئة تحرير الشام"),
    ("000", "مصادر محلية من بنش", "مصادر محلية"),
    ("000", "حكومة الإنقاذ", "حكومة الإنقاذ"),
    ("001", "المرصد السوري", "المرصد السوري لحقوق الإنسان"),
    ("001", "المرصد السوري لحقوق الإنسان", "المرصد السوري لحقوق الإنسان"),
    ("001", "مصادر موثوقة للمرصد السوري لحقوق الإنسان", "المرصد السوري لحقوق الإنسان"),
    ("001", "قوات النظام", "الجيش العربي السوري"),
    ("001", "تنظيم “الدولة الإسلامية”", "تنظيم داعش"),
    ("002", "مصادر مطلعة في إدلب", "مصادر مطلعة"),
    ("002", "لوكالة «سبوتنيك»", "وكالة سبوتنيك"),
    ("002", "«جبهة النصرة»", "هيئة تحرير الشام"),
    ("002", "«جيش العزة»", "جيش العزة"),
    ("002", "الجيش السوري", "الجيش العربي السوري"),
    ("002", "مصادر محلية في إدلب", "مصادر محلية"),
    ("002", "«الحزب الإسلامي التركستاني»", "الحزب الإسلامي التركستاني"),
    ("002", "وزير الدفاع السوري العماد، علي أيوب", "علي أيوب"),
    ("002", "الرئيس السوري بشار الأسد", "بشار الأسد"),
    ("002", "المركز الروسي للمصالحة في سوريا", "المركز الروسي للمصالحة"),
    ("002", "وزارة الدفاع الروسية", "وزارة الدفاع الروسية"),
    ("002", "قاعدة «حميميم» الجوية", "قاعدة حميميم"),
    ("002", "لـ «النظام السوري»", "الحكومة السورية"),
    ("003", '"غرفة عمليات دحر الغزاة"', "غرفة عمليات دحر الغزاة"),
    ("003", "فصائل الجيش الحر", "الجيش السوري الحر"),
    ("003", "الناطق باسم فصيل جيش النصر أبو المجد الحمصي", "أبو المجد الحمصي"),
    ("003", "(الناطق باسم جيش النصر)", "جيش النصر"),
    ("003", "هيئة تحرير الشام (النصرة سابقاً)", "هيئة تحرير الشام"),
    ("003", "جيش النظام السوري", "الجيش العربي السوري"),
    ("004", "فريق (منسقو الاستجابة)", "منسقو استجابة سوريا"),
    ("004", "الدفاع المدني", "الدفاع المدني السوري"),
    ("004", "رئيس المركز الروسي في سورية اللواء يوري بورينكوف", "يوري بورينكوف"),
    ("004", "مصادر ميدانية", "مصادر ميدانية"),
    ("004", "الميليشيات التابعة لإيران", "الميليشيات الإيرانية"),
    ("004", "مرصد تعقب حركة الطيران التابع للثوار", "مرصد تعقب حركة الطيران"),
    ("004", "وزارة الدفاع التركية", "وزارة الدفاع التركية"),
    ("004", "الجيش التركي", "الجيش التركي"),
    ("004", "فصائل الثورة السورية المسلحة", "فصائل المعارضة"),
    ("004", "قوات الأسد", "الجيش العربي السوري"),
    ("004", "نظيره الروسي فلاديمير بوتين", "فلاديمير بوتين"),
]


@pytest.mark.parametrize(("doc", "mention", "canonical"), SEED_MENTIONS)
def test_seed_source_resolves_to_its_entry(doc: str, mention: str, canonical: str) -> None:
    match = INDEX.resolve(mention)
    assert (match.canonical if match else None) == canonical
    assert canonical in BY_NAME


def test_registry_has_broad_coverage() -> None:
    assert len(ENTRIES) >= 120
    assert len({e["name"] for e in ENTRIES}) == len(ENTRIES)


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["name_en"] for e in ENTRIES])
def test_entry_fields_are_valid(entry: dict) -> None:
    assert set(entry) - {"formerly"} == FIELDS
    assert all(former in entry["aliases"] for former in entry.get("formerly", []))
    assert entry["kind"] in KINDS
    assert entry["affiliation"] in AFFILIATIONS
    assert entry["name"] and entry["name_en"]
    assert entry["domain"] is None or entry["domain"] == entry["domain"].lower().strip()
    assert len(entry["aliases"]) == len(set(entry["aliases"]))


def test_every_parent_exists_and_no_chain_loops() -> None:
    for entry in ENTRIES:
        seen, parent = {entry["name"]}, entry["parent"]
        while parent is not None:
            assert parent in BY_NAME, f"{entry['name']} → missing parent {parent}"
            assert parent not in seen, f"parent loop through {parent}"
            seen.add(parent)
            parent = BY_NAME[parent]["parent"]


def test_only_independent_commentators_are_people_without_a_parent() -> None:
    registry = load_registry(REGISTRY_PATH)
    orphans = [e["name"] for e in registry if e["kind"] == "person" and e["parent"] is None]
    assert orphans == ["هشام الهاشمي", "آرون ديفيد ميلر"]


def test_no_normalized_alias_names_two_entries() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in ENTRIES:
        for alias in (entry["name"], entry["name_en"], entry["domain"], *entry["aliases"]):
            if alias:
                owners[mention_key(alias)].add(entry["name"])
    assert {key: names for key, names in owners.items() if len(names) > 1} == {}


def test_every_alias_resolves_exactly_to_its_own_entry() -> None:
    wrong = [
        (alias, entry["name"])
        for entry in ENTRIES
        for alias in entry["aliases"]
        if INDEX.resolve(alias) is None or INDEX.resolve(alias).canonical != entry["name"]
    ]
    assert wrong == []


@pytest.mark.parametrize(
    ("name", "kind", "affiliation"),
    [
        ("المرصد السوري لحقوق الإنسان", "monitor", "opposition"),
        ("وكالة الأنباء السورية", "agency", "pro_government"),
        ("وكالة سبوتنيك", "agency", "russian_state"),
        ("المركز الروسي للمصالحة", "military", "russian_state"),
        ("وزارة الدفاع التركية", "government", "turkish_state"),
        ("قوات سوريا الديمقراطية", "armed_group", "sdf"),
        ("التحالف الدولي", "military", "us_coalition"),
        ("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "monitor", "international"),
        ("وكالة رويترز", "agency", "independent"),
        ("مواقع إعلام موالية للنظام", "anonymous", "pro_government"),
        ("مصادر محلية", "anonymous", "unknown"),
    ],
)
def test_key_entries_have_the_right_kind_and_camp(name: str, kind: str, affiliation: str) -> None:
    assert (BY_NAME[name]["kind"], BY_NAME[name]["affiliation"]) == (kind, affiliation)
