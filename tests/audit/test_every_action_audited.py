"""Every action in the codebase writes its audit event (DESIGN.md §7).

The actions are found by introspection: every `do_*` function defined in any module of the
project's own apps (actions.py and its siblings such as portal_actions.py, marac.py). Each must
have a row in ACTIONS below: a minimal set-up, the call, and the event it must write. A new
action without a row fails `test_every_action_has_a_row`; a row for an action that no longer
exists fails `test_no_row_for_a_missing_action`.
"""

import ast
import importlib
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from django.apps import apps
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from accounts.models import User
from audit.models import AuditEvent, RetentionReview
from partners.models import WebhookDelivery, WebhookSubscription
from referrals.models import CaseNote, NoteKind, Referral
from tests.factories import (
    approved_referral,
    assessment_input,
    child,
    review_due,
    share_with,
    submit_referral,
    submitted_assessment,
)
from vhub.models import Agency


def discover_actions() -> dict[str, Callable[..., Any]]:
    """`module.do_name` -> function, for every top-level do_* defined in the project's own apps.
    Files are read with `ast` first and only those defining an action are imported, so a module
    with import-time side effects (a load-test script) is never loaded."""
    found: dict[str, Callable[..., Any]] = {}
    for config in apps.get_app_configs():
        root = Path(config.path)
        if root.parent != Path(settings.BASE_DIR):
            continue  # a third-party app (Django, DRF, guardian…)
        for path in sorted(root.rglob("*.py")):
            parts = path.relative_to(root).with_suffix("").parts
            if {"migrations", "management"} & set(parts):
                continue
            tree = ast.parse(path.read_text())
            names = [
                node.name
                for node in tree.body
                if isinstance(node, ast.FunctionDef) and node.name.startswith("do_")
            ]
            if not names:
                continue
            module_name = ".".join((config.name, *parts)).removesuffix(".__init__")
            module = importlib.import_module(module_name)
            for name in names:
                value = getattr(module, name)
                if inspect.isfunction(value) and value.__module__ == module.__name__:
                    found[f"{module.__name__}.{name}"] = value
    return found


class World:
    """The test cast, fetched from pytest fixtures on first use."""

    def __init__(self, request: pytest.FixtureRequest) -> None:
        self._request = request

    def __getattr__(self, name: str) -> Any:
        return self._request.getfixturevalue(name)


@dataclass(frozen=True)
class Row:
    event: str
    call: Callable[[World, Any], Any]
    setup: Callable[[World], Any] = lambda w: None


def _agency(slug: str) -> Agency:
    return Agency.objects.get(slug=slug)


def _received_days_ago(referral: Referral, days: int) -> Referral:
    from vhub.clock import now

    Referral.objects.filter(pk=referral.pk).update(received_at=now() - timedelta(days=days))
    return referral


def _outcome(code: str):
    from referrals.models import ClosureOutcome

    return ClosureOutcome.objects.get(code=code)


def _closed_review(w: World) -> RetentionReview:
    return review_due(w.officer, w.practitioner, w.supervisor)


def _match(w: World):
    from referrals.models import PersonMatch

    submit_referral(w.officer)
    second = submit_referral(w.officer)
    return PersonMatch.objects.filter(subject__referral=second).first()


def _flag(w: World):
    from risk.actions import do_save_assessment
    from risk.models import UnderGradingFlag

    referral = submit_referral(w.officer, narrative="He strangled her while the child watched.")
    do_save_assessment(
        referral.subjects.get(),
        assessment_input("medium", rationale="Argument.", voice_of_child="Settled."),
        actor=w.practitioner,
        submit=True,
    )
    return UnderGradingFlag.objects.filter(referral=referral, status="open").first()


def _catalogue_with_garrotte():
    from risk.reading import current_catalogue_version

    content = current_catalogue_version().content
    pattern = {"indicator": "strangulation", "code": "garrotte-test", "pattern": "garrotte"}
    return {**content, "patterns": [*content["patterns"], pattern]}


def _incident():
    from referrals.inputs import IncidentDetails
    from referrals.models import IncidentType
    from vhub.clock import now

    return IncidentDetails(
        incident_reference="22/1/26",
        incident_at=now() - timedelta(hours=1),
        location="1 High Street, Hereford",
        postcode="HR1 2AB",
        incident_type=IncidentType.objects.get(code="domestic-abuse"),
        local_authority=_agency("herefordshire-cs"),
        narrative="Shouting heard.",
        officer_risk_view="Some risk.",
        children=[child()],
    )


