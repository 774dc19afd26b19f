"""Field-level change history (django-pghistory): each tracked change is recorded with its
diff and the person who made it, shown on the object's page to those who may see the object,
never to partners, and every read is audited."""

import re
from collections.abc import Sequence
from datetime import timedelta

import pytest
from django.db import DatabaseError, connection, transaction

from audit.history import events_of, history_context, person_name
from audit.models import AuditEvent
from partners.actions import do_withdraw_share
from partners.models import Share
from partners.sharing_selectors import share_history
from partners.tasks import render_share_pack
from referrals.actions.sla_policy import do_add_closure_day
from referrals.models import ClosureDay, Referral, ReferralSubject, SlaPolicyVersion
from referrals.priority import recompute_priorities
from referrals.selectors import referral_history, sla_policy_history
from risk.actions import (
    FactorChange,
    do_decide_assessment,
    do_publish_catalogue,
    do_publish_risk_model,
)
from risk.models import RiskModelVersion, SupervisorDecision
from risk.reading import current_catalogue_version
from risk.scoring import current_model_version
from risk.selectors import assessment_history, catalogue_history, risk_model_history
from tests.factories import approved_referral, share_with, submit_referral, submitted_assessment
from tests.referrals.test_sla_policy import policy_form
from vhub.clock import now


def _context_user(event) -> int | None:
    return (event.pgh_context.metadata or {}).get("user") if event.pgh_context else None


def _changes(entry) -> dict[str, tuple[str, str]]:
    return {c.label: (c.old, c.new) for c in entry.changes}


# --- Recording: each tracked model, its diff and its actor ---------------------------------------


def test_starting_triage_on_the_web_records_the_status_change_and_the_practitioner(
    client_for, officer, practitioner
) -> None:
    referral = submit_referral(officer)
    response = client_for(practitioner).post(
        f"/referrals/{referral.reference}/triage/", {"version": referral.version}
    )
    assert response.status_code == 302
    # Two saves (allocation, then the status): two events, one entry on the page.
    update = events_of(Referral).filter(pgh_obj_id=referral.pk, pgh_label="update").last()
    assert update.status == "in_triage"
    assert _context_user(update) == practitioner.pk
    assert update.pgh_context.metadata["channel"] == "web"

    latest = referral_history(referral)[0]
    assert latest.kind == "Changed"
    assert latest.who == person_name(practitioner)
    assert _changes(latest)["Status"] == ("Submitted", "In triage")
    assert _changes(latest)["Allocated to"] == ("Not set", person_name(practitioner))


def test_a_change_to_a_child_on_the_referral_is_recorded_with_its_before_value(
    officer, practitioner
) -> None:
    referral = submit_referral(officer)
    subject = referral.subjects.get()
    with history_context(actor=practitioner):
        ReferralSubject.objects.filter(pk=subject.pk).update(school="Hereford Primary")
    entries = referral_history(referral)
    child = next(e for e in entries if e.kind == "Changed" and e.record.startswith("Child"))
    assert child.record.endswith(subject.person.full_name)
    assert _changes(child)["School or nursery"][1] == "Hereford Primary"
    assert child.who == person_name(practitioner)


def test_recomputing_priority_writes_no_history(officer) -> None:
    referral = submit_referral(officer)
    before = events_of(Referral).filter(pgh_obj_id=referral.pk).count()
    recompute_priorities(at=now() + timedelta(days=3))
    assert events_of(Referral).filter(pgh_obj_id=referral.pk).count() == before


def test_assessment_and_supervisor_decision_are_recorded_with_who_decided(
    officer, practitioner, supervisor
) -> None:
    referral = submit_referral(officer)
    with history_context(actor=practitioner):
        assessment = submitted_assessment(referral, practitioner, grade="medium")
    with history_context(actor=supervisor):
        do_decide_assessment(
            assessment, actor=supervisor, decision="change", grade="high", rationale="Strangled."
        )
    decision = events_of(SupervisorDecision).get(assessment_id=assessment.pk)
    assert _context_user(decision) == supervisor.pk
    entries = assessment_history(assessment)
    approved = next(e for e in entries if e.record == "Risk assessment" and e.kind == "Changed")
    assert _changes(approved)["Status"] == ("Awaiting supervisor", "Approved")
    assert _changes(approved)["Approved grade"] == ("Not set", "High")
    assert approved.who == person_name(supervisor)
    made = next(e for e in entries if e.record == "Supervisor decision")
    assert _changes(made)["Decision"][1] == "Approve with a different grade"
    assert _changes(made)["Supervisor"][1] == person_name(supervisor)


def test_withdrawing_a_share_is_recorded_with_the_practitioner(
    officer, practitioner, supervisor
) -> None:
    share = share_with(approved_referral(officer, practitioner, supervisor), practitioner)
    with history_context(actor=practitioner):
        do_withdraw_share(share, actor=practitioner, reason="Sent to the wrong team.")
    latest = next(e for e in share_history(share) if "Status" in _changes(e))
    assert _changes(latest)["Status"] == ("Shared", "Withdrawn")
    assert latest.who == person_name(practitioner)


