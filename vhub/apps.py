from django.apps import AppConfig


class VhubConfig(AppConfig):
    name = "vhub"
    verbose_name = "VHub"

    def ready(self) -> None:
        from vhub import checks  # noqa: F401  (registers system checks)
