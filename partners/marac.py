"""MARAC (DESIGN.md §6): which domestic-abuse cases meet the referral criteria, referring them
to the next meeting with a case pack, and the meeting's list (children's cases first)."""

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from audit.actions import record_event
from partners.actions import do_create_share
from partners.models import (
    CRITERIA_LABELS,
    POTENTIAL_ESCALATION,
    PROFESSIONAL_JUDGEMENT,
    REPEAT,
    VISIBLE_HIGH_RISK,
    MaracMeeting,
    MaracReferral,
    SharePurpose,
)
from partners.pack_templates import MARAC
from referrals.models import Referral, ReferralStatus, SubjectRole
from vhub.clock import now
from vhub.errors import ActionError, ActionPermissionError
from vhub.models import Agency, AgencyKind
from vhub.roles import Role

if TYPE_CHECKING:
    from accounts.models import User

LOOKBACK = timedelta(days=365)
ESCALATION_INCIDENTS = 3
DEFAULT_DA_HIGH = 14


@dataclass
class Criterion:
    code: str
    met: bool
    detail: str

    @property
    def label(self) -> str:
        return CRITERIA_LABELS[self.code]


@dataclass
class MaracCheck:
    applies: bool
    criteria: list[Criterion] = field(default_factory=list)
    has_children: bool = True

    @property
    def met(self) -> list[str]:
        return [c.code for c in self.criteria if c.met]


def _household(referral: Referral) -> tuple[list[int], bool]:
    """Everyone named in the referral, and whether a child among them lives at the address
    (or nobody said they do not). The referral page has loaded the subjects already
    (referrals.selectors.referral_detail's `subject_list`): read from those, not again."""
    loaded = getattr(referral, "subject_list", None)
    if loaded is not None:
        return [s.person_id for s in loaded], any(
            s.role == SubjectRole.CHILD and s.lives_at_address is not False for s in loaded
        )
    people = list(referral.subjects.values_list("person_id", flat=True))
    has_children = (
        referral.subjects.filter(role=SubjectRole.CHILD).exclude(lives_at_address=False).exists()
    )
    return people, has_children


def check_marac(referral: Referral) -> MaracCheck:
    """The criteria that can be read from the record. Professional judgement is the
    practitioner's, recorded when they refer. 'Household' is everyone named in the referral."""
    if not referral.incident_type.is_domestic_abuse:
        return MaracCheck(applies=False)
    # Visible high risk: the most indicators ticked on any child's DA checklist.
    best, threshold = 0, DEFAULT_DA_HIGH
    for codes, high_min in referral.assessments.values_list(
        "da_yes_codes", "model_version__da_high_min"
    ):
        if len(codes or []) >= best:
            best, threshold = len(codes or []), high_min or DEFAULT_DA_HIGH
    people, has_children = _household(referral)
    since = referral.incident_at - LOOKBACK
    incidents = (
        Referral.objects.filter(
            incident_type__is_domestic_abuse=True,
            subjects__person_id__in=people,
            incident_at__gt=since,
            incident_at__lte=referral.incident_at,
        )
        .exclude(status=ReferralStatus.MERGED)
        .values("pk")
        .distinct()
        .count()
    )
    last = (
        MaracReferral.objects.filter(
            referral__subjects__person_id__in=people,
            # within 12 months before this incident (or since it: a referral made meanwhile)
            referred_at__gt=since,
        )
        .exclude(referral=referral)
        .select_related("referral")
        .only("referred_at", "referral__reference")  # what the criterion's words name
        .order_by("-referred_at")
        .first()
    )
    return MaracCheck(
        applies=True,
        has_children=has_children,
        criteria=[
            Criterion(
                VISIBLE_HIGH_RISK,
                best >= threshold,
                f"{best} risk indicator{'s' if best != 1 else ''} on the domestic-abuse "
                f"checklist ({threshold} or more is high risk)",
            ),
            Criterion(
                POTENTIAL_ESCALATION,
                incidents >= ESCALATION_INCIDENTS,
                f"{incidents} police-reported domestic-abuse "
                f"incident{'s' if incidents != 1 else ''} involving this household "
                "in the 12 months to this one "
                f"({ESCALATION_INCIDENTS} or more is escalation)",
            ),
            Criterion(
                REPEAT,
                last is not None,
                (
                    f"Referred to MARAC on {timezone.localtime(last.referred_at):%-d %B %Y} "
                    f"({last.referral.reference}), within 12 months of this incident"
                    if last
                    else "No MARAC referral in the 12 months before this incident"
                ),
            ),
        ],
    )


