"""Version 1 of the risk model, the domestic-abuse checklist and the under-grading lexicon.

Wording is this project's own. Weights and thresholds are a starting point for the hub to tune
(a manager publishes a new version from the Risk model page); they are not a validated tool.
"""

from django.db import migrations
from django.utils import timezone

# code, group, label, guidance, weight, forces high on its own
FACTORS = [
    (
        "age_under_1",
        "child",
        "Child is under 1",
        "Babies cannot protect themselves or tell anyone; ticked from the date of birth.",
        10,
        False,
    ),
    (
        "age_under_5",
        "child",
        "Child is under 5",
        "Young children are less visible to services outside the home.",
        5,
        False,
    ),
    (
        "non_mobile_baby",
        "child",
        "Baby is not yet mobile",
        "Not yet crawling, cruising or walking. Any injury to a baby like this needs explaining.",
        8,
        False,
    ),
    (
        "disability",
        "child",
        "Child has a disability or additional needs",
        "Includes communication needs that make it harder for the child to tell someone.",
        6,
        False,
    ),
    (
        "injury",
        "child",
        "Child has an injury",
        "Any injury, bruise or mark on the child, explained or not.",
        12,
        False,
    ),
    (
        "disclosure",
        "child",
        "Child has disclosed harm",
        "The child has told someone they are being hurt or are frightened at home.",
        12,
        False,
    ),
    (
        "missing_episodes",
        "child",
        "Child has been missing",
        "One or more missing episodes in the last 12 months.",
        8,
        False,
    ),
    (
        "exploitation",
        "child",
        "Signs of exploitation",
        "Unexplained money, phones or gifts; older associates; going missing; being moved around.",
        15,
        False,
    ),
    (
        "da_child_present",
        "incident",
        "Domestic abuse with the child present",
        "The child was in the room or the home during the incident.",
        12,
        False,
    ),
    (
        "weapon",
        "incident",
        "A weapon was used or threatened",
        "Any object used or held as a weapon.",
        15,
        False,
    ),
    (
        "strangulation",
        "incident",
        "Strangulation, choking or smothering",
        "Any pressure to the neck or covering of the mouth or nose, even briefly.",
        20,
        False,
    ),
    (
        "sexual_offence",
        "incident",
        "Sexual offence against the child",
        "Any sexual offence where the child is the victim.",
        25,
        True,
    ),
    (
        "threats_to_kill",
        "incident",
        "Threats to kill",
        "Threats to kill the child, a parent or anyone in the household.",
        15,
        False,
    ),
    (
        "repeat_incident",
        "incident",
        "Repeat incident",
        "Police have attended this household for a similar incident before.",
        8,
        False,
    ),
    (
        "carer_substance_misuse",
        "carers",
        "Carer misuses drugs or alcohol",
        "Misuse that affects the care the child receives.",
        8,
        False,
    ),
    (
        "carer_mental_health",
        "carers",
        "Carer's mental health affects the child",
        "A carer's mental ill health affects their ability to keep the child safe.",
        6,
        False,
    ),
    (
        "known_perpetrator",
        "carers",
        "A known perpetrator lives in or visits the household",
        "Someone with a history of harming children or of serious violence.",
        15,
        False,
    ),
    (
        "child_protection_plan",
        "carers",
        "Child already has a child protection plan",
        "Or a sibling has one.",
        10,
        False,
    ),
    (
        "neglect",
        "environment",
        "Signs of neglect",
        "Hunger, poor hygiene, untreated health needs, being left alone.",
        10,
        False,
    ),
    (
        "home_conditions",
        "environment",
        "Home conditions put the child at risk",
        "Dangerous, dirty or cold home; no safe place to sleep.",
        6,
        False,
    ),
    (
        "protective_adult",
        "protective",
        "A safe, protective adult is present",
        "An adult who understands the risk, is acting on it and can keep the child safe.",
        -5,
        False,
    ),
    (
        "engaged_with_services",
        "protective",
        "Family is working with services",
        "The family is engaging with support already in place.",
        -3,
        False,
    ),
]

COMBINATIONS = [
    ("non-mobile baby with injury", ["non_mobile_baby", "injury"]),
    ("strangulation with a child present", ["strangulation", "da_child_present"]),
]

