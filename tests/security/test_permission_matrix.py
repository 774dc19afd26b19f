"""The permission matrix (DESIGN.md §2, §6, §7, §9): every URL in the resolver and every
operation in the OpenAPI schema, requested as every role and as partner users of two agencies,
with the ids of real objects; the status each person gets is declared in one table, MATRIX.

- A URL or API operation without a row fails `test_every_url_has_a_row` /
  `test_every_api_operation_has_a_row`, naming it: whoever adds a page decides who may use it.
- Every refusal of a signed-in person (403 or 404) must leave an `access.denied` event.
- Pages that only take POST are posted with no data: the cell says whether the person is
  refused (403, 404, sent to sign in) or not (OK: the form's errors, or the redirect after it).
  A page whose form is narrower than the page has a second row, for the POST.

Reading a row: `default` is what every signed-in person gets unless a group (`hub`,
`casework`, `officers`, `partners`, `agency_a`) or a column says otherwise; the narrower
group wins, and a column beats any group. `anon` defaults to the redirect to sign in.
"""

import copy
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from types import SimpleNamespace

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.http import HttpRequest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from drf_spectacular.generators import SchemaGenerator

from audit.models import AuditEvent, RetentionReview
from dashboards.actions import do_add_absence
from dashboards.figures import TABLE_KEYS
from officer.actions import do_save_draft_section, do_start_draft
from partners.actions import do_set_authorisation_rule
from partners.models import EncompassNotice, MaracMeeting
from partners.portal_actions import (
    IsrInput,
    do_post_share_message,
    do_raise_isr,
    do_respond_isr,
)
from partners.systems import do_revoke_partner_system
from partners.webhooks import do_create_webhook
from referrals.actions.imports import do_start_import
from referrals.actions.sla_policy import do_add_closure_day
from referrals.attachments import do_add_referral_attachment
from referrals.integration import do_create_integration_client
from referrals.models import NoteKind, PersonMatch
from referrals.notes import do_add_case_note
from referrals.rota import do_add_duty
from risk.actions import do_decide_assessment, do_save_assessment
from risk.models import OfficerAudit, QualityAudit, UnderGradingFlag
from risk.quality_actions import do_sample_quality_audits
from tests.factories import (
    TEST_PASSWORD,
    UserFactory,
    approved_referral,
    assessment_input,
    partner_system,
    share_with,
    submit_referral,
)
from vhub.clock import now

PDF = b"%PDF-1.4\n%%EOF\n"

# --- The table ---------------------------------------------------------------------------------

LOGIN = "sign in"  # redirected to the sign-in page
ADMIN_LOGIN = "admin sign in"  # redirected to the admin site's sign-in page
OK = "not refused"  # 200, 201, 204, 400 (form errors) or a redirect elsewhere than sign-in
TWO_FACTOR = "two-factor"  # redirected to the second step of signing in

# The people. `officer` sent the referral and owns the draft; `officer2` is another officer.
# `spoc` is the single point of contact of West, the policing area of Herefordshire (the
# referral's area), where `officer` works; `officer2` works in North (tests/conftest.py).
# `partner_a` and `lead_a` are at Herefordshire, the share's agency; `partner_b` at Shropshire.
# `api` is a records system's integration client (a token): a page does not read the token, so
# there it is as anonymous as `anon`;
# `no_2fa` a practitioner who gave their password but not yet the second factor: no page but
# the sign-in steps answers them (DESIGN.md §2; accounts.middleware.RequireTwoFactorMiddleware).
# `system_a` and `system_b` are the case systems of Herefordshire and Shropshire on the partner
# API (a token each), `revoked` a Herefordshire system whose token was revoked; a page does not
# read their tokens either.
PEOPLE = (
    "officer",
    "officer2",
    "spoc",
    "practitioner",
    "supervisor",
    "manager",
    "auditor",
    "admin",
    "partner_a",
    "lead_a",
    "partner_b",
)
SYSTEMS = ("system_a", "system_b", "revoked")
COLUMNS = ("anon", "no_2fa", *PEOPLE, "api", *SYSTEMS)
GROUPS = {
    "officers": ("officer", "officer2"),
    "casework": ("practitioner", "supervisor"),
    "hub": ("practitioner", "supervisor", "manager"),
    "agency_a": ("partner_a", "lead_a"),
    "partners": ("partner_a", "lead_a", "partner_b"),
}


@dataclass(frozen=True)
class Row:
    key: str  # the URL's name, or "METHOD /path" for an API operation
    url: str  # the URL's name, or its path with {placeholders} filled from the world
    method: str
    cells: dict[str, object]
    # Where a refusal leaves no `access.denied` event, and why ("*" for every column).
    unaudited: dict[str, str] = field(default_factory=dict)
    data: dict[str, str] = field(default_factory=dict)  # what a POST sends


def _cells(key: str, default, anon, no_2fa, api, given: dict[str, object]) -> dict[str, object]:
    """`given` may also hold the systems' columns; each left out answers as `api`."""
    systems = {s: given.pop(s) for s in SYSTEMS if s in given}
    unknown = set(given) - set(PEOPLE) - set(GROUPS)
    assert not unknown, f"{key}: no column or group {unknown}"
    cells: dict[str, object] = {"anon": anon, "no_2fa": no_2fa, "api": api}
    cells.update({s: systems.get(s, api) for s in SYSTEMS})
    for person in PEOPLE:
        # the narrowest group that holds this person
        groups = sorted(
            (g for g in given if person in GROUPS.get(g, ())), key=lambda g: len(GROUPS[g])
        )
        if person in given:
            cells[person] = given[person]
        else:
            cells[person] = given[groups[0]] if groups else default
    return cells


