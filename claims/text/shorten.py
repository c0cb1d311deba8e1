"""Cutting a text to a length at a word boundary, for titles and summaries that have a limit."""

from __future__ import annotations

ELLIPSIS = "…"
# Left at the end of a cut text they would dangle before the ellipsis.
TRAILING = " \u060c\u061b,.:;-–—«(\"'"


def shorten(text: str, limit: int) -> str:
    """``text`` with its runs of white space made single, whole when it has at most ``limit``
    characters, otherwise cut at the last space that leaves room for an ellipsis and ended with one.

    A single word longer than the limit is the only thing cut inside a word.

    >>> shorten("قال المرصد السوري إن ١٩ مدنياً قتلوا في قصف على إدلب", 30)
    'قال المرصد السوري إن ١٩…'
    >>> shorten("قتلى في إدلب", 30)
    'قتلى في إدلب'
    """
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    space = text.rfind(" ", 0, limit)
    head = text[:space] if space > 0 else text[: limit - len(ELLIPSIS)]
    return head.rstrip(TRAILING) + ELLIPSIS
