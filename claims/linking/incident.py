"""Whether two claims can speak of one incident, and what ties them to it.

A fact-checker sets two reports against each other only when they are about the same event: the
same kind of event (an air raid is not an earthquake), on the same day, at the same place or one
containing the other (a village and its governorate are compatible, never a mismatch). A clash on
any of these says "two incidents"; an *anchor* (a shared specific place, the same day, a rare name
both repeat) says "one incident" with some certainty. Without an anchor, two claims that merely
read alike (two tolls of "civilians") are not set against each other.
"""

from __future__ import annotations

import json
import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from claims.linking import lexicon
from claims.linking.features import Prepared, term_weight
from claims.linking.stems import variants
from claims.text.events import GENERIC, captors_differ, kinds_clash
from claims.text.normalize import normalize_key
from claims.text.places import COUNTRYSIDE, COUNTRYSIDE_OF, Place, compatible, place, related

# Two calendar dates this far apart are two events; closer, one may be a dateline's.
NAMED_DAY_TOLERANCE = 3
# Two days named for the event this far apart are two events (a report a day late says «أمس»,
# and a weekday may be the day of the statement rather than of the event).
DAY_TOLERANCE = 1
# A shared word this rare (term_weight) and long names one thing both claims speak of.
ANCHOR_WEIGHT = 0.95
# At or below this weight (log IDF 3.0: one story in twenty or more uses the word) a shared word says
# nothing of which event two claims are about.
GENERIC_WEIGHT = 0.5
ANCHOR_LENGTH = 5
# Words too common in Syria news to tie two reports to one incident, counted by story in Baly 2018
# (bench/news_common.py writes it): «خسارة», «حلفائه», «استخدم» are shared by stories of every kind.
NEWS_COMMON_PATH = Path(__file__).with_name("news_common.json")
NEWS_COMMON = (
    frozenset(json.loads(NEWS_COMMON_PATH.read_text(encoding="utf-8")))
    if NEWS_COMMON_PATH.exists()
    else frozenset()
)
# A place this deep (a district or anything within one; an area of a governorate) anchors fully,
# a governorate (1) half.
ANCHOR_LEVEL = 2
# Damascus (SY01) and its countryside (SY03) are one area to a reporter: "غرب دمشق", "ريف دمشق".
TWIN_GOVERNORATES = COUNTRYSIDE_OF
# Two claims worded alike but for the place are one report whose place is disputed
# ("مقتل 4 مقاتلين روس شرقي سوريا" / "… شرقي اليمن"), not two incidents.
SAME_WORDING = 0.8

# A village or town named after the word for it («قرية أبو ميال», «بلدة حماده عمر»), whether the
# gazetteer lists it or not: most of Syria's villages it does not.
# A city named after the word for it, without the article: «مدينة جرابلس»; «المدينة» with a word after it is
# described («المدينة القديمة»), not named.
SETTLEMENT = re.compile(
    r"(?<!\S)(?:[وبلف]|وب|ول)?(?:(?:ال)?(?:قريه|قريتي|بلده|بلدتي)|مدينه|مدينتي)\s+(\S+)(?:\s+(\S+))?"
)
# First words of many village names: the word after them tells the village.
NAME_HEADS = frozenset(normalize_key(w) for w in "أبو أم عين تل دير كفر بيت خربة جسر عرب".split())
# Words that describe the village rather than name it: «البلدة المجاورة», «القرية نفسها».
NOT_NAMES = frozenset(
    normalize_key(w)
    for w in """المجاورة مجاورة نفسها ذاتها الواقعة واقعة الحدودية حدودية الصغيرة صغيرة الكبيرة كبيرة
    المذكورة مذكورة المحاصرة محاصرة الأخيرة أخرى الأخرى واحدة""".split()
)


