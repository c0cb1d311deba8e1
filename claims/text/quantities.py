"""Counts of a claim, read only around the words that can be numbers.

Number extraction reads every character; most of a claim is not a number, so it is run on short
windows around digits and number words ("خمسة", "عشرات", "آلاف") with enough context on each side for
qualifiers ("ما لا يقل عن") and the counted noun, and the offsets are shifted back.
"""

from __future__ import annotations

from claims.text.numbers import MULTIPLIERS, VAGUE, WORDS, Number, extract_numbers
from claims.text.tokens import Token, fold

_WORDS = [fold(w) for w in (*WORDS, *VAGUE, *MULTIPLIERS)]
# With the clitics the number patterns allow: "وعشرات", "بالآلاف".
NUMBER_WORDS = frozenset(p + w for w in _WORDS for p in ("", "و", "ب", "ال", "وال", "بال"))
CONTEXT = 6  # tokens each side: "ما لا يقل عن 32 من عناصر" fits


def number_windows(toks: list[Token], start: int, end: int) -> list[tuple[int, int]]:
    """Clean-text spans worth reading for numbers in ``toks[start:end]``, merged where they overlap.

    "… قتل ما لا يقل عن 32 من عناصر التنظيم …" → one span, six words either side of "32".
    """
    windows: list[tuple[int, int]] = []
    for i in range(start, end):
        text = toks[i].text  # a number word or a digit; tested inline, as it runs for every token of a claim
        if text not in NUMBER_WORDS and not text[0].isdigit():
            continue
        left, right = toks[max(start, i - CONTEXT)].start, toks[min(end - 1, i + CONTEXT)].end
        if windows and left <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(right, windows[-1][1]))
        else:
            windows.append((left, right))
    return windows


def read_numbers(text: str, windows: list[tuple[int, int]]) -> tuple[Number, ...]:
    """Numbers found in ``text[s:e]`` for each window, with offsets into ``text``.

    read_numbers("قتل 19 مدنياً", [(4, 13)]) → (Number(19, "19 مدنياً", …, start=4, end=13),)
    """
    found: list[Number] = []
    for left, right in windows:
        try:
            numbers = extract_numbers(text[left:right])
        except (KeyError, ValueError, IndexError):
            # A number phrase the extractor cannot read ("خمس و ثلاثين") costs that number, not the article.
            continue
        # dataclasses.replace without its checks
        found += [Number(**{**vars(n), "start": n.start + left, "end": n.end + left}) for n in numbers]
    return tuple(found)
