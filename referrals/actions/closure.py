"""Closing, reopening and merging referrals, with the supervisor's sign-off where needed."""

from django.db import transaction
from django.urls import reverse

from accounts.models import User
from audit.actions import record_event
from referrals.actions.intake import refresh_repeat_referrals
from referrals.lifecycle import can_move, lock_referral, transition
from referrals.models import (
    ClosureOutcome,
    ClosureRequest,
    ClosureRequestState,
    Notification,
    Referral,
    ReferralStatus,
    SubjectRole,
)
from referrals.repeats import refresh_repeat_counts
from referrals.retention import start_retention_review, stop_retention_review
from vhub.clock import now
from vhub.errors import ActionError, ActionPermissionError, StaleError
from vhub.grades import Grade
from vhub.roles import Role

# A closure of a referral graded one of these that was never shared waits for a supervisor's
# sign-off (DESIGN.md §3): closing it is deciding that no partner needs to know.
SIGN_OFF_GRADES = (Grade.HIGH, Grade.MEDIUM)


def closure_needs_sign_off(referral: Referral, *, shared: bool | None = None) -> bool:
    """`shared`: whether it has any share, when the caller has read it already (a list)."""
    if referral.effective_grade not in SIGN_OFF_GRADES:
        return False
    if shared is None:
        shared = referral.status == ReferralStatus.SHARED or referral.shares.exists()
    return not shared and referral.status != ReferralStatus.SHARED


def closure_refusal(referral: Referral, outcome: ClosureOutcome, *, pending: bool) -> str:
    """Why the referral cannot be closed with this outcome now ("" when it can). `pending`:
    whether a closure of it already waits for sign-off. The close action and the bulk close's
    preview both ask this, so the preview says what the action will do."""
    if pending:
        return f"{referral.reference} already has a closure waiting for a supervisor's sign-off."
    if not can_move(referral.status, outcome.status):
        return (
            f"{referral.reference} is {referral.get_status_display().lower()}, so it cannot be "
            f"closed as ‘{outcome.label}’."
        )
    return ""


@transaction.atomic
def do_close_referral(
    referral: Referral,
    *,
    actor: User,
    outcome: ClosureOutcome,
    rationale: str,
    expected_version: int | None = None,
) -> ClosureRequest:
    """A practitioner or supervisor closes a referral with an outcome and a rationale. A high
    or medium referral that was not shared waits for another supervisor's sign-off; anything
    else closes at once. Returns the closure (its state says which)."""
    if not actor.has_role(Role.PRACTITIONER, Role.SUPERVISOR):
        raise ActionPermissionError("Only VHub practitioners and supervisors close referrals.")
    if not rationale.strip():
        raise ActionError("Give the rationale for closing the referral.", field="rationale")
    if not outcome.active:
        raise ActionError("That outcome is no longer offered: choose another.", field="outcome")
    referral = lock_referral(referral, expected_version=expected_version)
    pending = referral.closure_requests.filter(state=ClosureRequestState.PENDING).exists()
    refusal = closure_refusal(referral, outcome, pending=pending)
    if refusal:
        raise ActionError(refusal)
    at = now()
    closure = ClosureRequest.objects.create(
        referral=referral,
        outcome=outcome,
        rationale=rationale.strip(),
        requested_by=actor,
        requested_at=at,
        needs_sign_off=closure_needs_sign_off(referral),
    )
    if not closure.needs_sign_off:
        _apply_closure(referral, closure, actor=actor)
        return closure
    # Waiting: the referral stays where it is (its clocks keep running) until a decision.
    referral.version += 1
    referral.save(update_fields=["version", "updated_at"])
    record_event(
        "referral.closure_request",
        actor=actor,
        obj=referral,
        referral=referral,
        details={"closure": closure.pk, "outcome": outcome.code},
    )
    Notification.objects.bulk_create(
        Notification(
            user_id=user_id,
            title=f"{referral.reference}: closure waiting for your sign-off",
            body=f"Outcome: {outcome.label}.",
            url=reverse("referrals:close", args=[referral.reference]),
            created_at=at,
        )
        for user_id in User.objects.filter(groups__name=Role.SUPERVISOR, is_active=True)
        .exclude(pk=actor.pk)
        .values_list("pk", flat=True)
    )
    return closure