def _thresholds() -> dict[str, int]:
    from risk.models import RiskModelVersion

    current = RiskModelVersion.objects.order_by("-number").first()
    assert current is not None
    return {
        "medium_threshold": current.medium_threshold,
        "high_threshold": current.high_threshold,
        "da_medium_min": current.da_medium_min,
        "da_high_min": current.da_high_min,
        "supervision_sample_percent": current.supervision_sample_percent,
        "repeat_short_count": current.repeat_short_count,
        "repeat_short_days": current.repeat_short_days,
        "repeat_long_count": current.repeat_long_count,
        "repeat_long_days": current.repeat_long_days,
    }


def _sampled_audit(w: World):
    from risk.models import QualityAudit
    from risk.quality_actions import do_sample_quality_audits

    approved_referral(w.officer, w.practitioner, w.supervisor)
    do_sample_quality_audits(date.today(), actor=w.auditor)
    return QualityAudit.objects.get(kind="internal")


def _scores():
    from risk.quality_actions import RubricScores

    return RubricScores(3, 3, 3, True, "")


def _officer_referral(w: World):
    """A referral in West (whose contact is `spoc`) with the officer's initial assessment."""
    assert w.spoc
    referral = submit_referral(w.officer)
    _r("risk.actions.do_save_assessment")(
        referral.subjects.get(), assessment_input("medium"), actor=w.officer, submit=False
    )
    return referral


def _officer_audit(w: World):
    from risk.actions import do_decide_assessment, do_save_assessment
    from risk.models import OfficerAudit
    from risk.quality_actions import do_sample_quality_audits

    referral = _officer_referral(w)
    done = do_save_assessment(
        referral.subjects.get(), assessment_input("high"), actor=w.practitioner, submit=True
    )
    do_decide_assessment(done, actor=w.supervisor, decision="approve")
    do_sample_quality_audits(date.today(), actor=w.auditor)
    return OfficerAudit.objects.get()


def _returned(w: World):
    referral = submit_referral(w.officer)
    _r("risk.actions.do_save_assessment")(  # the officer's initial assessment
        referral.subjects.get(), assessment_input("medium"), actor=w.officer, submit=False
    )
    _r("referrals.actions.returns.do_return_to_officer")(
        referral, actor=w.practitioner, reason="Which school does the child attend?"
    )
    return referral


def _draft(w: World):
    return _r("officer.actions.do_start_draft")(actor=w.officer)


def _draft_with_a_child(w: World):
    draft = _draft(w)
    _, key = _r("officer.actions.do_save_draft_section")(
        draft, actor=w.officer, section="child", raw={"first_name": ["Lily"]}
    )
    draft.refresh_from_db()
    return draft, key


def _held_share(w: World):
    _r("partners.actions.do_set_authorisation_rule")(
        actor=w.manager, grade="high", needs_authorisation=True
    )
    return share_with(approved_referral(w.officer, w.practitioner, w.supervisor), w.practitioner)


def _school(slug: str = "riverside-primary") -> Agency:
    from django.contrib.auth.models import Group

    return Agency.objects.create(
        name="Riverside Primary School",
        slug=slug,
        kind="school",
        area="Herefordshire",
        group=Group.objects.create(name=f"agency:{slug}"),
    )


def _encompass_notice(w: World):
    from partners.models import EncompassNotice

    school = _school()
    referral = submit_referral(w.officer)  # domestic abuse, a child at Riverside Primary
    return EncompassNotice.objects.get(referral=referral), school


def _marac_meeting(w: World):
    from partners.models import MaracMeeting
    from vhub.clock import now

    return MaracMeeting.objects.create(date=now().date() + timedelta(days=7))


def _shared(w: World):
    return share_with(approved_referral(w.officer, w.practitioner, w.supervisor), w.practitioner)


def _isr(w: World):
    from partners.portal_actions import IsrInput

    return _r("partners.portal_actions.do_raise_isr")(
        IsrInput(
            urgency="routine",
            reason="Child starting at our school; any known risks at home?",
            lawful_basis="dpa2018_sch8",
            subject_name="Sam Jones",
            subject_date_of_birth=date(2016, 5, 1),
        ),
        actor=w.partner_a,
    )


def _lead(w: World):
    from tests.factories import UserFactory

    return UserFactory(username="lead.a", roles=["partner_lead"], agency=w.herefordshire)


def _webhook(lead: User) -> WebhookSubscription:
    webhook, _secret = _r("partners.webhooks.do_create_webhook")(
        actor=lead, url="https://hfd.example/vhub", events=["share.created"]
    )
    return webhook


def _webhook_delivery(w: World) -> WebhookDelivery:
    webhook = _webhook(_lead(w))
    share_with(approved_referral(w.officer, w.practitioner, w.supervisor), w.practitioner)
    return webhook.deliveries.get()


