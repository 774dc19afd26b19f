"""System checks for the audit trail's configuration."""

from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Error, Tags, register
from django.db import connections

from audit.checkpoints import MIN_KEY_LENGTH
from audit.database_roles import role_problems


@register()
def check_checkpoint_key(app_configs: Any, **kwargs: Any) -> list[CheckMessage]:
    """Production signs checkpoints with a real key; the development default is published."""
    key = str(getattr(settings, "AUDIT_CHECKPOINT_KEY", ""))
    if not settings.PRODUCTION:
        return []
    if len(key) < MIN_KEY_LENGTH or "insecure" in key or len(set(key)) < 5:
        return [
            Error(
                "Production needs a real AUDIT_CHECKPOINT_KEY (or AUDIT_CHECKPOINT_KEY_FILE) of "
                f"at least {MIN_KEY_LENGTH} random characters, kept out of the database.",
                hint="Generate one with: python -c 'import secrets; "
                "print(secrets.token_urlsafe(48))'",
                id="audit.E001",
            )
        ]
    return []


@register(Tags.database)
def check_database_role(
    app_configs: Any, databases: Any = None, **kwargs: Any
) -> list[CheckMessage]:
    """In production the application must not connect as a role that could rewrite the trail
    around its triggers. A database check: `manage.py check --database default` runs it (the
    web container does, before gunicorn starts; docs/deployment.md). `migrate` connects as the
    owner on purpose and is not checked."""
    if not settings.PRODUCTION or settings.DATABASE_AS_OWNER or not databases:
        return []
    errors: list[CheckMessage] = []
    for alias in databases:
        with connections[alias].cursor() as cursor:
            problems = role_problems(cursor)
        if problems:
            user = connections[alias].settings_dict.get("USER") or "the configured role"
            errors.append(
                Error(
                    f"The application's database role ({user}) " + "; ".join(problems) + ".",
                    hint="Connect the application as a role that owns nothing (DATABASE_URL) "
                    "and run migrations as the owner (DATABASE_OWNER_URL); see "
                    "docs/deployment.md, 'Database roles'.",
                    id="audit.E002",
                )
            )
    return errors
