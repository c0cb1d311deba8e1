"""Reporting frames in one sentence: the cue, who speaks, through which outlet, and where the content starts.

A frame is a reporting verb at the start of a clause ("وأفادت مصادر ميدانية بأن …") or a reporting
preposition ("بحسب ما أفاد المرصد …", "وفق مصادر عسكرية …"). Everything is read from folded tokens.
"""

from __future__ import annotations

import dataclasses
import re

from claims.text.adverbials import (
    SAME,
    is_document,
    outlet_follows,
    said_in,
    skip_time,
    strip_suffix,
    time_follows,
)
from claims.text.coref import RELATIVE_WHAT, UNTELLING, issuer_follows
from claims.text.frames import (
    ACCORDING,
    AUXILIARIES,
    BUT,
    CALLING,
    IN_IT,
    INFORMING,
    RESUMING_PREPOSITIONS,
    SIDES,
    Frame,
    Known,
    auxiliary_subject,
    before_aside,
    bi_object,
    bracketed_name_start,
    country_then_country,
    plain_masdar,
    plural_closes,
    preceded,
    prepositional_frame,
    subject_first,
    titled_name_end,
    told_only,
    verb_frame,
)
from claims.text.lexicon import (
    ADVERBS,
    CAME,
    CAPITALS,
    COMMAS,
    COMPLEMENTIZERS,
    CONNECTORS,
    COUNTRIES,
    CUES,
    DENIALS,
    FUNCTION,
    IN_PASSING,
    ISSUED,
    OBJECT_HEADS,
    PREPOSITIONS,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    SAYING_PARTICIPLES,
    SHADDA,
    SOURCE_HEADS,
    SOURCE_HEADS_OR_TITLES,
    TIME,
    TIME_RUN,
    TITLES,
    Cue,
)
from claims.text.mention import (
    appositive_end,
    marked_name_end,
    masdar,
    np_end,
    told_media,
    told_outlet,
    verbal_noun,
)
from claims.text.places import whole_place
from claims.text.tail import (
    DASHES,
    DESCRIBED,
    ENDS,
    RELATIVE_PRONOUNS,
    Span,
    anonymity_end,
    lookup,
    read_tail,
)
from claims.text.tokens import Token, fold, is_arabic, is_definite, is_word, strip_article, tokenize

# Words after which a cue form is a verbal noun: "بشرط عدم نشر أسمائهم".
NOMINAL = frozenset(["عدم", "عن", "علي", "الي", "في", "من", "مع", "حول", "بعد", "قبل"])
# Particles that open a clause after «و» before its verb: "وربما يفهم ذلك", "وعندما سئل".
OPENING_PARTICLES = frozenset(
    ["ربما", "عندما", "حين", "حينما", "لما", "بعدما", "اذا", "ان", "لو", "اما", "كلما"]
)
TOPIC_OPENERS = frozenset(["اما", "واما"])  # "أما فلان فقال": the topic, resumed by «فـ»
# "أما عن هدف النظام فأوضح", "أما بالنسبة لموقف موسكو فقال": a topic after these is spoken of, no speaker.
TOPIC_PREPOSITIONS = frozenset(["عن", "بالنسبه", "حول", "بخصوص", "بشان", "في", "فيما", "علي"])
RESUMING = frozenset(["فقد", "فانه", "فانها", "فان"])
DONE = frozenset(["تم", "وتم", "يتم", "ويتم", "سيتم", "وسيتم"])  # «تم» and a verbal noun: the passive
# Pronouns that take up the clause before a relative «ما»: "…، وهو ما نفته روسيا".
RESUMPTIVES = frozenset(["وهو", "هو", "وهي", "هي", "وهذا", "هذا", "وذلك", "ذلك"])
DESCRIPTION_REACH = 12  # tokens at most of a clause describing an indefinite document
DOCUMENT_REACH = 8  # tokens at most between a document and the «فيه» that takes it up
HEADLINE_WORDS = 4  # at most this many words name the source of a headline
TITLED_HEADLINE_WORDS = 8  # or this many when a title opens the headline
# Time zones after a clock time that opens an entry of a live page.
TIME_ZONES = frozenset(["GMT", "UTC"])
HEADLINE_CONTENT = 3  # and at least this many words follow its colon
SPOKEN_REACH = 12  # words after a headline's colon searched for the first person or a verdict
WE = frozenset(["نحن", "ونحن", "اننا", "انا", "لدينا", "علينا"])
# Objects and prepositions between a participle of saying and its content: "متهماً إياه بأنه", "مشيراً إلى أن",
# "محذرةً من أن".
PARTICIPLE_LINKS = frozenset(["الي", "علي", "عن", "من", "اياه", "اياها", "اياهم", "اياهما"])
TOPIC_WORDS = 8
NAME_WORDS = 3
ADJUNCT_WORDS = 3
ADJUNCT_REACH = 9  # tokens at most before the verb, a time included
ADJUNCT_OPENERS = frozenset(
    p + w for p in ("", "و") for w in ("خلال", "بعد", "قبل", "عقب", "في", "اثناء", "اثر", "امام", "لدي")
)
# Particles that join the sentence to the one before it and precede its verb: "كما أكد …", "كذلك أعلن …".
ALSO_OPENERS = frozenset(fold(w) for w in "كما وكما كذلك وكذلك ثم".split())
PRONOUN_ADJUNCTS = frozenset(
    p + w for p in ("", "و") for w in ("فيه", "فيها", "خلاله", "خلالها", "عقبه", "بعده")
)
ANTECEDENT_WORDS = 10  # words at most of the name a relative pronoun takes up
SET_OFF_NAME = 5  # words at most of a name set off by commas after a title
RELATIVE_AGREEMENT = {"الذي": "m", "التي": "f", "الذين": "p"}
RELATIVE_CONTENT = (
    4  # tokens at most from a relative clause's verb to its content: "التي عبرت عن اعتقادها بأن"
)
# Words that are no part of a name set off by commas: particles and prepositions.
NOT_NAMES = FUNCTION | NOMINAL | frozenset(PREPOSITIONS)
RELATIVE_REACH = 6  # words at most between a reporting verb and a relative clause on its subject
# Particles that open a clause with its own verb and subject inside a sentence: "…، فيما نعت السفارة …".
CLAUSE_LINKS = frozenset(
    ["فيما", "وفيما", "بينما", "وبينما", "كما", "وكما", "حين", "عندما", "حينما", "بعدما"]
)
# Letters that stand alone as words or as the spaced «اً» of the accusative: never the tail of a split verb.
SPLIT_NEVER = frozenset("اوبلكف")
SPLIT_LETTERS = "".join(chr(c) for c in range(0x621, 0x64B) if chr(c) not in SPLIT_NEVER)
# The split-off letter may carry the ending of a feminine or plural past: "وأك دت الوكالة", "وشد دوا على".
SPLIT_ENDINGS = ("ت", "وا")
# The space comes first so that the engine looks for it with a fast scan; the letter before it is looked behind.
SPLIT_LETTER = re.compile(f" (?<=[\u0621-\u064a] )[{SPLIT_LETTERS}](?:ت|وا)?(?![\u0621-\u064a])")
# A verb split after its first letter, where its damma was ("ون قل عن", "ذ كر", "ن في", "ت شير"): a lone letter,
# «و» or «ف» glued before it, then the rest of the verb. «و» and «ف» alone are the conjunctions scraped text often
# spaces off, and «في» a word: they open no split verb.
SPLIT_HEAD = re.compile(
    "(?<![\u0621-\u064a])(?!في )[وف]?[\u0621-\u0640\u0642-\u0647\u0649-\u064a] (?=[\u0621-\u064a])"
)
SPLIT_PREPOSITIONS = frozenset([*PREPOSITIONS, *("و" + w for w in PREPOSITIONS)])
# Cues whose letters a shadda never doubles: "تذك ر" is «تذكّر» («remind»), not «تذكر» («mention»).
UNDOUBLED = frozenset(["ذكر", "علم"])
# Particles that negate the verb after them, and the verbs whose negation asserts: "لم يستبعد أن", "لا ينفي أن".
NEGATORS_OF_VERBS = frozenset(["لم", "ولم", "لا", "ولا", "لن", "ولن"])
EXCLUDING = frozenset(["استبعد"])
JUSSIVE_DENIALS = frozenset(["ينف", "تنف"])
NOBODY = frozenset(["احد", "احدا"])  # "ولا ينفي أحد": under a negation, no one
UNPUNCTUATED_GAP = 8  # tokens at most between such a subject and its «أن»: a time, a channel
# Every token that can open a frame: cue verbs with or without «و»/«ف», reporting prepositions, «على لسان».
# "واختتم الوزير كلمته بالقول إن …", "وختم … حديثه بالتأكيد على أن …": «بالـ» and the verbal noun of saying,
# the manner of a verb that is none, speak for its subject as a participle does.
MANNER_NOUNS = {
    fold(noun): fold(verb)
    for noun, verb in [
        ("بالقول", "قال"),
        ("بالتأكيد", "أكد"),
        ("بالإشارة", "أشار"),
        ("بالتشديد", "شدد"),
        ("بالتحذير", "حذر"),
    ]
}
PARTICIPLE_FORMS = frozenset([*SAYING_PARTICIPLES, *("و" + w for w in SAYING_PARTICIPLES), *MANNER_NOUNS])
# Verbal nouns of reporting whose subject follows in the genitive, and the verb whose stance they take: "بعد إعلان
# الرئيس الأمريكي دونالد ترامب الاعتراف بالقدس …".
VERBAL_NOUNS = {
    "اعلان": "اعلن",
    "تاكيد": "اكد",
    "اتهام": "اتهم",
    "تصريح": "صرح",
}  # «نفي» folds as the verb «نفى»
# "سارعت الوزارة إلى نفي …": to hasten to, and the verbal noun of saying after «إلى».
HASTENED = frozenset(
    c + w for c in ("", "و", "ف") for w in ("سارع", "سارعت", "سارعوا", "يسارع", "تسارع", "يسارعون")
)
HASTENED_TO = {
    "اعلان": "اعلن",
    "الاعلان": "اعلن",
    "تاكيد": "اكد",
    "التاكيد": "اكد",
    "نفي": "نفي",
    "النفي": "نفي",
}
HASTE_REACH = 8  # tokens at most from «سارع» to its «إلى»
CONTINUING = frozenset(w for w in COMPLEMENTIZERS if w.startswith(("وان", "وبان")))
JOINED_WHAT = frozenset(["وما", "ومما"])
EXPLAINED = frozenset(["وبين", "فبين"])
EXPLAINING = Cue("بين", "assert", False, "past")
TRIGGERS = frozenset(
    [
        *EXPLAINED,
        *JOINED_WHAT,
        *CONTINUING,
        *CUES,
        *("و" + w for w in CUES),
        *("ف" + w for w in CUES),
        *PREPOSITIONS,
        *("و" + w for w in PREPOSITIONS),
        *RESUMING_PREPOSITIONS,
        *PARTICIPLE_FORMS,
        "علي",
        ":",
        *RELATIVE_WHAT,
        "الذي",  # "…، الأمر الذي تنفيه طهران"
        *CAME,
        *JUSSIVE_DENIALS,
        *VERBAL_NOUNS,
        *HASTENED_TO,
    ]
)


# «أن» and the pronoun of the subject before, after «غير» or «إلا»: "but he", as «لكنه».
BUT_THAT_HE = frozenset(["انه", "انها", "انهم", "انهما"])


def _clause_start(toks: list[Token], j: int, cue: Cue, prefixed: bool, quotes: dict[int, int]) -> bool:
    """A verb-first frame opens a clause: "وأفادت …", "، أعلنت …", "فيما أكدت …", "وكانت أعلنت …"."""
    if prefixed or j == 0:
        return True
    before = toks[j - 1].text
    if _opening_adjunct(toks, j):
        return True
    if before == "ان" and j > 1 and toks[j - 2].text in ("سبق", "وسبق"):
        return True  # "وسبق أن صرح الشيخ …"
    if before in BUT_THAT_HE and j > 1 and toks[j - 2].text in ("غير", "الا"):
        return True  # "…، غير أنها قالت أن …", "إلا أنه أكد أن …": «but he» as «لكنه» says it
    following = toks[j + 1].text if j + 1 < len(toks) else ""
    if before in QUOTES_CLOSE and toks[j - 1].start not in quotes and is_word(following):
        # '" رويترز " أعلن المنسق العام …': a dateline in quotation marks, the subject after the verb;
        # not '" المرصد السوري " أشار إلى أن …', where the quoted name is the subject, nor '" الإعلام الحربي "
        # أعلن التقاء القوات': the verbal noun a strong verb reports follows it, no speaker.
        reported = cue.strong and verbal_noun(following) and strip_article(following) not in SOURCE_HEADS
        return following not in FUNCTION and following not in COMPLEMENTIZERS and not reported
    if before in AUXILIARIES:
        return cue.tense == "past"  # "كان يرى أن" continues the clause before it
    if before == ")" and following in COMPLEMENTIZERS and bracketed_name_start(toks, j - 1, 0) is not None:
        return False  # "المتحدث باسم الكرملين ( ديمتري بيسكوف ) قال إن": the name in brackets is the subject
    return (
        not is_word(before) and before not in QUOTES_OPEN or before in CONNECTORS or time_follows(toks, j - 1)
    )


