"""One article being read: its cleaned text, the sources seen so far, and a draft of each claim."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice

from claims.text.adverbials import is_document, strip_suffix
from claims.text.attribute import (
    EXPLAINED,
    JOINED_WHAT,
    agreement,
    agrees,
    find_frames,
    headline_frame,
    opening_subject,
    sentence_tokens,
)
from claims.text.clean import CleanText, clean
from claims.text.coref import Coreference, Entity
from claims.text.frames import CALLED, OBJECT_PRONOUNS, PRECEDED, RESUMING_PREPOSITIONS, SAYING_NOUNS, Frame
from claims.text.lexicon import (
    CALLS_FOR,
    CAPITALS,
    COMMAS,
    COMPLEMENTIZERS,
    CORRESPONDENTS,
    DENIALS,
    EXCEPTIONS,
    FUNCTION,
    HARM,
    NEGATORS,
    NOT_DENYING,
    ONE_OF,
    PREPOSITIONS,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    SAYING_PARTICIPLES,
    SOURCE_HEADS,
    SUBJECT_COMPLEMENTIZERS,
)
from claims.text.mention import np_end
from claims.text.names import display_name, given_name, patronymic_name, titled_person
from claims.text.places import find_places
from claims.text.quantities import number_windows
from claims.text.regions import regions, relays_speaker, trim
from claims.text.sentences import Sentence
from claims.text.tail import DESCRIBED, Span, anonymity_end, lookup
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

DENIAL_HEADS = frozenset(phrase[0] for phrase in DENIALS)
NEGATION_REACH = 7  # tokens from the start of the content to the negation of its main clause
RELATIVE_REACH = 25  # tokens at most of a relative clause set off by commas on the content's subject
NEGATION_AFTER_RELATIVE = 2  # tokens at most from the comma closing it to the negation
RELATIVES = frozenset(["الذي", "التي", "الذين", "اللذين", "اللتين", "ما", "من"])
# Cue words that may carry a glued «و»: "ووفق", "وجاء في", "ومعتبراً".
GLUED_CUES = PREPOSITIONS | SAYING_PARTICIPLES.keys() | {"جاء", "ورد"}
CHAINING = frozenset(["نقل"])  # "ونقلت عن فلان قوله": the verb agrees with the outlet
# Bodies a bare definite head noun may stand for once the article has named them ("الغرفة", "اللجنة"); not the
# army, police or ministries, which alone name the country's own.
NAMED_BODIES = frozenset(
    fold(w) for w in "لجنة غرفة تنظيم هيئة مركز حركة جبهة فصيل مجلس منظمة تحالف ائتلاف فريق مكتب".split()
)
# "وقالت الخارجية" after "رحبت وزارة الخارجية الأمريكية …": a ministry named by its field alone is the ministry
# named in full before («وزارة» and the field; "وزير الخارجية الأمريكي جون كيري" is a minister).
MINISTRIES = frozenset(fold(w) for w in "خارجية داخلية".split())
NAMED_BODY: dict[str, re.Pattern] = {}
NAME_REACH = 4000  # characters before a bare head noun searched for the body's full name
NAME_TRIES = 4  # earlier uses of the head noun tried, latest first
NAME_WINDOW = 200  # characters of one such use read for the name
RECENT_SENTENCES = 3  # "وأضاف" reaches back this many sentences for its speaker
FRAGMENT_WORDS = 2  # a sentence of fewer Arabic words does not count in that distance


BUT_HE = frozenset(["لكنه", "لكنها", "لكنهم", "لكنهما"])  # "but he": a pronoun taking up the subject before


@dataclass
class Draft:
    sentence: tuple[int, int]
    claim: tuple[int, int]
    mention: tuple[int, int] | None = None
    via_mention: tuple[int, int] | None = None
    cue: tuple[int, int] | None = None
    modality: str = "unattributed"
    source: Entity | None = None
    via: Entity | None = None
    numbers: tuple[tuple[int, int], ...] = ()  # clean-text windows that may hold numbers


# «علي» the given name and «على» the preposition fold alike. A page that writes the preposition with «ى»
# (most do) writes «علي» for the name only: there it is folded to a letter of its own, «علی», which no
# rule reads as the preposition. A page that writes both with «ي» keeps the ambiguity.
ALI = re.compile(r"(?<![\u0621-\u064a])و?علي(?![\u0621-\u064a])")
ALA = re.compile(r"(?<![\u0621-\u064a])و?على(?![\u0621-\u064a])")
ALI_NAME = "\u06cc"  # Farsi yeh: the same length, so offsets stay the cleaned text's
ALA_SHARE = 3  # the preposition written with «ى» this many times as often as «علي X» at least
ALA_LEAST = 5


def _named_ali(clean: str, folded: str) -> str:
    """The folded text with «علي» the given name told from «على» where the page writes them apart. A
    name is counted once however often the page repeats it: an interview names «علي بركة» in every
    paragraph, a page writing the preposition with «ي» varies the word after it."""
    found = list(ALI.finditer(clean))
    names = [m.end() - 1 for m in found]
    named = {tuple(clean[m.end() : m.end() + 30].split()[:1]) for m in found}
    if not names or len(ALA.findall(clean)) < max(ALA_LEAST, ALA_SHARE * len(named)):
        return folded
    chars = list(folded)
    for k in names:
        chars[k] = ALI_NAME
    return "".join(chars)


# Verbs whose «اسمه» withholds the name rather than giving it: "فضل عدم ذكر اسمه", "طلب عدم نشر اسمه".
WITHHELD = frozenset(fold(w) for w in "ذكر نشر كشف الكشف إعلان".split())
ASIDE_OPENERS = ONE_OF | DESCRIBED  # "، أحد …", "، وهو …": an aside that says who the one named before is


class Article:
    """One article being read: the cleaned text and the sources seen so far."""

    def __init__(self, text: str, resolve: Callable[[str], str | None] | None) -> None:
        self.cleaned: CleanText = clean(text)
        self.folded = _named_ali(self.cleaned.text, fold(self.cleaned.text))
        self.coref = Coreference(resolve)
        self.sentence = self.spoke = 0  # sentence counters: "وأضاف" reaches back only to a recent speaker
        self._names: dict[str, str] = {}
        # A sentence whose subject spoke nothing ("ونشر فلينت إعلاناً …"): its counter, tokens, quotations and
        # the tokens its reports open on; its subject speaks a verb without subject opening the next sentence.
        self.subject: tuple[int, list[Token], dict[int, int], frozenset[int]] | None = None
        self.voice: str | None = None  # what the verb naming the last speaker agrees with: "f", "m", "p"
        self._titled: dict[str, str | None] = {}

    def surface(self, toks: list[Token], span: Span) -> str:
        return self.cleaned.text[toks[span[0]].start : toks[span[1] - 1].end]

    def words(self, toks: list[Token], span: Span) -> list[str]:
        return [t.text for t in toks[span[0] : span[1]] if is_word(t.text)]

    def refer(self, toks: list[Token], span: Span, *, speaking: bool) -> Entity | None:
        # "شاهد عيان يدعى سليم منصور": the name he goes by is the speaker, not the kind of witness he is.
        called = next(
            (
                k
                for k in range(span[0] + 1, span[1] - 1)
                if toks[k].text in CALLED and toks[k - 1].text not in WITHHELD  # "فضل عدم ذكر اسمه": no name
            ),
            None,
        )
        span = (called + 1, span[1]) if called is not None else span
        # "عمر دراج، أحد قياديي حزب الحرية والعدالة": the one named before an aside that says who he is.
        aside = next((k for k in range(span[0] + 1, span[1] - 1) if toks[k].text in COMMAS), None)
        if aside is not None and toks[aside + 1].text in ASIDE_OPENERS:
            span = (span[0], aside)
        name = display_name(self.cleaned.text, toks[span[0] : span[1]])
        words, surface = self.words(toks, span), self.surface(toks, span)
        if _glued_to(toks, span) and words and name.startswith(surface[:1]):
            # "وسبق لبيتر ألتماير أن أعلن": the name without the «لـ» it is written with
            words, surface, name = [words[0][1:], *words[1:]], surface[1:], name[1:]
        if self.coref.canonical(name) is None:
            name = self.full_name(name) if " " not in name else self.titled_name(words) or name
        named = self.named_before(words, surface, toks[span[0]].start)
        if named is not None:
            words, surface, name = named
        return self.coref.refer(words, surface, name, speaking=speaking)

    def named_before(self, words: list[str], surface: str, at: int) -> tuple[list[str], str, str] | None:
        """ "وقالت اللجنة" after "وأبدت اللجنة السياسية في جنوب دمشق …", "وأعلنت الغرفة" after "تشكيل غرفة عمليات
        «جيش محمد»": a body named by its head noun alone is the one the article named in full before, though
        not as a speaker; None when the mention is more than that, a source seen before or one the registry knows."""
        if not 1 <= len(words) <= 2 or not all(is_definite(w) for w in words):
            return None
        head = strip_article(words[0])
        ministry = head in MINISTRIES and len(words) == 1
        if (
            not (head in NAMED_BODIES or ministry)
            or self.coref.refers_back(words)
            or self.coref.canonical(surface)
        ):
            return None
        pattern = NAMED_BODY.get(head)
        if pattern is None:
            opening = f"{fold('وزارة')} ال" if ministry else "(?:ال)?"
            pattern = NAMED_BODY[head] = re.compile(rf"(?<![^\s\"«(]){opening}{head}(?![^\s\"»(])")
        found = list(pattern.finditer(self.folded, max(0, at - NAME_REACH), at))
        for match in reversed(found[-NAME_TRIES:]):
            phrase = tokenize(self.folded, match.start(), min(at, match.start() + NAME_WINDOW))
            closes = [t.start for t in phrase if t.text == "»"]
            quotes = {t.start: next((c for c in closes if c > t.start), -1) for t in phrase if t.text == "«"}
            phrase = phrase[: np_end(phrase, 0, quotes, head=True)]
            marks = [k for k, t in enumerate(phrase) if t.text in QUOTES_CLOSE]
            if len(marks) > 1 or (marks and phrase[marks[0]].text != '"'):
                phrase = phrase[
                    : marks[-1 if phrase[marks[0]].text == '"' else 0] + 1
                ]  # the name in marks ends it
            full = [t.text for t in phrase if is_word(t.text)]
            if len(full) <= len(words):
                continue
            name = display_name(self.cleaned.text, phrase)
            if len(name.split()) > len(words):
                return full, self.cleaned.text[phrase[0].start : phrase[-1].end], name
        return None

    def full_name(self, surname: str) -> str:
        """A one-word name with the given name the article writes before it: "كيري" → "جون كيري"."""
        if surname not in self._names:
            known = self.coref.canonical
            self._names[surname] = (
                patronymic_name(self.cleaned.text, self.folded, surname)
                or given_name(self.cleaned.text, self.folded, surname, lambda word: known(word) is not None)
                or surname
            )
        return self._names[surname]

    def titled_name(self, words: list[str]) -> str | None:
        """ "رئيس الجمهورية" alone → "ميشال عون", whom the article named after that title."""
        key = " ".join(words)
        if key not in self._titled:
            self._titled[key] = titled_person(self.cleaned.text, self.folded, words)
        return self._titled[key]

    def speaker(self, toks: list[Token], frame: Frame) -> Entity | None:
        if frame.speaker == "previous":
            carried = self._carried(toks, frame)
            if carried is not None:
                self.spoke = self.sentence
                return carried
            recent = self.sentence - self.spoke <= RECENT_SENTENCES
            said = _voice(toks, frame)
            if not recent or {said, self.voice} == {"f", "m"}:
                return None  # "قال حسن محمد …" unread, then "وأضاف": not the woman quoted before
            self.spoke, self.voice = self.sentence, said or self.voice
            return self.coref.last
        if frame.speaker == "none" or frame.mention is None:
            return None
        self.spoke, self.voice = self.sentence, _voice(toks, frame)
        if frame.issuer is not None:  # "نشرت الوزارة تقريرا كشف أن": the document speaks for who put it out
            entity = self.refer(toks, frame.issuer, speaking=True)
            if entity is not None:
                self.coref.issued(strip_suffix(toks[frame.mention[0]].text.removesuffix("ا")), entity)
            return entity
        entity = self.refer(toks, frame.mention, speaking=True)
        if entity is not None and frame.document:
            self.coref.issued(frame.document, entity)
        return entity

    def _carried(self, toks: list[Token], frame: Frame) -> Entity | None:
        """ "ونشر فلينت إعلاناً … . وقال إن …": a verb without subject opening the sentence after one whose
        subject spoke last, when the verbs agree ("وأدانت السويد …" is no speaker of "وقال")."""
        # "ورفض المتحدث … التعليق . لكنه قال": «لكنه» before the verb takes the same subject up.
        resumed = frame.start == 1 and frame.cue[0] == 1 and toks[0].text.removeprefix("و") in BUT_HE
        if (
            self.subject is None
            or (frame.start > 0 and not resumed)
            or toks[frame.cue[0]].text in COMPLEMENTIZERS
        ):
            return None
        at, before, quotes, cues = self.subject
        if at != self.sentence - 1 or at <= self.spoke:
            return None
        span = opening_subject(before, quotes, lambda words: self._knows(before, words), len(before))
        if span is None or span[0] - 1 in cues:  # "وأعلن الجيش …" read as a report already
            return None
        verb = before[span[0] - 1].text
        said, did = agreement(toks[frame.cue[0]].text), agreement(verb)
        plural = before[span[1] - 1].text.endswith(("ون", "ين"))
        if not agrees(said, did, plural):
            return None
        self.subject, self.voice = None, did
        return self.refer(before, span, speaking=True)

    def drafts(self, sentence: Sentence) -> list[Draft]:
        toks = sentence_tokens(self.folded, sentence.start, sentence.end)
        # "و ( .", ".": the pieces of an ellipsis in a quotation are no sentences that put a speaker out of reach.
        arabic = (k for k, t in enumerate(toks) if is_arabic(t.text))
        counted = next(islice(arabic, FRAGMENT_WORDS - 1, None), None) is not None
        self.sentence += counted
        if not any(is_arabic(t.text) for t in toks):
            return []
        frames = find_frames(toks, sentence.quotes, lambda span: self._knows(toks, span))
        frames = self._surname_headlines(toks, sentence, frames)
        attributed = {id(f): self._frame_draft(toks, f, sentence) for f in _relayed_first(toks, frames)}
        if (
            counted and self.spoke < self.sentence
        ):  # read only when the next sentence opens on a verb without subject
            self.subject = (self.sentence, toks, sentence.quotes, frozenset(f.cue[0] for f in frames))
        found = []
        closes = {c: o for o, c in sentence.quotes.items()}
        for region in regions(toks, frames):
            start, end = trim(toks, region.start, region.end, sentence.quotes, closes)
            if start >= end:
                continue
            draft = (
                attributed[id(region.frame)]
                if region.frame
                else Draft((sentence.start, sentence.end), (0, 0))
            )
            # One copy of the draft with everything the region changes.
            changes = {
                "claim": (toks[_with_subject(toks, start)].start, toks[end - 1].end),
                "numbers": tuple(number_windows(toks, start, end)),
            }
            if region.channel is not None and draft.via is None:
                outlet = attributed[id(region.channel)]
                changes |= {"via": outlet.source, "via_mention": outlet.mention}
            if draft.source is not None and _denied(toks, start, end, frame=region.frame):
                changes["modality"] = "deny"
            found.append(Draft(**{**vars(draft), **changes}))  # dataclasses.replace without its checks
        return found

    def _knows(self, toks: list[Token], span: Span) -> bool:
        words, surface = self.words(toks, span), self.surface(toks, span)
        if _glued_to(toks, span) and words:
            words, surface = [words[0][1:], *words[1:]], surface[1:]
        return self.coref.knows(words, surface)

    def _surname_headlines(self, toks: list[Token], sentence: Sentence, frames: list[Frame]) -> list[Frame]:
        """ "مورغولوف : المناورات الأمريكية تعقد الوضع …" heading an article that names "نائب وزير الخارجية
        الروسي ايغور مورغولوف" below: a headline's one word the article writes elsewhere after a given name is a
        person's family name, though no source of the registry or the article so far."""
        first = min((f.start for f in frames), default=len(toks))  # a colon inside a report is no headline's
        colons = [c for c, t in enumerate(toks[:first]) if t.text == ":"]
        if not colons:
            return frames

        def known(span: Span) -> bool:
            words = self.words(toks, span)
            return self._knows(toks, span) or (len(words) == 1 and self._surname(words[0]))

        late = [f for f in (headline_frame(toks, c, sentence.quotes, known) for c in colons) if f is not None]
        return late[:1] + frames

    def _surname(self, word: str) -> bool:
        # "الحريري :" over "سعد الحريري", "السراج :" over "فائز السراج": a family name may carry the article
        if not is_arabic(word) or word in FUNCTION or find_places(word):
            return False
        return self.full_name(word) != word

    def _frame_draft(self, toks: list[Token], frame: Frame, sentence: Sentence) -> Draft:
        source = self.speaker(toks, frame)
        via = self.refer(toks, frame.via, speaking=False) if frame.via else None
        if via is not None and _correspondent(toks, frame.mention):
            source = via  # "وقال مراسل لوكالة فرانس برس": an outlet's correspondent reports for it
        modality = frame.modality if source is not None or frame.speaker == "none" else "unattributed"
        mention = _mention_chars(toks, frame)
        if mention is None and frame.speaker == "previous" and source is not None:
            mention = _verb_chars(toks, frame)  # "وأضاف أن": the verb names the speaker it carries
        return Draft(
            sentence=(sentence.start, sentence.end),
            claim=(0, 0),
            mention=mention,
            via_mention=_chars(toks, frame.via),
            cue=_cue_chars(toks, frame.cue),
            modality=modality,
            source=source if modality != "unattributed" else None,
            via=via,
        )


