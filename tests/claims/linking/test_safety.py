"""What the link stage proposes as a contradiction: only what a reviewer can see contradicts."""

import pytest

from claims.linking import ClaimText, prepare, score_pair
from claims.linking.safety import link_priority, safe_relation


@pytest.mark.parametrize(
    ("evidence", "relation"),
    [
        # Wording alone (the scorer's guess from shared words and one opposite pair far apart).
        ({"similarity": 0.51, "reversals": [["انسحاب", "نشر"]]}, "related"),
        ({"similarity": 0.5}, "related"),
        # What a reviewer can weigh: a denial, two tolls, two attackers, one statement turned round.
        ({"similarity": 0.5, "denial": "b"}, "contradicts"),
        ({"similarity": 0.5, "modalities": ["assert", "deny"]}, "contradicts"),
        (
            {"similarity": 0.8, "number_conflicts": [{"a_value": 19, "b_value": 23, "toll": "killed"}]},
            "contradicts",
        ),
        ({"similarity": 0.5, "perpetrators": [["regime"], ["opposition"]]}, "contradicts"),
        ({"similarity": 0.7, "reversals": [["انسحب", "سيطر"]]}, "contradicts"),
    ],
)
def test_a_contradiction_needs_evidence_a_reviewer_can_see(evidence, relation):
    assert safe_relation("contradicts", evidence) == relation


def _proposed(a: str, b: str) -> str:
    result = score_pair(prepare(ClaimText(a)), prepare(ClaimText(b)))
    return safe_relation(result.relation, result.evidence, result.alike)


def test_two_paragraphs_on_one_topic_tied_to_no_incident_are_related_not_corroborating():
    # two paragraphs of one day's news on Jerusalem, sharing «القدس» and «الإسرائيلي»
    demolition = (
        "هدمت جرافات تابعة للبلدية الإسرائيلية فى القدس , اليوم / الأربعاء / , هنجرا سكنيا فى بلدة العيسوية"
        " وسط القدس المحتلة , يعود للمواطن عمر دارى , بحجة البناء دون ترخيص"
    )
    vote = (
        "ويأتي الإعلان الإسرائيلي بعد يوم واحد من إقرار الجمعية العامة للأمم المتحدة بأغلبية 128 دولة ,"
        " مشروعا يرفض تغيير وضع القدس المحتلة"
    )
    result = score_pair(prepare(ClaimText(demolition)), prepare(ClaimText(vote)))
    assert result.relation == "corroborates"  # the scorer's guess, from the words the two share
    assert _proposed(demolition, vote) == "related"
    # one estimate told by two outlets still corroborates
    assert (
        _proposed(
            "أقل من 3000 من مقاتلي الدولة الإسلامية لا يزالون في العراق وسوريا",
            "تقديرات التحالف تشير إلى أن أقل من ثلاثة آلاف من مقاتلي التنظيم لا يزالون في العراق وسوريا",
        )
        == "corroborates"
    )


def test_the_claim_that_denies_is_named_in_the_evidence():
    report = prepare(ClaimText("قال المرصد السوري إن 27 مدنياً قتلوا في غارات روسية على سوق معرة النعمان"))
    denial = prepare(
        ClaimText("نفت وزارة الدفاع الروسية أن تكون طائراتها قد قصفت سوق معرة النعمان", modality="deny")
    )
    relation = score_pair(report, denial)
    assert (relation.relation, relation.evidence["denial"]) == ("contradicts", "b")
    assert safe_relation(relation.relation, relation.evidence) == "contradicts"


def test_copies_of_copies_are_named_by_the_first_claim_of_their_text():
    from claims.linking.safety import copy_roots

    assert copy_roots([(9, 7), (2, 9), (5, 6)]) == {9: 2, 7: 2, 2: 2, 5: 5, 6: 5}
    published = {7: 0, 9: 1, 2: 2}  # 7 printed first
    assert copy_roots([(9, 7), (2, 9)], order=published.__getitem__) == {9: 7, 7: 7, 2: 7}


def test_a_headline_one_article_prints_again_inside_another_claim_is_one_text():
    from claims.linking.safety import repeated_within

    headline = "أكثر من 120 غارة جوية أمريكية على اليمن في 2017"
    claims = [
        (1, 5, headline),
        (2, 5, f"{headline} المزيد من"),
        (3, 5, "وبعيد وصوله الى الرئاسة منح ترامب القادة العسكريين حرية اوسع"),
        (4, 6, headline),  # another article's copy is a copy, not a repeat
        (7, 5, "غارة جوية"),  # too short to tell
    ]
    assert repeated_within(claims) == [(1, 2)]


