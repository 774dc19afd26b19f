"""The auditor's view of the trail."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from audit.actions import record_event
from audit.labels import ACTION_LABELS
from audit.selectors import recent_events
from vhub.http import require_role
from vhub.roles import Role


@login_required
def events(request):  # type: ignore[no-untyped-def]
    require_role(request.user, Role.AUDITOR)
    action = request.GET.get("action", "")
    if action not in ACTION_LABELS:
        action = ""
    rows = list(recent_events(action=action)[:200])
    record_event("audit.view", actor=request.user, details={"action_filter": action})
    return render(
        request,
        "audit/events.html",
        {
            "events": rows,
            "action": action,
            "actions": sorted(ACTION_LABELS.items(), key=lambda i: i[1]),
        },
    )
