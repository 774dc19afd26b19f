"""Deciding suggested person matches: confirm (merge the records) or reject."""

from typing import cast

from django.db import transaction

from accounts.models import User
from audit.actions import record_event
from referrals.actions.intake import refresh_repeat_referrals
from referrals.hooks import refresh_flags
from referrals.lifecycle import lock_referral
from referrals.models import (
    MatchStatus,
    Person,
    PersonMatch,
    Referral,
    ReferralSubject,
)
from referrals.repeats import refresh_repeat_counts
from vhub.clock import now
from vhub.errors import ActionError, ActionPermissionError
from vhub.roles import Role


@transaction.atomic
def do_decide_match(match: PersonMatch, *, actor: User, confirm: bool) -> PersonMatch:
    """Confirm that a referral's child is a known person (their records are merged, keeping
    both histories) or reject the suggestion."""
    if not actor.has_role(Role.PRACTITIONER, Role.SUPERVISOR):
        raise ActionPermissionError("Only VHub practitioners and supervisors link people.")
    referral = lock_referral(match.subject.referral)
    match = (
        PersonMatch.objects.select_for_update().select_related("subject__person").get(pk=match.pk)
    )
    if match.status != MatchStatus.SUGGESTED:
        raise ActionError(f"This match has already been {match.get_status_display().lower()}.")
    match.status = MatchStatus.CONFIRMED if confirm else MatchStatus.REJECTED
    match.decided_by = actor
    match.decided_at = now()
    match.save(update_fields=["status", "decided_by", "decided_at"])
    if (
        confirm
        and ReferralSubject.objects.filter(
            referral=referral, person=match.candidate, role=match.subject.role
        ).exists()
    ):
        raise ActionError(
            f"{match.candidate.full_name} is already on this referral, so this cannot be the "
            "same child. Reject the match."
        )
    people = {match.subject.person_id, match.candidate_id}
    if confirm:
        duplicate, known = match.subject.person, match.candidate
        while known.merged_into_id is not None:  # confirmed into someone since suggested
            known = cast(Person, known.merged_into)  # not None: merged_into_id is set
        people.add(known.pk)
        # Every referral of the duplicate record moves to the known person; the duplicate stays,
        # pointing at them, so nothing about either history is lost.
        ReferralSubject.objects.filter(person=duplicate).update(person=known)
        duplicate.merged_into = known
        duplicate.save(update_fields=["merged_into"])
        PersonMatch.objects.filter(subject=match.subject, status=MatchStatus.SUGGESTED).exclude(
            pk=match.pk
        ).update(status=MatchStatus.REJECTED, decided_by=actor, decided_at=now())
    # Confirmed or rejected, the child's repeat counts change (a probable link becomes a
    # merged record, or goes); the flags and priority follow (refresh_flags re-scores). The
    # other referrals are locked before the audit event, as every action orders its locks.
    recounted = refresh_repeat_counts(people)
    refresh_repeat_referrals(recounted - {referral.pk})
    record_event(
        "person.match_confirm" if confirm else "person.match_reject",
        actor=actor,
        obj=match,
        referral=referral,
        details={
            "subject_person": match.subject.person_id,
            "candidate": match.candidate_id,
            "similarity": match.similarity,
            "reason": match.reason,
        },
    )
    refresh_flags(referral)
    return match


@transaction.atomic
def do_confirm_matches(
    matches: list[PersonMatch],
    *,
    actor: User,
) -> tuple[list[PersonMatch], list[tuple[PersonMatch, str]]]:
    """Confirm several suggested matches at once, after the person has seen them listed (the
    preview). Each goes through `do_decide_match`, so each decision is its own audited event
    with its merge, counts and flags; one that can no longer be confirmed (decided meanwhile,
    or settled by an earlier one in the batch) is skipped with the reason. Returns (confirmed,
    skipped)."""
    return _decide_matches(matches, actor=actor, confirm=True)


@transaction.atomic
def do_reject_matches(
    matches: list[PersonMatch],
    *,
    actor: User,
) -> tuple[list[PersonMatch], list[tuple[PersonMatch, str]]]:
    """Reject several suggested matches at once, after the preview: `do_confirm_matches`'s
    twin. Each goes through `do_decide_match`, so each rejection is its own audited event with
    its recount (a probable repeat it made goes); one decided meanwhile is skipped with the
    reason. Returns (rejected, skipped)."""
    return _decide_matches(matches, actor=actor, confirm=False)


def _decide_matches(
    matches: list[PersonMatch], *, actor: User, confirm: bool
) -> tuple[list[PersonMatch], list[tuple[PersonMatch, str]]]:
    if not actor.has_role(Role.PRACTITIONER, Role.SUPERVISOR):
        raise ActionPermissionError("Only VHub practitioners and supervisors link people.")
    if not matches:
        verb = "confirm" if confirm else "reject"
        raise ActionError(f"Select the matches to {verb}.", field="match")
    # Every referral of the batch is locked first, in id order, before any audit event.
    list(
        Referral.objects.select_for_update(of=("self",))
        .filter(subjects__matches__in=matches)
        .order_by("id")
        .values_list("id", flat=True)
    )
    decided: list[PersonMatch] = []
    skipped: list[tuple[PersonMatch, str]] = []
    for match in sorted(matches, key=lambda m: m.pk):
        status = PersonMatch.objects.filter(pk=match.pk).values_list("status", flat=True).first()
        if status != MatchStatus.SUGGESTED:
            # Settled meanwhile, or by an earlier one of this batch (linking a child to a
            # known record settles that child's other suggestions).
            label = MatchStatus(status).label if status else "removed"
            skipped.append((match, f"already decided (now “{label}”)"))
            continue
        try:
            decided.append(do_decide_match(match, actor=actor, confirm=confirm))
        except ActionPermissionError:
            raise
        except ActionError as exc:
            skipped.append((match, exc.message))
    record_event(
        "person.match_bulk_confirm" if confirm else "person.match_bulk_reject",
        actor=actor,
        details={
            "confirmed" if confirm else "rejected": [m.pk for m in decided],
            "skipped": [{"match": m.pk, "reason": reason} for m, reason in skipped],
        },
    )
    return decided, skipped
