"""The officer's referral journey: the sections of a draft, their state on the task list, the
check-your-answers summary, and turning a finished draft into the intake action's input.

A draft stores each section as the form data that passed that section's validation
(`{"field": ["value", ...]}`), so a section page re-binds exactly what the officer typed, and the
whole draft is validated again, section by section, before it is submitted.
"""

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django import forms
from django.urls import reverse
from django.utils import timezone
from django.utils.datastructures import MultiValueDict

from officer.forms import (
    ChildForm,
    IncidentForm,
    NarrativeForm,
    OfficerAssessmentForm,
    PersonForm,
    RiskViewForm,
    VoiceForm,
)
from referrals.inputs import (
    CHILD_ANSWERS,
    VOICE_ANSWERS,
    YES_NO_ANSWERS,
    ChildDetails,
    IncidentDetails,
    PersonDetails,
)
from referrals.models import IncidentType, Referral, ReferralDraft, SubjectRole
from risk.actions import AssessmentInput
from risk.models import ChildRiskAssessment
from risk.scoring import LoadedModel, age_factor_codes, current_model_version
from vhub.forms import YES_NO_UNKNOWN

# Sections kept once per draft, and sections kept for each child or each other person.
TOP = {"incident": IncidentForm, "narrative": NarrativeForm, "risk_view": RiskViewForm}
PER_CHILD = {"child": ChildForm, "voice": VoiceForm, "assessment": OfficerAssessmentForm}
PER_PERSON = {"person": PersonForm}
SECTIONS = {**TOP, **PER_CHILD, **PER_PERSON}
TITLES = {
    "incident": "Incident details",
    "narrative": "What happened",
    "risk_view": "Your view of the risk",
    "child": "Child's details",
    "voice": "Voice of the child",
    "assessment": "Initial risk assessment",
    "person": "Another person involved",
}

Raw = dict[str, list[str]]


def entries(draft: ReferralDraft, kind: str) -> list[dict[str, Any]]:
    """The children ("children") or other people ("people") of a draft, in the order added."""
    return list(draft.data.get(kind, []))


def find_entry(draft: ReferralDraft, section: str, key: str) -> dict[str, Any] | None:
    kind = "people" if section in PER_PERSON else "children"
    return next((e for e in entries(draft, kind) if e["key"] == key), None)


def stored(draft: ReferralDraft, section: str, key: str = "") -> Raw | None:
    if section in TOP:
        return draft.data.get(section)
    entry = find_entry(draft, section, key)
    return entry.get(section) if entry else None


def raw_from_post(form: forms.Form, post: Any) -> Raw:
    """The posted values that belong to this form's fields (date parts included)."""
    names = [form.add_prefix(n) for n in form.fields]
    return {
        k: post.getlist(k)
        for k in post
        if any(k == n or (k.startswith(f"{n}_") and k[len(n) + 1 :].isdigit()) for n in names)
    }


def _incident_type(draft: ReferralDraft) -> IncidentType | None:
    raw = draft.data.get("incident") or {}
    value = (raw.get("incident_type") or [""])[0]
    return IncidentType.objects.filter(pk=value).first() if value.isdigit() else None


def _model_for(draft: ReferralDraft, entry: dict[str, Any] | None) -> LoadedModel:
    """The risk model the assessment uses: the one an existing assessment was made with, or
    the current one."""
    if entry and entry.get("subject_id"):
        existing = (
            ChildRiskAssessment.objects.filter(subject_id=entry["subject_id"])
            .select_related("model_version")
            .first()
        )
        if existing and existing.model_version:
            return LoadedModel.load(existing.model_version)
    return LoadedModel.load(current_model_version())


def bind(
    draft: ReferralDraft,
    section: str,
    key: str = "",
    data: Raw | None = None,
    *,
    model: LoadedModel | None = None,
) -> forms.Form:
    """The section's form, bound to `data` (or unbound with a helpful starting point)."""
    bound = MultiValueDict(data) if data is not None else None
    if section == "assessment":
        entry = find_entry(draft, section, key)
        incident_type = _incident_type(draft)
        initial: dict[str, Any] = {}
        child = entry.get("child") if entry else None
        if child and bound is None:
            born = ChildForm(MultiValueDict(child))
            if born.is_valid():
                initial["factors"] = sorted(
                    age_factor_codes(born.cleaned_data["date_of_birth"], timezone.localdate())
                )
        return OfficerAssessmentForm(
            bound,
            initial=initial,
            model=model or _model_for(draft, entry),
            with_da=bool(incident_type and incident_type.is_domestic_abuse),
        )
    return SECTIONS[section](bound)