@lru_cache(maxsize=16384)
def settlements(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the names of the villages and towns a claim names after «قرية»/«بلدة», its words without the
    article): "قتل ستة عناصر شمال قرية حماده عمر" → ({"حماده عمر"}, {…every folded word})."""
    norm = normalize_key(text)
    names = set()
    for match in SETTLEMENT.finditer(norm):
        first, second = match.group(1), match.group(2)
        if first in lexicon.STOPWORDS or first in NOT_NAMES or first.isdigit() or len(first) < 2:
            continue
        names.add(f"{first} {second}" if first in NAME_HEADS and second else first)
    return frozenset(names), frozenset(map(_bare_name, norm.split()))


def _bare_name(name: str) -> str:
    return name[2:] if name.startswith("ال") and len(name) > 4 else name


def settlements_apart(a: Prepared, b: Prepared) -> bool:
    """Both claims name a village or town after the word for it, and neither names one the other
    mentions at all: «قرية أبو ميال بريف حماة الشرقي» and «قرية حماده عمر في ناحية عقيربات» are
    two places, listed in the gazetteer or not."""
    names_a, words_a = settlements(a.claim.text)
    names_b, words_b = settlements(b.claim.text)
    if not names_a or not names_b:
        return False

    def mentioned(name: str, words: frozenset[str]) -> bool:
        return all(_bare_name(w) in words for w in name.split())

    return not any(mentioned(n, words_b) for n in names_a) and not any(mentioned(n, words_a) for n in names_b)


@dataclass(frozen=True)
class IncidentMatch:
    clashes: tuple[str, ...] = ()  # "kind", "captor", "day", "place": why these are two incidents
    places: tuple[str, ...] = ()  # places both name (or one containing the other), most specific first
    place_level: int = -1  # how deep the most specific of them lies: 1 a province, 2 a district or finer
    same_day: bool = False
    terms: tuple[str, ...] = ()  # rare words both repeat
    eventful: bool = True  # at least one claim names an event (a raid, a toll, a capture …)
    kind: str | None = None  # the kind of event both claims are about (EventFrame.lead), a toll aside
    background: bool = False  # either claim speaks of a state or a time gone by («في العام 2014»)

    @property
    def different(self) -> bool:
        return bool(self.clashes)

    @property
    def anchoring(self) -> float:
        """What ties the claims to one incident: a shared town or district 2, a shared governorate
        or province 1, the same day 1, each rare shared word 0.5 (two at most); 0 for two
        incidents. A country says nothing: most of the news is about Syria."""
        if self.clashes:
            return 0.0
        place = 2.0 if self.place_level >= ANCHOR_LEVEL else 1.0 if self.place_level >= 1 else 0.0
        strength = place + 1.0 * self.same_day + 0.5 * min(len(self.terms), 2)
        # Background with no event in it ("تحاصر قوات الجيش الغوطة منذ 2013") is one place, not one incident.
        return strength if self.eventful else min(strength, 1.0)

    @property
    def strength(self) -> float:
        """How surely the two claims speak of one incident: their anchoring, and 0.5 more when both
        are about one kind of event (two air strikes on one town rather than a strike and a
        capture). One kind of event alone ties nothing: air strikes are daily."""
        anchoring = self.anchoring
        return anchoring + 0.5 * bool(self.kind and self.eventful) if anchoring else 0.0

    @property
    def province_only(self) -> bool:
        """Tied by nothing finer than a province: no town, day or rare name."""
        return self.place_level == 1 and not self.same_day and not self.terms

    @property
    def anchored(self) -> bool:
        return self.anchoring >= 1.0

    def evidence(self) -> dict:
        if self.clashes:
            return {"incident_clashes": list(self.clashes)}
        anchors = {
            "places": list(self.places),
            "day": self.same_day,
            "terms": list(self.terms),
            "kind": self.kind,
        }
        return {"incident_anchors": {k: v for k, v in anchors.items() if v}} if self.strength else {}


def _event_day(p: Prepared) -> date | None:
    """The day the claim dates its event: a date it names («22 تموز»; the year from the article
    when it names none), else a day counted from the article's («أمس»)."""
    published, offset, named = p.claim.published, p.frame.day_offset, p.frame.date
    if named:
        year = named[0] or (published.year if published else None)
        try:
            return date(year, named[1], named[2]) if year else None
        except ValueError:
            return None
    if published is None or offset is None:
        return None
    return published + timedelta(days=offset)


# Days before its article at which an event the claim dates with a year named is history, not the news.
LONG_BEFORE_DAYS = 60


