from django.apps import AppConfig

from vhub import checks  # noqa: F401  (registers system checks; it reads no models)


class VhubConfig(AppConfig):
    name = "vhub"
    verbose_name = "VHub"
