"""Score a pair of prepared claims: corroborates, contradicts, related or unrelated, with evidence."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from claims.linking import lexicon, model
from claims.linking.compare import converse
from claims.linking.features import Prepared, exclusive_names, privative
from claims.linking.incident import IncidentMatch, incident_match, informative
from claims.linking.safety import BOTH_WAYS, REWORDED, alive_against_killed, has_strong_evidence
from claims.linking.stems import inflection_key, skeleton, variants
from claims.linking.vector import FEATURES, INTERNAL_EVIDENCE, pair_features
from claims.text.events import (
    FAMILIES,
    GENERIC,
    actors_clash,
    attacks,
    chemical_versions,
    event_frame,
    leads_agree,
)
from claims.text.normalize import normalize_key, tokenize

# A pair the model calls unrelated but that still repeats this share of one claim is on the same topic.
RELATED_COVERAGE = 0.3
_COVERED_MAX = FEATURES.index("covered_max")
_COVERED_MIN = FEATURES.index("covered_min")
# Two reports of one kind of event this surely one incident (a town and the day, say) agree even
# when their wording shares little.
SURE_INCIDENT = 3.0
# Otherwise a claim corroborates another only when it repeats this share of it (weighted by rarity):
# two long sentences about one province that share a few words tell different things.
CORROBORATION_COVERAGE = 0.4
# Two claims this alike (word overlap), one saying alive whom the other says killed, speak of one person.
ALIKE_PERSON = 0.5
# A claim this long (content words) that mentions a denial is a passage, not a denial.
DENIAL_WORDS = 25
# A negation denies what the other claim reports only in a claim this short: one statement.
NEGATION_WORDS = 15


@dataclass(frozen=True)
class Relation:
    relation: str
    score: float
    evidence: dict
    # How sure the scorer is that the two claims speak of one thing, whatever the relation: 1 − P(unrelated).
    relatedness: float = 0.0
    # How surely the claims speak of one incident (claims.linking.incident.IncidentMatch.strength).
    incident: float = 0.0
    # How much of each claim's words the other holds, the lesser share: two claims worded alike
    # both ways, not a fragment inside a long passage.
    alike: float = 1.0


def decide(probabilities: Mapping[str, float], covered: float) -> tuple[str, float]:
    """The relation and its probability; "related" when unrelated wins but the claims share a topic."""
    relation = max(probabilities, key=probabilities.get)
    if relation == "unrelated" and covered >= RELATED_COVERAGE:
        return "related", 1.0 - probabilities["unrelated"]
    return relation, probabilities[relation]


def _explicit_denial(a: Prepared, b: Prepared) -> bool:
    """Exactly one claim was reported as denied ("نفى المرصد أن …"), its cue outside the claim text.
    A denial whose own words deny («… نفت هيئة تحرير الشام إصابة قائدها», «تقرير مضلل») is read as
    one already: turning its stance round again would make it agree."""
    if (a.claim.modality == "deny") == (b.claim.modality == "deny"):
        return False
    denier = a if a.claim.modality == "deny" else b
    return not (denier.dissent or denier.negations or _denial_words(denier))


# Openings by which a writer gives background rather than news: «ويعتبر», «وتعد», «يذكر أن», «يشار إلى أن».
ASIDE = re.compile(r"^(?:و|ف)?(?:يعتبر|تعتبر|يعد|تعد|يذكر ان|يشار الي ان|الجدير بالذكر|من المعروف ان)(?!\S)")


def _aside(p: Prepared) -> bool:
    return p.claim.modality == "unattributed" and _opens_aside(p.claim.text)


@lru_cache(maxsize=16384)
def _opens_aside(text: str) -> bool:
    """Whether the text opens on background; a claim is set against many others, its text read once."""
    return ASIDE.match(normalize_key(text)) is not None


def _denial_words(p: Prepared) -> bool:
    """Whether the claim's own words hold a denying verb or noun («نفت», «مزاعم كاذبة», «مضلل»)."""
    return any(inflection_key(s) in lexicon.DENIALS for s in p.index)


def _worded_denial(p: Prepared) -> bool:
    """A claim that calls something false in its own words («شائعات», «مزاعم كاذبة», «لا صحة»)."""
    return p.modality == "deny" and (p.claim.modality != "deny" or _denial_words(p))


def _asserted(p: Prepared) -> Prepared:
    """The claim's content as if asserted: «نفت الوزارة قصف السوق» → «قصف السوق»."""
    return dataclasses.replace(p, modality="assert") if p.modality == "deny" else p


