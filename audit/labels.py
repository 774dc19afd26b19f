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
}


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action.replace(".", " ").replace("_", " ").capitalize())