def valid_form(draft: ReferralDraft, section: str, key: str = "", **kw: Any) -> forms.Form | None:
    raw = stored(draft, section, key)
    if raw is None:
        return None
    form = bind(draft, section, key, raw, **kw)
    return form if form.is_valid() else None


def child_name(entry: dict[str, Any]) -> str:
    raw = entry.get("child") or {}
    name = f"{(raw.get('first_name') or [''])[0]} {(raw.get('last_name') or [''])[0]}".strip()
    return name or "the child"


def person_name(entry: dict[str, Any]) -> str:
    raw = entry.get("person") or {}
    return f"{(raw.get('first_name') or [''])[0]} {(raw.get('last_name') or [''])[0]}".strip()


def section_url(draft: ReferralDraft, section: str, key: str = "") -> str:
    if section in TOP:
        return reverse("referrals:draft_section", args=[draft.pk, section])
    return reverse("referrals:draft_entry", args=[draft.pk, section, key])


# --- The task list ------------------------------------------------------------------------------

COMPLETED, IN_PROGRESS, NOT_STARTED, CANNOT_START = (
    "Completed",
    "In progress",
    "Not yet started",
    "Cannot start yet",
)


@dataclass
class Task:
    label: str
    url: str
    status: str
    hint: str = ""


def section_state(draft: ReferralDraft, section: str, key: str = "") -> str:
    if stored(draft, section, key) is None:
        return NOT_STARTED
    return COMPLETED if valid_form(draft, section, key) is not None else IN_PROGRESS


def people_state(draft: ReferralDraft) -> str:
    children, people = entries(draft, "children"), entries(draft, "people")
    if not children and not people:
        return NOT_STARTED
    complete = children and all(
        section_state(draft, "child", e["key"]) == COMPLETED for e in children
    )
    complete = complete and all(
        section_state(draft, "person", e["key"]) == COMPLETED for e in people
    )
    return COMPLETED if complete else IN_PROGRESS


def task_groups(draft: ReferralDraft) -> list[tuple[str, list[Task]]]:
    """The task list: sections in the order the officer meets them, each with its status."""
    children = entries(draft, "children")
    incident_done = section_state(draft, "incident") == COMPLETED
    groups: list[tuple[str, list[Task]]] = [
        (
            "The incident",
            [
                Task(
                    "Incident details",
                    section_url(draft, "incident"),
                    section_state(draft, "incident"),
                ),
                Task(
                    "People involved",
                    reverse("referrals:draft_people", args=[draft.pk]),
                    people_state(draft),
                    "Each child, and the adults with their part in the incident",
                ),
                Task(
                    "What happened",
                    section_url(draft, "narrative"),
                    section_state(draft, "narrative"),
                ),
            ],
        )
    ]
    child_tasks = []
    for e in children:
        name = child_name(e)
        child_done = section_state(draft, "child", e["key"]) == COMPLETED
        child_tasks.append(
            Task(
                f"Voice of {name}",
                section_url(draft, "voice", e["key"]),
                section_state(draft, "voice", e["key"]),
            )
        )
        child_tasks.append(
            Task(
                f"Initial risk assessment for {name}",
                section_url(draft, "assessment", e["key"]),
                section_state(draft, "assessment", e["key"])
                if incident_done and child_done
                else CANNOT_START,
                ""
                if incident_done and child_done
                else "Finish the incident details and the child's details first",
            )
        )
    if not child_tasks:
        child_tasks.append(
            Task(
                "Voice of the child and initial risk assessment",
                "",
                CANNOT_START,
                "Add a child first",
            )
        )
    groups.append(("Each child", child_tasks))
    groups.append(
        (
            "Your assessment",
            [
                Task(
                    "Your view of the risk",
                    section_url(draft, "risk_view"),
                    section_state(draft, "risk_view"),
                )
            ],
        )
    )
    ready = all(t.status == COMPLETED for _, tasks in groups for t in tasks)
    groups.append(
        (
            "Send",
            [
                Task(
                    "Check your answers and send"
                    if draft.referral_id is None
                    else "Check your answers and resubmit",
                    reverse("referrals:draft_check", args=[draft.pk]) if ready else "",
                    NOT_STARTED if ready else CANNOT_START,
                )
            ],
        )
    )
    return groups


# --- Check your answers ---------------------------------------------------------------------------


