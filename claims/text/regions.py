"""Cut a sentence into claim regions around its reporting frames.

A frame before its content owns the text up to the next frame ("أكدت مصادر … أن X، وأفادت …" → X);
a frame after its content takes the stretch before it ("X، بحسب ما أفاد المرصد" → X); text no frame
owns is a claim in the publisher's own voice when it says something.
"""

from __future__ import annotations

from typing import NamedTuple

from claims.text.frames import DASHES, Frame, names_outlet
from claims.text.lexicon import (
    COMMAS,
    COMPLEMENTIZERS,
    CONNECTORS,
    FUNCTION,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    THEREFORE,
    TIME_RUN,
)
from claims.text.tokens import Token, fold, is_word

# Discourse markers and adverbials that say nothing by themselves: "من جهة ثانية،", "على صعيد آخر،".
EMPTY = CONNECTORS | FUNCTION | TIME_RUN | frozenset(fold("في من جهة ثانية أخرى صعيد آخر ناحية جانب").split())
LEADING = frozenset(fold("فقد وقد قد ف و ثم كما").split())
# Words that lead on to what follows and never end a claim: "…، وهو ما نفته روسيا".
# Nor on «إلا أن», «غير أن» that open the next clause: "… قتل، إلا أن مكتب صالح نفى …".
TRAILING = (CONNECTORS - THEREFORE) | COMPLEMENTIZERS | frozenset(fold("وهو وهي وهذا وذلك إلا").split())
MIN_PUBLISHER_WORDS = 3
ASIDE_REACH = 30


class Region(NamedTuple):
    start: int
    end: int
    frame: Frame | None
    channel: Frame | None = None  # "قال مصدر: «…»، حسب الوكالة": the outlet named after the content


def _content(toks: list[Token], start: int, end: int, enough: int) -> bool:
    """At least ``enough`` words that carry content between ``start`` and ``end``."""
    count = 0
    for tok in toks[start:end]:
        if (is_word(tok.text) or tok.text[0].isdigit()) and tok.text not in EMPTY:
            count += 1
            if count >= enough:
                return True
    return False


def _after_comma(toks: list[Token], j: int) -> int:
    """Past the next comma: "بحسب ما أفاد المرصد بالإضافة إلى غرفة العمليات، …" belongs to the frame."""
    for k in range(j, len(toks)):
        if toks[k].text in COMMAS or toks[k].text in DASHES or toks[k].text == ")":
            return k + 1
    return len(toks)


def _aside(toks: list[Token], frame: Frame) -> bool:
    """ "لكن العدد التقريبي - وفق وايت - لا يقل عن ألف": a source set off inside its own claim."""
    if not frame.prepositional or frame.start == 0 or frame.end >= len(toks):
        return False
    before, after = toks[frame.start - 1].text, toks[frame.end].text
    following = min(len(toks), frame.end + ASIDE_REACH)
    return (before in DASHES and after in DASHES) and _content(toks, frame.end + 1, following, 2)


INTERRUPTED_WORDS = 4  # words at most of a clause opening before a source set off by commas inside it


def _interrupted(toks: list[Token], cursor: int, frame: Frame) -> int | None:
    """Where the clause a prepositional frame set off by commas interrupts opens ("فقبلها لم يكن هناك، بحسب
    عاشور، فتاوى …"), when its content goes on after the frame and only a few words of it come before."""
    s = frame.start
    if (
        not frame.prepositional
        or frame.claim is None
        or frame.marked
        or s == 0
        or toks[s - 1].text not in COMMAS
    ):
        return None
    if frame.claim >= len(toks) or toks[frame.claim - 1].text not in COMMAS:
        return None
    clause = next((k + 1 for k in range(s - 2, cursor - 1, -1) if not _worded(toks[k].text)), cursor)
    words = [t for t in toks[clause : s - 1] if _worded(t.text)]
    return clause if 0 < len(words) <= INTERRUPTED_WORDS and clause == s - 1 - len(words) else None


