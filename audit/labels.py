"""Plain-English names of audit actions and of the kinds of record they name, for timelines,
access logs and the audit trail's search."""

import pghistory.models
from django.apps import apps
from django.utils.text import capfirst

VHUB_APPS = ("accounts", "audit", "dashboards", "partners", "referrals", "risk", "vhub")

ACTION_LABELS = {
    "auth.login": "Signed in",
    "auth.logout": "Signed out",
    "auth.login_failed": "Failed sign-in",
    "auth.rate_limited": "Too many sign-in attempts: refused for a while",
    "api.rate_limited": "Too many API requests: refused for a while",
    "access.denied": "Access refused",
    "referral.submit": "Referral submitted",
    "referral.view": "Referral viewed",
    "referral.transition": "Status changed",
    "referral.close": "Referral closed",
    "referral.bulk_close": "Several referrals closed together from the queue",
    "referral.closure_request": "Closure asked for, waiting for sign-off",
    "referral.closure_refuse": "Closure refused at sign-off",
    "referral.reopen": "Referral reopened",
    "referral.merge": "Referral merged into another as a duplicate",
    "referral.merge_in": "A duplicate referral merged into this one",
    "referral.grade_change": "Risk grade changed",
    "referral.allocate": "Allocated",
    "referral.route": "Re-routed to another local authority",
    "referral.import": "Backlog file imported",
    "referral.import_upload": "Backlog file uploaded",
    "import_scan.export": "Backlog scan's high-risk referrals downloaded (CSV)",
    "referral.import_digest": "Digest of clocks breached before import sent to supervisors",
    "referral.intake_conflict": "Records system sent conflicting content",
    "integration.create": "Integration client registered",
    "integration.revoke": "Integration client revoked",
    "auth.token_failed": "Refused API token",
    "person.match_confirm": "Child linked to a known person",
    "person.match_bulk_confirm": "Several matches confirmed together",
    "person.match_bulk_reject": "Several matches rejected together",
    "person.match_reject": "Possible match rejected",
    "person.view": "Person's chronology viewed",
    "search.run": "People and referrals searched",
    "assessment.save_draft": "Risk assessment saved as draft",
    "assessment.submit": "Risk assessment submitted for approval",
    "assessment.view": "Risk assessment viewed",
    "assessment.approve": "Risk grade approved",
    "assessment.change": "Risk grade changed by supervisor",
    "assessment.return": "Risk assessment returned to assessor",
    "share.create": "Shared with partner agency",
    "share.pack_render": "Referral pack PDF produced",
    "share.view": "Share viewed",
    "share.download": "Referral pack downloaded",
    "share.acknowledge": "Partner acknowledged receipt",
    "share.withdraw": "Share withdrawn",
    # The partner portal (docs/partner-portal.md)
    "share.outcome": "Partner recorded an outcome",
    "share.decline": "Partner declined: wrong area",
    "share.message": "Message between partner and VHub",
    "isr.raise": "Information request raised",
    "isr.view": "Information request viewed",
    "isr.respond": "Information request answered",
    "isr.download": "Information request file downloaded",
    "agency_user.invite": "Partner user invited",
    "agency_user.password_set": "Invited user chose a password",
    "agency_user.deactivate": "Partner user deactivated",
    "agency_user.activate": "Partner user reactivated",
    "share.supersede": "Share superseded by a new version",
    "share.authorise": "Share authorised by a supervisor",
    "share.refuse": "Share refused by a supervisor",
    "sharing_rule.change": "Sharing authorisation rule changed",
    "encompass.propose": "Operation Encompass notice proposed",
    "encompass.view": "Operation Encompass notice viewed",
    "encompass.send": "Operation Encompass notice sent",
    "encompass.not_needed": "Operation Encompass notice not needed",
    "marac.refer": "Referred to MARAC",
    "marac.list_view": "MARAC list viewed",
    "marac_meeting.add": "MARAC meeting added",
    "marac_meeting.remove": "MARAC meeting removed",
    "disclosures.export": "Disclosure log downloaded",
    "audit.view": "Audit trail viewed",
    "audit.checkpoint": "Audit trail checkpoint signed",
    "audit.export": "Audit trail exported (CSV)",
    "audit.person_log_view": "Person's access log viewed",
    "audit.referral_log_view": "Referral's access log viewed",
    "person.subject_access": "Subject access export",
    "referral.history_view": "Referral's change history viewed",
    "assessment.history_view": "Risk assessment's change history viewed",
    "share.history_view": "Share's change history viewed",
    "config.history_view": "Configuration's change history viewed",
    "retention.schedule": "Retention review dates set",
    "config.change": "Configuration changed (admin)",
    "config.delete": "Configuration deleted (admin)",
    "retention.queue_view": "Retention review queue viewed",
    "retention.view": "Retention review opened",
    "retention.retain": "Records kept after retention review",
    "retention.mark_disposal": "Records marked for disposal",
    "quality_audit.sample": "Quality audit sample drawn",
    "quality_audit.view": "Quality audit opened",
    "quality_audit.score": "Quality audit scored",
    "quality_audit.results_view": "Quality audit results viewed",
    "quality_audit.feedback_view": "Quality audit feedback viewed",
    # The frontline quality loop (docs/frontline.md)
    "frontline.view": "Officers' risk assessments viewed (area contact's page)",
    "frontline.gap_view": "Learning-needs report viewed (the under-grading gap)",
    "frontline.export": "Frontline table downloaded (CSV)",
    "frontline.referral_view": "Referral opened by an area's contact to write to its officer",
    "frontline.reminder_sent": "Reminder sent to the referring officer",
    "frontline.feedback_sent": "Feedback sent to the referring officer",
    "officer_audit.view": "Officer's submission opened for audit",
    "officer_audit.score": "Officer's submission scored",
    "officer_audit.results_view": "Results of the officers' audit viewed",
    "case_list.view": "List of cases viewed",
    "risk.list_view": "Risk work list viewed",
    "assessment.auto": "Risk grade approved without review (not sampled)",
    "flag.raise": "Under-grading flag raised",
    "flag.view": "Under-grading flag viewed",
    "flag.resolve": "Under-grading flag reviewed",
    "flag.supersede": "Under-grading flag no longer applies",
    "flag.reopen": "Under-grading flag raised again",
    "risk_model.publish": "Risk model version published",
    "catalogue.publish": "Risk reader catalogue version published",
    "config.export": "Configuration figures downloaded",
    "lexicon.add": "Lexicon term added",
    "sla_policy.publish": "SLA policy version published",
    "sla_closure.add": "Closure day added",
    "sla_closure.remove": "Closure day removed",
    "duty_rota.add": "Supervisor put on an area team's duty rota",
    "duty_rota.remove": "Supervisor taken off an area team's duty rota",
    # Telling partners that work has arrived
    "partner.notice_preference": "E-mail settings for new work changed",
    "agency.safeguarding_lead": "Designated safeguarding lead named or removed",
    "partner_notices.view": "Agency's e-mails about new work viewed",
    # Webhooks to an agency's own system (partners/webhooks.py)
    "webhook.create": "Webhook to an agency's system added",
    "webhook.turn_on": "Webhook turned on",
    "webhook.turn_off": "Webhook turned off by its agency",
    "webhook.turned_off": "Webhook turned off after repeated failure",
    "webhook.replay": "Webhook delivery sent again",
    "webhook.secrets_reencrypt": "Webhook signing secrets re-encrypted under the current key",
    "webhook_log.view": "Agency's webhook delivery log viewed",
    # Agencies' own case systems on the partner API
    "partner_system.register": "Agency's case system registered for the partner API",
    "partner_system.revoke": "Agency's case system's token revoked",
    "partner_system.call": "Agency's case system called the partner API",
    "partner_systems.view": "Agency's case systems listed",
    "lexicon.activate": "Lexicon term switched on",
    "lexicon.deactivate": "Lexicon term switched off",
    # Signing in and accounts (accounts app)
    "auth.locked_out": "Account locked after repeated failed sign-ins",
    "auth.unlock": "Account unlocked",
    "auth.session_expired": "Signed out: the session ran out",
    "auth.sign_out_everywhere": "Signed out on every device",
    "auth.two_factor_enrol": "Set up an authenticator app",
    "auth.two_factor_verified": "Entered a correct security code",
    "auth.two_factor_failed": "Entered a wrong security code",
    "auth.two_factor_reset": "Security codes reset by an administrator",
    "auth.recovery_codes": "New recovery codes made",
    "auth.sso_account_created": "Account created at first sign-in through the force's system",
    "auth.sso_refused": "Sign-in through the force's system refused: no VHub role",
    "auth.sso_roles": "Roles updated from the force's system",
    # The officer's referral form and corrections
    "referral_draft.create": "Referral form started",
    "referral_draft.save": "Referral form page saved",
    "referral_draft.view": "Referral form opened",
    "referral_draft.remove_person": "Person removed from the referral form",
    "referral_draft.delete": "Unsent referral form deleted",
    "referral_draft.submit": "Referral form sent",
    "referral.resubmit": "Corrected referral sent back to the hub",
    # Dashboards and capacity
    "capacity.view": "Capacity page viewed",
    "capacity.settings": "Capacity settings changed",
    "capacity.roster": "Practitioner's working hours changed",
    "capacity.absence.add": "Absence recorded",
    "capacity.absence.remove": "Absence removed",
    "capacity.alert": "Capacity alert sent to managers",
    "capacity.recovered": "Capacity back within limits",
    "report.download": "Daily report downloaded",
    "report.send": "Daily report emailed",
    "statistics.rebuild": "Dashboard figures rebuilt",
    # The practitioner's workspace: case notes and attachments
    "note.add": "Case note added",
    "note.correct": "Case note corrected by its author",
    "note.view": "Case note opened",
    "note.list_view": "Case notes read",
    "attachment.add": "File attached",
    "attachment.download": "Attached file downloaded",
    "attachment.list_view": "List of attached files read",
    "share.attachment_download": "File sent with a share downloaded",
    "share.message_attachment_download": "File sent with a message downloaded",
}