def _opening_adjunct(toks: list[Token], j: int) -> bool:
    """ "وخلال اللقاء أبلغ …", "وبعد اللقاء قالت …", "وفي الرياض، عبّر …": a short phrase of time or place
    opens the sentence before the verb."""
    if toks[0].text in ("من", "ومن") and len(toks) > 1 and toks[1].text in SIDES:
        return j == 2 or (j == 3 and toks[2].text in COMMAS)  # "من جانبه أعرب …", "ومن جانبهم أعرب …"
    if j == 1 and toks[0].text in PRONOUN_ADJUNCTS:
        return True  # "وفيه زعم أن …": in it (the book, the statement named before) he claimed
    if j > ADJUNCT_REACH or toks[0].text not in ADJUNCT_OPENERS:
        return False
    inner = [t.text for i, t in enumerate(toks[1:j], 1) if not _month_pair(toks, i)]
    if inner and inner[-1] in COMMAS:
        inner.pop()
    # "وخلال الجولة السابقة في منتصف أيلول الفائت أعلنت …": the words of a time do not count.
    counted = [w for w in inner if w not in TIME_RUN]
    return (
        0 < len(inner)
        and len(counted) <= ADJUNCT_WORDS
        and len(inner) <= ADJUNCT_REACH
        and all(is_word(w) and not lookup(w)[0] for w in inner)
    )


def _month_pair(toks: list[Token], i: int) -> bool:
    """ "في أيار / مايو": the slash between a month's Syriac and Latin names, no word of the phrase."""
    return (
        toks[i].text == "/"
        and toks[i - 1].text in TIME_RUN
        and i + 1 < len(toks)
        and toks[i + 1].text in TIME_RUN
    )


# Names spelled out letter by letter in which «إن» is the letter N: "سي إن إن" is CNN, and no «إن» opens its content.
SPELLED = re.compile(r"(?<!\S)(?:سي ان بي سي|سي ان ان|ان بي سي)(?!\S)")


def _spelled_as_one(toks: list[Token], spans: list[tuple[int, int]]) -> list[Token]:
    """The tokens with each spelled-out name one token, spanning its letters: «سي ان ان» → one word."""
    mended: list[Token] = []
    for tok in toks:
        within = next((span for span in spans if span[0] <= tok.start and tok.end <= span[1]), None)
        if within is not None and mended and mended[-1].start >= within[0]:
            mended[-1] = Token(mended[-1].start, tok.end, mended[-1].text + " " + tok.text)
            continue
        mended.append(tok)
    return mended


# A title abbreviated to its initial and a dot before a name: "د. محمد العلي", "د . اميرة ابوالفتوح" (doctor),
# "م. خالد" (engineer); read as the title, or the dot ends the name the title opens.
ABBREVIATED_TITLES = {fold("د"): fold("الدكتور"), fold("م"): fold("المهندس")}
# Most sentences hold none: looked for in the text before the tokens are read again.
TITLE_INITIAL = re.compile(r"(?<![ء-ي])[دم] ?\.")


def _titles_spelled_out(toks: list[Token]) -> list[Token]:
    mended: list[Token] = []
    for i, tok in enumerate(toks):
        if (
            tok.text == "."
            and mended
            and mended[-1].text in ABBREVIATED_TITLES
            and not (len(mended) > 1 and mended[-2].text[0].isdigit())  # "عام 2017 م ." (AD), no engineer
            and i + 1 < len(toks)
            and is_arabic(toks[i + 1].text)
        ):
            initial = mended[-1]
            mended[-1] = Token(initial.start, tok.end, ABBREVIATED_TITLES[initial.text])
            continue
        mended.append(tok)
    return mended


# «وبين أن» opening a sentence is «وبيّن» (and he explained) written without its shadda: the preposition «بين»
# (between) opens no sentence before «أن».
UNDOUBLED_OPENERS = {conjunction + "بين": conjunction + "بي" + SHADDA + "ن" for conjunction in ("و", "ف")}


def sentence_tokens(folded: str, start: int, end: int) -> list[Token]:
    """The tokens of one sentence, with each reporting verb that scraped text split where its shadda was ("كر ر وزير
    الدفاع", "عب ر مصدر مسؤول", "شد د الجبير", "وأك دت الوكالة") one token again, spanning both pieces."""
    toks = tokenize(folded, start, end)
    spelled = [m.span() for m in SPELLED.finditer(folded, start, end)]
    if spelled:
        toks = _spelled_as_one(toks, spelled)
    if len(toks) > 1 and toks[0].text in UNDOUBLED_OPENERS and toks[1].text in COMPLEMENTIZERS:
        toks[0] = Token(toks[0].start, toks[0].end, UNDOUBLED_OPENERS[toks[0].text])
    if TITLE_INITIAL.search(folded, start, end):
        toks = _titles_spelled_out(toks)
    tails = SPLIT_LETTER.search(folded, start, end) is not None
    heads = SPLIT_HEAD.search(folded, start, end) is not None
    if not (tails or heads):  # most sentences: no letter stands alone
        return toks
    mended: list[Token] = []
    for tok in toks:
        if mended and tails and _split_tail(mended[-1], tok):
            mended[-1] = Token(mended[-1].start, tok.end, _joined(mended[-1].text, tok.text))
            continue
        if mended and heads and _split_head(mended[-1], tok):
            mended[-1] = Token(mended[-1].start, tok.end, mended[-1].text + tok.text)
            continue
        mended.append(tok)
    return mended


def _split_head(head: Token, tok: Token) -> bool:
    """Whether ``head`` is the first letter («و» or «ف» before it) of a reporting verb that ``tok`` ends, split where
    its damma was: "ون قل", "ا علن", "ت شير", "ن في" («نُفي», not the preposition «في»)."""
    letters = head.text[1:] if head.text[:1] in "وف" and len(head.text) == 2 else head.text
    if len(letters) != 1 or tok.start != head.end + 1 or not is_arabic(tok.text) or not is_arabic(head.text):
        return False
    cue = lookup(head.text + tok.text)[0]
    return cue is not None and cue.lemma not in PASSIVE_READINGS and lookup(tok.text)[0] is None


# Verbs whose first letter split off marks the passive that no one speaks: "ي دعى" «يُدعى» (is called), "ي عتبر"
# «يُعتبر» (is considered), "ي عتقد" «يُعتقد» (is believed), "ا تهم" «اُتهم» (was accused), "ن شر" «نُشر» (was
# published: "في حوار …، ن شر أمس، إن …" dates the interview).
PASSIVE_READINGS = frozenset(["ادعي", "اعتبر", "اعتقد", "اتهم", "نشر"])


def _joined(before: str, tail: str) -> str:
    """The verb a split spells, with its shadda where only the shadda tells it from a preposition: "عب" "ر" →
    «عبّر», "وبي" "ن" → «وبيّن»; otherwise the letters run together: "وأك" "دت" → "وأكدت"."""
    doubled = before + SHADDA + tail
    return doubled if lookup(doubled)[0] is not None and lookup(before + tail)[0] is None else before + tail


def _split_tail(before: Token, tok: Token) -> bool:
    """Whether ``tok`` is a letter split off the reporting verb that ``before`` begins."""
    ending = tok.text[1:]
    if (
        (ending and ending not in SPLIT_ENDINGS)
        or tok.text[0] in SPLIT_NEVER
        or not is_arabic(tok.text)
        or tok.start != before.end + 1
    ):
        return False
    if not is_arabic(before.text) or lookup(before.text)[0] is not None:
        return False
    if not ending and before.text + tok.text in SPLIT_PREPOSITIONS:
        return True  # "، وف ق ما أفاد به مراسل …": a reporting preposition split the same way
    joined = lookup(_joined(before.text, tok.text))[0]
    return joined is not None and joined.lemma not in UNDOUBLED


def find_frames(toks: list[Token], quotes: dict[int, int], known: Known) -> list[Frame]:
    """Reporting frames of one sentence, in order; cues inside quotations are someone's words and skipped.

    "وأفادت مصادر ميدانية بأن قوات … ، وأفادت المصادر أن …" → two frames, sources
    "مصادر ميدانية" and "المصادر", each with the content after "بأن"/"أن".
    """
    quoted = sorted(quotes.items())
    frames: list[Frame] = []
    after = span = 0  # where the last frame ended: no cue inside it is read
    for j in [k for k, tok in enumerate(toks) if tok.text in TRIGGERS]:
        if j < after:
            continue
        start = toks[j].start
        while span < len(quoted) and quoted[span][1] < start:
            span += 1
        inside = span < len(quoted) and quoted[span][0] < start
        frame = None if inside else _frame_at(toks, j, quotes, known)
        # "وأرسلت سومو … خطابا تقول فيه إنها …": the present is no impersonal when «فيه» takes the document
        # up; the subject of the sentence, when it names a source, speaks in it.
        resumed = frame is not None and frame.speaker == "none" and _document_spoken_in(toks, j)
        if resumed:
            frame = dataclasses.replace(frame, speaker="previous", modality=lookup(toks[j].text)[0].modality)
        if frame is not None and toks[j].text in MANNER_NOUNS and frames:
            frame = None  # "تصف أحوالهم بالقول :", "مهددا بالقول": how the report before it was made
        if frame is not None and toks[j].text in PARTICIPLE_FORMS:
            frame = _participle_speaker(toks, frames, frame, quotes, known)
        elif frame is not None and frame.speaker == "previous" and frame.start > 0 and not frames:
            frame = (
                _document_issuer(toks, j, frame, quotes, known)
                or _topic_subject(toks, j, frame, quotes)
                or _adjunct_agent(toks, frame, quotes, known)
                or _fronted_subject(toks, frame, quotes, known)
                or _publisher(toks, frame)
                or _sentence_subject(toks, frame, quotes, known)
            )
        elif frame is not None and frame.speaker == "none" and frames and frames[-1].speaker != "none":
            frame = _coordinated_present(toks, j, frame)
        if (
            frame is not None
            and frame.mention is None
            and (toks[j].text in RELATIVE_WHAT or _on_object(toks, j))
        ):
            frame = None  # "لما قالت إنها …", "مقطع فيديو زعموا أنه …" with no subject of the sentence to speak it
        if resumed and frame is not None and (frame.mention is None or not known(frame.mention)):
            frame = None
        if frame is not None:
            frames.append(_issued_document(toks, frame, quotes, known))
            after = frame.end
            if _quotation_runs_on(toks, frame.claim, quotes):
                # 'وقال ليبرمان : " في كل مرة نرصد فيها نقل اسلحة …': his words, every cue in them
                after = len(toks)
    return _channels_set_off(toks, frames)


def _quotation_runs_on(toks: list[Token], claim: int | None, quotes: dict[int, int]) -> bool:
    """Whether the content opens on a quotation mark that nothing in the sentence closes: a quotation running on
    past the paragraph the scraper broke it at."""
    if claim is None or claim >= len(toks):
        return False
    q = claim if toks[claim].text in QUOTES_OPEN else claim - 1
    if q < 0 or toks[q].text not in QUOTES_OPEN or toks[q].start in quotes:
        return False
    return not any(t.text in QUOTES_CLOSE for t in toks[q + 1 :])


def _channels_set_off(toks: list[Token], frames: list[Frame]) -> list[Frame]:
    """ "وقال الأسد، بحسب ما أوردت الوكالة الرسمية، إن …": a speaker's verb with no content before «بحسب ما
    أورد …» set off by commas, or before «بحسب ما نقل …» at all ("وقال لافروف لوكالة « نوفوستي » بحسب ما نقل موقع
    « روسيا اليوم » إن"): the speaker says what follows, the outlet carried it. Unset «وفقا لمصادر» after «قالا انه»
    names whom the speakers relay."""
    k = 0
    while k < len(frames) - 1:
        said, carried = frames[k], frames[k + 1]
        if (
            not said.prepositional
            and said.speaker != "none"
            and said.claim == carried.start
            and (toks[carried.start - 1].text in COMMAS or _relays(toks, carried))
            and carried.prepositional
            and carried.marked
            and carried.via is None
        ):
            frames[k : k + 2] = [
                dataclasses.replace(
                    said, via=said.via or carried.mention, claim=carried.claim, end=carried.end, marked=True
                )
            ]
        k += 1
    return frames


