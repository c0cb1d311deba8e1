"""The event a claim reports: what happened (its kinds), on which day, where.

"قتل 19 مدنياً في غارات روسية على معرة النعمان يوم الخميس"
→ EventFrame(kinds={"air_strike", "casualty"}, weekday=3, day_offset=None, places=("…معرة النعمان",)).

Kinds are read from trigger words (any clitic and the article stripped); the day from a named
weekday («يوم الخميس», «الأحد الماضي») or a relative day («أمس», «اليوم», «الليلة الماضية»); the
places from the gazetteer (claims.text.places), which never counts a nisba adjective or an
organisation's name as a place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.text.normalize import normalize_key, tokenize


def _keys(words: str) -> frozenset[str]:
    """Folded forms of space-separated words, as claims are folded to be matched: "غارة غارات" → {"غاره", "غارات"}."""
    return frozenset(normalize_key(w) for w in words.split())


# Trigger words per kind, folded (ة→ه, أ→ا, ى→ي). A word counts with any of و ف ب ل ك and ال before it.
TRIGGERS = {
    "air_strike": "غاره غارات الغاره طيران طائره طائرات مقاتلات قاذفات مروحي مروحيه مروحيات براميل برميل جوي جويه",
    "shelling": "قصف القصف قصفت يقصف تقصف قصفوا استهدف استهدفت استهداف يستهدف ضربه ضربات قذائف قذيفه هاون مدفعي مدفعيه صاروخ صواريخ صاروخيه راجمات",
    "chemical": "كيماوي كيميائي كيمياوي كيماويه كيميائيه سارين الكلور كلور غازات سام سامه الخردل",
    "bombing": "تفجير تفجيرات انفجار انفجارات مفخخه مفخخات انتحاري انتحاريه انتحاريين ناسفه عبوه",
    "clashes": "قتال اشتباكات اشتباك اشتبك اشتبكت يشتبك تشتبك معارك معركه مواجهات هجوم هجمات اقتحام",
    "capture": "سيطره سيطر سيطرت يسيطر تسيطر استعاد استعادت استعاده يستعيد تستعيد تحرير حرر حررت طرد طردت يطرد استيلاء استولى استولت",
    "withdrawal": "انسحب انسحبت انسحاب ينسحب تنسحب",
    "displacement": "نزوح نازح نازحين نازحون نزحوا تهجير مهجرين لاجئ لاجئين لاجئون",
    "arrest": "اعتقال اعتقل اعتقلت احتجاز احتجز اختطاف اختطف خطف",
    "deployment": "تعزيزات حشود",
    "agreement": "اتفاق اتفاقيه هدنه تسويه مصالحه اجلاء",
    "vote": "فيتو النقض تصويت صوت صوتت مشروع",
    "disaster": "زلزال زلزالا الزلزال هزه هزات فيضان فيضانات اعصار",
    "crash": "تحطم تحطمت يتحطم تتحطم تحطمها تحطمه",
    "casualty": "مجزره مجازر اغتيال اغتال يغتال قتل مقتل قتلى قتيل قتيلا قتلوا جرحى جريح جروح اصيب اصيبوا اصيبت مصابين اصابه اصابات ضحايا حصيله مصرع قضوا استشهاد شهداء",
}
TRIGGER = {normalize_key(word): kind for kind, words in TRIGGERS.items() for word in words.split()}
# Kinds of one family can be one event seen from two sides; families that share none cannot.
FAMILIES = {
    "air_strike": {"attack"},
    "shelling": {"attack"},
    "chemical": {"attack"},
    "bombing": {"attack"},
    "clashes": {"attack", "territory"},
    "capture": {"territory"},
    "withdrawal": {"territory"},
    "displacement": {"attack", "territory", "displacement"},
    "arrest": {"arrest"},
    "deployment": {"deployment"},
    "agreement": {"agreement"},
    "vote": {"vote"},
    "disaster": {"disaster"},
    "crash": {"disaster"},
    "casualty": {"attack", "disaster", "territory"},
}
# Words of a raid itself, not of an aircraft that may fall: «غارة», «براميل», «قصف».
STRIKES = _keys("غاره غارات براميل برميل قصف القصف قصفت")
# Words of falling or of bringing down, said of an aircraft: one aircraft lost, whether an outlet says it crashed
# («تحطمت», «سقطت») or was shot down («أسقطت الفصائل طائرة حربية»).
FALLS = _keys("سقوط سقوطها سقوطه بسقوطها بسقوطه سقطت سقط تسقط إسقاط بإسقاط أسقطت أسقط يسقط أسقطتها أسقطها")
AIRCRAFT = _keys("طائرة طائرات طائرتين مروحية مروحيات هليكوبتر مقاتلة مقاتلات قاذفة سوخوي ميغ")
# A toll says people died, not how: it goes with whatever kind of event the claim also names.
GENERIC = frozenset({"casualty"})
# A car bomb and an air raid are two events whatever their tolls.
EXCLUSIVE_KINDS = (frozenset({"bombing"}), frozenset({"air_strike", "chemical"}))
WEEKDAYS = {
    normalize_key(name): day
    for day, names in enumerate(
        ("الاثنين الإثنين", "الثلاثاء", "الأربعاء الاربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
    )
    for name in names.split()
}
RELATIVE_DAYS = {"امس": -1, "البارحه": -1, "اليوم": 0}
YESTERDAY_PHRASES = ("الليله الماضيه", "ليل امس", "مساء امس", "صباح امس", "فجر امس")
CLITICS = "وفبلك"
# Forces sent, moved in or stationed: «إرسال تعزيزات», «نشر قوات», «دخول أي من مسلحيها», «وجود جنود».
# The movement word names a deployment only with the forces it moves: «نشر ناشطون صوراً» is no
# deployment, «دخول قوات النظام المدينة» is.
MOVES = _keys("دخول دخل دخلت يدخل ارسال ارسل ارسلت يرسل نشر نشرت ينشر انتشار انتشرت وجود تواجد وصول وصلت")
FORCES = tuple(
    normalize_key(w)
    for w in "قوات قواتها جنود جندي مسلح مقاتل عناصر وحدات وحده كتائب كتيبه فرقه سريه ميليشيات مرتزقه".split()
)
MOVE_REACH = 3
# «ونفت دخولها إلى البوكمال», «انتشارهم»: the movement word with the pronoun of the forces named before it (not
# «وجوده», one man's whereabouts).
FORCES_PRONOUNS = ("ها", "هم")


def _moved_own(forms: tuple[str, ...]) -> bool:
    return any(f.endswith(FORCES_PRONOUNS) and f[:-2] in MOVES for f in forms)


# Heads of bodies' names, indefinite before the name: «هيئة تحرير الشام», «حركة تحرير حمص».
NAME_HEADS = _keys("هيئه جبهه حركه جيش لواء الويه تجمع حزب كتائب كتيبه غرفه")
NAMES_WITH_TRIGGERS = (frozenset({"تحرير", "وتحرير", "لتحرير"}), "الشام")  # «ضد تحرير الشام»: the body
AIM_WORDS = _keys("بهدف لهدف اجل سعيا محاوله محاولات")
_WORD = re.compile(r"[^\s,.،؛:!?()«»\"']+")


@dataclass(frozen=True)
class EventFrame:
    kinds: frozenset[str]
    weekday: int | None = None  # Monday 0 … Sunday 6, when the claim names exactly one
    day_offset: int | None = None  # days before publication: -1 «أمس», 0 «اليوم»
    places: tuple[str, ...] = ()
    actors: frozenset[str] = frozenset()  # the camps the claim says carried the attack out
    date: tuple[int | None, int, int] | None = None  # (year, month, day) the claim names, year if given
    # The kind the claim names first, a toll only when it names nothing else: what it is about.
    # «استعادة تنظيم داعش سيطرته على البوكمال … بدعم جوي» is a capture, not an air strike.
    lead: str | None = None
    # A state or a period rather than one event: «يسيطر التنظيم منذ صيف 2014 على …», «خسر التنظيم
    # خلال الأسابيع الماضية الجزء الأكبر من المحافظة».
    background: bool = False
    # The camp that took the ground, for a capture: the subject of the word that says so («استعاد
    # تنظيم الدولة نصف البوكمال» → "islamic_state"); None when no camp names it or it was lost.
    captor: str | None = None
    # The claim says a strike hit a store of weapons or chemicals («أصابت مستودعا للمسلحين يحوي
    # أسلحة كيميائية»): the account that turns a chemical attack into a depot set off by a raid.
    store: bool = False
    # The month the claim names without a day, (year if given, month): «نهاية تشرين الثاني / نوفمبر
    # الفائت», «في أكتوبر الماضي»; None when it names a day, no month or several.
    month: tuple[int | None, int] | None = None

    @property
    def families(self) -> frozenset[str]:
        """The families of the event's specific kinds; a toll alone may belong to any violent one."""
        specific = self.kinds - GENERIC or self.kinds
        return frozenset(f for kind in specific for f in FAMILIES[kind])


