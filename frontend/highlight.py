"""Claim spans, shared terms and numbers marked inside article text, every character escaped.

Article text is untrusted: the only markup in what these functions return is the ``<mark>``
and ``<a>`` tags they add themselves, with escaped attributes. Nothing is inserted between the
characters of the text, so what is copied from a quote is what the article says.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from html import escape

# Arabic words keep their diacritics and tatweel, which are not \w in Python's re.
WORD = re.compile(r"[\w\u0640\u064b-\u065f\u0670]+")
# Embeddings, overrides and isolates. Shown, they reorder what follows them even inside <bdi>: a
# stored "32" after U+202E reads "23" while the evidence says 32. They are left out of shown text.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def shown(text: str) -> str:
    """``text`` without bidi controls: "قتل \u202e32" → "قتل 32"."""
    return BIDI_CONTROLS.sub("", text)


def bidi_controls(text: str) -> list[str]:
    """The bidi controls ``text`` holds, as code points: ["U+202E"]."""
    return [f"U+{ord(c):04X}" for c in sorted(set(BIDI_CONTROLS.findall(text)))]


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    css: str
    href: str = ""
    title: str = ""
    label: str = ""


@dataclass(frozen=True)
class Passage:
    """A claim shown inside its sentence and a little text around it."""

    text: str
    sentence: tuple[int, int]
    claim: tuple[int, int] | None
    cut_before: bool = False
    cut_after: bool = False


def _wrap(piece: str, active: list[Mark]) -> str:
    piece = shown(piece)
    if not active:
        return escape(piece)
    css = escape(" ".join(dict.fromkeys(m.css for m in active)))
    title = next((m.title or m.label for m in active if m.title or m.label), "")
    href = next((m.href for m in active if m.href), "")
    title_attr = f' title="{escape(title)}"' if title else ""
    if href:
        return f'<a class="{css}" href="{escape(href)}"{title_attr}>{escape(piece)}</a>'
    return f'<mark class="{css}"{title_attr}>{escape(piece)}</mark>'


def render(text: str, marks: Iterable[Mark]) -> str:
    """Escaped ``text`` with each piece wrapped in the classes of every mark covering it; a mark's
    label (a number's qualifier) is its title, never text added to the quote. Bidi controls are
    left out (offsets still count them).

    render("قتل 19 <b>", [Mark(4, 6, "num", label="نحو")])
    → 'قتل <mark class="num" title="نحو">19</mark> &lt;b&gt;'
    """
    valid = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    opening, closing = defaultdict(list), defaultdict(list)
    for order, mark in enumerate(valid):
        opening[mark.start].append(order)
        closing[mark.end].append(order)
    cuts = sorted({0, len(text), *opening, *closing})
    # One sweep over the cuts, so an article with thousands of claim spans is marked in linear time.
    active: set[int] = set()
    out = []
    for start, end in itertools.pairwise(cuts):
        active.difference_update(closing.get(start, ()))
        active.update(opening.get(start, ()))
        out.append(_wrap(text[start:end], [valid[order] for order in sorted(active)]))
    return "".join(out)


def term_marks(
    text: str,
    terms: Iterable[str],
    fold: Callable[[str], Iterable[str]],
    *,
    start: int = 0,
    end: int | None = None,
) -> list[Mark]:
    """Words of ``text[start:end]`` whose folded forms include one of ``terms`` (already folded)."""
    wanted = set(terms)
    if not wanted:
        return []
    words = WORD.finditer(text, start, len(text) if end is None else end)
    return [Mark(w.start(), w.end(), "term") for w in words if wanted.intersection(fold(w.group()))]


def phrase_marks(
    text: str, phrase: str, css: str, *, label: str = "", start: int = 0, end: int | None = None
) -> list[Mark]:
    """Every occurrence of ``phrase`` inside ``text[start:end]``."""
    stop = len(text) if end is None else end
    marks, at = [], text.find(phrase, start, stop) if phrase else -1
    while at != -1:
        marks.append(Mark(at, at + len(phrase), css, label=label))
        at = text.find(phrase, at + len(phrase), stop)
    return marks


def _snap_back(body: str, at: int) -> int:
    space = body.rfind(" ", 0, at)
    return space + 1 if space != -1 else 0


def _snap_forward(body: str, at: int) -> int:
    space = body.find(" ", at)
    return space if space != -1 else len(body)


def passage(
    body: str, *, sentence: str, sentence_start: int, start: int, end: int, claim: str, radius: int = 160
) -> Passage:
    """The sentence with up to ``radius`` characters each side, cut at spaces.

    When the stored offsets do not point at the sentence in ``body`` the sentence alone is shown,
    with the claim found by its text.
    """
    sentence_end = sentence_start + len(sentence)
    if not sentence or body[sentence_start:sentence_end] != sentence:
        found = sentence.find(claim) if claim else -1
        return Passage(sentence, (0, len(sentence)), (found, found + len(claim)) if found != -1 else None)
    low = _snap_back(body, max(0, sentence_start - radius)) if sentence_start > radius else 0
    high = _snap_forward(body, sentence_end + radius) if sentence_end + radius < len(body) else len(body)
    low, high = min(low, sentence_start), max(high, sentence_end)
    span = (start - low, end - low) if low <= start < end <= high else None
    return Passage(
        body[low:high], (sentence_start - low, sentence_end - low), span, low > 0, high < len(body)
    )


def render_range(text: str, marks: Iterable[Mark], start: int, end: int) -> str:
    """``render`` of ``text[start:end]``, each mark cut to that range."""
    inside = [
        Mark(max(m.start, start) - start, min(m.end, end) - start, m.css, m.href, m.title, m.label)
        for m in marks
        if m.start < end and m.end > start
    ]
    return render(text[start:end], inside)


def in_view(found: Passage, *, reach: int = 120) -> tuple[int, int]:
    """The part of a passage shown unfolded: the claim's sentence, cut ``reach`` characters (at a
    space) before and after the claim when the sentence is longer; the whole sentence when the
    claim was not found in it."""
    low, high = found.sentence
    if found.claim is None:
        return low, high
    start, end = found.claim
    if start - low > reach:
        low = max(low, _snap_back(found.text, start - reach))
    if high - end > reach:
        high = min(high, _snap_forward(found.text, end + reach))
    return min(low, start), max(high, end)