def _flip_stance(probabilities: dict[str, float]) -> dict[str, float]:
    """Denying the same content contradicts it; denying the opposite content agrees with it."""
    flipped = dict(probabilities)
    flipped["corroborates"], flipped["contradicts"] = (
        probabilities["contradicts"],
        probabilities["corroborates"],
    )
    return flipped


# What makes the content a denial denies the opposite of the report's: then the denial agrees with it.
OPPOSITE_CONTENT = ("reversals", "negation", "number_conflicts", "dissent")


def _agreeing(probabilities: dict[str, float], evidence: Mapping) -> dict[str, float]:
    """The model's reading of a denied content against a report, before the stance is turned: a
    contradiction guessed from wording alone counts as agreement. «نفت الهيئة إصابة قائدها الجولاني
    في ضربة روسية» denies what «إصابة الجولاني بجراح خطيرة بغارة روسية» reports, whatever the
    wording; only a content that says the opposite («نفت مقتل …» / «نجا من …») agrees by denying."""
    if any(evidence.get(name) for name in OPPOSITE_CONTENT):
        return probabilities
    merged = dict(probabilities)
    merged["corroborates"] += merged["contradicts"]
    merged["contradicts"] = 0.0
    return merged


def _denies(p: Prepared) -> bool:
    """Reported as a denial ("نفت الوزارة أن …"), or a short claim denying or negating in its own
    words ("الجيش لم ينفذ أي غارات", "روسيا لا تعتزم إنشاء قاعدة"); a long passage that mentions a
    denial or a negation somewhere is not one."""
    if p.claim.modality == "deny":
        return True
    if p.modality == "deny":
        return len(p.content) <= DENIAL_WORDS or _framed_as_false(p.claim.text)
    # «غير رسمي», «لا مركزية» make one adjective or noun: they deny nothing on their own.
    negating = any(privative(negation) is None for negation in p.negations)
    return (negating and len(p.content) <= NEGATION_WORDS) or _denies_existence(p.claim.text)


# «وجاء في الشائعات التي تناقلتها مواقع التواصل , إن السلطات " ستمنح الجنسية … "», «لا صحة للأنباء عن …»: a
# claim that opens by calling what follows a rumour or false denies it, however long what follows is.
FRAMING_WORDS = 4


@lru_cache(maxsize=16384)
def _framed_as_false(text: str) -> bool:
    opening = " ".join(normalize_key(text).split()[:FRAMING_WORDS])
    return lexicon.DENIAL_PHRASE.search(opening) is not None


# «إسرائيل ليس لديها خطط لمهاجمة حزب الله», «لا توجد نية لمهاجمة …»: what is said not to exist is denied,
# however long the claim, when the clause opens on it; «ليس هناك حل إلا …» restricts and denies nothing.
EXISTENCE_DENIAL = re.compile(r"^(?:\S+ ){0,9}?(?:ليس|ليست|لا) (?:لدي\S*|يوجد|توجد|هناك|نيه)(?: \S+){0,5}")


def _existence_denied(p: Prepared, other: Prepared) -> Prepared:
    if other.modality == "deny" and p.modality != "deny" and _denies_existence(p.claim.text):
        return dataclasses.replace(p, modality="deny")
    return p


@lru_cache(maxsize=16384)
def _denies_existence(text: str) -> bool:
    found = EXISTENCE_DENIAL.match(normalize_key(text))
    return found is not None and " الا " not in f" {found.group()} "


def _denial(a: Prepared, b: Prepared) -> bool:
    """Exactly one of the two claims denies, and the other does not carry the same negation: «بلاده
    لم تتعهد بضمان انسحاب القوات» reported as a denial agrees with a longer passage that says
    «… لم تتعهد بضمان انسحاب القوات …» too. A claim that is no denial but for a negation in its
    words denies only what the other claim says: «لن نسمح بممر إرهابي» denies nothing of «سنستمر
    في اتخاذ مبادرات أخرى»."""
    if _denies(a) == _denies(b):
        return False
    if _negated(a) & _negated(b):
        return False
    denier, other = (a, b) if _denies(a) else (b, a)
    if other.dissent and denier.claim.modality != "deny":
        return (
            False  # «عدم تدخل إيران …» and «امتناع إيران عن التدخل …»: a refusal says what the negation says
        )
    return "deny" in (denier.claim.modality, denier.modality) or _negates_what_is_reported(a, b)