def _bare_forms(token: str) -> tuple[str, ...]:
    """The token with each reading of its clitics removed: "وبالغارات" → ("وبالغارات", "بالغارات", "غارات", …)."""
    forms = [token]
    rest = token
    while rest[:1] in CLITICS and len(rest) > 3:
        rest = rest[1:]
        forms.append(rest)
    forms += [f[2:] for f in list(forms) if f.startswith("ال") and len(f) > 4]
    return tuple(forms)


# Pronouns, plural endings and the accusative alif after a trigger word: «سيطرته», «مصرعهم»,
# «انسحابات», «هجوماً».
SUFFIXES = ("هما", "هم", "ها", "ه", "نا", "ات", "ا")


def _with_suffixes(forms: tuple[str, ...]) -> tuple[str, ...]:
    """The forms, then each without a pronoun or plural ending that leaves at least four letters."""
    stripped = tuple(
        f[: -len(end)] for f in forms for end in SUFFIXES if f.endswith(end) and len(f) - len(end) >= 4
    )
    return forms + stripped


def _kinds(tokens: list[str]) -> tuple[frozenset[str], str | None, int | None]:
    """The kinds of event the words name, the one named first (a toll only if alone), and where
    the first capture word (not an aim) stands."""
    ordered: list[str] = []
    aims: set[str] = set()
    taken: int | None = None
    bare = [_bare_forms(token) for token in tokens]
    for i, token in enumerate(tokens):
        forms = bare[i]
        if _in_name(tokens, i, bare[i - 1] if i else ()):
            continue  # «هيئة تحرير الشام», «جيش التحرير»: a body's name, not an event
        kind = next((TRIGGER[f] for f in _with_suffixes(forms) if f in TRIGGER), None)
        if kind is None and (
            (not MOVES.isdisjoint(forms) and names_forces(tokens[i + 1 : i + 1 + MOVE_REACH]))
            or _moved_own(forms)
        ):
            kind = "deployment"
        if kind == "capture" and _held(tokens, i):
            continue  # «أحياء دير الزور الخاضعة لسيطرة الحكومة»: who holds the ground, no capture
        if kind == "air_strike" and _civil_aviation(bare, i):
            continue  # «شركة طيران الإمارات», «الطيران المدني»: airlines, no raid
        if kind == "vote" and not PROJECT.isdisjoint(forms) and _numbered(tokens, i):
            continue  # «مشروع 1070 شقة» (a district of Aleppo): a housing project, no draft put to a vote
        if kind and _aim(token, tokens[i - 1] if i else ""):
            aims.add(kind)
            continue
        if kind and kind not in ordered:
            ordered.append(kind)
        if kind == "capture" and taken is None:
            taken = i
    found = set(ordered) | aims
    if _aircraft_fell(bare):
        # «سقوط طائرة», «أسقطت الفصائل طائرة», «الطائرة … تسبب بسقوطها»: an aircraft lost; not «سقوط قذائف», nor
        # «سقط 20 قتيلا في غارات للطائرات», nor «لإسقاط النظام».
        found.add("crash")
        ordered = ["crash", *(kind for kind in ordered if kind != "crash")]
    if "crash" in found and "air_strike" in found and not any(STRIKES.intersection(forms) for forms in bare):
        # «تحطم طائرة هليكوبتر أثناء طلعة جوية»: the aircraft is the one that fell, no raid.
        found.discard("air_strike")
        ordered = [kind for kind in ordered if kind != "air_strike"]
    # «قصف جوي», «ضربات جوية»: shelling words with an aerial adjective are an air strike.
    if "shelling" in found and "air_strike" in found:
        found.discard("shelling")
        ordered = ["air_strike" if kind == "shelling" else kind for kind in ordered]
    lead = next((kind for kind in ordered if kind not in GENERIC), ordered[0] if ordered else None)
    if lead == "deployment" and "capture" in ordered:
        lead = "capture"  # «دخول قوات النظام المدينة وسيطرتها عليها»: forces moved in to take it
    return frozenset(found), lead, taken


