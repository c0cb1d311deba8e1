"""Site chrome of a scraped page: share buttons, login forms, menus, "related" lists, a repeated headline.

Chrome is found on the folded text and blanked out of it with one newline per character, so offsets
stay exact and the blank acts as a paragraph break: no sentence, and so no claim or source, is read
from it. The words are a small list of interface vocabulary; the spans around them come from general
signals (runs of such words with little between them, Latin-script runs, lists opened by a "related"
heading in the page's tail, a headline printed twice in a row) and a few shapes of chrome whatever the
site (a prompt to get its app, a prayer-times box, a link printed out, a masthead's date, a page's date
stamp). A strong word is found even when scraping broke it where a mark was dropped: "اق - - رأ أيضا",
"الت سجيل".
Menus and forms of particular sites, mined from their pages, are listed in data/chrome_sites.txt.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from claims.text.events import MONTH_PATTERN, WEEKDAYS
from claims.text.tokens import fold

SITES = Path(__file__).resolve().parent / "data" / "chrome_sites.txt"

_RELATED = [
    f"{head} ذات صلة" for head in "مواضيع المواضيع أخبار روابط مقالات عناوين فيديوهات موضوعات قصص".split()
]
# Interface words no news sentence uses in this sense.
_STRONG = (
    _RELATED
    + """
