"""Rules that keep weak machine guesses out of the contradiction queue."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from itertools import combinations

from rapidfuzz import fuzz

from claims.linking.features import ALIVE
from claims.text.normalize import tokenize

STRONG_EVIDENCE = ("number_conflicts", "reversals", "negation", "place_mismatch", "denial")
RELATION_BASE = {"contradicts": 2.0, "corroborates": 1.0, "related": 0.0}
# Two claims this alike (token-set similarity) but for a reversed word or a negation are one
# statement turned round: "انسحب الجيش من تادف" / "سيطر الجيش على تادف".
REWORDED = 0.6
# And this share at least of each claim's words found in the other (the scorer's covered_min).
BOTH_WAYS = 0.4
# Below this share of each claim's words found in the other (the scorer's covered_min), two claims tied to
# no incident by a place, a day or one kind of event are proposed as related, not as corroborating.
UNTIED_ALIKE = 0.25
# How far a pair repeating a finding already in the queue falls (more than any anchoring adds).
REPEATED = 10.0
# Two agreeing claims whose words, in order, are this alike (rapidfuzz ratio, 0–100, after
# folding and without punctuation) are one text carried twice: a wire report printed by several
# outlets, a comma or «فى» apart. «إحدى طائراته العسكرية أسقطت …» against «المعارضة أسقطت طائرة
# عسكرية …» (84) is another account of the same event.
COPY = 88.0
# Below this word overlap (the scorer's similarity) two claims are not worth comparing letter by letter.
COPY_OVERLAP = 0.8
COPIED = frozenset(["corroborates", "related"])
# Per point of incident strength (claims.linking.incident): surer incidents outrank any relation.
# Chosen on three folds of the fit part of the incident gold, each queue read alone (seven claim
# groups each, `bench/review_queue.py --only`): at 1.0 the first 100 links held more claims of one
# incident in every fold than at 2.0 (0.64/0.60/0.77 → 0.72/0.73/0.86), the first 25 as many or
# more; below 1.0 the folds disagreed. A place and a day shared by two accounts of different
# events (a capture and its retaking) weigh less against what the two claims say.
ANCHORED = 1.0
# Per unit of word overlap (the scorer's similarity, 0–1): two outlets' accounts of one incident
# share its names, places and numbers; two events at one place share the place and little else.
# (On the project's fit part of the incident gold this lifted the head of the queue the most of
# the weights tried, with the copies of one text grouped: bench/review_queue.py.)
WORDING = 4.0
# The word overlap counted for the queue is at most this many times the share of the less covered claim's words
# found in the other (the scorer's covered_min): below 0.4 a claim is a fragment of the other, not its rewording.
# On the fit part at 2.5 the first 25 links held 1.00 of one incident (0.96 without), the first 100 0.87
# (0.88); on its three folds 0.80 / 0.96 / 0.96 at 25 (0.80 / 0.92 / 1.00) and 0.68 / 0.80 / 0.78 at 100
# (0.62 / 0.80 / 0.77).
FRAGMENT = 2.5


def has_strong_evidence(evidence: Mapping[str, object]) -> bool:
    return any(evidence.get(name) for name in STRONG_EVIDENCE) or _modalities_clash(evidence)


def denies(evidence: Mapping[str, object]) -> bool:
    """One claim of the pair denies what the other reports: named by the scorer within one incident,
    or one side's modality a denial and the other's not."""
    return bool(evidence.get("denial")) or _modalities_clash(evidence)


def alive_against_killed(evidence: Mapping[str, object]) -> bool:
    """One claim says alive («ما زال على قيد الحياة») whom the other says killed: a reversal of the
    death-and-survival kind whose word is one of ALIVE's."""
    return any(ALIVE.fullmatch(word) for pair in evidence.get("reversals") or [] for word in pair)


def _modalities_clash(evidence: Mapping[str, object]) -> bool:
    modalities = evidence.get("modalities") or []
    return len(set(modalities)) == 2 and "deny" in modalities


