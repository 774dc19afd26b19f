"""The triage queue's bulk allocation preview: the referrals selected and who holds each now,
before a supervisor confirms the allocation (each then audited on its own by the action)."""

from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse

from accounts.models import User
from audit.actions import record_list_view
from referrals.models import OPEN_STATUSES, Referral
from referrals.selectors import _CHILDREN


def allocation_rows(ids: list[int]) -> QuerySet[Referral]:
    """The selected open referrals in queue order, with their children and current holder: one
    query, and one for the children."""
    return (
        Referral.objects.filter(pk__in=ids, status__in=OPEN_STATUSES)
        .select_related("incident_type", "allocated_to")
        .prefetch_related(_CHILDREN)
        .order_by("-priority_score", "received_at", "id")
    )


def allocation_preview(request: HttpRequest, user: User, ids: list[int], to: User) -> HttpResponse:
    rows = list(allocation_rows(ids))
    record_list_view(user, "allocate_preview", referrals=[r.pk for r in rows])
    back = request.POST.get("back", "")
    return render(
        request,
        "referrals/allocate_confirm.html",
        {
            "rows": rows,
            "to": to,
            "back": back,
            "queue_url": f"{reverse('referrals:queue')}?{back}"
            if back
            else reverse("referrals:queue"),
        },
    )
