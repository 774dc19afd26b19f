"""The partner lead's webhooks pages: subscribe a URL of the agency's system, see each
subscription's delivery log, turn it off or on, send a delivery again. Thin: access helper, form,
one action (partners/webhooks.py)."""

from typing import cast

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
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
from vhub.http import form_action, post_action
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

    def create() -> HttpResponse:
        webhook, secret = do_create_webhook(actor=request.user, **form.cleaned_data)
        return render(
            request, "partners/webhook_created.html", {"webhook": webhook, "secret": secret}
        )

    if (posted := form_action(request, form, create)).response is not None:
        return posted.response
    return render(
        request, "partners/webhook_new.html", {"form": form, "action_error": posted.action_error}
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

    def switch() -> str:
        do_set_webhook_active(subscription, actor=request.user, active=active)
        return f"The webhook is {'on' if active else 'off'}"

    return post_action(request, switch, reverse("partners:webhook", args=[subscription.pk]))


@login_required
@require_POST
def webhook_replay(
    request: AuthenticatedHttpRequest, webhook_id: int, delivery_id: int
) -> HttpResponse:
    require_role(request.user, Role.PARTNER_LEAD)
    delivery = access_webhook_delivery(request.user, webhook_id, delivery_id)

    def replay() -> str:
        do_replay_webhook_delivery(delivery, actor=request.user)
        return "It will be sent again in a moment"

    return post_action(request, replay, reverse("partners:webhook", args=[webhook_id]))
