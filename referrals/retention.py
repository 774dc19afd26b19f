"""Retention review dates (DESIGN.md §7): when an ended referral must next be looked at."""

from datetime import date, datetime

from django.db.models import OuterRef, Subquery
from django.utils import timezone

from audit.models import AuditEvent, RetentionReview, RetentionRule, RetentionStatus
from referrals.models import Referral, ReferralStatus

# A referral that reaches one of these has ended; its retention clock starts then.
ENDED_STATUSES = (
    ReferralStatus.CLOSED,
    ReferralStatus.NO_FURTHER_ACTION,
    ReferralStatus.MERGED,
)


def years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a year without one
        return day.replace(year=day.year + years, day=28)


def rule_for(rules: list[RetentionRule], *, grade: str, outcome: str) -> RetentionRule:
    """The most specific rule: grade and outcome, then grade, then outcome, then the default."""
    for want_grade, want_outcome in ((grade, outcome), (grade, ""), ("", outcome), ("", "")):
        for rule in rules:
            if rule.grade == want_grade and rule.outcome == want_outcome:
                return rule
    raise RetentionRule.DoesNotExist("No default retention rule: run the migrations.")


def review_date(rule: RetentionRule, ended_at: datetime) -> date:
    return years_after(timezone.localdate(ended_at), rule.years)


def schedule_retention_reviews(batch_size: int = 2000) -> int:
    """Give every ended referral without one a retention review date. The end is the time of
    the audited transition into its final status. Set-based: one query finds the referrals,
    rows are written with bulk_create; safe to run twice (a referral has one review)."""
    ended = (
        AuditEvent.objects.filter(
            action="referral.transition",
            referral_id=OuterRef("pk"),
            details__to__in=[str(s) for s in ENDED_STATUSES],
        )
        .order_by("-id")
        .values("occurred_at")[:1]
    )
    candidates = (
        Referral.objects.filter(status__in=ENDED_STATUSES, retention__isnull=True)
        .annotate(ended_at=Subquery(ended))
        .values_list("pk", "current_grade", "status", "ended_at", "updated_at")
    )
    rules = list(RetentionRule.objects.all())
    created = 0
    batch: list[RetentionReview] = []
    for pk, grade, status, ended_at, updated_at in candidates.iterator(chunk_size=batch_size):
        ended_at = ended_at or updated_at  # ended before the trail existed: the last change
        rule = rule_for(rules, grade=grade, outcome=status)
        batch.append(
            RetentionReview(
                referral_id=pk,
                ended_at=ended_at,
                review_due=review_date(rule, ended_at),
                basis=rule.note[:300],
            )
        )
        if len(batch) >= batch_size:
            created += len(RetentionReview.objects.bulk_create(batch, ignore_conflicts=True))
            batch = []
    if batch:
        created += len(RetentionReview.objects.bulk_create(batch, ignore_conflicts=True))
    return created


def start_retention_review(referral: Referral, ended_at: datetime) -> RetentionReview:
    """A referral has just ended (closed, no further action, merged): its review date starts
    now, by the most specific rule. A referral reopened and closed again whose earlier review
    was still pending starts afresh (reopening withdrew it). One that a supervisor had already
    decided on (kept, or marked for disposal) keeps that decision, who took it and why: the
    decision is not overwritten by a closure. Only its end moves, and its review date, to
    whichever is later, the decision's or the new end's (so the new end is covered too)."""
    rule = rule_for(
        list(RetentionRule.objects.all()),
        grade=referral.current_grade,
        outcome=referral.status,
    )
    due = review_date(rule, ended_at)
    review = RetentionReview.objects.select_for_update().filter(referral_id=referral.pk).first()
    if review is None:
        return RetentionReview.objects.create(
            referral_id=referral.pk, ended_at=ended_at, review_due=due, basis=rule.note[:300]
        )
    review.ended_at = ended_at
    if review.status == RetentionStatus.PENDING:
        review.review_due, review.basis = due, rule.note[:300]
    else:
        review.review_due = max(review.review_due, due)
    review.save(update_fields=["ended_at", "review_due", "basis"])
    return review


def stop_retention_review(referral: Referral) -> None:
    """A reopened referral has not ended: its pending review goes (the audit trail keeps the
    closure). A decision already taken on it is kept, and still stands when it ends again
    (start_retention_review)."""
    RetentionReview.objects.filter(referral_id=referral.pk, status=RetentionStatus.PENDING).delete()
