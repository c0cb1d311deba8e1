"""Light stemming of normalized Arabic tokens, so that inflected forms of one word meet.

Two levels: :func:`stem` strips the article and one suffix ("والانسحابات" → "انسحاب"),
:func:`skeleton` further drops verb prefixes and inner long vowels so that a verb meets its
verbal noun ("يرتفع" and "ارتفاع" → "رتفع"). A lone leading و/ف/ب/ل may be a clitic or part of
the word ("وزارة", "فرنسا", "بريطانيا"), so :func:`variants` offers both readings instead of
guessing. All take tokens already passed through ``normalize_key``.
"""

from __future__ import annotations

from functools import lru_cache

ARTICLE_PREFIXES = ("وبال", "وال", "فال", "بال", "كال", "ولل", "لل", "ال")
SUFFIXES = ("ات", "ون", "ين", "ها", "هم", "نا", "وا", "ه", "ا")
CLITICS = "وفبل"
VERB_PREFIXES = "يتنا"
LONG_VOWELS = "اوي"


@lru_cache(maxsize=65536)
def stem(token: str) -> str:
    """Strip an article combination and one suffix: "والانسحابات" → "انسحاب", "السورية" → "سوري"."""
    for prefix in ARTICLE_PREFIXES:
        if token.startswith(prefix) and len(token) - len(prefix) >= 2:
            token = token[len(prefix) :]
            break
    for suffix in SUFFIXES:
        if token.endswith(suffix) and len(token) - len(suffix) >= 3:
            return token[: -len(suffix)]
    return token


@lru_cache(maxsize=65536)
def variants(token: str) -> tuple[str, ...]:
    """The stem, and the stem without a leading clitic letter: "بارتفاع" → ("بارتفاع", "ارتفاع")."""
    first = stem(token)
    if token[:1] in CLITICS and len(token) >= 4:
        second = stem(token[1:])
        if second != first:
            return (first, second)
    return (first,)


@lru_cache(maxsize=65536)
def inflection_key(word: str) -> str:
    """A stem without one verb prefix and the feminine past "ت": "تراجعت" → "راجع", "يتراجع" → "تراجع".

    Word lists match on this key, so that one listed verb covers its persons and tenses without
    the looser :func:`skeleton` joining unrelated words ("اسلامي" and "سليم").
    """
    if len(word) >= 5 and word.endswith("ت"):
        word = word[:-1]
    if len(word) >= 4 and word[0] in "يتن":
        word = word[1:]
    return word


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """A stem without verb prefixes, feminine past "ت" and inner long vowels: "تراجعت" → "رجع"."""
    if len(word) >= 5 and word.endswith("ت"):
        word = word[:-1]
    for _ in range(2):
        if len(word) >= 4 and word[0] in VERB_PREFIXES:
            word = word[1:]
    inner = "".join(ch for ch in word[1:] if ch not in LONG_VOWELS)
    return word[0] + inner if len(inner) >= 2 else word
