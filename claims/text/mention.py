"""The source noun phrase after a reporting verb or preposition, read off the folded tokens.

Arabic marks the end of a construct chain with definiteness: "جيش النظام السوري" closes at the
definite "السوري", so an indefinite word after it ("طرد التنظيم") starts the object, not the source.
"""

from __future__ import annotations

from functools import lru_cache

from claims.text.adverbials import (
    OWN_SIDE,
    adverbial,
    boundary,
    closed_ta,
    is_cue_form,
    is_document,
    outlet_follows,
    said_in,
    strip_suffix,
    time_follows,
)
from claims.text.lexicon import (
    ADDRESSED,
    ADJECTIVES,
    ATTRIBUTIVES,
    COMMAS,
    COMPLEMENTIZERS,
    CUES,
    DIRECTIONS,
    DOCUMENTS,
    FUNCTION,
    GIVEN_NAMES,
    GOVERNED_BY_ALA,
    KUNYA,
    MASDARS,
    MEDIA,
    OBJECT_NOUNS,
    PREPOSITIONS,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    RANK_GRADES,
    RANKS,
    SOURCE_HEADS,
    SOURCE_HEADS_OR_TITLES,
    SPEECH_ADVERBS,
    SPOKEN,
    TIME_RUN,
    TITLES,
)
from claims.text.places import find_places, whole_place
from claims.text.tokens import Token, fold, is_arabic, is_definite, is_word, stem, strip_article
from sources.matching import REGISTRY_PATH, load_registry

MAX_MENTION = 16  # words
LONGEST_MASDAR = 7  # letters of the longest verbal noun without its suffix: "استخدام", "انسحاب"
ENVOYS = frozenset(["مبعوث", "سفير", "مندوب", "موفد", "ممثل", "مبعوثه", "سفيره", "مندوبه", "ممثله"])
PLACE_PREPOSITIONS = frozenset(
    ["باسم", "باعمال", "بريف", "بمدينه", "بمحافظه", "بمنطقه", "ببلده", "بقريه", "بحي", "بولايه", "لدي"]
)
# "المصدر ذاته", "وسائل الإعلام هذه": pointing back, still part of the mention.
DEMONSTRATIVES = frozenset(
    ["هذه", "هذا", "ذاته", "ذاتها", "ذاتهم", "نفسه", "نفسها", "نفسهم", "عينه", "عينها"]
)


POINTING = frozenset(["هذا", "هذه", "ذلك", "تلك", "هولاء"])
# «قد» with a particle glued to it opens the clause after a fronted phrase: "وبحسب مسؤولين إسرائيليين فقد تم …".
QAD = frozenset(["فقد", "وقد", "لقد"])


# "وتابع كيري كلامه": what the speaker said, with his pronoun, is no word of his name.
SPEECH_NOUNS = frozenset(["كلام", "حديث", "قول", "تصريح", "تصريحات", "كلمه", "رد", "راي"])


def own_speech(word: str) -> bool:
    """ "كلامه", "حديثها": a speech noun with a possessive pronoun, what someone said."""
    bare = strip_suffix(word)
    return bare != word and bare in SPEECH_NOUNS


def _numbered(toks: list[Token], j: int, start: int) -> bool:
    """ "القناة 20 الإسرائيلية": a number after a channel's or a brigade's kind is its name."""
    return j > start and toks[j].text.isdigit() and strip_article(toks[j - 1].text) in MEDIA | NUMBERED


NUMBERED = frozenset(["فرقه", "لواء", "فيلق", "كتيبه", "قناه"])


def _spokesperson(toks: list[Token], j: int) -> bool:
    """ "وقالت متحدثة باسم الجيش": before «باسم» the participle «متحدثة» is a title, no circumstance ("متحدثاً")."""
    return j + 1 < len(toks) and toks[j + 1].text == "باسم"


def _stops(toks: list[Token], j: int, count: int) -> bool:
    word = toks[j].text
    if count > 0 and own_speech(word):
        return True
    if word in COMPLEMENTIZERS or word in FUNCTION or word in SPEECH_ADVERBS or word in QAD:
        return True
    if word in PREPOSITIONS or (word[0] == "و" and word[1:] in PREPOSITIONS):
        return True
    if (
        word[0].isdigit()
        or (adverbial(word) and not _spokesperson(toks, j))
        or (word[0] == "ل" and word[1:] in ADDRESSED)
    ):
        return True
    if count > 0 and told_to(word, toks[j - 1].text):
        return True
    if count > 0 and word[0] == "ل" and not is_definite(toks[j - 1].text) and _registry_outlet_end(toks, j):
        return True  # "اللفتنانت كولونيل جوناثان كونريكوس لرويترز": the outlet a bare name spoke to
    if word == "من" and count != 1:  # "عدد من الناشطين" keeps it; "من خلال" and "من عدد من المصادر" do not
        return True
    if word == "من" and (
        j + 1 == len(toks) or toks[j + 1].text in COMPLEMENTIZERS or not is_word(toks[j + 1].text)
    ):
        return True  # "وحذر الوزير من أن …": the preposition the verb governs, before its content
    if count > 0 and masdar(word) and not _open_construct(toks[j - 1].text, word):
        return True
    if said_in(toks, j):
        return True
    if time_follows(toks, j):
        return True
    if word not in ATTRIBUTIVES and (is_cue_form(word) or is_cue_form(strip_suffix(word))):
        return True  # "تابعة" («affiliated») is no "تابعه" («he followed him»)
    return count > 0 and outlet_follows(toks, j)


