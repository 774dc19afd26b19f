"""Every list renders in as many queries with one row as with many (no N+1), and shows its rows.

One declared table drives it (LISTS): each list page, list export and list API operation, the
person who may see it, and a builder that adds rows of what it lists and returns text each row
shows. The page is fetched once to warm per-process caches (content types, roles), then counted
with one row, then with MANY rows; the counts must be equal and every row must be on the page.

Every named URL of the service is either in the table or in NOT_LISTS with the reason it is not a
list, so a new page cannot skip the rule unnoticed (test_every_url_is_classified).
"""

import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import URLResolver, get_resolver, reverse
from django.utils import timezone

from audit.actions import do_mark_for_disposal, record_event
from audit.history import history_context
from audit.models import RetentionReview
from dashboards.actions import do_add_absence, do_set_roster
from dashboards.models import CapacityAlert, DailyReportDelivery
from officer.actions import do_start_draft
from partners.actions import do_acknowledge_share, do_set_authorisation_rule
from partners.marac import do_add_marac_meeting, do_refer_to_marac
from partners.models import LawfulBasis, MaracMeeting, Share, WebhookAttempt
from partners.portal_actions import (
    IsrInput,
    do_post_share_message,
    do_raise_isr,
    do_record_share_outcome,
    do_respond_isr,
    notify,
)
from partners.systems import do_register_partner_system, do_revoke_partner_system
from partners.webhooks import do_create_webhook
from referrals.actions.allocation import do_start_triage
from referrals.actions.closure import do_close_referral
from referrals.actions.imports import do_start_import
from referrals.actions.returns import do_return_to_officer
from referrals.actions.routing import do_route_referral
from referrals.actions.sla_policy import do_add_closure_day, do_publish_sla_policy
from referrals.attachments import do_add_referral_attachment
from referrals.models import (
    ClockKind,
    ClockState,
    ClosureOutcome,
    ImportJob,
    NoteKind,
    Referral,
    ReferralSubject,
    SlaClock,
)
from referrals.notes import do_add_case_note, do_add_correction_note
from referrals.repeats import refresh_repeat_counts
from referrals.rota import do_add_duty
from risk.actions import (
    FactorChange,
    do_publish_catalogue,
    do_publish_risk_model,
    do_save_assessment,
)
from risk.forms import RiskModelForm
from risk.models import AuditKind, QualityAudit, QualityAuditRound, UnderGradingFlag
from risk.quality_actions import RubricScores, do_score_quality_audit
from risk.reading import current_catalogue_version
from risk.scoring import current_model_version
from tests.factories import (
    UserFactory,
    approved_referral,
    assessment_input,
    child,
    partner_system,
    share_with,
    submit_referral,
    submitted_assessment,
)
from vhub.clock import now
from vhub.models import Agency

MANY = 6

_serial = itertools.count(1)


def _tag(prefix: str) -> str:
    """Text unique to one row, so the test can find that row on the page."""
    return f"{prefix}{next(_serial):04d}"


class Cast:
    """The test cast (tests/conftest.py) by attribute, created when first asked for."""

    def __init__(self, request: pytest.FixtureRequest) -> None:
        self._request = request

    def __getattr__(self, name: str):
        return self._request.getfixturevalue(name)


@pytest.fixture
def lead_a(herefordshire):
    """The partner lead at Herefordshire children's services."""
    return UserFactory(username="lead.a", roles=["partner_lead"], agency=herefordshire)


@pytest.fixture
def system_a_token(herefordshire):  # type: ignore[no-untyped-def]
    """Herefordshire's case system on the partner API: its token."""
    return partner_system("herefordshire-cs")[1]


SYSTEM = "system_a"  # a viewer that reads the partner API with system_a_token

Adder = Callable[[Cast, dict, int], list[str]]


@dataclass(frozen=True)
class ListCase:
    """One list: its URL name, who may see it, and how to add `n` rows of what it lists.

    `setup` makes what the list belongs to (a person, a referral, a meeting) and returns a dict
    the adder shares; its "url" entry holds the URL's arguments. `add(cast, ctx, n)` adds n rows
    and returns text that each of them shows on the page."""

    name: str  # the URL name, as reverse() takes it
    viewer: str  # a fixture of the cast
    add: Adder
    variant: str = ""  # which of the page's lists, where it has several
    setup: Callable[[Cast], dict] = field(default=lambda cast: {})
    query: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    many: int = MANY

    @property
    def id(self) -> str:
        return f"{self.name}[{self.variant}]" if self.variant else self.name


# --- Builders ------------------------------------------------------------------------------------


def _submitted(cast: Cast, ctx: dict, n: int) -> list[str]:
    return [submit_referral(cast.officer).reference for _ in range(n)]


def _queue_rows(cast: Cast, ctx: dict, n: int) -> list[str]:
    """Open referrals of each kind the queue shows: allocated or not, flagged or not."""
    references = []
    for _ in range(n):
        referral = submit_referral(cast.officer)
        ctx["rows"] = ctx.get("rows", 0) + 1
        if ctx["rows"] % 2:
            do_start_triage(referral, actor=cast.practitioner)  # allocates it to them
        if ctx["rows"] % 3:
            UnderGradingFlag.objects.create(
                referral=referral, kind="lexicon", key="strangled", reason="A word", raised_at=now()
            )
        references.append(referral.reference)
    return references


def _closed(cast: Cast, ctx: dict, n: int) -> list[str]:
    """Closed referrals, for the queue filtered to them: each row shows its outcome."""
    references = []
    for _ in range(n):
        referral = submit_referral(cast.officer)
        do_close_referral(
            referral,
            actor=cast.practitioner,
            outcome=ClosureOutcome.objects.get(code="transferred"),
            rationale="Moved to another force.",
        )
        references.append(referral.reference)
    return [*references, "Transferred to another force or area"]


def _closures_to_sign_off(cast: Cast, ctx: dict, n: int) -> list[str]:
    """High referrals never shared whose closure waits for sign-off: each row has the badge."""
    references = []
    for _ in range(n):
        referral = approved_referral(cast.officer, cast.practitioner, cast.supervisor)
        do_close_referral(
            referral,
            actor=cast.practitioner,
            outcome=ClosureOutcome.objects.get(code="no-further-action-police"),
            rationale="No offence disclosed.",
        )
        references.append(referral.reference)
    return [*references, "Closure awaiting sign-off"]


def _returned(cast: Cast, ctx: dict, n: int) -> list[str]:
    tags = []
    for _ in range(n):
        referral = submit_referral(cast.officer)
        tag = _tag("Missing")
        do_return_to_officer(referral, actor=cast.practitioner, reason=f"{tag}: the school")
        tags += [referral.reference, tag]
    return tags


def _drafts(cast: Cast, ctx: dict, n: int) -> list[str]:
    return [
        f'href="{reverse("referrals:draft", args=[do_start_draft(actor=cast.officer).pk])}"'
        for _ in range(n)
    ]