def _long_before(p: Prepared) -> bool:
    """The claim dates its event, with the year, more than LONG_BEFORE_DAYS before its article was published:
    «في 9 تموز / يوليو 2016 سيطرت القوات العراقية على قاعدة القيارة» in a report of December 2017."""
    year = (p.frame.date or p.frame.month or (None,))[0]
    if p.claim.published is None or year is None:
        return False
    span = _days_of(p, _event_day(p) if p.frame.date else None, year)  # a named month from its first day
    return span is not None and (p.claim.published - span[0]).days > LONG_BEFORE_DAYS


def _days_of(p: Prepared, day: date | None, year: int | None) -> tuple[date, date] | None:
    """The first and last day the claim's event may fall on: its day, or the month it names."""
    if day is not None:
        return day, day
    if p.frame.month is None:
        return None
    named_year, month = p.frame.month
    year = named_year or year
    if year is None:
        return None
    return date(year, month, 1), date(year, month, monthrange(year, month)[1])


def _months_apart(a: Prepared, b: Prepared, day_a: date | None, day_b: date | None) -> int | None:
    """Days between the spans two claims date their events to, a named month being all of its days; the
    year from the claim, else its article, else one year for both when neither says (None when one is
    undated)."""
    years = [
        (p.frame.month or p.frame.date or (None,))[0]
        or (p.claim.published.year if p.claim.published else None)
        for p in (a, b)
    ]
    if None in years and (day_a or day_b):
        return None
    if None in years:
        years = [2000, 2000]
        day_a, day_b = (_in_a_year(p.frame.date) if p.frame.date else None for p in (a, b))
    spans = [_days_of(p, day, year) for p, day, year in ((a, day_a, years[0]), (b, day_b, years[1]))]
    if None in spans:
        return None
    (start_a, end_a), (start_b, end_b) = spans
    return max((start_b - end_a).days, (start_a - end_b).days, 0)


def _in_a_year(named: tuple) -> date | None:
    try:
        return date(2000, named[1], named[2])  # a leap year: 29 February exists
    except ValueError:
        return None


def _weekday(p: Prepared) -> int | None:
    """The weekday named, or that of the day counted from the article's date; never a calendar
    date's, which may be a page header's rather than the event's."""
    if p.frame.weekday is not None:
        return p.frame.weekday
    published, offset = p.claim.published, p.frame.day_offset
    if published is None or offset is None:
        return None
    return (published + timedelta(days=offset)).weekday()


def _day(a: Prepared, b: Prepared) -> tuple[bool, bool]:
    """(clash, same day)."""
    day_a, day_b = _event_day(a), _event_day(b)
    if not (day_a and day_b) and a.frame.date and b.frame.date:
        # Dates without a year on either side, in articles of unknown date: as in one year.
        day_a, day_b = (_in_a_year(p.frame.date) for p in (a, b))
    if day_a and day_b:
        apart = abs((day_a - day_b).days)
        # A named date may be the dateline's, the day of publication rather than of the event.
        tolerance = NAMED_DAY_TOLERANCE if a.frame.date or b.frame.date else DAY_TOLERANCE
        return apart > tolerance, apart == 0
    if a.frame.month or b.frame.month:
        # «نهاية تشرين الثاني» against «في 20 تشرين الأول»: a month is every day of it.
        apart = _months_apart(a, b, day_a, day_b)
        if apart is not None:
            return apart > NAMED_DAY_TOLERANCE, False
    week_a, week_b = _weekday(a), _weekday(b)
    if week_a is None or week_b is None:
        return False, False
    apart = min((week_a - week_b) % 7, (week_b - week_a) % 7)
    return apart > DAY_TOLERANCE, apart == 0


def specificity(p: Place) -> tuple[int, int]:
    """How narrow a place is: how many places contain it, then its level. A town of a sub-district
    (4 containers) is narrower than Eastern Ghouta (a named area of a governorate, 2), which is as
    wide as a district."""
    return len(p.parents), p.level


def _governorate(p: Place) -> str:
    """The key of the province a place lies in (itself for a province), Damascus joined to its
    countryside: "غرب دمشق" and "ريف دمشق" are one area to a reporter."""
    chain = (p.key, *p.parents)
    key = chain[-2] if len(chain) >= 2 and p.level >= 1 else p.key
    return TWIN_GOVERNORATES.get(key, key)


