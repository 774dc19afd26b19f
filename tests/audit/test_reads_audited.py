"""Every page and API read of case data writes a read event naming the reader and the referral
(DESIGN.md §7), so "who has seen this child" is complete.

The URLs are found by introspection: every pattern the URL resolver knows (the admin apart) must
have a row in READS (a reader, a URL built from real objects, the event its GET must write and
the referral that event must name), in POST_ONLY (an action endpoint: the test checks that it
refuses a GET, and the action's own event is checked by test_every_action_audited.py), or in
EXEMPT with the reason it shows no case data. A new URL without a row fails
`test_every_url_has_a_row`; a row for a URL that no longer exists fails
`test_no_row_for_a_missing_url`. A list names its referrals in the event's details
(audit.actions.record_list_view), a page of one record in the event's referral.
"""

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property
from typing import Any
from urllib.parse import urlsplit

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models import Q
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, resolve

from accounts.models import User
from audit.models import AuditEvent
from partners.models import PartnerSystem, WebhookSubscription
from partners.systems import hash_token
from partners.webhooks import do_create_webhook
from tests.factories import (
    UserFactory,
    approved_referral,
    assessment_input,
    partner_system,
    review_due,
    share_with,
    submit_referral,
    submitted_assessment,
)


def url_routes() -> Iterator[str]:
    """The route of every URL pattern (e.g. "referrals/<str:reference>/"), the admin apart."""

    def walk(patterns: Sequence[str], prefix: str) -> Iterator[str]:
        for p in patterns:
            route = prefix + str(p.pattern)
            if isinstance(p, URLResolver):
                if route != "admin/":
                    yield from walk(p.url_patterns, route)
            elif isinstance(p, URLPattern):
                yield route

    yield from walk(get_resolver().url_patterns, "")


