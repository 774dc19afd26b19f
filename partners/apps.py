from django.apps import AppConfig


class PartnersConfig(AppConfig):
    name = "partners"
    verbose_name = "Partners"

    def ready(self) -> None:
        from partners import hooks  # noqa: F401  (connects to referrals' hooks; needs the models)
