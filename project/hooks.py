"""What project connects at start-up: Celery's task failures counted on /metrics (the kernel's
Celery app knows nothing of /metrics). Imported once the app registry is ready (vhub/apps.py
discovers every app's hooks module)."""

from celery.signals import task_failure

from project import metrics

task_failure.connect(metrics._count_failure, weak=False, dispatch_uid="project.task_failure")