class Case:
    """The test cast (pytest fixtures) and the records the reads open, each built on first use,
    so a row builds only what it reads."""

    def __init__(self, request: pytest.FixtureRequest) -> None:
        self._request = request

    def __getattr__(self, name: str) -> Any:
        return self._request.getfixturevalue(name)

    # --- referrals ---------------------------------------------------------------------------

    @cached_property
    def referral(self):
        """Approved, sent by the officer, assessed by the practitioner."""
        return approved_referral(self.officer, self.practitioner, self.supervisor)

    @cached_property
    def subject(self):
        return self.referral.subjects.get()

    @cached_property
    def person(self):
        return self.subject.person

    @cached_property
    def waiting(self):
        """An assessment waiting for a supervisor, on an open referral."""
        return submitted_assessment(submit_referral(self.officer), self.practitioner)

    @cached_property
    def flag(self):
        from risk.actions import do_save_assessment
        from risk.models import UnderGradingFlag

        flagged = submit_referral(
            self.officer, narrative="He strangled her while the child watched."
        )
        do_save_assessment(
            flagged.subjects.get(),
            assessment_input("medium", rationale="Argument.", voice_of_child="Settled."),
            actor=self.practitioner,
            submit=True,
        )
        return UnderGradingFlag.objects.get(referral=flagged, status="open")

    @cached_property
    def returned(self):
        """Returned to the officer for missing information (which notifies them)."""
        from referrals.actions.returns import do_return_to_officer
        from risk.actions import do_save_assessment

        referral = submit_referral(self.officer)
        do_save_assessment(
            referral.subjects.get(), assessment_input("medium"), actor=self.officer, submit=False
        )
        do_return_to_officer(
            referral, actor=self.practitioner, reason="Which school does the child attend?"
        )
        return referral

    @cached_property
    def draft(self):
        from officer.actions import do_start_draft

        return do_start_draft(actor=self.officer)

    @cached_property
    def draft_child_key(self) -> str:
        from officer.actions import do_save_draft_section

        _, key = do_save_draft_section(
            self.draft, actor=self.officer, section="child", raw={"first_name": ["Lily"]}
        )
        return key

    @cached_property
    def correction(self):
        """The officer's draft correcting a returned referral."""
        from officer.actions import do_start_correction

        return do_start_correction(self.returned, actor=self.officer)

    @cached_property
    def import_job(self):
        from referrals.actions.imports import do_start_import

        return do_start_import(
            actor=self.manager,
            upload=SimpleUploadedFile("backlog.csv", b"external_id,incident_reference\n"),
        )

    # --- sharing -------------------------------------------------------------------------------

    @cached_property
    def share(self):
        """The referral shared with Herefordshire children's services, its pack produced."""
        from partners.packs import do_render_share_pack

        share = share_with(self.referral, self.practitioner)
        do_render_share_pack(share.pk)
        share.refresh_from_db()
        return share

    @cached_property
    def held_share(self):
        """A share waiting for a supervisor's authorisation."""
        from partners.actions import do_set_authorisation_rule

        do_set_authorisation_rule(actor=self.manager, grade="high", needs_authorisation=True)
        return share_with(
            approved_referral(self.officer, self.practitioner, self.supervisor), self.practitioner
        )

    @cached_property
    def isr(self):
        """Herefordshire's information request about the shared referral."""
        from partners.portal_actions import IsrInput, do_raise_isr

        return do_raise_isr(
            IsrInput(
                urgency="routine",
                reason="Is the child still at this address?",
                lawful_basis="dpa2018_sch8",
                share=self.share,
            ),
            actor=self.partner_a,
        )

    @cached_property
    def attachment(self):
        from partners.portal_actions import do_respond_isr

        do_respond_isr(
            self.isr,
            actor=self.practitioner,
            response="Notes attached.",
            files=[SimpleUploadedFile("notes.txt", b"Nothing further held.")],
        )
        return self.isr.attachments.get()

    @cached_property
    def notice(self):
        """An Operation Encompass notice proposed for the child's school."""
        from django.contrib.auth.models import Group

        from partners.models import EncompassNotice
        from vhub.models import Agency

        Agency.objects.create(
            name="Riverside Primary School",
            slug="riverside-primary",
            kind="school",
            area="Herefordshire",
            group=Group.objects.create(name="agency:riverside-primary"),
        )
        return EncompassNotice.objects.get(referral=submit_referral(self.officer))

    @cached_property
    def marac_case(self):
        from partners.marac import do_refer_to_marac
        from partners.models import MaracMeeting

        meeting = MaracMeeting.objects.create(date=date.today() + timedelta(days=7))
        return do_refer_to_marac(
            self.referral,
            actor=self.practitioner,
            meeting=meeting,
            professional_judgement="Escalating control and threats.",
            lawful_basis="cda1998_s115",
            justification="High-risk domestic abuse.",
        )

    # --- the practitioner's workspace: case notes and files -------------------------------------

    @cached_property
    def note(self):  # type: ignore[no-untyped-def]
        from referrals.models import NoteKind
        from referrals.notes import do_add_case_note

        research = NoteKind.objects.get(code="research")
        return do_add_case_note(
            actor=self.practitioner, kind=research, text="PNC: nothing.", referral=self.referral
        )

    @cached_property
    def person_note(self):  # type: ignore[no-untyped-def]
        from referrals.models import NoteKind
        from referrals.notes import do_add_case_note

        research = NoteKind.objects.get(code="research")
        return do_add_case_note(
            actor=self.practitioner, kind=research, text="Early help.", person=self.person
        )

    @cached_property
    def referral_file(self):  # type: ignore[no-untyped-def]
        from referrals.attachments import do_add_referral_attachment

        return do_add_referral_attachment(
            self.referral, SimpleUploadedFile("scan.txt", b"Scan.\n"), actor=self.officer
        )

    @cached_property
    def share_with_file(self):  # type: ignore[no-untyped-def]
        return share_with(self.referral, self.practitioner, files=[self.referral_file])

    @cached_property
    def message(self):  # type: ignore[no-untyped-def]
        from partners.portal_actions import do_post_share_message

        return do_post_share_message(
            self.share_with_file,
            actor=self.partner_a,
            body="Plan.",
            files=[SimpleUploadedFile("plan.txt", b"Plan.\n")],
        )

    # --- quality audits, retention -------------------------------------------------------------

    @cached_property
    def quality_audits(self):
        """This month's sample: the referral's assessment, and a joint audit for Herefordshire,
        which holds a share of it."""
        from risk.models import QualityAudit
        from risk.quality_actions import do_sample_quality_audits

        assert self.share
        do_sample_quality_audits(date.today(), actor=self.auditor)
        return {a.kind: a for a in QualityAudit.objects.filter(assessment__referral=self.referral)}

    @cached_property
    def scored_audit(self):
        from risk.quality_actions import RubricScores, do_score_quality_audit

        audit = self.quality_audits["internal"]
        do_score_quality_audit(audit, RubricScores(3, 3, 3, True, ""), actor=self.auditor)
        return audit

    # --- the frontline loop (docs/frontline.md) -------------------------------------------------

    @cached_property
    def area_referral(self):  # type: ignore[no-untyped-def]
        """In West (Herefordshire), whose contact is `spoc`; the officer sent no assessment."""
        assert self.spoc
        return self.referral

    @cached_property
    def officer_audit(self):  # type: ignore[no-untyped-def]
        """This month's officers' sample: the officer's own assessment, approved by the hub."""
        from risk.actions import do_decide_assessment, do_save_assessment
        from risk.models import OfficerAudit
        from risk.quality_actions import do_sample_quality_audits

        assert self.spoc
        referral = submit_referral(self.officer)
        subject = referral.subjects.get()
        do_save_assessment(subject, assessment_input("medium"), actor=self.officer, submit=False)
        done = do_save_assessment(
            subject, assessment_input("high"), actor=self.practitioner, submit=True
        )
        do_decide_assessment(done, actor=self.supervisor, decision="approve")
        do_sample_quality_audits(date.today(), actor=self.auditor)
        return OfficerAudit.objects.get(submission__referral=referral)

    @cached_property
    def retention_review(self):
        return review_due(self.officer, self.practitioner, self.supervisor)

    # --- the partner API ---------------------------------------------------------------------

    @cached_property
    def system_a_token(self) -> str:
        """Herefordshire's case system on the partner API: its token."""
        return partner_system("herefordshire-cs")[1]

    @property
    def system_a(self):  # type: ignore[no-untyped-def]
        """The account the system reads as (its events name it)."""
        return PartnerSystem.objects.get(token_hash=hash_token(self.system_a_token)).service_user