def test_a_task_records_itself_as_the_actor(officer, practitioner, supervisor) -> None:
    share = share_with(approved_referral(officer, practitioner, supervisor), practitioner)
    render_share_pack.apply(args=[share.pk])
    rendered = events_of(Share).filter(pgh_obj_id=share.pk, pgh_label="update").last()
    assert rendered.pgh_context.metadata["task"] == "partners.tasks.render_share_pack"
    assert _context_user(rendered) is None
    entry = next(e for e in share_history(share) if "Pack SHA-256" in _changes(e))
    assert entry.who == "System (task partners.tasks.render_share_pack)"


def _catalogue_adding(pattern: str) -> dict:
    content = current_catalogue_version().content
    entry = {"indicator": "weapon", "code": pattern, "pattern": pattern}
    return {**content, "patterns": [*content["patterns"], entry]}


def test_publishing_a_catalogue_shows_the_pattern_it_added(manager) -> None:
    do_publish_catalogue(actor=manager, content=_catalogue_adding("trebuchet"), note="Sieges")
    latest = catalogue_history()[0]
    assert latest.record == "Version 3: Sieges"  # 1 and 2 are shipped by migrations
    assert _changes(latest) == {"Pattern trebuchet": ("Not in this version", "weapon: trebuchet")}
    assert latest.who == person_name(manager)


def test_publishing_the_risk_model_shows_each_changed_value(manager) -> None:
    current = current_model_version()
    factor = current.factors.order_by("id").first()
    thresholds = {
        name: getattr(current, name)
        for name in (
            "medium_threshold",
            "high_threshold",
            "da_medium_min",
            "da_high_min",
            "supervision_sample_percent",
            "repeat_short_count",
            "repeat_short_days",
            "repeat_long_count",
            "repeat_long_days",
        )
    }
    with history_context(actor=manager):
        do_publish_risk_model(
            actor=manager,
            thresholds={**thresholds, "high_threshold": current.high_threshold + 5},
            factors={
                factor.code: FactorChange(factor.weight + 2, factor.forces_high, factor.guidance)
            },
            da_high_on_its_own={q.code for q in current.da_questions.all() if q.high_on_its_own},
            note="Fewer referrals graded high.",
        )
    new = RiskModelVersion.objects.order_by("-number").first()
    assert _context_user(events_of(RiskModelVersion).get(pgh_obj_id=new.pk)) == manager.pk
    published = risk_model_history()["published"][0]
    assert published.record == f"Version {new.number}: Fewer referrals graded high."
    assert published.who == person_name(manager)
    assert _changes(published) == {
        "High threshold": (str(current.high_threshold), str(current.high_threshold + 5)),
        f"{factor.label}: weight": (str(factor.weight), str(factor.weight + 2)),
    }


def test_publishing_the_sla_policy_and_closing_a_day_are_in_its_history(
    client_for, manager
) -> None:
    policy = SlaPolicyVersion.objects.order_by("-number").first()
    triage = policy.targets.get(kind="decision_to_share", grade="high")
    form = {"form": "policy", "note": "Triage high faster."}
    form |= policy_form(policy)
    form["amount__decision_to_share__high"] = "3"  # hours, from 4
    client = client_for(manager)
    assert client.post("/referrals/sla/", form).status_code == 302
    day = (now() + timedelta(days=30)).date()
    with history_context(actor=manager):
        do_add_closure_day(actor=manager, day=day, reason="Training day")
    assert ClosureDay.objects.filter(day=day).exists()

    history = sla_policy_history()
    published = history["published"][0]
    label = f"{triage.get_kind_display()} ({triage.get_grade_display()}): time allowed"
    assert _changes(published) == {label: ("4 hours", "3 hours")}
    assert published.who == person_name(manager)
    closure = history["edits"][0]
    assert closure.kind == "Created"
    assert _changes(closure)["Reason"] == ("", "Training day")
    assert closure.who == person_name(manager)


