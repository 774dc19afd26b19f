"""What the referring officer sees of the frontline loop, on pages of the referrals app (which
cannot import this one): the notes from their area's contact on My referrals, and their grade
beside the final one on an approved referral's page."""

from typing import Any

from django import template

from referrals.models import Referral
from risk.frontline import feedback_for_officer, grades_for_officer
from vhub.roles import Role

register = template.Library()


@register.inclusion_tag("risk/_officer_feedback.html", takes_context=True)
def officer_feedback(context: dict[str, Any]) -> dict[str, Any]:
    """Reminders and feedback from the area's single point of contact, newest first."""
    user = context["request"].user
    return {"feedback": list(feedback_for_officer(user)) if user.has_role(Role.OFFICER) else []}


@register.inclusion_tag("risk/_officer_grades.html", takes_context=True)
def officer_grades(context: dict[str, Any], referral: Referral) -> dict[str, Any]:
    """For the officer who sent the referral, once a child's assessment is approved: their
    grade beside the final grade and, where they differ, the factors that made the difference."""
    user = context["request"].user
    mine = user.has_role(Role.OFFICER) and referral.submitted_by_id == user.pk
    return {"children": grades_for_officer(referral) if mine else []}