@dataclass(frozen=True)
class Read:
    route: str  # the URL pattern, as url_routes() gives it
    reader: str  # a fixture of the cast
    url: Callable[[Case], str]
    event: str
    # The referral the event must name (in its referral, or for a list in its details); it is
    # built before the GET, so it also makes the record the page must show.
    referral: Callable[[Case], Any] | None = None


@pytest.fixture
def lead_a(herefordshire):
    """The partner lead at Herefordshire children's services."""
    return UserFactory(username="lead.a", roles=["partner_lead"], agency=herefordshire)


def _webhook(lead: User) -> WebhookSubscription:
    webhook, _secret = do_create_webhook(
        actor=lead, url="https://hfd.example/vhub", events=["share.created"]
    )
    return webhook


READS: list[Read] = [
    # --- referrals -----------------------------------------------------------------------------
    Read(
        "referrals/mine/",
        "officer",
        lambda c: "/referrals/mine/",
        "case_list.view",
        lambda c: c.referral,
    ),
    Read(
        "referrals/drafts/<int:draft_id>/",
        "officer",
        lambda c: f"/referrals/drafts/{c.correction.pk}/",
        "referral_draft.view",
        lambda c: c.returned,
    ),
    Read(
        "referrals/drafts/<int:draft_id>/people/",
        "officer",
        lambda c: f"/referrals/drafts/{c.draft.pk}/people/",
        "referral_draft.view",
    ),
    Read(
        "referrals/drafts/<int:draft_id>/check/",
        "officer",
        lambda c: f"/referrals/drafts/{c.draft.pk}/check/",
        "referral_draft.view",
    ),
    Read(
        "referrals/drafts/<int:draft_id>/<slug:section>/",
        "officer",
        lambda c: f"/referrals/drafts/{c.draft.pk}/incident/",
        "referral_draft.view",
    ),
    Read(
        "referrals/drafts/<int:draft_id>/<slug:section>/<str:key>/",
        "officer",
        lambda c: f"/referrals/drafts/{c.draft.pk}/child/{c.draft_child_key}/",
        "referral_draft.view",
    ),
    Read(
        "referrals/queue/",
        "practitioner",
        lambda c: f"/referrals/queue/?grade=high&search={c.waiting.referral.reference}",
        "case_list.view",
        lambda c: c.waiting.referral,
    ),
    Read(
        "referrals/sla/history/",
        "manager",
        lambda c: "/referrals/sla/history/",
        "config.history_view",
    ),
    Read("referrals/imports/", "manager", lambda c: "/referrals/imports/", "case_list.view"),
    Read(
        "referrals/imports/<int:job_id>/",
        "manager",
        lambda c: f"/referrals/imports/{c.import_job.pk}/",
        "case_list.view",
    ),
    Read(
        "referrals/imports/<int:job_id>/scan/",
        "manager",
        lambda c: f"/referrals/imports/{c.import_job.pk}/scan/",
        "case_list.view",
    ),
    Read(
        "referrals/imports/<int:job_id>/scan.csv",
        "manager",
        lambda c: f"/referrals/imports/{c.import_job.pk}/scan.csv",
        "import_scan.export",
    ),
    Read("referrals/matches/", "practitioner", lambda c: "/referrals/matches/", "case_list.view"),
    # A search names what it found, and its terms (tests/referrals/test_search.py).
    Read(
        "referrals/search/",
        "practitioner",
        lambda c: "/referrals/search/?name=Lilly+Smyth",
        "search.run",
        lambda c: c.referral,
    ),
    Read(
        "partners/search/",
        "partner_a",
        lambda c: "/partners/search/?name=Lily+Smith",
        "search.run",
        lambda c: c.share.referral,
    ),
    Read(
        "api/v1/search/",
        "officer",
        lambda c: "/api/v1/search/?name=Lily+Smith",
        "search.run",
        lambda c: c.referral,
    ),
    Read(
        "referrals/people/<int:person_id>/",
        "manager",
        lambda c: f"/referrals/people/{c.person.pk}/",
        "person.view",
    ),
    Read(
        "referrals/<str:reference>/",
        "practitioner",
        lambda c: f"/referrals/{c.referral.reference}/",
        "referral.view",
        lambda c: c.referral,
    ),
    Read(
        "referrals/<str:reference>/",
        "officer",
        lambda c: f"/referrals/{c.referral.reference}/",
        "referral.view",
        lambda c: c.referral,
    ),
    Read(
        "referrals/<str:reference>/history/",
        "practitioner",
        lambda c: f"/referrals/{c.referral.reference}/history/",
        "referral.history_view",
        lambda c: c.referral,
    ),
    Read(
        "notifications/",
        "officer",
        lambda c: "/notifications/",
        "case_list.view",
        lambda c: c.returned,
    ),
    # --- risk ----------------------------------------------------------------------------------
    Read(
        "risk/approvals/",
        "supervisor",
        lambda c: "/risk/approvals/",
        "case_list.view",
        lambda c: c.waiting.referral,
    ),
    Read(
        "risk/assessments/<int:assessment_id>/decide/",
        "supervisor2",
        lambda c: f"/risk/assessments/{c.waiting.pk}/decide/",
        "assessment.view",
        lambda c: c.waiting.referral,
    ),
    Read(
        "risk/assessments/<int:assessment_id>/history/",
        "supervisor",
        lambda c: f"/risk/assessments/{c.waiting.pk}/history/",
        "assessment.history_view",
        lambda c: c.waiting.referral,
    ),
    Read(
        "risk/referrals/<str:reference>/children/<int:subject_id>/assess/",
        "practitioner",
        lambda c: f"/risk/referrals/{c.referral.reference}/children/{c.subject.pk}/assess/",
        "assessment.view",
        lambda c: c.referral,
    ),
    Read(
        "risk/reviews/",
        "supervisor",
        lambda c: "/risk/reviews/",
        "case_list.view",
        lambda c: c.flag.referral,
    ),
    Read(
        "risk/reviews/<int:flag_id>/",
        "supervisor",
        lambda c: f"/risk/reviews/{c.flag.pk}/",
        "flag.view",
        lambda c: c.flag.referral,
    ),
    Read("risk/model/history/", "manager", lambda c: "/risk/model/history/", "config.history_view"),
    Read(
        "risk/catalogue/history/",
        "manager",
        lambda c: "/risk/catalogue/history/",
        "config.history_view",
    ),
    Read(
        "risk/quality/",
        "auditor",
        lambda c: f"/risk/quality/?month={c.quality_audits['internal'].round.month:%Y-%m}",
        "case_list.view",
        lambda c: c.referral,
    ),
    Read(
        "risk/quality/<int:audit_id>/",
        "auditor",
        lambda c: f"/risk/quality/{c.quality_audits['internal'].pk}/",
        "quality_audit.view",
        lambda c: c.referral,
    ),
    Read(
        "risk/quality/results/",
        "manager",
        lambda c: "/risk/quality/results/",
        "quality_audit.results_view",
    ),
    Read(
        "risk/quality/feedback/",
        "practitioner",
        lambda c: "/risk/quality/feedback/",
        "quality_audit.feedback_view",
        lambda c: c.scored_audit.assessment.referral,
    ),
    Read(
        "risk/quality/joint/",
        "partner_a",
        lambda c: "/risk/quality/joint/",
        "case_list.view",
        lambda c: c.quality_audits["joint"].share.referral,
    ),
    Read(
        "risk/quality/joint/<int:audit_id>/",
        "partner_a",
        lambda c: f"/risk/quality/joint/{c.quality_audits['joint'].pk}/",
        "quality_audit.view",
        lambda c: c.referral,
    ),
    # --- partners ------------------------------------------------------------------------------
    Read(
        "partners/inbox/",
        "partner_a",
        lambda c: "/partners/inbox/",
        "case_list.view",
        lambda c: c.share.referral,
    ),
    Read(
        "partners/shares/<int:share_id>/",
        "partner_a",
        lambda c: f"/partners/shares/{c.share.pk}/",
        "share.view",
        lambda c: c.referral,
    ),
    Read(
        "partners/shares/<int:share_id>/",
        "practitioner",
        lambda c: f"/partners/shares/{c.share.pk}/",
        "share.view",
        lambda c: c.referral,
    ),
    Read(
        "partners/shares/<int:share_id>/history/",
        "manager",
        lambda c: f"/partners/shares/{c.share.pk}/history/",
        "share.history_view",
        lambda c: c.referral,
    ),
    Read(
        "partners/shares/<int:share_id>/pack.pdf",
        "partner_a",
        lambda c: f"/partners/shares/{c.share.pk}/pack.pdf",
        "share.download",
        lambda c: c.referral,
    ),
    Read(
        "partners/shares/<int:share_id>/outcome/",
        "partner_a",
        lambda c: f"/partners/shares/{c.share.pk}/outcome/",
        "share.view",
        lambda c: c.referral,
    ),
    Read(
        "partners/shares/<int:share_id>/decline/",
        "partner_a",
        lambda c: f"/partners/shares/{c.share.pk}/decline/",
        "share.view",
        lambda c: c.referral,
    ),
    Read(
        "partners/shares/<int:share_id>/messages/",
        "partner_a",
        lambda c: f"/partners/shares/{c.share.pk}/messages/",
        "share.view",
        lambda c: c.referral,
    ),
    Read(
        "referrals/<str:reference>/close/",
        "practitioner",
        lambda c: f"/referrals/{c.referral.reference}/close/",
        "referral.view",
        lambda c: c.referral,
    ),
    Read(
        "referrals/<str:reference>/reopen/",
        "practitioner",
        lambda c: f"/referrals/{c.referral.reference}/reopen/",
        "referral.view",
        lambda c: c.referral,
    ),
    Read(
        "referrals/<str:reference>/merge/",
        "practitioner",
        lambda c: f"/referrals/{c.referral.reference}/merge/",
        "referral.view",
        lambda c: c.referral,
    ),
    Read("referrals/closures/", "supervisor", lambda c: "/referrals/closures/", "case_list.view"),
    Read(
        "partners/referrals/<str:reference>/share/",
        "practitioner",
        lambda c: f"/partners/referrals/{c.referral.reference}/share/",
        "referral.view",
        lambda c: c.referral,
    ),
    Read(
        "partners/referrals/<str:reference>/marac/",
        "practitioner",
        lambda c: f"/partners/referrals/{c.referral.reference}/marac/",
        "referral.view",
        lambda c: c.referral,
    ),
    Read(
        "partners/referrals/<str:reference>/disclosures.csv",
        "practitioner",
        lambda c: f"/partners/referrals/{c.share.referral.reference}/disclosures.csv",
        "disclosures.export",
        lambda c: c.referral,
    ),
    Read(
        "partners/authorisations/",
        "supervisor",
        lambda c: "/partners/authorisations/",
        "case_list.view",
        lambda c: c.held_share.referral,
    ),
    Read(
        "partners/encompass/<int:notice_id>/",
        "practitioner",
        lambda c: f"/partners/encompass/{c.notice.pk}/",
        "encompass.view",
        lambda c: c.notice.referral,
    ),
    Read(
        "partners/marac/",
        "practitioner",
        lambda c: f"/partners/marac/?meeting={c.marac_case.meeting_id}",
        "marac.list_view",
        lambda c: c.referral,
    ),
    Read(
        "partners/isrs/",
        "partner_a",
        lambda c: "/partners/isrs/",
        "case_list.view",
        lambda c: c.isr.share.referral,
    ),
    Read(
        "partners/isrs/new/",
        "partner_a",
        lambda c: f"/partners/isrs/new/?share={c.share.pk}",
        "case_list.view",
        lambda c: c.referral,
    ),
    Read(
        "partners/isrs/queue/",
        "practitioner",
        lambda c: "/partners/isrs/queue/",
        "case_list.view",
        lambda c: c.isr.share.referral,
    ),
    Read(
        "partners/isrs/<int:isr_id>/",
        "partner_a",
        lambda c: f"/partners/isrs/{c.isr.pk}/",
        "isr.view",
        lambda c: c.referral,
    ),
    Read(
        "partners/isrs/<int:isr_id>/attachments/<int:attachment_id>/",
        "partner_a",
        lambda c: f"/partners/isrs/{c.isr.pk}/attachments/{c.attachment.pk}/",
        "isr.download",
        lambda c: c.referral,
    ),
    # --- the practitioner's workspace -----------------------------------------------------------
    Read(
        "referrals/<str:reference>/notes/",
        "practitioner",
        lambda c: f"/referrals/{c.referral.reference}/notes/",
        "referral.view",
        lambda c: c.referral,
    ),
    Read(
        "referrals/<str:reference>/notes/<int:note_id>/",
        "manager",
        lambda c: f"/referrals/{c.referral.reference}/notes/{c.note.pk}/",
        "note.view",
        lambda c: c.referral,
    ),
    Read(
        "referrals/people/<int:person_id>/notes/",
        "practitioner",
        lambda c: f"/referrals/people/{c.person.pk}/notes/",
        "person.view",
    ),
    Read(
        "referrals/people/<int:person_id>/notes/<int:note_id>/",
        "supervisor",
        lambda c: f"/referrals/people/{c.person.pk}/notes/{c.person_note.pk}/",
        "note.view",
    ),
    Read(
        "referrals/<str:reference>/attachments/",
        "officer",
        lambda c: f"/referrals/{c.referral.reference}/attachments/",
        "referral.view",
        lambda c: c.referral,
    ),
    Read(
        "referrals/<str:reference>/attachments/<int:attachment_id>/",
        "officer",
        lambda c: f"/referrals/{c.referral.reference}/attachments/{c.referral_file.pk}/",
        "attachment.download",
        lambda c: c.referral,
    ),
    Read(
        "partners/shares/<int:share_id>/attachments/<int:attachment_id>/",
        "partner_a",
        lambda c: f"/partners/shares/{c.share_with_file.pk}/attachments/{c.referral_file.pk}/",
        "share.attachment_download",
        lambda c: c.referral,
    ),
    Read(
        "partners/shares/<int:share_id>/messages/<int:message_id>/attachments/<int:attachment_id>/",
        "practitioner",
        lambda c: (
            f"/partners/shares/{c.share_with_file.pk}/messages/{c.message.pk}"
            f"/attachments/{c.message.attachments.get().pk}/"
        ),
        "share.message_attachment_download",
        lambda c: c.referral,
    ),
    Read(
        "api/v1/referrals/<str:reference>/notes/",
        "supervisor",
        lambda c: f"/api/v1/referrals/{c.note.referral.reference}/notes/",
        "note.list_view",
        lambda c: c.referral,
    ),
    Read(
        "api/v1/people/<str:person_id>/notes/",
        "practitioner",
        lambda c: f"/api/v1/people/{c.person_note.person_id}/notes/",
        "note.list_view",
    ),
    Read(
        "api/v1/referrals/<str:reference>/attachments/",
        "officer",
        lambda c: f"/api/v1/referrals/{c.referral_file.referral.reference}/attachments/",
        "attachment.list_view",
        lambda c: c.referral,
    ),
    Read(
        "api/v1/referrals/<str:reference>/attachments/<str:attachment_id>/",
        "practitioner",
        lambda c: f"/api/v1/referrals/{c.referral.reference}/attachments/{c.referral_file.pk}/",
        "attachment.download",
        lambda c: c.referral,
    ),
    # --- audit ---------------------------------------------------------------------------------
    Read("audit/events/", "auditor", lambda c: "/audit/events/", "audit.view"),
    Read("audit/events.csv", "auditor", lambda c: "/audit/events.csv", "audit.export"),
    Read(
        "audit/people/<int:person_id>/",
        "auditor",
        lambda c: f"/audit/people/{c.person.pk}/",
        "audit.person_log_view",
    ),
    Read(
        "audit/people/<int:person_id>/subject-access/",
        "supervisor",
        lambda c: f"/audit/people/{c.person.pk}/subject-access/",
        "person.subject_access",
    ),
    Read(
        "audit/people/<int:person_id>/subject-access.<str:fmt>",
        "supervisor",
        lambda c: f"/audit/people/{c.person.pk}/subject-access.json",
        "person.subject_access",
    ),
    Read(
        "audit/referrals/<str:reference>/",
        "auditor",
        lambda c: f"/audit/referrals/{c.referral.reference}/",
        "audit.referral_log_view",
        lambda c: c.referral,
    ),
    Read(
        "audit/retention/",
        "supervisor",
        lambda c: "/audit/retention/",
        "retention.queue_view",
        lambda c: c.retention_review.referral,
    ),
    Read(
        "audit/retention/<int:review_id>/",
        "supervisor",
        lambda c: f"/audit/retention/{c.retention_review.pk}/",
        "retention.view",
        lambda c: c.retention_review.referral,
    ),
    # --- dashboards ----------------------------------------------------------------------------
    Read(
        "dashboards/overview/",
        "manager",
        lambda c: "/dashboards/overview/",
        "dashboard.view",
        lambda c: c.flag.referral,
    ),
    Read(
        "dashboards/export/<slug:key>.csv",
        "manager",
        lambda c: "/dashboards/export/flagged.csv",
        "dashboard.export",
        lambda c: c.flag.referral,
    ),
    Read("dashboards/capacity/", "manager", lambda c: "/dashboards/capacity/", "capacity.view"),
    Read(
        "dashboards/frontline/",
        "spoc",
        lambda c: "/dashboards/frontline/",
        "frontline.view",
        lambda c: c.area_referral,
    ),
    Read(
        "dashboards/frontline/export/<slug:key>.csv",
        "spoc",
        lambda c: "/dashboards/frontline/export/attention.csv",
        "frontline.export",
        lambda c: c.area_referral,
    ),
    Read(
        "dashboards/frontline/referrals/<str:reference>/write/",
        "spoc",
        lambda c: f"/dashboards/frontline/referrals/{c.area_referral.reference}/write/",
        "frontline.referral_view",
        lambda c: c.area_referral,
    ),
    # Counts per area, team and officer, no referral named.
    Read(
        "dashboards/frontline/learning-needs/",
        "spoc",
        lambda c: "/dashboards/frontline/learning-needs/",
        "frontline.gap_view",
    ),
    Read(
        "dashboards/frontline/officer-audits/",
        "auditor",
        lambda c: (
            f"/dashboards/frontline/officer-audits/?month={c.officer_audit.round.month:%Y-%m}"
        ),
        "case_list.view",
        lambda c: c.officer_audit.submission.referral,
    ),
    Read(
        "dashboards/frontline/officer-audits/<int:audit_id>/",
        "auditor",
        lambda c: f"/dashboards/frontline/officer-audits/{c.officer_audit.pk}/",
        "officer_audit.view",
        lambda c: c.officer_audit.submission.referral,
    ),
    Read(
        "dashboards/frontline/officer-audits/results/",
        "manager",
        lambda c: "/dashboards/frontline/officer-audits/results/",
        "officer_audit.results_view",
    ),
    Read("partners/notices/", "lead_a", lambda c: "/partners/notices/", "partner_notices.view"),
    Read(
        "partners/webhooks/<int:webhook_id>/",
        "lead_a",
        lambda c: f"/partners/webhooks/{_webhook(c.lead_a).pk}/",
        "webhook_log.view",
    ),
    Read(
        "dashboards/reports/<str:day>.pdf",
        "manager",
        lambda c: f"/dashboards/reports/{date.today() - timedelta(days=1)}.pdf",
        "report.download",
    ),
    # --- API -----------------------------------------------------------------------------------
    Read(
        "api/v1/referrals/<str:reference>/",
        "practitioner",
        lambda c: f"/api/v1/referrals/{c.referral.reference}/",
        "referral.view",
        lambda c: c.referral,
    ),
    Read(
        "api/v1/referrals/<str:reference>/risk/",
        "practitioner",
        lambda c: f"/api/v1/referrals/{c.referral.reference}/risk/",
        "referral.view",
        lambda c: c.referral,
    ),
]

