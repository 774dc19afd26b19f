from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules

from vhub import checks  # noqa: F401  (registers system checks; it reads no models)


class VhubConfig(AppConfig):
    name = "vhub"
    verbose_name = "VHub"

    def ready(self) -> None:
        # Each app's `hooks.py` connects what it does for the apps below it (its signals,
        # registries and referrals.hooks calls). Imported here, once every model is loaded, as
        # the admin imports each app's admin.py: no app's ready() imports its own
        # (docs/architecture.md, "Layers").
        autodiscover_modules("hooks")