@transaction.atomic
def do_close_referrals(
    referrals: list[Referral],
    *,
    actor: User,
    outcome: ClosureOutcome,
    rationale: str,
    versions: dict[int, int | None],
) -> tuple[list[ClosureRequest], list[tuple[Referral, str]]]:
    """A supervisor closes several referrals from the queue with one outcome and rationale,
    after seeing each listed (the preview). Each goes through `do_close_referral`, so each
    closure is its own audited event, with its sign-off where the referral needs one. One that
    cannot be closed, or that changed since the preview (`versions`: the version each had
    then), is skipped with the reason. Returns (closures, skipped)."""
    if not actor.has_role(Role.SUPERVISOR):
        raise ActionPermissionError("Only supervisors close referrals in bulk.")
    if not referrals:
        raise ActionError("Select the referrals to close.", field="referrals")
    if not rationale.strip():
        raise ActionError("Give the rationale for closing the referrals.", field="rationale")
    # Every referral of the batch is locked first, in id order, before any audit event.
    list(
        Referral.objects.select_for_update()
        .filter(pk__in=[r.pk for r in referrals])
        .order_by("id")
        .values_list("id", flat=True)
    )
    closures: list[ClosureRequest] = []
    skipped: list[tuple[Referral, str]] = []
    for referral in sorted(referrals, key=lambda r: r.pk):
        try:
            closures.append(
                do_close_referral(
                    referral,
                    actor=actor,
                    outcome=outcome,
                    rationale=rationale,
                    expected_version=versions.get(referral.pk),
                )
            )
        except ActionPermissionError:
            raise
        except StaleError:
            skipped.append((referral, "it changed after you saw the preview: close it again"))
        except ActionError as exc:
            skipped.append((referral, exc.message))
    record_event(
        "referral.bulk_close",
        actor=actor,
        details={
            "outcome": outcome.code,
            "closed": [c.referral_id for c in closures if c.state == ClosureRequestState.CLOSED],
            "sign_off": [c.referral_id for c in closures if c.state != ClosureRequestState.CLOSED],
            "skipped": [{"referral": r.pk, "reason": reason} for r, reason in skipped],
        },
    )
    return closures, skipped


def _apply_closure(referral: Referral, closure: ClosureRequest, *, actor: User) -> None:
    """Move a locked referral to its closure's status: clocks met or cancelled with the
    outcome as their reason (escalations stop with them), retention review started."""

    outcome = closure.outcome
    transition(
        referral,
        outcome.status,
        actor=actor,
        reason=closure.rationale,
        clock_reason=f"Referral closed: {outcome.label}",
    )
    at = now()
    referral.closure_outcome = outcome
    referral.closure_rationale = closure.rationale
    referral.closed_at = at
    referral.save(update_fields=["closure_outcome", "closure_rationale", "closed_at"])
    closure.state = ClosureRequestState.CLOSED
    closure.decided_by = actor if closure.needs_sign_off else None
    closure.decided_at = at
    closure.save(update_fields=["state", "decided_by", "decided_at"])
    review = start_retention_review(referral, at)
    record_event(
        "referral.close",
        actor=actor,
        obj=referral,
        referral=referral,
        details={
            "closure": closure.pk,
            "outcome": outcome.code,
            "signed_off": closure.needs_sign_off,
            # A decision taken after an earlier closure stands: the trail says so.
            "retention": review.status,
            "retention_review_due": review.review_due.isoformat(),
        },
    )


@transaction.atomic
def do_decide_closure(
    closure: ClosureRequest,
    *,
    actor: User,
    approve: bool,
    note: str = "",
) -> ClosureRequest:
    """A supervisor other than the one who asked signs off a closure (the referral closes) or
    refuses it with a reason (the referral stays open, and the closer is told)."""
    if not actor.has_role(Role.SUPERVISOR):
        raise ActionPermissionError("Only a supervisor signs off a closure.")
    if closure.requested_by_id == actor.pk:
        raise ActionPermissionError(
            "You asked for this closure, so another supervisor must sign it off."
        )
    if not approve and not note.strip():
        raise ActionError("Say why the closure is refused.", field="note")
    referral = lock_referral(closure.referral)
    closure = (
        ClosureRequest.objects.select_for_update().select_related("outcome").get(pk=closure.pk)
    )
    if closure.state != ClosureRequestState.PENDING:
        raise ActionError(
            f"This closure was already {closure.get_state_display().lower()} by someone else."
        )
    closure.decision_note = note.strip()
    closure.save(update_fields=["decision_note"])
    if approve:
        if not can_move(referral.status, closure.outcome.status):
            raise ActionError(
                f"{referral.reference} is {referral.get_status_display().lower()} now, so it "
                "cannot be closed: refuse this closure instead."
            )
        _apply_closure(referral, closure, actor=actor)
        return closure
    closure.state = ClosureRequestState.REFUSED
    closure.decided_by = actor
    closure.decided_at = now()
    closure.save(update_fields=["state", "decided_by", "decided_at"])
    referral.version += 1
    referral.save(update_fields=["version", "updated_at"])
    record_event(
        "referral.closure_refuse",
        actor=actor,
        obj=referral,
        referral=referral,
        details={"closure": closure.pk, "outcome": closure.outcome.code},
    )
    Notification.objects.create(
        user=closure.requested_by,
        title=f"Closure of {referral.reference} refused",
        body=closure.decision_note,
        url=reverse("referrals:detail", args=[referral.reference]),
        created_at=closure.decided_at,
    )
    return closure


