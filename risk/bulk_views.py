"""The review list's bulk work: a supervisor selects flags, chooses one decision and rationale,
sees what it would do to each flag (the preview), then confirms."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from accounts.http import AuthenticatedHttpRequest
from audit.actions import record_list_view
from audit.denials import require_role
from risk.bulk import BULK_FLAGS_MOST, bulk_refusal, flags_for_bulk_review, resolve_flags
from risk.bulk_forms import BulkFlagReviewForm
from vhub.http import int_or_none
from vhub.roles import Role


@login_required
@require_POST
def bulk_review(request: AuthenticatedHttpRequest) -> HttpResponse:
    user = request.user
    require_role(user, Role.SUPERVISOR)
    ids = [i for i in (int_or_none(v) for v in request.POST.getlist("flags")) if i]
    if len(ids) > BULK_FLAGS_MOST:
        messages.error(request, f"Review at most {BULK_FLAGS_MOST} flags at a time")
        return redirect("risk:reviews")
    flags = list(flags_for_bulk_review(ids)) if ids else []
    if not flags:
        messages.error(request, "Select the flags to review")
        return redirect("risk:reviews")
    step = request.POST.get("step", "")
    if step in ("preview", "confirm"):
        form = BulkFlagReviewForm(request.POST)
    else:  # from the review list, or back from the preview to change the decision
        chosen = {k: request.POST.get(k) for k in ("outcome", "rationale") if request.POST.get(k)}
        form = BulkFlagReviewForm(initial=chosen)
    referrals = [f.referral_id for f in flags]
    if not form.is_valid():
        record_list_view(user, "bulk_flag_review", referrals=referrals)
        return render(
            request,
            "risk/bulk_review.html",
            {"flags": flags, "form": form, "list_url": reverse("risk:reviews")},
        )
    outcome, rationale = form.cleaned_data["outcome"], form.cleaned_data["rationale"]
    for flag in flags:
        flag.refusal = bulk_refusal(flag, outcome)  # type: ignore[attr-defined]
    applying = [f for f in flags if not f.refusal]  # type: ignore[attr-defined]
    if step == "confirm":
        # Only the flags the preview said it would decide; each is the single review's action,
        # in its own transaction, so one that changed since the preview is skipped and named.
        chosen_ids = set(request.POST.getlist("apply"))
        done, skipped = resolve_flags(
            [f for f in applying if str(f.pk) in chosen_ids],
            actor=user,
            outcome=outcome,
            rationale=rationale,
        )
        verb = "confirmed" if outcome == "confirm" else "dismissed"
        messages.success(request, f"{done} flag{'s' if done != 1 else ''} {verb}")
        for text in skipped:
            messages.error(request, f"Not reviewed: {text}")
        return redirect("risk:reviews")
    record_list_view(user, "bulk_flag_review_preview", referrals=referrals)
    return render(
        request,
        "risk/bulk_review.html",
        {
            "flags": flags,
            "form": form,
            "list_url": reverse("risk:reviews"),
            "preview": True,
            "applying": applying,
        },
    )
