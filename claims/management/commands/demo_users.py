from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.management.base import BaseCommand, CommandError

DEMO = (
    ("factchecker", "fact-checker", "factchecker-demo"),
    ("editor", "editor", "editor-demo"),
    ("reader", "reader", "reader-demo"),
    ("admin", "admin", "admin-demo"),
)


class Command(BaseCommand):
    help = "Create the demo users of `make run` (one per role) and print their credentials. Debug only."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("demo users are only for a development server (DJANGO_DEBUG=true)")
        for username, role, password in DEMO:
            user, _ = User.objects.get_or_create(username=username)
            user.set_password(password)
            user.is_staff = user.is_superuser = role == "admin"
            user.save()
            user.groups.set([Group.objects.get(name=role)])
            self.stdout.write(f"  {role:<13} user: {username:<12} password: {password}")
