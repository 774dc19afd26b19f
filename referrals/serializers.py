"""API shapes for referrals: status, grades, priority with its breakdown, SLA clocks."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from referrals.models import Referral, SlaClock
from referrals.sla import time_left_words


class PriorityPartSerializer(serializers.Serializer):
    code = serializers.CharField()
    label = serializers.CharField()
    detail = serializers.CharField()
    points = serializers.IntegerField()


class ClockSerializer(serializers.ModelSerializer):
    name = serializers.CharField(source="get_kind_display")
    share = serializers.IntegerField(source="share_id", allow_null=True)
    time_left = serializers.SerializerMethodField()
    policy_version = serializers.IntegerField(source="policy.number")

    class Meta:
        model = SlaClock
        fields = [
            "kind",
            "name",
            "share",
            "calendar",
            "grade_used",
            "target_minutes",
            "started_at",
            "warn_at",
            "due_at",
            "state",
            "breached_at",
            "met_at",
            "achieved_minutes",
            "margin_minutes",
            "time_left",
            "policy_version",
        ]

    @extend_schema_field(serializers.CharField(allow_blank=True))
    def get_time_left(self, clock: SlaClock) -> str:
        """e.g. '1 hour 30 minutes left' or 'overdue by 2 days'; blank once stopped."""
        return time_left_words(clock) if clock.is_open else ""


class ReferralSerializer(serializers.ModelSerializer):
    incident_type = serializers.CharField(source="incident_type.label")
    local_authority = serializers.CharField(
        source="local_authority.name", allow_null=True, default=None
    )
    allocated_to = serializers.CharField(
        source="allocated_to.get_full_name", allow_null=True, default=None
    )
    priority_breakdown = PriorityPartSerializer(many=True)
    clocks = ClockSerializer(many=True, source="clock_list")

    class Meta:
        model = Referral
        fields = [
            "reference",
            "status",
            "current_grade",
            "provisional_grade",
            "incident_type",
            "incident_at",
            "received_at",
            "local_authority",
            "allocated_to",
            "priority_score",
            "priority_breakdown",
            "clocks",
        ]