def _relayed_first(toks: list[Token], frames: list[Frame]) -> list[Frame]:
    """The frames in the order their speakers are read: a relayed speaker before the named one relaying it ("تقول
    عدلي إن طبيبات المركز أعلن …"), so that a «وأضافت» after it goes on with the one who relays."""
    order = list(frames)
    for k in range(len(order) - 1):
        outer, inner = order[k], order[k + 1]
        if outer.mention is not None and relays_speaker(toks, outer, inner):
            order[k : k + 2] = [inner, outer]
    return order


def _correspondent(toks: list[Token], mention: Span | None) -> bool:
    """The mention is a bare correspondent ("مراسل", "مراسلة"), whose outlet the channel names."""
    return mention is not None and mention[1] - mention[0] == 1 and toks[mention[0]].text in CORRESPONDENTS


def _voice(toks: list[Token], frame: Frame) -> str | None:
    """What the reporting verb or participle of a frame agrees with ("وقالت" → "f"), None for a preposition,
    a colon or «وأن»."""
    word = toks[frame.cue[0]].text
    last = toks[frame.cue[1] - 1].text
    if last in SAYING_NOUNS or last in RESUMING_PREPOSITIONS or last in OBJECT_PRONOUNS:
        # "حسب قولها", "بحسبه": the pronoun agrees with the one who spoke
        return "f" if last.endswith("ها") else "m" if last.endswith("ه") else None
    bare = word[1:] if word[0] == "و" else word
    cue = lookup(word)[0]
    if cue is None and bare not in SAYING_PARTICIPLES:
        return None
    # "ونقلت شبكة الدرر عن المحيسني أنه", "ونقلت عن المتحدث قوله": the outlet's verb, not the speaker's;
    # "وذكر تقرير للأمم المتحدة أن": the document's, not its issuer's.
    chain = frame.via is not None or (cue is not None and cue.lemma in CHAINING)
    if chain or (frame.mention is not None and is_document(toks[frame.mention[0]].text)):
        return None
    return agreement(word)


