"""System checks for misconfiguration that would otherwise surface as a broken page."""

from django.conf import settings
from django.core.checks import Error, Warning, register


@register()
def check_frontend_built(app_configs, **kwargs):  # type: ignore[no-untyped-def]
    css = settings.BASE_DIR / "static" / "build" / "app.css"
    govuk = settings.BASE_DIR / "node_modules" / "govuk-frontend"
    problems = []
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
def check_private_media_outside_static(app_configs, **kwargs):  # type: ignore[no-untyped-def]
    private = settings.PRIVATE_MEDIA_ROOT.resolve()
    static_root = settings.STATIC_ROOT.resolve()
    if private == static_root or static_root in private.parents:
        return [Error("PRIVATE_MEDIA_ROOT must not be inside STATIC_ROOT.", id="vhub.E001")]
    return []
