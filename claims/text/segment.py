"""Split an Arabic news article into attributed claims with offsets into the original text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from claims.text.article import Article, Draft
from claims.text.chrome import strip_chrome
from claims.text.quantities import read_numbers
from claims.text.sentences import Sentence, split_sentences

MIN_REPEAT = 30  # shorter sentences ("وأضاف:") legitimately recur


@dataclass(frozen=True)
class ClaimSpan:
    """One claim: what was said, by whom, through which outlet, where it is in the original text.

    ``text[start:end] == claim`` and ``text[sentence_start:sentence_end] == sentence`` for the text given
    to :func:`segment`; number offsets index that text too. ``source`` is the canonical name when the
    resolver knows the mention, else the article's own name for it ("المصادر" → "مصادر ميدانية").
    """

    index: int  # position in document order, from 0
    sentence: str  # the sentence as it appears in the original text
    claim: str  # what was said, without the attribution frame
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    source_mention: str | None  # as written: "مواقع إعلام موالية للنظام"
    source: str | None  # canonical name, else the article's own name for the source
    via: str | None  # the outlet of a chain: "لوكالة سبوتنيك" → "وكالة سبوتنيك"
    via_mention: str | None
    cue: str | None  # as written: "زعمت", "بحسب ما أفاد"
    modality: str  # "assert" | "allege" | "deny" | "unattributed"
    numbers: tuple  # Number from claims.text.numbers, offsets into the original text

    def contract_row(self, doc: str) -> dict:
        """The claim as `manage.py segment --json` prints it (DESIGN.md)."""
        return {
            "doc": doc,
            "index": self.index,
            "sentence": self.sentence,
            "claim": self.claim,
            "start": self.start,
            "end": self.end,
            "source_mention": self.source_mention,
            "source": self.source,
            "via": self.via,
            "cue": self.cue,
            "modality": self.modality,
            "numbers": [{"value": n.value, "text": n.text} for n in self.numbers],
        }


def _unique(folded: str) -> list[Sentence]:
    """Sentences in order, each repeated paragraph's sentences only once."""
    seen: set[str] = set()
    kept = []
    for sentence in split_sentences(folded):
        key = " ".join(folded[sentence.start : sentence.end].split())
        if len(key) >= MIN_REPEAT:
            if key in seen:
                continue
            seen.add(key)
        kept.append(sentence)
    return kept


def _once(folded: str, drafts: list[Draft]) -> list[Draft]:
    """Each claim once: a page that prints one sentence as its headline, its teaser and its first line
    ("… يحمل جميع بصمات هجمات سابقة باستخدام أسلحة قدمتها إيران") says it once, by one source."""
    seen: set[tuple] = set()
    kept = []
    for draft in drafts:
        words = " ".join(folded[draft.claim[0] : draft.claim[1]].split())
        key = (words, draft.source.source if draft.source else None, draft.modality)
        if len(words) >= MIN_REPEAT and key in seen:
            continue
        seen.add(key)
        kept.append(draft)
    return kept


def _original(article: Article, span: tuple[int, int] | None) -> tuple[str | None, int, int]:
    if span is None:
        return None, 0, 0
    start, end = article.cleaned.to_original(*span)
    return article.cleaned.original[start:end], start, end


def _span(article: Article, index: int, draft: Draft, sentences: dict) -> ClaimSpan:
    claim, start, end = _original(article, draft.claim)
    if draft.sentence not in sentences:  # one copy of a sentence however many claims it holds
        sentences[draft.sentence] = _original(article, draft.sentence)
    sentence, sentence_start, sentence_end = sentences[draft.sentence]
    windows = [article.cleaned.to_original(*window) for window in draft.numbers]
    return ClaimSpan(
        index=index,
        sentence=sentence or "",
        claim=claim or "",
        start=start,
        end=end,
        sentence_start=sentence_start,
        sentence_end=sentence_end,
        source_mention=_original(article, draft.mention)[0],
        source=draft.source.source if draft.source else None,
        via=draft.via.source if draft.via else None,
        via_mention=_original(article, draft.via_mention)[0],
        cue=_original(article, draft.cue)[0],
        modality=draft.modality,
        numbers=read_numbers(article.cleaned.original, windows),
    )


def segment(text: str, *, resolve: Callable[[str], str | None] | None = None) -> list[ClaimSpan]:
    """Attributed claims of an article in document order.

    "وأفادت مصادر ميدانية بأن قوات الأسد بدأت هجوماً برياً" →
    [ClaimSpan(claim="قوات الأسد بدأت هجوماً برياً", source_mention="مصادر ميدانية", source="مصادر ميدانية",
               cue="أفادت", modality="assert", …)]
    ``resolve`` maps a mention to a canonical source name; without it, or when it returns None, the
    source is the article's own fuller name for it or the mention without its location and affiliation.
    """
    if not text or not text.strip():
        return []
    article = Article(text, resolve)
    article.folded = strip_chrome(article.folded)  # share buttons, menus, related lists: no claims
    drafts = [draft for sentence in _unique(article.folded) for draft in article.drafts(sentence)]
    article.coref.finish()
    drafts = _once(article.folded, drafts)
    sentences: dict[tuple[int, int], tuple[str | None, int, int]] = {}
    return [_span(article, index, draft, sentences) for index, draft in enumerate(drafts)]