اقرأ أيضا|إقرأ أيضا|اقرأ المزيد|شاهد أيضا|وقد يعجبك أيضا|قد يعجبك أيضا|مقالات مشابهة|مواضيع مقترحة|المواضيع المميزة
اختيارات المحرر|الأكثر قراءة|الأكثر مشاهدة|الأكثر مشاركة|الأكثر تعليقا|أحدث المقالات|آخر الأخبار|أهم العناوين
آخر العناوين|جميع الحقوق محفوظة|حقوق النشر محفوظة|حقوق التأليف والنشر|كلمات دلالية|كلمات مفتاحية|الكلمات الدلالية
الكلمات المفتاحية|الوسوم|تاريخ النشر|آخر تحديث|تم النشر بتاريخ|شارك على|شارك هذا|شارك الخبر|تسجيل الدخول
تسجيل الخروج|قم بتسجيل الدخول|كلمة السر|كلمة المرور|اسم المستخدم|الاسم المستعار|أضف تعليق|أضف تعليقك|اكتب تعليقك
لا توجد تعليقات|النشرة البريدية|النشرة الإخبارية|اشترك الآن|حجم الخط|تابعنا على|تابعونا على|شريط التصفح|وظيفة البحث
البحث في الموقع|البحث فى الموقع|جاري التحميل|جاري التسجيل|نسخة للطباعة|أرسل لصديق|الانتقال السريع|سياسة الخصوصية
شروط الاستخدام|الصفحة الرئيسية|القائمة الرئيسية|أقسام الموقع|الأكثر شعبية|اخترنا لكم|كي لا يفوتك|مواد متعلقة
أخبار متعلقة|الأخبار المتعلقة|مقالات أخرى|الخبر التالي|الخبر السابق|شريط الأخبار|نشرتنا|بريدك الإلكتروني|بريدك الالكتروني
مشاركتك بالتعليق|الحقوق محفوظة|نشرتنا البريدية|نشرتنا الإخبارية|شبكتنا|مواقع الشبكة|إلى أعلى|Email Address|Sign in
اختيار المحرر|مواقع شقيقة|حقوق الطبع والنشر|روابط ذات علاقة|روابط الدخول|البث المباشر البرنامج المقبل|الخاصة بك
خاص بك|الخاصة بموقعنا|أدخل الرموز|كلمات دالة|اختر المدينة|يرجى كتابة اسم المدينة|مانع الإعلانات|القائمة البريدية
قائمتنا البريدية|هل تريد الاشتراك|شكرا لاشتراكك|تم تسجيلك بنجاح|مسجل مسبقا|الرجاء إدخال|الرجاء المحاولة|عنوانك البريدي
يتصفحون الآن|هل أعجبك الموضوع|شاركه مع أصدقائك|شاركوا هذا الخبر|عمل لايك|زوارنا الكرام|عزيزي المستخدم|تعبر عن رأي كاتبها
ليست مسؤولة عن محتوى المواقع الخارجية|تصميم وتطوير|برمجة وتطوير|تم التصميم والتطوير|هذا المحتوى تم نشره|Accessibility links
Main navigation|Secondary navigation|Search this site|User login|Related Posts|Powered by
شكرا لكم لمتابعتنا|ونعدكم دائما بتقديم|شكرا لتفهمك|شكرا لتفهمكم""".strip()
    .replace("\n", "|")
    .split("|")
    # and the mined interface text of particular sites (how it was made: the file's header)
    + [line for line in SITES.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
)
# Words that are chrome only beside strong chrome: "شارك على فيسبوك تويتر".
_WEAK = """البريد الإلكتروني|البريد الالكتروني|فيسبوك|فيس بوك|تويتر|واتساب|واتس اب|تلغرام|تيليغرام|يوتيوب|انستغرام
جوجل|غوغل|بريد|المزيد|عاجل|مباشر|التعليقات|طباعة|تخطي|وظائف رئيسية|من نحن|اتصل بنا|مشاركة|الرئيسية
البث المباشر|البرنامج المقبل|خيارات أخرى|تصفح|مواقع التواصل الاجتماعي|مواقع التواصل|حصل خطأ ما|برامج التلفزيون""".replace(
    "\n", "|"
).split("|")
# Prompts to get the site's app, whatever the site: "حمل تطبيق الوفد على ايفون واي باد".
_STORES = (
    "(?:ايفون|اي فون|ايباد|اي باد|اندرويد|iPhone|iPad|Android|App Store|Google Play|جوجل بلاي|غوغل بلاي)"
)
_APP = (
    rf"(?:حمل|حملوا|نزل|نزلوا|قم بتحميل) تطبيق(?: [^\W\d_]+){{1,3}}? (?:علي|عبر|من) {_STORES}"
    rf"(?:[ \t]*(?:و|او)[ \t]?{_STORES})*"
    r"|تطبيق(?: [^\W\d_]+| \d+){1,3}? متوفر (?:الان )?للتحميل"
)
# The site's promise of its news to the reader: "ليصلكم جديد الأخبار", "لتصلك أهم الأخبار".
_FEED = r"(?:ليصلك|ليصلكم|لتصلك|لتصلكم) (?:جديد|اهم|احدث|اخر|كل)(?: (?:الاخبار|المواضيع|المقالات|الموقع))?"
# A prayer-times box: four or more prayer names with their times, or the template slots for them.
_PRAYERS = r"(?:(?:الفجر|الشروق|الظهر|العصر|المغرب|العشاء)[^\u0600-\u06ff\n]{0,30}){4,}"
# A link printed out, spaced by the scraper: "http : / / p . dw . com / p / 2pzgk".
_URL = r"(?:https?[ \t]*:[ \t]*/[ \t]*/|www[ \t]*\.)[ \t]*[\w-]+(?:[ \t]*[./][ \t]*[\w-]+)*"
# A wire report's credit line, printed by every outlet that carries it: "( إعداد معاذ عبد العزيز للنشرة العربية -
# تحرير أحمد حسن )"; after "شارك في التغطية …" it is the credit from «إعداد» on.
_CREDIT = r"اعداد(?: [^\W\d_]+){1,4} للنشره العربيه(?:[ \t]*-[ \t]*تحرير(?: [^\W\d_]+){1,3})?"
_MONTH = f"(?:{MONTH_PATTERN})"
_DAY_NAME = f"(?:{'|'.join(WEEKDAYS)})"
# A masthead's date after the site's name: "Syrian Mirror الأحد , يناير 21 2018".
_DATELINE = re.compile(
    rf"[^\w\n]*{_DAY_NAME}[^\w\n]*(?:\d{{1,2}}[^\w\n]*)?"
    rf"{_MONTH}(?:[^\w\n]*{_MONTH})?[^\w\n]*(?:\d{{1,2}}[^\w\n]+)?\d{{4}}(?!\w)"
)
# A page's date stamp, set apart from any sentence: "السبت 7 ربيع الأول 1439 هـ - 25 نوفمبر 2017 م", "نشر في :
# السبت 25 نوفمبر 2017 - 10 : 39 م". A date with a year is a stamp when it names the weekday, a cue of publishing,
# the hour or a second calendar, or stands alone on its line or between bars; a bare date opening a line
# ("29 مارس 2011 قدمت الحكومة استقالتها") dates the event that follows, and one a sentence governs ("قصف المستوصف
# بتاريخ 13 نيسان 2014", "يوم الأحد 21 كانون الثاني 2018") is part of it: both are kept.
_HIJRI = (
    "ربيع الاول|ربيع الاخر|ربيع الثاني|جمادي الاولي|جمادي الاول|جمادي الاخره|جمادي الاخر|جمادي الثانيه|"
    "جمادي الثاني|ذو القعده|ذو الحجه|ذي القعده|ذي الحجه|محرم|صفر|رجب|شعبان|رمضان|شوال"
)
_ANY_MONTH = f"(?:{_MONTH}|{_HIJRI})"
_HIJRI_RE = re.compile(_HIJRI)
_GAP = r"[^\w\n]{0,6}"
_ERA = r"(?:[ \t]*(?:هـ|ه|م)(?![^\W\d_]))?"
_NUMERIC_DATE = (
    r"\d{1,2}[ \t]*[-/.][ \t]*\d{1,2}[ \t]*[-/.][ \t]*\d{4}(?!\d)"  # "03 - 01 - 2018", "20/1/2018"
)
_CALENDAR_DATE = (
    rf"(?:(?P<weekday>{_DAY_NAME}){_GAP})?"
    rf"(?:(?:\d{{1,2}}{_GAP}{_ANY_MONTH}(?:{_GAP}{_ANY_MONTH})?|{_ANY_MONTH}{_GAP}\d{{1,2}})"
    rf"{_GAP}\d{{4}}(?!\d){_ERA}|{_NUMERIC_DATE})"
)
_CLOCK = r"\d{1,2}[ \t]*:[ \t]*\d{2}(?:[ \t]*(?:صباحا|مساء|مساءا|ص|م|am|pm|AM|PM)(?![^\W\d_]))?"
_PUBLISHED = r"(?:نشر (?:في|بتاريخ|يوم)|تم نشره(?: يوم| في| بتاريخ)?|تم النشر(?: في| بتاريخ)?|اخر تحديث|تحديث|محدثه|محدث)"
_DATE_STAMP = re.compile(
    rf"(?<![^\W\d_])(?:(?P<cue>{_PUBLISHED})(?P<colon>[ \t]*:)?{_GAP})?(?:(?P<clock_before>{_CLOCK}){_GAP})?{_CALENDAR_DATE}"
    rf"(?:(?P<second>{_GAP}(?P<same_day>الموافق{_GAP})?{_CALENDAR_DATE.replace('weekday', 'weekday2')}))?"
    rf"(?:{_GAP}(?P<clock>{_CLOCK})(?:[ \t]*بتوقيت [^\W\d_]+)?)?"
)
# What sets a stamp apart before it: a line's start or a mark that ends or fences a phrase, not a comma or an
# opening bracket ("وصل اليوم ( الاثنين 11 ديسمبر 2017 ) إلى القاهرة").
_STAMP_BEFORE = re.compile(r"(?:^|[\n.!?؟|:\-»\")])[^\w\n]*$")
# A story cut short before the next one's stamp, in a list of other pages: "يقوض عملية . . . الثلاثاء 24 …",
# "( . . . ) 03 - 01 - 2018 وصل اللواء".
_CUT_SHORT = re.compile(r"(?:(?:\.[ \t]*){3}\)?|…)[ \t]*$")
_LINE_START = re.compile(r"(?:^|[\n|])[ \t]*$")
_STAMP_AFTER = re.compile(r"[ \t]*(?:$|\n|\|)")  # a stamp alone up to its line's end or a bar
# Words that make the date a part of the sentence: "قتل يوم الأحد 21 كانون الثاني 2018", "منذ 5 آذار 2011".
_GOVERNS_DATE = frozenset(
    "في وفي يوم ويوم اليوم منذ حتي الي قبل بعد خلال من صباح مساء فجر ليل ليله ظهر عصر تاريخ الموافق حلول الساعه".split()
)

_LIST_HEADS = (
    _RELATED
    + "اقرأ أيضا|شاهد أيضا|مقالات مشابهة|الأكثر قراءة|الأكثر مشاهدة|أحدث المقالات|آخر الأخبار|جميع الحقوق محفوظة".split(
        "|"
    )
)


_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_BREAK = r"[ \t-]{0,6}"  # a word split where scraping dropped a mark: "اق - - رأ أيضا", "الت سجيل"
_BETWEEN = r"[^\w\n]{1,6}"  # between the words of a phrase: spaces with a colon, dot or bar


def _alternation(phrases: list[str], *, split: bool = False) -> str:
    """One regex for many literal phrases, sharing prefixes so a position fails on its first letter.

    With ``split``, an Arabic word of a phrase may be broken by spaces and dashes, and its words may
    be set apart by punctuation as well as spaces.
    """
    trie: dict = {}
    for phrase in {fold(p) for p in phrases}:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(trie, split)


def _branches(node: dict, split: bool = False) -> str:
    options = [
        _edge(char, child, split) + _branches(child, split) if char else ""
        for char, child in sorted(node.items())
    ]
    if len(options) == 1:
        return options[0]
    optional = "" in options
    body = "(?:" + "|".join(o for o in options if o) + ")"
    return body + "?" if optional else body


def _edge(char: str, child: dict, split: bool) -> str:
    if not split:
        return re.escape(char)
    if char == " ":
        return _BETWEEN
    if _ARABIC_LETTER.match(char) and any(_ARABIC_LETTER.match(c) for c in child):
        return re.escape(char) + _BREAK
    return re.escape(char)


# What every match of the rarer patterns below (times ago, app, feed, prayers, link, credit) begins with: tested
# once, it spares each start of a word trying the six patterns one by one.
_RARE_OPENINGS = r"(?=قبل|منذ|حمل|نزل|قم|تطبيق|ليصل|لتصل|اعداد|ال(?:فجر|شروق|ظهر|عصر|مغرب|عشاء)|http|www)"
_WORDS = re.compile(
    rf"(?<![^\W\d_])(?:(?P<strong>{_alternation(_STRONG, split=True)})|(?P<weak>{_alternation(_WEAK)})"
    rf"|{_RARE_OPENINGS}(?:"
    r"(?P<ago>(?:(?:قبل|منذ) (?:\d+ )?(?:دقيقه|دقايق|ساعه|ساعتين|ساعات|يوم|يومين|ايام|اسبوع|اسابيع)\s*){2,})"
    rf"|(?P<app>{_APP})|(?P<feed>{_FEED})|(?P<prayers>{_PRAYERS})|(?P<url>{_URL})|(?P<credit>{_CREDIT})))"
    r"(?![^\W\d_])"
)
# Searched apart from _WORDS: alone it starts on a letter class the engine scans for fast, while as a second
# branch of _WORDS it was tried at every character.
_LATIN = re.compile(r"(?P<latin>[A-Za-z][A-Za-z0-9&'.-]*(?:[ \t]+[A-Za-z0-9][A-Za-z0-9&'.-]*)+)(?![^\W\d_])")
_LIST_HEADS_RE = re.compile(_alternation(_LIST_HEADS))
_END = re.compile(r"[.!?؟]")
_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"[^\W\d_]+")
_NUMBER = re.compile(r"\d+")
_STAMP = re.compile(r"\d+ ?[/:] ?\d+")
# Where a headline can start: a line, or after a bar. Each a literal alone, which the engine scans for fastest.
_HEADLINE_STARTS = (re.compile("\n"), re.compile(r"\| "))
_REPEATED = re.compile(r"[ \t]*(\S[^\n]{14,150}?)[ \t]+(\1)(?=[ \t\n]|$)(?![ \t]+\1)")
# A widget's template placeholder, «{ * signInForm * }» (its braces cleaned to spaces by then): a
# line holding two is a form, whatever its words.
_PLACEHOLDER = r"\*[ \t]*[#/]?[ \t]*[A-Za-z]\w*[ \t]*\*"
_TEMPLATE_LINE = re.compile(rf"[^\n]*{_PLACEHOLDER}[^\n]*{_PLACEHOLDER}[^\n]*")
MAX_FRAGMENT_WORDS = 3  # a line this short beside chrome is a leftover of it, not a headline
MAX_FRAGMENT_CHARS = 60  # longer lines away from chrome are never a date stamp with three words
MAX_GAP_WORDS = 3  # words between two chrome hits that are still part of one menu
MIN_LATIN_WORDS = 4  # shorter Latin runs may be a name the sentence quotes: "Middle East Eye"
TAIL = 0.6  # a "related" heading past this share of the page opens a list of other headlines


def _hits(folded: str) -> list[tuple[int, int, bool]]:
    """Chrome words and Latin runs as (start, end, strong)."""
    hits = []
    for match in _matches(folded):
        if match.lastgroup == "latin":
            dateline = _DATELINE.match(folded, match.end())
            if dateline:  # a masthead: the site's name and the day's date
                hits.append((match.start(), dateline.end(), True))
            elif len(match.group().split()) >= MIN_LATIN_WORDS or _site_name(folded, *match.span()):
                hits.append((match.start(), match.end(), True))
        else:
            hits.append((match.start(), match.end(), match.lastgroup != "weak"))
    stamps = _date_stamps(folded)
    return sorted(hits + stamps) if stamps else hits


# A stamp with the year first, the hour and a second calendar: "2015 / 12 / 27 الساعة 22 : 43 ( مكة المكرمة )
# 1437 / 3 / 17 هـ". The hour or the second date makes it a stamp; a year first alone ("2017 / 2018") is none.
_YMD = r"\d{4}[ \t]*[/.-][ \t]*\d{1,2}[ \t]*[/.-][ \t]*\d{1,2}(?!\d)"
_YEAR_FIRST_STAMP = re.compile(
    rf"{_YMD}(?:[ \t]*(?:الساعه[ \t]*)?{_CLOCK}(?:[ \t]*\([^()\n]{{1,20}}\))?)?"
    rf"(?P<second>[ \t]*{_YMD}{_ERA})?"
)


def _date_stamps(folded: str) -> list[tuple[int, int, bool]]:
    """Date stamps of the page as strong hits (see _DATE_STAMP). Every stamp holds a year: the pattern is tried
    only near one, which spares it every other position of the page."""
    hits: list[tuple[int, int, bool]] = []
    done = 0
    for year in _YEAR.finditer(folded):
        if year.end() <= done:
            continue
        first = _year_first(folded, year.start())
        if first is not None:
            hits.append((year.start(), first, True))
            done = first
            continue
        if not _DATED.search(folded, max(0, year.start() - DATED_REACH), year.start()):
            continue  # "عام 2017", "منذ 2011": a year no day and month come before
        window = (
            max(done, year.start() - STAMP_BEFORE_YEAR),
            min(len(folded), year.end() + STAMP_AFTER_YEAR),
        )
        for match in _DATE_STAMP.finditer(folded, *window):
            done = max(done, match.end())
            if _stamp(folded, match):
                hits.append((match.start(), match.end(), True))
    return hits


def _year_first(folded: str, start: int) -> int | None:
    """The end of a year-first stamp opening at ``start`` (_YEAR_FIRST_STAMP), its hour or second date with it."""
    if start and (folded[start - 1] in "/.-" or folded[start - 1].isalnum()):
        return None
    match = _YEAR_FIRST_STAMP.match(folded, start)
    if match is None or not (match["second"] or match.end() - start > YMD_ALONE):
        return None
    return match.end()


_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
# What comes right before a stamp's year: its month's name or the month in digits ("25 نوفمبر 2017", "03 - 01 - 2018").
_DATED = re.compile(rf"(?:{_ANY_MONTH}|\d)[^\w\n]{{0,6}}$")
DATED_REACH = 30
# Characters at most from a stamp's start to its first year (a cue, a weekday, a day, a month), and after its last
# year (a second calendar's era, the hour and its zone).
STAMP_BEFORE_YEAR = 90
STAMP_AFTER_YEAR = 40
YMD_ALONE = 16  # characters of a year-first date without its hour: "2015 / 12 / 27"


def _stamp(folded: str, match: re.Match) -> bool:
    """Whether a date the pattern found is the page's stamp, not a date of a sentence."""
    start, end = match.span()
    before = folded[max(0, start - 40) : start]
    words = _WORD.findall(before)
    if words and words[-1] in _GOVERNS_DATE and not match["cue"]:
        return False
    clock = match["clock"] or match["clock_before"]
    cue = match["cue"] and (match["colon"] or clock or match["weekday"])
    return bool(
        cue
        or (match["second"] and (match["same_day"] or _HIJRI_RE.search(match.group())))
        or _CUT_SHORT.search(before)
        or (clock and match["weekday"])
        or ((clock or match["weekday"]) and _STAMP_BEFORE.search(before))
        or (_LINE_START.search(before) and _STAMP_AFTER.match(folded, end))
    )


