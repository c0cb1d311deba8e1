"""Who a mention refers to, within one article.

A definite mention refers back to the latest source with the same head noun ("الفريق الحقوقي" →
"فريق منسقو الاستجابة"); a shorter mention inside a longer one is the same source ("زومر", "المرصد
السوري"); a statement ("البيان") belongs to whoever issued it; a verb with no subject keeps the speaker.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from claims.text.adverbials import strip_suffix
from claims.text.lexicon import (
    CUES,
    DOCUMENTS,
    FUNCTION,
    GIVEN_NAMES,
    MASDARS,
    ONE_OF,
    PARTICIPLES,
    SAME_HEAD,
    SOURCE_HEADS,
    SOURCE_HEADS_OR_TITLES,
    TITLES,
)
from claims.text.tokens import fold, is_definite, stem, strip_article
from sources.matching import NATIONALITIES

Resolve = Callable[[str], "str | None"]
IGNORED = FUNCTION | {"في", "من", "ل", "و"}
# Heads that also name things that cannot speak: "حركة الرياح", "غرفة النوم", "وفق حساب بسيط".
UNTELLING = frozenset(
    fold("حركة جبهة غرفة دائرة حساب كلمة لقاء اتصال خطاب مقطع صفحة فيديو تسجيل منشور مؤتمر").split()
)
TELLING_HEADS = SOURCE_HEADS - UNTELLING
RELATIVE_WHAT = frozenset(["ما", "لما", "مما", "بما"])  # "بحسب ما", "لما قالت"
ORDINALS = frozenset(
    fold(w)
    for w in "الأول الأولى الثاني الثانية الثالث الثالثة الرابع الرابعة الخامس الخامسة السادس السادسة السابع "
    "السابعة الثامن الثامنة التاسع التاسعة العاشر العاشرة".split()
)
SKELETON_LETTERS = 4  # a shorter skeleton ("عون" → "عن") is too many names
# Letters that spell one foreign sound several ways: g as غ, ج or ك; hamza on any seat.
SOUNDS = str.maketrans({"غ": "ك", "ج": "ك", "ق": "ك", "و": None, "ي": None, "ا": None, "ء": None})


@lru_cache(maxsize=4096)
def _skeletons(name: str) -> tuple[str, ...]:
    return tuple(skeleton(w) for w in fold(name).split())


@lru_cache(maxsize=4096)
def skeleton(word: str) -> str:
    """A foreign name without its long vowels, hamzas and doubled letters, g written one way: "كارديل" and "كاردل"
    → "كردل", "أفيغدور" and "أفيجدور" → "افكدر", "ديمتري" and "دميتري" → "دمتر"."""
    folded = fold(word)
    rest = folded[1:].translate(SOUNDS)
    letters = folded[:1] + rest
    return "".join(c for k, c in enumerate(letters) if not k or c != letters[k - 1])


FORWARD_LOOKS = 50
BACK_LOOKS = 200  # older sources are out of reach of a bare "المصادر"


@dataclass
class Entity:
    source: str
    resolved: bool  # named by the resolver rather than by the article's own words
    # The short definite name that introduced it ("المرصد السوري"), for a fuller form found later.
    stems: tuple[str, ...] = ()
    order: int = 0


@dataclass(frozen=True)
class Alias:
    stems: frozenset[str]
    head: str
    entity: Entity
    order: int
    another: bool = False  # "مصدر آخر": a second one of the kind, whom a bare "المصدر" does not take up


def mention_stems(words: list[str]) -> list[str]:
    """Comparable stems of a mention's words: "الأطباء" → "طبيب", "المنسقين" → "منسق"."""
    stems = [stem(w) for w in words if w not in IGNORED]
    return [SAME_HEAD.get(s, s) for s in stems if s]


# Adjectives a document takes: "دراسة جديدة", "تقرير مطول", "بيان مشترك" (besides those of relation, in «ـي»).
DOCUMENT_ADJECTIVES = frozenset(
    fold(w)
    for w in "جديد جديدة مطول مطولة مشترك مشتركة سابق سابقة آخر أخرى سري سرية خاص خاصة مفصل مفصلة مصور مصورة"
    " مكتوب مكتوبة مقتضب مقتضبة منفصل منفصلة لاحق لاحقة أولي أولية أخير أخيرة مماثل مماثلة مسرب مسربة".split()
)


