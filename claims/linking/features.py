"""What the scorer knows about one claim, computed once per claim so that pairs are cheap."""

from __future__ import annotations

import hashlib
import importlib
import re
from collections.abc import Mapping
from dataclasses import astuple, dataclass
from datetime import date
from pathlib import Path

from claims.linking import lexicon
from claims.linking import stems as stemming
from claims.linking.stems import ARTICLE_PREFIXES, inflection_key, skeleton, variants
from claims.text.events import MOVE_REACH, EventFrame, count_roles, event_frame, names_forces
from claims.text.normalize import normalize_key, tokenize
from claims.text.numbers import Number, extract_numbers
from claims.text.places import DATA as PLACES_DATA
from claims.text.places import event_places

# A stem this rare (log inverse document frequency) or rarer counts fully as shared evidence.
IDF_FULL = 6.0


@dataclass(frozen=True)
class ClaimText:
    text: str
    modality: str = "assert"
    source: str | None = None
    affiliation: str | None = None
    published: date | None = None  # the article's date, which «أمس» and «اليوم» count from


@dataclass(frozen=True)
class Prepared:
    claim: ClaimText
    norm: str
    content: tuple[str, ...]
    forms: tuple[tuple[str, ...], ...]
    shapes: tuple[frozenset[str], ...]
    nominal: tuple[bool, ...]
    index: frozenset[str]
    skeletons: frozenset[str]
    numbers: tuple[Number, ...]
    roles: tuple[str | None, ...]  # per number: the toll it gives (killed, wounded …), if any
    negations: tuple[str, ...]
    modality: str
    polarity: tuple[tuple[str, int, str], ...]
    dissent: tuple[str, ...]
    concession: bool
    exclusive: frozenset[tuple[str, str]]
    frame: EventFrame
    weights: tuple[float, ...]


def _bare(token: str) -> str:
    """The token without a leading conjunction: "ولم" → "لم"."""
    return token[1:] if token[:1] in "وف" and len(token) > 2 else token


def _is_content(token: str) -> bool:
    bare = _bare(token)
    return token.isalnum() and token not in lexicon.FUNCTION_WORDS and bare not in lexicon.FUNCTION_WORDS


def _is_nominal(token: str) -> bool:
    """A noun with the article or a number: swapping one for another changes what is claimed."""
    return token.isdigit() or token.startswith(ARTICLE_PREFIXES)


def _negations(tokens: list[str]) -> tuple[str, ...]:
    """Negating particles, each with the word it negates: "لم يعد" → ("لم يعد",)."""
    found = []
    for i, token in enumerate(tokens):
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        if _bare(token) in lexicon.NEGATIONS and following not in lexicon.NOT_NEGATING_NEXT:
            found.append(f"{_bare(token)} {following}".strip())
    return tuple(found)


# Endings of a relative adjective (nisba), folded: «طبيعي», «شرعيه», «قانونيين».
NISBA_ENDINGS = ("ي", "يه", "يين", "يون", "يا")


def privative(negation: str) -> str | None:
    """The adjective «غير» turns into its opposite, for a relative adjective or a participle
    («غير طبيعي» → "طبيعي", «غير مسبوق» → "مسبوق"), and «لا» joined to an abstract noun of that
    kind makes one word («سوريا لا مركزية», «اللاإنسانية»: "مركزيه"); None for any other negation
    («لا يعني», «لا صحة لهذه الأنباء»)."""
    particle, _, word = negation.partition(" ")
    bare = word[2:] if word.startswith("ال") and len(word) > 4 else word
    if particle == "لا":
        # An abstract noun in -iyya; a verb («لا يعطيه», «لا تنتهي») starts with its person prefix.
        return bare if len(bare) >= 5 and bare.endswith("يه") and bare[0] not in "يت" else None
    if particle != "غير" or len(bare) < 4:
        return None
    return bare if bare.endswith(NISBA_ENDINGS) or bare.startswith("م") else None


# «ما يؤكد أو ينفي», «لم تؤكد ولم تنف», «تأكيد أو نفي»: neither confirmed nor denied, no denial.
NEITHER = re.compile(
    r"(?:يؤكد|تؤكد|اكد|اكدت|تاكيد|يثبت|تثبت)\s+(?:او|ولا|ولم|ام)\s+(?:ينف|تنف|نفي|نفت|نفى|ينفي|تنفي)"
)


