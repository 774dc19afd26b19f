"""System checks for the audit trail's configuration."""

from django.conf import settings
from django.core.checks import Error, register

from audit.checkpoints import MIN_KEY_LENGTH


@register()
def check_checkpoint_key(app_configs, **kwargs):  # type: ignore[no-untyped-def]
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