def told_to(word: str, before: str) -> bool:
    """ "كيري لمجلس الأمن": a body after a bare name and «لـ» is whom the name spoke to; in "رئيس لجنة" or
    "النائب الأول لرئيس اللجنة" the «لـ» phrase belongs to the title; "ضياء العبد الله لمركز توثيق …": after
    a compound family name it is whom he told."""
    if len(word) < 4 or word[0] != "ل" or word.startswith("لل") or (is_definite(before) and before != "الله"):
        return False
    told = strip_article(word[1:]) in SOURCE_HEADS_OR_TITLES
    return told and strip_article(before) not in SOURCE_HEADS_OR_TITLES and before not in KUNYA | ATTRIBUTIVES


def masdar(word: str) -> bool:
    """ "مقتل", "ومشاركته": a verbal noun, also with a possessive ("أعلن نظام الأسد مشاركته في …")."""
    if word in MASDARS:
        return True
    base = strip_suffix(word)
    return base != word and closed_ta(base, MASDARS) in MASDARS


def verbal_noun(word: str) -> bool:
    """A verbal noun by its listed form or its pattern: "مقتل", "انطلاق" (انفعال), "استعداد" (استفعال),
    "اجتماع" (افتعال), "اتفاق", "إطلاق" (إفعال), "تدمير" (تفعيل), "مشاركة" (مفاعلة), "التمسك" (تفعّل)."""
    if masdar(word):
        return True
    w = strip_article(strip_suffix(word))
    n = len(w)
    return (
        (n == 7 and w.startswith("است") and w[5] == "ا")
        or (n == 6 and w[0] == "ا" and w[2] == "ت" and w[4] == "ا")
        or (n == 6 and w.startswith("ان") and w[4] == "ا")
        or (n == 5 and w[0] == "ا" and w[3] == "ا")
        or (n == 5 and w[0] == "ت" and w[3] == "ي")
        or (n == 6 and w[0] == "م" and w[2] == "ا" and w[5] == "ه")
        # "التمسك" (تفعّل), "التعاون" (تفاعل): with the article a word in «ت» is no imperfect verb.
        or (is_definite(word) and w[0] == "ت" and (n == 4 or (n == 5 and w[2] == "ا")))
    )


def _open_construct(word: str, noun: str) -> bool:
    """An indefinite body noun still awaits its genitive: "هيئة تحرير الشام", "حركة تحرير الوطن"; an indefinite
    title a definite verbal noun: "رئيس التحرير" ("أعلن مسؤول انسحاب …" opens the object).

    After a closed name ("أعلن تنظيم داعش مقتل …") the verbal noun opens the object instead.
    """
    if noun == "تحرير" and word in EDITORS:
        return True  # "رئيسة تحرير المجلة نانسي غيبز": the editor's title, not "أعلن مسؤول تحرير البلدة"
    return word in SOURCE_HEADS and not is_definite(word) and (word not in TITLES or is_definite(noun))


# Heads of «تحرير» (editing) in an editor's title: "رئيس تحرير", "مديرة تحرير", "سكرتير تحرير".
EDITORS = frozenset(fold(w) for w in "رئيس رئيسة مدير مديرة سكرتير سكرتيرة".split())


def marked_name_end(toks: list[Token], j: int, quotes: dict[int, int], *, final: bool = False) -> int | None:
    """Index after a short quoted or bracketed name at ``j``: «سبوتنيك», "محمد هنداوي", (منسقو الاستجابة).

    A quotation that ends the sentence is speech, not a name, unless ``final`` allows it.
    """
    close = quotes.get(toks[j].start) if toks[j].text != "(" else None
    if close is None and toks[j].text == '"' and not quotes:
        close = _local_close(toks, j)  # a paragraph with an odd count of marks pairs none of them
    for k in range(j + 1, min(len(toks), j + 8)):
        text = toks[k].text
        if (close is not None and toks[k].start == close) or (close is None and text == ")"):
            inner = [t.text for t in toks[j + 1 : k]]
            last = k + 1 >= len(toks) or toks[k + 1].text in ".!?؟"
            # "( إن . تي . في )", '" أن بي سي "': initials spelt out, not «إن»
            spelt = len(inner) > 1 and (inner[1] == "." or all(len(w) <= 3 and is_arabic(w) for w in inner))
            if not inner or (inner[0] in COMPLEMENTIZERS and not spelt) or (last and not final):
                return None
            return k + 1
        initials = text == "." and toks[j].text == "("  # "قناة ( إن . تي . في ) التركية"
        if not is_word(text) and text not in COMMAS and not initials:
            return None
    return None


