"""The referral page reads only the columns it shows, puts a referral's few rows in order in
Python and reads the shares once for the disclosure log and the partner threads (bench/README.md,
issue 21). It must be the page that plain reads (whole rows, each list ordered by the database,
the log and the threads read apart, every panel read for everyone) render, byte for byte, for
each role, on referrals with everything the page can show: MARAC, shares with replies, files
and outcomes, Encompass notices, decisions, flags, signals, notes and a corrected note, files,
a merged duplicate. And it must not take more statements than it did."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from audit.actions import record_event
from audit.models import AuditEvent
from partners.marac import check_marac, do_refer_to_marac
from partners.models import (
    EncompassNotice,
    LawfulBasis,
    MaracMeeting,
    Share,
    ShareStatus,
)
from partners.portal_actions import do_post_share_message, do_record_share_outcome
from partners.sharing_selectors import status_words
from referrals import hooks, views
from referrals.access import access_referral
from referrals.actions.closure import do_merge_referral
from referrals.attachments import do_add_referral_attachment
from referrals.models import CaseNote, MatchStatus, NoteKind, Referral, SlaClock
from referrals.notes import do_add_case_note, do_add_correction_note, is_correctable
from referrals.selectors import TIMELINE_HIDDEN_ACTIONS
from referrals.sla import margin_words, time_left_words
from risk.actions import do_decide_assessment, do_save_assessment
from risk.models import GradeChange, RiskSignal, SupervisorDecision, UnderGradingFlag
from tests.factories import assessment_input, child, share_with, submit_referral
from vhub.clock import now

START = now().replace(hour=10, minute=0, second=0, microsecond=0)
# Statements for the three pages (the referral with everything, the earlier one, the merged
# duplicate), from the session to the unread-notice count. Main read 25, 27, 24 for VHub
# caseworkers (23, 26, 23 for a manager; 17 for the officer who sent them); then the disclosure
# log and the partner threads became one read of the shares with the MARAC cases' referrers
# joined, and the officer is not shown the risk signals, so they are not read (24, 25, 23; 22,
# 24, 22; 16); now whether a closure waits for sign-off and the merged duplicates are one
# statement (one fewer for caseworkers; the officer's page reads only the duplicates).
STATEMENTS = {
    "practitioner": [23, 24, 22],
    "supervisor": [23, 24, 22],
    "manager": [22, 24, 22],
    "officer": [16, 16, 16],
}
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')


# --- The plain reads the page is compared with ----------------------------------------------


def _plain_view_referral(user, reference, perm="view", *, details=None):
    referral = access_referral(user, reference, perm)
    referral = Referral.objects.get(pk=referral.pk)  # every column of every row it names
    record_event("referral.view", actor=user, obj=referral, referral=referral, details=details)
    return referral


def _plain_detail(referral):
    referral.subject_list = list(referral.subjects.order_by("id"))
    for subject in referral.subject_list:
        subject.suggested_matches = list(
            subject.matches.filter(status=MatchStatus.SUGGESTED).order_by("-similarity", "id")
        )
    referral.clock_list = list(
        SlaClock.objects.filter(referral=referral).order_by("started_at", "id")
    )
    for clock in referral.clock_list:
        clock.time_left = time_left_words(clock) if clock.is_open else ""
        clock.margin_words = margin_words(clock) if clock.margin_minutes is not None else ""
    return referral


def _plain_timeline(referral):
    return (
        AuditEvent.objects.filter(referral=referral)
        .exclude(action__in=TIMELINE_HIDDEN_ACTIONS)
        .order_by("id")
    )


_WORKSPACE = views.referral_workspace


def _plain_workspace(user, referral):
    notes = list(CaseNote.objects.filter(referral=referral).order_by("-created_at", "-id"))
    for note in notes:
        note.correctable = is_correctable(note, user)
    return {
        **_WORKSPACE(user, referral),
        "notes": notes if user.is_vhub_case_reader else [],
        "attachments": list(referral.attachments.order_by("uploaded_at", "id")),
    }


def _plain_risk_panel(referral, user):
    referral.decision_list = list(
        SupervisorDecision.objects.filter(assessment__referral=referral).order_by(
            "decided_at", "id"
        )
    )
    referral.grade_history = list(
        GradeChange.objects.filter(referral=referral).order_by("changed_at", "id")
    )
    referral.flag_list = list(
        UnderGradingFlag.objects.filter(referral=referral).order_by("raised_at", "id")
    )
    referral.signal_list = list(RiskSignal.objects.filter(referral=referral).order_by("id"))
    return {}


def _plain_sharing_panel(referral, user):
    if not user.is_vhub_case_reader:
        return {"share_active": ShareStatus.ACTIVE, "partner_threads": []}
    log = list(Share.objects.filter(referral=referral).order_by("created_at", "id"))
    for share in log:
        share.status_words = status_words(share)
    threads = list(Share.objects.filter(referral=referral).order_by("-created_at", "-id"))
    for share in threads:
        share.message_list = list(share.messages.order_by("created_at", "id"))
        for message in share.message_list:
            message.attachment_list = list(message.attachments.order_by("uploaded_at", "id"))
    return {
        "share_active": ShareStatus.ACTIVE,
        "partner_threads": threads,
        "encompass_notices": list(EncompassNotice.objects.filter(referral=referral).order_by("id")),
        "marac_check": check_marac(referral) if referral.incident_type.is_domestic_abuse else None,
        "marac_cases": [s.marac_referral for s in log if hasattr(s, "marac_referral")],
        "disclosures": log,
    }


@pytest.fixture
def plain_reads(monkeypatch):
    """Switches the page to the plain reads when called."""

    def switch():
        monkeypatch.setattr(views, "view_referral", _plain_view_referral)
        monkeypatch.setattr(views, "referral_detail", _plain_detail)
        monkeypatch.setattr(views, "referral_timeline", _plain_timeline)
        monkeypatch.setattr(views, "referral_workspace", _plain_workspace)
        plain = {
            "risk.selectors": _plain_risk_panel,
            "partners.sharing_selectors": _plain_sharing_panel,
        }
        panels = [plain[panel.__module__] for panel in hooks.REFERRAL_PAGE_PANELS]
        monkeypatch.setattr(views, "REFERRAL_PAGE_PANELS", panels)

    return switch


# --- The referrals --------------------------------------------------------------------------


def _everything(officer, practitioner, supervisor, partner_a):
    """A domestic-abuse referral with everything its page can show, an earlier one about the
    same household, and a duplicate merged into the first."""
    earlier = submit_referral(officer, incident_at=START - timedelta(days=40))
    referral = submit_referral(
        officer,
        narrative="He strangled her and threatened to kill her with a knife.",
        children=[child(), child(first_name="Noah", school="St Mary's <Catholic> & Primary")],
    )
    for subject in referral.subjects.order_by("id"):
        assessment = do_save_assessment(
            subject, assessment_input(), actor=practitioner, submit=True
        )
        do_decide_assessment(assessment, actor=supervisor, decision="approve")
    referral.refresh_from_db()
    UnderGradingFlag.objects.create(
        referral=referral, kind="lexicon", key="knife", reason="The word <knife>", raised_at=now()
    )
    share = share_with(referral, practitioner)
    do_post_share_message(
        share,
        actor=partner_a,
        body="We will visit.",
        files=[SimpleUploadedFile("plan.txt", b"Plan.\n")],
    )
    do_post_share_message(share, actor=practitioner, body="Thank you & <regards>.")
    do_record_share_outcome(share, actor=partner_a, outcome="cin_s17", notes="Seen the family.")
    with time_machine.travel(START + timedelta(minutes=30), tick=False):
        share_with(referral, practitioner)  # a second version, which supersedes the first
    meeting = MaracMeeting.objects.create(date=START.date() + timedelta(days=7))
    with time_machine.travel(START + timedelta(minutes=60), tick=False):
        do_refer_to_marac(
            referral,
            actor=practitioner,
            meeting=meeting,
            professional_judgement="Escalating.",
            lawful_basis=LawfulBasis.CRIME_AND_DISORDER_S115,
            justification="High-risk domestic abuse.",
        )
    research = NoteKind.objects.get(code="research")
    note = do_add_case_note(
        actor=practitioner, kind=research, text="Checked <records>.", referral=referral
    )
    do_add_correction_note(note, actor=practitioner, text="Checked the right records.")
    do_add_referral_attachment(
        referral, SimpleUploadedFile("scan.txt", b"Scanned.\n"), actor=officer
    )
    duplicate = submit_referral(officer)
    do_merge_referral(duplicate, actor=practitioner, survivor=referral, reason="The same incident.")
    return earlier, referral, duplicate


@pytest.mark.parametrize("who", ["practitioner", "supervisor", "manager", "officer"])
def test_the_page_is_the_markup_plain_reads_render(
    request, who, officer, practitioner, supervisor, partner_a, client_for, plain_reads
) -> None:
    with time_machine.travel(START, tick=False):
        referrals = _everything(officer, practitioner, supervisor, partner_a)
    viewer = request.getfixturevalue(who)
    with time_machine.travel(START + timedelta(hours=2), tick=False):
        # Signed in at the pages' time: a session idle for more than its limit (from the real
        # time to this one) would be signed out.
        client = client_for(viewer)
        pages, statements = [], []
        for referral in referrals:
            with CaptureQueriesContext(connection) as queries:
                pages.append(client.get(f"/referrals/{referral.reference}/"))
            statements.append(len(queries))
        plain_reads()
        plain = [client.get(f"/referrals/{r.reference}/") for r in referrals]
    assert statements == STATEMENTS[who]
    for page, expected in zip(pages, plain, strict=True):
        assert page.status_code == expected.status_code == 200
        assert CSRF.sub("", page.content.decode()) == CSRF.sub("", expected.content.decode())
    shown = pages[1].content.decode()
    if who != "officer":
        for text in (
            "MARAC",
            "We will visit.",
            "plan.txt",
            "Thank you &amp; &lt;regards&gt;.",
            "Disclosure log",
            "Superseded by version 2",
            "Operation Encompass",
            "Correction",
            "Checked &lt;records&gt;.",
        ):
            assert text in shown, text
    for text in ("scan.txt", "The word &lt;knife&gt;", "Approve", referrals[2].reference):
        assert text in shown, text