def _matches(folded: str) -> Iterator[re.Match]:
    """The matches of _WORDS and _LATIN in order, as one alternation of the two finds them: the earlier first,
    a chrome word where both start, the search going on after each match."""
    word, latin = _WORDS.search(folded), _LATIN.search(folded)
    while word or latin:
        match = word if word and (latin is None or word.start() <= latin.start()) else latin
        yield match
        if word and word.start() < match.end():
            word = _WORDS.search(folded, match.end())
        if latin and latin.start() < match.end():
            latin = _LATIN.search(folded, match.end())


def _site_name(folded: str, start: int, end: int) -> bool:
    """A Latin name opening a line or set off by a dash, bar or colon: "SMART News Agency - وكالة …"."""
    before, after = folded[max(0, start - 3) : start].strip(), folded[end : end + 3].strip()
    at_line_start = start == 0 or folded[start - 1] == "\n"
    return at_line_start or (before[-1:] or "x") in "-|" or (after[:1] or "x") in "-|:"


def _runs(folded: str, hits: list[tuple[int, int, bool]]) -> list[tuple[int, int]]:
    """Hits joined across short gaps with no sentence end; a run needs one strong hit."""
    runs: list[list] = []
    for start, end, strong in hits:
        if runs and _short_gap(folded[runs[-1][1] : start]):
            runs[-1][1], runs[-1][2] = end, runs[-1][2] or strong
        else:
            runs.append([start, end, strong])
    return [(start, end) for start, end, strong in runs if strong]