def safe_relation(relation: str, evidence: Mapping[str, object], alike: float = 1.0) -> str:
    """The link stage proposes a contradiction only with evidence a reviewer can see (a denial,
    two tolls that cannot both hold, attackers of opposite sides, one statement turned round); one
    the scorer infers from wording alone is "related": on real cross-outlet news nearly all such
    guesses join two events or two sides of one, and one statement worded alike both ways is told
    twice, a corroboration. Nor does it propose as corroboration two claims
    that nothing ties to one incident and that share little of each other's words: two paragraphs
    of a day's news about Jerusalem («هدمت جرافات … في القدس» / «ويأتي الإعلان الإسرائيلي بعد يوم
    من إقرار الجمعية العامة …») have a topic in common, not one fact.

    ("قتل 19 مدنيا", "قتل 19 مدنيا", no evidence) → "related".
    """
    if relation == "contradicts" and not _explicit(evidence, alike):
        # «بأنهم مستعدون للسماح " بإشراف " عراقي على الحدود» / «استعدادهم للسماح " بإشراف " عراقي على الحدود»:
        # one statement worded (nearly) alike both ways, with nothing set against it, is told twice.
        return "corroborates" if _told_twice(evidence, alike) else "related"
    if relation == "corroborates" and alike < UNTIED_ALIKE and not _event_anchored(evidence):
        return "related"
    return relation


# Worded this alike (similarity) and covering this much of each other (the scorer's covered_min): one statement.
TOLD_TWICE = 0.85
TOLD_TWICE_BOTH_WAYS = 0.6


def _told_twice(evidence: Mapping[str, object], alike: float) -> bool:
    return float(evidence.get("similarity") or 0.0) >= TOLD_TWICE and alike >= TOLD_TWICE_BOTH_WAYS


def _tolls(evidence: Mapping[str, object]) -> list:
    """Conflicting tolls (killed, wounded …): a distance or a magnitude that differ matter less."""
    return [c for c in evidence.get("number_conflicts") or [] if isinstance(c, Mapping) and c.get("toll")]


def _explicit(evidence: Mapping[str, object], alike: float = 1.0) -> bool:
    """A contradiction a reviewer can see at once: a denial, two tolls that cannot both hold, one
    statement turned round (a reversed outcome or a negation in two claims worded alike), or one
    claim saying alive whom the other says killed."""
    # Worded alike both ways: a fragment («موضوع معبر نصيب الحدودي») inside a long passage that
    # negates something else is no statement turned round.
    reworded = evidence.get("similarity", 0) >= REWORDED and alike >= BOTH_WAYS
    turned = bool(evidence.get("reversals") or evidence.get("negation")) and reworded
    # Alive against killed: however else two claims are worded, both cannot hold.
    alive = alive_against_killed(evidence)
    return bool(
        _modalities_clash(evidence)
        or evidence.get("denial")
        or _tolls(evidence)
        or evidence.get("perpetrators")
        or evidence.get("versions")
        or turned
        or alive
    )


def link_priority(
    relation: str,
    score: float,
    evidence: Mapping[str, object],
    independent: bool,
    strength: float = 0.0,
    alike: float = 1.0,
) -> float:
    """Queue order: links most surely about one incident (a shared place, day or rare name, and
    much of their wording both ways: ``alike`` is the scorer's covered_min) first, one publisher's
    own reports last; then contradictions (each with its evidence: safe_relation), agreements,
    related pairs; those between independent camps first."""
    # A fragment inside a longer claim («قوات سوريا الديمقراطية قصفت» in a paragraph of the day's news) shares
    # all its own words and few of the other's: worded alike only as far as both ways allow.
    wording = min(float(evidence.get("similarity") or 0.0), FRAGMENT * alike)
    if evidence.get("copy") and not _event_anchored(evidence):
        # One text carried twice shares every word and every rare name: that says it is one text, not
        # that it tells of an incident (a page's boilerplate, a history paragraph, a poem).
        wording, strength = 0.0, 0.0
    if evidence.get("same_publisher"):
        # One publisher repeating itself, or one page of it printed twice: its wording and its anchors say
        # nothing another outlet confirms or disputes.
        return round(RELATION_BASE.get(relation, 0.0) + score, 4)
    base = RELATION_BASE.get(relation, 0.0)
    if relation == "contradicts" and not strength and _modalities_only(evidence, alike):
        # A denial tied to no incident, by nothing but one side's denying and a few words («ونفت كوبا أي
        # مسؤولية» / «رسالة تعلن مسؤولية الدولة الإسلامية عن هجمات باريس»): kept as a contradiction for the
        # reviewer to judge, ranked with the related pairs.
        base = RELATION_BASE["related"]
    priority = base + score + WORDING * wording
    priority += ANCHORED * min(strength, 3.0)
    if _tolls(evidence) and strength:
        priority += 1.0
    if independent:
        priority += 0.5
    return round(priority, 4)