def _negated(p: Prepared) -> set[str]:
    """The words a claim negates, in every reading of them: «لم تتعهد» → {"تعهد", …}, «غير قابلة»
    → {"قابل", …}."""
    return {inflection_key(form) for negation in p.negations for form in variants(negation.split()[-1])}


def _negates_what_is_reported(a: Prepared, b: Prepared) -> bool:
    """Whether a denial worded as a negation («الأردن لم يوافق على فتح معبر نصيب», «لا يستطيع إعادة
    فتح الحدود») negates a word the other claim asserts («وافق الأردن على …»), verb or verbal noun
    alike («لم تستهدف» / «استهداف»). One that negates something the other does not say («مساع لإعادة
    فتح معبر نصيب») tells another thing about the same topic. A denial reported with a denying verb
    or worded with a denying noun («نفت الوزارة …», «مزاعم كاذبة») denies whatever the other reports."""
    denier, other = (a, b) if _denies(a) else (b, a)
    if not denier.negations or denier.dissent or _worded_denial(denier):
        return True
    return any(_turned(negation, denier, other) for negation in denier.negations)


# Verbs of being, finding and happening, of intending and of carrying out: what they negate is the
# word after them («لم تسجل أي إصابات», «ليس هناك قوات», «روسيا لا تعتزم إنشاء قاعدة», «لم تنفذ أي
# غارات»), not the verb itself.
LIGHT = frozenset(
    inflection_key(stem)
    for word in (
        "يوجد توجد وجود موجود موجودة متواجد يكون تكون يكن تكن كان كانت هناك ثمة يسجل تسجل يحدث تحدث"
        " يقع تقع يتم تتم يعتزم تعتزم ينوي تنوي يخطط تخطط ينفذ تنفذ يشن تشن"
    ).split()
    for stem in variants(normalize_key(word))
)
# How many words after a light verb its negation reaches.
LIGHT_REACH = 2


def _negated_words(negation: str, p: Prepared) -> list[str]:
    """The words a negation is about: the negated verb, or the words a light verb is followed by
    in the claim («لا تعتزم إنشاء قاعدة» → «انشاء», «قاعد»)."""
    word = negation.split()[-1]
    if not any(inflection_key(form) in LIGHT for form in variants(word)):
        return [word]
    stems = set(variants(word))
    for i, content in enumerate(p.content):
        if content in stems:
            following = [c for c in p.content[i + 1 :] if inflection_key(c) not in LIGHT]
            return following[:LIGHT_REACH] or [word]
    return [word]


def _turned(negation: str, denier: Prepared, other: Prepared) -> bool:
    """Whether a negation turns round something the other claim says: «لم يعلن» against «أعلن»,
    «لم تستهدف» against «استهداف», «لا تعتزم إنشاء قاعدة» against «بدأت إقامة قاعدة»; not «لن نسمح
    بممر إرهابي» against «سنستمر في اتخاذ مبادرات»."""
    if _elsewhere(_negated_names(negation, denier.claim.text), other.exclusive):
        # «لا توجد شرطة عسكرية روسية في إدلب …، لكن عناصر الشرطة العسكرية التركية ينتشرون هناك» against «الشرطة
        # العسكرية التركية بدأت بالانتشار في إدلب»: the negation is of another country's police.
        return False
    words = _negated_words(negation, denier)
    forms = {form for word in words for form in variants(word)}
    if other.index & forms or other.skeletons & {skeleton(form) for form in forms}:
        return True
    if {inflection_key(form) for form in forms} & COMMITTING and {
        inflection_key(word) for word in other.index
    } & COMMITTING:
        return True  # «لم نتعهد إخراج الموالين لإيران» against «روسيا وافقت على المساهمة في إخراج …»
    # «لم تبدأ بعد العملية» against «بدء تحركات عسكرية»: a verb whose last letter is a hamza and its verbal
    # noun, which writes the hamza on the line.
    hamzated = {inflection_key(word.replace("ء", "ا")) for word in words if word.endswith("ا")}
    if hamzated & {inflection_key(word.replace("ء", "ا")) for word in other.index if word.endswith("ء")}:
        return True
    # «لم تقصف الطائرات السوق», «لم يسجل حدوث أي غارات جوية» turn round «ضربة جوية على السوق»: one
    # kind of event in other words. The kind is the negated words' own: «اعتراضه دون وقوع أي خسائر»
    # negates no interception.
    negated = {
        family for kind in _negated_kinds(negation, denier.claim.text) - GENERIC for family in FAMILIES[kind]
    }
    return bool(negated & _families(other))


