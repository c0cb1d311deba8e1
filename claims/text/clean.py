"""A cleaned working copy of scraped text that still knows where each character came from.

Nothing is mutated in place: the cleaned text is built from copied runs and replacements, and
every run remembers its offset in the original, so a span found in the clean text maps back exactly.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass

# Diacritics, Quranic marks, tatweel, soft hyphen, bidi controls, zero-width marks, BOM.
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff"
# The lookahead lets the engine skip ordinary letters with one class test instead of seven branches.
# Ta marbuta ends a word: one followed by a letter is two words a scraper glued together, often a
# subheading run into the next sentence («فصائل رافضةوأبدت اللجنة …»); a space parts them.
# So does a Latin letter glued to an Arabic one: a photo credit run into the sentence after it
# («Alexander Astafyevوأضاف أن …»).
# A scraper that wrote a space for a tanween or a shadda split the word's last letter off («أيض ا»,
# «مشير ا إلى», «هام ة», «مسم ى»): an alef, ta marbuta or alef maqsura alone is never a word (the alef
# of «ا ف ب» aside), so the space before it goes.
_NOISE = re.compile(
    rf"(?=[{_MARKS}{{<&\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff}}| \t0-9\u0660-\u0669\u0629a-zA-Z])"
    rf"(?:(?P<drop>[{_MARKS}]+)"
    r"|(?P<template>\{\{[^{}\n]{0,300}\}\}|\{%[^{}\n]{0,300}%\})"
    r"|(?P<tag></?(?P<name>[a-zA-Z][a-zA-Z0-9]{0,10})\b[^<>]{0,500}>)"
    r"|(?P<entity>&(?:[a-zA-Z]{2,8}|#[0-9]{1,6}|#x[0-9a-fA-F]{1,6});)"
    r"|(?P<number_line>(?<![^\n])[ \t]*[0-9\u0660-\u0669]{1,6}[ \t]*(?![^\n]))"
    r"|(?P<space>[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff{}|]+)"
    r"|(?P<glued>\u0629(?=[\u0621-\u063a\u0641-\u064a]))"
    r"|(?P<latin>[a-zA-Z](?=[\u0621-\u063a\u0641-\u064a]))"
    r"|(?P<split>(?<=[\u0621-\u063a\u0641-\u064a]) (?=[\u0627\u0629\u0649](?![\u0621-\u063a\u0641-\u064a])(?! ف ب))))"
)
_INLINE_TAGS = frozenset("a b i u em strong span font small big sub sup abbr mark".split())
# Hashtags read as words: "وفق روايات #شهود_عيان" → "وفق روايات  شهود عيان".
_ONE_FOR_ONE = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
    "\u3000\r\u2028\u2029\u201e\u201f\u2033\uff02\u066bکیۀ#_",
    '01234567890123456789               \n\n\n"""".كيه  ',
)
# No character a pair writes is replaced again, so replacing pair by pair is the table's one-for-one map.
_ONE_FOR_ONE_PAIRS = tuple((chr(k), chr(v)) for k, v in _ONE_FOR_ONE.items())


@dataclass(frozen=True)
class CleanText:
    """The working text plus, for each run, where it starts in the clean and the original text."""

    text: str
    original: str
    clean_starts: tuple[int, ...]
    original_starts: tuple[int, ...]
    copied: tuple[bool, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a clean span to the original one; trailing diacritics stay with their letter."""
        if start >= end:
            position = self._position(start)
            return position, position
        first, last = self._position(start), self._position(end - 1) + 1
        return first, _MARK_RUN.match(self.original, last).end()

    def _position(self, index: int) -> int:
        run = bisect_right(self.clean_starts, index) - 1
        if run < 0:
            return 0
        if self.copied[run]:
            return self.original_starts[run] + index - self.clean_starts[run]
        return self.original_starts[run]


_MARK_RUN = re.compile(f"[{_MARKS}]*")  # the marks from an offset on, however many


def _replacement(match: re.Match) -> str:
    kind = match.lastgroup
    if kind == "drop" or kind == "number_line" or kind == "split":
        return ""
    if kind == "entity":
        return html.unescape(match.group()).translate(_ONE_FOR_ONE)[:1] or " "
    if kind == "glued" or kind == "latin":
        return match.group() + " "
    if kind == "tag":
        return " " if match.group("name").lower() in _INLINE_TAGS else "\n"
    return " "


def _one_for_one(text: str) -> str:
    """``text.translate(_ONE_FOR_ONE)``; str.replace scans in C, far faster than a lookup per character."""
    for char, replacement in _ONE_FOR_ONE_PAIRS:
        text = text.replace(char, replacement)
    return text


def clean(text: str) -> CleanText:
    """Clean scraped text for reading while keeping a map back to ``text``.

    "قال المرصدُ: «١٩ مدنياً»{{ article.visit_count }}" → "قال المرصد: «19 مدنيا» ", and
    ``to_original`` turns a span of the second string into the matching span of the first.
    """
    pieces: list[str] = []
    clean_starts: list[int] = []
    original_starts: list[int] = []
    copied: list[bool] = []
    size = position = 0

    def add(piece: str, origin: int, is_copy: bool) -> None:
        nonlocal size
        if piece:
            pieces.append(piece)
            clean_starts.append(size)
            original_starts.append(origin)
            copied.append(is_copy)
            size += len(piece)

    # One for one keeps every offset, so the runs copied are slices of the whole text mapped once.
    mapped = _one_for_one(text)
    for match in _NOISE.finditer(text):
        add(mapped[position : match.start()], position, True)
        add(_replacement(match), match.start(), False)
        position = match.end()
    add(mapped[position:], position, True)
    return CleanText("".join(pieces), text, tuple(clean_starts), tuple(original_starts), tuple(copied))
