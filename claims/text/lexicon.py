"""Word lists of Arabic news reporting: cue verbs with their inflections, reporting prepositions,
the nouns that head a source, and the time and function words that end a source mention.

Everything is stored folded (see tokens.fold) so lookups match however hamza or ta marbuta were written.
"""

from __future__ import annotations

from dataclasses import dataclass

from claims.text.tokens import fold


@dataclass(frozen=True)
class Cue:
    lemma: str
    modality: str  # "assert" | "allege" | "deny" | "unattributed"
    strong: bool  # frames a claim even without أن / quote / colon ("زعمت مواقع … سقوط قذائف")
    tense: str  # "past" | "present" | "passive"


# Past tense (3rd person masculine singular), imperfect stem after the person prefix, modality, strong.
_VERBS = (
    ("قال", "قول", "assert", True), ("أكد", "ؤكد", "assert", True), ("أعلن", "علن", "assert", True),
    ("أفاد", "فيد", "assert", True), ("أوضح", "وضح", "assert", True), ("أشار", "شير", "assert", True),
    ("ذكر", "ذكر", "assert", True), ("كشف", "كشف", "assert", True), ("صرح", "صرح", "assert", True),
    ("أضاف", "ضيف", "assert", True), ("لفت", "لفت", "assert", True), ("نوه", "نوه", "assert", True),
    ("شدد", "شدد", "assert", True), ("حذر", "حذر", "assert", True), ("أورد", "ورد", "assert", True),
    ("روى", "روي", "assert", True), ("أفصح", "فصح", "assert", True), ("جزم", "جزم", "assert", True),
    ("اعتقد", "عتقد", "assert", False),
    ("تابع", "تابع", "assert", False), ("أردف", "ردف", "assert", False), ("استطرد", "ستطرد", "assert", False),
    ("واصل", "واصل", "assert", False),
    ("استدرك", "ستدرك", "assert", False),
    ("ختم", "ختم", "assert", False), ("نشر", "نشر", "assert", False), ("بث", "بث", "assert", False),
    ("رصد", "رصد", "assert", True), ("وثق", "وثق", "assert", True), ("سجل", "سجل", "assert", False), ("علم", "علم", "assert", False),
    ("نقل", "نقل", "assert", False), ("نسب", "نسب", "assert", False), ("تحدث", "تحدث", "assert", False), ("علق", "علق", "assert", False),
    ("كتب", "كتب", "assert", False), ("غرد", "غرد", "assert", False), ("أظهر", "ظهر", "assert", False),
    ("اعتبر", "عتبر", "assert", False), ("رأى", "رى", "assert", False), ("وصف", "صف", "assert", False),
    ("توقع", "توقع", "assert", False), ("رجح", "رجح", "assert", False), ("أقر", "قر", "assert", False),
    ("اعترف", "عترف", "assert", False), ("أبلغ", "بلغ", "assert", False), ("أخبر", "خبر", "assert", False),
    ("جدد", "جدد", "assert", False), ("كرر", "كرر", "assert", False), ("تعهد", "تعهد", "assert", True),
    ("أعرب", "عرب", "assert", True), ("رد", "رد", "assert", False), ("شرح", "شرح", "assert", False),
    ("طالب", "طالب", "assert", False), ("طلب", "طلب", "assert", False), ("استبعد", "ستبعد", "assert", False),
    ("أبدى", "بدي", "assert", False), ("أفتى", "فتي", "assert", False), ("أجاب", "جيب", "assert", False),
    ("خلص", "خلص", "assert", False), ("ألمح", "لمح", "assert", False),
    ("أشاد", "شيد", "assert", False), ("ندد", "ندد", "assert", False), ("رحب", "رحب", "assert", False),
    ("توعد", "توعد", "assert", False), ("هدد", "هدد", "assert", False), ("زاد", "زيد", "assert", False),
    ("تساءل", "تساءل", "assert", False),
    ("زعم", "زعم", "allege", True), ("ادعى", "دعي", "allege", True), ("روج", "روج", "allege", True),
    ("اتهم", "تهم", "allege", True), ("افترى", "فتري", "allege", True), ("فبرك", "فبرك", "allege", False),
    ("حمل", "حمل", "allege", False),
    ("نفى", "نفي", "deny", True), ("كذب", "كذب", "deny", True), ("أنكر", "نكر", "deny", True),
    ("دحض", "دحض", "deny", True), ("فند", "فند", "deny", True), ("نقض", "نقض", "deny", False),
    ("شكك", "شكك", "deny", False),
)  # fmt: skip
# Unvoweled passives that cannot be read as active verbs.
_PASSIVES = ("قيل", "يقال", "أفيد", "يفاد", "أشيع", "يشاع", "أشير", "يشار")
_CALLS = (("دعا", "past"), ("دعت", "past"), ("دعوا", "past"), ("يدعو", "present"), ("تدعو", "present"))
# Spellings of a cue form that are more often another word: "اقرأ أيضاً" (read also) is not "أقرّا"; "ردا على"
# (in reply to); "يعرب" is also a name; "علماً بأن" (given that) is the writer's remark, not "they both learnt".
# "يواصل", "تواصل": going on with a deed ("تواصل مطاردة …"), or «التواصل»; only the past "وواصل: «…»" speaks.
_NOT_CUES = tuple("اقرا ردا يعرب تعرب علما وعلما يواصل تواصل يواصلون يواصلان تواصلان".split())
CONTINUATION = frozenset(fold(w) for w in "أضاف تابع أردف استطرد ختم زاد واصل".split())  # "وزاد: «…»"
CHAIN = frozenset(["نقل"])  # "نقلت الوكالة عن الخبير أن": the speaker follows عن
ASCRIBING = frozenset(["نسب"])  # "ونسبت رويترز إلى دبلوماسي أوروبي قوله إن": the speaker follows إلى
INFORMED = frozenset(["علم"])
INFORMING = frozenset(["ابلغ", "اخبر"])  # "أبلغ الرئيس نظيره أن": whom it was told follows the speaker
COUNTERPARTS = frozenset(["نظيره", "نظيرها", "نظيريه", "نظراءه", "نظرائه"])  # "أبلغ بوتين نظيره التركي أن"
# Nouns that open an object, never a speaker: "وعلل سبب …", "وشرح أسباب …", "وأكد بوتين أهمية …"; and
# demonstratives, which do so after a verb ("وعلل ذلك") but may stand in a name after a title ("مدير هذه المنظمة").
OBJECT_NOUNS = frozenset(fold("سبب أسباب موقف دوافع أهمية طبيعة حقيقة تفاصيل ضرورة").split())
OBJECT_HEADS = OBJECT_NOUNS | frozenset(fold("ذلك هذا هذه").split())
# An outlet's correspondent, who reports for it: "وقال مراسل لوكالة فرانس برس", "إن مندوبها أكد".
CORRESPONDENTS = frozenset(fold(w) for w in "مراسل مراسلة موفد موفدة مندوب مندوبة".split())
CALLS_FOR = frozenset(["دعا", "طالب", "طلب"])  # lemmas of the cues that call for what their content says
ADDRESSEE_REACH = 8  # words at most of whom a speaker told, up to «أن»  # "علم المرصد من مصادر أن": the informants follow من


