"""Demo content of external documents: the national legal texts every agency's QMS relies on, the
laws of the main fields, and province decisions publishing administrative procedures.

National numbers, issuers and dates are those of the real texts (DOMAIN.md §1); the province
decisions are generated per province (their numbers are illustrative).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from eiso.references.models import Kind, Status

D = dt.date


@dataclass(frozen=True)
class NationalSpec:
    number: str
    kind: str
    title: str
    issuer: str
    issued: dt.date | None
    effective: dt.date | None
    status: str = Status.IN_FORCE
    status_date: dt.date | None = None
    replaced_by: str = ""
    amended_by: str = ""
    notes: str = ""


NATIONAL: tuple[NationalSpec, ...] = (
    NationalSpec(
        "144/2006/QĐ-TTg",
        Kind.DECISION,
        "Về việc áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2000 vào hoạt "
        "động của các cơ quan hành chính nhà nước",
        "Thủ tướng Chính phủ",
        D(2006, 6, 20),
        None,
        Status.REPLACED,
        D(2014, 5, 18),
        replaced_by="19/2014/QĐ-TTg",
        notes="Bãi bỏ theo Điều 15 Quyết định số 19/2014/QĐ-TTg.",
    ),
    NationalSpec(
        "19/2014/QĐ-TTg",
        Kind.DECISION,
        "Về việc áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 "
        "vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước",
        "Thủ tướng Chính phủ",
        D(2014, 3, 5),
        D(2014, 5, 18),
    ),
    NationalSpec(
        "26/2014/TT-BKHCN",
        Kind.CIRCULAR,
        "Quy định chi tiết thi hành Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng "
        "Chính phủ về việc áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO "
        "9001:2008 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước",
        "Bộ Khoa học và Công nghệ",
        D(2014, 10, 10),
        D(2014, 12, 1),
    ),
    NationalSpec(
        "116/2015/TT-BTC",
        Kind.CIRCULAR,
        "Quy định công tác quản lý tài chính đối với việc tư vấn, xây dựng, áp dụng, duy trì và "
        "cải tiến Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001 vào hoạt "
        "động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước",
        "Bộ Tài chính",
        D(2015, 8, 11),
        D(2015, 10, 26),
    ),
    NationalSpec(
        "419/BKHCN-TĐC",
        Kind.OFFICIAL_LETTER,
        "Về việc chuyển đổi áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO "
        "9001:2015",
        "Bộ Khoa học và Công nghệ",
        D(2018, 2, 21),
        D(2018, 2, 21),
        notes="Hạn hoàn thành chuyển đổi: 30/06/2021.",
    ),
    NationalSpec(
        "101/QĐ-BKHCN",
        Kind.DECISION,
        "Công bố mô hình khung hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO "
        "9001:2015 cho các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước tại địa phương",
        "Bộ Khoa học và Công nghệ",
        D(2019, 1, 21),
        D(2019, 1, 21),
    ),
    NationalSpec(
        "TCVN ISO 9001:2008",
        Kind.STANDARD,
        "Hệ thống quản lý chất lượng — Các yêu cầu",
        "Bộ Khoa học và Công nghệ (công bố)",
        None,
        None,
        Status.REPLACED,
        D(2021, 6, 30),
        replaced_by="TCVN ISO 9001:2015",
        notes="Các cơ quan hành chính chuyển đổi sang TCVN ISO 9001:2015 trước 30/06/2021 theo "
        "Công văn số 419/BKHCN-TĐC.",
    ),
    NationalSpec(
        "TCVN ISO 9001:2015",
        Kind.STANDARD,
        "Hệ thống quản lý chất lượng — Các yêu cầu",
        "Bộ Khoa học và Công nghệ (công bố)",
        None,
        None,
        notes="Tương đương ISO 9001:2015.",
    ),
    NationalSpec(
        "30/2020/NĐ-CP",
        Kind.DECREE,
        "Về công tác văn thư",
        "Chính phủ",
        D(2020, 3, 5),
        D(2020, 3, 5),
    ),
    NationalSpec(
        "61/2018/NĐ-CP",
        Kind.DECREE,
        "Về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
        "Chính phủ",
        D(2018, 4, 23),
        D(2018, 6, 21),
        Status.REPLACED,
        D(2025, 7, 1),
        replaced_by="118/2025/NĐ-CP",
    ),
    NationalSpec(
        "118/2025/NĐ-CP",
        Kind.DECREE,
        "Về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một "
        "cửa và Cổng Dịch vụ công quốc gia",
        "Chính phủ",
        D(2025, 6, 9),
        D(2025, 7, 1),
    ),
    NationalSpec(
        "23/2015/NĐ-CP",
        Kind.DECREE,
        "Về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng "
        "thực hợp đồng, giao dịch",
        "Chính phủ",
        D(2015, 2, 16),
        D(2015, 4, 10),
    ),
    NationalSpec(
        "43/2019/QH14",
        Kind.LAW,
        "Luật Giáo dục",
        "Quốc hội",
        D(2019, 6, 14),
        D(2020, 7, 1),
    ),
    NationalSpec(
        "60/2014/QH13",
        Kind.LAW,
        "Luật Hộ tịch",
        "Quốc hội",
        D(2014, 11, 20),
        D(2016, 1, 1),
    ),
    NationalSpec(
        "31/2024/QH15",
        Kind.LAW,
        "Luật Đất đai",
        "Quốc hội",
        D(2024, 1, 18),
        D(2024, 8, 1),
        Status.AMENDED,
        D(2024, 8, 1),
        amended_by="43/2024/QH15",
        notes="Luật số 43/2024/QH15 đưa ngày có hiệu lực lên 01/08/2024.",
    ),
    NationalSpec(
        "15/2023/QH15",
        Kind.LAW,
        "Luật Khám bệnh, chữa bệnh",
        "Quốc hội",
        D(2023, 1, 9),
        D(2024, 1, 1),
    ),
)


OLD_PROVINCE_DECISION = ("1204/QĐ-UBND", D(2023, 6, 12))


def province_decision_title(province_name: str, which: str) -> str:
    """Titles of the provincial People's Committee's decisions publishing TTHC lists."""
    place = f"tỉnh {province_name}"
    return {
        "departments": "Về việc công bố Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết "
        f"của các sở, ban, ngành {place}",
        "communes": "Về việc công bố Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết "
        f"của Ủy ban nhân dân cấp xã trên địa bàn {place}",
        "new": "Về việc công bố Danh mục thủ tục hành chính mới ban hành, được sửa đổi, bổ sung "
        f"thuộc thẩm quyền giải quyết của các sở, ban, ngành {place}",
        "old": "Về việc công bố Danh mục thủ tục hành chính thuộc phạm vi chức năng quản lý "
        f"của các sở, ban, ngành {place} (trước sắp xếp đơn vị hành chính)",
    }[which]
