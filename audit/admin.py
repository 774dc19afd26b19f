"""Configuration of retention periods in the admin; every change there is on the audit trail."""

from django.contrib import admin
from django.forms.models import model_to_dict

from audit.actions import record_event
from audit.models import RetentionRule


class AuditedModelAdmin(admin.ModelAdmin):
    """A ModelAdmin whose saves and deletions write an audit event (`config.change`,
    `config.delete`) with the row's values, in the admin's own transaction."""

    def save_model(self, request, obj, form, change):  # type: ignore[no-untyped-def]
        super().save_model(request, obj, form, change)
        record_event(
            "config.change",
            actor=request.user,
            obj=obj,
            details={"created": not change, "changed": form.changed_data, **_values(obj)},
        )

    def save_formset(self, request, form, formset, change):  # type: ignore[no-untyped-def]
        super().save_formset(request, form, formset, change)
        for obj in formset.new_objects:
            record_event("config.change", actor=request.user, obj=obj, details=_values(obj))
        for obj, fields in formset.changed_objects:
            record_event(
                "config.change",
                actor=request.user,
                obj=obj,
                details={"changed": fields, **_values(obj)},
            )
        for obj in formset.deleted_objects:
            record_event("config.delete", actor=request.user, obj=obj, details=_values(obj))

    def delete_model(self, request, obj):  # type: ignore[no-untyped-def]
        values = _values(obj)
        record_event("config.delete", actor=request.user, obj=obj, details=values)
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):  # type: ignore[no-untyped-def]
        for obj in queryset:
            self.delete_model(request, obj)


def _values(obj) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {k: str(v) for k, v in model_to_dict(obj).items()}


@admin.register(RetentionRule)
class RetentionRuleAdmin(AuditedModelAdmin):
    list_display = ("grade", "outcome", "years", "note")
