"""The records register as an official document (NĐ 30/2020/NĐ-CP layout, through
eiso.core.documents) and as an Excel workbook.

Both print the established lines when the register has been established (the approved list),
otherwise today's lines marked as a draft. The wording of the official document is Vietnamese
whatever the interface language: it is an administrative text.
"""

from __future__ import annotations

import io

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from eiso.core import documents as docs
from eiso.organizations.models import RoleGrant, Unit
from eiso.organizations.roles import Role
from eiso.records.models import RecordRegister
from eiso.records.selectors import Line

COLUMNS = ("STT", "Tên hồ sơ", "Đơn vị lưu", "Nơi lưu", "Thời hạn lưu", "Ghi chú")


def printed_rows(register: RecordRegister | None, lines: list[Line]) -> tuple[list[dict], bool]:
    """(rows, established): the snapshot when established, else today's lines."""
    if register is not None and register.established_on is not None:
        return list(register.snapshot), True
    return [line.as_snapshot() for line in lines], False


def note_text(row: dict) -> str:
    parts = []
    if row.get("source"):
        parts.append(f"Theo {row['source']}")
    if row.get("notes"):
        parts.append(str(row["notes"]))
    return "; ".join(parts)


def _cells(index: int, row: dict) -> tuple[str, ...]:
    return (
        str(index),
        str(row.get("name") or ""),
        str(row.get("owner_unit") or ""),
        str(row.get("place") or ""),
        str(row.get("retention") or ""),
        note_text(row),
    )


def _head_name(unit: Unit) -> str:
    grant = (
        RoleGrant.objects.filter(agency=unit.agency, role=Role.AGENCY_HEAD, is_active=True)
        .select_related("user")
        .order_by("created_at")
        .first()
    )
    return grant.user.full_name if grant is not None else ""


def build_register_document(
    unit: Unit, year: int, register: RecordRegister | None, lines: list[Line]
) -> docs.OfficialDocument:
    agency = unit.agency
    rows, established = printed_rows(register, lines)
    table = docs.Table(
        (
            docs.Column(COLUMNS[0], 0.6, docs.Align.CENTER),
            docs.Column(COLUMNS[1], 2.4),
            docs.Column(COLUMNS[2], 1.3),
            docs.Column(COLUMNS[3], 1.3),
            docs.Column(COLUMNS[4], 0.9, docs.Align.CENTER),
            docs.Column(COLUMNS[5], 1.4),
        ),
        tuple(_cells(i, row) for i, row in enumerate(rows, start=1)),
        font_size=11,
    )
    intro = (
        f"Danh mục hồ sơ năm {year} của {unit.name} gồm {len(rows)} hồ sơ, lập theo các quy "
        "trình của Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 đang "
        "có hiệu lực và Nghị định số 30/2020/NĐ-CP ngày 05/03/2020 của Chính phủ về công tác "
        "văn thư."
    )
    body: list[docs.Block] = [docs.Paragraph(intro), table]
    if not established:
        body.insert(
            0, docs.CenteredLine("(DỰ THẢO — chưa lập chính thức)", bold=False, italic=True)
        )
    body.append(
        docs.Paragraph(
            "Các đơn vị, cá nhân được giao lập hồ sơ có trách nhiệm mở, cập nhật, kết thúc hồ sơ "
            "và nộp lưu vào Lưu trữ cơ quan theo quy định."
        )
    )
    return docs.OfficialDocument(
        issuer=docs.Issuer(agency.name, parent=agency.governing_body),
        doc_type="Danh mục hồ sơ",
        summary=f"Của {unit.name} năm {year}",
        place=agency.place_name,
        issued_on=register.established_on if established and register is not None else None,
        body=tuple(body),
        signature=docs.Signature(agency.head_title, _head_name(unit)),
        recipients=docs.Recipients([unit.name, "Thư ký ISO"], archive=["VT"]),
    )


def register_xlsx(unit: Unit, year: int, register: RecordRegister | None, lines: list[Line]):
    """The register as an XLSX workbook (bytes)."""
    rows, established = printed_rows(register, lines)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = str(year)
    sheet.append([f"DANH MỤC HỒ SƠ NĂM {year} — {unit.name.upper()}"])
    sheet.append(
        [
            _("Established on %(date)s") % {"date": register.established_on.strftime("%d/%m/%Y")}
            if established and register is not None and register.established_on
            else _("Draft: not established yet")
        ]
    )
    sheet.append(list(COLUMNS))
    for cell in (*sheet[1], *sheet[3]):
        cell.font = Font(bold=True)
    for index, row in enumerate(rows, start=1):
        cells = list(_cells(index, row))
        sheet.append([index, *cells[1:]])
    for letter, width in zip("ABCDEF", (6, 50, 28, 28, 16, 30), strict=True):
        sheet.column_dimensions[letter].width = width
    for line in sheet.iter_rows(min_row=4):
        for cell in line:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A4"
    stream = io.BytesIO()
    workbook.save(stream)
    return stream.getvalue()