def describes_document(word: str) -> bool:
    """ "صحفي", "استراتيجي", "عبرية", "فصليا", "جديدة": an adjective of the document before it, not its issuer."""
    if is_definite(word):
        return False  # "بيان الخارجية": an indefinite document's issuer is definite, its adjective is not
    bare = word.removesuffix("ا") if word.endswith("يا") else word
    return (len(bare) >= 4 and bare.endswith(("ي", "يه"))) or bare in DOCUMENT_ADJECTIVES


def issuer_follows(words: list[str]) -> bool:
    """ "بيان المنسقين", "تقرير للوكالة", "بيان وزارة الدفاع": the document's issuer follows it;
    not in "الرسالة المكتوبة" or "بيان صحفي" (an adjective) or "تحليل التسلسل الزمني" (a thing, not a speaker)."""
    if len(words) < 2 or is_definite(words[0]) or strip_article(words[0]) not in DOCUMENTS:
        return False
    if describes_document(words[1]):
        return False
    after = words[1][1:] if words[1].startswith("ل") and not words[1].startswith("لل") else words[1]
    return (
        not is_definite(after)
        or stem(after) in SOURCE_HEADS_OR_TITLES
        or strip_article(after) in SOURCE_HEADS
    )


class Coreference:
    """Sources seen so far in one article, in order."""

    def __init__(self, resolve: Resolve | None) -> None:
        self._resolve = resolve
        self._aliases: list[Alias] = []
        self._by_stem: dict[str, list[Alias]] = {}
        self._documents: dict[str, tuple[int, Entity]] = {}
        self.last: Entity | None = None

    def canonical(self, text: str) -> str | None:
        return self._resolve(text) if self._resolve and text else None

    def knows(self, words: list[str], surface: str) -> bool:
        """Whether a noun phrase after "بحسب"/"وفق" names a source ("المرصد", "زومر") and not a rule or an agreement."""
        stems = mention_stems(words)
        if not stems:
            return False
        head = strip_article(words[0])
        if head not in TELLING_HEADS and words[0].startswith("ل") and not is_definite(words[0]):
            head = strip_article(words[0][1:])  # "لوكالة سبوتنيك"; but "لواء" is a brigade
        # "الحوثيون :", "وقال السوريون": a definite plural of a nisba names people.
        people = len(words) == 1 and is_definite(words[0]) and words[0].endswith("يون")
        return (
            people
            or _personal_name(words)
            or head in TELLING_HEADS
            or stem(head) in TELLING_HEADS
            or strip_suffix(head.removesuffix("نا")) in TITLES  # "مراسلنا", "مراسلها"
            or any(strip_article(w) in TITLES for w in words[1:4])
            or self._antecedent(stems) is not None
            or bool(self.canonical(surface))
        )

    def _antecedent(self, stems: list[str]) -> Alias | None:
        wanted = set(stems)
        candidates = min((self._by_stem.get(s, []) for s in wanted), key=len)
        # "اللجنة" after "عضو اللجنة الشرعية …، عبدالله المحيسني": a body is not the person its name described.
        body = stems[0] in SOURCE_HEADS and stems[0] not in TITLES
        bare = len(wanted) == 1
        return next(
            (
                a
                for a in reversed(candidates[-BACK_LOOKS:])
                if wanted <= a.stems
                and not (body and a.head in TITLES and a.head != stems[0])
                and not (bare and a.another)
            ),
            None,
        )

    def refers_back(self, words: list[str]) -> bool:
        """Whether a mention names a source seen before: "اللجنة" after "أعلنت اللجنة الدستورية"."""
        stems = mention_stems(words)
        return bool(stems) and self._antecedent(stems) is not None

    def _same_head(self, head: str) -> Alias | None:
        candidates = self._by_stem.get(head, [])
        return next((a for a in reversed(candidates[-BACK_LOOKS:]) if a.head == head and not a.another), None)

    def refer(self, words: list[str], surface: str, name: str, *, speaking: bool = True) -> Entity | None:
        """The entity a mention names; registers the mention for later ones.

        "أكد الفريق الحقوقي" after "أعلن فريق (منسقو الاستجابة)" → the entity named "فريق منسقو الاستجابة".
        """
        words = [w for w in words if w not in IGNORED]
        stems = mention_stems(words)
        if not stems:
            return None
        entity = self._refer(words, stems, surface, name)
        if entity.resolved:
            # "ونقلت سانا عن مصدر …": a later "الوكالة" is the agency the registry named, by its canonical head.
            stems = stems + [s for s in mention_stems(fold(entity.source).split()) if s not in stems]
        another = len(words) > 1 and words[1] in ANOTHER
        self._register(stems, entity, another=another)
        if speaking and not another:
            self.last = entity
        return entity

    def _refer(self, words: list[str], stems: list[str], surface: str, name: str) -> Entity:
        if stems[0] in DOCUMENTS and (len(stems) == 1 or is_definite(words[0])):
            return self._issuer(stems, name)
        if stems[0] in DOCUMENTS and issuer_follows(words) and self.canonical(surface) is None:
            return self._refer(words[1:], stems[1:], name, name)
        if stems[0] in DOCUMENTS and len(words) > 1 and words[1].startswith("لل"):
            # "تقرير للبنتاغون": «لـ» and a body the registry knows, whose document it is
            issuer = self.canonical(" ".join([words[1][1:], *words[2:]]))
            if issuer:
                return Entity(issuer, True)
        short = [w for w in fold(name).split() if w not in IGNORED]
        antecedent = self._antecedent(stems) or (self._antecedent(mention_stems(short)) if short else None)
        if antecedent is not None:
            return antecedent.entity
        # "المتحدث باسم البيت الأبيض جون إيرنست": the person the title names, not the body it speaks for.
        titled = (
            strip_article(words[0]) in TITLES
            and len(short) >= 2
            and words[-len(short) :] == short
            # "المتحدث باسم التحالف بقيادة الولايات المتحدة": no person named; only a family name carries the article
            and not _article_inside(short)
            and not any(w in FUNCTION or w in RELATIVE_WHAT for w in short)
        )
        # "فيكتور بونداريف رئيس لجنة الدفاع في مجلس الاتحاد الروسي": the person named before the title.
        leading = (
            len(short) >= 2
            and len(words) > len(short)
            and words[: len(short)] == short
            and strip_article(words[len(short)]) in TITLES
            and not _article_inside(short)
            and not any(w in FUNCTION or w in RELATIVE_WHAT for w in short)
        )
        canonical = (
            self.canonical(name) if titled or leading else self.canonical(surface) or self.canonical(name)
        )
        if canonical:
            return Entity(canonical, True)
        for phrase in (words, short):
            # "القناة العاشرة" after "القناة 20": a number or an ordinal tells another one of the kind.
            if any(w.isdigit() or w in ORDINALS for w in phrase):
                continue
            if phrase and is_definite(phrase[0]) and len(phrase) <= 3:
                same = self._same_head(mention_stems(phrase)[0])
                if (
                    same is not None
                    and not _another_person(phrase, same.entity.source)
                    and not _another_nisba(mention_stems(phrase), same.stems)
                ):
                    return same.entity
        if fold(name) == THE_SOURCE and self.last is not None and _unnamed(self.last):
            # "وأضاف المصدر" after "قال أحد المحاصرين في حويجة قاطع": the one who spoke, unnamed, before.
            return self.last
        spelled = self._spelled(short)
        if spelled is not None:
            return spelled
        definite = bool(short) and is_definite(short[0]) and len(short) <= 3
        return Entity(name, False, tuple(mention_stems(short)) if definite else (), len(self._aliases))

    def _spelled(self, words: list[str]) -> Entity | None:
        """ "كاردل" after "برنيل دالر كارديل", "يعالون" after "موشيه يعلون": a name of one or two words spelt as a
        source named before is spelt, but for the long vowels, doubled letters and the letter for g."""
        if not 1 <= len(words) <= 2 or is_definite(words[0]):
            return None
        wanted = tuple(skeleton(w) for w in words)
        if len(wanted[-1]) < SKELETON_LETTERS:
            return None
        seen: set[int] = set()
        for alias in reversed(self._aliases[-BACK_LOOKS:]):
            entity = alias.entity
            if id(entity) in seen:
                continue
            seen.add(id(entity))
            if _skeletons(entity.source)[-len(wanted) :] == wanted:
                return entity
        return None

    def _issuer(self, stems: list[str], name: str) -> Entity:
        """ "البيان", "الرسالة المكتوبة": the document named before, or whoever issued one, or the last speaker."""
        antecedent = self._antecedent(stems) or self._same_head(stems[0])
        order, issuer = self._documents.get(stems[0], (-1, None))
        if antecedent is not None and antecedent.order >= order:
            return antecedent.entity
        return issuer or self.last or Entity(name, False)

    def _register(self, stems: list[str], entity: Entity, *, another: bool = False) -> None:
        alias = Alias(frozenset(stems), stems[0], entity, len(self._aliases), another)
        self._aliases.append(alias)
        for s in alias.stems:
            self._by_stem.setdefault(s, []).append(alias)

    def issued(self, document: str, entity: Entity) -> None:
        """ "أعلن المركز … في بيان" — a later "البيان" is the centre's."""
        self._documents[document] = (len(self._aliases), entity)

    def finish(self) -> None:
        """Give a short name seen first ("المرصد السوري") the fuller form the article uses later."""
        entities = {id(a.entity): a.entity for a in self._aliases}.values()
        for entity in [e for e in entities if e.stems and not e.resolved]:
            head, stems = entity.stems[0], frozenset(entity.stems)
            later = self._by_stem.get(head, [])
            first = bisect_right(later, entity.order - 1, key=lambda a: a.order)
            for other in later[first : first + FORWARD_LOOKS]:
                if other.head == head and stems < other.stems and other.entity is not entity:
                    entity.source, entity.resolved = other.entity.source, other.entity.resolved
                    break


