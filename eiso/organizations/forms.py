"""Forms of the organisation pages. They parse input; the services validate the domain rules."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from django import forms
from django.utils.translation import gettext_lazy as _

from eiso.organizations.models import Agency, AgencyKind, Province, QMSStatus, Unit, UnitKind
from eiso.organizations.roles import Role

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

DATE_INPUT_FORMATS = ["%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y"]
KEEP_ISO_UNIT = "keep"
NEW_ISO_UNIT = "new"
AGENCY_NODE = "agency"


class TabledForm(forms.Form):
    """Adds Tabler classes to widgets and marks fields with errors."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            widget = field.widget
            if isinstance(widget, forms.CheckboxInput):
                css = "form-check-input"
            elif isinstance(widget, forms.Select):
                css = "form-select"
            else:
                css = "form-control"
            widget.attrs["class"] = css

    def full_clean(self):
        super().full_clean()
        for name in self._errors or {}:
            if name in self.fields:
                self._mark_invalid(name)

    def _mark_invalid(self, name: str) -> None:
        attrs = self.fields[name].widget.attrs
        if "is-invalid" not in attrs.get("class", ""):
            attrs["class"] = attrs.get("class", "") + " is-invalid"

    def add_domain_error(self, error) -> None:
        """Attach a service's DomainError to its field (or to the whole form)."""
        field = error.field if error.field in self.fields else None
        self.add_error(field, str(error.message))
        if field:
            self._mark_invalid(field)


def unit_label(unit: Unit) -> str:
    label = "— " * unit.depth + unit.name
    if not unit.is_active:
        label += f" ({_('inactive')})"
    return label


class UnitChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return unit_label(obj)


