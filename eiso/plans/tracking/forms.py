"""Forms of plan tracking (labels through gettext; domain errors land on their field)."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from eiso.plans.models import TaskStatus
from eiso.plans.tracking.selectors import DUE_SOON


class DomainErrorMixin(forms.Form):
    def add_domain_error(self, error) -> None:
        field = error.field if error.field in self.fields else None
        self.add_error(field, str(error.message))


class ProgressForm(DomainErrorMixin):
    occurrence = forms.ChoiceField(label=_("Period"), required=False)
    reported_on = forms.DateField(
        label=_("Date"),
        input_formats=["%d/%m/%Y", "%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    percent = forms.IntegerField(label=_("Progress (%)"), min_value=0, max_value=100)
    done = forms.BooleanField(label=_("The task is done"), required=False)
    note = forms.CharField(
        label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    evidence = forms.FileField(
        label=_("Evidence file"),
        required=False,
        help_text=_("PDF, Word, Excel, PowerPoint, OpenDocument or an image; at most %(size)s MB.")
        % {"size": settings.EISO_MAX_UPLOAD_BYTES // (1024 * 1024)},
    )

    def __init__(self, *args, occurrences=None, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("reported_on", timezone.localdate())
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if not isinstance(field.widget, forms.CheckboxInput | forms.Select):
                field.widget.attrs.setdefault("class", "form-control")
            elif isinstance(field.widget, forms.CheckboxInput):
                field.widget.attrs.setdefault("class", "form-check-input")
        if occurrences:
            self.fields["occurrence"].required = True
            self.fields["occurrence"].choices = [("", "—")] + [
                (str(o.pk), o.period_label) for o in occurrences
            ]
        else:
            del self.fields["occurrence"]


class ShareUnitForm(DomainErrorMixin):
    unit: forms.ModelChoiceField = forms.ModelChoiceField(
        label=_("Unit handling this share"), queryset=None, required=False
    )

    def __init__(self, *args, units=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units
        self.fields["unit"].widget.attrs["class"] = "form-select"


STATUS_CHOICES = [
    ("", _("All statuses")),
    (TaskStatus.NOT_STARTED, TaskStatus.NOT_STARTED.label),
    (TaskStatus.IN_PROGRESS, TaskStatus.IN_PROGRESS.label),
    (DUE_SOON, _("Due soon")),
    (TaskStatus.OVERDUE, TaskStatus.OVERDUE.label),
    (TaskStatus.DONE, TaskStatus.DONE.label),
]


class StatusFilterForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=STATUS_CHOICES, required=False)

    def status_value(self) -> str:
        return self.cleaned_data.get("status", "") if self.is_valid() else ""