def _short_gap(gap: str) -> bool:
    return "\n" not in gap and not _END.search(gap) and len(gap.split()) <= MAX_GAP_WORDS


def _tail_lists(folded: str) -> list[tuple[int, int]]:
    """From a "related" heading in the page's tail to the end: the rest lists other pages."""
    for match in _LIST_HEADS_RE.finditer(folded, int(len(folded) * TAIL)):
        return [(match.start(), len(folded))]
    return []


def chrome_spans(folded: str) -> list[tuple[int, int]]:
    """Spans of the folded text that are site chrome, in order and apart.

    "شارك على فيسبوك تويتر\\nقال المرصد إن 5 قتلوا." → [(0, 21)]
    """
    spans = _runs(folded, _hits(folded)) + _tail_lists(folded)
    if "*" in folded:
        spans += [match.span() for match in _TEMPLATE_LINE.finditer(folded)]
    starts = [0, *(match.end() for pattern in _HEADLINE_STARTS for match in pattern.finditer(folded))]
    repeats = (_REPEATED.match(folded, start) for start in starts if _may_repeat(folded, start))
    spans += [match.span(2) for match in repeats if match]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _may_repeat(folded: str, start: int) -> bool:
    """Whether the line at ``start`` holds its first 15 characters twice, as any match of _REPEATED does: a
    search in C that spares most lines the regex trying every length of the headline."""
    first = start
    while folded[first : first + 1] in (" ", "\t"):
        first += 1
    line_end = folded.find("\n", first)
    return folded.find(folded[first : first + 15], first + 16, len(folded) if line_end < 0 else line_end) >= 0