def _local_close(toks: list[Token], j: int) -> int | None:
    """The straight mark closing a short run of words opened at ``j``: '" مجلس مسلحي الغوطة الشرقية "'."""
    for k in range(j + 1, min(len(toks), j + 8)):
        if toks[k].text == '"':
            return toks[k].start if k > j + 1 else None
        if not is_word(toks[k].text):
            return None
    return None


def _quoted_source(toks: list[Token], j: int, quotes: dict[int, int]) -> int | None:
    """ "وفق ما أفاد «المرصد السوري لحقوق الإنسان»": a quoted name standing for the whole source."""
    end = marked_name_end(toks, j, quotes, final=True)
    if end is None or end - j > 7 or _spoken_words(toks[j + 1 : end - 1]):
        return None  # 'وأضاف " هذه هي الأزمة التي نواجهها "': what he said, not who said it
    named = strip_article(toks[j + 1].text) in SOURCE_HEADS
    governed = end < len(toks) and toks[end].text in ("عن", "الي", "علي")  # 'وعبّر " الحر " عن إدانته'
    titled = _titled_after(toks, end)
    told = end < len(toks) and told_outlet(toks, end)  # '" أبو شام " لبلدي نيوز "…"': the outlet it spoke to
    return end if named or governed or titled or told or (end < len(toks) and boundary(toks, end)) else None


def _titled_after(toks: list[Token], j: int) -> bool:
    """'" أبو شام " القائد العسكري في …': a title with the article after a quoted name describes the person."""
    return j < len(toks) and is_definite(toks[j].text) and strip_article(toks[j].text) in TITLES


NAME_LINKS = frozenset(["عبد", "بن", "ابن"])


def _name_run(toks: list[Token], j: int) -> int | None:
    """A personal name right before a boundary: "المسؤول الاتحادي زومر،", "الخبير … هشام الهاشمي أن"."""
    k = j
    while k < len(toks) and k - j < 4 and is_word(toks[k].text) and not is_definite(toks[k].text):
        if boundary(toks, k) or (k > j and (toks[k].text in CUES or toks[k].text in SPEECH_ADVERBS)):
            break  # "الرئيس التركي أردوغان يعلن …", "عن وزير الدفاع سيرجي شويجو قوله": the saying ends it
        if toks[k].text in NAME_LINKS and k + 1 < len(toks) and is_word(toks[k + 1].text):
            k += 2  # "رامي عبد الرحمن", "عبد الله بن زايد": «عبد» and «بن» join the word after them
            continue
        if k > j and _and_title(toks[k].text):
            return k  # "الناشط الإعلامي عمار سلمو وعضو تنسيقية …": a second title of the same person follows
        if _stops(toks, k, 2):
            return None
        k += 1
    if k == j or toks[j].text in DIRECTIONS or toks[j].text[0] == "و" or toks[k - 1].text.endswith("يا"):
        return None
    if k < len(toks) and is_definite(toks[k].text) and toks[k].text.endswith("ي"):
        k += 1
    # "بطريرك الكنيسة الروسية كيريل «…»": a quotation after the name ends it as well.
    return (
        k
        if k >= len(toks)
        or boundary(toks, k)
        or toks[k].text in QUOTES_OPEN
        or toks[k].text in CUES
        or toks[k].text in SPEECH_ADVERBS
        else None
    )


def _and_title(word: str) -> bool:
    """ "وعضو", "والمتحدث": «و» and a title, which goes on describing the person named before it."""
    return len(word) > 3 and word[0] == "و" and strip_article(word[1:]) in TITLES


def _adjective(word: str) -> bool:
    """A definite word that can qualify the phrase before it: nisba ("السوري"), participle ("المدعومة")."""
    bare = strip_article(word)
    return (
        word.startswith(("لل", "وال", "الم", "والم"))
        or bare.endswith(("ي", "يه", "يين", "يون"))
        or word in ADJECTIVES
    )


def _chain_goes_on(word: str, definite: bool) -> bool:
    """After a definite word closed the chain, only adjectives, prepositional phrases, names and a rank
    heading a name go on."""
    if definite:
        # "الجار الله": «الله» closes a compound family name after a definite one, as after «نصر» or «فضل».
        return _adjective(word) or strip_article(word) in TITLES or word == "الله"
    return word in PLACE_PREPOSITIONS or word in KUNYA or (word.startswith("ل") and len(word) > 3)