def _closures(cast: Cast, ctx: dict, n: int) -> list[str]:
    tags = []
    for _ in range(n):
        tag = _tag("Closed")
        day = timezone.localdate(now()) + timedelta(days=30 + len(ctx.setdefault("days", [])))
        ctx["days"].append(day)
        do_add_closure_day(actor=cast.manager, day=day, reason=tag)
        tags.append(tag)
    return tags


def _sla_versions(cast: Cast, ctx: dict, n: int) -> list[str]:
    tags = [_tag("SlaChange") for _ in range(n)]
    for tag in tags:
        do_publish_sla_policy(actor=cast.manager, targets={}, note=tag)
    return tags


def _imports(cast: Cast, ctx: dict, n: int) -> list[str]:
    tags = [_tag("backlog") for _ in range(n)]
    for tag in tags:
        upload = SimpleUploadedFile(
            f"{tag}.csv", b"external_id,incident_reference\n", content_type="text/csv"
        )
        do_start_import(actor=cast.manager, upload=upload)  # the import runs after commit
    return [f"{tag}.csv" for tag in tags]


def _notifications(cast: Cast, ctx: dict, n: int) -> list[str]:
    tags = [_tag("Notice") for _ in range(n)]
    for tag in tags:
        notify([cast.practitioner], title=tag, body="A clock is at risk.", url="/")
    return tags


def _one_child(cast: Cast) -> dict:
    referral = submit_referral(cast.officer, children=[child(first_name=_tag("Kid"))])
    person = referral.subjects.get().person
    return {"person": person, "url": {"person_id": person.pk}}


def _child_json(cast: Cast) -> dict:
    """The child's subject-access export, as JSON."""
    ctx = _one_child(cast)
    ctx["url"]["fmt"] = "json"
    return ctx


def _about_the_child(cast: Cast, ctx: dict, n: int) -> list[str]:
    """More referrals about the same child (as a confirmed match leaves them)."""
    references = []
    for _ in range(n):
        referral = submit_referral(cast.officer)
        ReferralSubject.objects.filter(referral=referral).update(person=ctx["person"])
        references.append(referral.reference)
    return references


def _assessed_and_shared_about_the_child(cast: Cast, ctx: dict, n: int) -> list[str]:
    """More referrals about the child, each assessed, decided and shared: the subject-access
    export lists every referral with its assessment, decisions and shares."""
    references = []
    for _ in range(n):
        referral = approved_referral(cast.officer, cast.practitioner, cast.supervisor)
        share_with(referral, cast.practitioner)
        ReferralSubject.objects.filter(referral=referral).update(person=ctx["person"])
        references.append(referral.reference)
    return references


def _one_referral(cast: Cast) -> dict:
    referral = submit_referral(cast.officer)
    return {"referral": referral, "url": {"reference": referral.reference}}


def _routings(cast: Cast, ctx: dict, n: int) -> list[str]:
    """Changes of the referral's local authority, back and forth: each a row of its history
    (each in its own history context, as each request is)."""
    tags = []
    for _ in range(n):
        tag = _tag("Rerouted")
        ctx["moves"] = ctx.get("moves", 0) + 1
        area = Agency.objects.get(slug=("herefordshire-cs", "shropshire-cs")[ctx["moves"] % 2])
        with history_context(actor=cast.practitioner):
            ctx["referral"] = do_route_referral(
                ctx["referral"], actor=cast.practitioner, agency=area, reason=tag
            )
        tags.append(tag)
    return tags


def _awaiting_approval(cast: Cast, ctx: dict, n: int) -> list[str]:
    references = []
    for _ in range(n):
        referral = submit_referral(cast.officer)
        submitted_assessment(referral, cast.practitioner)
        references.append(referral.reference)
    return references


def _flagged(cast: Cast, ctx: dict, n: int) -> list[str]:
    tags = []
    for _ in range(n):
        referral = submit_referral(cast.officer)
        tag = _tag("Flagged")
        UnderGradingFlag.objects.create(
            referral=referral, kind="lexicon", key=tag, reason=tag, raised_at=now()
        )
        tags += [referral.reference, tag]
    return tags


def _flagged_references(cast: Cast, ctx: dict, n: int) -> list[str]:
    """Flagged referrals, where the list names the flag's kind rather than its reason."""
    return [text for text in _flagged(cast, ctx, n) if text.startswith("VH-")]


def _overdue(cast: Cast, ctx: dict, n: int) -> list[str]:
    """Referrals whose triage clock has breached."""
    references = []
    for _ in range(n):
        referral = submit_referral(cast.officer)
        SlaClock.objects.filter(referral=referral, kind=ClockKind.TRIAGE).update(
            state=ClockState.BREACHED, due_at=now() - timedelta(hours=1), breached_at=now()
        )
        references.append(referral.reference)
    return references


def _repeat_children(cast: Cast, ctx: dict, n: int) -> list[str]:
    """Children with three referrals each (the seeded repeat-child rule). Each is a different
    child: their own name and date of birth (the factory's child, the same in every referral,
    would be a probable match of every other, and the list shows one row per child)."""
    names = []
    for _ in range(n):
        name = _tag("Repeat")
        born = child().date_of_birth - timedelta(days=int(name.removeprefix("Repeat")))
        first = submit_referral(cast.officer, children=[child(first_name=name, date_of_birth=born)])
        person = first.subjects.get().person
        for _ in range(2):
            again = submit_referral(
                cast.officer, children=[child(first_name=name, date_of_birth=born)]
            )
            ReferralSubject.objects.filter(referral=again).update(person=person)
        refresh_repeat_counts([person.pk])  # what the actions do; this moved the child directly
        names.append(name)
    return names


def _suggested_matches(cast: Cast, ctx: dict, n: int) -> list[str]:
    """Children suggested as known children (a second referral of each), waiting a decision."""
    names = []
    for _ in range(n):
        name = _tag("Match")
        for _ in range(2):
            submit_referral(cast.officer, children=[child(first_name=name)])
        names.append(name)
    return names


def _children_found(cast: Cast, ctx: dict, n: int) -> list[str]:
    """Different children called Lily Smith (each born on another day), each in a referral:
    the search for the name finds every one, with their referral."""
    references = []
    for _ in range(n):
        born = date(2019, 1, 1) + timedelta(days=next(_serial) * 3)
        references.append(
            submit_referral(cast.officer, children=[child(date_of_birth=born)]).reference
        )
    return references


def _children_shared(cast: Cast, ctx: dict, n: int) -> list[str]:
    """Different children called Lily Smith, each in a referral shared with Herefordshire: a
    partner's search for the name finds each, with a link to its share."""
    links = []
    for _ in range(n):
        born = date(2019, 1, 1) + timedelta(days=next(_serial) * 3)
        referral = approved_referral(
            cast.officer, cast.practitioner, cast.supervisor, children=[child(date_of_birth=born)]
        )
        share = share_with(referral, cast.practitioner)
        links.append(f'href="{reverse("partners:share", args=[share.pk])}"')
    return links


