"""Words between a source and what it says: time expressions, outlets, channels and manner adverbs.

"مساء يوم أمس السبت", "لوكالة سبوتنيك", "في بيان له", "مخاطباً الأتراك" — recognised here so that the
source noun phrase and the reported content can stop where they begin.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from functools import lru_cache

from claims.text.lexicon import (
    ADDRESSEES,
    ADVERBS,
    COMMAS,
    COMPLEMENTIZERS,
    CUES,
    DOCUMENTS,
    ISSUED,
    MEDIA,
    PARTICIPLES,
    QUOTES_OPEN,
    TIME,
    TIME_RUN,
)
from claims.text.tokens import WORD_CACHE, Token, fold, is_word, strip_article

SUFFIXES = ("هما", "هم", "ها", "ه")


@lru_cache(maxsize=WORD_CACHE)
def strip_suffix(word: str) -> str:
    """ "حديثه" → "حديث", "بيانها" → "بيان", "كلمته" → "كلمه" (the ta marbuta written open before a suffix)."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return closed_ta(word[: -len(suffix)], DOCUMENTS)
    return word


def closed_ta(base: str, words: AbstractSet[str]) -> str:
    """A word left bare by its suffix with its ta marbuta closed again when that makes one of ``words``:
    "كلمت" → "كلمه", "مسؤوليت" → "مسؤوليه"; else as it is."""
    closed = base[:-1] + "ه" if base.endswith("ت") else base
    return closed if closed in words else base


def is_document(word: str) -> bool:
    """A statement or publication a source speaks through: "بيان", "التقرير", "تصريحاته"."""
    return strip_article(word) in DOCUMENTS or strip_suffix(word) in DOCUMENTS


def is_cue_form(word: str) -> bool:
    """An inflected reporting verb, with or without «و»/«ف»: "وأفادت", "يقول", "زعموا"."""
    return word in CUES or (word[0] in "وف" and word[1:] in CUES)


def time_follows(toks: list[Token], j: int) -> bool:
    """A time expression starts at ``j``: "مساء يوم أمس", "في التاسع من فبراير", "الخميس"."""
    word = toks[j].text
    if word in TIME or (word in ("اول", "واول") and _day_before_yesterday(toks, j)) or _nth_time(toks, j):
        return True
    if _this_time(toks, j) or _year(toks, j) or _edge_of_time(toks, j):
        return True
    if word != "في" or j + 1 >= len(toks):
        return False
    following = toks[j + 1].text
    return following in TIME_RUN or following[0].isdigit()


THIS = frozenset(["هذا", "هذه"])
# «نهاية», «بداية» open a time only before one: "نهاية العام الماضي", not "نهاية الحرب".
EDGES = frozenset(fold(w) for w in "نهاية بداية".split())
EDGED = TIME_RUN - EDGES


def _edge_of_time(toks: list[Token], j: int) -> bool:
    return toks[j].text in EDGES and j + 1 < len(toks) and toks[j + 1].text in EDGED


# «عام 1979», «العام 2015»: a year by its number («المدعي العام», «مدير عام» are no time).
YEAR_WORDS = frozenset(["عام", "العام", "سنه", "السنه"])


def _year(toks: list[Token], j: int) -> bool:
    following = toks[j + 1].text if j + 1 < len(toks) else ""
    return toks[j].text in YEAR_WORDS and len(following) == 4 and following.isdigit()


def _this_time(toks: list[Token], j: int) -> bool:
    """ "هذا الأسبوع", "هذه الأيام": a demonstrative and a word of time."""
    return toks[j].text in THIS and j + 1 < len(toks) and toks[j + 1].text in TIME_RUN


def _day_before_yesterday(toks: list[Token], j: int) -> bool:
    """ "أول من أمس": «أول» opening a time, not "the first"."""
    return (
        toks[j].text in ("اول", "واول")
        and j + 2 < len(toks)
        and toks[j + 1].text == "من"
        and toks[j + 2].text in ("امس", "الامس")
    )


# "لأول مرة", "للمرة الثانية": which time it is, an adverbial like a date.
FIRST_TIMES = frozenset(["لاول", "ولاول", "لثاني", "ولثاني"])
NTH_TIMES = frozenset(["للمره", "وللمره"])
ORDINAL_TIMES = frozenset(["الاولي", "الثانيه", "الثالثه", "الاخيره", "الرابعه", "الخامسه"])


def _nth_time(toks: list[Token], j: int) -> bool:
    """ "لأول مرة", "للمرة الثانية"."""
    word, following = toks[j].text, toks[j + 1].text if j + 1 < len(toks) else ""
    return (word in FIRST_TIMES and following == "مره") or (word in NTH_TIMES and following in ORDINAL_TIMES)


