"""factory_boy factories and builders that go through the real actions."""

from datetime import date, timedelta

import factory
from django.contrib.auth.models import Group

from accounts.models import User
from partners.actions import do_create_share
from partners.models import LawfulBasis, PartnerSystem, Share
from partners.systems import do_register_partner_system
from referrals.actions.intake import do_submit_referral
from referrals.inputs import ChildDetails, IncidentDetails
from referrals.models import IncidentType, Referral, ReferralAttachment
from risk.actions import AssessmentInput, do_decide_assessment, do_save_assessment
from vhub.clock import now
from vhub.models import Agency

TEST_PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    email = factory.LazyAttribute(lambda u: f"{u.username}@vhub.test")
    agency = factory.LazyFunction(lambda: Agency.objects.get(slug="police-vhub"))

    @factory.post_generation
    def roles(self, create: bool, extracted, **kwargs) -> None:
        self.set_password(TEST_PASSWORD)
        self.save()
        for role in extracted or []:
            self.groups.add(Group.objects.get(name=role))
        if self.agency and self.agency.kind != "police":
            self.groups.add(self.agency.group)


def child(**overrides) -> ChildDetails:
    values = {
        "first_name": "Lily",
        "last_name": "Smith",
        "date_of_birth": date.today() - timedelta(days=6 * 365),
        "address": "12 Mill Lane, Hereford",
        "postcode": "HR1 2AB",
        "school": "Riverside Primary School",
        "gp": "Severn Medical Practice",
        "lives_at_address": True,
        "was_present": True,
        "witnessed": True,
        "was_injured": False,
        "parental_responsibility": "Mother",
        "parents_aware": True,
        "voice_of_child": "Said she was scared when the shouting started.",
    }
    values.update(overrides)
    return ChildDetails(**values)


def submit_referral(officer: User, *, children=None, **overrides) -> Referral:
    values = {
        "incident_reference": "22/123456/26",
        "incident_at": now() - timedelta(hours=3),
        "location": "12 Mill Lane, Hereford",
        "postcode": "HR1 2AB",
        "incident_type": IncidentType.objects.get(code="domestic-abuse"),
        "local_authority": Agency.objects.get(slug="herefordshire-cs"),
        "narrative": "Neighbour called police to shouting; both children were asleep upstairs.",
        "officer_risk_view": "Risk of further harm to the child.",
        "children": children or [child()],
    }
    values.update(overrides)
    return do_submit_referral(IncidentDetails(**values), actor=officer)


def assessment_input(grade: str = "high", **overrides) -> AssessmentInput:
    values = {
        "proposed_grade": grade,
        "voice_of_child": "Said she hides under the bed when they shout.",
        "voice_not_captured_reason": "",
        "rationale": "Domestic abuse with the child present; strangulation mark on the mother.",
    }
    values.update(overrides)
    return AssessmentInput(**values)


def submitted_assessment(referral: Referral, practitioner: User, grade: str = "high"):
    subject = referral.subjects.get()
    return do_save_assessment(subject, assessment_input(grade), actor=practitioner, submit=True)


def approved_referral(officer: User, practitioner: User, supervisor: User, **overrides) -> Referral:
    referral = submit_referral(officer, **overrides)
    assessment = submitted_assessment(referral, practitioner)
    do_decide_assessment(assessment, actor=supervisor, decision="approve")
    referral.refresh_from_db()
    return referral


def review_due(officer: User, practitioner: User, supervisor: User):
    """An approved referral, closed, whose retention review fell due yesterday."""
    from django.db import transaction

    from audit.models import RetentionReview
    from referrals.lifecycle import transition

    referral = approved_referral(officer, practitioner, supervisor)
    with transaction.atomic():
        transition(referral, "closed", actor=practitioner)
    return RetentionReview.objects.create(
        referral=referral,
        ended_at=referral.updated_at,
        review_due=date.today() - timedelta(days=1),
        basis="test",
    )


def share_with(
    referral: Referral,
    practitioner: User,
    agency_slug: str = "herefordshire-cs",
    *,
    files: list[ReferralAttachment] | None = None,
) -> Share:
    return do_create_share(
        referral,
        actor=practitioner,
        agency=Agency.objects.get(slug=agency_slug),
        lawful_basis=LawfulBasis.DPA_SCHEDULE_8,
        justification="The local authority must assess the child's safety.",
        attachments=[f.pk for f in files or []],
    )


def partner_system(
    agency_slug: str = "herefordshire-cs", name: str = "Case system"
) -> tuple[PartnerSystem, str]:
    """An agency's case system on the partner API, registered by a command (no actor); returns
    the system and its token."""
    return do_register_partner_system(
        actor=None, agency=Agency.objects.get(slug=agency_slug), name=name
    )
