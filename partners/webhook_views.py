"""The partner lead's webhooks pages: subscribe a URL of the agency's system, see each
subscription's delivery log, turn it off or on, send a delivery again. Thin: access helper, form,
one action (partners/webhooks.py)."""

from typing import cast

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from accounts.http import AuthenticatedHttpRequest
from audit.actions import record_list_view
from audit.denials import require_role
from partners.access import access_webhook, access_webhook_delivery
from partners.models import WebhookEventType
from partners.webhook_forms import WebhookForm
from partners.webhooks import (
    agency_webhooks,
    delivery_log,
    do_create_webhook,
    do_replay_webhook_delivery,
    do_set_webhook_active,
)
from vhub.errors import ActionError
from vhub.http import show_action_error
from vhub.models import Agency
from vhub.roles import Role

PAGE_SIZE = 25


@login_required
def webhooks(request: AuthenticatedHttpRequest) -> HttpResponse:
    require_role(request.user, Role.PARTNER_LEAD)
    agency = cast(Agency, request.user.agency)  # a partner lead always has an agency
    return render(
        request,
        "partners/webhooks.html",
        {"agency": agency, "webhooks": list(agency_webhooks(agency.pk))},
    )


@login_required
@never_cache  # the page that shows the signing secret must not be kept by a browser or proxy
def webhook_new(request: AuthenticatedHttpRequest) -> HttpResponse:
    require_role(request.user, Role.PARTNER_LEAD)
    form = WebhookForm(request.POST if request.method == "POST" else None)
    action_error = None
    if request.method == "POST" and form.is_valid():
        try:
            webhook, secret = do_create_webhook(actor=request.user, **form.cleaned_data)
        except ActionError as exc:
            action_error = show_action_error(form, exc)
        else:
            return render(
                request, "partners/webhook_created.html", {"webhook": webhook, "secret": secret}
            )
    return render(
        request, "partners/webhook_new.html", {"form": form, "action_error": action_error}
    )


@login_required
def webhook(request: AuthenticatedHttpRequest, webhook_id: int) -> HttpResponse:
    """A subscription and its delivery log, newest first (audited: the log names shares)."""
    require_role(request.user, Role.PARTNER_LEAD)
    subscription = access_webhook(request.user, webhook_id)
    page = Paginator(delivery_log(subscription.pk), PAGE_SIZE).get_page(request.GET.get("page"))
    record_list_view(
        request.user,
        "partners:webhook",
        action="webhook_log.view",
        obj=subscription,
        deliveries=[d.pk for d in page.object_list],
    )
    labels = dict(WebhookEventType.choices)
    return render(
        request,
        "partners/webhook.html",
        {
            "webhook": subscription,
            "page": page,
            "events": [labels.get(e, e) for e in subscription.events],
        },
    )


@login_required
@require_POST
def webhook_active(request: AuthenticatedHttpRequest, webhook_id: int) -> HttpResponse:
    require_role(request.user, Role.PARTNER_LEAD)
    subscription = access_webhook(request.user, webhook_id)
    active = request.POST.get("active") == "1"
    try:
        do_set_webhook_active(subscription, actor=request.user, active=active)
    except ActionError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, f"The webhook is {'on' if active else 'off'}")
    return redirect("partners:webhook", webhook_id=subscription.pk)


@login_required
@require_POST
def webhook_replay(
    request: AuthenticatedHttpRequest, webhook_id: int, delivery_id: int
) -> HttpResponse:
    require_role(request.user, Role.PARTNER_LEAD)
    delivery = access_webhook_delivery(request.user, webhook_id, delivery_id)
    try:
        do_replay_webhook_delivery(delivery, actor=request.user)
    except ActionError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, "It will be sent again in a moment")
    return redirect("partners:webhook", webhook_id=webhook_id)