THE_SOURCE = fold("المصدر")
# "مصدر آخر", "مصادر أخرى": a second source of the kind, told apart from the one the article follows.
ANOTHER = frozenset(fold(w) for w in "آخر أخرى آخرون آخرين".split())


def _unnamed(entity: Entity) -> bool:
    """A speaker the article describes without naming: "أحد المحاصرين", "مسؤول أمن إسرائيلي"."""
    words = fold(entity.source).split()
    if entity.resolved or not words:
        return False
    # "مسؤول أمن إسرائيلي", "ضابط في الشرطة"; not "رئيس الوزراء العراقي", one person the title names.
    described = strip_article(words[0]) in TITLES and not any(is_definite(w) for w in words[:2])
    return words[0] in ONE_OF or described


def _article_inside(name: list[str]) -> bool:
    """A word with the article before the last one of a name, not after «عبد»: "الولايات المتحدة" is no
    person's name, "عبد السلام عبد الرزاق" is."""
    return any(is_definite(w) and (k == 0 or name[k - 1] != "عبد") for k, w in enumerate(name[:-1]))


def _another_person(words: list[str], source: str) -> bool:
    """ "الطبيب أبو محمد" after "الطبيب ضياء العبد الله": a title and a name of the person's own (two words, or a
    given name) that the one named before does not bear; "الرئيس عون" is still "ميشال عون", "المصدر نفسه" the
    source named before."""
    if strip_article(words[0]) not in TITLES:
        return False
    names = [w for w in words[1:] if _own_name(w)]
    if len(names) < 2 and not any(w in GIVEN_NAMES for w in names):
        return False
    return not set(mention_stems(names)) & set(mention_stems(fold(source).split()))