def test_history_rows_cannot_be_changed_or_deleted(officer) -> None:
    referral = submit_referral(officer)
    table = events_of(Referral).model._meta.db_table
    # The table name comes from the model: the SQL is the test's own.
    for sql in (f"UPDATE {table} SET status = 'closed'", f"DELETE FROM {table}"):  # noqa: S608
        with (
            pytest.raises(DatabaseError, match="Cannot update or delete"),
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute(sql)
    assert events_of(Referral).filter(pgh_obj_id=referral.pk).exists()


# --- Pages: shown to those who may see the object, refused (and audited) to everyone else -------


@pytest.fixture
def case(officer, practitioner, supervisor):
    # Each person's work in its own context, as each would be its own request.
    with history_context(actor=officer):
        referral = submit_referral(officer)
    with history_context(actor=practitioner):
        assessment = submitted_assessment(referral, practitioner)
    with history_context(actor=supervisor):
        do_decide_assessment(assessment, actor=supervisor, decision="approve")
    with history_context(actor=practitioner):
        share = share_with(referral, practitioner)
    return {"referral": referral, "assessment": assessment, "share": share}


PAGES = {
    "referral": lambda c: f"/referrals/{c['referral'].reference}/history/",
    "assessment": lambda c: f"/risk/assessments/{c['assessment'].pk}/history/",
    "share": lambda c: f"/partners/shares/{c['share'].pk}/history/",
    "risk_model": lambda c: "/risk/model/history/",
    "sla_policy": lambda c: "/referrals/sla/history/",
    "catalogue": lambda c: "/risk/catalogue/history/",
}


@pytest.mark.parametrize(
    ("who", "page", "shows"),
    [
        ("practitioner", "referral", "Awaiting approval"),
        ("supervisor", "referral", "Approved"),
        ("manager", "referral", "Status"),
        ("practitioner", "assessment", "Supervisor decision"),
        ("supervisor", "assessment", "Approved grade"),
        ("practitioner", "share", "Created: Share with Herefordshire"),
        ("manager", "risk_model", "Published versions"),
        ("manager", "sla_policy", "Published versions"),
        ("manager", "catalogue", "Published versions"),
    ],
)
def test_history_page_shows_the_changes(
    request, client_for, case, who, page, shows: Sequence[bool]
) -> None:
    response = client_for(request.getfixturevalue(who)).get(PAGES[page](case))
    assert response.status_code == 200
    body = response.content.decode()
    assert "Change history" in body
    assert shows in body
    if page in ("referral", "assessment", "share"):
        assert re.search(r'<th scope="col" class="govuk-table__header[^"]*">Before</th>', body)


@pytest.mark.parametrize(
    ("who", "page"),
    [
        ("officer", "referral"),  # sees their referral, not the hub's working changes to it
        ("partner_a", "referral"),
        ("outsider", "referral"),
        ("auditor", "assessment"),
        ("officer", "assessment"),
        ("partner_a", "share"),  # the share's recipient: VHub-internal history is not theirs
        ("partner_b", "share"),
        ("officer", "share"),
        ("practitioner", "risk_model"),
        ("supervisor", "sla_policy"),
        ("partner_a", "catalogue"),
        ("supervisor", "catalogue"),
    ],
)
def test_history_page_is_refused_and_the_refusal_audited(
    request, client_for, case, who, page
) -> None:
    user = request.getfixturevalue(who)
    before = AuditEvent.objects.order_by("-id").values_list("id", flat=True).first()
    response = client_for(user).get(PAGES[page](case))
    assert response.status_code in (403, 404)
    assert b"Before" not in response.content
    assert AuditEvent.objects.filter(id__gt=before, actor=user, action="access.denied").exists()
    assert not AuditEvent.objects.filter(
        id__gt=before, actor=user, action__endswith="history_view"
    ).exists()


def test_partner_share_page_has_no_history_link_but_staff_page_does(
    client_for, case, partner_a, practitioner
) -> None:
    url = f"/partners/shares/{case['share'].pk}/"
    assert b"Change history" not in client_for(partner_a).get(url).content
    assert b"Change history" in client_for(practitioner).get(url).content


def test_referral_page_links_to_its_history_and_the_assessment_history(
    client_for, case, practitioner
) -> None:
    body = client_for(practitioner).get(f"/referrals/{case['referral'].reference}/").content
    assert f"/referrals/{case['referral'].reference}/history/".encode() in body
    assert f"/risk/assessments/{case['assessment'].pk}/history/".encode() in body


# --- Query counts: fixed, whatever the number of changes ---------------------------------------


def test_referral_history_query_count(django_assert_num_queries, case, practitioner) -> None:
    with django_assert_num_queries(6):
        # referral events, subject events (each with context); then users, incident types,
        # agencies and people named in them, one query each
        referral_history(case["referral"])


def test_assessment_history_query_count(django_assert_num_queries, case) -> None:
    with django_assert_num_queries(4):
        # assessment events, decision events; users; risk model versions named
        assessment_history(case["assessment"])


def test_share_history_query_count(django_assert_num_queries, case) -> None:
    with django_assert_num_queries(3):
        # share events; users and agencies named
        share_history(case["share"])


def test_risk_model_history_query_count(django_assert_num_queries, db) -> None:
    with django_assert_num_queries(8):
        # versions with publishers; factors, questions, combinations; four edit sources
        risk_model_history()


def test_sla_policy_history_query_count(django_assert_num_queries, manager) -> None:
    with history_context(actor=manager):
        do_add_closure_day(actor=manager, day=now().date() + timedelta(days=9), reason="Closed")
    with django_assert_num_queries(6):
        # versions with publishers; targets; three edit sources; users named
        sla_policy_history()


def test_catalogue_history_query_count(django_assert_num_queries, manager) -> None:
    for pattern in ("onager", "ballista", "mangonel"):
        content = _catalogue_adding(pattern)
        do_publish_catalogue(actor=manager, content=content, note=pattern)
    with django_assert_num_queries(1):
        # versions with their publishers
        catalogue_history()