def row(
    key,
    url=None,
    *,
    post: bool = False,
    default: int = 403,
    anon=LOGIN,
    no_2fa=TWO_FACTOR,
    unaudited=None,
    api=None,
    **given,
) -> Row:
    """A page: `key` is its URL name. `post` is True (or the data to send) to POST it. `api`
    is for the few pages that read a records system's token (else it is as anonymous)."""
    cells = _cells(key, default, anon, no_2fa, anon if api is None else api, given)
    data = post if isinstance(post, dict) else {}
    return Row(key, url or key, "POST" if post else "GET", cells, unaudited or {}, data)


def api_row(
    method: str, path: str, *, anon, api, default: int = 404, unaudited=None, **given
) -> Row:
    """An API operation as the schema names it; {reference} is the world's referral."""
    cells = _cells(path, default, anon, 403, api, given)
    return Row(f"{method} {path}", path, method, cells, unaudited or {})


# Object URLs, filled from the world.
REF = "{referral.reference}"
SHARE = "/partners/shares/{share.pk}/"
HELD = "/partners/shares/{held_share.pk}/"
DRAFT = "/referrals/drafts/{draft.pk}/"
CHILD = "/risk/referrals/{referral.reference}/children/{subject.pk}/"

MATRIX: list[Row] = [
    # --- Signing in, the start page, health -------------------------------------------------
    row("home", "/", default=302),  # each person is sent to where their work is
    row("healthz", default=200, anon=200, no_2fa=200),
    # Ready or not depends on the worker's heartbeat, never on who asks.
    row("readyz", default=(200, 503), anon=(200, 503), no_2fa=(200, 503)),
    # Decided by network, never by role: the test client's 127.0.0.1 is on the development
    # allow-list (METRICS_ALLOWED_CIDRS); other networks get 404 (tests/vhub/test_metrics.py).
    row("metrics", default=200, anon=200, no_2fa=200),
    row("login", default=302, anon=200, no_2fa=302),  # signed-in people are sent on
    # The accessibility statement: open to everyone, before signing in or the second factor.
    row("accessibility", default=200, anon=200, no_2fa=200),
    # Single sign-on is switched off in the tests' settings (tests/accounts/test_oidc.py has it on).
    row("oidc_authentication_init", default=404, anon=404),
    row("oidc_authentication_callback", default=404, anon=404),
    # Signing out (here or everywhere) ends on the sign-in page.
    row("logout", post=True, default=LOGIN, no_2fa=LOGIN),
    # An invited partner's one-use link: anyone holding it may choose the password.
    row("invitation", "/invitation/{invite_uid}/{invite_token}/", default=302, anon=302),
    row("accounts:account", default=200),
    row("accounts:sign_out_everywhere", post=True, default=LOGIN),
    row("accounts:keep_alive", post=True, default=OK),
    # Verified already: on to the account page. `no_2fa` has no authenticator app yet.
    row("accounts:two_factor_setup", default=302, no_2fa=200),
    row("accounts:two_factor_verify", default=302),
    row("accounts:new_recovery_codes", post=True, default=OK),
    row("notifications", default=200),  # each person's own notices
    row("notifications_read", post=True, default=OK),
    # --- Referrals: the officer's form and drafts (the draft is `officer`'s) -----------------
    row("referrals:mine", officers=200),
    row("referrals:new", officers=200),
    row("referrals:draft", DRAFT, default=404, officer=200),
    row("referrals:draft_people", DRAFT + "people/", default=404, officer=200),
    row("referrals:draft_check", DRAFT + "check/", default=404, officer=200),
    row("referrals:draft_delete", DRAFT + "delete/", post=True, default=404, officer=OK),
    row(
        "referrals:draft_remove",
        DRAFT + "children/{draft_child}/remove/",
        post=True,
        default=404,
        officer=OK,
    ),
    row("referrals:draft_entry", DRAFT + "child/{draft_child}/", default=404, officer=200),
    row(
        "referrals:draft_suggest",
        DRAFT + "assessment/{draft_child}/suggest/",
        post=True,
        default=404,
        officer=OK,
    ),
    row("referrals:draft_section", DRAFT + "incident/", default=404, officer=200),
    # --- Referrals: the hub's work -----------------------------------------------------------
    row("referrals:queue", hub=200),
    # Search: the hub across every referral, an officer across their own (the blank form here).
    row("referrals:search", hub=200, officers=200),
    row("referrals:next_case", post=True, casework=OK),
    row("referrals:closures", supervisor=200),
    row("referrals:allocate", post=True, supervisor=OK),
    # Managers change no referral; practitioners close one at a time (DESIGN.md §2, §3).
    row("referrals:bulk_close", post=True, supervisor=OK),
    row("referrals:sla", manager=200),
    row("referrals:sla_history", manager=200),
    row("referrals:rota", manager=200),
    row("referrals:rota_remove", "/referrals/rota/{duty.pk}/remove/", post=True, manager=OK),
    row("referrals:imports", manager=200),
    row(
        "referrals:import_job",
        "/referrals/imports/{import_job.pk}/",
        manager=200,
        supervisor=200,  # the digest of clocks breached before import links here
    ),
    row(
        "referrals:import_scan",
        "/referrals/imports/{import_job.pk}/scan/",
        manager=200,
        supervisor=200,
    ),
    row(
        "referrals:import_scan_csv",
        "/referrals/imports/{import_job.pk}/scan.csv",
        manager=200,
        supervisor=200,
    ),
    row(
        "referrals:sla_closure_remove",
        "/referrals/sla/closures/{closure.pk}/remove/",
        post=True,
        manager=OK,
    ),
    # A child's record is the hub's: the officer who referred them sees the referral only.
    row("referrals:person", "/referrals/people/{person.pk}/", default=404, hub=200),
    row("referrals:decide_match", "/referrals/matches/{match.pk}/", post=True, casework=OK),
    row("referrals:matches", casework=200),
    row("referrals:confirm_matches", post=True, casework=OK),
    row("referrals:reject_matches", post=True, casework=OK),
    row("referrals:detail", f"/referrals/{REF}/", default=404, officer=200, hub=200),
    # Case notes are the hub's working record: written by its caseworkers, read by its staff.
    row("referrals:add_note", f"/referrals/{REF}/notes/", casework=200),
    row("referrals:add_note", f"/referrals/{REF}/notes/", post=True, casework=OK),
    row("referrals:note", f"/referrals/{REF}/notes/{{note.pk}}/", hub=200),
    row("referrals:note", f"/referrals/{REF}/notes/{{note.pk}}/", post=True, casework=OK),
    row("referrals:person_add_note", "/referrals/people/{person.pk}/notes/", casework=200),
    row(
        "referrals:person_add_note",
        "/referrals/people/{person.pk}/notes/",
        post=True,
        casework=OK,
    ),
    row(
        "referrals:person_note",
        "/referrals/people/{person.pk}/notes/{person_note.pk}/",
        default=404,
        hub=200,
    ),
    row(
        "referrals:person_note",
        "/referrals/people/{person.pk}/notes/{person_note.pk}/",
        post=True,
        default=404,
        manager=403,
        casework=OK,
    ),
    # Files: whoever sees the referral downloads; the officer who sent it and the hub's
    # caseworkers attach (managers read every referral but change none).
    row(
        "referrals:add_attachment",
        f"/referrals/{REF}/attachments/",
        default=404,
        officer=200,
        casework=200,
        manager=403,
    ),
    row(
        "referrals:add_attachment",
        f"/referrals/{REF}/attachments/",
        post=True,
        default=404,
        officer=OK,
        casework=OK,
        manager=403,
    ),
    row(
        "referrals:attachment",
        f"/referrals/{REF}/attachments/{{referral_attachment.pk}}/",
        default=404,
        officer=200,
        hub=200,
    ),
    # The hub's working changes are not the officer's to read.
    row("referrals:history", f"/referrals/{REF}/history/", hub=200),
    # Managers read every referral but change none (DESIGN.md §2).
    row("referrals:start_triage", f"/referrals/{REF}/triage/", post=True, default=404, casework=OK),
    row("referrals:route", f"/referrals/{REF}/route/", post=True, casework=OK),
    row("referrals:return_to_officer", f"/referrals/{REF}/return/", post=True, casework=OK),
    row("referrals:correct", f"/referrals/{REF}/correct/", post=True, officer=OK, officer2=404),
    row("referrals:close", f"/referrals/{REF}/close/", casework=200),
    row("referrals:close", f"/referrals/{REF}/close/", post=True, casework=OK),
    row("referrals:reopen", f"/referrals/{REF}/reopen/", casework=200),
    row("referrals:reopen", f"/referrals/{REF}/reopen/", post=True, casework=OK),
    row("referrals:merge", f"/referrals/{REF}/merge/", casework=200),
    row("referrals:merge", f"/referrals/{REF}/merge/", post=True, casework=OK),
    # --- Risk ----------------------------------------------------------------------------------
    row("risk:approvals", supervisor=200),
    row("risk:decide", "/risk/assessments/{assessment.pk}/decide/", supervisor=200),
    row("risk:assessment_history", "/risk/assessments/{assessment.pk}/history/", hub=200),
    # The referring officer's initial assessment is part of the referral form (DESIGN.md §2:
    # "submits referrals with an initial child risk assessment"); once sent, only the hub
    # changes it, even while it waits for triage.
    row("risk:assess", CHILD + "assess/", casework=200, officers=404),
    row(
        "risk:assess",
        "/risk/referrals/{at_intake.reference}/children/{at_intake_child.pk}/assess/",
        casework=200,
        officers=404,
    ),
    row("risk:suggest", CHILD + "suggest/", post=True, casework=OK, officers=404),
    row("risk:reviews", supervisor=200),
    # Flags reviewed together, as one at a time: supervisors only (no flag chosen: back, told).
    row("risk:bulk_review", post=True, supervisor=OK),
    row("risk:review_flag", "/risk/reviews/{flag.pk}/", supervisor=200),
    row("risk:model", manager=200),
    row("risk:model_history", manager=200),
    row("risk:catalogue", manager=200),
    row("risk:catalogue_progress", manager=200),
    row("risk:catalogue_outcomes_csv", manager=200),
    row("risk:catalogue_history", manager=200),
    row("risk:quality", auditor=200),
    row("risk:quality_sample", post=True, auditor=OK),
    row("risk:quality_score", "/risk/quality/{quality_audit.pk}/", auditor=200),
    row("risk:quality_results", auditor=200, supervisor=200, manager=200),
    row("risk:quality_feedback", officers=200, casework=200),  # assessors' own feedback
    row("risk:joint_list", partners=200),
    row("risk:joint_score", "/risk/quality/joint/{joint_audit.pk}/", agency_a=200, partner_b=404),
    # --- Partners: shares (to Herefordshire) -------------------------------------------------
    row("partners:inbox", partners=200),
    row("partners:search", partners=200),  # the children of the agency's own shares
    row("partners:share", SHARE, default=404, agency_a=200, hub=200),
    row("partners:share_history", SHARE + "history/", hub=200),
    # The file sent with the share, and one sent with a message in its thread.
    row(
        "partners:share_attachment",
        SHARE + "attachments/{referral_attachment.pk}/",
        default=404,
        agency_a=200,
        hub=200,
    ),
    row(
        "partners:message_attachment",
        SHARE + "messages/{message.pk}/attachments/{message_file.pk}/",
        default=404,
        agency_a=200,
        hub=200,
    ),
    row("partners:share_pack", SHARE + "pack.pdf", default=404, agency_a=200, hub=200),
    # Only the receiving agency acknowledges; the hub is refused by role.
    row(
        "partners:share_acknowledge", SHARE + "acknowledge/", post=True, agency_a=OK, partner_b=404
    ),
    row("partners:share_withdraw", SHARE + "withdraw/", post=True, casework=OK),
    # A share to Shropshire held for a supervisor's authorisation: not even Shropshire sees it yet.
    row("partners:share", HELD, default=404, hub=200),
    row("partners:share_authorise", HELD + "authorise/", post=True, supervisor=OK),
    row("partners:share_refuse", HELD + "refuse/", post=True, supervisor=OK),
    row("partners:share_outcome", SHARE + "outcome/", agency_a=200, partner_b=404),
    row("partners:share_decline", SHARE + "decline/", agency_a=200, partner_b=404),
    row("partners:share_message", SHARE + "messages/", agency_a=200, partner_b=404, casework=200),
    row("partners:share_new", f"/partners/referrals/{REF}/share/", casework=200),
    row("partners:marac_refer", f"/partners/referrals/{REF}/marac/", casework=200),
    row("partners:disclosures_csv", f"/partners/referrals/{REF}/disclosures.csv", hub=200),
    row("partners:authorisations", supervisor=200),
    row("partners:sharing_rules", manager=200),
    row("partners:encompass", "/partners/encompass/{notice.pk}/", default=404, casework=200),
    row("partners:marac_list", hub=200),
    row("partners:marac_meetings", manager=200),
    row(
        "partners:marac_meeting_remove",
        "/partners/marac/meetings/{meeting.pk}/remove/",
        post=True,
        manager=OK,
    ),
    # --- Partners: information requests (Herefordshire's) and the lead's team -----------------
    row("partners:isrs", partners=200),
    row("partners:isr_new", partners=200),
    row("partners:isr_queue", hub=200),
    row("partners:isr", "/partners/isrs/{isr.pk}/", default=404, agency_a=200, hub=200),
    # Only the hub's caseworkers answer a request; the agency that raised it reads the answer.
    row(
        "partners:isr",
        "/partners/isrs/{isr.pk}/",
        post=True,
        default=404,
        agency_a=403,
        hub=403,
        casework=OK,
    ),
    row(
        "partners:isr_attachment",
        "/partners/isrs/{isr.pk}/attachments/{attachment.pk}/",
        default=404,
        agency_a=200,
        hub=200,
    ),
    row("partners:team", lead_a=200),
    row("partners:team_invite", lead_a=200),
    row("partners:team_user_active", "/partners/team/{partner_a.pk}/active/", post=True, lead_a=OK),
    row(
        "partners:team_user_safeguarding_lead",
        "/partners/team/{partner_a.pk}/safeguarding-lead/",
        post=True,
        lead_a=OK,
    ),
    # Each partner user's own e-mail settings; the lead's list of the agency's e-mails.
    row("partners:preferences", partners=200),
    row("partners:notices", lead_a=200),
    # The lead's webhooks to the agency's own system (docs/webhooks.md).
    row("partners:webhooks", lead_a=200),
    row("partners:webhook_new", lead_a=200),
    row("partners:webhook", "/partners/webhooks/{webhook.pk}/", lead_a=200),
    row("partners:webhook_active", "/partners/webhooks/{webhook.pk}/active/", post=True, lead_a=OK),
    row(
        "partners:webhook_replay",
        "/partners/webhooks/{webhook.pk}/deliveries/{webhook_delivery.pk}/replay/",
        post=True,
        lead_a=OK,
    ),
    # The lead's own agency's case systems on the partner API.
    row("partners:systems", lead_a=200),
    row("partners:system_new", lead_a=200),
    row(
        "partners:system_revoke",
        "/partners/systems/{system_a.pk}/revoke/",
        post=True,
        lead_a=OK,
    ),
    # --- Audit ---------------------------------------------------------------------------------
    row("audit:events", auditor=200),
    row("audit:events_csv", auditor=200),
    row("audit:person_log", "/audit/people/{person.pk}/", auditor=200, supervisor=200, manager=200),
    row(
        "audit:subject_access",
        "/audit/people/{person.pk}/subject-access/",
        auditor=200,
        supervisor=200,
    ),
    row(
        "audit:subject_access_export",
        "/audit/people/{person.pk}/subject-access.json",
        auditor=200,
        supervisor=200,
    ),
    row("audit:referral_log", f"/audit/referrals/{REF}/", auditor=200, supervisor=200, manager=200),
    row("audit:retention", supervisor=200),
    row("audit:retention_decide", "/audit/retention/{retention.pk}/", supervisor=200),
    # --- Dashboards ----------------------------------------------------------------------------
    row("dashboards:dashboard", supervisor=200, manager=200),
    row("dashboards:export", "/dashboards/export/{table}.csv", supervisor=200, manager=200),
    row("dashboards:capacity", supervisor=200, manager=200),
    # Supervisors read capacity; only managers change its settings, rota and absences.
    row("dashboards:capacity", post={"form": "settings"}, manager=OK),
    row(
        "dashboards:absence_remove",
        "/dashboards/capacity/absences/{absence.pk}/remove/",
        post=True,
        manager=OK,
    ),
    row("dashboards:reports", supervisor=200, manager=200),
    row("dashboards:report", "/dashboards/reports/{report_day}.pdf", supervisor=200, manager=200),
    # The frontline loop (docs/frontline.md): an area's contact, and the hub's supervisors and
    # managers for every area; a contact's note to an officer is theirs alone.
    row("dashboards:frontline", spoc=200, supervisor=200, manager=200),
    row("dashboards:learning_needs", spoc=200, supervisor=200, manager=200),
    row(
        "dashboards:frontline_export",
        "/dashboards/frontline/export/attention.csv",
        spoc=200,
        supervisor=200,
        manager=200,
    ),
    row("dashboards:frontline_feedback", f"/dashboards/frontline/referrals/{REF}/write/", spoc=200),
    row(
        "dashboards:frontline_feedback",
        f"/dashboards/frontline/referrals/{REF}/write/",
        post=True,
        spoc=OK,
    ),
    row("dashboards:officer_audits", auditor=200),
    row(
        "dashboards:officer_audit_score",
        "/dashboards/frontline/officer-audits/{officer_audit.pk}/",
        auditor=200,
    ),
    row(
        "dashboards:officer_audit_score",
        "/dashboards/frontline/officer-audits/{officer_audit.pk}/",
        post=True,
        auditor=OK,
    ),
    row("dashboards:officer_audit_results", auditor=200, supervisor=200, manager=200),
    # --- The API's schema and docs: VHub staff and records systems (by token) only ------------
    # A revoked partner token is refused (403: the schema's first check is the session's).
    row(
        "api-schema",
        default=200,
        anon=403,
        no_2fa=403,
        partners=403,
        api=200,
        system_a=200,
        system_b=200,
        revoked=403,
    ),
    row("api-docs", default=200, anon=LOGIN, no_2fa=403, partners=403, api=LOGIN),
    # --- The admin site: staff administrators only (it holds configuration, no case data) ----
    row("admin:index", default=ADMIN_LOGIN, anon=ADMIN_LOGIN, admin=200),
]