def _modalities_only(evidence: Mapping[str, object], alike: float) -> bool:
    """A contradiction whose one piece of evidence is that one claim denies and the other does not."""
    rest = {key: value for key, value in evidence.items() if key != "modalities"}
    return _modalities_clash(evidence) and not _explicit(rest, alike)


def _event_anchored(evidence: Mapping[str, object]) -> bool:
    """Tied to an incident by more than rare words: a place, a day or one kind of event both tell."""
    anchors = evidence.get("incident_anchors") or {}
    return bool(anchors.get("places") or anchors.get("day") or anchors.get("kind"))


def _wording(text: str) -> str:
    return " ".join(token for token in tokenize(text) if token[0].isalnum())


def is_copy(relation: str, evidence: Mapping[str, object], text_a: str, text_b: str) -> bool:
    """Two outlets carrying one text: a corroboration, or a background passage the scorer found only
    related, worded (nearly) alike, word for word."""
    if relation not in COPIED or float(evidence.get("similarity") or 0) < COPY_OVERLAP:
        return False
    return fuzz.ratio(_wording(text_a), _wording(text_b)) >= COPY


REPEAT_WORDS = 5  # words at least of a claim that one article prints again inside another of its claims


def repeated_within(claims: Iterable[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Pairs of (pk, article, text) claims of one article where one's wording runs whole inside the
    other's: a headline printed again with the page's words glued on («… في 2017 المزيد من») or as the
    lead of the first paragraph. One article saying a thing twice says it once."""
    by_article: dict[int, list[tuple[int, str]]] = {}
    for pk, article, text in claims:
        by_article.setdefault(article, []).append((pk, f" {_wording(text)} "))
    pairs = []
    for texts in by_article.values():
        for (pk_a, a), (pk_b, b) in combinations(texts, 2):
            short, long = sorted((a, b), key=len)
            if len(short.split()) >= REPEAT_WORDS and short in long:
                pairs.append((pk_a, pk_b))
    return pairs


def copy_roots(copies: Iterable[tuple[int, int]], order: Callable[[int], object] = int) -> dict[int, int]:
    """Each claim of the copy pairs → the first claim, by ``order``, of the text it carries, through
    chains of copies: [(3, 7), (7, 9)] → {3: 3, 7: 3, 9: 3}. Claims in no pair are their own."""
    parent: dict[int, int] = {}

    def root(pk: int) -> int:
        while parent.setdefault(pk, pk) != pk:
            parent[pk] = parent[parent[pk]]
            pk = parent[pk]
        return pk

    for a, b in copies:
        ra, rb = root(a), root(b)
        if ra != rb:
            first, other = sorted((ra, rb), key=order)
            parent[other] = first
    return {pk: root(pk) for pk in list(parent)}


def discrepancy(evidence: Mapping[str, object]) -> str:
    """What one conflicting toll of an anchored pair says, whichever claims repeat it:
    {"number_conflicts": [{"a_value": 27, "b_value": 20, "toll": "killed"}], "incident_anchors":
    {"places": ["معرة النعمان"]}} → "killed:20-27:معرة النعمان"; "" when the pair shows none."""
    tolls = _tolls(evidence)
    anchors = evidence.get("incident_anchors")
    if not tolls or not isinstance(anchors, Mapping):
        return ""
    first = tolls[0]
    low, high = sorted((first.get("a_value"), first.get("b_value")), key=float)
    place = (anchors.get("places") or [""])[0]
    return f"{first['toll']}:{low:g}-{high:g}:{place}"[:200]


def finding(relation: str, evidence: Mapping[str, object], text_a: int, text_b: int) -> str:
    """What the pair puts forward, the same for every pair that repeats it: a conflicting toll
    (``discrepancy``), else the two statements, each named by the first stored claim of the texts
    that copy it (``text_a``, ``text_b``): "pair:12-40". Six outlets carrying one wire report make
    fifteen pairs of one finding, "pair:12-12"; a seventh account set against each of them, one."""
    if relation == "contradicts" and (key := discrepancy(evidence)):
        return key
    low, high = sorted((text_a, text_b))
    return f"pair:{low}-{high}"


def repeated(priority: float) -> float:
    """The priority of a pair repeating a finding another pair already puts forward: below
    every pair that shows something new."""
    return round(priority - REPEATED, 4)
