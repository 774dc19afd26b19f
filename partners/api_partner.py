"""The partner API under /api/v1/partner/ (docs/partner-api.md): an agency's own case system
lists and reads the agency's shares, downloads their packs, acknowledges them, records outcomes,
declines, writes in their threads and raises information requests. Thin views: the portal's
access helpers look things up, the portal's actions change them, so the clocks, the audit trail
and the notices behave exactly as when a person uses the portal."""

from collections.abc import Callable
from typing import Any

from django.http import Http404, HttpResponseBase
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiExample,
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
)
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.http import AuthenticatedRequest
from audit.actions import record_event, record_list_view
from audit.denials import deny_not_found
from partners.access import access_isr, access_share
from partners.actions import do_acknowledge_share
from partners.api_selectors import (
    BadCursor,
    isr_cursor,
    isrs_after,
    partner_api_isrs,
    partner_api_shares,
    share_cursor,
    shares_after,
)
from partners.api_serializers import (
    DeclineInputSerializer,
    IsrInputSerializer,
    IsrListSerializer,
    IsrSerializer,
    MessageInputSerializer,
    MessageSerializer,
    OutcomeInputSerializer,
    ShareDetailSerializer,
    ShareListSerializer,
    ShareStateSerializer,
    ShareSummarySerializer,
)
from partners.models import InformationRequest, IsrAttachment, PartnerSystem, Share, SharePurpose
from partners.portal_actions import (
    IsrInput,
    do_decline_share,
    do_post_share_message,
    do_raise_isr,
    do_record_share_outcome,
)
from partners.selectors import share_thread
from partners.systems import IsPartnerSystem, PartnerSystemAuthentication, PartnerSystemThrottle
from vhub.api_errors import COMMON_RESPONSES, FIELD_ERRORS, DetailSerializer
from vhub.api_parsers import DepthLimitedJSONParser
from vhub.errors import ActionError, ActionPermissionError
from vhub.uploads import private_download

TAGS = ["partner"]
# The types the upload gate lets an answer's files be (vhub/uploads.py).
ATTACHMENT_TYPES = ("application/pdf", "image/png", "image/jpeg", "text/plain")
DEFAULT_PAGE, MAX_PAGE = 25, 100


def _detail(description: str) -> OpenApiResponse:
    return OpenApiResponse(response=DetailSerializer, description=description)


SHARE_NOT_FOUND = _detail(
    "No such share, or not one shared with your agency (withdrawn, or another agency's): the "
    "refusal is audited"
)
ISR_NOT_FOUND = _detail("No such request, or not one your agency raised (the refusal is audited)")
ACTION_REFUSED = OpenApiResponse(
    response=FIELD_ERRORS.response,
    description="Invalid input, or the share cannot take this step now (already acknowledged, "
    "an outcome already recorded, declined, withdrawn): the message says why, in the portal's "
    "words, and nothing was changed",
)


MAX_ID = 2**31 - 1
SHARE_ID = OpenApiParameter(
    "share_id", int, OpenApiParameter.PATH, description="The share's `id`, as the list gives it."
)
ISR_ID = OpenApiParameter(
    "isr_id", int, OpenApiParameter.PATH, description="The request's `id`, as the list gives it."
)
ATTACHMENT_ID = OpenApiParameter(
    "attachment_id", int, OpenApiParameter.PATH, description="The file's `id` in `attachments`."
)


def object_id(value: str) -> int:
    """A path's id as a number; anything else names no object (404, as a missing one)."""
    if not (value.isascii() and value.isdigit()) or not 0 < int(value) <= MAX_ID:
        raise Http404("No such object: an id is a whole number.")
    return int(value)


def _refused(exc: ActionError) -> Response:
    """An action's refusal in the API's shapes: 403 for a caller the action does not allow
    (a backstop: the access helper has already checked the agency), else 400 on its field."""
    if isinstance(exc, ActionPermissionError):
        return Response({"detail": exc.message}, status=403)
    return Response({"errors": [{"field": exc.field or "", "message": exc.message}]}, status=400)


def _share_state(share: Share) -> dict[str, Any]:
    share.refresh_from_db()
    response = getattr(share, "response", None)
    return dict(
        ShareStateSerializer(
            {
                "id": share.pk,
                "acknowledged_at": share.acknowledged_at,
                "outcome": response.outcome or None if response is not None else None,
                "declined_at": response.declined_at if response is not None else None,
            }
        ).data
    )