# Verbs of committing oneself, one act whichever is used: to pledge, to agree to, to undertake.
COMMITTING = frozenset(
    inflection_key(normalize_key(word))
    for word in "تعهد تعهدت يتعهد تتعهد نتعهد وافق وافقت يوافق توافق نوافق التزم التزمت يلتزم تلتزم نلتزم".split()
)
NEGATED_PHRASE = 4  # words after a negating particle that say what it negates
# Words that open another clause, which a negation before them does not reach.
CLAUSE_OPENERS = frozenset(normalize_key(w) for w in "وأن وإن أن إن لكن ولكن بل بينما فيما , ، ؛ .".split())


@lru_cache(maxsize=16384)
def _negated_phrase(negation: str, text: str) -> tuple[str, ...]:
    """The words right after a negating particle, up to the next clause, in the claim's own words. A claim
    is set against many others, its text read once."""
    particle, _, word = negation.partition(" ")
    tokens = tokenize(text)
    keys = [normalize_key(token) for token in tokens]
    for i in range(len(keys) - 1):
        if keys[i].removeprefix("و") == particle and keys[i + 1] == word:
            phrase = tokens[i + 1 : i + 1 + NEGATED_PHRASE]
            # «لم تصب وأن الغارة أعطبت البطارية»: the next clause is no longer negated.
            clause = next(
                (k for k, t in enumerate(phrase) if normalize_key(t) in CLAUSE_OPENERS), len(phrase)
            )
            return tuple(phrase[:clause])
    return ()


@lru_cache(maxsize=16384)
def _negated_kinds(negation: str, text: str) -> frozenset[str]:
    """The kinds of event the negated words name: «لم يسجل حدوث أي غارات» → air strike; «دون وقوع أي
    خسائر» → none."""
    return event_frame(" ".join(_negated_phrase(negation, text))).kinds


def _negated_names(negation: str, text: str) -> frozenset[tuple[str, str]]:
    """The countries (places, parties) the negated words name: «لا توجد شرطة عسكرية روسية» → Russia."""
    return exclusive_names([normalize_key(t) for t in _negated_phrase(negation, text)])


def _elsewhere(negated: frozenset[tuple[str, str]], other: frozenset[tuple[str, str]]) -> bool:
    """The negated words name a member of a class (a country) that the other claim does not, and the other
    names another of it: the negation is about someone else."""
    return any(hit not in other and any(kind == hit[0] for kind, _ in other - negated) for hit in negated)


def _families(p: Prepared) -> set[str]:
    return {family for kind in p.frame.kinds - GENERIC for family in FAMILIES[kind]}


def _standing_negation(evidence: dict, a: Prepared, b: Prepared) -> None:
    """Drop the negation evidence when no negation turns round what the other claim says: a claim
    that negates something else beside a statement the other repeats is no statement turned round."""
    found = evidence.get("negation")
    if not found:
        return
    if not any(_turned(n, a, b) for n in found["a"]) and not any(_turned(n, b, a) for n in found["b"]):
        evidence.pop("negation")


def _reports_what_is_denied(a: Prepared, b: Prepared) -> bool:
    """Whether the claim set against a denial reports an event the denial can be of: «انسحاب القوات
    الروسية من عفرين» denied says nothing of «صور تظهر رفع علم النظام فوق قاعدة في عفرين», which names
    no event, nor of «أنباء عن وجود البغدادي في البوكمال خلال عملية لاستعادة المدينة», which names
    one only as an aim. A denial that names no event («نفت الوزارة صحة هذه الأنباء») may deny any."""
    if not _denial(a, b):
        return True
    denier, other = (a, b) if _denies(a) else (b, a)
    if denier.frame.lead in HANDS_CHANGING and other.frame.lead == "clashes":
        # «المرصد ينفي سيطرة النظام على البوكمال» against «هجمات مضادة على قوات النظام المتقدمة نحو
        # البوكمال»: fighting for a town is what one says when it has not fallen.
        return False
    return other.frame.lead is not None or denier.frame.lead is None


HANDS_CHANGING = frozenset({"capture", "withdrawal"})


