import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from claims.models import Flag
from claims.services import FlagConflict, article_flag, flag_resolve
from tests.factories import ArticleFactory, ClaimFactory, ClaimLinkFactory, FlagFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_an_editor_flags_an_article_with_its_links_as_evidence():
    editor = UserFactory(role="editor")
    article = ArticleFactory()
    link = ClaimLinkFactory(claim_a=ClaimFactory(article=article))
    flag = article_flag(article_id=article.pk, user=editor, reason="  أرقام متضاربة  ", link_ids=[link.pk])
    assert (flag.article_id, flag.raised_by, flag.reason, flag.state) == (
        article.pk,
        editor,
        "أرقام متضاربة",
        "open",
    )
    assert list(flag.links.values_list("pk", flat=True)) == [link.pk]


def test_a_link_of_another_article_is_no_evidence():
    article = ArticleFactory()
    other = ClaimLinkFactory()
    with pytest.raises(ValidationError) as raised:
        article_flag(article_id=article.pk, user=UserFactory(role="editor"), reason="x", link_ids=[other.pk])
    assert raised.value.message_dict == {"link_ids": [f"no link of article {article.pk} with id {other.pk}"]}
    assert Flag.objects.count() == 0


def test_a_flag_needs_a_reason():
    with pytest.raises(ValidationError) as raised:
        article_flag(article_id=ArticleFactory().pk, user=UserFactory(role="editor"), reason="  ")
    assert raised.value.message_dict == {"reason": ["this field may not be blank"]}


@pytest.mark.parametrize("role", ["reader", "fact-checker"])
def test_only_editors_flag(role):
    with pytest.raises(PermissionDenied):
        article_flag(article_id=ArticleFactory().pk, user=UserFactory(role=role), reason="x")


def test_resolving_a_flag_records_who_and_a_second_resolution_is_a_conflict():
    editor = UserFactory(role="editor")
    flag = FlagFactory()
    resolved = flag_resolve(flag_id=flag.pk, user=editor, resolution="صححت الأرقام")
    assert (resolved.state, resolved.resolved_by, resolved.resolution) == ("resolved", editor, "صححت الأرقام")
    with pytest.raises(FlagConflict) as raised:
        flag_resolve(flag_id=flag.pk, user=editor, resolution="again")
    assert raised.value.state == {
        "state": "resolved",
        "resolved_by": editor.username,
        "resolved_at": resolved.resolved_at.isoformat(),
    }
