"""Permission matrix of every page and action of quality objectives (status and unchanged state)."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from eiso.objectives import services
from eiso.objectives.models import ActionItem, Evaluation, Measurement, Objective
from eiso.objectives.tests.conftest import make_objective, measured_day
from tests.support.matrix import check_matrix

pytestmark = pytest.mark.django_db

READERS = {
    "admin",
    "province_admin",
    "dost",
    "inspector",
    "head",
    "iso",
    "unit_head",
    "auditor",
    "staff",
}
AGENCY_MANAGERS = {"admin", "province_admin", "head", "iso"}


def _state():
    return (
        sorted(Objective.objects.values_list("id", "statement", "target", "status")),
        sorted(ActionItem.objects.values_list("id", "action")),
        sorted(Measurement.objects.values_list("id", "value")),
        sorted(Evaluation.objects.values_list("id", "state", "result")),
    )


def _objective_values(**extra):
    return {
        "statement": "Tỷ lệ hài lòng của người dân ≥ 95%",
        "indicator": "Tỷ lệ hài lòng",
        "comparator": "gte",
        "target": "95",
        "measure_unit": "%",
        "frequency": "quarterly",
        "data_source": "manual",
        **extra,
    }


def _agency_q(personas, objective):
    return f"?agency={personas.world.agency.pk}&year={objective.year}"


def test_list_is_read_by_members_and_the_province(personas, client, objective):
    url = reverse("objectives:list") + _agency_q(personas, objective)
    check_matrix(personas, client, request=lambda c, p: c.get(url), allowed=READERS)


def test_detail_is_read_by_members_and_the_province(personas, client, objective):
    url = reverse("objectives:detail", args=[objective.pk])
    check_matrix(personas, client, request=lambda c, p: c.get(url), allowed=READERS)


@pytest.mark.parametrize("kind", ["muc-tieu", "bao-cao"])
@pytest.mark.parametrize("extension", ["docx", "pdf"])
def test_documents_and_export(personas, client, objective, kind, extension):
    url = reverse("objectives:document", args=[kind, extension]) + _agency_q(personas, objective)
    check_matrix(personas, client, request=lambda c, p: c.get(url), allowed=READERS)


def test_excel_export(personas, client, objective):
    url = reverse("objectives:export") + _agency_q(personas, objective)
    check_matrix(personas, client, request=lambda c, p: c.get(url), allowed=READERS)


def test_create_agency_objective(personas, client, objective):
    url = reverse("objectives:create") + _agency_q(personas, objective)
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(
            url, _objective_values(year=objective.year, statement=f"Mục tiêu {p}")
        ),
        allowed=AGENCY_MANAGERS,
        state=_state,
    )


def test_create_unit_objective_allows_the_unit_head(personas, client, objective):
    url = reverse("objectives:create") + _agency_q(personas, objective)
    unit = personas.world.division
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(
            url, _objective_values(year=objective.year, unit=unit.pk, statement=f"Đơn vị {p}")
        ),
        allowed=AGENCY_MANAGERS | {"unit_head"},
        state=_state,
    )


def test_edit_objective(personas, client, objective):
    url = reverse("objectives:edit", args=[objective.pk])
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(url, _objective_values(statement=f"Sửa {p}")),
        allowed=AGENCY_MANAGERS,
        state=_state,
    )


def test_edit_unit_objective(personas, client, unit_objective):
    url = reverse("objectives:edit", args=[unit_objective.pk])
    unit = personas.world.division
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(url, _objective_values(unit=unit.pk, statement=f"Sửa {p}")),
        allowed=AGENCY_MANAGERS | {"unit_head"},
        state=_state,
    )


def _action_values(p):
    return {
        "action": f"Việc {p}",
        "responsible": "VP",
        "timeframe": "Quý I",
        "evaluation_method": "Báo cáo",
    }


def test_action_add(personas, client, objective):
    url = reverse("objectives:action_add", args=[objective.pk])
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(url, _action_values(p)),
        allowed=AGENCY_MANAGERS,
        state=_state,
    )


def test_action_edit_and_delete(personas, client, objective):
    item = services.action_create(actor=personas.iso, objective=objective, **_action_values("x"))
    edit = reverse("objectives:action_edit", args=[objective.pk, item.pk])
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(edit, _action_values(p)),
        allowed=AGENCY_MANAGERS,
        state=_state,
    )

    def delete(c, p):
        target = services.action_create(
            actor=personas.iso, objective=objective, **_action_values(p)
        )
        return c.post(reverse("objectives:action_delete", args=[objective.pk, target.pk]))

    check_matrix(personas, client, request=delete, allowed=AGENCY_MANAGERS)


def test_measurement_add(personas, client, unit_objective):
    """The responsible person (staff) and the unit head enter measurements; readers do not."""
    url = reverse("objectives:measurement_add", args=[unit_objective.pk])
    day = measured_day(unit_objective).strftime("%d/%m/%Y")
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(url, {"measured_on": day, "value": "97"}),
        allowed=AGENCY_MANAGERS | {"unit_head", "staff"},
        state=_state,
    )


def test_evidence_download(personas, client, objective, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    measurement = services.measurement_create(
        actor=personas.iso,
        objective=objective,
        measured_on=measured_day(objective),
        value="99",
        evidence=SimpleUploadedFile("bien-ban.pdf", b"%PDF-1.4\n%%EOF\n"),
    )
    url = reverse("objectives:evidence", args=[measurement.pk])
    results = check_matrix(personas, client, request=lambda c, p: c.get(url), allowed=READERS)
    assert results["other_agency"] == 404


def test_evaluation_propose(personas, client, objective):
    url = reverse("objectives:evaluation", args=[objective.pk])
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(url, {"result": "achieved", "explanation": p, "save": "1"}),
        allowed=AGENCY_MANAGERS,
        state=_state,
    )


def test_evaluation_approve_and_return_by_the_head_only(personas, client, objective):
    def submitted():
        Evaluation.objects.all().delete()
        return services.evaluation_save(
            actor=personas.iso, objective=objective, result="achieved", submit=True
        )

    approve = reverse("objectives:evaluation_approve", args=[objective.pk])
    back = reverse("objectives:evaluation_return", args=[objective.pk])

    def do(c, p, url, data):
        submitted()
        return c.post(url, data)

    check_matrix(personas, client, request=lambda c, p: do(c, p, approve, {}), allowed={"head"})
    check_matrix(
        personas,
        client,
        request=lambda c, p: do(c, p, back, {"comment": "Bổ sung"}),
        allowed={"head"},
    )
    submitted()
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(approve),
        allowed={"head"},
        state=_state,
        personas_to_check=[n for n in personas.names() if n != "head"],
    )


def test_copy_to_next_period(personas, client, objective):
    url = reverse("objectives:copy")
    data = {"agency": personas.world.agency.pk, "year": objective.year}

    def copy(c, p):
        Objective.objects.filter(year=objective.year + 1).delete()
        return c.post(url, data)

    check_matrix(personas, client, request=copy, allowed=AGENCY_MANAGERS)
    Objective.objects.filter(year=objective.year + 1).delete()
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(url, data),
        allowed=set(),
        state=_state,
        personas_to_check=[n for n in personas.names() if n not in AGENCY_MANAGERS],
    )


def test_outsider_gets_404_for_another_agency(personas, client):
    objective = make_objective(personas)
    client.force_login(personas.other_province)
    assert client.get(reverse("objectives:detail", args=[objective.pk])).status_code == 404
    response = client.get(reverse("objectives:list") + f"?agency={personas.world.agency.pk}")
    assert response.status_code == 404


@pytest.mark.parametrize(
    ("name", "allowed_extra"),
    [
        ("objectives:edit", set()),
        ("objectives:action_add", set()),
        ("objectives:evaluation", set()),
        ("objectives:measurement_add", {"unit_head", "staff"}),
    ],
)
def test_form_pages_open_only_for_those_who_may_submit(
    personas, client, unit_objective, name, allowed_extra
):
    """GET of each form page, on the unit objective (its unit head manages it, staff measures)."""
    url = reverse(name, args=[unit_objective.pk])
    allowed = AGENCY_MANAGERS | {"unit_head"} | allowed_extra
    check_matrix(personas, client, request=lambda c, p: c.get(url), allowed=allowed, state=_state)


def test_create_page_opens_for_managers_and_unit_heads(personas, client, objective):
    url = reverse("objectives:create") + _agency_q(personas, objective)
    check_matrix(
        personas, client, request=lambda c, p: c.get(url), allowed=AGENCY_MANAGERS | {"unit_head"}
    )
