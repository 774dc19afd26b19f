"""System checks for misconfiguration that would otherwise surface as a broken page."""

from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Error, Warning, register

from vhub.uploads import KINDS


@register()
def check_frontend_built(app_configs: Any, **kwargs: Any) -> list[CheckMessage]:
    css = settings.BASE_DIR / "static" / "build" / "app.css"
    govuk = settings.BASE_DIR / "node_modules" / "govuk-frontend"
    problems: list[CheckMessage] = []
    if not govuk.exists() and not settings.STATIC_ROOT.exists():
        problems.append(
            Warning(
                "GOV.UK Frontend is not installed.",
                hint="Run `npm ci` (make install).",
                id="vhub.W001",
            )
        )
    if not css.exists() and not settings.STATIC_ROOT.exists():
        problems.append(
            Warning(
                "The stylesheet has not been built.", hint="Run `npm run build`.", id="vhub.W002"
            )
        )
    return problems


@register(deploy=True)
def check_private_media_outside_static(app_configs: Any, **kwargs: Any) -> list[CheckMessage]:
    private = settings.PRIVATE_MEDIA_ROOT.resolve()
    static_root = settings.STATIC_ROOT.resolve()
    if private == static_root or static_root in private.parents:
        return [Error("PRIVATE_MEDIA_ROOT must not be inside STATIC_ROOT.", id="vhub.E001")]
    return []


@register()
def check_upload_limits(app_configs: Any, **kwargs: Any) -> list[CheckMessage]:
    limits = getattr(settings, "UPLOAD_MAX_MB", {})
    return [
        Error(
            f"UPLOAD_MAX_MB has no positive limit for {kind.key!r} uploads.",
            hint=f"Set UPLOAD_MAX_MB_{kind.key.upper()} to a number of megabytes.",
            id="vhub.E002",
        )
        for kind in KINDS
        if not (isinstance(limits.get(kind.key), int) and limits[kind.key] > 0)
    ]