FLYING = _keys("طيران")
AIRLINE_BEFORE = _keys("شركه شركات خطوط رحلات سلطه هيئه")
CIVIL_AFTER = _keys("المدني مدني")


def _civil_aviation(bare: list[tuple[str, ...]], i: int) -> bool:
    """«طيران» of an airline or of civil aviation: after «شركة», «خطوط», «رحلات», or before «المدني»."""
    if FLYING.isdisjoint(bare[i]):
        return False
    before = i > 0 and not AIRLINE_BEFORE.isdisjoint(bare[i - 1])
    after = i + 1 < len(bare) and not CIVIL_AFTER.isdisjoint(bare[i + 1])
    return before or after


PROJECT = _keys("مشروع")


def _numbered(tokens: list[str], i: int) -> bool:
    return i + 1 < len(tokens) and tokens[i + 1][:1].isdigit()


FALLEN_REACH = 3  # words after a word of falling within which the aircraft that fell is named
FALLEN_BEFORE = 6  # words before «سقطت» within which the aircraft it agrees with is named
FELL_SHE = normalize_key("سقطت")


def _aircraft_fell(bare: list[tuple[str, ...]]) -> bool:
    """Whether an aircraft is what fell or was brought down: named within a few words after the word of falling
    («سقوط طائرة», «أسقطت الفصائل طائرة حربية»), or before it and taken up by its pronoun («الطائرة …
    بسقوطها»)."""
    for i, forms in enumerate(bare):
        if FALLS.isdisjoint(forms):
            continue
        after = bare[i + 1 : i + 1 + FALLEN_REACH]
        if any(not AIRCRAFT.isdisjoint(f) for f in after):
            return True
        pronoun = any(form.endswith(("ها", "ه")) for form in forms)
        if pronoun and any(not AIRCRAFT.isdisjoint(f) for f in bare[:i]):
            return True
        # «طائرة حربية من نوع ميغ ، سقطت فوق …»: the verb agrees with the aircraft named just before it.
        if FELL_SHE in forms and any(not AIRCRAFT.isdisjoint(f) for f in bare[max(0, i - FALLEN_BEFORE) : i]):
            return True
    return False