# Agencies ----------------------------------------------------------------------------------------
class AgencyFilterForm(forms.Form):
    ACTIVE_CHOICES = [("active", _("Active")), ("inactive", _("Inactive")), ("all", _("All"))]
    SORT_CHOICES = [
        ("name", _("Name")),
        ("-name", _("Name (Z–A)")),
        ("kind", _("Kind")),
        ("status", _("QMS status")),
        ("-status", _("QMS status (furthest first)")),
    ]

    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All kinds")), *AgencyKind.choices]
    )
    status = forms.ChoiceField(
        label=_("QMS status"),
        required=False,
        choices=[("", _("All statuses")), *QMSStatus.choices],
    )
    active = forms.ChoiceField(label=_("State"), required=False, choices=ACTIVE_CHOICES)
    province: forms.ModelChoiceField[Province] = forms.ModelChoiceField(
        label=_("Province"), required=False, queryset=None, empty_label=_("All provinces")
    )
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=SORT_CHOICES)

    def __init__(self, *args, provinces=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["province"].queryset = provinces
        for field in self.fields.values():
            css = "form-select" if isinstance(field.widget, forms.Select) else "form-control"
            field.widget.attrs["class"] = css
        self.fields["q"].widget.attrs["placeholder"] = _("Name, short name or abbreviation")

    def filters(self) -> dict:
        """Valid filter values (invalid ones are ignored, never an error page)."""
        data = self.cleaned_data if self.is_valid() else {}
        return {
            "q": data.get("q") or "",
            "kind": data.get("kind") or "",
            "status": data.get("status") or "",
            "active": data.get("active") or "active",
            "province": data.get("province"),
            "sort": data.get("sort") or "name",
        }


class AgencyForm(TabledForm):
    name = forms.CharField(label=_("Name"), max_length=255)
    short_name = forms.CharField(label=_("Short name"), max_length=100, required=False)
    symbol = forms.CharField(
        label=_("Abbreviation in document symbols"),
        max_length=30,
        help_text=_('Used in "Số: 05/KH-SGDĐT", e.g. SGDĐT, UBND, SKHCN.'),
    )
    kind = forms.ChoiceField(label=_("Kind"), choices=AgencyKind.choices)
    parent: forms.ModelChoiceField[Agency] = forms.ModelChoiceField(
        label=_("Parent agency"), queryset=None, required=False, empty_label=_("— None —")
    )
    governing_body = forms.CharField(
        label=_("Governing body (header line)"),
        max_length=255,
        required=False,
        help_text=_('Printed above the agency name, e.g. "UBND TỈNH HƯNG YÊN".'),
    )
    place_name = forms.CharField(
        label=_("Place name for dates"), max_length=100, help_text=_('e.g. "Hưng Yên"')
    )
    head_title = forms.CharField(label=_("Title of the head"), max_length=100, initial="Giám đốc")
    address = forms.CharField(label=_("Address"), max_length=255, required=False)
    email = forms.CharField(label=_("E-mail"), max_length=254, required=False)
    phone = forms.CharField(label=_("Phone"), max_length=30, required=False)
    website = forms.CharField(label=_("Website"), max_length=200, required=False)
    iso_unit = forms.ChoiceField(
        label=_("ISO unit (holder of the QMS)"),
        help_text=_("The provincial People's Committee and its Office share one ISO unit."),
    )
    school_year_objectives = forms.BooleanField(
        label=_("Objectives by school year (September–August)"), required=False
    )

    def __init__(self, *args, parents, iso_units, editing: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        cast(forms.ModelChoiceField, self.fields["parent"]).queryset = parents
        choices: list[tuple[str, StrOrPromise]] = (
            [(KEEP_ISO_UNIT, _("Keep the current ISO unit"))] if editing else []
        )
        choices.append((NEW_ISO_UNIT, _("Its own, new ISO unit")))
        choices += [
            (str(unit.pk), _("Shared: %(name)s") % {"name": unit.name}) for unit in iso_units
        ]
        cast(forms.ChoiceField, self.fields["iso_unit"]).choices = choices
        self.fields["iso_unit"].initial = KEEP_ISO_UNIT if editing else NEW_ISO_UNIT
        self.iso_units = {str(unit.pk): unit for unit in iso_units}

    def iso_unit_choice(self):
        """None (keep), services.NEW_ISO_UNIT or an ISOUnit."""
        value = self.cleaned_data["iso_unit"]
        if value == KEEP_ISO_UNIT:
            return None
        if value == NEW_ISO_UNIT:
            return NEW_ISO_UNIT
        return self.iso_units[value]

    def agency_values(self) -> dict:
        return {k: v for k, v in self.cleaned_data.items() if k != "iso_unit"}


class ProvinceChoiceForm(TabledForm):
    province: forms.ModelChoiceField[Province] = forms.ModelChoiceField(
        label=_("Province"), queryset=None
    )

    def __init__(self, *args, provinces, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["province"].queryset = provinces


class QMSStatusForm(TabledForm):
    to_status = forms.ChoiceField(label=_("New status"), choices=QMSStatus.choices)
    changed_on = forms.DateField(
        label=_("Date of change"),
        input_formats=DATE_INPUT_FORMATS,
        widget=forms.DateInput(format="%d/%m/%Y", attrs={"placeholder": "dd/mm/yyyy"}),
    )
    expanding_scope = forms.BooleanField(label=_("Expanding scope"), required=False)
    transitioning_edition = forms.BooleanField(label=_("Transitioning edition"), required=False)
    reason = forms.CharField(
        label=_("Reason"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Always required; say why when moving the status backwards."),
    )


# Units -------------------------------------------------------------------------------------------
class UnitForm(TabledForm):
    name = forms.CharField(label=_("Name"), max_length=255)
    symbol = forms.CharField(label=_("Abbreviation"), max_length=30, required=False)
    kind = forms.ChoiceField(label=_("Kind"), choices=UnitKind.choices, initial=UnitKind.DIVISION)
    parent = UnitChoiceField(
        label=_("Parent unit"), queryset=None, required=False, empty_label=_("— Top level —")
    )

    def __init__(self, *args, parents=None, **kwargs):
        super().__init__(*args, **kwargs)
        if parents is None:
            del self.fields["parent"]
        else:
            self.fields["parent"].queryset = parents


class UnitMoveForm(TabledForm):
    new_parent = UnitChoiceField(
        label=_("New parent unit"),
        queryset=None,
        required=False,
        empty_label=_("— Top level —"),
    )

    def __init__(self, *args, parents, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["new_parent"].queryset = parents


# People ------------------------------------------------------------------------------------------
class PersonForm(TabledForm):
    full_name = forms.CharField(label=_("Full name"), max_length=150)
    email = forms.CharField(label=_("E-mail"), max_length=254)
    username = forms.CharField(
        label=_("Login name"),
        max_length=150,
        required=False,
        help_text=_("Leave empty to derive it from the e-mail address."),
    )
    unit = UnitChoiceField(
        label=_("Unit"), queryset=None, required=False, empty_label=_("— None —")
    )
    position = forms.CharField(label=_("Position"), max_length=150, required=False)
    phone = forms.CharField(label=_("Phone"), max_length=30, required=False)
    send_invitation = forms.BooleanField(
        label=_("Send an invitation e-mail with a link to set the password"),
        required=False,
        initial=True,
    )

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units


class MembershipForm(TabledForm):
    unit = UnitChoiceField(
        label=_("Unit"), queryset=None, required=False, empty_label=_("— None —")
    )
    position = forms.CharField(label=_("Position"), max_length=150, required=False)

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units


# Roles -------------------------------------------------------------------------------------------
class RoleGrantForm(TabledForm):
    user = forms.ChoiceField(label=_("Person"))
    role = forms.ChoiceField(label=_("Role"))
    node = forms.ChoiceField(
        label=_("Granted on"), help_text=_("A role granted on a unit applies to its sub-units too.")
    )

    def __init__(self, *args, people, roles, agency, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.people = {str(m.user_id): m.user for m in people}
        self.units = {str(u.pk): u for u in units}
        self.agency = agency
        self.fields["user"].choices = [("", "—")] + [
            (str(m.user_id), f"{m.user.display_name} ({m.user.username})") for m in people
        ]
        self.fields["role"].choices = [("", "—")] + [(r, Role(r).label) for r in roles]
        self.fields["node"].choices = [
            (AGENCY_NODE, _("The whole agency: %(name)s") % {"name": agency.name})
        ] + [(str(u.pk), unit_label(u)) for u in units]

    def grant_values(self) -> dict:
        node_id = self.cleaned_data["node"]
        return {
            "user": self.people[self.cleaned_data["user"]],
            "role": self.cleaned_data["role"],
            "node": self.agency if node_id == AGENCY_NODE else self.units[node_id],
        }
