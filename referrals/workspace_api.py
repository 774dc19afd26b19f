"""The workspace API for VHub staff with a session: case notes on a referral and on a person,
and a referral's attached files, through the same actions and access helpers as the pages.
Every read is audited like the page it mirrors."""

from django.http import FileResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework.parsers import MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.http import AuthenticatedRequest
from audit.actions import record_event
from audit.denials import require_role
from referrals.access import access_person, access_referral
from referrals.api import _refused
from referrals.attachments import (
    access_attachment,
    attachments_of,
    can_attach,
    do_add_referral_attachment,
    record_attachment_download,
)
from referrals.models import NoteKind, Person, Referral
from referrals.notes import (
    access_note,
    do_add_case_note,
    do_add_correction_note,
    do_correct_case_note,
    is_correctable,
    person_notes,
    referral_notes,
)
from referrals.workspace_serializers import (
    AttachmentUploadSerializer,
    CaseNoteSerializer,
    NoteInputSerializer,
    NoteTextSerializer,
    ReferralAttachmentSerializer,
)
from vhub.api_errors import COMMON_RESPONSES, FIELD_ERRORS, NOT_FOUND
from vhub.api_parsers import DepthLimitedJSONParser
from vhub.errors import ActionError
from vhub.roles import VHUB_CASE_ROLES, VHUB_CASEWORK_ROLES
from vhub.uploads import private_download

NOTES_READ = {200: CaseNoteSerializer(many=True), 404: NOT_FOUND, **COMMON_RESPONSES}
NOTE_WRITTEN = {201: CaseNoteSerializer, 400: FIELD_ERRORS, 404: NOT_FOUND, **COMMON_RESPONSES}
PERSON_NOT_FOUND = OpenApiResponse(
    response=NOT_FOUND.response, description="No such person, or one the caller may not see"
)


def _id(value: str) -> int:
    """A path's id: not a number (or too big for one) is no record, so the access helper gives
    its audited 404 rather than the resolver an HTML one."""
    return int(value) if value.isdigit() and len(value) <= 18 else 0


def _path_id(name: str, what: str) -> OpenApiParameter:
    return OpenApiParameter(name, OpenApiTypes.INT, OpenApiParameter.PATH, description=what)


def _kind(code: str) -> NoteKind | None:
    return NoteKind.objects.filter(code=code, is_active=True).first()


def _add(
    request: AuthenticatedRequest, *, referral: Referral | None = None, person: Person | None = None
) -> Response:
    serializer = NoteInputSerializer(data=request.data)
    serializer.is_valid(raise_exception=True)
    data = serializer.validated_data
    kind = _kind(data["kind"])
    if kind is None:
        return _refused(ActionError("No such kind of note.", field="kind"))
    try:
        note = do_add_case_note(
            actor=request.user, kind=kind, text=data["text"], referral=referral, person=person
        )
    except ActionError as exc:
        return _refused(exc)
    return Response(CaseNoteSerializer(note).data, status=201)


class ReferralNotesView(APIView):
    @extend_schema(
        operation_id="referral_notes",
        summary="A referral's case notes, newest first",
        description="VHub practitioners, supervisors and managers; audited as a read.",
        responses=NOTES_READ,
        tags=["case notes"],
    )
    def get(self, request: AuthenticatedRequest, reference: str) -> Response:
        require_role(request.user, *VHUB_CASE_ROLES)
        referral = access_referral(request.user, reference, "view")
        notes = list(referral_notes(referral))
        record_event(
            "note.list_view",
            actor=request.user,
            obj=referral,
            referral=referral,
            details={"notes": [n.pk for n in notes]},
        )
        return Response(CaseNoteSerializer(notes, many=True).data)

    @extend_schema(
        operation_id="referral_note_add",
        summary="Add a case note to a referral",
        description=(
            "The same action as the referral's 'Add a case note' page. Practitioners and "
            "supervisors; a management-oversight note is a supervisor's."
        ),
        request=NoteInputSerializer,
        responses=NOTE_WRITTEN,
        tags=["case notes"],
    )
    def post(self, request: AuthenticatedRequest, reference: str) -> Response:
        require_role(request.user, *VHUB_CASEWORK_ROLES)
        return _add(request, referral=access_referral(request.user, reference, "change"))


class ReferralNoteCorrectionView(APIView):
    @extend_schema(
        operation_id="referral_note_correct",
        summary="Correct a case note",
        description=(
            "Within the note's correction window (15 minutes as configured) its author's "
            "correction changes its words in place (200; the first words stay in its history). "
            "After that, or from anyone else, the correction is a further note linked to it "
            "(201)."
        ),
        request=NoteTextSerializer,
        parameters=[_path_id("note_id", "The note's id.")],
        responses={
            200: CaseNoteSerializer,
            201: CaseNoteSerializer,
            400: FIELD_ERRORS,
            404: NOT_FOUND,
            **COMMON_RESPONSES,
        },
        tags=["case notes"],
    )
    def post(self, request: AuthenticatedRequest, reference: str, note_id: str) -> Response:
        require_role(request.user, *VHUB_CASEWORK_ROLES)
        referral = access_referral(request.user, reference, "change")
        note = access_note(request.user, _id(note_id), referral=referral)
        serializer = NoteTextSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        text = serializer.validated_data["text"]
        try:
            if is_correctable(note, request.user):
                return Response(
                    CaseNoteSerializer(
                        do_correct_case_note(note, actor=request.user, text=text)
                    ).data
                )
            added = do_add_correction_note(note, actor=request.user, text=text)
        except ActionError as exc:
            return _refused(exc)
        return Response(CaseNoteSerializer(added).data, status=201)


