"""Pages about one person or one referral that read across the apps: "who has seen this child",
a referral's access log, and the subject-access export (docs/audit.md)."""

import json

from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import render
from django.utils import timezone

from accounts.http import AuthenticatedHttpRequest
from audit.actions import record_event
from audit.models import RetentionReview
from audit.selectors import READ_ACTIONS, page_of
from audit.views import _paging
from governance.access import access_person_for, access_referral_log
from governance.selectors import person_access_log, person_ids, referral_access_log
from governance.subject_access import subject_access_data, subject_access_pdf
from vhub.clock import now
from vhub.http import int_or_none
from vhub.roles import ACCESS_LOG_ROLES, SUBJECT_ACCESS_ROLES


@login_required
def person_log(request: AuthenticatedHttpRequest, person_id: int) -> HttpResponse:
    """Who has seen this child: every event on the person or any referral they are part of."""
    person = access_person_for(request.user, person_id, ACCESS_LOG_ROLES)
    ids = person_ids(person)
    record_event("audit.person_log_view", actor=request.user, obj=person)
    rows, cursor = page_of(
        person_access_log(person, ids, before=int_or_none(request.GET.get("before")))
    )
    return render(
        request,
        "audit/person_log.html",
        {
            "person": person,
            "events": rows,
            "reads": READ_ACTIONS,
            **_paging(request, cursor),
            "can_export": request.user.has_role(*SUBJECT_ACCESS_ROLES),
        },
    )


@login_required
def referral_log(request: AuthenticatedHttpRequest, reference: str) -> HttpResponse:
    referral = access_referral_log(request.user, reference)
    record_event("audit.referral_log_view", actor=request.user, obj=referral, referral=referral)
    rows, cursor = page_of(
        referral_access_log(referral, before=int_or_none(request.GET.get("before")))
    )
    return render(
        request,
        "audit/referral_log.html",
        {
            "referral": referral,
            "retention": RetentionReview.objects.filter(referral=referral).first(),
            "events": rows,
            "reads": READ_ACTIONS,
            **_paging(request, cursor),
        },
    )


@login_required
def subject_access(request: AuthenticatedHttpRequest, person_id: int) -> HttpResponse:
    """The subject-access page: what will be exported, and the two downloads."""
    person = access_person_for(request.user, person_id, SUBJECT_ACCESS_ROLES)
    record_event(
        "person.subject_access", actor=request.user, obj=person, details={"format": "page"}
    )
    data = subject_access_data(person)
    return render(request, "audit/subject_access.html", {"person": person, "data": data})


@login_required
def subject_access_export(
    request: AuthenticatedHttpRequest, person_id: int, fmt: str
) -> HttpResponseBase:
    person = access_person_for(request.user, person_id, SUBJECT_ACCESS_ROLES)
    if fmt not in ("pdf", "json"):
        raise Http404("Choose PDF or JSON")
    record_event("person.subject_access", actor=request.user, obj=person, details={"format": fmt})
    data = subject_access_data(person)
    stamp = timezone.localtime(now()).strftime("%Y%m%d")
    if fmt == "json":
        body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
    else:
        response = HttpResponse(subject_access_pdf(person, data), content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="subject-access-person-{person.pk}-{stamp}.{fmt}"'
    )
    return response
