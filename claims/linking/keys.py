"""Blocking keys: claims that share a key are scored as a pair, the rest never meet."""

from __future__ import annotations

import hashlib
import math
from itertools import combinations
from pathlib import Path

from claims.linking import lexicon
from claims.linking.features import FEATURES_VERSION, Prepared, term_weight
from claims.linking.stems import stem
from claims.text.normalize import normalize_key

# Words at least this rare (term_weight) are specific enough to block on; a named place or party may
# be commoner, since it is one of a closed list ("ادلب" yes, "سوريا" no).
MIN_KEY_WEIGHT = 0.75
MIN_NAME_WEIGHT = 0.6
MAX_KEY_LENGTH = 64
# Pair keys join two of the claim's PAIR_TERMS most specific words of at least PAIR_MIN_WEIGHT.
PAIR_TERMS = 8
PAIR_MIN_WEIGHT = 0.45
UNCOUNTED = frozenset({"%", "اخر", "اخري"})
# Keys stored by other code than this (this file, the word frequencies or the features) are stale.
KEYS_VERSION = hashlib.sha256(
    Path(__file__).read_bytes() + lexicon.FREQUENT_PATH.read_bytes() + FEATURES_VERSION.encode()
).hexdigest()[:16]


def _key_stem(stems: tuple[str, ...]) -> str:
    """The more frequent reading of a word with a leading clitic: "بسوري" → "سوري", "وزار" stays."""
    if len(stems) == 1:
        return stems[0]
    with_clitic, without = (lexicon.FREQUENT.get(s, math.inf) for s in stems)
    if with_clitic == without:
        return stems[1] if stems[0][0] in "وف" else stems[0]
    return stems[0] if with_clitic < without else stems[1]


def _rarity(term: str) -> tuple[float, int, str]:
    return (term_weight(term), len(term), term)


def _word_keys(p: Prepared) -> list[str]:
    terms = {_key_stem(stems) for stems in p.forms}
    rare = [t for t in terms if not t.isdigit() and len(t) >= 3 and term_weight(t) >= MIN_KEY_WEIGHT]
    return sorted(rare, key=_rarity, reverse=True)


def _name_keys(p: Prepared) -> list[str]:
    names = sorted(p.exclusive, key=lambda kn: (-term_weight(stem(normalize_key(kn[1]))), kn))
    return [f"{kind}:{name}" for kind, name in names if term_weight(stem(name)) >= MIN_NAME_WEIGHT]


def _pair_keys(p: Prepared, terms: int) -> list[str]:
    """Every pair of the claim's most specific words, as one key: "اليمن+معارك".

    Two reports of one event often share no rare word but several common ones ("مقتل", "معارك",
    "اليمن"); a pair of them is rare, so it blocks the reports together without the flood of
    claims that share one common word.
    """
    words = {_key_stem(stems) for stems in p.forms}
    usable = [w for w in words if not w.isdigit() and len(w) >= 3 and term_weight(w) >= PAIR_MIN_WEIGHT]
    chosen = sorted(sorted(usable, key=_rarity, reverse=True)[:terms])
    return [f"{a}+{b}" for a, b in combinations(chosen, 2)]


def candidate_keys(p: Prepared, *, max_keys: int = 12, pair_terms: int = PAIR_TERMS) -> list[str]:
    """Rare words first, then what numbers count, then named places and parties, then pairs of
    specific words; deterministic.

    "قتل 19 مدنياً في قصف على كفرنبل بريف إدلب"
    → ["كفرنبل", "num:مدني", "place:ادلب", "ادلب+قصف", "ادلب+كفرنبل", …, "قصف+مدني"]
    """
    numbers = sorted({f"num:{n.counted}" for n in p.numbers if n.counted and n.counted not in UNCOUNTED})
    single = list(dict.fromkeys(_word_keys(p) + numbers + _name_keys(p)))[:max_keys]
    keys = single + [k for k in _pair_keys(p, pair_terms) if k not in single]
    return [k[:MAX_KEY_LENGTH] for k in keys]