def _past_forms(past: str) -> list[str]:
    if past.endswith("ي"):  # نفى → نفت، نفوا، نفيا
        base = past[:-1]
        return [past, base + "ت", base + "وا", base + "يا", base + "تا"]
    return [past, past + "ت", past + "وا", past + "ا", past + "تا"]


def _present_forms(stem: str) -> list[str]:
    plural = stem[:-1] if stem.endswith("ي") else stem
    return [p + stem for p in "يت"] + ["ي" + plural + "ون", "ي" + stem + "ان", "ت" + stem + "ان"]


SHADDA = "\u0651"
# Past verbs spelt, without their shadda, like a preposition: «عبّر» (عبر, via), «بيّن» (بين, between).
SHADDA_CUES = {
    fold("عب" + SHADDA + "ر"): Cue(fold("عبر"), "assert", True, "past"),
    fold("بي" + SHADDA + "ن"): Cue(fold("بين"), "assert", False, "past"),
}


def _cue_table() -> dict[str, Cue]:
    table: dict[str, Cue] = {}
    for past, present, modality, strong in _VERBS:
        past, present = fold(past), fold(present)
        for form in _present_forms(present):
            table.setdefault(form, Cue(past, modality, strong, "present"))
        for form in _past_forms(past):
            table[form] = Cue(past, modality, strong, "past")
    for form in _PASSIVES:
        table[fold(form)] = Cue(fold(form), "unattributed", True, "passive")
    for form, tense in _CALLS:  # "دعا" ends in a long alef that the regular forms do not know
        table[fold(form)] = Cue(fold("دعا"), "assert", True, tense)
    # «عبّر» only where it cannot be the preposition «عبر» (via): "وعبّر «الحر» عن إدانته".
    for form in ("وعبر", "فعبر", "عبرت", "وعبرت", "عبروا", "وعبروا"):
        table[fold(form)] = Cue(fold("عبر"), "assert", True, "past")
    # «بيّن» only where it cannot be the preposition «بين» (between): "وبيّنت الوزارة أن", "يبيّن التقرير أن".
    for form, tense in (("بينت", "past"), ("بينوا", "past"), ("بينتا", "past"), ("يبين", "present")):
        table[fold(form)] = Cue(fold("بين"), "assert", False, tense)
    # A verb that unvoweled spells a preposition, written with its shadda where the scraper split its letters
    # ("عب ر مصدر مسؤول عن", "وبي ن أن"): the split is where the doubled letter was, so the word is the verb.
    for form, cue in SHADDA_CUES.items():
        table[form] = cue
    # "تتهمه السلطات الإيرانية بالتجسس": a verb of accusing with the accused as a pronoun suffix.
    for form, cue in list(table.items()):
        if cue.lemma == fold("اتهم") and cue.tense != "passive":
            base = form[:-1] if form.endswith("وا") else form
            for suffix in ("ه", "ها", "هم", "هما"):
                table.setdefault(base + suffix, cue)
    for form in _NOT_CUES:
        table.pop(fold(form), None)
    return table