# Action endpoints: they refuse a GET (checked below), so they show nothing; the action each
# runs writes its own event (tests/audit/test_every_action_audited.py).
PARTNER_API = "api/v1/partner/"
READS += [
    Read(
        PARTNER_API + "shares/",
        "system_a",
        lambda c: f"/{PARTNER_API}shares/",
        "case_list.view",
        lambda c: c.share.referral,
    ),
    Read(
        PARTNER_API + "shares/<str:share_id>/",
        "system_a",
        lambda c: f"/{PARTNER_API}shares/{c.share.pk}/",
        "share.view",
        lambda c: c.share.referral,
    ),
    Read(
        PARTNER_API + "shares/<str:share_id>/pack/",
        "system_a",
        lambda c: f"/{PARTNER_API}shares/{c.share.pk}/pack/",
        "share.download",
        lambda c: c.share.referral,
    ),
    Read(
        PARTNER_API + "shares/<str:share_id>/messages/",
        "system_a",
        lambda c: f"/{PARTNER_API}shares/{c.share.pk}/messages/",
        "share.view",
        lambda c: c.share.referral,
    ),
    Read(
        PARTNER_API + "isrs/",
        "system_a",
        lambda c: f"/{PARTNER_API}isrs/",
        "case_list.view",
        lambda c: c.isr.share.referral,
    ),
    Read(
        PARTNER_API + "isrs/<str:isr_id>/",
        "system_a",
        lambda c: f"/{PARTNER_API}isrs/{c.isr.pk}/",
        "isr.view",
        lambda c: c.isr.share.referral,
    ),
    Read(
        PARTNER_API + "isrs/<str:isr_id>/attachments/<str:attachment_id>/",
        "system_a",
        lambda c: f"/{PARTNER_API}isrs/{c.attachment.isr_id}/attachments/{c.attachment.pk}/",
        "isr.download",
        lambda c: c.isr.share.referral,
    ),
]