def _absence(w: World):
    return _r("dashboards.actions.do_add_absence")(
        actor=w.manager,
        practitioner=w.practitioner,
        first_day=date(2031, 1, 6),
        last_day=date(2031, 1, 7),
        reason="Leave",
    )


def _school_people(w: World) -> dict[str, Any]:
    from tests.factories import UserFactory

    school = _school()
    return {
        "lead": UserFactory(username="school.lead", roles=["partner_lead"], agency=school),
        "dsl": UserFactory(username="school.dsl", roles=["partner_user"], agency=school),
    }


def _duty(w: World):
    return _r("referrals.rota.do_add_duty")(
        actor=w.manager,
        area=_agency("herefordshire-cs"),
        supervisor=w.supervisor,
        first_day=None,
        last_day=None,
        weekday=0,
    )


def _admin(w: World):
    from tests.factories import UserFactory

    return UserFactory(username="admin", roles=["admin"])


def _pending_app(w: World):
    from accounts import two_factor

    return two_factor.pending_app(w.practitioner)


def _code(device) -> str:
    from tests.two_factor import current_code

    return current_code(device)


def _sign_in_request(w: World):
    from django.contrib.sessions.backends.db import SessionStore
    from django.test import RequestFactory

    from tests.two_factor import recovery_code

    request = RequestFactory().post("/account/two-factor/")
    request.user = w.practitioner
    request.session = SessionStore()
    return request, recovery_code(w.practitioner)


def _r(path: str):
    """The action itself, by its dotted path (imported when the row runs)."""
    module, name = path.rsplit(".", 1)
    return getattr(importlib.import_module(module), name)