def display(bound: forms.BoundField, value: Any) -> str:
    """A cleaned value as the officer would say it."""
    f: Any = bound.field  # any form field: choices are looked for, not assumed
    if isinstance(f, forms.BooleanField):
        return "Yes" if value else "No"
    if value is None or value == "" or value == []:
        if getattr(f, "choices", None) and list(f.choices)[:3] == YES_NO_UNKNOWN:
            return "Not known"
        return "None ticked" if isinstance(f, forms.MultipleChoiceField) else "Not given"
    if getattr(f, "choices", None) and list(f.choices)[:3] == YES_NO_UNKNOWN:
        return "Yes" if value else "No"
    if isinstance(value, date):
        return value.strftime("%-d %B %Y")
    if hasattr(value, "strftime"):
        return value.strftime("%H:%M")
    if isinstance(value, (list, tuple)):
        labels = dict(f.choices)
        return "; ".join(str(labels.get(v, v)) for v in value)
    if isinstance(f, forms.ChoiceField) and not isinstance(f, forms.ModelChoiceField):
        # A plain ChoiceField's choices are (value, label) pairs, never callables or groups here.
        return str(dict(f.choices).get(value, value))  # type: ignore[arg-type]
    return str(value)


@dataclass
class Card:
    title: str
    change_url: str
    rows: list[tuple[str, str]] = field(default_factory=list)


def _card(draft: ReferralDraft, title: str, section: str, key: str = "", **kw: Any) -> Card:
    card = Card(title, section_url(draft, section, key))
    form = valid_form(draft, section, key, **kw)
    if form is None:
        card.rows.append(("", "Not finished"))
        return card
    for name in form.fields:
        if section == "child" and name == "expected_date" and not form.cleaned_data.get("unborn"):
            continue
        bound = form[name]
        card.rows.append((str(bound.label), display(bound, form.cleaned_data.get(name))))
    return card


def check_answers(draft: ReferralDraft) -> list[Card]:
    cards = [_card(draft, "Incident details", "incident")]
    for e in entries(draft, "children"):
        name = child_name(e)
        cards.append(_card(draft, f"{name}: details", "child", e["key"]))
        cards.append(_card(draft, f"Voice of {name}", "voice", e["key"]))
        cards.append(_card(draft, f"Initial risk assessment for {name}", "assessment", e["key"]))
    for e in entries(draft, "people"):
        cards.append(_card(draft, person_name(e) or "Another person", "person", e["key"]))
    cards.append(_card(draft, "What happened", "narrative"))
    cards.append(_card(draft, "Your view of the risk", "risk_view"))
    return cards


# --- From a finished draft to the intake action's input -----------------------------------------


@dataclass
class Submission:
    details: IncidentDetails | None
    # Per child (in draft order): the draft entry and the officer's initial assessment.
    assessments: list[tuple[dict[str, Any], AssessmentInput]]
    problems: list[tuple[str, str]]  # (message, url) for the error summary


def build_submission(draft: ReferralDraft) -> Submission:
    """Validate every section again; the intake input, or what is left to do."""
    problems: list[tuple[str, str]] = []
    incident = valid_form(draft, "incident")
    narrative = valid_form(draft, "narrative")
    risk_view = valid_form(draft, "risk_view")
    for form, section, message in (
        (incident, "incident", "Finish the incident details"),
        (narrative, "narrative", "Describe what happened"),
        (risk_view, "risk_view", "Give your view of the risk to the children"),
    ):
        if form is None:
            problems.append((message, section_url(draft, section)))
    children_entries = entries(draft, "children")
    if not children_entries:
        problems.append(
            (
                "Add at least one child: a referral is about a child",
                reverse("referrals:draft_people", args=[draft.pk]),
            )
        )
    children, assessments = [], []
    for e in children_entries:
        name = child_name(e)
        child = valid_form(draft, "child", e["key"])
        voice = valid_form(draft, "voice", e["key"])
        assessment = valid_form(draft, "assessment", e["key"]) if incident else None
        if child is None:
            problems.append(
                (f"Finish the details of {name}", section_url(draft, "child", e["key"]))
            )
        if voice is None:
            problems.append(
                (
                    f"Record the voice of {name}, or say why it could not be captured",
                    section_url(draft, "voice", e["key"]),
                )
            )
        if assessment is None:
            problems.append(
                (
                    f"Finish the initial risk assessment for {name}",
                    section_url(draft, "assessment", e["key"]),
                )
            )
        if child is None or voice is None or assessment is None:
            continue
        c, v = child.cleaned_data, voice.cleaned_data
        children.append(
            ChildDetails(
                first_name=c["first_name"].strip(),
                last_name=c["last_name"].strip(),
                date_of_birth=c["date_of_birth"],
                expected_date=c["expected_date"] if c["unborn"] else None,
                address=c["address"],
                postcode=c["postcode"],
                **{name: c[name] for name in CHILD_ANSWERS},
                **{name: v[name] for name in VOICE_ANSWERS},
                subject_id=e.get("subject_id"),
            )
        )
        a = assessment.cleaned_data
        assessments.append(
            (
                e,
                AssessmentInput(
                    proposed_grade=a["proposed_grade"],
                    voice_of_child=v["voice_of_child"],
                    voice_not_captured_reason=v["voice_not_captured_reason"],
                    rationale=a["rationale"],
                    factor_codes=list(a["factors"]),
                    # The assessment section's form (risk's AssessmentForm) has with_da.
                    da_yes_codes=list(a["da_yes"]) if assessment.with_da else None,  # type: ignore[attr-defined]
                ),
            )
        )
    others = []
    for e in entries(draft, "people"):
        person = valid_form(draft, "person", e["key"])
        if person is None:
            problems.append(
                (
                    f"Finish the details of {person_name(e) or 'another person'}",
                    section_url(draft, "person", e["key"]),
                )
            )
            continue
        p = person.cleaned_data
        others.append(
            PersonDetails(
                first_name=p["first_name"].strip(),
                last_name=p["last_name"].strip(),
                role=p["role"],
                date_of_birth=p["date_of_birth"],
                subject_id=e.get("subject_id"),
            )
        )
    if problems or incident is None or narrative is None or risk_view is None:
        return Submission(None, [], problems)
    i = incident.cleaned_data
    details = IncidentDetails(
        incident_reference=i["incident_reference"].strip(),
        incident_at=i["incident_at"],
        location=i["location"],
        postcode=i["postcode"],
        incident_type=i["incident_type"],
        local_authority=i["local_authority"],
        narrative=narrative.cleaned_data["narrative"],
        officer_risk_view=risk_view.cleaned_data["officer_risk_view"],
        children=children,
        others=others,
    )
    return Submission(details, assessments, [])


