"""A pair of placed claims: each claim's offsets point into its article's body, as segmentation leaves them."""

from __future__ import annotations

from claims.models import Claim, ClaimLink
from sources.models import Affiliation, Kind, Source
from tests.factories import ArticleFactory, ClaimFactory, ClaimLinkFactory, SourceFactory

BODY_A = "حلب - تواصل القصف على ريف إدلب. قال المرصد السوري إن 19 مدنياً قتلوا في ريف إدلب يوم الخميس. وأضاف أن القصف مستمر."
CLAIM_A = "19 مدنياً قتلوا في ريف إدلب يوم الخميس"
BODY_B = "موسكو - زعمت وزارة الدفاع الروسية أن ما لا يقل عن 23 مدنياً قتلوا في ريف إدلب على يد المسلحين."
CLAIM_B = "ما لا يقل عن 23 مدنياً قتلوا في ريف إدلب على يد المسلحين"
EVIDENCE = {
    "similarity": 0.71,
    "shared_terms": ["ريف", "ادلب", "قتل"],
    "number_conflicts": [{"a": "19 مدنياً", "b": "23 مدنياً", "a_value": 19, "b_value": 23}],
    "modalities": ["assert", "allege"],
}
# As links stored before their evidence named its claims could hold it: the sides the other way round.
EVIDENCE_REVERSED = {
    "similarity": 0.71,
    "shared_terms": ["ريف", "ادلب", "قتل"],
    "number_conflicts": [{"a": "23 مدنياً", "b": "19 مدنياً", "a_value": 23, "b_value": 19}],
    "modalities": ["allege", "assert"],
}


def placed_claim(body: str, claim: str, sentence_end: str = ".", **kwargs) -> Claim:
    """A claim whose span, sentence and offsets are those of ``claim`` inside ``body``."""
    start = body.index(claim)
    sentence_start = body.rfind(". ", 0, start)
    sentence_start = 0 if sentence_start == -1 else sentence_start + 2
    sentence_stop = body.index(sentence_end, start) + 1
    article = kwargs.pop("article", None) or ArticleFactory(body=body)
    return ClaimFactory(
        article=article,
        start=start,
        end=start + len(claim),
        text=claim,
        sentence=body[sentence_start:sentence_stop],
        sentence_start=sentence_start,
        **kwargs,
    )


def _source(name: str, kind: str, affiliation: str) -> Source:
    return Source.objects.filter(name=name).first() or SourceFactory(
        name=name, kind=kind, affiliation=affiliation
    )


def contradiction(**kwargs) -> ClaimLink:
    monitor = _source("المرصد السوري لحقوق الإنسان", Kind.MONITOR, Affiliation.OPPOSITION)
    ministry = _source("وزارة الدفاع الروسية", Kind.MILITARY, Affiliation.RUSSIAN_STATE)
    numbers_a = [{"value": 19, "text": "19 مدنياً", "qualifier": "exact", "counted": "مدني"}]
    numbers_b = [{"value": 23, "text": "23 مدنياً", "qualifier": "at_least", "counted": "مدني"}]
    claim_a = placed_claim(BODY_A, CLAIM_A, source=monitor, cue="قال", modality="assert", numbers=numbers_a)
    claim_b = placed_claim(BODY_B, CLAIM_B, source=ministry, cue="زعمت", modality="allege", numbers=numbers_b)
    kwargs.setdefault("evidence", EVIDENCE)
    return ClaimLinkFactory(claim_a=claim_a, claim_b=claim_b, **kwargs)