def _fragment(piece: str, beside_chrome: bool) -> bool:
    """What is left of a chrome line: a few words beside chrome, or a date stamp with little else.

    "الرجاء إدخال" after a login form; "12 : 00 صباحا دمشق"; not "المرصد السوري: مقتل 20 مدنيا".
    """
    if len(piece) > MAX_FRAGMENT_CHARS and not beside_chrome:
        return False
    words = _WORD.findall(piece)
    if beside_chrome and len(words) <= MAX_FRAGMENT_WORDS and not _END.search(piece.rstrip(" .")):
        return True
    return bool(_STAMP.search(piece)) and len(_NUMBER.findall(piece)) >= len(words) <= MAX_FRAGMENT_WORDS


def strip_chrome(folded: str) -> str:
    """The folded text with chrome blanked to newlines, one for one.

    "شارك علي فيسبوك\\nقال المرصد" → "\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\nقال المرصد"
    """
    spans = chrome_spans(folded)
    edges = {start for start, _ in spans} | {end for _, end in spans}
    stripped = _blank(folded, spans)
    fragments = [
        line.span()
        for line in _LINE.finditer(stripped)
        if _fragment(line.group(), line.start() in edges or line.end() in edges)
    ]
    return _blank(stripped, fragments) if fragments else stripped


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    pieces, position = [], 0
    for start, end in spans:
        pieces += [text[position:start], "\n" * (end - start)]
        position = end
    pieces.append(text[position:])
    return "".join(pieces)
