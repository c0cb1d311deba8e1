"""What follows the source in a reporting frame: time adverbials, the outlet ("لوكالة سبوتنيك"), the
channel ("في بيان له"), a parenthetical, and then the word where the reported content begins.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from claims.text.adverbials import (
    OCCASIONS,
    OWN_SIDE,
    adverbial,
    is_cue_form,
    is_document,
    issuer_start,
    outlet_follows,
    skip_time,
    strip_suffix,
    time_follows,
)
from claims.text.coref import describes_document
from claims.text.lexicon import (
    ADDRESSEE_REACH,
    ADDRESSEES,
    ASCRIBING,
    CHAIN,
    COMMAS,
    COMPLEMENTIZERS,
    COUNTERPARTS,
    CUES,
    FUNCTION,
    GOVERNED_BY_ALA,
    IN_PASSING,
    INFORMED,
    INFORMING,
    MEDIA,
    ONE_OF,
    PARTICIPLES,
    PRONOUN_ADDRESSEES,
    PUBLISHED_IT,
    QUOTES_OPEN,
    SOURCE_HEADS,
    SOURCE_HEADS_OR_TITLES,
    SPEECH_ADVERBS,
    TITLES,
    Cue,
)
from claims.text.mention import known_outlet_end, marked_name_end, np_end, outlet_name_end, verbal_noun
from claims.text.tokens import TEXT, WORD_CACHE, Token, fold, is_arabic, is_definite, is_word, strip_article

Span = tuple[int, int]
ENDS = frozenset(".!?؟…")
DASHES = frozenset("-–—")
DIRECT_SPEECH = frozenset(["لقد"])  # "قالت كارديل لقد أجرينا محادثات": the speaker's own words, unmarked
CHANNELS = frozenset(["في", "عبر", "علي"])  # "في بيان", "عبر حسابه", "على حسابه في تويتر"
ONLINE = frozenset(["الانترنت", "موقعه", "موقعها", "موقعهم", "تويتر", "فيسبوك", "فيس"])
# «أن» after these starts a subordinate clause, not reported content: "بعد أن", "إلا أن".
FEARS = frozenset("قلق خشيه خشيت تخوف مخاوف خوف تخوفات".split())
SUBORDINATORS = frozenset("بعد قبل منذ حتي الا رغم من دون بدون غير لا مع ما لكن كما بما ولو لو اي".split())


# What every content set off further on begins at or after: «أن», a quotation mark, a colon.
OPENERS = COMPLEMENTIZERS | QUOTES_OPEN | {":"}


class Tail(NamedTuple):
    claim: int | None
    marked: bool
    via: Span | None
    origin: Span | None
    document: str | None


@lru_cache(maxsize=WORD_CACHE)
def lookup(word: str) -> tuple[Cue | None, int]:
    """The cue a token spells and the length of its conjunction prefix: "وأفادت" → (أفاد, 1)."""
    if word in CUES:
        return CUES[word], 0
    if len(word) > 3 and word[0] in "وف" and word[1:] in CUES:
        return CUES[word[1:]], 1
    return None, 0


# Tokens at most in a channel phrase: "في حديث مع صحيفة «فيلت»،"; where and when it was put out may make it longer
# ("في بيان نشر على صفحته على فايسبوك في ساعة متأخرة من ليل الجمعة :"), unless a preposition the verb governs
# opens the content in it ("ولفتت الصحيفة في مقال نشرته اليوم إلى التظاهرات …").
CHANNEL_WORDS = 10
LONG_CHANNEL_WORDS = 16


ORIGIN_WORDS = 8  # tokens at most from «عن» to the «قوله» that quotes whoever follows it
# Verbal nouns of reporting with the pronoun of whom speech is passed on from: "عن الجيش إعلانه أن".
REPORTED_BY_THEM = frozenset(
    fold(noun + end)
    for noun in "إعلان تأكيد تصريح نفي تحذير تأكيدات تصريحات".split()
    for end in ("ه", "ها", "هم")
)


def _quoted_from(toks: list[Token], k: int) -> bool:
    """Whether «عن» before ``k`` names whom speech is passed on from, not what a report is about: a source head or
    title opens it ("عن مصدر عسكري", "عن وزير الدفاع"), or «قوله» follows the name ("عن شويجو قوله")."""
    if k >= len(toks):
        return False
    head = strip_article(toks[k].text)
    if head in SOURCE_HEADS or head in TITLES:
        return True
    return any(t.text in SPEECH_ADVERBS for t in toks[k + 1 : k + ORIGIN_WORDS])


# Verbs that say when a channel was put out, in the passive or with the channel as subject: "في حوار، نُشر أمس،".
DATED = frozenset(fold(w) for w in "نشر نشرت بث بثت أجري أجريت".split())


def _dated_aside_end(toks: list[Token], comma: int) -> int | None:
    """After the comma at ``comma``, when it opens the time a channel was put out ("، ن شر مساء أمس الثلاثاء،",
    "، بثت الليلة الماضية،"): the index of the comma that closes it; None otherwise."""
    k = comma + 1
    split = k + 1 < len(toks) and toks[k].text == "ن" and toks[k + 1].text == "شر"  # «نُشر» split at its damma
    k += split
    if k >= len(toks) or not (split or toks[k].text in DATED) or not _time_at(toks, k + 1):
        return None
    end = max(skip_time(toks, k + 1), k + 2)
    return end if end < len(toks) and toks[end].text in COMMAS else None


def _channel_end(toks: list[Token], j: int, quotes: dict[int, int], *, chain: bool = False) -> int:
    """After "في بيان له،", "في حديث مع صحيفة «فيلت»،", "في تقرير نشرته أمس،": the boundary that ends it. After a
    verb of passing speech on, «عن» ends it too: "ونقلت الوكالة في تقرير منفصل عن شويجو قوله" quotes Shoigu."""
    reach = j + LONG_CHANNEL_WORDS
    k = j + 1
    while (k := k + 1) < min(len(toks), reach):
        text = toks[k].text
        if chain and text == "عن" and _quoted_from(toks, k + 1):
            return k
        if text in ("الي", "عن") and issuer_start(toks, k - 1) is None:
            # Not «عن» after «صادر»: "في بيان نشر على الإنترنت صادر عن اجتماع طارئ لمجلس الشورى إنها" names its issuer.
            reach = j + CHANNEL_WORDS
        named = (
            marked_name_end(toks, k, quotes)
            if text in QUOTES_OPEN and _names_outlet(toks[k - 1].text)
            else None
        )
        if named is not None and _content_after(toks, named):
            return named  # 'في تغريدة على " تويتر " :', 'عبر حسابه في " فيسبوك " إن': the platform's name
        if named is not None:
            k = named - 1  # 'في حوار مع جريدة " واشنطن بوست " الأميركية ،': the outlet's name, then on
            continue
        dated = _dated_aside_end(toks, k) if text in COMMAS else None
        if dated is not None:
            # '…، ن شر مساء أمس الثلاثاء، إن …': when the interview was put out, set off by commas.
            k, reach = dated - 1, max(reach, dated + 1)
            continue
        if (
            text in COMMAS
            or text in COMPLEMENTIZERS
            or text == ":"
            or text in QUOTES_OPEN
            or outlet_follows(toks, k)
        ):
            return k  # "في تصريح لوكالة رويترز أن …": the outlet is read next
        if text[0].isdigit() or text in ENDS:
            break
    end = j + 3 if j + 2 < len(toks) and toks[j + 2].text in ("له", "لها", "لهم") else j + 2
    if end < len(toks) and not is_definite(toks[j + 1].text) and describes_document(toks[end].text):
        end += 1  # "في تقرير منفصل", "في بيان صحفي": the channel's adjective
    if end < len(toks) and toks[end].text in PUBLISHED_IT:  # "في مقال نشرته اليوم": the channel, put out when
        end += 1
        if end < len(toks) and _time_at(toks, end):
            end = max(skip_time(toks, end), end + 1)
    # "عبر معرفاته الرسمية": an adjective of the channel is still the channel.
    while (
        end < min(len(toks), j + 5) and is_definite(toks[end].text) and toks[end].text.endswith(("يه", "ي"))
    ):
        end += 1
    return end


def _time_at(toks: list[Token], j: int) -> bool:
    """A time adverbial at ``j``; not «بعد أن», «قبل أن», «منذ أن», which open a clause of their own ("أعلن
    التلفزيون فوز روحاني، بعد أن حصد …": what follows is no content)."""
    if not time_follows(toks, j):
        return False
    following = toks[j + 1].text if j + 1 < len(toks) else ""
    return not (following in COMPLEMENTIZERS and toks[j].text.removeprefix("و") in SUBORDINATORS)


def _continues(toks: list[Token], j: int) -> bool:
    text = toks[j].text
    return (
        text in COMPLEMENTIZERS
        or text in QUOTES_OPEN
        or text in COMMAS
        or text == ":"
        or text in ("عن", "الي", "علي")
        or (text == "من" and j + 1 < len(toks) and toks[j + 1].text in COMPLEMENTIZERS)
        or text in SPEECH_ADVERBS
        or _time_at(toks, j)
        or outlet_follows(toks, j)
        or (text in CHANNELS and j + 1 < len(toks) and is_document(toks[j + 1].text))
    )


def _occasion(word: str) -> bool:
    """ "حديثه", "الحديث", "رده", "تقرير": what a saying was part of, after «في معرض» or «في سياق» ("في معرض دبي
    للطيران" is an exhibition)."""
    bare = strip_article(strip_suffix(word))
    return is_document(word) or verbal_noun(bare) or bare in PLAIN_REPLIES


PLAIN_REPLIES = frozenset(["رد", "رده", "ردها"])  # «ردّ», a verbal noun no pattern tells


def _names_outlet(before: str) -> bool:
    """ "على", "لصحيفة", "موقع": the word before a quoted name that makes it the platform or outlet a saying
    went out on ("نهاية « داعش »" is what was said)."""
    bare = strip_article(before[1:] if before[:1] == "ل" else before)
    return before in OUTLET_PREPOSITIONS or bare in MEDIA


OUTLET_PREPOSITIONS = frozenset(["علي", "في", "عبر", "مع", "ل", "لـ", "-"])


def _content_after(toks: list[Token], k: int) -> bool:
    """What was said opens at ``k``: a colon, «أن» or a quotation, or a comma before one."""
    k += k < len(toks) and toks[k].text in COMMAS
    return k < len(toks) and _marks_content(toks[k].text)


def _marks_content(text: str) -> bool:
    return text in QUOTES_OPEN or text in COMPLEMENTIZERS or text == ":"


def _opens_content(text: str) -> bool:
    return _marks_content(text) or text in COMMAS


def _channel_follows(toks: list[Token], j: int) -> bool:
    return j + 1 < len(toks) and toks[j].text in ("في", "عبر") and is_document(toks[j + 1].text)


def _bracket_close(toks: list[Token], j: int) -> int | None:
    """ "( الجمعة الفائتة )", "( اليوم الاثنين )": a short aside in brackets."""
    return next((k for k in range(j + 1, min(len(toks), j + 8)) if toks[k].text == ")"), None)


@dataclass
class _Parts:
    via: Span | None = None
    origin: Span | None = None
    document: str | None = None
    aside: bool = False  # an aside on the speaker was read

    def tail(self, claim: int | None, marked: bool) -> Tail:
        return Tail(claim, marked, self.via, self.origin, self.document)


TOLD_WHOM_WORDS = 3  # words at most of a name whom a verb of informing told, before «أن»


def told_whom_end(toks: list[Token], j: int) -> int | None:
    """The «أن» after whom a verb of informing told, None when no addressee opens at ``j``: a counterpart up to
    «أن» ("أبلغ بوتين نظيره التركي رجب طيب أردوغان أن …"), or a few plain words that may name one, an adverb of
    passing after them ("… إن بوتين أبلغ الأسد أيضا أنه يريد …")."""
    reach = min(len(toks), j + ADDRESSEE_REACH)
    that = next((k for k in range(j + 1, reach) if toks[k].text in COMPLEMENTIZERS), None)
    if that is None or toks[j].text in COUNTERPARTS:
        return that
    words = [t.text for t in toks[j:that] if t.text not in IN_PASSING]
    plain = plain_words(words) and not any(map(verbal_noun, words))
    return that if 0 < len(words) <= TOLD_WHOM_WORDS and plain else None


def plain_words(words: list[str]) -> bool:
    """Words that can make a name: no particle, no verb of saying, no punctuation."""
    return all(is_word(w) and w not in FUNCTION and lookup(w)[0] is None for w in words)


def _skip(toks: list[Token], j: int, quotes: dict[int, int], cue: Cue, parts: _Parts) -> int | None:
    """Index after the time, channel, outlet or origin phrase at ``j``; None when the content starts there."""
    text, following = toks[j].text, toks[j + 1].text if j + 1 < len(toks) else ""
    if _time_at(toks, j):
        return max(skip_time(toks, j), j + 1)
    if text in CHANNELS and following in ONLINE:
        return j + 2  # "نقل موقع … على الإنترنت الاثنين عن …": where it was published, not what
    if text == "في" and following in OCCASIONS and j + 2 < len(toks) and _occasion(toks[j + 2].text):
        # "قال … في معرض الحديث عن استهداف المشفى: «…»": the occasion, up to the quotation, colon or «أن»
        return next(
            (k for k in range(j + 3, min(len(toks) - 1, j + CHANNEL_WORDS)) if _opens_content(toks[k].text)),
            None,
        )
    if text in CHANNELS and following and is_document(following):
        parts.document = strip_suffix(following)
        return _channel_end(toks, j, quotes, chain=cue.lemma in CHAIN)
    if outlet_follows(toks, j):
        first = j + (text == "ل") + (text == "ل" and following == "-")
        end = np_end(toks, first, quotes, head=True)
        if end == first and toks[first].text in QUOTES_OPEN:
            # 'نفى مصدر لـ"سمارت" صحة الأنباء': the outlet's name in marks, whatever it is, then the content.
            end = marked_name_end(toks, first, quotes, final=True) or end
        # 'لوكالة فرانس برس " كنت …"': a quotation after the outlet's own name is what was said to it.
        end = next(
            (q for q in range(first + 2, end) if toks[q].start in quotes and toks[q - 1].start not in quotes),
            end,
        )
        parts.via = parts.via or (j, end)
        return max(end, j + 1)
    if cue.lemma in INFORMING and (that := told_whom_end(toks, j)) is not None:
        return that
    told = known_outlet_end(toks, j)  # "قال لعنب بلدي إن": an outlet named without «وكالة» or «صحيفة»
    if told is None and cue.lemma in INFORMING and parts.via is None:
        told = outlet_name_end(toks, j)  # "أبلغ مسؤول أمريكي رويترز بأن": the outlet told, without «لـ»
    if told is not None:
        parts.via = parts.via or (j, told)
        return told
    if is_cue_form(text) and following and outlet_follows(toks, j + 1):
        return j + 1  # "مصادر عسكرية تحدثت لشبكة شام"
    if (
        (text == "عن" and cue.lemma in CHAIN)
        or (text == "نقلا" and following == "عن")
        or (text == "الي" and cue.lemma in ASCRIBING)
    ):
        first = j + 1 + (text == "نقلا")
        end = np_end(toks, first, quotes)
        if end == first and first < len(toks) and toks[first].text in QUOTES_OPEN:
            end = marked_name_end(toks, first, quotes) or first  # 'عن " القوة الصاروخية " قولها إن'
        if end - first > 1 and toks[end - 1].text in REPORTED_BY_THEM:
            end -= 1  # "عن القوة الصاروخية إعلانها أن": what it announced, not part of its name
        parts.origin = (first, end)
        # "عن مسؤول أمريكي طلب عدم نشر اسمه قوله إن": who it was, withheld, between the speaker and the saying.
        return max(anonymity_end(toks, parts.origin[1]), first)
    if text == "من" and cue.lemma in INFORMED:
        return next(
            (k for k in range(j + 1, min(len(toks), j + 10)) if toks[k].text in COMPLEMENTIZERS), j + 1
        )
    if text in SPEECH_ADVERBS or (text in ("الي", "علي", "عن", "من") and following in COMPLEMENTIZERS):
        return j + 1  # "أشار إلى أن", "حذر … من أن": the preposition the verb governs, then «أن»
    if text == "عن" and cue.lemma in EXPRESSING:
        that = _feeling_that(toks, j + 1)
        if that is not None:
            return that  # "أعرب عن الأمل في أن …", "عبر عن قلقه من أن …": the feeling, then what it is about
    if text == "الي" or _told_body(text):
        told = _addressee_end(toks, j + 1, colon_only=text != "الي")
        if told is not None:
            # "كتب الناشطون إلى غرينبلات: «…»", "وقال كيري لمجلس الأمن: «…»": to whom, then what
            return told
    if text in IN_PASSING:
        return j + 1  # "إردوغان أكد أيضا أن", "وأعلن رسميا أن", "شدد بدوره على أن": how or when it was said
    if text in PRONOUN_ADDRESSEES and following in COMPLEMENTIZERS | {":"}:
        return j + 1  # "الناطق باسم الجيش الحر قال لنا إن": to whom, a pronoun, then what
    if text in ADDRESSEES:
        return j + 1  # "«…»، قال الوزير للصحفيين .": to whom it was said, not what
    if text == "من" and following in OWN_SIDE:
        return j + 2  # "واكد دي ميستورا من جهته مقتل …": on his side, not the content
    close = _bracket_close(toks, j) if text == "(" else None
    return close + 1 if close else None


RELATIVE_PRONOUNS = frozenset(["الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"])
DESCRIBED = frozenset(["وهو", "وهي", "وهم", "وهما"])
ASIDE_WORDS = 12


def opens_aside(word: str) -> bool:
    """A word that opens an aside on the one just named, set off by commas: «وهو», «الذي», «أحد», or a title
    ("، الناطق باسم الجبهة الجنوبية،", "، رئيس هيئة الأركان الروسية،")."""
    titled = strip_article(word) in TITLES and is_definite(word) or word in TITLES
    return word in DESCRIBED or word in RELATIVE_PRONOUNS or word in ONE_OF or titled


def _aside_end(toks: list[Token], j: int, quotes: dict[int, int]) -> int | None:
    """After the comma that ends a speaker's name, an aside that says who it is and the comma that closes it
    ("، المتحدث باسم حملة الفريق سامي عنان،", "، وهو قيادي في الفصيل،"): the index after that comma; None when
    no such aside opens at ``j``."""
    withheld = anonymity_end(toks, j)
    if withheld > j:
        # "وأكد عضو في المجلس المحلي، فضل عدم ذكر اسمه، أن …", "وقال المسؤولان، اللذان اشترطا عدم نشر اسميهما،
        # إن …": the name withheld, between commas.
        return withheld + 1 if withheld < len(toks) - 1 and toks[withheld].text in COMMAS else None
    if not opens_aside(toks[j].text):
        return None
    k = _closing_comma(toks, j, quotes, words_only=False)
    return k + 1 if k is not None else None


def _closing_comma(toks: list[Token], j: int, quotes: dict[int, int], *, words_only: bool) -> int | None:
    """The comma closing an aside that opened at ``j``, before any «أن», verb of saying, sentence end or opening
    quotation (``words_only``: any mark that is no word), and with a token after it; None when there is none. An
    outlet's quoted name inside the aside is read whole, whatever its words: 'رئيس تحرير صحيفة " رأي اليوم "'."""
    k = j
    while (k := k + 1) < min(len(toks), j + ASIDE_WORDS):
        text = toks[k].text
        if text in COMMAS:
            return k if k + 1 < len(toks) else None
        named = (
            marked_name_end(toks, k, quotes)
            if not words_only and text in QUOTES_OPEN and _names_outlet(toks[k - 1].text)
            else None
        )
        if named is not None:
            k = named - 1
            continue
        mark = not is_word(text) if words_only else (text in ENDS or text in QUOTES_OPEN)
        if mark or text in COMPLEMENTIZERS or lookup(text)[0]:
            return None
    return None


def _closes_aside(toks: list[Token], j: int) -> bool:
    """Whether the words just before ``j`` are an aside on the speaker the mention took in: "عمر دراج، أحد قياديي
    حزب الحرية والعدالة"."""
    for k in range(j - 1, max(-1, j - ASIDE_WORDS), -1):
        if toks[k].text in COMMAS:
            return k + 1 < j and opens_aside(toks[k + 1].text)
    return False


def _apposition_end(toks: list[Token], j: int, quotes: dict[int, int]) -> int | None:
    """After an aside on the speaker, a definite noun phrase set off by commas that describes its last words, when
    the speech goes on after it ("وقال عمر دراج، أحد قياديي حزب الحرية والعدالة، الذراع السياسية لجماعة الإخوان،
    في بيان : …"): the index after its closing comma."""
    if not is_definite(toks[j].text):
        return None
    k = _closing_comma(toks, j, quotes, words_only=True)
    return k + 1 if k is not None and _continues(toks, k + 1) and toks[k + 1].text not in COMMAS else None


ADDRESSEE_WORDS = 4
EXPRESSING = frozenset(["اعرب", "عبر"])
FEELING_WORDS = 3


def _feeling_that(toks: list[Token], j: int) -> int | None:
    """A feeling of one or two words («الأمل», «أمله», «قلقه البالغ») and «في», «من» or nothing before «أن»: the
    index of that «أن»."""
    for k in range(j + 1, min(len(toks), j + FEELING_WORDS + 1)):
        text = toks[k].text
        if text in COMPLEMENTIZERS:
            return k
        if text not in ("في", "من") and not (is_arabic(text) and lookup(text)[0] is None):
            return None
    return None


def _told_body(word: str) -> bool:
    """ "لمجلس", "لمركز": «لـ» and an indefinite body or title, whom a speaker may address."""
    return (
        len(word) > 3 and word[0] == "ل" and not word.startswith("لل") and word[1:] in SOURCE_HEADS_OR_TITLES
    )


def _addressee_end(toks: list[Token], j: int, *, colon_only: bool = False) -> int | None:
    """A short name after «إلى» and right before a colon or «أن»: whom it was written or said to."""
    for k in range(j, min(len(toks), j + ADDRESSEE_WORDS + 1)):
        text = toks[k].text
        if text == ":" or (text in COMPLEMENTIZERS and not colon_only):
            return k if j < k < len(toks) - 1 else None  # nothing said after it: no addressee either
        # "ونقل مشاهدته لسكان يلقون التحية قائلين :": the residents speak, no one is addressed
        if not is_arabic(text) or lookup(text)[0] is not None or (colon_only and text in PARTICIPLES):
            return None
    return None


# "مسؤول روسي لم يكشف عن هويته", "طلب عدم الكشف عن اسمه", "رفض الكشف عن هويته": who the speaker is, withheld.
WITHHOLDING = frozenset(
    f"{p}{w}"
    for p in ("", "و")
    for w in (
        "لم رفض رفضت رفضوا رفضا طلب طلبت طلبوا طلبا فضل فضلت فضلوا فضلا اشترط اشترطت اشترطوا اشترطا مفضلا طالبا"
        " رافضا"
    ).split()
)
# "اسمه", "اسميهما" (the names of two speakers): the name withheld.
IDENTITY = frozenset(
    f"{w}{s}" for w in ("هويت", "اسم", "اسماء", "اسماي", "اسمي", "هويتي") for s in ("ه", "ها", "هم", "هما")
)
WITHHELD_WORDS = 6


def anonymity_end(toks: list[Token], end: int) -> int:
    """Past a clause after the source that says its name is withheld, up to the name's noun; ``end`` if none:
    "مسؤول طلب عدم نشر اسمه", "المسؤولان اللذان اشترطا عدم نشر اسميهما"."""
    verb = end + (end < len(toks) and toks[end].text in RELATIVE_PRONOUNS)
    if verb >= len(toks) or toks[verb].text not in WITHHOLDING:
        return end
    for k in range(verb + 1, min(len(toks), verb + WITHHELD_WORDS)):
        if toks[k].text in IDENTITY:
            return k + 1
        if not is_arabic(toks[k].text) or toks[k].text in COMPLEMENTIZERS:
            return end
    return end


# «لأنه غير مخول بالحديث لوسائل الإعلام»: why the name is withheld, before the words themselves.
BECAUSE = frozenset(["لانه", "لانها", "لانهم", "لكونه", "لكونها", "لكونهم"])
REASON_WORDS = 12


def reason_end(toks: list[Token], k: int) -> int:
    """Past the reason a withheld name gives (``k`` after the name's noun), when what was said follows it at once
    (a quotation or «إن»):
    "طلب عدم نشر اسمه لأنه ليس مخولا سلطة الحديث لوسائل الإعلام " إيران …"" → the quotation mark; ``k`` else."""
    if k >= len(toks) or toks[k].text not in BECAUSE:
        return k
    for r in range(k + 1, min(len(toks), k + REASON_WORDS + 1)):
        text = toks[r].text
        if text in QUOTES_OPEN or text in COMPLEMENTIZERS:
            return r
        if not is_arabic(text):
            return k
    return k


def read_tail(toks: list[Token], j: int, quotes: dict[int, int], cue: Cue) -> Tail:
    """Read the adverbials, outlet and channel after the source up to the start of the content.

    "في إدلب لوكالة «سبوتنيك» أن عددا …" (read from "لوكالة") → via "لوكالة «سبوتنيك»", content at "عددا".
    """
    parts, first = _Parts(), j
    limit = min(len(toks), j + 24)
    while j < limit:
        text = toks[j].text
        if text in COMPLEMENTIZERS or text == ":":
            return parts.tail(j + 1, True)
        if text in QUOTES_OPEN or text in DIRECT_SPEECH:
            return parts.tail(j, True)
        if text in ENDS:
            return parts.tail(None, False)
        if text in COMMAS or (
            text in DASHES and _channel_follows(toks, j + 1)
        ):  # "الجيش الحر - في بيان له - أن"
            j += 1
            if j >= len(toks):
                return parts.tail(None, False)  # "وقال ترامب، في حديث حصري لوكالة «رويترز»، أمس الأربعاء،"
            if _continues(toks, j):
                continue
            aside = _aside_end(toks, j, quotes)
            if aside is None and (parts.aside or _closes_aside(toks, first)):
                aside = _apposition_end(toks, j, quotes)
            if aside is not None:
                j = aside  # "كشف حازم حسني، المتحدث باسم الحملة، موقف …": who the speaker is, between commas
                parts.aside = True
                continue
            return parts.tail(j, False)
        after = _skip(toks, j, quotes, cue, parts)
        if after is None:  # "أعلن عن …", "أشار إلى …", "حذر من …" open a verbal noun
            opens = text in ("عن", "الي", "علي") or (text == "من" and cue.lemma == "حذر")
            # "وكشفت وزيرة الدفاع … عن" at the end of what the scraper kept: nothing is said
            return parts.tail(j + opens if j + opens < len(toks) else None, False)
        j = after
    return parts.tail(None if j >= len(toks) else j, False)


def content_start(
    toks: list[Token], tail: Tail, quotes: dict[int, int], *, strong: bool
) -> tuple[int | None, bool]:
    """Where the content begins and whether «أن», a quotation or a colon marks it."""
    if tail.claim is None or tail.marked:
        return tail.claim, tail.marked
    ahead = set_off_content(toks, tail.claim, quotes, strong=strong)
    return (ahead, True) if ahead else (tail.claim, False)


def set_off_content(toks: list[Token], j: int, quotes: dict[int, int], *, strong: bool) -> int | None:
    """Content after a parenthetical or a manner phrase: "ومقره قاعدة «حميميم» …، إن …", "على حديثه بقوله: …".

    An «أن» further on also opens the content, at most a few words on for a weak verb and further for a
    strong one: "وأوضح أردوغان، في كلمة له خلال اجتماع … أن".
    """
    quoted = _circumstance_then_quote(toks, j, quotes) if strong else None
    if quoted is not None:
        return quoted
    topic = _topic_then_colon(toks, j)
    if topic is not None:
        return topic
    limit = min(len(toks) - 1, j + 16)
    dashed = not DASHES.isdisjoint(map(TEXT, toks[j:limit]))
    if OPENERS.isdisjoint(map(TEXT, toks[j : limit + 3 + dashed * DASH_ASIDE_WORDS])):
        return None  # no «أن», quotation mark or colon within reach: most objects, read without a loop
    # "واعتبر على هامش مشاركته بأعمال اللجنة … في سوتشي أن": where or when it was said, however long, before «أن».
    weak = j + 4
    # "عن مورغولوف قوله خلال فعاليات نادي فالداي الدولي في سيئول إن": the circumstance read from its opening
    # word, taken for a time.
    during = any(t.text in SPOKEN_AT for t in toks[max(0, j - SPOKEN_AT_BEHIND) : j])
    reach = j + 14 if strong or during or opens_circumstance(toks, j) else weak
    k = j - 1
    while k + 1 < limit:
        k += 1
        text, following = toks[k].text, toks[k + 1].text
        if text in DASHES and (close := _dash_aside_close(toks, k)) is not None:
            # "وعلقت هيلي على استهداف الحوثي للرياض - للمرة الثانية بصاروخ أعلن التحالف … - بالقول «…»": an aside
            # between dashes, whatever verb it holds, is read past.
            skipped = close - k
            limit, reach, weak = min(len(toks) - 1, limit + skipped), reach + skipped, weak + skipped
            k = close
            continue
        if not strong and k >= weak and text[0] == "و" and not is_definite(text):
            reach = weak  # "… ما اعتبرته هجمات عبر الحدود وضربت ما اشتبهت في أنه": another clause, not where
        if text in QUOTES_OPEN and quotes.get(toks[k].start, -1) >= toks[limit].start:
            return None
        if text in PARTICIPLES and k > j + 1:
            return (
                None  # "نفى المصدر وجود ضحايا، مؤكداً أن …": the object came first, the participle adds to it
            )
        if text in SPEECH_ADVERBS or adverbial(text):
            after = k + 1 + (following in COMMAS)
            opening = next(  # a mark that opens a quotation, not one that closes it: «… كبير أيضا "»
                (
                    i
                    for i in range(after, min(len(toks), after + 2))
                    if toks[i].text in QUOTES_OPEN and toks[i].start in quotes
                ),
                None,
            )
            if opening is not None or (after < len(toks) and _reporting_that(toks, after)):
                return opening if opening is not None else after + 1
            if following == ":":
                return k + 2
        if text in ENDS or text in PARTICIPLES or lookup(text)[0]:
            return None
        after = k + 1 + (following in ("الي", "علي"))
        # "أبدى قلقه من أن …", "عن خشيته من أن …": a noun of fear governs «من أن» and what is feared.
        feared = text == "من" and k == j + 1 and strip_suffix(toks[j].text) in FEARS
        if (
            after < len(toks)
            and _reporting_that(toks, after)
            and (text in COMMAS or k < reach and (text not in SUBORDINATORS or feared))
        ):
            return after + 1
    return None


# Prepositions and adverbs that open a circumstance of the speech itself: where, before whom, when.
CIRCUMSTANCES = frozenset("امام خلال في علي عبر لدي اثناء عقب بعد قبل من".split())


DASH_ASIDE_WORDS = 16


def _dash_aside_close(toks: list[Token], k: int) -> int | None:
    """The dash closing an aside that a dash opens at ``k``, a word or more later and before any sentence end,
    quotation mark or colon; None when there is none."""
    for i in range(k + 2, min(len(toks) - 1, k + DASH_ASIDE_WORDS)):
        text = toks[i].text
        if text in DASHES:
            return i
        if text in ENDS or text in QUOTES_OPEN or text == ":":
            return None
    return None


def opens_circumstance(toks: list[Token], j: int) -> bool:
    """Whether where or when it was said opens at ``j``: "في سوتشي", "خلال لقائه", "على هامش الاجتماع" (read
    from «هامش», «على» being taken as the verb's own preposition)."""
    return toks[j].text in SPOKEN_AT or (
        j > 0 and toks[j - 1].text == "علي" and toks[j].text in GOVERNED_BY_ALA
    )


SPOKEN_AT_BEHIND = 2  # tokens at most that a circumstance read as a time took before the content's start
# Of those, the ones that open only a circumstance: «على», «عبر», «من», «بعد», «قبل» also open what a verb governs,
# the channel, the source, or a clause («بعد أن»).
SPOKEN_AT = CIRCUMSTANCES - frozenset("علي عبر من بعد قبل".split())


TOPIC_WORDS = 6  # words at most of what a saying is about, between «عن» and the colon


def _topic_then_colon(toks: list[Token], j: int) -> int | None:
    """ "كتب ترامب عن حجب الوثائق : " … "": what it was about, then a colon and what was said."""
    if toks[j].text == "عن":
        j += 1
    elif j == 0 or toks[j - 1].text != "عن":
        return None
    for k in range(j + 1, min(len(toks) - 1, j + 1 + TOPIC_WORDS)):
        text = toks[k].text
        if text == ":":
            return k + 1
        if not is_word(text) or text in COMPLEMENTIZERS or lookup(text)[0]:
            return None
    return None


def _circumstance_then_quote(toks: list[Token], j: int, quotes: dict[int, int]) -> int | None:
    """ "قال أردوغان أمام عدد من الصحفيين في إسطنبول اليوم «…»": the quotation is the content."""
    opened = toks[j].text in CIRCUMSTANCES or time_follows(toks, j)
    if not opened and not (j > 0 and toks[j - 1].text in CIRCUMSTANCES):  # "خلال" already read as time
        return None
    for k in range(j + 1, min(len(toks), j + 14)):
        text = toks[k].text
        if text in ENDS or text in COMPLEMENTIZERS or lookup(text)[0]:
            return None
        if text == ":":
            return k + 1
        if text in QUOTES_OPEN:
            return k if toks[k].start in quotes else None
    return None


def _reporting_that(toks: list[Token], j: int) -> bool:
    return toks[j].text in COMPLEMENTIZERS and toks[j].text[0] != "و"
