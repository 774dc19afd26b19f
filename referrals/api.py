"""The referral API: read a referral, intake from records systems, and a referral's end (close,
reopen, merge) for VHub staff through the same actions as the pages."""

from collections.abc import Callable
from typing import Any, cast

from django.http import Http404
from drf_spectacular.utils import OpenApiExample, OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.authentication import SessionAuthentication
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.http import AuthenticatedRequest
from audit.actions import record_event
from audit.denials import require_role
from referrals.access import access_referral, view_referral
from referrals.actions.closure import do_close_referral, do_merge_referral, do_reopen_referral
from referrals.actions.intake import do_intake_referral
from referrals.integration import (
    IntegrationClientThrottle,
    IntegrationTokenAuthentication,
    IsIntegrationClient,
)
from referrals.models import IntegrationClient, Referral, ReferralSource, SlaClock
from referrals.serializers import (
    CloseSerializer,
    EndResultSerializer,
    IntakeResultSerializer,
    IntakeSerializer,
    MergeSerializer,
    ReferralSerializer,
    ReopenSerializer,
    details_from_intake,
    end_result,
    intake_hash,
    intake_lookups,
)
from vhub import configuration
from vhub.api_errors import (
    COMMON_RESPONSES,
    FIELD_ERRORS,
    NOT_FOUND,
    DetailSerializer,
    FieldErrorsSerializer,
)
from vhub.api_parsers import DepthLimitedJSONParser
from vhub.errors import ActionError, ActionPermissionError, StaleError
from vhub.roles import Role


class ReferralDetailView(APIView):
    # Staff with a session, and the records system that sent the referral (by token).
    authentication_classes = [SessionAuthentication, IntegrationTokenAuthentication]

    # DRF's own method returns None when there is no challenge; the stubs say str.
    def get_authenticate_header(self, request: Request) -> str | None:  # type: ignore[override]
        """A request that sends an unknown or revoked token is answered 401 with
        `WWW-Authenticate: Bearer`, not the 403 DRF gives when the first authenticator (the
        session) has no challenge to send."""
        sent = request.META.get("HTTP_AUTHORIZATION", "").split()
        if sent and sent[0].lower() == IntegrationTokenAuthentication.keyword.lower():
            return IntegrationTokenAuthentication().authenticate_header(request)
        return None

    @extend_schema(
        operation_id="referral_detail",
        summary="A referral's status, grade, priority (with why) and SLA clocks",
        description=(
            "The referral's lifecycle status, approved and provisional grades, its priority "
            "score with the breakdown that explains its rank, and every SLA clock with its due "
            "time, state and time left. 404 for a referral the caller may not see (audited)."
        ),
        responses={200: ReferralSerializer, 404: NOT_FOUND, **COMMON_RESPONSES},
        tags=["referrals"],
    )
    def get(self, request: AuthenticatedRequest, reference: str) -> Response:
        referral = view_referral(request.user, reference, details={"view": "api"})
        # The clocks ride on the referral for the serializer.
        referral.clock_list = list(  # type: ignore[attr-defined]
            SlaClock.objects.filter(referral=referral)
            .select_related("policy")
            .order_by("started_at", "id")
        )
        return Response(ReferralSerializer(referral).data)


MAX_INTAKE_BYTES = 256 * 1024


def _content_length(request: AuthenticatedRequest) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:  # a malformed header: Django reads such a body as empty
        return 0


