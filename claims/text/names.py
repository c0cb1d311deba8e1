"""A readable name for a source mention when no registry entry matches it.

"الناطق باسم فصيل جيش النصر أبو المجد الحمصي" → "أبو المجد الحمصي";
"مرصد تعقب حركة الطيران التابع للثوار" → "مرصد تعقب حركة الطيران";
"بيان للمكتب الصحافي للرئاسة التركية" → "المكتب الصحافي للرئاسة التركية".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from claims.text.adverbials import is_cue_form, issuer_start
from claims.text.coref import issuer_follows
from claims.text.lexicon import (
    ATTRIBUTIVES,
    CAPITALS,
    COMMAS,
    COMPLEMENTIZERS,
    CONNECTORS,
    COUNTRIES,
    DIRECTIONS,
    DOCUMENTS,
    FUNCTION,
    GIVEN_NAMES,
    KUNYA,
    MEDIA,
    ONE_OF,
    PREPOSITIONS,
    PUBLISHED_IT,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    SOURCE_HEADS,
    SOURCE_HEADS_OR_TITLES,
    TIME,
    TITLES,
)
from claims.text.mention import masdar, registry_outlet
from claims.text.places import find_places
from claims.text.tail import IDENTITY
from claims.text.tokens import (
    Token,
    conjoined,
    fold,
    is_arabic,
    is_definite,
    is_word,
    strip_article,
    tokenize,
)

RANK_GRADES = frozenset(["اول", "ركن"])
LINKS = frozenset(["باسم", "باعمال", "لدي", "بريف"])  # "المتحدث باسم التحالف" is no given name and surname
NAME_WORDS = 4  # at most this many words of a personal name after a title
GENITIVE_WORDS = 3  # a title's genitive chain reaches a definite word within this many words
NAME_SEARCH = 200_000  # characters of an article searched for a surname's given name
NOT_GIVEN = FUNCTION | CONNECTORS | PREPOSITIONS
HEADS_OR_KUNYA = SOURCE_HEADS_OR_TITLES | KUNYA  # made once, not at each «لـ» tried
# Who may be described by the body they belong to, and the heads of such bodies ("قيادي في حزب …").
SPOKESMEN = frozenset(fold(w) for w in "مصدر مصادر قيادي قياديون مسؤولون".split())
BODIES = (
    SOURCE_HEADS - MEDIA - DOCUMENTS - TITLES - frozenset(fold(w) for w in "مصدر مصادر".split())
) | frozenset(fold(w) for w in "حزب مستشفى جامعة جماعة ائتلاف برلمان".split())
# Words that make a mention a title or a body rather than a person's name.
NOT_PERSON = SOURCE_HEADS_OR_TITLES | BODIES
NOT_NAME = NOT_GIVEN | COMPLEMENTIZERS | frozenset(["في", "من", "و", "ل", "ب"])
# A count before the speakers is no part of their name: "ثلاثة مصادر مطلعة" → "مصادر مطلعة".
COUNTS = frozenset(
    fold(w)
    for w in "اثنان اثنين ثلاثة ثلاث أربعة أربع خمسة خمس ستة ست سبعة سبع ثمانية ثماني تسعة تسع عشرة عشر "
    "عدة بضعة بضع".split()
)
# Kinds of people a source may be, unnamed, in a sound plural: "مسؤولون", "ناشطين".
PEOPLE = frozenset(
    fold(w)
    for w in "مسؤول ناشط مراقب معارض مشرع مسلح محلل دبلوماسي عسكري مقاتل مواطن سياسي صحفي صحافي مدافع منشق".split()
)
# Kin named before a person's surname: "عائلة علييف", "زوجة نتنياهو" are no given names.
KIN = frozenset(
    fold(w)
    for w in "عائلة أسرة آل زوجة زوج نجل ابنة شقيق شقيقة والد والدة أنصار مؤيدو مؤيدي حكومة نظام".split()
)
# A place noun between a body and the place's name: "شرطة مدينة سان برناردينو" is "شرطة سان برناردينو";
# with «بـ» it opens where the place lies ("… بولاية كاليفورنيا").
PLACE_KINDS = frozenset(fold(w) for w in "مدينة ولاية محافظة بلدة قرية منطقة مقاطعة إقليم".split())
TOWNS = frozenset(fold(w) for w in "مدينة بلدة قرية".split())


def _quoted_person(toks: list[Token]) -> list[Token]:
    """ "الدكتور "محمد هنداوي" مسؤول …" → the quoted name after a title; "( بكر بوزداغ ) نائب …" → the name."""
    for k in range(len(toks) - 1):
        before = toks[k - 1].text if k else ""
        titled = k > 0 and is_word(before) and strip_article(before) in TITLES
        if (toks[k].text in QUOTES_OPEN | {"("} and titled) or (k == 0 and toks[k].text == "("):
            inner = []
            for tok in toks[k + 1 :]:
                if not is_word(tok.text):
                    break
                inner.append(tok)
            # "نائب قائد « جيش اليرموك » ، سليمان الشريف": a quoted body is whose deputy, not the person.
            if inner and strip_article(inner[0].text) in SOURCE_HEADS:
                return []
            return inner
    return []


def _apposed_person(words: list[Token], toks: list[Token]) -> list[Token]:
    """ "رئيس «الاتحاد السوري الحر» لكرة الطائرة، عمار السعيد" → "عمار السعيد", "لاعب نادي «كفرنبل» الرياضي، خالد
    الأسود" → "خالد الأسود": a personal name set off by a comma after what the person is, a title or an indefinite
    noun of function; an office with no name after it ("وزير الخارجية الكويتي") stays the office."""
    comma = next((t for t in reversed(toks) if t.text in COMMAS), None)
    if comma is None:
        return []
    before = [w for w in words if w.start < comma.start]
    after = [w for w in words if w.start > comma.start]
    if len(after) > 2 and is_definite(after[0].text) and strip_article(after[0].text) in HONORIFICS:
        after = after[1:]  # "، النقيب عبد السلام عبد الرزاق": the rank before the name
    if len(before) < 2 or not 2 <= len(after) <= NAME_WORDS or is_definite(after[0].text):
        return []
    head = strip_article(before[0].text)
    described = not is_definite(before[0].text) and head not in SOURCE_HEADS | KUNYA | NOT_NAME
    if not (head in TITLES or described) or not is_arabic(head):
        return []
    if find_places(" ".join(t.text for t in after)):
        return []
    family = len(after) - 1 if is_definite(after[-1].text) else None  # "، عبد الرحمن الحاج ،": a family name
    named = all(
        is_arabic(t.text)
        and len(t.text) > 1
        and t.text not in NOT_NAME
        and (strip_article(t.text) not in NOT_PERSON or (k == family and strip_article(t.text) in HONORIFICS))
        and not is_cue_form(t.text)
        for k, t in enumerate(after)
    )
    return after if named else []


def _trailing_person(words: list[Token], toks: list[Token]) -> list[Token]:
    """ "رئيس المركز الروسي في سورية اللواء يوري بورينكوف" → "يوري بورينكوف"; after a description of what the
    person does, a name of two words or more: "تاجر الذهب التركي رضا ضراب" → "رضا ضراب"."""
    if words[-1].text.isdigit():
        return []  # "قائد الفرقة 13": the number names the division, no person
    head = strip_article(words[0].text)
    titled = head in TITLES
    described = (
        not titled
        and len(words) > 3
        and not is_definite(words[0].text)
        and is_definite(words[1].text)
        and head not in SOURCE_HEADS | KUNYA | NOT_NAME | {"عبد"}  # "عبد الملك الحوثي": a name
        and is_arabic(head)
    )
    # "المعارض السوري بسام جعارة", "الأكاديمي العراقي محمد عاشور": a definite noun of what the person is and a
    # relative adjective of where from, then the name.
    described = described or (
        not titled
        and len(words) > 3
        and is_definite(words[0].text)
        and is_definite(words[1].text)
        and words[1].text.endswith("ي")
        and not is_definite(words[2].text)
        and head not in SOURCE_HEADS | KUNYA | NOT_NAME
        and is_arabic(head)
    )
    if not (titled or described):
        return []
    k = len(words)
    last, before_last = words[-1].text, words[-2].text if k > 2 else ""
    # "عبدالله المحيسني", "عادل الجبير": a family name with the article after a given name.
    surname = is_definite(last) and before_last and not is_definite(before_last) and before_last not in LINKS
    scan = k - 1 if surname and strip_article(before_last) not in TITLES else k
    # "صباح خالد الحمد الصباح": a family name of two words with the article after the given names.
    third = words[-3].text if k > 3 else ""
    family = False
    if not surname and is_definite(before_last) and third and not is_definite(third) and third not in LINKS:
        heads = [strip_article(w.text) for w in words[-2:]]
        if titled and not any(w in NOT_PERSON for w in heads) and not last.endswith("ي"):
            scan, family = k - 2, True
    if scan == k and k and is_definite(last) and last.endswith("ي"):
        k = scan = k - 1
    first = scan
    while (
        first > 1
        and scan - first < 4
        and (
            not is_definite(words[first - 1].text)
            or words[first - 1].text == "و"
            or _inner_honorific(words, first - 1)
        )
        and words[first - 1].text not in LINKS  # "الناطق باسم جيش الاحتلال": whom he speaks for, no name
        and not _place_word(words[first - 1].text)  # "رئيس المجلس المحلي لمدينة دوما أكرم طعمة"
    ):
        first -= 1
    if first == scan or first == 0 or fold(words[first].text) in ONE_OF:
        return []  # "المهندس معن الشيخ أحد أبناء دير الزور": «أحد» describes the person named before it
    before = words[first - 1]
    if words[first].text in RANK_GRADES and first + 1 < k:  # "الفريق أول سيرغي رودسكوي"
        first += 1
    # "اللفتنانت كولونيل جوناثان كونريكوس": a rank written without the article still precedes the name.
    while first + 2 < k and strip_article(words[first].text) in TITLES and not is_definite(words[first].text):
        first += 1
    if family and not _plain_name(words[first:scan], given=True):
        return []
    if described and not _plain_name(words[first:k]):
        return []
    set_off = any(t.text in COMMAS for t in toks if before.end <= t.start < words[first].start)
    # "مدير الدفاع المدني في إدلب مصطفى الحاج يوسف": after a place, only what can only be a personal name.
    placed = _place_word(before.text) and _plain_name(
        [w for w in words[first:] if w.text not in INNER_HONORIFICS]
    )
    if not (is_definite(before.text) or set_off or placed) or words[first].text in DIRECTIONS | {"في", "من"}:
        return []
    lead = words[first].text
    if lead[0] == "ل" and find_places(lead[1:]):
        return []  # "المبعوث الأممي لسوريا": where the envoy is sent, not his name
    return words[first:]


# "مصطفى الحاج يوسف": «الحاج» between a given name and another is part of a family name.
INNER_HONORIFICS = frozenset(["الحاج"])


def _inner_honorific(words: list[Token], k: int) -> bool:
    before = words[k - 1].text if k > 0 else ""
    return (
        words[k].text in INNER_HONORIFICS
        and is_arabic(before)
        and not is_definite(before)
        and before not in NOT_NAME
    )


def _place_word(word: str) -> bool:
    """A place named or introduced: "دوما", "لمدينة", "بريف"; no part of a personal name."""
    bare = word[1:] if word[:1] in ("ل", "ب") else word
    return bool(find_places(word)) or bare in PLACE_KINDS


def _plain_name(run: list[Token], *, given: bool = False) -> bool:
    """Two or three words that can only be a personal name: no function word, preposition, body, title or place;
    with ``given``, the one or two given names before a family name ("صباح خالد" of "صباح خالد الحمد الصباح")."""
    if not (1 if given else 2) <= len(run) <= 3 or find_places(" ".join(t.text for t in run)):
        return False
    return all(
        is_arabic(t.text)
        and len(t.text) > 2
        and t.text not in NOT_NAME
        and strip_article(t.text) not in NOT_PERSON
        and not (t.text[0] == "ل" and strip_article(t.text[1:]) in NOT_PERSON)
        and not is_cue_form(t.text)
        for t in run
    )


# Ranks and honorifics written before a name, not functions: "النقيب", "المهندس"; "المتحدث باسم …" is a function.
HONORIFICS = frozenset(
    fold(w)
    for w in "دكتور لواء عماد عميد عقيد مقدم رائد نقيب ملازم شيخ سيد مهندس أستاذ حاج سفير جنرال".split()
)


def _describes(word: str) -> bool:
    """A word that opens a description of the person named before it: a title, «أحد»."""
    return fold(word) in ONE_OF or strip_article(word) in TITLES


def _inner_person(words: list[Token]) -> list[Token]:
    """ "الكولونيل ريان ديلون المتحدث باسم التحالف" → "ريان ديلون": a name between a rank and a title;
    "المهندس معن الشيخ أحد أبناء دير الزور" → "معن الشيخ", "الدكتور أحمد خالد عضو المجلس" → "أحمد خالد"."""
    k = 0
    # "اللفتنانت كولونيل كريس لوغان": a rank of two words, the second without the article.
    while k < len(words) and (is_definite(words[k].text) or k > 0) and strip_article(words[k].text) in TITLES:
        k += 1
    first = k
    while k < len(words) and k - first < NAME_WORDS:
        text = words[k].text
        if text in NOT_NAME or text in LINKS:
            return []  # "المتحدث باسم مكتب رئيس الوزراء": whom he speaks for, no name
        if k - first >= 2 and _describes(text):
            break
        if is_definite(text):
            # A family name with the article after a given name, then «أحد»: "معن الشيخ أحد أبناء …".
            if k > first and k + 1 < len(words) and fold(words[k + 1].text) in ONE_OF:
                k += 1
            break
        k += 1
    if first == 0 or k - first < 2 or k >= len(words) or not _describes(words[k].text):
        return []
    return words[first:k]


def _one_of_after_name(words: list[Token], k: int) -> bool:
    """ "أسامة الوادي أحد شرعييها": «أحد» right after two or three words that can only be a personal name."""
    return fold(words[k].text) == ONE_MAN and _plain_name(words[:k])


ONE_MAN = fold("أحد")


def _leading_person(words: list[Token]) -> list[Token]:
    """ "يحيى العريضي الناطق باسم المعارضة" → "يحيى العريضي": a name before the title that follows it; failing a
    title with the article or a definite genitive, one heading a longer genitive after a name of two words or more
    ("عبد الملك الحوثي زعيم جماعة أنصار الله")."""
    titles = [
        k
        for k, w in enumerate(words)
        if k
        and (strip_article(w.text) in TITLES or _one_of_after_name(words, k))
        and words[k - 1].text != "عبد"  # "عبد الملك": a name, no title
        and not (k == len(words) - 1 and is_definite(w.text))  # "مظفر الشيخ": a family name, heading nothing
    ]
    titled = next(
        (
            k
            for k in titles
            if is_definite(words[k].text)
            or (k + 1 < len(words) and is_definite(words[k + 1].text))
            or _one_of_after_name(words, k)
        ),
        None,
    )  # "يحيى العريضي الناطق باسم المعارضة", "أحمد طعمة رئيس الوفد", "أسامة الوادي أحد شرعييها"
    if titled is None:
        genitive = (
            k
            for k in titles
            if k > 1 and any(is_definite(g.text) for g in words[k + 1 : k + 1 + GENITIVE_WORDS])
        )
        titled = next(genitive, 0)
    head = strip_article(words[0].text)
    if not 0 < titled <= 4 or is_definite(words[0].text) or head in SOURCE_HEADS or head in TITLES:
        return []
    return words[:titled]


def _organisation(words: list[Token]) -> list[Token]:
    if issuer_follows([w.text for w in words]):
        words = words[1:]
        if (first := issuer_start(words, 0)) is not None:
            words = words[first:]  # "بيان صادر عن رئاسة الأركان", "بيان صادر اليوم عن …" → "رئاسة الأركان"
        elif len(words) > 1 and words[0].text in PUBLISHED_IT:
            words = words[1:]  # "تقرير نشرته المنظمة الدولية" → "المنظمة الدولية"
    # An indefinite description ("قيادي", "مسؤول", "مصادر"); a definite title ("المستشار في مكتب …") is a person
    # the article named.
    member = not is_definite(words[0].text) and words[0].text in TITLES | SPOKESMEN
    words = _without_town_noun(words)
    for k, word in enumerate(words):
        if k > 0 and word.text[0] == "ب" and word.text[1:] in PLACE_KINDS:
            return words[:k]  # "شرطة سان برناردينو بولاية كاليفورنيا": where the town lies
        affiliation = word.text in ATTRIBUTIVES and is_definite(word.text)
        relative = word.text in ("الذي", "التي", "الذين")  # "التحالف الذي تقوده السعودية" → "التحالف"
        # "قيادي في حزب المؤتمر الشعبي العام", "مصادر في مستشفى …": whom a person belongs to stays in the name;
        # where a body is ("مصادر محلية في إدلب") does not.
        body = member and k + 1 < len(words) and strip_article(words[k + 1].text) in BODIES
        if (
            k > 0
            and (word.text == "في" and not body or affiliation or relative)
            or (k > 1 and word.text == "من")
        ):
            return words[:k]
    return words


def _without_town_noun(words: list[Token]) -> list[Token]:
    """ "شرطة مدينة سان برناردينو" → "شرطة سان برناردينو": a body of a town named without the word «مدينة»."""
    if len(words) > 2 and words[1].text in TOWNS and strip_article(words[0].text) in BODIES:
        if not is_definite(words[2].text) and is_arabic(words[2].text):
            return [words[0], *words[2:]]
    return words


def _surface(clean: str, tok: Token) -> str:
    text = clean[tok.start : tok.end]
    if conjoined(tok.text):
        return text[1:]
    if tok.text.startswith("لل") and len(tok.text) > 4:
        return "ال" + text[2:]
    if tok.text.startswith("ل") and strip_article(tok.text[1:]) in SOURCE_HEADS:
        return text[1:]
    return text


def _without_count(words: list[Token]) -> list[Token]:
    """ "ثلاثة مصادر مطلعة" → "مصادر مطلعة"."""
    if len(words) > 1 and words[0].text in COUNTS and not is_definite(words[1].text):
        return words[1:]
    return words


def _without_outlet(words: list[Token]) -> list[Token]:
    """ "مصادر مطلعة لرويترز", "كونريكوس لفرانس برس": the outlet a name spoke to, «لـ» and a proper name closing
    the mention after a word without the article, is no part of it; "المبعوث الأممي لسوريا" (a place), "رئيس
    لجنة" and "الأمين العام لحزب الله" keep theirs."""
    for size in (1, 2):
        if len(words) < size + 1:
            return words
        lam, after = words[-size].text, [w.text for w in words[-size + 1 :]] if size > 1 else []
        before = words[-size - 1].text
        if len(lam) < 4 or lam[0] != "ل" or lam.startswith("لل") or is_definite(before):
            continue
        bare = lam[1:]
        if bare in HEADS_OR_KUNYA or strip_article(bare) in SOURCE_HEADS_OR_TITLES:
            continue
        if (
            any(is_definite(w) or w in NOT_NAME or len(w) < 2 for w in after)
            or strip_article(before) in TITLES
        ):
            continue
        if lam.endswith(("ي", "يه", "يين", "يون")):
            continue  # "مصادر لبنانية": an adjective in «ل», no outlet
        if before in KUNYA or before in ATTRIBUTIVES:
            continue
        if find_places(" ".join([bare, *after])) or find_places(" ".join([lam, *after])):
            continue  # "المبعوث الأممي لسوريا", "موقع جنوب لبنان"
        if not registry_outlet(fold(" ".join([bare, *after]))):
            continue  # "سيرجي لافروف", "أفيغدور ليبرمان": a name that opens with «ل», no outlet
        return words[:-size]
    return words


