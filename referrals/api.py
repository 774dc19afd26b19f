"""Read API for a referral: GET /api/v1/referrals/{reference}/."""

from drf_spectacular.utils import extend_schema
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from audit.actions import record_event
from referrals.access import access_referral
from referrals.models import SlaClock
from referrals.serializers import ReferralSerializer


class ReferralDetailView(APIView):
    @extend_schema(
        operation_id="referral_detail",
        summary="A referral's status, grade, priority (with why) and SLA clocks",
        description=(
            "The referral's lifecycle status, approved and provisional grades, its priority "
            "score with the breakdown that explains its rank, and every SLA clock with its due "
            "time, state and time left. 404 for a referral the caller may not see (audited)."
        ),
        responses={200: ReferralSerializer},
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
