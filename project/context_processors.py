"""Navigation for the signed-in person's roles."""

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse

from accounts.middleware import idle_seconds
from referrals.models import Notification
from vhub.roles import Role


def navigation(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    if not user.is_verified():
        return {"session_idle_seconds": idle_seconds()}
    items: list[tuple[str, str]] = []
    if user.has_role(Role.OFFICER):
        items += [("My referrals", "referrals:mine"), ("New referral", "referrals:new")]
    if user.is_vhub_case_reader:
        items.append(("Triage queue", "referrals:queue"))
    if user.is_vhub_case_reader or user.has_role(Role.OFFICER):
        items.append(("Search", "referrals:search"))
    if user.is_vhub_caseworker:
        items.append(("Possible matches", "referrals:matches"))
    if user.has_role(Role.SUPERVISOR):
        items += [
            ("Approvals", "risk:approvals"),
            ("Closures to sign off", "referrals:closures"),
            ("Possible hidden high risk", "risk:reviews"),
        ]
    if user.has_role(Role.SUPERVISOR, Role.MANAGER):
        items += [("Dashboard", "dashboards:dashboard"), ("Capacity", "dashboards:capacity")]
    # The frontline quality loop (docs/frontline.md)
    if user.has_role(Role.AREA_SPOC, Role.SUPERVISOR, Role.MANAGER):
        items.append(("Officers' assessments", "dashboards:frontline"))
    if user.has_role(Role.MANAGER):
        items += [
            ("Risk model", "risk:model"),
            ("Risk reader", "risk:catalogue"),
            ("SLA policy", "referrals:sla"),
            ("Duty rota", "referrals:rota"),
            ("Import", "referrals:imports"),
        ]
    # Sharing (docs/sharing.md)
    if user.is_vhub_case_reader:
        items.append(("MARAC list", "partners:marac_list"))
    if user.has_role(Role.SUPERVISOR):
        items.append(("Share authorisations", "partners:authorisations"))
    if user.has_role(Role.MANAGER):
        items += [
            ("Sharing rules", "partners:sharing_rules"),
            ("MARAC meetings", "partners:marac_meetings"),
        ]
    if user.is_partner:
        items += [("Shared referrals", "partners:inbox"), ("Search", "partners:search")]
    # The partner portal (docs/partner-portal.md)
    if user.is_partner:
        items.append(("Information requests", "partners:isrs"))
    if user.is_partner and user.has_role(Role.PARTNER_LEAD):
        items.append(("Your agency's users", "partners:team"))
    if user.is_partner:
        items.append(("E-mail settings", "partners:preferences"))
    if user.is_vhub_case_reader:
        items.append(("Information requests", "partners:isr_queue"))
    if user.has_role(Role.AUDITOR):
        items += [("Audit trail", "audit:events"), ("Quality audits", "risk:quality")]
        items.append(("Officers' audit", "dashboards:officer_audits"))
    if user.has_role(Role.SUPERVISOR):
        items.append(("Retention review", "audit:retention"))
    if user.has_role(Role.OFFICER, Role.PRACTITIONER, Role.SUPERVISOR):
        items.append(("Audit feedback", "risk:quality_feedback"))
    if user.is_partner:
        items.append(("Joint audits", "risk:joint_list"))
    if user.is_staff:
        items.append(("Administration", "admin:index"))
    nav_items = []
    for label, name in items:
        url = reverse(name)
        nav_items.append({"label": label, "url": url, "active": request.path.startswith(url)})

    unread = Notification.objects.filter(user=user, read_at__isnull=True).count()
    return {
        "nav_items": nav_items,
        "unread_notifications": unread,
        "session_idle_seconds": idle_seconds(),
        "session_idle_minutes": settings.SESSION_IDLE_MINUTES,
        "session_absolute_hours": settings.SESSION_ABSOLUTE_HOURS,
    }