def _described_place(words: list[Token]) -> list[Token]:
    """ "روسيا الحليف الرئيسي للأسد" → "روسيا": a country or city named, then a description of it."""
    if len(words) < 3 or is_definite(words[0].text) or not is_definite(words[1].text):
        return []
    places = find_places(words[0].text)
    if not places or places[0][2] - places[0][1] != len(words[0].text) or places[0][1] != 0:
        return []
    if strip_article(words[1].text) in SOURCE_HEADS:
        return []  # "تركيا الفتاة": no body of the place described
    return words[:1]


def _quoted_after_kind(words: list[Token], toks: list[Token]) -> list[Token]:
    """'المنظمة الأميركية " فريدوم هاوس "' → "فريدوم هاوس": a definite kind of body, its qualifiers, then the
    body's own name in quotation marks closing the mention (in "حركة « أحرار الشام »" the name follows an
    indefinite head it belongs to)."""
    if len(toks) < 4 or toks[-1].text not in QUOTES_CLOSE | {")"} or not is_definite(toks[0].text):
        return []
    if strip_article(toks[0].text) not in SOURCE_HEADS - TITLES:
        return []
    k = 1
    while k < len(toks) and is_word(toks[k].text) and is_definite(toks[k].text):
        k += 1
    if k >= len(toks) - 2 or toks[k].text not in QUOTES_OPEN | {"("}:
        return []
    inner = toks[k + 1 : -1]
    return inner if inner and all(is_word(t.text) for t in inner) else []