POST_ONLY = {
    "logout/",
    "account/sign-out-everywhere/",
    "account/keep-alive/",
    "account/recovery-codes/",
    "referrals/drafts/<int:draft_id>/delete/",
    "referrals/drafts/<int:draft_id>/<str:kind>/<str:key>/remove/",
    "referrals/queue/next/",
    "referrals/queue/allocate/",
    "referrals/queue/close/",  # its choice and preview are audited as list views (test_closure)
    "referrals/matches/<int:match_id>/",
    "referrals/matches/confirm/",  # its preview is audited as a list view (test_matches_views)
    "referrals/matches/reject/",  # the same
    "risk/reviews/bulk/",  # its choice and preview are audited as list views (test_bulk_review)
    "referrals/sla/closures/<int:closure_id>/remove/",
    "referrals/<str:reference>/triage/",
    "referrals/<str:reference>/route/",
    "referrals/<str:reference>/return/",
    "referrals/<str:reference>/correct/",
    "notifications/read/",
    "risk/referrals/<str:reference>/children/<int:subject_id>/suggest/",
    "referrals/drafts/<int:draft_id>/assessment/<str:key>/suggest/",  # as risk's, for the draft
    "risk/quality/sample/",
    "partners/shares/<int:share_id>/acknowledge/",
    "partners/shares/<int:share_id>/withdraw/",
    "partners/shares/<int:share_id>/authorise/",
    "partners/shares/<int:share_id>/refuse/",
    "partners/marac/meetings/<int:meeting_id>/remove/",
    "partners/team/<int:user_id>/active/",
    "partners/team/<int:user_id>/safeguarding-lead/",
    "partners/webhooks/<int:webhook_id>/active/",
    "partners/webhooks/<int:webhook_id>/deliveries/<int:delivery_id>/replay/",
    "referrals/rota/<int:entry_id>/remove/",
    "dashboards/capacity/absences/<int:absence_id>/remove/",
    "api/v1/referrals/",  # intake from records systems
    # A referral's end: the actions' own events (referral.close, .reopen, .merge).
    "api/v1/referrals/<str:reference>/close/",
    "api/v1/referrals/<str:reference>/reopen/",
    "api/v1/referrals/<str:reference>/merge/",
    # The partner API's steps on a share: the portal actions' own events.
    PARTNER_API + "shares/<str:share_id>/acknowledge/",
    PARTNER_API + "shares/<str:share_id>/outcome/",
    PARTNER_API + "shares/<str:share_id>/decline/",
    "partners/systems/<int:system_id>/revoke/",
    # A note's correction: the action's own event (note.correct, or note.add for a new note).
    "api/v1/referrals/<str:reference>/notes/<str:note_id>/correction/",
}