def _dissent(forms: tuple[tuple[str, ...], ...], neither: bool) -> tuple[str, ...]:
    """Refusal, failure or denial words; not the denial of «ما يؤكد أو ينفي» (neither confirmed nor denied)."""
    found = tuple(w for w in (_listed(stems, lexicon.DISSENT) for stems in forms) if w)
    if found and neither:
        return tuple(w for w in found if inflection_key(w) not in lexicon.DENIALS)
    return found


def _modality(claim: ClaimText, norm: str, keys: frozenset[str], neither: bool) -> str:
    """The claim's own modality, or "deny"/"allege" when its wording denies or alleges."""
    if claim.modality in ("deny", "allege") or neither:
        return claim.modality
    if keys & lexicon.DENIALS or lexicon.DENIAL_PHRASE.search(norm):
        return "deny"
    return "allege" if keys & lexicon.ALLEGATIONS else claim.modality


def _listed(stems: tuple[str, ...], words: frozenset[str]) -> str | None:
    """The reading of a word that a word list holds: "وصعود" → "صعود"."""
    return next((s for s in stems if inflection_key(s) in words), None)


def _reversal_index() -> dict[str, list[tuple[int, str, int]]]:
    """Inflection key → (position in REVERSALS, reversal, side) of every list holding it."""
    index: dict[str, list[tuple[int, str, int]]] = {}
    for position, (name, one, other) in enumerate(lexicon.REVERSALS):
        for side, words in enumerate((one, other)):
            for key in words:
                index.setdefault(key, []).append((position, name, side))
    return index


REVERSAL_INDEX = _reversal_index()
DEPLOY = ("withdraw_deploy", 1)  # the reversal and side of the words that move forces in
# A crisis or conflict named by its country («الأزمة السورية», «النزاع اليمني») is the war as a
# topic, not a dispute that an agreement reverses; so is one being settled or whose parties are named
# («التوصل لتسوية للأزمة», «حل الصراع», «أطراف النزاع»).
CONFLICT = ("agree_dispute", 1)
CONFLICT_TOPIC = frozenset(
    p + w for w in normalize_key("حل تسوية إنهاء انهاء أطراف طرفي تسويه").split() for p in ("", "ل", "و", "ب")
)
# Words that lessen or stop what follows: «مناطق خفض تصعيد التوتر», «وقف التصعيد» speak of a calm, not of a
# dispute or an escalation that an agreement or a calm would reverse.
REDUCING = frozenset(
    p + w
    for w in normalize_key("خفض تخفيف تهدئة احتواء وقف منع نزع").split()
    for p in ("", "ل", "و", "ب", "ال", "لل", "وال", "بال")
)
REDUCED = frozenset([CONFLICT, ("calm_escalate", 1)])


# Said of someone reported dead: alive, or still hiding or at large («لا يزال على قيد الحياة», «ما زال
# مختبئاً», «حي يرزق»), in folded text. Phrases, since «الحياة» and «قيد» alone say nothing of it.
_STILL = r"(?:لا ?يزال|لا ?تزال|لا ?زال|لا ?زالت|ما ?زال|ما ?زالت|ما ?يزال|ما ?تزال)"
ALIVE = re.compile(rf"قيد الحياه|\bحي يرزق|{_STILL} (?:حيا|حيه|مختبئا|مختبئه|يختبئ|تختبئ|مختفيا|طليقا)\b")
SURVIVAL = ("death_survival", 1)


def _alive(norm: str) -> tuple[tuple[str, int, str], ...]:
    """ "البغدادي لا زال مختبئا في سوريا" → (("death_survival", 1, "لا زال مختبئا"),): the reversal
    of a report of his death."""
    found = ALIVE.search(norm)
    return ((*SURVIVAL, found.group(0)),) if found else ()


def _polarity(forms: tuple[tuple[str, ...], ...], words: list[str]) -> tuple[tuple[str, int, str], ...]:
    """(reversal, side, word) for every word on one side of a reversal pair.

    Per word, each side is read from the first of its stems listed there, in the order of REVERSALS.
    A word of movement reverses a withdrawal only when it moves forces: «نشر قوات» does, «نشر
    ناشطون صوراً» (activists posted pictures) does not; a crisis named by its country is no dispute.
    """
    found = []
    for i, stems in enumerate(forms):
        hits: dict[tuple[int, str, int], str] = {}
        for stem in stems:
            for entry in REVERSAL_INDEX.get(inflection_key(stem), ()):
                if entry[1:] == DEPLOY and not names_forces(words[i + 1 : i + 1 + MOVE_REACH]):
                    continue
                if entry[1:] == CONFLICT and (
                    (i + 1 < len(words) and _nisba(words[i + 1]))
                    or (i > 0 and words[i - 1] in CONFLICT_TOPIC)
                ):
                    continue
                if entry[1:] in REDUCED and any(w in REDUCING for w in words[max(0, i - 2) : i]):
                    continue  # «خفض تصعيد التوتر», «وقف التصعيد»: tension or escalation lessened, a calm
                hits.setdefault(entry, stem)
        found.extend((name, side, word) for (_, name, side), word in sorted(hits.items()))
    return tuple(found)


