from claims.text.coref import Coreference
from claims.text.tokens import fold


def _refer(coref: Coreference, mention: str, name: str | None = None, *, speaking: bool = True) -> str | None:
    entity = coref.refer(fold(mention).split(), mention, name or mention, speaking=speaking)
    return entity.source if entity else None


def test_definite_mention_refers_back_to_the_latest_source_with_its_head_noun():
    coref = Coreference(None)
    _refer(coref, "فريق منسقو الاستجابة في شمال سورية", "فريق منسقو الاستجابة")
    _refer(coref, "مصادر ميدانية")
    assert [_refer(coref, "الفريق الحقوقي"), _refer(coref, "المصادر")] == [
        "فريق منسقو الاستجابة",
        "مصادر ميدانية",
    ]


def test_doctor_and_physician_are_the_same_head():
    coref = Coreference(None)
    _refer(coref, 'الدكتور "محمد هنداوي" مسؤول الرعاية الصحية', "محمد هنداوي")
    assert _refer(coref, "الطبيب") == "محمد هنداوي"


def test_a_surname_refers_to_the_full_mention_that_holds_it():
    coref = Coreference(None)
    _refer(coref, "رئيس الهيئة الاتحادية للهجرة واللجوء، هانز أيكهارد زومر", "هانز أيكهارد زومر")
    assert _refer(coref, "زومر") == "هانز أيكهارد زومر"


def test_the_statement_belongs_to_whoever_issued_it():
    coref = Coreference(None)
    centre = coref.refer(
        fold("المركز الروسي للمصالحة").split(), "المركز الروسي للمصالحة", "المركز الروسي للمصالحة"
    )
    coref.issued("بيان", centre)
    _refer(coref, "مصادر محلية")
    assert _refer(coref, "البيان") == "المركز الروسي للمصالحة"


def test_a_statement_without_issuer_belongs_to_the_last_speaker():
    coref = Coreference(None)
    _refer(coref, "وزارة الدفاع التركية")
    assert _refer(coref, "البيان") == "وزارة الدفاع التركية"


def test_a_short_name_seen_first_takes_the_fuller_form_used_later():
    coref = Coreference(None)
    first = coref.refer(fold("المرصد السوري").split(), "المرصد السوري", "المرصد السوري")
    _refer(coref, "المرصد السوري لحقوق الإنسان")
    coref.finish()
    assert first.source == "المرصد السوري لحقوق الإنسان"


def test_the_resolver_names_what_it_knows():
    coref = Coreference({"لوكالة «سبوتنيك»": "وكالة سبوتنيك"}.get)
    assert _refer(coref, "لوكالة «سبوتنيك»", speaking=False) == "وكالة سبوتنيك"


def test_knows_sources_but_not_agreements_or_winds():
    coref = Coreference(None)
    _refer(coref, "رئيس الهيئة، زومر", "زومر")
    phrases = ["المرصد السوري", "للصحيفة ذاتها", "زومر", "الاتفاقات التي تم التوصل إليها", "حركة الرياح"]
    assert [coref.knows(fold(p).split(), p) for p in phrases] == [True, True, True, False, False]
