"""Pages of the partner portal (outcome, decline, messages, information requests, the lead's
agency users) and VHub's side of information requests. Thin: access helper, form, one action."""

from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.http import Http404, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.views.decorators.http import require_POST

from accounts.http import AuthenticatedHttpRequest
from audit.actions import record_denial, record_event, record_list_view
from audit.denials import require_role
from partners.access import access_agency_user, access_isr, access_share, shares_visible_to
from partners.models import Agency, IsrAttachment, IsrStatus, Share
from partners.notices import (
    agency_notices,
    do_set_notice_preference,
    do_set_safeguarding_lead,
    frequency_of,
)
from partners.portal_actions import (
    IsrInput,
    do_decline_share,
    do_invite_agency_user,
    do_post_share_message,
    do_raise_isr,
    do_record_share_outcome,
    do_respond_isr,
    do_set_agency_user_active,
)
from partners.portal_forms import (
    DeclineForm,
    InviteForm,
    IsrForm,
    IsrResponseForm,
    MessageForm,
    NoticePreferenceForm,
    OutcomeForm,
)
from partners.selectors import agency_users, isr_list, share_thread
from referrals.sla import time_left_words
from vhub.http import NOT_RUN, Done, form_action, post_action
from vhub.roles import PARTNER_ROLES, VHUB_CASE_ROLES, Role
from vhub.uploads import private_download

if TYPE_CHECKING:
    from accounts.models import User

PAGE_SIZE = 25


def posted(request: AuthenticatedHttpRequest) -> tuple[Any, Any]:
    """(data, files) for a form: bound on any POST, even an empty one, so it shows its errors."""
    if request.method == "POST":
        return request.POST, request.FILES
    return None, None


def paginate(request: AuthenticatedHttpRequest, queryset: QuerySet[Any]) -> Page[Any]:
    return Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("page"))


class UncountedPage:
    """A page of a list that is never counted: it reads one row past its end to know whether
    another page follows. For lists that grow with history (an agency's shares, kept for
    years), where a count would read every row the agency ever had to show 25 of them.
    `paginator` is None, so the pagination links say "Page 3", not "Page 3 of 480"."""

    paginator = None

    def __init__(self, rows: list[Any], number: int, more: bool) -> None:
        self.object_list = rows
        self.number = number
        self._more = more

    def __iter__(self) -> Any:
        return iter(self.object_list)

    def __len__(self) -> int:
        return len(self.object_list)

    def has_next(self) -> bool:
        return self._more

    def has_previous(self) -> bool:
        return self.number > 1

    def has_other_pages(self) -> bool:
        return self.has_next() or self.has_previous()

    def next_page_number(self) -> int:
        return self.number + 1

    def previous_page_number(self) -> int:
        return self.number - 1


def paginate_uncounted(request: AuthenticatedHttpRequest, queryset: QuerySet[Any]) -> UncountedPage:
    """The page asked for (?page=N, 1 when missing or not a number; past the end, empty)."""
    try:
        number = max(1, int(request.GET.get("page") or 1))
    except ValueError:
        number = 1
    start = (number - 1) * PAGE_SIZE
    rows = list(queryset[start : start + PAGE_SIZE + 1])
    if not rows and number > 1:
        number, rows = 1, list(queryset[: PAGE_SIZE + 1])  # past the end: the first page
    return UncountedPage(rows[:PAGE_SIZE], number, more=len(rows) > PAGE_SIZE)


def annotate_clocks(rows: Any) -> None:
    """Give each row's prefetched clocks their 'time left' words for the page."""
    for row in rows:
        row.clock_list = list(row.clocks.all())
        for clock in row.clock_list:
            clock.time_left = time_left_words(clock) if clock.is_open else ""


def share_portal_context(user: "User", share: Share) -> dict[str, Any]:
    """What the share page adds for the partner side: the response, the thread and its forms."""
    is_recipient = user.is_partner and user.agency_id == share.agency_id
    response = getattr(share, "response", None)
    finished = response is not None and (response.outcome or response.declined_at)
    return {
        "response": response,
        "thread": share_thread(share),
        "message_form": MessageForm(),
        "can_write": share.is_active and (is_recipient or user.is_vhub_caseworker),
        "can_respond": is_recipient and share.is_active and not finished,
    }