def _in_body(word: str) -> bool:
    """ "بمجلس الشيوخ" after "رئيس لجنة الشؤون الخارجية": «بـ» and the body a title or a body belongs to
    (read only after a phrase headed by a title or a body: "السماح للنساء بقيادة السيارات" is none)."""
    body = strip_article(word[1:])  # "بمجلس الشيوخ", "بالأمم المتحدة"
    return word.startswith("ب") and body in SOURCE_HEADS and body not in MEDIA | TITLES


# Quantities of people that take «من» and whom they count: "الكثير من السوريين", "العديد من السكان".
PARTITIVES = frozenset(fold(w) for w in "كثير عديد بعض معظم غالبية أغلب أغلبية".split())


def _from_end(
    toks: list[Token], j: int, quotes: dict[int, int], indefinite: bool = False, start: int = -1
) -> int | None:
    """ "المدعومة من التحالف" and "مصادر محلية من بنش إن" keep their «من» phrase; "من عدد من المصادر" does not;
    after an indefinite source, «من» and a body is the body it is one of ("فصيل آخر للمعارضة من الجيش الحر")."""
    if toks[j - 1].text in ATTRIBUTIVES:
        return j + 1
    following = toks[j + 1].text if j + 1 < len(toks) else ""
    if following in OWN_SIDE:
        return None  # "وزير الخارجية من جهته": on his side, no part of the name
    if j - 1 == start and strip_article(toks[j - 1].text) in PARTITIVES and is_definite(following):
        return j + 1  # "الكثير من السوريين", "العديد من السكان": some of them, who speak
    if indefinite and is_definite(following) and strip_article(following) in SOURCE_HEADS - DOCUMENTS:
        return j + 1
    if indefinite and following in QUOTES_OPEN:
        # "مصدر عسكري من « قاطع البادية »", "مصدر آخر من « البيشمركة »": the body it is one of, in quotes.
        quoted = marked_name_end(toks, j + 1, quotes, final=True)
        if quoted is not None:
            return quoted
    k = j + 1
    while k < len(toks) and k - j <= 2 and is_word(toks[k].text) and not is_definite(toks[k].text):
        if boundary(toks, k) or (
            k > j + 1
            and toks[k].text in CUES
            and whole_place(" ".join(t.text for t in toks[j + 1 : k])) is not None
        ):
            break  # "مصادر عسكرية من عفرين نفت": the reporting verb after the place ends the phrase
        if _stops(toks, k, 0):
            return None
        k += 1

    def ends(k: int) -> bool:  # "مصدر عسكري من قاطع البادية قال إن": a reporting verb after it ends it too
        return k >= len(toks) or boundary(toks, k) or outlet_follows(toks, k) or toks[k].text in CUES

    if k > j + 1 and k < len(toks) and is_definite(toks[k].text) and ends(k + 1):
        k += 1  # "من قاطع البادية": the genitive that closes the name of the place or body
    return k if k > j + 1 and ends(k) else None


def np_end(toks: list[Token], j: int, quotes: dict[int, int], *, head: bool = False) -> int:
    """Index after the source noun phrase that starts at ``j`` (``j`` itself when there is none).

    "مصادر مطلعة في إدلب لوكالة «سبوتنيك» أن" → ends before "لوكالة";
    "جيش النظام السوري في التاسع من فبراير طرد" → ends before "في". ``head`` accepts a first word
    that would otherwise stop the phrase ("لوكالة" when the outlet itself is being read). A «في» the phrase
    took in but nothing after it joined ("السفارة الأميركية في | بغداد العميد") is left out.
    """
    end = _np_end(toks, j, quotes, head=head)
    return end - 1 if end - 1 > j and toks[end - 1].text == "في" else end