def _exclusive_hit(token: str) -> tuple[str, str] | None:
    candidates = (token, token[1:] if token[:1] in "وفبلك" else "", token[2:] if token[:1] in "وف" else "")
    return next((lexicon.EXCLUSIVE[c] for c in candidates if c in lexicon.EXCLUSIVE), None)


def _nisba(token: str) -> bool:
    return token.startswith("ال") and token.endswith(("يه", "ي"))


def exclusive_names(tokens: list[str]) -> frozenset[tuple[str, str]]:
    """Places, currencies and parties named: "بسوريا والعراق" → {("place", "سوريا"), ("place", "العراق")}.

    Two adjectives of different countries in a row describe one body, not two places:
    "الجمعية الطبية السورية الأمريكية" names neither Syria nor America as where anything happened.
    """
    hits = [_exclusive_hit(token) for token in tokens]
    paired = set()
    for i in range(len(tokens) - 1):
        one, two = hits[i], hits[i + 1]
        if one and two and one != two and _nisba(tokens[i]) and _nisba(tokens[i + 1]):
            paired.update((i, i + 1))
    return frozenset(hit for i, hit in enumerate(hits) if hit and i not in paired)


# Nouns that announce a topic: «تسريبات حول معبر نصيب», «موضوع معبر نصيب الحدودي», «ملف المعتقلين».
TOPIC_HEADS = frozenset(
    stemming.stem(normalize_key(w)) for w in "موضوع ملف قضية مسألة تسريبات تفاصيل كواليس خفايا أسرار".split()
)
# A topic phrase this short (content words) is a headline or a fragment, with nothing said of it.
TOPIC_WORDS = 6


def topic_only(p: Prepared) -> bool:
    """Whether the claim only names a topic («تسريبات حول معبر نصيب الحدودي مع الأردن»): there is
    nothing in it a report can agree with or contradict."""
    if not p.content or len(p.content) > TOPIC_WORDS or p.content[0] not in TOPIC_HEADS:
        return False
    # «موضوع المعتقلين لم يحسم»: a verb, a negation or a number says something of the topic.
    return not (p.negations or p.numbers or any(t.startswith("ي") for t in p.content[1:]))


def term_weight(term: str, idf: Mapping[str, float] | None = None) -> float:
    """How much sharing a stem says, from its inverse document frequency: "سوري" 0.27, "البوكمال" 1.0."""
    table = lexicon.FREQUENT if idf is None else idf
    return min(1.0, table.get(term, IDF_FULL) / IDF_FULL)


# «، وهو ما نفته روسيا», «, وهو اتهام ينفيه النظام», «وهي اتهامات تنفيها دمشق»: who denies what was just said.
RESUMED_DENIAL = re.compile(
    r"[،,]\s*و(?:هو|هي|هذا|ذلك)\s+(?:ما|اتهام|اتهامات|أمر|الأمر)\s+(?:\S*نف[يت]|\S*تنف|ينف)"
)


def _read(text: str) -> tuple[str, list[str], list[str], tuple[tuple[str, ...], ...], frozenset[str]]:
    """A text folded, its tokens, its content words, their stems and the stems' inflection keys."""
    tokens = tokenize(text)
    words = [t for t in tokens if _is_content(t)]
    forms = tuple(variants(t) for t in words)
    return (
        normalize_key(text),
        tokens,
        words,
        forms,
        frozenset(inflection_key(s) for stems in forms for s in stems),
    )


def prepare(claim: ClaimText) -> Prepared:
    """Normalize, stem and annotate one claim.

    "نفت روسيا مقتل 19 مدنياً في إدلب" → content ("نفت", "روس", "مقتل", "19", "مدني", "ادلب"),
    modality "deny", numbers (19 مدنياً,), exclusive {("place", "روسيا"), ("place", "ادلب")}.
    """
    norm, tokens, words, forms, keys = _read(claim.text)
    numbers = tuple(extract_numbers(claim.text))
    neither = NEITHER.search(norm) is not None
    # «استخدام متعمد للتجويع كسلاح , وهو اتهام ينفيه نظام الأسد»: the denial is another party's answer
    # to what the claim reports, not the claim's own stance.
    answered = RESUMED_DENIAL.search(claim.text)
    stance_norm, _, _, stance_forms, stance_keys = (
        _read(claim.text[: answered.start()]) if answered else (norm, tokens, words, forms, keys)
    )
    return _assemble(
        claim,
        forms,
        nominal=tuple(_is_nominal(t) for t in words),
        numbers=numbers,
        roles=count_roles(claim.text, [(n.start, n.end) for n in numbers]),
        negations=_negations(tokens),
        modality=_modality(claim, stance_norm, stance_keys, neither),
        polarity=_polarity(forms, words) + _alive(norm),
        dissent=_dissent(stance_forms, neither),
        concession=not keys.isdisjoint(lexicon.CONCESSIONS),
        exclusive=exclusive_names(tokens),
        frame=event_frame(claim.text, event_places(claim.text)),
    )


