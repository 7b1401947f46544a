"""The <select> written in Python is exactly the markup of Django's own templates."""

from __future__ import annotations

import datetime as dt

import pytest
from django import forms
from django.forms.renderers import DjangoTemplates
from django.utils.safestring import mark_safe

from eiso.core.forms_renderer import FormRenderer

CHOICES = [
    ("", "— Tất cả —"),
    ("a", "Sở Nông nghiệp & Môi trường <Hưng Yên>"),
    ("Xã, phường", [("x1", "Phường Phố Hiến"), ("x2", 'Xã "Tân Hưng"')]),
    (2026, 2026),
    ("safe", mark_safe("<b>đậm</b>")),
]


class _Form(forms.Form):
    one = forms.ChoiceField(choices=CHOICES, required=False)
    many = forms.MultipleChoiceField(choices=CHOICES, required=False)
    styled = forms.ChoiceField(
        choices=CHOICES,
        required=False,
        widget=forms.Select(attrs={"class": "form-select", "data-x": 'q"t', "disabled": True}),
    )
    off = forms.ChoiceField(
        choices=[("1", "Có"), ("0", "Không")],
        widget=forms.Select(attrs={"hidden": False, "aria-label": "Bật/tắt"}),
    )
    day = forms.TypedChoiceField(choices=[(dt.date(2026, 9, 2), dt.date(2026, 9, 2))])
    radio = forms.ChoiceField(choices=[("1", "Có")], widget=forms.RadioSelect)


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"one": "x2", "many": ["a", "x1", "2026"], "styled": "safe", "off": "0"},
        {"one": "2026", "many": [], "styled": "", "off": "1"},
    ],
)
def test_every_select_renders_as_django_templates_render_it(data):
    ours, django_own = (
        _Form(data or None, renderer=FormRenderer()),
        _Form(data or None, renderer=DjangoTemplates()),
    )
    for name in ("one", "many", "styled", "off", "day", "radio"):
        assert str(ours[name]) == str(django_own[name]), name


def test_the_long_list_is_written_without_a_template_per_option():
    renderer = FormRenderer()
    field = forms.ChoiceField(choices=[(str(i), f"Cơ quan {i}") for i in range(200)])
    html = field.widget.render("agency", "7", renderer=renderer)
    assert html.count("<option") == 200
    assert '<option value="7" selected>Cơ quan 7</option>' in html
    assert html.startswith('<select name="agency">\n  <option value="0">Cơ quan 0</option>\n')
    assert html.endswith("\n</select>")
