"""Plain-English names of audit actions, for timelines and access logs."""

ACTION_LABELS = {
    "auth.login": "Signed in",
    "auth.logout": "Signed out",
    "auth.login_failed": "Failed sign-in",
    "access.denied": "Access refused",
    "referral.submit": "Referral submitted",
    "referral.view": "Referral viewed",
    "referral.transition": "Status changed",
    "referral.grade_change": "Risk grade changed",
    "referral.allocate": "Allocated",
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
    "audit.view": "Audit trail viewed",
    "assessment.auto": "Risk grade approved without review (not sampled)",
    "flag.raise": "Under-grading flag raised",
    "flag.view": "Under-grading flag viewed",
    "flag.resolve": "Under-grading flag reviewed",
    "flag.supersede": "Under-grading flag no longer applies",
    "risk_model.publish": "Risk model version published",
    "lexicon.add": "Lexicon term added",
    "sla_policy.publish": "SLA policy version published",
    "sla_closure.add": "Closure day added",
    "sla_closure.remove": "Closure day removed",
    "lexicon.activate": "Lexicon term switched on",
    "lexicon.deactivate": "Lexicon term switched off",
}


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action.replace(".", " ").replace("_", " ").capitalize())