def next_meeting(today: date | None = None) -> MaracMeeting | None:
    today = today or timezone.localdate(now())
    return MaracMeeting.objects.filter(date__gte=today).order_by("date").first()


def marac_agency(referral: Referral) -> Agency | None:
    """The MARAC serving the referral's area, or the partnership's MARAC."""
    # `local_authority_id` is checked on this line.
    area = referral.local_authority.area if referral.local_authority_id else ""  # type: ignore[union-attr]
    agencies = Agency.objects.filter(kind=AgencyKind.MARAC, is_active=True).filter(
        Q(area=area) | Q(area="")
    )
    return sorted(agencies, key=lambda a: a.area != area)[0] if agencies else None


@transaction.atomic
def do_refer_to_marac(
    referral: Referral,
    *,
    actor: "User",
    meeting: MaracMeeting,
    professional_judgement: str,
    lawful_basis: str,
    justification: str,
    redacted: Any = (),
) -> MaracReferral:
    """Refer a domestic-abuse case to a MARAC meeting, with its case pack (a MARAC share)."""
    if not actor.has_role(Role.PRACTITIONER, Role.SUPERVISOR):
        raise ActionPermissionError("Only VHub practitioners and supervisors refer to MARAC.")
    check = check_marac(referral)
    if not check.applies:
        raise ActionError("Only domestic-abuse cases are referred to MARAC.")
    criteria = check.met + ([PROFESSIONAL_JUDGEMENT] if professional_judgement.strip() else [])
    if not criteria:
        raise ActionError(
            "This case meets none of the MARAC criteria. If you judge it should go, explain why.",
            field="professional_judgement",
        )
    if meeting.date < timezone.localdate(now()):
        raise ActionError("Choose a meeting that has not happened yet.", field="meeting")
    if MaracReferral.objects.filter(referral=referral, meeting=meeting).exists():
        raise ActionError(f"{referral.reference} is already on the list for {meeting}.")
    agency = marac_agency(referral)
    if agency is None:
        raise ActionError("No MARAC agency is set up: ask an administrator to add one.")
    share = do_create_share(
        referral,
        actor=actor,
        agency=agency,
        lawful_basis=lawful_basis,
        justification=justification,
        pack_template=MARAC.code,
        redacted=redacted,
        purpose=SharePurpose.MARAC,
    )
    case = MaracReferral.objects.create(
        referral=referral,
        meeting=meeting,
        share=share,
        criteria=criteria,
        professional_judgement=professional_judgement,
        has_children=check.has_children,
        is_repeat=REPEAT in criteria,
        referred_by=actor,
        referred_at=now(),
    )
    record_event(
        "marac.refer",
        actor=actor,
        obj=case,
        referral=referral,
        details={
            "meeting": meeting.date.isoformat(),
            "criteria": criteria,
            "professional_judgement": professional_judgement,
            "share": share.pk,
        },
    )
    return case


def marac_list(meeting: MaracMeeting) -> QuerySet[MaracReferral]:
    """The meeting's cases: those with children in the household first, then in the order
    they were referred."""
    return (
        MaracReferral.objects.filter(meeting=meeting)
        .select_related(
            "referral__incident_type", "referral__local_authority", "share", "referred_by"
        )
        .order_by("-has_children", "referred_at", "id")
    )


@transaction.atomic
def do_add_marac_meeting(*, actor: "User", day: date, note: str = "") -> MaracMeeting:
    if not actor.has_role(Role.MANAGER):
        raise ActionPermissionError("Only a manager changes the MARAC meeting dates.")
    if MaracMeeting.objects.filter(date=day).exists():
        raise ActionError("There is already a meeting on that day.", field="day")
    meeting = MaracMeeting.objects.create(date=day, note=note)
    record_event("marac_meeting.add", actor=actor, obj=meeting, details={"date": day.isoformat()})
    return meeting


@transaction.atomic
def do_remove_marac_meeting(meeting: MaracMeeting, *, actor: "User") -> None:
    if not actor.has_role(Role.MANAGER):
        raise ActionPermissionError("Only a manager changes the MARAC meeting dates.")
    if meeting.cases.exists():
        raise ActionError("Cases are listed for this meeting, so it cannot be removed.")
    record_event(
        "marac_meeting.remove", actor=actor, obj=meeting, details={"date": meeting.date.isoformat()}
    )
    meeting.delete()