def _np_end(toks: list[Token], j: int, quotes: dict[int, int], *, head: bool) -> int:
    start, words, closed, open_name, in_name = j, 0, False, False, False
    person = j < len(toks) and strip_article(toks[j].text) in TITLES
    outlet = j < len(toks) and strip_article(toks[j].text) in MEDIA  # "وكالة الأنباء الرسمية « وام »"
    envoy = j < len(toks) and strip_article(toks[j].text) in ENVOYS  # "مبعوث الأمم المتحدة إلى سوريا"
    headed = (
        j < len(toks) and strip_article(toks[j].text) in SOURCE_HEADS
    )  # a body or a title, no verbal noun
    while j < len(toks) and words < MAX_MENTION:
        word = toks[j].text
        if word in QUOTES_OPEN or word == "(":
            end = _name_in_marks(toks, j, start, quotes)
            if end is None or (closed and not (open_name or person or outlet or headed)):
                break
            whole = j == start  # «المرصد السوري» standing for the source: only qualifiers may follow
            described = whole and _titled_after(
                toks, end
            )  # a person's name, then the title that describes it
            j, closed, open_name, in_name = end, whole and not described, not whole, not whole
            continue
        if j > start and toks[j - 1].text in QUOTES_CLOSE and definite_plural(word):
            break  # 'وناشد وزير الداخلية " توماس دي ميزير " المعنيين بالأمر': the name in marks ends it
        if (
            word == "من"
            and j > start
            and (after := _from_end(toks, j, quotes, _indefinite(toks, start, j), start))
        ):
            j, closed, open_name = after, False, False
            continue
        pointed = j + 1 < len(toks) and toks[j + 1].text not in TIME_RUN  # "الوزير هذا الأسبوع" is a time
        # "وصفت روسيا هذه المناورات بأنها": «هذه» and a definite noun open the object, not "روسيا هذه".
        ahead = word in POINTING and j + 1 < len(toks) and is_definite(toks[j + 1].text)
        if closed and word in DEMONSTRATIVES and pointed and not ahead:
            j, words = j + 1, words + 1
            continue
        if (
            not closed
            and j > start
            and word in POINTING
            and pointed
            and is_definite(toks[j + 1].text)
            and not find_places(toks[j - 1].text)  # "وصفت روسيا هذه المناورات": a place takes no genitive
        ):
            j, words = j + 1, words + 1  # "منتقدي هذا الحكم": the genitive a demonstrative points to
            continue
        if word == "الي" and envoy and j > start and _destination(toks, j):
            closed, open_name, j = False, False, j + 1
            continue
        if _numbered(toks, j, start):
            closed, open_name, j, words = False, False, j + 1, words + 1
            continue
        named = j > start and (
            toks[j - 1].text in KUNYA or _given_name_ali(toks, j) or _given_name_of_time(toks, j)
        )
        if not is_word(word) or (_stops(toks, j, j - start) and not (head and j == start) and not named):
            break
        # "بثينة شعبان": a given name that opens on «ب» is no «بـ» and a verbal noun.
        if j > start and not in_name and word not in GIVEN_NAMES and _masdar_with_bi(word, toks[j - 1].text):
            run = closed and _name_run(toks, j)  # "الرئيس الإيراني برويز إسماعيلي ،" is a name
            if not (run and run < len(toks) and toks[run].text in COMMAS | COMPLEMENTIZERS):
                break
        if word == "في":
            if j == start:
                break
            closed, open_name, j = False, False, j + 1
            continue
        definite = is_definite(word)
        if definite and word.endswith("ات") and _named_construct(toks, start, j):
            return j  # "ونفى مكتب صالح الشائعات": a construct closed by a name takes no plural after it
        ranked = (
            definite
            and strip_article(word) in RANKS
            and j + 1 < len(toks)
            and toks[j + 1].text in RANK_GRADES
        )
        if closed and definite and _disagrees(toks[j - 1].text, word):
            return (
                j  # "وحذر القصبي المصريين": a plural adjective qualifies no singular name; it is the object
            )
        body = headed and _in_body(word)  # "رئيس لجنة … بمجلس الشيوخ", "التحالف بقيادة السعودية"
        if (closed and not open_name or _takes_no_genitive(toks, start, j)) and told_outlet(toks, j):
            return j  # "فصيل … من الجيش السوري الحر لرويترز بأنه", "ناشطون لبلدي نيوز أنه": the outlet it spoke to
        if j > start + 1 and toks[j - 1].text == "الله" and is_definite(toks[j - 2].text) and not definite:
            # "ورحب الحمد الله بهم", "العبد الله لمركز توثيق …": a compound family name ends the name
            return j if word not in NAME_LINKS else _name_run(toks, j) or j
        if closed and not open_name and not ranked and not body and not _chain_goes_on(word, definite):
            return (not definite and _name_run(toks, j)) or j
        closed = definite
        open_name = strip_article(word) in TITLES and definite or ranked or word in KUNYA
        in_name = open_name or (in_name and not definite)
        j, words = j + 1, words + 1
    return j


def _indefinite(toks: list[Token], start: int, end: int) -> bool:
    """No word of the phrase carries the article but in a «لـ» phrase: "فصيل آخر للمعارضة"."""
    return not any(is_definite(t.text) and not t.text.startswith("لل") for t in toks[start:end])


OUTLET_KINDS = frozenset(["outlet", "agency"])


@lru_cache(maxsize=1)
def _outlet_names() -> frozenset[str]:
    """The registry's outlets and agencies by their names and aliases, folded, without a head noun:
    "عنب بلدي", "رويترز", "سمارت", "فرانس برس"."""
    names: set[str] = set()
    for entry in load_registry(REGISTRY_PATH):
        if entry["kind"] in OUTLET_KINDS:
            for name in (entry["name"], *entry["aliases"]):
                words = fold(name).split()
                if words and strip_article(words[0]) in MEDIA:
                    words = words[1:]
                if words and all(is_arabic(w) for w in words):
                    names.add(" ".join(words))
    return frozenset(names)


