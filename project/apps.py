from celery.signals import task_failure
from django.apps import AppConfig


class ProjectConfig(AppConfig):
    name = "project"
    verbose_name = "VHub (URL map, navigation, metrics, demonstration data)"

    def ready(self) -> None:
        # The kernel's Celery app does not know /metrics: the failure count is connected here.
        from project import metrics  # reads models, so only once the app registry is ready

        task_failure.connect(metrics._count_failure, weak=False)