def _with_subject(toks: list[Token], start: int) -> int:
    """Where the claim starting at ``start`` starts with the pronoun-bearing «أن» right before it (the claim's
    subject: "إنها ستبقى مستمرة"), a word set off by a space inside the sentence."""
    that = start - 1
    if that > 0 and toks[that].text in SUBJECT_COMPLEMENTIZERS and toks[that - 1].end < toks[that].start:
        return that if toks[that].end < toks[start].start else start
    return start


def _denied(toks: list[Token], start: int, end: int, *, frame: Frame | None = None) -> bool:
    """ "لا صحة للأنباء …", "غير صحيح أن …", "إنها تنفي …", "الجيش ليس لديه …", "لم ينفذ أي هجوم": the speaker
    denies what the content names. After «أن» or a colon, «عدم …» opens a nominal sentence that says something
    of it ("عدم تدخل إيران في شؤون لبنان شرط مهم لاستقرار المنطقة"), no denial; as the verb's object
    ("وأكدت الوزارة عدم مشاركة طائراتها") it is one. A call to refrain ("دعا إيران إلى عدم التدخل") denies
    nothing."""
    if frame is not None:
        cue = lookup(toks[frame.cue[0]].text)[0]
        if (cue is not None and cue.lemma in CALLS_FOR) or (
            frame.marked and start < end and toks[start].text == "عدم"
        ):
            return False
    opening = tuple(t.text for t in toks[start : min(end, start + 4)])
    verb = lookup(opening[0])[0] if opening else None
    # A denial's phrase is looked for only when the content opens on the first word of one.
    said = bool(opening) and opening[0] in DENIAL_HEADS
    if (said and any(opening[: len(phrase)] == phrase for phrase in DENIALS)) or (
        verb is not None and verb.modality == "deny"
    ):
        return True
    return _negated(toks, start, end) or _judged_untrue(toks, start, end)