def _in_name(tokens: list[str], i: int, before: tuple[str, ...]) -> bool:
    """Whether word i is part of a body's name: after an indefinite head (``before``, the forms of
    the word before it: «لهيئة تحرير الشام», «حركة تحرير حمص», never «الجيش قصف»), or «تحرير الشام»
    on its own."""
    if tokens[i] in NAMES_WITH_TRIGGERS[0] and tokens[i + 1 : i + 2] == [NAMES_WITH_TRIGGERS[1]]:
        return True
    # «للجيش» is «لـ» and «الجيش», defined: "طائرة تابعة للجيش تحطمت" names no «جيش التحرير».
    definite = any(form.startswith("ال") or form.startswith("لل") for form in before)
    return bool(before) and before[-1] in NAME_HEADS and not definite


# Words before a word of control that make it a state, not an event: «الخاضعة لسيطرة», «مناطق سيطرة», «التي يسيطر
# عليها» (not «باتت تحت سيطرة الجيش», the outcome of a capture).
HELD_BEFORE = _keys("الخاضعة الخاضع خاضعة خاضع مناطق منطقة المناطق المنطقة التي الذي اللتين اللذين")
HELD_WORDS = _keys("سيطرة لسيطرة سيطرته سيطرتها لسيطرته لسيطرتها يسيطر تسيطر")


def _held(tokens: list[str], i: int) -> bool:
    """Whether the word of control at i tells who holds a place rather than that it was taken: after
    «الخاضعة», «مناطق» or a relative pronoun («التي يسيطر عليها تنظيم داعش»)."""
    return i > 0 and tokens[i] in HELD_WORDS and tokens[i - 1] in HELD_BEFORE


def _aim(token: str, before: str) -> bool:
    """A kind named as what someone aims at, not as what happened: «في إطار القتال للسيطرة على
    المدينة», «بهدف استعادة», «سعياً لتحرير»."""
    bare = token[1:] if token[:1] in "وف" else token
    if before in AIM_WORDS:
        return True
    return bare[:1] == "ل" and bare not in TRIGGER and any(f in TRIGGER for f in _bare_forms(bare)[1:])


def names_forces(tokens: list[str]) -> bool:
    """Whether the words name armed men: «أي من مسلحيها», «القوات الروسية», «تعزيزات»."""
    return any(f.startswith(FORCES) for token in tokens for f in _bare_forms(token)[-2:])


def _weekday(tokens: list[str]) -> int | None:
    days = {WEEKDAYS[t] for token in tokens for t in _bare_forms(token) if t in WEEKDAYS}
    return days.pop() if len(days) == 1 else None


def _day_offset(norm: str, tokens: list[str]) -> int | None:
    if any(phrase in norm for phrase in YESTERDAY_PHRASES):
        return -1
    offsets = {RELATIVE_DAYS[t] for token in tokens for t in _bare_forms(token)[:2] if t in RELATIVE_DAYS}
    return offsets.pop() if len(offsets) == 1 else None


# Months as written in the Arab East and the West: «22 تموز 2019», «3 ديسمبر», «21 كانون الثاني / يناير».
MONTH_NAMES = {
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8,
    "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12, "يناير": 1, "فبراير": 2,
    "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10,
    "نوفمبر": 11, "ديسمبر": 12,
}  # fmt: skip
MONTH_PATTERN = "|".join(sorted(map(re.escape, MONTH_NAMES), key=len, reverse=True))


