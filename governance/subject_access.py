"""Everything VHub holds about one person, for a subject access request (UK GDPR art. 15):
as JSON, and as a PDF rendered by WeasyPrint. Built in a fixed number of queries."""

from typing import Any

from django.db.models import Prefetch
from django.template.loader import render_to_string
from django.utils import timezone

from audit.labels import action_label
from governance.selectors import person_access_log, person_ids
from partners.models import Share
from referrals.inputs import CHILD_ANSWERS
from referrals.models import CaseNote, Person, ReferralAttachment, ReferralSubject
from risk.models import ChildRiskAssessment, SupervisorDecision
from vhub.pdf import html_to_pdf

ACCESS_LOG_LIMIT = 10_000


def _when(value: Any) -> str:
    return timezone.localtime(value).isoformat() if value else ""


def _assessment(a: ChildRiskAssessment) -> dict[str, Any]:
    return {
        "status": a.get_status_display(),
        "proposed_grade": a.proposed_grade,
        "suggested_grade": a.suggested_grade,
        "approved_grade": a.approved_grade,
        "factors": a.factor_codes,
        "domestic_abuse_checklist_yes": a.da_yes_codes,
        "voice_of_child": a.voice_of_child,
        "voice_not_captured_reason": a.voice_not_captured_reason,
        "rationale": a.rationale,
        "assessor": str(a.assessor),
        "created_at": _when(a.created_at),
        "submitted_at": _when(a.submitted_at),
        "decisions": [
            {
                "decision": d.get_decision_display(),
                "grade": d.grade,
                "rationale": d.rationale,
                "supervisor": str(d.supervisor) if d.supervisor else "automatic",
                "decided_at": _when(d.decided_at),
            }
            for d in a.decisions.all()
        ],
    }


def _note(n: CaseNote) -> dict[str, Any]:
    return {
        "kind": n.kind.label,
        "text": n.text,
        "author": str(n.author),
        "written_at": _when(n.created_at),
        "corrected_at": _when(n.edited_at),
        "corrects_note_written_at": _when(n.corrects.created_at) if n.corrects else "",
    }


def _note_rows() -> Any:
    return CaseNote.objects.select_related("kind", "author", "corrects").order_by(
        "created_at", "id"
    )


def subject_access_data(person: Person) -> dict[str, Any]:
    ids = person_ids(person)
    decisions = Prefetch(
        "assessment__decisions",
        queryset=SupervisorDecision.objects.select_related("supervisor").order_by("decided_at"),
    )
    others = Prefetch(
        "referral__subjects",
        queryset=ReferralSubject.objects.select_related("person").order_by("id"),
        to_attr="all_subjects",
    )
    shares = Prefetch(
        "referral__shares",
        queryset=Share.objects.select_related("agency").order_by("created_at"),
        to_attr="share_list",
    )
    notes = Prefetch("referral__case_notes", queryset=_note_rows(), to_attr="note_list")
    files = Prefetch(
        "referral__attachments",
        queryset=ReferralAttachment.objects.order_by("uploaded_at", "id"),
        to_attr="file_list",
    )
    subjects = list(
        ReferralSubject.objects.filter(person_id__in=ids)
        .select_related(
            "referral__incident_type",
            "referral__local_authority",
            "referral__submitted_by",
            "assessment__assessor",
        )
        .prefetch_related(decisions, others, shares, notes, files)
        .order_by("referral__received_at", "id")
    )
    referrals = []
    for s in subjects:
        r = s.referral
        assessment = getattr(s, "assessment", None)
        referrals.append(
            {
                "reference": r.reference,
                "role_of_person": s.get_role_display(),
                "status": r.get_status_display(),
                "received_at": _when(r.received_at),
                "submitted_by": str(r.submitted_by),
                "incident_reference": r.incident_reference,
                "incident_at": _when(r.incident_at),
                "incident_type": r.incident_type.label,
                "location": r.location,
                "local_authority": r.local_authority.name if r.local_authority else "",
                "narrative": r.narrative,
                "officer_risk_view": r.officer_risk_view,
                "current_grade": r.current_grade,
                "about_this_person": {
                    **{name: getattr(s, name) for name in CHILD_ANSWERS},
                    "voice_of_child": s.voice_of_child,
                },
                "subjects": [
                    {"name": o.person.full_name, "role": o.get_role_display()}
                    for o in r.all_subjects  # type: ignore[attr-defined]  # a Prefetch to_attr
                ],
                "risk_assessment": _assessment(assessment) if assessment else None,
                "shares": [
                    {
                        "agency": sh.agency.name,
                        "version": sh.version,
                        "status": sh.get_status_display(),
                        "lawful_basis": sh.get_lawful_basis_display(),
                        "justification": sh.justification,
                        "shared_at": _when(sh.created_at),
                        "acknowledged_at": _when(sh.acknowledged_at),
                        "withdrawn_at": _when(sh.withdrawn_at),
                        "what_was_shared": sh.snapshot,
                    }
                    for sh in r.share_list  # type: ignore[attr-defined]  # a Prefetch to_attr
                ],
                "case_notes": [_note(n) for n in r.note_list],  # type: ignore[attr-defined]  # a Prefetch to_attr
                "attachments": [
                    {
                        "name": f.original_name,
                        "description": f.description,
                        "content_type": f.content_type,
                        "size": f.size,
                        "sha256": f.sha256,
                        "attached_at": _when(f.uploaded_at),
                    }
                    for f in r.file_list  # type: ignore[attr-defined]  # a Prefetch to_attr
                ],
            }
        )
    log = person_access_log(person, ids)[:ACCESS_LOG_LIMIT]
    return {
        "person": {
            "id": person.pk,
            "first_name": person.first_name,
            "last_name": person.last_name,
            "date_of_birth": person.date_of_birth.isoformat() if person.date_of_birth else "",
            "address": person.address,
            "postcode": person.postcode,
            "recorded_at": _when(person.created_at),
            "duplicate_records_merged": [i for i in ids if i != person.pk],
        },
        "notes_about_person": [_note(n) for n in _note_rows().filter(person_id__in=ids)],
        "referrals": referrals,
        "access_log": [
            {
                "at": _when(e.occurred_at),
                "who": e.actor_label,
                "agency": e.agency.name if e.agency else "",
                "what": action_label(e.action),
                "referral": e.referral.reference if e.referral else "",
            }
            for e in log
        ],
        "exported_at": _when(timezone.now()),
    }


def subject_access_pdf(person: Person, data: dict[str, Any]) -> bytes:
    html = render_to_string("audit/subject_access_pdf.html", {"person": person, "data": data})
    return html_to_pdf(html)
