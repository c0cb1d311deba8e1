"""A changed password revokes the user's API tokens.

Django tells every entry of AUTH_PASSWORD_VALIDATORS when a password has changed (``password_changed``,
called by ``User.save()`` after ``set_password``): the password forms, the admin, ``manage.py
changepassword`` and code calling ``set_password`` all pass through it.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from tokens.services import user_tokens_revoke


class RevokeTokensOnPasswordChange:
    def validate(self, password: str, user=None) -> None:
        """Any password is acceptable to this entry; it only listens for changes."""

    def password_changed(self, password: str, user=None) -> None:
        if user is not None and user.pk is not None:
            user_tokens_revoke(user=user)

    def get_help_text(self) -> str:
        return _("Changing the password revokes every API token of the user.")
