"""factory_boy factories for API, service and UI tests: links without running the NLP pipeline."""

from __future__ import annotations

from datetime import UTC, datetime

import factory
from django.contrib.auth.models import Group, User
from django.utils import timezone

from claims.models import Article, Claim, ClaimLink, Flag, LinkStatus, Relation, Status, search_text
from sources.models import Affiliation, Kind, Source
from tokens.models import ApiToken
from tokens.services import token_create

SENTENCES = (
    "قال المرصد السوري لحقوق الإنسان إن 19 مدنياً قتلوا في قصف على ريف إدلب الجنوبي يوم الخميس",
    "قال مركز المصالحة الروسي إن 23 عنصراً من المسلحين قتلوا في غارة على ريف إدلب الجنوبي",
    "أفادت مصادر محلية بأن القصف استهدف سوقاً شعبياً في بلدة معرة النعمان صباح الخميس الماضي",
)


class UserFactory(factory.django.DjangoModelFactory):
    """``UserFactory(role="editor")`` makes a user in that role's group; no role means no group."""

    class Meta:
        model = User
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")

    @factory.post_generation
    def role(user, create, extracted, **kwargs):
        if extracted:
            user.groups.add(Group.objects.get_or_create(name=extracted)[0])


def token_for(user: User) -> str:
    """The key of a new API token of the user, marked used: a token's first use records when (a write
    at most once a minute), which would otherwise be counted by every query-count guard."""
    token, key = token_create(user=user)
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
    return key


class SourceFactory(factory.django.DjangoModelFactory):
    """Names are unique: asking twice for the same name gives the same source."""

    class Meta:
        model = Source
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"مصدر رقم {n}")
    name_en = factory.Sequence(lambda n: f"Source {n}")
    kind = Kind.MONITOR
    affiliation = Affiliation.OPPOSITION


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    url = factory.Sequence(lambda n: f"https://news.example.org/{n}")
    content_hash = factory.Sequence(lambda n: f"{n:064x}")
    title = factory.Sequence(lambda n: f"تقرير عن القصف رقم {n}")
    search_title = factory.LazyAttribute(lambda article: search_text(article.title))
    body = factory.LazyFunction(lambda: "\n".join(SENTENCES))
    publisher = factory.Sequence(lambda n: f"شبكة أخبار {n}")
    published_at = datetime(2018, 3, 5, 14, 0, tzinfo=UTC)
    status = Status.LINKED


class ClaimFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Claim

    article = factory.SubFactory(ArticleFactory)
    index = factory.Sequence(lambda n: n)
    start = 0
    end = factory.LazyAttribute(lambda claim: len(claim.text))
    sentence = factory.LazyAttribute(lambda claim: claim.text)
    text = factory.Sequence(lambda n: SENTENCES[n % len(SENTENCES)])
    search_text = factory.LazyAttribute(lambda claim: search_text(claim.text))
    source = factory.SubFactory(SourceFactory)
    source_mention = factory.LazyAttribute(lambda claim: claim.source.name if claim.source else "")
    cue = "قال"
    modality = "assert"


CONFLICT = {"a": "19 مدنياً", "b": "23 مدنياً", "a_value": 19, "b_value": 23, "counted": "مدني"}


class ClaimLinkFactory(factory.django.DjangoModelFactory):
    """A proposed contradiction between claims of two articles; the pair is stored in id order."""

    class Meta:
        model = ClaimLink

    claim_a = factory.SubFactory(ClaimFactory)
    claim_b = factory.SubFactory(ClaimFactory)
    relation = Relation.CONTRADICTS
    score = 0.8
    # The shape the link stage writes, "claims" naming the pair in stored (id) order.
    evidence = factory.LazyAttribute(
        lambda link: {"number_conflicts": [CONFLICT], "claims": sorted([link.claim_a.pk, link.claim_b.pk])}
    )
    priority = factory.Sequence(lambda n: 3.0 - n / 1000)
    status = LinkStatus.PROPOSED

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        first, second = sorted((kwargs["claim_a"], kwargs["claim_b"]), key=lambda claim: claim.pk)
        return super()._create(model_class, *args, **{**kwargs, "claim_a": first, "claim_b": second})


class FlagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Flag

    article = factory.SubFactory(ArticleFactory)
    raised_by = factory.SubFactory(UserFactory, role="editor")
    reason = "أرقام الضحايا متضاربة بين المصادر"
