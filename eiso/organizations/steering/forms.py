"""Forms of the steering committee pages. They parse input; the services enforce the rules."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from eiso.organizations.forms import DATE_INPUT_FORMATS, TabledForm
from eiso.organizations.models import CommitteeRole, SteeringDecision

AUTHORITY_CHOICES = [
    ("", _("The head signs in person")),
    ("KT.", _("KT. (a deputy signs for the head)")),
    ("TM.", _("TM. (on behalf of the collective body)")),
    ("Q.", _("Q. (acting head)")),
    ("TL.", _("TL. (by order of the head)")),
    ("TUQ.", _("TUQ. (by authorisation of the head)")),
]


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        if obj.position:
            return f"{obj.display_name} — {obj.position}"
        return obj.display_name


class MemberForm(TabledForm):
    user = PersonChoiceField(
        label=_("Person in the agency"),
        queryset=None,
        required=False,
        empty_label=_("— Not linked to an account —"),
        help_text=_("Optional. When chosen, an empty name or position is taken from the person."),
    )
    full_name = forms.CharField(label=_("Full name"), max_length=150, required=False)
    position = forms.CharField(
        label=_("Position"),
        max_length=200,
        required=False,
        help_text=_('As printed in the decision, e.g. "Phó Giám đốc Sở".'),
    )
    committee_role = forms.ChoiceField(
        label=_("Role in the committee"), choices=CommitteeRole.choices
    )

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["user"].queryset = people


class CommitteeForm(TabledForm):
    name = forms.CharField(label=_("Name"), max_length=255)
    duties = forms.CharField(
        label=_("Duties of the committee"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "One duty per line; printed in Article 2 of the decision. Empty: the default duties."
        ),
    )


class DecisionForm(TabledForm):
    kind = forms.ChoiceField(label=_("Kind of decision"), choices=SteeringDecision.Kind.choices)
    issued_on = forms.DateField(
        label=_("Date of the decision"),
        input_formats=DATE_INPUT_FORMATS,
        widget=forms.DateInput(format="%d/%m/%Y", attrs={"placeholder": "dd/mm/yyyy"}),
    )
    signing_authority = forms.ChoiceField(
        label=_("Signing authority"), choices=AUTHORITY_CHOICES, required=False
    )
    signer_title = forms.CharField(label=_("Signer's title"), max_length=150)
    signer_name = forms.CharField(label=_("Signer's name"), max_length=150)
    proposer = forms.CharField(
        label=_("Proposed by"),
        max_length=200,
        help_text=_('Printed as "Xét đề nghị của …" and in Article 3, e.g. "Chánh Văn phòng Sở".'),
    )
    legal_bases = forms.CharField(
        label=_("Legal bases"),
        widget=forms.Textarea(attrs={"rows": 7}),
        help_text=_('One "Căn cứ …" per line. Replace every "…" with the real number and date.'),
    )

    def legal_basis_lines(self) -> list[str]:
        return [line for line in self.cleaned_data["legal_bases"].splitlines() if line.strip()]
