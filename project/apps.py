from celery.signals import task_failure
from django.apps import AppConfig

from project import metrics


class ProjectConfig(AppConfig):
    name = "project"
    verbose_name = "VHub (URL map, navigation, metrics, demonstration data)"

    def ready(self) -> None:
        # The kernel's Celery app does not know /metrics: the failure count is connected here.
        task_failure.connect(metrics._count_failure, weak=False)
