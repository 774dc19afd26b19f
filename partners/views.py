"""Pages for sharing referrals and for the partner portal."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from accounts.http import AuthenticatedHttpRequest
from audit.actions import record_event, record_list_view
from audit.denials import require_role
from partners.access import access_share
from partners.actions import do_acknowledge_share, do_withdraw_share
from partners.attachments import (
    access_message_attachment,
    access_share_attachment,
    record_message_attachment_download,
    record_share_attachment_download,
)
from partners.forms import WithdrawForm
from partners.portal_views import annotate_clocks, paginate_uncounted, share_portal_context
from partners.selectors import partner_inbox
from partners.sharing_selectors import share_history as share_history_of
from partners.sharing_views import share_status_context
from vhub.http import post_action
from vhub.roles import PARTNER_ROLES, VHUB_CASE_ROLES, Role
from vhub.uploads import private_download


@login_required
def inbox(request: AuthenticatedHttpRequest) -> HttpResponse:
    require_role(request.user, Role.PARTNER_USER, Role.PARTNER_LEAD)
    # Never counted: an agency's shares grow with its history (partners.portal_views).
    page = paginate_uncounted(request, partner_inbox(user=request.user))
    annotate_clocks(page)
    record_list_view(
        request.user,
        "partner_inbox",
        referrals=[s.referral_id for s in page],
        page_number=page.number,
    )
    return render(request, "partners/inbox.html", {"page": page, "shares": page.object_list})


@login_required
def share_detail(request: AuthenticatedHttpRequest, share_id: int) -> HttpResponse:
    share = access_share(request.user, share_id)
    record_event("share.view", actor=request.user, obj=share, referral=share.referral)
    return render(
        request,
        "partners/share.html",
        {
            "share": share,
            "snapshot": share.snapshot,
            "is_recipient": request.user.is_partner and request.user.agency_id == share.agency_id,
            "can_withdraw": request.user.is_vhub_caseworker and share.is_active,
            "withdraw_form": WithdrawForm(),
            **share_portal_context(request.user, share),
            **share_status_context(request.user, share),
        },
    )


@login_required
def share_history(request: AuthenticatedHttpRequest, share_id: int) -> HttpResponse:
    """The share's field-level history: VHub case staff only. Partners are refused (403,
    audited) before the share is looked up, so the page says nothing about any share."""
    require_role(request.user, *VHUB_CASE_ROLES)
    share = access_share(request.user, share_id)
    record_event("share.history_view", actor=request.user, obj=share, referral=share.referral)
    return render(
        request, "partners/share_history.html", {"share": share, "entries": share_history_of(share)}
    )


@login_required
def share_pack(request: AuthenticatedHttpRequest, share_id: int) -> HttpResponseBase:
    share = access_share(request.user, share_id)
    if not share.pack_sha256:
        raise Http404("The referral pack is still being prepared")
    record_event(
        "share.download",
        actor=request.user,
        obj=share,
        referral=share.referral,
        details={"sha256": share.pack_sha256},
    )
    return private_download(
        share.pack_file,
        filename=f"{share.snapshot['reference']}-{share.agency.slug}-v{share.version}.pdf",
        content_type="application/pdf",
    )


@login_required
@require_POST
def share_acknowledge(request: AuthenticatedHttpRequest, share_id: int) -> HttpResponse:
    # Only the receiving agency acknowledges: the hub is refused by role (403, audited), not
    # sent back to the share page with the action's message.
    require_role(request.user, *PARTNER_ROLES)
    share = access_share(request.user, share_id)

    def acknowledge() -> str:
        do_acknowledge_share(share, actor=request.user)
        return f"You have acknowledged referral {share.snapshot['reference']}"

    return post_action(request, acknowledge, reverse("partners:share", args=[share.pk]))


@login_required
@require_POST
def share_withdraw(request: AuthenticatedHttpRequest, share_id: int) -> HttpResponse:
    require_role(request.user, Role.PRACTITIONER, Role.SUPERVISOR)
    share = access_share(request.user, share_id)
    form = WithdrawForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Say why the share is being withdrawn")
        return redirect("partners:share", share_id=share.pk)

    def withdraw() -> str:
        do_withdraw_share(share, actor=request.user, reason=form.cleaned_data["reason"])
        return f"Share withdrawn: {share.agency} can no longer see it"

    return post_action(request, withdraw, reverse("partners:share", args=[share.pk]))


@login_required
def share_attachment(
    request: AuthenticatedHttpRequest, share_id: int, attachment_id: int
) -> HttpResponseBase:
    """A file sent with the share, to whoever may open the share, always as a download."""
    share = access_share(request.user, share_id)
    attachment = access_share_attachment(request.user, share, attachment_id)
    record_share_attachment_download(request.user, share, attachment)
    return private_download(
        attachment.file, filename=attachment.original_name, content_type=attachment.content_type
    )


@login_required
def message_attachment(
    request: AuthenticatedHttpRequest, share_id: int, message_id: int, attachment_id: int
) -> HttpResponseBase:
    """A file sent with a message in the share's thread, to whoever may open the share."""
    share = access_share(request.user, share_id)
    attachment = access_message_attachment(request.user, share, message_id, attachment_id)
    record_message_attachment_download(request.user, share, attachment)
    return private_download(
        attachment.file, filename=attachment.original_name, content_type=attachment.content_type
    )
