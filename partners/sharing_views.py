"""VHub's pages for sharing: the share page, authorisation, the sharing rule, Operation
Encompass notices, MARAC referrals and list, and the disclosure log. (The partner portal's
pages are in views.py.)"""

from typing import TYPE_CHECKING

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from accounts.http import AuthenticatedHttpRequest
from audit.actions import record_event, record_list_view
from audit.denials import require_role
from partners.access import access_encompass_notice, access_share
from partners.actions import (
    do_authorise_share,
    do_refuse_share,
    do_set_authorisation_rule,
    do_share_with_agencies,
    needs_authorisation,
)
from partners.encompass import do_mark_encompass_not_needed, do_send_encompass_notice
from partners.marac import (
    check_marac,
    do_add_marac_meeting,
    do_refer_to_marac,
    do_remove_marac_meeting,
    marac_list,
    next_meeting,
)
from partners.models import (
    EncompassStatus,
    LawfulBasis,
    MaracMeeting,
    Share,
    ShareAuthorisationRule,
    ShareStatus,
)
from partners.pack_templates import ALL_FIELDS, TEMPLATES
from partners.sharing_forms import (
    AuthoriseForm,
    EncompassSendForm,
    MaracReferForm,
    MeetingForm,
    NotNeededForm,
    RefuseForm,
    RuleForm,
    ShareForm,
)
from partners.sharing_selectors import (
    CSV_HEADER,
    disclosure_log,
    disclosure_rows,
    plan_shares,
    shares_awaiting_authorisation,
    suggest_recipients,
)
from referrals.access import access_referral
from referrals.attachments import referral_attachments
from vhub.clock import now
from vhub.csv_export import csv_response
from vhub.http import NOT_RUN, Done, form_action, post_action
from vhub.roles import Role

if TYPE_CHECKING:
    from accounts.models import User
    from referrals.models import Referral


def _record_referral_page(user: "User", referral: "Referral", page: str) -> None:
    """A form page about a referral shows its case data: a read, like the referral page."""
    record_event(
        "referral.view", actor=user, obj=referral, referral=referral, details={"page": page}
    )


def _template_table() -> list[dict[str, object]]:
    """What each pack template holds, for the practitioner choosing one."""
    return [
        {"template": t, "fields": [ALL_FIELDS[f] for f in t.fields]} for t in TEMPLATES.values()
    ]


@login_required
def share_new(request: AuthenticatedHttpRequest, reference: str) -> HttpResponse:
    """The share form, then a check-your-answers step listing each agency with its pack template
    and withheld fields; only confirming that step shares. The check step carries the answers in
    hidden fields and they are validated again on confirming."""
    require_role(request.user, Role.PRACTITIONER, Role.SUPERVISOR)
    referral = access_referral(request.user, reference, "change")
    if request.method == "GET":
        _record_referral_page(request.user, referral, "share_new")
    suggestions = suggest_recipients(referral)
    form = ShareForm(
        request.POST or None, suggestions=suggestions, files=referral_attachments(referral)
    )
    step = request.POST.get("step", "")  # the check step's buttons: "confirm" or "change"
    if request.method == "POST" and step not in ("confirm", "change") and form.is_valid():
        return _share_check(request, referral, form)

    def share() -> HttpResponse:
        shares = do_share_with_agencies(
            referral,
            actor=request.user,
            agencies=form.cleaned_data["recipients"],
            lawful_basis=form.cleaned_data["lawful_basis"],
            justification=form.cleaned_data["justification"],
            pack_template=form.chosen_template(),
            redacted=form.cleaned_data["redacted"],
            attachments=[a.pk for a in form.cleaned_data["attachments"]],
        )
        sent = [s for s in shares if s.is_active]
        held = [s for s in shares if not s.is_active]
        if sent:  # some shares may wait for authorisation: two messages, so not a Done
            messages.success(
                request,
                "Shared with "
                + ", ".join(str(s.agency) for s in sent)
                + ". The referral pack PDF is being prepared.",
            )
        if held:
            messages.info(
                request,
                "Waiting for a supervisor to authorise the share with "
                + ", ".join(str(s.agency) for s in held),
            )
        return redirect("referrals:detail", reference=reference)

    # "change" goes back from the check step to the form, as it was filled in.
    posted = NOT_RUN if step == "change" else form_action(request, form, share)
    if posted.response is not None:
        return posted.response
    return render(
        request,
        "partners/share_new.html",
        {
            "form": form,
            "referral": referral,
            "templates": _template_table(),
            "action_error": posted.action_error,
        },
    )


def _share_check(
    request: AuthenticatedHttpRequest, referral: "Referral", form: ShareForm
) -> HttpResponse:
    answers = [(name, value) for name in form.fields for value in request.POST.getlist(name)]
    return render(
        request,
        "partners/share_check.html",
        {
            "referral": referral,
            "plans": plan_shares(
                form.cleaned_data["recipients"],
                pack_template=form.chosen_template(),
                redacted=form.cleaned_data["redacted"],
            ),
            "lawful_basis": LawfulBasis(form.cleaned_data["lawful_basis"]).label,
            "justification": form.cleaned_data["justification"],
            "files": form.cleaned_data["attachments"],
            "answers": answers,
            # Said before confirming, so nobody believes the agencies have it when they do not.
            "held": needs_authorisation(referral),
        },
    )