class ReferralIntakeView(APIView):
    authentication_classes = [IntegrationTokenAuthentication]
    permission_classes = [IsIntegrationClient]
    throttle_classes = [IntegrationClientThrottle]
    # Records systems send JSON; the nested children have no form encoding.
    parser_classes = [DepthLimitedJSONParser]

    @extend_schema(
        operation_id="referral_intake",
        summary="Submit a referral from a police records system",
        description=(
            "Idempotent on (the client's source system, `external_id`): sending the same "
            "payload again answers 200 with the same referral; a different payload under the "
            "same `external_id` answers 409 and changes nothing. Invalid input answers 400 with "
            "each error's field path (e.g. `children[0].date_of_birth`). Bodies over 256 KB "
            "answer 413. Authenticate with `Authorization: Bearer <token>`."
        ),
        request=IntakeSerializer,
        responses={
            201: IntakeResultSerializer,
            200: IntakeResultSerializer,
            400: FIELD_ERRORS,
            **COMMON_RESPONSES,
            409: OpenApiResponse(
                response=FieldErrorsSerializer,
                description="external_id already used with a different payload",
            ),
            413: OpenApiResponse(response=FieldErrorsSerializer, description="Body too large"),
            415: OpenApiResponse(response=DetailSerializer, description="The body is not JSON"),
        },
        examples=[
            OpenApiExample(
                "A domestic-abuse incident with one child",
                request_only=True,
                value={
                    "external_id": "NICHE-2026-000451",
                    "incident_reference": "22/123456/26",
                    "incident_at": "2026-11-21T21:30:00Z",
                    "location": "12 Mill Lane, Hereford",
                    "postcode": "HR1 2AB",
                    "incident_type": "domestic-abuse",
                    "local_authority": "herefordshire-cs",
                    "narrative": "Neighbour called police to shouting.",
                    "officer_risk_view": "Risk of further harm to the child.",
                    "children": [
                        {
                            "first_name": "Lily",
                            "last_name": "Smith",
                            "date_of_birth": "2020-06-14",
                            "was_present": True,
                            "voice_of_child": "Said she was scared.",
                        }
                    ],
                },
            )
        ],
        tags=["intake"],
    )
    def post(self, request: AuthenticatedRequest) -> Response:
        if _content_length(request) > MAX_INTAKE_BYTES:
            return Response(
                {"errors": [{"field": "", "message": "The body is larger than 256 KB."}]},
                status=413,
            )
        client = cast(IntegrationClient, request.auth)  # IsIntegrationClient let it through
        # The configuration's version is read once for the validation and the intake together
        # (vhub/configuration.py), not once for each of the eight things they look up.
        with configuration.pinned():
            serializer = IntakeSerializer(data=request.data, context={"lookups": intake_lookups()})
            serializer.is_valid(raise_exception=True)
            data = serializer.validated_data
            fingerprint = intake_hash(request.data)
            existing, created = do_intake_referral(
                details_from_intake(data),
                actor=request.user,
                source=ReferralSource.API,
                source_system=client.source_system,
                external_id=data["external_id"],
                fingerprint=fingerprint,
            )
        if not created and existing.intake_hash != fingerprint:
            record_event(
                "referral.intake_conflict",
                actor=request.user,
                referral=existing,
                details={"external_id": data["external_id"]},
            )
            message = (
                f"{data['external_id']} was already submitted as {existing.reference} "
                "with different content. Nothing was changed."
            )
            return Response({"errors": [{"field": "external_id", "message": message}]}, status=409)
        # `merged_into_id` is checked on this line.
        merged_into = existing.merged_into.reference if existing.merged_into_id else None  # type: ignore[union-attr]
        body = {
            "reference": existing.reference,
            "status": existing.status,
            "created": created,
            "merged_into": merged_into,
        }
        return Response(body, status=201 if created else 200)


# --- A referral's end: close, reopen, merge -----------------------------------------------------

CONFLICT = OpenApiResponse(
    response=FieldErrorsSerializer,
    description="The referral changed since the `version` you sent; nothing was changed",
)
REFUSED = OpenApiResponse(
    response=FieldErrorsSerializer,
    description="Invalid input, or the referral cannot take this step now (the message says "
    "why, e.g. it is already closed or a closure waits for sign-off); nothing was changed",
)
END_RESPONSES = {
    200: EndResultSerializer,
    400: REFUSED,
    404: NOT_FOUND,
    409: CONFLICT,
    **COMMON_RESPONSES,
}


def _refused(exc: ActionError) -> Response:
    """An action's refusal as the API's field errors: 409 for a stale version, else 400 (403
    for a role that may not; the view's own role check comes first, so this is a backstop)."""
    if isinstance(exc, ActionPermissionError):
        return Response({"detail": exc.message}, status=403)
    status = 409 if isinstance(exc, StaleError) else 400
    return Response({"errors": [{"field": exc.field or "", "message": exc.message}]}, status=status)


def _end_step(
    request: AuthenticatedRequest,
    reference: str,
    input_serializer: type[serializers.Serializer],
    step: Callable[[Referral, dict[str, Any]], dict[str, Any]],
) -> Response:
    """One of a referral's end steps (close, reopen, merge): the caller's role, the referral
    through its access helper, the body checked, the action run, and its result or refusal
    (`_refused`) answered.

    Staff with a session: practitioners and supervisors, as on the pages (managers read every
    referral but change none). Others get an audited 403; a referral the caller may not
    change, an audited 404."""
    require_role(request.user, Role.PRACTITIONER, Role.SUPERVISOR)
    referral = access_referral(request.user, reference, "change")
    given = input_serializer(data=request.data)
    given.is_valid(raise_exception=True)
    try:
        return Response(step(referral, dict(given.validated_data)))
    except ActionError as exc:
        return _refused(exc)


