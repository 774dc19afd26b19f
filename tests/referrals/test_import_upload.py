"""Managers upload a backlog file; a Celery task imports it and the page shows progress."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from audit.models import AuditEvent
from referrals.models import ImportJob, Referral

CSV = (
    b"external_id,incident_reference,incident_at,location,incident_type,narrative,"
    b"officer_risk_view,child_first_name,child_last_name,child_voice_of_child\n"
    b"U-1,22/1/26,2026-10-01T20:00:00Z,Hereford,domestic-abuse,Shouting.,Some risk.,"
    b"Ava,Jones,Scared.\n"
    b"U-2,22/2/26,2099-10-01T20:00:00Z,Hereford,domestic-abuse,Shouting.,Some risk.,"
    b"Ben,Jones,Scared.\n"
)


def _upload(client, name: str = "backlog.csv", content=CSV):
    return client.post("/referrals/imports/", {"file": SimpleUploadedFile(name, content)})


def test_a_manager_uploads_and_the_task_imports_with_progress(
    client_for, manager, django_capture_on_commit_callbacks
) -> None:
    client = client_for(manager)
    with django_capture_on_commit_callbacks(execute=True):
        response = _upload(client)
    job = ImportJob.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/referrals/imports/{job.pk}/"
    job.refresh_from_db()
    assert (job.status, job.total_rows, job.processed_rows) == ("done", 2, 2)
    assert (job.imported, job.rejected) == (1, 1)
    assert job.errors[0]["row"] == 3
    assert Referral.objects.filter(external_id="U-1").exists()
    page = client.get(f"/referrals/imports/{job.pk}/").content.decode()
    assert "2 of 2 rows checked (100%)" in page
    assert "incident_at" in page
    partial = client.get(f"/referrals/imports/{job.pk}/", HTTP_HX_REQUEST="true").content.decode()
    assert "<html" not in partial
    assert 'hx-trigger="every 2s"' not in partial  # finished: no more polling
    assert AuditEvent.objects.filter(action="referral.import_upload", actor=manager).exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("backlog.xlsx", b"PK\x03\x04", "must be a .csv, .jsonl or .ndjson file"),
        ("backlog.csv", b"PK\x03\x04\x00\xff\xfe", "must be plain text"),
        ("backlog.csv", b"name,age\nx,1\n", "external_id column"),
        ("backlog.jsonl", b"hello\n", "must be a JSON object"),
    ],
)
def test_disguised_or_wrong_files_are_refused(
    client_for, manager, name: str, content, message
) -> None:
    response = _upload(client_for(manager), name, content)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not ImportJob.objects.exists()


@pytest.mark.parametrize("who", ["practitioner", "supervisor", "officer", "partner_a", "auditor"])
def test_only_managers_import(db, request, client_for, who) -> None:
    client = client_for(request.getfixturevalue(who))
    assert client.get("/referrals/imports/").status_code == 403
    assert _upload(client).status_code == 403
