"""Signals between two prepared claims: overlap, numbers, reversals, negation, modality, names."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import compress
from operator import mul

from rapidfuzz import fuzz, process

from claims.linking.features import Prepared, privative, term_weight
from claims.linking.stems import skeleton, stem, variants
from claims.text.events import side as camp_side
from claims.text.events import subject_camp
from claims.text.normalize import tokenize
from claims.text.numbers import Number

# A skeleton-only match ("يرتفع" against "ارتفاع") is likely, not certain, to be the same word.
SKELETON_MATCH = 0.7
SPELLING_CUTOFF = 80
ABOUT_TOLERANCE = 0.1
UNCOUNTED = frozenset({"اخر", "اخري", "%"})


@dataclass(frozen=True)
class Overlap:
    covered_a: float
    covered_b: float
    shared: tuple[str, ...]
    shared_weight: float
    unmatched_a: float
    unmatched_b: float
    substitutions: int
    nominal_substitutions: int
    numbers_replaced: bool


def _matches(p: Prepared, other: Prepared) -> list[float]:
    """Per content word of ``p``: 1 when ``other`` has the word, 0.7 for the same skeleton, else 0."""
    index, skeletons = other.index, other.skeletons
    return [
        1.0 if not index.isdisjoint(stems) else SKELETON_MATCH if not skeletons.isdisjoint(shapes) else 0.0
        for stems, shapes in zip(p.forms, p.shapes, strict=True)
    ]


def _spelling(a: Prepared, b: Prepared, levels_a: list[float], levels_b: list[float]) -> None:
    """Unmatched words spelt nearly alike match softly: broken plurals and spelling variants
    ("حرب"/"حروب", "امريكي"/"اميركي"), which the stemmer does not join."""
    left = [
        i for i, m in enumerate(levels_b) if not m and len(b.content[i]) >= 4 and not b.content[i].isdigit()
    ]
    if not left:
        return
    choices = [b.content[i] for i in left]
    for i, m in enumerate(levels_a):
        word = a.content[i]
        if m or len(word) < 3 or word.isdigit():
            continue
        found = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=SPELLING_CUTOFF)
        if found:
            levels_a[i] = levels_b[left[found[2]]] = SKELETON_MATCH


def _substitutions(p: Prepared, levels: list[float]) -> tuple[int, int]:
    """Unmatched words whose neighbours both match, all and nouns only: "الدولار" → "اليورو" counts in both."""
    swapped = [
        i + 1
        for i, (x, y, z) in enumerate(zip(levels, levels[1:], levels[2:], strict=False))
        if x and z and not y
    ]
    return len(swapped), sum(1 for i in swapped if p.nominal[i])


def _unmatched_number(p: Prepared, levels: list[float]) -> bool:
    return any(not m and t.isdigit() for t, m in zip(p.content, levels, strict=True))


def _weights(p: Prepared, idf: Mapping[str, float] | None) -> tuple[float, ...]:
    return p.weights if idf is None else tuple(term_weight(t, idf) for t in p.content)


def _side(weights: tuple[float, ...], levels: list[float]) -> tuple[float, float]:
    """Share of the weight the other claim repeats, and the weight it leaves out."""
    total = sum(weights) or 1.0
    return sum(map(mul, weights, levels)) / total, sum(compress(weights, [not m for m in levels]))


def overlap(a: Prepared, b: Prepared, idf: Mapping[str, float] | None = None) -> Overlap:
    """How much of each claim the other repeats, weighted by rarity.

    "مقتل 19 مدنياً في إدلب" / "مقتل 23 مدنياً في إدلب" → covered 0.8 each, shared ("مقتل", "مدني", "ادلب").
    """
    levels_a, levels_b = _matches(a, b), _matches(b, a)
    _spelling(a, b, levels_a, levels_b)
    weights_a = _weights(a, idf)
    covered_a, unmatched_a = _side(weights_a, levels_a)
    covered_b, unmatched_b = _side(_weights(b, idf), levels_b)
    shared = {t: w for t, w, m in zip(a.content, weights_a, levels_a, strict=True) if m == 1.0}
    rarest = sorted(shared, key=lambda t: (-shared[t], -len(t), t))
    swaps_a, swaps_b = _substitutions(a, levels_a), _substitutions(b, levels_b)
    return Overlap(
        covered_a,
        covered_b,
        tuple(rarest),
        sum(shared.values()),
        unmatched_a,
        unmatched_b,
        min(swaps_a[0], swaps_b[0]),
        min(swaps_a[1], swaps_b[1]),
        _unmatched_number(a, levels_a) and _unmatched_number(b, levels_b),
    )


def _interval(n: Number) -> tuple[float, float]:
    v = float(n.value)
    return {
        "exact": (v, v),
        "about": (v * (1 - ABOUT_TOLERANCE), v * (1 + ABOUT_TOLERANCE)),
        "at_least": (v, math.inf),
        "more_than": (v + 1e-9, math.inf),
        "at_most": (0.0, v),
        "less_than": (0.0, v - 1e-9),
        "vague": (v, v * 10 - 1e-9),
    }[n.qualifier]


def _consistent(x: Number, y: Number) -> bool:
    low_x, high_x = _interval(x)
    low_y, high_y = _interval(y)
    return low_x <= high_y and low_y <= high_x


def _same_counted(x: Number, y: Number) -> bool:
    if not x.counted or not y.counted or x.counted in UNCOUNTED:
        return x.counted == y.counted == "%"
    return stem(x.counted) == stem(y.counted) or skeleton(stem(x.counted)) == skeleton(stem(y.counted))


def _same_figure(x: Number, y: Number) -> bool:
    """One figure, its qualifier dropped on one side: "يتجاوز 75 دولارا" and "75 دولارا"."""
    return x.value == y.value and "exact" in (x.qualifier, y.qualifier)


def numbers(a: Prepared, b: Prepared) -> tuple[list[dict], int]:
    """Conflicting tolls of the same thing, and how many counts agree.

    "مقتل 19 مدنياً" / "مقتل 23 مدنياً" → conflict; "ما لا يقل عن 32 من عناصر" / "47 عنصرا" →
    agreement. Tolls conflict only with tolls of one kind: killed against killed, never the killed
    of one claim against the wounded of the other or against a part of a toll ("4 أشخاص آخرين");
    counts that are no toll (prices, villages) only with counts that are none.
    """
    conflicts, agreements = [], 0
    for x, role_x in zip(a.numbers, a.roles, strict=True):
        for y, role_y in zip(b.numbers, b.roles, strict=True):
            if _consistent(x, y) and (x.value == y.value or _same_counted(x, y)):
                agreements += 1
            elif role_x != role_y or role_x == "part":
                continue
            elif _same_counted(x, y) and not _consistent(x, y) and not _same_figure(x, y):
                conflict = {
                    "a": x.text,
                    "b": y.text,
                    "a_value": x.value,
                    "b_value": y.value,
                    "counted": x.counted,
                }
                conflicts.append(conflict | ({"toll": role_x} if role_x else {}))
    return conflicts, agreements


def _unshared(p: Prepared, other: Prepared) -> list[tuple[str, int, str]]:
    """Reversal words of ``p`` that ``other`` does not repeat, even in another inflection."""
    return [
        (name, side, word)
        for name, side, word in p.polarity
        if word not in other.index and skeleton(word) not in other.skeletons
    ]


# Reversals whose two sides are one event told by its two parties: «إيرباص وقعت … لبيعها 430 طائرة» and
# «إنديجو بارتنرز وقعت … لشراء 430 طائرة» are one deal.
CONVERSE = frozenset(["buy_sell"])


def polarity(a: Prepared, b: Prepared) -> tuple[list[list[str]], int, int]:
    """Reversed word pairs, same-sense rewordings, and reversal words the other claim has no counterpart for.

    "الذهب يرتفع" / "الذهب يهبط" → ([["يرتفع", "يهبط"]], 0, 0);
    "الذهب يرتفع" / "صعود الذهب" → ([], 1, 0); "الاخفاق في التوصل لاتفاق" / "التوصل لاتفاق" → ([], 0, 1).
    """
    only_a, only_b = _unshared(a, b), _unshared(b, a)
    reversed_pairs: dict[str, list[str]] = {}
    same = orphans = 0
    for name, side, word in only_a:
        partners = [(s, w) for n, s, w in only_b if n == name]
        opposite = [w for s, w in partners if s != side]
        if opposite and name not in CONVERSE:
            reversed_pairs.setdefault(name, [word, opposite[0]])
        elif partners:
            same += 1
        elif not any(n == name for n, _, _ in b.polarity):
            orphans += 1
    groups_a = {n for n, _, _ in a.polarity}
    orphans += sum(1 for name, _, _ in only_b if name not in groups_a)
    return list(reversed_pairs.values()), same, orphans


def dissent(a: Prepared, b: Prepared) -> list[str]:
    """Refusal or failure words of a claim whose partner has none, nor a negation that says as much: "يرفض
    الاعتذار" / "يعتذر رسميا" → ["يرفض"]; "امتناع إيران عن التدخل" / "عدم تدخل إيران" → []."""
    if (a.dissent or _standing(a, b)) and (b.dissent or _standing(b, a)):
        return []
    return list(a.dissent + b.dissent)