def _one_import(cast: Cast) -> dict:
    job = ImportJob.objects.create(original_name="backlog.csv", created_at=now())
    return {"job": job, "url": {"job_id": job.pk}}


def _scanned(cast: Cast, ctx: dict, n: int) -> list[str]:
    """Referrals of the import in which the risk reader finds a sign of high risk."""
    references = []
    for _ in range(n):
        referral = submit_referral(
            cast.officer, narrative="He held a knife to her throat in front of the children."
        )
        Referral.objects.filter(pk=referral.pk).update(import_job=ctx["job"])
        references.append(referral.reference)
    return references


def _model_versions(cast: Cast, ctx: dict, n: int) -> list[str]:
    tags = []
    for _ in range(n):
        version = current_model_version()
        tag = _tag("ModelChange")
        do_publish_risk_model(
            actor=cast.manager,
            thresholds={name: getattr(version, name) for name in RiskModelForm.THRESHOLDS},
            factors={
                f.code: FactorChange(f.weight, f.forces_high, f.guidance)
                for f in version.factors.all()
            },
            da_high_on_its_own={q.code for q in version.da_questions.all() if q.high_on_its_own},
            note=tag,
        )
        tags.append(tag)
    return tags


def _catalogue_versions(cast: Cast, ctx: dict, n: int) -> list[str]:
    """Published catalogue versions, each adding a pattern (named in the history)."""
    tags = []
    for _ in range(n):
        content = current_catalogue_version().content
        tag = _tag("pattern").lower()
        pattern = {"indicator": "weapon", "code": tag, "pattern": tag}
        do_publish_catalogue(
            actor=cast.manager,
            content={**content, "patterns": [*content["patterns"], pattern]},
            note=tag,
        )
        tags.append(tag)
    return tags


def _pattern_flags(cast: Cast, ctx: dict, n: int) -> list[str]:
    """Narrative flags, each from its own pattern: a row each on the catalogue page."""
    tags = []
    for _ in range(n):
        referral = submit_referral(cast.officer)
        tag = _tag("pattern").lower()
        UnderGradingFlag.objects.create(
            referral=referral,
            kind="narrative",
            key="indicator:weapon",
            reason=tag,
            patterns=[tag],
            raised_at=now(),
        )
        tags.append(tag)
    return tags


def _one_assessment(cast: Cast) -> dict:
    referral = submit_referral(cast.officer)
    subject = referral.subjects.get()
    assessment = do_save_assessment(
        subject,
        assessment_input(rationale="First thoughts."),
        actor=cast.practitioner,
        submit=False,
    )
    return {"subject": subject, "url": {"assessment_id": assessment.pk}}


def _assessment_drafts(cast: Cast, ctx: dict, n: int) -> list[str]:
    """Saves of the draft assessment with a new rationale: each a row of its history."""
    tags = [_tag("Rationale") for _ in range(n)]
    for tag in tags:
        with history_context(actor=cast.practitioner):
            do_save_assessment(
                ctx["subject"],
                assessment_input(rationale=tag),
                actor=cast.practitioner,
                submit=False,
            )
    return tags


def _quality_round() -> QualityAuditRound:
    month = timezone.localdate(now()).replace(day=1)
    return QualityAuditRound.objects.get_or_create(month=month, defaults={"created_at": now()})[0]


def _sampled(cast: Cast, *, kind: str, assessor=None):
    """An approved assessment drawn into this month's sample (what do_sample_quality_audits
    writes for it), and for a joint audit the share it was sampled through."""
    assessor = assessor or cast.practitioner
    referral = approved_referral(cast.officer, assessor, cast.supervisor)
    assessment = referral.assessments.get()
    common = {
        "round": _quality_round(),
        "assessment": assessment,
        "local_authority_id": referral.local_authority_id,
        "assessor_id": assessment.assessor_id,
    }
    if kind == AuditKind.JOINT:
        share = share_with(referral, cast.practitioner)
        audit = QualityAudit.objects.create(
            kind=kind, share=share, reviewer_agency_id=share.agency_id, **common
        )
    else:
        audit = QualityAudit.objects.create(kind=kind, **common)
    return referral, audit


def _internal_audits(cast: Cast, ctx: dict, n: int) -> list[str]:
    return [_sampled(cast, kind=AuditKind.INTERNAL)[0].reference for _ in range(n)]


def _scored_audits(cast: Cast, ctx: dict, n: int) -> list[str]:
    references = []
    for _ in range(n):
        referral, audit = _sampled(cast, kind=AuditKind.INTERNAL)
        do_score_quality_audit(audit, RubricScores(3, 3, 3, True, ""), actor=cast.auditor)
        references.append(referral.reference)
    return references


def _scored_by_assessor(cast: Cast, ctx: dict, n: int) -> list[str]:
    """Results per person: a scored audit for each of n new assessors."""
    names = []
    for _ in range(n):
        name = _tag("Assessor")
        assessor = UserFactory(roles=["practitioner"], first_name=name, last_name="Lane")
        _, audit = _sampled(cast, kind=AuditKind.INTERNAL, assessor=assessor)
        do_score_quality_audit(audit, RubricScores(3, 3, 3, True, ""), actor=cast.auditor)
        names.append(f"{name} Lane")
    return names


def _joint_audits(cast: Cast, ctx: dict, n: int) -> list[str]:
    return [_sampled(cast, kind=AuditKind.JOINT)[1].share.reference for _ in range(n)]


def _shares_to_herefordshire(cast: Cast, ctx: dict, n: int) -> list[str]:
    """Shares in each state the inbox shows: new, acknowledged, with an outcome."""
    links = []
    for _ in range(n):
        referral = approved_referral(cast.officer, cast.practitioner, cast.supervisor)
        share = share_with(referral, cast.practitioner)
        ctx["rows"] = ctx.get("rows", 0) + 1
        if ctx["rows"] % 3 == 1:
            do_acknowledge_share(share, actor=cast.partner_a)
        elif ctx["rows"] % 3 == 2:
            do_record_share_outcome(share, actor=cast.partner_a, outcome="cin_s17", notes="Seen.")
        links.append(f'href="{reverse("partners:share", args=[share.pk])}"')
    return links


def _shares_for_the_system(cast: Cast, ctx: dict, n: int) -> list[str]:
    """The partner API's list: shares new, acknowledged, with an outcome, with a message."""
    ids = []
    for _ in range(n):
        referral = approved_referral(cast.officer, cast.practitioner, cast.supervisor)
        share = share_with(referral, cast.practitioner)
        ctx["rows"] = ctx.get("rows", 0) + 1
        if ctx["rows"] % 3 == 1:
            do_acknowledge_share(share, actor=cast.partner_a)
        elif ctx["rows"] % 3 == 2:
            do_record_share_outcome(share, actor=cast.partner_a, outcome="cin_s17", notes="Seen.")
        do_post_share_message(share, actor=cast.practitioner, body="Any news?")
        ids.append(f'"id":{share.pk},')
    return ids