def _places(a: Prepared, b: Prepared) -> tuple[bool, list[Place]]:
    """(clash, shared places): a clash when both name places in different provinces and none is
    compatible with any of the other's; shared is what both say of each compatible pair (for a
    village and its governorate, the governorate; for two towns of one province, the province),
    most specific first."""
    # A country is more often a party than a place ("قالت روسيا"), and a dateline names one; a state no party
    # to the war («في مقاطعة فرح بغرب أفغانستان») is where what a claim tells happened.
    places_a = [p for p in map(place, a.frame.places) if p.level >= 1 or _remote(p)]
    places_b = [p for p in map(place, b.frame.places) if p.level >= 1 or _remote(p)]
    if not places_a or not places_b:
        return False, []
    shared = {_common(x, y) for x in places_a for y in places_b if compatible(x, y)}
    towns_a, towns_b = _localities(places_a), _localities(places_b)
    # Two towns, neither within the other, are two places however close: the capture of Tadef and
    # that of al-Khafsa, both "in the eastern countryside of Aleppo", are two events.
    apart = bool(towns_a and towns_b) and not any(related(x, y) for x in towns_a for y in towns_b)
    if not shared:
        provinces = {_governorate(x) for x in places_a} & {_governorate(y) for y in places_b}
        shared = {place(key) for key in provinces}
    return apart or not shared, sorted(shared, key=lambda p: (-len(p.parents), -p.level, p.name))


# States that speak, strike or send forces in the news of Syria's war, or host its talks (Geneva, Astana,
# Brussels, Cairo, Kuwait's donor conferences): their names are parties or venues as often as places.
PARTIES = frozenset("SY RU US TR IR IL IQ LB JO SA QA AE FR GB DE CN PS EG KW CH KZ BE".split())


def _remote(p: Place) -> bool:
    return p.level == 0 and p.key not in PARTIES


def _localities(places: list[Place]) -> list[Place]:
    """The places narrower than a governorate with borders: districts, towns, villages,
    neighbourhoods; not a governorate's countryside, an area without borders."""
    return [p for p in places if p.level >= 2 and COUNTRYSIDE not in p.key]


def _common(x: Place, y: Place) -> Place:
    """What two compatible places both say: the wider of the two, or for a countryside area and a
    town in it, their governorate."""
    if related(x, y):
        return min(x, y, key=specificity)
    area = x if COUNTRYSIDE in x.key else y
    return place(area.parents[0])


def _depth(p: Place) -> int:
    """How deep a shared place lies, as anchoring counts it (``IncidentMatch.place_level``): a side of a
    governorate's countryside («ريف حلب الشمالي», scores of towns and villages) as wide as the governorate."""
    return 1 if COUNTRYSIDE in p.key else len(p.parents)


def informative(term: str) -> bool:
    """A shared word that one story in twenty or fewer uses, in every one of its readings: «انفجار», «سوق»,
    «الجولاني»; not «سوري», «نظام», «تنظيم», «داعش»."""
    return min(term_weight(v) for v in variants(term)) > GENERIC_WEIGHT


def news_common(term: str) -> bool:
    """A shared word of the project's list of words common in the news, in any of its readings."""
    return not NEWS_COMMON.isdisjoint((term, *variants(term)))


def _rare_shared(shared_terms: list[str]) -> list[str]:
    """Shared words rare in the news, by the commoner of their readings: «ونساء» is «نساء» with «و»
    glued to it, and «وادلب» a place already counted, not a rare name; «لخسارة» is «خسارة», which
    stories of every kind use. The shared word is a stem already, which a second stemming may cut
    further («باتجا» of «باتجاه» → «باتج»): it is looked up as it is too."""
    return [
        t
        for t in shared_terms
        if len(t) >= ANCHOR_LENGTH
        and not t.isdigit()
        and min(term_weight(v) for v in variants(t)) >= ANCHOR_WEIGHT
        and not news_common(t)
    ]