# Verbs of carrying another's words on: «بحسب ما نقل موقع …», «وفق ما أوردت الوكالة».
RELAYING = frozenset(fold(w) for w in "نقل ذكر أورد نشر بث".split())


def _relays(toks: list[Token], frame: Frame) -> bool:
    """Whether a prepositional frame reads «بحسب ما نقل …»: an outlet carrying words on, not a source of its own."""
    k = frame.cue[0] + 2
    if k >= len(toks) or toks[k - 1].text != "ما":
        return False
    cue = lookup(toks[k].text)[0]
    return cue is not None and cue.lemma in RELAYING


# Past verbs of putting a document out: "نشرت الوزارة تقريرا", "أصدر المرصد بيانا".
def _issuing_forms(verbs: str) -> frozenset[str]:
    """Past forms, masculine and feminine, bare or after «و»/«ف»: "نشر" → "نشر", "نشرت", "ونشرت", "فنشر" …"""
    return frozenset(
        fold(prefix + verb + ending)
        for verb in verbs.split()
        for ending in ("", "ت")
        for prefix in ("", "و", "ف")
    )


ISSUING = _issuing_forms("نشر أصدر وزع قدم بث عرض رفع أعد أطلق")
ISSUING_OPENERS = frozenset(["كما", "فيما", "وقد", "قد", "وكانت", "وكان"])
ISSUED_GAP = 4  # tokens at most between the issuer and the document: "، الاثنين ،"


def _issued_document(toks: list[Token], frame: Frame, quotes: dict[int, int], known: Known) -> Frame:
    """ "نشرت وزارة الدفاع الأميركية ( البنتاغون ) ، الاثنين ، تقريرا فصليا كشف أن …": a document named without
    its issuer speaks for the subject of the verb that put it out at the sentence's opening. The frame starts at
    that verb, so the clause of issuing is no claim of its own, and the issuer is the source."""
    if frame.mention is None or frame.issuer is not None:
        return frame
    v = 1 if toks and toks[0].text in ISSUING_OPENERS else 0
    if (
        frame.mention[0] == v + 1
        and frame.start > frame.mention[1]
        and toks[v].text in ISSUING
        and any(is_document(t.text.removesuffix("ا")) for t in toks[frame.mention[1] : frame.start])
    ):
        return dataclasses.replace(frame, start=v)  # "وأصدر المرصد تقريرا قال فيه إن": the subject's document
    d = frame.mention[0]
    word = toks[d].text
    if is_definite(word) or not (is_document(word) or is_document(word.removesuffix("ا"))):
        return frame
    words = [t.text for t in toks[d : frame.mention[1]]]
    # "تقريرا فصليا", "بيانا جديدا": an adjective agreeing with the document, not its issuer
    described = word.endswith("ا") and len(words) > 1 and words[1].endswith("ا")
    if not described and issuer_follows([word.removesuffix("ا"), *words[1:]]):
        return frame  # "ونشرت الوكالة بيان الجيش": the issuer named with the document
    if v + 1 >= d or toks[v].text not in ISSUING:
        return frame
    end = np_end(toks, v + 1, quotes)
    if end <= v + 1 or end > d or d - end > ISSUED_GAP or not known((v + 1, end)):
        return frame
    if any(is_word(t.text) and not time_follows(toks, k) for k, t in enumerate(toks[end:d], end)):
        return frame  # only marks and a time between the issuer and the document
    return dataclasses.replace(frame, start=v, issuer=(v + 1, end))


ISSUER_REACH = 10  # tokens at most from a document back to the verb that speaks in it


def _document_issuer(
    toks: list[Token], j: int, frame: Frame, quotes: dict[int, int], known: Known
) -> Frame | None:
    """ "تبع ذلك تصريح آخر لوزير الخارجية الصيني وانغ يي، قال فيه إن …": «فيه» takes up the document named
    before the comma, and whoever the document is of («لـ» and a known name after it) says what follows."""
    if j + 1 >= len(toks) or toks[j + 1].text not in IN_IT or j < 2:
        return None
    last = j - 1 if toks[j - 1].text in COMMAS else j  # "رسالة من … قاسم سليماني أكد فيها …": no comma needed
    for d in range(last - 1, max(-1, last - 1 - ISSUER_REACH), -1):
        if is_document(toks[d].text) or is_document(toks[d].text.removesuffix("ا")):
            break  # "مقالا للكاتب روبرت فيسك قال فيه": the document as an object, in the accusative
    else:
        return None
    k = d + 1 + (d + 1 < last and toks[d + 1].text in ("اخر", "جديد", "مطول"))  # "تصريح آخر لوزير …"
    word = toks[k].text if k < last else ""
    if word == "من" and last == j and k + 1 < last:
        k, word = k + 1, "ل" + toks[k + 1].text  # "رسالة من القيادي …": «من» and whom it came from
    elif len(word) < 4 or word[0] != "ل" or told_media(word) or told_outlet(toks, k):
        return None  # "في تصريح لوكالة رويترز": the outlet it was given to, not whose it is
    end = titled_name_end(toks, k, min(np_end(toks, k, quotes), last))
    if end <= k or end != last and last == j or end > last or not known((k, end)):
        return None
    return dataclasses.replace(frame, mention=(k, end), speaker="named")


# Verbs of putting pictures out, and the pictures: "ونشرت صفحات موالية صورا قالت إنها …".
SHOWING = ISSUING | _issuing_forms("تداول")
PICTURES = frozenset(fold(w) for w in "صور صورة صوره فيديو مقطع تسجيل تسجيلات شريط لقطات مقاطع".split())
PUBLISHER_WORDS = 8  # words at most of who put the pictures out


def _publisher(toks: list[Token], frame: Frame) -> Frame | None:
    """ "ونشرت صفحات موالية صورا قالت إنها لقتلى …", "حيث نشرت عدد من الحسابات … صورة مفبركة للبغدادي قالت
    إنها …": a verb without subject after the pictures a sentence's opening verb put out says what its subject
    said of them; the subject, a few plain words, need be no source the registry knows."""
    v = 1 if toks and toks[0].text in ISSUING_OPENERS | {"حيث"} else 0
    if time_follows(toks, v) and (k := skip_time(toks, v)) < len(toks) and toks[k].text in COMMAS:
        v = k + 1  # "وأمس الجمعة , بثت شبكات موالية …"
    if v + 2 >= frame.start or toks[v].text not in SHOWING:
        return None
    shown = next(
        (k for k in range(v + 2, min(frame.start, v + 2 + PUBLISHER_WORDS)) if _pictures(toks[k].text)), None
    )
    if shown is None or not all(is_word(t.text) and not lookup(t.text)[0] for t in toks[v + 1 : shown]):
        return None
    if any(t.text in COMMAS | COMPLEMENTIZERS for t in toks[shown : frame.start]):
        return None
    if shown == v + 2 and is_definite(toks[v + 1].text):
        return None  # "ونشرت الصفحة صورا لما قالت …": a bare definite noun names no one it can be told by
    # The clause putting the pictures out is no claim of its own: what was said of them is.
    return dataclasses.replace(frame, start=v, mention=(v + 1, shown), speaker="named")


PICTURES_REACH = 4  # words at most describing the pictures before the verb: "صورة مفبركة للبغدادي قالت"


def _after_pictures(toks: list[Token], j: int) -> bool:
    """The verb at ``j`` follows pictures and the few words describing them: "صورا لمجموعة من الشباب قالت إن"."""
    for k in range(j - 1, max(-1, j - 2 - PICTURES_REACH), -1):
        if _pictures(toks[k].text):
            return True
        if (
            not is_word(toks[k].text)
            or lookup(toks[k].text)[0] is not None
            or toks[k].text in COMPLEMENTIZERS
        ):
            return False
    return False


def _pictures(word: str) -> bool:
    """ "صورا", "صورة", "مقطع", "تسجيلا": the indefinite pictures put out, not "الصور"."""
    return not is_definite(word) and (word in PICTURES or word.removesuffix("ا") in PICTURES)


def _coordinated_present(toks: list[Token], j: int, frame: Frame) -> Frame:
    """ "مراسل الميادين يفيد باندلاع اشتباكات … ويشير إلى أن …": a verb in the present joined by «و» to a report
    in the same sentence goes on with its speaker, a verb of saying, not of believing ("ويُعتقد أن")."""
    cue, prefixed = lookup(toks[j].text)
    if cue is None or not prefixed or toks[j].text[0] != "و" or cue.tense != "present" or not cue.strong:
        return frame  # "ويعتقد أنهما كانا يحملان متفجرات": it is believed
    return dataclasses.replace(frame, speaker="previous", modality=cue.modality)


def _topic_subject(toks: list[Token], j: int, frame: Frame, quotes: dict[int, int]) -> Frame | None:
    """ "أما وزير الخارجية تيلرسون، والذي …، فقد صرح لشبكة … أن": the topic «أما» sets before the «فـ» that
    resumes it is the subject of the verb without one."""
    if toks[0].text not in TOPIC_OPENERS or len(toks) < 3 or toks[1].text in TOPIC_PREPOSITIONS:
        return None  # "أما بالنسبة لموقف موسكو فقال": what is spoken of, not who speaks
    end = appositive_end(toks, np_end(toks, 1, quotes))
    # "أما المتحدث باسم البيت الأبيض جون إيرنست، قال …": the verb right after the comma ending the topic.
    comma = toks[j - 1].text in COMMAS and end == j - 1
    resumed = toks[j].text[0] == "ف" or toks[j - 1].text in RESUMING or comma
    if not resumed or end == 1 or end > frame.start:
        return None
    return dataclasses.replace(frame, mention=(1, end), speaker="named")


# "عقده", "أجرته", "ألقاه": a verb of holding or giving a statement with the pronoun that takes it up.
HELD = frozenset(
    fold(w) for w in "عقده عقدته عقدها أجراه أجرته أجرتها ألقاه ألقته ألقاها نظمه نظمته نظمها".split()
)
HELD_REACH = 4  # words at most from the sentence's opening preposition to the verb of holding


def _adjunct_agent(toks: list[Token], frame: Frame, quotes: dict[int, int], known: Known) -> Frame | None:
    """ "وفي مؤتمر صحفي عقده وزير الخارجية ريكس تيلرسون بعد لقائه بنظيره التركي، قال إن …", "وفي تصريح
    للمستشار أحمد أبو زيد …، أشار …": a sentence opening on where it was said, a statement someone held or
    gave, then a comma and a verb without subject: the one who held or gave it speaks."""
    if toks[0].text not in ADJUNCT_OPENERS or frame.start < 4 or toks[frame.start - 1].text not in COMMAS:
        return None
    # "وفي تصريحات لوكالة الأنباء التشيكية، أوضح": an outlet is whom it was said to, not who said it.
    if (
        is_document(toks[1].text)
        and toks[2].text.startswith("ل")
        and len(toks[2].text) > 3
        and not outlet_follows(toks, 2)
    ):
        # "وفي تصريح للمستشار أحمد أبو زيد المتحدث باسم وزارة الخارجية، أشار …": the statement's author.
        end = frame.start - 1
        return dataclasses.replace(frame, mention=(2, end), speaker="named") if known((2, end)) else None
    held = next((i for i in range(2, min(frame.start, HELD_REACH + 1)) if toks[i].text in HELD), None)
    if held is None or not any(is_document(t.text) for t in toks[1:held]):
        return None
    end = titled_name_end(toks, held + 1, np_end(toks, held + 1, quotes))
    if end == held + 1 or end >= frame.start or not known((held + 1, end)):
        return None
    return dataclasses.replace(frame, mention=(held + 1, end), speaker="named")


def _fronted_subject(toks: list[Token], frame: Frame, quotes: dict[int, int], known: Known) -> Frame | None:
    """ "رئيس الوزراء الهولندي مارك روته سارع إلى التنديد …، وقال إن …": a source named first, then its verb,
    is the subject of a verb without one later in the sentence, when the two verbs agree."""
    if not is_word(toks[0].text) or lookup(toks[0].text)[0] is not None:
        return None
    if toks[frame.start - 1].text not in COMMAS:
        return None
    np = appositive_end(toks, np_end(toks, 0, quotes))
    # "رئيس الوزراء الهولندي مارك روته سارع": the name after the title ends before the verb, which reads as a name.
    for end in range(min(titled_name_end(toks, 0, np), frame.start - 3), max(np, 1) - 1, -1):
        verb = toks[end].text
        if is_definite(verb) or not _opens_verbal(verb, bare=True):
            continue
        if known((0, end)) and agrees(agreement(toks[frame.cue[1] - 1].text), agreement(verb), False):
            return dataclasses.replace(frame, mention=(0, end), speaker="named")
    return None


