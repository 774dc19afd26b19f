"""The Celery application; tasks are discovered in each app's tasks.py."""

import os
from typing import Any

import pghistory
from celery import Celery
from celery.signals import (
    before_task_publish,
    task_postrun,
    task_prerun,
    worker_init,
    worker_ready,
)

from vhub import request_id, warmup

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vhub.settings")

app = Celery("vhub")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@worker_ready.connect
def _announce_worker(sender: Any, **kwargs: Any) -> None:
    # A heartbeat through the broker as soon as the worker is up, so /readyz does not wait a
    # whole beat interval after a start.
    sender.app.send_task("vhub.tasks.record_heartbeat")


@worker_init.connect
def _warm_before_the_pool_forks(**kwargs: Any) -> None:
    # Sent in the worker's parent once Django is set up, before the prefork pool starts its
    # children: they share the risk reader's memory (spaCy and its tables, a few hundred MB)
    # instead of each loading it at its first read (vhub/warmup.py).
    warmup.warm_before_fork()


# Change history (audit/history.py): row changes made by a task are attributed to the task by
# name; a task that acts for someone (an import) adds the person with `history_context`.
_history_contexts: dict[str, object] = {}


@task_prerun.connect
def _enter_history_context(task_id: Any, task: Any, **kwargs: Any) -> None:
    context = pghistory.context(task=task.name)
    context.__enter__()
    _history_contexts[task_id] = context


@task_postrun.connect
def _leave_history_context(task_id: Any, **kwargs: Any) -> None:
    context = _history_contexts.pop(task_id, None)
    if context is not None:
        # The stored value is the entered history context manager.
        context.__exit__(None, None, None)  # type: ignore[attr-defined]


# The web request's id goes with each task it queues, and is on the task's log lines
# (vhub/request_id.py).
before_task_publish.connect(request_id.add_to_task_headers, weak=False)
task_prerun.connect(request_id.enter_task, weak=False)
task_postrun.connect(request_id.leave_task, weak=False)
