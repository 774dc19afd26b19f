"""The officer's referral form: drafts, sending one (with each child's initial risk assessment),
and correcting and resubmitting a referral the hub returned."""

import secrets
from typing import Any, cast

from django.db import transaction
from django.urls import reverse

from accounts.models import User
from audit.actions import record_event
from officer.drafts import PER_CHILD, PER_PERSON, TOP, build_submission, data_from_referral
from referrals import sla
from referrals.actions.intake import (
    _add_child,
    _add_other,
    _child_fields,
    do_submit_referral,
    refresh_repeat_referrals,
)
from referrals.inputs import CHILD_IDENTITY, ChildDetails
from referrals.lifecycle import lock_referral, transition
from referrals.matching import suggest_matches
from referrals.models import (
    MatchStatus,
    Notification,
    PersonMatch,
    Referral,
    ReferralDraft,
    ReferralStatus,
    ReferralSubject,
    SlaClock,
    SubjectRole,
)
from referrals.repeats import refresh_repeat_counts
from risk.actions import do_save_assessment
from risk.models import AssessmentStatus
from risk.reading import read_referral
from risk.undergrading import refresh_flags
from vhub.clock import now
from vhub.errors import ActionError, ActionPermissionError
from vhub.roles import Role


def _lock_draft(draft: ReferralDraft, actor: User) -> ReferralDraft:
    locked = ReferralDraft.objects.select_for_update().get(pk=draft.pk)
    if locked.owner_id != actor.pk or not actor.has_role(Role.OFFICER):
        raise ActionPermissionError("Only the officer who started this referral can change it.")
    return locked


@transaction.atomic
def do_start_draft(*, actor: User) -> ReferralDraft:
    if not actor.has_role(Role.OFFICER):
        raise ActionPermissionError("Only police officers can refer a child.")
    at = now()
    draft = ReferralDraft.objects.create(owner=actor, created_at=at, updated_at=at)
    record_event("referral_draft.create", actor=actor, obj=draft)
    return draft


@transaction.atomic
def do_save_draft_section(
    draft: ReferralDraft,
    *,
    actor: User,
    section: str,
    raw: dict[str, list[str]],
    key: str = "",
) -> tuple[ReferralDraft, str]:
    """Keep one section's validated answers; returns the draft and the entry's key (a new child
    or person gets one). Sections are saved under the draft's row lock, so two tabs saving
    different sections never lose each other's answers."""

    draft = _lock_draft(draft, actor)
    data = dict(draft.data)
    if section in TOP:
        data[section] = raw
    elif section in PER_CHILD or section in PER_PERSON:
        kind = "people" if section in PER_PERSON else "children"
        items = list(data.get(kind, []))
        entry = next((e for e in items if e["key"] == key), None)
        if entry is None:
            if key or section not in ("child", "person"):
                raise ActionError("That person is no longer on this referral.")
            key = secrets.token_hex(4)
            entry = {"key": key, "subject_id": None}
            items.append(entry)
        entry[section] = raw
        data[kind] = items
    else:
        raise ActionError("There is no such section.")
    draft.data = data
    draft.version += 1
    draft.updated_at = now()
    draft.save(update_fields=["data", "version", "updated_at"])
    record_event(
        "referral_draft.save",
        actor=actor,
        obj=draft,
        referral=draft.referral,
        details={"section": section, "key": key},
    )
    return draft, key


