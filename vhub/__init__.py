"""VHub project package: settings, URLs, the Celery app, health checks and shared helpers."""

from vhub.celery import app as celery_app

__all__ = ["celery_app"]