def _record_share_page(user: "User", share: Share, page: str) -> None:
    """A form page about a share shows its snapshot: a read, like the share page."""
    record_event(
        "share.view", actor=user, obj=share, referral=share.referral, details={"page": page}
    )


def _share_form_page(
    request: AuthenticatedHttpRequest,
    share_id: int,
    form_class: Any,
    action: Any,
    template: str,
    done: str,
) -> HttpResponse:
    """A partner's form about one share: the page, and on a valid post the action."""
    require_role(request.user, *PARTNER_ROLES)
    share = access_share(request.user, share_id)
    if request.method == "GET":  # the page shows what was shared
        _record_share_page(request.user, share, Path(template).stem)
    form = form_class(posted(request)[0])

    def act() -> Done:
        action(share, actor=request.user, **form.cleaned_data)
        return Done(done, reverse("partners:share", args=[share.pk]))

    if (outcome := form_action(request, form, act)).response is not None:
        return outcome.response
    return render(
        request,
        template,
        {
            "form": form,
            "share": share,
            "snapshot": share.snapshot,
            "action_error": outcome.action_error,
        },
    )


@login_required
def share_outcome(request: AuthenticatedHttpRequest, share_id: int) -> HttpResponse:
    return _share_form_page(
        request,
        share_id,
        OutcomeForm,
        do_record_share_outcome,
        "partners/share_outcome.html",
        "Outcome recorded and sent to VHub",
    )


@login_required
def share_decline(request: AuthenticatedHttpRequest, share_id: int) -> HttpResponse:
    return _share_form_page(
        request,
        share_id,
        DeclineForm,
        do_decline_share,
        "partners/share_decline.html",
        "Referral returned to VHub to re-route",
    )


@login_required
def share_message(request: AuthenticatedHttpRequest, share_id: int) -> HttpResponse:
    """Write in a share's thread: the receiving agency, or VHub practitioners and supervisors."""
    require_role(request.user, *PARTNER_ROLES, Role.PRACTITIONER, Role.SUPERVISOR)
    share = access_share(request.user, share_id)
    if request.method == "GET":  # the page shows the thread and what was shared
        _record_share_page(request.user, share, "share_message")
    form = MessageForm(*posted(request))

    def send() -> Done:
        do_post_share_message(
            share,
            actor=request.user,
            body=form.cleaned_data["body"],
            files=form.cleaned_data["attachments"],
        )
        if request.user.is_partner:
            return Done("Message sent", reverse("partners:share", args=[share.pk]) + "#messages")
        return Done(
            "Message sent",
            reverse("referrals:detail", args=[share.referral.reference]) + "#messages",
        )

    if (outcome := form_action(request, form, send)).response is not None:
        return outcome.response
    return render(
        request,
        "partners/share_message.html",
        {
            "form": form,
            "share": share,
            "snapshot": share.snapshot,
            "thread": share_thread(share),
            "action_error": outcome.action_error,
        },
    )


# --- Information sharing requests ---------------------------------------------------------------


def _isr_list_page(request: AuthenticatedHttpRequest, *, vhub_side: bool) -> HttpResponse:
    require_role(request.user, *(VHUB_CASE_ROLES if vhub_side else PARTNER_ROLES))
    page = paginate(request, isr_list(user=request.user))
    annotate_clocks(page)
    record_list_view(
        request.user,
        "isr_queue" if vhub_side else "isrs",
        referrals=[isr.share.referral_id for isr in page if isr.share],
        isrs=[isr.pk for isr in page],
        page_number=page.number,
    )
    return render(request, "partners/isrs.html", {"page": page, "vhub_side": vhub_side})


@login_required
def isrs(request: AuthenticatedHttpRequest) -> HttpResponse:
    """The agency's own information requests, with VHub's answers."""
    return _isr_list_page(request, vhub_side=False)


