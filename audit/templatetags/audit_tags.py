"""Template helpers for showing audit events."""

from typing import TYPE_CHECKING, Any

from django import template

from audit.labels import action_label, record_kind, value_label
from vhub.roles import ACCESS_LOG_ROLES

if TYPE_CHECKING:
    from accounts.models import User

register = template.Library()


@register.filter
def audit_label(event: Any) -> str:
    return action_label(event.action)


@register.filter(name="record_kind")
def record_kind_filter(object_type: str) -> str:
    return record_kind(object_type)


@register.filter
def audit_summary(event: Any) -> str:
    """One line on what changed, from the event's details."""
    d = event.details or {}
    if event.action == "referral.transition":
        before, after = (value_label("referral_status", d[k]) for k in ("from", "to"))
        text = f"{before} → {after}"
        return f"{text}: {d['reason']}" if d.get("reason") else text
    if event.action == "referral.grade_change":
        return f"{(d.get('from') or 'not graded').capitalize()} → {d.get('to', '').capitalize()}"
    if event.action in {"assessment.approve", "assessment.change", "assessment.auto"}:
        return f"Grade {d.get('grade', '')}" + (f": {d['rationale']}" if d.get("rationale") else "")
    if event.action == "assessment.return":
        return d.get("rationale", "")
    if event.action in {"assessment.submit", "assessment.save_draft"}:
        return f"Proposed grade {d.get('proposed_grade') or 'not chosen'}"
    if event.action == "share.create":
        return f"{d.get('agency', '')} (version {d.get('version', 1)})"
    if event.action == "share.pack_render":
        return f"SHA-256 {d.get('sha256', '')[:16]}…"
    if event.action == "referral.allocate":
        return f"To {d.get('to', '')} ({d.get('how', '')})"
    if event.action in {"flag.raise", "flag.supersede"}:
        return d.get("reason") or d.get("resolution", "")
    if event.action == "flag.resolve":
        return f"{d.get('outcome', '').capitalize()}: {d.get('rationale', '')}"
    if event.action in {"note.add", "note.correct"}:
        return d.get("kind_label", "") + (" (a correction)" if d.get("corrects") else "")
    if event.action == "attachment.add":
        return d.get("name", "")
    if event.action == "share.withdraw":
        return d.get("reason", "")
    if isinstance(d.get("referrals"), list):  # a list view (audit.actions.record_list_view)
        count = len(d["referrals"])
        where = str(d.get("page", "")).replace("_", " ").capitalize()
        return f"{where}: {count} referral{'' if count == 1 else 's'} listed"
    return ""


@register.filter
def can_see_access_log(user: "User") -> bool:
    return user.has_role(*ACCESS_LOG_ROLES)