def _isrs_for_the_system(cast: Cast, ctx: dict, n: int) -> list[str]:
    """The partner API's requests: about a share or a person, some answered with a file."""
    share = share_with(
        approved_referral(cast.officer, cast.practitioner, cast.supervisor), cast.practitioner
    )
    tags = []
    for i in range(n):
        about = {"share": share} if i % 2 == 0 else {"subject_name": "Sam Jones"}
        isr = do_raise_isr(
            IsrInput(
                urgency="routine", reason="Any known risks?", lawful_basis="ca1989_s47", **about
            ),
            actor=cast.partner_a,
        )
        if i % 2:
            do_respond_isr(
                isr,
                actor=cast.practitioner,
                response="Notes attached.",
                files=[SimpleUploadedFile("notes.txt", b"Nothing further held.")],
            )
        tags.append(f'"reference":"ISR-{isr.pk}"')
    return tags


def _shares_to_herefordshire_by_reference(cast: Cast, ctx: dict, n: int) -> list[str]:
    """Shares the agency may raise a request about (the request form's choices)."""
    return [
        share_with(
            approved_referral(cast.officer, cast.practitioner, cast.supervisor), cast.practitioner
        ).snapshot["reference"]
        for _ in range(n)
    ]


def _approved(cast: Cast) -> dict:
    referral = approved_referral(cast.officer, cast.practitioner, cast.supervisor)
    return {"referral": referral, "url": {"reference": referral.reference}}


def _case_notes(cast: Cast, ctx: dict, n: int) -> list[str]:
    """Notes on the referral (or on the person, and on their referral), some by a supervisor,
    every other one a correction of the one before: the notes section lists each."""
    tags, last = [], None
    oversight = NoteKind.objects.get(code="management_oversight")
    research = NoteKind.objects.get(code="research")
    for i in range(n):
        tag = _tag("Note")
        where = (
            {"referral": ctx["referral"]}
            if "referral" in ctx and (i % 2 or "person" not in ctx)
            else {"person": ctx.get("person")}
            if "person" in ctx
            else {"referral": ctx["referral"]}
        )
        if last is not None and i % 3 == 2 and where.get("referral") == last.referral:
            last = do_add_correction_note(last, actor=last.author, text=tag)
        elif i % 2:
            last = do_add_case_note(actor=cast.supervisor, kind=oversight, text=tag, **where)
        else:
            last = do_add_case_note(actor=cast.practitioner, kind=research, text=tag, **where)
        tags.append(tag)
    return tags


def _child_with_referral(cast: Cast) -> dict:
    ctx = _one_child(cast)
    ctx["referral"] = ctx["person"].subjects.get().referral
    return ctx


def _referral_files(cast: Cast, ctx: dict, n: int) -> list[str]:
    """Files on the referral, from the officer and from the hub."""
    names = []
    for i in range(n):
        name = f"{_tag('file')}.txt"
        who = cast.officer if i % 2 else cast.practitioner
        do_add_referral_attachment(
            ctx["referral"], SimpleUploadedFile(name, b"Scanned.\n"), actor=who
        )
        names.append(name)
    return names


def _message_files(cast: Cast, ctx: dict, n: int) -> list[str]:
    """Messages in a share's thread, each with a file."""
    names = []
    for _ in range(n):
        name = f"{_tag('sent')}.txt"
        do_post_share_message(
            ctx["share"],
            actor=cast.partner_a,
            body="See the file.",
            files=[SimpleUploadedFile(name, b"Plan.\n")],
        )
        names.append(name)
    return names


def _shares_with_replies(cast: Cast, ctx: dict, n: int) -> list[str]:
    """Shares of one referral, each with the agency's reply in its thread: the referral page
    lists the shares, their threads and clocks, and the disclosure log."""
    tags = []
    for _ in range(n):
        share = share_with(ctx["referral"], cast.practitioner)
        tag = _tag("Reply")
        do_post_share_message(share, actor=cast.partner_a, body=tag)
        tags += [tag, f'href="{reverse("partners:share", args=[share.pk])}"']
    return tags


def _partner_clocks(cast: Cast, ctx: dict, n: int) -> list[str]:
    """Shares of one referral, each with its partner clocks (the API lists every clock)."""
    return [f'"share":{share_with(ctx["referral"], cast.practitioner).pk}' for _ in range(n)]


def _messages(cast: Cast, ctx: dict, n: int) -> list[str]:
    """A share's thread: the agency and VHub in turn."""
    tags = []
    for _ in range(n):
        tag = _tag("Message")
        author = cast.partner_a if len(tags) % 2 == 0 else cast.practitioner
        do_post_share_message(ctx["share"], actor=author, body=tag)
        tags.append(tag)
    return tags


def _one_share(cast: Cast) -> dict:
    referral = approved_referral(cast.officer, cast.practitioner, cast.supervisor)
    share = share_with(referral, cast.practitioner)
    return {"share": share, "url": {"share_id": share.pk}}


def _pack_renders(cast: Cast, ctx: dict, n: int) -> list[str]:
    """New pack digests on the share (what each render of its pack writes): history rows."""
    tags = [f"{next(_serial):064x}" for _ in range(n)]
    for tag in tags:
        with history_context():
            Share.objects.filter(pk=ctx["share"].pk).update(pack_sha256=tag)
    return tags


def _authorisation_needed(cast: Cast) -> dict:
    do_set_authorisation_rule(actor=cast.manager, grade="high", needs_authorisation=True)
    return {}


def _pending_shares(cast: Cast, ctx: dict, n: int) -> list[str]:
    references = []
    for _ in range(n):
        referral = approved_referral(cast.officer, cast.practitioner, cast.supervisor)
        share_with(referral, cast.practitioner)
        references.append(referral.reference)
    return references


def _meeting(cast: Cast) -> dict:
    meeting = MaracMeeting.objects.create(date=timezone.localdate(now()) + timedelta(days=7))
    return {"meeting": meeting, "query": f"?meeting={meeting.pk}"}


def _marac_cases(cast: Cast, ctx: dict, n: int) -> list[str]:
    references = []
    for _ in range(n):
        referral = approved_referral(cast.officer, cast.practitioner, cast.supervisor)
        do_refer_to_marac(
            referral,
            actor=cast.practitioner,
            meeting=ctx["meeting"],
            professional_judgement="Judged high risk.",
            lawful_basis=LawfulBasis.CRIME_AND_DISORDER_S115,
            justification="High-risk domestic abuse.",
        )
        references.append(referral.reference)
    return references


def _marac_meetings(cast: Cast, ctx: dict, n: int) -> list[str]:
    tags = []
    for _ in range(n):
        tag = _tag("Meeting")
        day = timezone.localdate(now()) + timedelta(days=7 * (len(ctx.setdefault("days", [])) + 1))
        ctx["days"].append(day)
        do_add_marac_meeting(actor=cast.manager, day=day, note=tag)
        tags.append(tag)
    return tags