def registry_outlet(name: str) -> bool:
    """Whether a folded name without its head noun is an outlet or agency of the registry: "فرانس برس"."""
    return name in _outlet_names()


def known_outlet_end(toks: list[Token], j: int) -> int | None:
    """ "قال لعنب بلدي إن", "أوضح لسمارت أن": «لـ» and an outlet of the registry named without «وكالة» or
    «صحيفة» («أن», a comma, a quotation or the content after it): whom a speaker said it to; the index where it
    ends, None when there is none. Right after a verb a «لـ» word may as well be a name ("قال لافروف إن", "ذكر لاعب نادي …"),
    so only a name the registry holds is taken."""
    return _registry_outlet_end(toks, j) if told_outlet(toks, j) else None


OUTLET_WORDS = 3  # words at most of an outlet's name after «لـ»


def outlet_name_end(toks: list[Token], j: int) -> int | None:
    """The index after an outlet of the registry named at ``j``, with or without its head noun: "رويترز",
    "وكالة رويترز", "فرانس برس"; None when none is named there or the name is a place's."""
    k = j + (j < len(toks) and strip_article(toks[j].text) in MEDIA)
    n = _outlet_words([t.text for t in toks[k : k + OUTLET_WORDS]])
    return k + n if n else None


def _registry_outlet_end(toks: list[Token], j: int) -> int | None:
    """The index after the longest outlet name of the registry that «لـ» at ``j`` opens, whatever follows it:
    "قال لعنب بلدي إن …", "نفى مصدر لعنب بلدي صحة الأنباء"; None when it opens none."""
    n = _outlet_words([toks[j].text[1:], *(t.text for t in toks[j + 1 : j + OUTLET_WORDS])])
    if not n and j + 1 < len(toks) and toks[j + 1].text == "نيوز" and is_arabic(toks[j].text):
        n = 2  # "قال لمهاجر نيوز إنه", "لبلدي نيوز": «نيوز» names a news site, in the registry or not
    return j + n if n else None


def _outlet_words(words: list[str]) -> int:
    """How many of the first words name an outlet of the registry, the longest name first; 0 for none, or for
    a country or town ("المبعوث الأممي لسوريا" is where, though an outlet bears its name: "تلفزيون سوريا")."""
    n = next((n for n in range(len(words), 0, -1) if " ".join(words[:n]) in _outlet_names()), 0)
    return n if n and not find_places(" ".join(words[:n])) else 0


# "المبعوث الخاص لشؤون سوريا"، "مساعد الوزير لشؤون الشرق الأوسط": what a title is in charge of, no outlet.
AFFAIRS = frozenset(["شوون", "شيون"])


def told_outlet(toks: list[Token], j: int) -> bool:
    """ "لرويترز إن", "لفرانس برس أن": after a closed name, «لـ» and a proper name right before «أن», a comma or
    the quotation it was told ("لبلدي نيوز «…»") is whom it was said to; not a body ("الأمين العام لحزب الله") nor a place ("المبعوث الأممي لسوريا")."""
    word = toks[j].text
    if len(word) < 4 or word[0] != "ل" or word.startswith("لل") or not is_word(word):
        return False
    bare = word[1:]
    if (
        bare in SOURCE_HEADS_OR_TITLES
        or stem(bare) in SOURCE_HEADS
        or bare in KUNYA
        or bare in AFFAIRS
        or word in PLACE_PREPOSITIONS
    ):
        return False
    if _registry_outlet_end(toks, j) is not None:
        return True  # "نفى مصدر لعنب بلدي صحة الأنباء": an outlet the registry holds, then the content
    k = j + 1
    while k < len(toks) and k - j <= 2 and is_word(toks[k].text) and not boundary(toks, k):
        if is_definite(toks[k].text) or _stops(toks, k, 1):
            return False
        k += 1  # "لفرانس برس"
    if k >= len(toks) or toks[k].text not in COMPLEMENTIZERS | COMMAS | QUOTES_OPEN:
        return False
    return not find_places(bare)


def _takes_no_genitive(toks: list[Token], start: int, j: int) -> bool:
    """The word before ``j`` cannot head a genitive, so a name after it is none of its own: a sound plural that
    keeps its «ن» ("ناشطون", "مسؤولين"; in a genitive chain it drops it: "ناشطو"), or an indefinite nisba
    after a noun ("مسؤول حكومي")."""
    if j == start:
        return False
    before = toks[j - 1].text
    if not is_word(before) or is_definite(before):
        return False
    plural = len(before) >= 5 and before.endswith(("ون", "ين"))
    return plural or (j - 1 > start and len(before) >= 4 and before.endswith(("ي", "يه")))