def _worded(text: str) -> bool:
    return is_word(text) or text[0].isdigit()


# "…، وهو ما تنفيه روسيا", "…، مما نفته الوزارة", "…، الأمر الذي نفته طهران"
RESUMED_WHAT = frozenset(["ما", "مما", "الامر"])


def _set_off(toks: list[Token], frame: Frame) -> bool:
    """A source after its content set off by a comma or the sentence's end: "…، بحسب البيان", "… إلى العراق
    بحسب البيان، وتعهدت …"; not "أدت وفق آخر إحصائيات … إلى مقتل …", inside a clause that goes on."""
    end = frame.mention[1] if frame.mention else frame.end
    return toks[frame.start - 1].text in COMMAS or end >= len(toks) or not is_word(toks[end].text)


def regions(toks: list[Token], frames: list[Frame]) -> list[Region]:
    """Claim regions of one sentence, in order, untrimmed.

    "فقد أصبحت المحافظة خالية من التنظيم، بحسب ما أفاد المرصد" → one region, the words before "بحسب".
    """
    found: list[Region] = []
    cursor, owner, owned = 0, None, 0
    relaying: list[tuple[Frame, Frame]] = []
    for frame in frames:
        if owner is None and frame.claim is None and not _content(toks, cursor, frame.start, 2):
            continue  # a verb whose content its subject swallowed, with nothing before it: the words stay
        postposed = frame.claim is None or (
            frame.prepositional and not frame.marked and _content(toks, cursor, frame.start, 2)
        )
        clause = _interrupted(toks, owned if owner is not None else cursor, frame) if postposed else None
        if clause is not None:
            # "…، ما يعني، بحسب محللين، تقليص الدور …": a short clause the source interrupts goes on after it.
            if owner is not None:
                found.append(Region(owned, clause, owner))
            elif _content(toks, cursor, clause, MIN_PUBLISHER_WORDS):
                found.append(Region(cursor, clause, None))
            owner, owned = frame, clause
            cursor = owned
            continue
        if (
            owner is not None
            and postposed
            and owner.speaker == "none"
            and frame.mention is not None
            and _set_off(toks, frame)
        ):
            # "يشار إلى أنه … قدمت الولايات المتحدة نحو مليار دولار، بحسب البيان": an impersonal «يُذكر أن»
            # names no one; the source set off after the content is who says it («أدت وفق آخر إحصائيات
            # … إلى مقتل» inside the clause sources that part alone).
            found.append(Region(owned, frame.start, frame))
        elif owner is not None:
            channel = frame if postposed and frame.prepositional and frame.via is None else None
            if not postposed and relays_speaker(toks, owner, frame):
                relaying.append((owner, frame))
            found.append(Region(owned, frame.start, owner, channel))
            if frame.claim is None and frame.mention is not None and toks[frame.cue[0]].text in RESUMED_WHAT:
                # "وتتهم كييف موسكو بإرسال قوات …، وهو ما تنفيه روسيا": the same content, denied by another.
                found.append(Region(owned, frame.start, frame))
        elif _aside(toks, frame):
            owner, owned = frame, cursor
            continue
        elif _content(toks, cursor, frame.start, 2 if postposed else MIN_PUBLISHER_WORDS):
            found.append(Region(cursor, frame.start, frame if postposed else None))
        if postposed:
            owner, cursor = None, _after_comma(toks, frame.end)
        else:
            owner, owned = frame, frame.claim
            cursor = owned
    if owner is not None:
        found.append(Region(owned, len(toks), owner))
    elif _content(toks, cursor, len(toks), MIN_PUBLISHER_WORDS):
        found.append(Region(cursor, len(toks), None))
    for outer, inner in relaying:
        # The relaying speaker says all the relayed one said: the report from its subject to its content's end.
        end = next((r.end for r in found if r.frame is inner), None)
        if end is not None:
            found.append(Region(inner.start, end, outer))
    return sorted(found, key=lambda r: (r.start, r.end))