class PartnerApiView(APIView):
    """A partner agency's system, by its token only (no session: people use the portal). Each
    call is audited (`partner_system.call`) besides the reads and actions it makes."""

    authentication_classes = [PartnerSystemAuthentication]
    permission_classes = [IsPartnerSystem]
    throttle_classes = [PartnerSystemThrottle]
    parser_classes = [DepthLimitedJSONParser]

    def finalize_response(
        self, request: Request, response: Response, *args: Any, **kwargs: Any
    ) -> Response:
        response = super().finalize_response(request, response, *args, **kwargs)
        # A system over its rate limit is audited once a window (vhub.api_errors), not per call.
        if (
            isinstance(getattr(request, "auth", None), PartnerSystem)
            and response.status_code != 429
        ):
            record_event(
                "partner_system.call",
                actor=request.user,
                obj=request.auth,
                details={
                    "method": request.method,
                    "path": request.path[:200],
                    "status": response.status_code,
                },
            )
        return response


def _with_clocks(share: Share) -> Share:
    share.clock_list = list(share.clocks.order_by("started_at", "kind"))  # type: ignore[attr-defined]  # shown by the serializer
    return share


def _with_isr_lists(isr: InformationRequest) -> InformationRequest:
    isr.clock_list = list(isr.clocks.order_by("started_at", "kind"))  # type: ignore[attr-defined]  # shown by the serializer
    isr.attachment_list = list(isr.attachments.order_by("uploaded_at", "id"))  # type: ignore[attr-defined]  # the same
    return isr


# --- Shares --------------------------------------------------------------------------------------


class ShareListQuery(serializers.Serializer):
    cursor = serializers.CharField(required=False, max_length=500)
    limit = serializers.IntegerField(required=False, min_value=1, max_value=MAX_PAGE)
    updated_since = serializers.DateTimeField(required=False)
    purpose = serializers.ChoiceField(choices=SharePurpose.choices, required=False)


PAGING = [
    OpenApiParameter(
        "cursor",
        str,
        description="The `next_cursor` of the previous page; leave out for the first.",
    ),
    OpenApiParameter(
        "limit", int, description=f"Rows a page: 1 to {MAX_PAGE}, {DEFAULT_PAGE} if left out."
    ),
]


def _query(
    serializer_class: type[serializers.Serializer], request: AuthenticatedRequest
) -> dict[str, Any]:
    # As a plain dict: from a form, DRF would read `limit=` as "not sent" rather than refuse it.
    query = serializer_class(data=request.query_params.dict())
    query.is_valid(raise_exception=True)
    return dict(query.validated_data)


def _cursor_error(exc: BadCursor) -> Response:
    return Response({"errors": [{"field": "cursor", "message": str(exc)}]}, status=400)


class ShareListView(PartnerApiView):
    @extend_schema(
        operation_id="partner_share_list",
        summary="Your agency's shares, in the inbox's order",
        description=(
            "The shares VHub has sent your agency and not withdrawn, in the portal inbox's "
            "order: those still waiting for you first (no outcome, not declined), then highest "
            "grade, then the soonest due clock, then oldest. Operation Encompass notices "
            "(`purpose=encompass`, for a school) and MARAC referrals (`purpose=marac`) are "
            "shares too. Paged by cursor; `updated_since` keeps only shares shared, "
            "acknowledged, answered, superseded or written about since then. The order is live, "
            "so to miss nothing, poll with `updated_since`."
        ),
        parameters=[
            *PAGING,
            OpenApiParameter(
                "updated_since",
                OpenApiTypes.DATETIME,
                description="ISO 8601 with a time zone, e.g. 2026-12-01T08:00:00Z.",
            ),
            OpenApiParameter(
                "purpose", str, enum=SharePurpose.values, description="Only shares of this kind."
            ),
        ],
        responses={200: ShareListSerializer, 400: FIELD_ERRORS, **COMMON_RESPONSES},
        tags=TAGS,
    )
    def get(self, request: AuthenticatedRequest) -> Response:
        query = _query(ShareListQuery, request)
        shares = partner_api_shares(
            user=request.user,
            updated_since=query.get("updated_since"),
            purpose=query.get("purpose", ""),
        )
        limit = query.get("limit", DEFAULT_PAGE)
        if query.get("cursor"):
            try:
                shares = shares_after(shares, query["cursor"])
            except BadCursor as exc:
                return _cursor_error(exc)
        rows = list(shares[: limit + 1])
        page, more = rows[:limit], len(rows) > limit
        for share in page:
            share.clock_list = list(share.clocks.all())  # type: ignore[attr-defined]  # prefetched
        record_list_view(
            request.user, "partner_api:shares", referrals=[share.referral_id for share in page]
        )
        return Response(
            {
                "results": ShareSummarySerializer(page, many=True).data,
                "next_cursor": share_cursor(page[-1]) if more else None,
            }
        )


