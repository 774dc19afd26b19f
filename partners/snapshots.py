"""What a share gives an agency: a frozen copy of the referral's shareable fields."""

from typing import Any

from django.utils import timezone

from referrals.models import Referral, SubjectRole


def _yes_no(value: bool | None) -> str:
    return {True: "Yes", False: "No", None: "Not known"}[value]


def build_snapshot(referral: Referral) -> dict[str, Any]:
    children = []
    for subject in referral.subjects.select_related("person").filter(role=SubjectRole.CHILD):
        person = subject.person
        children.append(
            {
                "name": person.full_name,
                "date_of_birth": (
                    f"{person.date_of_birth:%-d %B %Y}" if person.date_of_birth else ""
                ),
                "address": person.address,
                "school": subject.school,
                "gp": subject.gp,
                "lives_at_address": _yes_no(subject.lives_at_address),
                "was_present": _yes_no(subject.was_present),
                "witnessed": _yes_no(subject.witnessed),
                "was_injured": _yes_no(subject.was_injured),
                "parental_responsibility": subject.parental_responsibility,
                "parents_aware": _yes_no(subject.parents_aware),
                "voice_of_child": subject.voice_of_child,
                "grade": getattr(getattr(subject, "assessment", None), "approved_grade", ""),
            }
        )
    return {
        "reference": referral.reference,
        "incident_reference": referral.incident_reference,
        "incident_at": timezone.localtime(referral.incident_at).strftime("%-d %B %Y, %H:%M"),
        "incident_type": referral.incident_type.label,
        "location": referral.location,
        "local_authority": referral.local_authority.name if referral.local_authority else "",
        "grade": referral.current_grade,
        "narrative": referral.narrative,
        "officer_risk_view": referral.officer_risk_view,
        "children": children,
    }