def _assemble(claim: ClaimText, forms: tuple[tuple[str, ...], ...], **read) -> Prepared:
    """The prepared claim from its word forms and what was read in its text; everything derived
    from the forms alone (first stems, shapes, indexes, weights) is computed here."""
    shapes = tuple(frozenset(skeleton(s) for s in stems) for stems in forms)
    content = tuple(stems[0] for stems in forms)
    return Prepared(
        claim=claim,
        norm=" ".join(content),
        content=content,
        forms=forms,
        shapes=shapes,
        index=frozenset(s for stems in forms for s in stems),
        skeletons=frozenset().union(*shapes),
        weights=tuple(term_weight(term) for term in content),
        **read,
    )


def _code_version() -> str:
    """A digest of the code that :func:`prepare` runs: stored features older than it are recomputed."""
    digest = hashlib.sha256()
    for name in (
        "claims.linking.features",
        "claims.linking.lexicon",
        "claims.linking.stems",
        "claims.text.events",
        "claims.text.normalize",
        "claims.text.numbers",
        "claims.text.places",
        "claims.text.reference",
    ):
        digest.update(Path(importlib.import_module(name).__file__).read_bytes())
    digest.update(PLACES_DATA.read_bytes())
    return digest.hexdigest()[:16]


FEATURES_VERSION = _code_version()


def dump(p: Prepared) -> dict:
    """What :func:`prepare` found in a claim's text, as JSON to store beside the claim.

    Everything that can be rebuilt cheaply (the claim itself, stems' shapes, weights) is left out.
    """
    return {
        "version": FEATURES_VERSION,
        "reported_as": p.claim.modality,
        "forms": p.forms,
        "nominal": p.nominal,
        "numbers": [astuple(n) for n in p.numbers],
        "roles": p.roles,
        "negations": p.negations,
        "modality": p.modality,
        "polarity": p.polarity,
        "dissent": p.dissent,
        "concession": p.concession,
        "exclusive": sorted(p.exclusive),
        "frame": [
            sorted(p.frame.kinds),
            p.frame.weekday,
            p.frame.day_offset,
            list(p.frame.places),
            sorted(p.frame.actors),
            list(p.frame.date) if p.frame.date else None,
            p.frame.lead,
            p.frame.background,
            p.frame.captor,
            p.frame.store,
            list(p.frame.month) if p.frame.month else None,
        ],
    }


def _frame(data: list) -> EventFrame:
    kinds, weekday, day_offset, places, actors, named, lead, background, captor, store, month = data
    return EventFrame(
        frozenset(kinds),
        weekday,
        day_offset,
        tuple(places),
        frozenset(actors),
        tuple(named) if named else None,
        lead,
        bool(background),
        captor,
        bool(store),
        tuple(month) if month else None,
    )


def restore(claim: ClaimText, data: object) -> Prepared | None:
    """The prepared claim from :func:`dump`'s JSON; None when it is missing, malformed, stale, or
    was stored for the claim reported another way."""
    if not isinstance(data, dict) or data.get("version") != FEATURES_VERSION:
        return None
    if data.get("reported_as") != claim.modality:
        return None
    try:
        return _assemble(
            claim,
            tuple(tuple(stems) for stems in data["forms"]),
            nominal=tuple(data["nominal"]),
            numbers=tuple(Number(*fields) for fields in data["numbers"]),
            roles=tuple(data["roles"]),
            negations=tuple(data["negations"]),
            modality=data["modality"],
            polarity=tuple((name, side, word) for name, side, word in data["polarity"]),
            dissent=tuple(data["dissent"]),
            concession=bool(data["concession"]),
            exclusive=frozenset((kind, name) for kind, name in data["exclusive"]),
            frame=_frame(data["frame"]),
        )
    except (KeyError, TypeError, ValueError, IndexError):
        return None