def _judged_untrue(toks: list[Token], start: int, end: int) -> bool:
    """ "إن ما تناقلته وسائل الإعلام عن انسحاب القوات عار عن الصحة": the content's predicate says it is untrue."""
    for k in range(start, end):
        if toks[k].text in DENIAL_HEADS:
            words = tuple(t.text for t in toks[k : min(end, k + 3)])
            if any(words[: len(phrase)] == phrase for phrase in DENIALS):
                return True
    return False


RESTRICTIONS = EXCEPTIONS | frozenset(["دون", "بدون"])


def _negated(toks: list[Token], start: int, end: int) -> bool:
    """A negation of the content's main clause, after at most a short subject: "دول الخليج لا تعتزم …"; a relative
    clause set off by commas on the subject is passed over ("الفصائل , التي انطلقت العام الماضي , لم تبدأ …")."""
    reach = start + NEGATION_REACH
    k = start - 1
    while k + 1 < min(end, reach):
        k += 1
        text = toks[k].text
        if text in COMMAS and k > start and k + 1 < end and toks[k + 1].text in RELATIVES:
            close = next(
                (c for c in range(k + 2, min(end, k + RELATIVE_REACH)) if toks[c].text in COMMAS), None
            )
            if close is not None:
                k, reach = close, close + 1 + NEGATION_AFTER_RELATIVE
                continue
        following = toks[k + 1].text if k + 1 < end else ""
        if text in NEGATORS or (text == "لا" and following and not is_definite(following)):
            if following in NOT_DENYING or any(
                t.text.removeprefix("ال") in HARM for t in toks[k + 1 : k + 6]
            ):
                return False  # "لم تقع إصابات": an absence reported as fact
            # "لا حل إلا …", "ليس هناك أي حل للأزمة دون توافق": a restriction, which asserts what it allows.
            return not any(t.text in RESTRICTIONS for t in toks[k + 1 : min(end, k + NEGATION_REACH + 2)])
        if not is_word(text) or text in COMPLEMENTIZERS or text in RELATIVES or lookup(text)[0]:
            return False
    return False


