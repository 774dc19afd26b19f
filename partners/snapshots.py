"""What a share gives an agency: a frozen copy of the fields its pack template allows, minus the
fields the practitioner withheld. Withheld values are never written into the snapshot, so no page
or PDF built from it can show them."""

from typing import Any

from django.utils import timezone

from partners.pack_templates import ALL_FIELDS, FULL, PackTemplate
from referrals.inputs import CHILD_ANSWERS, YES_NO_ANSWERS
from referrals.models import Referral, ReferralSubject, SubjectRole


def _yes_no(value: bool | None) -> str:
    return {True: "Yes", False: "No", None: "Not known"}[value]


def _child_values(subject: ReferralSubject) -> dict[str, Any]:
    person = subject.person
    return {
        "name": person.full_name,
        "date_of_birth": f"{person.date_of_birth:%-d %B %Y}" if person.date_of_birth else "",
        "address": person.address,
        **{
            name: _yes_no(getattr(subject, name))
            if name in YES_NO_ANSWERS
            else getattr(subject, name)
            for name in CHILD_ANSWERS
        },
        "voice_of_child": subject.voice_of_child,
        "grade": getattr(getattr(subject, "assessment", None), "approved_grade", ""),
    }


def _incident_values(referral: Referral) -> dict[str, Any]:
    return {
        "incident_reference": referral.incident_reference,
        "incident_at": timezone.localtime(referral.incident_at).strftime("%-d %B %Y, %H:%M"),
        "incident_type": referral.incident_type.label,
        "location": referral.location,
        "local_authority": referral.local_authority.name if referral.local_authority else "",
        "grade": referral.current_grade,
        "narrative": referral.narrative,
        "officer_risk_view": referral.officer_risk_view,
    }


def build_snapshot(
    referral: Referral,
    *,
    template: PackTemplate = FULL,
    redacted: frozenset[str] | set[str] = frozenset(),
    only_subject: ReferralSubject | None = None,
) -> dict[str, Any]:
    """The snapshot for one share. `only_subject` limits the children to one (an Encompass
    notice to a school is about the one child who attends it)."""
    allowed = set(template.fields) - set(redacted)
    incident = _incident_values(referral)
    snapshot: dict[str, Any] = {"reference": referral.reference}
    snapshot.update({key: value for key, value in incident.items() if key in allowed})
    subjects = referral.subjects.select_related("person", "assessment").filter(
        role=SubjectRole.CHILD
    )
    if only_subject is not None:
        subjects = subjects.filter(pk=only_subject.pk)
    snapshot["children"] = [
        {key: value for key, value in _child_values(subject).items() if f"child.{key}" in allowed}
        for subject in subjects
    ]
    snapshot["pack_template"] = template.code
    # The names of the withheld fields (never their values), so the recipient knows.
    snapshot["withheld"] = [ALL_FIELDS[f] for f in template.fields if f in redacted]
    return snapshot
