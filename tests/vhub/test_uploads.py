"""Every upload path goes through one gate (vhub/uploads.py): size from settings, type from the
content whatever the name says, a random name in private storage; and every stored case file
comes back only through an access-checked view, as a download that is never sniffed or cached."""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models

from audit.models import AuditEvent
from partners.models import (
    InformationRequest,
    IsrAttachment,
    IsrStatus,
    Share,
    ShareMessageAttachment,
)
from partners.portal_actions import IsrInput, do_post_share_message, do_raise_isr, do_respond_isr
from referrals.attachments import do_add_referral_attachment
from referrals.models import ImportJob, ReferralAttachment
from tests.factories import approved_referral, share_with
from vhub.uploads import (
    BACKLOG_IMPORT,
    CASE_ATTACHMENT,
    HTML,
    ISR_ATTACHMENT,
    KINDS,
    TEXT,
    RandomName,
    UploadKind,
    check_upload,
    sniff,
)

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 20
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + b"\x00" * 20
WINDOWS_PROGRAM = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 64
LINUX_PROGRAM = b"\x7fELF\x02\x01\x01" + b"\x00" * 64
WEB_PAGE = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>\n"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>\n'
BACKLOG_CSV = (
    b"external_id,incident_reference,incident_at,location,incident_type,narrative,"
    b"officer_risk_view,child_first_name,child_last_name,child_voice_of_child\n"
    b"G-1,22/1/26,2026-10-01T20:00:00Z,Hereford,domestic-abuse,Shouting.,Some risk.,"
    b"Ava,Jones,Scared.\n"
)


@dataclass(frozen=True)
class UploadPath:
    """One page where a person uploads a file, with who uploads and where it is stored."""

    kind: UploadKind
    who: str
    good: tuple[str, bytes]
    model: type[models.Model]
    post: Callable  # (client, world, upload) -> response


def _post_isr_answer(client, world, upload):
    return client.post(
        f"/partners/isrs/{world['isr'].pk}/", {"response": "See attached.", "attachments": [upload]}
    )


def _post_backlog(client, world, upload):
    return client.post("/referrals/imports/", {"file": upload})


def _post_isr_request(client, world, upload):  # type: ignore[no-untyped-def]
    return client.post(
        "/partners/isrs/new/",
        {
            "subject_name": "Sam Jones",
            "urgency": "routine",
            "reason": "Is anything known?",
            "lawful_basis": "dpa2018_sch8",
            "attachments": [upload],
        },
    )


def _post_referral_attachment(client, world, upload):  # type: ignore[no-untyped-def]
    return client.post(
        f"/referrals/{world['referral'].reference}/attachments/",
        {"file": upload, "description": "School chronology"},
    )


def _post_message(client, world, upload):  # type: ignore[no-untyped-def]
    return client.post(
        f"/partners/shares/{world['share'].pk}/messages/",
        {"body": "Our assessment attached.", "attachments": [upload]},
    )


# Keyed by the upload kind; a second page of the same kind adds "/<what>" to its key.
PATHS = {
    "isr_attachment": UploadPath(
        ISR_ATTACHMENT, "practitioner", ("summary.pdf", PDF), IsrAttachment, _post_isr_answer
    ),
    "isr_attachment/request": UploadPath(
        ISR_ATTACHMENT, "partner_a", ("referral.pdf", PDF), IsrAttachment, _post_isr_request
    ),
    "backlog_import": UploadPath(
        BACKLOG_IMPORT, "manager", ("backlog.csv", BACKLOG_CSV), ImportJob, _post_backlog
    ),
    "case_attachment": UploadPath(
        CASE_ATTACHMENT,
        "practitioner",
        ("chronology.pdf", PDF),
        ReferralAttachment,
        _post_referral_attachment,
    ),
    "case_attachment/message": UploadPath(
        CASE_ATTACHMENT, "partner_a", ("plan.pdf", PDF), ShareMessageAttachment, _post_message
    ),
}


def _raise_isr(partner):
    return do_raise_isr(
        IsrInput(
            urgency="routine",
            reason="Any known risks at home?",
            lawful_basis="dpa2018_sch8",
            subject_name="Sam Jones",
        ),
        actor=partner,
    )


class World(dict):  # type: ignore[type-arg]
    """The records an upload page needs, each made when a page first asks for it."""

    def __init__(self, request: pytest.FixtureRequest) -> None:
        super().__init__()
        self.request = request

    def __missing__(self, key: str) -> object:
        get = self.request.getfixturevalue
        if key == "isr":
            self[key] = _raise_isr(get("partner_a"))
        elif key == "referral":
            self[key] = approved_referral(get("officer"), get("practitioner"), get("supervisor"))
        elif key == "share":
            self[key] = share_with(self["referral"], get("practitioner"), "herefordshire-cs")
        return self[key]


@pytest.fixture
def world(request: pytest.FixtureRequest, db: None) -> "World":
    # `db` named here, not only reached through getfixturevalue: pytest-django orders tests by the
    # fixtures they name, and one that names no database fixture runs after the transactional
    # tests have emptied the seeded rows.
    return World(request)


