from django.contrib import admin

from referrals.models import IncidentType, PriorityWeight, TermDates


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


@admin.register(TermDates)
class TermDatesAdmin(admin.ModelAdmin):
    """School terms per local authority, for Operation Encompass school-day clocks."""

    list_display = ("local_authority", "first_day", "last_day")
    list_filter = ("local_authority",)


@admin.register(PriorityWeight)
class PriorityWeightAdmin(admin.ModelAdmin):
    list_display = ("label", "code", "points")
    readonly_fields = ("code",)

    # The score's formula names each weight: they are edited, never added or removed.
    def has_add_permission(self, request):  # type: ignore[no-untyped-def]
        return False

    def has_delete_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False