def skip_time(toks: list[Token], j: int) -> int:
    """Index after the time expression at ``j``: "يوم أمس السبت،" → the comma."""
    if j < len(toks) and _nth_time(toks, j):
        j += 2
    if j < len(toks) and (
        toks[j].text == "في" or _day_before_yesterday(toks, j) or _this_time(toks, j) or _year(toks, j)
    ):
        j += 1
    limit = j + 12
    while j < min(len(toks), limit) and (
        toks[j].text in TIME_RUN or toks[j].text[0].isdigit() or toks[j].text in "/-"
    ):
        j += 1
    if 0 < j < len(toks) and toks[j].text in SAME and toks[j - 1].text in TIME_RUN:
        j += 1  # "في الوقت نفسه", "في اليوم ذاته": the same time, not a name
    return j


SAME = frozenset(["نفسه", "ذاته", "عينه"])


def issuer_start(toks: list[Token], at: int) -> int | None:
    """Where the issuer begins after «صادر»/«صدر» at ``at`` and «عن», a time set off or not between them: "بيان
    صادر عن رئاسة الأركان", "بيان صدر , اليوم الجمعة , عن مكتب …"; None when no «عن» follows."""
    if at >= len(toks) or toks[at].text not in ISSUED:
        return None
    k = at + 1 + (at + 1 < len(toks) and toks[at + 1].text in COMMAS)
    if k < len(toks) and time_follows(toks, k):
        k = skip_time(toks, k)
        k += k < len(toks) and toks[k].text in COMMAS
    return k + 1 if k + 1 < len(toks) and toks[k].text == "عن" else None


def outlet_follows(toks: list[Token], j: int) -> bool:
    """ "لوكالة سبوتنيك", "للمرصد السوري", "لـ«الوطن»": the outlet a source spoke to."""
    word = toks[j].text
    if word == "ل":  # "لـ«الوطن»", and "ل - " فرانس برس "" where the scraper spaced the tatweel out
        k = j + 1 + (j + 1 < len(toks) and toks[j + 1].text == "-")
        return k < len(toks) and (toks[k].text in QUOTES_OPEN or is_word(toks[k].text))
    if not word.startswith("ل") or len(word) < 4:
        return False
    return word[1:] in MEDIA or (word.startswith("لل") and word[2:] in MEDIA)


def adverbial(word: str) -> bool:
    """ "مخاطباً", "مؤخراً", "رسمياً": a circumstance between the source and its content, not a name."""
    return word in ADVERBS or word in PARTICIPLES


# "في معرض حديثه", "في سياق ردها", "في إطار تعليقه": the occasion of a saying, as "في بيان" is its channel.
OCCASIONS = frozenset(["معرض", "سياق", "اطار"])


def said_in(toks: list[Token], j: int) -> bool:
    """ "في بيان", "في معرض حديثه", "على تويتر" at ``j``: the channel or occasion of a saying, no part of a name."""
    if j + 1 >= len(toks):
        return False
    if toks[j].text == "علي":
        return toks[j + 1].text in PLATFORMS  # «على» folds to «علي», a given name too: "ترامب على تويتر"
    if toks[j].text != "في":
        return False
    return is_document(toks[j + 1].text) or toks[j + 1].text in OCCASIONS


# Where something is posted or broadcast, after «على»: "على تويتر", "على حسابه", "على صفحتها", "على موقعها".
PLATFORMS = frozenset(
    fold(word)
    for word in """تويتر تويتير توتير فيسبوك فيس يوتيوب تلغرام تيليغرام انستغرام إنستغرام حسابه حسابها حسابهم
    صفحته صفحتها صفحتهم موقعه موقعها موقعهم موقع قناته قناتها شاشة الهواء""".split()
)


# «من جهته», «من جانبها»: on the speaker's side, between the name and what it says.
OWN_SIDE = frozenset(["جهته", "جهتها", "جهتهم", "جانبه", "جانبها", "جانبهم", "ناحيته", "ناحيتها"])


def boundary(toks: list[Token], j: int) -> bool:
    """Where a name can end: a comma, «أن», a time expression, "في بيان", "لصحافيين", «قد», «من جهته»."""
    text = toks[j].text
    if said_in(toks, j):
        return True
    if text == "من" and j + 1 < len(toks) and toks[j + 1].text in OWN_SIDE:
        return True
    return (
        text in COMMAS
        or text in COMPLEMENTIZERS
        or text in ".:!?؟"
        or text in ADDRESSEES
        or text == "قد"
        or time_follows(toks, j)
    )
