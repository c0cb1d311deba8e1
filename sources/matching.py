"""Resolve a source mention to its canonical registry entry, or describe it when there is none.

"لوكالة «سبوتنيك»" → "وكالة سبوتنيك"; "مصادر محلية في إدلب" → "مصادر محلية";
"الناطق باسم فصيل جيش النصر أبو المجد الحمصي" → "أبو المجد الحمصي". A mention that resolves to
nothing is described by :func:`describe_unknown`, so a new source can be created for it.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from claims.text.lexicon import COUNTRIES
from claims.text.normalize import normalize_key, strip_invisible

REGISTRY_PATH = Path(__file__).parent / "data" / "registry.json"
# The gazetteer of people and bodies grown from the corpus (README, "Sources"); loaded with the registry.
GAZETTEER_PATH = Path(__file__).parent / "data" / "people.json"
# token_sort_ratio on the words without "ال"; a candidate must also pass the word-by-word check in
# _same_words, so the cutoff only has to keep out strings that share little.
DEFAULT_THRESHOLD = 80.0
WORD_SIMILARITY = 80.0
ONE_WORD_THRESHOLD = 85.0
CACHE_SIZE = 50_000  # answers an AliasIndex keeps

PUNCT = re.compile(r"[«»\"“”„‟‘’'`´()\[\]{}<>:;؛.!?؟…/\\|*_#~=+\-–—]")
COMMA = re.compile(r"[،,]")
DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"
CLITICS = "وفبل"


def _keys(words: str) -> frozenset[str]:
    return frozenset(normalize_key(w) for w in words.split())


def _phrases(phrases: str) -> tuple[tuple[str, ...], ...]:
    # Longest first, so "المتحدث الرسمي باسم" wins over a shorter title it starts with.
    folded = (tuple(normalize_key(p).split()) for p in phrases.split("|"))
    return tuple(sorted(folded, key=len, reverse=True))


# Nouns that open source names; a single clitic letter before them is a preposition or "and":
# "لوكالة" → "وكالة", "ومصادر" → "مصادر".
HEAD_NOUNS = _keys(
    "وكالة وكالات شبكة صحيفة جريدة قناة موقع مواقع إذاعة تلفزيون مجلة وسائل مصادر مصدر وزارة منظمة فريق "
    "هيئة حركة جيش قوات مركز مرصد منسقو منسقي ناشطون ناشطين نشطاء شهود مجلس لجنة تنظيم فصيل فصائل مكتب "
    "مديرية غرفة حكومة رئاسة قيادة جبهة حزب لواء كتائب مفوضية برنامج"
)
# A rank or honorific is followed by the person's name; a role by the body the person speaks for.
HONORIFICS = _keys(
    "الدكتور د الطبيب المقدم اللواء العميد العقيد العماد الرائد النقيب الملازم الشيخ السيد الكاتب الصحفي "
    "الإعلامي الخبير المحلل الباحث الناشط المراسل القيادي المسؤول الرئيس السيناتور"
)
SPOKESMEN = _phrases(
    "الناطق باسم|المتحدث باسم|الناطق الرسمي باسم|المتحدث الرسمي باسم|الناطق العسكري باسم|القائم بأعمال"
)
ROLES = SPOKESMEN + _phrases(
    "أمين عام|الأمين العام|رئيس|وزير|قائد|مدير|مسؤول|نائب|سفير|السفير|مندوب|ممثل|زعيم|المبعوث|مبعوث"
)
MINISTER = (normalize_key("وزير"),)
# Words before a name that the registry does not hold with it: "فصيل جيش النصر" is "جيش النصر".
# Ranks and styles met before a known person's name only when resolving, so that "الجنرال رودسكوي" is
# "رودسكوي" and "الأمير تركي الفيصل" is "تركي الفيصل"; describe_unknown does not take them for titles.
NAME_TITLES = _phrases("الفريق أول|الجنرال|الأمير|الملك|الوزير|المستشار|الكولونيل|اللفتنانت جنرال|آية الله")
TITLES = (
    SPOKESMEN
    + NAME_TITLES
    + tuple((w,) for w in HONORIFICS | _keys("مراسل فريق فصيل تنظيم ميليشيا ميليشيات"))
)
# What follows these is a place, a time or another body, not part of the name: "مصادر محلية في إدلب".
QUALIFIERS = _keys(
    "الذي التي الذين في من لدى عبر التابع التابعة المدعوم المدعومة المقرب المقربة الموالي الموالية ومقره ومقرها يوم أمس ليل "
    "ليلة صباح مساء فجر السبت الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة سابقا مؤخرا"
)
BELONGING = _keys("التابع التابعة المدعوم المدعومة")
OFFICES = _keys("الرئيس رئيس وزير الملك الأمير ولي")
# A relative clause describes the body before it: "التحالف الذي تقوده الولايات المتحدة" is not Washington.
RELATIVE = _keys("الذي التي الذين")
# What a body is for, after its name: "التحالف الدولي لمحاربة تنظيم داعش" is the coalition, not the group.
PURPOSE = _keys("لمحاربة لمكافحة لقتال")
# An envoy is not the body he is sent to: "السفير الروسي إلى الأمم المتحدة".
TOWARDS = _keys("إلى لدى")
# A region or a field of work is what an office covers, not a body: "نائبة مدير العفو الدولية لمنطقة الشرق الأوسط",
# "محللون متخصصون في شؤون الشرق الأوسط" name no newspaper «الشرق الأوسط».
COVERING = _keys("منطقة لمنطقة بمنطقة شؤون لشؤون بشؤون شئون لشئون بشئون قضايا لقضايا")

# An outlet's kind and the words news sets around its name: "وكالة الأناضول التركية للأنباء" is "وكالة الأناضول",
# "وكالة الأنباء الإماراتية الرسمية «وام»" is "وام".
OUTLET_HEADS = _keys("وكالة موقع صحيفة جريدة قناة شبكة إذاعة تلفزيون مجلة")
OUTLET_WORDS = _keys("الرسمية الرسمي للأنباء الإخبارية الإخباري الحكومية الحكومي")
NEWS = normalize_key("الأنباء")
OUTLET_KINDS = frozenset(["outlet", "agency"])
ANONYMOUS_HEADS = _keys("مصادر مصدر ناشطون ناشطين نشطاء ناشطو شهود شاهد سكان أهالي مسؤولون مسؤولين مراقبون")
NATIONALITIES = _keys(
    "أمريكي أميركي روسي تركي إيراني سوري بريطاني فرنسي ألماني إسرائيلي عراقي كردي لبناني صيني"
    " سعودي أردني مصري قطري إماراتي كويتي بحريني يمني ليبي تونسي جزائري مغربي سوداني فلسطيني"
    " إيطالي إسباني هولندي بلجيكي سويدي نمساوي ياباني هندي باكستاني أفغاني أوكراني كندي أسترالي"
)
KIND_HEADS = (
    ("document", _keys("بيان وثائق وثيقة تقرير رسالة تسجيل مراسلات تغريدة")),
    ("monitor", _keys("مرصد منظمة مركز فريق منسقو منسقي لجنة مفوضية برنامج جمعية")),
    ("agency", _keys("وكالة وكالات")),
    ("outlet", _keys("صحيفة جريدة قناة موقع مواقع شبكة إذاعة تلفزيون مجلة إعلام وسائل صفحة صفحات حسابات")),
    (
        "government",
        _keys(
            "وزارة رئاسة حكومة سفارة برلمان مجلس خارجية داخلية محافظة مديرية هيئة إدارة دائرة مكتب سلطات "
            "بلدية استخبارات مخابرات"
        ),
    ),
    ("military", _keys("قوات قيادة فرقة طيران قاعدة")),
    (
        "armed_group",
        _keys(
            "جيش فصائل فصيل كتائب كتيبة حركة تنظيم جبهة ميليشيا ميليشيات مليشيا مليشيات غرفة لواء فيلق حزب "
            "خلايا مجموعة مسلحون"
        ),
    ),
)
RIGHTS = _keys("حقوق لحقوق")
POLITICAL_WORDS = {
    **dict.fromkeys(
        _keys("معارضة معارض معارضون معارضين ثوار ثورة ثوري ثورية حر حرة محرر محررة"), "opposition"
    ),
    **dict.fromkeys(_keys("نظام أسد موالية موالي موالون موالين شبيحة"), "pro_government"),
    **dict.fromkeys(_keys("انفصالية انفصالي قسد"), "sdf"),
}
STATE_WORDS = {
    **dict.fromkeys(_keys("روسي روسية روسيا روس"), "russian_state"),
    **dict.fromkeys(_keys("تركي تركية تركيا أتراك"), "turkish_state"),
    **dict.fromkeys(_keys("إيراني إيرانية إيران"), "iranian_state"),
    **dict.fromkeys(_keys("أمريكي أمريكية أميركي أميركية أمريكا أميركا تحالف"), "us_coalition"),
    **dict.fromkeys(_keys("أممي أممية"), "international"),
    **dict.fromkeys(_keys("كردي كردية"), "sdf"),
    **dict.fromkeys(_keys("سوري سورية"), "pro_government"),
}


@dataclass(frozen=True)
class Match:
    """A mention resolved to a canonical source name."""

    canonical: str
    score: float
    method: str  # "exact" | "fuzzy"


def _strip_clitic(word: str) -> str:
    """A preposition or "and" off a name's first word: "للمرصد" → "المرصد", "لوكالة" → "وكالة";
    "وزارة" and "فريق" stay, their first letter is part of the word."""
    if word.startswith("لل") and len(word) > 4:
        return "ال" + word[2:]
    if word[:1] in CLITICS and len(word) > 3:
        rest = word[1:]
        if (rest.startswith("ال") and len(rest) > 4) or rest.startswith("لل") or rest in HEAD_NOUNS:
            return _strip_clitic(rest)
    return word


def _bare(key: str) -> str:
    return key[2:] if key.startswith("ال") and len(key) > 3 else key


def mention_key(mention: str) -> str:
    """Fold a mention to the key aliases are compared on.

    normalize_key, then quotes, brackets and punctuation dropped and a leading "و/ف/ب/ل/لـ" taken off
    the first word where it is a preposition rather than part of the name. Titles and trailing
    qualifiers stay: :class:`AliasIndex` tries the mention without them only when that matches.
    "لشبكة «شام»" → "شبكه شام"; "للمرصد السوري" → "المرصد السوري"; "فريق (منسقو الاستجابة)" →
    "فريق منسقو الاستجابه". Presentation forms from PDFs are folded too: "ﺳﺎﻧﺎ" → "سانا".
    """
    text = normalize_key(unicodedata.normalize("NFKC", mention))
    words = PUNCT.sub(" ", COMMA.sub(" ", text)).split()
    while words and words[0] in CLITICS:
        words = words[1:]
    if words:
        words[0] = _strip_clitic(words[0])
    return " ".join(words)


def _drop_titles(words: list[str]) -> list[str]:
    while True:
        title = next((t for t in TITLES if tuple(words[: len(t)]) == t and len(words) > len(t)), None)
        if title is None:
            return words
        words = [_strip_clitic(words[len(title)]), *words[len(title) + 1 :]]


def _cut_at(words: list[str], markers: frozenset[str]) -> list[str]:
    cut = next((i for i, w in enumerate(words) if i and w in markers), len(words))
    return words[:cut]


def _reductions(key: str) -> list[str]:
    """The key, then forms without a clitic, titles or a trailing qualifier, most literal first."""
    words = key.split()
    forms = [words]
    if words[0][:1] in CLITICS and len(words[0]) > 3:
        forms.append([words[0][1:], *words[1:]])
    forms += [_drop_titles(f) for f in list(forms)]
    forms += [_cut_at(f, QUALIFIERS) for f in list(forms)]
    return list(dict.fromkeys(" ".join(f) for f in forms if f))


def _prefixes(key: str) -> list[str]:
    """Opening spans, longest first, except where the rest goes on with a لـ complement that belongs
    to the name: "المرصد السوري للعدالة" is not "المرصد السوري"."""
    words = key.split()
    cuts = range(len(words) - 1, 0, -1)
    # One word opens a longer name only before a qualifier: "المرصد في بيان" is the Observatory,
    # "المرصد الأورومتوسطي" is not. An office followed by a name is that person, not the office:
    # "الرئيس الأمريكي باراك أوباما".
    office = words[0] in OFFICES
    return [
        " ".join(words[:n])
        for n in cuts
        if words[n] in QUALIFIERS | PURPOSE
        or (n > 1 and not words[n].startswith("ل") and not (office and not words[n].startswith("ال")))
        and not (_nisba(words[n]) and words[n - 1].startswith("ال"))
    ]


def _described_further(key: str, canonical: str) -> bool:
    """The mention, up to where or whose it is, has an adjective in «ي»/«ية» the canonical name lacks:
    "وسائل اعلام اسرائيليه" against "مصادر إعلامية"; "مصدر عسكري" against "مصادر عسكرية" has none."""
    named = {_adjective_stem(w) for w in mention_key(canonical).split()}
    words = _cut_at(key.split(), QUALIFIERS)
    # "مصادر موالية للنظام السوري": after «لـ» the adjective describes the complement, not the source.
    words = words[: next((i for i, w in enumerate(words) if i and w.startswith("ل")), len(words))]
    return any(
        w.endswith(("ي", "يه")) and len(w) > 4 and not _said_in(_adjective_stem(w), named) for w in words[1:]
    )


def _said_in(stem: str, named: set[str]) -> bool:
    """ "اعلامي" is said in "إعلام", "عسكري" in "عسكرية"."""
    return any(stem.startswith(n) or n.startswith(stem) for n in named if len(n) > 2)


def _adjective_stem(word: str) -> str:
    word = word[2:] if word.startswith("ال") else word
    return word[:-1] if word.endswith("ه") else word


def _nisba(word: str) -> bool:
    """ "الدفاع المدني اللبناني": a nationality after a common name makes it another country's body
    (after a proper name, "قناة إن آر تي الكردية", it only describes it)."""
    return word.startswith("ال") and word.endswith(("ي", "يه")) and len(word) > 5


def _outlet_cores(key: str) -> list[str]:
    """An outlet's name without the nationality and the words describing it, then without its kind:
    "وكاله الاناضول التركيه للانباء" → "وكاله الاناضول", "الاناضول"; "وكاله الانباء الاماراتيه الرسميه وام" →
    …, "وام". Empty when no such word is there to drop."""
    words = key.split()
    if len(words) < 3 or words[0] not in OUTLET_HEADS:
        return []
    rest = [w for w in words[1:] if w not in OUTLET_WORDS and not _nisba(w)]
    if not rest or len(rest) == len(words) - 1:
        return []
    forms = [" ".join([words[0], *rest]), " ".join(rest)]
    if rest[0] == NEWS and len(rest) > 1:
        forms.append(" ".join(rest[1:]))
    return forms


def _suffixes(key: str) -> list[str]:
    """Closing spans of two words or more, longest first, without what follows "التابع لـ"."""
    words = _cut_at(key.split(), BELONGING | RELATIVE)
    return [
        " ".join([_strip_clitic(words[i]), *words[i + 1 :]])
        for i in range(1, len(words) - 1)
        if words[i - 1] not in PURPOSE | TOWARDS | COVERING
    ]


def _content(key: str) -> list[str]:
    return [_bare(w) for w in key.split()]


def _sorted_content(key: str) -> str:
    return " ".join(sorted(_content(key)))


def _close(a: str, b: str) -> bool:
    if min(len(a), len(b)) <= 2:
        return a == b
    nation_a, nation_b = _nation(a), _nation(b)
    if nation_a and nation_b and nation_a != nation_b:
        return False  # "السويدية" and "السعودية", "التونسية" and "الروسية": two states, however alike spelt
    return fuzz.ratio(a, b) >= WORD_SIMILARITY


# One state spelt two ways: "أميركا" and "أمريكا", "سورية" and "سوريا".
NATION_VARIANTS = {"اميركا": "امريكا", "سوريه": "سوريا"}


@lru_cache(maxsize=1)
def _nation_stems() -> dict[str, str]:
    """The stem of each state's name, as its nisba carries it, and the state: "سويد" → "السويد", "سعود" →
    "السعوديه"."""
    stems = {}
    for name in COUNTRIES:
        if name.startswith("و"):
            continue  # the forms with a conjunction
        for bare in {name, name.removeprefix("ال")}:  # "الأردن", and "ألمانيا", whose «ال» is no article
            for cut in ("يه", "يا", "ا", "ه"):
                if bare.endswith(cut) and len(bare) - len(cut) >= 3:
                    bare = bare[: -len(cut)]
                    break
            stems[bare] = NATION_VARIANTS.get(name, name)
    return stems


@lru_cache(maxsize=4096)
def _nation(word: str) -> str | None:
    """The state a word names or qualifies ("السويدية", "السويدي", "السويد" → "السويد"), or None."""
    bare = word.removeprefix("ال")
    stems = _nation_stems()
    for cut in ("يه", "ي", "يا", "ا", "ه", ""):
        if bare.endswith(cut):
            stem = bare[: len(bare) - len(cut)]
            if stem in stems:
                return stems[stem]
    return None


def _definite_word(word: str) -> bool:
    """ "السياسي", "الريف", "البرازاني": one word with the article. Arabic's common words take it, and
    a letter more or less makes another of them ("السياسي" / "السيسي", "الريف" / "ظريف", "القادة" /
    "القاعدة"); foreign names, spelt many ways ("بوتن"), do not."""
    return len(word) > 3 and word.startswith("ال")


def _same_letters(a: str, b: str) -> bool:
    """The same letters in another order: "برازاني" and "بارزاني", a misspelling rather than another word."""
    return sorted(a) == sorted(b)


def _inflection(a: str, b: str) -> bool:
    """One word is the other with a letter added at its end: the name "تركي" and "تركيا", "روسي" and "روسيا"."""
    short, long = sorted((a, b), key=len)
    return len(long) == len(short) + 1 and long.startswith(short)


def _same_words(a: str, b: str) -> bool:
    """Every word of each side has a close counterpart on the other: a spelling variant, not another
    body. "التركية" and "الروسية" are not close, so the two defence ministries never meet."""
    wa, wb = _content(a), _content(b)
    return all(any(_close(x, y) for y in wb) for x in wa) and all(any(_close(y, x) for x in wa) for y in wb)


class AliasIndex:
    """Exact and fuzzy lookup of mentions among (alias, canonical name) pairs.

    Canonical names are aliases of themselves. ``persons`` names the canonical entries that are
    people, so a name closing a longer mention ("… اللواء يوري بورينكوف") is preferred to the body
    the mention opens with.
    """

    def __init__(
        self,
        aliases: Iterable[tuple[str, str]],
        *,
        threshold: float = DEFAULT_THRESHOLD,
        persons: Iterable[str] = (),
        outlets: Iterable[str] = (),
        anonymous: Iterable[str] = (),
    ) -> None:
        self.threshold = threshold
        self._exact: dict[str, str] = {}
        for alias, canonical in aliases:
            for key in filter(None, (mention_key(alias), mention_key(canonical))):
                known = self._exact.setdefault(key, canonical)
                if known != canonical:
                    raise ValueError(f"alias {alias!r} names both {known!r} and {canonical!r}")
        self._keys = list(self._exact)
        # Words in sorted order, so that plain ratio gives token_sort_ratio without sorting every key
        # at every lookup.
        self._content_keys = [_sorted_content(k) for k in self._keys]
        self._persons = frozenset(persons)
        self._outlets = frozenset(outlets)
        self._anonymous = frozenset(anonymous)
        self._person_keys = [k for k in self._keys if self._exact[k] in self._persons and " " in k]
        # segment() asks for one mention several times (coreference, names, frames); the index never
        # changes, so an answer is kept, up to CACHE_SIZE of them.
        self._answer = lru_cache(maxsize=CACHE_SIZE)(self._resolve)
        self._person_content = [_sorted_content(k) for k in self._person_keys]

    @classmethod
    def from_registry(cls, path: Path | None = None) -> AliasIndex:
        """Index every name, English name, domain and alias of the registry file."""
        entries = load_registry(path)
        pairs = [
            (alias, entry["name"])
            for entry in entries
            for alias in (entry["name"], entry["name_en"], entry["domain"], *entry["aliases"])
            if alias
        ]
        return cls(
            pairs,
            persons=(e["name"] for e in entries if e["kind"] == "person"),
            outlets=(e["name"] for e in entries if e["kind"] in OUTLET_KINDS),
            anonymous=(e["name"] for e in entries if e["kind"] == "anonymous"),
        )

    def resolve(self, mention: str) -> Match | None:
        """The canonical source a mention names, or None.

        Tries in turn: an exact alias (also without clitic, title or trailing qualifier), a known
        person named at the end, a fuzzy alias with the same words, a known person named at the end
        in another spelling, an alias opening the mention, an alias closing it. "لوكالة سبوتنيك" → Match("وكالة سبوتنيك", 1.0, "exact");
        "قوات سوريه الديموقراطيه" → Match("قوات سوريا الديمقراطية", 0.9756, "fuzzy");
        "الشبكة السورية لحقوق الإنسان" → the Syrian Network, never the Syrian Observatory.
        """
        return self._answer(mention)

    def _resolve(self, mention: str) -> Match | None:
        key = mention_key(mention)
        if not key:
            return None
        forms = _reductions(key)
        match = (
            self._first_exact(forms)
            or self._outlet_described(key)
            or self._person_at_end(key)
            or self._best_fuzzy(forms)
            or self._person_spelled_at_end(key)
            or self._first_exact(p for form in forms for p in _prefixes(form))
            or self._first_exact(_suffixes(key))
        )
        if match and match.canonical in self._anonymous and self._described_further(key, forms, match):
            # "وسائل إعلام إسرائيلية" is no more "مصادر إعلامية" than "وسائل الإعلام الرسمية" is Russian
            # media: a nationality or a side said of an unnamed kind of source is part of what it is.
            return None
        return match

    def _described_further(self, key: str, forms: list[str], match: Match) -> bool:
        """Not an alias as written (of as many words as the mention), and described beyond the kind."""
        written = any(f in self._exact for f in forms if len(f.split()) == len(key.split()))
        return not written and _described_further(key, match.canonical)

    def knows(self, mention: str) -> bool:
        """The mention is an alias or canonical name as it stands: "المرصد" is, "المرصد قال" is not."""
        return mention_key(mention) in self._exact

    def canonical_name(self, mention: str) -> str | None:
        """The canonical name :meth:`resolve` finds, or None: the resolver ``segment()`` takes."""
        match = self.resolve(mention)
        return match.canonical if match else None

    def _first_exact(self, keys: Iterable[str]) -> Match | None:
        found = next((k for k in keys if k in self._exact), None)
        return Match(self._exact[found], 1.0, "exact") if found else None

    def _outlet_described(self, key: str) -> Match | None:
        """A registered outlet named with its nationality or «الرسمية»/«للأنباء» around the name."""
        hit = self._first_exact(_outlet_cores(key))
        return hit if hit and hit.canonical in self._outlets else None

    def _person_at_end(self, key: str) -> Match | None:
        hit = self._first_exact(_suffixes(key))
        return hit if hit and hit.canonical in self._persons else None

    def _person_spelled_at_end(self, key: str) -> Match | None:
        """A known person's name closing the mention in another spelling: "… ايجور كوناشنكوف".

        Only the last two or three words are tried, and only against people's names of two words or
        more, with the same word-by-word check as any fuzzy match.
        """
        words = _cut_at(key.split(), BELONGING | RELATIVE)
        for n in (3, 2):
            if len(words) <= n:
                continue
            tail = " ".join(words[-n:])
            query = _sorted_content(tail)
            for _, score, i in process.extract(
                query, self._person_content, scorer=fuzz.ratio, score_cutoff=self.threshold
            ):
                if _same_words(tail, self._person_keys[i]):
                    return Match(self._exact[self._person_keys[i]], round(score / 100, 4), "fuzzy")
        return None

    def _best_fuzzy(self, forms: list[str]) -> Match | None:
        hits = [m for m in map(self._fuzzy, forms) if m]
        return max(hits, key=lambda m: m.score, default=None)

    def _fuzzy(self, key: str) -> Match | None:
        if len(key) < 4:
            return None
        query = _sorted_content(key)
        scorer, cutoff = fuzz.ratio, self.threshold
        one_word = " " not in query
        if one_word:  # one word is too easily another: "الأمير" is not "أمريكا"
            cutoff = max(cutoff, ONE_WORD_THRESHOLD)
        for _, score, i in process.extract(query, self._content_keys, scorer=scorer, score_cutoff=cutoff):
            if one_word and _inflection(query, self._content_keys[i]):
                continue
            if one_word and _definite_word(key) and not _same_letters(query, self._content_keys[i]):
                continue  # "السياسي" is no "السيسي", "الريف" no "ظريف"; "البرازاني" is "البارزاني"
            if _same_words(key, self._keys[i]):
                return Match(self._exact[self._keys[i]], round(score / 100, 4), "fuzzy")
        return None


def load_registry(path: Path | None = None) -> list[dict]:
    """The registry entries: name, name_en, kind, affiliation, parent, domain, aliases.

    Without ``path``, registry.json and then the gazetteer people.json, whose parents may be
    registry entries. A file is a list of entries or, like people.json, an object whose "entries"
    are that list beside a note on where they come from.
    """
    return [entry for one in ([path] if path else [REGISTRY_PATH, GAZETTEER_PATH]) for entry in _entries(one)]


def _entries(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    return data["entries"] if isinstance(data, dict) else data


@dataclass(frozen=True)
class UnknownSource:
    """What a mention with no registry entry says about its source."""

    name: str
    kind: str
    affiliation: str
    qualifier: str | None
    parent_mention: str | None


def describe_unknown(mention: str) -> UnknownSource:
    """Kind, affiliation, qualifier and parent mention read from the wording of an unregistered mention.

    "مصادر محلية في بنش" → anonymous, qualifier "محلية"; "الناطق باسم جيش النصر" → person, parent
    "جيش النصر"; "وزير الدفاع السوري" → person, parent "وزارة الدفاع السوري"; "موقع الحدث" → outlet.
    A bare name ("زومر") is taken for a person; a bare definite noun of no known kind ("الجهات
    المنفذة"), whose referent only the surrounding text knows, for an anonymous source. The name is
    the mention as written without quotes and a leading "و/ل"; a person's own name where one is given.
    """
    words = _clean_words(mention)
    keys = [normalize_key(w) for w in words]
    if not words:
        return UnknownSource("", "anonymous", "unknown", None, None)
    if _bare(keys[0]) in ANONYMOUS_HEADS:
        return _anonymous(words, keys)
    return _person(words, keys) or _organisation(words, keys)


def _clean_words(mention: str) -> list[str]:
    """Words as written, punctuation gone, commas kept as "،" tokens, no leading preposition."""
    text = PUNCT.sub(" ", COMMA.sub(" ، ", strip_invisible(unicodedata.normalize("NFKC", mention))))
    words = text.split()
    while words and normalize_key(words[0]) in (*CLITICS, "،"):
        words = words[1:]
    if words:
        words[0] = _strip_clitic_as_written(words[0])
    return words


def _strip_clitic_as_written(word: str) -> str:
    key = normalize_key(word)
    stripped = _strip_clitic(key)
    while stripped != key and word:
        if key.startswith("لل") and stripped == "ال" + key[2:]:
            return "ا" + word[1:]
        word = word[1:].lstrip(DIACRITICS)
        key = normalize_key(word)
    return word


def _without_lam(word: str) -> str:
    """ "التابعة لإيران" → "إيران", "التابع للثوار" → "الثوار": after these the لـ is always a preposition."""
    key = normalize_key(word)
    if key.startswith("لل"):
        return "ا" + word[1:]
    return word[1:].lstrip(DIACRITICS) if key.startswith("ل") and len(key) > 2 else word


def _join(words: list[str]) -> str | None:
    return " ".join(w for w in words if w != "،") or None


def _lookup(key: str, table: dict[str, str]) -> str | None:
    for form in (key, _strip_clitic(key), key[1:] if key[:1] in CLITICS else key):
        found = table.get(form) or table.get(_bare(form))
        if found:
            return found
    return None


def _affiliation(keys: list[str], *, states: bool) -> str:
    """The first camp a political word names, else, where ``states`` allows, a nationality.

    Political words win: "الجيش السوري الحر" is opposition although "السوري" alone reads as Damascus.
    """
    tables = (POLITICAL_WORDS, STATE_WORDS) if states else (POLITICAL_WORDS,)
    found = (a for table in tables for a in (_lookup(k, table) for k in keys) if a)
    return next(found, "unknown")


def _anonymous(words: list[str], keys: list[str]) -> UnknownSource:
    follows = keys[1] if len(keys) > 1 else "،"
    plain = follows not in QUALIFIERS and follows != "،" and _strip_clitic(follows) == follows
    qualifier = words[1] if plain else None
    return UnknownSource(_join(words) or "", "anonymous", _affiliation(keys, states=True), qualifier, None)


def _role_at(keys: list[str], start: int) -> tuple[str, ...] | None:
    return next((r for r in ROLES if tuple(keys[start : start + len(r)]) == r), None)


def _person(words: list[str], keys: list[str]) -> UnknownSource | None:
    start = 0
    while start < len(keys) and keys[start] in HONORIFICS:
        start += 1
    role_at = next((i for i in range(start, len(keys)) if _role_at(keys, i)), None)
    if start == 0 and role_at != 0:
        return None
    if role_at is None:
        name, parent = _own_name(words[start:], keys[start:]), None
    else:
        name, parent = _name_and_body(words, keys, start, role_at)
    affiliation = _affiliation(keys, states=role_at is not None)
    return UnknownSource(_join(name) or _join(words) or "", "person", affiliation, None, parent)


def _own_name(words: list[str], keys: list[str]) -> list[str]:
    # "الكاتب الأمريكي إريك كورتليسا": the adjective belongs to the title, not to the name;
    # "المسؤول الألماني" has no name at all.
    while keys and _bare(keys[0]) in NATIONALITIES:
        words, keys = words[1:], keys[1:]
    return words


def _name_and_body(
    words: list[str], keys: list[str], start: int, role_at: int
) -> tuple[list[str], str | None]:
    """ "الدكتور X مسؤول Y", "الناطق باسم Y أبو X", "رئيس Y، X", "رئيس Y اللواء X": X speaks for Y."""
    role = _role_at(keys, role_at) or ()
    body_start = role_at + len(role)
    split = _name_boundary(keys, body_start)
    body = words[body_start:split]
    if role == MINISTER and body:
        body = ["وزارة", *body]
    after_rank = split + (split < len(keys) and keys[split] in HONORIFICS)
    name = words[start:role_at] or words[after_rank:]
    parent = _join([_strip_clitic_as_written(body[0]), *body[1:]]) if body else None
    return name, parent


def _name_boundary(keys: list[str], start: int) -> int:
    """Where the body a role speaks for ends and the person's name begins (a comma, a rank, a kunya)."""
    kunya = normalize_key("أبو")
    return next((i for i in range(start + 1, len(keys)) if keys[i] in {"،", kunya} | HONORIFICS), len(keys))


def _organisation(words: list[str], keys: list[str]) -> UnknownSource:
    kind = _kind(keys)
    parent = None
    if kind == "document" and len(words) > 1:
        parent = _join([_strip_clitic_as_written(words[1]), *words[2:]])
    belongs = next((i for i, k in enumerate(keys) if i and k in BELONGING), None)
    if belongs is not None and belongs + 1 < len(words):
        parent = _join([_without_lam(words[belongs + 1]), *words[belongs + 2 :]])
    states = kind in {"government", "military", "anonymous"}
    return UnknownSource(_join(words) or "", kind, _affiliation(keys, states=states), None, parent)


def _kind(keys: list[str]) -> str:
    """Kind from the head noun; "الجيش …" and "جيش النظام" are a state army, "جيش X" a faction."""
    head = _bare(keys[0])
    if head not in KIND_HEADS[0][1] and any(_bare(k) in RIGHTS for k in keys):
        return "monitor"
    if keys[0] == normalize_key("الجيش") or keys[:2] == ["جيش", "النظام"]:
        return "military"
    kind = next((kind for kind, heads in KIND_HEADS if head in heads), None)
    return kind or ("anonymous" if keys[0].startswith("ال") else "person")
