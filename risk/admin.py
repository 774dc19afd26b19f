"""Quality-audit configuration in the admin: sample sizes, assessors' teams, and the policing
areas with their contacts and officers (audited)."""

from django.contrib import admin

from audit.admin import AuditedModelAdmin
from risk.models import (
    AreaContact,
    FrontlineSetting,
    OfficerPosting,
    PolicingArea,
    PolicingAreaCover,
    QualityAuditSetting,
    QualityTeam,
    QualityTeamMember,
)


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


class PolicingAreaCoverInline(admin.TabularInline):
    model = PolicingAreaCover
    extra = 1
    verbose_name = "local authority area covered"


class AreaContactInline(admin.TabularInline):
    model = AreaContact
    autocomplete_fields = ("user",)
    extra = 1
    verbose_name = "single point of contact"


class OfficerPostingInline(admin.TabularInline):
    model = OfficerPosting
    autocomplete_fields = ("user",)
    extra = 1
    verbose_name = "officer posted here"


@admin.register(PolicingArea)
class PolicingAreaAdmin(AuditedModelAdmin):
    list_display = ("name",)
    search_fields = ("name",)
    inlines = (PolicingAreaCoverInline, AreaContactInline, OfficerPostingInline)


@admin.register(FrontlineSetting)
class FrontlineSettingAdmin(AuditedModelAdmin):
    list_display = ("__str__", "far_below_steps", "officer_sample_size")