def incident_match(
    a: Prepared, b: Prepared, shared_terms: list[str], similarity: float = 0.0
) -> IncidentMatch:
    """ "27 مدنياً قتلوا في غارات روسية على سوق معرة النعمان" / "قصفت سوق معرة النعمان يوم الاثنين"
    → no clash, anchors ("معرة النعمان",); "قتل 4 في عربين بقصف" / "قتل 328 في زلزال كرمانشاه" → clash."""
    clashes = []
    # One statement worded alike both times is one report, whatever kinds of event it names (days
    # apart still make two: «قتل 12 مدنياً في غارات على دوما أمس» a fortnight before «قتل 30 …»).
    reworded = similarity >= SAME_WORDING
    if kinds_clash(a.frame, b.frame) and not reworded:
        clashes.append("kind")
    if captors_differ(a.frame, b.frame):
        clashes.append("captor")
    day_clash, same_day = _day(a, b)
    if day_clash:
        clashes.append("day")
    place_clash, shared = _places(a, b)
    if (place_clash or settlements_apart(a, b)) and not reworded:
        clashes.append("place")
    level = _depth(shared[0]) if shared else -1
    names = tuple(p.name for p in shared[:3])
    named = normalize_key(" ".join(names))
    terms = [t for t in _rare_shared(shared_terms) if t not in named]
    # A state or a period ("since 2014", "in the past weeks") on either side is no incident, nor an event
    # dated months before its article: a timeline's «سنجار : في 13 نوفمبر 2015 , استعادت القوات الكردية …».
    background = a.frame.background or b.frame.background or _long_before(a) or _long_before(b)
    eventful = bool(a.frame.kinds or b.frame.kinds) and not background
    # Two claims about one kind of event (each names it first): two air strikes, two captures.
    kind = a.frame.lead if a.frame.lead == b.frame.lead and a.frame.lead not in GENERIC else None
    return IncidentMatch(tuple(clashes), names, level, same_day, tuple(terms[:3]), eventful, kind, background)


# The kind that names an incident, most specific first: a chemical attack by air is a chemical attack.
KIND_ORDER = (
    "chemical",
    "bombing",
    "air_strike",
    "shelling",
    "capture",
    "withdrawal",
    "deployment",
    "clashes",
    "displacement",
    "arrest",
    "agreement",
    "vote",
    "disaster",
    "crash",
    "casualty",
)


@dataclass(frozen=True)
class Founding:
    """What a claim says of the incident it could found: its kind, its most specific place, its day."""

    kind: str
    place: Place
    day: date | None


def founding(p: Prepared) -> Founding | None:
    """ "قتل 12 مدنياً في غارات على معرة النعمان أمس" published 2019-07-23 → Founding("air_strike",
    معرة النعمان, 2019-07-22); None for a claim naming no event or no place (it may still join an
    incident another claim founded)."""
    places = [p for p in map(place, p.frame.places) if p.level >= 1]
    # A state or a period («منذ صيف 2014») is the background of incidents, not one.
    if not p.frame.kinds or not places or p.frame.background:
        return None
    kind = next(k for k in KIND_ORDER if k in p.frame.kinds)
    return Founding(kind, max(places, key=specificity), _event_day(p) or p.claim.published)


def _named(p: Prepared) -> list[Place]:
    """The places a claim names where something happened: its places within a country when it
    names any (a country beside them is a party: «غارات روسية على إدلب», «قالت روسيا»), else its countries."""
    places = [place(key) for key in p.frame.places]
    inside = [x for x in places if x.level >= 1]
    return inside or places


def place_mismatch(a: Prepared, b: Prepared) -> list[list[str]]:
    """Places of the two claims none of which is compatible with any of the other's:
    "إدلب" / "دوما" → [["إدلب", "دوما"]]; "معرة النعمان" / "إدلب" → [] (one contains the other)."""
    places_a, places_b = _named(a), _named(b)
    if not places_a or not places_b or any(compatible(x, y) for x in places_a for y in places_b):
        return []
    provinces = {_governorate(x) for x in places_a} & {_governorate(y) for y in places_b}
    if provinces and all(x.level >= 1 for x in places_a + places_b):
        return []
    return [[x.name, y.name] for x in places_a for y in places_b][:4]