def _isrs(cast: Cast, ctx: dict, n: int) -> list[str]:
    """Requests about a shared referral (the row shows the share) and about a person."""
    share = share_with(
        approved_referral(cast.officer, cast.practitioner, cast.supervisor), cast.practitioner
    )
    tags = []
    for i in range(n):
        about = {"share": share} if i % 2 == 0 else {"subject_name": "Sam Jones"}
        isr = do_raise_isr(
            IsrInput(
                urgency="routine", reason="Any known risks?", lawful_basis="ca1989_s47", **about
            ),
            actor=cast.partner_a,
        )
        tags.append(f"ISR-{isr.pk}<")
    return tags


def _agency_systems(cast: Cast, ctx: dict, n: int) -> list[str]:
    names = []
    for _ in range(n):
        name = _tag("System")
        system, _ = do_register_partner_system(
            actor=cast.lead_a, agency=cast.herefordshire, name=name
        )
        if len(names) % 2:
            do_revoke_partner_system(system, actor=cast.lead_a)
        names.append(name)
    return names


def _agency_users(cast: Cast, ctx: dict, n: int) -> list[str]:
    return [
        UserFactory(
            username=_tag("colleague"), roles=["partner_user"], agency=cast.herefordshire
        ).username
        for _ in range(n)
    ]


def _notices(cast: Cast, ctx: dict, n: int) -> list[str]:
    """Shares to Herefordshire: its lead (and everyone there) is told of each."""
    referral = approved_referral(cast.officer, cast.practitioner, cast.supervisor)
    return [share_with(referral, cast.practitioner).reference for _ in range(n)]


def _webhooks(cast: Cast, ctx: dict, n: int) -> list[str]:
    urls = [f"https://hfd.example/{_tag('hook')}" for _ in range(n)]
    for url in urls:
        do_create_webhook(actor=cast.lead_a, url=url, events=["share.created"])
    return urls


def _a_webhook(cast: Cast) -> dict:
    webhook, _secret = do_create_webhook(
        actor=cast.lead_a,
        url="https://hfd.example/vhub",
        events=["share.created", "share.new_version"],
    )
    return {"webhook": webhook, "url": {"webhook_id": webhook.pk}}


def _webhook_deliveries(cast: Cast, ctx: dict, n: int) -> list[str]:
    """Shares to Herefordshire, each a delivery to its webhook; each tried once, with an error."""
    referral = approved_referral(cast.officer, cast.practitioner, cast.supervisor)
    uids = []
    for _ in range(n):
        share_with(referral, cast.practitioner)
        delivery = ctx["webhook"].deliveries.order_by("-pk").first()
        error = _tag("refused")
        WebhookAttempt.objects.create(delivery=delivery, at=now(), error=error, duration_ms=5)
        uids += [delivery.event.uid, error]
    return uids


def _duty_rota(cast: Cast, ctx: dict, n: int) -> list[str]:
    names = []
    for _ in range(n):
        supervisor = UserFactory(username=_tag("duty"), roles=["supervisor"])
        do_add_duty(
            actor=cast.manager,
            area=cast.herefordshire,
            supervisor=supervisor,
            first_day=None,
            last_day=None,
            weekday=None,
        )
        names.append(str(supervisor))
    return names


def _shares_of_the_referral(cast: Cast) -> dict:
    referral = approved_referral(cast.officer, cast.practitioner, cast.supervisor)
    return {"referral": referral, "url": {"reference": referral.reference}}


def _disclosures(cast: Cast, ctx: dict, n: int) -> list[str]:
    return [share_with(ctx["referral"], cast.practitioner).reference for _ in range(n)]


def _events_of_referrals(cast: Cast, ctx: dict, n: int) -> list[str]:
    """Events on referrals, with an agency: a partner user reads each."""
    references = []
    for _ in range(n):
        referral = submit_referral(cast.officer)
        record_event("referral.view", actor=cast.partner_a, obj=referral, referral=referral)
        references.append(referral.reference)
    return references


def _readers_of_the_referral(cast: Cast, ctx: dict, n: int) -> list[str]:
    names = []
    for _ in range(n):
        name = _tag("reader")
        reader = UserFactory(username=name, roles=["partner_user"], agency=cast.herefordshire)
        record_event("referral.view", actor=reader, obj=ctx["referral"], referral=ctx["referral"])
        names.append(name)
    return names


def _due_reviews(cast: Cast, ctx: dict, n: int) -> list[str]:
    references = []
    for _ in range(n):
        referral = submit_referral(cast.officer)
        RetentionReview.objects.create(
            referral=referral,
            ended_at=now() - timedelta(days=3650),
            review_due=timezone.localdate(now()) - timedelta(days=1),
            basis="High grade: 10 years after it ended",
        )
        references.append(referral.reference)
    ctx.setdefault("reviews", []).extend(references)
    return references


def _marked_for_disposal(cast: Cast, ctx: dict, n: int) -> list[str]:
    references = _due_reviews(cast, ctx, n)
    tags = []
    for review in RetentionReview.objects.filter(referral__reference__in=references):
        tag = _tag("Disposal")
        do_mark_for_disposal(review, actor=cast.supervisor, reason=tag)
        tags.append(tag)
    return references + tags


def _roster(cast: Cast, ctx: dict, n: int) -> list[str]:
    """Practitioners with usual hours and an absence each."""
    names = []
    today = timezone.localdate(now())
    for _ in range(n):
        name = _tag("Rostered")
        person = UserFactory(roles=["practitioner"], first_name=name, last_name="Lane")
        do_set_roster(actor=cast.manager, practitioner=person, hours={0: Decimal("7.5")})
        do_add_absence(
            actor=cast.manager,
            practitioner=person,
            first_day=today + timedelta(days=1),
            last_day=today + timedelta(days=2),
            reason="Annual leave",
        )
        names.append(f"{name} Lane")
    return names


def _alerts(cast: Cast, ctx: dict, n: int) -> list[str]:
    tags = [_tag("Inflow") for _ in range(n)]
    for i, tag in enumerate(tags):
        CapacityAlert.objects.create(
            raised_at=now() - timedelta(days=i + 1),
            recovered_at=now(),
            is_open=False,
            reasons=[tag],
            inflow_per_day=Decimal(5),
            throughput_per_day=Decimal(3),
            backlog=40,
        )
    return tags


def _deliveries(cast: Cast, ctx: dict, n: int) -> list[str]:
    start = DailyReportDelivery.objects.count()
    days = [timezone.localdate(now()) - timedelta(days=start + i + 1) for i in range(n)]
    for day in days:
        DailyReportDelivery.objects.create(day=day, sent_at=now(), recipients=2, sha256="0" * 64)
    return [f"{day:%-d %B %Y}" for day in days]


def _more_children(cast: Cast, ctx: dict, n: int) -> list[str]:
    """The risk API lists each child's assessment. Children are only added at intake, so each
    call sends the referral again with n more children, each assessed; the URL names it."""
    names = [_tag("Child") for _ in range(n)]
    ctx.setdefault("children", []).extend(names)
    referral = submit_referral(
        cast.officer, children=[child(first_name=name) for name in ctx["children"]]
    )
    for subject in referral.subjects.all():
        do_save_assessment(subject, assessment_input(), actor=cast.practitioner, submit=False)
    ctx["url"] = {"reference": referral.reference}
    return names