def relays_speaker(toks: list[Token], outer: Frame, inner: Frame) -> bool:
    """ "وقال مسؤول روسي إن بوتين أكد أن …", "وأفادت رئاسة الوزراء أن باتيل قالت …": a speaker that is no outlet
    relaying another's words says them too; an outlet ("وذكرت وكالة سانا أن المعلم أكد …") is the channel only."""
    if outer.speaker == "none" or inner.mention is None or inner.prepositional or outer.prepositional:
        return False
    if inner.start != outer.claim:
        return False  # the relayed report opens the relaying one's content
    if toks[inner.start - 1].text not in COMPLEMENTIZERS or toks[inner.cue[0]].text == ":":
        return False  # its content opens on «أن»/«إن», and the relayed speaker's is no headline's colon
    if outer.mention is None:
        return True  # "فيما أشار إلى أن الأخير دعا …": the speaker named before, no outlet
    return not names_outlet(
        toks, next((k for k in range(*outer.mention) if is_word(toks[k].text)), outer.mention[0])
    )


def trim(
    toks: list[Token], start: int, end: int, quotes: dict[int, int], closes: dict[int, int]
) -> tuple[int, int]:
    """Drop punctuation, «أن»/«إن», connectors and unpaired quotation marks at both edges.

    «، أن "اشتباكات طاحنة دارت"، و» → «اشتباكات طاحنة دارت».
    """
    end = _trim_end(toks, start, _unsaid(toks, start, end), closes)
    while start < end:
        text, close = toks[start].text, quotes.get(toks[start].start)
        if text in QUOTES_OPEN and close == toks[end - 1].start:
            start, end = start + 1, end - 1
        elif text in QUOTES_OPEN and close is not None and close < toks[end - 1].end:
            break
        elif (
            not (is_word(text) or text[0].isdigit() or text == "(")
            or text in COMPLEMENTIZERS
            or text in LEADING
        ):
            start += 1
        else:
            break
    return start, _trim_end(toks, start, end, closes)


# "…، دون أن يفصح عن طبيعتها", "…، من دون ذكر تفاصيل": the reporter's remark on what the source left out.
_DISCLOSING = "فصح ذكر وضح حدد كشف قدم شير سمي علن عط"
UNSAID_VERBS = frozenset(p + r for p in "يت" for r in fold(_DISCLOSING).split())
UNSAID_NOUNS = frozenset(fold("ذكر تحديد توضيح الكشف الإفصاح الإشارة تقديم تسمية إعطاء الإدلاء").split())
WITHOUT = frozenset(fold("دون بدون").split())


def _unsaid(toks: list[Token], start: int, end: int) -> int:
    """Where a remark of what the source did not say ends the claim, else ``end``."""
    for k in range(start + 2, end - 2):
        if toks[k].text not in COMMAS:
            continue
        w = k + 1 + (toks[k + 1].text == "من")
        if w + 1 >= end or toks[w].text not in WITHOUT:
            continue
        after = toks[w + 1].text
        if after in UNSAID_NOUNS or (after == "ان" and w + 2 < end and toks[w + 2].text in UNSAID_VERBS):
            return k
    return end


def _trim_end(toks: list[Token], start: int, end: int, closes: dict[int, int]) -> int:
    while end > start:
        text = toks[end - 1].text
        if text in QUOTES_CLOSE and closes.get(toks[end - 1].start, -1) >= toks[start].start:
            break
        # «غير» of «، غير أن» opening the next clause; not «فقط لا غير» (only), which ends one.
        but = text == "غير" and end - 2 >= start and toks[end - 2].text in COMMAS
        if (
            text == ")"
            or is_word(text)
            and text not in TRAILING
            and text != "في"
            and not but
            or text[0].isdigit()
        ):
            break
        end -= 1
    return end
