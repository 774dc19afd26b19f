from typing import TYPE_CHECKING, Any, cast

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest

from referrals.integration import do_revoke_integration_client
from referrals.models import (
    ClosureOutcome,
    DutyRota,
    IncidentType,
    IntegrationClient,
    MatchThresholds,
    PostcodeDistrict,
    PriorityWeight,
    TermDates,
)
from referrals.priority import rescore_all_at_next_run
from referrals.rota import do_add_duty, do_remove_duty

if TYPE_CHECKING:
    from accounts.models import User


# Case data (referrals, people) is deliberately not in the admin: administrators see no case
# content unless they also hold a case role, and then they use the service's own pages.
@admin.register(IncidentType)
class IncidentTypeAdmin(admin.ModelAdmin):
    list_display = (
        "label",
        "code",
        "is_domestic_abuse",
        "priority_weight",
        "is_active",
        "display_order",
    )

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        rescore_all_at_next_run()  # its points and label are in every score of its type


@admin.register(ClosureOutcome)
class ClosureOutcomeAdmin(admin.ModelAdmin):
    """The outcomes offered when closing a referral; retire one with `active`, never delete it
    (closed referrals point to it)."""

    list_display = ("label", "code", "status", "position", "active")

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(MatchThresholds)
class MatchThresholdsAdmin(admin.ModelAdmin):
    """When a child is suggested as a known person, and when that counts as a probable repeat
    (docs/risk.md, "Repeat children"). One row: edited, never added or removed."""

    list_display = (
        "__str__",
        "name_similarity",
        "address_similarity",
        "probable_name_similarity",
        "probable_address_similarity",
    )

    def has_add_permission(self, request: HttpRequest) -> bool:
        return not MatchThresholds.objects.exists()

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(TermDates)
class TermDatesAdmin(admin.ModelAdmin):
    """School terms per local authority, for Operation Encompass school-day clocks."""

    list_display = ("local_authority", "first_day", "last_day")
    list_filter = ("local_authority",)


@admin.register(PriorityWeight)
class PriorityWeightAdmin(admin.ModelAdmin):
    list_display = ("label", "code", "points")
    readonly_fields = ("code",)

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        rescore_all_at_next_run()

    # The score's formula names each weight: they are edited, never added or removed.
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(IntegrationClient)
class IntegrationClientAdmin(admin.ModelAdmin):
    """Registered with `manage.py create_integration_client` (the token is printed once);
    revoked here."""

    list_display = ("name", "source_system", "token_prefix", "created_at", "revoked_at")
    readonly_fields = (
        "name",
        "source_system",
        "token_prefix",
        "service_user",
        "created_at",
        "created_by",
        "revoked_at",
    )
    exclude = ("token_hash",)
    actions = ["revoke"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    @admin.action(description="Revoke the selected clients' tokens")
    def revoke(self, request: HttpRequest, queryset: QuerySet[Any]) -> None:
        for client in queryset:
            do_revoke_integration_client(client, actor=cast("User", request.user))


@admin.register(PostcodeDistrict)
class PostcodeDistrictAdmin(admin.ModelAdmin):
    """Which local authority each postcode district routes to."""

    list_display = ("district", "local_authority")
    list_filter = ("local_authority",)
    search_fields = ("district",)


@admin.register(DutyRota)
class DutyRotaAdmin(admin.ModelAdmin):
    """The area teams' duty rota; adding and removing go through the audited actions (a row is
    replaced rather than edited, so the trail says what changed)."""

    list_display = ("area", "supervisor", "weekday", "first_day", "last_day")
    list_filter = ("area",)
    fields = ("area", "supervisor", "weekday", "first_day", "last_day")

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return obj is None and super().has_change_permission(request, obj)

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        entry = do_add_duty(
            actor=cast("User", request.user),
            area=obj.area,
            supervisor=obj.supervisor,
            first_day=obj.first_day,
            last_day=obj.last_day,
            weekday=obj.weekday,
        )
        obj.pk, obj.created_at = entry.pk, entry.created_at

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        do_remove_duty(obj, actor=cast("User", request.user))

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> None:
        for entry in queryset:
            do_remove_duty(entry, actor=cast("User", request.user))
