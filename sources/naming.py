"""Whether a stored source name names a speaker, or is a word attribution took for one.

Older attribution rules stored verbs, clauses and common nouns as sources: «عثر» ("found"),
«انتصارها على داعش» ("its victory over ISIS"), «الموقع» ("the site"), a login form's
«كلمة السر» ("password"). They are told from names by the word lists of claims.text and by the
source registry, which knows the names that look like common words («المرصد», «تحرير الشام»).
"""

from __future__ import annotations

from claims.text.adverbials import is_cue_form, is_document
from claims.text.coref import UNTELLING
from claims.text.lexicon import (
    ADVERBS,
    COMPLEMENTIZERS,
    CONNECTORS,
    DOCUMENTS,
    FUNCTION,
    PRONOUN_ADDRESSEES,
    SAYING_PARTICIPLES,
    SOURCE_HEADS,
    SOURCE_HEADS_OR_TITLES,
    TIME,
    TITLES,
)
from claims.text.mention import masdar
from claims.text.names import NOT_NAME
from claims.text.normalize import normalize_key
from claims.text.tokens import fold, is_arabic, is_definite, is_word, strip_article, tokenize
from sources.matching import ANONYMOUS_HEADS, AliasIndex

NO_WORDS = "no words"
FUNCTION_WORD = "function word"
VERB = "verb"
SHORT_WORD = "short word"
CLAUSE = "clause"
COMMON_NOUN = "common noun"

# Pronouns, question words and quantifiers, which the lexicon has no need of: "البعض", "وكيف".
OTHER_WORDS = frozenset(
    fold(
        "البعض بعض العديد عدة كل جميع أحد إحدى هل كيف لماذا متى أين ماذا أنا نحن أنت هو هي بواسطة فقط هنا هناك"
    ).split()
)
NOT_NAMES = NOT_NAME | TIME | PRONOUN_ADDRESSEES | ADVERBS | OTHER_WORDS
# Inside a name: "المركز الروسي للمصالحة بين الأطراف", "التحالف الدولي ضد داعش", "مصادر موثوق بها".
IN_NAMES = frozenset(fold("بين ضد به بها بهم").split())
# "أحد السكان", "بعض المحللين": one or some of a group is an anonymous source like "مصادر".
QUANTIFIERS = frozenset(fold("أحد إحدى بعض عدة").split())
# Things that cannot speak, whatever is named after them: "كلمة السر", "مقطع فيديو", "صفحة فيسبوك".
THINGS = UNTELLING & DOCUMENTS
# Words that end a mention the rules ran on past its name: "مسعود بارزاني مجدداً", "شتاينبرغ بدوره".
TRAILERS = ADVERBS | CONNECTORS | COMPLEMENTIZERS
# Function words written with «ى» whose «ي» spelling is a name: «على» but «علي», «إلى» but «إلي».
YA_NAMES = frozenset(fold("علي الي لدي حتي").split())
# A possessive points back to something the article named before: "انتصارها", "قادتهم".
POSSESSIVES = ("ها", "هم", "هما", "هن")
# Prepositions a title may take inside a name: "المبعوث الأممي إلى سوريا".
TITLE_PREPOSITIONS = frozenset(fold("إلى").split())
SHORTEST_NAME = 4  # letters; a bare Arabic word shorter than this is most often a verb («عثر», «قال»)


def junk_reason(name: str, *, registry: AliasIndex) -> str | None:
    """Why ``name`` names no speaker, or None when it may name one.

    "عثر" → "short word"; "قالت" → "verb"; "انتصارها على داعش" → "clause"; "الموقع", "كلمة السر"
    → "common noun"; "عن" → "function word". "المرصد" (a registry alias), "زومر", "مصادر محلية",
    "بن علي يلدريم", "الناطق باسم جيش النصر أبو المجد الحمصي" → None.
    """
    if registry.knows(name):
        return None
    words = _words(name)
    if not words:
        return NO_WORDS
    if all(_function(word, written) for word, written in words):
        return FUNCTION_WORD
    if len(words) == 1:
        return _one_word(words[0][0])
    return _phrase(words, registry)


