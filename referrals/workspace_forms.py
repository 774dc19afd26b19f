"""Forms of the practitioner's workspace: a case note, its correction, a file on a referral."""

from django import forms
from django.db.models import QuerySet

from referrals.models import NoteKind
from referrals.notes import MAX_NOTE_CHARS
from vhub.uploads import CASE_ATTACHMENT, UploadRefused, check_upload


class NoteKindField(forms.ModelChoiceField):
    def label_from_instance(self, obj: NoteKind) -> str:
        return obj.label


class CaseNoteForm(forms.Form):
    kind = NoteKindField(
        label="Kind of note",
        queryset=NoteKind.objects.none(),  # the kinds this person may write, set in __init__
        widget=forms.RadioSelect,
        empty_label=None,
        error_messages={"required": "Choose the kind of note"},
    )
    text = forms.CharField(
        label="Note",
        help_text="What you checked or did, with whom, and what you found or decided.",
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=MAX_NOTE_CHARS,
        error_messages={"required": "Write the note"},
    )

    def __init__(self, *args: object, kinds: QuerySet[NoteKind], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]  # Django's own signature
        self.fields["kind"].queryset = kinds  # type: ignore[attr-defined]  # a ModelChoiceField
        # The correction window is each kind's configuration; say it as it is set.
        minutes = sorted({k.correction_minutes for k in kinds})
        if minutes:
            window = f"{minutes[0]} minutes" if len(minutes) == 1 else "a few minutes"
            self.fields["text"].help_text += (
                f" You can correct it for {window} after saving it; after that, add a "
                "correction note."
            )


class NoteTextForm(forms.Form):
    """The words of a correction: in place within the window, or as a further note after it."""

    text = forms.CharField(
        label="Note",
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=MAX_NOTE_CHARS,
        error_messages={"required": "Write the note"},
    )


class AttachmentForm(forms.Form):
    file = forms.FileField(
        label="File",
        error_messages={"required": "Choose a file to attach", "empty": "The file is empty"},
    )
    description = forms.CharField(
        label="What is it? (optional)",
        help_text="For example: 'School's chronology, received 3 March'.",
        required=False,
        max_length=300,
    )

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]  # Django's own signature
        # The size limit is a setting, read when the form is built.
        self.fields["file"].help_text = (
            f"A PDF, PNG, JPEG or plain text file, smaller than {CASE_ATTACHMENT.max_mb} MB. "
            "It is kept privately and only ever downloaded, never opened in the browser."
        )

    def clean_file(self) -> object:
        upload = self.cleaned_data["file"]
        try:
            check_upload(upload, CASE_ATTACHMENT)
        except UploadRefused as exc:
            raise forms.ValidationError(exc.message) from exc
        return upload