def negation(a: Prepared, b: Prepared) -> dict | None:
    """Negations on one side only: "لم يعلن" against "أعلن" → {"a": ["لم يعلن"], "b": []}. An
    adjective made its opposite («اجتماع غير رسمي») counts only against a claim that uses the
    adjective («اجتماع رسمي»): «انتشار غير طبيعي» negates nothing another claim says. A refusal or an
    abstention on the other side says the same: «عدم تدخل إيران» / «امتناع إيران عن التدخل»."""
    found_a, found_b = _standing(a, b), _standing(b, a)
    if bool(found_a) == bool(found_b) or (b.dissent if found_a else a.dissent):
        return None
    return {"a": found_a, "b": found_b}


def _standing(p: Prepared, other: Prepared) -> list[str]:
    kept = []
    for negation in p.negations:
        adjective = privative(negation)
        if adjective is None or _uses(other, adjective):
            kept.append(negation)
    return kept


def _uses(p: Prepared, adjective: str) -> bool:
    """Whether the claim uses the adjective or its verb: «مدربة» in «تدربت», «رسمي» in «الرسمية»."""
    forms = set(variants(adjective))
    shapes = {skeleton(f) for f in forms} | {skeleton(f[1:]) for f in forms if f.startswith("م")}
    return bool(p.index & forms or p.skeletons & shapes)


