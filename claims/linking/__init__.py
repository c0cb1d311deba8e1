"""Framework-free claim linking: blocking keys and pair scoring for Arabic news claims.

a = prepare(ClaimText("قتل 19 مدنياً في قصف على إدلب", source="المرصد السوري لحقوق الإنسان"))
b = prepare(ClaimText("قتل 23 مدنياً في قصف على إدلب", modality="allege"))
candidate_keys(a)  → ["ادلب", "قصف", "num:مدني", …]
score_pair(a, b)   → Relation("contradicts", 0.7…, {"number_conflicts": [...], …})
"""

from claims.linking.features import ClaimText, Prepared, prepare
from claims.linking.keys import candidate_keys
from claims.linking.scoring import Relation, score_pair

__all__ = ["ClaimText", "Prepared", "Relation", "candidate_keys", "prepare", "score_pair"]
