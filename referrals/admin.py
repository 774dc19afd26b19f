from django.contrib import admin

from referrals.models import IncidentType


# Case data (referrals, people) is deliberately not in the admin: administrators see no case
# content unless they also hold a case role, and then they use the service's own pages.
@admin.register(IncidentType)
class IncidentTypeAdmin(admin.ModelAdmin):
    list_display = ("label", "code", "is_domestic_abuse", "is_active", "display_order")
