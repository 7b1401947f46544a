"""Fixtures of the document tests: a TTHC procedure drafted by the ISO coordinator."""

from __future__ import annotations

import pytest

from eiso.documents import services
from eiso.documents.models import Kind

STEPS = [
    {
        "task": "Tiếp nhận hồ sơ, kiểm tra thành phần hồ sơ",
        "responsible": "Bộ phận Một cửa",
        "duration": "0,5",
        "duration_unit": "days",
        "output": "Mẫu 01 — Giấy tiếp nhận",
    },
    {
        "task": "Thẩm định hồ sơ, trình lãnh đạo phòng",
        "responsible": "Chuyên viên Phòng GDPT",
        "duration": "2",
        "duration_unit": "days",
        "output": "Phiếu kiểm soát quá trình",
    },
    {
        "task": "Ký duyệt bản sao văn bằng",
        "responsible": "Lãnh đạo Sở",
        "duration": "4",
        "duration_unit": "hours",
        "output": "Bản sao văn bằng",
    },
    {
        "task": "Trả kết quả cho người dân",
        "responsible": "Bộ phận Một cửa",
        "duration": "0,5",
        "duration_unit": "days",
        "output": "Sổ theo dõi hồ sơ",
    },
]

CONTENT = {
    "purpose": "Quy định trình tự cấp bản sao văn bằng, chứng chỉ từ sổ gốc.",
    "scope": "Áp dụng đối với Phòng Giáo dục phổ thông và Bộ phận Một cửa của Sở.",
    "definitions": "TTHC: Thủ tục hành chính\nBPMC: Bộ phận Một cửa",
    "dossier_components": "Đơn đề nghị cấp bản sao văn bằng; giấy tờ tùy thân.",
    "dossier_copies": "01 bộ",
    "processing_time": "03 ngày làm việc",
    "fees": "Không",
    "submission_place": "Trung tâm Phục vụ hành chính công tỉnh",
}


def make_procedure(
    personas, *, actor=None, title="Cấp bản sao văn bằng, chứng chỉ từ sổ gốc", **extra
):
    world = personas.world
    actor = actor or personas.iso
    values = {"owner_unit": world.division, **extra}
    document = services.document_create(
        actor=actor,
        agency=world.agency,
        kind=Kind.PROCEDURE_TTHC,
        title=title,
        **values,
    )
    edition = document.latest_edition
    services.edition_update_content(actor=actor, edition=edition, **CONTENT)
    services.edition_save_steps(actor=actor, edition=edition, rows=STEPS)
    services.edition_save_records(
        actor=actor,
        edition=edition,
        rows=[
            {
                "name": "Sổ theo dõi cấp bản sao",
                "owner": "Chuyên viên Phòng GDPT",
                "place": "Phòng GDPT",
                "retention": "Vĩnh viễn",
                "owner_unit": str(world.division.pk),
            }
        ],
    )
    services.edition_release_lock(actor=actor, edition=edition)
    edition.refresh_from_db()
    return document, edition


def make_effective(personas, edition):
    services.edition_submit(actor=personas.iso, edition=edition)
    services.edition_review(actor=personas.iso, edition=edition)
    services.edition_approve(actor=personas.head, edition=edition)
    edition.refresh_from_db()
    return edition


@pytest.fixture
def procedure(personas):
    return make_procedure(personas)