ACTIONS: dict[str, Row] = {
    # --- referrals -----------------------------------------------------------------------
    "referrals.actions.intake.do_submit_referral": Row(
        "referral.submit", lambda w, _: submit_referral(w.officer)
    ),
    "referrals.actions.allocation.do_start_triage": Row(
        "referral.transition",
        lambda w, r: _r("referrals.actions.allocation.do_start_triage")(r, actor=w.practitioner),
        lambda w: submit_referral(w.officer),
    ),
    "referrals.actions.allocation.do_take_next_case": Row(
        "referral.allocate",
        lambda w, _: _r("referrals.actions.allocation.do_take_next_case")(actor=w.practitioner),
        lambda w: submit_referral(w.officer),
    ),
    "referrals.actions.allocation.do_allocate_referrals": Row(
        "referral.allocate",
        lambda w, r: _r("referrals.actions.allocation.do_allocate_referrals")(
            [r], actor=w.supervisor, to=w.practitioner
        ),
        lambda w: submit_referral(w.officer),
    ),
    "referrals.actions.sla_policy.do_publish_sla_policy": Row(
        "sla_policy.publish",
        lambda w, _: _r("referrals.actions.sla_policy.do_publish_sla_policy")(
            actor=w.manager, targets={}, note="Audit test"
        ),
    ),
    "referrals.actions.sla_policy.do_add_closure_day": Row(
        "sla_closure.add",
        lambda w, _: _r("referrals.actions.sla_policy.do_add_closure_day")(
            actor=w.manager, day=date(2031, 1, 2), reason="Training"
        ),
    ),
    "referrals.actions.sla_policy.do_remove_closure_day": Row(
        "sla_closure.remove",
        lambda w, c: _r("referrals.actions.sla_policy.do_remove_closure_day")(c, actor=w.manager),
        lambda w: _r("referrals.actions.sla_policy.do_add_closure_day")(
            actor=w.manager, day=date(2031, 1, 2), reason="Training"
        ),
    ),
    "referrals.actions.matching.do_decide_match": Row(
        "person.match_reject",
        lambda w, m: _r("referrals.actions.matching.do_decide_match")(
            m, actor=w.practitioner, confirm=False
        ),
        _match,
    ),
    "referrals.actions.matching.do_confirm_matches": Row(
        "person.match_bulk_confirm",
        lambda w, m: _r("referrals.actions.matching.do_confirm_matches")([m], actor=w.practitioner),
        _match,
    ),
    "referrals.actions.matching.do_reject_matches": Row(
        "person.match_bulk_reject",
        lambda w, m: _r("referrals.actions.matching.do_reject_matches")([m], actor=w.practitioner),
        _match,
    ),
    "referrals.actions.routing.do_route_referral": Row(
        "referral.route",
        lambda w, r: _r("referrals.actions.routing.do_route_referral")(
            r, actor=w.practitioner, agency=_agency("shropshire-cs"), reason="Lives in Ludlow"
        ),
        lambda w: submit_referral(w.officer),
    ),
    "referrals.actions.imports.do_start_import": Row(
        "referral.import_upload",
        lambda w, _: _r("referrals.actions.imports.do_start_import")(
            actor=w.manager, upload=SimpleUploadedFile("backlog.csv", b"external_id\n")
        ),
    ),
    "referrals.actions.intake.do_intake_referral": Row(
        "referral.submit",
        lambda w, _: _r("referrals.actions.intake.do_intake_referral")(
            _incident(),
            actor=w.officer,
            source="api",
            source_system="niche-rms",
            external_id="X-1",
            fingerprint="f" * 64,
        ),
    ),
    "referrals.actions.intake.do_intake_referrals": Row(
        "referral.submit",
        lambda w, _: _r("referrals.actions.intake.do_intake_referrals")(
            [_r("referrals.inputs.Submission")(_incident(), "X-2", "f" * 64)],
            actor=w.officer,
            source="import",
            source_system="backlog-import",
        ),
    ),
    "referrals.integration.do_create_integration_client": Row(
        "integration.create",
        lambda w, _: _r("referrals.integration.do_create_integration_client")(
            actor=None, name="Niche", source_system="niche-rms"
        ),
    ),
    "referrals.integration.do_revoke_integration_client": Row(
        "integration.revoke",
        lambda w, c: _r("referrals.integration.do_revoke_integration_client")(c, actor=None),
        lambda w: _r("referrals.integration.do_create_integration_client")(
            actor=None, name="Niche", source_system="niche-rms"
        )[0],
    ),
    # --- risk ----------------------------------------------------------------------------
    "risk.actions.do_save_assessment": Row(
        "assessment.save_draft",
        lambda w, r: _r("risk.actions.do_save_assessment")(
            r.subjects.get(), assessment_input("high"), actor=w.practitioner, submit=False
        ),
        lambda w: submit_referral(w.officer),
    ),
    "risk.actions.do_decide_assessment": Row(
        "assessment.approve",
        lambda w, a: _r("risk.actions.do_decide_assessment")(
            a, actor=w.supervisor, decision="approve"
        ),
        lambda w: submitted_assessment(submit_referral(w.officer), w.practitioner),
    ),
    "risk.actions.do_resolve_flag": Row(
        "flag.resolve",
        lambda w, f: _r("risk.actions.do_resolve_flag")(
            f, actor=w.supervisor, outcome="confirm", rationale="No strangulation: a slip."
        ),
        _flag,
    ),
    "risk.actions.do_publish_risk_model": Row(
        "risk_model.publish",
        lambda w, _: _r("risk.actions.do_publish_risk_model")(
            actor=w.manager,
            thresholds=_thresholds(),
            factors={},
            da_high_on_its_own=set(),
            note="Audit test",
        ),
    ),
    "risk.actions.do_publish_catalogue": Row(
        "catalogue.publish",
        lambda w, _: _r("risk.actions.do_publish_catalogue")(
            actor=w.manager, content=_catalogue_with_garrotte(), note="Audit test"
        ),
    ),
    "risk.quality_actions.do_sample_quality_audits": Row(
        "quality_audit.sample",
        lambda w, _: _r("risk.quality_actions.do_sample_quality_audits")(
            date.today(), actor=w.auditor
        ),
        lambda w: approved_referral(w.officer, w.practitioner, w.supervisor),
    ),
    "risk.quality_actions.do_score_quality_audit": Row(
        "quality_audit.score",
        lambda w, a: _r("risk.quality_actions.do_score_quality_audit")(
            a, _scores(), actor=w.auditor
        ),
        _sampled_audit,
    ),
    "risk.frontline_actions.do_send_officer_feedback": Row(
        "frontline.feedback_sent",
        lambda w, r: _r("risk.frontline_actions.do_send_officer_feedback")(
            r, actor=w.spoc, kind="feedback", message="Your reasons were clear."
        ),
        _officer_referral,
    ),
    "risk.frontline_actions.do_score_officer_audit": Row(
        "officer_audit.score",
        lambda w, a: _r("risk.frontline_actions.do_score_officer_audit")(
            a, _r("risk.frontline_actions.OfficerRubric")(3, 3, 2, ""), actor=w.auditor
        ),
        _officer_audit,
    ),
    # --- partners ------------------------------------------------------------------------
    "partners.actions.do_create_share": Row(
        "share.create",
        lambda w, r: share_with(r, w.practitioner),
        lambda w: approved_referral(w.officer, w.practitioner, w.supervisor),
    ),
    "partners.packs.do_render_share_pack": Row(
        "share.pack_render",
        lambda w, s: _r("partners.packs.do_render_share_pack")(s.pk),
        lambda w: share_with(
            approved_referral(w.officer, w.practitioner, w.supervisor), w.practitioner
        ),
    ),
    "partners.actions.do_acknowledge_share": Row(
        "share.acknowledge",
        lambda w, s: _r("partners.actions.do_acknowledge_share")(s, actor=w.partner_a),
        lambda w: share_with(
            approved_referral(w.officer, w.practitioner, w.supervisor), w.practitioner
        ),
    ),
    "partners.actions.do_withdraw_share": Row(
        "share.withdraw",
        lambda w, s: _r("partners.actions.do_withdraw_share")(
            s, actor=w.practitioner, reason="Sent to the wrong area"
        ),
        lambda w: share_with(
            approved_referral(w.officer, w.practitioner, w.supervisor), w.practitioner
        ),
    ),
    # --- audit ---------------------------------------------------------------------------
    "audit.actions.do_retain_referral": Row(
        "retention.retain",
        lambda w, rv: _r("audit.actions.do_retain_referral")(
            rv,
            actor=w.supervisor,
            reason="Sibling still open",
            next_review=date.today() + timedelta(days=365),
        ),
        _closed_review,
    ),
    "audit.actions.do_mark_for_disposal": Row(
        "retention.mark_disposal",
        lambda w, rv: _r("audit.actions.do_mark_for_disposal")(
            rv, actor=w.supervisor, reason="No further police interest"
        ),
        _closed_review,
    ),
    # --- referrals: officers' drafts and returns ---------------------------------------
    "officer.actions.do_start_draft": Row("referral_draft.create", lambda w, _: _draft(w)),
    "officer.actions.do_save_draft_section": Row(
        "referral_draft.save",
        lambda w, d: _r("officer.actions.do_save_draft_section")(
            d, actor=w.officer, section="narrative", raw={"narrative": ["Shouting heard."]}
        ),
        _draft,
    ),
    "officer.actions.do_remove_draft_entry": Row(
        "referral_draft.remove_person",
        lambda w, dk: _r("officer.actions.do_remove_draft_entry")(
            dk[0], actor=w.officer, kind="children", key=dk[1]
        ),
        _draft_with_a_child,
    ),
    "officer.actions.do_delete_draft": Row(
        "referral_draft.delete",
        lambda w, d: _r("officer.actions.do_delete_draft")(d, actor=w.officer),
        _draft,
    ),
    "officer.actions.do_submit_draft": Row(
        "referral_draft.submit",
        lambda w, d: _r("officer.actions.do_submit_draft")(d, actor=w.officer),
        lambda w: _r("officer.actions.do_start_correction")(_returned(w), actor=w.officer),
    ),
    "referrals.actions.returns.do_return_to_officer": Row(
        "referral.transition",
        lambda w, r: _r("referrals.actions.returns.do_return_to_officer")(
            r, actor=w.practitioner, reason="Which school does the child attend?"
        ),
        lambda w: submit_referral(w.officer),
    ),
    "referrals.actions.closure.do_close_referral": Row(
        "referral.close",
        lambda w, r: _r("referrals.actions.closure.do_close_referral")(
            r, actor=w.practitioner, outcome=_outcome("duplicate"), rationale="Sent twice."
        ),
        lambda w: submit_referral(w.officer),
    ),
    "referrals.actions.closure.do_close_referrals": Row(
        "referral.bulk_close",
        lambda w, r: _r("referrals.actions.closure.do_close_referrals")(
            [r],
            actor=w.supervisor,
            outcome=_outcome("duplicate"),
            rationale="Sent twice.",
            versions={},
        ),
        lambda w: submit_referral(w.officer),
    ),
    "referrals.actions.closure.do_decide_closure": Row(
        "referral.closure_refuse",
        lambda w, c: _r("referrals.actions.closure.do_decide_closure")(
            c, actor=w.supervisor, approve=False, note="Share it with children's services first."
        ),
        lambda w: _r("referrals.actions.closure.do_close_referral")(
            approved_referral(w.officer, w.practitioner, w.supervisor),
            actor=w.practitioner,
            outcome=_outcome("no-further-action-police"),
            rationale="No offence disclosed.",
        ),
    ),
    "referrals.actions.closure.do_reopen_referral": Row(
        "referral.reopen",
        lambda w, r: _r("referrals.actions.closure.do_reopen_referral")(
            r, actor=w.practitioner, reason="The school has raised a new concern."
        ),
        lambda w: (
            _r("referrals.actions.closure.do_close_referral")(
                submit_referral(w.officer),
                actor=w.practitioner,
                outcome=_outcome("duplicate"),
                rationale="Sent twice.",
            ).referral
        ),
    ),
    "referrals.actions.closure.do_merge_referral": Row(
        "referral.merge",
        lambda w, pair: _r("referrals.actions.closure.do_merge_referral")(
            pair[0], actor=w.practitioner, survivor=pair[1], reason="The same incident."
        ),
        lambda w: (submit_referral(w.officer), submit_referral(w.officer)),
    ),
    "officer.actions.do_start_correction": Row(
        "referral_draft.create",
        lambda w, r: _r("officer.actions.do_start_correction")(r, actor=w.officer),
        _returned,
    ),
    # --- partners: authorisation, Encompass, MARAC, the portal -------------------------
    "partners.actions.do_share_with_agencies": Row(
        "share.create",
        lambda w, r: _r("partners.actions.do_share_with_agencies")(
            r,
            actor=w.practitioner,
            agencies=[_agency("herefordshire-cs"), _agency("shropshire-cs")],
            lawful_basis="dpa2018_sch8",
            justification="Both authorities must assess the child's safety.",
        ),
        lambda w: approved_referral(w.officer, w.practitioner, w.supervisor),
    ),
    "partners.actions.do_set_authorisation_rule": Row(
        "sharing_rule.change",
        lambda w, _: _r("partners.actions.do_set_authorisation_rule")(
            actor=w.manager, grade="high", needs_authorisation=True
        ),
    ),
    "partners.actions.do_authorise_share": Row(
        "share.authorise",
        lambda w, s: _r("partners.actions.do_authorise_share")(s, actor=w.supervisor2),
        _held_share,
    ),
    "partners.actions.do_refuse_share": Row(
        "share.refuse",
        lambda w, s: _r("partners.actions.do_refuse_share")(
            s, actor=w.supervisor2, reason="Not proportionate"
        ),
        _held_share,
    ),
    "partners.encompass.do_send_encompass_notice": Row(
        "encompass.send",
        lambda w, ns: _r("partners.encompass.do_send_encompass_notice")(
            ns[0],
            actor=w.practitioner,
            agency=ns[1],
            lawful_basis="ca2004_s11",
            justification="Operation Encompass.",
        ),
        _encompass_notice,
    ),
    "partners.encompass.do_mark_encompass_not_needed": Row(
        "encompass.not_needed",
        lambda w, ns: _r("partners.encompass.do_mark_encompass_not_needed")(
            ns[0], actor=w.practitioner, reason="Child has left the area."
        ),
        _encompass_notice,
    ),
    "partners.marac.do_add_marac_meeting": Row(
        "marac_meeting.add",
        lambda w, _: _r("partners.marac.do_add_marac_meeting")(
            actor=w.manager, day=date(2031, 1, 8)
        ),
    ),
    "partners.marac.do_remove_marac_meeting": Row(
        "marac_meeting.remove",
        lambda w, m: _r("partners.marac.do_remove_marac_meeting")(m, actor=w.manager),
        _marac_meeting,
    ),
    "partners.marac.do_refer_to_marac": Row(
        "marac.refer",
        lambda w, rm: _r("partners.marac.do_refer_to_marac")(
            rm[0],
            actor=w.practitioner,
            meeting=rm[1],
            professional_judgement="Escalating control and threats.",
            lawful_basis="cda1998_s115",
            justification="High-risk domestic abuse.",
        ),
        lambda w: (approved_referral(w.officer, w.practitioner, w.supervisor), _marac_meeting(w)),
    ),
    "partners.portal_actions.do_record_share_outcome": Row(
        "share.outcome",
        lambda w, s: _r("partners.portal_actions.do_record_share_outcome")(
            s, actor=w.partner_a, outcome="nfa", notes=""
        ),
        _shared,
    ),
    "partners.portal_actions.do_decline_share": Row(
        "share.decline",
        lambda w, s: _r("partners.portal_actions.do_decline_share")(
            s, actor=w.partner_a, reason="Not our area."
        ),
        _shared,
    ),
    "partners.portal_actions.do_post_share_message": Row(
        "share.message",
        lambda w, s: _r("partners.portal_actions.do_post_share_message")(
            s, actor=w.partner_a, body="Is the child still at this address?"
        ),
        _shared,
    ),
    "partners.portal_actions.do_raise_isr": Row("isr.raise", lambda w, _: _isr(w)),
    "partners.portal_actions.do_respond_isr": Row(
        "isr.respond",
        lambda w, i: _r("partners.portal_actions.do_respond_isr")(
            i, actor=w.practitioner, response="Nothing held."
        ),
        _isr,
    ),
    "partners.portal_actions.do_invite_agency_user": Row(
        "agency_user.invite",
        lambda w, lead: _r("partners.portal_actions.do_invite_agency_user")(
            actor=lead, first_name="Ann", last_name="Lee", email="ann.lee@herefordshire.test"
        ),
        _lead,
    ),
    "partners.portal_actions.do_set_agency_user_active": Row(
        "agency_user.deactivate",
        lambda w, lead: _r("partners.portal_actions.do_set_agency_user_active")(
            w.partner_a, actor=lead, active=False
        ),
        _lead,
    ),
    "partners.systems.do_register_partner_system": Row(
        "partner_system.register",
        lambda w, lead: _r("partners.systems.do_register_partner_system")(
            actor=lead, agency=lead.agency, name="Mosaic"
        ),
        _lead,
    ),
    "partners.systems.do_revoke_partner_system": Row(
        "partner_system.revoke",
        lambda w, system: _r("partners.systems.do_revoke_partner_system")(system, actor=None),
        lambda w: _r("partners.systems.do_register_partner_system")(
            actor=None, agency=_agency("herefordshire-cs"), name="Mosaic"
        )[0],
    ),
    "partners.notices.do_set_notice_preference": Row(
        "partner.notice_preference",
        lambda w, _: _r("partners.notices.do_set_notice_preference")(
            w.partner_a, actor=w.partner_a, frequency="daily_digest"
        ),
    ),
    "partners.notices.do_set_safeguarding_lead": Row(
        "agency.safeguarding_lead",
        lambda w, school: _r("partners.notices.do_set_safeguarding_lead")(
            school["dsl"], actor=school["lead"], is_lead=True
        ),
        _school_people,
    ),
    "partners.webhooks.do_create_webhook": Row(
        "webhook.create", lambda w, lead: _webhook(lead), _lead
    ),
    "partners.webhooks.do_set_webhook_active": Row(
        "webhook.turn_off",
        lambda w, hook: _r("partners.webhooks.do_set_webhook_active")(
            hook, actor=hook.created_by, active=False
        ),
        lambda w: _webhook(_lead(w)),
    ),
    "partners.webhooks.do_replay_webhook_delivery": Row(
        "webhook.replay",
        lambda w, delivery: _r("partners.webhooks.do_replay_webhook_delivery")(
            delivery, actor=delivery.subscription.created_by
        ),
        _webhook_delivery,
    ),
    "partners.webhooks.do_reencrypt_webhook_secrets": Row(
        "webhook.secrets_reencrypt",
        lambda w, _: _r("partners.webhooks.do_reencrypt_webhook_secrets")(actor=None),
        lambda w: _webhook(_lead(w)),
    ),
    "referrals.rota.do_add_duty": Row("duty_rota.add", lambda w, _: _duty(w)),
    "referrals.rota.do_remove_duty": Row(
        "duty_rota.remove",
        lambda w, entry: _r("referrals.rota.do_remove_duty")(entry, actor=w.manager),
        _duty,
    ),
    # --- accounts ------------------------------------------------------------------------
    "accounts.actions.do_sign_out_everywhere": Row(
        "auth.sign_out_everywhere",
        lambda w, _: _r("accounts.actions.do_sign_out_everywhere")(
            w.practitioner, actor=w.practitioner
        ),
    ),
    "accounts.actions.do_unlock_sign_in": Row(
        "auth.unlock",
        lambda w, admin: _r("accounts.actions.do_unlock_sign_in")(
            username=w.practitioner.username, actor=admin
        ),
        _admin,
    ),
    "accounts.actions.do_enrol_two_factor": Row(
        "auth.two_factor_enrol",
        lambda w, device: _r("accounts.actions.do_enrol_two_factor")(
            w.practitioner,
            token=_code(device),
            actor=w.practitioner,
        ),
        _pending_app,
    ),
    "accounts.actions.do_verify_two_factor": Row(
        "auth.two_factor_verified",
        lambda w, rc: _r("accounts.actions.do_verify_two_factor")(
            rc[0], token=rc[1], actor=w.practitioner
        ),
        _sign_in_request,
    ),
    "accounts.actions.do_new_recovery_codes": Row(
        "auth.recovery_codes",
        lambda w, _: _r("accounts.actions.do_new_recovery_codes")(
            w.practitioner, actor=w.practitioner
        ),
    ),
    "accounts.actions.do_reset_two_factor": Row(
        "auth.two_factor_reset",
        lambda w, admin: _r("accounts.actions.do_reset_two_factor")(w.practitioner, actor=admin),
        _admin,
    ),
    # --- dashboards ----------------------------------------------------------------------
    "dashboards.actions.do_update_capacity_settings": Row(
        "capacity.settings",
        lambda w, _: _r("dashboards.actions.do_update_capacity_settings")(
            actor=w.manager,
            values={"inflow_margin_percent": 10, "max_clearance_days": 14, "trend_days": 7},
        ),
    ),
    "dashboards.actions.do_set_roster": Row(
        "capacity.roster",
        lambda w, _: _r("dashboards.actions.do_set_roster")(
            actor=w.manager, practitioner=w.practitioner, hours={0: Decimal("7.5")}
        ),
    ),
    "dashboards.actions.do_add_absence": Row("capacity.absence.add", lambda w, _: _absence(w)),
    "dashboards.actions.do_remove_absence": Row(
        "capacity.absence.remove",
        lambda w, a: _r("dashboards.actions.do_remove_absence")(a, actor=w.manager),
        _absence,
    ),
    "dashboards.actions.do_check_capacity": Row(
        "capacity.alert",
        lambda w, _: _r("dashboards.actions.do_check_capacity")(),
        lambda w: submit_referral(w.officer),  # a backlog and nothing leaving it
    ),
    "dashboards.actions.do_rebuild_daily_statistics": Row(
        "statistics.rebuild",
        lambda w, _: _r("dashboards.actions.do_rebuild_daily_statistics")(),
        lambda w: _received_days_ago(submit_referral(w.officer), 3),  # a past day to count
    ),
    "audit.checkpoints.do_record_checkpoint": Row(
        "audit.checkpoint",
        lambda w, _: _r("audit.checkpoints.do_record_checkpoint")(reason="scheduled"),
    ),
    "dashboards.actions.do_send_daily_report": Row(
        "report.send",
        lambda w, _: _r("dashboards.actions.do_send_daily_report")(date.today()),
        lambda w: w.manager,
    ),
    # --- the practitioner's workspace: case notes and files ------------------------------
    "referrals.notes.do_add_case_note": Row(
        "note.add",
        lambda w, r: _r("referrals.notes.do_add_case_note")(
            actor=w.practitioner, kind=_research(), text="PNC: nothing.", referral=r
        ),
        lambda w: submit_referral(w.officer),
    ),
    "referrals.notes.do_correct_case_note": Row(
        "note.correct",
        lambda w, n: _r("referrals.notes.do_correct_case_note")(
            n, actor=w.practitioner, text="PNC: nothing held."
        ),
        lambda w: _note(w),
    ),
    "referrals.notes.do_add_correction_note": Row(
        "note.add",
        lambda w, n: _r("referrals.notes.do_add_correction_note")(
            n, actor=w.practitioner2, text="It was the GP, not the school."
        ),
        lambda w: _note(w),
    ),
    "referrals.attachments.do_add_referral_attachment": Row(
        "attachment.add",
        lambda w, r: _r("referrals.attachments.do_add_referral_attachment")(
            r, SimpleUploadedFile("scan.txt", b"Scanned.\n"), actor=w.officer
        ),
        lambda w: submit_referral(w.officer),
    ),
}


