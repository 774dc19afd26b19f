"""Pack templates: which fields of a referral each kind of agency is given (DESIGN.md §6).

A share's snapshot holds only its template's fields, minus any the practitioner withheld, so the
portal page and the PDF (which read only the snapshot) cannot show anything else. Field codes
are the snapshot's keys; a child's fields are prefixed `child.`.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from vhub.models import AgencyKind

# code -> label, in the order the pack shows them.
INCIDENT_FIELDS = {
    "incident_reference": "Police reference",
    "incident_type": "Type of incident",
    "incident_at": "Date and time",
    "location": "Place",
    "local_authority": "Local authority",
    "grade": "Risk grade",
    "narrative": "Circumstances (what happened)",
    "officer_risk_view": "Officer's view of risk",
}
CHILD_FIELDS = {
    "child.name": "Child's name",
    "child.date_of_birth": "Date of birth",
    "child.address": "Address",
    "child.school": "School or nursery",
    "child.gp": "GP or health visitor",
    "child.lives_at_address": "Lives at the address",
    "child.was_present": "Present at the incident",
    "child.witnessed": "Witnessed the incident",
    "child.was_injured": "Injured",
    "child.parental_responsibility": "Parental responsibility",
    "child.parents_aware": "Parents aware of the referral",
    "child.voice_of_child": "Voice of the child",
    "child.grade": "Child's risk grade",
}
ALL_FIELDS = {**INCIDENT_FIELDS, **CHILD_FIELDS}
# A child's name identifies whom the pack is about; withholding it would make the pack useless.
NEVER_REDACTED = ("incident_reference", "child.name")


@dataclass(frozen=True)
class PackTemplate:
    code: str
    label: str
    description: str
    fields: tuple[str, ...]

    @property
    def redactable(self) -> list[tuple[str, str]]:
        return [(f, ALL_FIELDS[f]) for f in self.fields if f not in NEVER_REDACTED]

    def withheld(self, redacted: Iterable[str]) -> list[str]:
        """The fields a practitioner withheld that this template would otherwise give."""
        return sorted(set(redacted) & set(self.fields))

    @property
    def left_out(self) -> list[str]:
        """Labels of the fields this template never gives, in the pack's order."""
        return [label for code, label in ALL_FIELDS.items() if code not in self.fields]


FULL = PackTemplate(
    "full",
    "Full local authority pack",
    "Everything the hub holds on the incident and each child, for children's services.",
    tuple(ALL_FIELDS),
)
# DESIGN.md §6: the child's name and date of birth, the police reference, the date, time and
# place, whether the child was present, the voice of the child and the circumstances; nothing more.
ENCOMPASS = PackTemplate(
    "encompass",
    "Operation Encompass minimum",
    "Only what a school's safeguarding lead may be told: the child, when and where, whether "
    "they were present, their voice and the circumstances.",
    (
        "incident_reference",
        "incident_at",
        "location",
        "narrative",
        "child.name",
        "child.date_of_birth",
        "child.was_present",
        "child.voice_of_child",
    ),
)
HEALTH = PackTemplate(
    "health",
    "Health pack",
    "For a GP, health visitor or school nurse: the incident, each child's health contacts, "
    "injuries and voice; no school details.",
    (
        "incident_reference",
        "incident_type",
        "incident_at",
        "location",
        "grade",
        "narrative",
        "child.name",
        "child.date_of_birth",
        "child.address",
        "child.gp",
        "child.lives_at_address",
        "child.was_present",
        "child.witnessed",
        "child.was_injured",
        "child.parental_responsibility",
        "child.voice_of_child",
        "child.grade",
    ),
)
MARAC = PackTemplate(
    "marac",
    "MARAC case pack",
    "For the multi-agency risk assessment conference: the incident, the officer's view and "
    "each child in the household.",
    (
        "incident_reference",
        "incident_type",
        "incident_at",
        "location",
        "local_authority",
        "grade",
        "narrative",
        "officer_risk_view",
        "child.name",
        "child.date_of_birth",
        "child.address",
        "child.school",
        "child.gp",
        "child.lives_at_address",
        "child.was_present",
        "child.witnessed",
        "child.was_injured",
        "child.voice_of_child",
        "child.grade",
    ),
)

TEMPLATES = {t.code: t for t in (FULL, ENCOMPASS, HEALTH, MARAC)}
TEMPLATE_CHOICES = [(t.code, t.label) for t in TEMPLATES.values()]

_BY_AGENCY_KIND: dict[str, PackTemplate] = {
    AgencyKind.LA_CHILDRENS: FULL,
    AgencyKind.ADULT_SOCIAL_CARE: FULL,
    AgencyKind.SCHOOL: ENCOMPASS,
    AgencyKind.HEALTH: HEALTH,
    AgencyKind.MARAC: MARAC,
}


def template_for_agency(kind: str) -> PackTemplate:
    """The template an agency of this kind gets unless the practitioner chooses another."""
    return _BY_AGENCY_KIND.get(kind, FULL)


def get_template(code: str) -> PackTemplate:
    return TEMPLATES[code]
