"""Navigation for the signed-in person's roles."""

from functools import lru_cache
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.urls import get_script_prefix, get_urlconf, reverse

from accounts.middleware import idle_seconds
from referrals.selectors import unread_notification_count
from vhub.roles import PARTNER_ROLES, VHUB_CASE_ROLES, VHUB_CASEWORK_ROLES, Role


def navigation(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    if not user.is_verified():
        return {"session_idle_seconds": idle_seconds()}
    links = navigation_links(
        user.role_names,
        user.agency_id is not None,
        user.is_staff,
        # What `reverse` answers depends on these; a test or a sub-path deployment may change them.
        (settings.ROOT_URLCONF, get_urlconf(), get_script_prefix()),
    )
    nav_items = [
        {"label": label, "url": url, "active": request.path.startswith(url)} for label, url in links
    ]
    return {
        "nav_items": nav_items,
        "unread_notifications": unread_notification_count(user=user),
        "session_idle_seconds": idle_seconds(),
        "session_idle_minutes": settings.SESSION_IDLE_MINUTES,
        "session_absolute_hours": settings.SESSION_ABSOLUTE_HOURS,
    }


@lru_cache(maxsize=256)
def navigation_links(
    role_names: frozenset[str], has_agency: bool, is_staff: bool, urls: tuple[object, ...]
) -> tuple[tuple[str, str], ...]:
    """The navigation's (label, url) pairs for a set of roles, worked out once per set: every
    page draws it, and its role checks and reversing were a twentieth of a page's CPU
    (bench/README.md, issue 21). The roles themselves are read fresh on each request
    (`User.role_names`), so a role taken away still counts at the next request."""

    def has(*roles: Role) -> bool:
        return any(str(role) in role_names for role in roles)

    case_reader = has(*VHUB_CASE_ROLES)
    partner = has_agency and has(*PARTNER_ROLES)
    items: list[tuple[str, str]] = []
    if has(Role.OFFICER):
        items += [("My referrals", "referrals:mine"), ("New referral", "referrals:new")]
    if case_reader:
        items.append(("Triage queue", "referrals:queue"))
    if case_reader or has(Role.OFFICER):
        items.append(("Search", "referrals:search"))
    if has(*VHUB_CASEWORK_ROLES):
        items.append(("Possible matches", "referrals:matches"))
    if has(Role.SUPERVISOR):
        items += [
            ("Approvals", "risk:approvals"),
            ("Closures to sign off", "referrals:closures"),
            ("Possible hidden high risk", "risk:reviews"),
        ]
    if has(Role.SUPERVISOR, Role.MANAGER):
        items += [("Dashboard", "dashboards:dashboard"), ("Capacity", "dashboards:capacity")]
    # The frontline quality loop (docs/frontline.md)
    if has(Role.AREA_SPOC, Role.SUPERVISOR, Role.MANAGER):
        items.append(("Officers' assessments", "dashboards:frontline"))
    if has(Role.MANAGER):
        items += [
            ("Risk model", "risk:model"),
            ("Risk reader", "risk:catalogue"),
            ("SLA policy", "referrals:sla"),
            ("Duty rota", "referrals:rota"),
            ("Import", "referrals:imports"),
        ]
    # Sharing (docs/sharing.md)
    if case_reader:
        items.append(("MARAC list", "partners:marac_list"))
    if has(Role.SUPERVISOR):
        items.append(("Share authorisations", "partners:authorisations"))
    if has(Role.MANAGER):
        items += [
            ("Sharing rules", "partners:sharing_rules"),
            ("MARAC meetings", "partners:marac_meetings"),
        ]
    if partner:
        items += [("Shared referrals", "partners:inbox"), ("Search", "partners:search")]
    # The partner portal (docs/partner-portal.md)
    if partner:
        items.append(("Information requests", "partners:isrs"))
    if partner and has(Role.PARTNER_LEAD):
        items.append(("Your agency's users", "partners:team"))
    if partner:
        items.append(("E-mail settings", "partners:preferences"))
    if case_reader:
        items.append(("Information requests", "partners:isr_queue"))
    if has(Role.AUDITOR):
        items += [("Audit trail", "audit:events"), ("Quality audits", "risk:quality")]
        items.append(("Officers' audit", "dashboards:officer_audits"))
    if has(Role.SUPERVISOR):
        items.append(("Retention review", "audit:retention"))
    if has(Role.OFFICER, Role.PRACTITIONER, Role.SUPERVISOR):
        items.append(("Audit feedback", "risk:quality_feedback"))
    if partner:
        items.append(("Joint audits", "risk:joint_list"))
    if is_staff:
        items.append(("Administration", "admin:index"))
    return tuple((label, reverse(name)) for label, name in items)