def _sentence_subject(toks: list[Token], frame: Frame, quotes: dict[int, int], known: Known) -> Frame:
    """ "وندد أوباما بالهجوم وقال إن …", "من جانبه أعرب طلعت تاج الدين عن دعمه، وقال إن …": a verb without
    subject later in the sentence shares the subject of the verb that opens it."""
    opening = opening_subject(toks, quotes, known, frame.start)
    if opening is None:
        return frame
    # "وكان الأمير سعود قد دعم مبادرة السلام … ودعت إلى": a verb that does not agree has another subject.
    if {agreement(toks[frame.cue[1] - 1].text), agreement(toks[opening[0] - 1].text)} == {"f", "m"}:
        return frame
    return dataclasses.replace(frame, mention=opening, speaker="named")


def opening_subject(toks: list[Token], quotes: dict[int, int], known: Known, limit: int) -> Span | None:
    """The subject of the verb that opens the sentence, ending before token ``limit``, when it names a source
    (a known body, a titled person) or a proper name: "وندد أوباما بالهجوم", "ونشر فلينت إعلاناً"."""
    v = 2 + (len(toks) > 2 and toks[2].text in COMMAS) if _opening_adjunct(toks, 2) else 0
    also = not v and len(toks) > 1 and toks[0].text in ALSO_OPENERS  # "كما لمحت هيلي …، وقالت"
    v += also
    # "ولم يشر البيت الأبيض …، ولكنه قال", "وكان المستشار …، قد تطرق …، وقال": a negated verb, or «كان» and its
    # subject, open the sentence as well as a verb does.
    negated = v + 1 < limit and toks[v].text in NEGATORS_OF_VERBS and is_word(toks[v + 1].text)
    v += negated
    if v >= limit:
        return None
    verb = toks[v].text
    if not (negated or verb in AUXILIARIES or _opens_verbal(verb, bare=also)):
        return None
    # 'وهاجمت " فتح الشام " فصائل …': a short name in quotation marks right after the verb is its subject.
    marked = (
        marked_name_end(toks, v + 1, quotes) if v + 1 < limit and toks[v + 1].text in QUOTES_OPEN else None
    )
    if marked is not None and marked < limit and _plain_name(toks[v + 2 : marked - 1]):
        return (v + 1, marked)
    end = appositive_end(toks, np_end(toks, v + 1, quotes))
    # "وندد أوباما بالهجوم": after a name, «بالـ» opens the object; "ونشر ناشطون مقطع فيديو": a plural in «ون»
    # heads no genitive, so an indefinite noun after it opens the object, as does a country after a country.
    end = next(
        (
            k
            for k in range(v + 2, end)
            if bi_object(toks, k)
            or _bi_after_definite(toks[k - 1].text, toks[k].text)
            or plural_closes(toks[k - 1].text, toks[k].text)
            or country_then_country(toks[k - 1].text, toks[k].text)
            or _accusative(toks[k].text)
            or _document_object(toks[k].text)
            or _country_then_accusative(toks[k - 1 : k + 1])
        ),
        end,
    )
    if end == v + 1 or end >= limit:
        return None
    if known((v + 1, end)) or _countries(toks[v + 1 : end]):
        return (v + 1, end)
    if end - 1 > v + 1 and end < limit and toks[end].text in QUOTES_OPEN and known((v + 1, end - 1)):
        return (
            v + 1,
            end - 1,
        )  # 'كما دان الجبير سياسة " القمع … "': the noun before the quotation is the object
    # "وجدد بيسكوف دعوة موسكو إلى …": a known name, then its object in a genitive chain.
    named = next(
        (
            (v + 1, k)
            for k in range(min(end, v + 1 + NAME_WORDS) - 1, v + 1, -1)
            if _proper_name(toks[v + 1 : k]) and known((v + 1, k))
        ),
        None,
    )
    if named is not None:
        return named
    if _proper_name(toks[v + 1 : end]):
        return (v + 1, end)
    # "وأمر بوتين القوات الروسية …": a known name before a definite noun, the object.
    name = next((k for k in range(v + 2, min(end, v + 2 + NAME_WORDS)) if is_definite(toks[k].text)), None)
    return (v + 1, name) if name and _proper_name(toks[v + 1 : name]) and known((v + 1, name)) else None


def _bi_after_definite(before: str, word: str) -> bool:
    """ "العبادي بتصريحات": «بـ» and a noun after a word with the article opens a prepositional phrase, no
    genitive of it ("المتحدث باسم" is a title)."""
    return is_definite(before) and word.startswith("ب") and len(word) > 3 and word != "باسم" and is_word(word)


def _not_a_verb(word: str) -> bool:
    """ "وتبرير الوكالة", "وربما يفهم", "وعندما سئل": a particle, or a verbal noun longer than a verb of three
    letters ("ورفض الجبير" is a verb), after «و»."""
    bare = word[1:]
    nominal = verbal_noun(bare) and (len(bare) > 4 or bare[0] == "م")
    # "ولذلك أسباب …", "وبذلك": a preposition glued to a demonstrative opens no verbal sentence.
    pointed = bare[:1] in ("ل", "ب", "ك") and bare[1:] in FUNCTION
    # "وزيرة الخارجية السويدية …", "وكالة سانا": a title or a body whose «و» is its first letter.
    head = word in SOURCE_HEADS_OR_TITLES
    return lookup(word)[0] is None and (
        bare in OPENING_PARTICLES or bare in FUNCTION or nominal or pointed or head
    )


def agreement(word: str) -> str | None:
    """What a verb or participle agrees with: "f" (feminine singular, a body, a broken plural: "وقالت",
    "مشيرةً"), "p" (a masculine plural: "وقالوا", "مؤكدين"), "m" ("وقال", "يقول", "مضيفاً"), or None when the
    form does not tell ("تحدث" is a masculine past, "تعمل" a feminine present)."""
    word = word.removesuffix("اً")
    cue = lookup(word)[0]
    bare = word[1:] if word[0] in "وف" and len(word) > 3 and (cue is None or word != cue.lemma) else word
    for form in (bare, strip_suffix(bare)) if cue is not None else ():
        if form in (cue.lemma, cue.lemma + "ت"):  # "ولفت" is masculine, "ولفتت" and "واتهمتها" feminine
            return "m" if form == cue.lemma else "f"
    stripped = strip_suffix(bare) if cue is not None else bare  # "يتهمه": the object's «ه» tells nothing
    if bare.endswith(("وا", "ين", "ون")) or (stripped != bare and stripped.endswith(("و", "ين", "ون"))):
        return "p"  # "وقالوا", "اتهموه"
    bare = stripped
    if bare.endswith(("ت", "ه")):
        return "f"
    return None if bare.startswith("ت") else "m"


def agrees(said: str | None, did: str | None, plural: bool) -> bool:
    """Whether a verb without subject agreeing with ``said`` can share the subject of a verb agreeing with
    ``did``: the same agreement, either unknown, or a plural after a masculine verb before a plural subject
    ("ونشر ناشطون …، وقالوا")."""
    return said == did or None in (said, did) or (said == "p" and did == "m" and plural)


def _accusative(word: str) -> bool:
    """ "ونشر فلينت إعلاناً": an indefinite verbal noun in «اً» after the subject is the object."""
    base = word.removesuffix("ً").removesuffix("ا")
    return base != word and not is_definite(word) and verbal_noun(base)


def _document_object(word: str) -> bool:
    """ "ونشر المرصد بياناً": an indefinite document in «اً» after the subject is what it issued."""
    base = word.removesuffix("ً").removesuffix("ا")
    return base != word and not is_definite(word) and is_document(base)


def _country_then_accusative(pair: list[Token]) -> bool:
    """ "وأعدمت إيران رجلاً": a country's name heads no genitive, so an indefinite word in «اً» after it is the
    object."""
    word = pair[1].text
    return word.endswith("ا") and is_word(word) and not is_definite(word) and _countries(pair[:1])


def _proper_name(words: list[Token]) -> bool:
    """ "أوباما", "جون كيري": a short run of words without the article that no noun list knows."""
    return 0 < len(words) <= NAME_WORDS and all(
        is_word(w.text)
        and not is_definite(w.text)
        and w.text not in FUNCTION
        and not masdar(w.text)
        and strip_article(w.text) not in SOURCE_HEADS
        and not lookup(w.text)[0]
        for w in words
    )


def _plain_name(words: list[Token]) -> bool:
    """ "فتح الشام" in quotation marks: a short run of words, none a particle or a verb of saying."""
    return 0 < len(words) <= NAME_WORDS and all(
        is_word(w.text) and w.text not in FUNCTION and not lookup(w.text)[0] for w in words
    )


def _countries(words: list[Token]) -> bool:
    """ "وأدانت السويد الحكم …، وقالت إنها", "وطالبت تونس الإمارات …، قائلة": a state opening the sentence as the
    subject of its verb speaks for its government, registry or not."""
    return bool(words) and all(w.text in COUNTRIES or w.text == "و" for w in words)


def _opens_verbal(verb: str, *, bare: bool = False) -> bool:
    """Whether a word opens a verbal sentence ("ونشر", "فأعلن"); with ``bare`` the verb comes without the «و» that
    would join it to what stands before ("كما لمحت هيلي", "روته سارع إلى …"), and is read with one."""
    joined = "و" + verb if bare and verb[:1] != "و" else verb
    return _verb_like(joined) and not _not_a_verb(joined)


def _verb_like(word: str) -> bool:
    """A word that can open a verbal sentence: «و»/«ف» and a verb, or a reporting verb."""
    if lookup(word)[0] is not None:
        return True
    return (
        len(word) >= 3  # "وبث ناشطون", "وشن الطيران": a doubled verb of two letters after «و»
        and word[0] in "وف"
        and is_word(word)
        and not is_definite(word)
        and word not in FUNCTION
    )


def _participle_speaker(
    toks: list[Token], frames: list[Frame], frame: Frame, quotes: dict[int, int], known: Known
) -> Frame | None:
    """Whose words a participle of saying adds, as a claim of its own ("قال المصدر إن …، مشيراً إلى أن …" is two
    claims, each with its modality): the speaker of the report before it in the sentence, else the subject of
    the verb that opens the sentence ("وأبدت اللجنة السياسية … عدم موافقتها، مشيرة إلى أن …"); either gives way
    to the subject of a clause opened between them and the participle ("…، فيما نعت السفارة …، مشيرة")."""
    if frames and _new_stance(frames[-1], frame):
        return frame
    if frame.start == 0:  # "مؤكداً أن …" opening a sentence: the speaker of the sentence before goes on
        return frame
    spoken = _clause_speaker(toks, frames[-1].end if frames else 0, frame, quotes, known)
    if spoken is not None or frames:
        return spoken or frame
    return _opening_speaker(toks, frame, quotes, known)


def _opening_speaker(toks: list[Token], frame: Frame, quotes: dict[int, int], known: Known) -> Frame | None:
    """The subject of the verb that opens the sentence as the speaker of a participle, or the speaker before
    when that verb has none."""
    first = toks[0].text
    if first in BUT and len(toks) > 3:
        # "لكن شفيق تحدث في مداخلة هاتفية …، قائلا " … "": after «لكن» a known subject and its verb of saying open
        # the clause, the verb agreeing with the participle.
        end = np_end(toks, 1, quotes)
        said = agreement(toks[frame.cue[0]].text)
        if (
            1 < end < frame.start
            and known((1, end))
            and lookup(toks[end].text)[0] is not None
            and agrees(said, agreement(toks[end].text), toks[end - 1].text.endswith(("ون", "ين")))
        ):
            return dataclasses.replace(frame, mention=(1, end), speaker="named")
    # "التقى البطريرك الماروني … , قائلا إن": a verb without «و» before a titled subject opens the sentence too.
    # "وسبق للرئيس السوداني أن …": a title after the preposition «لـ» is no subject.
    titled = (
        len(toks) > 1
        and is_definite(toks[1].text)
        and not toks[1].text.startswith("لل")
        and strip_article(toks[1].text) in TITLES
    )
    verb = (
        titled
        and is_arabic(first)
        and strip_article(first) not in SOURCE_HEADS_OR_TITLES
        and first not in FUNCTION
    )
    # "ورد ماكرون على الأسد قائلا": «ردّ» with its «و» is three letters
    short = len(first) < 4 and first not in REPLIED
    if not verb and (short or first[0] not in "وف" or is_definite(first) or not is_word(first)):
        return None
    end = np_end(toks, 1, quotes)
    end = titled_name_end(toks, 1, end) if verb else end  # "البطريرك الماروني اللبناني بشارة بطرس"
    end = next((k for k in range(2, end) if bi_object(toks, k)), end)  # "وتعهد الوزير بالشفافية، مضيفاً"
    if end == 1 and lookup(first)[0] is not None:
        return frame  # "وتحدث عن معاناة المسيحيين …، مضيفاً أن …": the speaker is the one before
    manner = toks[frame.start].text in MANNER_NOUNS  # "واكتفى المتحدث بالقول إن": right after the subject
    if manner:
        # "وتستهل الصحيفة افتتاحيتها بالقول", "واختتم الوزير كلمته بالقول": what the subject opened or closed is
        # its own, the word with the pronoun, and no part of its name.
        end = next((k for k in range(2, end) if strip_suffix(toks[k].text) != toks[k].text), end)
    if end == 1 or end > frame.start or (end == frame.start and not manner) or not known((1, end)):
        # "وأمر بوتين القوات …، قائلاً إن": a known subject whose verb agrees with the participle.
        object_first = toks[1].text in OBJECT_HEADS
        subject = None if object_first else opening_subject(toks, quotes, known, frame.start)
        if subject is None and (end == 1 or object_first) and _opens_verbal(first):
            # "وعلل ذلك قائلا إن …", "وعلل سبب عدم سحب السفن، قائلا": a verb without subject, then its object;
            # the speaker before
            return frame
        if subject is None or not (known(subject) or _countries(toks[subject[0] : subject[1]])):
            return None
        verb, plural = toks[subject[0] - 1].text, toks[subject[1] - 1].text.endswith(("ون", "ين"))
        if not agrees(agreement(toks[frame.cue[0]].text), agreement(verb), plural):
            return None
        return dataclasses.replace(frame, mention=subject, speaker="named")
    return dataclasses.replace(frame, mention=(1, end), speaker="named")


