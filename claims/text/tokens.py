"""Word and punctuation tokens over the folded working text.

Folding is one character for one character (alef forms, alef maksura, ta marbuta and hamza seats),
so a token's offsets are offsets into the cleaned text as well.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import repeat
from operator import attrgetter
from typing import NamedTuple

FOLD = str.maketrans("أإآٱىةؤئ", "اااايهوي")
# No letter a pair writes is folded again, so replacing pair by pair folds as FOLD does.
_FOLD_PAIRS = tuple((chr(k), chr(v)) for k, v in FOLD.items())
# A word, a number or any other single character. The lookahead skips spaces with one test, and a word that
# starts with an Arabic letter runs through a plain range before the Unicode letter class (a superset) goes on.
_TOKEN = re.compile(r"(?=\S)(?:[\u0621-\u064a]++(?:[^\W\d_]+)?|[^\W\d_]+|\d+(?:[.,]\d+)*|\S)")
# Words that begin with "ال" without being definite nouns.
NOT_DEFINITE = frozenset(
    ["الي", "الا", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "الان"]
    # Given names that fold to an article: "ألكسي شيبا", "ألكسندر لافرنتييف".
    + "الكسي اليكسي الكسيه الكسندر اليكسندر الكساندر اليكساندر البرت الفريد الفارو الين".split()
    # and to «فـ» with it: "فاليري غيراسيموف", "فالح الفياض".
    + "فاليري فالنتين فالنتينا فالح فالديمار".split()
)
PLURAL_ENDINGS = ("ون", "ين", "ات")
# Distinct words whose light analysis (article, suffix, stem) is remembered: words recur, a sentence asks often.
WORD_CACHE = 8192


class Token(NamedTuple):
    """A token of the folded text with its offsets: Token(4, 10, "المرصد")."""

    start: int
    end: int
    text: str


_NEW = tuple.__new__
TEXT = attrgetter("text")  # a token's text, for maps over tokens that run no Python code per token


def fold(text: str) -> str:
    """Fold letter variants one to one: "أعلنت وزارةُ" → "اعلنت وزارةُ" with ة → ه."""
    # Eight str.replace scans run in C: far faster on an article than str.translate's lookup per character.
    for variant, plain in _FOLD_PAIRS:
        text = text.replace(variant, plain)
    return text


def tokenize(folded: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``folded[start:end]`` with absolute offsets: "قال: «19 مدنيا»" → قال : « 19 مدنيا »."""
    stop = len(folded) if end is None else end
    # tuple.__new__ skips the named tuple's own constructor, and mapping C functions over the matches runs
    # no Python code per token.
    found = list(_TOKEN.finditer(folded, start, stop))
    fields = zip(
        map(re.Match.start, found), map(re.Match.end, found), map(re.Match.group, found), strict=True
    )
    return list(map(_NEW, repeat(Token), fields))


def is_word(text: str) -> bool:
    """A word token, not punctuation: "المرصد" and "Reuters" are, "،" and "«" are not."""
    return text[0].isalpha()


def is_arabic(text: str) -> bool:
    """Starts with an Arabic letter: "قال" is, "ISIS" and "19" are not."""
    return "\u0621" <= text[0] <= "\u064a"


@lru_cache(maxsize=WORD_CACHE)
def is_definite(word: str) -> bool:
    """ "المرصد", "للمصالحة", "والفصائل" are definite; "الذي" and "مصادر" are not."""
    if len(word) < 4 or word in NOT_DEFINITE:
        return False
    return word[:2] in ("ال", "لل") or (word[0] in "وفبك" and word[1:3] == "ال")


@lru_cache(maxsize=WORD_CACHE)
def strip_article(word: str) -> str:
    """ "للمرصد" → "مرصد", "والفصائل" → "فصائل", "مصادر" → "مصادر"."""
    if len(word) < 4 or word in NOT_DEFINITE:
        return word
    if word[0] in "وفبك" and word[1:3] == "ال" and len(word) >= 5:
        return word[3:]
    return word[2:] if word[:2] in ("ال", "لل") else word


@lru_cache(maxsize=WORD_CACHE)
def stem(word: str) -> str:
    """A light stem for matching mentions: "المنسقين" → "منسق", "منسقو" → "منسق", "المصادر" → "مصادر"."""
    word = strip_article(word)
    if len(word) >= 5 and word.endswith(PLURAL_ENDINGS):
        return word[:-2]
    if len(word) >= 5 and word.endswith("و"):
        return word[:-1]
    return word


def conjoined(word: str) -> bool:
    """ "وواشنطن", "والناطق": «و» glued to a name that cannot itself begin with «و» + «و»/«ال»."""
    return len(word) > 4 and word.startswith(("وو", "وال"))
