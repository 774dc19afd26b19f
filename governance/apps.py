from django.apps import AppConfig


class GovernanceConfig(AppConfig):
    name = "governance"
    verbose_name = "Information governance"

    def ready(self) -> None:
        from governance import hooks  # noqa: F401  (connects to audit's hooks; needs the models)
