"""Counts in Arabic news text: "قتل ما لا يقل عن 32 من عناصر التنظيم" → 32, at_least, عناصر.

Matching runs on a folded copy of the text (normalize_key applied character by character) so
that spans map back one-to-one onto the original string. All patterns are alternations of
literals or bounded character classes, so matching stays linear in the length of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from claims.text.normalize import normalize_key

LETTER = "\u0621-\u064a"
MONTHS = frozenset(
    ["يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر"]
    + ["ديسمبر", "كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين"]
)
UNIT_STEMS = {"ثلاث": 3, "اربع": 4, "خمس": 5, "ست": 6, "سبع": 7, "ثمان": 8, "تسع": 9}
SPECIAL_WORDS = (
    (("واحد", "واحده", "احد", "احدي"), 1, "unit"),
    (("اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني"), 2, "unit"),
    (("ثماني", "ثمانيه"), 8, "unit"),
    (("عشر", "عشره"), 10, "ten"),
    (("عشرون", "عشرين"), 20, "tens"),
    (("مئه", "مائه"), 100, "hundred"),
    (("مئتان", "مئتين", "مائتان", "مائتين"), 200, "hundred"),
)
MULTIPLIERS = {"الف": 1000, "الفا": 1000, "الاف": 1000, "مليون": 10**6, "مليونا": 10**6, "ملايين": 10**6}
MULTIPLIERS |= {"مليار": 10**9, "مليارا": 10**9, "مليارات": 10**9}
# «عشرات» ("tens") is said of twenty and more: "dozens killed" never means ten.
VAGUE = {"بضع": 3, "بضعه": 3, "عشرات": 20, "مئات": 100, "الاف": 1000, "الوف": 1000, "ملايين": 10**6}
NOT_COUNTED = frozenset(
    ["من", "في", "علي", "عن", "الي", "و", "او", "ثم", "قد", "كما", "منذ", "خلال", "بين", "حتي"]
    + ["منهم", "منها", "بينهم"]
)


@dataclass(frozen=True)
class Number:
    value: int | float
    text: str
    qualifier: str = "exact"
    counted: str | None = None
    start: int = 0
    end: int = 0


def _word_numbers() -> dict[str, tuple[int, str]]:
    """Every written form of the numbers 1–999 built from the unit stems: value and kind."""
    words = {form: (value, kind) for forms, value, kind in SPECIAL_WORDS for form in forms}
    for stem, unit in UNIT_STEMS.items():
        words[stem] = words[stem + "ه"] = (unit, "unit")
        words[stem + "ون"] = words[stem + "ين"] = (unit * 10, "tens")
        words[stem + "مئه"] = words[stem + "مائه"] = (unit * 100, "hundred")
    return words


WORDS = _word_numbers()


def _alternation(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


# "احد" and "واحد" alone mean "one of" or follow their noun far more often than they count it.
TEEN_ONLY = ("احد", "احدي", "اثنا", "اثني", "واحد", "واحده")
_WORD = rf"(?:(?:احد|احدي|اثنا|اثني)\s+عشره?|{_alternation(w for w in WORDS if w not in TEEN_ONLY)})"
# The words' three patterns share their test that no letter comes before: inside a word it fails once, not thrice.
_NUMBER = re.compile(
    rf"(?P<digits>\d{{1,3}}(?:[,٬]\d{{3}})+(?!\d)|\d+(?:[.٫]\d+)?)"
    rf"|(?<![{LETTER}])(?:[وب]?(?P<words>{_WORD}(?:\s+(?:و\s?)?{_WORD}){{0,3}})(?![{LETTER}])"
    rf"|[وب]?(?:ال)?(?P<vague>{_alternation(VAGUE)})(?:\s+(?:ال)?(?P<vmult>الاف|ملايين))?(?![{LETTER}])"
    rf"|[وب]?(?P<bare>الف|مليون|مليار)(?![{LETTER}]))"
)
_MULTIPLIER = re.compile(rf" *({_alternation(MULTIPLIERS)})(?![{LETTER}])")
_COUNTED = re.compile(rf" *(%|٪|(?:ب|في )ال?مئه|(?:من +)?[{LETTER}]+)")
_DATE = re.compile(r"\d{1,4}([/.\-])\d{1,2}\1\d{1,4}|\d{1,2}:\d{2}")
_MONTH = re.compile(rf"\s*(?:من\s+)?(?:{_alternation(MONTHS)})(?![{LETTER}])")
_YEAR_AFTER = re.compile(rf"\s*[{LETTER}]*")
_YEAR_CUE = re.compile(rf"(?:عام|العام|سنه|السنه|منذ|{_alternation(MONTHS)})[\s)(]*$")
_PRE = {
    "at_most": r"(?:ما\s+)?لا\s+(?:يتجاوز|يتعدي|يزيد\s+(?:عن|علي))",
    "at_least": r"(?:ما\s+)?لا\s+يقل\s+(?:عن|علي)",
    "more_than": r"اكثر\s+من|ازيد\s+من|(?:ما\s+)?(?:يزيد|يربو)\s+(?:عن|علي)|يتجاوز|تجاوز|يفوق",
    "about": r"نحو|حوالي|قرابه|زهاء|(?:ما\s+)?(?:يقارب|يناهز)|(?:ما\s+)?يقرب\s+من",
    "less_than": r"اقل\s+من|دون",
}
_PRE_QUALIFIER = re.compile(
    rf"(?:^|[^{LETTER}])[وبل]?(?:{'|'.join(f'(?P<{k}>{v})' for k, v in _PRE.items())})(?:\s+(?:حاجز|عتبه))?(?:\s+ال)?\s*$"
)
SHARED = frozenset(["at_least", "about"])  # qualifiers a list of counts shares
_POST_QUALIFIER = re.compile(r"\s*(?:(?P<at_least>علي\s+الاقل)|(?P<about>تقريبا))(?![\u0621-\u064a])")


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch.isspace():
        return "\n" if ch in "\n\r\u2028\u2029" else " "
    folded = normalize_key(ch)
    return folded if len(folded) <= 1 else ch


def fold(text: str) -> tuple[str, list[int]]:
    """Normalize without moving anything: "أكثرُ من" → ("اكثر من", offsets of each kept char)."""
    chars = list(map(_fold_char, text))
    if "" not in chars:  # nothing dropped: every char keeps its offset
        return "".join(chars), list(range(len(text) + 1))
    offsets = [i for i, folded in enumerate(chars) if folded]
    offsets.append(len(text))
    return "".join(chars), offsets


def _word_value(phrase: str) -> int:
    """ "خمسه وعشرين" → 25, "ثلاث مئه" → 300, "ثلاثه عشر" → 13."""
    total = previous = 0
    for token in phrase.split():
        if token == "و":  # "ثمانيه و اربعين": the conjunction written apart
            continue
        value, kind = WORDS.get(token) or WORDS[token[1:]]
        if kind == "hundred" and value == 100 and 0 < previous < 10:
            total += previous * 99
        else:
            total += value
        previous = value
    return total


def _digits_value(digits: str) -> int | float:
    digits = digits.replace(",", "").replace("٬", "").replace("٫", ".")
    return float(digits) if "." in digits else int(digits)


def _base(match: re.Match) -> tuple[int | float, str]:
    if match["digits"]:
        return _digits_value(match["digits"]), "exact"
    if match["words"]:
        return _word_value(match["words"]), "exact"
    if match["vague"]:
        return VAGUE[match["vague"]] * (MULTIPLIERS[match["vmult"]] if match["vmult"] else 1), "vague"
    return MULTIPLIERS[match["bare"]], "exact"


def _glued_to_name(folded: str, start: int) -> bool:
    """Digits inside a name or code ("مي-28", "F16") are not counts; "و32" and "بـ3" are."""
    before = folded[start - 1] if start else ""
    if before == "-":
        return start >= 2 and folded[start - 2].isalpha()
    if not before.isalpha():
        return False
    return before not in "وبلف" or (start >= 2 and folded[start - 2].isalpha())


def _is_year(folded: str, start: int, end: int) -> bool:
    after = _YEAR_AFTER.match(folded[end : end + 20])
    word = after.group().strip() if after else ""
    return word in ("", "م", "ه") or bool(_YEAR_CUE.search(folded[max(0, start - 16) : start]))


def _is_date(folded: str, match: re.Match, dates: list[tuple[int, int]]) -> bool:
    """Days of a month, years and clock times: "2 شباط", "عام 2018", "2018/3/5", "00:01"."""
    start, end = match.span()
    if any(s <= start < e for s, e in dates):
        return True
    value = _digits_value(match["digits"])
    if value <= 31 and _MONTH.match(folded, end):
        return True
    digits = match["digits"]
    return len(digits) == 4 and digits.isdigit() and 1900 <= value <= 2100 and _is_year(folded, start, end)


def _qualifier(folded: str, start: int, end: int) -> str | None:
    pre = _PRE_QUALIFIER.search(folded[max(0, start - 24) : start])
    if pre:
        return pre.lastgroup
    post = _POST_QUALIFIER.match(folded, end)
    return post.lastgroup if post else None


def counted_key(word: str) -> str:
    """The noun a number counts, folded so inflections meet: "المدنيين" → "مدني", "مدنياً" → "مدني"."""
    word = normalize_key(word)
    if word.startswith("ال") and len(word) > 4:
        word = word[2:]
    if len(word) >= 5 and word.endswith(("ين", "ون")):
        word = word[:-2]
    elif len(word) >= 4 and word.endswith("ا"):
        word = word[:-1]
    return word


def _counted(folded: str, end: int) -> tuple[str | None, int]:
    match = _COUNTED.match(folded, end)
    if not match:
        return None, end
    word = match.group(1)
    if word in ("%", "٪") or word.endswith("مئه"):
        return "%", match.end()
    word = word.split()[-1]
    # A past-tense plural verb ("32 قتلوا") follows a number whose noun was left out.
    if word in NOT_COUNTED or word in MULTIPLIERS or word in MONTHS or word.endswith("وا"):
        return None, end
    return counted_key(word), match.end()


def _build(text: str, folded: str, offsets: list[int], match: re.Match) -> tuple[Number, int]:
    value, qualifier = _base(match)
    start, end = match.span("digits") if match["digits"] else match.span()
    multiplier = _MULTIPLIER.match(folded, end) if qualifier == "exact" else None
    if multiplier:
        value, end = value * MULTIPLIERS[multiplier.group(1)], multiplier.end()
    counted, end = _counted(folded, end)
    if qualifier == "exact":
        qualifier = _qualifier(folded, start, end) or "exact"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    begin, finish = offsets[start], offsets[end]
    return Number(value, text[begin:finish].strip(), qualifier, counted, begin, finish), end


def extract_numbers(text: str) -> list[Number]:
    """Counts with their qualifier and counted noun, dates and times left out.

    "قتل ما لا يقل عن 32 من عناصر التنظيم عام 2018"
    → [Number(32, "32 من عناصر", "at_least", "عناصر", 17, 28)]
    """
    folded, offsets = fold(text)
    dates = [m.span() for m in _DATE.finditer(folded)]
    numbers: list[Number] = []
    spans: list[tuple[int, int]] = []  # folded start and end, a qualifier after the count included
    consumed = 0
    for match in _NUMBER.finditer(folded):
        if match.start() < consumed:
            continue
        if match["digits"] and (_glued_to_name(folded, match.start()) or _is_date(folded, match, dates)):
            continue
        number, consumed = _build(text, folded, offsets, match)
        post = _POST_QUALIFIER.match(folded, consumed)
        numbers.append(number)
        spans.append((match.start(), post.end() if post else consumed))
    return _shared_qualifiers(folded, numbers, spans)


def _shared_qualifiers(folded: str, numbers: list[Number], spans: list[tuple[int, int]]) -> list[Number]:
    """Counts joined by «و» share the qualifier one of them carries: "22 قتيلا على الأقل و48 جريحا" is at least
    48 wounded too, and "20 قتيلا و50 جريحا تقريبا" about 20 killed."""
    for i in range(len(numbers) - 1):
        if folded[spans[i][1] : spans[i + 1][0]].strip() != "و":
            continue
        a, b = numbers[i], numbers[i + 1]
        if a.qualifier in SHARED and b.qualifier == "exact":
            numbers[i + 1] = replace(b, qualifier=a.qualifier)
        elif b.qualifier in SHARED and a.qualifier == "exact":
            numbers[i] = replace(a, qualifier=b.qualifier)
    return numbers