def test_a_fragment_inside_a_passage_that_negates_something_else_is_no_statement_turned_round():
    fragment = prepare(ClaimText("موضوع معبر نصيب الحدودي"))
    passage = prepare(
        ClaimText(
            "المعارك هناك لا تنحصر داخل الأراضي السورية ; ففي مطلع نيسان الماضي سيطرت المعارضة السورية على"
            " معبر نصيب الحدودي الذي يبعد اللاجئين إلى بلدهم"
        )
    )
    relation = score_pair(fragment, passage)
    # The negation is of something the fragment does not say, and the fragment is a fraction of the passage.
    assert "negation" not in relation.evidence and relation.alike < 0.4
    assert safe_relation(relation.relation, relation.evidence, relation.alike) == "related"
    turned = score_pair(prepare(ClaimText("انسحب الجيش من تادف")), prepare(ClaimText("سيطر الجيش على تادف")))
    assert safe_relation(turned.relation, turned.evidence, turned.alike) == "contradicts"


def test_a_negation_beside_a_repeated_statement_is_no_statement_turned_round():
    whole = prepare(
        ClaimText(
            "لن نسمح قط بممر إرهابي على طول حدودنا مع سوريا . . . سنستمر في اتخاذ مبادرات أخرى بعد عملية إدلب"
        )
    )
    part = prepare(ClaimText("سنستمر في اتخاذ مبادرات أخرى بعد عملية إدلب"))
    relation = score_pair(whole, part)
    assert "negation" not in relation.evidence
    assert safe_relation(relation.relation, relation.evidence, relation.alike) != "contradicts"
    announced = score_pair(
        prepare(ClaimText("لم يعلن الجيش السيطرة على المدينة")),
        prepare(ClaimText("أعلن الجيش السيطرة على المدينة")),
    )
    assert announced.evidence["negation"] == {"a": ["لم يعلن"], "b": []}


def test_a_fragment_inside_a_long_claim_ranks_below_a_rewording_of_it():
    """«قوات سوريا الديمقراطية قصفت» is all inside a paragraph of the day's news (overlap 1.0 one way, 0.2 the
    other); two accounts of one strike sharing half their words both ways come first."""
    fragment = link_priority("corroborates", 0.7, {"similarity": 1.0}, True, 1.0, alike=0.2)
    reworded = link_priority("corroborates", 0.7, {"similarity": 0.7}, True, 1.0, alike=0.5)
    assert reworded > fragment


def test_a_copy_ranks_by_its_wording_only_when_an_incident_ties_it():
    # Two outlets printing one page's boilerplate or a history paragraph share every word and rare name.
    boilerplate = {"similarity": 1.0, "copy": True, "incident_anchors": {"terms": ["مجاعص"]}}
    report = {"similarity": 1.0, "copy": True, "incident_anchors": {"places": ["التنف"], "terms": ["مؤقت"]}}
    reworded = {"similarity": 0.6, "incident_anchors": {"places": ["إدلب"], "kind": "air_strike"}}
    ranks = {
        name: link_priority("corroborates", 0.9, evidence, False, 1.5)
        for name, evidence in (("boilerplate", boilerplate), ("report", report), ("reworded", reworded))
    }
    assert ranks["report"] > ranks["reworded"] > ranks["boilerplate"]


def test_a_denial_tied_to_no_incident_ranks_with_the_related_pairs():
    """«ونفت كوبا أي مسؤولية» against «رسالة تعلن مسؤولية الدولة الإسلامية عن هجمات باريس»: one side denies and
    one word is shared; it stays a contradiction for the reviewer, below pairs an incident ties."""
    denial = {"similarity": 0.39, "shared_terms": ["مسؤولي"], "modalities": ["deny", "assert"]}
    unanchored = link_priority("contradicts", 0.6, denial, True, 0.0, alike=0.3)
    anchored = link_priority("contradicts", 0.6, denial, True, 1.0, alike=0.3)
    related = link_priority("related", 0.6, {"similarity": 0.39}, True, 0.0, alike=0.3)
    agreeing = link_priority("corroborates", 0.6, {"similarity": 0.39}, True, 0.0, alike=0.3)
    assert unanchored == related < agreeing < anchored
    # a toll the denial disputes is evidence of its own, tied or not
    tolls = {**denial, "number_conflicts": [{"toll": True, "a": 20, "b": 27}]}
    assert link_priority("contradicts", 0.6, tolls, True, 0.0, alike=0.3) > agreeing