CUES = _cue_table()
# "بحسب", "وفقاً لـ", "نقلاً عن", "على لسان", "برأي" (in the view of): the source follows the preposition.
PREPOSITIONS = frozenset(
    fold(w) for w in ("بحسب", "حسب", "حسبما", "وفق", "وفقا", "طبقا", "نقلا", "استنادا", "تبعا", "برأي")
)
PREPOSITION_PAIRS = frozenset([("علي", "لسان"), ("علي", "حد")])
_THAT_PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "نا")
COMPLEMENTIZERS = frozenset(
    fold(p + w + s) for p in ("", "ب", "ف", "و") for w in ("أن", "إن") for s in ("", *_THAT_PRONOUNS)
)
# «أن» / «إن» carrying a pronoun is the claim's subject: "قال إنها ستبقى مستمرة" claims "إنها ستبقى مستمرة",
# not "ستبقى مستمرة" (who remains?). A bare «أن» before a noun only introduces it and stays out.
SUBJECT_COMPLEMENTIZERS = frozenset(
    fold(p + w + s) for p in ("", "ب") for w in ("أن", "إن") for s in _THAT_PRONOUNS
)
QUOTES_OPEN = frozenset('"«“')
QUOTES_CLOSE = frozenset('"»”')
COMMAS = frozenset("،,؛;")
# A document's publisher after the verb that published it: "تقرير نشرته المنظمة", "بيان أصدرته الوزارة".
PUBLISHED_IT = frozenset(
    fold(verb + suffix)
    for verb in ("نشر", "نشرت", "أصدر", "أصدرت", "أعد", "أعدت", "وزع", "وزعت")
    for suffix in ("ه", "ها")
)


def _words(text: str) -> frozenset[str]:
    return frozenset(fold(text).split())


def _with_conjunction(words: frozenset[str]) -> frozenset[str]:
    return words | {"و" + w for w in words}