def _without_aside(toks: list[Token]) -> list[Token]:
    """The mention without a bracketed aside longer than a name or withholding one: "المصدر ( فضل عدم ذكر اسمه
    لأسباب أمنية )" → "المصدر"; "موقع ( ميزان ) التابع …" keeps its name."""
    opened = next((k for k, t in enumerate(toks) if k > 0 and t.text == "("), None)
    if opened is None:
        return toks
    closed = next((k for k in range(opened + 1, len(toks)) if toks[k].text == ")"), len(toks))
    inner = [t.text for t in toks[opened + 1 : closed] if is_word(t.text)]
    if len(inner) <= NAME_WORDS and IDENTITY.isdisjoint(inner):  # "( فضل عدم ذكر اسمه )": a name withheld
        return toks
    return toks[:opened] + toks[closed + 1 :]


def display_name(clean: str, toks: list[Token]) -> str:
    """The name to show for a mention: a person's name after their title, an organisation without
    its location or affiliation, an outlet without the preposition ("لوكالة «سبوتنيك»" → "وكالة سبوتنيك").
    """
    toks = _without_aside(toks)
    words = [t for t in toks if (is_word(t.text) or t.text.isdigit()) and t.text != "ل"]  # "القناة 20"
    if not words:
        return ""
    words = _without_count(_without_outlet(words))
    described = _described_place(words) or _quoted_after_kind(words, toks)
    if described:
        words = toks = described
    kunya = next((k for k, w in enumerate(words) if k > 0 and w.text in KUNYA), None)
    if kunya is not None and words[kunya].text in ("بن", "ابن") and not is_definite(words[kunya - 1].text):
        kunya = kunya - 1 if kunya > 1 else None  # "محمد بن سلمان": the name starts before «بن»
    elif (
        kunya is not None
        and words[kunya].text in ("بن", "ابن")
        and kunya > 1
        and words[kunya - 2].text == "عبد"
    ):
        kunya = kunya - 2 if kunya > 2 else None  # "عبد الله بن زايد": «عبد» and the name after it open it
    chosen = (
        _apposed_person(words, toks)
        or _quoted_person(toks)
        or (words[kunya:] if kunya is not None else [])
        or _trailing_person(words, toks)
        or _inner_person(words)
        or _leading_person(words)
        or _organisation(words)
    )
    first = _surface(clean, chosen[0])
    return " ".join(_nominative([first, *(clean[t.start : t.end] for t in chosen[1:])]))


