"""Claims that name what they deny by reference, not in words of their own.

«ونفت هيئة تحرير الشام ما أعلنته موسكو», «ونفى المصدر صحة هذه الأنباء», «لكن الوزارة نفت ذلك»: the
claim's text («ما أعلنته موسكو», «صحة هذه الأنباء», «ذلك») says nothing a reader of another article
could set against a report; what it denies is the report the article gave just before it.
"""

from __future__ import annotations

from functools import lru_cache

from claims.text.normalize import normalize_key

# Verbs of reporting with the pronoun that takes «ما» up: «ما أعلنته», «ما ذكرته», «ما تناقلته».
REPORTING_STEMS = tuple(
    normalize_key(w)
    for w in "اعلن ذكر نشر قال اورد تناقل تداول روج زعم ادعى ادعا بث اشاع نقل افاد اكد تحدث".split()
)
PERSON_PREFIXES = ("", "ت", "ي")  # «ما أعلنته», «ما تتناقله», «ما يروجه»
OBJECT_PRONOUNS = ("ته", "تها", "ه", "ها", "وه", "وها", "تهم", "هم")
# Nouns of news, and the demonstratives that point back to them: «هذه الأنباء», «تلك التقارير».
NEWS_NOUNS = frozenset(
    normalize_key(w)
    for w in """انباء اخبار تقارير معلومات خبر نبا ادعاءات مزاعم شائعات اشاعات روايات رواية تصريحات اتهامات
    تقرير انباءا""".split()
)
DEMONSTRATIVES = frozenset(normalize_key(w) for w in "هذه هذا تلك ذلك هذان هاتان".split())
# «صحة هذه الأنباء», «وجود …»: the truth of what was reported, denied.
TRUTH = frozenset(normalize_key(w) for w in "صحة صحه".split())
# «نفى ذلك جملة وتفصيلا», «… تماماً»: how firmly, not what.
FIRMLY = frozenset(normalize_key(w) for w in "جملة وتفصيلا تماما قطعيا مطلقا بشدة بشكل قاطع".split())
MAX_WORDS = 5
# «نفت ممارستها أي ضغوط في هذا السياق»: what is denied is named in few words, and the phrase that closes it
# points back to the report before it for the rest.
IN_THIS_REGARD = tuple(
    tuple(normalize_key(phrase).split())
    for phrase in (
        "في هذا السياق",
        "في هذا الصدد",
        "في هذا الشأن",
        "بهذا الشأن",
        "بهذا الخصوص",
        "في هذا الخصوص",
        "في هذا الإطار",
        "في هذا الموضوع",
    )
)
REGARDED_WORDS = 4  # words at most before such a phrase


@lru_cache(maxsize=4096)
def refers_back(text: str) -> bool:
    """Whether a claim's whole text is a reference to something reported before it.

    >>> refers_back("ما أعلنته موسكو"), refers_back("صحة هذه الأنباء"), refers_back("ذلك")
    (True, True, True)
    >>> refers_back("مقتل 20 مدنياً في غارة على السوق"), refers_back("ممارستها أي ضغوط في هذا السياق")
    (False, True)
    """
    words = [w for w in normalize_key(text).split() if w.isalpha()]
    regard = next((len(p) for p in IN_THIS_REGARD if tuple(words[-len(p) :]) == p), 0)
    if regard and 0 < len(words) - regard <= REGARDED_WORDS:
        return True  # «ممارستها أي ضغوط في هذا السياق»
    if not words or len(words) > MAX_WORDS:
        return False
    while words and words[-1] in FIRMLY:
        words = words[:-1]
    if words and words[0] in TRUTH:
        words = words[1:]
    if not words:
        return False
    if words in (["ذلك"], ["هذا"], ["هذا", "الامر"]):
        return True
    if words[0] in ("ما", "كل") and len(words) >= 2:
        verb = words[1] if words[0] == "ما" else (words[2] if len(words) > 2 and words[1] == "ما" else "")
        return _reporting_with_pronoun(verb)
    if words[0] in DEMONSTRATIVES and len(words) >= 2:
        return _news_noun(words[1]) and len(words) <= 3
    return len(words) == 1 and _news_noun(words[0])


def _news_noun(word: str) -> bool:
    bare = word[2:] if word.startswith("ال") else word
    return bare in NEWS_NOUNS


def _reporting_with_pronoun(word: str) -> bool:
    """ "اعلنته", "تتناقله", "يروجه": a verb of reporting carrying the object pronoun."""
    for pronoun in OBJECT_PRONOUNS:
        if not word.endswith(pronoun):
            continue
        stem = word[: -len(pronoun)]
        for prefix in PERSON_PREFIXES:
            if prefix and not stem.startswith(prefix):
                continue
            rest = stem[len(prefix) :]
            # «أعلنته» is the verb and «ته» together: the verb's own «ت» of the feminine may stay.
            if rest in REPORTING_STEMS or rest.removesuffix("ت") in REPORTING_STEMS:
                return True
            if rest.startswith("ت") and rest[1:] in REPORTING_STEMS:  # «تتناقله», «تتداوله»
                return True
    return False