# API operations, keyed by (method, path) as the OpenAPI schema names them. Session users are
# the same signed-in people; `api` is the records system's token.
_NOT_RECORDS = dict.fromkeys(SYSTEMS, 401)
NO_TOKEN = dict.fromkeys(
    ("api", *SYSTEMS), "this operation takes no token: the caller is anonymous"
)
# The partner API takes only a partner system's token: a session, a records system's token or
# none is 401; Herefordshire's system (the share's agency) may; Shropshire's gets 404 (audited)
# for every one of Herefordshire's objects, and its own empty lists; a revoked token is 401.
SHARE_API = "/api/v1/partner/shares/{share_id}/"
ISR_API = "/api/v1/partner/isrs/{isr_id}/"


def partner_row(method: str, path: str, *, system_b=404) -> Row:  # type: ignore[no-untyped-def]
    return api_row(
        method,
        path,
        default=401,
        anon=401,
        api=401,
        system_a=OK,
        system_b=system_b,
        revoked=401,
    )


API_MATRIX: list[Row] = [
    # Intake takes only a records system's token: a session is not enough (401).
    # A partner system's token is not a records system's: refused as unknown (401).
    api_row("POST", "/api/v1/referrals/", default=401, anon=401, api=OK, **_NOT_RECORDS),
    # The records system reads only referrals it sent itself (this one came from the web form).
    api_row(
        "GET",
        "/api/v1/referrals/{reference}/",
        anon=403,
        api=404,
        officer=200,
        hub=200,
        **_NOT_RECORDS,
    ),
    api_row(
        "GET",
        "/api/v1/referrals/{reference}/risk/",
        anon=403,
        api=403,
        officer=200,
        hub=200,
        unaudited=NO_TOKEN,
    ),
    # Search: the hub and officers (each within their own scope); no query is a 400.
    api_row(
        "GET",
        "/api/v1/search/",
        anon=403,
        api=403,
        default=403,
        hub=OK,
        officers=OK,
        unaudited=NO_TOKEN,
    ),
    # A referral's end: practitioners and supervisors, as on the pages (an empty body is a 400).
    *(
        api_row(
            "POST",
            f"/api/v1/referrals/{{reference}}/{step}/",
            anon=403,
            api=403,
            default=403,
            casework=OK,
            unaudited=NO_TOKEN,
        )
        for step in ("close", "reopen", "merge")
    ),
    partner_row("GET", "/api/v1/partner/shares/", system_b=200),
    partner_row("GET", SHARE_API),
    partner_row("GET", SHARE_API + "pack/"),
    partner_row("POST", SHARE_API + "acknowledge/"),
    partner_row("POST", SHARE_API + "outcome/"),
    partner_row("POST", SHARE_API + "decline/"),
    partner_row("GET", SHARE_API + "messages/"),
    partner_row("POST", SHARE_API + "messages/"),
    partner_row("GET", "/api/v1/partner/isrs/", system_b=200),
    # Raising a request names no object of Herefordshire's: an empty body is a 400 for both.
    partner_row("POST", "/api/v1/partner/isrs/", system_b=OK),
    partner_row("GET", ISR_API),
    partner_row("GET", ISR_API + "attachments/{attachment_id}/"),
    # Case notes: the hub's staff read them, its caseworkers write them (sessions only).
    *(
        api_row(method, path, anon=403, api=403, default=403, unaudited=NO_TOKEN, **who)
        for method, path, who in (
            ("GET", "/api/v1/referrals/{reference}/notes/", {"hub": 200}),
            ("POST", "/api/v1/referrals/{reference}/notes/", {"casework": OK}),
            (
                "POST",
                "/api/v1/referrals/{reference}/notes/{note_id}/correction/",
                {"casework": OK},
            ),
            ("GET", "/api/v1/people/{person_id}/notes/", {"hub": 200}),
            ("POST", "/api/v1/people/{person_id}/notes/", {"casework": OK}),
        )
    ),
    # Files: as the referral's pages.
    api_row(
        "GET",
        "/api/v1/referrals/{reference}/attachments/",
        anon=403,
        api=403,
        officer=200,
        hub=200,
        unaudited=NO_TOKEN,
    ),
    api_row(
        "POST",
        "/api/v1/referrals/{reference}/attachments/",
        anon=403,
        api=403,
        officer=OK,
        casework=OK,
        manager=403,
        unaudited=NO_TOKEN,
    ),
    api_row(
        "GET",
        "/api/v1/referrals/{reference}/attachments/{attachment_id}/",
        anon=403,
        api=403,
        officer=200,
        hub=200,
        unaudited=NO_TOKEN,
    ),
]
API_URL_NAMES = {
    "POST /api/v1/referrals/": "api-referral-intake",
    "GET /api/v1/referrals/{reference}/": "api-referral",
    "GET /api/v1/referrals/{reference}/risk/": "api-referral-risk",
    "POST /api/v1/referrals/{reference}/close/": "api-referral-close",
    "POST /api/v1/referrals/{reference}/reopen/": "api-referral-reopen",
    "POST /api/v1/referrals/{reference}/merge/": "api-referral-merge",
    "GET /api/v1/search/": "api-search",
    "GET /api/v1/partner/shares/": "api-partner-shares",
    f"GET {SHARE_API}": "api-partner-share",
    f"GET {SHARE_API}pack/": "api-partner-share-pack",
    f"POST {SHARE_API}acknowledge/": "api-partner-share-acknowledge",
    f"POST {SHARE_API}outcome/": "api-partner-share-outcome",
    f"POST {SHARE_API}decline/": "api-partner-share-decline",
    f"GET {SHARE_API}messages/": "api-partner-share-messages",
    f"POST {SHARE_API}messages/": "api-partner-share-messages",
    "GET /api/v1/partner/isrs/": "api-partner-isrs",
    "POST /api/v1/partner/isrs/": "api-partner-isrs",
    f"GET {ISR_API}": "api-partner-isr",
    f"GET {ISR_API}attachments/{{attachment_id}}/": "api-partner-isr-attachment",
    "GET /api/v1/referrals/{reference}/notes/": "api-referral-notes",
    "POST /api/v1/referrals/{reference}/notes/": "api-referral-notes",
    "POST /api/v1/referrals/{reference}/notes/{note_id}/correction/": (
        "api-referral-note-correction"
    ),
    "GET /api/v1/people/{person_id}/notes/": "api-person-notes",
    "POST /api/v1/people/{person_id}/notes/": "api-person-notes",
    "GET /api/v1/referrals/{reference}/attachments/": "api-referral-attachments",
    "POST /api/v1/referrals/{reference}/attachments/": "api-referral-attachments",
    "GET /api/v1/referrals/{reference}/attachments/{attachment_id}/": "api-referral-attachment",
}