@transaction.atomic
def do_reopen_referral(
    referral: Referral,
    *,
    actor: User,
    reason: str,
    expected_version: int | None = None,
) -> Referral:
    """Reopen a closed referral with a reason (new information): back to triage, with the
    triage and decision-to-share clocks started again (docs/sla.md) and the retention review
    withdrawn until it ends again."""

    if not actor.has_role(Role.PRACTITIONER, Role.SUPERVISOR):
        raise ActionPermissionError("Only VHub practitioners and supervisors reopen referrals.")
    if not reason.strip():
        raise ActionError(
            "Say what new information means the referral is reopened.", field="reason"
        )
    referral = lock_referral(referral, expected_version=expected_version)
    if referral.status not in (ReferralStatus.CLOSED, ReferralStatus.NO_FURTHER_ACTION):
        raise ActionError(
            f"{referral.reference} is {referral.get_status_display().lower()}: only a closed "
            "referral can be reopened."
        )
    transition(referral, ReferralStatus.IN_TRIAGE, actor=actor, reason=reason.strip())
    referral.closure_outcome = None
    referral.closure_rationale = ""
    referral.closed_at = None
    referral.save(update_fields=["closure_outcome", "closure_rationale", "closed_at"])
    stop_retention_review(referral)
    record_event(
        "referral.reopen",
        actor=actor,
        obj=referral,
        referral=referral,
        details={"reason": reason.strip()},
    )
    return referral


@transaction.atomic
def do_merge_referral(
    duplicate: Referral,
    *,
    actor: User,
    survivor: Referral,
    reason: str,
    expected_version: int | None = None,
) -> Referral:
    """Merge a duplicate referral into the one that survives. The duplicate keeps its children,
    shares, clocks and history and says where it went; the survivor lists it. Its hub clocks
    stop (the survivor's run on), its retention review starts, and its children stop counting
    twice as repeats."""

    if not actor.has_role(Role.PRACTITIONER, Role.SUPERVISOR):
        raise ActionPermissionError("Only VHub practitioners and supervisors merge referrals.")
    if not reason.strip():
        raise ActionError("Say why this referral is a duplicate.", field="reason")
    if survivor.pk == duplicate.pk:
        raise ActionError("A referral cannot be merged into itself.", field="survivor")
    # Both rows locked, lower id first, so two merges of the same pair cannot deadlock.
    locked = {
        r.pk: r
        for r in Referral.objects.select_for_update()
        .filter(pk__in=[duplicate.pk, survivor.pk])
        .order_by("id")
    }
    duplicate, survivor = locked[duplicate.pk], locked[survivor.pk]
    if expected_version is not None and duplicate.version != expected_version:
        lock_referral(duplicate, expected_version=expected_version)  # raises the stale message
    if survivor.status == ReferralStatus.MERGED:
        raise ActionError(
            f"{survivor.reference} was itself merged into another referral: merge into that one.",
            field="survivor",
        )
    if duplicate.closure_requests.filter(state=ClosureRequestState.PENDING).exists():
        raise ActionError(
            f"{duplicate.reference} has a closure waiting for sign-off: decide on it first."
        )
    transition(
        duplicate,
        ReferralStatus.MERGED,
        actor=actor,
        reason=reason.strip(),
        clock_reason=f"Merged into {survivor.reference}",
    )
    at = now()
    duplicate.merged_into = survivor
    duplicate.closure_outcome = ClosureOutcome.objects.filter(code="duplicate").first()
    duplicate.closure_rationale = reason.strip()
    duplicate.closed_at = at
    duplicate.save(
        update_fields=["merged_into", "closure_outcome", "closure_rationale", "closed_at"]
    )
    start_retention_review(duplicate, at)
    # Merged referrals are left out of the repeat counts: the children's other referrals
    # (the survivor among them) are recounted.
    recounted = refresh_repeat_counts(
        duplicate.subjects.filter(role=SubjectRole.CHILD).values_list("person_id", flat=True)
    )
    refresh_repeat_referrals(recounted - {duplicate.pk})
    record_event(
        "referral.merge",
        actor=actor,
        obj=duplicate,
        referral=duplicate,
        details={"into": survivor.reference, "reason": reason.strip()},
    )
    record_event(
        "referral.merge_in",
        actor=actor,
        obj=survivor,
        referral=survivor,
        details={"from": duplicate.reference},
    )
    return duplicate
