"""The rating of a reviewed claim, from what all its decided links say of it.

Framework-free: the counts come from claims.claimreview, which reads the links.
"""

from __future__ import annotations

from dataclasses import dataclass

UPHELD = "upheld"
CORROBORATED = "corroborated"
DISPUTED = "disputed"
REFUTED = "refuted"


@dataclass(frozen=True)
class Rating:
    value: int
    names: dict[str, str]

    def name(self, language: str) -> str:
        return self.names.get(language, self.names["en"])


BEST, WORST = 5, 1
RATINGS = {
    UPHELD: Rating(5, {"ar": "صحيح", "en": "Upheld"}),
    CORROBORATED: Rating(4, {"ar": "تؤكده مصادر مستقلة", "en": "Corroborated"}),
    DISPUTED: Rating(3, {"ar": "متنازع عليه", "en": "Disputed"}),
    REFUTED: Rating(1, {"ar": "غير صحيح", "en": "Refuted"}),
}


def claim_rating(*, upheld: int, refuted: int, corroborated: int) -> str | None:
    """The rating of a claim from its decided links, or None when they say nothing of its truth.

    ``upheld``: decided contradictions in which the claim is the side that holds; ``refuted``:
    decided contradictions held against it (the other side holds, or neither does);
    ``corroborated``: decided corroborations by independent claims (another outlet and another
    source; the same source in another outlet is the claim carried again, not a second witness).

    - held against and also upheld or independently corroborated → "disputed" (3 of 5)
    - held against only → "refuted" (1)
    - upheld, nothing against → "upheld" (5)
    - independently corroborated only → "corroborated" (4)
    - none of these → None: the claim has no review.

    SOHR's «قتل 19 مدنياً في إدلب» upheld against the Russian ministry's denial and confirmed by
    Enab Baladi's own reporter is claim_rating(upheld=1, refuted=0, corroborated=1) → "upheld";
    the ministry's «لم يقتل أي مدني» is claim_rating(upheld=0, refuted=1, corroborated=0) → "refuted".
    """
    supported = upheld + corroborated
    if refuted:
        return DISPUTED if supported else REFUTED
    if upheld:
        return UPHELD
    if corroborated:
        return CORROBORATED
    return None
