"""Paragraphs, quotations and sentences of the cleaned text, as offsets.

Quotations are paired within a paragraph so that a full stop inside «…» or "…" does not end the
sentence and a reporting verb quoted inside someone's words does not start a new attribution.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

_QUOTE = re.compile('["«»“”]')
_END = re.compile(r"[.!?؟…]+")
_PARAGRAPH = re.compile(r"[^\n]+")
MAX_QUOTE = 800  # longer "quotations" are mispaired quote marks, not speech
# A dot between spaced numbers of a clock time or a decimal ("الساعة 11 . 38", "8 . 51 صباحا") and
# the dots of an agency's initials in brackets ("( د . ب . أ )", "( إن . تي . في )") end nothing.
_NUMBER_BEFORE = re.compile(r"(?<![\d.])\d{1,3} $")
_NUMBER_AFTER = re.compile(r" \d{1,2}(?!\d)")
BRACKET_REACH = 20  # characters at most from such a dot to either bracket


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    quotes: dict[int, int] = field(default_factory=dict)  # opening mark offset → closing mark offset


def _pair_directed(marks: list[tuple[int, str]], opening: str, closing: str) -> dict[int, int]:
    pairs: dict[int, int] = {}
    stack: list[int] = []
    for offset, mark in marks:
        if mark == opening:
            stack.append(offset)
        elif mark == closing and stack:
            pairs[stack.pop()] = offset
    return pairs


def _pair_toggled(offsets: list[int]) -> dict[int, int]:
    if len(offsets) % 2:
        return {}
    return dict(zip(offsets[::2], offsets[1::2], strict=True))


def quote_pairs(text: str, start: int, end: int) -> dict[int, int]:
    """Pair the quotation marks of one paragraph: «…», “…” and straight "…" (odd counts are ignored).

    'قال «نعم» و"لا"' → {4: 8, 11: 14}
    """
    marks = [(m.start(), m.group()) for m in _QUOTE.finditer(text, start, end)]
    if not marks:  # most paragraphs
        return {}
    pairs = _pair_directed(marks, "«", "»")
    curly = [(o, c) for o, c in marks if c in "“”"]
    if any(c == "“" for _, c in curly) and any(c == "”" for _, c in curly):
        pairs |= _pair_directed(curly, "“", "”")
    else:
        pairs |= _pair_toggled([o for o, _ in curly])
    pairs |= _pair_straight(text, [o for o, c in marks if c == '"'], end)
    return {o: c for o, c in pairs.items() if c - o <= MAX_QUOTE}


# Words after which a straight mark opens a quotation: «إن "», «قائلاً : "».
_OPENS_AFTER = frozenset(
    ["إن", "أن", "ان", "بأن", "بان", "لأن", ":", "قائلا", "قائلة", "قائلاً", "قوله", "بالقول"]
)
_CLOSES_BEFORE = ".،,؛;:!?؟"


def _pair_straight(text: str, offsets: list[int], end: int) -> dict[int, int]:
    """Pair straight marks, which look the same both ways, by turns; but a paragraph whose first mark closes
    (before a full stop or a comma) ends a quotation carried on from the paragraph before, as wire copy does,
    and its last mark, after «إن» or a colon, may open one carried on to the next: 'ملاجئهم " . وبخصوص الملف
    اليمني ، قال الجبير إن " انقلاب …' pairs nothing, where taking turns made one quotation of the report
    between."""
    if offsets and len(offsets) % 2 == 0 and _straight_role(text, offsets[0], end) == "close":
        rest = offsets[1:]
        return _pair_toggled(rest[:-1]) if _straight_role(text, rest[-1], end) == "open" else {}
    return _pair_toggled(offsets)


def _straight_role(text: str, offset: int, end: int) -> str | None:
    before = text[max(0, offset - 12) : offset].split()
    if before and before[-1] in _OPENS_AFTER:
        return "open"
    after = text[offset + 1 : min(end, offset + 6)].replace(" ", "")
    if after.startswith(("..", "…")):
        return None  # 'وأضاف " . . . لو كانت': an ellipsis opens the words quoted
    return "close" if not after or after[0] in _CLOSES_BEFORE else None


def _outer(pairs: dict[int, int]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for opening in sorted(pairs):
        if not spans or opening > spans[-1][1]:
            spans.append((opening, pairs[opening]))
    return spans


def _breaks(text: str, start: int, end: int, quoted: list[tuple[int, int]]) -> list[int]:
    """Offsets just after each sentence-final mark that is not inside a quotation or a number."""
    breaks: list[int] = []
    span = 0
    for match in _END.finditer(text, start, end):
        stop = match.end()
        while span < len(quoted) and quoted[span][1] < match.start():
            span += 1
        if span < len(quoted) and quoted[span][0] < match.start():
            continue
        before = text[match.start() - 1] if match.start() > start else " "
        after = text[stop] if stop < end else " "
        if match.group() == "." and (
            before.isdigit()
            and after.isdigit()
            or _initial(text, match.start(), start)
            or _spaced(text, match.start())
        ):
            continue
        if stop < end and text[stop] in '"»”':
            stop += 1
        breaks.append(stop)
    return breaks


def _initial(text: str, dot: int, start: int) -> bool:
    """ "د." and "م." are abbreviations: a single letter before the dot, or before a space and the dot in
    scraped text ("د . رون فونداك")."""
    spaced = dot - start >= 2 and text[dot - 1] == " "
    letter = dot - 1 - spaced
    if letter < start or not text[letter].isalpha() or (spaced and text[letter] not in TITLE_INITIALS):
        return False  # spaced, only a title's initial: "مؤخر ا ." is an accusative the scraper split
    return letter == start or not text[letter - 1].isalpha()


# A title's initial that a scraper ended its line with ("التي يترأسها د .\nرون فونداك"): the name is on the next line.
TITLE_INITIALS = "دم"  # دكتور، مهندس
_TITLE_INITIAL_AT_END = re.compile(rf"(?:^|\s)[{TITLE_INITIALS}] ?\.\s*$")


def _paragraphs(text: str):
    """Spans of the paragraphs, a line ending on a title's initial joined to the next."""
    start = None
    for match in _PARAGRAPH.finditer(text):
        start = match.start() if start is None else start
        if _TITLE_INITIAL_AT_END.search(match.group()):
            continue
        yield start, match.end()
        start = None
    if start is not None:
        yield start, len(text.rstrip("\n"))