class ReferralCloseView(APIView):
    @extend_schema(
        operation_id="referral_close",
        summary="Close a referral with an outcome and a rationale",
        description=(
            "The same action as the referral's Close page. A high or medium referral that was "
            "never shared waits for another supervisor's sign-off (`closure: pending`: the "
            "referral stays open, its clocks running); anything else closes at once (`closure: "
            "closed`): its hub clocks stop with the outcome as their reason and its retention "
            "review starts. Practitioners and supervisors only."
        ),
        request=CloseSerializer,
        responses=END_RESPONSES,
        examples=[
            OpenApiExample(
                "Close a duplicate",
                request_only=True,
                value={
                    "outcome": "duplicate",
                    "rationale": "Sent twice by the control room; see VH-2026-000122.",
                    "version": 7,
                },
            ),
            OpenApiExample(
                "Closed at once",
                response_only=True,
                value={
                    "reference": "VH-2026-000123",
                    "status": "closed",
                    "version": 8,
                    "outcome": "duplicate",
                    "closure": "closed",
                    "merged_into": None,
                },
            ),
        ],
        tags=["referrals"],
    )
    def post(self, request: AuthenticatedRequest, reference: str) -> Response:
        def close(referral: Referral, data: dict[str, Any]) -> dict[str, Any]:
            closure = do_close_referral(
                referral,
                actor=request.user,
                outcome=data["outcome"],
                rationale=data["rationale"],
                expected_version=data["version"],
            )
            return end_result(closure.referral, closure.state)

        return _end_step(request, reference, CloseSerializer, close)


class ReferralReopenView(APIView):
    @extend_schema(
        operation_id="referral_reopen",
        summary="Reopen a closed referral with the new information",
        description=(
            "The same action as the referral's Reopen page: a closed or no-further-action "
            "referral goes back to triage, its triage and decision-to-share clocks start again "
            "and a retention review still waiting is withdrawn. Practitioners and supervisors "
            "only."
        ),
        request=ReopenSerializer,
        responses=END_RESPONSES,
        examples=[
            OpenApiExample(
                "New information",
                request_only=True,
                value={"reason": "The school reports new bruising.", "version": 8},
            )
        ],
        tags=["referrals"],
    )
    def post(self, request: AuthenticatedRequest, reference: str) -> Response:
        def reopen(referral: Referral, data: dict[str, Any]) -> dict[str, Any]:
            return end_result(
                do_reopen_referral(
                    referral,
                    actor=request.user,
                    reason=data["reason"],
                    expected_version=data["version"],
                )
            )

        return _end_step(request, reference, ReopenSerializer, reopen)


class ReferralMergeView(APIView):
    @extend_schema(
        operation_id="referral_merge",
        summary="Merge a duplicate referral into the one it duplicates",
        description=(
            "The same action as the referral's Merge page: this referral (the duplicate) "
            "becomes `merged` into `into`, which keeps its children, shares, clocks and history "
            "reachable. An `into` that does not exist, or that the caller may not see, is "
            "refused with 400 on the field `into` (and the refusal is audited). Practitioners "
            "and supervisors only."
        ),
        request=MergeSerializer,
        responses=END_RESPONSES,
        examples=[
            OpenApiExample(
                "The same incident sent twice",
                request_only=True,
                value={
                    "into": "VH-2026-000122",
                    "reason": "The same incident, sent again by the control room.",
                },
            )
        ],
        tags=["referrals"],
    )
    def post(self, request: AuthenticatedRequest, reference: str) -> Response:
        def merge(referral: Referral, data: dict[str, Any]) -> dict[str, Any]:
            try:
                # The same lookup (and audited refusal) as opening the survivor's page.
                survivor = access_referral(request.user, data["into"], "view")
            except Http404:
                message = f"No referral {data['into']} was found: check the reference."
                raise ActionError(message, field="into") from None
            return end_result(
                do_merge_referral(
                    referral,
                    actor=request.user,
                    survivor=survivor,
                    reason=data["reason"],
                    expected_version=data["version"],
                )
            )

        return _end_step(request, reference, MergeSerializer, merge)
