"""The officer's referral form: start page, task list, question pages, people, check your
answers, and opening a returned referral for correction. URL names stay in the referrals
namespace (project/urls.py joins these to referrals' list)."""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from accounts.http import AuthenticatedHttpRequest
from audit.actions import record_event
from audit.denials import require_role
from officer import drafts
from officer.actions import (
    do_delete_draft,
    do_remove_draft_entry,
    do_save_draft_section,
    do_start_correction,
    do_start_draft,
    do_submit_draft,
)
from referrals.access import access_draft, access_referral
from referrals.models import SubjectRole
from referrals.selectors import officer_drafts
from vhub.http import NOT_RUN, Done, form_action, post_action
from vhub.roles import Role


@login_required
def new_referral(request: AuthenticatedHttpRequest) -> HttpResponse:
    """The start page of the officer's form; starting makes a draft they can come back to."""
    require_role(request.user, Role.OFFICER)
    if request.method == "POST":
        draft = do_start_draft(actor=request.user)
        return redirect("referrals:draft", draft_id=draft.pk)
    return render(request, "officer/new.html", {"drafts": officer_drafts(user=request.user)[:5]})


def _draft_for(request: AuthenticatedHttpRequest, draft_id: int) -> Any:
    """The officer's own draft (404 for anyone else, audited); a page view is audited too."""
    draft = access_draft(request.user, draft_id)
    if request.method == "GET":
        record_event("referral_draft.view", actor=request.user, obj=draft, referral=draft.referral)
    return draft


def _after_save(request: AuthenticatedHttpRequest, draft: Any, default: str) -> HttpResponse:
    if request.POST.get("from") == "check":
        return redirect("referrals:draft_check", draft_id=draft.pk)
    return redirect(default, draft_id=draft.pk)


@login_required
def draft_tasks(request: AuthenticatedHttpRequest, draft_id: int) -> HttpResponse:
    draft = _draft_for(request, draft_id)
    groups = drafts.task_groups(draft)
    return render(
        request,
        "officer/draft_tasks.html",
        {
            "draft": draft,
            "groups": groups,
            "done": sum(1 for _, ts in groups for t in ts if t.status == drafts.COMPLETED),
            "total": sum(1 for _, ts in groups[:-1] for _ in ts),
        },
    )


@login_required
def draft_section(
    request: AuthenticatedHttpRequest, draft_id: int, section: str, key: str = ""
) -> HttpResponse:
    """One question page of the referral form: shows the saved answers, validates, saves."""
    draft = _draft_for(request, draft_id)
    per_entry = section in drafts.PER_CHILD or section in drafts.PER_PERSON
    if section not in drafts.SECTIONS or per_entry != bool(key):
        raise Http404("No such section")
    adding = key == "new" and section in ("child", "person")
    entry = None if adding else (drafts.find_entry(draft, section, key) if key else None)
    if key and not adding and entry is None:
        raise Http404("No such person on this referral")
    if section == "assessment" and drafts.section_state(draft, "incident") != drafts.COMPLETED:
        messages.info(request, "Finish the incident details before the risk assessment.")
        return redirect("referrals:draft", draft_id=draft.pk)
    form = None
    if request.method == "POST":
        raw = drafts.raw_from_post(drafts.bind(draft, section, key), request.POST)
        form = drafts.bind(draft, section, key, raw)

        def save() -> HttpResponse:
            saved, _ = do_save_draft_section(
                draft, actor=request.user, section=section, key="" if adding else key, raw=raw
            )
            people = section in ("child", "person")
            return _after_save(
                request, saved, "referrals:draft_people" if people else "referrals:draft"
            )

        if (posted := form_action(request, form, save)).response is not None:
            return posted.response
        if posted.action_error:  # the draft's actions name no field: said above the form
            messages.error(request, posted.action_error)
    if form is None:
        saved = None if adding else drafts.stored(draft, section, key)
        form = drafts.bind(draft, section, key, saved)
    if saved_errors := (request.method == "GET" and form.is_bound):
        form.is_valid()  # show what a saved section still needs (e.g. after a changed incident)
    context = {
        "draft": draft,
        "form": form,
        "section": section,
        "key": key,
        "title": drafts.TITLES[section],
        "about": drafts.child_name(entry) if entry and section in drafts.PER_CHILD else "",
        "from_check": request.GET.get("from") == "check" or request.POST.get("from") == "check",
        "revalidated": saved_errors,
    }
    if section == "assessment":
        # The assessment section's form (risk's AssessmentForm) has suggestion().
        context["suggestion"] = form.suggestion()  # type: ignore[attr-defined]
    return render(request, "officer/draft_section.html", context)