REPLIED = frozenset(["ورد", "فرد"])


def _clause_speaker(
    toks: list[Token], after: int, participle: Frame, quotes: dict[int, int], known: Known
) -> Frame | None:
    """ "اوضح مسؤول أميركي أن …، فيما نعت السفارة الأميركية العميد، مشيرة إلى أن …": a clause opened by «فيما»,
    «بينما», «كما» or «في حين» between a report and a participle of saying has a verb and a subject of its own; that
    subject, when it names a source and its verb agrees with the participle, adds what the participle says."""
    link = next((k for k in range(participle.start - 3, after - 1, -1) if toks[k].text in CLAUSE_LINKS), None)
    if link is None or any(o < toks[link].start < c for o, c in quotes.items()):
        return None  # "…: « في حين تسعى إسرائيل …»": the speaker's own words
    v = link + 1
    verb = toks[v].text
    if not is_word(verb) or is_definite(verb) or verb in FUNCTION or lookup(verb)[0] is not None:
        return None
    if verb[0] == "ي":
        return None  # "فيما يتعلق بترشح المشير": «فيما» before a present verb means "as for", no clause
    v += v + 2 < len(toks) and len(toks[v + 1].text) == 1  # "كما شد د الجبير": the scraper split the verb
    end = titled_name_end(toks, v + 1, appositive_end(toks, np_end(toks, v + 1, quotes)))
    end = min(end, participle.start)  # "رئيس الوزراء سعد الحريري": the name after the title
    end = next((k for k in range(v + 2, end) if _prepositional(toks[k].text)), end)  # "… صال باسمه الشخصي"
    subject = next(((v + 1, e) for e in range(end, v + 1, -1) if known((v + 1, e))), None)
    did = agreement(verb)
    if subject is None or did is None:  # "في حين تسعى إسرائيل": a present verb says nothing of its subject
        return None
    plural = toks[subject[1] - 1].text.endswith(("ون", "ين"))
    if not agrees(agreement(toks[participle.cue[0]].text), did, plural):
        return None
    # The clause is the new speaker's, no part of the report before it.
    return dataclasses.replace(participle, start=link, mention=subject, speaker="named")


def _topic(toks: list[Token], v: int, prefixed: int) -> tuple[int, int] | None:
    """ "أما التحالف الذي تقوده الولايات المتحدة فيدعي أنه …": the topic after «أما» speaks through «فـ» + verb."""
    if not prefixed or toks[v].text[0] != "ف":
        return None
    for a in range(v - 2, max(-1, v - TOPIC_WORDS - 2), -1):
        if toks[a].text in ("اما", "واما"):
            # "أما عن هدف النظام … فأوضح أن": a topic after a preposition is what is spoken of, not who speaks.
            return None if toks[a + 1].text in TOPIC_PREPOSITIONS else (a + 1, v)
        if not is_word(toks[a].text):
            return None
    return None


def _new_stance(before: Frame, participle: Frame) -> bool:
    """ "قالت الوكالة إن …، زاعمةً أن …": a participle that changes the stance of a marked report is that
    report's speaker's, whatever clause comes between."""
    return before.marked and before.modality != participle.modality


def headline_frame(toks: list[Token], c: int, quotes: dict[int, int], known: Known) -> Frame | None:
    """ "المرصد السوري: مقتل 20 مدنياً", "زعيم هولندي : تركيا بلد …": a short source opening a headline or a
    sentence and a colon before what it says (a byline "المصدر : ( رويترز )" says nothing)."""
    quoted = _quoted_headline(toks, c, quotes, known)
    if quoted is not None:
        return quoted
    colon, full = c, toks
    c = _from_place(toks, c)  # "البطريرك الراعي من الرياض :": where the speaker spoke from
    toks = toks[:c] if c < colon else toks  # the name ends before «من»
    start = c
    while start > 0 and c - start < HEADLINE_WORDS and is_word(toks[start - 1].text):
        start -= 1
    # "10 : 22 ص ولي العهد :", "17 : 00 GMT عسيري :": «ص» and the time zone of a live page belong to the time.
    while start < c and (len(toks[start].text) < 2 or toks[start].text.upper() in TIME_ZONES):
        start += 1
    if start == c:
        return None
    # "نائب رئيس لجنة الدفاع بالبرلمان الروسي :": a title opening the headline heads a longer name.
    start = next(
        (
            s
            for s in range(max(0, c - TITLED_HEADLINE_WORDS), start)
            if (s == 0 or not is_word(toks[s - 1].text))
            and strip_article(toks[s].text) in TITLES
            and _title_reaches(toks, s, c, quotes)
        ),
        start,
    )
    if _state_headline(toks, start, c):
        # "السعودية : تقرير الأمم المتحدة … مضلل": a state named alone before a headline's colon speaks for its
        # government, registry or not, when the words are spoken; a city there is a dateline ("لندن : …")
        # unless they are.
        return Frame(start, (c, c + 1), (start, c), None, c + 1, c + 1, "assert", "named", None, False, True)
    if start > 0 and is_arabic(toks[start - 1].text) and len(toks[start - 1].text) > 1:
        # "… استمرار الدعم للبنان رئيس الجمهورية :": a headline run into the words before it, named by the
        # longest known name that ends at the colon and is no one's object.
        start = next((s for s in range(start, c) if _run_in_name(toks, s, c, quotes, known)), None)
        if start is None:
            return None
    # "عناوين الأخبار الجيش السوري :": the page's words run into the name; the source is the longest known
    # definite noun phrase that ends at the colon ("بيان أصدرته :" is none).
    if not _title_reaches(toks, start, c, quotes) or not known((start, c)):
        start = next((s for s in range(start + 1, c - 1) if _headline_name(toks, s, c, quotes, known)), start)
    head = strip_article(toks[start].text)
    # "المصدر :", "كلمة السر :"; "الرياض :", "موسكو :": a capital alone before the colon is the dateline;
    # "رئيس التحرير : محمد حسن التل", "رئيس مجلس الإدارة :": the page's masthead.
    label = head in UNTELLING or (c - start == 1 and (head in SOURCE_HEADS or toks[start].text in CAPITALS))
    label = label or any(_masthead(toks, k, c) for k in range(start, c - 1))
    if label or not _title_reaches(toks, start, c, quotes) or not known((start, c)):
        return None
    if not _headline_content(full, colon):
        return None
    after = colon + 1
    return Frame(start, (colon, after), (start, c), None, after, after, "assert", "named", None, False, True)


def _title_reaches(toks: list[Token], s: int, c: int, quotes: dict[int, int]) -> bool:
    """Whether the name at ``s`` ends at the colon ``c``; a title's, with the body it sits in after «بـ» or
    «في»: "نائب رئيس لجنة الدفاع بالبرلمان الروسي :"."""
    end = np_end(toks, s, quotes)
    titled = strip_article(toks[s].text) in TITLES
    if titled and end < c and (toks[end].text == "في" or toks[end].text.startswith("بال")):
        end = np_end(toks, end + (toks[end].text == "في"), quotes)
    return end == c


def _from_place(toks: list[Token], c: int) -> int:
    """Where «من» and a place before a headline's colon start ("وزير الخارجية الروسي من موسكو :"), else ``c``."""
    m = c - 2
    if m < 1 or toks[m].text != "من" or not is_word(toks[m - 1].text):
        return c
    return m if whole_place(toks[c - 1].text) else c


def _quoted_headline(toks: list[Token], c: int, quotes: dict[int, int], known: Known) -> Frame | None:
    """'" تاس " : تعاون بوتين مع مصر …': a known name in quotation marks opening a headline says what follows its
    colon; 'مصدر عسكري لـ " سبوتنيك " :': the source before «لـ» told it to the quoted outlet."""
    if c < 3 or toks[c - 1].text not in QUOTES_CLOSE or not _headline_content(toks, c):
        return None
    close = toks[c - 1].start
    o = next(
        (k for k in range(c - 3, max(-1, c - 3 - HEADLINE_WORDS), -1) if quotes.get(toks[k].start) == close),
        None,
    )
    if o is None or not all(is_word(t.text) for t in toks[o + 1 : c - 1]):
        return None
    # 'علي بركة ل - " جنوبية " :': «لـ» (the scraper may set a dash after it) and a quoted name before the colon
    # are the outlet the one named before spoke to, known or not; a name no registry holds speaks there too.
    to = o - 1 - (o > 1 and toks[o - 1].text == "-")
    if to > 0 and toks[to].text in TOLD_TO:
        start = to
        while start > 0 and to - start < HEADLINE_WORDS and is_word(toks[start - 1].text):
            start -= 1
        opens = start == 0 or not is_arabic(toks[start - 1].text)
        named = known((start, to)) or _proper_name(toks[start:to])
        if start == to or not opens or np_end(toks, start, quotes) != to or not named:
            return None
        told, outlet = (start, to), (o + 1, c - 1)
        return Frame(start, (c, c + 1), told, outlet, c + 1, c + 1, "assert", "named", None, False, True)
    if not known((o + 1, c - 1)):
        return None
    if o > 0 and (is_arabic(toks[o - 1].text) or toks[o - 1].text in COMMAS):
        return None  # the quoted name must open the headline
    return Frame(o, (c, c + 1), (o + 1, c - 1), None, c + 1, c + 1, "assert", "named", None, False, True)


MASTHEAD = (("التحرير",), ("مجلس", fold("الإدارة")))  # the newsroom a masthead's titles head


def _masthead(toks: list[Token], k: int, c: int) -> bool:
    """ "رئيس التحرير", "رئيس مجلس الإدارة" at ``k``: a title of the page's masthead ("رئيس الإدارة الذاتية" and
    "منظمة التحرير" are none)."""
    words = tuple(t.text for t in toks[k + 1 : c])
    return strip_article(toks[k].text) in TITLES and any(words[: len(m)] == m for m in MASTHEAD)


TOLD_TO = frozenset(["لـ", "ل"])  # "مصدر عسكري لـ « سبوتنيك » :": the outlet a source spoke to


def _state_headline(toks: list[Token], start: int, c: int) -> bool:
    """The words from the start of a line to the colon at ``c`` are the name of one country, and a headline's
    worth of words follows: "الأردن : إغلاق معبر نصيب حتى إشعار آخر", "الولايات المتحدة : …"."""
    if start > 0 and (is_arabic(toks[start - 1].text) or toks[start - 1].text in COMMAS):
        return False
    words = [t.text for t in toks[start:c]]
    if not all(is_arabic(w) for w in words) or words[0][0] == "و" and words[0] not in COUNTRIES:
        return False
    if not _headline_content(toks, c) or not _spoken(toks, c + 1):
        return False
    text = " ".join(words)
    if len(words) == 1 and (words[0] in COUNTRIES or words[0] in CAPITALS):
        # "المغرب : اضطررنا …": a state the gazetteer need not hold; "الرياض : لن نسمح …": its capital, in
        # the first person, is its government.
        return True
    place = whole_place(text)
    return place is not None and place.level == 0


