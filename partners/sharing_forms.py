"""Forms of the VHub side of sharing: the share page, authorisation, Encompass and MARAC."""

from typing import Any, cast

from django import forms

from partners.models import LawfulBasis, MaracMeeting
from partners.pack_templates import ALL_FIELDS, NEVER_REDACTED, TEMPLATE_CHOICES
from referrals.models import ReferralAttachment
from vhub.forms import GovukDateField
from vhub.models import Agency, AgencyKind

AUTO_TEMPLATE = "auto"
REDACTABLE = [(code, label) for code, label in ALL_FIELDS.items() if code not in NEVER_REDACTED]


class RecipientField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Agency) -> str:
        kind = obj.get_kind_display()
        return obj.name if obj.name == kind else f"{obj.name} ({kind})"


def _lawful_basis() -> forms.ChoiceField:
    return forms.ChoiceField(
        label="Lawful basis for sharing",
        choices=LawfulBasis.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose the lawful basis for sharing"},
    )


def _justification(label: str = "Why is sharing necessary and proportionate?") -> forms.CharField:
    return forms.CharField(
        label=label,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": "Explain why sharing is necessary and proportionate"},
    )


def _withheld() -> forms.MultipleChoiceField:
    return forms.MultipleChoiceField(
        label="Withhold these fields",
        help_text="A withheld field is left out of what the agency receives: the page they see "
        "and the PDF. They are told which fields were withheld, never what they said.",
        choices=REDACTABLE,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )


def _file_label(attachment: ReferralAttachment) -> str:
    return attachment.original_name + (
        f": {attachment.description}" if attachment.description else ""
    )


class ShareForm(forms.Form):
    recipients = RecipientField(
        label="Agencies to share with",
        help_text="An agency suggested for this referral is ticked, with the reason beneath it. "
        "Untick any that does not need to know. Each agency receives its own copy.",
        queryset=Agency.objects.filter(is_active=True).exclude(kind=AgencyKind.POLICE),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Choose at least one agency to share with"},
    )
    pack_template = forms.ChoiceField(
        label="Pack template",
        help_text="Which fields the agency receives. Each agency's own template fits its role.",
        choices=[(AUTO_TEMPLATE, "Each agency's own template (recommended)"), *TEMPLATE_CHOICES],
        initial=AUTO_TEMPLATE,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose a pack template"},
    )
    redacted = _withheld()
    attachments = forms.ModelMultipleChoiceField(
        label="Files to send with it (optional)",
        help_text="Nothing is sent unless you tick it. Each agency can download the files you "
        "choose, and its pack lists them.",
        queryset=ReferralAttachment.objects.none(),  # the referral's files, set in __init__
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    lawful_basis = _lawful_basis()
    justification = _justification()

    def __init__(self, *args: Any, suggestions: Any = (), files: Any = None, **kwargs: Any) -> None:
        """Only a suggestion arrives ticked, and its reason is shown beside its box: nothing is
        pre-ticked without a reason the practitioner can weigh (issue 18, over-sharing)."""
        super().__init__(*args, **kwargs)
        if files is not None:
            self.fields["attachments"].queryset = files  # type: ignore[attr-defined]
        self.fields["attachments"].label_from_instance = _file_label  # type: ignore[attr-defined]
        self.initial["recipients"] = [s.agency.pk for s in suggestions]
        # choice_hints is this form's own attribute, read by its checkbox template.
        self.fields["recipients"].choice_hints = {  # type: ignore[attr-defined]
            str(s.agency.pk): f"Suggested: {s.reason}" for s in suggestions
        }

    def chosen_template(self) -> str | None:
        value = self.cleaned_data["pack_template"]
        return None if value == AUTO_TEMPLATE else value


class AuthoriseForm(forms.Form):
    note = forms.CharField(
        label="Note (optional)",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class RefuseForm(forms.Form):
    reason = forms.CharField(
        label="Why are you refusing this share?",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Say why the share is refused"},
    )


class RuleForm(forms.Form):
    """One tick box per grade: shares of referrals with this grade need a supervisor first."""

    def __init__(self, *args: Any, rules: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.rules = list(rules)
        for rule in self.rules:
            self.fields[rule.grade] = forms.BooleanField(
                label=f"{rule.grade.capitalize()} grade shares need a supervisor's authorisation",
                required=False,
                initial=rule.needs_authorisation,
            )


class EncompassSendForm(forms.Form):
    agency = forms.ModelChoiceField(
        label="School to notify",
        queryset=Agency.objects.none(),
        empty_label="Choose the school",
        error_messages={"required": "Choose the school to notify"},
    )
    lawful_basis = _lawful_basis()
    justification = _justification("Why is the school being told?")

    def __init__(self, *args: Any, home_educated: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        kind = AgencyKind.LA_CHILDRENS if home_educated else AgencyKind.SCHOOL
        cast(forms.ModelChoiceField, self.fields["agency"]).queryset = Agency.objects.filter(
            kind=kind, is_active=True
        )
        if home_educated:
            self.fields["agency"].label = "Local authority to notify"
            cast(
                forms.ModelChoiceField, self.fields["agency"]
            ).empty_label = "Choose the local authority"
            self.fields["agency"].error_messages["required"] = "Choose the local authority"
            self.fields["justification"].label = "Why is the local authority being told?"


class NotNeededForm(forms.Form):
    reason = forms.CharField(
        label="Why is no notice needed?",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Say why no notice is needed"},
    )


class MaracReferForm(forms.Form):
    meeting = forms.ModelChoiceField(
        label="MARAC meeting",
        queryset=MaracMeeting.objects.none(),
        empty_label="Choose the meeting",
        error_messages={"required": "Choose the MARAC meeting"},
    )
    professional_judgement = forms.CharField(
        label="Professional judgement (optional if a criterion is met)",
        help_text="Why you judge this case should go to MARAC, in your own words.",
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    redacted = _withheld()
    lawful_basis = _lawful_basis()
    justification = _justification("Why is the case being shared with MARAC?")

    def __init__(self, *args: Any, meetings: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ModelChoiceField, self.fields["meeting"]).queryset = meetings


class MeetingForm(forms.Form):
    day = GovukDateField(label="Meeting date", past_only=False)
    note = forms.CharField(label="Note (optional)", required=False, max_length=200)