# Words for the values an event's details carry ("from"/"to" of a transition), by vocabulary.
# The app that owns a vocabulary registers it (referrals/models.py: the referral's statuses), so
# the audit pages can show it without importing that app.
VALUE_LABELS: dict[str, dict[str, str]] = {}


def register_value_labels(vocabulary: str, choices: list[tuple[str, str]]) -> None:
    VALUE_LABELS[vocabulary] = {str(value): str(label) for value, label in choices}


def value_label(vocabulary: str, value: str) -> str:
    return VALUE_LABELS.get(vocabulary, {}).get(value, value)


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action.replace(".", " ").replace("_", " ").capitalize())


# Where a model's own name would read badly (initialisms, or not what people call it).
RECORD_KINDS = {
    "page": "Page",
    "accounts.user": "User account",
    "partners.encompassnotice": "Operation Encompass notice",
    "partners.israttachment": "Information request attachment",
    "partners.shareattachment": "File sent with a share",
    "partners.sharemessageattachment": "File sent with a message",
    "referrals.casenote": "Case note",
    "referrals.notekind": "Kind of case note",
    "referrals.referralattachment": "File attached to a referral",
    "partners.maracmeeting": "MARAC meeting",
    "partners.maracreferral": "MARAC referral",
    "partners.webhooksubscription": "Webhook to an agency's system",
    "partners.webhookdelivery": "Webhook delivery",
    "partners.partnersystem": "Agency's case system",
    "referrals.personmatch": "Possible match to a known person",
    "referrals.referralsubject": "Person on a referral",
    "referrals.slaclock": "SLA clock",
    "referrals.slapolicyversion": "SLA policy version",
    "referrals.slatarget": "SLA timescale",
    "risk.daquestion": "Domestic-abuse checklist question",
    "risk.undergradingflag": "Possible hidden high risk flag",
}


def record_kind(object_type: str) -> str:
    """A kind of record as people name it: 'referrals.person' -> 'Person', the model's own
    verbose name unless RECORD_KINDS says better; a page (a refused URL) -> 'Page'."""
    if not object_type or object_type in RECORD_KINDS:
        return RECORD_KINDS.get(object_type, "")
    try:
        model = apps.get_model(object_type)
    except (LookupError, ValueError):
        return object_type.rsplit(".", 1)[-1].replace("_", " ").capitalize()
    return capfirst(str(model._meta.verbose_name))


def record_kind_choices() -> list[tuple[str, str]]:
    """Every kind of record the audit trail can name, for the search form: the models of
    VHub's own apps (not the change-history tables, which are never audit subjects)."""
    kinds = {"page": RECORD_KINDS["page"]}
    for model in apps.get_models():
        meta = model._meta
        if (
            meta.app_label in VHUB_APPS
            and not issubclass(model, pghistory.models.Event)
            and not (meta.model_name or "").endswith("objectpermission")  # django-guardian's grants
        ):
            kinds[meta.label_lower] = record_kind(meta.label_lower)
    return sorted(kinds.items(), key=lambda item: item[1])