def _spoken(toks: list[Token], start: int) -> bool:
    """Whether the words after a headline's colon are someone's words rather than a story filed under a country:
    the first person ("لن نسمح", "أراضينا", "لدينا") or a verdict on another version ("… مضلل وغير دقيق",
    "لا صحة …"); "مصر : السجن 3 سنوات لبريطانية …" and "سوريا : مصرع 9 بقصف" are topics."""
    words = []
    for tok in toks[start : start + SPOKEN_REACH]:
        if tok.text in ENDS or tok.text in "|:":
            break
        words.append(tok.text)
    for k, word in enumerate(words):
        if word in WE or (len(word) > 4 and word.endswith("نا") and not word.endswith("انا")):
            return True
        if word in NEGATORS_OF_VERBS and k + 1 < len(words) and _first_person_verb(words[k + 1]):
            return True
        if any(tuple(words[k : k + len(phrase)]) == phrase for phrase in DENIALS):
            return True
    return False


def _first_person_verb(word: str) -> bool:
    """ "نسمح", "نقبل": a verb in the present of the first person plural, not a noun ("نظام", "نحو")."""
    return (
        len(word) >= 3
        and word[0] == "ن"
        and not is_definite(word)
        and word not in FUNCTION
        and not masdar(word)
    )


def _headline_verb(toks: list[Token], c: int, quotes: dict[int, int], known: Known) -> Frame | None:
    """ "واسرائيل تهدد : سنرد بقوة", "روسيا تحذر : …": a known source and a verb in the present before the colon of
    a headline; the verb need be no verb of saying ("تهدد", "يتوعد")."""
    v = c - 1
    if v < 1 or not _present_verb(toks[v].text):
        return None
    end = v
    start = next(
        (
            s
            for s in range(max(0, v - HEADLINE_WORDS), v)
            if (s == 0 or not is_arabic(toks[s - 1].text) or toks[s - 1].text in CONNECTORS)
            and all(is_word(t.text) for t in toks[s:v])
        ),
        None,
    )
    if start is None:
        return None
    if np_end(toks[:end], start, quotes) != end or not known((start, end)):
        return None
    if not _headline_content(toks, c):
        return None
    return Frame(start, (v, c + 1), (start, end), None, c + 1, c + 1, "assert", "named", None, False, True)


def _present_verb(word: str) -> bool:
    cue = lookup(word)[0]
    if cue is not None:
        return cue.tense == "present"
    return 4 <= len(word) <= 6 and word[0] in "يت" and word not in FUNCTION and not is_definite(word)


def _headline_content(toks: list[Token], c: int) -> bool:
    """Whether enough words follow a headline's colon to be what it says."""
    words = 0
    for tok in toks[c + 1 : c + 1 + 2 * HEADLINE_CONTENT]:
        if tok.text in "|:" or tok.text in ENDS:
            break
        words += is_arabic(tok.text) or tok.text[0].isdigit()
    return words >= HEADLINE_CONTENT


def _run_in_name(toks: list[Token], s: int, c: int, quotes: dict[int, int], known: Known) -> bool:
    before = toks[s - 1].text
    bound = before in FUNCTION or before in PREPOSITIONS or lookup(before)[0] is not None
    # "الحصيلة النهائية للقصف :": a document or a tally labels what follows; it does not speak.
    return not bound and not is_document(toks[s].text) and _headline_name(toks, s, c, quotes, known)


def _headline_name(toks: list[Token], s: int, c: int, quotes: dict[int, int], known: Known) -> bool:
    """A known definite name from ``s`` to the colon at ``c``, not the genitive of the word before it
    ("وزير الخارجية الأميركي :") nor a phrase opening on «و»."""
    word, before = toks[s].text, toks[s - 1].text
    construct = not is_definite(before) and strip_article(before) in SOURCE_HEADS
    # "… استمرار الدعم للبنان رئيس الجمهورية :": a title heading a definite genitive names a person too.
    titled = word in TITLES and s + 1 < c and is_definite(toks[s + 1].text)
    return (
        (is_definite(word) or titled)
        and word[0] not in "وف"
        and not construct
        and np_end(toks, s, quotes) == c
        and known((s, c))
    )


def relative_frame(
    toks: list[Token], j: int, quotes: dict[int, int], known: Known, start: int | None = None
) -> Frame | None:
    """ "مع ما قاله المتحدث أن …" (the content follows «أن») and "…، وهو ما نفته روسيا" (it is the clause before):
    «ما» and a reporting verb with its subject; "…، الأمر الذي تنفيه طهران" (``start`` at «الأمر») as «وهو ما»."""
    if j + 1 >= len(toks):
        return None
    cue = lookup(toks[j + 1].text)[0] or lookup(strip_suffix(toks[j + 1].text))[0]
    if cue is None or cue.tense == "passive":
        return None
    frame = verb_frame(toks, j if start is None else start, j + 1, cue, quotes, known)
    if frame is not None and frame.mention is None and frame.speaker == "previous" and frame.marked and j > 0:
        # "وبثت كتائب الحمزة تسجيلاً لما قالت إنها قافلة …": a verb without subject in a relative clause on
        # the object; the subject of the sentence speaks (find_frames reads it, or drops the frame).
        return frame
    if frame is None or frame.mention is None:
        return None
    resumes = start is not None or (j > 0 and toks[j - 1].text in RESUMPTIVES)
    if resumes and frame.claim is not None and _participle_at(toks, frame.mention[1]):
        # "وهو ما أكده القيادي العسكري السابق، مشيرا إلى أن …": what he confirmed is the clause before; what
        # follows is the participle's
        return dataclasses.replace(frame, claim=None, marked=False)
    if start is not None:
        # "…، الأمر الذي نفته موسكو": a denial of the matter taken up, all it speaks of. "الأمر الذي يؤكد هزلية
        # الاتهامات" is what the matter shows (its object no speaker), "الأمر الذي قال X إنه …" a report of its own.
        return frame if frame.claim is None and frame.modality == "deny" else None
    return frame if frame.marked or (resumes and frame.claim is None) else None


MATTER = frozenset(["الامر", "والامر"])


def _participle_at(toks: list[Token], k: int) -> bool:
    k += k < len(toks) and toks[k].text in COMMAS
    return k < len(toks) and toks[k].text.removeprefix("و") in SAYING_PARTICIPLES


def document_frame(toks: list[Token], j: int, quotes: dict[int, int], known: Known) -> Frame | None:
    """ "وجاء في بيان للجيش الإسرائيلي أن …", "وورد في التقرير أنه …", "وجاء في بيان صدر عن وزارة الدفاع أن …":
    the document, or whoever issued it, says what follows «أن»."""
    k = j + 2
    if k < len(toks) and toks[j + 1].text in IN_IT:
        return _document_before(toks, j, quotes, known)
    if k < len(toks) and toks[j + 1].text in ADVERBS:
        k += 1  # "وورد أيضا عن"
    if k < len(toks) and toks[k - 1].text == "عن":
        return _came_from(toks, j, k, quotes)
    if k >= len(toks) or toks[j + 1].text != "في" or not is_document(toks[k].text):
        return None
    document, end = k, np_end(toks, k, quotes, head=True)
    issued = next((i for i in (end - 1, end) if k < i < len(toks) - 2 and toks[i].text in ISSUED), None)
    if issued is not None and toks[issued + 1].text == "عن":  # "بيان صدر عن وزارة الدفاع"
        k, end = issued + 2, np_end(toks, issued + 2, quotes)
    if end == k:
        return None
    described = _described_document(toks, document, end)
    end = described if document == k else end  # the issuer names the source without the clause
    tail = read_tail(toks, described, quotes, ACCORDING)
    if not tail.marked or tail.claim is None:
        return None
    return Frame(
        j, (j, j + 2), (k, end), tail.via, tail.claim, tail.claim, "assert", "named", None, True, True
    )


def _came_from(toks: list[Token], j: int, k: int, quotes: dict[int, int]) -> Frame | None:
    """ "وورد عن الناطق باسم بوتين أن …", "وجاء عن مصدر في الوزارة قوله إن …": what was reported from
    someone, who follows «عن»."""
    end = anonymity_end(toks, np_end(toks, k, quotes))
    if end == k:
        return None
    tail = read_tail(toks, end, quotes, ACCORDING)
    if not tail.marked or tail.claim is None:
        return None
    return Frame(j, (j, k), (k, end), tail.via, tail.claim, tail.claim, "assert", "named", None, False, True)


def _described_document(toks: list[Token], k: int, end: int) -> int:
    """ "وجاء في مرسوم نشر على موقع الرئاسة أن …": a clause right after an indefinite document describes it (a
    relative clause on an indefinite noun takes no «الذي»), and is part of its name; where «أن» or a quotation
    follows it within a few words, else ``end``."""
    if end >= len(toks) or any(is_definite(t.text) for t in toks[k : min(k + 2, end)]):
        return end  # "بيان الخارجية" is definite by its genitive
    first = toks[end].text
    if (
        not is_word(first)
        or is_definite(first)
        or first in FUNCTION | COMPLEMENTIZERS
        or first in RELATIVE_PRONOUNS
    ):
        return end
    for i in range(end + 1, min(len(toks), end + DESCRIPTION_REACH)):
        text = toks[i].text
        if text in COMPLEMENTIZERS or text in QUOTES_OPEN:
            return i
        if not (is_word(text) or text.isdigit()) or lookup(text)[0] is not None:
            return end
    return end


def _document_before(toks: list[Token], j: int, quotes: dict[int, int], known: Known) -> Frame | None:
    """ "ونشرت الوكالة بيان الجيش والذي جاء فيه : …", "أصدرت الوزارة بياناً جاء فيه أن …": «فيه» takes up the
    document named just before, which says what follows «أن» or the colon; a document with no issuer after it
    is the subject's that opens the sentence."""
    d = next(
        (
            k
            for k in range(j - 1, max(-1, j - DOCUMENT_REACH), -1)
            if is_document(toks[k].text.removesuffix("ا"))
        ),
        None,
    )
    if d is not None and d > 0 and is_document(toks[d - 1].text.removesuffix("ا")):
        d -= 1  # "بيان نشره موقع الإذاعة": «نشره» is a verb, not «نشرة»
    if d is None or not all(is_word(t.text) or t.text in COMMAS for t in toks[d:j]):
        return None
    after = toks[d + 1].text if d + 1 < j else ""
    issuer = is_definite(after) or (
        after.startswith("ل") and is_definite(after[1:])
    )  # "بيان الجيش", "بيان للجيش"
    end = min(np_end(toks, d, quotes, head=True), j) if issuer else d + 1
    while end > d + 1 and toks[end - 1].text in RELATIVE_PRONOUNS | {"والذي", "والتي"}:
        end -= 1
    tail = read_tail(toks, j + 2, quotes, ACCORDING)
    if not tail.marked or tail.claim is None:
        return None
    subject = None if issuer or is_definite(toks[d].text) else opening_subject(toks, quotes, known, d + 1)
    mention = (subject[0], min(subject[1], d)) if subject and subject[0] < d else (d, end)
    return Frame(
        j, (j, j + 2), mention, tail.via, tail.claim, tail.claim, "assert", "named", None, False, True
    )


def _hastened(toks: list[Token], j: int, quotes: dict[int, int], known: Known) -> Frame | None:
    """ "وسارعت وزارة الدفاع الروسية إلى نفي أن تكون …", "إلا أن روسيا سارعت إلى إعلان أنها …": the subject of
    «سارع» said what the verbal noun after «إلى» says: after «أن» or «عن», or the noun's own object."""
    lemma = HASTENED_TO.get(toks[j].text)
    if lemma is None or j < 2 or toks[j - 1].text not in ("الي", "علي") or j + 1 >= len(toks):
        return None
    v = next((k for k in range(j - 2, max(-1, j - 2 - HASTE_REACH), -1) if toks[k].text in HASTENED), None)
    if v is None:
        return None
    if v + 1 < j - 1:
        mention = (v + 1, min(np_end(toks, v + 1, quotes), j - 1))  # the subject after the verb
    else:
        start = v  # "روسيا سارعت": the subject before it, set off from the verb by an aside at most
        if start > 1 and toks[start - 1].text in DASHES:  # "روسيا - العضو الدائم بمجلس الأمن - سارعت"
            start = next(
                (k for k in range(start - 2, max(-1, start - 2 - HASTE_REACH), -1) if toks[k].text in DASHES),
                start,
            )
        end = start
        while (
            start > 0
            and end - start < HASTE_REACH
            and is_word(toks[start - 1].text)
            and toks[start - 1].text not in COMPLEMENTIZERS | FUNCTION
        ):
            start -= 1
        mention = (start, min(np_end(toks, start, quotes), end)) if start < end else None
    if mention is None or mention[1] <= mention[0] or not known(mention):
        return None
    following = toks[j + 1].text
    claim = j + 2 if following in COMPLEMENTIZERS or following == "عن" else j + 1
    if claim >= len(toks):
        return None
    cue = CUES[lemma]
    return Frame(
        min(v, mention[0]), (j, j + 1), mention, None, claim, claim, cue.modality, "named", None, False, True
    )