# Words that say how much of a place was taken: part of it, or all of it.
PART_OF = frozenset("نصف اجزاء جزء معظم اغلب احياء".split())
ALL_OF = frozenset("كامل تام".split())
PERCENT = ("في المئه", "بالمئه", "في المائه", "بالمائه", "%")


def _extent(p: Prepared) -> str | None:
    part = bool(p.index & PART_OF) or any(mark in normalize_key(p.claim.text) for mark in PERCENT)
    whole = bool(p.index & ALL_OF)
    return None if part == whole else "part" if part else "all"


def capture_extents(a: Prepared, b: Prepared) -> list[str] | None:
    """["part", "all"] when two captures say one took part of the place and the other all of it
    («استعاد تنظيم الدولة نصف البوكمال» / «السيطرة التامة على البوكمال»); None otherwise."""
    if a.frame.lead != "capture" or b.frame.lead != "capture":
        return None
    extents = [_extent(a), _extent(b)]
    return extents if None not in extents and extents[0] != extents[1] else None


# What two accounts can be at odds over besides one denying the other.
FIGHTING = frozenset({"clashes"})  # kinds of event with two sides, neither of them the one attacker
FACTS_AT_ODDS = ("number_conflicts", "reversals", "place_mismatch", "perpetrators", "versions")


RESTATED_WORDS = 5  # content words at least of a claim whose whole wording inside another restates it


def _restated(a: Prepared, b: Prepared) -> bool:
    """Whether the shorter claim's content words stand in the longer one's, in order and together."""
    short, long = sorted((a.content, b.content), key=len)
    if len(short) < RESTATED_WORDS:
        return False
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


def one_phrase(a: Prepared, b: Prepared, shared: list[str]) -> bool:
    """Whether the words two claims share run together in both, as one name does: «الحشد الشعبي» in «نفى
    العبادي تورط الحشد الشعبي في …» and in «دعا ماكرون إلى تفكيك … الحشد الشعبي»."""
    if len(shared) < 2:
        return True
    wanted = set(shared)

    def together(content: tuple[str, ...]) -> bool:  # side by side somewhere, however often repeated
        n = len(wanted)
        return any(set(content[i : i + n]) == wanted for i in range(len(content) - n + 1))

    return together(a.content) and together(b.content)


def within_incident(
    relation: str,
    match: IncidentMatch,
    denial: bool,
    evidence: Mapping,
    one_kind: bool,
    covered: float = 1.0,
    tied_by_one_phrase: bool = False,
) -> str:
    """The relation a fact-checker can act on, given what ties the claims to one incident.

    Two incidents are never set against each other nor made to agree. Two death tolls with nothing
    tying them to one event ("قتل 19 مدنياً" / "قتل 23 مدنياً": which attack?) share a topic, they do
    not conflict. Within one incident (a shared place or day) a denial contradicts the report, as do
    two accounts naming attackers of opposite sides («صواريخ النظام» / «هجوم للفصائل»), and
    two reports of the same kind of event surely at one place and day agree.
    """
    if match.different:
        return "unrelated"
    conflicts = evidence.get("number_conflicts") or []
    # Places at odds say two incidents, not one toll disputed: «5 مدنيين قتلوا … على مدينة دوما» / «هجمات
    # جوية [للتحالف الذي تقوده الولايات المتحدة] قتل أثناءها مئات المدنيين».
    other_evidence = has_strong_evidence(
        {**evidence, "number_conflicts": None, "place_mismatch": None}
    ) or evidence.get("dissent")
    tolls_only = bool(conflicts) and all(c.get("toll") for c in conflicts) and not other_evidence
    if not match.anchored or (match.background and tolls_only):
        # Two tolls with nothing tying them to one attack, or one of a time gone by («في آذار 2013»):
        # which attack each counts, a fact-checker cannot tell. Nor what a denial or a negation denies
        # when a single word ties it to a report: «عدم وجود أدلة على وقوع انفجار في منشأة فوردو» /
        # «الانفجار الأخير الذي وقع في موسكو»; nor when one name is all they share («الحشد الشعبي»).
        # Only the clash of the two modalities says so there: a negation or a reversal in the wording is read
        # as a statement turned round, as headlines put one («يسيطر» / «لم يسيطر»).
        loose = (
            (len(evidence.get("shared_terms") or []) <= 1 or tied_by_one_phrase)
            and bool(evidence.get("modalities"))
            and not any(evidence.get(n) for n in FACTS_AT_ODDS)
            and not (evidence.get("negation") and evidence.get("similarity", 0.0) >= REWORDED)
        )
        return "related" if relation == "contradicts" and (tolls_only or loose) else relation
    if (evidence.get("perpetrators") or evidence.get("versions")) and relation != "unrelated":
        return "contradicts"
    if denial and relation != "unrelated":
        # A denial sharing nothing with the report but a place denies something else there:
        # «لن يستفيد أحد من قطع طريق إمدادات الغاز من إقليم كردستان» / «أسلحة قدمها إقليم كردستان».
        return (
            "contradicts"
            if one_kind or match.same_day or match.terms or _beyond_places(match, evidence)
            else "related"
        )
    if relation == "related" and one_kind and match.strength >= SURE_INCIDENT:
        return "corroborates"
    if relation == "corroborates" and covered < CORROBORATION_COVERAGE and match.strength < SURE_INCIDENT:
        return "related"
    if (
        relation == "corroborates"
        and match.province_only
        and (evidence.get("similarity", 0.0) < REWORDED or match.background)
    ):
        # Two reports sharing a province and a few words, not worded alike, tell two of its stories;
        # and a time gone by («طردت الفصائل التنظيم في العام 2014 من إدلب») confirms no report of today.
        return "related"
    if relation == "corroborates" and match.background and evidence.get("similarity", 0.0) < REWORDED:
        # Nor, worded otherwise, one of a chronology's entries or a month gone by («14 - إجلاء مدنيين …» /
        # «وأكمل الأسد مشهد التهجير مع إجلاء عشرات آلاف المدنيين من أحياء حلب الشرقية»).
        return "related"
    return relation


