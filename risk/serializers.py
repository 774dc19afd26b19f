"""API shapes for a referral's risk: assessments, suggestions, grade history and flags."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from risk.models import ChildRiskAssessment, GradeChange, UnderGradingFlag


class SuggestionSerializer(serializers.Serializer):
    grade = serializers.CharField()
    score = serializers.IntegerField()
    reasons = serializers.ListField(child=serializers.CharField())
    headline = serializers.CharField(
        help_text="e.g. 'High because: non-mobile baby with injury; score 35 ≥ 30'"
    )
    da_count = serializers.IntegerField(allow_null=True)
    da_band = serializers.CharField(allow_blank=True)


class FactorSerializer(serializers.Serializer):
    code = serializers.CharField()
    # A field named `label` shadows Field.label, which the stubs type as a string.
    label = serializers.CharField()  # type: ignore[assignment]
    weight = serializers.IntegerField()
    forces_high = serializers.BooleanField()


class ChildSerializer(serializers.Serializer):
    name = serializers.CharField()
    date_of_birth = serializers.DateField(allow_null=True)


class AssessmentSerializer(serializers.ModelSerializer):
    child = serializers.SerializerMethodField()
    model_version = serializers.IntegerField(source="model_version.number", allow_null=True)
    factors = serializers.SerializerMethodField()
    suggestion = SuggestionSerializer(allow_null=True)
    assessor = serializers.CharField(source="assessor.get_full_name")

    class Meta:
        model = ChildRiskAssessment
        fields = [
            "id",
            "child",
            "status",
            "model_version",
            "factors",
            "da_yes_codes",
            "suggestion",
            "proposed_grade",
            "approved_grade",
            "voice_of_child",
            "voice_not_captured_reason",
            "rationale",
            "assessor",
            "submitted_at",
        ]

    @extend_schema_field(ChildSerializer)
    def get_child(self, obj: ChildRiskAssessment) -> dict[str, str | None]:
        person = obj.subject.person
        born = person.date_of_birth
        return {"name": person.full_name, "date_of_birth": born.isoformat() if born else None}

    @extend_schema_field(FactorSerializer(many=True))
    def get_factors(self, obj: ChildRiskAssessment) -> list[dict[str, object]]:
        specs = self.context["factor_specs"].get(obj.model_version_id, {})
        return [
            {
                "code": c,
                "label": specs[c].label,
                "weight": specs[c].weight,
                "forces_high": specs[c].forces_high,
            }
            for c in obj.factor_codes
            if c in specs
        ]


class GradeChangeSerializer(serializers.ModelSerializer):
    changed_by = serializers.CharField(
        source="changed_by.get_full_name", allow_null=True, default=None
    )

    class Meta:
        model = GradeChange
        fields = ["changed_at", "changed_by", "from_grade", "to_grade", "reason", "source"]


class FlagMatchSerializer(serializers.Serializer):
    field = serializers.CharField()
    before = serializers.CharField(allow_blank=True)
    match = serializers.CharField()
    after = serializers.CharField(allow_blank=True)


class FlagSerializer(serializers.ModelSerializer):
    matches = FlagMatchSerializer(many=True)
    resolved_by = serializers.CharField(
        source="resolved_by.get_full_name", allow_null=True, default=None
    )

    class Meta:
        model = UnderGradingFlag
        fields = [
            "id",
            "kind",
            "reason",
            "matches",
            "status",
            "raised_at",
            "resolved_at",
            "resolved_by",
            "resolution",
        ]


class ReferralRiskSerializer(serializers.Serializer):
    reference = serializers.CharField()
    status = serializers.CharField()
    current_grade = serializers.CharField(allow_blank=True, help_text="The approved grade.")
    provisional_grade = serializers.CharField(
        allow_blank=True, help_text="The highest proposed grade, until one is approved."
    )
    assessments = AssessmentSerializer(many=True)
    grade_history = GradeChangeSerializer(many=True)
    flags = FlagSerializer(many=True)