def _verbal_noun_frame(toks: list[Token], j: int, quotes: dict[int, int], known: Known) -> Frame | None:
    """ "بعد إعلان الرئيس الأمريكي دونالد ترامب الاعتراف بالقدس عاصمة إسرائيل": a verbal noun of reporting, its
    subject in the genitive (a titled person or a known source), then a definite verbal noun or an «أن» clause as
    its object; "إعلان الحرب" and "بعد تأكيد المعلومات" name no speaker."""
    k = j + 1
    if k + 1 >= len(toks) or not is_word(toks[k].text) or _not_its_subject(toks[k].text):
        return None
    end = titled_name_end(toks, k, np_end(toks, k, quotes))
    if end == k or end >= len(toks) or not known((k, end)):
        return None
    if end == k + 1 and not is_definite(toks[k].text) and toks[k].text.endswith("ي"):
        return None  # "تصريح صحفي", "إعلان رسمي": an adjective, no speaker
    named = (k, end)
    if end + 1 < len(toks) and toks[end].text in COMMAS and toks[end + 1].text in COMPLEMENTIZERS:
        end += 1  # "مع إعلان هيئة الأركان الروسية ، أن قوات النظام ستدخل …": the subject set off by a comma
    following = toks[end].text
    if not (
        following in COMPLEMENTIZERS
        or (is_definite(following) and verbal_noun(following))
        or (end + 1 < len(toks) and _construct_verbal_noun(following, toks[end + 1].text))
        # "إعلان وزارة التربية عن تحديد يوم …": what was announced, «عن» and a verbal noun
        or (following == "عن" and end + 1 < len(toks) and verbal_noun(toks[end + 1].text))
    ):
        return None
    cue = lookup(VERBAL_NOUNS[toks[j].text])[0]
    modality = cue.modality if cue is not None else "assert"
    claim = end + (following == "عن")
    return Frame(j, (j, k), named, None, claim, claim + 1, modality, "named", None, False, True)


def _not_its_subject(word: str) -> bool:
    """ "في تصريح لقناة المسيرة", "تصريح للرئيس": to whom, or by whom with «لـ», not a subject in the genitive."""
    return word.startswith("لل") or told_media(word)


def _construct_verbal_noun(word: str, following: str) -> bool:
    """ "مقتل 20 مدنيا", "مهاجمة مواقع", "سقوط طائرة": an indefinite verbal noun heading its object, what a
    verbal noun of reporting announces; «مفاعلة» read whole, since a genitive follows and no suffix ends it. Its
    object may be quoted: "تحقيق " النصر الكبير ""."""
    if is_definite(word) or (
        not is_word(following) and not following[0].isdigit() and following not in QUOTES_OPEN
    ):
        return False
    whole = len(word) == 6 and word[0] == "م" and word[2] == "ا" and word[5] == "ه"
    return masdar(word) or whole or (verbal_noun(word) and strip_suffix(word) == word)


def _frame_at(toks: list[Token], j: int, quotes: dict[int, int], known: Known) -> Frame | None:
    if j == 0 and toks[0].text in CONTINUING and len(toks) > 2:
        # "… بأن القصف استمر. وأن هناك مخاوف …": a sentence opening on «وأن» goes on with the last report.
        return Frame(0, (0, 1), None, None, 1, 1, "assert", "previous", None, False, True)
    if toks[j].text == ":":
        return headline_frame(toks, j, quotes, known) or _headline_verb(toks, j, quotes, known)
    if toks[j].text in CAME:
        return document_frame(toks, j, quotes, known)
    if toks[j].text in RELATIVE_WHAT:
        return relative_frame(toks, j, quotes, known)
    if toks[j].text in JOINED_WHAT and j + 1 < len(toks) and _resumed_object(toks[j + 1].text, toks[j].text):
        # "ومما قاله المتحدث أن …", "وما قاله المتحدث أن …": «و» and the relative; «وما قال» is a negation.
        return relative_frame(toks, j, quotes, known)
    if toks[j].text == "الذي":
        # "…، الأمر الذي تنفيه طهران", "وهو الأمر الذي نفته موسكو": the matter is the clause before.
        taken_up = j > 1 and toks[j - 1].text in MATTER and toks[j - 2].text in COMMAS | RESUMPTIVES
        return relative_frame(toks, j, quotes, known, start=j - 1) if taken_up else None
    hastened = _hastened(toks, j, quotes, known)
    if hastened is not None:
        return hastened
    if toks[j].text in VERBAL_NOUNS:
        return _verbal_noun_frame(toks, j, quotes, known)
    frame = prepositional_frame(toks, j, quotes, known) or participle_frame(toks, j, quotes)
    if frame is not None:
        return frame
    if j > 0 and toks[j - 1].text in NEGATORS_OF_VERBS:
        return _negated_denial(toks, j, quotes, known)
    if toks[j].text in EXPLAINED:
        return _explained(toks, j, quotes, known)
    cue, prefixed = lookup(toks[j].text)
    if cue is None or (j > 0 and toks[j - 1].text in DONE):
        return None  # "تم كشف النقاب عن أن …": a verbal noun after «تم», said by no one named
    if toks[j].text in NOUN_TOO and j > 0 and _noun_before(toks[j - 1].text):
        return None  # "طائرات نقل عسكرية": the verbal noun in construct after a noun, no verb
    before = preceded(toks, j, cue)
    if before is not None:
        return verb_frame(toks, before[0], j, cue, quotes, known, before[1])
    subject = auxiliary_subject(toks, j, cue, quotes) or _topic(toks, j, prefixed)
    if subject is not None:
        return verb_frame(toks, subject[0] - 1, j, cue, quotes, known, subject)
    relative = _relative_clause(toks, j, cue, quotes, known)
    if relative is not None:
        return relative
    if not prefixed and (before_aside(toks, j) < j or (j > 1 and toks[j - 1].text in COMMAS | {")"})):
        # "سانا من جهتها قالت إن", "أن وزارة العدل الأميركية، قالت إن", "أن ( غيراسيموف ) قال «…»"
        frame = subject_first(toks, j, cue, quotes, known)
        if frame is not None:
            return frame
    if not _clause_start(toks, j, cue, bool(prefixed), quotes):
        return (
            subject_first(toks, j, cue, quotes, known)
            or _unpunctuated(toks, j, cue, quotes, known)
            or _relative_on_object(toks, j, cue, quotes, known)
        )
    return verb_frame(toks, j, j, cue, quotes, known)


# Cue forms that are as often the bare verbal noun: «نقل» (transport) after a noun.
NOUN_TOO = frozenset(["نقل"])


def _noun_before(word: str) -> bool:
    return (
        is_word(word)
        and is_arabic(word)
        and word not in FUNCTION
        and word not in CONNECTORS
        and not is_definite(word)
    )


def _resumed_object(verb: str, what: str) -> bool:
    """ "قاله", "ذكرته": a verb of saying with the pronoun that takes «ما» up; after «ومما» any verb of saying."""
    if lookup(verb)[0] is not None:
        return what == "ومما"
    return verb != strip_suffix(verb) and lookup(strip_suffix(verb))[0] is not None


def _explained(toks: list[Token], j: int, quotes: dict[int, int], known: Known) -> Frame | None:
    """ "وبيّن المتحدث أن …", "وبين مدير المرصد رامي عبد الرحمن أن …": «بيّن» (explained) spelt without its
    shadda like «وبين» (and between). The verb only when it opens the clause, a subject follows that names a
    speaker, no «و» joins it to a second noun ("وبين الجيش والفصائل"), and «أن» comes right after it."""
    if j > 0 and is_word(toks[j - 1].text) and toks[j - 1].text not in CONNECTORS:
        return None
    frame = verb_frame(toks, j, j, EXPLAINING, quotes, known)
    if frame is None or frame.mention is None or not frame.marked or frame.claim is None:
        return None
    first, end = frame.mention
    coordinated = any(t.text[0] == "و" and not lookup(t.text)[0] for t in toks[first + 1 : end])
    if frame.via is not None or coordinated or toks[frame.claim - 1].text not in COMPLEMENTIZERS:
        return None
    if frame.claim - 1 != end or not (
        known(frame.mention) or strip_article(toks[first].text) in SOURCE_HEADS
    ):
        return None
    return frame


def _negated_denial(toks: list[Token], j: int, quotes: dict[int, int], known: Known) -> Frame | None:
    """ "ولم يستبعد المسؤول أن …", "ولم ينف المتحدث أن …", "لا ينكر عبد الرحمن أن …": a verb of denying or ruling
    out after «لم», «لا» or «لن» asserts what follows «أن». It is read as the verb without the particle, which then
    joins its cue; any other verb negated reports nothing ("ولم تؤكد الوزارة أن …")."""
    word = toks[j].text
    word += "ي" if word in JUSSIVE_DENIALS else ""  # "لم ينفِ": the jussive drops the «ي»
    cue = lookup(word)[0]
    if cue is None or cue.tense != "present" or (cue.modality != "deny" and cue.lemma not in EXCLUDING):
        return None
    verb = Token(toks[j].start, toks[j].end, word)
    frame = _frame_at([*toks[: j - 1], verb, *toks[j + 1 :]], j - 1, quotes, known)
    if frame is None or frame.speaker == "none" or frame.claim is None:
        return None

    def back(i: int) -> int:  # the index in the sentence with its particle
        return i if i < j - 1 else i + 1

    def span(found: Span | None) -> Span | None:
        return None if found is None else (back(found[0]), back(found[1] - 1) + 1)

    claim, mention = back(frame.claim), span(frame.mention)
    if toks[claim - 1].text not in COMPLEMENTIZERS:
        return None  # "لم يستبعد محللون ليبيون دعم القاهرة …": with no «أن», where the subject ends is unsure
    if mention is not None and toks[mention[0]].text in NOBODY:
        return None  # "ولا ينفي أحد أن …": nobody denies it, and nobody speaks
    if mention is not None and mention[1] - mention[0] > 1 and verbal_noun(toks[mention[1] - 1].text):
        # "ولم تستبعد مصادر إمكان أن …": the verbal noun is what is ruled out, not who rules it out.
        claim, mention = mention[1] - 1, (mention[0], mention[1] - 1)
    return dataclasses.replace(
        frame,
        start=min(frame.start, j - 1),
        cue=(j - 1, j + 1),
        mention=mention,
        via=span(frame.via),
        claim=claim,
        end=back(frame.end),
        modality="assert",
    )


def _relative_clause(
    toks: list[Token], j: int, cue: Cue, quotes: dict[int, int], known: Known
) -> Frame | None:
    """ "…، الذي تقول الولايات المتحدة إنه يخطط …": a reporting verb right after a relative pronoun (or «كان»
    after it) opens a clause of its own and reports what follows «أن»; its subject speaks if the registry knows
    it, or with none the name the pronoun takes up, when the verb agrees with the pronoun ("وزير الخارجية
    الكويتي، صباح خالد الحمد الصباح، الذي كان أعلن أن …"; not "الدولة العثمانية التي رأى أنها")."""
    r = j - 1 - (j > 1 and toks[j - 1].text in AUXILIARIES)
    if r < 1 or toks[r].text not in RELATIVE_PRONOUNS or cue.tense == "passive" or _said_before(toks, r):
        return None
    frame = verb_frame(toks, j, j, cue, quotes, known)
    # "جيش الفتح الذي أعلن السيطرة على خان طومان": a strong verb and a verbal noun right after it report too.
    # "، الذي أشار إلى « مقتل نحو 30 عنصراً »": or after the preposition the verb governs, quoted or not.
    nominal = (
        frame is not None and cue.strong and frame.claim is not None and _verbal_noun_at(toks, j, frame.claim)
    )
    # "في الوقت الذي أكد فيه الجيش الإسرائيلي شنه للغارة": «فيه» takes up the time, the subject follows it.
    resumed = (
        frame is not None and frame.mention is not None and j + 1 < len(toks) and toks[j + 1].text in IN_IT
    )
    if resumed and frame.mention[0] == j + 2 and frame.claim == frame.mention[1] < len(toks) and cue.strong:
        content = toks[frame.claim].text
        nominal = nominal or verbal_noun(content) or plain_masdar(content, short=True)  # "شنه للغارة"
    if frame is None or not (frame.marked or nominal) or frame.claim is None:
        return None
    if frame.mention is not None:
        # "الذي قال لوكالة رويترز …، إنه": whom it was said to is no subject.
        return frame if known(frame.mention) and not _prepositional(toks[frame.mention[0]].text) else None
    # "التي نشرت على موقع البيت الأبيض …، أن": far from its verb, the «أن» is the main clause's, not the relative's.
    # The outlet it was told to and a time set off by commas may stand between: "، الذي قال لوكالة رويترز، في
    # وقت سابق، إنه …".
    told = frame.via is not None and told_only(toks, j + 1, frame.via, frame.claim - 1)
    told = told or said_in(toks, j + 1)  # "الذي أوضح في تصريحات مع « المجلة » أن": where it was said
    if agreement(toks[j].text) != RELATIVE_AGREEMENT.get(toks[r].text) or (
        frame.claim - j > RELATIVE_CONTENT and not told
    ):
        return None
    antecedent = _antecedent(toks, r, quotes, known)
    return None if antecedent is None else dataclasses.replace(frame, mention=antecedent, speaker="named")