@transaction.atomic
def do_remove_draft_entry(
    draft: ReferralDraft, *, actor: User, kind: str, key: str
) -> ReferralDraft:
    """Take a child or another person off a draft. A child already on a returned referral stays
    (the hub may have assessed and linked them): the officer asks the hub instead."""
    draft = _lock_draft(draft, actor)
    items = list(draft.data.get(kind, []))
    entry = next((e for e in items if e["key"] == key), None)
    if entry is None:
        return draft
    if entry.get("subject_id"):
        raise ActionError(
            "This person is already on the referral the hub holds, so they cannot be removed "
            "here. Say so in the narrative and the hub will correct it."
        )
    draft.data = {**draft.data, kind: [e for e in items if e["key"] != key]}
    draft.version += 1
    draft.updated_at = now()
    draft.save(update_fields=["data", "version", "updated_at"])
    record_event(
        "referral_draft.remove_person",
        actor=actor,
        obj=draft,
        referral=draft.referral,
        details={"kind": kind, "key": key},
    )
    return draft


@transaction.atomic
def do_delete_draft(draft: ReferralDraft, *, actor: User) -> None:
    draft = _lock_draft(draft, actor)
    if draft.referral_id is not None:
        raise ActionError("Resubmit the returned referral: the hub is waiting for it.")
    record_event("referral_draft.delete", actor=actor, obj=draft)
    draft.delete()


@transaction.atomic
def do_submit_draft(draft: ReferralDraft, *, actor: User) -> Referral:
    """Send a finished draft: every section is validated again, then the referral goes through
    the same intake action as the API and the import (clocks, routing, matching, priority,
    audit), and each child's initial risk assessment is saved through the risk app's action.
    A correction of a returned referral is resubmitted instead."""

    draft = _lock_draft(draft, actor)
    submission = build_submission(draft)
    if submission.details is None:
        raise ActionError(submission.problems[0][0])
    if draft.referral_id is not None:
        referral = _resubmit(draft, submission, actor=actor)
    else:
        referral = do_submit_referral(submission.details, actor=actor)
        children = list(referral.subjects.filter(role=SubjectRole.CHILD).order_by("id"))
        for subject, (_, assessment) in zip(children, submission.assessments, strict=True):
            do_save_assessment(subject, assessment, actor=actor, submit=False)
    record_event(
        "referral_draft.submit",
        actor=actor,
        obj=draft,
        referral=referral,
        details={"draft": draft.pk, "correction": draft.referral_id is not None},
    )
    draft.delete()
    return referral