def test_one_publisher_repeating_itself_ranks_below_two_outlets_on_one_incident():
    # one page printed twice: the same words, one read as a denial; and two outlets agreeing on one incident
    evidence = {"similarity": 1.0, "modalities": ["deny", "assert"], "denial": "a"}
    repeated = link_priority("contradicts", 0.9, {**evidence, "same_publisher": True}, False, 3.0)
    agreeing = link_priority("corroborates", 0.6, {"similarity": 0.5}, True, 1.0)
    assert repeated < agreeing


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # One deal told by its two parties: the seller's «بيع» and the buyer's «شراء».
        (
            'وكانت شركة " إيرباص " الاوروبية قد وقعت أمس مذكرة تفاهم مع اندينغو بارتنرز الامريكية التي تستثمر في'
            " شركات طيران اقتصادية , لبيعها 430 طائرة من طراز A320neo بقيمة 50 مليار دولار",
            "إنديجو بارتنرز وقعت أربع شركات طيران تابعة لشركة إنديجو بارتنرز مذكرة تفاهم مع شركة إيرباص لشراء 430"
            " طائرة إضافية من طراز عائلة A320neo",
        ),
        # The crisis being settled and the parties to the conflict name the war, not a dispute set against an
        # agreement: two points of one joint statement.
        (
            'حث الرئيسان " كل أطراف الصراع السوري على المشاركة بفاعلية في عملية السلام بجنيف " , كما اتفقا على'
            ' " أهمية مناطق خفض التصعيد كإجراء مؤقت "',
            "الالتزام بسيادة سوريا واستقلالها وسلامة أراضيها , وعلى أهمية مناطق خفض التصعيد في البلاد كإجراء مؤقت"
            " لحين التوصل لتسوية للأزمة , كما طالبا كل أطراف الصراع بلعب دور نشط في عملية السلام بجنيف",
        ),
        # Tension lessened («مناطق خفض تصعيد التوتر») is the calm the agreement made, not a dispute against it.
        (
            "الشرطة العسكرية التركية بدأت بالانتشار في محافظة إدلب السورية , التي تدخل ضمن مناطق خفض تصعيد التوتر"
            " المتفق عليه في أستانا",
            "الشرطة العسكرية التركية تنتشر في إدلب في اطار اتفاق مناطق خفض التصعيد",
        ),
    ],
)
def test_two_sides_of_one_deal_or_statement_are_no_reversal(a, b):
    relation = score_pair(prepare(ClaimText(a)), prepare(ClaimText(b)))
    assert relation.relation != "contradicts" and not relation.evidence.get("reversals")


def test_a_negation_and_a_refusal_of_one_thing_agree():
    """One statement in two outlets' words: «عدم تدخل إيران» and «امتناع إيران عن التدخل» both say Iran should
    keep out; neither denies the other. A refusal set against the deed still contradicts it."""
    same = score_pair(
        prepare(ClaimText("عدم تدخل إيران في شؤون لبنان شرط مهم لاستقرار المنطقة")),
        prepare(ClaimText("امتناع إيران عن التدخل في شؤون لبنان الداخلية شرط مهم للاستقرار في المنطقة")),
    )
    assert same.relation == "corroborates" and not same.evidence.get("denial")
    refused = score_pair(
        prepare(ClaimText("يرفض الاعتذار عن إسقاط الطائرة")),
        prepare(ClaimText("يعتذر رسميا عن إسقاط الطائرة")),
    )
    assert refused.relation == "contradicts"


def test_tension_that_rises_is_still_set_against_an_agreement():
    relation = score_pair(
        prepare(ClaimText("تصاعد التوتر بين البلدين بعد الهجوم على الحدود")),
        prepare(ClaimText("توصل البلدان الى اتفاق بعد الهجوم على الحدود")),
    )
    assert relation.evidence.get("reversals") == [["توتر", "اتفاق"]]
