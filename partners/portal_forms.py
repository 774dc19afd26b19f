"""Forms of the partner portal and of VHub's answers to information requests."""

from typing import Any, cast

from django import forms

from partners.models import IsrUrgency, LawfulBasis, NoticeFrequency, ShareOutcome
from partners.portal_actions import MAX_ATTACHMENTS
from vhub.forms import GovukDateField
from vhub.uploads import CASE_ATTACHMENT, ISR_ATTACHMENT, UploadKind, UploadRefused, check_upload


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data: Any, initial: Any = None) -> list[Any]:
        files = data if isinstance(data, list | tuple) else [data] if data else []
        return [super(MultipleFileField, self).clean(f, initial) for f in files]


def files_hint(kind: UploadKind) -> str:
    return (
        f"Up to {MAX_ATTACHMENTS} files: PDF, PNG, JPEG or plain text, each smaller than "
        f"{kind.max_mb} MB."
    )


def checked_files(files: list[Any], kind: UploadKind) -> list[Any]:
    """The files of a multiple-file field, each through the upload gate, or the field's errors."""
    if len(files) > MAX_ATTACHMENTS:
        raise forms.ValidationError(f"Attach at most {MAX_ATTACHMENTS} files")
    errors = []
    for upload in files:
        try:
            check_upload(upload, kind)
        except UploadRefused as exc:
            errors.append(exc.message)
    if errors:
        raise forms.ValidationError(errors)
    return files


class OutcomeForm(forms.Form):
    outcome = forms.ChoiceField(
        label="What has your agency done?",
        choices=ShareOutcome.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose the outcome"},
    )
    notes = forms.CharField(
        label="Notes for VHub",
        help_text="For example the name of the allocated worker, or the agency it was passed to.",
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=5000,
        error_messages={"required": "Add a note about the outcome"},
    )


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label="Why is this referral not for your area?",
        help_text="Say which area or agency it belongs to, if you know.",
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=5000,
        error_messages={"required": "Say why this referral is not for your area"},
    )


class MessageForm(forms.Form):
    body = forms.CharField(
        label="Message",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=5000,
        error_messages={"required": "Write your message"},
    )
    attachments = MultipleFileField(label="Attach files (optional)", required=False)

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]  # Django's own signature
        self.fields["attachments"].help_text = files_hint(CASE_ATTACHMENT)

    def clean_attachments(self) -> list[object]:
        return checked_files(self.cleaned_data["attachments"], CASE_ATTACHMENT)


class IsrForm(forms.Form):
    share: forms.ModelChoiceField = forms.ModelChoiceField(
        label="Shared referral this is about (optional)",
        queryset=None,  # the agency's own shares, set in __init__
        required=False,
        empty_label="None: a person, given below",
    )
    subject_name = forms.CharField(label="Full name of the person", required=False, max_length=200)
    subject_date_of_birth = GovukDateField(label="Date of birth", required=False)
    subject_address = forms.CharField(label="Address", required=False, max_length=300)
    urgency = forms.ChoiceField(
        label="How urgent is it?",
        choices=IsrUrgency.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose how urgent the request is"},
    )
    reason = forms.CharField(
        label="What do you need to know, and why?",
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=5000,
        error_messages={"required": "Say what you need to know and why"},
    )
    lawful_basis = forms.ChoiceField(
        label="Lawful basis for the request",
        choices=LawfulBasis.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose the lawful basis for the request"},
    )
    attachments = MultipleFileField(label="Attach files (optional)", required=False)

    def __init__(self, *args: Any, shares: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ModelChoiceField, self.fields["share"]).queryset = shares
        self.fields["attachments"].help_text = files_hint(ISR_ATTACHMENT)
        # Django documents replacing label_from_instance on a field instance.
        cast(forms.ModelChoiceField, self.fields["share"]).label_from_instance = lambda s: (  # type: ignore[method-assign, assignment]
            f"{s.snapshot.get('reference', '')}: "
            + ", ".join(c["name"] for c in s.snapshot.get("children", []))
        )

    def clean_attachments(self) -> list[Any]:
        return checked_files(self.cleaned_data["attachments"], ISR_ATTACHMENT)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("share") and not (data.get("subject_name") or "").strip():
            self.add_error(
                "subject_name",
                "Enter the full name of the person, or choose the shared referral it is about",
            )
        return data


class IsrResponseForm(forms.Form):
    response = forms.CharField(
        label="Your answer",
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=20000,
        error_messages={"required": "Write the answer to the request"},
    )
    attachments = MultipleFileField(label="Attach files (optional)", required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The size limit is a setting, read when the form is built.
        self.fields["attachments"].help_text = files_hint(ISR_ATTACHMENT)

    def clean_attachments(self) -> list[Any]:
        return checked_files(self.cleaned_data["attachments"], ISR_ATTACHMENT)


class InviteForm(forms.Form):
    first_name = forms.CharField(
        label="First name", max_length=150, error_messages={"required": "Enter their first name"}
    )
    last_name = forms.CharField(
        label="Last name", max_length=150, error_messages={"required": "Enter their last name"}
    )
    email = forms.EmailField(
        label="Work e-mail address",
        help_text="They will be sent a link to choose their password; it is also their user name.",
        error_messages={
            "required": "Enter their work e-mail address",
            "invalid": "Enter an e-mail address like name@example.org",
        },
    )


class NoticePreferenceForm(forms.Form):
    frequency = forms.ChoiceField(
        label="When should VHub e-mail you about new work for your agency?",
        choices=NoticeFrequency.choices,
        widget=forms.RadioSelect,
        help_text="The e-mail says only that something has arrived, with a link; you read it "
        "in VHub. Operation Encompass notices reach a school's safeguarding leads straight "
        "away whatever they choose here.",
        error_messages={"required": "Choose when VHub should e-mail you"},
    )


class SystemForm(forms.Form):
    name = forms.CharField(
        label="Name of the system",
        max_length=100,
        help_text="What your agency calls it, for example Mosaic or Liquidlogic.",
        error_messages={
            "required": "Enter the name of the system",
            "max_length": "Use a name of 100 characters or fewer",
        },
    )
