"""The form renderer: Django's, except that a <select> is written in Python.

Django renders each <option> through its own template, which makes a filter with a long list (the
province's 185 agencies, hundreds of TTHC fields or units) the most expensive part of a list page.
The markup here is exactly what Django's templates produce (`select.html`, `select_option.html`,
`attrs.html`), which a test compares; any other widget, or a select whose options use another
template, goes through the templates as before.
"""

from __future__ import annotations

from django.forms.renderers import DjangoTemplates
from django.template import Context
from django.template.base import render_value_in_context
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

SELECT_TEMPLATE = "django/forms/widgets/select.html"
OPTION_TEMPLATE = "django/forms/widgets/select_option.html"


_CONTEXT = Context()  # autoescape on, localization as templates apply it


def _text(value) -> str:
    """`{{ value }}` in a template: localized (numbers, dates), then escaped."""
    return render_value_in_context(value, _CONTEXT)


def _string(value) -> str:
    """`{{ value|stringformat:'s' }}`: str() without localization, then escaped."""
    return conditional_escape("%s" % (value,))  # noqa: UP031 - exactly what stringformat does


def _attrs(attrs: dict) -> str:
    return "".join(
        f" {name}" if value is True else f' {name}="{_string(value)}"'
        for name, value in attrs.items()
        if value is not False
    )


def _option(option: dict) -> str:
    value, attrs, label = _string(option["value"]), _attrs(option["attrs"]), _text(option["label"])
    return f'<option value="{value}"{attrs}>{label}</option>\n'


def render_select(widget: dict) -> SafeString:
    parts = [f'<select name="{_text(widget["name"])}"{_attrs(widget["attrs"])}>']
    for group_name, group_choices, _index in widget["optgroups"]:
        if group_name:
            parts.append(f'\n  <optgroup label="{_text(group_name)}">')
        parts.extend(f"\n  {_option(option)}" for option in group_choices)
        if group_name:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>")
    return mark_safe("".join(parts))  # noqa: S308 - every value above is escaped


def _plain_options(widget: dict) -> bool:
    return all(
        option.get("template_name") == OPTION_TEMPLATE
        for _name, choices, _index in widget["optgroups"]
        for option in choices
    )


class FormRenderer(DjangoTemplates):
    def render(self, template_name, context, request=None):
        if template_name == SELECT_TEMPLATE and _plain_options(context["widget"]):
            return render_select(context["widget"])
        return super().render(template_name, context, request=request)
