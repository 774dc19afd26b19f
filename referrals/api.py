"""Read API for a referral: GET /api/v1/referrals/{reference}/."""

from drf_spectacular.utils import OpenApiExample, OpenApiResponse, extend_schema
from rest_framework.authentication import SessionAuthentication
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from audit.actions import record_event
from referrals.access import access_referral
from referrals.actions import do_intake_referral
from referrals.integration import (
    IntegrationClientThrottle,
    IntegrationTokenAuthentication,
    IsIntegrationClient,
)
from referrals.models import ReferralSource, SlaClock
from referrals.serializers import (
    IntakeResultSerializer,
    IntakeSerializer,
    ReferralSerializer,
    details_from_intake,
    intake_hash,
)
from vhub.api_errors import (
    COMMON_RESPONSES,
    FIELD_ERRORS,
    NOT_FOUND,
    DetailSerializer,
    FieldErrorsSerializer,
)
from vhub.api_parsers import DepthLimitedJSONParser


class ReferralDetailView(APIView):
    # Staff with a session, and the records system that sent the referral (by token).
    authentication_classes = [SessionAuthentication, IntegrationTokenAuthentication]

    def get_authenticate_header(self, request: Request) -> str | None:
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
    def get(self, request: Request, reference: str) -> Response:
        referral = access_referral(request.user, reference, "view")
        record_event(
            "referral.view",
            actor=request.user,
            obj=referral,
            referral=referral,
            details={"view": "api"},
        )
        referral.clock_list = list(
            SlaClock.objects.filter(referral=referral)
            .select_related("policy")
            .order_by("started_at", "id")
        )
        return Response(ReferralSerializer(referral).data)


MAX_INTAKE_BYTES = 256 * 1024


def _content_length(request: Request) -> int:
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
    def post(self, request: Request) -> Response:
        if _content_length(request) > MAX_INTAKE_BYTES:
            return Response(
                {"errors": [{"field": "", "message": "The body is larger than 256 KB."}]},
                status=413,
            )
        client = request.auth
        serializer = IntakeSerializer(data=request.data)
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
        merged_into = existing.merged_into.reference if existing.merged_into_id else None
        body = {
            "reference": existing.reference,
            "status": existing.status,
            "created": created,
            "merged_into": merged_into,
        }
        return Response(body, status=201 if created else 200)
