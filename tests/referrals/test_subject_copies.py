"""Each subject's copies of its referral's incident time, local authority and being merged
(`ReferralSubject.referral_incident_at`, `referral_area`, `referral_merged`), kept by database
triggers for the dashboard's repeat children: after every kind of write that changes them,
whoever makes it (an action, a bulk update, a move of the subject), they equal the referral's
own columns, which `SUBJECT_COPIES_DIFFER` compares for every subject; and
`manage.py check_child_counts` names the subjects whose copies differ and repairs them."""

from datetime import timedelta
from io import StringIO

import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from referrals.actions.closure import do_merge_referral, do_reopen_referral
from referrals.actions.routing import do_route_referral
from referrals.models import (
    COPY_ALL_REFERRALS_TO_SUBJECTS,
    SUBJECT_COPIES_DIFFER,
    Referral,
    ReferralStatus,
    ReferralSubject,
)
from tests.factories import child, submit_referral
from vhub.models import Agency


def _differ() -> list[int]:
    """Subjects whose copies are not their referral's (a recount from the rows)."""
    with connection.cursor() as cursor:
        cursor.execute(SUBJECT_COPIES_DIFFER)
        return [row[0] for row in cursor.fetchall()]


def _copies(referral: Referral) -> set[tuple[object, object, bool]]:
    return set(
        ReferralSubject.objects.filter(referral=referral).values_list(
            "referral_incident_at", "referral_area", "referral_merged"
        )
    )


def _history(referral: Referral) -> int:
    """Change-history events of the referral's subjects."""
    events = apps.get_model("referrals", "ReferralSubjectEvent")
    return events.objects.filter(referral_id=referral.pk).count()


def test_a_new_referrals_subjects_copy_it(officer) -> None:
    referral = submit_referral(officer, children=[child(), child(first_name="Tom")])
    assert ReferralSubject.objects.filter(referral=referral).count() >= 2
    assert _copies(referral) == {(referral.incident_at, referral.local_authority_id, False)}
    assert _differ() == []


def test_the_copies_follow_the_incident_time_and_the_area(officer, practitioner) -> None:
    referral = submit_referral(officer)
    other = submit_referral(officer, children=[child(first_name="Amy")])
    earlier = referral.incident_at - timedelta(days=40)
    # A bulk update (no action, no signal) is followed as an action's save is.
    Referral.objects.filter(pk=referral.pk).update(incident_at=earlier)
    assert _copies(referral) == {(earlier, referral.local_authority_id, False)}
    shropshire = Agency.objects.get(slug="shropshire-cs")
    if referral.local_authority_id == shropshire.pk:
        shropshire = Agency.objects.exclude(pk=shropshire.pk).filter(kind="la_childrens").first()
    do_route_referral(referral, actor=practitioner, agency=shropshire, reason="Lives there.")
    assert _copies(referral) == {(earlier, shropshire.pk, False)}
    Referral.objects.filter(pk=referral.pk).update(local_authority=None)
    assert _copies(referral) == {(earlier, None, False)}
    # The other referral's subjects are untouched.
    assert _copies(other) == {(other.incident_at, other.local_authority_id, False)}
    assert _differ() == []


def test_merging_and_reopening_move_the_merged_copy(officer, practitioner) -> None:
    survivor = submit_referral(officer)
    duplicate = submit_referral(officer, children=[child(first_name="Amy")])
    do_merge_referral(duplicate, actor=practitioner, survivor=survivor, reason="The same one.")
    duplicate.refresh_from_db()
    assert duplicate.status == ReferralStatus.MERGED
    assert {merged for _at, _area, merged in _copies(duplicate)} == {True}
    assert {merged for _at, _area, merged in _copies(survivor)} == {False}
    assert _differ() == []
    # Out of merged again (no action does it today; a bulk update stands in for any writer).
    Referral.objects.filter(pk=duplicate.pk).update(status=ReferralStatus.CLOSED)
    assert {merged for _at, _area, merged in _copies(duplicate)} == {False}
    closed = submit_referral(officer, children=[child(first_name="Ben")])
    Referral.objects.filter(pk=closed.pk).update(status=ReferralStatus.CLOSED)
    do_reopen_referral(Referral.objects.get(pk=closed.pk), actor=practitioner, reason="New call.")
    assert _differ() == []


