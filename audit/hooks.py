"""What audit connects at start-up: its system checks, the sign-in events of its trail, and the
application role's privileges after every migrate. Imported once the app registry is ready
(vhub/apps.py discovers every app's hooks module)."""

from django.apps import apps
from django.db.models.signals import post_migrate

from audit import checks, signals  # noqa: F401  (each registers on import)
from audit.database_roles import grant_after_migrate

# After every migrate, as the tables' owner: the application's role gets its privileges.
post_migrate.connect(
    grant_after_migrate, sender=apps.get_app_config("audit"), dispatch_uid="audit.grants"
)