# --- Coverage: a row for every URL and every API operation -------------------------------------


def _resolver_names(patterns: Sequence[str] | None = None, namespace: str = "") -> set[str]:
    names = set()
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            if pattern.app_name == "admin":
                names.add("admin:index")  # one row for the whole admin site
                continue
            inner = pattern.namespace or namespace
            names |= _resolver_names(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern):
            assert pattern.name, f"{pattern.pattern}: every URL needs a name for its row"
            names.add(f"{namespace}:{pattern.name}" if namespace else pattern.name)
    return names


def _schema_operations() -> set[str]:
    schema = SchemaGenerator().get_schema(request=None, public=True)
    return {
        f"{method.upper()} {path}"
        for path, operations in schema["paths"].items()
        for method in operations
        if method in ("get", "post", "put", "patch", "delete")
    }


def test_every_url_has_a_row() -> None:
    declared = {r.key for r in MATRIX} | set(API_URL_NAMES.values())
    routes = _resolver_names()
    missing = sorted(routes - declared)
    assert not missing, f"URLs without a row in the permission matrix: {missing}"
    stale = sorted(declared - routes)
    assert not stale, f"Rows for URLs that no longer exist: {stale}"


def test_every_api_operation_has_a_row() -> None:
    declared = {r.key for r in API_MATRIX}
    operations = _schema_operations()
    missing = sorted(operations - declared)
    assert not missing, f"API operations without a row in the permission matrix: {missing}"
    stale = sorted(declared - operations)
    assert not stale, f"Rows for API operations that no longer exist: {stale}"
    assert set(API_URL_NAMES) == declared