# States, whose name stands for their government as a speaker: "وطالبت تونس الإمارات …، قائلة إن", "وأدانت السويد
# الحكم …، وقالت إنها".
COUNTRIES = _with_conjunction(
    _words(
        "تونس الجزائر المغرب ليبيا مصر السودان موريتانيا الأردن لبنان سوريا سورية العراق فلسطين السعودية الكويت قطر"
        " البحرين الإمارات عمان اليمن إيران تركيا إسرائيل روسيا الصين اليابان الهند باكستان أفغانستان أوكرانيا"
        " أذربيجان أرمينيا جورجيا كازاخستان فرنسا ألمانيا بريطانيا إيطاليا إسبانيا البرتغال هولندا بلجيكا السويد"
        " النرويج الدنمارك فنلندا النمسا سويسرا اليونان قبرص بولندا المجر التشيك رومانيا بلغاريا صربيا كندا المكسيك"
        " البرازيل الأرجنتين فنزويلا كوبا أستراليا إندونيسيا ماليزيا أمريكا أميركا"
    )
)
# Capitals that stand for their governments: "وتتهم كييف موسكو بإرسال قوات".
CAPITAL_NAMES = (
    "واشنطن موسكو كييف طهران أنقرة دمشق بيروت القاهرة بغداد الرياض الدوحة أبوظبي باريس لندن برلين بكين روما"
    " مدريد أثينا طوكيو"
)
CAPITALS = _words(CAPITAL_NAMES)
# "بيان صادر عن …": a document and who issued it.
ISSUED = frozenset(["صدر", "الصادر", "صادر", "صادره", "الصادره"])
# "وجاء في البيان أن …", "وورد عن الناطق أن …", "بحسب ما جاء في تقرير …".
CAME = _with_conjunction(_words("جاء ورد"))
# Words that end a source mention because a time expression starts: "مساء يوم أمس السبت".
TIME = _with_conjunction(
    _words(
        "يوم اليوم أمس الأمس مساء صباح ليل ليلة ليلا فجر ظهر عصر غدا ظهيرة مساء الأحد الاثنين الثلاثاء الأربعاء"
        " الخميس الجمعة السبت قبل بعد منذ خلال أثناء إثر عقب مؤخرا حاليا سابقا لاحقا الآن مطلع أواخر أوائل الآونة"
        " منتصف آنذاك حينها حينذاك وقتها يومها وقتذاك ساعتها ساعتئذ"
    )
)
# Words that may continue a time expression once one has started: "في التاسع من فبراير".
TIME_RUN = TIME | _words(
    "الماضي الماضية الفائت الفائتة المنصرم المنصرمة الجاري الجارية الحالي الحالية المقبل المقبلة الأسبوع الشهر العام السنة الساعة ساعات"
    " ساعة أيام أسابيع أشهر شهور دقائق وقت سابق لاحق ال من نهاية بداية كانون شباط آذار نيسان أيار حزيران تموز"
    " آب أيلول تشرين يناير فبراير مارس أبريل إبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر الأول"
    " الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الحادي عشر العشرين الأولى الأخير الأخيرة"
    " الليل الليلة الصباح المساء الفجر الظهر العصر الساعات الأيام الأسابيع الأشهر الشهور الدقائق الفترة الوقت"
    # how long ago: "قبل يومين", "منذ أسبوعين", "قبل قليل"
    " يومين ساعتين أسبوع أسبوعين شهر شهرين سنتين عامين سنوات أعوام قليل"
)
# "في بيان", "في حديث مع صحيفة …", "عبر حسابه": the channel of a statement, not part of the source.
DOCUMENTS = _words(
    "بيان تصريح تصريحات حديث مقابلة حوار تقرير تقارير مؤتمر رسالة تغريدة منشور كلمة خطاب لقاء اتصال تسجيل"
    " مقطع فيديو وثيقة وثائق صفحة حساب مقال مقالة نشرة إيجاز بلاغ تدوينة بيانات مزاعم ادعاءات رواية إحصائية"
    " تحليل دراسة إفادة حصيلة روايات شهادات مكالمة برقية برقيات مرسوم مذكرة حسابات معرف معرفات إحاطة"
)
# Outlets a source speaks to: "مصادر مطلعة لوكالة سبوتنيك", "مصادر موثوقة للمرصد السوري".
MEDIA = _words(
    "وكالة شبكة صحيفة جريدة موقع قناة تلفزيون إذاعة راديو مرصد مجلة مراسل وسائل وكالتي وكالات صحيفتي صحف قناتي قنوات"
)
# Heads of a noun phrase naming a person by function: a name may follow ("اللواء يوري بورينكوف").
TITLES = _words(
    "دكتور طبيب لواء عماد عميد عقيد مقدم رائد نقيب ملازم شيخ سيد سيدة رئيس قائد قيادي ناطق متحدث ناشط مراسل"
    " صحفي كاتب خبير محلل باحث سفير مبعوث وزير مسؤول أمين مدير حاج أستاذ مهندس محامي عضو نائب جنرال مستشار"
    " مفوض مندوب ممثل منسق قائم أمير ملك ولي مشير كولونيل سيناتور لفتنانت لفتانانت أدميرال بروفيسور زعيم مفاوض موفد بطريرك إمام قاضي محافظ مساعد"
    " شرعي داعية مفتي خطيب مطران حاخام شاهد"
)
# Feminine titles name a person just as well: "سعيدة قراش المتحدثة الرسمية باسم الرئاسة".
TITLES = TITLES | frozenset(w + "ه" for w in TITLES if not w.endswith(("ه", "ي")))
# A rank after a closed name starts the person it names: "… الأركان الروسية الفريق أول سيرغي رودسكوي".
RANKS = TITLES | _words("فريق")
# "الفريق" is a rank only before its grade ("الفريق أول", "الفريق الركن"); otherwise it is a team.
RANK_GRADES = _words("أول الركن ركن")
# Heads that make a noun phrase a plausible source after "بحسب" / "وفق".
SOURCE_HEADS = (
    MEDIA
    | DOCUMENTS
    | TITLES
    | _words(
        "مصدر مصادر وكالات صحف مواقع قنوات وسائل إعلام وزارة وزارات حكومة رئاسة مكتب مركز هيئة لجنة منظمة"
        " خارجية داخلية استخبارات مخابرات تنظيم"
        " منظمات فريق جيش قوات جماعة جماعات قيادة شرطة مجلس أمم ائتلاف تحالف جبهة حركة فصيل فصائل غرفة دفاع مديرية دائرة"
        " كتائب كتيبة ألوية"
        " سلطات إحصاءات أرقام معلومات تقديرات دراسة شهود شاهد سكان أهالي نشطاء خبراء أطباء مسؤولو مسؤولي"
        " مراقبون مراقبين ناشطو ناشطي"
        " مؤسسة جمعية رابطة اتحاد نقابة معهد مفوضية منسقو هلال صليب دول سفارة قنصلية بعثة"
    )
)
# Made once, not at each word tested against either list.
SOURCE_HEADS_OR_TITLES = SOURCE_HEADS | TITLES
# Same referent under another head noun: "الطبيب" after "الدكتور محمد هنداوي".
SAME_HEAD = {fold(a): fold(b) for a, b in (("دكتور", "طبيب"), ("أطباء", "طبيب"), ("مصدر", "مصادر"),
             ("متحدث", "ناطق"), ("نشطاء", "ناشط"), ("وثيقة", "وثائق"))}  # fmt: skip