# «منذ» before a time ("since 2014", "since the summer of 2014", "for years") and «خلال» a plural
# span that is over ("during the past weeks") speak of a state or a period, not of one event.
_SINCE = "عام اعوام سنوات سنه سنتين عامين اشهر شهور شهرين صيف شتاء ربيع خريف مطلع بدايه اواخر اواسط منتصف"
_SPAN = "اسابيع اشهر شهور سنوات اعوام ايام عقود"
_AGO = "|".join("اسبوعين شهرين عامين سنتين اسابيع اشهر شهور سنوات اعوام شهرا عاما".split())
_BACKGROUND = re.compile(
    rf"(?<!\w)[وف]?منذ\s+(?:\d{{4}}|(?:ال)?(?:{'|'.join(_SINCE.split())})(?!\w))"
    rf"|(?<!\w)[وف]?(?:خلال|طوال|في)\s+(?:ال)?(?:{'|'.join(_SPAN.split())})\s+(?:ال)?(?:ماضيه|اخيره|سابقه)(?!\w)"
    # «في العام 2014», «خلال عام 2019», «في 2017»: a year named on its own is a time gone by or a year's total.
    rf"|(?<!\w)[وف]?(?:في|خلال|طوال)\s+(?:(?:ال)?(?:عام|سنه)\s+)?\d{{4}}(?!\d)"
    # «قبل نحو شهرين», «قبل ثلاثة أسابيع»: weeks or more before, another event than the day's.
    rf"|(?<!\w)(?:قبل|منذ|نحو|حوالي|قرابه|زهاء)\s+(?:(?:نحو|حوالي|قرابه|زهاء)\s+)?(?:\S+\s+)?(?:{_AGO})(?!\w)"
    # «خلال الحرب السورية», «طوال سنوات النزاع»: the whole war, not one of its days.
    rf"|(?<!\w)[وف]?(?:خلال|طوال)\s+(?:سنوات\s+)?ال(?:حرب|ازمه|نزاع|صراع|ثوره)(?!\w)"
    # «في حزيران / يونيو 1990», «خلال آذار 2017»: a month of a year without its day is a time gone by.
    rf"|(?<!\w)[وف]?(?:في|خلال|طوال|منذ)\s+(?:شهر\s+)?(?:{MONTH_PATTERN})(?:\s*/\s*(?:{MONTH_PATTERN}))?\s+(?:عام\s+)?\d{{4}}(?!\d)"
    # «في سبتمبر / أيلول», «مطلع أغسطس / آب الماضي»: a month named without its day (not «الجاري», the current
    # one) is a time gone by; the day's news names the day («في 3 شباط», «أمس»).
    rf"|(?<!\w)[وف]?(?:في|خلال|منذ|مطلع|اواخر|اواسط|منتصف|بدايه|نهايه)\s+(?:شهر\s+)?(?:{MONTH_PATTERN})"
    rf"(?:\s*/\s*(?:{MONTH_PATTERN}))?(?!\s*/)(?!\s+(?:الجاري|الحالي)(?!\w))(?=\s*[^\s\d]|\s*$)"
    # «في العاشر من حزيران العام الماضي», «السنة الفائتة»: last year is a time gone by (last month may be the news).
    rf"|(?<!\w)(?:العام|السنه)\s+(?:الماضي|الماضيه|المنصرم|المنصرمه|الفائت|الفائته)(?!\w)"
    # «14 - إجلاء مدنيين …», «نيسان 1 - خروج الدفعة الثالثة …»: an entry of a chronology, dated by its day.
    rf"|^\s*(?:(?:{MONTH_PATTERN})\s+)?\d{{1,2}}\s*-\s+(?=\D)"
)


# A sentence that opens on a verb in the present of a lasting state tells the background of the news, not
# one of its events: «وتحاصر قوات النظام قرابة 400 ألف شخص في الغوطة الشرقية», «ويعيش في المخيم نحو …»,
# «ويغلب العرب على سكان مدينة الرقة». (A headline puts its subject first: «قوات النظام تسيطر على …».)
_STATE = re.compile(r"[وف]?[يت](?:حاصر|عيش|قطن|غلب|ضم)(?!\w)")


def event_frame(text: str, places: tuple[str, ...] = ()) -> EventFrame:
    """What happened, when and where, as far as the claim's own words say.

    "نفت وزارة الدفاع الروسية قصف سوق معرة النعمان أمس" → kinds {"shelling"}, day_offset -1.
    """
    norm = normalize_key(text)
    tokens = tokenize(text)
    kinds, lead, taken = _kinds(tokens)
    background = bool(_BACKGROUND.search(norm) or _STATE.match(norm))
    captor = _captor(tokens, taken) if lead == "capture" and taken is not None else None
    return EventFrame(
        kinds,
        _weekday(tokens),
        _day_offset(norm, tokens),
        places,
        _actors(tokens),
        _date(norm),
        lead,
        background,
        captor,
        "chemical" in kinds and _names_store(tokens),  # only a chemicals store sets two versions apart
        _month(norm),
    )


# A building where arms, ammunition or chemicals are kept or made.
STORES = _keys("مستودع مستودعات مخزن مخازن ورشه ورشات معمل معامل مصنع مصانع")


def _names_store(tokens: list[str]) -> bool:
    return any(f in STORES for token in tokens for f in _with_suffixes(_bare_forms(token)))


def chemical_versions(a: EventFrame, b: EventFrame) -> list[str] | None:
    """The two accounts of one chemical incident that cannot both hold: a chemical attack
    («قصف بغاز السارين على خان شيخون») against a raid that hit a store of chemicals («الطيران
    السوري استهدف مستودعا للإرهابيين فيه مواد سامة»); ["attack", "store"] in the claims' order, or
    None. Both must speak of chemicals: a depot of ammunition blown up is another event."""
    if "chemical" not in a.kinds or "chemical" not in b.kinds or a.store == b.store:
        return None
    return ["store", "attack"] if a.store else ["attack", "store"]


_DATE = re.compile(
    rf"(?<![\d])(\d{{1,2}})\s+(?:من\s+)?({MONTH_PATTERN})(?![\u0621-\u064a])"
    rf"(?:\s*[/(]\s*(?:{MONTH_PATTERN})(?:\s*\))?)?(?:\s+(?:عام\s+)?(\d{{4}}))?"
)