# --- The world: one real object of each kind ---------------------------------------------------


@pytest.fixture
def world(
    officer,
    officer2,
    spoc,
    practitioner,
    supervisor,
    manager,
    auditor,
    partner_a,
    partner_b,
    practitioner2,
    herefordshire,
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        referral = approved_referral(officer, practitioner, supervisor)
        referral_attachment = do_add_referral_attachment(
            referral, SimpleUploadedFile("scan.pdf", PDF), actor=officer
        )
        share = share_with(referral, practitioner, "herefordshire-cs", files=[referral_attachment])
    do_set_authorisation_rule(actor=manager, grade="high", needs_authorisation=True)
    held_share = share_with(referral, practitioner, "shropshire-cs")
    assert held_share.status == "pending"
    share.refresh_from_db()
    assert share.pack_sha256, "the pack exists, so pack.pdf is really served"
    subject = referral.subjects.get()
    research = NoteKind.objects.get(code="research")
    note = do_add_case_note(actor=practitioner, kind=research, text="PNC.", referral=referral)
    person_note = do_add_case_note(
        actor=practitioner, kind=research, text="Early help.", person=subject.person
    )
    message = do_post_share_message(
        share, actor=partner_a, body="Plan.", files=[SimpleUploadedFile("plan.pdf", PDF)]
    )
    isr = do_raise_isr(
        IsrInput(
            urgency="urgent",
            reason="Herefordshire asks",
            lawful_basis="ca1989_s47",
            share=share,
        ),
        actor=partner_a,
    )
    do_respond_isr(
        isr, actor=practitioner, response="Our answer", files=[SimpleUploadedFile("a.pdf", PDF)]
    )
    draft = do_start_draft(actor=officer)
    draft, draft_child = do_save_draft_section(
        draft, actor=officer, section="child", raw={"first_name": ["Lily"]}
    )
    # A second referral about the same child: a possible match for the hub to decide.
    second = submit_referral(officer)
    # An under-graded referral: strangulation in the narrative, graded medium.
    flagged = submit_referral(officer, narrative="He strangled her while the child watched.")
    do_save_assessment(
        flagged.subjects.get(),
        assessment_input("medium", rationale="Argument.", voice_of_child="Settled."),
        actor=practitioner,
        submit=True,
    )
    # The officer's own assessment of a child, approved, for the officers' audit sample.
    sent = submit_referral(officer)
    do_save_assessment(sent.subjects.get(), assessment_input("medium"), actor=officer, submit=False)
    do_decide_assessment(
        do_save_assessment(
            sent.subjects.get(), assessment_input(), actor=practitioner, submit=True
        ),
        actor=supervisor,
        decision="approve",
    )
    do_sample_quality_audits(date.today(), actor=auditor)
    lead_a = UserFactory(username="lead.a", roles=["partner_lead"], agency=herefordshire)
    admin = UserFactory(username="admin", roles=["admin"], is_staff=True, is_superuser=True)
    # Invited by Herefordshire's lead, not signed in yet (signing in spends the link).
    invited = UserFactory(username="invited", roles=["partner_user"], agency=herefordshire)
    client, token = do_create_integration_client(
        actor=None, name="Niche", source_system="niche-rms"
    )
    # Herefordshire's system hears of VHub's messages; one is queued (never sent: no worker).
    webhook, _secret = do_create_webhook(
        actor=lead_a, url="https://hfd.example/vhub", events=["message.received"]
    )
    do_post_share_message(share, actor=practitioner, body="Any news?")
    system_a, system_a_token = partner_system("herefordshire-cs", "Mosaic")
    system_b, system_b_token = partner_system("shropshire-cs", "Liquidlogic")
    revoked, revoked_token = partner_system("herefordshire-cs", "Old Mosaic")
    do_revoke_partner_system(revoked, actor=None)
    today = now().date()
    w = SimpleNamespace(
        referral=referral,
        share=share,
        held_share=held_share,
        subject=subject,
        person=subject.person,
        assessment=referral.assessments.get(),
        isr=isr,
        attachment=isr.attachments.get(),
        note=note,
        person_note=person_note,
        referral_attachment=referral_attachment,
        message=message,
        message_file=message.attachments.get(),
        draft=draft,
        draft_child=draft_child,
        match=PersonMatch.objects.get(subject__referral=second),
        at_intake=second,
        at_intake_child=second.subjects.get(),
        # Its narrative flag (the third referral of the same child is a probable repeat too).
        flag=UnderGradingFlag.objects.get(referral=flagged, status="open", kind="narrative"),
        notice=EncompassNotice.objects.filter(referral=referral).get(),
        quality_audit=QualityAudit.objects.filter(kind="internal").first(),
        officer_audit=OfficerAudit.objects.first(),
        joint_audit=QualityAudit.objects.filter(
            kind="joint", reviewer_agency=herefordshire
        ).first(),
        retention=RetentionReview.objects.create(
            referral=referral,
            ended_at=now(),
            review_due=today - timedelta(days=1),
            basis="Test rule",
        ),
        import_job=do_start_import(
            actor=manager,
            upload=SimpleUploadedFile("backlog.csv", b"external_id,incident_reference\n"),
        ),
        closure=do_add_closure_day(
            actor=manager, day=today + timedelta(days=40), reason="Training"
        ),
        absence=do_add_absence(
            actor=manager,
            practitioner=practitioner,
            first_day=today + timedelta(days=50),
            last_day=today + timedelta(days=51),
            reason="Leave",
        ),
        duty=do_add_duty(
            actor=manager,
            area=herefordshire,
            supervisor=supervisor,
            first_day=None,
            last_day=None,
            weekday=None,
        ),
        meeting=MaracMeeting.objects.create(date=today + timedelta(days=7)),
        table=sorted(TABLE_KEYS)[0],
        report_day=(today - timedelta(days=1)).isoformat(),
        invite_uid=urlsafe_base64_encode(force_bytes(invited.pk)),
        invite_token=default_token_generator.make_token(invited),
        partner_a=partner_a,
        webhook=webhook,
        webhook_delivery=webhook.deliveries.get(),
        people={
            "officer": officer,
            "officer2": officer2,
            "spoc": spoc,
            "practitioner": practitioner,
            "supervisor": supervisor,
            "manager": manager,
            "auditor": auditor,
            "admin": admin,
            "partner_a": partner_a,
            "lead_a": lead_a,
            "partner_b": partner_b,
            "api": client.service_user,
            "no_2fa": practitioner2,
            "system_a": system_a.service_user,
            "system_b": system_b.service_user,
            "revoked": revoked.service_user,
        },
        token=token,
        system_a=system_a,
        tokens={"system_a": system_a_token, "system_b": system_b_token, "revoked": revoked_token},
    )
    for name in ("quality_audit", "joint_audit", "officer_audit"):
        assert getattr(w, name) is not None, f"the matrix needs a real {name}"
    return w


# --- The walk ------------------------------------------------------------------------------------


def _url(r: Row, w) -> str:
    if r.url.startswith("/api/"):
        ids = {
            "{reference}": w.referral.reference,
            "{share_id}": str(w.share.pk),
            "{isr_id}": str(w.isr.pk),
            # A partner request's file on the partner API; otherwise a referral's file.
            "{attachment_id}": str(
                w.attachment.pk if "/partner/" in r.url else w.referral_attachment.pk
            ),
            "{note_id}": str(w.note.pk),
            "{person_id}": str(w.person.pk),
        }
        url = r.url
        for placeholder, value in ids.items():
            url = url.replace(placeholder, value)
        return url
    if not r.url.startswith("/"):
        return reverse(r.url)
    return r.url.format(**vars(w))


def _clients(w, client_for) -> dict[str, Client]:
    clients = {name: client_for(w.people[name]) for name in PEOPLE}
    clients["anon"] = Client()
    clients["no_2fa"] = Client()
    assert clients["no_2fa"].login(
        request=HttpRequest(), username=w.people["no_2fa"].username, password=TEST_PASSWORD
    )
    clients["api"] = Client(HTTP_AUTHORIZATION=f"Bearer {w.token}")
    for system in SYSTEMS:
        clients[system] = Client(HTTP_AUTHORIZATION=f"Bearer {w.tokens[system]}")
    return clients


def _denials(user) -> int:
    if user is None:
        return 0
    return AuditEvent.objects.filter(action="access.denied", actor=user).count()


def _request(client: Client, r: Row, url: str, user):
    """One cell: the request, rolled back afterwards (with the client's cookies put back), so
    a sign-out or a posted form cannot change what the next cell sees. Returns the response
    and whether a denial was audited for it."""
    cookies = copy.deepcopy(client.cookies)
    with transaction.atomic():
        before = _denials(user)
        if r.method == "POST" and url.startswith("/api/"):
            response = client.post(url, {}, content_type="application/json")
        elif r.method == "POST":
            response = client.post(url, r.data)
        else:
            response = client.get(url)
        audited = _denials(user) > before
        transaction.set_rollback(True)
    client.cookies = cookies
    return response, audited


def _answer(response) -> str:
    location = response.get("Location", "")
    if response.status_code == 302 and location.startswith(reverse("login")):
        return LOGIN
    if response.status_code == 302 and location.startswith(reverse("admin:login")):
        return ADMIN_LOGIN
    if response.status_code == 302 and location.startswith("/account/two-factor/"):
        return TWO_FACTOR
    return str(response.status_code)


def _as_expected(expected: object, response) -> bool:
    answer = _answer(response)
    if expected == OK:
        return answer in ("200", "201", "204", "302", "400")
    if isinstance(expected, tuple):
        return answer in {str(e) for e in expected}
    return answer == str(expected)


def _is_refusal(expected: object) -> bool:
    return expected in (403, 404)


def test_every_cell_of_the_matrix(world, client_for) -> None:
    clients = _clients(world, client_for)
    wrong = []
    for r in MATRIX + API_MATRIX:
        url = _url(r, world)
        # the path written in the row is the URL it names
        named = API_URL_NAMES.get(r.key, r.key)
        assert resolve(url.split("?")[0]).view_name == named, f"{r.key}: {url} is another URL"
        for column in COLUMNS:
            expected = r.cells[column]
            # a token signs its system in to API operations only
            signed_in = column not in ("api", *SYSTEMS) or r in API_MATRIX
            user = world.people.get(column) if signed_in else None
            response, audited = _request(clients[column], r, url, user)
            where = f"{r.key} ({r.method} {url}) as {column}"
            if not _as_expected(expected, response):
                wrong.append(f"{where}: expected {expected}, got {_answer(response)}")
            elif (
                user is not None
                and _is_refusal(expected)
                and not ({"*", column} & set(r.unaudited))
                and not audited
            ):
                wrong.append(f"{where}: refused with {expected} but no access.denied event")
    assert not wrong, "\n".join(["Cells that differ from the permission matrix:", *wrong])