# Pages that show no case data, each with the reason.
EXEMPT = {
    "": "Redirects each person to their start page; shows nothing itself.",
    "healthz": "Liveness check for the load balancer.",
    "readyz": "Readiness check for the load balancer.",
    "metrics": "Counts and ages for Prometheus, to the monitoring network only; no case data.",
    "login/": "The sign-in form; signing in is audited as auth.login.",
    "accessibility/": "The accessibility statement: the same words for everyone.",
    "oidc/authenticate/": "Hands over to the identity provider for single sign-on.",
    "oidc/callback/": "The identity provider's return; the sign-in is audited as auth.login.",
    "invitation/<uidb64>/<token>/": "An invited partner user chooses a password.",
    "account/": "The person's own account and sessions.",
    "account/two-factor/set-up/": "Two-factor enrolment (a QR code for the person's own app).",
    "account/two-factor/": "The two-factor check at sign-in.",
    "referrals/new/": "The form's start page: the officer's own drafts, by start time only.",
    "referrals/sla/": "SLA targets and closure days: configuration.",
    "risk/model/": "The risk model's factors and thresholds: configuration.",
    "risk/catalogue/": "The risk reader's catalogue, and counts of flags per pattern: no case.",
    "risk/catalogue/progress/": "How far a re-read has gone: two numbers.",
    "risk/catalogue/patterns.csv": "Counts of flags per pattern (audited as config.export).",
    "partners/sharing-rules/": "Which grades need a supervisor's authorisation: configuration.",
    "partners/marac/meetings/": "MARAC meeting dates: configuration.",
    "partners/team/": "The partner lead's own agency's users: no case data.",
    "partners/team/invite/": "The form to invite a user to the lead's agency.",
    "partners/preferences/": "The partner user's own e-mail settings: no case data.",
    "partners/webhooks/": "The lead's agency's webhooks: addresses and events, no case data.",
    "partners/webhooks/new/": "The form to add a webhook to the lead's agency's system.",
    "partners/systems/": "The lead's own agency's case systems: names and dates, no case data.",
    "partners/systems/new/": "The form to register one of the lead's agency's case systems.",
    "referrals/rota/": "The area teams' duty rota: configuration.",
    "dashboards/reports/": "The daily report's delivery log; each report download is audited.",
    "api/schema/": "The static OpenAPI schema.",
    "api/docs/": "The viewer of the static OpenAPI schema.",
}