SHARE_RESPONSES = {404: SHARE_NOT_FOUND, **COMMON_RESPONSES}


class ShareDetailView(PartnerApiView):
    @extend_schema(
        operation_id="partner_share_detail",
        parameters=[SHARE_ID],
        summary="One share: what was shared, its pack's digest and your response",
        description=(
            "The share's frozen snapshot: exactly what the portal shows, the pack template's "
            "fields without those VHub withheld (named in `snapshot.withheld`). With the pack's "
            "SHA-256 (null while it is still being produced), the lawful basis, the clocks, "
            "your agency's response, and for a MARAC referral the meeting and the criteria met."
        ),
        responses={200: ShareDetailSerializer, **SHARE_RESPONSES},
        tags=TAGS,
    )
    def get(self, request: AuthenticatedRequest, share_id: str) -> Response:
        share = access_share(request.user, object_id(share_id))
        record_event(
            "share.view",
            actor=request.user,
            obj=share,
            referral=share.referral,
            details={"view": "api"},
        )
        # Read again through the listing's selector, for the same `updated_at` and joins.
        shown = partner_api_shares(user=request.user).get(pk=share.pk)
        return Response(ShareDetailSerializer(_with_clocks(shown)).data)


class SharePackView(PartnerApiView):
    @extend_schema(
        operation_id="partner_share_pack",
        summary="Download the share's referral pack (PDF)",
        description=(
            "The PDF VHub produced when it shared the referral. Its SHA-256 (hex) is in the "
            "`X-Content-SHA256` header and in the share's `pack.sha256`: check it. 404 while "
            "the pack is still being produced (a minute at most)."
        ),
        responses={
            (200, "application/pdf"): OpenApiResponse(
                response=OpenApiTypes.BINARY, description="The referral pack"
            ),
            **SHARE_RESPONSES,
        },
        parameters=[
            SHARE_ID,
            OpenApiParameter(
                "X-Content-SHA256",
                str,
                location=OpenApiParameter.HEADER,
                response=[200],
                description="SHA-256 of the PDF, in hex.",
            ),
        ],
        tags=TAGS,
    )
    def get(self, request: AuthenticatedRequest, share_id: str) -> HttpResponseBase:
        share = access_share(request.user, object_id(share_id))
        if not share.pack_sha256:
            raise Http404("The referral pack is still being prepared.")
        record_event(
            "share.download",
            actor=request.user,
            obj=share,
            referral=share.referral,
            details={"sha256": share.pack_sha256, "view": "api"},
        )
        response = private_download(
            share.pack_file,
            filename=f"{share.snapshot['reference']}-{share.agency.slug}-v{share.version}.pdf",
            content_type="application/pdf",
        )
        response["X-Content-SHA256"] = share.pack_sha256
        return response


STEP_RESPONSES = {200: ShareStateSerializer, 400: ACTION_REFUSED, **SHARE_RESPONSES}


def _share_step(
    request: AuthenticatedRequest,
    share_id: str,
    step: Callable[[Share, dict[str, Any]], object],
    input_serializer: type[serializers.Serializer] | None = None,
) -> Response:
    """One of the portal's steps on a share (acknowledge, outcome, decline): the share through
    its access helper, the body checked, the portal's action run, the share's state answered."""
    share = access_share(request.user, object_id(share_id))
    data: dict[str, Any] = {}
    if input_serializer is not None:
        given = input_serializer(data=request.data)
        given.is_valid(raise_exception=True)
        data = dict(given.validated_data)
    try:
        step(share, data)
    except ActionError as exc:
        return _refused(exc)
    return Response(_share_state(share))


