"""Read API for a referral's risk: GET /api/v1/referrals/{reference}/risk/."""

from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.http import AuthenticatedRequest
from referrals.access import view_referral
from risk.selectors import referral_risk
from risk.serializers import ReferralRiskSerializer
from vhub.api_errors import COMMON_RESPONSES, NOT_FOUND


class ReferralRiskView(APIView):
    @extend_schema(
        operation_id="referral_risk",
        summary="A referral's risk assessments, suggested grades, grade history and flags",
        description=(
            "Everything VHub holds about how a referral was graded: each child's assessment "
            "with the ticked factors and the suggested grade with its explanation, every change "
            "of the referral's grade (who, when, from, to, why) and any under-grading flags. "
            "Answers 404 for a referral that does not exist or that the caller may not see."
        ),
        responses={200: ReferralRiskSerializer, 404: NOT_FOUND, **COMMON_RESPONSES},
        examples=[
            OpenApiExample(
                "A baby graded high",
                response_only=True,
                value={
                    "reference": "VH-2026-000123",
                    "status": "approved",
                    "current_grade": "high",
                    "provisional_grade": "high",
                    "assessments": [
                        {
                            "id": 7,
                            "child": {"name": "Ava Smith", "date_of_birth": "2026-07-02"},
                            "status": "approved",
                            "model_version": 1,
                            "factors": [
                                {
                                    "code": "injury",
                                    "label": "Child has an injury",
                                    "weight": 12,
                                    "forces_high": False,
                                }
                            ],
                            "da_yes_codes": [],
                            "suggestion": {
                                "grade": "high",
                                "score": 35,
                                "reasons": ["non-mobile baby with injury", "score 35 ≥ 30"],
                                "headline": (
                                    "High because: non-mobile baby with injury; score 35 ≥ 30"
                                ),
                                "da_count": None,
                                "da_band": "",
                            },
                            "proposed_grade": "high",
                            "approved_grade": "high",
                            "voice_of_child": "Settled in mother's arms.",
                            "voice_not_captured_reason": "",
                            "rationale": "Unexplained bruise.",
                            "assessor": "Priya Patel",
                            "submitted_at": "2026-11-20T10:02:00Z",
                        }
                    ],
                    "grade_history": [
                        {
                            "changed_at": "2026-11-20T11:00:00Z",
                            "changed_by": "Dan Morris",
                            "from_grade": "",
                            "to_grade": "high",
                            "reason": "Approve the proposed grade",
                            "source": "decision",
                        }
                    ],
                    "flags": [],
                },
            )
        ],
        tags=["risk"],
    )
    def get(self, request: AuthenticatedRequest, reference: str) -> Response:
        referral = view_referral(request.user, reference, details={"view": "risk"})
        data, context = referral_risk(referral)
        return Response(ReferralRiskSerializer(data, context=context).data)