@login_required
def isr_queue(request: AuthenticatedHttpRequest) -> HttpResponse:
    """VHub's queue of every agency's information requests, open ones first by due time."""
    return _isr_list_page(request, vhub_side=True)


@login_required
def isr_new(request: AuthenticatedHttpRequest) -> HttpResponse:
    require_role(request.user, *PARTNER_ROLES)
    shares = shares_visible_to(request.user).order_by("-created_at")
    initial = {}
    if request.GET.get("share", "").isdigit():
        initial["share"] = access_share(request.user, int(request.GET["share"])).pk
    form = IsrForm(*posted(request), shares=shares, initial=initial)
    if request.method == "GET":  # the form lists each shared referral with its children
        record_list_view(
            request.user, "isr_new", referrals=shares.values_list("referral_id", flat=True)
        )

    def raise_isr() -> Done:
        answers = dict(form.cleaned_data)
        files = answers.pop("attachments")
        isr = do_raise_isr(IsrInput(**answers), actor=request.user, files=files)
        return Done(f"Request ISR-{isr.pk} sent to VHub", reverse("partners:isr", args=[isr.pk]))

    if (outcome := form_action(request, form, raise_isr)).response is not None:
        return outcome.response
    return render(
        request, "partners/isr_new.html", {"form": form, "action_error": outcome.action_error}
    )


@login_required
def isr_detail(request: AuthenticatedHttpRequest, isr_id: int) -> HttpResponse:
    isr = access_isr(request.user, isr_id)
    record_event(
        "isr.view",
        actor=request.user,
        obj=isr,
        referral=isr.share.referral if isr.share else None,
    )
    can_answer = request.user.is_vhub_caseworker and isr.status == IsrStatus.OPEN
    form = IsrResponseForm(*posted(request)) if can_answer else None
    if request.method == "POST" and form is None:
        require_role(request.user, Role.PRACTITIONER, Role.SUPERVISOR)
        messages.error(request, f"ISR-{isr.pk} has already been answered")
        return redirect("partners:isr", isr_id=isr.pk)

    def answer(form: IsrResponseForm) -> Done:
        do_respond_isr(
            isr,
            actor=request.user,
            response=form.cleaned_data["response"],
            files=form.cleaned_data["attachments"],
        )
        return Done(f"Answer sent to {isr.agency}", reverse("partners:isr", args=[isr.pk]))

    outcome = NOT_RUN if form is None else form_action(request, form, lambda: answer(form))
    if outcome.response is not None:
        return outcome.response
    annotate_clocks([isr])
    return render(
        request,
        "partners/isr.html",
        {
            "isr": isr,
            "form": form,
            "attachments": [a for a in isr.attachments.all() if a.from_vhub],
            "request_files": [a for a in isr.attachments.all() if not a.from_vhub],
            "action_error": outcome.action_error,
        },
    )


@login_required
def isr_attachment(
    request: AuthenticatedHttpRequest, isr_id: int, attachment_id: int
) -> HttpResponseBase:
    """A file of the request or of VHub's answer, only to those who may see the request,
    always as a download."""
    isr = access_isr(request.user, isr_id)
    attachment = IsrAttachment.objects.filter(pk=attachment_id, isr=isr).first()
    if attachment is None:
        record_denial(
            request.user,
            object_type="partners.israttachment",
            object_id=attachment_id,
            reason="not part of this request",
        )

        raise Http404("No such attachment")
    record_event(
        "isr.download",
        actor=request.user,
        obj=attachment,
        referral=isr.share.referral if isr.share else None,
        details={"isr": isr.pk, "sha256": attachment.sha256},
    )
    return private_download(
        attachment.file, filename=attachment.original_name, content_type=attachment.content_type
    )


# --- The partner lead's agency users ------------------------------------------------------------