def _resubmit(draft: ReferralDraft, submission: Any, *, actor: User) -> Referral:
    """Apply the officer's corrections to the returned referral and send it back to the hub."""

    details = submission.details
    referral = lock_referral(cast(Referral, draft.referral))  # a returned draft has its referral
    if (
        referral.status != ReferralStatus.RETURNED_TO_OFFICER
        or referral.submitted_by_id != actor.pk
    ):
        raise ActionError(
            f"{referral.reference} is {referral.get_status_display().lower()}: only a referral "
            "returned to you can be resubmitted."
        )
    changed = []
    for name in (
        "incident_reference",
        "incident_at",
        "location",
        "postcode",
        "incident_type",
        "narrative",
        "officer_risk_view",
    ):
        if getattr(referral, name) != getattr(details, name):
            setattr(referral, name, getattr(details, name))
            changed.append(name)
    if details.local_authority and details.local_authority != referral.local_authority:
        referral.local_authority = details.local_authority
        referral.routing_note = "Chosen by the referring officer"
        changed.append("local_authority")
    referral.save()
    subjects = {s.pk: s for s in referral.subjects.select_related("person")}
    by_subject: dict[int, ReferralSubject] = {}
    for child in details.children:
        subject = subjects.get(child.subject_id) if child.subject_id else None
        if subject is None:
            subject = _add_child(referral, child)
            changed.append("children")
        else:
            _update_subject(subject, child, changed)
        by_subject[id(child)] = subject
    for other in details.others:
        subject = subjects.get(other.subject_id) if other.subject_id else None
        if subject is None:
            _add_other(referral, other)
            changed.append("people")
        else:
            person = subject.person
            identity = (other.first_name, other.last_name, other.date_of_birth)
            if (person.first_name, person.last_name, person.date_of_birth) != identity:
                person.first_name, person.last_name, person.date_of_birth = identity
                person.save(update_fields=["first_name", "last_name", "date_of_birth"])
                changed.append("people")
            if subject.role != other.role:
                subject.role = other.role
                subject.save(update_fields=["role"])
                changed.append("people")
    if "local_authority" in changed:
        sla.recompute_open_clocks(SlaClock.objects.filter(referral=referral))
    # A corrected incident date or child changes repeat counts, here and on other referrals
    # (locked now, before the transition writes the first audit event).
    recounted = refresh_repeat_counts(
        referral.subjects.filter(role=SubjectRole.CHILD).values_list("person_id", flat=True)
    )
    refresh_repeat_referrals(recounted - {referral.pk})
    transition(referral, ReferralStatus.SUBMITTED, actor=actor, reason="resubmitted by the officer")
    # Back at intake, the officer's initial assessments are saved as any officer's are, unless
    # the hub has already sent one to a supervisor.
    for child, (entry, assessment) in zip(details.children, submission.assessments, strict=True):
        subject = by_subject[id(child)]
        existing = getattr(subject, "assessment", None)
        loaded = entry.get("loaded") or {}
        officer_changed = existing is None or (
            entry.get("assessment") != loaded.get("assessment")
            or entry.get("voice") != loaded.get("voice")
        )
        if officer_changed and (
            existing is None
            or existing.status in (AssessmentStatus.DRAFT, AssessmentStatus.RETURNED)
        ):
            do_save_assessment(subject, assessment, actor=actor, submit=False)
            changed.append("assessments")
    referral.refresh_from_db()
    read_referral(referral)  # corrected words are read again, whatever changed
    refresh_flags(referral)
    record_event(
        "referral.resubmit",
        actor=actor,
        obj=referral,
        referral=referral,
        details={"changed": sorted(set(changed))},
    )
    recipient = referral.returned_by or referral.allocated_to
    if recipient is not None:
        Notification.objects.create(
            user=recipient,
            title=f"{referral.reference} resubmitted by the officer",
            body=f"You asked for: {referral.return_reason}",
            url=reverse("referrals:detail", args=[referral.reference]),
            created_at=now(),
        )
    return referral


def _update_subject(subject: ReferralSubject, child: ChildDetails, changed: list[str]) -> None:
    person = subject.person
    identity = {name: getattr(child, name) for name in CHILD_IDENTITY}
    if any(getattr(person, k) != v for k, v in identity.items()):
        for k, v in identity.items():
            setattr(person, k, v)
        person.save(update_fields=list(identity))
        # The corrected identity may match someone else: suggest again (decided ones stay).
        PersonMatch.objects.filter(subject=subject, status=MatchStatus.SUGGESTED).delete()
        suggest_matches(subject)
        changed.append("children")
    fields = _child_fields(child)
    if any(getattr(subject, k) != v for k, v in fields.items()):
        for k, value in fields.items():
            setattr(subject, k, value)
        subject.save(update_fields=list(fields))
        changed.append("children")


@transaction.atomic
def do_start_correction(referral: Referral, *, actor: User) -> ReferralDraft:
    """The officer opens a returned referral for correction: a draft holding its answers,
    edited through the same section pages (the one already started, if any)."""

    referral = lock_referral(referral)
    if (
        not actor.has_role(Role.OFFICER)
        or referral.submitted_by_id != actor.pk
        or referral.status != ReferralStatus.RETURNED_TO_OFFICER
    ):
        raise ActionPermissionError("Only the officer a referral was returned to can correct it.")
    existing = ReferralDraft.objects.filter(referral=referral).first()
    if existing is not None:
        return existing
    at = now()
    draft = ReferralDraft.objects.create(
        owner=actor,
        referral=referral,
        data=data_from_referral(referral),
        created_at=at,
        updated_at=at,
    )
    record_event("referral_draft.create", actor=actor, obj=draft, referral=referral)
    return draft