def _stored_files(settings) -> list[Path]:
    root = Path(settings.PRIVATE_MEDIA_ROOT)
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def test_every_upload_kind_has_a_page_tested_here() -> None:
    assert sorted({p.kind.key for p in PATHS.values()}) == sorted(k.key for k in KINDS)
    assert {key: p.kind.key for key, p in PATHS.items()} == {k: k.split("/")[0] for k in PATHS}


def test_every_file_field_is_an_upload_path_or_a_file_vhub_makes() -> None:
    """A new FileField fails here until it is given an upload kind (and a row in PATHS) or
    is declared as a file VHub renders itself."""
    made_by_vhub = {"partners.Share.pack_file", "partners.ShareEvent.pack_file"}
    uploads = {f"{p.model._meta.label}.file" for p in PATHS.values()}
    found = {
        f"{model._meta.label}.{field.name}": field
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if isinstance(field, models.FileField)
    }
    assert set(found) == uploads | made_by_vhub
    for label in uploads:
        assert isinstance(found[label].upload_to, RandomName), label


@pytest.mark.parametrize("path", PATHS.values(), ids=PATHS.keys())
def test_a_good_file_is_stored_privately_under_a_random_name(
    request, client_for, world, settings, path
) -> None:
    name, content = path.good
    response = path.post(
        client_for(request.getfixturevalue(path.who)), world, SimpleUploadedFile(name, content)
    )
    assert response.status_code == 302
    stored = path.model.objects.get()
    assert stored.original_name == name
    assert Path(stored.file.path).is_relative_to(settings.PRIVATE_MEDIA_ROOT)
    assert not Path(stored.file.path).is_relative_to(settings.STATIC_ROOT)
    file_name = Path(stored.file.name).name
    assert name not in stored.file.name
    assert len(Path(file_name).stem) == 32  # 128 random bits, hex
    assert Path(file_name).suffix == Path(name).suffix
    assert Path(stored.file.path).read_bytes() == content