# Words a clause-initial reporting verb may follow: "فيما أكدت", "في حين أعلن", "وكانت أعلنت".
CONNECTORS = _with_conjunction(
    _words(
        "و ف فيما بينما حين كما حيث إذ ثم قد فقد لقد لكنه لكنها لكنهم لكنهما كان كانت فكان فكانت لكن بل أيضا كذلك جهته"
        " جهتها جانبه جانبها بدوره بدورها المقابل ذلك أما لذلك لهذا"
    )
) - {"قد"}  # "واشنطن وموسكو قد تعلنان": a bare «قد» sits inside a clause
# "لهذا قال :", "ولذلك تؤكد المعلومات أن": «therefore» opens a clause, as a connector does; but "جاهزة لذلك",
# "نتيجة لذلك" end a clause on it too, so it is no connector left dangling at the end of one.
THEREFORE = _words("لذلك لهذا")
# Whom a statement was made to, which ends the source: "قال رئيس الوفد نصر الحريري لصحافيين".
# Whom something was said to, after «لـ»: "لنظيره التركي", "لضيفه".
ADDRESSED = _words("نظير نظيره نظيرها نظيريه ضيف ضيفه ضيفها زائره زواره")
ADDRESSEES = _words("لصحافيين لصحفيين للصحافيين للصحفيين للصحافة للإعلاميين لوسائل")
# Words of a sentence that no name in quotation marks holds: personal pronouns, negations of verbs, «قد».
SPOKEN = _words("هو هي هم هما نحن أنا لم لن ليس ليست ليسوا قد لقد")
# Words that cannot be inside a source mention.
FUNCTION = (
    _with_conjunction(
        _words(
            "عن إلى على مع عبر خلال منذ حتى أثناء ضد حول بين الذي التي الذين اللذين اللتين اللواتي اللاتي ما لا لم"
            " لن قد لقد كما أيضا هو هي هم هما كان كانت بالإضافة إضافة ذلك هذا هذه تلك ممن مما فيما بينما حيث إذ ثم أو"
            " أي ليس وسط بسبب نتيجة جراء فور إثر هؤلاء أولئك أمام خلف تجاه عند قرب وراء لكن لكنه لكنها لكنهم لكنهما فيه"
            " فيها فيهم عنه عنها عنهم منه منها منهم له لها لهم لكم عليه عليها عليهم عليكم إليه إليها به بها"
        )
    )
    | ADDRESSEES
)
# Circumstantial participles continue the claim of the verb before them: "مشيراً إلى أنه …".
PARTICIPLES = frozenset(
    fold(base + end)
    for base in (
        "مؤكد مشير لافت موضح مضيف معتبر منوه محذر مشدد كاشف زاعم مدعي نافي متهم قائل معلن متابع مردف مخاطب"
        " متحدث معلق ملمح مبين مطالب منبه معرب مبدي مختتم متسائل مستشهد مستنكر ملوح متوعد مستبعد مشيد"
        " متوقع متمني واصف منتقد"
    ).split()
    for end in ("ا", "ة", "ين", "ون")
)
# Participles of saying that open a further claim of the same speaker: "، مشيراً إلى أن …", "زاعمةً أن …".
_SAYING = (
    ("مؤكد", "أكد"), ("مشير", "أشار"), ("لافت", "لفت"), ("موضح", "أوضح"), ("مضيف", "أضاف"), ("معتبر", "اعتبر"),
    ("منوه", "نوه"), ("محذر", "حذر"), ("مشدد", "شدد"), ("كاشف", "كشف"), ("قائل", "قال"), ("معلن", "أعلن"),
    ("مبين", "قال"), ("مردف", "أردف"), ("متابع", "تابع"), ("مختتم", "ختم"),
    ("زاعم", "زعم"), ("مدعي", "ادعى"), ("متهم", "اتهم"), ("نافي", "نفى"), ("مكذب", "كذب"),
    ("متوقع", "توقع"), ("متمني", "قال"), ("واصف", "وصف"), ("مطالب", "طالب"), ("داعي", "دعا"), ("معرب", "أعرب"),
    ("مبدي", "أبدى"), ("مستبعد", "استبعد"), ("مقدر", "قال"), ("مشيد", "قال"), ("منتقد", "قال"),
    ("متسائل", "قال"), ("مستنكر", "قال"), ("محمل", "اتهم"),
)  # fmt: skip
SAYING_PARTICIPLES = {
    fold(base + end): fold(verb) for base, verb in _SAYING for end in ("ا", "ة", "ين", "ون")
}
# "بدوره": «in his turn», after a verb or before it, of one who speaks after another.
ASIDES = frozenset(["بدوره", "بدورها", "بدورهم", "بدورهما"])
# Adverbs that sit between a source and its content: "قال فيلدرز مخاطباً الأتراك"، "أعلن مجدداً أن".
ADVERBS = _words(
    "مرارا تكرارا مؤخرا مجددا مسبقا مبدئيا مطلقا معا أيضا رسميا علنا علنيا حاليا سابقا لاحقا شخصيا فعلا كذلك"
)
# Words said in passing between a speaker, the verb and what is said, which are none of the three.
IN_PASSING = ADVERBS | ASIDES
# "وتابع بالقول:", "وعلق … بالإشارة إلى أن": the manner of speaking between the verb and its content.
SPEECH_ADVERBS = _words(
    "بالقول بقوله بقولها بقولهم بالإشارة بالتأكيد بالتشديد بالتحذير قائلا قائلة قائلين قوله قولها قولهم"
)
# Nouns that «على» governs in set phrases ("على هامش الاجتماع", "على لسان المتحدث", "على صعيد آخر"): after them
# «على», which folds to «علي», is the preposition, not the given name.
GOVERNED_BY_ALA = _words(
    "هامش لسان صعيد خلفية حد رأس إثر أثر وقع مدار مدى طول غرار ضوء مستوى ذمة متن أعتاب عكس خلاف قيد وجه"
)
# Words that begin a personal name whatever follows: "أبو المجد الحمصي".
KUNYA = _words("أبو أبي ابن بن")
# Definite adjectives that are neither nisba nor participle: "البيت الأبيض", "الجيش الحر", "التابع للثوار"; the
# ordinals that number channels and units: "القناة العاشرة الإسرائيلية", "الفرقة الرابعة".
ADJECTIVES = _words(
    "التابع التابعة الحر الأبيض الأحمر الأعلى العليا الأكبر العام العامة الخاص الخاصة الناطق الناطقة الجديد الجديدة"
    " الكبير الكبرى الأول الأولى الثاني الأخير السابق الأسبق الحالي الأوسط الوسطى"
    " الثالث الثالثة الرابع الرابعة الخامس الخامسة السادس السادسة السابع السابعة الثامن الثامنة التاسع التاسعة"
    " العاشر العاشرة البارز البارزة البارزين البارزون البارزان الرفيع الرفيعة الكبار"
)
# Definite participles of affiliation, after which «من» still belongs to the source: "المدعومة من التحالف".
ATTRIBUTIVES = _words(
    "التابع التابعة المقرب المقربة الموالي الموالية المدعوم المدعومة المنشق المنشقة تابع تابعة مقرب مقربة موال"
    " موالية مدعوم مدعومة منشق منشقة مقربون مقربين القريب القريبة قريب قريبة قريبون قريبين"
)
# A run of words starting with these is a place, not a person: "شرقي سوريا".
DIRECTIONS = _words("شرق شرقي غرب غربي شمال شمالي جنوب جنوبي وسط ريف")
# Content that opens with a denial makes the report a denial: "قالت الوزارة إنه لا صحة للأنباء …"; a predicate that
# calls it untrue or misleading does too: "تقرير الأمم المتحدة عن اليمن مضلل وغير دقيق".
DENIALS = tuple(
    tuple(fold(p).split())
    for p in (
        "لا صحة",
        "عار عن الصحة",
        "عار من الصحة",
        "عارية عن الصحة",
        "غير صحيح",
        "غير صحيحة",
        "لا أساس",
        "غير دقيق",
        "غير دقيقة",
        "مضلل",
        "مضللة",
        # "خلق انطباع بأن روسيا تنسحب من سوريا غير واقعي", "الصور مفبركة": what is said of the report
        "غير واقعي",
        "غير واقعية",
        "مفبرك",
        "مفبركة",
        "ملفق",
        "ملفقة",
    )
)
# Negations that make the content a denial when they govern its main clause: "إنه لم ينفذ أي هجوم",
# "إن الجيش ليس لديه …", "عدم المساس …"; «لا» only before a verb.
NEGATORS = frozenset(fold(w) for w in "لم ليس ليست ليسوا لسنا لست ليسا عدم".split())
# Negations that do not deny: "لا يزال" (still), "لا يقل عن" (at least), "لا بد" (must), "لم يعد" (no longer),
# "لا يوجد خطر" (an absence reported as fact), "ليست صائبة" (a judgement), "لا تتوقف عن" (goes on).
NOT_DENYING = frozenset(
    fold(w)
    for w in (
        "يزال تزال يزالون زال زالت بد سيما يقل تقل يقلون يتجاوز يمكن يستبعد تستبعد يعد تعد يوجد توجد"
        " صائب صائبة صائبا مقبول مقبولة مقبولا يتوقف تتوقف يتوقفون يكف تكف ينفك تنفك يتوانى تتوانى يتسن يتسنى علم"
        # Who the speaker is, withheld: "مصدراً عسكرياً لم تسمّه أو تبيّن منصبه، أكد لها سقوط الطائرة".
        " تسمه يسمه تسمها يسمها تسمهم يسمهم تسم يسم يكشف تكشف يفصح تفصح تحدد يحدد"
        # A wish or an aim negated denies no event: "لا نريد أن يتقدم النظام", "المعركة لا تهدف إلى".
        " يريد تريد نريد يريدون يرغب ترغب نرغب يهدف تهدف نهدف"
        # A right, a duty or a permission negated is a norm, no event denied: "لا يحق للولايات المتحدة وحدها أن
        # تلغي قرارات مجلس الأمن", "لا يجوز", "لن نسمح".
        " يحق تحق يجوز تجوز ينبغي يجب يسمح تسمح نسمح"
    ).split()
)
# Harm whose absence a negation reports as a fact, denying nothing: "لم تقع إصابات", "لم يسفر عن أي ضحايا".
HARM = _words("إصابات ضحايا خسائر قتلى جرحى أضرار إصابة خسارة")
# An exception turns a negation into a count: "لم يتبق سوى أقل من 1000".
EXCEPTIONS = frozenset(fold(w) for w in "سوى إلا غير".split())
# Verbal nouns that open the object of "أعلن"/"نفى" rather than continue a name: "أعلن تنظيم داعش مقتل …".
MASDARS = _with_conjunction(
    frozenset(
        p + w
        for w in _words(
            "مقتل مصرع سقوط إسقاط تدمير استهداف سيطرة تحرير انسحاب وصول بدء إطلاق اعتقال إصابة استعادة تقدم شن"
            " وقوع حدوث قصف إرسال عودة تعليق إيقاف وقف فتح إغلاق رفض قبول مشاركة تنفيذ انطلاق تشكيل إنشاء نجاح فشل"
            " إقامة إزالة إبادة استسلام تسليم أسر خطف اختطاف اغتيال تفجير تصدي صد إحباط ضبط مصادرة عدم وجود حصول دخول خروج"
            # A stance taken: "وأكد ترامب دعمه للمصالحة", "أبدى الوزير قلقه من …".
            " دعم قلق حرص ثقة رغبة تأييد ترحيب إدانة"
            # What one says of oneself: "ونفى فلين قيامه بأي عمل خاطئ", "وأعلن عزمه …".
            " قيام نية عزم تورط"
        )
        for p in ("", "ال")
    )
)
# Addressees between a verb and its subject: "قالت لي والدتي", "أوضح لنا المصدر".
PRONOUN_ADDRESSEES = _words("لي لنا له لها لهم لكم")
# "أحد أبناء دير الزور", "إحدى الناشطات", "، أحد أبرز شرعيي الهيئة،": one of a group, which describes the person
# named before it and is never a name.
ONE_OF = _words("أحد إحدى")
# Given names that open a person's name ("بحسب عصام الريس", "سمير العيطة قال إن"). Names that are also titles or
# everyday nouns and adjectives at the head of a phrase (رائد، أمين، نور، سلام، أمل، صالح، عادل) are left out.
GIVEN_NAMES = _words(
    "محمد أحمد محمود مصطفى علي عمر عثمان خالد خليل إبراهيم إسماعيل يوسف يونس موسى عيسى يحيى زكريا سليمان داود"
    " عبدالله عبدالرحمن عبدالرحيم عبدالعزيز عبدالكريم عبدالحميد عبدالمجيد عبدالقادر عبدالسلام عبدالرزاق عبدالغني"
    " عبدالباسط عبدالحكيم عبدالناصر عبدالوهاب عبداللطيف عبدالجبار عبدالمنعم عبدالفتاح عبدالإله عبدالحليم"
    " حسن حسين حسام حمزة حمد حامد حمدي حازم حاتم حارث حافظ حيدر هادي هاني هشام هيثم همام وائل وليد وسام وجيه"
    " فراس فادي فؤاد فيصل فهد فواز فايز فاروق فتحي فريد فاتح فضل طارق طلال طه طاهر ضياء ظافر"
    " سمير سامر سامي سعد سعود سليم سالم سلطان سيف سهيل سفيان سميح شادي شريف شوقي شاكر صلاح صابر صبحي صفوان"
    " عصام عماد عمار عمرو عامر عدنان عزت عزام عزيز عوض عبدو غسان غازي غياث قاسم قيس كمال كامل كنان"
    " لؤي لطفي ماجد مازن مالك مأمون منذر منير مهند معاذ معتز مروان مراد مجدي مؤيد ميشيل ميشال نبيل نادر نزار"
    " نصر نضال نعيم نواف نبيه نجيب ناصر نايف هيثم ياسر ياسين يزن بشار باسل باسم بسام بشير بلال بهاء"
    " توفيق تامر تيسير جمال جميل جابر جعفر جهاد جورج جوزيف جواد رامي رامز رياض رضا رضوان رفعت رشيد ربيع رستم"
    " زياد زهير زكي زاهر زيد أسامة أسعد أكرم أيمن أنس أنور أديب أمجد أيوب إياد إيهاب إلياس إدريس"
    " عبيدة صهيب مهند نورس أبو ابو فاطمة عائشة مريم زينب خديجة سارة هند هدى ريم رنا رهف رزان سعاد سلمى سمر سهى سوسن"
    " عبير علياء لمى لينا ليلى مها منى ميساء نادية نسرين نجلاء هالة هبة وفاء يارا ياسمين رغدة بثينة"
    " نوال فدوى سميرة نجوى لبنى رشا شيماء رانيا رولا لميس ديما دينا هيفاء كوثر منال سوزان جيهان"
)