def _verbal_noun_at(toks: list[Token], j: int, claim: int) -> bool:
    """The content of the verb at ``j`` opens at ``claim`` on a verbal noun, right after the verb or after the
    preposition it governs («إلى», «عن»), in quotation marks or not."""
    k = claim + (claim < len(toks) and toks[claim].text in QUOTES_OPEN)
    governed = claim == j + 2 and toks[j + 1].text in ("الي", "عن")
    return (claim == j + 1 or governed) and k < len(toks) and masdar(toks[k].text)


def _said_before(toks: list[Token], r: int) -> bool:
    """ "وأضاف المسؤولون الذين قالت رويترز إنهم …", "وقال لافروف، الذي تحدث في مؤتمر صحفي، إن": the relative
    clause describes the subject of a reporting verb just before it, an aside inside that verb's frame."""
    for k in range(r - 1, max(-1, r - 1 - RELATIVE_REACH), -1):
        if toks[k].text in COMMAS:
            continue  # "وفق ما أوردته وزارة الدفاع، الثلاثاء الماضي، التي قالت إن"
        if not is_word(toks[k].text):
            return False
        if lookup(toks[k].text)[0] is not None:
            return True
    return False


def _antecedent(toks: list[Token], r: int, quotes: dict[int, int], known: Known) -> Span | None:
    """The longest known noun phrase that ends right before the relative pronoun at ``r``, a comma between them
    or not, with the name set off by commas after it ("وزير الخارجية الكويتي، صباح خالد الحمد الصباح، الذي");
    it opens after a verb, a particle or a preposition ("فساند بقوة معارضي الرئيس بشار الأسد الذي")."""
    end = r - (toks[r - 1].text in COMMAS)
    named = next(
        (c for c in range(end - 1, max(0, end - SET_OFF_NAME - 2), -1) if toks[c].text in COMMAS), end
    )
    # Only a name set off on both sides: "…، بعد تنسيق مع روسيا التي" and "…، الثلاثاء الماضي، التي" are none.
    name = [t.text for t in toks[named + 1 : end]]
    if end == r or not all(is_word(w) and w not in NOT_NAMES and lookup(w)[0] is None for w in name):
        named = end
    found = None
    for s in range(named - 1, max(-1, named - ANTECEDENT_WORDS - 1), -1):
        word = toks[s].text
        verb = _verb_like(word) and strip_article(word) not in SOURCE_HEADS_OR_TITLES  # "وزير" opens no verb
        if not is_word(word) or word in FUNCTION or word in NOMINAL or verb or _prepositional(word):
            break
        if s < named - 1 and _possessed(word):
            break  # "وعلى رأسها جيش الفتح الذي": a noun with a pronoun heads no name
        np = np_end(toks, s, quotes)
        if np < named:
            np = titled_name_end(toks, s, np)  # "رئيس الوزراء الإسرائيلي بنيامين نتنياهو الذي"
        if named in (np, appositive_end(toks, np)) and known((s, named)):
            found = (s, end)
    if (
        found is None
        and named < end
        and strip_article(toks[named + 1].text) in TITLES
        and known((named + 1, end))
    ):
        # "لقائد العمليات العسكرية في حلب، اللواء زيد صالح، الذي": a titled name set off by commas names the
        # one the pronoun takes up, whatever the phrase before it.
        return (named + 1, end)
    # "سفير موسكو في باريس الذي قال": after «في» the name is where the one who speaks is, not who speaks.
    return None if found and found[0] > 0 and toks[found[0] - 1].text == "في" else found


def _possessed(word: str) -> bool:
    """ "رأسها", "مقدمتهم": a noun with a possessive pronoun that is no body's or title's head."""
    bare = strip_suffix(word)
    return bare != word and not is_definite(word) and strip_article(bare) not in SOURCE_HEADS_OR_TITLES


def _prepositional(word: str) -> bool:
    """ "بقوة", "باسمه", "لقائمة", "لوكالة": «بـ» or «لـ» glued to an indefinite noun that ends as a feminine or
    with a pronoun, so no name ("بوتين", "لافروف") and no source's head ("لواء")."""
    if len(word) < 4 or word[0] not in "بل" or is_definite(word) or word in SOURCE_HEADS_OR_TITLES:
        return False
    return word.endswith("ه") or strip_suffix(word) != word


def _on_object(toks: list[Token], j: int) -> bool:
    """The verb at ``j`` directly follows an indefinite noun: "مقطع فيديو زعموا أنه …"."""
    if j == 0 or toks[j].text not in CUES:
        return False
    before = toks[j - 1].text
    return _after_pictures(toks, j) or (
        is_arabic(before)
        and len(before) > 2
        and not is_definite(before)
        and before not in FUNCTION
        and before not in COMPLEMENTIZERS
        and before not in CONNECTORS
        and lookup(before)[0] is None
    )


def _document_spoken_in(toks: list[Token], j: int) -> bool:
    """The verb at ``j`` follows an indefinite noun and «فيه» takes it up: "بيانا تؤكد فيه أن"."""
    return (
        j + 1 < len(toks)
        and toks[j + 1].text in IN_IT
        and _on_object(toks, j)
        and lookup(toks[j].text)[0] is not None
    )


def _relative_on_object(
    toks: list[Token], j: int, cue: Cue, quotes: dict[int, int], known: Known
) -> Frame | None:
    """ "وتناقلت حسابات … مقطع فيديو زعموا أنه لجثة …", "وأصدرت الوزارة بيانا قالت فيه إن …": a past verb
    without subject right after an indefinite noun is a relative clause on it (no relative pronoun follows an
    indefinite noun in Arabic), «فيه» taking the noun up when it is the document spoken in; the subject of
    the sentence speaks, which find_frames reads, or the frame is dropped."""
    resumed = j + 1 < len(toks) and toks[j + 1].text in IN_IT
    # "… خطابا تقول فيه إنها …": in the present only with «فيه», the document it speaks in.
    if not (cue.tense == "past" or (cue.tense == "present" and resumed)) or not _on_object(toks, j):
        return None
    frame = verb_frame(toks, j, j, cue, quotes, known)
    if frame is None or frame.mention is not None:
        return None
    # "وأصدرت الوزارة بيانا أكدت فيه انسحاب القوات": in the document, a strong verb's verbal noun is what it says.
    named = resumed and cue.strong and frame.claim == j + 2 and verbal_noun(toks[frame.claim].text)
    if not (frame.marked and frame.claim == j + 2 + resumed or named):
        return None
    return dataclasses.replace(frame, marked=True)


def participle_frame(toks: list[Token], j: int, quotes: dict[int, int]) -> Frame | None:
    """ "…، مشيراً إلى أن X", "زاعمةً أن X": a further claim of whoever spoke last, when «أن», a quotation
    or a colon opens it."""
    word = toks[j].text
    bare = word[1:] if word[0] == "و" and len(word) > 4 else word
    verb = (
        SAYING_PARTICIPLES.get(bare) or SAYING_PARTICIPLES.get(word) or MANNER_NOUNS.get(word)
    )  # «مؤكد ا» is joined by clean()
    cue_end = j + 1
    k = linked = _in_passing_end(toks, cue_end)
    while k < len(toks) and k - linked < 2 and toks[k].text in PARTICIPLE_LINKS:
        k += 1
    if verb is None or k >= len(toks):
        return None
    text = toks[k].text
    if text in COMPLEMENTIZERS or text == ":":
        claim = k + 1
    elif text in QUOTES_OPEN and toks[k].start in quotes:
        claim = k
    elif (
        CUES[verb].strong
        and (verbal_noun(text) or (text.endswith("ات") and verbal_noun(text[:-2])))  # "انسحابات", "اشتباكات"
        and not is_definite(text)
        and j > 0
        and toks[j - 1].text in COMMAS
    ):
        # "…، مشيراً إلى وقوع اشتباكات": after a comma a verbal noun says what was said; "كان لافتاً استنفار
        # قواته" is an adjective.
        claim = k
    else:
        return None
    modality = CUES[verb].modality
    return Frame(j, (j, cue_end), None, None, claim, claim, modality, "previous", None, False, True)


def _in_passing_end(toks: list[Token], k: int) -> int:
    """Past a word or a phrase said in passing after a participle, set off by commas or not: "مشددا ، في الوقت
    نفسه ، على أن", "مؤكدا بدوره أن", "مشيرا أيضا إلى"; ``k`` when none is there."""
    start = k + (k < len(toks) and toks[k].text in COMMAS)
    end = start
    if end < len(toks) and toks[end].text in IN_PASSING:
        end += 1
    elif (
        end + 2 < len(toks)
        and toks[end].text == "في"
        and toks[end + 1].text == "الوقت"
        and toks[end + 2].text in SAME  # «في الوقت نفسه»: at the same time
    ):
        end += 3
    if end == start:
        return k
    if start > k:  # set off by commas: the closing one too
        return end + 1 if end < len(toks) and toks[end].text in COMMAS else k
    return end


def _unset_gap(toks: list[Token], start: int, end: int) -> int:
    """Tokens between a subject and its content, not counting asides set off by commas: "، التي تسيطر
    عليها جماعة الحوثي في اليمن، اليوم الإثنين، إن" and "، المتحدث الرسمي باسم الأمين العام، أن" count only the
    commas' neighbours."""
    count, segment = 0, []
    for tok in [*toks[start:end], None]:
        if tok is None or tok.text in COMMAS:
            first = segment[0] if segment else ""
            titled = is_definite(first) and strip_article(first) in TITLES  # "، المتحدث الرسمي باسم …،"
            aside = first in RELATIVE_PRONOUNS or first in DESCRIBED or first in TIME or titled
            count += 0 if aside else len(segment)
            segment = []
            count += tok is not None
        else:
            segment.append(tok.text)
    return count


def _after_before_that(toks: list[Token], j: int) -> bool:
    """ "قبل أن يعلن البغدادي أن …", "بعد أن تؤكد": a verb in the present after «قبل أن» or «بعد أن» tells
    what was said then, as the past does."""
    return j >= 2 and toks[j - 1].text == "ان" and toks[j - 2].text in TEMPORAL_BEFORE_THAT


TEMPORAL_BEFORE_THAT = frozenset(["قبل", "بعد", "وقبل", "وبعد"])


def _unpunctuated(toks: list[Token], j: int, cue: Cue, quotes: dict[int, int], known: Known) -> Frame | None:
    """ "رويترز قال الرئيس التركي إن …", "في محافظة حماة قال التنظيم إنه …": a past verb, its subject and «أن»
    open a clause that scraped or transcribed text did not set off with punctuation."""
    if (
        (cue.tense != "past" and not _after_before_that(toks, j))
        or toks[j - 1].text in NOMINAL
        or cue.lemma in INFORMING | CALLING
    ):
        # "ترامب أبلغ الرئيس التركي أن …": after a verb of informing comes whom it told, after one of describing
        # what it describes ("إن الرئيس وصف الفصائل … بأنها").
        return None
    frame = verb_frame(toks, j, j, cue, quotes, known)
    if frame is None or frame.mention is None or frame.claim is None:
        return None
    # "… واعتقال آخر أعلنت شرطة مدينة سان برناردينو مقتل رجل …", "بعد أن أعلن الجيش سيطرته على …": a strong verb,
    # a subject that names a source and a verbal noun right after it are a clause of their own.
    # "… أ ف ب أعلنت أستراليا، الجمعة، إنهاء ضرباتها": a time set off by commas may come between.
    # "أعلن مدير ناحية البغدادي، …، الأربعاء، عن قيام …": «عن» the verb governs marks it as well.
    content = toks[frame.claim].text
    governed = toks[frame.claim - 1].text == "عن"
    nominal = cue.strong and (
        masdar(content) or (frame.claim > frame.mention[1] and (verbal_noun(content) or governed))
    )
    named = known(frame.mention) or _countries(toks[frame.mention[0] : frame.mention[1]])
    if not (frame.marked or (nominal and named)):
        return None
    if _unset_gap(toks, frame.mention[1], frame.claim) > UNPUNCTUATED_GAP:
        return None  # "نرصد فيها نقل أسلحة من سوريا … أن": a verbal noun, its object, and «أن» further on
    first = toks[frame.mention[0]].text
    addressee = first.startswith("لل") or (first[0] == "ل" and strip_article(first[1:]) in SOURCE_HEADS)
    return None if addressee else frame  # "قال للرئيس ترامب إن": whom it was said to, not who said it
