"""The search as an API operation: the page's search, for staff and officers with a session."""

from typing import Any

from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import serializers
from rest_framework.authentication import SessionAuthentication
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.http import AuthenticatedRequest
from audit.denials import require_role
from referrals.search import SearchTerms
from referrals.search_views import run_search
from vhub.api_errors import COMMON_RESPONSES, FIELD_ERRORS
from vhub.roles import Role


class SearchQuerySerializer(serializers.Serializer):
    name = serializers.CharField(
        max_length=100, required=False, allow_blank=True, help_text="First, last or both names."
    )
    date_of_birth = serializers.DateField(required=False, help_text="YYYY-MM-DD")
    postcode = serializers.CharField(max_length=10, required=False, allow_blank=True)
    address = serializers.CharField(max_length=200, required=False, allow_blank=True)
    reference = serializers.CharField(
        max_length=50,
        required=False,
        allow_blank=True,
        help_text="The referral's reference (VH-2026-000123) or the incident's.",
    )
    school = serializers.CharField(max_length=200, required=False, allow_blank=True)

    def validate_name(self, value: str) -> str:
        if value.strip() and not SearchTerms(name=value).words:
            raise serializers.ValidationError("Enter at least two letters of a name.")
        return value.strip()

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if self.terms(attrs).empty:
            raise serializers.ValidationError(
                "Give a name, date_of_birth, postcode, address, reference or school."
            )
        return attrs

    @staticmethod
    def terms(attrs: dict[str, Any]) -> SearchTerms:
        return SearchTerms(
            name=attrs.get("name", "").strip(),
            date_of_birth=attrs.get("date_of_birth"),
            postcode=attrs.get("postcode", "").strip(),
            address=attrs.get("address", "").strip(),
            reference=attrs.get("reference", "").strip(),
            school=attrs.get("school", "").strip(),
        )


class FoundReferralSerializer(serializers.Serializer):
    reference = serializers.CharField(source="referral.reference")
    status = serializers.CharField(source="referral.status")
    incident_at = serializers.DateTimeField(source="referral.incident_at")
    incident_type = serializers.CharField(source="referral.incident_type.label")
    role = serializers.CharField()
    school = serializers.CharField()


class FoundPersonSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="person.pk")
    name = serializers.CharField(source="person.full_name")
    date_of_birth = serializers.DateField(source="person.date_of_birth", allow_null=True)
    score = serializers.FloatField(help_text="How well the name and address match (higher first).")
    referrals = FoundReferralSerializer(source="appearances", many=True)


class SearchResultSerializer(serializers.Serializer):
    people = FoundPersonSerializer(many=True)


class SearchView(APIView):
    authentication_classes = [SessionAuthentication]

    @extend_schema(
        operation_id="search",
        summary="Search the people and referrals the caller may see, open and closed",
        description=(
            "The search page's search. Every term given must match: names by similarity "
            "(misspellings allowed) and, where the database supports it, by sound; the date of "
            "birth and postcode exactly; the address and school by similarity; the referral's "
            "or incident's reference exactly. People come best first (at most 50), each with "
            "their referrals, newest incident first. VHub staff see every referral; an officer, "
            "the referrals they sent. Each search is audited with its terms."
        ),
        parameters=[SearchQuerySerializer],
        responses={200: SearchResultSerializer, 400: FIELD_ERRORS, **COMMON_RESPONSES},
        examples=[
            OpenApiExample(
                "A child found by a misspelt name",
                response_only=True,
                value={
                    "people": [
                        {
                            "id": 4182,
                            "name": "Lily Smith",
                            "date_of_birth": "2019-03-27",
                            "score": 0.67,
                            "referrals": [
                                {
                                    "reference": "VH-2025-000871",
                                    "status": "closed",
                                    "incident_at": "2025-11-02T21:40:00Z",
                                    "incident_type": "Domestic abuse",
                                    "role": "child",
                                    "school": "Riverside Primary School",
                                }
                            ],
                        }
                    ]
                },
            )
        ],
        tags=["search"],
    )
    def get(self, request: AuthenticatedRequest) -> Response:
        user = request.user
        require_role(user, Role.OFFICER, Role.PRACTITIONER, Role.SUPERVISOR, Role.MANAGER)
        query = SearchQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        results = run_search(user, query.terms(query.validated_data))
        return Response(SearchResultSerializer({"people": results}).data)