class ShareAcknowledgeView(PartnerApiView):
    @extend_schema(
        operation_id="partner_share_acknowledge",
        parameters=[SHARE_ID],
        summary="Acknowledge the share: your agency has it",
        description="The portal's Acknowledge: meets the acknowledgement clock.",
        request=None,
        responses=STEP_RESPONSES,
        tags=TAGS,
    )
    def post(self, request: AuthenticatedRequest, share_id: str) -> Response:
        return _share_step(
            request, share_id, lambda share, _: do_acknowledge_share(share, actor=request.user)
        )


class ShareOutcomeView(PartnerApiView):
    @extend_schema(
        operation_id="partner_share_outcome",
        parameters=[SHARE_ID],
        summary="Record what your agency did with the share",
        description=(
            "The portal's Record outcome: meets the outcome clock (and the acknowledgement "
            "clock, if nobody had acknowledged). An outcome is recorded once; add to it with a "
            "message."
        ),
        request=OutcomeInputSerializer,
        responses=STEP_RESPONSES,
        examples=[
            OpenApiExample(
                "A child in need assessment",
                request_only=True,
                value={"outcome": "cin_s17", "notes": "Social worker allocated; visit booked."},
            )
        ],
        tags=TAGS,
    )
    def post(self, request: AuthenticatedRequest, share_id: str) -> Response:
        return _share_step(
            request,
            share_id,
            lambda share, data: do_record_share_outcome(share, actor=request.user, **data),
            OutcomeInputSerializer,
        )


class ShareDeclineView(PartnerApiView):
    @extend_schema(
        operation_id="partner_share_decline",
        parameters=[SHARE_ID],
        summary="Decline the share as the wrong area, asking VHub to re-route it",
        description=(
            "The portal's Decline: VHub is told to re-route the referral; the clocks keep "
            "running and carry over to the share VHub sends next."
        ),
        request=DeclineInputSerializer,
        responses=STEP_RESPONSES,
        tags=TAGS,
    )
    def post(self, request: AuthenticatedRequest, share_id: str) -> Response:
        return _share_step(
            request,
            share_id,
            lambda share, data: do_decline_share(share, actor=request.user, reason=data["reason"]),
            DeclineInputSerializer,
        )


class ShareMessagesView(PartnerApiView):
    @extend_schema(
        operation_id="partner_share_messages",
        parameters=[SHARE_ID],
        summary="The share's message thread with VHub, oldest first",
        responses={200: MessageSerializer(many=True), **SHARE_RESPONSES},
        tags=TAGS,
    )
    def get(self, request: AuthenticatedRequest, share_id: str) -> Response:
        share = access_share(request.user, object_id(share_id))
        record_event(
            "share.view",
            actor=request.user,
            obj=share,
            referral=share.referral,
            details={"view": "api:messages"},
        )
        return Response(MessageSerializer(share_thread(share), many=True).data)

    @extend_schema(
        operation_id="partner_share_message_post",
        parameters=[SHARE_ID],
        summary="Write to VHub in the share's thread",
        description="The portal's message: VHub's people holding the referral are told.",
        request=MessageInputSerializer,
        responses={201: MessageSerializer, 400: ACTION_REFUSED, **SHARE_RESPONSES},
        tags=TAGS,
    )
    def post(self, request: AuthenticatedRequest, share_id: str) -> Response:
        share = access_share(request.user, object_id(share_id))
        data = MessageInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        try:
            message = do_post_share_message(
                share, actor=request.user, body=data.validated_data["body"]
            )
        except ActionError as exc:
            return _refused(exc)
        return Response(MessageSerializer(message).data, status=201)


# --- Information sharing requests ----------------------------------------------------------------


class IsrListQuery(serializers.Serializer):
    cursor = serializers.CharField(required=False, max_length=500)
    limit = serializers.IntegerField(required=False, min_value=1, max_value=MAX_PAGE)


