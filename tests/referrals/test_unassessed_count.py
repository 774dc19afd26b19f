"""Referral.unassessed_children_count, kept by database triggers on subjects and assessments:
it follows every write that changes which children are assessed, whatever makes it (an action,
a bulk update, a cascade), and always equals the count joined from the rows."""

from django.db.models import Exists, OuterRef

from dashboards import selectors
from dashboards.selectors import DashboardFilters
from referrals.models import Person, Referral, ReferralSubject, SubjectRole
from risk.actions import do_save_assessment
from risk.models import ChildRiskAssessment
from tests.factories import assessment_input, child, submit_referral, submitted_assessment
from vhub.clock import now


def _joined(referral: Referral) -> int:
    """The count the triggers keep, counted from the rows."""
    assessed = ChildRiskAssessment.objects.filter(subject=OuterRef("pk"))
    return (
        ReferralSubject.objects.filter(referral=referral, role=SubjectRole.CHILD)
        .exclude(Exists(assessed))
        .count()
    )


def _kept(referral: Referral) -> int:
    referral.refresh_from_db(fields=["unassessed_children_count"])
    return referral.unassessed_children_count


def test_the_count_follows_intake_assessment_and_removal(officer, practitioner) -> None:
    referral = submit_referral(
        officer, children=[child(), child(first_name="Tom", date_of_birth=None)]
    )
    ChildRiskAssessment.objects.filter(subject__referral=referral).delete()
    assert _kept(referral) == _joined(referral) == 2

    subject = referral.subjects.filter(role=SubjectRole.CHILD).order_by("id").first()
    assert subject is not None
    do_save_assessment(subject, assessment_input("high"), actor=practitioner, submit=False)
    assert _kept(referral) == _joined(referral) == 1

    # Removing the assessment brings the child back; removing the child takes it away.
    ChildRiskAssessment.objects.filter(subject=subject).delete()
    assert _kept(referral) == _joined(referral) == 2
    ReferralSubject.objects.filter(pk=subject.pk).delete()
    assert _kept(referral) == _joined(referral) == 1


def test_a_subject_that_changes_role_or_referral_moves_its_count(officer) -> None:
    first = submit_referral(officer)
    second = submit_referral(officer, children=[child(first_name="Amy")])
    subject = first.subjects.get(role=SubjectRole.CHILD)

    ReferralSubject.objects.filter(pk=subject.pk).update(role=SubjectRole.OTHER_ADULT)
    assert _kept(first) == _joined(first) == 0
    ReferralSubject.objects.filter(pk=subject.pk).update(role=SubjectRole.CHILD, referral=second)
    assert (_kept(first), _kept(second)) == (0, 2)
    assert _joined(second) == 2

    # Columns that do not decide it (the repeat counts, the school) write nothing.
    ReferralSubject.objects.filter(pk=subject.pk).update(repeat_short=3, school="Elm")
    assert _kept(second) == 2


def test_a_bulk_insert_counts_each_referral_once(officer) -> None:
    referrals = [submit_referral(officer) for _ in range(2)]
    people = Person.objects.bulk_create(
        [Person(first_name=f"Kid{i}", last_name="Bulk") for i in range(3)]
    )
    ReferralSubject.objects.bulk_create(
        [
            ReferralSubject(referral=referrals[0], person=people[0], role=SubjectRole.CHILD),
            ReferralSubject(referral=referrals[0], person=people[1], role=SubjectRole.CHILD),
            ReferralSubject(referral=referrals[1], person=people[2], role=SubjectRole.OTHER_ADULT),
        ]
    )
    assert [_kept(r) for r in referrals] == [_joined(r) for r in referrals] == [3, 1]


def test_the_dashboard_reads_the_kept_count(officer, practitioner) -> None:
    """Fails without the kept count: the figure is the column's sum over the backlog."""
    assessed = submit_referral(officer)
    submitted_assessment(assessed, practitioner)
    submit_referral(officer, children=[child(), child(first_name="Tom")])
    today = now().date()
    counts = selectors.backlog_figures(DashboardFilters(today, today), now())[2]
    assert counts["referrals"] == 1
    assert sum(v for k, v in counts.items() if k.startswith("children:")) == 2

    Referral.objects.filter(pk=assessed.pk).update(unassessed_children_count=5)
    counts = selectors.backlog_figures(DashboardFilters(today, today), now())[2]
    assert counts["referrals"] == 2
    assert sum(v for k, v in counts.items() if k.startswith("children:")) == 7