def _words(name: str) -> list[tuple[str, str]]:
    """Each word folded, beside its spelling with «ى» kept: "على" → ("علي", "علۍ")."""
    folded = tokenize(fold(normalize_key(name)))
    written = tokenize(fold(normalize_key(name.replace("ى", "ۍ"))))
    return [(f.text, w.text) for f, w in zip(folded, written, strict=True) if is_word(f.text)]


def _function(word: str, written: str) -> bool:
    if (word in YA_NAMES and written == word) or word in TITLES:  # «علي» as written; «ولي» العهد
        return False
    bare = word[1:] if word[:1] in "وف" and len(word) > 2 else word
    return word in NOT_NAMES or bare in NOT_NAMES


def _one_word(word: str) -> str | None:
    if _verb(word):
        return VERB
    if is_arabic(word) and not is_definite(word) and len(word) < SHORTEST_NAME:
        return SHORT_WORD
    if _possessive(word) or masdar(word):
        return CLAUSE
    bare = strip_article(word)
    if bare == word:
        # "صحيفة", "تقرير" name no outlet or document; "مصادر", "مسؤول", "خبراء" are anonymous people.
        return COMMON_NOUN if is_document(word) or _media(word) else None
    # A head noun with no name after it ("الموقع", "البيان", "الكاتب"): only the text around it said which.
    return COMMON_NOUN if _head(word) else None


def _media(word: str) -> bool:
    return (
        word in SOURCE_HEADS
        and word not in TITLES
        and normalize_key(word) not in ANONYMOUS_HEADS
        and (
            is_document(word) or word in UNTELLING or word in fold("صحيفه موقع وكاله قناه مجله شبكه").split()
        )
    )


def _phrase(words: list[tuple[str, str]], registry: AliasIndex) -> str | None:
    first, first_written = words[0]
    if _verb(first):
        return VERB
    if first in QUANTIFIERS and _head(words[1][0]) and len(words) == 2:
        return None
    if _function(first, first_written) or _function(*words[-1]) and words[-1][0] in TRAILERS:
        return CLAUSE
    if _possessive(first) or masdar(first) or _has_function_word(words):
        return CLAUSE
    rest = [word for word, _written in words[1:]]
    if first in THINGS and not _names_speaker(rest, registry):
        return COMMON_NOUN  # "كلمة السر", "مقطع فيديو": a thing that cannot speak
    if (
        is_document(first)
        and not any(is_definite(word) for word in rest)
        and not _names_speaker(rest, registry)
    ):
        return COMMON_NOUN  # "تقرير جديد صادر", "تقارير إعلامية": a document with no issuer
    return None


def _head(word: str) -> bool:
    bare = strip_article(word)
    return bare in SOURCE_HEADS_OR_TITLES or normalize_key(bare) in ANONYMOUS_HEADS


def _names_speaker(words: list[str], registry: AliasIndex) -> bool:
    """ "الخارجية", "داعش": a body's head noun or a name the registry knows."""
    speakers = SOURCE_HEADS - DOCUMENTS
    return registry.knows(" ".join(words)) or any(strip_article(word) in speakers for word in words)


def _verb(word: str) -> bool:
    """An inflected reporting verb or participle of saying: "قالت", "وأفاد", "زاعمة"."""
    return is_cue_form(word) or word in SAYING_PARTICIPLES


def _possessive(word: str) -> bool:
    """ "انتصارها", "بعضهم"; a definite word takes no possessive, so "المتهم" has none."""
    ends = any(word.endswith(end) and len(word) - len(end) >= 3 for end in POSSESSIVES)
    return ends and not is_definite(word)


def _has_function_word(words: list[tuple[str, str]]) -> bool:
    """ "انتصارها على داعش", "الذين قتلوا": a preposition or relative inside; a title's «إلى» is allowed."""
    titled = strip_article(words[0][0]) in TITLES
    for word, written in words[1:]:
        if word in TITLE_PREPOSITIONS and titled:
            continue
        if word in (FUNCTION | COMPLEMENTIZERS) - IN_NAMES and _function(word, written):
            return True
        titled = titled or strip_article(word) in TITLES
    return False
