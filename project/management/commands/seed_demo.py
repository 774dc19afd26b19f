"""manage.py seed_demo: demonstration users, agencies and ~30 referrals across the lifecycle.

Idempotent: users and agencies are created once; referrals only when the demo officer has none.
Everything is made through the real actions, so the audit trail and timelines are genuine.
"""

import random
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, cast

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.models import User
from accounts.two_factor import (
    APP_DEVICE_NAME,
    remaining_recovery_codes,
    replace_recovery_codes,
)
from dashboards.actions import do_set_roster
from partners.actions import do_acknowledge_share, do_create_share
from partners.marac import do_add_marac_meeting
from partners.models import LawfulBasis, ShareOutcome
from partners.portal_actions import do_post_share_message, do_record_share_outcome
from referrals.actions.allocation import do_start_triage
from referrals.actions.intake import do_submit_referral
from referrals.inputs import ChildDetails, IncidentDetails
from referrals.models import IncidentType, Referral
from referrals.rota import do_add_duty
from risk.actions import AssessmentInput, do_decide_assessment, do_save_assessment
from risk.models import AreaContact, OfficerPosting, PolicingArea, PolicingAreaCover
from risk.scoring import LoadedModel, age_factor_codes, current_model_version, suggest_grade
from vhub.clock import now
from vhub.demo import DEMO_AGENCIES, DEMO_PASSWORD, DEMO_USERS, demo_logins, demo_totp_key
from vhub.grades import highest
from vhub.models import Agency

try:  # a development dependency: seed_demo is for development only (production refuses it)
    import time_machine
except ImportError:  # a production image, which has no development dependencies
    time_machine = None  # type: ignore[assignment]  # checked before use

FIRST_NAMES = [
    "Lily",
    "Noah",
    "Ava",
    "Leo",
    "Mia",
    "Oscar",
    "Isla",
    "Jack",
    "Ruby",
    "Harry",
    "Evie",
    "Alfie",
    "Poppy",
    "Theo",
    "Freya",
    "Arlo",
    "Ivy",
    "Finley",
    "Daisy",
    "Kai",
]
LAST_NAMES = [
    "Smith",
    "Jones",
    "Williams",
    "Brown",
    "Davies",
    "Evans",
    "Wilson",
    "Thomas",
    "Roberts",
    "Johnson",
    "Walker",
    "Wright",
    "Hall",
    "Green",
    "Lewis",
]
PLACES = [
    ("12 Mill Lane, Hereford", "HR1 2AB", "herefordshire-cs"),
    ("4 Castle Street, Shrewsbury", "SY1 2BJ", "shropshire-cs"),
    ("27 Station Road, Telford", "TF3 4NA", "telford-wrekin-cs"),
    ("9 Foregate Street, Worcester", "WR1 1DB", "worcestershire-cs"),
    ("55 Bridge Street, Kidderminster", "DY10 1AB", "worcestershire-cs"),
]
INCIDENT_FACTORS = {
    "domestic-abuse": ["da_child_present", "repeat_incident", "carer_substance_misuse"],
    "child-neglect": ["neglect", "home_conditions", "carer_mental_health"],
    "missing-child": ["missing_episodes", "exploitation"],
    "parental-substance-misuse": ["carer_substance_misuse", "neglect"],
    "physical-abuse": ["injury", "disclosure"],
}
# Each incident type's narratives, one picked per referral. Most are what they seem; one
# domestic-abuse narrative describes strangulation without the word, as a backlog's hidden high
# risk would, so a new user sees the risk reader flag that referral and no other.
NARRATIVES = {
    "domestic-abuse": [
        "Police called by a neighbour to shouting. The mother said her partner had pushed her "
        "during an argument about money; no injuries seen. {child} was in the next room.",
        "Officers attended a verbal argument between the parents about child contact. Nobody "
        "was hurt and the father agreed to stay with his brother. {child} was upstairs asleep.",
        "Third call to the address this year about the parents arguing. The father had left "
        "before officers arrived and the mother declined to give details. {child} was at home.",
        "The mother told officers her partner pinned her to the sofa with his hands round her "
        "throat until she saw stars, then left. She did not want to make a statement. {child} "
        "watched from the doorway.",
    ],
    "child-neglect": [
        "Officers attending a report of a disturbance found the home cold and dirty, little food "
        "in the house, and {child} in clothes unwashed for some days.",
    ],
    "missing-child": [
        "{child} was reported missing by a carer at 22:00 and found the next morning in the town "
        "centre with older males not known to the family.",
    ],
    "parental-substance-misuse": [
        "Both parents were found intoxicated at home. {child} answered the door to officers and "
        "said they had not eaten since lunchtime.",
    ],
    "physical-abuse": [
        "School reported {child} arrived with bruising to the upper arm. The child said they had "
        "been grabbed by a parent.",
    ],
}
# The narrative whose risk is hidden in its wording.
# Domestic-abuse answers no seeded narrative tells of, so never answered yes (except the hidden
# narrative's strangulation).
UNTOLD_DA_ANSWERS = {
    "strangulation",
    "threats_to_kill",
    "weapon",
    "sexual_abuse",
    "hurt_children",
    "threatened_children",
}
HIDDEN_RISK = NARRATIVES["domestic-abuse"][-1]
# The youngest a child can be, in years, for the incident's narrative to make sense: a missing
# child out all night with older males, a child answering the door and saying what they ate, a
# child at school describing what happened.
MIN_AGE = {"missing-child": 10, "parental-substance-misuse": 6, "physical-abuse": 5}
# What a child of each age (under the first figure, in years) could have said or shown.
VOICES_BY_AGE = [
    (
        2,
        [
            "Pre-verbal baby, clean and settled, feeding well during the visit.",
            "Baby was unsettled and crying; calmed when held by the grandmother.",
        ],
    ),
    (
        5,
        [
            "Clung to the mother and would not speak to officers.",
            "Said 'daddy shouting' and hid behind the sofa.",
        ],
    ),
    (
        12,
        [
            "Said 'I don't like it when they shout, I hide under my bed.'",
            "Told officers they were hungry and wanted their nan.",
        ],
    ),
    (
        99,
        [
            "Quiet and withdrawn; would not make eye contact with officers.",
            "Said they were fine and did not want the police involved again.",
        ],
    ),
]


