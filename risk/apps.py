from django.apps import AppConfig


class RiskConfig(AppConfig):
    name = "risk"
    verbose_name = "Risk"

    def ready(self) -> None:
        from risk import hooks  # noqa: F401  (connects to referrals' hooks; needs the models)