# A month named as the time of the event: after a word that places it in time («في», «نهاية», «مطلع»), or
# before the name it is glossed with («تشرين الثاني / نوفمبر») or a word that dates it («الماضي»); «منذ»
# («since») is a state, not an event, and «اب» alone is a father before it is August.
_MONTH = re.compile(
    rf"(?<!\w)(?:(?P<before>[وف]?(?:في|خلال|نهايه|مطلع|اواخر|اوائل|منتصف|بدايه|اواسط|شهر))\s+(?:شهر\s+)?)?"
    rf"(?P<month>{MONTH_PATTERN})(?!\w)"
    rf"(?P<after>\s*/\s*(?:{MONTH_PATTERN})(?!\w)|\s+(?:الماضي|الفائت|المنصرم|الجاري|الحالي|المقبل|القادم)(?!\w))?"
    rf"(?:\s+(?:عام\s+)?(?P<year>\d{{4}})(?!\d))?"
)


def _month(norm: str) -> tuple[int | None, int] | None:
    """The one month the claim places its event in when it names no day: "نهاية تشرين الثاني / نوفمبر
    الفائت" → (None, 11); None for a day named, none, several, or «منذ» before it."""
    if _DATE.search(norm):
        return None  # a day named
    found = set()
    for match in _MONTH.finditer(norm):
        if not (match["before"] or match["after"]) or norm[: match.start()].rstrip().endswith("منذ"):
            continue
        named_month = "شهر" in norm[match.start() : match.start("month")]
        if match["month"] == "اب" and not (match["after"] or named_month):
            continue
        found.add((int(match["year"]) if match["year"] else None, MONTH_NAMES[match["month"]]))
    return found.pop() if len(found) == 1 else None


def _date(norm: str) -> tuple[int | None, int, int] | None:
    """The one calendar day the claim names: "يوم الاثنين 22 تموز 2019" → (2019, 7, 22); None for
    none or several."""
    found = set()
    for match in _DATE.finditer(norm):
        day, month = int(match[1]), MONTH_NAMES[match[2]]
        if 1 <= day <= 31:
            found.add((int(match[3]) if match[3] else None, month, day))
    return found.pop() if len(found) == 1 else None


# Who carried an attack out, by camp: the word that names it right after the weapon or the raid
# («غارات روسية», «طائرات النظام», «قصف لقوات الأسد», «مقاتلات التحالف»).
CAMPS = {
    "regime": "النظام الاسد السوري السوريه الحكومي الحكوميه",
    "russia": "روسي روسيه الروسي الروسيه روسيا",
    "opposition": "المعارضه الفصائل فصائل الحر المسلحين المسلحه مسلحين الثوار المتمردين",
    "islamic_state": "داعش التنظيم",
    "coalition": "التحالف الامريكي الامريكيه الاميركي الاميركيه امريكيه اميركيه",
    "turkey": "التركي التركيه تركيه تركي",
    "israel": "الاسرائيلي الاسرائيليه اسرائيليه اسرائيلي",
    "sdf": "قسد الكرديه الكردي",
    "iraq": "العراقي العراقيه عراقيه عراقي",
}
CAMP = {normalize_key(w): camp for camp, words in CAMPS.items() for w in words.split()}
WEAPONS = _keys("""غاره غارات طيران طائره طائرات مقاتلات قاذفات مروحيات مروحي براميل قصف ضربه ضربات قذائف
    صواريخ صاروخ هجوم هجمات قوات""")
# Words between the weapon and its camp that keep the camp the attacker: «طائرات حربية روسية».
BETWEEN = _keys("حربيه حربي جويه جوي لقوات قوات الجيش مدفعيه من ل")
# Allies count as one side when two accounts are compared: regime forces with Russian aircraft,
# the Turkish army with the factions it backs («درع الفرات»).
SIDES = {
    "regime": "government",
    "russia": "government",
    "opposition": "rebels",
    "turkey": "rebels",
    "islamic_state": "isis",
}
ACTOR_REACH = 3
ARMED = normalize_key("المسلحة")
FORCES_WORDS = _keys("قوات القوات لقوات للقوات")


def _actors(tokens: list[str]) -> frozenset[str]:
    """ "قتل 12 مدنياً في غارات روسية على إدلب" → {"russia"}; "غارات على مواقع داعش" → {} (a target)."""
    found = set()
    for i, token in enumerate(tokens):
        if not any(f in WEAPONS for f in _bare_forms(token)[:3]):
            continue
        for j, word in enumerate(tokens[i + 1 : i + 1 + ACTOR_REACH], start=i + 1):
            forms = _bare_forms(word)[:3]
            if ARMED in forms and not FORCES_WORDS.isdisjoint(_bare_forms(tokens[j - 1])[:3]):
                continue  # «القوات المسلحة الصينية»: a state's armed forces, not the armed opposition
            camp = next((CAMP[f] for f in forms if f in CAMP), None)
            if camp:
                found.add(camp)
                break
            if not any(f in BETWEEN for f in forms):
                break
    return frozenset(found)


