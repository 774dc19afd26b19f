"""What an intake carries (the officer's form, the API, an import row): plain data, no database."""

from dataclasses import dataclass, field
from datetime import date, datetime

from referrals.models import (
    IncidentType,
)
from vhub.models import Agency

# The questions asked about each child beyond who they are (DESIGN.md §3), in the order the
# form asks them: `ChildDetails` carries them, the child's `ReferralSubject` stores them under
# the same names, and the officer's form, the import's columns, intake and partners' snapshots
# all take the list from here. The yes/no ones store "not known" as None.
CHILD_ANSWERS = (
    "school",
    "gp",
    "lives_at_address",
    "was_present",
    "witnessed",
    "was_injured",
    "parental_responsibility",
    "parents_aware",
)
YES_NO_ANSWERS = ("lives_at_address", "was_present", "witnessed", "was_injured", "parents_aware")
# What a child's voice section records, and what is stored of a child with their answers.
VOICE_ANSWERS = ("voice_of_child", "voice_not_captured_reason")
STORED_CHILD_FIELDS = (*CHILD_ANSWERS, *VOICE_ANSWERS, "expected_date")


@dataclass
class ChildDetails:
    first_name: str
    last_name: str
    date_of_birth: date | None
    address: str = ""
    postcode: str = ""
    school: str = ""
    gp: str = ""
    lives_at_address: bool | None = None
    was_present: bool | None = None
    witnessed: bool | None = None
    was_injured: bool | None = None
    parental_responsibility: str = ""
    parents_aware: bool | None = None
    voice_of_child: str = ""
    voice_not_captured_reason: str = ""
    expected_date: date | None = None  # an unborn child's expected date of birth
    subject_id: int | None = None  # set when correcting a returned referral's child


@dataclass
class PersonDetails:
    """Another person in the referral: a parent or carer, victim, suspect or other adult."""

    first_name: str
    last_name: str
    role: str
    date_of_birth: date | None = None
    address: str = ""
    postcode: str = ""
    subject_id: int | None = None


@dataclass
class IncidentDetails:
    incident_reference: str
    incident_at: datetime
    location: str
    postcode: str
    incident_type: IncidentType
    local_authority: Agency | None
    narrative: str
    officer_risk_view: str
    children: list[ChildDetails] = field(default_factory=list)
    others: list[PersonDetails] = field(default_factory=list)
    # From a records system or the import: when the source received it (None: now), the grade
    # the officer gave there, and the source's own reference.
    received_at: datetime | None = None
    officer_grade: str = ""
    source_reference: str = ""


@dataclass
class Submission:
    """One referral to submit, with its key in the system that sent it (if any)."""

    details: IncidentDetails
    external_id: str = ""
    intake_hash: str = ""
