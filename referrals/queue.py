"""The triage queue page's filter form and paging."""

from typing import Any, cast

from django import forms

from accounts.models import User
from referrals.models import ENDED_STATUSES, OPEN_STATUSES
from referrals.selectors import QueueFilters
from vhub.forms import choices_read_once
from vhub.grades import Grade
from vhub.models import Agency, AgencyKind
from vhub.roles import Role

PAGE_SIZE = 50


class QueueFilterForm(forms.Form):
    search = forms.CharField(label="Reference or name", required=False, max_length=100)
    grade = forms.ChoiceField(
        label="Grade",
        required=False,
        choices=[("", "Any grade"), *Grade.choices, ("none", "Not graded yet")],
    )
    status = forms.ChoiceField(
        label="Status",
        required=False,
        # The ended statuses list the referrals whose work is over, with their outcome.
        choices=[
            ("", "Any open status"),
            *[(s.value, s.label) for s in (*OPEN_STATUSES, *ENDED_STATUSES)],
        ],
    )
    local_authority = forms.ModelChoiceField(
        label="Local authority",
        required=False,
        queryset=Agency.objects.filter(kind=AgencyKind.LA_CHILDRENS),
        empty_label="Any area",
    )
    clock = forms.ChoiceField(
        label="Clocks",
        required=False,
        choices=[("", "Any"), ("at_risk", "At risk"), ("breached", "Breached")],
    )
    allocation = forms.ChoiceField(
        label="Allocation",
        required=False,
        choices=[("", "Anyone"), ("mine", "Allocated to me"), ("unallocated", "Unallocated")],
    )
    flagged = forms.BooleanField(label="Only under-grading flags", required=False)
    missing_assessment = forms.BooleanField(
        label="Only children with no risk assessment", required=False
    )
    # From a backlog scan's link: only that import's referrals (kept while other filters change).
    import_job = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The areas read in one query when the field is rendered (the htmx refresh does not
        # render it).
        choices_read_once(cast(forms.ModelChoiceField, self.fields["local_authority"]))

    def to_filters(self) -> QueueFilters:
        if not self.is_valid():
            return QueueFilters()
        c = self.cleaned_data
        return QueueFilters(
            grade=c["grade"],
            status=c["status"],
            local_authority=c["local_authority"].pk if c["local_authority"] else None,
            flagged=c["flagged"],
            mine=c["allocation"] == "mine",
            unallocated=c["allocation"] == "unallocated",
            clock=c["clock"],
            search=c["search"],
            missing_assessment=c["missing_assessment"],
            import_job=c["import_job"],
        )


class AllocateForm(forms.Form):
    referrals = forms.MultipleChoiceField(
        required=True, error_messages={"required": "Select the referrals to allocate"}
    )
    allocate_to = forms.ModelChoiceField(
        label="Allocate to",
        queryset=User.objects.filter(
            is_active=True, groups__name__in=[Role.PRACTITIONER, Role.SUPERVISOR]
        ).distinct(),
        empty_label="Choose a practitioner",
        error_messages={"required": "Choose who to allocate the referrals to"},
    )

    def __init__(self, *args: Any, choices: Any = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["referrals"]).choices = choices