def share_status_context(user: "User", share: Share) -> dict[str, object]:
    """For the share page: may this person authorise or refuse it (a supervisor who did not
    prepare it, four eyes)?"""
    can = (
        share.status == ShareStatus.PENDING
        and user.has_role(Role.SUPERVISOR)
        and share.created_by_id != user.pk
    )
    return {"can_authorise": can, "authorise_form": AuthoriseForm(), "refuse_form": RefuseForm()}


@login_required
def authorisations(request: AuthenticatedHttpRequest) -> HttpResponse:
    require_role(request.user, Role.SUPERVISOR)
    shares = list(shares_awaiting_authorisation()[:200])
    record_list_view(request.user, "authorisations", referrals=[s.referral_id for s in shares])
    return render(request, "partners/authorisations.html", {"shares": shares})


@login_required
@require_POST
def share_authorise(request: AuthenticatedHttpRequest, share_id: int) -> HttpResponse:
    require_role(request.user, Role.SUPERVISOR)
    share = access_share(request.user, share_id)
    form = AuthoriseForm(request.POST)
    form.is_valid()  # the note is optional: an invalid one is left out

    def authorise() -> str:
        do_authorise_share(share, actor=request.user, note=form.cleaned_data.get("note", ""))
        return f"Share with {share.agency} authorised and sent"

    return post_action(request, authorise, reverse("partners:share", args=[share.pk]))


@login_required
@require_POST
def share_refuse(request: AuthenticatedHttpRequest, share_id: int) -> HttpResponse:
    require_role(request.user, Role.SUPERVISOR)
    share = access_share(request.user, share_id)
    form = RefuseForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Say why the share is refused")
        return redirect("partners:share", share_id=share.pk)

    def refuse() -> str:
        do_refuse_share(share, actor=request.user, reason=form.cleaned_data["reason"])
        return f"Share with {share.agency} refused: it was not sent"

    return post_action(request, refuse, reverse("partners:share", args=[share.pk]))


@login_required
def sharing_rules(request: AuthenticatedHttpRequest) -> HttpResponse:
    require_role(request.user, Role.MANAGER)
    rules = ShareAuthorisationRule.objects.select_related("updated_by")
    form = RuleForm(request.POST or None, rules=rules)
    if request.method == "POST" and form.is_valid():
        for rule in form.rules:
            do_set_authorisation_rule(
                actor=request.user,
                grade=rule.grade,
                needs_authorisation=form.cleaned_data[rule.grade],
            )
        messages.success(request, "Sharing rules saved")
        return redirect("partners:sharing_rules")
    return render(request, "partners/sharing_rules.html", {"form": form})


# --- Operation Encompass ---------------------------------------------------------------------


@login_required
def encompass_notice(request: AuthenticatedHttpRequest, notice_id: int) -> HttpResponse:
    notice = access_encompass_notice(request.user, notice_id)
    referral = notice.referral
    record_event("encompass.view", actor=request.user, obj=notice, referral=referral)
    child = notice.subject.person.first_name
    send_form = EncompassSendForm(
        request.POST if request.POST.get("form") == "send" else None,
        home_educated=notice.home_educated,
        initial={
            "agency": notice.agency_id,
            "lawful_basis": LawfulBasis.CHILDREN_ACT_2004_S11,
            "justification": (
                f"Operation Encompass: {child} lives in a household where police attended a "
                "domestic abuse incident; the designated safeguarding lead can support them."
            ),
        },
    )
    not_needed_form = NotNeededForm(
        request.POST if request.POST.get("form") == "not_needed" else None
    )
    back = reverse("referrals:detail", args=[referral.reference])

    def send() -> Done:
        agency = send_form.cleaned_data["agency"]
        do_send_encompass_notice(
            notice,
            actor=request.user,
            agency=agency,
            lawful_basis=send_form.cleaned_data["lawful_basis"],
            justification=send_form.cleaned_data["justification"],
        )
        return Done(f"Operation Encompass notice sent to {agency}", back)

    def not_needed() -> Done:
        do_mark_encompass_not_needed(
            notice, actor=request.user, reason=not_needed_form.cleaned_data["reason"]
        )
        return Done(f"Recorded that no notice is needed for {child}", back)

    posted = NOT_RUN  # at most one of the two forms is posted, and only to a proposed notice
    if notice.status == EncompassStatus.PROPOSED and send_form.is_bound:
        posted = form_action(request, send_form, send)
    elif notice.status == EncompassStatus.PROPOSED and not_needed_form.is_bound:
        posted = form_action(request, not_needed_form, not_needed)
    if posted.response is not None:
        return posted.response
    return render(
        request,
        "partners/encompass_notice.html",
        {
            "notice": notice,
            "referral": referral,
            "send_form": send_form,
            "not_needed_form": not_needed_form,
            "form": send_form if send_form.is_bound else not_needed_form,
            "fields": [ALL_FIELDS[f] for f in TEMPLATES["encompass"].fields],
            "action_error": posted.action_error,
        },
    )