@login_required
def team(request: AuthenticatedHttpRequest) -> HttpResponse:
    require_role(request.user, Role.PARTNER_LEAD)
    agency = cast(Agency, request.user.agency)  # a partner lead always has an agency
    page = paginate(request, agency_users(agency.pk))
    leads = set(agency.safeguarding_leads.values_list("pk", flat=True))
    return render(request, "partners/team.html", {"page": page, "agency": agency, "leads": leads})


@login_required
def team_invite(request: AuthenticatedHttpRequest) -> HttpResponse:
    require_role(request.user, Role.PARTNER_LEAD)
    form = InviteForm(posted(request)[0])

    def invite() -> Done:
        user, _link = do_invite_agency_user(actor=request.user, **form.cleaned_data)
        return Done(
            f"{user} has been added and e-mailed a link to choose their password", "partners:team"
        )

    if (outcome := form_action(request, form, invite)).response is not None:
        return outcome.response
    return render(
        request, "partners/team_invite.html", {"form": form, "action_error": outcome.action_error}
    )


@login_required
@require_POST
def team_user_active(request: AuthenticatedHttpRequest, user_id: int) -> HttpResponse:
    require_role(request.user, Role.PARTNER_LEAD)
    person = access_agency_user(request.user, user_id)
    active = request.POST.get("active") == "1"

    def switch() -> str:
        do_set_agency_user_active(person, actor=request.user, active=active)
        return f"{person} has been {'reactivated' if active else 'deactivated'}"

    return post_action(request, switch, reverse("partners:team"))


@login_required
@require_POST
def team_user_safeguarding_lead(request: AuthenticatedHttpRequest, user_id: int) -> HttpResponse:
    require_role(request.user, Role.PARTNER_LEAD)
    person = access_agency_user(request.user, user_id)
    is_lead = request.POST.get("is_lead") == "1"

    def name_lead() -> str:
        do_set_safeguarding_lead(person, actor=request.user, is_lead=is_lead)
        return f"{person} is {'now' if is_lead else 'no longer'} a designated safeguarding lead"

    return post_action(request, name_lead, reverse("partners:team"))


# --- Being told that work has arrived (partners/notices.py) ------------------------------------


@login_required
def preferences(request: AuthenticatedHttpRequest) -> HttpResponse:
    """A partner user's own choice: e-mails straight away or a daily digest at 08:00."""
    require_role(request.user, *PARTNER_ROLES)
    form = NoticePreferenceForm(
        posted(request)[0], initial={"frequency": frequency_of(request.user)}
    )

    def save() -> Done:
        do_set_notice_preference(
            request.user, actor=request.user, frequency=form.cleaned_data["frequency"]
        )
        return Done("Your e-mail settings have been saved", "partners:preferences")

    if (outcome := form_action(request, form, save)).response is not None:
        return outcome.response
    return render(
        request, "partners/preferences.html", {"form": form, "action_error": outcome.action_error}
    )


@login_required
def notices(request: AuthenticatedHttpRequest) -> HttpResponse:
    """The partner lead's list of the e-mails telling the agency's people about new work, with
    whether each went (audited: it names the agency's shares)."""
    require_role(request.user, Role.PARTNER_LEAD)
    agency = cast(Agency, request.user.agency)  # a partner lead always has an agency
    page = paginate(request, agency_notices(agency.pk))
    record_list_view(
        request.user,
        "partners:notices",
        action="partner_notices.view",
        obj=agency,
        notices=[n.pk for n in page.object_list],
    )
    return render(request, "partners/notices.html", {"page": page, "agency": agency})


class InvitationView(auth_views.PasswordResetConfirmView):
    """An invited partner user chooses their password through the one-use link in their
    invitation (Django's password-reset token and form)."""

    template_name = "partners/invitation.html"
    success_url = reverse_lazy("login")
    # A segment of the invitation URL, not a secret.
    reset_url_token = "choose-password"  # noqa: S105 # nosec B105

    def form_valid(self, form: Any) -> HttpResponse:
        response = super().form_valid(form)
        record_event("agency_user.password_set", actor=self.user, obj=self.user)
        messages.success(self.request, "Your password is set. Sign in with your e-mail address.")
        return response