def _nominative(words: list[str]) -> list[str]:
    """Unnamed people are named by their kind in the nominative and with «ؤ»: "مسؤولين إسرائيليين وأميركيين" →
    "مسؤولون إسرائيليون وأميركيون", "مسئولون روس" → "مسؤولون روس"."""
    head = fold(words[0].replace("مسئول", "مسؤول"))
    if not head.endswith(("ين", "ون")) or head[:-2] not in PEOPLE:
        return words
    out = [words[0].replace("مسئول", "مسؤول")[:-2] + "ون"]
    for word in words[1:]:
        if not fold(word).endswith(("يين", "يون")) or len(word) < 5:
            break
        out.append(word[:-2] + "ون")
    return out + words[len(out) :]


def given_name(
    clean: str, folded: str, surname: str, known: Callable[[str], bool] | None = None
) -> str | None:
    """The full name the article gives a surname used alone: "جون كيري" for "كيري", "عبدالله المحيسني" for
    "المحيسني". The given name is the word most often written right before it that is not a verb, a title, a
    function word or a definite noun, nor a name ``known`` as another's ("ابلغ عون كارديل": «عون» is the president)."""
    key = fold(surname)
    # "المعارضة", "الوكالة" are nouns, "المحيسني" a name; a definite family name ("فائز السراج") is told from a
    # noun ("عناصر الجيش") by a given name the list knows before it.
    common = is_definite(key) and not key.endswith("ي")
    if len(key) < 3 or strip_article(key) in SOURCE_HEADS:
        return None
    if common and (key.endswith(("ات", "ون")) or key in NOT_FAMILY):
        return None  # "رفعت المحافظات" (the governorates raised), "جمال الله", "فيصل الأول": no family name
    if key in COUNTRIES or key in CAPITALS:
        return None  # "وتتهم كييف موسكو", "أغضبت تونس": a state has no given name
    found: Counter[str] = Counter()
    spans = {}
    for start, end, word in _words_before(folded[:NAME_SEARCH], key):
        if is_definite(word) and folded[max(0, start - 4) : start] == "عبد ":
            start, word = (
                start - 4,
                "عبد " + word,
            )  # "عبد الهادي القصبي": «عبد» and a definite name are one name
        elif (
            (is_definite(word) and clean[start : start + 1] not in "إأ")  # "إلهام علييف": no article
            or not is_arabic(word)
            or len(word) < 3
            or word in NOT_GIVEN
            or word in COMPLEMENTIZERS
            or is_cue_form(word)
            or (word[0] in "بل" and masdar(word[1:]))  # "سمحت إسرائيل بدخول ندى أمين": «بـ» and a verbal noun
        ):
            continue
        elif strip_article(word) in TITLES or strip_article(word) in SOURCE_HEADS or word in KIN:
            continue
        found[word] += 1
        spans.setdefault(word, (start, end))
    # "وندد أوباما": a word with a glued «و» is a verb unless the article repeats it ("وليد المعلم").
    found = Counter(
        {w: n for w, n in found.items() if (w[0] != "و" or n > 1) and (not common or _given_before(w))}
    )
    # Asked of the likeliest word only, and of the next when it is known: each question may search the registry.
    word = next(
        (
            w
            for w, _ in found.most_common()
            if known is None or not known(clean[spans[w][0] : spans[w][0] + len(w)])
        ),
        None,
    )
    if word is None:
        return None
    start, end = spans[word]
    return clean[start:end]