def modality_clash(a: Prepared, b: Prepared) -> list[str] | None:
    """A denial against anything that is not a denial: ["allege", "deny"]; not when the other claim
    carries the denial's own negation («بلاده لم تتعهد بضمان انسحاب القوات» in a passage that quotes it)."""
    if (a.modality == "deny") == (b.modality == "deny"):
        return None
    if {n.split()[-1] for n in a.negations} & {n.split()[-1] for n in b.negations}:
        return None
    return [a.modality, b.modality]


def exclusive_mismatch(a: Prepared, b: Prepared) -> dict[str, list[list[str]]]:
    """Per class, names only one claim uses while the other uses another: {"place": [["سوريا", "اليمن"]]}."""
    mismatch: dict[str, list[list[str]]] = {}
    if not a.exclusive or not b.exclusive:
        return mismatch
    only_a, only_b = a.exclusive - b.exclusive, b.exclusive - a.exclusive
    for kind in sorted({k for k, _ in only_a} & {k for k, _ in only_b}):
        names_a = sorted(n for k, n in only_a if k == kind)
        names_b = sorted(n for k, n in only_b if k == kind)
        mismatch[kind] = [[x, y] for x in names_a for y in names_b][:4]
    return mismatch


def agent(text: str, word: str) -> str | None:
    """The camp of the subject of ``word`` (a stem of one of the claim's words): the noun phrase right
    after it, else right before it. "الجيش السوري يخسر السيطرة على نصف البوكمال", "يخسر" → "regime";
    "استعاد تنظيم الدولة نصف البوكمال", "استعاد" → "islamic_state"; None when no camp names it."""
    tokens = tokenize(text)
    i = next((i for i, token in enumerate(tokens) if word in variants(token)), None)
    return None if i is None else subject_camp(tokens, i)


def converse(text_a: str, text_b: str, pairs: list[list[str]]) -> bool:
    """Every reversed pair is one event told by its two sides: «الجيش السوري يخسر السيطرة على نصف
    البوكمال» and «استعاد تنظيم الدولة نصف البوكمال» (what one side loses the other takes). A pair
    with one subject on both sides («انسحب الجيش من تادف» / «سيطر الجيش على تادف») is a statement
    turned round."""
    if not pairs:
        return False
    for word_a, word_b in pairs:
        camp_a, camp_b = agent(text_a, word_a), agent(text_b, word_b)
        if camp_a is None or camp_b is None or camp_side(camp_a) == camp_side(camp_b):
            return False
    return True