def _beyond_places(match: IncidentMatch, evidence: Mapping) -> bool:
    """Whether the two claims share a telling word (incident.informative) other than the names of the places
    they share: «نظام» and «سوري» are in every other story."""
    named = normalize_key(" ".join(match.places))
    return any(term not in named and informative(term) for term in evidence.get("shared_terms") or [])


def score_pair(a: Prepared, b: Prepared, *, idf: Mapping[str, float] | None = None) -> Relation:
    """Relate two claims, with the evidence a fact-checker needs to judge the link.

    ("قتل 19 مدنياً في إدلب", "قتل 23 مدنياً في إدلب")
    → Relation("contradicts", 0.7…, {"similarity": 0.8…, "shared_terms": ["ادلب", …],
               "number_conflicts": [{"a": "19 مدنياً", "b": "23 مدنياً", "a_value": 19, "b_value": 23}]})
    """
    # «إسرائيل ليس لديها خطط لمهاجمة حزب الله» says what «نفى وجود أي نية لمهاجمة حزب الله» says: a claim
    # whose clause opens on denying that something exists is read as the denial it is.
    a, b = (_existence_denied(p, other) for p, other in ((a, b), (b, a)))
    # A denial speaks of the other claim's event only if it denies that kind of event, and only of
    # a claim that reports one.
    one_event = leads_agree(a.frame, b.frame) and _reports_what_is_denied(a, b)
    if _explicit_denial(a, b) and one_event:
        # What is denied is set against the report as if asserted, and the stance turned round:
        # the model, which also weighs a denial, would otherwise count it twice.
        values, evidence = pair_features(_asserted(a), _asserted(b), idf)
        probabilities = _flip_stance(_agreeing(model.load(FEATURES).probabilities(values), evidence))
        evidence["modalities"] = [a.modality, b.modality]
    else:
        values, evidence = pair_features(a, b, idf)
        probabilities = model.load(FEATURES).probabilities(values)
    _standing_negation(evidence, a, b)
    relation, score = decide(probabilities, values[_COVERED_MAX])
    match = incident_match(a, b, evidence.get("shared_terms", []), evidence["similarity"])
    if (match.terms or evidence["similarity"] >= ALIKE_PERSON) and alive_against_killed(evidence):
        # «مقتل البغدادي بغارة على الرقة» / «البغدادي ما زال على قيد الحياة وخرج من الموصل»: one
        # person's death is one event, wherever each account places him.
        match = dataclasses.replace(
            match, clashes=tuple(c for c in match.clashes if c not in ("place", "day"))
        )
    one_kind = bool((a.frame.kinds & b.frame.kinds) - GENERIC)
    # Attackers of opposite sides conflict only over one kind of attack: Russian forces entering a
    # town and a Turkish shelling of its villages are two events. Fighting has two sides whoever tells it:
    # the army's battle with the Islamic State near Kweires airport and the Euphrates Shield factions' with
    # it north of Aleppo are two battles, not one attack set down to two attackers.
    struck = (a.frame.kinds & b.frame.kinds) - GENERIC - FIGHTING
    if match.anchored and struck and attacks(a.frame) and attacks(b.frame) and actors_clash(a.frame, b.frame):
        evidence["perpetrators"] = [sorted(a.frame.actors), sorted(b.frame.actors)]
    if match.anchored and (versions := chemical_versions(a.frame, b.frame)):
        # «غاز السارين» / «مستودع للمسلحين فيه مواد سامة»: who brought the chemicals is the dispute.
        evidence["versions"] = versions
    if evidence.get("reversals") and converse(a.claim.text, b.claim.text, evidence["reversals"]):
        # What one side loses the other takes: one event told by both, not a statement turned round.
        evidence["converse"] = evidence.pop("reversals")
        if relation == "contradicts":
            relation = "corroborates" if match.anchored and one_kind else "related"
    denial = _denial(a, b)
    relation = within_incident(
        relation,
        match,
        denial and one_event,
        evidence,
        one_kind,
        values[_COVERED_MAX],
        relation == "contradicts" and one_phrase(a, b, evidence.get("shared_terms") or []),
    )
    # One statement told and denied, worded alike both ways: «بلاده لم تتعهد بضمان انسحاب القوات الموالية
    # لإيران من سوريا» against «روسيا وافقت على المساهمة في إخراج قوات موالية لإيران من سورية». The wording
    # ties the two to one incident where no place or day does, and says the report tells the event denied
    # though no word of it names an event the frames know («إخراج»).
    told_and_denied = (
        relation != "unrelated"
        and denial
        and leads_agree(a.frame, b.frame)
        and not match.different
        and evidence["similarity"] >= REWORDED
        and values[_COVERED_MIN] >= BOTH_WAYS
        and _negates_what_is_reported(a, b)
    )
    if told_and_denied:
        relation = "contradicts"
        evidence["denial"] = "a" if _denies(a) else "b"
    elif denial and not one_event and relation != "unrelated":
        # Denying a capture neither refutes nor confirms an air strike near the same town.
        relation = "related"
    elif relation == "contradicts" and denial and not _negates_what_is_reported(a, b):
        # The negation is of something the report does not say: «القوات التركية لم تدخل إدلب بعد
        # وإنها عملية للجيش السوري الحر» against «ينفذ الجيش السوري الحر العملية هناك».
        relation = "related"
    elif relation == "contradicts" and denial and match.anchored:
        # Which claim denies the event the other reports: what the reviewer weighs first.
        evidence["denial"] = "a" if _denies(a) else "b"
    if relation == "contradicts" and not denial and _restated(a, b):
        # «وجرى رفع معظم العقوبات على إيران …» inside a longer passage that goes on «… وقيود أخرى ليست من
        # الاتفاق النووي»: the one claim's words, in order, inside the other; what the longer one adds
        # beyond them disputes nothing the shorter says.
        relation = "corroborates"
    if (
        relation == "corroborates"
        and denial
        and one_event
        and not any(evidence.get(n) for n in OPPOSITE_CONTENT)
    ):
        denier = a if _denies(a) else b
        if _worded_denial(denier):
            # «انتشرت إشاعات عن تسمية اللواء محمد فارس وزيرا للدفاع» against «عينت الحكومة اللواء محمد
            # فارس وزيرا للدفاع»: the same content, called false in the words of one claim.
            relation = "contradicts"
    if relation == "corroborates" and (_aside(a) or _aside(b)):
        # «ويعتبر معبر نصيب أحد المعبرين الحدوديين», «يذكر أن …»: the writer's background, which a report
        # of the day neither confirms nor is confirmed by.
        relation = "related"
    if relation == "corroborates" and (extents := capture_extents(a, b)):
        # Half a town taken and all of it: two stages of a battle, or two accounts that disagree.
        evidence["extent"] = extents
        relation = "related"
    for internal in INTERNAL_EVIDENCE:
        evidence.pop(internal, None)
    evidence.update(match.evidence())
    relatedness = 0.0 if match.different else 1.0 - probabilities["unrelated"]
    alike = round(values[_COVERED_MIN], 4)
    return Relation(relation, round(score, 4), evidence, round(relatedness, 4), match.strength, alike)