# Given names that as often read as a word of their own before a definite noun: «باسم» (in the name of), «فضل»
# (preferred), «رفعت» (raised), «جمال» (beauty).
GIVEN_AND_WORD = frozenset(fold(w) for w in "باسم فضل رفعت جمال نصر سلطان".split())
# Definite words after a given name that are no family name: God, ordinals, «الكبير».
NOT_FAMILY = frozenset(fold(w) for w in "الله الرب الأول الثاني الثالث الكبير الصغير".split())


def _given_before(word: str) -> bool:
    """A word before a definite family name that the list knows for a given name and that reads as nothing else."""
    return word in GIVEN_NAMES and word not in GIVEN_AND_WORD


def patronymic_name(clean: str, folded: str, given: str) -> str | None:
    """The full name the article gives a given name used alone after a title: "محمد بن سلمان" for the «محمد» of
    "وكان الأمير محمد قد وصف", the form with «بن» the article writes most often."""
    key = fold(given)
    if key not in GIVEN_NAMES:
        return None
    found: Counter[str] = Counter()
    spans = {}
    at = folded.find(key + " ", 0, NAME_SEARCH)
    while at >= 0:
        if at == 0 or not folded[at - 1].isalnum():
            toks = tokenize(folded, at, min(len(folded), at + 60))
            if len(toks) >= 3 and toks[1].text in ("بن", "ابن") and is_arabic(toks[2].text):
                last = 3 if toks[2].text == "عبد" and len(toks) > 3 else 2  # "محمد بن عبد الله"
                name = folded[at : toks[last].end]
                found[name] += 1
                spans.setdefault(name, (at, toks[last].end))
        at = folded.find(key + " ", at + 1, NAME_SEARCH)
    if not found:
        return None
    start, end = spans[found.most_common(1)[0][0]]
    return clean[start:end]


