"""The Celery application; tasks are discovered in each app's tasks.py."""

import os

from celery import Celery
from celery.signals import worker_ready

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vhub.settings")

app = Celery("vhub")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@worker_ready.connect
def _announce_worker(sender, **kwargs):  # type: ignore[no-untyped-def]
    # A heartbeat through the broker as soon as the worker is up, so /readyz does not wait a
    # whole beat interval after a start.
    sender.app.send_task("vhub.tasks.record_heartbeat")
