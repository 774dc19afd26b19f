"""Configuration of retention periods in the admin; every change there is on the audit trail."""

from typing import Any

from django.contrib import admin
from django.db.models import QuerySet
from django.forms.models import model_to_dict
from django.http import HttpRequest

from audit.actions import record_event
from audit.models import RetentionRule


class AuditedModelAdmin(admin.ModelAdmin):
    """A ModelAdmin whose saves and deletions write an audit event (`config.change`,
    `config.delete`) with the row's values, in the admin's own transaction."""

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        record_event(
            "config.change",
            actor=request.user,
            obj=obj,
            details={"created": not change, "changed": form.changed_data, **_values(obj)},
        )

    def save_formset(self, request: HttpRequest, form: Any, formset: Any, change: bool) -> None:
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

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        values = _values(obj)
        record_event("config.delete", actor=request.user, obj=obj, details=values)
        super().delete_model(request, obj)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> None:
        for obj in queryset:
            self.delete_model(request, obj)


def _values(obj: Any) -> dict[str, object]:
    return {k: str(v) for k, v in model_to_dict(obj).items()}


@admin.register(RetentionRule)
class RetentionRuleAdmin(AuditedModelAdmin):
    list_display = ("grade", "outcome", "years", "note")