def _words_before(text: str, key: str):
    """(start, end, word) for each "word key" in ``text``, the span covering both, found with str.find."""
    at = text.find(" " + key)
    while at > 0:
        end = at + 1 + len(key)
        if end >= len(text) or not text[end].isalnum():
            start = at
            while start > 0 and text[start - 1].isalnum():
                start -= 1
            if start < at:
                yield start, end, text[start:at]
        at = text.find(" " + key, at + 1)


def titled_person(clean: str, folded: str, title: list[str]) -> str | None:
    """The person the article names after a title used alone: "ميشال عون" for "رئيس الجمهورية" where the
    article wrote "رئيس الجمهورية العماد ميشال عون"; "محمد بن سلمان" for "ولى العهد السعودى"."""
    if not title or strip_article(title[0]) not in TITLES or not all(is_definite(w) for w in title[1:]):
        return None
    if not is_definite(title[0]) and len(title) == 1 or not is_definite(title[-1]):
        return None  # "رئيس" alone heads too many phrases; "مسؤولة بالحكومة" is anyone
    key = " " + " ".join(title) + " "
    at = folded.find(key, 0, NAME_SEARCH)
    while at >= 0:
        before = folded[max(0, at - 20) : at].split()[-1:]
        owned = before and strip_article(before[0]) in SOURCE_HEADS_OR_TITLES and not is_definite(before[0])
        name = None if owned else _name_after(folded, at + len(key))  # "مدير مكتب الرئيس الإيراني فلان"
        name = name or _name_before(folded, at)
        if name is not None:
            return clean[name[0] : name[1]]
        at = folded.find(key, at + 1, NAME_SEARCH)
    return None