def _chars(toks: list[Token], span: Span | None) -> tuple[int, int] | None:
    """Character span of a token span, without quotation marks around all of it: «"المرصد السوري"»."""
    if not span:
        return None
    start, end = span
    if (
        end - start > 2
        and toks[start].text in QUOTES_OPEN | {"("}
        and toks[end - 1].text in QUOTES_CLOSE | {")"}
    ):
        start, end = start + 1, end - 1
    return toks[start].start, toks[end - 1].end


def _mention_chars(toks: list[Token], frame: Frame) -> tuple[int, int] | None:
    """The mention as written, without a glued preposition or conjunction: "لوزارة الدفاع" after "وفقاً",
    "وواشنطن تقول" → "وزارة الدفاع", "واشنطن"."""
    span = _chars(toks, frame.mention)
    if span is None:
        return span
    first = toks[frame.mention[0]].text
    preposition = (
        first.startswith("ل") and not first.startswith("لل") and strip_article(first[1:]) in SOURCE_HEADS
    )
    # "…، ومراسل الميادين يتحدث عن …": «و» glued to the head of a subject that opens a clause before its verb.
    # "وروسيا تنفي …": or to a country or a capital standing for its government.
    opening = (
        frame.mention[0] < frame.cue[0]
        and first[0] == "و"
        and (strip_article(first[1:]) in GLUED_HEADS or first[1:] in CAPITALS or _country(first[1:]))
    )
    glued = (
        conjoined(first) or (frame.prepositional and preposition) or opening or _glued_to(toks, frame.mention)
    )
    if (
        frame.cue[0] < frame.mention[0]
        and (withheld := anonymity_end(toks, frame.mention[1])) > frame.mention[1]
    ):
        span = (span[0], toks[withheld - 1].end)  # "مسئول روسي لم يكشف عن هويته": who it is, withheld
    return (span[0] + 1, span[1]) if glued and toks[frame.mention[0]].start == span[0] else span


