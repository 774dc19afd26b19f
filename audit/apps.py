from django.apps import AppConfig
from django.db.models.signals import post_migrate


class AuditConfig(AppConfig):
    name = "audit"
    verbose_name = "Audit"

    def ready(self) -> None:
        # System checks and sign-in events register on import, which needs the models.
        from audit import checks, database_roles, signals  # noqa: F401

        # After every migrate, as the tables' owner: the application's role gets its privileges.
        post_migrate.connect(database_roles.grant_after_migrate, sender=self)
