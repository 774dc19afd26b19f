"""Quality-audit configuration in the admin: sample sizes and assessors' teams (audited)."""

from django.contrib import admin

from audit.admin import AuditedModelAdmin
from risk.models import QualityAuditSetting, QualityTeam, QualityTeamMember


@admin.register(QualityAuditSetting)
class QualityAuditSettingAdmin(AuditedModelAdmin):
    list_display = ("__str__", "local_authority", "sample_size")


class QualityTeamMemberInline(admin.TabularInline):
    model = QualityTeamMember
    autocomplete_fields = ("user",)
    extra = 1


@admin.register(QualityTeam)
class QualityTeamAdmin(AuditedModelAdmin):
    list_display = ("name",)
    inlines = (QualityTeamMemberInline,)