def _name_before(folded: str, end: int) -> tuple[int, int] | None:
    """The personal name set off by a comma right before a title: "الدكتور عبد الهادي القصبي، رئيس المجلس الأعلى
    للطرق الصوفية" → "عبد الهادي القصبي"; a surname with the article ends it, «عبد» joins the word after it."""
    toks = tokenize(folded, max(0, end - 120), end)
    if len(toks) < 3 or toks[-1].text not in COMMAS:
        return None
    k = len(toks) - 1
    while k > 0 and len(toks) - 1 - k < NAME_WORDS:
        word = toks[k - 1].text
        if not is_arabic(word) or word in NOT_NAME or word in TIME or is_cue_form(word) or len(word) < 2:
            break
        bound = k > 1 and toks[k - 2].text in KUNYA | {"عبد"}
        if is_definite(word) and k < len(toks) - 1 and not bound:
            break  # "الدكتور": a title before the name
        if strip_article(word) in SOURCE_HEADS_OR_TITLES:
            break
        k -= 1
    if len(toks) - 1 - k < 2:
        return None
    return toks[k].start, toks[-2].end


def _name_after(folded: str, start: int) -> tuple[int, int] | None:
    """The personal name starting at ``start`` after a title, past a rank ("العماد", "الأمير", "الفريق أول")."""
    toks = tokenize(folded, start, min(len(folded), start + 120))
    k = 0
    while k < len(toks) and k < 3 and is_definite(toks[k].text) and strip_article(toks[k].text) in TITLES:
        k += 1 + (k + 1 < len(toks) and toks[k + 1].text in RANK_GRADES)
    first = k
    while k < len(toks) and k - first < NAME_WORDS:
        word = toks[k].text
        bound = word in KUNYA or word == "عبد"  # "محمد بن سلمان", "عبد الهادي": the next word belongs to it
        if not is_arabic(word) or word in NOT_NAME or word in TIME or is_cue_form(word) or len(word) < 2:
            break
        if is_definite(word) and not (k > first and toks[k - 1].text in KUNYA | {"عبد"}):
            break
        k += 1 + (bound and k + 1 < len(toks))
    if k - first < 2 or k > len(toks):
        return None
    return toks[first].start, toks[min(k, len(toks)) - 1].end
