from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "audit"
    verbose_name = "Audit"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from audit import checks, signals  # noqa: F401  (system checks; sign-in events)
        from audit.database_roles import grant_after_migrate

        # After every migrate, as the tables' owner: the application's role gets its privileges.
        post_migrate.connect(grant_after_migrate, sender=self)