# --- The frontline loop (docs/frontline.md): `spoc` is West's contact, `officer` works in West ---


def _west_officer(cast: Cast) -> tuple[object, str]:
    """A new officer posted in West, with a name unique to the row."""
    from risk.models import OfficerPosting

    name = _tag("Constable")
    person = UserFactory(roles=["officer"], first_name=name, last_name="Lane")
    OfficerPosting.objects.create(user=person, area=cast.policing_areas[0])
    return person, f"{name} Lane"


def _officer_sent(officer, grade: str = "medium", **answers) -> Referral:  # type: ignore[no-untyped-def]
    referral = submit_referral(officer)
    do_save_assessment(
        referral.subjects.get(),
        assessment_input(grade, **answers),
        actor=officer,
        submit=False,
    )
    return referral


def _incomplete_in_west(cast: Cast, ctx: dict, n: int) -> list[str]:
    assert cast.spoc
    return [_officer_sent(cast.officer, rationale="").reference for _ in range(n)]


def _officers_in_west(cast: Cast, ctx: dict, n: int) -> list[str]:
    """Completion by officer: a referral from each of n officers of West."""
    assert cast.spoc
    names = []
    for _ in range(n):
        person, name = _west_officer(cast)
        _officer_sent(person)
        names.append(name)
    return names


def _undergraded_in_west(cast: Cast, ctx: dict, n: int) -> list[str]:
    """The gap by officer: an approved referral each officer graded standard and the hub high."""
    from risk.actions import do_decide_assessment

    assert cast.spoc
    names = []
    for _ in range(n):
        person, name = _west_officer(cast)
        referral = _officer_sent(person, "standard")
        done = do_save_assessment(
            referral.subjects.get(),
            assessment_input("high", factor_codes=["disclosure"]),
            actor=cast.practitioner,
            submit=True,
        )
        do_decide_assessment(done, actor=cast.supervisor, decision="approve")
        names.append(name)
    return [*names, "Child has disclosed harm"]


def _officer_audit(cast: Cast, person) -> object:  # type: ignore[no-untyped-def]
    """An officer's approved submission drawn into this month's officers' sample."""
    from risk.actions import do_decide_assessment
    from risk.models import OfficerAudit

    referral = _officer_sent(person)
    done = do_save_assessment(
        referral.subjects.get(), assessment_input("high"), actor=cast.practitioner, submit=True
    )
    do_decide_assessment(done, actor=cast.supervisor, decision="approve")
    submission = referral.officer_submissions.get()
    return OfficerAudit.objects.create(
        round=_quality_round(),
        submission=submission,
        area=cast.policing_areas[0],
        officer=person,
        grade_agreed=False,
    )


def _officer_audits(cast: Cast, ctx: dict, n: int) -> list[str]:
    assert cast.spoc
    return [_officer_audit(cast, cast.officer).submission.referral.reference for _ in range(n)]


def _officer_audits_scored(cast: Cast, ctx: dict, n: int) -> list[str]:
    """Results per officer: a scored audit for each of n officers."""
    from risk.frontline_actions import OfficerRubric, do_score_officer_audit

    assert cast.spoc
    names = []
    for _ in range(n):
        person, name = _west_officer(cast)
        audit = _officer_audit(cast, person)
        do_score_officer_audit(audit, OfficerRubric(3, 3, 3, ""), actor=cast.auditor)
        names.append(name)
    return names


def _feedback_to_the_officer(cast: Cast, ctx: dict, n: int) -> list[str]:
    from risk.frontline_actions import do_send_officer_feedback

    tags = []
    for _ in range(n):
        tag = _tag("Reasons")
        referral = _officer_sent(cast.officer)
        do_send_officer_feedback(referral, actor=cast.spoc, kind="feedback", message=tag)
        tags.append(tag)
    return tags


def _frontline_export(key: str) -> Callable[[Cast], dict]:
    return lambda cast: {"url": {"key": key}}


def _export(key: str) -> Callable[[Cast], dict]:
    """The CSV export of one dashboard table."""
    return lambda cast: {"url": {"key": key}}


# --- The table -----------------------------------------------------------------------------------

_HTMX = {"HX-Request": "true"}  # the page's results partial, as the filters fetch it

