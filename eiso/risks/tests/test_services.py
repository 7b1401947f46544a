"""Services: scoring, numbering, bad input, treatment lifecycle, matrix changes, reminders."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from eiso.core.errors import DomainError, IllegalTransition, PermissionDenied
from eiso.core.models import AuditEvent
from eiso.notifications.models import Notification
from eiso.risks import reminders, services
from eiso.risks.models import Risk, RiskMatrix, Treatment
from eiso.risks.my_work import treatments_section
from eiso.risks.tests.conftest import make_issue, make_party, make_risk, make_treatment

pytestmark = pytest.mark.django_db


def test_create_scores_numbers_and_records_history(personas):
    issue = make_issue(personas)
    party = make_party(personas)
    risk = make_risk(personas, source_issue=issue, source_party=party, likelihood=3, impact=5)
    assert (risk.score, risk.level, risk.code) == (15, "high", "RR-001")
    opportunity = make_risk(
        personas,
        kind="opportunity",
        title="Số hóa hồ sơ, kết quả giải quyết TTHC",
        likelihood=2,
        impact=2,
    )
    assert (opportunity.code, opportunity.level) == ("CH-002", "low")
    event = AuditEvent.objects.get(action="risks.risk_create", object_id=str(risk.pk))
    assert event.changes["level"] == [None, "Cao"]
    assert event.changes["source_issue"][1] == issue.description


def test_residual_needs_both_values(personas, risk):
    with pytest.raises(DomainError) as error:
        services.risk_update(actor=personas.iso, risk=risk, residual_likelihood=2)
    assert error.value.field == "residual_impact"
    risk.refresh_from_db()
    assert risk.residual_score is None
    services.risk_update(actor=personas.iso, risk=risk, residual_likelihood=2, residual_impact=3)
    risk.refresh_from_db()
    assert (risk.residual_score, risk.residual_level) == (6, "medium")


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"likelihood": 6}, "likelihood"),
        ({"impact": 0}, "impact"),
        ({"title": "  "}, "title"),
        ({"kind": "threat"}, "kind"),
        ({"review_date": dt.date(2020, 1, 1)}, "review_date"),
    ],
)
def test_bad_risk_input_names_the_field_and_saves_nothing(personas, values, field):
    with pytest.raises(DomainError) as error:
        make_risk(personas, **values)
    assert error.value.field == field
    assert Risk.objects.count() == 0


def test_issue_or_party_of_another_agency_is_refused(personas):
    foreign = services.issue_create(
        actor=personas.other_agency,
        agency=personas.world.other_agency,
        scope="external",
        swot="threat",
        category="legal",
        description="Văn bản mới",
    )
    with pytest.raises(DomainError) as error:
        make_risk(personas, source_issue=foreign)
    assert error.value.field == "source_issue"


def test_unit_head_manages_risks_of_their_unit_only(personas):
    world = personas.world
    risk = make_risk(personas, actor=personas.unit_head, unit=world.subdivision)
    assert risk.unit == world.subdivision
    with pytest.raises(PermissionDenied):
        make_risk(personas, actor=personas.unit_head, unit=world.office)
    with pytest.raises(PermissionDenied):
        make_risk(personas, actor=personas.dost)


def test_treatment_lifecycle_and_owner_notified(personas, risk):
    treatment = make_treatment(personas, risk)
    note = Notification.objects.get(recipient=personas.unit_head, kind="risks.treatment_assigned")
    assert "hạn" in note.title
    done = services.treatment_set_status(
        actor=personas.unit_head, treatment=treatment, status="done"
    )
    assert (done.status, done.completed_on) == ("done", timezone.localdate())
    with pytest.raises(IllegalTransition) as error:
        services.treatment_set_status(actor=personas.iso, treatment=treatment, status="cancelled")
    assert str(error.value.message) == (
        "Biện pháp xử lý không thể chuyển từ “Đã hoàn thành” sang “Đã hủy”."
    )
    with pytest.raises(PermissionDenied):
        services.treatment_set_status(
            actor=personas.staff, treatment=treatment, status="in_progress"
        )


def test_treatment_due_date_in_the_past_is_refused(personas, risk):
    with pytest.raises(DomainError) as error:
        make_treatment(personas, risk, days=-1)
    assert error.value.field == "due_date"
    assert str(error.value.message) == "Hạn hoàn thành không được ở trong quá khứ."
    assert Treatment.objects.count() == 0


def test_treatment_owner_must_work_in_the_agency(personas, risk):
    with pytest.raises(DomainError) as error:
        make_treatment(personas, risk, owner=personas.other_agency)
    assert error.value.field == "owner"


def test_matrix_save_recomputes_levels(personas, risk):
    assert risk.level == "very_high"
    services.matrix_save(
        actor=personas.iso,
        agency=personas.world.agency,
        likelihood_levels=5,
        impact_levels=5,
        medium_from=6,
        high_from=12,
        very_high_from=20,
    )
    risk.refresh_from_db()
    assert risk.level == "high"
    assert RiskMatrix.objects.get().very_high_from == 20
    assert AuditEvent.objects.filter(action="risks.risk_rescore", object_id=str(risk.pk)).exists()


def test_matrix_cannot_shrink_below_existing_scores(personas, risk):
    with pytest.raises(DomainError) as error:
        services.matrix_save(
            actor=personas.iso,
            agency=personas.world.agency,
            likelihood_levels=3,
            impact_levels=3,
            medium_from=3,
            high_from=5,
            very_high_from=7,
        )
    assert error.value.field == "likelihood_levels"
    assert not RiskMatrix.objects.exists()


def test_matrix_denied_to_the_overseer(personas):
    with pytest.raises(PermissionDenied):
        services.matrix_save(
            actor=personas.dost,
            agency=personas.world.agency,
            likelihood_levels=5,
            impact_levels=5,
            medium_from=5,
            high_from=10,
            very_high_from=16,
        )


def test_overdue_treatment_in_my_work_of_its_owner(personas, risk):
    treatment = make_treatment(personas, risk, days=5)
    Treatment.objects.filter(pk=treatment.pk).update(
        due_date=timezone.localdate() - dt.timedelta(days=3)
    )
    section = treatments_section(personas.unit_head, None)
    assert section.total == 1
    assert section.items[0].is_overdue
    assert section.items[0].title == treatment.action
    assert treatments_section(personas.staff, None) is None


def test_review_and_due_reminders(personas, risk):
    today = timezone.localdate()
    Risk.objects.filter(pk=risk.pk).update(review_date=today)
    treatment = make_treatment(personas, risk, days=0)
    assert reminders.send_review_reminders(today) == 1
    assert reminders.send_treatment_reminders(today) == 1
    assert Notification.objects.filter(recipient=personas.iso, kind="risks.review_due").exists()
    assert Notification.objects.filter(
        recipient=personas.unit_head, kind="risks.treatment_due", body=treatment.action
    ).exists()


def test_a_risk_belongs_to_a_procedure_of_its_agency(personas, client):
    from eiso.documents.models import Document

    world = personas.world
    procedure = Document.objects.create(
        agency=world.agency, kind="procedure_tthc", code="QT.07", title="Cấp phép dạy thêm"
    )
    form = Document.objects.create(
        agency=world.agency, kind="form", code="BM.01", title="Đơn đề nghị"
    )
    foreign = Document.objects.create(
        agency=world.other_agency, kind="procedure_tthc", code="QT.01", title="Thủ tục khác"
    )
    for wrong in (form, foreign):
        with pytest.raises(DomainError) as error:
            make_risk(personas, procedure=wrong)
        assert error.value.field == "procedure"
    risk = make_risk(personas, procedure=procedure)
    client.force_login(personas.staff)
    page = client.get(f"/rui-ro/{risk.pk}/").content.decode()
    assert "QT.07</a> Cấp phép dạy thêm" in page