@login_required
@require_POST
def draft_suggest(request: AuthenticatedHttpRequest, draft_id: int, key: str) -> HttpResponse:
    """The officer's suggested-grade panel, recomputed as factors are ticked (htmx), as on the
    hub's assessment page. Nothing is saved."""
    draft = _draft_for(request, draft_id)
    if drafts.find_entry(draft, "assessment", key) is None:
        raise Http404("No such person on this referral")
    form = drafts.bind(
        draft,
        "assessment",
        key,
        drafts.raw_from_post(drafts.bind(draft, "assessment", key), request.POST),
    )
    # As above: the assessment section's form.
    return render(request, "risk/_suggestion.html", {"suggestion": form.suggestion()})  # type: ignore[attr-defined]


@login_required
def draft_people(request: AuthenticatedHttpRequest, draft_id: int) -> HttpResponse:
    draft = _draft_for(request, draft_id)
    return render(
        request,
        "officer/draft_people.html",
        {
            "draft": draft,
            "children": [
                (e, drafts.child_name(e), drafts.section_state(draft, "child", e["key"]))
                for e in drafts.entries(draft, "children")
            ],
            "people": [
                (
                    e,
                    drafts.person_name(e),
                    drafts.section_state(draft, "person", e["key"]),
                    SubjectRole((e.get("person", {}).get("role") or ["other_adult"])[0]).label,
                )
                for e in drafts.entries(draft, "people")
            ],
        },
    )


@login_required
@require_POST
def draft_remove(
    request: AuthenticatedHttpRequest, draft_id: int, kind: str, key: str
) -> HttpResponse:
    draft = _draft_for(request, draft_id)
    if kind not in ("children", "people"):
        raise Http404("No such list")

    def remove() -> str:
        do_remove_draft_entry(draft, actor=request.user, kind=kind, key=key)
        return ""  # the list without them says it

    return post_action(request, remove, reverse("referrals:draft_people", args=[draft.pk]))


@login_required
@require_POST
def draft_delete(request: AuthenticatedHttpRequest, draft_id: int) -> HttpResponse:
    draft = _draft_for(request, draft_id)

    def delete() -> Done:
        do_delete_draft(draft, actor=request.user)
        return Done("Draft referral deleted", "referrals:mine")

    return post_action(request, delete, reverse("referrals:draft", args=[draft.pk]))


@login_required
def draft_check(request: AuthenticatedHttpRequest, draft_id: int) -> HttpResponse:
    """Check your answers, with Change links; sending it submits the referral."""
    draft = _draft_for(request, draft_id)
    problems = drafts.build_submission(draft).problems

    def send() -> Done:
        referral = do_submit_draft(draft, actor=request.user)
        return Done(
            f"Referral {referral.reference} "
            + ("sent to the Vulnerability Hub" if draft.referral_id is None else "resubmitted"),
            reverse("referrals:detail", args=[referral.reference]),
        )

    # No form: the answers were checked above; a refusal is one more problem to show.
    posted = NOT_RUN if problems else form_action(request, None, send)
    if posted.response is not None:
        return posted.response
    if posted.action_error:
        problems = [(posted.action_error, "")]
    return render(
        request,
        "officer/draft_check.html",
        {"draft": draft, "cards": drafts.check_answers(draft), "problems": problems},
    )


@login_required
@require_POST
def correct_referral(request: AuthenticatedHttpRequest, reference: str) -> HttpResponse:
    """The officer opens a referral returned to them, in the form's section pages."""
    require_role(request.user, Role.OFFICER)
    referral = access_referral(request.user, reference, "view")

    def start() -> Done:
        draft = do_start_correction(referral, actor=request.user)
        return Done(go=reverse("referrals:draft", args=[draft.pk]))

    return post_action(request, start, reverse("referrals:detail", args=[reference]))