def _another_nisba(stems: list[str], before: frozenset[str]) -> bool:
    """ "الوزير الفرنسي" after "وزير الخارجية السعودي عادل الجبير", "الجيش الأمريكي" after "القوات الروسية": one
    head, and a different country's adjective each; another minister, another army."""
    own, other = _countries(stems), _countries(before)
    return bool(own) and bool(other) and own.isdisjoint(other)


def _countries(stems: list[str] | frozenset[str]) -> set[str]:
    """The adjectives of nationality among stems, one spelling and gender: "الأميركية" and "الأمريكي" alike."""
    bare = (s.removesuffix("ه").replace("اميرك", "امريك") for s in stems)
    return {s for s in bare if s in NATIONALITIES}


NOT_NAMES = FUNCTION | PARTICIPLES | MASDARS | frozenset(CUES)  # particles, participles, verbal nouns, verbs


def _own_name(word: str) -> bool:
    """A word that can be a person's name: no article, pronoun, preposition, participle, verb or verbal noun
    ("مستدركا", "هنا", "لكارديل", "مزاعم" are none)."""
    return (
        len(word) >= 3
        and not is_definite(word)
        and strip_suffix(word) == word
        and word[0] not in "بل"
        and not word.startswith("ال")  # "الع ماني": an adjective spaced apart
        and word not in NOT_NAMES
        and not word.endswith("ا")
    )


PERSONAL_NAME_WORDS = (2, 4)  # "عصام الريس", "محمد علي الحسن", "عبد الله بن عبد العزيز"


def _personal_name(words: list[str]) -> bool:
    """ "عصام الريس", "صهيب ارحيل": a given name and the words of a name after it, none of them a function word."""
    low, high = PERSONAL_NAME_WORDS
    return (
        low <= len(words) <= high
        and words[0] in GIVEN_NAMES
        and all(w not in FUNCTION and w.isalpha() for w in words[1:])
    )
