"""A gazetteer of the places Arabic news about Syria names, with their containment.

"قصف على مدينة الباب وبلدة تادف بريف حلب الشمالي" names al-Bab (a town of al-Bab district), Tadef
and the northern countryside of Aleppo, all within Aleppo governorate, within Syria. The data is
``data/places.json`` (origin and licence in ``data/PLACES.md``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from claims.text.lexicon import CAPITAL_NAMES
from claims.text.normalize import normalize_key
from claims.text.tokens import strip_article

DATA = Path(__file__).with_name("data") / "places.json"
WORD = re.compile(r"[0-9A-Za-z\u0621-\u065f\u0660-\u0669\u066e-\u06d3\u0640]+")

# Names that are also ordinary words ("الباب" the door, "القصير" the short, "سلمية" peaceful,
# "تدمر" it destroys): a mention only after a place noun or a preposition («مدينة الباب», «في تدمر»).
COMMON = """الباب التل السفيره القصير الميادين تدمر سلميه السلميه ازرع سوريه الغاب""".split()
# Names that are far more often words than places ("الثورة" the revolution, "صور" pictures, "جاسم" a man's
# name): a mention only after a place noun («ناحية الكرامة», «حي الشعار»).
RARE = """الثوره الطبقه صور الصور الروضه بنان صدد الناصره الهامه سلوك كسب الحاضر الراعي الزياره الجلاء الكرامه الشجره
المزرعه ملح الحمراء القبو شين مهين عوج سبه التبني كسره الكسره بصيره البصيره السوداء السودا المنصوره الحاجب
مسكنه الطواحين الحراك حيان جاسم نوي دانا ربيعه هنادي داليه الداليه كريمه الكريمه الحميديه نبل الضمير السبخه
الحديده حديده السكري الشعار الانصاري العباسيين الزهراء هجين سوسه السوسه القائم مشهد كلس الرمادي المفرق
الزرقاء صلاح_الدين عريقه حسيه مسميه قحطانيه يعربيه جواديه درباسيه سلمي الحصن حزه منغ""".split()
# Words that introduce a place: place nouns, prepositions and directions.
PLACE_NOUNS = frozenset(
    normalize_key(word)
    for word in """مدينه بلده قريه ناحيه منطقه محافظه حي مخيم ريف مدينتي بلدتي قريتي احياء ضواحي بلدات قري مدن
    مناطق ميناء مطار معبر""".split()
)
DIRECTIONS = frozenset(
    normalize_key(word) for word in "شمال جنوب شرق غرب شمالي جنوبي شرقي غربي شمالا جنوبا شرقا غربا".split()
)
INTRODUCERS = (
    PLACE_NOUNS
    | DIRECTIONS
    | frozenset(
        normalize_key(word) for word in "اطراف محيط قرب مركز في من الي نحو باتجاه داخل عند حول".split()
    )
)
# A place noun says which of several places sharing a name is meant: «مدينة حلب» the city.
NOUN_LEVEL = {"مدينه": 4, "بلده": 4, "قريه": 4, "محافظه": 1, "ناحيه": 3, "حي": 5}
# Nouns that make a district's name the district, not its seat town: «منطقة عفرين», «ريف معرة النعمان».
DISTRICT_NOUNS = frozenset(normalize_key(word) for word in "منطقه ريف".split())
PREFIXES = ("وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")


# «ومقره لندن», «ومقرها في بيروت»: the seat of the body just named.
SEAT = re.compile(r"و?مقر(?:ه|ها|هم)")
SEAT_REACH = 4
# A governorate that is one city, and the governorate around it: Damascus and its countryside.
COUNTRYSIDE_OF = {"SY01": "SY03"}
# Near such a city is the governorate around it: «قرب دمشق», «قرب مدينة دمشق» are Rif Dimashq.
VICINITY = frozenset(normalize_key(w) for w in "قرب بالقرب محيط اطراف ضواحي".split())
SURROUNDS = COUNTRYSIDE_OF | {"sy-c-damascus": "SY03"}

# Generated countryside areas ("ريف حلب الشمالي") are keyed "<governorate>-rural-<side>".
COUNTRYSIDE = "-rural-"


@dataclass(frozen=True)
class Place:
    key: str
    name: str
    level: int
    parents: tuple[str, ...]


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    return normalize_key(word)


@cache
def _gazetteer() -> tuple[dict[str, Place], dict[tuple[str, ...], list[Place]], dict[str, tuple[int, ...]]]:
    rows = json.loads(DATA.read_text(encoding="utf-8"))["places"]
    parent = {key: up for key, _, up, _, _ in rows}
    places = {}
    for key, level, _, name, _ in rows:
        chain, up = [], parent[key]
        while up:
            chain.append(up)
            up = parent[up]
        places[key] = Place(key, name, level, tuple(chain))
    named: dict[tuple[str, ...], list[Place]] = {}
    for key, _, _, name, aliases in rows:
        for variant in dict.fromkeys([name, *aliases]):
            named.setdefault(tuple(fold(variant).split()), []).append(places[key])
    # Names by their first word, as the word counts to try, longest first.
    lengths: dict[str, set[int]] = {}
    for tokens in named:
        lengths.setdefault(tokens[0], set()).add(len(tokens))
    return places, named, {first: tuple(sorted(ns, reverse=True)) for first, ns in lengths.items()}


def place(key: str) -> Place:
    """The place with this key: place("SY0702") → Place("SY0702", "معرة النعمان", 2, ("SY07", "SY"))."""
    return _gazetteer()[0][key]


def related(a: Place, b: Place) -> bool:
    """Equal, or one contains the other (village → district → governorate → Syria): compatible, never a mismatch."""
    return a.key == b.key or a.key in b.parents or b.key in a.parents


def compatible(a: Place, b: Place) -> bool:
    """Related, or one is the countryside of a governorate ("ريف إدلب الجنوبي", an area without
    borders) and the other lies in that governorate: "معرة النعمان" is in the southern Idlib
    countryside although no boundary says so."""
    if related(a, b):
        return True
    area, other = (a, b) if COUNTRYSIDE in a.key else (b, a)
    return COUNTRYSIDE in area.key and bool(area.parents) and area.parents[0] in other.parents


def _forms(word: str) -> list[tuple[str, int]]:
    """The word and the word without attached و ف ب ل ك, with the prefix length: "وبحلب" → ("حلب", 2)."""
    forms = [(word, 0)]
    for prefix in PREFIXES:
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            rest = word[len(prefix) :]
            forms.append((rest, len(prefix)))
            if prefix.endswith("ل") and rest.startswith("ل"):
                forms.append(("ا" + rest, len(prefix)))  # "للرقة" is ل + "الرقة"
    return forms


def _choose(candidates: list[Place], noun: str) -> Place | None:
    """One place for a name: the one the place noun asks for, else the widest when they nest."""
    wanted = NOUN_LEVEL.get(noun)
    for candidate in candidates:
        if candidate.level == wanted:
            return candidate
    widest = min(candidates, key=lambda p: p.level)
    if widest.level in (2, 3) and noun not in DISTRICT_NOUNS:
        # A district or sub-district named bare is its seat town in the news: «قصف على دوما», «مدينتي
        # سراقب ومعرة النعمان» (not Khan Shaykhun, which lies in the district of Maarat al-Numan).
        seat = next((p for p in candidates if p.level == 4 and widest.key in p.parents), None)
        if seat is not None:
            return seat
    if all(p is widest or related(p, widest) for p in candidates):
        return widest
    # Unrelated places share the name: the widest when it is alone at its level, else none.
    return widest if [p.level for p in candidates].count(widest.level) == 1 else None


def _original_offset(raw: str, letters: int) -> int:
    """Characters of ``raw`` covering its first ``letters`` letters (marks after them included)."""
    if letters == 0:
        return 0
    seen = 0
    for i, char in enumerate(raw):
        if seen == letters and fold(char):
            return i
        seen += bool(fold(char))
    return len(raw)


def find_places(text: str) -> list[tuple[Place, int, int]]:
    """Places named in ``text`` with the character span of each mention, longest match first, no overlaps.

    "قصف على مدينة الباب وبلدة تادف" → [(al-Bab town, 14, 19), (Tadef, 26, 30)]; a nisba names a
    body, not a place: "الجمعية الطبية السورية الأمريكية" → [].
    """
    spans = [m.span() for m in WORD.finditer(text)]
    words = _fold_all([text[start:end] for start, end in spans])
    found, i, listed = [], 0, -1
    while i < len(words):
        forms = _indexed_forms(words[i])
        # "في محيط دير الزور والميادين": a name joined by و to a place just named is listed with it.
        hit = forms and _match(text, spans, words, i, forms, listed == i and words[i][:1] == "و")
        if not hit:
            i += 1
            continue
        chosen, start, n = hit
        before = [_bare(word) for word in words[max(0, i - SEAT_REACH) : i]]
        if any(SEAT.fullmatch(word) for word in before) or _government_seat(before, words[i : i + n]):
            # «المرصد السوري، ومقره لندن», «الحكومة المركزية في بغداد»: where a body sits, not where
            # anything happened.
            i += n
            listed = i
            continue
        if chosen.key in SURROUNDS and VICINITY.intersection(before[-2:]):
            # «قرب دمشق», «بالقرب من دمشق»: the countryside around a city that is a governorate.
            chosen = place(SURROUNDS[chosen.key])
        found.append((chosen, start, spans[i + n - 1][1]))
        i += n
        listed = i
    return found


def _government_seat(before: list[str], name: list[str]) -> bool:
    """Whether a capital follows a government and «في»: «الحكومة المركزية في بغداد», «الموالية للحكومة
    في دمشق» name the government by its seat; «قوات الحكومة في حلب» a place."""
    if len(name) != 1 or name[0] not in CAPITAL_KEYS or not before or before[-1] != IN:
        return False
    return any(_governing(word) for word in before[-3:-1])


def _governing(word: str) -> bool:
    """ "الحكومه", "وللحكومه", "السلطات": a folded word naming a government."""
    return strip_article(word[1:] if word[:1] in ("و", "ف") else word) in GOVERNMENTS


def _fold_all(raw: list[str]) -> list[str]:
    """Fold words in one pass over the joined text, much faster than word by word on long texts."""
    words = normalize_key(" ".join(raw)).split(" ")
    return words if len(words) == len(raw) else [fold(word) for word in raw]


@lru_cache(maxsize=200_000)
def _indexed_forms(word: str) -> tuple[tuple[str, int], ...]:
    lengths = _gazetteer()[2]
    # The shortest prefix first: "ولبنان" is و + "لبنان", not ول + "بنان".
    return tuple(sorted(((form, cut) for form, cut in _forms(word) if form in lengths), key=lambda f: f[1]))


@lru_cache(maxsize=200_000)
def _bare(word: str) -> str:
    """A folded word as an introducer: "وبمدينة" → "مدينه"; else the word itself."""
    forms = [form for form, _ in _forms(word)]
    return next((form for form in forms if form in INTRODUCERS), word)


def _previous(text: str, spans: list, words: list, i: int) -> str:
    """The word just before word i when only spaces separate them, as an introducer."""
    if i == 0 or text[spans[i - 1][1] : spans[i][0]].strip():
        return ""
    return _bare(words[i - 1])


def _match(
    text: str, spans: list, words: list, i: int, forms: tuple, listed: bool
) -> tuple[Place, int, int] | None:
    _, named, lengths = _gazetteer()
    for form, cut in forms:
        for n in lengths[form]:
            tokens = (form, *words[i + 1 : i + n])
            candidates = named.get(tokens) if len(tokens) == n else None
            if not candidates or any(
                text[spans[i + k - 1][1] : spans[i + k][0]].strip() for k in range(1, n)
            ):
                continue
            chosen = _resolve(tokens, _previous(text, spans, words, i), words[i], cut, listed)
            if chosen is not None:
                start, end = spans[i]
                return chosen, start + _original_offset(text[start:end], cut), n
    return None


@lru_cache(maxsize=100_000)
def _resolve(tokens: tuple[str, ...], previous: str, word: str, cut: int, listed: bool) -> Place | None:
    """The place a name in this context stands for, or None when it is a word or ambiguous."""
    if not _plausible(" ".join(tokens), previous, word, cut, listed):
        return None
    return _choose(_gazetteer()[1][tokens], previous)


def _plausible(name: str, previous: str, word: str, cut: int, listed: bool) -> bool:
    """A common word counts only when introduced; a nisba after a definite noun is an adjective."""
    if name in RARE_KEYS and previous not in PLACE_NOUNS:
        return False
    introduced = listed or previous in INTRODUCERS or (cut and word[cut - 1] == "ب")
    if name in COMMON_KEYS and not introduced:
        return False
    nisba = " " not in name and name.endswith("يه") and not cut
    return not (nisba and previous.startswith("ال") and previous not in INTRODUCERS)


def whole_place(text: str) -> Place | None:
    """The place ``text`` names, all of it and nothing else: "واشنطن" → Washington; "وواشنطن" → None."""
    found = find_places(text)
    return found[0][0] if len(found) == 1 and found[0][1] == 0 and found[0][2] == len(text) else None


def event_places(text: str) -> tuple[str, ...]:
    """The keys of the places where what a claim tells happens, in order, once each. A foreign
    capital that nothing places stands for its government: «وتنفي موسكو وطهران وأنقرة», «موسكو
    منعت حصول ذلك» name parties; «اجتماع بموسكو», «في العاصمة الروسية موسكو» a place. Damascus
    stays a place: Syrian news names it far more often as where than as who."""
    spans = [m.span() for m in WORD.finditer(text)]
    keys: list[str] = []
    last_end = None
    for found, start, end in find_places(text):
        party = fold(text[start:end]) in CAPITAL_KEYS and found.parents[:1] != (SYRIA,)
        located = last_end is not None and _locator(text, spans, last_end, start)
        if found.key not in keys and not (party and not _placed(text, spans, start)) and not located:
            keys.append(found.key)
        last_end = end
    return tuple(keys)


LOCATOR_WORDS = 6  # words at most between a place and the direction that locates it by another


def _locator(text: str, spans: list, after: int, start: int) -> bool:
    """Whether the place at ``start`` only tells where the place named just before it lies: «بلدة خان شيخون
    الواقعة جنوب مدينة إدلب», «قرية X ( 20 كلم شمال حماة )»: the event is at the first, not in the city."""
    words = [_bare(fold(text[s:e])) for s, e in spans if after <= s < start]
    return 0 < len(words) <= LOCATOR_WORDS and any(w in DIRECTIONS for w in words)


def _placed(text: str, spans: list, start: int) -> bool:
    """Whether the name beginning at ``start`` is introduced as a place: by an attached «ب», or by
    a place noun, a preposition or a direction just before it, or «العاصمة» two words back."""
    index = next(i for i, (s, e) in enumerate(spans) if s <= start < e)
    if "ب" in text[spans[index][0] : start]:
        return True
    before = [_bare(fold(text[s:e])) for s, e in spans[max(0, index - 2) : index]]
    return bool(before) and (before[-1] in INTRODUCERS or CAPITAL_NOUN in before)


SYRIA = "SY"
CAPITAL_NOUN = normalize_key("العاصمة")
CAPITAL_KEYS = frozenset(normalize_key(word) for word in CAPITAL_NAMES.split())
IN = normalize_key("في")
GOVERNMENTS = frozenset(normalize_key(word) for word in "حكومة سلطات".split())
COMMON_KEYS = frozenset(normalize_key(word) for word in COMMON)
RARE_KEYS = frozenset(normalize_key(word.replace("_", " ")) for word in RARE)