def _spaced(text: str, dot: int) -> bool:
    """A dot of scraped, space-separated text inside a clock time or bracketed initials."""
    if _NUMBER_BEFORE.search(text, max(dot - 5, 0), dot) and _NUMBER_AFTER.match(text, dot + 1):
        return True
    opening = text.rfind("(", max(dot - BRACKET_REACH, 0), dot)
    closing = text.find(")", dot, dot + BRACKET_REACH)
    return opening >= 0 and closing >= 0 and ")" not in text[opening:dot] and "(" not in text[dot:closing]


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of the cleaned text in order.

    "قال المرصد «قتل 5. وجرح 3». وأضاف أن …\\nعنوان" → ["قال المرصد «قتل 5. وجرح 3».", "وأضاف أن …", "عنوان"]
    """
    sentences: list[Sentence] = []
    for start, end in _paragraphs(text):
        pairs = quote_pairs(text, start, end)
        openings = sorted(pairs)
        for stop in [*_breaks(text, start, end, _outer(pairs)), end]:
            left, right = _trim(text, start, stop)
            if left < right:
                inside = openings[bisect_left(openings, left) : bisect_left(openings, right)]
                sentences.append(Sentence(left, right, {o: pairs[o] for o in inside}))
            start = stop
    return sentences


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
