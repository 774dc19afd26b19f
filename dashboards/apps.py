from django.apps import AppConfig


class DashboardsConfig(AppConfig):
    name = "dashboards"
    verbose_name = "Performance dashboards"

    def ready(self) -> None:
        from dashboards import hooks  # noqa: F401  (connects to referrals' hooks; needs the models)