class PersonNotesView(APIView):
    @extend_schema(
        operation_id="person_notes",
        summary="Everything noted about a person, newest first",
        description=(
            "Notes on the person (and on duplicate records merged into them) and on every "
            "referral about them: their chronology's notes. VHub staff; audited as a read."
        ),
        parameters=[_path_id("person_id", "The person's id.")],
        responses={**NOTES_READ, 404: PERSON_NOT_FOUND},
        tags=["case notes"],
    )
    def get(self, request: AuthenticatedRequest, person_id: str) -> Response:
        require_role(request.user, *VHUB_CASE_ROLES)
        person = access_person(request.user, _id(person_id))
        notes = list(person_notes(person))
        record_event(
            "note.list_view",
            actor=request.user,
            obj=person,
            details={
                "notes": [n.pk for n in notes],
                "referrals": sorted({n.referral_id for n in notes if n.referral_id}),
            },
        )
        return Response(CaseNoteSerializer(notes, many=True).data)

    @extend_schema(
        operation_id="person_note_add",
        summary="Add a case note to a person",
        description="Practitioners and supervisors, as on the person's chronology page.",
        request=NoteInputSerializer,
        parameters=[_path_id("person_id", "The person's id.")],
        responses={**NOTE_WRITTEN, 404: PERSON_NOT_FOUND},
        tags=["case notes"],
    )
    def post(self, request: AuthenticatedRequest, person_id: str) -> Response:
        require_role(request.user, *VHUB_CASEWORK_ROLES)
        return _add(request, person=access_person(request.user, _id(person_id)))


class ReferralAttachmentsView(APIView):
    # A JSON body is read too, so that one without a file is told so (400), not 415.
    parser_classes = [MultiPartParser, DepthLimitedJSONParser]

    @extend_schema(
        operation_id="referral_attachments",
        summary="A referral's attached files (their details, not their content)",
        description="Whoever may see the referral: the officer who sent it and VHub staff.",
        responses={
            200: ReferralAttachmentSerializer(many=True),
            404: NOT_FOUND,
            **COMMON_RESPONSES,
        },
        tags=["attachments"],
    )
    def get(self, request: AuthenticatedRequest, reference: str) -> Response:
        referral = access_referral(request.user, reference, "view")
        files = attachments_of(referral)
        record_event(
            "attachment.list_view",
            actor=request.user,
            obj=referral,
            referral=referral,
            details={"attachments": [a.pk for a in files]},
        )
        return Response(ReferralAttachmentSerializer(files, many=True).data)

    @extend_schema(
        operation_id="referral_attachment_add",
        summary="Attach a file to a referral",
        description=(
            "Through the upload gate: smaller than UPLOAD_MAX_MB_CASE_ATTACHMENT megabytes, "
            "typed by its content (PDF, PNG, JPEG or plain text), stored under a random name. "
            "The hub's practitioners and supervisors, and the officer who sent the referral."
        ),
        request={"multipart/form-data": AttachmentUploadSerializer},
        responses={
            201: ReferralAttachmentSerializer,
            400: FIELD_ERRORS,
            404: NOT_FOUND,
            **COMMON_RESPONSES,
        },
        tags=["attachments"],
    )
    def post(self, request: AuthenticatedRequest, reference: str) -> Response:
        referral = access_referral(request.user, reference, "view")
        if not can_attach(request.user, referral):
            require_role(request.user, *VHUB_CASEWORK_ROLES)  # 403, audited
        serializer = AttachmentUploadSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        try:
            attachment = do_add_referral_attachment(
                referral, data["file"], actor=request.user, description=data.get("description", "")
            )
        except ActionError as exc:
            return _refused(exc)
        return Response(ReferralAttachmentSerializer(attachment).data, status=201)


class ReferralAttachmentDownloadView(APIView):
    @extend_schema(
        operation_id="referral_attachment_download",
        summary="Download an attached file",
        description="Always as a download (Content-Disposition: attachment), never cached.",
        parameters=[_path_id("attachment_id", "The file's id.")],
        responses={
            (200, "application/pdf"): OpenApiTypes.BINARY,
            (200, "image/png"): OpenApiTypes.BINARY,
            (200, "image/jpeg"): OpenApiTypes.BINARY,
            (200, "text/plain"): OpenApiTypes.BINARY,
            404: NOT_FOUND,
            **COMMON_RESPONSES,
        },
        tags=["attachments"],
    )
    def get(
        self, request: AuthenticatedRequest, reference: str, attachment_id: str
    ) -> FileResponse:
        referral = access_referral(request.user, reference, "view")
        found = access_attachment(request.user, referral, _id(attachment_id))
        record_attachment_download(request.user, found)
        return private_download(
            found.file, filename=found.original_name, content_type=found.content_type
        )
