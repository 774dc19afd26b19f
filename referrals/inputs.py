"""What an intake carries (the officer's form, the API, an import row): plain data, no database."""

from dataclasses import dataclass, field
from datetime import date, datetime

from referrals.models import (
    IncidentType,
)
from vhub.models import Agency

# Who a child is: the person's fields, as the officer's form, the API and the import's columns
# name them (an adult has these too, and a role).
CHILD_IDENTITY = ("first_name", "last_name", "date_of_birth", "address", "postcode")


@dataclass(frozen=True)
class ChildQuestion:
    """A question asked about each child beyond who they are (DESIGN.md §3)."""

    name: str  # the field on ChildDetails and ReferralSubject, the form, the API, the import
    label: str  # the question as the officer's form asks it
    yes_no: bool = False  # yes, no or not known (stored as None); otherwise free text
    max_length: int = 0  # of a text answer (the model's column)
    help_text: str = ""  # on the officer's form
    # The officer's form's message when the question is left unanswered. Every yes/no question
    # must be answered there ("Not known" is an answer); a text one only if this is given. The
    # API and the import may leave any of them out (blank, or None for not known).
    missing: str = ""


# Every question, in the order the form asks them. This is the one list: the officer's form
# (officer/forms.py) and the API (referrals/serializers.py) make their fields from it, and the
# import's columns, intake, drafts and partners' snapshots take its names. A new question is a
# line here, with its field on `ChildDetails` and on `ReferralSubject` (and its migration).
CHILD_QUESTIONS = (
    ChildQuestion("school", "School or nursery", max_length=200, help_text="Leave blank if none."),
    ChildQuestion("gp", "GP or health visitor", max_length=200),
    ChildQuestion(
        "lives_at_address",
        "Does the child live at the incident address?",
        yes_no=True,
        missing="Select if the child lives at the incident address",
    ),
    ChildQuestion(
        "was_present",
        "Was the child present?",
        yes_no=True,
        missing="Select if the child was present",
    ),
    ChildQuestion(
        "witnessed",
        "Did the child witness the incident?",
        yes_no=True,
        missing="Select if the child witnessed the incident",
    ),
    ChildQuestion(
        "was_injured",
        "Was the child injured?",
        yes_no=True,
        missing="Select if the child was injured",
    ),
    ChildQuestion(
        "parental_responsibility",
        "Who has parental responsibility?",
        max_length=300,
        help_text="Names and relationship to the child, or Not known.",
        missing="Say who has parental responsibility, or write Not known",
    ),
    ChildQuestion(
        "parents_aware",
        "Do the parents know about this referral?",
        yes_no=True,
        missing="Select if the parents know about this referral",
    ),
)
# Their names; the yes/no ones store "not known" as None.
CHILD_ANSWERS = tuple(question.name for question in CHILD_QUESTIONS)
YES_NO_ANSWERS = tuple(question.name for question in CHILD_QUESTIONS if question.yes_no)
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