def test_a_subject_moved_to_another_referral_copies_its_new_referral(officer) -> None:
    first = submit_referral(officer)
    second = submit_referral(officer, children=[child(first_name="Amy")])
    Referral.objects.filter(pk=second.pk).update(
        incident_at=second.incident_at - timedelta(days=200), status=ReferralStatus.MERGED
    )
    second.refresh_from_db()
    subject = first.subjects.order_by("id").first()
    assert subject is not None
    ReferralSubject.objects.filter(pk=subject.pk).update(referral=second)
    assert ReferralSubject.objects.filter(pk=subject.pk).values_list(
        "referral_incident_at", "referral_area", "referral_merged"
    ).get() == (second.incident_at, second.local_authority_id, True)
    assert _differ() == []


def test_the_change_history_leaves_the_copies_out(officer) -> None:
    referral = submit_referral(officer)
    events = _history(referral)
    Referral.objects.filter(pk=referral.pk).update(incident_at=referral.incident_at)
    Referral.objects.filter(pk=referral.pk).update(
        incident_at=referral.incident_at - timedelta(days=1)
    )
    assert _history(referral) == events


def test_the_backfill_statement_repairs_copies_written_wrong(officer) -> None:
    """As the bench's bulk load leaves them (written with the triggers off)."""
    referral = submit_referral(officer)
    ReferralSubject.objects.filter(referral=referral).update(
        referral_incident_at=None, referral_merged=True
    )
    assert _differ() != []
    with connection.cursor() as cursor:
        cursor.execute(COPY_ALL_REFERRALS_TO_SUBJECTS)
    assert _differ() == []


def test_the_check_reports_copies_written_wrong_and_repairs_them(officer) -> None:
    """Fails without the check of the copies: it looked at the referrals' counts alone, so a
    subject whose copies were written past the trigger (its copies set directly, which no trigger
    follows) was reported as right and left wrong."""
    referral = submit_referral(officer, children=[child(first_name="Amy")])
    clean = submit_referral(officer)
    call_command("check_child_counts", stdout=(out := StringIO()))
    assert "every subject's copies of its referral are right" in out.getvalue()

    wrong = sorted(ReferralSubject.objects.filter(referral=referral).values_list("pk", flat=True))
    ReferralSubject.objects.filter(pk__in=wrong).update(
        referral_incident_at=referral.incident_at - timedelta(days=3), referral_merged=True
    )
    assert _differ() == wrong
    with pytest.raises(CommandError, match=f"^{len(wrong)} subjects keep wrong copies"):
        call_command("check_child_counts", stdout=(out := StringIO()))
    for pk in wrong:
        assert f"{referral.reference}: subject {pk}'s copies of its referral differ" in (
            out.getvalue()
        )
    assert clean.reference not in out.getvalue()

    call_command("check_child_counts", "--repair", stdout=(out := StringIO()))
    assert f"Copied: {len(wrong)} of {len(wrong)} subjects corrected." in out.getvalue()
    assert "Recounted" not in out.getvalue()
    assert _differ() == []
    assert _copies(referral) == {(referral.incident_at, referral.local_authority_id, False)}
    call_command("check_child_counts", stdout=(out := StringIO()))
    assert "are right" in out.getvalue()


def test_the_check_reports_wrong_counts_and_wrong_copies_together(officer) -> None:
    referral = submit_referral(officer)
    Referral.objects.filter(pk=referral.pk).update(child_count=9)
    ReferralSubject.objects.filter(referral=referral).update(referral_area=None)
    subjects = ReferralSubject.objects.filter(referral=referral).count()
    with pytest.raises(
        CommandError,
        match=f"^1 referrals keep wrong counts of children; {subjects} subjects keep wrong copies",
    ):
        call_command("check_child_counts", stdout=StringIO())
    call_command("check_child_counts", "--repair", stdout=(out := StringIO()))
    assert "Recounted: 1 of 1 referrals corrected." in out.getvalue()
    assert f"Copied: {subjects} of {subjects} subjects corrected." in out.getvalue()
    call_command("check_child_counts", stdout=(out := StringIO()))
    assert "are right" in out.getvalue()