def definite_plural(word: str) -> bool:
    """ "الصحافيين", "القيادات": a definite plural, which after a closed name describes no one in it but is the
    verb's object."""
    return is_definite(word) and word.endswith(("ين", "ون", "ات"))


def _named_construct(toks: list[Token], start: int, j: int) -> bool:
    """ "مكتب صالح", "حكومة نتنياهو": a body's head noun and a name without the article, definite together."""
    head, name = toks[start].text, toks[j - 1].text
    return (
        j - start == 2
        and strip_article(head) in SOURCE_HEADS
        and not is_definite(head)
        and is_arabic(name)
        and not is_definite(name)
        and name not in FUNCTION
        and name != "في"  # "مصدر في المخابرات العسكرية": the body it is in, no name
        and strip_article(head) not in TITLES  # "رئيس قسم الشؤون العامة": a title heads a longer name
        and not name.endswith("ه")  # "مجلس محافظة …": a noun in ta marbuta, no name
        and strip_article(name) not in SOURCE_HEADS
        and not verbal_noun(name)  # "مكتب تنسيق العمليات"
    )


def _disagrees(before: str, word: str) -> bool:
    """A plural nisba ("المصريين") after a singular one ("القصبي") agrees with nothing before it."""
    return is_definite(before) and before.endswith("ي") and word.endswith(("يين", "يون"))


def _destination(toks: list[Token], j: int) -> bool:
    """ "مبعوث الأمم المتحدة إلى سوريا ستافان دي ميستورا": «إلى» and a place inside an envoy's title."""
    following = toks[j + 1].text if j + 1 < len(toks) else ""
    return is_word(following) and not (following in COMPLEMENTIZERS or following in FUNCTION)


# Given names that are also words of time: "الشيخ صباح خالد الحمد الصباح".
TIME_NAMES = frozenset(["صباح", "ضحي", "سحر"])


def _given_name_of_time(toks: list[Token], j: int) -> bool:
    """ "الشيخ صباح خالد الحمد الصباح": after a title, a word of time that is also a given name, followed by a
    plain word, is the name; "الوزير صباح اليوم" is a time."""
    if toks[j].text not in TIME_NAMES or j + 1 >= len(toks):
        return False
    after = toks[j + 1].text
    return (
        strip_article(toks[j - 1].text) in TITLES
        and _plain_word(after)
        and is_arabic(after)
        and after not in FUNCTION
    )


def _given_name_ali(toks: list[Token], j: int) -> bool:
    """ "بن علي يلدريم", "محمد علي": «علي» after a name is a name, not the preposition «على»."""
    if toks[j].text != "علي" or j + 1 >= len(toks) or not is_word(toks[j + 1].text):
        return False
    before, after = toks[j - 1].text, toks[j + 1].text
    if (
        is_document(after)
        or after in GOVERNED_BY_ALA
        or after in OBJECT_NOUNS
        or verbal_noun(after)
        or said_in(toks, j)
    ):
        # "بوشكوف على حسابه في تويتر", "ترامب على تويتر", "لافروف على هامش …", "هيلي على استهداف …": the
        # preposition, not «علي».
        return False
    if before in KUNYA:
        return True
    common = strip_article(before) in SOURCE_HEADS_OR_TITLES or stem(before) in SOURCE_HEADS_OR_TITLES
    plain = not (is_definite(before) or is_definite(after) or after in FUNCTION or after in COMPLEMENTIZERS)
    plural = before.endswith(("يون", "يين"))  # "معارضون سوريون على وسائل التواصل": a nisba plural, no name
    return plain and not common and not plural and is_word(before)


def _name_in_marks(toks: list[Token], j: int, start: int, quotes: dict[int, int]) -> int | None:
    if j == start:
        return marked_name_end(toks, j, quotes) if toks[j].text == "(" else _quoted_source(toks, j, quotes)
    inner = toks[j + 1].text if j + 1 < len(toks) else ""
    if toks[j].text == "(" and (inner == "في" or inner in PREPOSITIONS or inner in FUNCTION):
        return None  # "الوزارة ( في بيان ) إن": where it was said, in brackets, no name
    # "بحسب ما قال مصدر لوكالة « رويترز » .": the outlet's name in marks may end the sentence.
    outlet = any(_media_noun(toks[k].text) for k in (j - 1, start))
    end = marked_name_end(toks, j, quotes, final=outlet)
    if end is not None and toks[j].text != "(" and _spoken_words(toks[j + 1 : end - 1]):
        return None  # 'وقال أحمد " التحرش هو المخالفة الأكثر وقوعا " في المدينة': what he said, not his name
    return end


SPOKEN_WORDS = 3  # words at least of a quotation after a name that a function word shows to be speech