# Who did what a verb says, when a camp names its subject: «الجيش السوري يخسر», «استعاد تنظيم الدولة»,
# «سيطرت قوات سوريا الديمقراطية». Besides the attackers' words, the bodies that take and lose ground.
AGENT = CAMP | {
    normalize_key(w): camp
    for camp, words in {
        "islamic_state": "تنظيم",
        "opposition": "المعارضه الحر",
        "sdf": "الديمقراطيه",
    }.items()
    for w in words.split()
}
# «الدولة الإسلامية»: the two words together name IS, either alone does not.
STATE, ISLAMIC = normalize_key("دولة"), normalize_key("الإسلامية")
# Words that name a camp unless the rest of the phrase names another: «الجيش» alone is the Syrian
# army in this news, «الجيش التركي» and «الجيش السوري الحر» are not.
DEFAULT_CAMP = {normalize_key(w): "regime" for w in "الجيش السوري السوريه".split()}
# Words after which a subject no longer runs: the verb's prepositions and objects.
AGENT_STOPS = _keys("على من في الى عن ان السيطره")
AGENT_REACH = 4
NAME_QUOTES = frozenset('"«»“”')


def camp_of(word: str) -> str | None:
    """The camp a folded word names as a subject: "السوري" → "regime", "وتنظيم" → "islamic_state"."""
    return next((AGENT[f] for f in _bare_forms(word)[:3] if f in AGENT), None)


def _islamic_state(words: list[str], i: int) -> bool:
    """Whether word i and a word beside it (the phrase may be read backwards) are «الدولة الإسلامية»."""
    if ISLAMIC not in _bare_forms(words[i]):
        return False
    return any(STATE in _bare_forms(words[j]) for j in (i - 1, i + 1) if 0 <= j < len(words))


def subject_camp(tokens: list[str], i: int) -> str | None:
    """The camp of the subject of word i: the noun phrase right after it, else right before it.
    «الجيش السوري يخسر السيطرة», «يخسر» → "regime"; «استعاد تنظيم الدولة نصف البوكمال», «استعاد» →
    "islamic_state"; None when no camp names it."""
    after = tokens[i + 1 : i + 1 + AGENT_REACH]
    before = tokens[max(0, i - AGENT_REACH) : i][::-1]
    return _phrase_camp(after) or _phrase_camp(before)


def _phrase_camp(words: list[str]) -> str | None:
    """The camp the first words of a noun phrase name, up to a preposition or punctuation; a word
    that names a camp only by default yields to one that names it outright: «الجيش السوري الحر» is
    the opposition, «الجيش» alone the Syrian army."""
    default = None
    for i, word in enumerate(words):
        if word in NAME_QUOTES:
            continue  # «تنظيم "داعش" استعاد»: quotation marks around a name
        if word in AGENT_STOPS or not word[:1].isalpha():
            break
        if _islamic_state(words, i):
            return "islamic_state"  # «الدولة الإسلامية» named without «تنظيم»
        camp = camp_of(word)
        if camp and not DEFAULT_CAMP.keys() & set(_bare_forms(word)[:3]):
            return camp
        default = (
            default
            or camp
            or next((DEFAULT_CAMP[f] for f in _bare_forms(word)[:3] if f in DEFAULT_CAMP), None)
        )
    return default


# Words that lose what the capture word names: «الجيش السوري يخسر السيطرة على نصف البوكمال».
LOSING = _keys("يخسر تخسر خسر خسرت خساره فقد فقدت يفقد تفقد فقدان")


def _captor(tokens: list[str], i: int) -> str | None:
    """Who took the ground the capture word i names; None when it is lost («يخسر السيطرة»)."""
    if i and not LOSING.isdisjoint(_bare_forms(tokens[i - 1])):
        return None
    return subject_camp(tokens, i)


def side(camp: str) -> str:
    """Allies as one side: the government and Russia, when two accounts are compared."""
    return SIDES.get(camp, camp)


def actors_clash(a: EventFrame, b: EventFrame) -> bool:
    """Two accounts naming attackers of opposite sides: «صواريخ النظام» against «قصف للفصائل»."""
    if not a.actors or not b.actors:
        return False
    sides_a = {side(camp) for camp in a.actors}
    sides_b = {side(camp) for camp in b.actors}
    return not sides_a & sides_b


def captors_differ(a: EventFrame, b: EventFrame) -> bool:
    """Two captures of a place by opposite sides are two events, one after the other: «سيطر الجيش
    السوري على كامل البوكمال» and, a day later, «استعاد تنظيم الدولة نصف البوكمال»."""
    return bool(a.captor and b.captor and side(a.captor) != side(b.captor))


