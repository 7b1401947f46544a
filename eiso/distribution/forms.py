"""Forms of the distribution pages. They parse input; the services check the domain rules."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from eiso.accounts.models import User
from eiso.distribution.models import AckState, ReviewState
from eiso.organizations.forms import DATE_INPUT_FORMATS, TabledForm, unit_label
from eiso.organizations.models import Membership, Unit


class UnitsField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return unit_label(obj)


class PeopleField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.full_name} ({obj.username})"


class DistributionForm(TabledForm):
    units = UnitsField(
        label=_("Units"),
        required=False,
        queryset=Unit.objects.none(),
        widget=forms.SelectMultiple(attrs={"size": 10}),
        help_text=_("Everyone working in a chosen unit or a unit under it."),
        error_messages={"invalid_choice": _("Choose units of the document's agency.")},
    )
    users = PeopleField(
        label=_("Named people"),
        required=False,
        queryset=User.objects.none(),
        widget=forms.SelectMultiple(attrs={"size": 10}),
        help_text=_("Leave both lists empty to distribute the document to the whole agency."),
        error_messages={"invalid_choice": _("Choose people who work in the document's agency.")},
    )

    def __init__(self, *args, agency, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["units"].queryset = Unit.objects.filter(agency=agency, is_active=True).order_by(
            "path"
        )
        members = Membership.objects.filter(agency=agency, is_active=True).values("user_id")
        self.fields["users"].queryset = User.objects.filter(
            pk__in=members, is_active=True
        ).order_by("full_name", "username")


class AckFilterForm(TabledForm):
    unit = forms.ModelChoiceField(
        label=_("Unit"), required=False, queryset=Unit.objects.none(), empty_label=_("All units")
    )
    state = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[
            ("", pgettext_lazy("acknowledgement filter", "All")),
            (AckState.PENDING, AckState.PENDING.label),
            (AckState.ACKNOWLEDGED, AckState.ACKNOWLEDGED.label),
        ],
    )

    def __init__(self, *args, agency, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["unit"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = Unit.objects.filter(agency=agency).order_by("path")
        field.label_from_instance = unit_label  # type: ignore[method-assign]


class ReviewOutcomeForm(TabledForm):
    outcome = forms.ChoiceField(
        label=_("Outcome"),
        choices=[
            (ReviewState.NO_CHANGE, _("No change: the document stays as it is")),
            (ReviewState.NEW_DRAFT, _("A new draft is needed")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the outcome of the review.")},
    )
    comment = forms.CharField(
        label=pgettext_lazy("review outcome", "Comment"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("What was checked and the conclusion."),
        error_messages={"max_length": _("The comment is too long (at most 4000 characters).")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["outcome"].widget.attrs["class"] = "form-check-input"


class ReviewOpenForm(TabledForm):
    """Open a review off the periodic cycle (after an audit finding, a complaint, a change…)."""

    due_date = forms.DateField(
        label=_("Due date"),
        input_formats=DATE_INPUT_FORMATS,
        widget=forms.DateInput(format="%d/%m/%Y", attrs={"placeholder": "dd/mm/yyyy"}),
        error_messages={
            "required": _("Enter the due date."),
            "invalid": _("Enter the date as dd/mm/yyyy, e.g. 31/08/2026."),
        },
    )
    reason = forms.CharField(
        label=_("Reason"),
        max_length=2000,
        error_messages={
            "required": _("Say why the document is to be reviewed."),
            "max_length": _("The reason is too long (at most 2000 characters)."),
        },
    )