ROUTES = sorted(url_routes())
COVERED = {r.route for r in READS} | POST_ONLY | set(EXEMPT)


def test_discovery_finds_the_pages_of_every_app() -> None:
    # A guard on the introspection itself: if it found nothing, every other test would pass.
    assert {
        "referrals/queue/",
        "risk/approvals/",
        "partners/inbox/",
        "audit/retention/",
        "dashboards/overview/",
        "api/v1/referrals/<str:reference>/",
    } <= set(ROUTES)
    assert not [r for r in ROUTES if r.startswith("admin/")]


@pytest.mark.parametrize("route", ROUTES)
def test_every_url_has_a_row(route) -> None:
    if route not in COVERED:
        pytest.fail(
            f"/{route} has no row in tests/audit/test_reads_audited.py: add it to READS (a "
            "reader, a URL and the audit event its GET must write), to POST_ONLY if it only "
            "accepts POST, or to EXEMPT with the reason it shows no case data.",
            pytrace=False,
        )


def test_no_row_for_a_missing_url() -> None:
    missing = sorted(COVERED - set(ROUTES))
    assert not missing, f"no such URL any more, remove its row: {missing}"


def test_each_url_is_in_one_table_only() -> None:
    reads = {r.route for r in READS}
    assert not (reads & POST_ONLY) | (reads & set(EXEMPT)) | (POST_ONLY & set(EXEMPT))


