"""Subject access: everything held about a person, as JSON and PDF, for authorised users only."""

import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf import PdfReader

from audit.models import AuditEvent
from governance.subject_access import subject_access_data
from referrals.attachments import do_add_referral_attachment
from referrals.models import NoteKind
from referrals.notes import do_add_case_note
from tests.factories import (
    approved_referral,
    child,
    share_with,
    submit_referral,
    submitted_assessment,
)


@pytest.fixture
def shared_child(officer, practitioner, supervisor, partner_a, client_for):
    referral = approved_referral(
        officer, practitioner, supervisor, children=[child(first_name="Mia", last_name="Stone")]
    )
    share_with(referral, practitioner)
    client_for(practitioner).get(f"/referrals/{referral.reference}/")
    return referral.subjects.get().person


def test_json_export_holds_referrals_subjects_assessments_shares_and_the_access_log(
    client_for, supervisor, shared_child
) -> None:
    response = client_for(supervisor).get(f"/audit/people/{shared_child.pk}/subject-access.json")
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["person"]["first_name"] == "Mia"
    (referral,) = data["referrals"]
    assert referral["role_of_person"] == "Child"
    assert referral["subjects"] == [{"name": "Mia Stone", "role": "Child"}]
    assert referral["risk_assessment"]["approved_grade"] == "high"
    assert referral["risk_assessment"]["decisions"][0]["supervisor"] == str(supervisor)
    (share,) = referral["shares"]
    assert share["agency"] == "Herefordshire Children's Services"
    assert share["what_was_shared"]["children"][0]["name"] == "Mia Stone"
    assert {"who": "practitioner", "what": "Referral viewed"}.items() <= next(
        e for e in data["access_log"] if e["what"] == "Referral viewed"
    ).items()
    event = AuditEvent.objects.get(action="person.subject_access", details__format="json")
    assert event.actor == supervisor
    assert event.object_id == str(shared_child.pk)


def test_pdf_export_names_the_child_and_is_audited(client_for, auditor, shared_child) -> None:
    response = client_for(auditor).get(f"/audit/people/{shared_child.pk}/subject-access.pdf")
    assert response["Content-Type"] == "application/pdf"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "Subject access: Mia Stone" in text
    assert "Herefordshire Children's Services" in text
    assert "Access log" in text
    assert AuditEvent.objects.filter(
        action="person.subject_access", actor=auditor, details__format="pdf"
    ).exists()


def test_the_subject_access_page_offers_both_downloads_and_is_audited(
    client_for, supervisor, shared_child
) -> None:
    html = client_for(supervisor).get(f"/audit/people/{shared_child.pk}/subject-access/")
    assert "Download PDF" in html.content.decode()
    assert "Download JSON" in html.content.decode()
    assert AuditEvent.objects.filter(action="person.subject_access", details__format="page")


@pytest.mark.parametrize("who", ["practitioner2", "manager", "officer", "partner_a", "outsider"])
def test_subject_access_is_refused_to_other_roles_and_audited(
    db, request, client_for, shared_child, who
) -> None:
    user = request.getfixturevalue(who)
    response = client_for(user).get(f"/audit/people/{shared_child.pk}/subject-access.json")
    assert response.status_code == 403
    assert AuditEvent.objects.filter(action="access.denied", actor=user).exists()
    assert not AuditEvent.objects.filter(action="person.subject_access").exists()


def test_an_unknown_format_is_a_404(client_for, supervisor, shared_child) -> None:
    response = client_for(supervisor).get(f"/audit/people/{shared_child.pk}/subject-access.xls")
    assert response.status_code == 404


def test_subject_access_queries_do_not_grow_with_referrals(
    officer, practitioner, django_assert_num_queries
) -> None:
    from referrals.actions.matching import do_decide_match
    from referrals.models import PersonMatch

    first = submit_referral(officer)
    submitted_assessment(first, practitioner)
    person = first.subjects.get().person
    for _ in range(3):
        later = submit_referral(officer)
        do_decide_match(
            PersonMatch.objects.get(subject__referral=later, candidate=person),
            actor=practitioner,
            confirm=True,
        )
    with django_assert_num_queries(10):
        # 1 merged ids; 2 subjects with referral, incident type, area, officer and assessment;
        # 3 the assessments' decisions; 4 every subject of those referrals; 5 their shares;
        # 6 their case notes; 7 their attached files; 8 notes about the person; 9 the
        # referrals' references (for refused attempts); 10 the access log, with each event's
        # referral and agency joined.
        data = subject_access_data(person)
    assert len(data["referrals"]) == 4


def test_the_export_holds_case_notes_and_the_files_list(
    client_for, supervisor, practitioner, shared_child
):
    """Notes on the child's referrals and on the child, and the names of attached files (the
    files themselves are released with it after checking)."""
    referral = shared_child.subjects.get().referral
    research = NoteKind.objects.get(code="research")
    do_add_case_note(actor=practitioner, kind=research, text="GP: no concerns.", referral=referral)
    do_add_case_note(
        actor=practitioner, kind=research, text="Known to early help.", person=shared_child
    )
    do_add_referral_attachment(
        referral, SimpleUploadedFile("school.txt", b"Attendance 60%.\n"), actor=practitioner
    )
    data = json.loads(
        client_for(supervisor).get(f"/audit/people/{shared_child.pk}/subject-access.json").content
    )
    (on_referral,) = data["referrals"]
    assert [n["text"] for n in on_referral["case_notes"]] == ["GP: no concerns."]
    assert on_referral["case_notes"][0]["kind"] == "Research"
    assert [f["name"] for f in on_referral["attachments"]] == ["school.txt"]
    assert [n["text"] for n in data["notes_about_person"]] == ["Known to early help."]
    pdf = client_for(supervisor).get(f"/audit/people/{shared_child.pk}/subject-access.pdf")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages)
    assert "GP: no concerns." in text
    assert "Known to early help." in text