def _spoken_words(inner: list[Token]) -> bool:
    """Whether words in quotation marks after the start of a name are a sentence, not a name."""
    words = [t.text for t in inner if is_word(t.text)]
    return len(words) >= SPOKEN_WORDS and not SPOKEN.isdisjoint(words)


def _media_noun(word: str) -> bool:
    """ "الوكالة", "لوكالة", "للوكالة": a noun of the media, bare, defined or told to with «لـ»."""
    return strip_article(word) in MEDIA or told_media(word)


def told_media(word: str) -> bool:
    """ "لوكالة", "للقناة", "لقناة المسيرة": «لـ» and a noun of the media, whom something was told."""
    return word[:1] == "ل" and strip_article(word[1:]) in MEDIA


def _masdar_with_bi(word: str, before: str) -> bool:
    """ "روسيا بفبركة", "مصادر متقاطعة بوصول": «بـ» and a verbal noun start the object, not the name."""
    if not word.startswith("ب") or is_definite(word) or word in PLACE_PREPOSITIONS or len(word) < 5:
        return False
    if len(strip_suffix(word[1:])) > LONGEST_MASDAR:
        return False  # "سان برناردينو": a foreign name in «ب», longer than any verbal noun after «بـ»
    if _in_body(word):
        return False  # "رئيس لجنة الشؤون الخارجية بمجلس الشيوخ"
    return not (strip_article(before) in MEDIA | TITLES or before in KUNYA)


def _plain_word(word: str) -> bool:
    return is_word(word) and not is_definite(word) and word not in TIME_RUN and word not in COMMAS


# Words at most of a place that locates the body before a name set off by commas: "… بشمال العراق ،".
LOCATOR_WORDS = 3


def appositive_end(toks: list[Token], j: int) -> int:
    """Extend a mention over a name set off by commas: "رئيس الهيئة …، هانز زومر، في حديث" → after "زومر";
    "وكان عضو الوفد، أحمد عثمان قد قال" → after "عثمان"; "مسؤول جهاز الأمن في إقليم كردستان بشمال العراق ،
    لاهور طالباني ، إنه" → after "طالباني" (where the body lies, then the name)."""
    located = _locator_end(toks, j)
    if located is not None:
        end = _apposed_name_end(toks, located)
        return end if end != located else j
    return _apposed_name_end(toks, j)


def _locator_end(toks: list[Token], j: int) -> int | None:
    """The comma after "بشمال العراق" at ``j``: «بـ», a direction, and a place."""
    if j >= len(toks) or not toks[j].text.startswith("ب") or toks[j].text[1:] not in DIRECTIONS:
        return None
    k = j + 1
    while k < len(toks) and k - j <= LOCATOR_WORDS and is_word(toks[k].text):
        k += 1
    if k == j + 1 or k >= len(toks) or toks[k].text not in COMMAS:
        return None
    return k if find_places(" ".join(t.text for t in toks[j + 1 : k])) else None


def _apposed_name_end(toks: list[Token], j: int) -> int:
    if j >= len(toks) or toks[j].text not in COMMAS:
        return j
    k = j + 1
    # "، العقيد أحمد المسماري ،": a rank or title opens the name; "، ( فاليري غيراسيموف ) ،": in brackets.
    bracket = k < len(toks) and toks[k].text == "("
    k += bracket
    k += (
        k + 1 < len(toks)
        and is_definite(toks[k].text)
        and strip_article(toks[k].text) in RANKS
        and _plain_word(toks[k + 1].text)
        and not _stops(toks, k + 1, 2)
        and toks[k + 1].text != "في"
    )
    opened = k
    while k < len(toks) and k - j <= 5 + bracket and is_word(toks[k].text):
        if toks[k].text in NAME_LINKS and k + 1 < len(toks) and is_word(toks[k + 1].text):
            k += 2  # "، النقيب عبد السلام عبد الرزاق ،": «عبد» and the word after it are one name
            continue
        if is_definite(toks[k].text):
            if k == opened:
                break
            k += 1  # "، سليمان الشريف ،": a family name with the article ends the name
            if k + 1 < len(toks) and is_definite(toks[k].text) and toks[k + 1].text in COMMAS:
                k += 1  # "، صباح خالد الحمد الصباح ،": of two words
            break
        if toks[k].text == "قد":
            break
        # "، صباح خالد …": a given name that is also a time word, before a name that is none.
        given = k == opened and k + 1 < len(toks) and _plain_word(toks[k + 1].text)
        if toks[k].text != "و" and _stops(toks, k, 2) and not (given and toks[k].text in TIME_RUN):
            return j
        k += 1
    if k == opened or k >= len(toks):
        return j
    if bracket:
        if toks[k].text != ")" or k + 1 >= len(toks):
            return j
        k += 1
    return k if toks[k].text in COMMAS or toks[k].text in COMPLEMENTIZERS or toks[k].text == "قد" else j