# code, text, high on its own
DA_QUESTIONS = [
    ("injured_now", "Was the victim hurt in this incident?", False),
    ("very_frightened", "Is the victim very frightened of what the abuser will do next?", True),
    (
        "fears_for_others",
        "Is the victim afraid the abuser will harm the children or other people?",
        False,
    ),
    ("isolated", "Does the abuser stop the victim seeing family or friends?", False),
    (
        "low_or_suicidal",
        "Is the victim feeling low, hopeless or having thoughts of suicide?",
        False,
    ),
    (
        "recent_separation",
        "Has the victim separated from the abuser, or tried to, in the past year?",
        False,
    ),
    ("contact_conflict", "Is there conflict over contact with the children?", False),
    (
        "stalking",
        "Does the abuser follow, watch, contact or turn up on the victim against their wishes?",
        True,
    ),
    (
        "pregnant_or_baby",
        "Is the victim pregnant, or have they had a baby in the last 18 months?",
        True,
    ),
    ("child_not_abusers", "Is there a child in the household who is not the abuser's?", False),
    ("hurt_children", "Has the abuser ever hurt the children?", False),
    ("threatened_children", "Has the abuser ever threatened to hurt or kill the children?", False),
    ("escalating", "Is the abuse happening more often or getting worse?", True),
    ("threats_to_kill", "Has the abuser threatened to kill the victim or anyone else?", True),
    (
        "strangulation",
        "Has the abuser ever choked, strangled or smothered the victim, or tried to?",
        True,
    ),
    (
        "sexual_abuse",
        "Does the abuser do or say sexual things that hurt or frighten the victim?",
        False,
    ),
    ("weapon", "Has the abuser used or threatened to use a weapon?", False),
    ("controlling", "Does the abuser control most of the victim's daily life or money?", False),
    ("abuser_substance", "Does the abuser misuse drugs or alcohol?", False),
    ("abuser_suicidal", "Has the abuser ever threatened or attempted suicide?", False),
    ("breached_orders", "Has the abuser broken bail conditions or a court order?", False),
    ("violent_to_others", "Is the abuser known to have been violent to other people?", False),
    ("harmed_animals", "Has the abuser hurt or threatened pets or other animals?", False),
    (
        "money_control",
        "Are there money problems that the abuser uses to control the victim?",
        False,
    ),
]

LEXICON = [
    ("strangulation", ["strangled", "strangle", "strangling", "strangles"]),
    ("choking", ["choked", "choke", "chokes"]),
    ("smothered", ["smother", "smothering"]),
    (
        "threats to kill",
        [
            "threatened to kill",
            "threat to kill",
            "going to kill",
            "kill you",
            "kill her",
            "kill him",
        ],
    ),
    ("weapon", ["knife", "knives", "gun", "firearm", "machete", "hammer"]),
    ("unconscious", ["passed out", "knocked out", "blacked out", "unresponsive"]),
    ("sexual", ["sexually", "rape", "raped", "sexual assault"]),
    ("baby", ["babies", "infant", "newborn", "new-born"]),
    ("head injury", ["head injuries", "hit her head", "hit his head", "skull"]),
    ("bruise", ["bruised", "bruising", "bruises"]),
    ("burn", ["burns", "burned", "burnt", "scald", "scalded"]),
    ("fracture", ["fractured", "broken bone", "broken arm", "broken leg"]),
]


def seed(apps, schema_editor) -> None:
    Version = apps.get_model("risk", "RiskModelVersion")
    Factor = apps.get_model("risk", "RiskFactor")
    Combination = apps.get_model("risk", "ForceHighCombination")
    Question = apps.get_model("risk", "DAQuestion")
    Term = apps.get_model("risk", "LexiconTerm")
    if Version.objects.exists():
        return
    version = Version.objects.create(
        number=1,
        medium_threshold=15,
        high_threshold=30,
        da_medium_min=10,
        da_high_min=14,
        note="Initial model.",
        created_at=timezone.now(),
    )
    Factor.objects.bulk_create(
        Factor(
            version=version,
            code=code,
            group=group,
            label=label,
            guidance=guidance,
            weight=weight,
            forces_high=forces,
            display_order=i,
        )
        for i, (code, group, label, guidance, weight, forces) in enumerate(FACTORS)
    )
    Combination.objects.bulk_create(
        Combination(version=version, label=label, factor_codes=codes)
        for label, codes in COMBINATIONS
    )
    Question.objects.bulk_create(
        Question(version=version, code=code, text=text, high_on_its_own=alone, display_order=i)
        for i, (code, text, alone) in enumerate(DA_QUESTIONS)
    )
    for term, variants in LEXICON:
        Term.objects.get_or_create(
            term=term, defaults={"variants": variants, "added_at": timezone.now()}
        )


class Migration(migrations.Migration):
    dependencies = [("risk", "0002_risk_model")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