def incidents_for(age_years: int) -> list[str]:
    """The incident types whose narrative fits a child of this age."""
    return [code for code in NARRATIVES if age_years >= MIN_AGE.get(code, 0)]


def voices_for(age_years: int) -> list[str]:
    return next(voices for below, voices in VOICES_BY_AGE if age_years < below)


class Command(BaseCommand):
    help = "Create demonstration users, agencies and referrals (idempotent; never in production)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--referrals", type=int, default=30)

    def handle(self, *args: Any, **options: Any) -> None:
        if settings.PRODUCTION:
            raise CommandError(
                "seed_demo creates demonstration accounts and never runs in production."
            )
        with transaction.atomic():
            self._agencies()
            users = self._users()
            self._policing_areas(users)
        if Referral.objects.filter(submitted_by=users["officer"]).exists():
            self.stdout.write("Demo data already present: nothing to do.")
        else:
            self._referrals(users, options["referrals"])
            self._roster(users)
            self._duty_rota(users)
            self._marac_meetings(users)
            self.stdout.write(self.style.SUCCESS(f"Seeded {options['referrals']} demo referrals."))
        # `make run` prints the logins from here rather than start Django once more for them.
        self.stdout.write("")
        for line in demo_logins():
            self.stdout.write(line)

    def _roster(self, users: dict[str, User]) -> None:
        """Usual hours for the capacity page: two full-time practitioners, one part-time
        supervisor."""
        for name, days in (("practitioner", 5), ("practitioner2", 5), ("supervisor", 3)):
            hours = {day: Decimal("7.5") for day in range(days)}
            do_set_roster(actor=users["manager"], practitioner=users[name], hours=hours)

    def _duty_rota(self, users: dict[str, User]) -> None:
        """The area teams' duty supervisors (docs/sla.md): Dan covers Herefordshire and
        Worcestershire on Monday to Wednesday and Grace on Thursday to Sunday; Grace has
        Shropshire and Telford & Wrekin on weekdays and Dan at weekends. Each is the other's
        cover when away."""
        first, second = users["supervisor"], users["supervisor2"]
        for area in Agency.objects.filter(kind="la_childrens"):
            if area.slug in ("herefordshire-cs", "worcestershire-cs"):
                days = [(first, d) for d in (0, 1, 2)] + [(second, d) for d in (3, 4, 5, 6)]
            else:
                days = [(second, d) for d in range(5)] + [(first, 5), (first, 6)]
            for supervisor, weekday in days:
                do_add_duty(
                    actor=users["manager"],
                    area=area,
                    supervisor=supervisor,
                    first_day=None,
                    last_day=None,
                    weekday=weekday,
                )

    def _marac_meetings(self, users: dict[str, User]) -> None:
        """MARAC meets every other Thursday: the next three meetings (docs/sharing.md)."""
        today = timezone.localdate()
        thursday = today + timedelta(days=(3 - today.weekday()) % 7 or 7)
        for n in range(3):
            do_add_marac_meeting(actor=users["manager"], day=thursday + timedelta(days=14 * n))

    def _policing_areas(self, users: dict[str, User]) -> None:
        """The force's policing areas (docs/frontline.md): South covers Herefordshire and
        Worcestershire, North Shropshire and Telford & Wrekin. The demo officer works in South,
        whose single point of contact is the demo `spoc`."""
        areas = {}
        for name in ("North", "South"):
            areas[name] = PolicingArea.objects.get_or_create(name=name)[0]
        for agency in Agency.objects.filter(kind="la_childrens"):
            south = agency.slug in ("herefordshire-cs", "worcestershire-cs")
            PolicingAreaCover.objects.get_or_create(
                local_authority=agency, defaults={"area": areas["South" if south else "North"]}
            )
        OfficerPosting.objects.get_or_create(
            user=users["officer"], defaults={"area": areas["South"]}
        )
        AreaContact.objects.get_or_create(user=users["spoc"], area=areas["South"])

    def _agencies(self) -> None:
        for name, slug, kind, area in DEMO_AGENCIES:
            if not Agency.objects.filter(slug=slug).exists():
                group, _ = Group.objects.get_or_create(name=f"agency:{slug}")
                Agency.objects.create(name=name, slug=slug, kind=kind, area=area, group=group)

    def _users(self) -> dict[str, User]:
        users = {}
        # Every demo account has the same published password: it is hashed once (an Argon2 hash
        # is over half a second of CPU; twelve of them were a tenth of a first `make run`).
        password_hash = None
        for username, first, last, role, agency_slug in DEMO_USERS:
            agency = Agency.objects.get(slug=agency_slug)
            user, created = User.objects.get_or_create(
                username=username,
                defaults={
                    "first_name": first,
                    "last_name": last,
                    "agency": agency,
                    "email": f"{username}@vhub.example",
                },
            )
            if created:
                password_hash = password_hash or make_password(DEMO_PASSWORD)
                user.password = password_hash
                user.is_staff = user.is_superuser = role == "admin"
                user.save()
                user.groups.add(Group.objects.get(name=role))
                if agency.kind != "police":
                    user.groups.add(agency.group)
            if not TOTPDevice.objects.filter(user=user).exists():
                TOTPDevice.objects.create(
                    user=user, name=APP_DEVICE_NAME, confirmed=True, key=demo_totp_key()
                )
            if not remaining_recovery_codes(user):
                # Enrolled as a real person would be: app and a set of recovery codes (unseen;
                # Your account makes a new set), so sign-in does not warn of none left.
                replace_recovery_codes(user)
            users[username] = user
        return users

    def _referrals(self, users: dict[str, User], count: int) -> None:
        # Seeded, so the demo data is the same on every machine; nothing secret depends on it.
        rng = random.Random(2026)  # noqa: S311 # nosec B311
        types = {t.code: t for t in IncidentType.objects.all()}
        agencies = {a.slug: a for a in Agency.objects.all()}
        # Stage each referral reaches, in lifecycle order.
        stages = (
            ["submitted"] * 8
            + ["in_triage"] * 5
            + ["awaiting_approval"] * 5
            + ["returned"] * 2
            + ["approved"] * 4
            + ["shared"] * 6
        )
        start = now() - timedelta(days=12)
        for index in range(count):
            stage = stages[index % len(stages)]
            # The child's age first: the incident and the child's voice must fit it.
            age_days = rng.randint(60, 16 * 365)
            age_years = age_days // 365
            code = rng.choice(incidents_for(age_years))
            narrative = rng.choice(NARRATIVES[code])
            if index == 0:  # the newest unread referral hides the risk, whatever the draw
                code, narrative = "domestic-abuse", HIDDEN_RISK
            address, postcode, la_slug = rng.choice(PLACES)
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            received = start + timedelta(hours=index * 9 + rng.randint(0, 5))
            child = ChildDetails(
                first_name=first,
                last_name=last,
                date_of_birth=date.today() - timedelta(days=age_days),
                address=address,
                postcode=postcode,
                school=""
                if age_days < 4 * 365
                else rng.choice(["Riverside Primary School", "Castle Hill Academy"]),
                gp="Health visitor, 0-19 team" if age_days < 5 * 365 else "Severn Medical Practice",
                lives_at_address=True,
                was_present=rng.choice([True, False]),
                witnessed=rng.choice([True, False, None]),
                was_injured=rng.random() < 0.2,
                parental_responsibility="Mother",
                parents_aware=rng.choice([True, False]),
                voice_of_child=rng.choice(voices_for(age_years)),
            )
            details = IncidentDetails(
                incident_reference=f"22/{100000 + index * 37}/{received:%y}",
                incident_at=received - timedelta(hours=rng.randint(1, 20)),
                location=address,
                postcode=postcode,
                incident_type=types[code],
                local_authority=agencies[la_slug],
                narrative=narrative.format(child=first),
                officer_risk_view=rng.choice(
                    [
                        "I believe the child is at risk of further harm if nothing changes.",
                        "Low immediate risk but a pattern is emerging; needs partner input.",
                    ]
                ),
                children=[child],
            )
            with time_machine.travel(received, tick=False):
                referral = do_submit_referral(details, actor=users["officer"])
            self._advance(referral, stage, users, rng, received, agencies[la_slug])

    def _assessment(self, referral: Any, subject: Any, rng: Any) -> AssessmentInput:
        """Factors that fit the incident, and a grade never below the suggestion."""
        model = LoadedModel.load(current_model_version())
        factors = set(age_factor_codes(subject.person.date_of_birth, referral.incident_at.date()))
        factors |= {f for f in INCIDENT_FACTORS[referral.incident_type.code] if rng.random() < 0.6}
        da = None
        if referral.incident_type.is_domestic_abuse:
            # Answers the narrative could support: a "yes" to strangulation, threats to kill or a
            # weapon is written into the rationale, which the risk reader reads.
            hidden = referral.narrative.startswith(HIDDEN_RISK.split("{")[0])
            answerable = sorted(set(model.da_questions) - UNTOLD_DA_ANSWERS)
            da = set(rng.sample(answerable, rng.randint(2, 8)))
            if hidden:
                da.add("strangulation")
        suggestion = suggest_grade(model, factors, da)
        grade = highest([suggestion.grade, rng.choice(["standard", "medium", "medium", "high"])])
        return AssessmentInput(
            proposed_grade=cast(str, grade),  # highest() of a non-empty list
            voice_of_child=subject.voice_of_child,
            voice_not_captured_reason="",
            rationale=f"{suggestion.headline}. Grade reflects the incident, the child's age "
            "and the carers' history.",
            factor_codes=sorted(factors),
            da_yes_codes=sorted(da) if da is not None else None,
        )

    def _advance(
        self, referral: Any, stage: Any, users: Any, rng: Any, received: Any, agency: Any
    ) -> None:
        order = ["submitted", "in_triage", "awaiting_approval", "returned", "approved", "shared"]
        reached = order.index(stage)
        practitioner = users[rng.choice(["practitioner", "practitioner2"])]
        at = received + timedelta(minutes=rng.randint(20, 90))
        if reached < 1:
            return
        with time_machine.travel(at, tick=False):
            do_start_triage(referral, actor=practitioner)
        subject = referral.subjects.get()
        data = self._assessment(referral, subject, rng)
        with time_machine.travel(at + timedelta(minutes=40), tick=False):
            assessment = do_save_assessment(subject, data, actor=practitioner, submit=reached >= 2)
        if reached < 3:
            return
        with time_machine.travel(at + timedelta(hours=2), tick=False):
            if stage == "returned":
                do_decide_assessment(
                    assessment,
                    actor=users["supervisor"],
                    decision="return",
                    rationale="Research the family's previous referrals and add them.",
                )
                return
            do_decide_assessment(assessment, actor=users["supervisor"], decision="approve")
        if stage != "shared":
            return
        with time_machine.travel(at + timedelta(hours=3), tick=False):
            share = do_create_share(
                referral,
                actor=practitioner,
                agency=agency,
                lawful_basis=LawfulBasis.DPA_SCHEDULE_8,
                justification="The local authority must assess the child's needs and safety.",
            )
        if rng.random() < 0.5:
            with time_machine.travel(at + timedelta(hours=20), tick=False):
                partner = User.objects.filter(agency=agency, groups__name="partner_user").first()
                if partner is not None:
                    do_acknowledge_share(share, actor=partner)
                    if rng.random() < 0.5:  # the partner portal: an outcome and a message
                        do_record_share_outcome(
                            share,
                            actor=partner,
                            outcome=ShareOutcome.EARLY_HELP,
                            notes="Offered to the family through the early help hub.",
                        )
                        do_post_share_message(
                            share, actor=partner, body="Does the family know about the referral?"
                        )
