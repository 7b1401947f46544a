"""Selectors for other modules, comparison, flowchart, "Việc của tôi", history, code templates,
lock take-over and new editions through the pages."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from eiso.documents import codes, compare, flowchart, selectors, services
from eiso.documents.models import CodeTemplate, Edition, ProcedureStep, State
from eiso.documents.tests.conftest import make_effective, make_procedure
from eiso.references.models import ExternalDocument

pytestmark = pytest.mark.django_db


def _external(number="19/2014/QĐ-TTg"):
    return ExternalDocument.objects.create(
        number=number, kind="decision", title="Về việc áp dụng HTQLCL", issuer="Thủ tướng"
    )


def test_selectors_for_other_modules(personas):
    world = personas.world
    law = _external()
    document, edition = make_procedure(personas)
    services.edition_set_references(actor=personas.iso, edition=edition, external_ids=[law.pk])
    assert list(selectors.documents_citing([law.pk])) == [document]
    assert selectors.current_effective_edition(document) is None
    make_effective(personas, edition)
    assert selectors.current_effective_edition(document) == edition
    assert [s.order for s in selectors.procedure_steps(edition)] == [1, 2, 3, 4]
    records = selectors.effective_record_items(agency=world.agency, unit=world.division)
    assert [r.name for r in records] == ["Sổ theo dõi cấp bản sao"]
    assert not selectors.effective_record_items(agency=world.agency, unit=world.office).exists()
    assert selectors.documents_citing([_external("30/2020/NĐ-CP").pk]).count() == 0
    assert selectors.visible_documents(personas.other_agency).count() == 0
    assert selectors.visible_documents(personas.dost).count() == 1


def test_compare_lists_what_changed(personas):
    document, edition = make_procedure(personas)
    make_effective(personas, edition)
    draft = services.edition_start_draft(actor=personas.iso, document=document)
    services.edition_update_content(actor=personas.iso, edition=draft, purpose="Mục đích mới")
    rows = [
        {
            "task": s.task,
            "responsible": s.responsible,
            "duration": s.duration,
            "duration_unit": s.duration_unit,
            "output": s.output,
        }
        for s in draft.steps.all()
    ]
    rows[1]["duration"] = "1"
    rows.append({"task": "Lưu hồ sơ", "responsible": "Văn thư", "duration": "0,5"})
    services.edition_save_steps(actor=personas.iso, edition=draft, rows=rows)
    result = compare.compare(selectors.edition_detail(edition), selectors.edition_detail(draft))
    changed = {row.label: row.status for row in result.sections + result.steps if row.changed}
    assert changed == {"Mục đích": "changed", "B2": "changed", "B5": "added"}
    only = result.only_changes()
    assert [row.label for row in only.steps] == ["B2", "B5"] and not only.records


def test_flowchart_escapes_text_and_sums_time():
    step = ProcedureStep(
        order=1, task="<script>x</script>", responsible="A & B", duration=Decimal("0.5")
    )
    svg = str(flowchart.svg([step]))
    assert "<script>" not in svg and "&lt;script&gt;" in svg and "A &amp; B" in svg
    assert flowchart.duration_text(step, vietnamese=True) == "0,5 ngày làm việc"
    assert flowchart.table_rows([step])[1] == (
        "A & B",
        "[ B1. <script>x</script> ]\n▼",
        "0,5 ngày làm việc",
    )


def test_my_work_sections(personas):
    _document, edition = make_procedure(personas)
    services.edition_submit(actor=personas.unit_head, edition=edition)
    from eiso.documents import my_work as sections

    review = sections.to_review_section(personas.iso, personas.world.agency)
    assert review is not None and review.total == 1
    assert sections.to_review_section(personas.staff, personas.world.agency) is None
    services.edition_return(actor=personas.iso, edition=edition, comment="Sửa bước 2")
    returned = sections.returned_section(personas.unit_head, personas.world.agency)
    assert returned is not None and returned.items[0].detail == "Sửa bước 2"
    services.edition_submit(actor=personas.unit_head, edition=edition)
    services.edition_review(actor=personas.iso, edition=edition)
    approve = sections.to_approve_section(personas.head, personas.world.agency)
    assert approve is not None and approve.total == 1


def test_history_page(client, personas):
    document, edition = make_procedure(personas)
    client.force_login(personas.iso)
    for object_type, pk in (("documents.document", document.pk), ("documents.edition", edition.pk)):
        response = client.get(reverse("core:history", args=[object_type, pk]))
        assert response.status_code == 200
    client.force_login(personas.other_agency)
    response = client.get(reverse("core:history", args=["documents.document", document.pk]))
    assert response.status_code == 404


def test_code_templates_page(client, personas):
    agency = personas.world.agency
    client.force_login(personas.iso)
    url = reverse("documents:code_templates") + f"?agency={agency.pk}"
    data = dict(codes.templates_of(agency))
    data["procedure_tthc"] = "QT-{nn}/{bad}"
    response = client.post(url, data)
    assert response.status_code == 200 and not CodeTemplate.objects.exists()
    data["procedure_tthc"] = "QT-{nn}/{unit}"
    assert client.post(url, data).status_code == 302
    assert CodeTemplate.objects.get(kind="procedure_tthc").pattern == "QT-{nn}/{unit}"
    document, _edition = make_procedure(personas)
    assert document.code == "QT-01/GDPT"
    client.force_login(personas.staff)
    assert client.post(url, data).status_code == 403


def test_new_edition_and_lock_take_over_pages(client, personas):
    document, edition = make_procedure(personas)
    make_effective(personas, edition)
    client.force_login(personas.iso)
    response = client.post(reverse("documents:start_draft", args=[document.pk]))
    draft = Edition.objects.get(document=document, state=State.DRAFT)
    assert response.url == reverse("documents:editor", args=[draft.pk])
    # Second attempt: a clear message, no second draft.
    client.post(reverse("documents:start_draft", args=[document.pk]))
    assert Edition.objects.filter(document=document).count() == 2
    # The unit head opens the editor while the coordinator holds the lock: read the warning.
    client.force_login(personas.unit_head)
    page = client.get(reverse("documents:editor", args=[draft.pk])).content.decode()
    assert "Tiếp quản chỉnh sửa" in page
    take = reverse("documents:take_lock", args=[draft.pk])
    client.post(take)
    draft.refresh_from_db()
    assert draft.locked_by == personas.iso
    Edition.objects.filter(pk=draft.pk).update(locked_at=timezone.now() - dt.timedelta(hours=1))
    client.post(take)
    draft.refresh_from_db()
    assert draft.locked_by == personas.unit_head


def test_withdraw_from_the_page(client, personas):
    _document, edition = make_procedure(personas)
    make_effective(personas, edition)
    client.force_login(personas.iso)
    url = reverse("documents:action", args=[edition.pk, "withdraw"])
    assert client.post(url, {"reason": "TTHC bị bãi bỏ"}).status_code == 403
    client.force_login(personas.head)
    client.post(url, {"reason": "TTHC bị bãi bỏ"})
    edition.refresh_from_db()
    assert edition.state == State.WITHDRAWN