# --- A returned referral, loaded into a draft for the officer to correct -------------------------


def _yes_no(value: bool | None) -> list[str]:
    return ["unknown" if value is None else "yes" if value else "no"]


def _date_parts(name: str, value: date | None) -> Raw:
    parts = [str(value.day), str(value.month), str(value.year)] if value else ["", "", ""]
    return {f"{name}_{i}": [p] for i, p in enumerate(parts)}


def data_from_referral(referral: Referral) -> dict[str, Any]:
    """The referral as draft data, so the officer corrects it through the same pages."""
    at = timezone.localtime(referral.incident_at)
    data: dict[str, Any] = {
        "incident": {
            "incident_reference": [referral.incident_reference],
            **_date_parts("incident_date", at.date()),
            "incident_time": [at.strftime("%H:%M")],
            "location": [referral.location],
            "postcode": [referral.postcode],
            "incident_type": [str(referral.incident_type_id)],
            # Blank keeps the local authority the hub has now.
            "local_authority": [""],
        },
        "narrative": {"narrative": [referral.narrative]},
        "risk_view": {"officer_risk_view": [referral.officer_risk_view]},
        "children": [],
        "people": [],
    }
    for s in referral.subjects.select_related("person").order_by("id"):
        p = s.person
        if s.role != SubjectRole.CHILD:
            data["people"].append(
                {
                    "key": f"s{s.pk}",
                    "subject_id": s.pk,
                    "person": {
                        "first_name": [p.first_name],
                        "last_name": [p.last_name],
                        "role": [s.role],
                        **_date_parts("date_of_birth", p.date_of_birth),
                    },
                }
            )
            continue
        entry: dict[str, Any] = {
            "key": f"s{s.pk}",
            "subject_id": s.pk,
            "child": {
                "first_name": [p.first_name],
                "last_name": [p.last_name],
                **({"unborn": ["on"]} if s.expected_date else {}),
                **_date_parts("date_of_birth", p.date_of_birth),
                **_date_parts("expected_date", s.expected_date),
                "address": [p.address],
                "postcode": [p.postcode],
                **{
                    name: _yes_no(getattr(s, name))
                    if name in YES_NO_ANSWERS
                    else [getattr(s, name)]
                    for name in CHILD_ANSWERS
                },
            },
            "voice": {name: [getattr(s, name)] for name in VOICE_ANSWERS},
        }
        assessment = getattr(s, "assessment", None)
        if assessment is not None:
            entry["assessment"] = {
                "factors": list(assessment.factor_codes),
                "da_yes": list(assessment.da_yes_codes),
                "proposed_grade": [assessment.proposed_grade],
                "rationale": [assessment.rationale],
            }
        # As loaded: on resubmission the assessment is saved again only if the officer changed
        # it, so a practitioner's later draft is never overwritten with the old answers.
        entry["loaded"] = {"assessment": entry.get("assessment"), "voice": entry["voice"]}
        data["children"].append(entry)
    return data