def kinds_clash(a: EventFrame, b: EventFrame) -> bool:
    """Two kinds of event that cannot be one: an earthquake and an air raid, a car bomb and a raid."""
    if not a.kinds or not b.kinds:
        return False
    if not a.families & b.families:
        return True
    one, other = EXCLUSIVE_KINDS
    return bool((a.kinds & one and not b.kinds & one and b.kinds & other) or
                (b.kinds & one and not a.kinds & one and a.kinds & other))  # fmt: skip


def attacks(frame: EventFrame) -> bool:
    """Whether the claim is about an attack (a raid, shelling, a bombing, fighting), whose attacker
    can be set against another account's."""
    return frame.lead is not None and "attack" in FAMILIES[frame.lead]


def leads_agree(a: EventFrame, b: EventFrame) -> bool:
    """Whether the events the two claims are about can be one: a denial of «استعادة داعش سيطرته على
    البوكمال» says nothing of «قاذفات روسية ضربت أهدافا قرب البوكمال». True when either names none."""
    if a.lead is None or b.lead is None:
        return True
    return bool(FAMILIES[a.lead] & FAMILIES[b.lead])


# Tolls by the beginning of the word that says what they count: "استشهدوا", "قتلى", "بجروح".
ROLE_PREFIXES = {
    "killed": "قتل مقتل قتيل استشهد شهيد شهدا مصرع حتف قضوا ضحايا لقوا",
    "wounded": "جرح جريح جروح اصاب اصيب مصاب",
    "displaced": "نزوح نازح نزح مهجر تهجير",
    "arrested": "اعتقال معتقل اعتقل",
}
ROLE = tuple((normalize_key(w), role) for role, words in ROLE_PREFIXES.items() for w in words.split())
# "4 أشخاص آخرين", "منهم 5 أطفال": a part of a toll, not the toll.
PARTIAL = _keys("اخرين اخرون اخري منهم بينهم")
ROLE_REACH = 4


def _role_of(token: str) -> str | None:
    return next((role for f in _bare_forms(token) for prefix, role in ROLE if f.startswith(prefix)), None)


def count_roles(text: str, spans: list[tuple[int, int]]) -> tuple[str | None, ...]:
    """What each count counts as a toll: killed, wounded, displaced, arrested, "part" of a toll,
    or None (not a toll: a price, a distance, villages).

    "مقتل 27 شخصا وإصابة العشرات" with the spans of "27 شخصا" and "العشرات" → ("killed", "wounded");
    "4 أشخاص آخرين قتلوا" → ("part",).
    """
    words = [(m.start(), m.end(), normalize_key(m.group())) for m in _WORD.finditer(text)]
    # «مقتل 43 مدنياً … منذ يوم الثلاثاء»: a total over days, which a toll of one of them does not contradict.
    total = TOTAL_SUFFIX if _SINCE_A_DAY.search(" ".join(w for _, _, w in words)) else ""
    roles = []
    for start, end in spans:
        inside = [i for i, (s, e, _) in enumerate(words) if s < end and e > start]
        if not inside:
            roles.append(None)
            continue
        first, last = inside[0], inside[-1]
        after = words[last + 1][2] if last + 1 < len(words) else ""
        before = words[first - 1][2] if first else ""
        if after in PARTIAL or before in PARTIAL:
            roles.append("part")
            continue
        role = _nearest_role(words, first, last)
        earlier = any(
            words[i][2] == "منذ" and words[i + 1][2] == "ان"
            for i in range(max(0, first - EARLIER_REACH), first - 1)
        )
        roles.append(role + (EARLIER_SUFFIX if earlier else total) if role else role)
    return tuple(roles)


TOTAL_SUFFIX = "_total"
# «الأكثر دموية منذ أن أدى هجوم بغاز السارين إلى مقتل نحو 1400 مدني»: the toll of the earlier event
# the claim measures its own against, within this many words after «منذ أن».
EARLIER_SUFFIX = "_earlier"
EARLIER_REACH = 12
# «منذ يوم الثلاثاء», «منذ الأحد», «منذ بدء الحملة», «منذ 15 تشرين الثاني»: counted since a day now past.
_SINCE_A_DAY = re.compile(
    rf"(?<!\w)منذ\s+(?:(?:يوم|صباح|مساء|فجر)\s+)?(?:ال)?(?:{'|'.join(sorted(WEEKDAYS))})(?!\w)"
    r"|(?<!\w)منذ\s+(?:بدء|بدايه|انطلاق)\s+(?:ال)?(?:حمله|هجوم|عمليه|معركه|تصعيد|قصف|غارات)"
    rf"|(?<!\w)منذ\s+\d{{1,2}}\s+(?:{MONTH_PATTERN})(?!\w)"
)


def _nearest_role(words: list[tuple[int, int, str]], first: int, last: int) -> str | None:
    own = next((r for _, _, w in words[first : last + 1] if (r := _role_of(w))), None)
    if own:
        return own
    for reach in range(1, ROLE_REACH + 1):
        for i in (first - reach, last + reach):
            if 0 <= i < len(words) and (role := _role_of(words[i][2])):
                return role
    return None