# --- MARAC -------------------------------------------------------------------------------------


@login_required
def marac_refer(request: AuthenticatedHttpRequest, reference: str) -> HttpResponse:
    require_role(request.user, Role.PRACTITIONER, Role.SUPERVISOR)
    referral = access_referral(request.user, reference, "change")
    check = check_marac(referral)
    if not check.applies:
        raise Http404("Only domestic-abuse referrals go to MARAC")
    if request.method == "GET":
        _record_referral_page(request.user, referral, "marac_refer")
    today = timezone.localdate(now())
    meetings = MaracMeeting.objects.filter(date__gte=today).order_by("date")
    upcoming = next_meeting(today)
    form = MaracReferForm(
        request.POST or None,
        meetings=meetings,
        initial={
            "meeting": upcoming.pk if upcoming else None,
            "lawful_basis": LawfulBasis.CRIME_AND_DISORDER_S115,
        },
    )

    def refer() -> Done:
        case = do_refer_to_marac(
            referral,
            actor=request.user,
            meeting=form.cleaned_data["meeting"],
            professional_judgement=form.cleaned_data["professional_judgement"],
            lawful_basis=form.cleaned_data["lawful_basis"],
            justification=form.cleaned_data["justification"],
            redacted=form.cleaned_data["redacted"],
        )
        return Done(f"Referred to {case.meeting}", reverse("referrals:detail", args=[reference]))

    if (posted := form_action(request, form, refer)).response is not None:
        return posted.response
    return render(
        request,
        "partners/marac_refer.html",
        {"referral": referral, "check": check, "form": form, "action_error": posted.action_error},
    )


@login_required
def marac_meeting_list(request: AuthenticatedHttpRequest) -> HttpResponse:
    require_role(request.user, Role.PRACTITIONER, Role.SUPERVISOR, Role.MANAGER)
    meetings = list(MaracMeeting.objects.filter(date__gte=timezone.localdate(now())))
    chosen = request.GET.get("meeting", "")
    if chosen:
        meeting = MaracMeeting.objects.filter(pk=int(chosen) if chosen.isdigit() else 0).first()
        if meeting is None:
            raise Http404("No such meeting")
    else:
        meeting = next_meeting()
    cases = list(marac_list(meeting)) if meeting else []
    record_list_view(
        request.user,
        "marac_list",
        action="marac.list_view",
        obj=meeting,
        referrals=[c.referral_id for c in cases],
        cases=len(cases),
    )
    return render(
        request,
        "partners/marac_list.html",
        {"meeting": meeting, "meetings": meetings, "cases": cases},
    )


@login_required
def marac_meetings(request: AuthenticatedHttpRequest) -> HttpResponse:
    require_role(request.user, Role.MANAGER)
    form = MeetingForm(request.POST or None)

    def add() -> Done:
        meeting = do_add_marac_meeting(
            actor=request.user, day=form.cleaned_data["day"], note=form.cleaned_data["note"]
        )
        return Done(f"{meeting} added", "partners:marac_meetings")

    if (posted := form_action(request, form, add)).response is not None:
        return posted.response
    return render(
        request,
        "partners/marac_meetings.html",
        {
            "form": form,
            "meetings": MaracMeeting.objects.filter(date__gte=timezone.localdate(now())),
            "action_error": posted.action_error,
        },
    )


@login_required
@require_POST
def marac_meeting_remove(request: AuthenticatedHttpRequest, meeting_id: int) -> HttpResponse:
    require_role(request.user, Role.MANAGER)
    meeting = MaracMeeting.objects.filter(pk=meeting_id).first()
    if meeting is None:
        raise Http404("No such meeting")

    def remove() -> str:
        do_remove_marac_meeting(meeting, actor=request.user)
        return "Meeting removed"

    return post_action(request, remove, reverse("partners:marac_meetings"))


# --- Disclosure log ----------------------------------------------------------------------------


@login_required
def disclosures_csv(request: AuthenticatedHttpRequest, reference: str) -> HttpResponseBase:
    require_role(request.user, Role.PRACTITIONER, Role.SUPERVISOR, Role.MANAGER)
    referral = access_referral(request.user, reference, "view")
    shares = list(disclosure_log(referral))
    record_event(
        "disclosures.export", actor=request.user, obj=referral, referral=referral,
        details={"rows": len(shares)},
    )  # fmt: skip
    return csv_response(
        CSV_HEADER,
        disclosure_rows(referral, shares),
        filename=f"{referral.reference}-disclosures.csv",
    )