def _glued_to(toks: list[Token], span: Span) -> bool:
    """ "وسبق لبيتر ألتماير أن", "ووفقا لعاشور،": «لـ» glued to a name after «سبق» or a preposition that takes
    it («للرئيس» keeps it: «ال» went with it)."""
    first = toks[span[0]].text
    if span[0] == 0 or len(first) < 4 or first[0] != "ل" or first[1] == "ل":
        return False
    before = toks[span[0] - 1].text
    return before in PRECEDED or before.removeprefix("و") in TAKING_LAM


# Reporting prepositions that «لـ» follows: "وفقاً لـ", "طبقاً لـ", "استناداً لـ", "تبعاً لـ".
TAKING_LAM = frozenset(["وفقا", "طبقا", "استنادا", "تبعا"])


# Heads of a subject that «و» may be glued to: a source's head noun, or a party («وحزب الله يتهم …»).
GLUED_HEADS = SOURCE_HEADS | {"حزب"}


def _country(word: str) -> bool:
    return any(place.level == 0 and end - start == len(word) for place, start, end in find_places(word))


def _verb_chars(toks: list[Token], frame: Frame) -> tuple[int, int] | None:
    """The verb or participle that carries a speaker named only by its person: "وأضاف" → "أضاف", "مشيراً",
    "مؤكد ا"; after a preposition the verb alone ("بحسب ما أفاد" → "أفاد"); None for «وأن» or a colon."""
    start, end = frame.cue
    if frame.prepositional:
        start = end - 1
    if not is_word(toks[start].text) or toks[start].text in COMPLEMENTIZERS:
        return None
    return _cue_chars(toks, (start, end))


def _cue_chars(toks: list[Token], span: Span) -> tuple[int, int]:
    """The cue as written, without the conjunction glued to it: "وأفادت" → "أفادت"."""
    first = toks[span[0]].text
    prefixed = (
        lookup(first)[1] or (first[0] == "و" and first[1:] in GLUED_CUES) or first in EXPLAINED | JOINED_WHAT
    )
    return toks[span[0]].start + int(prefixed), toks[span[1] - 1].end