class IsrListView(PartnerApiView):
    @extend_schema(
        operation_id="partner_isr_list",
        summary="Your agency's information requests, newest first, with VHub's answers",
        parameters=PAGING,
        responses={200: IsrListSerializer, 400: FIELD_ERRORS, **COMMON_RESPONSES},
        tags=TAGS,
    )
    def get(self, request: AuthenticatedRequest) -> Response:
        query = _query(IsrListQuery, request)
        isrs = partner_api_isrs(user=request.user)
        limit = query.get("limit", DEFAULT_PAGE)
        if query.get("cursor"):
            try:
                isrs = isrs_after(isrs, query["cursor"])
            except BadCursor as exc:
                return _cursor_error(exc)
        rows = list(isrs[: limit + 1])
        page, more = rows[:limit], len(rows) > limit
        for isr in page:
            isr.clock_list = list(isr.clocks.all())  # type: ignore[attr-defined]  # prefetched
            isr.attachment_list = list(isr.attachments.all())  # type: ignore[attr-defined]  # the same
        record_list_view(
            request.user,
            "partner_api:isrs",
            referrals=[isr.share.referral_id for isr in page if isr.share is not None],
            isrs=[isr.pk for isr in page],
        )
        return Response(
            {
                "results": IsrSerializer(page, many=True).data,
                "next_cursor": isr_cursor(page[-1]) if more else None,
            }
        )

    @extend_schema(
        operation_id="partner_isr_raise",
        summary="Ask VHub what it holds about a person or a shared referral",
        description=(
            "The portal's information sharing request: its clock starts at once (urgent: 4 "
            "hours, 24×7; routine: 5 working days). Name a `share` of your agency's, or a "
            "person (`subject_name`, with a date of birth and address if you have them)."
        ),
        request=IsrInputSerializer,
        responses={201: IsrSerializer, 400: ACTION_REFUSED, **COMMON_RESPONSES},
        examples=[
            OpenApiExample(
                "About a person",
                request_only=True,
                value={
                    "urgency": "routine",
                    "reason": "Assessing a new partner in the household: any police concerns?",
                    "lawful_basis": "ca1989_s17",
                    "subject_name": "Dean Price",
                    "subject_date_of_birth": "1988-04-02",
                },
            )
        ],
        tags=TAGS,
    )
    def post(self, request: AuthenticatedRequest) -> Response:
        data = IsrInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        fields = dict(data.validated_data)
        share_id = fields.pop("share", None)
        share = None
        if share_id is not None:
            try:
                share = access_share(request.user, share_id)  # audited like opening it
            except Http404:
                message = f"No share {share_id} to your agency was found: check the id."
                return Response({"errors": [{"field": "share", "message": message}]}, status=400)
        try:
            isr = do_raise_isr(IsrInput(share=share, **fields), actor=request.user)
        except ActionError as exc:
            return _refused(exc)
        return Response(IsrSerializer(_with_isr_lists(isr)).data, status=201)


class IsrDetailView(PartnerApiView):
    @extend_schema(
        operation_id="partner_isr_detail",
        parameters=[ISR_ID],
        summary="One information request, with VHub's answer and its files",
        responses={200: IsrSerializer, 404: ISR_NOT_FOUND, **COMMON_RESPONSES},
        tags=TAGS,
    )
    def get(self, request: AuthenticatedRequest, isr_id: str) -> Response:
        isr = access_isr(request.user, object_id(isr_id))
        record_event(
            "isr.view",
            actor=request.user,
            obj=isr,
            referral=isr.share.referral if isr.share else None,
            details={"view": "api"},
        )
        return Response(IsrSerializer(_with_isr_lists(isr)).data)


class IsrAttachmentView(PartnerApiView):
    @extend_schema(
        operation_id="partner_isr_attachment",
        parameters=[ISR_ID, ATTACHMENT_ID],
        summary="Download a file of VHub's answer",
        description="Always a download; its SHA-256 is in the request's `attachments`.",
        responses={
            **{
                (200, content_type): OpenApiResponse(
                    response=OpenApiTypes.BINARY,
                    description="The file, with the type its content was checked to be",
                )
                for content_type in ATTACHMENT_TYPES
            },
            404: ISR_NOT_FOUND,
            **COMMON_RESPONSES,
        },
        tags=TAGS,
    )
    def get(
        self, request: AuthenticatedRequest, isr_id: str, attachment_id: str
    ) -> HttpResponseBase:
        isr = access_isr(request.user, object_id(isr_id))
        attachment = IsrAttachment.objects.filter(pk=object_id(attachment_id), isr=isr).first()
        if attachment is None:
            deny_not_found(
                request.user,
                object_type="partners.israttachment",
                object_id=attachment_id,
                reason="not part of this request",
                message="No such file in this request.",
            )
        record_event(
            "isr.download",
            actor=request.user,
            obj=attachment,
            referral=isr.share.referral if isr.share else None,
            details={"isr": isr.pk, "sha256": attachment.sha256, "view": "api"},
        )
        return private_download(
            attachment.file,
            filename=attachment.original_name,
            content_type=attachment.content_type,
        )