def _research() -> NoteKind:
    return NoteKind.objects.get(code="research")


def _note(w: World) -> CaseNote:
    return _r("referrals.notes.do_add_case_note")(
        actor=w.practitioner,
        kind=_research(),
        text="PNC: nothing.",
        referral=submit_referral(w.officer),
    )


DISCOVERED = discover_actions()


def test_discovery_finds_the_actions_of_every_app() -> None:
    # A guard on the introspection itself: if it found nothing, every other test would pass.
    modules = {path.rsplit(".", 2)[0] for path in DISCOVERED}
    assert {"referrals", "risk", "partners", "audit"} <= modules
    assert len(DISCOVERED) >= len(ACTIONS) // 2


@pytest.mark.parametrize("path", sorted(DISCOVERED))
def test_every_action_has_a_row(path) -> None:
    if path not in ACTIONS:
        pytest.fail(
            f"{path} has no row in tests/audit/test_every_action_audited.py: add a minimal "
            "call and the audit event it must write.",
            pytrace=False,
        )


@pytest.mark.parametrize("path", sorted(ACTIONS))
def test_no_row_for_a_missing_action(path) -> None:
    assert path in DISCOVERED, f"{path} no longer exists: remove its row"


@pytest.mark.parametrize("path", sorted(set(ACTIONS) & set(DISCOVERED)))
def test_action_writes_its_audit_event(db, request, path) -> None:
    row = ACTIONS[path]
    world = World(request)
    context = row.setup(world)
    last = AuditEvent.objects.order_by("-id").values_list("id", flat=True).first() or 0
    row.call(world, context)
    written = list(AuditEvent.objects.filter(id__gt=last).values_list("action", flat=True))
    assert row.event in written, f"{path} wrote {written}, not {row.event}"