LISTS = [
    # referrals
    ListCase("referrals:mine", "officer", _submitted, variant="sent"),
    ListCase("referrals:mine", "officer", _returned, variant="returned"),
    ListCase("referrals:mine", "officer", _drafts, variant="drafts"),
    ListCase("referrals:new", "officer", _drafts, many=5),  # the page lists the latest five
    ListCase("referrals:queue", "practitioner", _queue_rows),
    ListCase("referrals:queue", "practitioner", _queue_rows, variant="htmx", headers=_HTMX),
    ListCase("referrals:queue", "supervisor", _closed, variant="closed", query="?status=closed"),
    ListCase("referrals:queue", "supervisor", _closures_to_sign_off, variant="sign-off"),
    ListCase("referrals:sla", "manager", _closures, variant="closures"),
    ListCase("referrals:sla", "manager", _sla_versions, variant="versions"),
    ListCase("referrals:sla_history", "manager", _sla_versions),
    ListCase("referrals:imports", "manager", _imports),
    ListCase("referrals:matches", "practitioner", _suggested_matches),
    ListCase("referrals:search", "practitioner", _children_found, query="?name=Lilly+Smyth"),
    ListCase("referrals:import_scan", "manager", _scanned, setup=_one_import),
    ListCase("referrals:import_scan_csv", "manager", _scanned, setup=_one_import),
    ListCase("notifications", "practitioner", _notifications),
    ListCase("referrals:person", "practitioner", _about_the_child, setup=_one_child),
    ListCase("referrals:history", "practitioner", _routings, setup=_one_referral),
    ListCase("referrals:detail", "practitioner", _shares_with_replies, "shares", _approved),
    ListCase("referrals:detail", "practitioner", _more_children, variant="children"),
    ListCase("referrals:detail", "practitioner", _case_notes, "notes", _one_referral),
    ListCase("referrals:detail", "officer", _referral_files, "files", _one_referral),
    ListCase("referrals:person", "manager", _case_notes, "notes", _child_with_referral),
    # risk
    ListCase("risk:approvals", "supervisor", _awaiting_approval),
    ListCase("risk:reviews", "supervisor", _flagged),
    ListCase("risk:model", "manager", _model_versions),
    ListCase("risk:model_history", "manager", _model_versions),
    ListCase("risk:catalogue", "manager", _pattern_flags),
    ListCase("risk:catalogue_history", "manager", _catalogue_versions),
    ListCase("risk:assessment_history", "practitioner", _assessment_drafts, setup=_one_assessment),
    ListCase("risk:quality", "auditor", _internal_audits),
    ListCase("risk:quality_results", "manager", _scored_by_assessor, query="?by=person"),
    ListCase("risk:quality_feedback", "practitioner", _scored_audits),
    ListCase("risk:joint_list", "partner_a", _joint_audits),
    # partners
    ListCase("partners:inbox", "partner_a", _shares_to_herefordshire),
    ListCase("partners:search", "partner_a", _children_shared, query="?name=Lilly+Smyth"),
    ListCase("partners:share", "partner_a", _messages, variant="thread", setup=_one_share),
    ListCase("partners:share", "practitioner", _message_files, "files", _one_share),
    ListCase("partners:share_history", "practitioner", _pack_renders, setup=_one_share),
    ListCase("partners:authorisations", "supervisor", _pending_shares, setup=_authorisation_needed),
    ListCase("partners:marac_list", "practitioner", _marac_cases, setup=_meeting),
    ListCase("partners:marac_meetings", "manager", _marac_meetings),
    ListCase("partners:isrs", "partner_a", _isrs),
    ListCase("partners:isr_queue", "practitioner", _isrs),
    ListCase("partners:isr_new", "partner_a", _shares_to_herefordshire_by_reference),
    ListCase("partners:team", "lead_a", _agency_users),
    ListCase("partners:notices", "lead_a", _notices),
    ListCase("partners:webhooks", "lead_a", _webhooks),
    ListCase("partners:webhook", "lead_a", _webhook_deliveries, setup=_a_webhook),
    ListCase("partners:systems", "lead_a", _agency_systems),
    ListCase("referrals:rota", "manager", _duty_rota),
    ListCase(
        "partners:disclosures_csv", "practitioner", _disclosures, setup=_shares_of_the_referral
    ),
    # audit
    ListCase("audit:events", "auditor", _events_of_referrals, query="?action=referral.view"),
    ListCase("audit:events_csv", "auditor", _events_of_referrals, query="?action=referral.view"),
    ListCase("audit:person_log", "supervisor", _about_the_child, setup=_one_child),
    ListCase("audit:referral_log", "supervisor", _readers_of_the_referral, setup=_one_referral),
    ListCase("audit:retention", "supervisor", _due_reviews, variant="due"),
    ListCase("audit:retention", "supervisor", _marked_for_disposal, variant="marked"),
    ListCase(
        "audit:subject_access", "supervisor", _assessed_and_shared_about_the_child, setup=_one_child
    ),
    ListCase(
        "audit:subject_access_export",
        "supervisor",
        _assessed_and_shared_about_the_child,
        setup=_child_json,
    ),
    # dashboards
    ListCase("dashboards:dashboard", "manager", _flagged_references, variant="flagged"),
    ListCase("dashboards:dashboard", "manager", _overdue, variant="overdue"),
    ListCase("dashboards:dashboard", "manager", _repeat_children, variant="repeat"),
    ListCase("dashboards:export", "manager", _flagged_references, "flagged", _export("flagged")),
    ListCase("dashboards:export", "manager", _overdue, "overdue", _export("overdue")),
    ListCase("dashboards:export", "manager", _repeat_children, "repeat", _export("repeat")),
    ListCase("dashboards:capacity", "manager", _roster, variant="roster"),
    ListCase("dashboards:capacity", "manager", _alerts, variant="alerts"),
    ListCase("dashboards:reports", "manager", _deliveries),
    ListCase("dashboards:frontline", "spoc", _incomplete_in_west, variant="attention"),
    ListCase("dashboards:frontline", "spoc", _officers_in_west, variant="officers"),
    ListCase(
        "dashboards:frontline_export",
        "spoc",
        _incomplete_in_west,
        "attention",
        _frontline_export("attention"),
    ),
    ListCase(
        "dashboards:frontline_export",
        "spoc",
        _officers_in_west,
        "officers",
        _frontline_export("completion_officer"),
    ),
    ListCase("dashboards:learning_needs", "spoc", _undergraded_in_west),
    ListCase("dashboards:officer_audits", "auditor", _officer_audits),
    ListCase(
        "dashboards:officer_audit_results", "manager", _officer_audits_scored, query="?by=officer"
    ),
    ListCase("referrals:mine", "officer", _feedback_to_the_officer, variant="feedback"),
    # API
    ListCase("api-referral", "practitioner", _partner_clocks, variant="clocks", setup=_approved),
    ListCase("api-referral-risk", "practitioner", _more_children),
    ListCase("api-search", "practitioner", _children_found, query="?name=Lilly+Smyth"),
    # The partner API: a case system reads by its token (SYSTEM below).
    ListCase("api-partner-shares", SYSTEM, _shares_for_the_system),
    ListCase("api-partner-share-messages", SYSTEM, _messages, setup=_one_share),
    ListCase("api-partner-isrs", SYSTEM, _isrs_for_the_system),
    ListCase("api-referral-notes", "supervisor", _case_notes, setup=_one_referral),
    ListCase("api-person-notes", "practitioner", _case_notes, setup=_child_with_referral),
    ListCase("api-referral-attachments", "officer", _referral_files, setup=_one_referral),
]

