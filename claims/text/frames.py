"""A reporting frame and how each kind is read: verb first, subject first, after «كان … قد», after a preposition.

"وأفادت مصادر ميدانية بأن …", "الرئاسة اللبنانية أعلنت، أن …", "وكان الرئيس قد صرح بأن …",
"بحسب ما أفاد المرصد …", "وفق مصادر عسكرية …".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from claims.text.adverbials import (
    SUFFIXES,
    adverbial,
    closed_ta,
    is_cue_form,
    is_document,
    issuer_start,
    outlet_follows,
    said_in,
    skip_time,
    strip_suffix,
    time_follows,
)
from claims.text.coref import UNTELLING
from claims.text.lexicon import (
    ADDRESSED,
    ADDRESSEES,
    ADJECTIVES,
    ASCRIBING,
    ASIDES,
    ATTRIBUTIVES,
    CALLS_FOR,
    CAME,
    CAPITALS,
    CHAIN,
    COMMAS,
    COMPLEMENTIZERS,
    CONNECTORS,
    CONTINUATION,
    CORRESPONDENTS,
    COUNTERPARTS,
    COUNTRIES,
    FUNCTION,
    GIVEN_NAMES,
    IN_PASSING,
    INFORMED,
    INFORMING,
    ISSUED,
    KUNYA,
    MASDARS,
    MEDIA,
    OBJECT_NOUNS,
    PARTICIPLES,
    PREPOSITIONS,
    PRONOUN_ADDRESSEES,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    SOURCE_HEADS,
    SOURCE_HEADS_OR_TITLES,
    SPEECH_ADVERBS,
    TIME,
    TIME_RUN,
    TITLES,
    Cue,
)
from claims.text.mention import (
    appositive_end,
    definite_plural,
    known_outlet_end,
    marked_name_end,
    masdar,
    np_end,
    outlet_name_end,
    own_speech,
    told_outlet,
    told_to,
    verbal_noun,
)
from claims.text.names import LINKS
from claims.text.places import find_places, whole_place
from claims.text.tail import (
    DESCRIBED,
    ENDS,
    EXPRESSING,
    RELATIVE_PRONOUNS,
    Span,
    Tail,
    anonymity_end,
    content_start,
    lookup,
    opens_aside,
    opens_circumstance,
    plain_words,
    read_tail,
    reason_end,
    told_whom_end,
)
from claims.text.tokens import Token, fold, is_arabic, is_definite, is_word, strip_article

ACCORDING = Cue("بحسب", "assert", True, "past")


@dataclass(frozen=True)
class Frame:
    start: int  # first token of the frame
    cue: Span  # "أفادت", "بحسب ما أفاد"
    mention: Span | None
    via: Span | None
    claim: int | None  # token where the content begins; None when the content came before the frame
    end: int  # token after the frame
    modality: str
    speaker: str  # "named" | "previous" (pro-drop: "وأضاف أنه") | "none" (passive: "وأفيد", "يُذكر أن")
    document: str | None  # "بيان" for "… في بيان، أن"
    prepositional: bool
    marked: bool  # the content is introduced by أن / a quotation / a colon
    issuer: Span | None = None  # who put out the document that speaks: "نشرت الوزارة تقريرا كشف أن"


Known = Callable[[Span], bool]  # whether a token span names a plausible source
DASHES = frozenset("-–—")
LATEST = frozenset(["اخر", "احدث"])
SUBJECT_OPENERS = frozenset(["الا", "غير", "بيد", "رغم", "بعد", "قبل", "حيث", "كما", "ولو"])
# "ويذكر أن", "ويشار إلى أن", "والجدير بالذكر أن": the writer's own remark
# «تجدر الإشارة إلى أن», «والجدير بالإشارة إلى أن», «جدير بالذكر أن»: the writer's aside too.
NARRATING = frozenset(["يذكر", "ويذكر", "الي", "بالذكر", "الاشاره", "بالاشاره"])
# Heads of things that cannot speak, unlike "حركة" or "غرفة" that also head bodies.
THINGS = UNTELLING - frozenset(fold(w) for w in "حركة جبهة غرفة دائرة".split())
DESCRIBING = frozenset(["وصف", "اعتبر"])
# Verbs whose object comes before what it is called: "وصف فلان المقاتلين بالخونة", "وصفه بأنه …".
CALLING = frozenset(["وصف"])
CALLED_REACH = 12  # tokens at most from the object to the «بـ» that says what it is called
WITH_BI = frozenset(["افاد", "صرح", "تعهد", "اعترف", "اقر"])
# Verbs of stance whose «بـ» and a verbal noun give what is praised, condemned, welcomed, demanded or ruled: "دي
# ميستورا يشيد باتخاذ خطوة …", "أفتى شرعي … بقتل جنود …", "وندد الائتلاف بقصف المستشفى".
STANCE_BI = frozenset(["اشاد", "ندد", "رحب", "افتي", "توعد", "تعهد", "هدد", "شكك", "طالب"])
# Verbs of doubting, whose «بـ» or «في» opens what is doubted: "شككت الوزارة بإعلان موسكو", "يشكك في صحة".
DOUBTING = frozenset(["شكك"])
# Words after the subject of a verb of stance that open its object or its manner: "بهذا التصريح", "بشدة".
STANCE_STOPS = frozenset(["بهذا", "بهذه", "بذلك", "بتلك", "بها", "به", "بهم", "بشده", "بقوه"])
DESCRIPTION_WORDS = 20
RELATIVE_WORDS = 12
# Tokens at most from «كان» to its predicate's verb: a subject with a relative clause on it ("وكانت بعض دول
# الاتحاد الأوروبي التي سحبت سفراءها من سوريا مع تدهور الأوضاع في البلاد أشارت …").
AUXILIARY_REACH = 22
NESTED_REACH = 10  # tokens from the outer reporting verb to the «أن» of the report inside it
SIDES = frozenset(["جهته", "جهتها", "جهتهم", "جانبه", "جانبها", "جانبهم", "ناحيته", "ناحيتها"])
# Demonstratives that stand for the people named before as the subject of a reporting verb.
ANAPHORS = frozenset(["هولاء", "اولئك"])
AUXILIARIES = frozenset(["كان", "وكان", "فكان", "كانت", "وكانت", "فكانت"])


def subject_first(toks: list[Token], v: int, cue: Cue, quotes: dict[int, int], known: Known) -> Frame | None:
    """ "الرئاسة اللبنانية أعلنت، أن …": a known source opens the clause and the verb is followed by «أن»."""
    frame = _subject_first(toks, v, cue, quotes, known)
    if frame is not None or cue.tense != "present":
        return frame
    # "… ضدهم ولافروف ينفي ضمان انسحاب …": a clause joined by «و» glued to its subject, no comma before it.
    glued = next(
        (k for k in range(v - 1, max(0, v - GLUED_WORDS - 1), -1) if _glued_subject(toks[k].text)), None
    )
    if glued is None or not all(is_arabic(t.text) for t in toks[glued:v]):
        return None
    return _subject_first(toks, v, cue, quotes, known, glued)


BUT = frozenset(["لكن", "ولكن"])
# «ما زال», «لا يزال»: "still", whose subject comes before the verb in the present ("وما زال المتحدث يقول").
STILL = frozenset(["زال", "زالت", "يزال", "تزال", "يزالون", "زالوا"])
GLUED_WORDS = 3  # words at most of a subject glued to «و» that opens a clause inside a sentence
BRACKETED_NAME_WORDS = 4


def bracketed_name_start(toks: list[Token], close: int, floor: int) -> int | None:
    """The index of the «(» that opens a short name in brackets closing at ``close``, after a word:
    "… الكرملين ( ديمتري بيسكوف )"; None when the brackets hold anything else."""
    for k in range(close - 1, max(floor, close - BRACKETED_NAME_WORDS - 2), -1):
        if toks[k].text == "(":
            inside = toks[k + 1 : close]
            named = k > floor and is_arabic(toks[k - 1].text) and 0 < len(inside)
            # Arabic words or a Latin short form ("( WHO )"), no verb of saying.
            plain = all((is_arabic(t.text) or t.text.isalpha()) and not lookup(t.text)[0] for t in inside)
            return k if named and plain else None
        if not (is_arabic(toks[k].text) or toks[k].text.isalpha()):
            return None
    return None


def _quoted_name_start(toks: list[Token], after: int, quotes: dict[int, int], floor: int) -> int | None:
    """The index of the mark that opens a short name in quotation marks closing right before ``after``, itself
    after a word ("صحيفة « ديلي ميل »"); None when the marks hold anything else."""
    opened = _quoted_subject(toks, after, quotes)
    inside = [t.text for t in toks[opened + 1 : after - 1]]
    if opened == after or opened <= floor or after - opened > QUOTED_NAME_WORDS + 2:
        return None
    return opened if is_arabic(toks[opened - 1].text) and inside and plain_words(inside) else None


def _glued_subject(word: str) -> bool:
    """ "ولافروف", "وواشنطن": «و» glued to a word that may open a subject, not a connector, nor a place whose
    own name opens on «و» ("أن واشنطن تعتقد أن …": Washington, inside what was reported)."""
    return (
        len(word) > 3
        and word[0] == "و"
        and word not in CONNECTORS
        and word not in FUNCTION
        and whole_place(word) is None
    )


def _subject_first(
    toks: list[Token], v: int, cue: Cue, quotes: dict[int, int], known: Known, glued: int | None = None
) -> Frame | None:
    verb = v
    tail = _past_circumstance(toks, v, read_tail(toks, v + 1, quotes, cue))
    if cue.tense == "passive" or tail.claim is None:
        return None
    # "لكن مصادر عسكرية نفت لعنب بلدي انسحاب …": the outlet told, then a verbal noun, what a strong verb reports.
    told_nominal = (
        not tail.marked
        and cue.strong
        and tail.via is not None
        and told_only(toks, v + 1, tail.via, tail.claim)
        and _nominal_content(toks[tail.claim].text)
    )
    # "وزارة العدل الأميركية، قالت إن …", "فرانز كلينتسفيتش عضو لجنة الأمن، وهو …، قال إن …": a subject set off
    # from its verb by a comma, with or without an aside after it.
    set_off = _set_off_end(toks, v) if tail.marked or told_nominal else v
    # "…، قال في تسجيل صوتي: …", "الجيش أكد في بيان أن …": where it was said, then what.
    said_in = tail.document is not None and (set_off < v or tail.marked or _admitted(toks, tail.claim, cue))
    # Between the verb and «أن», the outlet it was told to and nothing else but a time set off by commas ("…، قال
    # لعنب بلدي إن …", "جيراسيموف قال لصحيفة « برافدا »، أمس، إن …"), or the feeling it expressed ("… أن أردوغان
    # أعرب عن الأمل في أن …"): the content still follows the verb.
    told = tail.marked and tail.via is not None and told_only(toks, v + 1, tail.via, tail.claim - 1)
    felt = tail.marked and cue.lemma in EXPRESSING and toks[v + 1].text == "عن"
    # "… إن بوتين أبلغ نظيره السوري، إنه يريد …": the counterpart a verb of informing told.
    # "… إن بوتين أبلغ الأسد أيضا أنه يريد …": or a short name, «also» after it.
    informed = tail.marked and cue.lemma in INFORMING and told_whom_end(toks, v + 1) == tail.claim - 1
    # "وزير الخارجية القطري يقول خلال زيارته موسكو إن …": when or where it was said, then «أن».
    during = tail.marked and _circumstance(toks, v + 1, tail.claim - 1)
    # "غير أن غوتيريش أشار (في الوقت نفسه) إلى أن …": the preposition the verb governs before «أن» is no distance.
    that = tail.claim - 1 - (tail.claim - 2 > v and toks[tail.claim - 2].text in GOVERNED)
    # "شدد بدوره على أن", "أكد أيضا أن": «in his turn», «also» put no distance between the verb and «أن».
    # "لكن المرصد أكد من جهته أن": «on its part», two words.
    if v + 2 < len(toks) and toks[v + 1].text == "من" and toks[v + 2].text in SIDES:
        turn = 2
    else:
        turn = int(v + 1 < len(toks) and toks[v + 1].text in IN_PASSING)
    if (
        tail.claim > v + 3 + turn
        and not (tail.marked and _set_off_time(toks, v + 1, that))
        and not said_in
        and not told
        and not told_nominal
        and not felt
        and not informed
        and not during
    ):
        return None  # "أعلنت، يوم الثلاثاء الفائت، أنها …" keeps its content
    v = before_aside(toks, set_off)  # "سانا من جهتها قالت إن": the subject ends before the aside
    if v >= 2 and toks[v - 1].text == "قد" and toks[v - 2].text in AUXILIARIES:
        v -= 2  # "لكن وزير الخارجية تيلرسون كان قد أكد …": «كان قد» after the subject
    start = _quoted_subject(toks, v, quotes)  # 'لكن " المرصد السوري " أشار إلى أن'
    floor = 0 if glued is None else glued
    reach = 8 if set_off == verb else SET_OFF_WORDS
    while start > floor and v - start < reach:
        if (
            toks[start - 1].text == ")"
            and (opened := bracketed_name_start(toks, start - 1, floor)) is not None
        ):
            start = opened  # "المتحدث باسم الكرملين ( ديمتري بيسكوف ) قال": the name in brackets
            continue
        if (
            toks[start - 1].text in QUOTES_CLOSE
            and (opened := _quoted_name_start(toks, start, quotes, floor)) is not None
        ):
            start = opened  # 'كذلك صحيفة " ديلي ميل " البريطانية أشارت': the name in quotation marks
            continue
        if not is_arabic(toks[start - 1].text) or toks[start - 1].text in CONNECTORS:
            break
        if toks[start - 1].text in STILL:
            break  # "وما زال المتحدث يقول إن …": «ما زال» and its subject before the verb
        if toks[start - 1].text == "ان" and start > 1 and _opens_subject(toks[start - 2].text):
            break  # "إلا أن المعارضة السورية أعلنت أن …", "ويذكر أن الهيئة أعلنت أنها …"
        if toks[start - 1].text in ("ان", "بان") and tail.marked and _reported_before(toks, start - 1):
            if not (cue.strong or informed):
                return None  # "كشف مسؤول أن واشنطن تعتقد أن …": a belief inside a report is what was reported
            break  # "قال الموقع إن مدعي طهران دولت أبادي قال إن …": a report inside a report
        if (
            toks[start - 1].text in ("ان", "بان")
            and cue.strong
            and cue.lemma not in CALLS_FOR  # "… إن روسيا دعت الإدارة الكردية لحضور …": an appeal, no report
            # its verbal noun, not "رأى أن الله قال له تعال"
            and (tail.marked or _reported_noun(toks[tail.claim].text))
            and _reported_before(toks, start - 1)
            and not _own_correspondent(toks[start:v])
        ):
            break  # "وقالت الوكالة إن الجيش أعلن السيطرة على …": what a strong verb inside a report reports
        if toks[start - 1].text in COMPLEMENTIZERS or lookup(toks[start - 1].text)[0]:
            return None
        start -= 1
    if v - start == reach and cue.tense == "present" and not tail.marked:
        # "بدوره أمين سر مجمع تشخيص مصلحة النظام والقائد السابق للحرس الثوري يتهم …": a long title opening a
        # ticker's clause, read to the connector or the start of the line that bounds it.
        start = _bounded_start(toks, start, v - SET_OFF_WORDS)
    elif v - start == reach and tail.marked:
        # "سفير دولة قطر في لبنان علي بن حمد المري يؤكد أن …": a title and a long name before «أن», when
        # the line or a connector bounds it and a title or a body heads it.
        bounded = _bounded_start(toks, start, v - SET_OFF_WORDS)
        start = bounded if strip_article(toks[bounded].text) in SOURCE_HEADS else start
    # "الهيئة اتهمت التنظيم بالتواطؤ …": a strong verb after a subject that opens the sentence needs no «أن»,
    # unless a subject and «أن» follow it ("رويترز قال الرئيس التركي إن …").
    # "رويترز تعهد الرئيس الإيراني …": a speaker after the verb makes the word before it a dateline.
    after = strip_article(toks[verb + 1].text) if verb + 1 < len(toks) else ""
    line = _line_start(toks, start)
    if cue.tense == "present" and cue.strong and np_end(toks[:v], start, quotes) != v:
        # "عناوين الأخبار القوات المسلحة تعلن مقتل …": page words run into a headline's subject.
        moved = _headline_subject(toks, start, v, quotes, known)
        # A named subject, not a description ("… عن ترك برس موقع إخباري مستقل يرصد الأخبار").
        line = line and (moved == start or any(is_definite(t.text) for t in toks[moved:v]))
        start = moved
    # "موسكو تعلن تمديد هدنة حلب …، وواشنطن تؤكد عزمها …", "بدوره … يتهم السعودية …": in a ticker a subject and a
    # verb in the present open a clause after a comma, a connector or a glued «و» as they open a line.
    ticker = (
        cue.tense == "present"
        and 0 < start < v
        and (toks[start - 1].text in COMMAS or toks[start - 1].text in CONNECTORS or start == glued)
        and tail.claim is not None
        and tail.claim < len(toks)
    )
    # "إلا أن مكتب صالح نفى الشائعات …", "لكن الرياض نفت ممارستها …": after «إلا أن», «غير أن», «لكن» a clause
    # opens on its subject as a line does.
    # "ويذكر أن روسيا أعلنت عن سحب …", "ويشار إلى أن المرصد وثق مقتل …": after the writer's «يذكر أن» too.
    opened = (
        start > 1
        and toks[start - 1].text == "ان"
        and (toks[start - 2].text in ("الا", "غير") or _narrated(toks, start - 2))
    ) or (start > 0 and toks[start - 1].text in BUT)
    # "وقالت الوكالة إن الجيش أعلن السيطرة على …": after the «أن» of a report, a report of its own.
    embedded = start > 1 and toks[start - 1].text in ("ان", "بان") and _reported_before(toks, start - 1)
    nominal = line or opened or embedded or (ticker and _nominal_content(toks[tail.claim].text))
    line = line or ticker
    # "الجيش أعلن أمس الخميس سيطرته على …": when it was said, then the verbal noun.
    timed = time_follows(toks, verb + 1) and skip_time(toks, verb + 1) == tail.claim
    bare = (
        nominal
        # a strong verb, or one of judging likely before its verbal noun: "روسيا ترجح مقتل …"
        and (cue.strong or (cue.lemma in JUDGING and verbal_noun(toks[tail.claim].text)))
        and (tail.claim == verb + 1 or timed or told_nominal)
        and after not in SOURCE_HEADS
    )
    # "والجماعات المسلحة تتحدث عن صد هجوم …": a verb of speaking and what «عن» says it spoke of.
    # "أردوغان يعلن عن « عملية كبيرة » في إدلب": a strong verb of a headline, «عن» and what it announced.
    spoken = (
        (line or opened)
        and (cue.lemma in SPEAKING_OF or (cue.strong and (cue.tense == "present" or opened)))
        and tail.claim == verb + 2
        and toks[verb + 1].text == "عن"
    )
    # "دي ميستورا يشيد باتخاذ خطوة …", "الهيئة اتهمت التنظيم بالتواطؤ …": a verb of stance and «بـ» with a verbal
    # noun, or a verb of accusing, the accused and its charge, after a subject that opens the line.
    stance = spoken or (
        (line or opened)
        and tail.claim == verb + 1
        and (
            (cue.lemma in STANCE_BI and _bi_verbal_noun(toks[verb + 1].text))
            or (cue.lemma in ACCUSING and _charge_follows(toks, verb + 1, cue))
        )
    )
    # "لكن نتانياهو اعترف في تسجيل مسرب بقصف سوريا …": «بـ» and a verbal noun after these verbs, where it was said
    # between them.
    stance = stance or (
        (line or opened)
        and (tail.claim == verb + 1 or tail.document is not None)
        and _admitted(toks, tail.claim, cue)
    )
    if not (tail.marked or stance or (bare and not content_start(toks, tail, quotes, strong=True)[1])):
        return None
    opens = (
        line
        or start == glued
        or _line_start(toks, start)
        or toks[start - 1].text in COMMAS | ENDS | CONNECTORS
        or toks[start - 1].text == "ان"
        or toks[start - 1].text in STILL
    )
    if set_off < verb:
        # Set off by commas, the subject opens the sentence or follows «أن»: "وأشارت رويترز إلى أن وزارة العدل
        # الأميركية، قالت إن …"; not an object the comma ends ("نشروا صوراً، قالوا إنها …").
        # "لكن مصادر عسكرية من عفرين، نفت …": after «لكن» too.
        opens = (
            _line_start(toks, start) or toks[start - 1].text in ("ان", "بان") or toks[start - 1].text in BUT
        )
    # Before an aside the phrase is read up to it, or "من جهتها" would join the name like "عدد من الناشطين".
    bounded = toks if v == verb or toks[v].text in COMMAS else toks[:v]  # a comma ends the phrase itself
    short = is_word(toks[start].text) and len(toks[start].text) < 2  # a letter the scraper split off
    # "وفي مؤتمر صحفي عقده تيلرسون، قال إن": a phrase opening on a preposition is where or when, no subject.
    adjunct = toks[start].text.removeprefix("و") in PREPOSITIONS_OPENING
    # '" حزب الله " يكشف عن …': a name in quotation marks, all of it the subject.
    marked = start < v - 2 and quotes.get(toks[start].start) == toks[v - 1].start
    if (
        adjunct
        or start == v
        or not opens
        or (
            not _phrase_reaches(bounded, start, v, quotes, titled=tail.marked or stance)
            and not _acronym_closes(toks, start, v, quotes)
            and not marked
        )
        or short
        or _past_verb(toks[start].text)
        # "أن مقتل الرئيس اليمني السابق … يهدد": what happened, no speaker ("فتح الشام تعلن" is a front's name)
        or (masdar(toks[start].text) and toks[start].text not in NAMED_MASDARS)
    ):
        return None
    # "إلا أن المعارضة أعلنت أن …": a noun phrase opening the clause, a reporting verb and «أن» right after it
    # name a speaker the registry need not know.
    # "إن قاربا يعتقد أنه …": one indefinite noun in «اً» after «إن» is what the impersonal verb is about.
    # "غير أن مسؤولا ذكر أن …", "لكن مصدرا أكد أن …": unless the noun names who speaks.
    tanween = (
        v - start == 1
        and start > 0
        and toks[start - 1].text in ("ان", "بان")
        and toks[start].text.endswith("ا")
        and not is_definite(toks[start].text)
        and not find_places(toks[start].text)
        and toks[start].text[:-1] not in SOURCE_HEADS
    )
    # «أن» right after the verb, or after what may come between: the outlet told, the feeling, a time (not in
    # the content of another report: "وأشار إلى أن شخصا آخر اعترف بعد أيام بأن …" is the report's own; "غير أن
    # غوتيريش أشار إلى أن" opens a clause of its own, and there the governed preposition is no distance either).
    opened = start > 1 and toks[start - 1].text in COMPLEMENTIZERS and toks[start - 2].text in SUBJECT_OPENERS
    timed = (
        tail.marked
        and any(t.text not in COMMAS for t in toks[verb + 1 : that])
        and _set_off_time(toks, verb + 1, that)
        and not (start > 0 and toks[start - 1].text in COMPLEMENTIZERS and not opened)
    )
    near = tail.claim <= verb + 2 or (opened and that <= verb + 1) or told or felt or timed
    # "وذكرت قناة المسيرة أن القوة الصاروخية أعلنت إطلاق صاروخ …": inside a report, a definite subject the
    # registry need not know and a strong verb whose verbal noun follows it.
    announced = (
        embedded
        and bare
        and is_definite(toks[start].text)
        and _nominal_content(toks[tail.claim].text)
        and _outlet_reports(toks, start - 1)
    )
    if not known((start, v)) and (tanween or not (tail.marked and near and v == verb)) and not announced:
        return None
    if _adjectives_only(toks[start:v]):
        return None  # '" المعارضة السورية " , السياسية والعسكرية أعلن': adjectives of a name cut away
    return Frame(start, (verb, verb + 1), (start, v), tail.via, tail.claim, tail.claim, cue.modality, "named",
                 tail.document, False, tail.marked)  # fmt: skip


def _phrase_reaches(toks: list[Token], start: int, v: int, quotes: dict[int, int], titled: bool) -> bool:
    """Whether the noun phrase at ``start`` ends at the verb ``v``; before «أن», a quotation or a colon
    (``titled``) a title with its adjectives and the person's name as well ("الناشط الإعلامي محمد فايز الأسمر قال
    إن", "العقيد المنشق محمد الأسمر قال إن"): a headline's "تركي الفيصل يكشف كواليس السياسة" tells a topic."""
    end = np_end(toks, start, quotes)
    if end == v:
        return True
    if not titled:
        return False
    name_end = titled_name_end(toks, start, end)
    # The family name after two given names: "محمد فايز | الأسمر".
    return name_end == v or (end < name_end < v and np_end(toks, name_end, quotes) == v)


def _adjectives_only(words: list[Token]) -> bool:
    """ "السياسية والعسكرية": nisba adjectives joined by «و», which name nobody without their noun."""
    return len(words) > 1 and all(
        is_definite(w.text.removeprefix("و"))
        and w.text.endswith(("يه", "ي"))
        and (i == 0 or w.text[0] == "و")
        for i, w in enumerate(words)
    )


PREPOSITIONS_OPENING = frozenset("في خلال بعد قبل عقب اثناء اثر امام لدي".split())


def _acronym_closes(toks: list[Token], start: int, v: int, quotes: dict[int, int]) -> bool:
    """ "صندوق الأمم المتحدة للطفولة ( يونيسيف ) أوضح", "منظمة الصحة العالمية ( WHO ) أوضحت": a name, then its
    short form in brackets right before the verb."""
    if v - 1 <= start or toks[v - 1].text != ")":
        return False
    opened = bracketed_name_start(toks, v - 1, start)
    return opened is not None and np_end(toks[:opened], start, quotes) == opened


def _past_verb(word: str) -> bool:
    """ "وتناقلت", "ونشرت": «و» and a verb in the past with the feminine «ت», which opens a verbal sentence ("وتناقلت
    حسابات موالية مقطع فيديو زعموا أنه …"), never the subject of a verb after it; "والقوات", "وبيروت" do not."""
    return (
        len(word) >= 5
        and word[0] in "وف"
        and word[-1] == "ت"
        and word[-2] != "ا"
        and not is_definite(word[1:])
        and not find_places(word[1:])
    )


def _bounded_start(toks: list[Token], start: int, floor: int) -> int:
    """Where a long subject before ``start`` opens, at the start of the sentence or after a connector, a comma
    or «أن» no further back than ``floor``; ``start`` when nothing bounds it so near."""
    k = start
    while k > max(floor, 0) and is_arabic(toks[k - 1].text) and toks[k - 1].text not in CONNECTORS:
        if toks[k - 1].text in COMPLEMENTIZERS or lookup(toks[k - 1].text)[0]:
            return start
        k -= 1
    bounded = k == 0 or not is_arabic(toks[k - 1].text) or toks[k - 1].text in CONNECTORS
    return k if bounded else start


def _nominal_content(word: str) -> bool:
    """ "تمديد", "عزمها", "ضمان", "بالرد", "عن": the object of a verb in a ticker's clause opens on a verbal noun, an
    indefinite noun heading a genitive, or a preposition the verb governs; not on a definite noun or a name."""
    if word in GOVERNED or _bi_verbal_noun(word) or verbal_noun(word):
        return True
    return is_arabic(word) and not is_definite(word) and word not in FUNCTION and not _country(word)


HANDLE_TOKENS = 6  # "( @ name 74 )": a handle the tokenizer splits at its digits
SET_OFF_WORDS = 12  # a subject set off by commas is bounded by «أن» or the start of the sentence


def _set_off_end(toks: list[Token], v: int) -> int:
    """Where a subject set off by a comma before the verb at ``v`` ends: before the comma, or before an aside
    between two commas that describes it ("، وهو المجلس الأعلى للبرلمان،", "، أحد أبرز شرعيي الهيئة،");
    ``v`` when no comma precedes the verb."""
    if v < 2 or toks[v - 1].text not in COMMAS:
        return v
    for k in range(v - 2, max(0, v - 2 - DESCRIPTION_WORDS), -1):
        text = toks[k].text
        if text in COMMAS:
            return k if opens_aside(toks[k + 1].text) and k > 0 else v - 1
        if text in ENDS or text in COMPLEMENTIZERS:
            break
        # "اللاجئ السوري فاضل علي والذي حصل على حق الحماية …، قال إن …": a relative clause on the subject,
        # with no comma before it, runs to the comma before the verb (its own verb may be one of saying).
        if text.removeprefix("و") in RELATIVE_PRONOUNS and k > 0 and is_arabic(toks[k - 1].text):
            return k
        if lookup(text)[0] and not _relative_before(toks, k, v):
            break
    return v - 1


def _relative_before(toks: list[Token], k: int, v: int) -> bool:
    """A relative pronoun opens the clause that holds token ``k``, between ``k`` and the comma before ``v``."""
    for j in range(k - 1, max(0, v - 2 - DESCRIPTION_WORDS), -1):
        text = toks[j].text
        if text in COMMAS or text in ENDS or text in COMPLEMENTIZERS:
            return False
        if text.removeprefix("و") in RELATIVE_PRONOUNS:
            return True
    return False


def _line_start(toks: list[Token], start: int) -> bool:
    """The subject opens the sentence or a line of a page ("> > ترامب يؤكد …", "| بوتين يعلن …")."""
    if start == 0:
        return True
    before = toks[start - 1].text
    if is_word(before):
        # "Search CNN Arabic Navigation القوات المسلحة تعلن …": the page's own words; not a Latin name inside an
        # Arabic phrase ("لقناة RT الروسية يقول").
        return not is_arabic(before) and (start == 1 or not is_arabic(toks[start - 2].text))
    if before == ")" and _signed(toks, start - 1):
        return True  # "( @ noamamir74 ) الناطق باسم الجيش أوضح": the handle that signs an embedded tweet
    return before not in QUOTES_CLOSE and before not in COMMAS and before not in "()"


def _signed(toks: list[Token], close: int) -> bool:
    """The bracket closing at ``close`` holds a handle: "( @ noamamir74 )"."""
    opening = next(
        (k for k in range(close - 1, max(close - HANDLE_TOKENS, 0) - 1, -1) if toks[k].text == "("), None
    )
    return opening is not None and opening + 1 < close and toks[opening + 1].text == "@"


def _headline_subject(toks: list[Token], start: int, v: int, quotes: dict[int, int], known: Known) -> int:
    """Where a headline's subject starts when words of the page run into it without punctuation: the
    longest known noun phrase ending at the verb, not the genitive of a word before it."""
    for s in range(start + 1, v):
        before = toks[s - 1].text
        construct = not is_definite(before) and strip_article(before) in SOURCE_HEADS
        if not construct and np_end(toks[:v], s, quotes) == v and known((s, v)):
            return s
    return start


def _reported_before(toks: list[Token], c: int) -> bool:
    """A reporting verb shortly before the «أن» at ``c`` opens the report that holds this one."""
    return _reporting_verb_before(toks, c) is not None


def _reporting_verb_before(toks: list[Token], c: int) -> int | None:
    """The index of the reporting verb shortly before the «أن» at ``c``, None when there is none; a time or a
    description set off by commas does not count as distance ("وذكر موقع «ميزان» …، اليوم الاثنين، أن")."""
    distance, k = 0, c
    while k > 0 and distance < NESTED_REACH:
        first = k
        while first > 0 and toks[first - 1].text not in COMMAS:
            first -= 1
        opening = toks[first].text if first < k else ""
        aside = first > 0 and (opening in TIME or opening in DESCRIBED or opening in RELATIVE_PRONOUNS)
        for i in range(k - 1, first - 1, -1):
            if lookup(toks[i].text)[0] is not None:
                return i
            distance += not aside and is_word(toks[i].text)
            if distance >= NESTED_REACH:
                return None
        k, distance = first - 1, distance + 1
    return None


def _reported_noun(word: str) -> bool:
    """ "السيطرة", "إطلاق", "استمرارهن", "أهمية": a verbal noun, bare or with a possessive, or a noun that opens
    an object: what a strong verb reports."""
    return word in OBJECT_NOUNS or verbal_noun(word) or verbal_noun(word.removesuffix("هن"))


def _own_correspondent(words: list[Token]) -> bool:
    """ "قالت الوكالة إن مندوبها أكد …": the outlet's own correspondent, through whom the outlet itself reports."""
    if len(words) != 1:
        return False
    word = words[0].text
    return word != strip_suffix(word) and strip_suffix(word) in CORRESPONDENTS


def _outlet_reports(toks: list[Token], c: int) -> bool:
    """Whether the report whose «أن» is at ``c`` is an outlet's: "وذكرت قناة المسيرة أن …", "نقلت رويترز أن …"."""
    k = _reporting_verb_before(toks, c)
    return k is not None and any(names_outlet(toks, i) for i in range(k + 1, c))


OBSERVATORY = fold("مرصد")  # a noun of the media in the lexicon, but a source that speaks for itself


def names_outlet(toks: list[Token], i: int) -> bool:
    """Whether an outlet is named at ``i``: a noun of the media ("وكالة", "قناة المسيرة") or an outlet of the
    registry ("رويترز")."""
    head = strip_article(toks[i].text)
    return (head in MEDIA and head != OBSERVATORY) or outlet_name_end(toks, i) is not None


def _narrated(toks: list[Token], k: int) -> bool:
    """ "ويذكر أن", "ويشار إلى أن", "يذكر أن": the writer's aside before «أن» at ``k`` + 1, said by no one."""
    word = toks[k].text
    return _writers_remark(toks[k - 1].text if word == "الي" and k > 0 else word)


def _opens_subject(word: str) -> bool:
    """ "إلا أن", "ويذكر أن", "ويشار إلى أن": after these «أن» a clause with its own subject follows."""
    return word in SUBJECT_OPENERS or _writers_remark(word)


def _writers_remark(word: str) -> bool:
    """ "يذكر", "يشار": the writer's remark, a narrating word or a verb of saying in the passive."""
    if word in NARRATING:
        return True
    cue = lookup(word)[0]
    return cue is not None and cue.tense == "passive"


def told_only(toks: list[Token], start: int, via: Span, end: int) -> bool:
    """Between ``start`` and ``end``, the outlet told (``via``) with at most a time set off before or after it."""
    return (
        via[0] >= start
        and via[1] <= end
        and all(
            first == last or _set_off_time(toks, first, last)
            for first, last in ((start, via[0]), (via[1], end))
        )
    )


CIRCUMSTANCE_OPENERS = frozenset("خلال اثناء امام لدي عقب".split())
CIRCUMSTANCE_WORDS = 6


def _past_circumstance(toks: list[Token], v: int, tail: Tail) -> Tail:
    """The tail with its content after «أن» when only a circumstance stands between the verb and it
    ("يقول خلال زيارته موسكو إن …"); ``tail`` otherwise."""
    if tail.marked or v + 1 >= len(toks) or toks[v + 1].text not in CIRCUMSTANCE_OPENERS:
        return tail
    for k in range(v + 2, min(len(toks) - 1, v + 2 + CIRCUMSTANCE_WORDS)):
        if toks[k].text in COMPLEMENTIZERS and toks[k].text[0] != "و":
            return tail._replace(claim=k + 1, marked=True) if _circumstance(toks, v + 1, k) else tail
    return tail


def _circumstance(toks: list[Token], start: int, end: int) -> bool:
    """ "خلال زيارته موسكو", "أمام مجلس الأمن": a few words of where or when it was said between a verb and
    its «أن», with no verb of saying, no quotation and no comma among them."""
    inner = toks[start:end]
    return (
        bool(inner)
        and inner[0].text in CIRCUMSTANCE_OPENERS
        and len(inner) <= CIRCUMSTANCE_WORDS
        and all(is_word(t.text) and lookup(t.text)[0] is None for t in inner)
    )


def _set_off_time(toks: list[Token], start: int, end: int) -> bool:
    """ "، يوم الثلاثاء الفائت،", "أول من أمس", "في وقت سابق": only a time, set off by commas or not, between a
    verb and its «أن»."""
    inner = toks[start:end]
    if bool(inner) and all(t.text in COMMAS or t.text in TIME_RUN or t.text[0].isdigit() for t in inner):
        return True
    first = start + (start < end and toks[start].text in COMMAS)  # "، في وقت سابق،"
    last = end - (first < end and toks[end - 1].text in COMMAS)
    return first < last and time_follows(toks, first) and skip_time(toks, first) == last


def _quoted_subject(toks: list[Token], v: int, quotes: dict[int, int]) -> int:
    """The opening mark of a quoted name right before the verb at ``v``, else ``v``."""
    if v == 0 or toks[v - 1].text not in QUOTES_CLOSE:
        return v
    close = toks[v - 1].start
    return next((o for o in range(v - 2, max(-1, v - 9), -1) if quotes.get(toks[o].start) == close), v)


def before_aside(toks: list[Token], v: int) -> int:
    """Where the subject ends before "من جهتها" / "بدوره" at the verb ``v``."""
    if v > 0 and toks[v - 1].text in IN_PASSING:
        return v - 1  # "جمعيات الإنترنت أيضا ترى": «also» between the subject and its verb
    if v > 1 and toks[v - 2].text == "من" and toks[v - 1].text in SIDES:
        return v - 2
    return v


def _speaker(cue: Cue, mention: Span | None) -> str:
    if cue.tense == "passive":
        return "none"
    if mention is not None:
        return "named"
    # "يُذكر أن", "ويُعتقد أن": an imperfect with no subject reads as a passive.
    return "previous" if cue.tense == "past" or cue.lemma in CONTINUATION else "none"


def _after_set_off_time(toks: list[Token], k: int) -> int:
    """ "وقال، الأربعاء، المتحدث …": a time set off by commas between the verb and its subject is skipped."""
    if k + 1 >= len(toks) or toks[k].text not in COMMAS or not time_follows(toks, k + 1):
        return k
    after = skip_time(toks, k + 1)
    return after + 1 if after < len(toks) - 1 and toks[after].text in COMMAS else k


# «بـ» and a noun of the manner of a saying: "وقال بصراحة إن", "وتحدث بعبارات حادة عن", "يقولون بجرأة ووضوح إن".
MANNER = frozenset(
    fold(w)
    for w in """بصراحة بوضوح بشدة بحزم بقوة بجرأة بحدة بسخرية بتهكم بغضب بحسرة بأسف بثقة بفخر بعبارات بلهجة
    بنبرة بلغة بكلمات""".split()
)


def _and_manner(word: str) -> bool:
    """ "ووضوح", "وبوضوح" after a noun of manner: another joined to it (not "وحدة", a unit, opening a name)."""
    return word[:1] == "و" and (word[1:] in MANNER or "ب" + word[1:] in MANNER)


def _feminine_adjective(word: str) -> bool:
    """ "حادة", "شديدة" after «بعبارات», «بلهجة»: an indefinite adjective of the manner, no name."""
    return len(word) >= 4 and word.endswith("ه") and not is_definite(word) and word not in GIVEN_NAMES


def _subject(
    toks: list[Token], v: int, cue: Cue, quotes: dict[int, int], known: Known
) -> tuple[int, Span | None]:
    """Where the source after the verb ends, and the source if there is one ("وأضاف أنه" has none)."""
    resumed_to = (
        v + 1 < len(toks)
        and toks[v + 1].text in RESUMED_TO
        and cue.lemma == POINTED
        and v > 0
        and toks[v - 1].text in WHAT_BEFORE  # "عندما أشار إليه برتبة آية الله": he called him so
    )
    k = v + 1 + (v + 1 < len(toks) and (toks[v + 1].text in PRONOUNS_AFTER_VERB or resumed_to))
    # "واعتبرت أيضا المنظمة أن": the subject after the adverb; "ترى بدورها أن": «in its turn», no subject
    turn = k < len(toks) and toks[k].text in ASIDES
    k += k < len(toks) and toks[k].text in IN_PASSING
    k = skip_time(toks, k) if k < len(toks) and time_follows(toks, k) else k
    if (
        0 < k < len(toks)
        and toks[k - 1].text == DURING
        and is_document(toks[k].text)
        and _said_after(toks, k)
    ):
        return k - 1, None  # "وأضاف خلال كلمة له من قلب الرقة، أن …": where he said it, no subject
    k = _after_set_off_time(toks, k)
    # "ويشير هؤلاء إلى أن": the speakers named before, taken up by a demonstrative; after a verb that takes an
    # object it is the object ("ووصف هؤلاء بأنهم").
    transitive = cue.lemma in TRANSITIVE
    if k < len(toks) and cue.tense != "passive" and toks[k].text in ANAPHORS and not transitive:
        return k + 1, None
    if k < len(toks) and (outlet_follows(toks, k) or known_outlet_end(toks, k) is not None):
        return k, None  # "فقد صرح لشبكة «CBS» أن", "قال لعنب بلدي إن": the outlet it spoke to, no subject
    if k < len(toks) and cue.tense != "passive" and toks[k].text in MASDARS:
        return k, None  # "وأكد مقتل قائد الحملة": a verbal noun right after the verb is what it reports
    if k < len(toks) and cue.lemma in STANCE_BI and _bi_verbal_noun(toks[k].text):
        # "أن السعودية هددت بوقف تمويل …": «بـ» and a verbal noun is what it threatens, no subject
        return k, None
    if k < len(toks) and cue.lemma in JUDGING and not is_definite(toks[k].text) and verbal_noun(toks[k].text):
        return k, None  # "لكنه استبعد إمكان التوصل …": what is judged, not who judges
    adverb = k + 1 < len(toks) and toks[k + 1].text == "ا" and is_word(toks[k].text)
    if adverb:  # "وأعلن مؤخر ا عن سيطرته": a word in the accusative (its «اً» spaced off) is no subject
        k += 2
    elif k + 1 < len(toks) and toks[k].text in MANNER and cue.lemma not in CHARGING | STANCE_BI:
        k += 1  # "وقال بصراحة إن", "وتحدث بعبارات حادة عن": how it was said, no subject
        while (
            k + 1 < len(toks)
            and is_arabic(toks[k].text)
            and (_feminine_adjective(toks[k].text) or toks[k].text in MANNER or _and_manner(toks[k].text))
        ):
            k += 1  # "بعبارات حادة", "بجرأة ووضوح"
    if cue.lemma in CHARGING:
        # "ويتهمونه بتقديم …": «بـ» opens the charge, so no accuser follows the verb; "ووصف الأسد مقاتلي
        # المعارضة بالخونة": as with the accused, what is described is no part of who describes it.
        charge = k < len(toks) and toks[k].text.startswith("ب") and not is_definite(toks[k].text[1:])
        # 'واتهمت " تحرير الشام " فصيل …': a name in quotation marks right after the verb is the accuser.
        # After «فـ» the subject came before ("أما الكاتب … فيصف " حزب الله " بـ…"): the name is the object.
        quoted = (
            k < len(toks) and toks[k].text in QUOTES_OPEN and cue.lemma in ACCUSING and toks[v].text[0] != "ف"
        )
        marked = marked_name_end(toks, k, quotes) if quoted else None
        end = k if charge else marked or _accuser_end(toks, k, np_end(toks, k, quotes), known)
        end = titled_name_end(toks, k, end) if cue.lemma in CALLING else end
    else:
        end = k if cue.tense == "passive" else appositive_end(toks, np_end(toks, k, quotes))
        # "وأعلن مسؤولون العثور على …": a definite word after an indefinite plural in «ون» is its object.
        end = next((i for i in range(k + 1, end) if _plural_then_object(toks[i - 1].text, toks[i].text)), end)
        # "وأكد بوتين أهمية العملية …": a noun that opens an object after a known name.
        end = next((i for i in range(k + 1, end) if toks[i].text in OBJECT_NOUNS and known((k, i))), end)
    # "وطالبت روسيا تركيا بالاعتذار": a country's name heads no genitive, and the name after it is the object.
    country = next(
        (
            i
            for i in range(k + 1, end + 1)
            if i < len(toks) and country_then_country(toks[i - 1].text, toks[i].text)
        ),
        None,
    )
    # "ونفت دمشق حيازتها أسلحة كيميائية", "ونفت روسيا استخدام …": nor does it head a verbal noun, the object.
    # "واعتبرت موسكو التحقيق «غير شفاف»": what a verb of describing describes is read with its subject, as before.
    # "ونفت قطر الاتهامات", "ورفضت تركيا الاتهامات الأمريكية": nor a definite noun that is no adjective of it.
    if (
        country is None
        and cue.lemma not in DESCRIBING
        and k + 1 < end
        and (
            _state_reports(toks, k, k + 1)
            or (cue.strong and _country_then_object(toks[k].text, toks[k + 1].text))
        )
        and toks[k + 1].text[0] != "و"  # "قالت فرنسا وألمانيا": two subjects
    ):
        country = k + 1
    if country is not None:
        end = country
    elif cue.tense != "passive" and end > k and cue.lemma not in CHARGING:
        end = _apposition_end(toks, k, end, quotes, cue)
    if cue.lemma in ADDRESSING and cue.tense != "passive" and country is None:
        end = _addressee_start(toks, k, end, known, threat=cue.lemma in THREATENING)
    end = _issuer_end(toks, k, end, quotes)
    if cue.lemma in INFORMING:
        # "وأبلغ مسؤول عسكري أمريكي رويترز بأن …", "أبلغ الرئيس نظيره التركي أن …": whom the speaker told, an
        # outlet or a counterpart, follows the speaker.
        end = next(
            (i for i in range(k + 1, end) if outlet_name_end(toks, i) == end or toks[i].text in COUNTERPARTS),
            end,
        )
    if cue.lemma in STANCE_BI:  # "وأفتى الشيخ أبو محمد بقتل …": «بـ» and a verbal noun end the subject
        # "وشكك مسؤولون أمريكيون في أن …": what is doubted follows «في» as well.
        end = next(
            (
                i
                for i in range(k + 1, end)
                if bi_object(toks, i)
                or toks[i].text in STANCE_STOPS
                or (cue.lemma in DOUBTING and toks[i].text == "في")
            ),
            end,
        )
        end -= end > k + 1 and toks[end - 1].text in COMMAS
    # A one-letter "subject" is a word broken by the scraper ("ذكر ي …"), not a source.
    words = [t.text for t in toks[k:end] if is_word(t.text)]
    # "ويقول بدوره :": with no subject after «in his turn», the content follows it.
    return (end if end > k or adverb else k if turn else v + 1), (
        (k, end) if words and len(words[0]) > 1 else None
    )


def _told_after_name(toks: list[Token], i: int) -> bool:
    """ "أبلغ عرفات القيادات اللبنانية", "أبلغ مسؤولون أتراك الصحافيين": after a word with no article that heads no
    title or body, a definite plural is whom the speaker told (a title after a name describes him: "سعيدة قراش
    المتحدثة")."""
    name, word = toks[i - 1].text, toks[i].text
    own = is_arabic(name) and not is_definite(name) and name not in FUNCTION
    return own and strip_article(name) not in SOURCE_HEADS_OR_TITLES and definite_plural(word)


def _issuer_end(toks: list[Token], k: int, end: int, quotes: dict[int, int]) -> int:
    """ "وقال بيان صادر عن رئاسة الأركان التركية، إن …": a document and whoever issued it name the source."""
    if not (k < end < len(toks) - 2 and is_document(toks[k].text)):
        return end
    at = end - 1 if toks[end - 1].text in ISSUED else end  # the phrase took «صادر»
    # "وقال بيان صدر , اليوم الجمعة , عن مكتب وزير الخارجية …": when it was put out may come before «عن».
    first = issuer_start(toks, at)
    if first is None:
        return end
    issuer = np_end(toks, first, quotes)
    return issuer if issuer > first else end


# The accused follows the accuser, then «بـ» or «بأن»: "اتهم فلان فلاناً بكذا"; or «مسؤولية»: "حمّل فلان فلاناً مسؤولية كذا".
ACCUSING = frozenset(["اتهم", "حمل"])
RESPONSIBILITY = frozenset(["مسووليه", "المسووليه"])
HOLDING = frozenset(["حمل"])


def titled_name_end(toks: list[Token], k: int, end: int) -> int:
    """ "رئيس الوفد الحكومي بشار الجعفري | وجود قوات …", "الرئيس التركي رجب طيب أردوغان | العملية": after a
    title and its definite words, the person's name ends the subject and the object follows: given names without
    the article, and after a single one a family name with it."""
    if k >= end:
        return end
    head = toks[k].text
    if head[0] == "ل" and not head.startswith("لل") and strip_article(head) not in TITLES:
        head = head[1:]  # "لوزير الخارجية الصيني وانغ يي"; "لواء" is a rank
    if strip_article(head) not in TITLES:
        return end
    i = k + 1
    while i < end and is_definite(toks[i].text):
        i += 1
    n, last = i, min(len(toks) - 1, i + NAME_WORDS - 1)
    while n < last and _given_name(toks[n].text):
        n += 1
    if n == i or find_places(" ".join(t.text for t in toks[i:n])):
        return end
    if n == i + 1 and is_definite(toks[n].text) and not masdar(toks[n].text):
        n += 1  # "بشار الجعفري", "عادل الجبير"
    elif n == i + 2 and is_definite(toks[n].text) and toks[n].text.endswith("ي") and not masdar(toks[n].text):
        n += 1  # "بشارة بطرس الراعي": after two given names, a family name in «ي» (a nisba or «الراعي»)
    return max(end, n)


def _given_name(word: str) -> bool:
    return (
        is_word(word)
        and not is_definite(word)
        and word not in FUNCTION
        and word not in COMPLEMENTIZERS  # "وسبق للرئيس السوداني أن ثمّن": «أن» opens a clause, no name
        and word not in TIME  # "ريكس تيلرسون بعد لقائه": the time after the name
        and not masdar(word)
        and strip_article(word) not in SOURCE_HEADS
        and lookup(word)[0] is None
    )


def _accuser_end(toks: list[Token], k: int, end: int, known: Known) -> int:
    """The accuser after a verb of accusing, without the accused the noun phrase ran into: a definite word
    closes a noun phrase, so an indefinite name after it starts the object ("واتهمت السلطات الإيرانية أحمد رضا
    جلالي بـ…"); a title keeps the name it heads ("اتهم الرئيس التركي رجب طيب أردوغان واشنطن بـ…")."""
    if k >= end or strip_article(toks[k].text) in TITLES:
        return (
            end  # no phrase after the verb ("… بجروح وصفت" where the scraper cut the page), or a titled one
        )
    for i in range(k + 1, end):
        word, before = toks[i].text, toks[i - 1].text
        noun = len(word) > 3  # not «في», «من», «على»
        if _country_then_object(before, word) or (noun and plural_closes(before, word)):
            return i  # "ويتهم ناشطون قوات النظام بـ…": a plural in «ون» heads no genitive either
        if _name_then_country(before, word) and known((k, i)):
            return i  # "واتهم ترامب إيران بدعم الإرهاب": a source's bare name heads no genitive; the country is accused
        if not is_definite(before) or not is_word(word):
            continue
        if not is_definite(word) and word[0] not in "لب" and word != "في":
            return i
        # "اتهم التحالف الحوثيين": a plural nisba agrees with no singular noun before it, so it is the accused.
        if word.endswith(("يين", "يون")) and not before.endswith(("ون", "ين", "ات")):
            return i
    return end


def _plural_then_object(before: str, word: str) -> bool:
    """ "مسؤولون العثور": a word with the article after a plural of people in «ون» (an agent or a title:
    «مسؤولون», «مراقبون», «سوريون»); not "تلفزيون المسيرة", "مسؤولون بالأمم المتحدة"."""
    if not word.startswith("ال") or not plural_closes(before, word):
        return False
    single = before[:-2]
    nisba = before.endswith("يون") and not before.endswith("زيون")
    return single in TITLES or nisba or (single[0] == "م" and len(single) >= 4)


def plural_closes(before: str, word: str) -> bool:
    """ "ناشطون مقطع": a sound plural in «ون» before an indefinite word that is no plural adjective; "أعلن
    مسؤولون العثور على": or before a definite one, which an indefinite plural neither governs nor takes as its
    adjective ("هارون الرشيد": a name of five letters is no plural)."""
    return (
        len(before) > (5 if is_definite(word) else 4)
        and before.endswith("ون")
        and not is_definite(before)
        and not word.endswith(("ون", "يه"))
    )


def _name_then_country(before: str, word: str) -> bool:
    """ "ترامب إيران", "نتنياهو طهران": a word without the article that heads nothing (no title, body or place
    noun) before the name of a country or of its capital."""
    return (
        is_word(before)
        and len(before) > 2
        and not is_definite(before)
        and before not in FUNCTION
        and before[0] not in "لب"  # "البيان لسياسة طهران": a preposition's object
        and before not in COUNTRIES
        and before not in CAPITALS  # "في مصر وتونس": a list of countries
        and not before.endswith("يه")  # "وسائل إعلامية سورية": an adjective, and «سورية» one too
        and not verbal_noun(before)  # "وصف استخدام إسرائيل للقوة": a verbal noun heads its agent
        and strip_article(before) not in SOURCE_HEADS_OR_TITLES
        and (word in COUNTRIES or word in CAPITALS)
        and not word.endswith("يه")
    )


def _country_then_object(before: str, word: str) -> bool:
    """ "واتهمت تركيا الوحدات الكردية بـ…", "ووصفت دمشق الضربة بأنها …": the name of a country, or of a capital
    standing for its government, heads no genitive, so a definite noun after it that is no adjective ("تركيا
    الحديثة") is the accused or the described."""
    if _definite_or_head(before) or not is_definite(word) or word.startswith("الم"):
        return False
    bare = strip_article(word)
    if bare.endswith(("ي", "يه", "يين", "يون")) or word in ADJECTIVES:
        return False
    return before in CAPITALS or any(place.level == 0 for place, _, _ in find_places(before))


def country_then_country(before: str, word: str) -> bool:
    """ "روسيا تركيا", "كييف موسكو": two countries' names or capitals side by side, no «و» between them ("فرنسا
    وألمانيا"), are a subject and its object, never one phrase."""
    return is_word(word) and (word[0] != "و" or word in CAPITALS) and _country(before) and _country(word)


def _state_reports(toks: list[Token], state: int, noun: int) -> bool:
    """ "ونفت دمشق حيازتها …", "وأعلنت تركيا انطلاق …": a state or its capital, and the verbal noun of what it
    reports; a state's name heads no genitive."""
    return _country(toks[state].text) and verbal_noun(toks[noun].text)


# Verbs whose subject is followed by whom the call, the demand or the warning is addressed to: "ودعا الائتلاف
# الوطني المجتمع الدولي إلى …", "وطالب المرصد السوري المجتمع الدولي بـ…", "وحذر لافروف واشنطن من …".
ADDRESSING = frozenset(fold(w) for w in ("دعا", "طالب", "حذر", "هدد", "توعد", "حمل"))
CONTINENTS = frozenset(fold(w) for w in "أوروبا أفريقيا إفريقيا آسيا".split())
# "هدد مفتي سوريا أوروبا وأمريكا بعمليات انتحارية": a threat names what it threatens with after «بـ».
THREATENING = frozenset(fold(w) for w in ("هدد", "توعد"))
GOVERNED_BY_ADDRESSING = frozenset(fold(w) for w in ("إلى", "من", "بأن"))
ADDRESSEE_WORDS = 5  # words at most between the phrase read as the subject and what a call governs
# Heads of the bodies and the people a call is addressed to, which no source's name takes as an adjective.
ADDRESSEE_HEADS = frozenset(
    fold(w)
    for w in "مجتمع أطراف عالم شعب شعوب مسلمين مواطنين سكان أهالي لاجئين نازحين ولايات اتحاد جانب دولة".split()
)


def _addressee_start(toks: list[Token], k: int, end: int, known: Known, *, threat: bool = False) -> int:
    """Where whom a call is addressed to starts inside the phrase read as its subject: after the longest known
    name, a country, a capital, or a body's or people's head noun with the article; ``end`` when there is none.
    The name before it ends on a word with the article or is a proper name, not a construct's head ("هيئة تحرير
    الشام" is one name)."""
    # "وطالب وزير الخارجية الروسي | سيرغي لافروف واشنطن بتوضيح …": the title's phrase may have stopped before
    # the person's name, which runs on to the addressee and the preposition the verb governs.
    reach, last = end, end
    while reach < min(len(toks), end + ADDRESSEE_WORDS) and is_arabic(toks[reach].text):
        word = toks[reach].text
        if (
            word in GOVERNED_BY_ADDRESSING
            or word in RESPONSIBILITY
            or _bi_verbal_noun(word)
            or (threat and word[0] == "ب" and len(word) > 3)
        ):
            last = reach
            break
        reach += 1
    for i in range(last - 1, k, -1):
        word, before = toks[i].text, toks[i - 1].text
        bare = strip_article(word)
        # "القائد العام للقوات المسلحة": a head after «لـ» is what a title heads, no addressee
        opens = _country(word) or (
            word.startswith("ال")
            and (bare in ADDRESSEE_HEADS or (bare in SOURCE_HEADS and bare not in TITLES))
        )
        named = is_definite(before) or (
            is_arabic(before)
            and strip_article(before) not in SOURCE_HEADS
            and not masdar(before)
            and not verbal_noun(before)
            and before not in LINKS
        )
        if opens and named and known((k, i)):
            while (
                i - 1 > k
                and toks[i].text[0] == "و"
                and (_country(toks[i - 1].text) or toks[i - 1].text in CONTINENTS)
            ):
                i -= 1  # "أوروبا وأمريكا": states joined by «و» are addressed together
            return i
    return end


@cache
def _country(word: str) -> bool:
    return word in COUNTRIES or word in CAPITALS or any(place.level == 0 for place, _, _ in find_places(word))


def _definite_or_head(word: str) -> bool:
    return is_definite(word) or strip_article(word) in SOURCE_HEADS_OR_TITLES


APPOSITION_WORDS = 12
GOVERNED = frozenset(["عن", "الي", "علي"])  # the preposition a verb of saying takes before its content
SHORT_QUOTE = 40  # characters: a quotation this short after a name is a name, not the content
# Unions of the lists above, made once rather than at each verb read.
TRANSITIVE = ACCUSING | CALLING | DESCRIBING | INFORMING
CHARGING = ACCUSING | CALLING
TOLD = INFORMING | INFORMED
STANCE_OR_CHARGE = STANCE_BI | ACCUSING
DESCRIBING_OR_CHARGE = DESCRIBING | ACCUSING


def _apposition_end(toks: list[Token], start: int, end: int, quotes: dict[int, int], cue: Cue) -> int:
    """A name or a description after the phrase that names the source, up to the adverbials and «أن» that
    open its content: "مدير المرصد رامي عبد الرحمن إن", "الناطق باسم الكرملين ديمتري بيسكوف لوكالة … انه",
    "الهادي عبد الله عضو هيئة الثورة في حمص إن"; ``end`` when what follows is an object, not a name."""
    first = toks[end].text if end < len(toks) else ""
    if cue.lemma in TOLD or (is_definite(first) and strip_article(first) not in TITLES):
        return end
    k, addressee = end, False
    while k < len(toks) and k - end < APPOSITION_WORDS:
        word = toks[k].text
        if not is_word(word) or word in COMPLEMENTIZERS or word in PARTICIPLES or word[0].isdigit():
            break
        if word in ADDRESSEES or word in PRONOUN_ADDRESSEES:
            addressee = True
            break
        if word in FUNCTION and word not in KUNYA:
            break
        # "من عدد من المصادر", "ومقره …" end the name; "لجنة الأمن والدفاع": «و» joining two definite nouns
        # inside the title goes on with it.
        joined = word.startswith("وال") and k > end and is_definite(toks[k - 1].text)
        if word == "من" or (word[0] == "و" and len(word) > 3 and not joined):
            break
        if (
            time_follows(toks, k)
            or outlet_follows(toks, k)
            or is_cue_form(word)
            or masdar(word)
            or adverbial(word)
            or own_speech(word)  # "كيري كلامه"
        ):
            break
        following = toks[k + 1].text if k + 1 < len(toks) else ""
        if word == "في" and (k == end or said_in(toks, k) or strip_article(following) in MEDIA):
            break  # "راؤول كاسترو في التلفزيون الرسمي": where it was said
        if word in SPEECH_ADVERBS:
            break
        if (
            (word[0] == "ل" and word[1:] in ADDRESSED)
            or told_to(word, toks[k - 1].text)
            or told_outlet(toks, k)
        ):
            addressee = True
            break  # "لنظيره التركي", "كيري لمجلس الأمن": whom it was said to
        k += 1
    if k == end:
        return end
    if (
        k < len(toks)
        and toks[k].text in QUOTES_OPEN
        and quotes.get(toks[k].start, 0) - toks[k].start < SHORT_QUOTE
    ):
        return end  # "ومقره قاعدة «حميميم» …": a quoted name inside a description
    place = k + 1 if k < len(toks) and toks[k].text == "في" else k  # "في التلفزيون الرسمي إن"
    # "وزير الخارجية الأمريكي جون كيري لمجلس الأمن التابع للأمم المتحدة إن": whom it was said to, then «أن».
    after = _addressee_end(toks, k, quotes) if addressee else k
    tail = read_tail(toks, np_end(toks, place, quotes, head=True) if place > k else after, quotes, cue)
    # "أعرب فلان رئيس الإدارة … عن دعمه": a title, then the preposition the verb takes.
    # "أشار الرئيس الروسي فلاديمير بوتين إلى …": a title, its adjective, the person's name, then that preposition.
    if cue.lemma in DESCRIBING and (
        k == len(toks) or toks[k].text not in COMPLEMENTIZERS or toks[k].text[0] == "ب"
    ):
        # "وصف الجعفري وجود قوات … بأنه": what is described comes before «بأنه»; before «أن» the words after the
        # name describe the one who judges ("اعتبر عبد الملك الحوثي زعيم جماعة أنصار الله أن").
        return end
    titled = strip_article(first) in TITLES or _name_after_title(toks, start, end, k)
    # "حذر وزير الخارجية الروسي سيرغي لافروف من أن": «من» is the preposition «حذر» takes.
    warned = k < len(toks) and toks[k].text == "من" and cue.lemma == "حذر"
    governed = k < len(toks) and (toks[k].text in GOVERNED or warned) and titled
    return k if tail.claim is not None and (tail.marked or governed) else end


NAME_WORDS = 4


def _addressee_end(toks: list[Token], k: int, quotes: dict[int, int]) -> int:
    """After whom it was said to: "لمجلس الأمن التابع للأمم المتحدة", "لنظيره السوري بشار الأسد" (a title
    and the person's name)."""
    end = np_end(toks, k, quotes, head=True)
    name = end
    while name < len(toks) and name - end < NAME_WORDS and is_word(toks[name].text):
        word = toks[name].text
        if word in FUNCTION or word in COMPLEMENTIZERS or is_cue_form(word) or time_follows(toks, name):
            break
        name += 1
        if is_definite(word):
            break  # "بشار الأسد": a family name with the article ends the name
    return name if name > end and name - end >= 2 and not is_definite(toks[end].text) else end


def _name_after_title(toks: list[Token], start: int, end: int, k: int) -> bool:
    """ "الرئيس الروسي | فلاديمير بوتين": two to four words after a definite title that name a person, a given
    name and a surname (the last may carry the article, "بشار الأسد"); not a place ("دمشق وموسكو"), whom it
    was said to ("نظيره الأمريكي"), nor a body ("حكومته")."""
    head = toks[start].text
    # "وزير الخارجية الروسي | سيرغي لافروف": a title in construct with a definite genitive is definite too.
    construct = start + 1 < end and is_definite(toks[start + 1].text)
    if (
        not ((is_definite(head) or construct) and strip_article(head) in TITLES)
        or not 2 <= k - end <= NAME_WORDS
    ):
        return False
    words = [t.text for t in toks[end:k]]
    if any(is_definite(w) for w in words[:-1]) or (is_definite(words[-1]) and words[-1].endswith("ي")):
        return False
    for word in words:
        bare = strip_article(strip_suffix(word))
        if word in ADDRESSED or bare in ADDRESSED or bare in SOURCE_HEADS or bare in TITLES or masdar(word):
            return False
    return not find_places(" ".join(words))


def verb_frame(
    toks: list[Token],
    j: int,
    v: int,
    cue: Cue,
    quotes: dict[int, int],
    known: Known,
    subject: Span | None = None,
) -> Frame | None:
    """The frame of the reporting verb at ``v`` (``j`` is where the frame starts, before "بحسب ما").

    "وأفادت مصادر ميدانية بأن قوات …" → mention "مصادر ميدانية", content from "قوات".
    """
    if subject is None and v + 2 < len(toks) and _quoted_pronoun_follows(cue, toks[v + 1].text):
        return _quoted_pronoun(toks, j, v, cue, quotes)
    end, mention = (v + 1, subject) if subject else _subject(toks, v, cue, quotes, known)
    if mention and not subject:
        end = _quoted_name_end(toks, mention, end, quotes)
        if end - mention[0] > 1 and anonymity_end(toks, end - 1) > end:
            end -= 1  # "دبلوماسي غربي فضل عدم الكشف عن اسمه": the phrase ran into the verb that withholds it
        mention = (mention[0], end)
        # The mention as written holds the clause withholding the name (anonymity_end), the source does not; the
        # reason it gives («لأنه ليس مخولا …») is passed over before a quotation or «إن».
        withheld = anonymity_end(toks, end)
        end = reason_end(toks, withheld) if withheld > end else end
        if cue.lemma in INFORMING:
            # "أبلغ عرفات القيادات اللبنانية أن …", "أبلغ مسؤولون أتراك الصحافيين أن …": a definite plural after
            # a known name is whom it told; the name alone is the source, the content follows as before.
            told = next((i for i in range(mention[0] + 1, mention[1]) if _told_after_name(toks, i)), None)
            mention = (mention[0], told) if told is not None and known((mention[0], told)) else mention
    described = description_end(toks, end, quotes) if mention else end
    called = called_end(toks, end, mention[0]) if mention else end
    if called > end:  # "ناشط من المدينة يدعى أبو محمد": the name he goes by
        mention, described = (mention[0], called), called
    if mention and described > end and toks[end].text in RELATIVE_PRONOUNS:
        mention = (mention[0], described)  # "التحالف الذي تقوده السعودية": the description names the source
    tail = read_tail(toks, described, quotes, cue)
    if cue.lemma in DOUBTING and described < len(toks) - 1 and toks[described].text == "في":
        # "وشكك المرصد في صحة الأنباء", "شككوا في أن …": «في» opens what is doubted.
        tail = tail._replace(claim=described + 1 + (toks[described + 1].text in COMPLEMENTIZERS), marked=True)
    mention, via = (tail.origin, mention) if tail.origin else (mention, tail.via)
    claim, marked = content_start(toks, tail, quotes, strong=cue.strong)
    if claim is not None and not marked and _admitted(toks, claim, cue):
        # "بدورها أفادت مسار برس بمقتل شخص", "واعترف الجيش بقصف موقع": «بـ» marks what these verbs report;
        # "وأقر مجلس النواب بالإجماع حزمة عقوبات": «بالـ» tells how
        marked = True
    if claim is not None and not marked and mention and (cue.lemma in STANCE_OR_CHARGE):
        # "وندد الائتلاف بقصف المستشفى", "وتتهم كييف موسكو بإرسال قوات": «بـ» and
        # a verbal noun, right after the subject or after a short object, mark what is said.
        marked = (
            (cue.lemma not in HOLDING and _bi_verbal_noun(toks[claim].text))
            or _charge_follows(toks, claim, cue)
            # "وحملت الهيئة مسؤولية الاغتيال لفصيل …": the responsibility first, then whom «لـ» lays it on (with
            # no «لـ», "فيما حمل مديرية المتفجرات مسؤولية ذلك", the phrase before it is the one held responsible)
            or (cue.lemma in HOLDING and toks[claim].text in RESPONSIBILITY and _laid_on(toks, claim))
        )
        # "وتوعد زعيم التنظيم الولايات المتحدة بهجمات جديدة": what a threat threatens with, noun or verbal noun
        marked = marked or (
            cue.lemma in THREATENING
            and any(_bi_content(t.text) for t in toks[claim : claim + CHARGE_REACH] if is_word(t.text))
        )
    if cue.lemma in HOLDING and not (
        claim is not None and (toks[claim].text in RESPONSIBILITY or _charge_follows(toks, claim, cue))
    ):
        return None  # "يحمل اسم « … »", "حمل المتظاهرون لافتات": carrying, no responsibility laid on anyone
    if claim is not None and not marked and cue.lemma in CALLING and mention and called_as(toks, claim):
        marked = (
            True  # "ووصف الأسد مقاتلي المعارضة المدعومين من أمريكا بالخونة": the object and what it is called
        )
    # "واعتبر في سوتشي أن …": where it was said is no object described.
    if (
        marked
        and not tail.marked
        and cue.lemma in DESCRIBING_OR_CHARGE
        and not opens_circumstance(toks, tail.claim)
    ):
        # "وصف العدناني الضربات بأنها غير مؤثرة", "اتهم فلان أحرار الشام بأنها …": what is described, and who is
        # accused, belong to the claim.
        claim = tail.claim
    prepositional = j != v and subject is None
    if (
        cue.lemma in ACCUSING
        and mention is None
        and claim == v + 1
        and toks[claim].text.startswith("ب")
        and not toks[v].text.endswith(OBJECT_SUFFIXES)
    ):
        return None  # "التي اتُّهمت بحيازة …": with no accused, the verb of accusing is a passive
    # "وأعلنت الغرفة عن انطلاق معركة …", "وتحدثت مصادر موالية عن استعداد النظام …": the preposition the verb
    # governs and a verbal noun mark its content, so the phrase before them is its subject.
    governed = (
        claim is not None and not marked and mention is not None and _governed_content(toks, mention, claim)
    )
    # "وتحدث عن « دعم واسع » لمحادثات سوتشي": the one who spoke last, «عن» and a verbal noun.
    dropped = mention is None and claim == v + 2 and toks[v + 1].text == "عن" and _spoken_of(toks, claim)
    # "وتحدث ناشطون عن اشتباكات عنيفة …", "تحدثت مصادر عن حالات اختناق": after «تحدث», «عن» and a plural of
    # events tell what was spoken of as a verbal noun does.
    plural = (
        cue.lemma in SPEAKING_OF
        and claim is not None
        and mention is not None
        and claim - 1 == mention[1]
        and toks[claim - 1].text == "عن"
        and _events_plural(toks[claim].text)
    )
    weak = (governed or dropped or plural) and cue.lemma in SPEAKING_OF
    # "لكنه استبعد إمكان التوصل إلى تسوية", "ورجح المرصد ارتفاع الحصيلة": a verb of judging and a verbal noun
    # right after it, or after its subject, give what is judged.
    judged = (
        cue.lemma in JUDGING
        and claim is not None
        and claim == (mention[1] if mention else v + 1)
        and verbal_noun(toks[claim].text)
    )
    # "وسجل المرصد تنفيذ التنظيم هجمات …", "وأبدت اللجنة، في بيان لها، عدم موافقتها": a verb of recording or
    # expressing, its named subject, and a verbal noun after it (and after the adjuncts of the report).
    recorded = (
        cue.lemma in RECORDING
        and claim is not None
        and mention is not None
        and known(mention)
        and _nominal_object(toks, mention, claim)
        and toks[claim - 1].text not in GOVERNED  # "وسجل غياب القطاع عن المشاركة": what it is absent from
    )
    if not (marked or cue.strong or prepositional or weak or judged or recorded) or (
        claim is None and mention is None
    ):
        return None
    if (
        claim is not None
        and not marked
        and mention
        and not prepositional
        and not known(mention)
        and not governed
        # "ونفت المكاتب الإعلامية في وادي بردى دخول ورشة …": a subject that is no verbal noun, then a verbal noun
        and not (cue.strong and _nominal_object(toks, mention, claim))
        # "وأعلنت تركيا انطلاق عملية …", "ونفت موسكو استخدام …": a state, or its capital, and a verbal noun
        and not (cue.strong and mention[1] - mention[0] == 1 and _state_reports(toks, mention[0], claim))
        # "ونفى فلين قيامه بأي عمل خاطئ", "وأعلن الحوثي مسؤوليته": a verbal noun whose pronoun is its subject's
        and not (cue.strong and _own_verbal_noun(toks, mention, claim))
    ):
        return None  # "وأعلنت السيطرة على …": a verbal noun object read as a subject
    if (
        claim is not None
        and not marked
        and not prepositional
        and toks[claim].text.startswith("بال")
        and cue.lemma not in WITH_BI | STANCE_BI | CHARGING
    ):
        # "…، رصدت كتائب المتشددين بالقاعدة الأمريكية": «بالـ» after the verb's object tells where or how,
        # not what was said; the verb is no report and the noun after it no speaker.
        return None
    if claim is not None and not marked and toks[claim].text in DESCRIBED:
        return None  # "ويدعى أحمد حسن وهو من …": «وهو» describes the one named; it opens no content
    if mention and not prepositional and _thing(toks[mention[0]].text):
        return None  # "أكد كلمة السر :" on a login form, "طالب خلال خطابه": a thing that cannot speak
    if (
        cue.lemma in ACCUSING
        and mention is not None
        and claim == mention[1]
        and not subject
        and (_bi_verbal_noun(toks[claim].text) or toks[claim].text.startswith("بال"))
    ):
        # "اتهم جينغ الولايات المتحدة بالدفع …": the accuser, then the accused, then the charge; with one noun
        # phrase only ("… واتهمت الجيش السوري بالسماح …") it is the accused, and the one who spoke last accuses.
        mention, claim = _accuser(toks, mention, known, accused=toks[v].text.endswith(OBJECT_SUFFIXES))
    if (
        claim is not None
        and mention is not None
        and j > 1
        and toks[j - 1].text in COMMAS
        and any(
            toks[k].text in PARTICIPLES and toks[k - 1].text in COMMAS
            for k in range(mention[1] + 1, claim + 1)
        )
    ):
        # "تم اسقاط طائرة …، قال الجيش الإسرائيلي، مؤكدا تقارير سابقة …", "…، قال مسؤول أمريكي، مضيفا أن …": the verb
        # comes after what was said; the participle goes on with the same speaker.
        claim, marked = None, False
    speaker = _speaker(cue, mention)
    if mention is None and end > v + 1 and (toks[end - 1].text in ANAPHORS or toks[end - 1].text in ASIDES):
        speaker = "previous"  # also after a verb in the present: "ويشير هؤلاء" is no impersonal "يُشار"
    modality = "unattributed" if speaker == "none" else cue.modality
    stop = claim if claim is not None else frame_stop(toks, end)
    cue_span = (v if subject else j, v + 1)
    return Frame(
        j, cue_span, mention, via, claim, stop, modality, speaker, tail.document, prepositional, marked
    )


SELF = frozenset(["ذاته", "ذاتها", "ذاتهم", "نفسه", "نفسها", "نفسهم"])  # "الهيئة السياسية ذاتها": itself
OBJECT_SUFFIXES = ("ه", "هم", "هما", "ها")  # "اتهمه", "تتهمهم": the accused as a pronoun on the verb


def _accuser(toks: list[Token], mention: Span, known: Known, *, accused: bool) -> tuple[Span | None, int]:
    """The accuser and where the claim (the accused and the charge) starts, when the phrase after a verb of accusing
    runs into the charge: split before the accused, a source the registry or the article knows that is no adjective
    of the accuser; with no split, and no accused on the verb as a pronoun, the phrase is the accused and the one
    who spoke last accuses."""
    start, end = mention
    for p in range(end - 1, start, -1):
        word, before = toks[p].text, toks[p - 1].text
        joined = (  # "حكومة الرئيس بشار الأسد", "قوات قسد", "العاملين في المركز": one phrase, not two
            strip_article(before) in TITLES
            or (strip_article(before) in SOURCE_HEADS and not is_definite(before))
            or before in FUNCTION
            or before in LINKS
        )
        # "الرئيس السوري": an adjective; "وائل علوان الناطق باسم …": the title after a name describes him
        nisba = word.endswith(("ي", "يه")) or (is_definite(word) and strip_article(word) in TITLES)
        inside = before in GIVEN_NAMES  # "بشار الأسد": the accused would open inside a name
        quoted = sum(t.text in QUOTES_OPEN or t.text in QUOTES_CLOSE for t in toks[start:p]) % 2 == 1
        if (
            is_word(word)
            and not (joined or nisba or inside or quoted)
            and word not in SELF
            and known((p, end))
            and known((start, p))
        ):
            return (start, p), p
    return (None, start) if not accused else (mention, end)


QUOTED_PRONOUNS = frozenset(["عنه", "عنها", "عنهم", "عنهما"])
ASCRIBED_PRONOUNS = frozenset(["اليه", "اليها", "اليهم", "اليهما"])


def _quoted_pronoun_follows(cue: Cue, text: str) -> bool:
    """ "ونقلت عنه …", "كما نسبت إليه أن …": the verb's preposition with the pronoun of whom it quotes."""
    return (cue.lemma in CHAIN and text in QUOTED_PRONOUNS) or (
        cue.lemma in ASCRIBING and text in ASCRIBED_PRONOUNS
    )


# The pronoun by which a relative clause takes up «ما» or «الذي» after its verb, before the verb's subject:
# "بحسب ما أفادت به سوريا مباشر", "وفق ما صرح به المتحدث", "الأمر الذي أقرت به الوزارة"; and the
# time or document it happened in: "في الوقت الذي أكد فيه الجيش الإسرائيلي شنه للغارة", "بيانا أعلنت
# فيه الوزارة".
# «فيه» alone takes up the statement or the time a report was made in ("بيانا قالت فيه إن").
IN_IT = frozenset(["فيه", "فيها"])
RESUMED = frozenset(["به", "بها", "بهم", "بهما"]) | IN_IT
PRONOUNS_AFTER_VERB = PRONOUN_ADDRESSEES | RESUMED
# "وفق ما أشار إليه ناشطون": «إلى» and the pronoun after «أشار», which governs it; after «دعا» or «خلص» it
# takes up what was called for or concluded ("الانتخابات التي دعا إليها رئيس الحكومة"), no statement.
RESUMED_TO = frozenset(["اليه", "اليها"])
POINTED = fold("أشار")
WHAT_BEFORE = frozenset(["ما", "لما", "مما", "بما"])


def called_as(toks: list[Token], claim: int) -> bool:
    """ "مقاتلي المعارضة المدعومين من أمريكا بالخونة": after the object of a verb of describing, in the same
    clause, «بـ» and a definite noun say what it is called."""
    for k in range(claim + 1, min(len(toks), claim + CALLED_REACH)):
        word = toks[k].text
        if word in COMPLEMENTIZERS:
            return word.startswith("ب")  # "وجود قوات تركية في سوريا بأنه عدوان"
        if word == "ب" and k + 2 < len(toks) and toks[k + 1].text == "-" and toks[k + 2].text in QUOTE_MARKS:
            return True  # 'القرار ب - " المؤسف "': the scrape wrote the tatweel of «بـ» as a dash
        if not is_word(word) or lookup(word)[0] is not None:
            return False
        if word.startswith("بال") and len(word) > 4:
            return True
    return False


def _quoted_pronoun(toks: list[Token], j: int, v: int, cue: Cue, quotes: dict[int, int]) -> Frame | None:
    """ "ونقلت عنه قناة روسيا اليوم قوله إن …", "بحسب ما نقلت عنه وكالات أنباء روسية": the pronoun after «عن»
    is whom the outlet quotes, the speaker named before; the outlet after it is the channel."""
    outlet = np_end(toks, v + 2, quotes)
    via = (v + 2, outlet) if outlet > v + 2 else None
    tail = read_tail(toks, outlet, quotes, cue)
    claim, marked = content_start(toks, tail, quotes, strong=cue.strong)
    if not marked and j == v:
        return None
    stop = claim if claim is not None else frame_stop(toks, outlet)
    return Frame(
        j, (j, v + 1), (v + 1, v + 2), via, claim, stop, cue.modality, "previous", None, j != v, marked
    )


JUDGING = frozenset(
    ["استبعد", "رجح", "توقع"]
)  # weak verbs whose verbal-noun object is what they judge likely
SPEAKING_OF = frozenset(["تحدث"])  # a weak verb whose «عن» and a verbal noun give what was said
RECORDING = frozenset(["سجل", "ابدي"])  # weak verbs whose verbal-noun object is what is reported


def _nominal_object(toks: list[Token], mention: Span, claim: int) -> bool:
    """ "المكاتب الإعلامية … | دخول ورشة": a subject that opens on no verbal noun, and a verbal noun opening the
    object after it, right after or after the adjuncts the tail skipped."""
    first = toks[mention[0]].text
    return (
        verbal_noun(toks[claim].text)
        and not verbal_noun(first)
        and not masdar(first)
        and is_word(first)
        and claim >= mention[1]
        and not _oblique_plural(first)
    )


def _oblique_plural(word: str) -> bool:
    """ "كما دعا المتطرفين في ليبيا إلى الاتحاد": a sound plural in «ين» is an object, never the subject («ون»)."""
    return word.endswith("ين") and len(strip_article(word)) >= 6


def _events_plural(word: str) -> bool:
    """An indefinite feminine plural: "اشتباكات", "حالات", "غارات", "تعزيزات"."""
    return len(word) >= 5 and word.endswith("ات") and not is_definite(word) and is_word(word)


def _spoken_of(toks: list[Token], k: int) -> bool:
    """A verbal noun at ``k``, or just inside a quotation opening there: "استعداد", "دعم", «" دعم واسع "»."""
    if toks[k].text in QUOTES_OPEN and k + 1 < len(toks):
        k += 1
    word = toks[k].text
    return verbal_noun(word) or plain_masdar(word)


def _governed_content(toks: list[Token], mention: Span, claim: int) -> bool:
    """ "الغرفة | عن انطلاق": the content opens on «عن»/«على» and a verbal noun after a subject that is none."""
    first = toks[mention[0]].text
    return (
        claim > 0
        and toks[claim - 1].text in ("عن", "علي")
        and claim - 1 == mention[1]
        and verbal_noun(toks[claim].text)
        and not verbal_noun(first)
        and is_word(first)
    )


QUOTED_NAME_WORDS = 5


def _quoted_name_end(toks: list[Token], mention: Span, end: int, quotes: dict[int, int]) -> int:
    """ "وقال الشرعي " محمد أبو عثمان الحلبي " إن": a name in quotation marks right after a title, then «أن»,
    joins the title; ``end`` when there is none."""
    if end != mention[1] or end >= len(toks) or toks[end].text not in QUOTES_OPEN:
        return end
    if (
        strip_article(toks[mention[1] - 1].text) not in TITLES
        and strip_article(toks[mention[0]].text) not in TITLES
    ):
        return end
    close = quotes.get(toks[end].start)
    shut = next(
        (k for k in range(end + 1, min(len(toks), end + QUOTED_NAME_WORDS + 2)) if toks[k].start == close),
        None,
    )
    if shut is None or shut == end + 1 or shut + 1 >= len(toks) or toks[shut + 1].text not in COMPLEMENTIZERS:
        return end
    if not plain_words([t.text for t in toks[end + 1 : shut]]):
        return end
    return shut + 1


# A page or an account with no possessive is an outlet of its own: «وأعلنت صفحة " أخبار مصياف " مقتل …»,
# «وكشفت الصفحة»; «عبر صفحته», «حسابها» are where a speaker wrote.
OUTLET_THINGS = frozenset(fold(w) for w in "صفحة حساب".split())


def _thing(word: str) -> bool:
    """ "كلمة", "خطابه", "حسابها": a thing that cannot speak, with or without a possessive."""
    bare = strip_article(word)
    if bare in OUTLET_THINGS:
        return False
    return bare in THINGS or strip_article(strip_suffix(word)) in THINGS


def _bi_content(word: str) -> bool:
    return word.startswith("ب") and len(word) >= 5 and not word.startswith("بال")


def _charge_follows(toks: list[Token], k: int, cue: Cue) -> bool:
    """ "التنظيم بالتواطؤ", "موسكو بإرسال قوات": a short accused and «بـ» with a verbal noun, the charge; "النظام
    مسؤولية الهجوم": or the responsibility it is held to."""
    marks = 0  # 'ميليشيا " حزب الله " مسؤولية': quotation marks around a name are no words of it
    for i in range(k + 1, len(toks)):
        if i - k - marks >= CHARGE_REACH:
            return False
        if toks[i].text in RESPONSIBILITY or (cue.lemma not in HOLDING and _bi_verbal_noun(toks[i].text)):
            return True  # "يحمل كل بصمات الهجمات السابقة باستخدام …": «حمل» holds to a responsibility only
        if toks[i].text in QUOTE_MARKS:
            marks += 1
            continue
        if not is_word(toks[i].text) or toks[i].text in FUNCTION or lookup(toks[i].text)[0]:
            return False
    return False


CHARGE_REACH = 5  # words at most from the accused to its charge


def _laid_on(toks: list[Token], r: int) -> bool:
    """ "مسؤولية الاغتيال لفصيل …", 'مسؤولية الاغتيال لـ " صقور الشام "': «لـ» after the responsibility names
    whom it is laid on."""
    return any(
        t.text == "ل" or (t.text.startswith("ل") and len(t.text) > 2 and t.text not in FUNCTION)
        for t in toks[r + 1 : r + 1 + CHARGE_REACH]
    )


DURING = fold("خلال")
OCCASION_WORDS = 14  # tokens at most of the occasion («خلال كلمة له أمام …») before what was said


def _said_after(toks: list[Token], k: int) -> bool:
    """Whether «أن» or a colon follows the occasion at ``k`` within reach: a teaser cut off after it ("وأوضح
    خلال مؤتمر . . .") says nothing, and quotation marks there may hold a name («أمام قمة " منظمة … "»)."""
    return any(t.text in COMPLEMENTIZERS or t.text == ":" for t in toks[k + 1 : k + 1 + OCCASION_WORDS])


OWN_MENTION_WORDS = 3  # words at most of a name before a verbal noun with its pronoun
# "وأعلن التنظيم مسؤوليته عن الهجوم": a noun one declares of oneself, as a verbal noun is (no verbal noun alone:
# «تحت طائلة المسؤولية» is a page's legal notice).
OWN_NOUNS = frozenset(fold(w) for w in "مسؤولية مسئولية".split())


def _own_verbal_noun(toks: list[Token], mention: Span, claim: int) -> bool:
    """A short name that is no verbal noun itself, right before a verbal noun with a possessive pronoun."""
    word = toks[claim].text
    return (
        claim == mention[1]
        and mention[1] - mention[0] <= OWN_MENTION_WORDS
        and not verbal_noun(toks[mention[0]].text)
        and (bare := strip_suffix(word)) != word
        and (verbal_noun(word) or closed_ta(bare, OWN_NOUNS) in OWN_NOUNS)
    )


def _admitted(toks: list[Token], claim: int, cue: Cue) -> bool:
    """ "اعترف … بقصف", "أقرت … بشن", "أفادت … بمقتل": a verb whose «بـ» and a verbal noun give what it reports."""
    word = toks[claim].text if claim < len(toks) else ""
    return cue.lemma in WITH_BI and (_bi_content(word) or _bi_short_verbal_noun(word))


def _bi_short_verbal_noun(word: str) -> bool:
    """ "بقصف", "بشن": «بـ» and a verbal noun too short for _bi_content, without the article."""
    return not word.startswith("بال") and _bi_verbal_noun(word)


def _bi_verbal_noun(word: str) -> bool:
    """ "باتخاذ", "بقتل", "بالإفراج", "بإجراء": «بـ» glued to a verbal noun, with or without the article."""
    if not word.startswith("ب") or len(word) < 3:
        return False
    if len(word) == 3:
        return word[1:] in PLAIN_MASDARS  # "بشن هجمات", "بحل الفصائل"
    return verbal_noun(word[1:]) or plain_masdar(word[1:])


def bi_object(toks: list[Token], k: int) -> bool:
    """ "وندد أوباما بالهجوم", "وتعهد الوزير بإجراء تحقيق": after a name, «بالـ» or «بـ» and a verbal noun opens the
    verb's object; «بالـ» not after a head it completes ("مصدر بالوزارة", "المكلف بالملف"), nor «باسم» ("المتحدث
    باسم الجيش")."""
    word = toks[k].text
    if word.startswith("بال"):
        return strip_article(toks[k - 1].text) not in SOURCE_HEADS
    return word != "باسم" and _bi_verbal_noun(word)


# Verbal nouns of three letters that no pattern tells from a noun: "بقتل جنود", "بدعم الإرهاب", "بشن هجمات".
PLAIN_MASDARS = frozenset(
    "قتل دعم شن قصف منع رفع فرض نشر وقف حظر ضرب طرد سحب فتح نقل حل خرق رفض قبول ذبح سجن نهب رد قيام".split()
)


def plain_masdar(word: str, *, short: bool = False) -> bool:
    """One of PLAIN_MASDARS, with the article or a pronoun ("القصف", "قتله"); with ``short`` also a pronoun on a
    base of two letters, which strip_suffix leaves whole ("شنه للغارة", "ردها")."""
    bare = strip_article(strip_suffix(word))
    if bare in PLAIN_MASDARS:
        return True
    return short and any(word.endswith(s) and word[: -len(s)] in PLAIN_MASDARS for s in ("ه", "ها", "هم"))


def description_end(toks: list[Token], j: int, quotes: dict[int, int]) -> int:
    """Past a relative clause or a "وهو …" aside between a source and its content: "وقال وفد المعارضة الذي
    حضر المحادثات «…»", "وقال صهيب الرحيل، وهو مسؤول في ألوية الفرقان، … إن"; ``j`` when there is none."""
    if j < len(toks) and (toks[j].text in RELATIVE_PRONOUNS or toks[j].text in DESCRIBED):
        first, aside = j + 1, toks[j].text in DESCRIBED
    elif j + 1 < len(toks) and toks[j].text in COMMAS and toks[j + 1].text in DESCRIBED:
        first, aside = j + 2, True
    else:
        return j
    k, stop = first, min(len(toks), first + DESCRIPTION_WORDS)
    while k < stop:
        text = toks[k].text
        # «تابع» of «فصيل تابع للجيش الحر» is affiliation, not «وتابع» going on speaking; in a "وهو …" aside a
        # verb in the present tells what the person does: "وهو لواء أردني متقاعد يتابع الشأن السوري".
        habit = aside and text[0] in "يت" and k > first
        if (
            text in ENDS
            or (lookup(text)[0] and text not in ATTRIBUTIVES and not habit)
            or text in PARTICIPLES
        ):
            return j
        named = text in QUOTES_OPEN and toks[k - 1].text in QUOTED_NAME_BEFORE
        if named and (after := marked_name_end(toks, k, quotes)) is not None:
            k = after  # «فصيل تابع ل - " الجيش السوري الحر "»: a name in quotes, not the content
            continue
        if (text in COMPLEMENTIZERS and text[0] != "و") or text in QUOTES_OPEN or text == ":":
            # "وأشار الأمير محمد الذي يتولى … منصب وزير الدفاع إلى أن": the preposition the verb governs
            # opens its content and is no part of the description.
            governed = k - 1 > first and toks[k - 1].text in GOVERNED and text[0] != "و"
            return k - 1 if governed else k
        k += 1
    return j


# "يُدعى", "اسمه", "يلقب": the name an indefinite speaker goes by ("ناشط من المدينة يدعى أبو محمد إن …"); «يدّعي»
# (claims) folds alike, so the name must run up to «أن» or a comma.
CALLED = frozenset(["يدعي", "ويدعي", "تدعي", "وتدعي", "اسمه", "اسمها", "يلقب", "تلقب", "الملقب", "الملقبه"])
CALLED_WORDS = 4


def called_end(toks: list[Token], j: int, start: int | None = None) -> int:
    """Past "من المدينة يدعى أبو محمد" after an indefinite speaker (starting at ``start``, else the word
    before ``j``), up to the «أن» or comma after the name; ``j`` when there is none."""
    k = j
    if k + 1 < len(toks) and toks[k].text == "من" and is_arabic(toks[k + 1].text):
        k += 2  # where he is from: one word
    head = j - 1 if start is None else start
    if k >= len(toks) or toks[k].text not in CALLED or j == 0 or is_definite(toks[head].text):
        return j
    for end in range(k + 2, min(len(toks), k + 2 + CALLED_WORDS)):
        text = toks[end].text
        if text in COMPLEMENTIZERS or text in COMMAS:
            return end
        if not is_arabic(text) or lookup(text)[0] or text in FUNCTION:
            return j
    return j


# What comes before a name in quotes inside a description: «تابع ل - " الجيش الحر "», «في " الفرقة 13 "».
QUOTED_NAME_BEFORE = frozenset(["-", "ل", "ب", "في", "من", "إلى", "الى", "باسم"])


def auxiliary_subject(toks: list[Token], v: int, cue: Cue, quotes: dict[int, int]) -> Span | None:
    """ "وكان الرئيس التركي رجب طيب أردوغان قد صرح …", "وكانت أنقرة أعلنت …": the subject between «كان»
    and «قد» or the past verb."""
    end = v - 1 if v > 0 and toks[v - 1].text == "قد" else v
    if end < 2 or cue.tense != "past" or lookup(toks[v].text)[1]:
        return None  # "وكانت أكبر طائرة موجودة وقتها وقال": a verb joined by «و» is no predicate of «كان»
    for a in range(end - 2, max(-1, end - AUXILIARY_REACH), -1):
        if toks[a].text in AUXILIARIES:
            np = np_end(toks, a + 1, quotes)
            if a + 1 < np < end and time_follows(toks, np) and skip_time(toks, np) == end:
                return (a + 1, np)  # "وكان مصدر عسكري سوري يوم السبت الماضي قد أعلن": when, then the verb
            if np == end - 1 and toks[np].text in COMMAS and toks[end].text == "قد":
                return (a + 1, np)  # "وكانت القيادة العامة للقوات المسلحة، قد أعلنت": the subject set off
            if (
                toks[end].text == "قد"
                and toks[end - 1].text in COMMAS
                and appositive_end(toks, np) == end - 1
            ):
                return (a + 1, end - 1)  # "وكان رئيس الوزراء العراقي، حيدر العبادي، قد تعهد"
            described = description_end(toks, np, quotes) == end or _relative_reaches(toks, np, end)
            if end in (np, appositive_end(toks, np)) or described:
                return (a + 1, end)
            if toks[end].text == "قد":
                return _bracketed_subject(toks, a + 1, end)
            if end - np <= ADJECTIVES_BEFORE_VERB and all(
                is_definite(t.text) and lookup(t.text)[0] is None for t in toks[np:end]
            ):
                return (a + 1, end)  # "وكان بيان الدول الضامنة أعلن": adjectives of the name, then the verb
            return None
        if not is_word(toks[a].text) and toks[a].text not in COMMAS and toks[a].text not in QUOTE_MARKS:
            return None
    return None


PRECEDED = frozenset(["سبق", "وسبق"])


def preceded(toks: list[Token], v: int, cue: Cue) -> tuple[int, Span | None] | None:
    """ "وسبق لوزير الخارجية سيرغي لافروف أن قال إن …": where «سبق» stands, and the one for whom it says the
    report happened before, the subject of the verb after «أن» (None for "وسبق له أن قال": the speaker before)."""
    if v < 3 or cue.tense != "past" or lookup(toks[v].text)[1] or toks[v - 1].text != "ان":
        return None
    for a in range(v - 3, max(-1, v - 14), -1):
        if toks[a].text in PRECEDED:
            first = toks[a + 1].text
            if first in PRONOUN_OBJECTS:
                return (a, None) if a + 2 == v - 1 else None
            # «سبق لـ» and «أن» bracket the name as «كان» and «قد» do
            return (a, _bracketed_subject(toks, a + 1, v - 1)) if first[0] == "ل" and len(first) > 3 else None
        if not is_word(toks[a].text) and toks[a].text not in COMMAS:
            return None
    return None


PRONOUN_OBJECTS = frozenset(["له", "لها", "لهم", "لهما"])
NAMED_MASDARS = frozenset(["فتح"])  # verbal nouns that open the names of movements: "فتح", "فتح الشام"
QUOTE_MARKS = QUOTES_OPEN | QUOTES_CLOSE
ADJECTIVES_BEFORE_VERB = 2
BRACKETED_WORDS = 12


def _bracketed_subject(toks: list[Token], start: int, end: int) -> Span | None:
    """ "وكان مدير العلاقات الإعلامية في هيئة تحرير الشام، عماد الدين مجاهد، قد أفاد": «كان» and «قد» bracket
    the subject, whatever titles, places and names set off by commas it holds; None when the words between
    open on a preposition or a time ("وكان في وقت سابق قد أعلن": no subject) or hold a verb of saying or «أن»."""
    stop = end - 1 if toks[end - 1].text in COMMAS else end
    words = toks[start:stop]
    first = toks[start].text
    if not words or len(words) > BRACKETED_WORDS or not is_word(first) or first in FUNCTION:
        return None
    if time_follows(toks, start) or any(
        lookup(t.text)[0] is not None or t.text in COMPLEMENTIZERS for t in words
    ):
        return None
    return (start, stop)


def _relative_reaches(toks: list[Token], np: int, end: int) -> bool:
    """ "وكان التحالف الذي تقوده الولايات المتحدة قال": a short relative clause runs from the name to the verb."""
    if np >= end or toks[np].text not in RELATIVE_PRONOUNS or end - np > RELATIVE_WORDS:
        return False
    return all(is_word(t.text) and not lookup(t.text)[0] for t in toks[np + 1 : end])


def frame_stop(toks: list[Token], j: int) -> int:
    """Where a frame with its content before it ends: "…، بحسب المرصد بالإضافة إلى الغرفة، …" → at the comma."""
    for k in range(j, len(toks)):
        if toks[k].text in COMMAS or toks[k].text in ENDS or toks[k].text in DASHES:
            return k
    return len(toks)


# "بحسبه", "حسبها", "وبحسبهم": the preposition with the pronoun of the one who spoke last.
RESUMING_PREPOSITIONS = frozenset(p + s for p in ("بحسب", "حسب", "وبحسب", "وحسب") for s in SUFFIXES)
# "حسب قوله", "على حد تعبيرها", "وفق روايتهم", "بحسب زعمه": a noun of saying with that pronoun.
SAYING_NOUNS = {
    stem + s: "allege" if stem in ("زعم", "ادعاء", "ادعاي", "مزاعم") else "assert"
    for stem in ("قول", "تعبير", "روايت", "وصف", "تقدير", "زعم", "ادعاء", "ادعاي", "مزاعم", "كلام")
    for s in SUFFIXES
}
OBJECT_PRONOUNS = frozenset("ل" + s for s in SUFFIXES)  # "وفقاً له"


def _resumed_speaker(toks: list[Token], j: int, quotes: dict[int, int]) -> Frame | None:
    """ "…، بحسبهم", "حسب قوله", "على حد تعبيره", "وفقاً لها": a reporting preposition that takes up, by a
    pronoun, the one who spoke last; what it reports is the clause it closes or opens."""
    word = toks[j].text
    if word in RESUMING_PREPOSITIONS:
        k, modality = j + 1, "assert"
    else:
        k = _preposition(toks, j)
        if k is None or word.endswith("ما"):  # "حسبما وصفه ناشطون": a verb and its object pronoun
            return None
        if toks[k - 1].text in SAYING_NOUNS and toks[j].text.removeprefix("و") == "علي":
            k -= 1  # "على حد تعبيره": «على حد» reads the noun after it with itself
        if k >= len(toks):
            return None
        following = toks[k].text
        if following in SAYING_NOUNS:
            modality = SAYING_NOUNS[following]
        elif following in OBJECT_PRONOUNS and toks[k - 1].text != "ل":
            modality = "assert"
        else:
            return None
        k += 1
    tail = read_tail(toks, k, quotes, ACCORDING)
    claim, marked = content_start(toks, tail, quotes, strong=False)
    stop = claim if claim is not None else frame_stop(toks, k)
    return Frame(j, (j, k), None, tail.via, claim, stop, modality, "previous", None, True, marked)


def _preposition(toks: list[Token], j: int) -> int | None:
    """Index after a reporting preposition at ``j``: "بحسب", "وفقاً لـ", "نقلاً عن", "على لسان"."""
    word = toks[j].text
    bare = word[1:] if word[0] == "و" and word[1:] in PREPOSITIONS else word
    if bare in PREPOSITIONS:
        k = j + 1
    elif bare == "علي" and j + 1 < len(toks) and toks[j + 1].text in ("لسان", "حد"):
        k = j + 2 + (toks[j + 1].text == "حد")
    else:
        return None
    return k + 1 if k < len(toks) and toks[k].text in ("ل", "عن", "الي") else k


RESUMING = frozenset(["فقد", "فان", "فانه", "فانها", "فانهم"])  # "…، فقد اتفق", "…، فإن": the content resumes


def _described_document(toks: list[Token], k: int, end: int) -> int | None:
    """ "ووفق البيان المشترك الذي نشره الكرملين على موقعه، فقد اتفق …": a document described by a relative clause
    up to a comma, and «فقد»/«فإن» resuming after it; the comma's index."""
    if end >= len(toks) or toks[end].text not in RELATIVE_PRONOUNS or not is_document(toks[k].text):
        return None
    for c in range(end + 1, min(len(toks) - 2, end + DESCRIPTION_WORDS)):
        if toks[c].text in COMMAS:
            return c if toks[c + 1].text in RESUMING else None
        if not is_word(toks[c].text):
            return None
    return None


def _clause_follows(toks: list[Token], k: int) -> bool:
    """A clause opens at ``k``: a word that is no particle, and at least two more words before any punctuation."""
    words = 0
    for tok in toks[k : k + 3]:
        if not is_arabic(tok.text) or (words == 0 and (tok.text in FUNCTION or tok.text in COMPLEMENTIZERS)):
            return False
        words += 1
    return words == 3


def prepositional_frame(toks: list[Token], j: int, quotes: dict[int, int], known: Known) -> Frame | None:
    """The frame of a reporting preposition at ``j``, when what follows it can speak.

    "ووفق مصادر عسكرية … فإن …" and "بحسب ما أفاد المرصد" are frames; "وفقاً للاتفاقات" is not.
    """
    resumed = _resumed_speaker(toks, j, quotes)
    if resumed is not None:
        return resumed
    k = _preposition(toks, j)
    if k is None or k >= len(toks):
        return None
    if toks[k].text in ("ما", "لما") and k + 3 < len(toks) and toks[k + 1].text in CAME:
        if toks[k + 2].text != "في":
            return None
        k += 3  # "بحسب ما جاء في تقرير نشرته المنظمة": as "بحسب تقرير نشرته المنظمة"
    elif toks[k].text in ("ما", "لما") or toks[j].text.endswith("حسبما"):
        v = k + 1 if toks[k].text in ("ما", "لما") else k
        cue = v < len(toks) and (lookup(toks[v].text)[0] or lookup(strip_suffix(toks[v].text))[0])
        return verb_frame(toks, j, v, cue, quotes, known) if cue else None
    if toks[k].text in LATEST and k + 1 < len(toks):  # "وفق آخر حصيلة للمرصد"
        k += 1
    if toks[k].text == "نص" and k + 1 < len(toks) and is_document(toks[k + 1].text):
        k += 1  # "ووفق نص البيان المشترك": the statement speaks
    end = np_end(toks, k, quotes, head=True)
    described = _described_document(toks, k, end)
    if described is not None:
        claim = described + 1 + (toks[described + 1].text == "فقد")
        return Frame(j, (j, k), (k, described), None, claim, claim, "assert", "named", None, True, True)
    if end == k or not (toks[j].text.endswith(("نقلا", "علي")) or known((k, end))):
        return None
    tail = read_tail(toks, end, quotes, ACCORDING)
    claim, marked = content_start(toks, tail, quotes, strong=False)
    if not marked and claim is not None and end + 1 < claim and toks[end].text in COMMAS:
        claim = (
            end + 1
        )  # "ووصلت، بحسب الوكالة، قبل ظهر أمس 75 حافلة": no verb of saying, the time is the content's
    # "…، وبحسب مراسل الميادين الهجوم شمل عدة محاور …": «و» and the preposition open a clause of their own after a
    # comma, and the clause right after the source, no comma between, is what it says.
    opening = toks[j].text[0] == "و" and j > 0 and toks[j - 1].text in COMMAS
    if opening and not marked and claim == end and _clause_follows(toks, end):
        marked = True
    stop = claim if claim is not None else frame_stop(toks, end)
    modality = "allege" if toks[k].text.endswith(("مزاعم", "ادعاءات", "زعم")) else "assert"
    mention, via = (k, end), tail.via
    if end - k == 1 and is_document(toks[k].text) and via and via[0] == end:
        mention, via = (k, via[1]), None  # "حصيلة للمرصد": the tally is the Observatory's, not told to it
    return Frame(j, (j, k), mention, via, claim, stop, modality, "named", None, True, marked)
