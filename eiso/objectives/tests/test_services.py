"""Services: create/edit with validation, plan, measurements and status, copy, evaluation."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from eiso.core.errors import DomainError, IllegalTransition, PermissionDenied
from eiso.core.models import AuditEvent
from eiso.notifications.models import Notification
from eiso.objectives import services, sources
from eiso.objectives.models import ActionItem, Evaluation, EvaluationState, Objective, Status
from eiso.objectives.tests.conftest import make_objective, measured_day

pytestmark = pytest.mark.django_db


def test_create_records_audit_and_sets_the_period(personas, objective):
    assert objective.period_start == dt.date(objective.year, 1, 1)
    assert objective.target == Decimal("100.00")
    assert AuditEvent.objects.filter(
        action="objectives.objective_create", object_id=str(objective.pk)
    ).exists()


def test_school_year_agency_gets_a_school_year_period(personas):
    agency = personas.world.agency
    agency.school_year_objectives = True
    agency.save()
    objective = make_objective(personas, year=2025)
    assert (objective.period_start, objective.period_end) == (
        dt.date(2025, 9, 1),
        dt.date(2026, 8, 31),
    )


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        ({"target": "nhiều"}, "target"),
        ({"comparator": ">>"}, "comparator"),
        ({"frequency": "daily"}, "frequency"),
        ({"data_source": "nope"}, "data_source"),
        ({"indicator": "  "}, "indicator"),
    ],
)
def test_bad_input_names_the_field_and_saves_nothing(personas, extra, field):
    with pytest.raises(DomainError) as caught:
        make_objective(personas, **extra)
    assert caught.value.field == field
    assert not Objective.objects.exists()


def test_unit_of_another_agency_and_parent_rules(personas, objective):
    with pytest.raises(DomainError) as caught:
        make_objective(personas, unit=personas.world.other_unit)
    assert caught.value.field == "unit"
    with pytest.raises(DomainError) as caught:
        make_objective(personas, parent=objective, statement="Agency child")
    assert caught.value.field == "parent"
    with pytest.raises(DomainError) as caught:
        make_objective(personas, responsible_person=personas.other_agency)
    assert caught.value.field == "responsible_person"


def test_unit_head_manages_only_their_unit(personas):
    world = personas.world
    make_objective(personas, unit=world.subdivision, actor=personas.unit_head)
    with pytest.raises(PermissionDenied):
        make_objective(personas, actor=personas.unit_head)
    with pytest.raises(PermissionDenied):
        make_objective(personas, unit=world.office, actor=personas.unit_head)
    with pytest.raises(PermissionDenied):
        make_objective(personas, actor=personas.dost)


def test_plan_actions_crud(personas, objective):
    item = services.action_create(
        actor=personas.iso,
        objective=objective,
        action="Rà soát quy trình",
        resources="",
        responsible="Văn phòng",
        timeframe="Quý I",
        evaluation_method="Báo cáo quý",
    )
    assert item.order == 1
    services.action_update(
        actor=personas.iso,
        item=item,
        action="Rà soát quy trình nội bộ",
        responsible="Văn phòng",
        timeframe="Quý I",
        evaluation_method="Báo cáo quý",
    )
    with pytest.raises(DomainError):
        services.action_create(
            actor=personas.iso,
            objective=objective,
            action="",
            responsible="x",
            timeframe="y",
            evaluation_method="z",
        )
    services.action_delete(actor=personas.iso, item=item)
    assert not ActionItem.objects.exists()
    assert AuditEvent.objects.filter(action="objectives.action_delete").count() == 1


def test_measurements_drive_the_status(personas, unit_objective):
    def add(value, offset):
        services.measurement_create(
            actor=personas.staff,
            objective=unit_objective,
            measured_on=measured_day(unit_objective, offset),
            value=value,
        )
        unit_objective.refresh_from_db()
        return unit_objective.status

    assert add("90", 30) == Status.OFF_TRACK
    assert add("95,5", 20) == Status.AT_RISK
    assert add("100", 10) == Status.ON_TRACK
    assert unit_objective.latest_value == Decimal("100.00")


def test_measurement_validation(personas, objective):
    future = timezone.localdate() + dt.timedelta(days=1)
    with pytest.raises(DomainError) as caught:
        services.measurement_create(
            actor=personas.iso, objective=objective, measured_on=future, value="1"
        )
    assert caught.value.field == "measured_on"
    with pytest.raises(DomainError) as caught:
        services.measurement_create(
            actor=personas.iso, objective=objective, measured_on=dt.date(2000, 1, 1), value="1"
        )
    assert caught.value.field == "measured_on"
    with pytest.raises(PermissionDenied):
        services.measurement_create(
            actor=personas.staff,
            objective=objective,
            measured_on=measured_day(objective),
            value="1",
        )


def test_renamed_executable_is_refused(personas, objective):
    exe = SimpleUploadedFile("bao-cao.pdf", b"MZ\x90\x00" + b"\x00" * 200, "application/pdf")
    with pytest.raises(DomainError) as caught:
        services.measurement_create(
            actor=personas.iso,
            objective=objective,
            measured_on=measured_day(objective),
            value="99",
            evidence=exe,
        )
    assert "chương trình" in str(caught.value.message)
    assert not objective.measurements.exists()


def test_evidence_is_checked_by_content(personas, objective, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    pdf = SimpleUploadedFile("scan.PDF", b"%PDF-1.4\n%%EOF\n", "application/octet-stream")
    measurement = services.measurement_create(
        actor=personas.iso,
        objective=objective,
        measured_on=measured_day(objective),
        value="99",
        evidence=pdf,
    )
    assert measurement.evidence.name.endswith(".pdf")
    assert measurement.evidence_name == "scan.PDF"
    text = SimpleUploadedFile("note.pdf", b"just text", "application/pdf")
    with pytest.raises(DomainError):
        services.measurement_create(
            actor=personas.iso,
            objective=objective,
            measured_on=measured_day(objective),
            value="99",
            evidence=text,
        )
    settings.EISO_MAX_UPLOAD_BYTES = 10
    big = SimpleUploadedFile("big.pdf", b"%PDF-1.4" + b"0" * 100, "application/pdf")
    with pytest.raises(DomainError) as caught:
        services.measurement_create(
            actor=personas.iso,
            objective=objective,
            measured_on=measured_day(objective),
            value="99",
            evidence=big,
        )
    assert "quá lớn" in str(caught.value.message)


def test_computed_source_interface(personas, objective):
    calls = []

    def compute(obj, start, end):
        calls.append((obj.pk, start, end))
        return Decimal("97.5")

    sources.register_source("test.on_time", "Test source", compute)
    try:
        services.objective_update(
            actor=personas.iso,
            objective=objective,
            statement=objective.statement,
            indicator=objective.indicator,
            comparator="gte",
            target="95",
            measure_unit="%",
            frequency="monthly",
            data_source="test.on_time",
        )
        day = measured_day(objective)
        measurement = services.measure_from_source(
            actor=personas.iso, objective=objective, measured_on=day
        )
        assert measurement.value == Decimal("97.50")
        assert calls == [(objective.pk, objective.period_start, day)]
        objective.refresh_from_db()
        assert objective.status == Status.ON_TRACK
    finally:
        sources.unregister_source("test.on_time")
    assert (
        services.measure_from_source(
            actor=personas.iso,
            objective=make_objective(personas, statement="Manual"),
            measured_on=measured_day(objective),
        )
        is None
    )


def test_copy_from_last_period(personas, unit_objective, objective):
    services.action_create(
        actor=personas.iso,
        objective=objective,
        action="Theo dõi",
        responsible="VP",
        timeframe="Hằng tháng",
        evaluation_method="Báo cáo",
    )
    copies = services.objectives_copy_period(
        actor=personas.iso, agency=personas.world.agency, from_year=objective.year
    )
    assert len(copies) == 2
    new_agency = next(c for c in copies if c.unit_id is None)
    new_unit = next(c for c in copies if c.unit_id is not None)
    assert new_agency.year == objective.year + 1
    assert new_agency.period_start == dt.date(objective.year + 1, 1, 1)
    assert new_unit.parent_id == new_agency.pk
    assert new_agency.actions.count() == 1
    assert new_agency.status == Status.NO_DATA
    # Copying again duplicates nothing.
    assert (
        services.objectives_copy_period(
            actor=personas.iso, agency=personas.world.agency, from_year=objective.year
        )
        == []
    )
    with pytest.raises(DomainError):
        services.objectives_copy_period(
            actor=personas.iso, agency=personas.world.agency, from_year=1999
        )
    with pytest.raises(PermissionDenied):
        services.objectives_copy_period(
            actor=personas.unit_head, agency=personas.world.agency, from_year=objective.year
        )


def test_copy_is_school_year_aware(personas):
    agency = personas.world.agency
    agency.school_year_objectives = True
    agency.save()
    objective = make_objective(personas, year=2024)
    [copy] = services.objectives_copy_period(actor=personas.iso, agency=agency, from_year=2024)
    assert (copy.period_start, copy.period_end) == (dt.date(2025, 9, 1), dt.date(2026, 8, 31))
    assert objective.period_end == dt.date(2025, 8, 31)


def test_evaluation_workflow(personas, objective, django_capture_on_commit_callbacks):
    with pytest.raises(DomainError) as caught:
        services.evaluation_save(actor=personas.iso, objective=objective, result="not_achieved")
    assert caught.value.field == "explanation"
    with django_capture_on_commit_callbacks(execute=True):
        evaluation = services.evaluation_save(
            actor=personas.iso, objective=objective, result="achieved", explanation="", submit=True
        )
    assert evaluation.state == EvaluationState.SUBMITTED
    assert Notification.objects.filter(
        recipient=personas.head, kind="objectives.evaluation_submitted"
    ).exists()
    with pytest.raises(IllegalTransition):
        services.evaluation_save(actor=personas.iso, objective=objective, result="achieved")
    with pytest.raises(PermissionDenied):
        services.evaluation_approve(actor=personas.iso, evaluation=evaluation)
    with pytest.raises(DomainError):
        services.evaluation_return(actor=personas.head, evaluation=evaluation, comment=" ")
    with django_capture_on_commit_callbacks(execute=True):
        services.evaluation_return(
            actor=personas.head, evaluation=evaluation, comment="Bổ sung số liệu"
        )
    assert Evaluation.objects.get().state == EvaluationState.RETURNED
    assert Notification.objects.filter(
        recipient=personas.iso, kind="objectives.evaluation_decided"
    ).exists()
    evaluation = services.evaluation_save(
        actor=personas.iso, objective=objective, result="achieved", actual_value="100", submit=True
    )
    services.evaluation_approve(actor=personas.head, evaluation=evaluation)
    evaluation.refresh_from_db()
    assert evaluation.state == EvaluationState.APPROVED
    assert evaluation.actual_value == Decimal("100.00")
    with pytest.raises(IllegalTransition):
        services.evaluation_approve(actor=personas.head, evaluation=evaluation)
    actions = set(
        AuditEvent.objects.filter(object_id=str(evaluation.pk)).values_list("action", flat=True)
    )
    assert {
        "objectives.evaluation_submit",
        "objectives.evaluation_return",
        "objectives.evaluation_approve",
    } <= actions