# Every other named URL, and why it is not a list (or where its rows are counted instead).
NOT_LISTS = {
    "home": "redirects to the person's start page",
    "referrals:close": "a form about one referral",
    "referrals:reopen": "a form about one referral",
    "referrals:merge": "a form about one referral",
    "referrals:closures": "a list: its query count is pinned for three and four closures in "
    "tests/referrals/test_closure.py::test_closures_waiting_list_has_a_fixed_number_of_queries",
    "healthz": "health check",
    "readyz": "health check",
    "metrics": "Prometheus metrics: counts, no list",
    "login": "sign-in form",
    "accessibility": "the accessibility statement: no data",
    "logout": "sign-out",
    "oidc_authentication_init": "single sign-on redirect",
    "oidc_authentication_callback": "single sign-on redirect",
    "invitation": "an invited partner user's password form",
    "notifications_read": "POST: marks notices read",
    "accounts:account": "the person's own account",
    "accounts:sign_out_everywhere": "POST",
    "accounts:keep_alive": "POST",
    "accounts:two_factor_setup": "form",
    "accounts:two_factor_verify": "form",
    "accounts:new_recovery_codes": "POST",
    "referrals:draft": "one draft's task list (fixed sections)",
    "referrals:draft_people": "one draft's people, read from the draft's own JSON (no queries)",
    "referrals:draft_check": "one draft's answers",
    "referrals:draft_delete": "POST",
    "referrals:draft_remove": "POST",
    "referrals:draft_entry": "form",
    "referrals:draft_section": "form",
    "referrals:next_case": "POST",
    "referrals:allocate": "POST: the allocation's preview, then the allocation; the preview's "
    "query count is pinned in tests/referrals/test_queue.py",
    "risk:bulk_review": "POST: the bulk review's choice and preview; the preview's query count is "
    "pinned in tests/risk/test_bulk_review.py",
    "referrals:bulk_close": "POST: the bulk close's choice and preview; its query count is pinned "
    "in tests/referrals/test_closure.py::test_the_bulk_close_preview_has_a_fixed_number_of_queries",
    "referrals:import_job": "one import's progress",
    "referrals:decide_match": "POST",
    "referrals:confirm_matches": "POST: the bulk confirmation's preview, then the confirmation",
    "referrals:reject_matches": "POST: the bulk rejection's preview, then the rejection",
    "referrals:sla_closure_remove": "POST",
    "referrals:start_triage": "POST",
    "referrals:route": "POST",
    "referrals:return_to_officer": "POST",
    "referrals:correct": "POST",
    "risk:decide": "one assessment",
    "risk:assess": "one child's assessment form",
    "risk:suggest": "POST: the suggestion panel",
    "referrals:draft_suggest": "POST: the suggestion panel of the officer's draft",
    "risk:review_flag": "one flag",
    "risk:catalogue_progress": "one catalogue version's re-read progress",
    "risk:catalogue_outcomes_csv": "the catalogue page's pattern counts, in one query",
    "risk:quality_sample": "POST",
    "risk:quality_score": "one audit's rubric",
    "risk:joint_score": "one joint audit's rubric",
    "dashboards:frontline_feedback": "a form about one referral, with the contact's notes on it",
    "dashboards:officer_audit_score": "one officer audit's rubric",
    "partners:share_pack": "a PDF download",
    "partners:share_acknowledge": "POST",
    "partners:share_withdraw": "POST",
    "partners:share_new": "form for one referral",
    "partners:marac_refer": "form for one referral",
    "partners:share_authorise": "POST",
    "partners:share_refuse": "POST",
    "partners:sharing_rules": "one rule per grade (three rows, fixed)",
    "partners:encompass": "one notice",
    "partners:marac_meeting_remove": "POST",
    "partners:share_outcome": "form for one share",
    "partners:share_decline": "form for one share",
    "partners:share_message": "form for one share",
    "partners:isr": "one request",
    "partners:isr_attachment": "a file download",
    "partners:team_invite": "form",
    "partners:team_user_active": "POST",
    "partners:team_user_safeguarding_lead": "POST",
    "partners:preferences": "form",
    "partners:webhook_new": "form",
    "partners:webhook_active": "POST",
    "partners:webhook_replay": "POST",
    "referrals:rota_remove": "POST",
    "audit:retention_decide": "one review",
    "dashboards:absence_remove": "POST",
    "dashboards:report": "the daily PDF: counts only, no rows",
    "api-referral-intake": "POST: intake",
    "api-referral-close": "POST: one referral",
    "api-referral-reopen": "POST: one referral",
    "api-referral-merge": "POST: one referral",
    "referrals:add_note": "form for one referral",
    "referrals:note": "one note; its corrections come in one query with their authors",
    "referrals:person_add_note": "form for one person",
    "referrals:person_note": "one note; its corrections come in one query with their authors",
    "referrals:add_attachment": "form for one referral",
    "referrals:attachment": "a file download",
    "partners:share_attachment": "a file download",
    "partners:message_attachment": "a file download",
    "api-referral-note-correction": "POST: one note",
    "api-referral-attachment": "a file download",
    "api-schema": "the OpenAPI schema",
    "partners:system_new": "form",
    "partners:system_revoke": "POST",
    "api-partner-share": "one share (its clocks and response are fixed in number)",
    "api-partner-share-pack": "a PDF download",
    "api-partner-share-acknowledge": "POST: one share",
    "api-partner-share-outcome": "POST: one share",
    "api-partner-share-decline": "POST: one share",
    "api-partner-isr": "one request: its files are one prefetch, tested in "
    "tests/partners/test_partner_api.py",
    "api-partner-isr-attachment": "a file download",
    "api-docs": "the API docs page",
}


# --- The tests -----------------------------------------------------------------------------------


def _named_urls(resolver: URLResolver | None = None, namespace: str = "") -> set[str]:
    names = set()
    for pattern in (resolver or get_resolver()).url_patterns:
        if isinstance(pattern, URLResolver):
            if pattern.namespace == "admin":
                continue  # Django's admin: its own change lists, not VHub's pages
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            names |= _named_urls(pattern, inner)
        elif pattern.name:
            names.add(f"{namespace}{pattern.name}")
    return names


def test_every_url_is_classified() -> None:
    listed = {case.name for case in LISTS}
    assert not listed & NOT_LISTS.keys(), "a URL is both a list and not a list"
    missing = _named_urls() - listed - NOT_LISTS.keys()
    assert not missing, (
        f"New URLs {sorted(missing)}: a list page or export needs a row in LISTS (with a builder "
        "of its rows); anything else goes in NOT_LISTS with the reason"
    )
    stale = (listed | NOT_LISTS.keys()) - _named_urls()
    assert not stale, f"{sorted(stale)} are no longer URLs of the service"


def _fetch(client, url: str, headers: dict[str, str]) -> tuple[int, str, list[str]]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, headers=headers)
        assert response.status_code == 200, f"{url} answered {response.status_code}"
        body = (
            b"".join(response.streaming_content)  # the CSV is written as it is read
            if response.streaming
            else response.content
        ).decode()
    return len(queries), body, [q["sql"] for q in queries.captured_queries]


def _shape(sql: str) -> str:
    """The query without its values or column list, so one query per row reads as one shape."""
    sql = re.sub(r"'(?:[^']|'')*'", "?", sql)
    sql = re.sub(r"\b\d+\b", "?", sql)
    return re.sub(r"^SELECT .*? FROM", "SELECT … FROM", sql)


def _repeated(sqls: list[str]) -> str:
    counts = Counter(_shape(sql) for sql in sqls)
    return "\n".join(f"  {n}× {sql[:400]}" for sql, n in counts.most_common() if n > 1)


@pytest.mark.parametrize("case", LISTS, ids=[case.id for case in LISTS])
def test_list_queries_do_not_grow_with_its_rows(db, case, request, client_for) -> None:
    cast = Cast(request)
    ctx = case.setup(cast)
    client = (
        Client(HTTP_AUTHORIZATION=f"Bearer {cast.system_a_token}")
        if case.viewer == SYSTEM
        else client_for(getattr(cast, case.viewer))
    )

    def url() -> str:  # an adder may name the object the URL is about
        return reverse(case.name, kwargs=ctx.get("url", {})) + case.query + ctx.get("query", "")

    first = case.add(cast, ctx, 1)
    _fetch(
        client, url(), case.headers
    )  # warms what a process keeps (content types, the person's roles)
    one, body, _ = _fetch(client, url(), case.headers)
    assert [t for t in first if t not in body] == [], f"{case.id}: the row is not on the page"

    rows = first + case.add(cast, ctx, case.many - 1)
    many, body, sqls = _fetch(client, url(), case.headers)
    assert [t for t in rows if t not in body] == [], f"{case.id}: rows missing from the page"
    assert many == one, (
        f"{case.id}: {one} queries with one row, {many} with {case.many} (an N+1). "
        f"Repeated queries:\n{_repeated(sqls)}"
    )
