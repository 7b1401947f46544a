"""Pages: permission matrix (denied writes change nothing), htmx save per item, bad input kept,
uploads sniffed, the nonconformity button, query counts at two sizes, history and my work."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from eiso.audits import services
from eiso.audits.models import Audit, AuditProgramme, ChecklistItem, Result
from eiso.audits.tests.conftest import YEAR, clauses, make_procedure
from eiso.core import my_work
from eiso.nonconformities.models import Nonconformity
from tests.support.matrix import check_matrix

pytestmark = pytest.mark.django_db

PROVINCE_READERS = {"admin", "province_admin", "dost", "inspector"}
INSIDE = {"head", "iso", "auditor"}
AGENCY = INSIDE | {"unit_head", "staff"}
MANAGERS = {"admin", "province_admin", "head", "iso"}
EVERYONE = set(PROVINCE_READERS | AGENCY | {"other_agency", "other_province"})

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _programmes():
    return sorted(AuditProgramme.objects.values_list("id", "status", "objectives"))


def _audits():
    return sorted(
        Audit.objects.values_list("id", "status", "title", "lead_auditor_id", "strengths")
    )


def _items():
    return sorted(ChecklistItem.objects.values_list("id", "order", "result", "evidence"))


def test_matrix_programme_pages_and_writes(personas, client, programme, audit):
    world = personas.world
    index = reverse("audits:index")
    check_matrix(personas, client, request=lambda c, p: c.get(index), allowed=EVERYONE)
    url = reverse("audits:programme", args=[programme.pk])
    check_matrix(
        personas, client, request=lambda c, p: c.get(url), allowed=PROVINCE_READERS | INSIDE
    )
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(
            reverse("audits:audit_create", args=[programme.pk]),
            {"title": f"Đợt của {p}", "planned_month": "6"},
        ),
        allowed=MANAGERS,
        state=_audits,
    )
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(
            reverse("audits:programme_create"), {"agency": str(world.agency.pk), "year": "2027"}
        ),
        allowed=MANAGERS,
        state=_programmes,
        personas_to_check=personas.names(exclude=("other_agency", "other_province")),
    )
    assert AuditProgramme.objects.filter(year=2027).count() == 1
    # Coordinators of other agencies have the page, but not this agency among its choices.
    before = _programmes()
    client.force_login(personas.other_agency)
    refused = client.post(
        reverse("audits:programme_create"), {"agency": str(world.agency.pk), "year": "2028"}
    )
    assert refused.status_code == 200 and "is-invalid" in refused.content.decode()
    assert _programmes() == before
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(reverse("audits:programme_approve", args=[programme.pk])),
        allowed={"head"},
        state=_programmes,
    )
    # Approved: the whole agency reads it.
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.get(reverse("audits:audit", args=[audit.pk])),
        allowed=PROVINCE_READERS | AGENCY,
    )


def test_matrix_plan_team_and_checklist_writes(personas, client, audit):
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(
            reverse("audits:audit_team", args=[audit.pk]),
            {"lead_auditor": str(personas.auditor.pk)},
        ),
        allowed=MANAGERS | {"auditor"},
        state=_audits,
    )
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(
            reverse("audits:item_add", args=[audit.pk]), {"question": f"Câu hỏi của {p}"}
        ),
        allowed=MANAGERS | {"auditor"},
        state=_items,
    )


def test_matrix_results_and_report(personas, client, running_audit):
    services.programme_approve(actor=personas.head, programme=running_audit.programme)
    item = running_audit.items.get(order=1)
    record = reverse("audits:item_record", args=[running_audit.pk, item.pk])
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(record, {"result": "conforms", "evidence": p}),
        allowed={"auditor"},
        state=_items,
    )
    checklist = reverse("audits:checklist", args=[running_audit.pk])
    check_matrix(
        personas, client, request=lambda c, p: c.get(checklist), allowed=PROVINCE_READERS | AGENCY
    )
    for other in running_audit.items.all():
        services.item_record(actor=personas.auditor, item=other, result="conforms", evidence="")
    complete = reverse("audits:audit_complete", args=[running_audit.pk])
    check_matrix(
        personas, client, request=lambda c, p: c.post(complete), allowed={"auditor"}, state=_audits
    )
    report = reverse("audits:report", args=[running_audit.pk])
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(report, {"strengths": "Tốt", "conclusion": f"Kết luận {p}"}),
        allowed={"auditor"},
        state=_audits,
    )
    check_matrix(
        personas,
        client,
        request=lambda c, p: c.post(reverse("audits:report_approve", args=[running_audit.pk])),
        allowed={"auditor"},
        state=_audits,
    )
    running_audit.refresh_from_db()
    assert running_audit.status == "reported"


def test_htmx_item_save_keeps_input_on_error(client, personas, running_audit):
    client.force_login(personas.auditor)
    item = running_audit.items.get(order=2)
    url = reverse("audits:item_record", args=[running_audit.pk, item.pk])
    bad = client.post(url, {"result": "major_nc", "evidence": ""}, headers={"HX-Request": "true"})
    content = bad.content.decode()
    assert bad.status_code == 200 and "<html" not in content
    assert "Ghi bằng chứng của sự không phù hợp" in content
    assert 'value="major_nc" id="r-' in content and "checked" in content
    item.refresh_from_db()
    assert item.result == ""
    ok = client.post(
        url,
        {"result": "major_nc", "evidence": "Không có sổ theo dõi."},
        headers={"HX-Request": "true"},
    )
    assert "Đã lưu." in ok.content.decode() and f'id="muc-{item.pk}"' in ok.content.decode()
    assert "Tạo sự không phù hợp" in ok.content.decode()
    item.refresh_from_db()
    assert (item.result, item.evidence) == ("major_nc", "Không có sổ theo dõi.")
    plain = client.post(url, {"result": "conforms", "evidence": ""})
    assert plain.status_code == 302 and plain["Location"].endswith(f"#muc-{item.pk}")


def test_uploads_are_sniffed(client, personas, running_audit):
    client.force_login(personas.auditor)
    item = running_audit.items.get(order=1)
    url = reverse("audits:item_attach", args=[running_audit.pk, item.pk])
    program = SimpleUploadedFile("anh.jpg", b"MZ\x90\x00" + b"\x00" * 100, "image/jpeg")
    refused = client.post(url, {"file": program}, headers={"HX-Request": "true"})
    assert "Tệp này là một chương trình" in refused.content.decode()
    assert item.attachments.count() == 0
    photo = SimpleUploadedFile("so-theo-doi.png", PNG, "image/png")
    client.post(url, {"file": photo}, headers={"HX-Request": "true"})
    attachment = item.attachments.get()
    assert (attachment.kind, attachment.original_name) == ("png", "so-theo-doi.png")
    served = client.get(reverse("audits:attachment", args=[attachment.pk]))
    assert served.status_code == 200 and served["Content-Type"] == "image/png"
    client.force_login(personas.other_agency)
    assert client.get(reverse("audits:attachment", args=[attachment.pk])).status_code == 404


def test_nonconformity_button_creates_it_prefilled(client, personas, running_audit):
    item = running_audit.items.get(order=4)
    services.item_record(
        actor=personas.auditor, item=item, result=Result.MINOR_NC, evidence="Thiếu chữ ký."
    )
    client.force_login(personas.auditor)
    page = client.get(reverse("audits:checklist", args=[running_audit.pk]))
    assert "Tạo sự không phù hợp" in page.content.decode()
    response = client.post(reverse("audits:item_nonconformity", args=[running_audit.pk, item.pk]))
    nonconformity = Nonconformity.objects.get(finding=item)
    assert response.status_code == 302
    assert response["Location"] == reverse("nonconformities:detail", args=[nonconformity.pk])
    assert nonconformity.clause == item.clause and nonconformity.unit == item.unit
    assert "Thiếu chữ ký." in nonconformity.evidence
    page = client.get(reverse("audits:checklist", args=[running_audit.pk]))
    assert nonconformity.number in page.content.decode()
    again = client.post(reverse("audits:item_nonconformity", args=[running_audit.pk, item.pk]))
    assert again.status_code == 302 and Nonconformity.objects.filter(finding=item).count() == 1


def test_plan_form_keeps_input_and_names_the_field(client, personas, audit):
    client.force_login(personas.iso)
    url = reverse("audits:audit_edit", args=[audit.pk])
    response = client.post(
        url,
        {
            "title": "Tên mới giữ nguyên",
            "planned_month": "11",
            "start_date": "20/11/2025",
            "units": [str(personas.world.division.pk)],
        },
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert "Đợt đánh giá thuộc chương trình năm 2026: hãy chọn ngày trong năm 2026." in content
    assert "Tên mới giữ nguyên" in content
    audit.refresh_from_db()
    assert audit.title == "Đánh giá Phòng Giáo dục phổ thông" and audit.start_date is None


def _grow(personas, programme, n: int) -> None:
    world = personas.world
    for i in range(n):
        audit = services.audit_create(
            actor=personas.iso,
            programme=programme,
            title=f"Đợt thêm {i}",
            planned_month=1 + i % 12,
            units=[world.division, world.office],
            clauses=clauses("7.5"),
        )
        services.checklist_generate(actor=personas.iso, audit=audit)


def _count(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_query_counts_do_not_grow(client, personas, programme, running_audit):
    client.force_login(personas.iso)
    world = personas.world
    make_procedure(world.agency, world.office, "QT-VP-01", "Tiếp nhận văn bản đến")
    urls = [
        reverse("audits:index"),
        reverse("audits:audits"),
        reverse("audits:programme", args=[programme.pk]),
        reverse("audits:checklist", args=[running_audit.pk]),
    ]
    small = [_count(client, url) for url in urls]
    _grow(personas, programme, 3)
    for extra in range(3):
        services.item_add(
            actor=personas.auditor, audit=running_audit, question=f"Câu hỏi thêm {extra}"
        )
    make_procedure(world.agency, world.division, "QT-GDPT-02", "Công nhận trường chuẩn")
    large = [_count(client, url) for url in urls]
    assert small == large


def test_my_work_and_history(client, personas, audit):
    sections = {s.key: s for s in my_work.sections_for(personas.auditor, personas.world.agency)}
    assert [i.title for i in sections["audits.mine"].items] == [audit.title]
    head = {s.key: s for s in my_work.sections_for(personas.head, personas.world.agency)}
    assert head["audits.programmes"].total == 1
    client.force_login(personas.iso)
    page = client.get(reverse("audits:audit", args=[audit.pk]))
    history = reverse("core:history", args=["audits.audit", str(audit.pk)])
    assert history in page.content.decode()
    assert client.get(history).status_code == 200
    assert audit.programme.year == YEAR