def _any_url(route: str) -> str:
    """A URL that the route matches, with placeholder values: a POST-only view refuses the
    method before it looks anything up."""
    return "/" + re.sub(r"<(?:(\w+):)?\w+>", lambda m: "1" if m.group(1) == "int" else "x", route)


@pytest.mark.parametrize("route", sorted(POST_ONLY))
def test_post_only_endpoints_refuse_a_get(client_for, practitioner, route) -> None:
    from referrals.integration import do_create_integration_client

    url = _any_url(route)
    assert resolve(url).route == route
    # Signed in, and with an integration client's token for the intake API, so the answer is
    # about the method, not about who is asking.
    _, token = do_create_integration_client(actor=None, name="Niche", source_system="niche-rms")
    if route.startswith(PARTNER_API):  # the partner API takes a partner system's token
        token = partner_system("herefordshire-cs")[1]
    response = client_for(practitioner).get(url, HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == 405, f"/{route} answers a GET with {response.status_code}"


@pytest.mark.parametrize("row", READS, ids=lambda r: f"{r.route}-{r.reader}")
def test_each_read_of_case_data_is_audited(db, request, client_for, row) -> None:
    case = Case(request)
    url = row.url(case)
    assert resolve(urlsplit(url).path).route == row.route, f"{url} is not /{row.route}"
    referral = row.referral(case) if row.referral else None
    reader = getattr(case, row.reader)
    # A case system reads by its token; people sign in.
    client = (
        Client(HTTP_AUTHORIZATION=f"Bearer {case.system_a_token}")
        if row.reader == "system_a"
        else client_for(reader)
    )
    before = AuditEvent.objects.order_by("-id").values_list("id", flat=True).first() or 0

    response = client.get(url)

    assert response.status_code == 200, f"{url} answered {response.status_code}"
    events = AuditEvent.objects.filter(id__gt=before, actor=reader, action=row.event)
    assert events.exists(), f"{url} wrote no {row.event} event for {row.reader}"
    if referral is not None:
        assert events.filter(
            Q(referral=referral) | Q(details__referrals__contains=[referral.pk])
        ).exists(), f"{url}: the {row.event} event does not name {referral.reference}"
