"""Reporting frames in one sentence: the cue, who speaks, through which outlet, and where the content starts.

A frame is a reporting verb at the start of a clause ("وأفادت مصادر ميدانية بأن …") or a reporting
preposition ("بحسب ما أفاد المرصد …", "وفق مصادر عسكرية …"). Everything is read from folded tokens.
"""

from __future__ import annotations

from claims.text.adverbials import time_follows
from claims.text.frames import (
    AUXILIARIES,
    Frame,
    Known,
    auxiliary_subject,
    prepositional_frame,
    subject_first,
    verb_frame,
)
from claims.text.lexicon import (
    CONNECTORS,
    CUES,
    PREPOSITIONS,
    QUOTES_OPEN,
    SOURCE_HEADS,
    Cue,
)
from claims.text.tail import lookup
from claims.text.tokens import Token, is_word, strip_article

# Words after which a cue form is a verbal noun: "بشرط عدم نشر أسمائهم".
NOMINAL = frozenset(["عدم", "عن", "علي", "الي", "في", "من", "مع", "حول", "بعد", "قبل"])
# Every token that can open a frame: cue verbs with or without «و»/«ف», reporting prepositions, «على لسان».
TRIGGERS = frozenset(
    [
        *CUES,
        *("و" + w for w in CUES),
        *("ف" + w for w in CUES),
        *PREPOSITIONS,
        *("و" + w for w in PREPOSITIONS),
        "علي",
    ]
)


def _clause_start(toks: list[Token], j: int, cue: Cue, prefixed: bool) -> bool:
    """A verb-first frame opens a clause: "وأفادت …", "، أعلنت …", "فيما أكدت …", "وكانت أعلنت …"."""
    if prefixed or j == 0:
        return True
    before = toks[j - 1].text
    if before in AUXILIARIES:
        return cue.tense == "past"  # "كان يرى أن" continues the clause before it
    return (
        not is_word(before) and before not in QUOTES_OPEN or before in CONNECTORS or time_follows(toks, j - 1)
    )


def find_frames(toks: list[Token], quotes: dict[int, int], known: Known) -> list[Frame]:
    """Reporting frames of one sentence, in order; cues inside quotations are someone's words and skipped.

    "وأفادت مصادر ميدانية بأن قوات … ، وأفادت المصادر أن …" → two frames, sources
    "مصادر ميدانية" and "المصادر", each with the content after "بأن"/"أن".
    """
    quoted = sorted(quotes.items())
    frames: list[Frame] = []
    j = span = 0
    while j < len(toks):
        if toks[j].text not in TRIGGERS:
            j += 1
            continue
        start = toks[j].start
        while span < len(quoted) and quoted[span][1] < start:
            span += 1
        inside = span < len(quoted) and quoted[span][0] < start
        frame = None if inside else _frame_at(toks, j, quotes, known)
        if frame is None:
            j += 1
            continue
        frames.append(frame)
        j = max(frame.end, j + 1)
    return frames


def _frame_at(toks: list[Token], j: int, quotes: dict[int, int], known: Known) -> Frame | None:
    frame = prepositional_frame(toks, j, quotes, known)
    if frame is not None:
        return frame
    cue, prefixed = lookup(toks[j].text)
    if cue is None:
        return None
    subject = auxiliary_subject(toks, j, cue, quotes)
    if subject is not None:
        return verb_frame(toks, subject[0] - 1, j, cue, quotes, known, subject)
    if not _clause_start(toks, j, cue, bool(prefixed)):
        return subject_first(toks, j, cue, quotes, known) or _unpunctuated(toks, j, cue, quotes, known)
    return verb_frame(toks, j, j, cue, quotes, known)


def _unpunctuated(toks: list[Token], j: int, cue: Cue, quotes: dict[int, int], known: Known) -> Frame | None:
    """ "رويترز قال الرئيس التركي إن …", "في محافظة حماة قال التنظيم إنه …": a past verb, its subject and «أن»
    open a clause that scraped or transcribed text did not set off with punctuation."""
    if cue.tense != "past" or toks[j - 1].text in NOMINAL:
        return None
    frame = verb_frame(toks, j, j, cue, quotes, known)
    if frame is None or frame.mention is None or not frame.marked:
        return None
    first = toks[frame.mention[0]].text
    addressee = first.startswith("لل") or (first[0] == "ل" and strip_article(first[1:]) in SOURCE_HEADS)
    return None if addressee else frame  # "قال للرئيس ترامب إن": whom it was said to, not who said it