@pytest.mark.parametrize("path", PATHS.values(), ids=PATHS.keys())
def test_a_file_over_the_size_limit_is_refused_with_a_form_error(
    request, client_for, world, settings, path
) -> None:
    settings.UPLOAD_MAX_MB = {**settings.UPLOAD_MAX_MB, path.kind.key: 1}
    name, content = path.good
    big = content + b"\n" * (1024 * 1024)  # still the right type: only the size is wrong
    response = path.post(
        client_for(request.getfixturevalue(path.who)), world, SimpleUploadedFile(name, big)
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in body
    assert f"{name} must be smaller than 1 MB" in body
    assert not path.model.objects.exists()
    assert _stored_files(settings) == []


DISGUISES = {
    "windows-program": WINDOWS_PROGRAM,
    "linux-program": LINUX_PROGRAM,
    "web-page": WEB_PAGE,
    "svg-with-script": SVG,
}


@pytest.mark.parametrize("content", DISGUISES.values(), ids=DISGUISES.keys())
@pytest.mark.parametrize("path", PATHS.values(), ids=PATHS.keys())
def test_a_disguised_file_with_an_allowed_name_is_refused(
    request, client_for, world, settings, path, content
) -> None:
    name = path.good[0]  # summary.pdf, backlog.csv: the name says it is fine
    response = path.post(
        client_for(request.getfixturevalue(path.who)), world, SimpleUploadedFile(name, content)
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert f"{name} {path.kind.refusal}" in body
    assert "Its content is" in body
    assert not path.model.objects.exists()
    assert _stored_files(settings) == []


@pytest.mark.parametrize(
    ("name", "content", "stored_as"),
    [
        ("scan.pdf", PDF, ("application/pdf", ".pdf")),
        ("photo.png", PNG, ("image/png", ".png")),
        ("photo.jpeg", JPEG, ("image/jpeg", ".jpg")),
        ("notes.dat", "BMW seen outside – twice\n".encode(), (TEXT, ".txt")),
        ("photo.txt", PNG, ("image/png", ".png")),  # the content decides the stored type
    ],
)
def test_attachments_are_typed_and_stored_by_their_content(
    partner_a, practitioner, name: str, content, stored_as
) -> None:
    isr = _raise_isr(partner_a)
    upload = SimpleUploadedFile(name, content, content_type="text/html")
    do_respond_isr(isr, actor=practitioner, response="Attached.", files=[upload])
    attachment = isr.attachments.get()
    assert (attachment.content_type, Path(attachment.file.name).suffix) == stored_as
    assert attachment.size == len(content)


def test_the_action_refuses_a_disguised_file_from_any_caller(partner_a, practitioner) -> None:
    from vhub.errors import ActionError

    isr = _raise_isr(partner_a)
    with pytest.raises(ActionError, match="must be a PDF, PNG, JPEG or plain text file"):
        do_respond_isr(
            isr,
            actor=practitioner,
            response="Attached.",
            files=[SimpleUploadedFile("report.pdf", WINDOWS_PROGRAM)],
        )
    isr.refresh_from_db()
    assert isr.status == IsrStatus.OPEN
    assert not IsrAttachment.objects.exists()


@pytest.mark.parametrize(
    ("head", "is_text", "expected"),
    [
        (PDF, True, "application/pdf"),
        (PNG, False, "image/png"),
        (JPEG, False, "image/jpeg"),
        (WINDOWS_PROGRAM, False, "application/vnd.microsoft.portable-executable"),
        (b"\x00\x01\x02\x03 an unknown binary", False, None),
        (WEB_PAGE, True, HTML),
        (b"  \n<html><body>hi</body></html>", True, HTML),
        (SVG, True, "image/svg+xml"),
        (b"ID3 check: notes from the visit", True, TEXT),  # a 3-byte signature in text is chance
        (b"external_id,narrative\nA,<script>alert(1)</script>\n", True, TEXT),
    ],
)
def test_sniff_names_what_the_content_is(head, is_text: bool, expected) -> None:
    assert sniff(head, is_text=is_text) == expected


def test_text_must_be_text_to_the_end_not_only_at_the_start() -> None:
    content = b"Plain notes\n" * 1000 + b"\x00\x01 binary after the sample"
    with pytest.raises(ValueError, match="Its content is a program or another binary file"):
        check_upload(SimpleUploadedFile("notes.txt", content), ISR_ATTACHMENT)


def test_an_empty_file_is_refused() -> None:
    with pytest.raises(ValueError, match=r"notes\.txt is empty"):
        check_upload(SimpleUploadedFile("notes.txt", b""), ISR_ATTACHMENT)


# --- Serving stored files -----------------------------------------------------------------------


@pytest.fixture
def served(officer, practitioner, supervisor, partner_a, django_capture_on_commit_callbacks):
    """Each stored case file that is served, as (url, expected bytes), for Herefordshire."""
    with django_capture_on_commit_callbacks(execute=True):
        share = share_with(
            approved_referral(officer, practitioner, supervisor), practitioner, "herefordshire-cs"
        )
    share = Share.objects.get(pk=share.pk)
    isr = _raise_isr(partner_a)
    do_respond_isr(
        isr,
        actor=practitioner,
        response="Attached.",
        files=[SimpleUploadedFile("answer.pdf", PDF)],
    )
    attachment = InformationRequest.objects.get(pk=isr.pk).attachments.get()
    on_referral = do_add_referral_attachment(
        share.referral, SimpleUploadedFile("scan.pdf", PDF), actor=practitioner
    )
    with_files = share_with(share.referral, practitioner, "herefordshire-cs", files=[on_referral])
    message = do_post_share_message(
        with_files, actor=partner_a, body="Ours.", files=[SimpleUploadedFile("plan.pdf", PDF)]
    )
    in_message = message.attachments.get()
    return {
        "isr_attachment": (f"/partners/isrs/{isr.pk}/attachments/{attachment.pk}/", PDF),
        "share_pack": (f"/partners/shares/{share.pk}/pack.pdf", share.pack_file.read()),
        "share_attachment": (
            f"/partners/shares/{with_files.pk}/attachments/{on_referral.pk}/",
            PDF,
        ),
        "message_attachment": (
            f"/partners/shares/{with_files.pk}/messages/{message.pk}/attachments/{in_message.pk}/",
            PDF,
        ),
    }


SERVED = ["isr_attachment", "share_pack", "share_attachment", "message_attachment"]


@pytest.mark.parametrize("key", SERVED)
def test_a_stored_file_is_served_as_a_download_never_sniffed_or_cached(
    client_for, partner_a, served, key
) -> None:
    url, content = served[key]
    response = client_for(partner_a).get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment; filename=")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Type"] == "application/pdf"
    assert "no-store" in response["Cache-Control"]
    assert b"".join(response.streaming_content) == content


@pytest.mark.parametrize("key", SERVED)
@pytest.mark.parametrize("who", ["partner_b", "officer", "outsider"])
def test_another_agency_or_role_cannot_download_and_is_audited(
    request, client_for, served, key, who
) -> None:
    user = request.getfixturevalue(who)
    url, _ = served[key]
    response = client_for(user).get(url)
    assert response.status_code == 404
    assert AuditEvent.objects.filter(action="access.denied", actor=user).exists()


def test_an_attachment_of_another_request_is_not_served_through_this_one(
    client_for, partner_a, partner_b, practitioner, served
) -> None:
    """Partner B's own request id with partner A's attachment id: 404, not A's file."""
    theirs = _raise_isr(partner_b)
    url, _ = served["isr_attachment"]
    attachment_id = url.rstrip("/").rsplit("/", 1)[-1]
    response = client_for(partner_b).get(f"/partners/isrs/{theirs.pk}/attachments/{attachment_id}/")
    assert response.status_code == 404


def test_a_missing_or_zero_size_limit_is_a_system_check_error(settings) -> None:
    from vhub.checks import check_upload_limits

    assert check_upload_limits(None) == []
    settings.UPLOAD_MAX_MB = {"isr_attachment": 0}
    assert [e.id for e in check_upload_limits(None)] == ["vhub.E002"] * (len(KINDS))
