"""Navigation for the signed-in person's roles."""

from django.urls import reverse

from vhub.roles import Role


def navigation(request):  # type: ignore[no-untyped-def]
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    items: list[tuple[str, str]] = []
    if user.has_role(Role.OFFICER):
        items += [("My referrals", "referrals:mine"), ("New referral", "referrals:new")]
    if user.is_vhub_case_reader:
        items.append(("Triage queue", "referrals:queue"))
    if user.has_role(Role.SUPERVISOR):
        items += [("Approvals", "risk:approvals"), ("Under-grading reviews", "risk:reviews")]
    if user.has_role(Role.MANAGER):
        items += [
            ("Risk model", "risk:model"),
            ("Lexicon", "risk:lexicon"),
            ("SLA policy", "referrals:sla"),
            ("Import", "referrals:imports"),
        ]
    if user.is_partner:
        items.append(("Shared referrals", "partners:inbox"))
    if user.has_role(Role.AUDITOR):
        items.append(("Audit trail", "audit:events"))
    if user.is_staff:
        items.append(("Administration", "admin:index"))
    nav_items = []
    for label, name in items:
        url = reverse(name)
        nav_items.append({"label": label, "url": url, "active": request.path.startswith(url)})
    from referrals.models import Notification

    unread = Notification.objects.filter(user=user, read_at__isnull=True).count()
    return {"nav_items": nav_items, "unread_notifications": unread}
